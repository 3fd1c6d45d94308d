import { uuidv7 } from '@guanjia/domain';
import { deliveryTime, type MessageChannel } from '@guanjia/domain/messaging/index';
import type { Selectable } from 'kysely';
import type { Tx } from '../../platform/db/transaction.js';
import { ValidationError } from '../../platform/http/errors.js';
import { enqueueDeliveryJob, recordMessageEvent } from './message-events.js';
import { composeWording, quietHoursOf, topicOrFail } from './message-wording.js';
import type { MessageTable } from './tables.js';

export type MessageRow = Selectable<MessageTable>;

export interface SendMessageInput {
  companyId: string;
  projectId: string;
  /** A topic code of @guanjia/domain/messaging (weather, emergency, wakeUpCall, workOrderUpdate …). */
  topic: string;
  /** Default: the topic's channel. */
  channel?: MessageChannel;
  /** The recipient: an owner, a staff user, or a bare address. Phones and e-mails come from the owner when not given. */
  ownerId?: string | null;
  userId?: string | null;
  address?: string | null;
  /** Fills ${content} of the topic's template. */
  text?: string | null;
  /** Wording to fill instead of the company's template for the topic (a project's own greeting). */
  template?: string | null;
  title?: string | null;
  variables?: Record<string, string> | null;
  /** Default: the topic's (emergency is urgent). Urgent SMS ignore quiet hours. */
  urgent?: boolean;
  /** The time the owner asked for (a wake-up call): sent then, even in quiet hours. */
  sendAt?: Date | null;
  /** Same key, same message: a repeat returns the first row and sends nothing more. */
  idempotencyKey?: string | null;
  createdBy?: string | null;
}

/**
 * The one entry point every module uses to message an owner or a staff member. Writes the message to
 * the outbox inside the caller's transaction (so it exists exactly when the change it announces
 * commits) and enqueues the delivery job; nothing here waits for a provider.
 */
export async function sendMessage(trx: Tx, input: SendMessageInput, now: Date = new Date()): Promise<MessageRow> {
  if (input.idempotencyKey) {
    const existing = await trx.selectFrom('messages').selectAll().where('idempotency_key', '=', input.idempotencyKey).executeTakeFirst();
    if (existing) return existing;
  }
  const topic = topicOrFail(input.topic);
  const channel = input.channel ?? topic.defaultChannel;
  if (!input.ownerId && !input.userId && !input.address) throw new ValidationError({ recipient: 'messaging.field.recipientRequired' });
  const owner = input.ownerId
    ? await trx.selectFrom('owners').select(['id', 'name', 'phone', 'company_id', 'project_id']).where('id', '=', input.ownerId).executeTakeFirst()
    : undefined;
  if (input.ownerId && (!owner || owner.company_id !== input.companyId)) throw new ValidationError({ ownerId: 'messaging.field.unknownOwner' });
  const user = input.userId ? await trx.selectFrom('users').select(['id', 'name', 'phone']).where('id', '=', input.userId).where('company_id', '=', input.companyId).executeTakeFirst() : undefined;
  if (input.userId && !user) throw new ValidationError({ userId: 'messaging.field.unknownUser' });

  const wording = await composeWording(trx, input.companyId, topic, { ...input, variables: { ...(owner ? { name: owner.name } : {}), ...(input.variables ?? {}) } });
  const address = input.address ?? (await defaultAddress(trx, channel, owner, user));
  const suppressedBecause = await suppressionReason(trx, { channel, topicOptOut: topic.optOutAllowed, topic: topic.code, ownerId: owner?.id ?? null, address, hasUser: Boolean(user) });

  const urgent = input.urgent ?? topic.urgent;
  const requestedTime = Boolean(input.sendAt) && topic.requestedTime;
  const at = input.sendAt && input.sendAt.getTime() > now.getTime() ? input.sendAt : now;
  const when = deliveryTime({ channel, at, urgent, requestedTime, quiet: await quietHoursOf(trx, input.projectId) });
  const stamp = now.toISOString();
  const row: MessageRow = {
    id: uuidv7(),
    company_id: input.companyId,
    project_id: input.projectId,
    channel,
    topic: topic.code,
    owner_id: owner?.id ?? null,
    user_id: user?.id ?? null,
    address: channel === 'inApp' ? null : address,
    template_code: channel === 'sms' ? wording.smsTemplateCode : null,
    variables: JSON.stringify(wording.variables),
    title: wording.title,
    body: wording.body,
    idempotency_key: input.idempotencyKey || `message:${uuidv7()}`,
    urgent: urgent ? 1 : 0,
    requested_time: requestedTime ? 1 : 0,
    not_before: when.notBefore.toISOString(),
    status: suppressedBecause ? 'suppressed' : 'queued',
    attempts: 0,
    next_attempt_at: when.notBefore.toISOString(),
    locked_until: null,
    provider_message_id: null,
    last_error: suppressedBecause,
    sent_at: null,
    broadcast_id: null,
    created_by: input.createdBy ?? null,
    created_at: stamp,
    updated_at: stamp,
    version: 1,
  };
  // A concurrent send with the same key loses quietly and returns the winner's row.
  const inserted = await trx.insertInto('messages').values(row).onConflict((oc) => oc.column('idempotency_key').doNothing()).returning('id').executeTakeFirst();
  if (!inserted) return trx.selectFrom('messages').selectAll().where('idempotency_key', '=', row.idempotency_key).executeTakeFirstOrThrow();
  if (suppressedBecause) await recordMessageEvent(trx, row, { action: 'suppress', status: 'suppressed', detail: suppressedBecause, at: stamp });
  else if (when.deferred) await recordMessageEvent(trx, row, { action: 'defer', status: 'queued', detail: row.not_before, at: stamp });
  if (!suppressedBecause) await enqueueDeliveryJob(trx, when.notBefore, now);
  return row;
}

async function defaultAddress(trx: Tx, channel: MessageChannel, owner: { id: string; phone: string | null } | undefined, user: { phone: string | null } | undefined): Promise<string | null> {
  if (channel === 'sms') return owner?.phone ?? user?.phone ?? null;
  if (channel === 'email' && owner) {
    const c = await trx.selectFrom('owner_message_contacts').select('email').where('owner_id', '=', owner.id).executeTakeFirst();
    return c?.email ?? null;
  }
  return null;
}

/** Why a message will not be sent at all, or null. */
async function suppressionReason(trx: Tx, m: { channel: MessageChannel; topic: string; topicOptOut: boolean; ownerId: string | null; address: string | null; hasUser: boolean }): Promise<string | null> {
  if (m.ownerId && m.topicOptOut) {
    const out = await trx.selectFrom('message_opt_outs').select('id').where('owner_id', '=', m.ownerId).where('topic', '=', m.topic).where('channel', '=', m.channel).executeTakeFirst();
    if (out) return 'optedOut';
  }
  if (m.channel === 'sms' && !m.address) return 'noPhone';
  if (m.channel === 'email' && !m.address) return 'noEmail';
  if (m.channel === 'inApp' && !m.ownerId && !m.hasUser) return 'noAccount';
  return null;
}
