import { FINISHED_WORK_ORDER_STATUSES, REPLY_KINDS, shanghaiInstant } from '@guanjia/domain';
import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { SalesCenterRow } from '../reception/reception-access.js';
import { isReplyOverdue } from '../work-orders/present-work-order.js';
import { countWhen } from '../../platform/db/count-when.js';
import type { DashboardRange } from './dashboard-range.js';
import type { ComplaintFigures, ComplaintItem } from './schemas.js';

export const COMPLAINT_LIST_LIMIT = 20;

/**
 * What follows a reply-by date to make the instant its day ends in Shanghai ("T16:00:00.000Z"):
 * a reply stored before `reply_by || DAY_END` was given on or before the agreed date, the same
 * test as recordReply's `late`, compared as ISO text on both databases.
 */
const DAY_END = shanghaiInstant('2000-01-01', '24:00').toISOString().slice(10);

/** The complaints, questions and suggestions a visitor raised at this sales center (the project index narrows first). */
function siteOrders(db: DbOrTx, center: SalesCenterRow) {
  return db
    .selectFrom('work_orders as o')
    .where('o.project_id', '=', center.project_id)
    .where('o.sales_center_id', '=', center.id)
    .where('o.kind', 'in', REPLY_KINDS);
}

/**
 * Open and overdue now (whatever the range), answered on time or late and settled on the spot
 * within the range; with the open ones listed when `withItems`.
 */
export async function loadComplaintFigures(db: DbOrTx, center: SalesCenterRow, range: DashboardRange, withItems: boolean, now: Date): Promise<ComplaintFigures> {
  const finished = sql.join([...FINISHED_WORK_ORDER_STATUSES]);
  const open = sql`o.status not in (${finished})`;
  const answeredInRange = sql`o.replied_at >= ${range.startsAt} and o.replied_at < ${range.endsBefore}`;
  const dayEnd = sql`(o.reply_by || cast(${DAY_END} as text))`;
  const [counts, settled, items] = await Promise.all([
    siteOrders(db, center)
      .select([
        countWhen(open).as('open'),
        countWhen(sql`${open} and o.reply_by is not null and o.replied_at is null and o.reply_by < ${range.today}`).as('overdue'),
        countWhen(sql`${answeredInRange} and (o.reply_by is null or o.replied_at < ${dayEnd})`).as('on_time'),
        countWhen(sql`${answeredInRange} and o.reply_by is not null and o.replied_at >= ${dayEnd}`).as('late'),
      ])
      .executeTakeFirstOrThrow(),
    siteOrders(db, center)
      .innerJoin('work_order_events as e', 'e.work_order_id', 'o.id')
      .select(sql<number>`count(*)`.as('n'))
      .where('e.action', '=', 'resolve')
      .where('e.created_at', '>=', range.startsAt)
      .where('e.created_at', '<', range.endsBefore)
      .executeTakeFirstOrThrow(),
    withItems
      ? siteOrders(db, center)
          .select((eb) => [
            'o.id',
            'o.number',
            'o.kind',
            'o.title',
            'o.status',
            'o.reply_by',
            'o.replied_at',
            'o.created_at',
            'o.accountable_staff_id',
            eb.selectFrom('users').select('name').whereRef('users.id', '=', 'o.accountable_staff_id').as('accountable_name'),
          ])
          .where('o.status', 'not in', FINISHED_WORK_ORDER_STATUSES)
          // The longest overdue first, then the soonest due, then those without a date, oldest first.
          .orderBy(sql`coalesce(o.reply_by, '9999-12-31')`)
          .orderBy('o.id')
          .limit(COMPLAINT_LIST_LIMIT)
          .execute()
      : null,
  ]);
  return {
    open: Number(counts.open ?? 0),
    overdue: Number(counts.overdue ?? 0),
    answeredOnTime: Number(counts.on_time ?? 0),
    answeredLate: Number(counts.late ?? 0),
    settledOnSpot: Number(settled.n ?? 0),
    items:
      items?.map(
        (r): ComplaintItem => ({
          id: r.id,
          number: r.number,
          kind: r.kind,
          title: r.title,
          status: r.status,
          replyBy: r.reply_by,
          overdue: isReplyOverdue(r, now),
          createdAt: r.created_at,
          accountable: r.accountable_staff_id ? { id: r.accountable_staff_id, name: r.accountable_name ?? '' } : null,
        }),
      ) ?? null,
  };
}
