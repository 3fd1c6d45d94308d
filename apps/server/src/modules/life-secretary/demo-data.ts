import { nextWakeUpOccurrence, DEFAULT_BIRTHDAY_TEXT, DEFAULT_FESTIVAL_TEXT, DEFAULT_RELAY_REMINDER_HOURS, FESTIVAL_KEYS } from '@guanjia/domain/life-secretary/index';
import { uuidv7 } from '@guanjia/domain';
import { demoStaffActor } from '../../demo/demo-actor.js';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, nowIso, type Tx } from '../../platform/db/transaction.js';
import { recordMessageRelay } from './record-message-relay.js';

/** Project 1 greets festivals and birthdays by SMS; the demo owner has a daily 06:30 call and a message from the front desk. */
export async function seedLifeSecretaryDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const projectId = ids.projectIds[0];
  const butler = ids.users.butler;
  const owner = await trx.selectFrom('household_members').select('owner_id').where('household_id', '=', ids.ownerHouseholdId).executeTakeFirst();
  if (!butler || !owner) return;
  const at = nowIso();
  await trx
    .insertInto('life_secretary_settings')
    .values({
      project_id: projectId,
      company_id: ids.companyId,
      greetings_enabled: 1,
      festivals: JSON.stringify(FESTIVAL_KEYS),
      birthdays_enabled: 1,
      festival_text: DEFAULT_FESTIVAL_TEXT,
      birthday_text: DEFAULT_BIRTHDAY_TEXT,
      channel: 'sms',
      relay_reminder_hours: DEFAULT_RELAY_REMINDER_HOURS,
      updated_by: ids.users.manager ?? butler,
      updated_at: at,
      version: 1,
    })
    .execute();
  await trx
    .insertInto('wake_up_calls')
    .values({
      id: uuidv7(),
      company_id: ids.companyId,
      project_id: projectId,
      household_id: ids.ownerHouseholdId,
      owner_id: owner.owner_id,
      time: '06:30',
      repeat: 'daily',
      date: null,
      note: '早班机，请准时叫醒',
      channel: 'sms',
      status: 'active',
      next_at: nextWakeUpOccurrence({ time: '06:30', repeat: 'daily' }, new Date())!.toISOString(),
      last_message_id: null,
      created_by: butler,
      cancelled_by: null,
      cancelled_at: null,
      ...newRowStamp(at),
    })
    .execute();
  const actor = await demoStaffActor(trx, ids, 'butler');
  await recordMessageRelay(trx, actor, { projectId, householdId: ids.ownerHouseholdId, fromName: '顺丰快递员', text: '有一个生鲜包裹需冷藏，已放前台冰箱，请尽快领取。' });
}
