import { businessDate } from '@guanjia/domain';
import { liaisonFormRefusal, type LiaisonFormAction } from '@guanjia/domain/sales-site/liaison-form-flow';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { AppError, ForbiddenError, ValidationError } from '../../platform/http/errors.js';
import type { NotificationRow } from '../notifications/notify.js';
import { assertFormTransition, loadVisibleForm, type LiaisonFormRow } from './liaison-form-access.js';
import { developerSideIds, noticeLiaisonForm } from './liaison-form-notices.js';
import { recordLiaisonFormEvent } from './record-liaison-form-event.js';
import type { LiaisonActionBody } from './schemas.js';
import type { LiaisonFormTable } from './tables.js';

export interface LiaisonFormStep {
  form: LiaisonFormRow;
  /** Written in the transaction; the route publishes them after commit. */
  notifications: NotificationRow[];
}

/**
 * The one place a form changes state: re-read it (404 when not visible), the caller's side (403),
 * the version (409) and the transition table (409), then the row, its history and audit rows and
 * the notices to the other side, in the caller's transaction.
 */
export async function transitionLiaisonForm(trx: Tx, actor: Actor, id: string, action: LiaisonFormAction, input: LiaisonActionBody, now: Date = new Date()): Promise<LiaisonFormStep> {
  const before = await loadVisibleForm(trx, actor, id);
  const refusal = liaisonFormRefusal(actor.roles, action);
  if (refusal) throw new ForbiddenError(`liaison.refusal.${refusal}`);
  assertVersion(before.version, input.version);
  const to = assertFormTransition(before.status, action);
  const at = now.toISOString();
  const changes: Updateable<LiaisonFormTable> = { status: to, ...stepColumns(before, action, input, actor.userId, at, now) };
  const after = await updateVersioned(trx, 'liaison_forms', before, changes);
  const note = action === 'cancel' ? input.reason : input.note;
  await recordLiaisonFormEvent(trx, after, { action, from: before.status, to, actorId: actor.userId, note: note || null, at });
  await recordAudit(trx, actor, after.company_id, { action: `liaisonForm.${action}`, entityType: 'liaisonForm', entityId: after.id, projectId: after.project_id, before, after });
  return { form: after, notifications: await noticesOf(trx, actor, after, action) };
}

/** What each step records besides the status; the inputs a step needs are checked here (400 naming the field). */
function stepColumns(form: LiaisonFormRow, action: LiaisonFormAction, input: LiaisonActionBody, userId: string, at: string, now: Date): Updateable<LiaisonFormTable> {
  switch (action) {
    case 'issue':
      if (form.due_date < businessDate(now)) {
        throw new AppError(422, 'DUE_DATE_PASSED', 'liaison.error.dueDatePassed', { dueDate: form.due_date }, { dueDate: 'liaison.error.dueDatePassed' });
      }
      return { issued_by: userId, issued_at: at };
    case 'acknowledge':
      return { acknowledged_by: userId, acknowledged_at: at };
    case 'reply':
      if (!input.replyText) throw new ValidationError({ replyText: 'liaison.field.replyRequired' });
      return { reply_text: input.replyText, replied_by: userId, replied_at: at };
    case 'return':
      return { returned_by: userId, returned_at: at };
    case 'cancel':
      if (!input.reason) throw new ValidationError({ reason: 'liaison.field.reasonRequired' });
      return { cancelled_by: userId, cancelled_at: at, cancel_reason: input.reason };
  }
}

/** The other side hears of each step: the developer side of an issue, return or cancel; the issuer of an acknowledgement or a reply. */
async function noticesOf(trx: Tx, actor: Actor, form: LiaisonFormRow, action: LiaisonFormAction): Promise<NotificationRow[]> {
  const params = { actor: actor.name };
  switch (action) {
    case 'issue':
      return noticeLiaisonForm(trx, form, actor.userId, { userIds: await developerSideIds(trx, form.project_id), kind: 'issued', bodyKey: 'liaison.notice.issuedBody' });
    case 'acknowledge':
      return noticeLiaisonForm(trx, form, actor.userId, { userIds: [form.issued_by], kind: 'acknowledged', bodyKey: 'liaison.notice.actionBody', params });
    case 'reply':
      return noticeLiaisonForm(trx, form, actor.userId, { userIds: [form.issued_by], kind: 'replied', bodyKey: 'liaison.notice.actionBody', params });
    case 'return':
      return noticeLiaisonForm(trx, form, actor.userId, { userIds: await developerSideIds(trx, form.project_id), kind: 'returned', bodyKey: 'liaison.notice.actionBody', params });
    case 'cancel':
      // A draft was never sent, so nobody on the developer side knows of it.
      if (!form.issued_at) return [];
      return noticeLiaisonForm(trx, form, actor.userId, { userIds: await developerSideIds(trx, form.project_id), kind: 'cancelled', bodyKey: 'liaison.notice.actionBody', params });
  }
}
