import { DEFAULT_QUIET_HOURS } from '@guanjia/domain/messaging/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { DbOrTx, Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { PutSettingsBody } from './schemas.js';

export async function getMessagingSettings(db: DbOrTx, actor: Actor, projectId: string) {
  assertProjectVisible(actor, projectId, 'entity.project');
  const row = await db.selectFrom('messaging_settings').selectAll().where('project_id', '=', projectId).executeTakeFirst();
  return { projectId, quietStart: row?.quiet_start ?? DEFAULT_QUIET_HOURS.start, quietEnd: row?.quiet_end ?? DEFAULT_QUIET_HOURS.end, isDefault: !row };
}

/** A project's quiet hours (equal start and end: none). */
export async function putMessagingSettings(trx: Tx, actor: Actor, input: PutSettingsBody, now: Date = new Date()) {
  const before = await getMessagingSettings(trx, actor, input.projectId);
  const at = now.toISOString();
  await trx
    .insertInto('messaging_settings')
    .values({ project_id: input.projectId, company_id: actor.companyId, quiet_start: input.quietStart, quiet_end: input.quietEnd, updated_by: actor.userId, updated_at: at })
    .onConflict((oc) => oc.column('project_id').doUpdateSet({ quiet_start: input.quietStart, quiet_end: input.quietEnd, updated_by: actor.userId, updated_at: at }))
    .execute();
  const after = await getMessagingSettings(trx, actor, input.projectId);
  await recordAudit(trx, actor, actor.companyId, { action: 'update', entityType: 'messagingSettings', entityId: input.projectId, projectId: input.projectId, before, after });
  return after;
}
