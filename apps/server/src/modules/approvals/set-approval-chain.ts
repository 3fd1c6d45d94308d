import { uuidv7 } from '@guanjia/domain';
import type { ApprovalStep } from '@guanjia/domain/approvals/approval-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, nowIso, type Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import { assertVersion, StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { getApprovalChain, type ApprovalChain } from './get-approval-chain.js';

export interface SetApprovalChainInput {
  steps: ApprovalStep[];
  version?: number;
}

/** Creates or replaces the company's chain for a document type. Requests in flight keep their own copy. */
export async function setApprovalChain(trx: Tx, actor: Actor, documentType: string, input: SetApprovalChainInput): Promise<ApprovalChain> {
  const before = await trx
    .selectFrom('approval_chains')
    .selectAll()
    .where('company_id', '=', actor.companyId)
    .where('document_type', '=', documentType)
    .executeTakeFirst();
  const now = nowIso();
  const steps = JSON.stringify(input.steps.map((s) => ({ role: s.role })));
  if (before) {
    assertVersion(before.version, input.version);
    const after = { ...before, steps, updated_at: now, version: before.version + 1 };
    const res = await trx
      .updateTable('approval_chains')
      .set({ steps, updated_at: now, version: after.version })
      .where('id', '=', before.id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new StaleUpdateError();
    await recordAudit(trx, actor, actor.companyId, { action: 'update', entityType: 'approval_chain', entityId: before.id, before, after });
  } else {
    const row = { id: uuidv7(), company_id: actor.companyId, document_type: documentType, steps, ...newRowStamp(now) };
    await withUniqueField('documentType', documentType, () => trx.insertInto('approval_chains').values(row).execute());
    await recordAudit(trx, actor, actor.companyId, { action: 'create', entityType: 'approval_chain', entityId: row.id, after: row });
  }
  return getApprovalChain(trx, actor.companyId, documentType);
}
