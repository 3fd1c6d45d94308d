import { businessDate } from '@guanjia/domain';
import { greetingsOn } from '@guanjia/domain/life-secretary/index';
import type { FestivalDate } from '@guanjia/domain/greetings/index';
import { uuidv7 } from '@guanjia/domain';
import type { Db } from '../../platform/db/database.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { writeBroadcast } from '../messaging/create-broadcast.js';
import { sendMessage } from '../messaging/send-message.js';
import { projectBirthdayMembers, type BirthdayMember } from './greeting-members.js';
import { householdOwnerIds } from './life-secretary-access.js';
import { settingsView, type SettingsRow } from './life-secretary-settings.js';

export interface GreetingRun {
  festivals: number;
  birthdays: number;
  messages: number;
  /** Projects whose greetings failed (e.g. SMS without a template code), with the reason. */
  failures: { projectId: string; error: string }[];
}

/**
 * The 09:00 job (节日问候, 生日祝贺): for each project with greetings on, today's chosen festivals go to
 * every household through a broadcast (expanded in chunks by its own job), and each member's
 * birthday today (solar or lunar) to the owners of that member's household. One greeting_sends row
 * per project + day + festival (or household + member) under a unique key is written in the same
 * transaction as its messages, so a rerun, or a second worker, sends nothing twice.
 */
export async function sendGreetings(db: Db, now: Date): Promise<GreetingRun> {
  const run: GreetingRun = { festivals: 0, birthdays: 0, messages: 0, failures: [] };
  const today = businessDate(now);
  const projects = await db.selectFrom('life_secretary_settings').selectAll().where('greetings_enabled', '=', 1).orderBy('project_id').execute();
  for (const s of projects) {
    try {
      const rule = settingsView(s.project_id, s);
      const members = rule.birthdaysEnabled ? await projectBirthdayMembers(db, s.project_id, now) : [];
      const day = greetingsOn(today, { festivals: rule.festivals, birthdays: rule.birthdaysEnabled }, members);
      for (const f of day.festivals) if (await inTransaction(db, (trx) => greetFestival(trx, s, today, f, now))) run.festivals++;
      const byKey = new Map(members.map((m) => [m.key, m]));
      for (const key of day.birthdays) {
        const sent = await inTransaction(db, (trx) => greetBirthday(trx, s, today, byKey.get(key)!, now));
        if (sent !== null) {
          run.birthdays++;
          run.messages += sent;
        }
      }
    } catch (error) {
      run.failures.push({ projectId: s.project_id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return run;
}

/** Claims the day's greeting under its unique key; false when an earlier run already sent it. */
async function claim(trx: Tx, s: SettingsRow, row: { date: string; kind: 'festival' | 'birthday'; festival_key?: string; household_id?: string; member_name?: string; key: string }, now: Date): Promise<string | null> {
  const id = uuidv7();
  const inserted = await trx
    .insertInto('greeting_sends')
    .values({ id, company_id: s.company_id, project_id: s.project_id, date: row.date, kind: row.kind, festival_key: row.festival_key ?? null, household_id: row.household_id ?? null, member_name: row.member_name ?? null, broadcast_id: null, message_count: 0, idempotency_key: row.key, created_at: now.toISOString() })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? id : null;
}

async function greetFestival(trx: Tx, s: SettingsRow, today: string, f: FestivalDate, now: Date): Promise<boolean> {
  const key = `greeting:${s.project_id}:${today}:festival:${f.key}`;
  const id = await claim(trx, s, { date: today, kind: 'festival', festival_key: f.key, key }, now);
  if (!id) return false;
  const { broadcast } = await writeBroadcast(
    trx,
    { companyId: s.company_id, projectId: s.project_id, createdBy: s.updated_by, topic: 'festivalGreeting', channel: s.channel, template: s.festival_text, variables: { festival: f.name['zh-CN'] }, idempotencyKey: key },
    now,
  );
  await trx.updateTable('greeting_sends').set({ broadcast_id: broadcast.id }).where('id', '=', id).execute();
  await recordAudit(trx, null, s.company_id, { action: 'greetFestival', entityType: 'broadcast', entityId: broadcast.id, projectId: s.project_id, after: { date: today, festival: f.key } });
  return true;
}

/** A member's birthday: one message to each owner of the household; null when already sent today. */
async function greetBirthday(trx: Tx, s: SettingsRow, today: string, m: BirthdayMember, now: Date): Promise<number | null> {
  const key = `greeting:${s.project_id}:${today}:birthday:${m.householdId}:${m.memberKey}`;
  const id = await claim(trx, s, { date: today, kind: 'birthday', household_id: m.householdId, member_name: m.name, key }, now);
  if (!id) return null;
  let queued = 0;
  for (const ownerId of await householdOwnerIds(trx, m.householdId)) {
    const msg = await sendMessage(
      trx,
      { companyId: s.company_id, projectId: s.project_id, topic: 'birthdayGreeting', channel: s.channel, ownerId, template: s.birthday_text, variables: { member: m.name }, idempotencyKey: `${key}:${ownerId}`, createdBy: s.updated_by },
      now,
    );
    if (msg.status === 'queued') queued++;
  }
  await trx.updateTable('greeting_sends').set({ message_count: queued }).where('id', '=', id).execute();
  await recordAudit(trx, null, s.company_id, { action: 'greetBirthday', entityType: 'household', entityId: m.householdId, projectId: s.project_id, after: { date: today, member: m.name, messages: queued } });
  return queued;
}
