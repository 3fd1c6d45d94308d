import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import type { SendOwnerMessageBody } from './schemas.js';
import { sendMessage, type MessageRow } from './send-message.js';

/** A butler messages one owner: a relayed message (留言转达), a wake-up call booked for 06:30 (定时叫醒), a greeting. */
export async function sendOwnerMessage(trx: Tx, actor: Actor, input: SendOwnerMessageBody, now: Date = new Date()): Promise<MessageRow> {
  assertProjectVisible(actor, input.projectId, 'entity.project');
  const owner = await trx.selectFrom('owners').select('id').where('id', '=', input.ownerId).where('project_id', '=', input.projectId).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!owner) throw new ValidationError({ ownerId: 'messaging.field.unknownOwner' });
  const sendAt = input.sendAt ? new Date(input.sendAt) : null;
  if (sendAt && sendAt.getTime() < now.getTime() - 60_000) throw new ValidationError({ sendAt: 'messaging.field.sendAtPast' });
  const row = await sendMessage(
    trx,
    {
      companyId: actor.companyId,
      projectId: input.projectId,
      topic: input.topic,
      channel: input.channel,
      ownerId: owner.id,
      text: input.text,
      variables: { from: actor.name, ...(sendAt ? { time: sendAt.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' }) } : {}), ...(input.variables ?? {}) },
      sendAt,
      idempotencyKey: input.idempotencyKey ? `${actor.companyId}:${input.idempotencyKey}` : null,
      createdBy: actor.userId,
    },
    now,
  );
  await recordAudit(trx, actor, actor.companyId, { action: 'send', entityType: 'message', entityId: row.id, projectId: input.projectId, after: { id: row.id, topic: row.topic, channel: row.channel, status: row.status, not_before: row.not_before } });
  return row;
}
