import { questionnaireNextState, QUESTIONNAIRE_BUILDER_ROLES, type QuestionnaireContent } from '@guanjia/domain/questionnaires/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { assertContent } from './assert-content.js';
import { findVisibleQuestionnaire, type QuestionnaireRow } from './questionnaire-access.js';
import { recordQuestionnaireEvent } from './record-questionnaire-event.js';
import type { UpdateQuestionnaireBody } from './schemas.js';

/** Saves a draft's title, intro, sections and questions; a published or retired version is not edited (copy it). */
export async function updateQuestionnaire(trx: Tx, actor: Actor, id: string, input: UpdateQuestionnaireBody, now: Date = new Date()): Promise<QuestionnaireRow> {
  requireRole(actor, ...QUESTIONNAIRE_BUILDER_ROLES);
  const row = await findVisibleQuestionnaire(trx, actor, id);
  questionnaireNextState(row.status, 'edit');
  assertVersion(row.version, input.version);
  const content: QuestionnaireContent = { sections: input.sections };
  assertContent(content);
  const updated = await updateVersioned(trx, 'questionnaires', row, { title: input.title, intro: input.intro ?? null, content: JSON.stringify(content) });
  const questions = content.sections.reduce((n, s) => n + s.questions.length, 0);
  await recordQuestionnaireEvent(trx, actor, updated, 'edit', { sections: content.sections.length, questions }, now.toISOString());
  await recordAudit(trx, actor, row.company_id, { action: 'update', entityType: 'questionnaire', entityId: id, projectId: row.project_id, before: { title: row.title }, after: { title: input.title, sections: content.sections.length, questions } });
  return updated;
}
