import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, nowIso, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion, StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ValidationError } from '../../platform/http/errors.js';
import { recordPreAgreementEvent } from './record-sales-preparation-event.js';
import { findVisibleProject, parseJson, type PreAgreementRow } from './sales-preparation-access.js';
import type { PreAgreementBody } from './schemas.js';

/**
 * Records the project's 前期协议: the first save creates it, later saves must send the version they
 * read (a missing or older one is 409, so two editors never overwrite each other). Attached files
 * are the ones already attached plus new uploads of the caller for this project.
 */
export async function savePreAgreement(trx: Tx, actor: Actor, projectId: string, input: PreAgreementBody): Promise<PreAgreementRow> {
  const project = await findVisibleProject(trx, actor, projectId);
  if (input.termStart && input.termEnd && input.termEnd < input.termStart) throw new ValidationError({ termEnd: 'preAgreement.field.termOrder' });
  const before = await trx.selectFrom('pre_agreements').selectAll().where('project_id', '=', project.id).executeTakeFirst();
  if (before) {
    if (input.version === undefined) throw new StaleUpdateError();
    assertVersion(before.version, input.version);
  }
  const fileIds = await attachableFiles(trx, actor, project.id, input.fileIds, before ? parseJson<string[]>(before.file_ids, []) : []);
  const values = {
    project_positioning: input.projectPositioning,
    sales_support_positioning: input.salesSupportPositioning,
    contract_number: input.contractNumber || null,
    contract_signed_on: input.contractSignedOn ?? null,
    term_start: input.termStart ?? null,
    term_end: input.termEnd ?? null,
    service_content: input.serviceContent,
    service_requirements: input.serviceRequirements,
    key_terms: JSON.stringify(input.keyTerms),
    file_ids: JSON.stringify(fileIds),
    updated_by: actor.userId,
  };
  const at = nowIso();
  let after: PreAgreementRow;
  if (before) {
    after = await updateVersioned(trx, 'pre_agreements', before, values);
  } else {
    after = { id: uuidv7(), company_id: project.company_id, project_id: project.id, created_by: actor.userId, ...values, ...newRowStamp(at) };
    try {
      await trx.insertInto('pre_agreements').values(after).execute();
    } catch (err) {
      // Someone else created it first: the caller's copy is stale.
      if (isUniqueViolation(err)) throw new StaleUpdateError();
      throw err;
    }
  }
  await recordPreAgreementEvent(trx, after, { action: before ? 'edit' : 'create', actorId: actor.userId, note: changedFields(before, after), at });
  await recordAudit(trx, actor, after.company_id, { action: `preAgreement.${before ? 'edit' : 'create'}`, entityType: 'preAgreement', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}

const TRACKED = ['project_positioning', 'sales_support_positioning', 'contract_number', 'contract_signed_on', 'term_start', 'term_end', 'service_content', 'service_requirements', 'key_terms', 'file_ids'] as const;

/** The history names which parts changed (column names), so the page can say what an edit touched. */
function changedFields(before: PreAgreementRow | undefined, after: PreAgreementRow): string {
  return TRACKED.filter((k) => (before ? before[k] !== after[k] : after[k] !== null && after[k] !== '' && after[k] !== '[]')).join(',');
}

/**
 * Files kept from the record pass as they are; a new one must be the caller's own upload, unfiled or
 * filed under this project (an unfiled one is filed under it so the project's staff can open it).
 */
async function attachableFiles(trx: Tx, actor: Actor, projectId: string, ids: readonly string[], attached: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const fresh = unique.filter((id) => !attached.includes(id));
  if (!fresh.length) return unique;
  const found = await trx.selectFrom('files').select(['id', 'project_id']).where('id', 'in', fresh).where('owner_id', '=', actor.userId).where('company_id', '=', actor.companyId).execute();
  if (found.length !== fresh.length || found.some((f) => f.project_id !== null && f.project_id !== projectId)) throw new ValidationError({ fileIds: 'preAgreement.field.filesNotYours' });
  const unfiled = found.filter((f) => f.project_id === null).map((f) => f.id);
  if (unfiled.length) await trx.updateTable('files').set({ project_id: projectId }).where('id', 'in', unfiled).execute();
  return unique;
}
