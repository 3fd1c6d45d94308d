import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { CreateVenueBody } from './schemas.js';
import type { VenueRow } from './venue-access.js';
import { assertVenueHours } from './venue-rules.js';

export async function createVenue(trx: Tx, actor: Actor, input: CreateVenueBody): Promise<VenueRow> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  await assertVenueHours(trx, input.projectId, input);
  const row: VenueRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    name: input.name,
    open_time: input.openTime,
    close_time: input.closeTime,
    slot_minutes: input.slotMinutes,
    capacity: input.capacity,
    enabled: input.enabled ? 1 : 0,
    ...newRowStamp(),
  };
  await withUniqueField('name', input.name, () => trx.insertInto('venues').values(row).execute());
  await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'venue', entityId: row.id, projectId: row.project_id, after: row });
  return row;
}
