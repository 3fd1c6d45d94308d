import { scoreDocuments, type CandidateDocument } from '@guanjia/domain/knowledge/search-scoring';
import { analyzeQuery, analyzeText } from '@guanjia/domain/knowledge/text-analysis';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { parseKeywords } from './knowledge-access.js';
import type { SearchQuery, SearchResultView } from './schemas.js';

/** One-character prefixes asked for at most (each is a LIKE in the WHERE). */
const MAX_PREFIXES = 10;

const toNumber = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/**
 * The consultation desk's search over the project's published answers: the question is analysed
 * like the entries were (segmented words, bigrams, synonyms), the index rows of its terms are read
 * with one plain SQL query (IN for terms, LIKE '收%' for prefixes: the same on SQLite and
 * PostgreSQL), and the candidates are ranked by BM25F in the domain package.
 */
export async function searchKnowledge(db: DbOrTx, actor: Actor, query: SearchQuery): Promise<{ q: string; words: string[]; items: SearchResultView[] }> {
  assertProjectVisible(actor, query.projectId, 'entity.project');
  const terms = analyzeQuery(query.q);
  const words = analyzeText(query.q).words;
  if (!terms.length) return { q: query.q, words, items: [] };
  const exact = [...new Set(terms.filter((t) => !t.prefix).map((t) => t.term))];
  // Prefixes are single Chinese characters, so they hold no LIKE wildcard.
  const prefixes = [...new Set(terms.filter((t) => t.prefix).map((t) => t.term))].slice(0, MAX_PREFIXES);
  const queryTerms = terms.filter((t) => !t.prefix || prefixes.includes(t.term));

  let rowsQuery = db
    .selectFrom('knowledge_search_terms')
    .select(['entry_id', 'field', 'term', 'weight'])
    .where('company_id', '=', actor.companyId)
    .where('project_id', '=', query.projectId)
    .where((eb) => eb.or([...(exact.length ? [eb('term', 'in', exact)] : []), ...prefixes.map((p) => eb('term', 'like', `${p}%`))]));
  if (query.bank) rowsQuery = rowsQuery.where('bank', '=', query.bank);
  const rows = await rowsQuery.execute();
  if (!rows.length) return { q: query.q, words, items: [] };

  let statsQuery = db
    .selectFrom('knowledge_entries')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('question_length').as('question'),
      eb.fn.sum<number>('keywords_length').as('keywords'),
      eb.fn.sum<number>('answer_length').as('answer'),
    ])
    .where('company_id', '=', actor.companyId)
    .where('project_id', '=', query.projectId)
    .where('published_version_id', 'is not', null);
  if (query.bank) statsQuery = statsQuery.where('bank', '=', query.bank);
  const stats = await statsQuery.executeTakeFirstOrThrow();
  const n = toNumber(stats.n);
  const average = (sum: unknown) => (n > 0 ? toNumber(sum) / n : 0);

  const byEntry = new Map<string, CandidateDocument['terms'][number][]>();
  for (const r of rows) byEntry.set(r.entry_id, [...(byEntry.get(r.entry_id) ?? []), { term: r.term, field: r.field, weight: Number(r.weight) }]);
  const lengths = await db
    .selectFrom('knowledge_entries')
    .select(['id', 'question_length', 'keywords_length', 'answer_length'])
    .where('id', 'in', [...byEntry.keys()])
    .execute();
  const candidates: CandidateDocument[] = lengths.map((e) => ({
    id: e.id,
    lengths: { question: e.question_length, keywords: e.keywords_length, answer: e.answer_length },
    terms: byEntry.get(e.id) ?? [],
  }));
  const ranked = scoreDocuments(queryTerms, candidates, {
    documentCount: n,
    averageLengths: { question: average(stats.question), keywords: average(stats.keywords), answer: average(stats.answer) },
  }).slice(0, query.limit);
  if (!ranked.length) return { q: query.q, words, items: [] };

  const published = await db
    .selectFrom('knowledge_entries as e')
    .innerJoin('knowledge_versions as v', 'v.id', 'e.published_version_id')
    .select(['e.id as entryId', 'e.bank', 'e.category', 'v.id as versionId', 'v.question', 'v.answer', 'v.keywords'])
    .where(
      'e.id',
      'in',
      ranked.map((r) => r.id),
    )
    .execute();
  const byId = new Map(published.map((p) => [p.entryId, p]));
  const items = ranked.flatMap((r) => {
    const p = byId.get(r.id);
    if (!p) return [];
    return [{ entryId: p.entryId, versionId: p.versionId, bank: p.bank, category: p.category, question: p.question, answer: p.answer, keywords: parseKeywords(p.keywords), score: Math.round(r.score * 1000) / 1000, matchedTerms: r.matched }];
  });
  return { q: query.q, words, items };
}
