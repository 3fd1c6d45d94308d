import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { ConflictError } from '../../platform/http/errors.js';
import { attachShowcaseFiles } from './attach-showcase-files.js';
import { recordShowcaseEvent } from './record-showcase-event.js';
import { loadVisibleShowcase } from './showcase-access.js';

/**
 * 物业服务中心展示作业指导书 (4.5.5): a new version of the work instruction; older versions stay listed.
 * Two uploads racing for the same number: the unique index lets one win, the other gets 409.
 */
export async function addWorkInstruction(trx: Tx, actor: Actor, showcaseId: string, input: { fileId: string; note?: string }, now: Date = new Date()): Promise<number> {
  const showcase = await loadVisibleShowcase(trx, actor, showcaseId);
  await attachShowcaseFiles(trx, actor, [input.fileId], showcase.project_id, 'fileId');
  const last = await trx.selectFrom('showcase_instructions').select((eb) => eb.fn.max('version_no').as('n')).where('showcase_id', '=', showcase.id).executeTakeFirst();
  const versionNo = Number(last?.n ?? 0) + 1;
  const at = now.toISOString();
  const row = {
    id: uuidv7(),
    company_id: showcase.company_id,
    project_id: showcase.project_id,
    showcase_id: showcase.id,
    version_no: versionNo,
    file_id: input.fileId,
    note: input.note || null,
    uploaded_by: actor.userId,
    created_at: at,
  };
  try {
    await trx.insertInto('showcase_instructions').values(row).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError('STALE_UPDATE', 'error.stale');
    throw err;
  }
  await recordShowcaseEvent(trx, showcase, { action: 'addInstruction', actorId: actor.userId, note: `v${versionNo}`, at });
  await recordAudit(trx, actor, showcase.company_id, { action: 'showcase.addInstruction', entityType: 'showcaseInstruction', entityId: row.id, projectId: showcase.project_id, after: row });
  return versionNo;
}
