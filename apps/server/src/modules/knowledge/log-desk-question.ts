import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { DeskLogRow } from './knowledge-access.js';
import { fieldError } from './knowledge-errors.js';
import type { LogDeskQuestionBody } from './schemas.js';

/**
 * 咨询台记录: a question asked at the desk and the answer given. With an entry, the answer is its
 * published wording unless the staff member says what they said instead; without one, the question
 * is logged as unanswered so it can become a draft for the bank.
 */
export async function logDeskQuestion(trx: Tx, actor: Actor, input: LogDeskQuestionBody, now: Date = new Date()): Promise<DeskLogRow> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  let versionId: string | null = null;
  let answerGiven = input.answerGiven?.trim() || null;
  if (input.entryId) {
    const entry = await trx
      .selectFrom('knowledge_entries as e')
      .leftJoin('knowledge_versions as v', 'v.id', 'e.published_version_id')
      .select(['e.project_id', 'e.published_version_id', 'v.answer'])
      .where('e.id', '=', input.entryId)
      .where('e.company_id', '=', actor.companyId)
      .executeTakeFirst();
    if (!entry || entry.project_id !== input.projectId) throw fieldError('entryId', 'knowledge.field.entryNotInProject');
    if (!entry.published_version_id) throw fieldError('entryId', 'knowledge.field.entryNotPublished');
    versionId = entry.published_version_id;
    answerGiven ??= entry.answer;
  }
  const salesCenterId = await salesCenterOf(trx, input.projectId, input.salesCenterId);
  const at = now.toISOString();
  const row: DeskLogRow = {
    id: uuidv7(),
    company_id: actor.companyId,
    project_id: input.projectId,
    sales_center_id: salesCenterId,
    question: input.question,
    entry_id: input.entryId ?? null,
    version_id: versionId,
    answer_given: answerGiven,
    answered_by: actor.userId,
    answered_by_name: actor.name,
    asked_at: at,
    draft_entry_id: null,
    ...newRowStamp(at),
  };
  await trx.insertInto('knowledge_desk_log').values(row).execute();
  await recordAudit(trx, actor, row.company_id, { action: 'create', entityType: 'knowledge_desk_log', entityId: row.id, projectId: row.project_id, after: row });
  return row;
}

/** The sales center named, which must be the project's; by default the project's (first) one. */
async function salesCenterOf(trx: Tx, projectId: string, requested: string | undefined): Promise<string | null> {
  let q = trx.selectFrom('sales_centers').select('id').where('project_id', '=', projectId);
  if (requested) q = q.where('id', '=', requested);
  const row = await q.orderBy('name').orderBy('id').executeTakeFirst();
  if (requested && !row) throw fieldError('salesCenterId', 'knowledge.field.salesCenterNotInProject');
  return row?.id ?? null;
}
