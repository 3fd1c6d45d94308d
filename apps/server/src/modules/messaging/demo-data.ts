import { uuidv7 } from '@guanjia/domain';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { recordMessageEvent } from './message-events.js';
import { sendMessage } from './send-message.js';

const HOUR = 3_600_000;

/** The company's SMS templates (codes as registered with the provider), then a few days of project 1's outbox. */
export async function seedMessagingDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const at = new Date(Date.now() - 3 * 24 * HOUR).toISOString();
  const templates = [
    { topic: 'weather', sms: 'SMS_468120001', title: '天气提醒', text: '【恶劣天气提醒】${content}请关好门窗，注意出行安全。' },
    { topic: 'emergency', sms: 'SMS_468120002', title: '紧急通知', text: '【紧急通知】${content}' },
    { topic: 'communityNews', sms: 'SMS_468120003', title: '社区信息', text: '【社区信息】${content}' },
    { topic: 'festivalGreeting', sms: 'SMS_468120004', title: '节日问候', text: '${name}您好，${festival}快乐！${content}' },
    { topic: 'birthdayGreeting', sms: 'SMS_468120005', title: '生日祝贺', text: '${name}您好，物业服务中心全体管家祝您生日快乐！' },
    { topic: 'wakeUpCall', sms: 'SMS_468120006', title: '叫醒提醒', text: '${name}您好，现在是${time}，这是您预约的叫醒提醒。' },
    { topic: 'messageRelay', sms: 'SMS_468120007', title: '留言转达', text: '${from}给您留言：${content}' },
  ];
  for (const t of templates) {
    await trx.insertInto('message_templates').values({ id: uuidv7(), company_id: ids.companyId, topic: t.topic, sms_template_code: t.sms, title: t.title, text: t.text, updated_by: ids.users.admin ?? null, ...newRowStamp(at) }).execute();
  }

  const projectId = ids.projectIds[0];
  const owner = await trx.selectFrom('household_members').select('owner_id').where('household_id', '=', ids.ownerHouseholdId).executeTakeFirst();
  if (!owner) return;
  const base = { companyId: ids.companyId, projectId, ownerId: owner.owner_id, createdBy: ids.users.butler ?? null };
  const now = Date.now();
  const sent = await sendMessage(trx, { ...base, topic: 'weather', channel: 'sms', text: '今晚至明日有暴雨，局部大暴雨。', idempotencyKey: 'demo:weather' }, new Date(now - 26 * HOUR));
  await markDemo(trx, sent, { status: 'sent', attempts: 1, provider_message_id: '900619746936498440^0', sent_at: new Date(now - 26 * HOUR + 2000).toISOString() });
  const inApp = await sendMessage(trx, { ...base, topic: 'messageRelay', text: '您的快递已放在前台，请下班后来取。', variables: { from: '管家 刘芳' }, idempotencyKey: 'demo:relay' }, new Date(now - 5 * HOUR));
  await markDemo(trx, inApp, { status: 'sent', attempts: 1, sent_at: new Date(now - 5 * HOUR + 1000).toISOString() });
  const failed = await sendMessage(trx, { ...base, topic: 'communityNews', channel: 'sms', text: '本周六上午 9 点在会所举办亲子手工活动，欢迎参加。', idempotencyKey: 'demo:news' }, new Date(now - 2 * HOUR));
  await markDemo(trx, failed, { status: 'failed', attempts: 1, last_error: 'smsNotConfigured' });
  await sendMessage(trx, { ...base, topic: 'festivalGreeting', channel: 'email', variables: { festival: '元宵节' }, text: '愿您阖家团圆。', idempotencyKey: 'demo:festival' }, new Date(now - HOUR));
}

async function markDemo(trx: Tx, m: { id: string; company_id: string; project_id: string; created_at: string }, set: { status: 'sent' | 'failed'; attempts: number; provider_message_id?: string; sent_at?: string; last_error?: string }) {
  await trx.updateTable('messages').set({ ...set, updated_at: set.sent_at ?? m.created_at }).where('id', '=', m.id).execute();
  await recordMessageEvent(trx, m, { action: set.status === 'sent' ? 'deliver' : 'fail', status: set.status, detail: set.provider_message_id ?? set.last_error ?? null, at: set.sent_at ?? m.created_at });
}
