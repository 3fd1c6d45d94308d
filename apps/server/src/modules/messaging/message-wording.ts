import { messageTopic, renderTemplate, templateVariables, type MessageTopic } from '@guanjia/domain/messaging/index';
import { DEFAULT_QUIET_HOURS, type QuietHours } from '@guanjia/domain/messaging/quiet-hours';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { ValidationError } from '../../platform/http/errors.js';

/** Stands for each owner's own name in a broadcast's text and variables, filled as its messages are written. */
export const OWNER_NAME = '${name}';

export interface Wording {
  title: string;
  body: string;
  smsTemplateCode: string | null;
  variables: Record<string, string>;
}

/** The topic, or 400 naming the field. */
export function topicOrFail(code: string): MessageTopic {
  const topic = messageTopic(code);
  if (!topic) throw new ValidationError({ topic: 'messaging.field.unknownTopic' });
  return topic;
}

/**
 * The title and text of a message: the company's template for the topic (or the topic's default)
 * filled with the variables; free `text` fills ${content}. A placeholder left without a value is 400.
 */
export async function composeWording(
  db: DbOrTx,
  companyId: string,
  topic: MessageTopic,
  input: {
    title?: string | null;
    text?: string | null;
    variables?: Record<string, string> | null;
    /** Wording to fill instead of the company's template (a project's own greeting). */
    template?: string | null;
    /** A broadcast: ${name} stays in the text and is filled per owner as its messages are written. */
    perRecipientName?: boolean;
  },
): Promise<Wording> {
  const row = await db.selectFrom('message_templates').select(['title', 'text', 'sms_template_code']).where('company_id', '=', companyId).where('topic', '=', topic.code).executeTakeFirst();
  const variables: Record<string, string> = { ...(input.variables ?? {}) };
  if (input.text) variables.content = input.text;
  const text = input.template || row?.text || topic.defaultText;
  if (input.perRecipientName && variables.name === undefined && templateVariables(text).includes('name')) variables.name = OWNER_NAME;
  const rendered = renderTemplate(text, variables);
  if (rendered.missing.includes('content')) throw new ValidationError({ text: 'messaging.field.textRequired' });
  if (rendered.missing.length) throw new ValidationError({ variables: 'messaging.field.missingVariables' }, 'messaging.error.missingVariables');
  return { title: input.title || row?.title || topic.defaultTitle, body: rendered.text, smsTemplateCode: row?.sms_template_code ?? null, variables };
}

/** A project's quiet hours, or the default 21:00–08:00. */
export async function quietHoursOf(db: DbOrTx, projectId: string): Promise<QuietHours> {
  const row = await db.selectFrom('messaging_settings').select(['quiet_start', 'quiet_end']).where('project_id', '=', projectId).executeTakeFirst();
  return row ? { start: row.quiet_start, end: row.quiet_end } : DEFAULT_QUIET_HOURS;
}
