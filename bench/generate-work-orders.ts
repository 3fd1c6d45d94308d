import { uuidv7, type WorkOrderKind, type WorkOrderStatus } from '@guanjia/domain';
import type { Db, Dialect } from '../apps/server/src/platform/db/database.js';
import type { DemoIds } from '../apps/server/src/demo/seed-demo.js';
import { bulkInsert, type Row } from './bulk-insert.js';
import { prng } from './prng.js';

/** Work orders are spread over the two years before the run, oldest first, as live ids are. */
const SPAN_MS = 2 * 365 * 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

/** Roughly what a mature project's order book looks like: most orders are long closed. */
const STATUS_MIX: [WorkOrderStatus, number][] = [
  ['closed', 0.72],
  ['cancelled', 0.05],
  ['completed', 0.05],
  ['inProgress', 0.05],
  ['dispatched', 0.06],
  ['accepted', 0.03],
  ['submitted', 0.03],
  ['paused', 0.01],
];

const COLUMNS = [
  'id', 'company_id', 'project_id', 'number', 'kind', 'status', 'channel', 'service_item_id', 'category_number', 'title',
  'description', 'emergency', 'household_id', 'unit_id', 'building_id', 'requester_user_id', 'requester_name', 'requester_phone',
  'accountable_staff_id', 'created_by', 'service_date', 'service_start', 'service_end', 'lead_override_reason', 'dispatch_mode',
  'assignee_department_id', 'assignee_user_id', 'assignee_vendor_id', 'assignment_accepted_at', 'accepted_at', 'started_at',
  'completed_at', 'closed_at', 'cancelled_at', 'accept_due_at', 'complete_due_at', 'escalation_level', 'reopen_count', 'urge_count',
  'return_visit_required', 'satisfaction', 'photo_ids', 'completion_note', 'completion_photo_ids', 'created_at', 'updated_at', 'version',
];

interface Pools {
  items: Map<string, { id: string; category: number; name: string; bookable: boolean }[]>;
  households: { id: string; projectId: string; unitId: string; buildingId: string; name: string }[];
}

async function loadPools(db: Db): Promise<Pools> {
  const items = await db.selectFrom('service_items').select(['id', 'project_id', 'category_number', 'name', 'bookable']).execute();
  const byProject = new Map<string, Pools['items'] extends Map<string, infer V> ? V : never>();
  for (const i of items) {
    const list = byProject.get(i.project_id) ?? [];
    list.push({ id: i.id, category: i.category_number, name: i.name, bookable: i.bookable === 1 });
    byProject.set(i.project_id, list);
  }
  const households = await db
    .selectFrom('households')
    .innerJoin('units', 'units.id', 'households.unit_id')
    .select(['households.id', 'households.project_id', 'households.unit_id', 'units.building_id', 'households.name'])
    .limit(50_000)
    .execute();
  return {
    items: byProject,
    households: households.map((h) => ({ id: h.id, projectId: h.project_id, unitId: h.unit_id, buildingId: h.building_id, name: h.name ?? '业主' })),
  };
}

function* workOrderRows(demo: DemoIds, pools: Pools, total: number): Generator<Row> {
  const rnd = prng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const desk = ['butler', 'butler2', 'manager'].map((u) => demo.users[u]);
  const technician = demo.users.technician;
  const start = Date.now() - SPAN_MS;
  const step = SPAN_MS / Math.max(1, total);
  const iso = (ms: number) => new Date(ms).toISOString();
  for (let i = 0; i < total; i++) {
    const ms = Math.floor(start + i * step + rnd() * step);
    const household = pick(pools.households);
    const items = pools.items.get(household.projectId) ?? [];
    const item = items.length ? pick(items) : null;
    let r = rnd();
    let status: WorkOrderStatus = 'closed';
    for (const [s, share] of STATUS_MIX) {
      if (r < share) {
        status = s;
        break;
      }
      r -= share;
    }
    // Open orders are recent; a two-year-old order still open would be an odd data set.
    const at = status === 'closed' || status === 'cancelled' ? ms : Math.max(ms, Date.now() - 30 * 24 * HOUR + Math.floor(rnd() * 29 * 24 * HOUR));
    const kind: WorkOrderKind = item?.bookable ? 'booking' : item?.category === 8 ? 'repair' : pick(['request', 'complaint', 'inquiry'] as const);
    const past = (s: WorkOrderStatus[]) => s.includes(status);
    const dispatched = past(['dispatched', 'inProgress', 'paused', 'completed', 'closed']);
    const started = past(['inProgress', 'paused', 'completed', 'closed']);
    const completed = past(['completed', 'closed']);
    const serviceDate = kind === 'booking' ? iso(at + 24 * HOUR).slice(0, 10) : null;
    const id = uuidv7(at);
    yield [
      id,
      demo.companyId,
      household.projectId,
      `GD-${iso(at).slice(0, 10).replaceAll('-', '')}-B${i + 1}`,
      kind,
      status,
      pick(['h5', 'phone', 'visit', 'web'] as const),
      item?.id ?? null,
      item?.category ?? null,
      item?.name ?? '业主来电',
      '业主来电反映情况,请尽快处理。',
      rnd() < 0.03 ? 1 : 0,
      household.id,
      household.unitId,
      household.buildingId,
      null,
      household.name,
      `13${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`,
      status === 'submitted' ? null : pick(desk),
      pick(desk),
      serviceDate,
      serviceDate ? '10:00' : null,
      serviceDate ? '12:00' : null,
      null,
      dispatched ? 'assign' : null,
      null,
      dispatched ? technician : null,
      null,
      dispatched ? iso(at + HOUR) : null,
      status === 'submitted' ? null : iso(at + 10 * 60_000),
      started ? iso(at + 2 * HOUR) : null,
      completed ? iso(at + 5 * HOUR) : null,
      status === 'closed' ? iso(at + 30 * HOUR) : null,
      status === 'cancelled' ? iso(at + HOUR) : null,
      iso(at + 30 * 60_000),
      iso(at + 24 * HOUR),
      0,
      rnd() < 0.02 ? 1 : 0,
      rnd() < 0.05 ? 1 : 0,
      item && [3, 4, 8, 9].includes(item.category) ? 1 : 0,
      status === 'closed' ? 1 + Math.floor(rnd() * 5) : null,
      '[]',
      completed ? '已处理完毕' : null,
      '[]',
      iso(at),
      iso(at),
      1,
    ];
  }
}

/** Adds generated work orders, spread over the demo projects' households and catalog items. */
export async function generateWorkOrders(db: Db, dialect: Dialect, demo: DemoIds, total: number, signal?: AbortSignal): Promise<number> {
  if (total === 0) return 0;
  const pools = await loadPools(db);
  if (!pools.households.length) throw new Error('work orders need households: generate owners first');
  return bulkInsert(db, dialect, { table: 'work_orders', columns: COLUMNS }, workOrderRows(demo, pools, total), total, { signal });
}
