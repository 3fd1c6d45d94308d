import { uuidv7 } from '@guanjia/domain';
import { isCategoryOfBank } from '@guanjia/domain/knowledge/knowledge-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { KnowledgeEntryRow, KnowledgeVersionRow } from './knowledge-access.js';
import { fieldError } from './knowledge-errors.js';
import { recordKnowledgeEvent } from './record-knowledge-event.js';
import type { CreateEntryBody } from './schemas.js';

export interface NewEntryInput extends CreateEntryBody {
  sourceDeskLogId?: string | null;
}

/** A new question for a bank, with its first wording as a draft (version 1). Nothing is published yet. */
export async function createKnowledgeEntry(trx: Tx, actor: Actor, input: NewEntryInput, now: Date = new Date()): Promise<{ entry: KnowledgeEntryRow; version: KnowledgeVersionRow }> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  if (!isCategoryOfBank(input.bank, input.category)) throw fieldError('category', 'knowledge.field.categoryNotInBank');
  const at = now.toISOString();
  const entry: KnowledgeEntryRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    bank: input.bank,
    category: input.category,
    title: input.question,
    published_version_id: null,
    published_at: null,
    retired_at: null,
    last_version_no: 1,
    question_length: 0,
    keywords_length: 0,
    answer_length: 0,
    created_by: actor.userId,
    source_desk_log_id: input.sourceDeskLogId ?? null,
    ...newRowStamp(at),
  };
  await trx.insertInto('knowledge_entries').values(entry).execute();
  const version = draftVersion(actor, entry, 1, input, at);
  await trx.insertInto('knowledge_versions').values(version).execute();
  await recordKnowledgeEvent(trx, actor, version, { action: 'create', from: null, at });
  await recordAudit(trx, actor, entry.company_id, { action: 'create', entityType: 'knowledge_entry', entityId: entry.id, projectId: entry.project_id, after: { entry, version } });
  return { entry, version };
}

/** A draft version row of `entry` numbered `number`. */
export function draftVersion(
  actor: Actor,
  entry: KnowledgeEntryRow,
  number: number,
  input: { question: string; keywords: string[]; answer: string },
  at: string,
): KnowledgeVersionRow {
  return {
    id: uuidv7(),
    company_id: entry.company_id,
    project_id: entry.project_id,
    entry_id: entry.id,
    number,
    question: input.question,
    keywords: JSON.stringify(dedupe(input.keywords)),
    answer: input.answer,
    status: 'draft',
    author_id: actor.userId,
    submitted_by: null,
    submitted_at: null,
    approval_request_id: null,
    approved_by: null,
    published_at: null,
    superseded_at: null,
    retired_at: null,
    rejected_by: null,
    rejected_at: null,
    rejection_reason: null,
    ...newRowStamp(at),
  };
}

export const dedupe = (keywords: readonly string[]) => [...new Set(keywords.map((k) => k.trim()).filter(Boolean))];
