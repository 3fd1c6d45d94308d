import { personalDataRequestNextState } from '@guanjia/domain/personal-data/index';
import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { collectOwnerData, type OwnerDataExport } from './collect-owner-data.js';
import type { OwnerRow } from './owner-scope.js';
import { recordRequestEvent } from './request-events.js';

/**
 * 导出个人数据: a copy of everything we hold about the owner. The owner's own download and a staff
 * member's copy made on the owner's request are both kept as an export request (asked, granted and
 * done at once: the data is small, so it is produced synchronously) and an audit row.
 */
export async function exportOwnerData(trx: Tx, actor: Actor, owner: OwnerRow, format: 'json' | 'pdf', now: Date = new Date()): Promise<OwnerDataExport> {
  const at = now.toISOString();
  const approved = personalDataRequestNextState('requested', 'approve');
  const done = personalDataRequestNextState(approved, 'complete');
  const request = {
    id: uuidv7(),
    company_id: owner.company_id,
    project_id: owner.project_id,
    owner_id: owner.id,
    kind: 'export' as const,
    state: done,
    requested_by: actor.userId,
    reason: null,
    decided_by: actor.userId,
    decided_at: at,
    refuse_reason: null,
    completed_at: at,
    format,
    created_at: at,
    updated_at: at,
    version: 1,
  };
  await trx.insertInto('personal_data_requests').values(request).execute();
  await recordRequestEvent(trx, actor, request, 'request', null, 'requested', { format }, at);
  await recordRequestEvent(trx, actor, request, 'complete', 'requested', done, null, at);
  await recordAudit(trx, actor, owner.company_id, {
    action: actor.ownerId === owner.id ? 'exportOwn' : 'exportForOwner',
    entityType: 'personalData',
    entityId: owner.id,
    projectId: owner.project_id,
    after: { requestId: request.id, format },
  });
  return collectOwnerData(trx, owner, now);
}
