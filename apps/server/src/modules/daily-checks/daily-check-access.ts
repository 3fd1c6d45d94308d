import { ForbiddenTransitionError } from '@guanjia/domain';
import { dailyCheckNextState, type DailyCheckAction, type DailyCheckStatus } from '@guanjia/domain/sales-site/daily-check';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { AppError, NotFoundError } from '../../platform/http/errors.js';
import type { DailyCheckItemTable, DailyCheckTable } from './tables.js';

export type DailyCheckRow = Selectable<DailyCheckTable>;
export type DailyCheckItemRow = Selectable<DailyCheckItemTable>;

/** A check of a project the actor works in, or 404. */
export async function loadVisibleCheck(db: DbOrTx, actor: Actor, id: string): Promise<DailyCheckRow> {
  const check = await db.selectFrom('daily_checks').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!check) throw new NotFoundError('entity.dailyCheck');
  assertProjectVisible(actor, check.project_id, 'entity.dailyCheck');
  return check;
}

export async function loadVisibleCheckItem(db: DbOrTx, actor: Actor, id: string): Promise<DailyCheckItemRow> {
  const item = await db.selectFrom('daily_check_items').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst();
  if (!item) throw new NotFoundError('entity.dailyCheckItem');
  assertProjectVisible(actor, item.project_id, 'entity.dailyCheckItem');
  return item;
}

/** The state machine, enforced here only: a completed check refuses with 409 in the caller's language. */
export function assertCheckAllows(status: DailyCheckStatus, action: DailyCheckAction): DailyCheckStatus {
  try {
    return dailyCheckNextState(status, action);
  } catch (err) {
    if (err instanceof ForbiddenTransitionError) {
      throw new AppError(409, 'FORBIDDEN_TRANSITION', 'dailyCheck.error.forbiddenTransition', {}, undefined, { entity: 'dailyCheck', from: status, action });
    }
    throw err;
  }
}
