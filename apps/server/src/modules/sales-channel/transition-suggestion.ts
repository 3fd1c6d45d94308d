import { suggestionNextState, suggestionRefusal, type SuggestionAction } from '@guanjia/domain/sales-channel/suggestion-flow';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError, ValidationError } from '../../platform/http/errors.js';
import { assertChannelTransition, loadSuggestion, recordChannelEvent, type SuggestionRow } from './channel-access.js';
import { channelLinks, noticeChannel, sideNoticeIds } from './channel-notices.js';
import { assertDueDate, type SuggestionChange } from './raise-suggestion.js';
import type { SuggestionActionBody } from './suggestion-schemas.js';
import type { SalesChannelSuggestionTable } from './tables.js';

/**
 * The one place a suggestion changes state: re-read it (404), the caller's side (403), the version and
 * the transition table (409), the step's inputs (400 naming the field); history, audit and the other
 * party's notices in the caller's transaction.
 */
export async function transitionSuggestion(trx: Tx, actor: Actor, id: string, action: SuggestionAction, input: SuggestionActionBody, now: Date = new Date()): Promise<SuggestionChange> {
  const before = await loadSuggestion(trx, actor, id);
  const refusal = suggestionRefusal(actor.roles, { raisedBySide: before.raised_by_side, addressedTo: before.addressed_to }, action);
  if (refusal) throw new ForbiddenError(`salesChannel.refusal.${refusal}`);
  assertVersion(before.version, input.version);
  const to = assertChannelTransition('suggestion', suggestionNextState, before.status, action);
  const at = now.toISOString();
  const after = await updateVersioned(trx, 'sales_channel_suggestions', before, { status: to, ...stepColumns(before, action, input, actor.userId, at, now) });
  const note = action === 'answer' ? input.answerText : input.note;
  await recordChannelEvent(trx, after, { entityType: 'suggestion', action, from: before.status, to, note: note || null, actorId: actor.userId, at });
  await recordAudit(trx, actor, after.company_id, { action: `salesChannelSuggestion.${action}`, entityType: 'salesChannelSuggestion', entityId: after.id, projectId: after.project_id, before, after });
  // An answer goes to the raiser; the raiser's verdict goes to whoever answered and the addressed side.
  const userIds = action === 'answer' ? [after.raised_by] : [after.answered_by, ...(await sideNoticeIds(trx, after.project_id, after.addressed_to))];
  const notifications = await noticeChannel(trx, {
    projectId: after.project_id,
    userIds,
    actorId: actor.userId,
    kind: `suggestion${action[0]!.toUpperCase()}${action.slice(1)}`,
    link: channelLinks.suggestion(after.id),
    params: { number: after.number, title: after.title, actor: actor.name, dueDate: after.due_date },
  });
  return { suggestion: after, notifications };
}

function stepColumns(s: SuggestionRow, action: SuggestionAction, input: SuggestionActionBody, userId: string, at: string, now: Date): Updateable<SalesChannelSuggestionTable> {
  switch (action) {
    case 'answer':
      if (!input.answerText) throw new ValidationError({ answerText: 'salesChannel.field.answerRequired' });
      return { answer_text: input.answerText, answered_by: userId, answered_at: at, answer_count: s.answer_count + 1 };
    case 'sendBack':
      if (!input.note) throw new ValidationError({ note: 'salesChannel.field.sendBackReasonRequired' });
      // A new due date may come with it, so a late answer is not overdue from the start.
      if (input.dueDate) assertDueDate(input.dueDate, now);
      return input.dueDate ? { due_date: input.dueDate } : {};
    case 'accept':
    case 'withdraw':
      if (action === 'withdraw' && !input.note) throw new ValidationError({ note: 'salesChannel.field.withdrawReasonRequired' });
      return { closed_by: userId, closed_at: at };
  }
}
