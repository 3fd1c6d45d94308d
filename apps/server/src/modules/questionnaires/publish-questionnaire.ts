import { questionnaireNextState, QUESTIONNAIRE_BUILDER_ROLES } from '@guanjia/domain/questionnaires/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { assertContent } from './assert-content.js';
import { contentOf, findPublishedQuestionnaire, findVisibleQuestionnaire, type QuestionnaireRow } from './questionnaire-access.js';
import { recordQuestionnaireEvent } from './record-questionnaire-event.js';

/**
 * Makes a draft the version owners fill; the one published before is retired in the same transaction
 * (a unique index allows one published version per project, so a concurrent publish loses with 409).
 */
export async function publishQuestionnaire(trx: Tx, actor: Actor, id: string, input: { version: number }, now: Date = new Date()): Promise<QuestionnaireRow> {
  requireRole(actor, ...QUESTIONNAIRE_BUILDER_ROLES);
  const row = await findVisibleQuestionnaire(trx, actor, id);
  const status = questionnaireNextState(row.status, 'publish');
  assertVersion(row.version, input.version);
  assertContent(contentOf(row));
  const at = now.toISOString();
  const previous = await findPublishedQuestionnaire(trx, row.project_id);
  if (previous) {
    const retired = await updateVersioned(trx, 'questionnaires', previous, { status: questionnaireNextState(previous.status, 'retire'), retired_at: at });
    await recordQuestionnaireEvent(trx, actor, retired, 'retire', { replacedBy: row.id }, at);
  }
  const updated = await updateVersioned(trx, 'questionnaires', row, { status, published_at: at, published_by: actor.userId });
  await recordQuestionnaireEvent(trx, actor, updated, 'publish', { retired: previous?.id ?? null }, at);
  await recordAudit(trx, actor, row.company_id, { action: 'publish', entityType: 'questionnaire', entityId: id, projectId: row.project_id, after: { versionNo: row.version_no, retired: previous?.id ?? null } });
  return updated;
}
