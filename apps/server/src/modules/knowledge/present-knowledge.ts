import { isEditableVersion, KNOWLEDGE_EDITOR_ROLES, knowledgeVersionActionsFor } from '@guanjia/domain/knowledge/knowledge-flow';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import { parseKeywords, type KnowledgeEntryRow, type KnowledgeVersionRow } from './knowledge-access.js';
import type { EntryDetailView, EntryView, VersionView } from './schemas.js';
import type { KnowledgeVersionEventTable } from './tables.js';

export interface EntryCounts {
  pendingCount: number;
  draftCount: number;
  versionCount: number;
}

export function entryState(entry: KnowledgeEntryRow): EntryView['state'] {
  if (entry.published_version_id) return 'published';
  return entry.retired_at ? 'retired' : 'draft';
}

export function presentEntry(entry: KnowledgeEntryRow, counts: EntryCounts): EntryView {
  return {
    id: entry.id,
    projectId: entry.project_id,
    bank: entry.bank,
    category: entry.category,
    title: entry.title,
    state: entryState(entry),
    publishedVersionId: entry.published_version_id,
    publishedAt: entry.published_at,
    retiredAt: entry.retired_at,
    ...counts,
    sourceDeskLogId: entry.source_desk_log_id,
    createdAt: entry.created_at,
    updatedAt: entry.updated_at,
    version: entry.version,
  };
}

/** Display names of staff by id, in one query. */
export async function userNames(db: DbOrTx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (!wanted.length) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

const personOf = (names: Map<string, string>, id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);

export function presentVersion(
  actor: Actor,
  entry: KnowledgeEntryRow,
  v: KnowledgeVersionRow,
  names: Map<string, string>,
  events: readonly Selectable<KnowledgeVersionEventTable>[],
): VersionView {
  const canEditBank = actor.kind === 'staff' && hasRole(actor, ...KNOWLEDGE_EDITOR_ROLES);
  return {
    id: v.id,
    entryId: v.entry_id,
    number: v.number,
    question: v.question,
    keywords: parseKeywords(v.keywords),
    answer: v.answer,
    status: v.status,
    author: personOf(names, v.author_id)!,
    submittedBy: personOf(names, v.submitted_by),
    submittedAt: v.submitted_at,
    approvalRequestId: v.approval_request_id,
    approvedBy: personOf(names, v.approved_by),
    publishedAt: v.published_at,
    supersededAt: v.superseded_at,
    retiredAt: v.retired_at,
    rejectedBy: personOf(names, v.rejected_by),
    rejectedAt: v.rejected_at,
    rejectionReason: v.rejection_reason,
    createdAt: v.created_at,
    updatedAt: v.updated_at,
    version: v.version,
    allowedActions: actor.kind === 'staff' ? knowledgeVersionActionsFor({ bank: entry.bank, status: v.status, submittedBy: v.submitted_by }, actor) : [],
    canEdit: canEditBank && isEditableVersion(v.status),
    events: events.map((e) => ({
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      actor: { id: e.actor_id, name: e.actor_name },
      comment: e.comment,
      at: e.at,
    })),
  };
}

/** Pending, draft and total version counts per entry, in one query. */
export async function entryCounts(db: DbOrTx, entryIds: readonly string[]): Promise<Map<string, EntryCounts>> {
  const out = new Map<string, EntryCounts>(entryIds.map((id) => [id, { pendingCount: 0, draftCount: 0, versionCount: 0 }]));
  if (!entryIds.length) return out;
  const rows = await db
    .selectFrom('knowledge_versions')
    .select(['entry_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('entry_id', 'in', [...entryIds])
    .groupBy(['entry_id', 'status'])
    .execute();
  for (const r of rows) {
    const c = out.get(r.entry_id)!;
    const n = Number(r.n);
    c.versionCount += n;
    if (r.status === 'submitted') c.pendingCount += n;
    if (r.status === 'draft') c.draftCount += n;
  }
  return out;
}

/** The entry with every version (newest first), each with its history and what the caller may do. */
export async function presentEntryDetail(db: DbOrTx, actor: Actor, entry: KnowledgeEntryRow): Promise<EntryDetailView> {
  const versions = await db.selectFrom('knowledge_versions').selectAll().where('entry_id', '=', entry.id).orderBy('number', 'desc').execute();
  const events = await db.selectFrom('knowledge_version_events').selectAll().where('entry_id', '=', entry.id).orderBy('id').execute();
  const names = await userNames(
    db,
    versions.flatMap((v) => [v.author_id, v.submitted_by, v.approved_by, v.rejected_by]),
  );
  const views = versions.map((v) =>
    presentVersion(
      actor,
      entry,
      v,
      names,
      events.filter((e) => e.version_id === v.id),
    ),
  );
  const counts = (await entryCounts(db, [entry.id])).get(entry.id)!;
  return {
    ...presentEntry(entry, counts),
    publishedVersion: views.find((v) => v.id === entry.published_version_id) ?? null,
    versions: views,
    canAddVersion: actor.kind === 'staff' && hasRole(actor, ...KNOWLEDGE_EDITOR_ROLES),
  };
}
