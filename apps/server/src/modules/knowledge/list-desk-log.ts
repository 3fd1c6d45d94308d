import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import type { DeskLogView, ListDeskLogQuery } from './schemas.js';

/**
 * The desk's log, newest first. `unanswered`: questions the bank had no answer for and that
 * nobody has turned into a draft yet, the to-do list of the bank's editors.
 */
export async function listDeskLog(db: DbOrTx, actor: Actor, query: ListDeskLogQuery): Promise<Page<DeskLogView>> {
  assertProjectVisible(actor, query.projectId, 'entity.project');
  let q = db
    .selectFrom('knowledge_desk_log as l')
    .leftJoin('knowledge_entries as e', 'e.id', 'l.entry_id')
    .select([
      'l.id',
      'l.project_id',
      'l.sales_center_id',
      'l.question',
      'l.entry_id',
      'l.version_id',
      'l.answer_given',
      'l.answered_by',
      'l.answered_by_name',
      'l.asked_at',
      'l.draft_entry_id',
      'l.version',
      'e.title as entry_title',
      'e.bank',
    ])
    .where('l.company_id', '=', actor.companyId)
    .where('l.project_id', '=', query.projectId);
  if (query.filter === 'answered') q = q.where('l.entry_id', 'is not', null);
  if (query.filter === 'unanswered') q = q.where('l.entry_id', 'is', null).where('l.draft_entry_id', 'is', null);
  const page = await paginate(q, (p) => p.orderBy('l.id', 'desc'), query);
  return {
    ...page,
    items: page.items.map((r) => ({
      id: r.id,
      projectId: r.project_id,
      salesCenterId: r.sales_center_id,
      question: r.question,
      entryId: r.entry_id,
      versionId: r.version_id,
      entryTitle: r.entry_title ?? null,
      bank: r.bank ?? null,
      answerGiven: r.answer_given,
      answered: r.entry_id !== null,
      answeredBy: { id: r.answered_by, name: r.answered_by_name },
      askedAt: r.asked_at,
      draftEntryId: r.draft_entry_id,
      version: r.version,
    })),
  };
}
