import { unansweredItems } from '@guanjia/domain/sales-site/daily-check';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { BusinessRuleError } from '../../platform/http/errors.js';
import { assertCheckAllows, loadVisibleCheck, type DailyCheckRow } from './daily-check-access.js';
import { recordDailyCheckEvent } from './record-daily-check-event.js';

/** Completes a check once every line is answered; 422 CHECK_INCOMPLETE names the lines left (details.unanswered). */
export async function completeDailyCheck(trx: Tx, actor: Actor, checkId: string, input: { version?: number }, now: Date = new Date()): Promise<DailyCheckRow> {
  const before = await loadVisibleCheck(trx, actor, checkId);
  assertVersion(before.version, input.version);
  const to = assertCheckAllows(before.status, 'complete');
  const items = await trx.selectFrom('daily_check_items').select(['item_key as key', 'result']).where('check_id', '=', before.id).orderBy('position').execute();
  const missing = unansweredItems(items);
  if (missing.length) throw new BusinessRuleError('CHECK_INCOMPLETE', 'dailyCheck.error.incomplete', { count: missing.length }, { unanswered: missing });
  const at = now.toISOString();
  const after = await updateVersioned(trx, 'daily_checks', before, { status: to, completed_by: actor.userId, completed_at: at });
  const failed = items.filter((i) => i.result === 'fail').length;
  await recordDailyCheckEvent(trx, after, { action: 'complete', from: before.status, to, actorId: actor.userId, data: { items: items.length, failed }, at });
  await recordAudit(trx, actor, after.company_id, { action: 'complete', entityType: 'dailyCheck', entityId: after.id, projectId: after.project_id, before, after });
  return after;
}
