import { businessDate } from '@guanjia/domain';
import { channelSidesOf } from '@guanjia/domain/sales-channel/channel-sides';
import { AWAITING_ANSWER_STATUSES } from '@guanjia/domain/sales-channel/suggestion-flow';
import { containsText } from '../../platform/db/text-search.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import { namesOf } from './channel-access.js';
import { presentSuggestion } from './present-suggestion.js';
import type { ListSuggestionsQuery, SuggestionView } from './suggestion-schemas.js';

/** A project's suggestions newest first; `overdue=true` keeps those whose answer is late. */
export async function listSuggestions(db: DbOrTx, actor: Actor, query: ListSuggestionsQuery, now: Date = new Date()): Promise<Page<SuggestionView>> {
  assertProjectVisible(actor, query.projectId, 'entity.project');
  const today = businessDate(now);
  let q = db.selectFrom('sales_channel_suggestions').selectAll().where('company_id', '=', actor.companyId).where('project_id', '=', query.projectId);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.overdue === 'true') q = q.where('status', 'in', AWAITING_ANSWER_STATUSES).where('due_date', '<', today);
  if (query.overdue === 'false') q = q.where((eb) => eb.or([eb('status', 'not in', AWAITING_ANSWER_STATUSES), eb('due_date', '>=', today)]));
  const sides = channelSidesOf(actor.roles);
  if (query.direction && sides.length) q = q.where(query.direction === 'toMySide' ? 'addressed_to' : 'raised_by_side', 'in', sides);
  if (query.q) q = q.where(containsText(['number', 'title'], query.q));
  const page = await paginate(q, (r) => r.orderBy('id', 'desc'), query);
  const names = await namesOf(db, page.items.flatMap((s) => [s.raised_by, s.answered_by, s.closed_by]));
  return { ...page, items: page.items.map((s) => presentSuggestion(s, names, actor, today)) };
}
