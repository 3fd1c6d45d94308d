import { businessDate, uuidv7 } from '@guanjia/domain';
import { otherSide } from '@guanjia/domain/sales-channel/channel-sides';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { AppError } from '../../platform/http/errors.js';
import { nextNumber } from '../../platform/sequences/next-number.js';
import type { NotificationRow } from '../notifications/notify.js';
import { attachOwnFiles } from '../work-orders/attach-own-files.js';
import { recordChannelEvent, sideOf, type SuggestionRow } from './channel-access.js';
import { channelLinks, noticeChannel, sideNoticeIds } from './channel-notices.js';
import type { RaiseSuggestionBody } from './suggestion-schemas.js';

export interface SuggestionChange {
  suggestion: SuggestionRow;
  notifications: NotificationRow[];
}

/** One side raises a suggestion or request to the other, to be answered by the due date; the other side is told. */
export async function raiseSuggestion(trx: Tx, actor: Actor, input: RaiseSuggestionBody, now: Date = new Date()): Promise<SuggestionChange> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  const side = sideOf(actor, input.side);
  assertDueDate(input.dueDate, now);
  const attachments = await attachOwnFiles(trx, actor, input.attachmentIds, input.projectId, 'attachmentIds');
  const at = now.toISOString();
  const suggestion: SuggestionRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    number: await nextNumber(trx, { companyId: actor.companyId, prefix: 'JY', date: now }),
    category: input.category,
    title: input.title,
    content: input.content,
    attachment_ids: JSON.stringify(attachments),
    raised_by: actor.userId,
    raised_by_side: side,
    addressed_to: otherSide(side),
    due_date: input.dueDate,
    status: 'open',
    answer_text: null,
    answered_by: null,
    answered_at: null,
    answer_count: 0,
    closed_by: null,
    closed_at: null,
    ...newRowStamp(at),
  };
  await trx.insertInto('sales_channel_suggestions').values(suggestion).execute();
  await recordChannelEvent(trx, suggestion, { entityType: 'suggestion', action: 'raise', to: 'open', actorId: actor.userId, at });
  await recordAudit(trx, actor, suggestion.company_id, { action: 'create', entityType: 'salesChannelSuggestion', entityId: suggestion.id, projectId: suggestion.project_id, after: suggestion });
  const notifications = await noticeChannel(trx, {
    projectId: suggestion.project_id,
    userIds: await sideNoticeIds(trx, suggestion.project_id, suggestion.addressed_to),
    actorId: actor.userId,
    kind: 'suggestionRaised',
    link: channelLinks.suggestion(suggestion.id),
    params: { number: suggestion.number, title: suggestion.title, dueDate: suggestion.due_date, actor: actor.name },
  });
  return { suggestion, notifications };
}

/** A due date is today or later (Shanghai). */
export function assertDueDate(dueDate: string, now: Date, field = 'dueDate'): void {
  const today = businessDate(now);
  if (dueDate < today) throw new AppError(400, 'VALIDATION_FAILED', 'error.validation', { today }, { [field]: 'salesChannel.field.dueDatePast' });
}
