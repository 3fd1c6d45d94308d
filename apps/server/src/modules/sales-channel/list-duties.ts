import { DUTY_AREAS, DUTY_EDITOR_ROLES } from '@guanjia/domain/sales-channel/duties';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible, hasRole } from '../../platform/http/access.js';
import { namesOf } from './channel-access.js';
import { presentDuty } from './present-duty.js';
import type { DutyView } from './schemas.js';

/** The project's split of duties in the seed's order of areas; removed duties only on request. */
export async function listDuties(db: DbOrTx, actor: Actor, projectId: string, includeRemoved = false): Promise<{ items: DutyView[]; canEdit: boolean }> {
  assertProjectVisible(actor, projectId, 'entity.project');
  let q = db.selectFrom('sales_channel_duties').selectAll().where('company_id', '=', actor.companyId).where('project_id', '=', projectId);
  if (!includeRemoved) q = q.where('active', '=', 1);
  const rows = await q.orderBy('sort_order').orderBy('id').execute();
  rows.sort((a, b) => DUTY_AREAS.indexOf(a.area) - DUTY_AREAS.indexOf(b.area));
  const names = await namesOf(db, rows.map((r) => r.updated_by));
  return { items: rows.map((r) => presentDuty(r, names)), canEdit: hasRole(actor, ...DUTY_EDITOR_ROLES) };
}
