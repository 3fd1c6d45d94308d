import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError, ConflictError } from '../../platform/http/errors.js';
import { createKnowledgeEntry } from './create-knowledge-entry.js';
import { findVisibleDeskLog, type KnowledgeEntryRow } from './knowledge-access.js';
import type { DraftFromDeskLogBody } from './schemas.js';

/**
 * Turns a question the desk could not answer into a draft entry of the bank: the question as asked
 * (or as the editor rewords it) and what was said, if anything, as the first wording. A question
 * becomes at most one draft; two editors doing it at once get one draft and a 409.
 */
export async function draftEntryFromDeskLog(trx: Tx, actor: Actor, deskLogId: string, input: DraftFromDeskLogBody, now: Date = new Date()): Promise<KnowledgeEntryRow> {
  const log = await findVisibleDeskLog(trx, actor, deskLogId);
  assertVersion(log.version, input.version);
  if (log.entry_id) throw new BusinessRuleError('DESK_QUESTION_ANSWERED', 'knowledge.error.deskQuestionAnswered');
  if (log.draft_entry_id) throw new ConflictError('ALREADY_DRAFTED', 'knowledge.error.alreadyDrafted');
  const { entry } = await createKnowledgeEntry(
    trx,
    actor,
    {
      projectId: log.project_id,
      bank: input.bank,
      category: input.category,
      question: input.question ?? log.question,
      keywords: input.keywords,
      answer: input.answer ?? log.answer_given ?? '',
      sourceDeskLogId: log.id,
    },
    now,
  );
  await updateVersioned(trx, 'knowledge_desk_log', log, { draft_entry_id: entry.id });
  return entry;
}
