import type { Role } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { OpeningDatesTable, OpeningEquipmentItemTable, OpeningMilestoneTable } from './tables.js';

export type OpeningDatesRow = Selectable<OpeningDatesTable>;
export type OpeningMilestoneRow = Selectable<OpeningMilestoneTable>;
export type EquipmentItemRow = Selectable<OpeningEquipmentItemTable>;

/** Who sees the readiness of a project: the company, its service center and the developer's marketing lead (4.4.2 is agreed with marketing). */
export const READINESS_READER_ROLES: Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead', 'serviceCenterManager', 'butler', 'marketingLead'];
/** Who sets and moves a project's opening dates. */
export const OPENING_DATES_WRITER_ROLES: Role[] = ['companyAdmin', 'regionalHead', 'serviceCenterManager'];
/** Who works the milestones and the equipment list: the project's service center. */
export const READINESS_WORKER_ROLES: Role[] = ['serviceCenterManager', 'butler'];
/** Who a milestone may be given to: the service center, or the marketing lead for what is agreed with marketing. */
export const ASSIGNABLE_OWNER_ROLES: Role[] = ['serviceCenterManager', 'butler', 'marketingLead'];
/** Told of an alert when a milestone has no owner. */
export const UNOWNED_ALERT_ROLES: Role[] = ['serviceCenterManager'];

/** A milestone of a project the actor sees, or 404. */
export async function findVisibleMilestone(db: DbOrTx, actor: Actor, id: string): Promise<OpeningMilestoneRow> {
  const row = await db.selectFrom('opening_milestones').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!row) throw new NotFoundError('entity.openingMilestone');
  assertProjectVisible(actor, row.project_id, 'entity.openingMilestone');
  return row;
}

/** An item still on the list of a project the actor sees, or 404. */
export async function findVisibleEquipmentItem(db: DbOrTx, actor: Actor, id: string): Promise<EquipmentItemRow> {
  const row = await db
    .selectFrom('opening_equipment_items')
    .selectAll()
    .where('id', '=', id)
    .where('company_id', '=', actor.companyId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('entity.equipmentItem');
  assertProjectVisible(actor, row.project_id, 'entity.equipmentItem');
  return row;
}

/** A project of the actor's company that the actor sees, or 404. */
export async function findVisibleProject(db: DbOrTx, actor: Actor, projectId: string): Promise<{ id: string; name: string }> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const project = await db.selectFrom('projects').select(['id', 'name']).where('id', '=', projectId).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!project) throw new NotFoundError('entity.project');
  return project;
}

/** Names of users by id, for owners and who marked a milestone done. */
export async function userNames(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
