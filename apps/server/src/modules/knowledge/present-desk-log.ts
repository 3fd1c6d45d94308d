import type { DbOrTx } from '../../platform/db/transaction.js';
import type { DeskLogRow } from './knowledge-access.js';
import type { DeskLogView } from './schemas.js';

/** One logged desk question with the title and bank of the entry whose answer was given. */
export async function presentDeskLog(db: DbOrTx, row: DeskLogRow): Promise<DeskLogView> {
  const entry = row.entry_id ? await db.selectFrom('knowledge_entries').select(['title', 'bank']).where('id', '=', row.entry_id).executeTakeFirst() : undefined;
  return {
    id: row.id,
    projectId: row.project_id,
    salesCenterId: row.sales_center_id,
    question: row.question,
    entryId: row.entry_id,
    versionId: row.version_id,
    entryTitle: entry?.title ?? null,
    bank: entry?.bank ?? null,
    answerGiven: row.answer_given,
    answered: row.entry_id !== null,
    answeredBy: { id: row.answered_by, name: row.answered_by_name },
    askedAt: row.asked_at,
    draftEntryId: row.draft_entry_id,
    version: row.version,
  };
}
