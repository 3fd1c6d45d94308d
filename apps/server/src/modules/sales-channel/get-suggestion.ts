import { businessDate } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { channelEvents, loadSuggestion, namesOf } from './channel-access.js';
import { presentSuggestionDetail } from './present-suggestion.js';
import type { SuggestionDetailView } from './suggestion-schemas.js';

/** A suggestion with its history: every answer, send-back and verdict. */
export async function getSuggestion(db: DbOrTx, actor: Actor, id: string, now: Date = new Date()): Promise<SuggestionDetailView> {
  const s = await loadSuggestion(db, actor, id);
  const events = await channelEvents(db, [s.id]);
  const names = await namesOf(db, [s.raised_by, s.answered_by, s.closed_by, ...events.map((e) => e.actor_id)]);
  return presentSuggestionDetail(s, events, names, actor, businessDate(now));
}
