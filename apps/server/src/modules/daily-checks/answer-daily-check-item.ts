import { checkAnswerRefusal, raisesWorkOrder, type CheckItemState } from '@guanjia/domain/sales-site/daily-check';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { AppError } from '../../platform/http/errors.js';
import { translate } from '../../platform/http/i18n.js';
import type { NotificationRow } from '../notifications/notify.js';
import { attachOwnFiles } from '../work-orders/attach-own-files.js';
import { createWorkOrder } from '../work-orders/create-work-order.js';
import { dispatchWorkOrder } from '../work-orders/dispatch-work-order.js';
import { assertCheckAllows, loadVisibleCheckItem, type DailyCheckItemRow, type DailyCheckRow } from './daily-check-access.js';
import { recordDailyCheckEvent } from './record-daily-check-event.js';
import type { AnswerItemBody } from './schemas.js';

export interface AnsweredItem {
  item: DailyCheckItemRow;
  /** Written in the transaction (the dispatched post's members); the route publishes them after commit. */
  notifications: NotificationRow[];
}

/**
 * Records pass or fail for one line of an open check, with a note and photos. The first failure of
 * a line raises a work order (a request, recorded by the butler, who stays accountable for it) and
 * dispatches it to the line's post or department when the line names one.
 */
export async function answerDailyCheckItem(trx: Tx, actor: Actor, itemId: string, input: AnswerItemBody, now: Date = new Date()): Promise<AnsweredItem> {
  const item = await loadVisibleCheckItem(trx, actor, itemId);
  assertVersion(item.version, input.version);
  const check = await trx.selectFrom('daily_checks').selectAll().where('id', '=', item.check_id).executeTakeFirstOrThrow();
  assertCheckAllows(check.status, 'answer');
  const state: CheckItemState = { key: item.item_key, result: item.result, hasWorkOrder: item.work_order_id !== null };
  if (checkAnswerRefusal(state, input.result)) {
    const order = await trx.selectFrom('work_orders').select('number').where('id', '=', item.work_order_id!).executeTakeFirst();
    throw new AppError(422, 'FAILED_WITH_WORK_ORDER', 'dailyCheck.error.failedWithWorkOrder', { number: order?.number ?? '' }, { result: 'dailyCheck.error.failedWithWorkOrder' });
  }

  // Photos already on the line stay whoever took them; new ones must be the caller's own uploads.
  const kept = JSON.parse(item.photo_ids) as string[];
  const photoIds = input.photoIds === undefined ? kept : [...new Set(input.photoIds)];
  await attachOwnFiles(trx, actor, photoIds.filter((id) => !kept.includes(id)), item.project_id, 'photoIds');
  const note = input.note === undefined ? item.note : input.note?.trim() || null;

  // Holds the check's row to the end of the transaction: a completion that committed first makes this
  // refuse (409), a later one waits for this answer. Answers to other lines do not conflict.
  const held = await trx.updateTable('daily_checks').set({ updated_at: now.toISOString() }).where('id', '=', check.id).where('status', '=', 'inProgress').executeTakeFirst();
  if (Number(held.numUpdatedRows) !== 1) assertCheckAllows('completed', 'answer');
  const notifications: NotificationRow[] = [];
  const order = raisesWorkOrder(state, input.result) ? await raiseWorkOrder(trx, actor, check, item, { note, photoIds }, now, notifications) : null;

  const at = now.toISOString();
  const after = await updateVersioned(trx, 'daily_check_items', item, {
    result: input.result,
    note,
    photo_ids: JSON.stringify(photoIds),
    answered_by: actor.userId,
    answered_at: at,
    ...(order ? { work_order_id: order.id } : {}),
  });
  const data = { key: item.item_key, result: input.result, previous: item.result, note, photoIds, ...(order ? { workOrderId: order.id, workOrderNumber: order.number } : {}) };
  await recordDailyCheckEvent(trx, check, { action: 'answer', itemId: item.id, actorId: actor.userId, data, at });
  await recordAudit(trx, actor, item.company_id, { action: 'answer', entityType: 'dailyCheckItem', entityId: item.id, projectId: item.project_id, before: item, after });
  return { item: after, notifications };
}

async function raiseWorkOrder(
  trx: Tx,
  actor: Actor,
  check: DailyCheckRow,
  item: DailyCheckItemRow,
  answer: { note: string | null; photoIds: string[] },
  now: Date,
  notifications: NotificationRow[],
): Promise<{ id: string; number: string }> {
  const center = await trx.selectFrom('sales_centers').select('name').where('id', '=', check.sales_center_id).executeTakeFirstOrThrow();
  // Stored text, so in the installation's first language.
  const description = translate('zh-CN', 'dailyCheck.workOrder.description', { center: center.name, date: check.business_date, text: item.text, note: answer.note ?? '' }).trim();
  const order = await createWorkOrder(
    trx,
    actor,
    { projectId: item.project_id, kind: 'request', channel: 'web', title: item.text, description, requesterName: actor.name, photoIds: answer.photoIds, salesCenterId: check.sales_center_id },
    now,
    notifications,
  );
  if (item.department_id) {
    const dispatched = await dispatchWorkOrder(trx, actor, order.id, { mode: 'assign', departmentId: item.department_id, version: order.version }, now);
    notifications.push(...dispatched.notifications);
  }
  return { id: order.id, number: order.number };
}
