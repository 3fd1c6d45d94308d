import { randomBytes } from 'node:crypto';
import { uuidv7 } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { DbOrTx, Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';

/** Where the CRM posts, relative to the site's origin. */
export function dealWebhookPath(projectId: string): string {
  return `/api/public/deals/webhook/${projectId}`;
}

/** Whether the project has a secret and when it was last rotated; the secret itself is never read out again. */
export async function getDealWebhookStatus(db: DbOrTx, actor: Actor, projectId: string) {
  assertProjectVisible(actor, projectId, 'entity.project');
  const row = await db
    .selectFrom('deal_webhook_secrets as s')
    .select(['s.rotated_at', 's.rotated_by'])
    .select((eb) => eb.selectFrom('users').select('name').whereRef('users.id', '=', 's.rotated_by').as('rotated_by_name'))
    .where('s.project_id', '=', projectId)
    .executeTakeFirst();
  return {
    configured: Boolean(row),
    rotatedAt: row?.rotated_at ?? null,
    rotatedBy: row ? { id: row.rotated_by, name: row.rotated_by_name ?? '' } : null,
    endpointPath: dealWebhookPath(projectId),
  };
}

/**
 * Generates the project's shared secret, replacing the old one at once (the CRM must switch in the
 * same change). Returned once; the audit row records the rotation, not the secret.
 */
export async function rotateDealWebhookSecret(trx: Tx, actor: Actor, projectId: string, now: Date = new Date()): Promise<{ secret: string; rotatedAt: string }> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const project = await trx.selectFrom('projects').select(['id', 'company_id']).where('id', '=', projectId).where('company_id', '=', actor.companyId).executeTakeFirstOrThrow();
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  const at = now.toISOString();
  const existing = await trx.selectFrom('deal_webhook_secrets').select('id').where('project_id', '=', projectId).executeTakeFirst();
  const id = existing?.id ?? uuidv7();
  if (existing) await trx.updateTable('deal_webhook_secrets').set({ secret, rotated_at: at, rotated_by: actor.userId }).where('id', '=', id).execute();
  else await trx.insertInto('deal_webhook_secrets').values({ id, company_id: project.company_id, project_id: projectId, secret, rotated_at: at, rotated_by: actor.userId }).execute();
  await recordAudit(trx, actor, project.company_id, { action: existing ? 'rotate' : 'create', entityType: 'dealWebhookSecret', entityId: id, projectId, after: { rotatedAt: at } });
  return { secret, rotatedAt: at };
}
