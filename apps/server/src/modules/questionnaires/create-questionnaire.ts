import { DEFAULT_QUESTIONNAIRE, DEFAULT_QUESTIONNAIRE_INTRO, DEFAULT_QUESTIONNAIRE_TITLE, QUESTIONNAIRE_BUILDER_ROLES } from '@guanjia/domain/questionnaires/index';
import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { withUniqueField } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible, requireRole } from '../../platform/http/access.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import type { QuestionnaireRow } from './questionnaire-access.js';
import { recordQuestionnaireEvent } from './record-questionnaire-event.js';
import type { CreateQuestionnaireBody } from './schemas.js';

/**
 * A new draft version: a copy of an earlier version of the project, or the seed's default
 * questionnaire, numbered after the last one. Two drafts started at once: the second gets 409.
 */
export async function createQuestionnaire(trx: Tx, actor: Actor, input: CreateQuestionnaireBody, now: Date = new Date()): Promise<QuestionnaireRow> {
  requireRole(actor, ...QUESTIONNAIRE_BUILDER_ROLES);
  const project = await trx.selectFrom('projects').select(['id', 'company_id']).where('id', '=', input.projectId).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!project) throw new NotFoundError('entity.project');
  assertProjectVisible(actor, project.id, 'entity.project');
  let source = { title: DEFAULT_QUESTIONNAIRE_TITLE, intro: DEFAULT_QUESTIONNAIRE_INTRO as string | null, content: JSON.stringify(DEFAULT_QUESTIONNAIRE) };
  if (input.copyFromId) {
    const from = await trx.selectFrom('questionnaires').select(['title', 'intro', 'content']).where('id', '=', input.copyFromId).where('project_id', '=', project.id).executeTakeFirst();
    if (!from) throw new ValidationError({ copyFromId: 'questionnaire.field.copyFrom' });
    source = from;
  }
  const last = await trx.selectFrom('questionnaires').select((eb) => eb.fn.max('version_no').as('n')).where('project_id', '=', project.id).executeTakeFirst();
  const at = now.toISOString();
  const row: QuestionnaireRow = {
    id: uuidv7(),
    company_id: project.company_id,
    project_id: project.id,
    version_no: Number(last?.n ?? 0) + 1,
    status: 'draft',
    ...source,
    created_by: actor.userId,
    published_at: null,
    published_by: null,
    retired_at: null,
    created_at: at,
    updated_at: at,
    version: 1,
  };
  await withUniqueField('versionNo', row.version_no, () => trx.insertInto('questionnaires').values(row).execute());
  await recordQuestionnaireEvent(trx, actor, row, 'create', { copyFromId: input.copyFromId ?? null }, at);
  await recordAudit(trx, actor, row.company_id, { action: 'create', entityType: 'questionnaire', entityId: row.id, projectId: row.project_id, after: { versionNo: row.version_no, copyFromId: input.copyFromId ?? null } });
  return row;
}
