import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { containsText } from '../../platform/db/text-search.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import { entryCounts, presentEntry } from './present-knowledge.js';
import type { EntryView, ListEntriesQuery } from './schemas.js';

/** A project's bank entries by category then age, filtered by bank, category, state and text in the title. */
export async function listKnowledgeEntries(db: DbOrTx, actor: Actor, query: ListEntriesQuery): Promise<Page<EntryView>> {
  assertProjectVisible(actor, query.projectId, 'entity.project');
  let q = db.selectFrom('knowledge_entries').selectAll().where('company_id', '=', actor.companyId).where('project_id', '=', query.projectId);
  if (query.bank) q = q.where('bank', '=', query.bank);
  if (query.category) q = q.where('category', '=', query.category);
  if (query.q) q = q.where(containsText('title', query.q));
  if (query.state === 'published') q = q.where('published_version_id', 'is not', null);
  if (query.state === 'retired') q = q.where('published_version_id', 'is', null).where('retired_at', 'is not', null);
  if (query.state === 'draft') q = q.where('published_version_id', 'is', null).where('retired_at', 'is', null);
  if (query.state === 'pending') {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('knowledge_versions as v')
          .select(sql`1`.as('one'))
          .whereRef('v.entry_id', '=', 'knowledge_entries.id')
          .where('v.status', '=', 'submitted'),
      ),
    );
  }
  const page = await paginate(q, (p) => p.orderBy('bank').orderBy('category').orderBy('id'), query);
  const counts = await entryCounts(
    db,
    page.items.map((e) => e.id),
  );
  return { ...page, items: page.items.map((e) => presentEntry(e, counts.get(e.id)!)) };
}
