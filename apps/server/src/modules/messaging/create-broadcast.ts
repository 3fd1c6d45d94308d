import { uuidv7 } from '@guanjia/domain';
import { deliveryTime, type MessageChannel } from '@guanjia/domain/messaging/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { BusinessRuleError, ValidationError } from '../../platform/http/errors.js';
import { assertBuildingsOfProject, householdsWithCareTags } from './broadcast-audience.js';
import type { BroadcastRow } from './broadcast-messages.js';
import { enqueueBroadcastExpansion } from './expand-broadcast.js';
import { composeWording, quietHoursOf, topicOrFail } from './message-wording.js';
import type { CreateBroadcastBody } from './schemas.js';

export type { BroadcastRow } from './broadcast-messages.js';

/**
 * 群发: one message per owner of the project's households (or of the chosen buildings, or of the
 * households whose profile has a chosen care tag), queued, or suppressed for those who turned the
 * topic off or whom the channel cannot reach. The request only checks and writes the broadcast
 * ('expanding') and queues the expansion job, which writes the messages in short chunks
 * (expand-broadcast.ts) so 100,000 households never hold the database; the delivery job then sends
 * them at the provider's rate. The same idempotency key returns the first broadcast and queues nothing more.
 */
export async function createBroadcast(trx: Tx, actor: Actor, input: CreateBroadcastBody, now: Date = new Date()): Promise<{ broadcast: BroadcastRow; created: boolean }> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  const result = await writeBroadcast(trx, { ...input, companyId: actor.companyId, createdBy: actor.userId, idempotencyKey: `${actor.companyId}:${input.idempotencyKey ?? uuidv7()}` }, now);
  if (result.created) await recordAudit(trx, actor, actor.companyId, { action: 'broadcast', entityType: 'broadcast', entityId: result.broadcast.id, projectId: input.projectId, after: result.broadcast });
  return result;
}

export interface WriteBroadcastInput {
  companyId: string;
  projectId: string;
  /** The staff member it is sent for (a scheduled greeting: whoever set the greetings up). */
  createdBy: string;
  buildingIds?: string[] | null;
  tags?: string[] | null;
  topic: string;
  channel: MessageChannel;
  title?: string | null;
  text?: string | null;
  variables?: Record<string, string> | null;
  /** Wording instead of the company's template for the topic (a project's greeting). */
  template?: string | null;
  urgent?: boolean;
  /** Complete (already company-scoped). */
  idempotencyKey: string;
}

/** Checks and writes a broadcast and queues its expansion; the caller audits. Used by staff posts and scheduled greetings. */
export async function writeBroadcast(trx: Tx, input: WriteBroadcastInput, now: Date): Promise<{ broadcast: BroadcastRow; created: boolean }> {
  const key = input.idempotencyKey;
  const existing = await trx.selectFrom('broadcasts').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
  if (existing) return { broadcast: existing, created: false };

  const topic = topicOrFail(input.topic);
  if (!topic.broadcast) throw new ValidationError({ topic: 'messaging.field.notBroadcastTopic' });
  const buildingIds = input.buildingIds?.length ? [...new Set(input.buildingIds)] : null;
  const tags = input.tags?.length ? [...new Set(input.tags)] : null;
  await assertBuildingsOfProject(trx, input.projectId, buildingIds);
  const wording = await composeWording(trx, input.companyId, topic, { ...input, perRecipientName: true });
  if (input.channel === 'sms' && !wording.smsTemplateCode) throw new BusinessRuleError('SMS_TEMPLATE_MISSING', 'messaging.error.smsTemplateMissing', { topic: topic.label['zh-CN'] });
  const urgent = Boolean(input.urgent) || topic.urgent;
  const when = deliveryTime({ channel: input.channel, at: now, urgent, requestedTime: false, quiet: await quietHoursOf(trx, input.projectId) });

  const stamp = now.toISOString();
  const id = uuidv7();
  const broadcast: BroadcastRow = {
    id,
    company_id: input.companyId,
    project_id: input.projectId,
    audience: JSON.stringify({ buildingIds, tags }),
    topic: topic.code,
    channel: input.channel,
    title: wording.title,
    body: wording.body,
    template_code: input.channel === 'sms' ? wording.smsTemplateCode : null,
    variables: JSON.stringify(wording.variables),
    urgent: urgent ? 1 : 0,
    idempotency_key: key,
    audience_count: 0,
    queued_count: 0,
    opted_out_count: 0,
    unreachable_count: 0,
    status: 'expanding',
    failure: null,
    audience_total: null,
    expansion_cursor: null,
    expanded_at: null,
    not_before: when.notBefore.toISOString(),
    created_by: input.createdBy,
    created_at: stamp,
  };
  const inserted = await trx.insertInto('broadcasts').values(broadcast).onConflict((oc) => oc.column('idempotency_key').doNothing()).returning('id').executeTakeFirst();
  if (!inserted) return { broadcast: await trx.selectFrom('broadcasts').selectAll().where('idempotency_key', '=', key).executeTakeFirstOrThrow(), created: false };
  if (tags) await fixTaggedHouseholds(trx, broadcast, tags, now);
  await enqueueBroadcastExpansion(trx, broadcast, now);
  return { broadcast, created: true };
}

/** A tagged broadcast reaches the households tagged when it was posted: written once, joined by every chunk. */
async function fixTaggedHouseholds(trx: Tx, b: BroadcastRow, tags: string[], now: Date): Promise<void> {
  const ids = await householdsWithCareTags(trx, b.project_id, tags, now);
  for (let i = 0; i < ids.length; i += 500) {
    await trx
      .insertInto('broadcast_households')
      .values(ids.slice(i, i + 500).map((householdId) => ({ id: uuidv7(), company_id: b.company_id, project_id: b.project_id, broadcast_id: b.id, household_id: householdId })))
      .execute();
  }
}
