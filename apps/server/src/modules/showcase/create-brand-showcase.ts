import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { ConflictError } from '../../platform/http/errors.js';
import { newPublicCode } from './public-code.js';
import { auditable, loadVisibleSalesCenter, type ShowcaseRow } from './showcase-access.js';
import { recordShowcaseEvent } from './record-showcase-event.js';

/** A draft showcase for a sales center; one per sales center (409 for a second). */
export async function createBrandShowcase(trx: Tx, actor: Actor, input: { salesCenterId: string }, now: Date = new Date()): Promise<ShowcaseRow> {
  const center = await loadVisibleSalesCenter(trx, actor, input.salesCenterId);
  const at = now.toISOString();
  const row: ShowcaseRow = {
    id: uuidv7(),
    company_id: center.company_id,
    project_id: center.project_id,
    sales_center_id: center.id,
    location: null,
    area_m2: null,
    layout_plan: null,
    layout_file_ids: '[]',
    decoration_start_date: null,
    status: 'draft',
    approval_request_id: null,
    submitted_by: null,
    submitted_at: null,
    decided_at: null,
    public_code: newPublicCode(),
    created_by: actor.userId,
    ...newRowStamp(at),
  };
  try {
    await trx.insertInto('brand_showcases').values(row).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('SHOWCASE_EXISTS', 'showcase.error.exists', {}, { salesCenterId: 'showcase.error.exists' });
    throw err;
  }
  await recordShowcaseEvent(trx, row, { action: 'create', to: 'draft', actorId: actor.userId, at });
  await recordAudit(trx, actor, row.company_id, { action: 'brandShowcase.create', entityType: 'brandShowcase', entityId: row.id, projectId: row.project_id, after: auditable(row) });
  return row;
}
