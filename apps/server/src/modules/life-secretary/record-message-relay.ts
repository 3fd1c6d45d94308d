import { uuidv7 } from '@guanjia/domain';
import { relayNextState } from '@guanjia/domain/life-secretary/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { sendMessage } from '../messaging/send-message.js';
import { householdOfProject, householdOwnerIds, type RelayRow } from './life-secretary-access.js';
import type { RecordRelayBody } from './schemas.js';

const RELAY_CHANNELS = ['inApp', 'sms'] as const;

/**
 * 留言转达: the front desk or the butler writes down a message left for a household and it goes at
 * once to each of the household's owners, in-app and by SMS (each owner's opt-outs apply; an urgent
 * message is not held by quiet hours). Delivered when at least one message could be queued; left
 * otherwise, for the butler to phone.
 */
export async function recordMessageRelay(trx: Tx, actor: Actor, input: RecordRelayBody, now: Date = new Date()): Promise<RelayRow> {
  const household = await householdOfProject(trx, actor, input.projectId, input.householdId);
  const stamp = now.toISOString();
  const id = uuidv7();
  let queued = 0;
  for (const ownerId of await householdOwnerIds(trx, household.id)) {
    for (const channel of RELAY_CHANNELS) {
      const m = await sendMessage(
        trx,
        {
          companyId: actor.companyId,
          projectId: household.project_id,
          topic: 'messageRelay',
          channel,
          ownerId,
          text: input.text,
          variables: { from: input.fromName },
          urgent: Boolean(input.urgent),
          idempotencyKey: `relay:${id}:${ownerId}:${channel}`,
          createdBy: actor.userId,
        },
        now,
      );
      if (m.status === 'queued') queued++;
    }
  }
  const row: RelayRow = {
    id,
    company_id: actor.companyId,
    project_id: household.project_id,
    household_id: household.id,
    from_name: input.fromName,
    text: input.text,
    urgent: input.urgent ? 1 : 0,
    status: queued > 0 ? relayNextState('left', 'deliver') : 'left',
    recorded_by: actor.userId,
    delivered_at: queued > 0 ? stamp : null,
    confirmed_at: null,
    confirmed_by: null,
    confirmed_how: null,
    reminded_at: null,
    cancelled_at: null,
    created_at: stamp,
    updated_at: stamp,
    version: 1,
  };
  await trx.insertInto('message_relays').values(row).execute();
  await recordAudit(trx, actor, actor.companyId, { action: 'record', entityType: 'messageRelay', entityId: id, projectId: row.project_id, after: { ...row, messagesQueued: queued } });
  return row;
}
