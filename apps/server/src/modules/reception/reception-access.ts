import { hasAnyRole, RECEPTION_HOST_ROLES, RECEPTION_READ_ROLES, type VisitActor } from '@guanjia/domain/reception/index';
import type { Role } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible, hasRole } from '../../platform/http/access.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import type { SalesCenterTable } from '../org/tables.js';
import type { DutyRosterTable, HandoffAlertTable, VisitTable } from './tables.js';

export type VisitRow = Selectable<VisitTable>;
export type AlertRow = Selectable<HandoffAlertTable>;
export type RosterRow = Selectable<DutyRosterTable>;
export type SalesCenterRow = Selectable<SalesCenterTable>;

/** Sees every visit of the sales center; everyone else with a reception role (consultants) sees only their own. */
export const seesWholeCenter = (actor: Actor) => hasRole(actor, ...RECEPTION_READ_ROLES);

export const visitActorOf = (actor: Actor): VisitActor => ({ userId: actor.userId, roles: actor.roles });

/** A sales center of a project the actor works in, or 404. */
export async function findVisibleSalesCenter(db: DbOrTx, actor: Actor, salesCenterId: string): Promise<SalesCenterRow> {
  const center = await db.selectFrom('sales_centers').selectAll().where('id', '=', salesCenterId).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!center) throw new NotFoundError('entity.salesCenter');
  assertProjectVisible(actor, center.project_id, 'entity.salesCenter');
  return center;
}

/** A visit the actor may see, or 404: its project's reception readers, or its own consultant. */
export async function loadVisibleVisit(db: DbOrTx, actor: Actor, id: string): Promise<VisitRow> {
  const visit = await db.selectFrom('reception_visits').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!visit || !canSeeVisit(actor, visit)) throw new NotFoundError('entity.visit');
  return visit;
}

export function canSeeVisit(actor: Actor, visit: Pick<VisitRow, 'project_id' | 'consultant_id'>): boolean {
  if (!actor.projectIds.includes(visit.project_id)) return false;
  return seesWholeCenter(actor) || visit.consultant_id === actor.userId;
}

export interface Host {
  id: string;
  name: string;
  roles: Role[];
}

/** The people of a project a visitor can be handed to: active staff with a sales-consultant or sales-manager role there. */
export async function listHosts(db: DbOrTx, companyId: string, projectId: string): Promise<Host[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('user_projects', 'user_projects.user_id', 'users.id')
    .select(['users.id', 'users.name', 'users.roles'])
    .where('users.company_id', '=', companyId)
    .where('user_projects.project_id', '=', projectId)
    .where('users.active', '=', 1)
    .where('users.kind', '=', 'staff')
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
  return rows
    .map((r) => ({ id: r.id, name: r.name, roles: JSON.parse(r.roles) as Role[] }))
    .filter((u) => hasAnyRole(u.roles, RECEPTION_HOST_ROLES));
}

/** 400 naming the field unless the user is a host of the project. */
export async function assertHost(db: DbOrTx, companyId: string, projectId: string, userId: string, field = 'consultantId'): Promise<Host> {
  const host = (await listHosts(db, companyId, projectId)).find((h) => h.id === userId);
  if (!host) throw new ValidationError({ [field]: 'reception.field.notAHost' });
  return host;
}

/** Display names of users by id (consultants, who recorded a step). */
export async function userNames(db: DbOrTx, ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const unique = [...new Set([...ids].filter((x): x is string => Boolean(x)))];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
