import { isSuggestionOverdue, suggestionActionsFor } from '@guanjia/domain/sales-channel/suggestion-flow';
import type { Actor } from '../../platform/http/actor.js';
import { named, type ChannelEventRow, type SuggestionRow } from './channel-access.js';
import type { SuggestionDetailView, SuggestionView } from './suggestion-schemas.js';

export function presentSuggestion(s: SuggestionRow, names: Map<string, string>, actor: Actor, today: string): SuggestionView {
  const parties = { raisedBySide: s.raised_by_side, addressedTo: s.addressed_to };
  return {
    id: s.id,
    projectId: s.project_id,
    number: s.number,
    category: s.category,
    title: s.title,
    content: s.content,
    attachmentIds: JSON.parse(s.attachment_ids) as string[],
    raisedBy: named(names, s.raised_by)!,
    raisedBySide: s.raised_by_side,
    addressedTo: s.addressed_to,
    raisedAt: s.created_at,
    dueDate: s.due_date,
    status: s.status,
    overdue: isSuggestionOverdue({ status: s.status, dueDate: s.due_date }, today),
    answerText: s.answer_text,
    answeredBy: named(names, s.answered_by),
    answeredAt: s.answered_at,
    answerCount: s.answer_count,
    closedBy: named(names, s.closed_by),
    closedAt: s.closed_at,
    version: s.version,
    allowedActions: suggestionActionsFor(s.status, actor.roles, parties),
  };
}

export function presentSuggestionDetail(s: SuggestionRow, events: readonly ChannelEventRow[], names: Map<string, string>, actor: Actor, today: string): SuggestionDetailView {
  return {
    ...presentSuggestion(s, names, actor, today),
    history: events.map((e) => ({ action: e.action, fromStatus: e.from_status, toStatus: e.to_status, note: e.note, actor: named(names, e.actor_id)!, at: e.created_at })),
  };
}
