import { KNOWLEDGE_APPROVAL_DOCUMENT_TYPE, SALES_ANSWER_APPROVER_ROLE } from '@guanjia/domain/knowledge/knowledge-flow';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import { translate } from '../../platform/http/i18n.js';
import { getApprovalChain } from '../approvals/get-approval-chain.js';
import { submitForApproval } from '../approvals/submit-for-approval.js';
import type { NotificationRow } from '../notifications/notify.js';
import { buildSearchRows, clearKnowledgeIndex, replaceSearchRows } from './index-knowledge-entry.js';
import './messages.js';
import type { KnowledgeEntryRow, KnowledgeVersionRow } from './knowledge-access.js';
import { noticeToPublishers } from './knowledge-notices.js';
import { recordKnowledgeEvent } from './record-knowledge-event.js';

/** Sales wording is agreed with marketing: a chain without the marketing lead cannot publish it. */
export class SalesChainWithoutMarketingError extends BusinessRuleError {
  constructor() {
    super('SALES_CHAIN_WITHOUT_MARKETING', 'knowledge.error.chainWithoutMarketingLead');
  }
}

export function assertChainHasMarketingLead(steps: readonly { role: string }[]): void {
  if (!steps.some((s) => s.role === SALES_ANSWER_APPROVER_ROLE)) throw new SalesChainWithoutMarketingError();
}

/**
 * Submitting sales wording opens a request in the approval engine (document type knowledgeAnswer,
 * the marketing lead by default); a service answer waits for the manager, who is told.
 */
export async function submitEffect(
  trx: Tx,
  actor: Actor,
  entry: KnowledgeEntryRow,
  version: KnowledgeVersionRow,
  comment: string | null,
): Promise<{ approvalRequestId: string | null; notifications: NotificationRow[] }> {
  if (entry.bank === 'service') return { approvalRequestId: null, notifications: await noticeToPublishers(trx, actor, entry, version) };
  const chain = await getApprovalChain(trx, entry.company_id, KNOWLEDGE_APPROVAL_DOCUMENT_TYPE);
  assertChainHasMarketingLead(chain.steps);
  const { request, notifications } = await submitForApproval(trx, actor, {
    documentType: KNOWLEDGE_APPROVAL_DOCUMENT_TYPE,
    documentId: version.id,
    projectId: entry.project_id,
    title: translate('zh-CN', 'knowledge.approval.title', { question: version.question, number: version.number }).slice(0, 200),
    description: version.answer.slice(0, 4000),
    comment,
  });
  return { approvalRequestId: request.id, notifications };
}

/**
 * Makes `version` the entry's answer. The entry is updated first, guarded by its version, so of two
 * publications of one entry the second stops here with 409 before touching anything else; then the
 * previous answer is superseded (the unique index allows one published version) and the search
 * index is rewritten, all in the caller's transaction.
 */
export async function publishEffect(trx: Tx, actor: Actor, entry: KnowledgeEntryRow, version: KnowledgeVersionRow, at: string): Promise<KnowledgeEntryRow> {
  const { rows, lengths } = buildSearchRows(entry, version);
  const after = await updateVersioned(trx, 'knowledge_entries', entry, {
    published_version_id: version.id,
    published_at: at,
    retired_at: null,
    title: version.question,
    ...lengths,
  });
  if (entry.published_version_id) {
    const previous = await trx.selectFrom('knowledge_versions').selectAll().where('id', '=', entry.published_version_id).executeTakeFirstOrThrow();
    const superseded = await updateVersioned(trx, 'knowledge_versions', previous, { status: 'superseded', superseded_at: at });
    await recordKnowledgeEvent(trx, actor, superseded, { action: 'supersede', from: previous.status, comment: `v${version.number}`, at });
  }
  await replaceSearchRows(trx, entry.id, rows);
  return after;
}

/** The entry leaves the desk: no published answer, no search rows, until a new version is published. */
export async function retireEffect(trx: Tx, entry: KnowledgeEntryRow, at: string): Promise<KnowledgeEntryRow> {
  const after = await updateVersioned(trx, 'knowledge_entries', entry, {
    published_version_id: null,
    retired_at: at,
    question_length: 0,
    keywords_length: 0,
    answer_length: 0,
  });
  await clearKnowledgeIndex(trx, entry.id);
  return after;
}
