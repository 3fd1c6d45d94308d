import type { Db } from '../apps/server/src/platform/db/database.js';
import type { DemoIds } from '../apps/server/src/demo/seed-demo.js';
import type { Target } from './measure.js';

/**
 * The required targets, as shares of the bare Fastify route in the same run: a filtered page of work
 * orders over the generated million, and creating a booking (a work order with lead-time check,
 * sequence number, history and audit rows).
 */
export async function workOrderTargets(db: Db, demo: DemoIds, url: (path: string) => string, cookie: string): Promise<(Target & { as: string })[]> {
  const projectId = demo.projectIds[0];
  // 地毯清洗 (家政服务 5): an appointment with a 1-working-day lead time.
  const item = await db
    .selectFrom('service_items')
    .select('id')
    .where('project_id', '=', projectId)
    .where('category_number', '=', 3)
    .where('number', '=', 5)
    .executeTakeFirstOrThrow();
  // Far enough ahead that no holiday run of the calendar makes the lead time fail during the run.
  const serviceDate = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const booking = {
    projectId,
    kind: 'booking',
    channel: 'phone',
    serviceItemId: item.id,
    householdId: demo.ownerHouseholdId,
    serviceDate,
    serviceStart: '10:00',
    serviceEnd: '12:00',
    description: '客厅地毯清洗',
  };
  const headers = { cookie };
  const list = `/api/work-orders?projectId=${projectId}&status=dispatched,inProgress&limit=20`;
  return [
    { name: 'GET /api/work-orders (filtered, 20)', as: 'butler', url: url(list), headers, goal: { minRpsRatio: 0.25, maxP99Ms: 50 } },
    {
      name: 'POST /api/work-orders (booking)',
      as: 'butler',
      url: url('/api/work-orders'),
      headers,
      method: 'POST',
      body: JSON.stringify(booking),
      goal: { minRpsRatio: 0.1, maxP99Ms: 100 },
    },
  ];
}
