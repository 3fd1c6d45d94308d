import { questionnaireNextState, QUESTIONNAIRE_BUILDER_ROLES } from '@guanjia/domain/questionnaires/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { findVisibleQuestionnaire, type QuestionnaireRow } from './questionnaire-access.js';
import { recordQuestionnaireEvent } from './record-questionnaire-event.js';

/** Takes the published version off the owners' phones without a successor; its answers stay. */
export async function retireQuestionnaire(trx: Tx, actor: Actor, id: string, input: { version: number }, now: Date = new Date()): Promise<QuestionnaireRow> {
  requireRole(actor, ...QUESTIONNAIRE_BUILDER_ROLES);
  const row = await findVisibleQuestionnaire(trx, actor, id);
  const status = questionnaireNextState(row.status, 'retire');
  assertVersion(row.version, input.version);
  const at = now.toISOString();
  const updated = await updateVersioned(trx, 'questionnaires', row, { status, retired_at: at });
  await recordQuestionnaireEvent(trx, actor, updated, 'retire', undefined, at);
  await recordAudit(trx, actor, row.company_id, { action: 'retire', entityType: 'questionnaire', entityId: id, projectId: row.project_id, after: { versionNo: row.version_no } });
  return updated;
}
