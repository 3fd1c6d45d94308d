import { uuidv7 } from '@guanjia/domain';
import { MESSAGE_TOPICS, templateVariables } from '@guanjia/domain/messaging/index';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type DbOrTx, type Tx } from '../../platform/db/transaction.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { topicOrFail } from './message-wording.js';
import type { PutTemplateBody } from './schemas.js';

/** Every topic's wording for the company: its own template where one was saved, else the topic's default. */
export async function listMessageTemplates(db: DbOrTx, actor: Actor) {
  const rows = await db.selectFrom('message_templates').selectAll().where('company_id', '=', actor.companyId).execute();
  const byTopic = new Map(rows.map((r) => [r.topic, r]));
  return MESSAGE_TOPICS.map((t) => {
    const r = byTopic.get(t.code);
    const text = r?.text ?? t.defaultText;
    return { topic: t.code, title: r?.title ?? t.defaultTitle, text, smsTemplateCode: r?.sms_template_code ?? null, custom: Boolean(r), variables: templateVariables(text), version: r?.version ?? 0 };
  });
}

/** Saves the company's template of a topic (created on first save; a stale version is 409). */
export async function putMessageTemplate(trx: Tx, actor: Actor, topicCode: string, input: PutTemplateBody, now: Date = new Date()) {
  const topic = topicOrFail(topicCode);
  const before = await trx.selectFrom('message_templates').selectAll().where('company_id', '=', actor.companyId).where('topic', '=', topic.code).executeTakeFirst();
  const at = now.toISOString();
  const values = { title: input.title, text: input.text, sms_template_code: input.smsTemplateCode ?? null, updated_by: actor.userId };
  if (before) {
    assertVersion(before.version, input.version);
    await trx.updateTable('message_templates').set({ ...values, updated_at: at, version: before.version + 1 }).where('id', '=', before.id).where('version', '=', before.version).execute();
  } else {
    await trx.insertInto('message_templates').values({ id: uuidv7(), company_id: actor.companyId, topic: topic.code, ...values, ...newRowStamp(at) }).execute();
  }
  const after = await trx.selectFrom('message_templates').selectAll().where('company_id', '=', actor.companyId).where('topic', '=', topic.code).executeTakeFirstOrThrow();
  await recordAudit(trx, actor, actor.companyId, { action: before ? 'update' : 'create', entityType: 'messageTemplate', entityId: after.id, before, after });
  return after;
}
