import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { translate } from '../../platform/http/i18n.js';
import { findApprovers } from '../approvals/find-approvers.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import './messages.js';
import type { KnowledgeEntryRow, KnowledgeVersionRow } from './knowledge-access.js';

// Stored notifications have one text; the recipients' languages are not known, so the company's (Chinese) is used.
const LOCALE = 'zh-CN';
const linkOf = (entry: KnowledgeEntryRow) => `/knowledge?entry=${entry.id}`;

/** A butler submitted a property-service answer: the project's service-center managers are asked to publish it. */
export async function noticeToPublishers(trx: Tx, actor: Actor, entry: KnowledgeEntryRow, version: KnowledgeVersionRow): Promise<NotificationRow[]> {
  const userIds = await findApprovers(trx, entry.company_id, 'serviceCenterManager', entry.project_id, actor.userId);
  const params = { question: version.question, actor: actor.name };
  return notify(trx, {
    userIds,
    kind: 'knowledge.submitted',
    projectId: entry.project_id,
    link: linkOf(entry),
    title: translate(LOCALE, 'knowledge.notice.submittedTitle', params),
    body: translate(LOCALE, 'knowledge.notice.submittedBody', params),
  });
}

/** The manager published or sent back a service answer someone else submitted: the submitter is told. */
export async function noticeOfDecision(
  trx: Tx,
  actor: Actor,
  entry: KnowledgeEntryRow,
  before: KnowledgeVersionRow,
  action: 'publish' | 'reject',
  comment: string | null,
): Promise<NotificationRow[]> {
  if (!before.submitted_by || before.submitted_by === actor.userId) return [];
  const params = { question: before.question, actor: actor.name, comment: comment ?? '' };
  const kind = action === 'publish' ? 'published' : 'rejected';
  return notify(trx, {
    userIds: [before.submitted_by],
    kind: `knowledge.${kind}`,
    projectId: entry.project_id,
    link: linkOf(entry),
    title: translate(LOCALE, `knowledge.notice.${kind}Title`, params),
    body: translate(LOCALE, `knowledge.notice.${kind}Body`, params),
  });
}
