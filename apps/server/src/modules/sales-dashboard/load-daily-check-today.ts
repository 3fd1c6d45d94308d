import { dayCheckState } from '@guanjia/domain/sales-site/daily-check';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { SalesCenterRow } from '../reception/reception-access.js';
import type { DashboardView } from './schemas.js';

/** Today's opening check of the sales center (每日开场检查): not started, in progress or completed. */
export async function loadDailyCheckToday(db: DbOrTx, center: SalesCenterRow, today: string): Promise<NonNullable<DashboardView['dailyCheck']>> {
  const check = await db.selectFrom('daily_checks').select(['id', 'status']).where('sales_center_id', '=', center.id).where('business_date', '=', today).executeTakeFirst();
  return { date: today, state: dayCheckState(check), checkId: check?.id ?? null };
}
