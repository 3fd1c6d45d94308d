import { defaultApprovalChain, type ApprovalStep } from '@guanjia/domain/approvals/approval-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';

export interface ApprovalChain {
  documentType: string;
  steps: ApprovalStep[];
  /** True when the company configured none and the default chain applies. */
  isDefault: boolean;
  version: number | null;
}

/** The company's chain for a document type, or the type's default chain (one step: the regional head, unless the type has its own). */
export async function getApprovalChain(db: DbOrTx, companyId: string, documentType: string): Promise<ApprovalChain> {
  const row = await db
    .selectFrom('approval_chains')
    .select(['steps', 'version'])
    .where('company_id', '=', companyId)
    .where('document_type', '=', documentType)
    .executeTakeFirst();
  if (!row) return { documentType, steps: defaultApprovalChain(documentType), isDefault: true, version: null };
  return { documentType, steps: JSON.parse(row.steps) as ApprovalStep[], isDefault: false, version: row.version };
}
