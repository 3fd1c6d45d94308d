import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, WORK_ORDER_KINDS, WORK_ORDER_STATUSES, type Role } from '@guanjia/domain';
import { isWorkOrderOverdue } from '@guanjia/domain/work-orders/escalation';
import type { Actor } from '../../platform/http/actor.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { listWorkOrders } from './list-work-orders.js';
import type { WorkOrderTable } from './tables.js';
import { fixtureOrder, insertOrders } from './work-order-fixture.js';
import { uuidv7Floor } from './work-order-filters.js';

let t: TestApp;
let rows: WorkOrderTable[];
let p1: string;
let engineering: string;
let building1: string;
let unitInBuilding2: { id: string; building_id: string };
const PAST = '2020-01-01T00:00:00.000Z';
const FUTURE = '2099-01-01T00:00:00.000Z';

beforeAll(async () => {
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
  const db = t.ctx.db;
  engineering = (await db.selectFrom('departments').select('id').where('project_id', '=', p1).where('name', '=', '工程部').executeTakeFirstOrThrow()).id;
  building1 = (await db.selectFrom('units').select('building_id').where('id', '=', t.demo.ownerUnitId).executeTakeFirstOrThrow()).building_id;
  unitInBuilding2 = await db.selectFrom('units').select(['id', 'building_id']).where('project_id', '=', p1).where('building_id', '!=', building1).executeTakeFirstOrThrow();
  // The technician works in 工程部, so orders dispatched there without a name wait in their pool.
  await db.updateTable('users').set({ department_id: engineering }).where('id', '=', t.demo.users.technician).execute();

  const u = t.demo.users;
  rows = Array.from({ length: 60 }, (_, i) => {
    const status = WORK_ORDER_STATUSES[i % WORK_ORDER_STATUSES.length];
    const inPool = status === 'dispatched' && i % 3 === 2;
    return fixtureOrder(t.demo, {
      // Every 3 hours from 2026-03-01 00:00 Shanghai: 60 orders over 7.5 days.
      created_at: new Date(Date.parse('2026-02-28T16:00:00Z') + i * 3 * 3_600_000).toISOString(),
      status,
      kind: WORK_ORDER_KINDS[i % WORK_ORDER_KINDS.length],
      category_number: i % 13 === 0 ? null : (i % 11) + 1,
      title: i % 10 === 4 ? `卫生间漏水 ${i}` : `工单 ${i}`,
      requester_phone: `1380000${String(i).padStart(4, '0')}`,
      assignee_user_id: inPool ? null : i % 3 === 0 ? u.technician : i % 3 === 1 ? u.butler : null,
      assignee_department_id: inPool ? engineering : null,
      dispatch_mode: inPool ? (i % 2 ? 'grab' : 'assign') : null,
      accountable_staff_id: i % 5 === 1 ? u.manager : u.butler,
      unit_id: i % 2 ? t.demo.ownerUnitId : unitInBuilding2.id,
      building_id: i % 2 ? building1 : unitInBuilding2.building_id,
      household_id: i % 2 ? t.demo.ownerHouseholdId : null,
      accepted_at: i % 7 === 0 ? null : '2026-03-01T00:00:00.000Z',
      accept_due_at: i % 7 === 0 ? PAST : FUTURE,
      complete_due_at: i % 5 === 0 ? PAST : FUTURE,
      urge_count: i % 4,
    });
  });
  rows[11] = { ...rows[11], number: 'GD-20260301-0011' };
  rows.push(fixtureOrder(t.demo, { project_id: t.demo.projectIds[1], accountable_staff_id: u.butler2, title: '二期工单' }));
  await insertOrders(db, rows);
});
afterAll(async () => t.close());

const project1 = () => rows.filter((r) => r.project_id === p1);
const idsDesc = (list: WorkOrderTable[]) => list.map((r) => r.id).sort().reverse();
async function idsOf(who: string, query: string): Promise<string[]> {
  const res = await t.as(who).get(`/api/work-orders?limit=100&${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((i: { id: string }) => i.id);
}

describe('GET /api/work-orders filters', () => {
  const cases: Array<[string, string, (r: WorkOrderTable) => boolean]> = [
    ['one status', 'status=dispatched', (r) => r.status === 'dispatched'],
    ['a comma list of statuses', 'status=submitted,paused', (r) => r.status === 'submitted' || r.status === 'paused'],
    ['a category', 'categoryNumber=8', (r) => r.category_number === 8],
    ['a kind', 'kind=complaint', (r) => r.kind === 'complaint'],
    ['an assignee', 'assigneeUserId=ASSIGNEE', (r) => r.assignee_user_id === t.demo.users.technician],
    ['an accountable staff member', 'accountableStaffId=ACCOUNTABLE', (r) => r.accountable_staff_id === t.demo.users.manager],
    ['overdue', 'overdue=true', (r) => isOverdue(r)],
    ['not overdue', 'overdue=false', (r) => !isOverdue(r)],
    // 2026-03-02 in Shanghai is [2026-03-01T16:00Z, 2026-03-02T16:00Z).
    ['one Shanghai day', 'from=2026-03-02&to=2026-03-02', (r) => r.created_at >= '2026-03-01T16:00:00.000Z' && r.created_at < '2026-03-02T16:00:00.000Z'],
    ['from a day on', 'from=2026-03-06', (r) => r.created_at >= '2026-03-05T16:00:00.000Z'],
    ['a building', 'buildingId=BUILDING', (r) => r.building_id === building1],
    ['text in the title', 'q=漏水', (r) => r.title.includes('漏水')],
    ['part of a number', 'q=NUMBER', (r) => r.number === rows[7].number],
    ['a whole GD number, in any case', 'q=gd-20260301-0011', (r) => r.number === 'GD-20260301-0011'],
    ['a phone (the butler sees phones)', 'q=13800000042', (r) => r.requester_phone === '13800000042'],
    ['filters combine', 'status=inProgress&buildingId=BUILDING', (r) => r.status === 'inProgress' && r.building_id === building1],
  ];
  for (const [name, query, keep] of cases) {
    it(`butler: ${name}`, async () => {
      const q = query
        .replace('ASSIGNEE', t.demo.users.technician)
        .replace('ACCOUNTABLE', t.demo.users.manager)
        .replace('BUILDING', building1)
        .replace('NUMBER', rows[7].number);
      const expected = idsDesc(project1().filter(keep));
      expect(expected.length).toBeGreaterThan(0);
      expect(await idsOf('butler', `projectId=${p1}&${q}`)).toEqual(expected);
    });
  }

  it('manager: scope=accountable lists my responsibilities, closed ones included', async () => {
    const mine = project1().filter((r) => r.accountable_staff_id === t.demo.users.manager);
    expect(mine.some((r) => r.status === 'closed')).toBe(true);
    expect(await idsOf('manager', `projectId=${p1}&scope=accountable`)).toEqual(idsDesc(mine));
  });

  it('butler: scope=assigned lists what is given to me', async () => {
    expect(await idsOf('butler', 'scope=assigned')).toEqual(idsDesc(project1().filter((r) => r.assignee_user_id === t.demo.users.butler)));
  });

  it('manager: without a projectId every project of mine is listed, and no other', async () => {
    expect(await idsOf('manager', '')).toEqual(idsDesc(project1()));
    expect(await idsOf('butler2', '')).toEqual(idsDesc(rows.filter((r) => r.project_id !== p1)));
  });
});

describe('date ranges as id ranges', () => {
  it('system: the floor of a millisecond sorts before every UUIDv7 of it and after every earlier one', () => {
    const ms = Date.parse('2026-03-01T16:00:00Z');
    for (let i = 0; i < 50; i++) {
      expect(uuidv7Floor(ms) <= uuidv7(ms)).toBe(true);
      expect(uuidv7Floor(ms) > uuidv7(ms - 1)).toBe(true);
    }
  });
});

function isOverdue(r: WorkOrderTable): boolean {
  const subject = { status: r.status, acceptedAt: r.accepted_at, assignmentAcceptedAt: r.assignment_accepted_at, acceptDueAt: r.accept_due_at, completeDueAt: r.complete_due_at };
  return isWorkOrderOverdue(subject, new Date());
}

describe('GET /api/work-orders keyset paging', () => {
  it('butler: pages of 20 follow nextCursor with no duplicates or gaps, newest first', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await t.as('butler').get(`/api/work-orders?projectId=${p1}&limit=20${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const body = res.json() as { items: { id: string }[]; nextCursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(20);
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(idsDesc(project1()));
  });

  it('butler: a filtered list pages the same way', async () => {
    const expected = idsDesc(project1().filter((r) => r.building_id === building1));
    const first = (await t.as('butler').get(`/api/work-orders?projectId=${p1}&buildingId=${building1}&limit=7`)).json();
    const second = (await t.as('butler').get(`/api/work-orders?projectId=${p1}&buildingId=${building1}&limit=7&cursor=${first.nextCursor}`)).json();
    expect([...first.items, ...second.items].map((i: { id: string }) => i.id)).toEqual(expected.slice(0, 14));
  });

  it('butler: the last page says so', async () => {
    const res = (await t.as('butler').get(`/api/work-orders?projectId=${p1}&limit=100`)).json();
    expect(res.nextCursor).toBeNull();
  });
});

describe('GET /api/work-orders rows', () => {
  it('butler: a row carries names, labels, deadlines and the overdue flag', async () => {
    const r = rows[0];
    expect(r.accountable_staff_id).toBe(t.demo.users.butler);
    const res = (await t.as('butler').get(`/api/work-orders?projectId=${p1}&q=${r.number}`)).json();
    expect(res.items[0]).toMatchObject({
      id: r.id,
      number: r.number,
      status: 'submitted',
      kind: 'booking',
      categoryNumber: null,
      emergency: false,
      requesterName: '吴先生',
      requesterPhone: '138****0000',
      phoneRevealable: true,
      unitLabel: expect.stringMatching(/号楼 \d-\d+$/),
      assignee: { id: t.demo.users.technician, name: '工程技术员 赵磊' },
      assigneeName: '工程技术员 赵磊',
      accountableStaff: { id: t.demo.users.butler, name: '管家 刘芳' },
      acceptDueAt: PAST,
      overdue: true,
      urgeCount: 0,
      reopenCount: 0,
      satisfaction: null,
      createdAt: r.created_at,
    });
  });

  it('butler: an order waiting in a department shows the department as its assignee', async () => {
    const pooled = rows.find((r) => r.assignee_department_id === engineering)!;
    const res = (await t.as('butler').get(`/api/work-orders?projectId=${p1}&q=${pooled.number}`)).json();
    expect(res.items[0]).toMatchObject({ assignee: null, assigneeName: '工程部' });
  });
});

describe('GET /api/work-orders visibility', () => {
  it('technician: only orders assigned to me and my department’s pool, whatever the scope', async () => {
    const assigned = project1().filter((r) => r.assignee_user_id === t.demo.users.technician);
    const pool = project1().filter((r) => r.status === 'dispatched' && r.assignee_user_id === null && r.assignee_department_id === engineering);
    expect(pool.length).toBeGreaterThan(1);
    expect(await idsOf('technician', `projectId=${p1}`)).toEqual(idsDesc([...assigned, ...pool]));
    expect(await idsOf('technician', `projectId=${p1}&scope=all`)).toEqual(idsDesc([...assigned, ...pool]));
    expect(await idsOf('technician', `projectId=${p1}&scope=pool`)).toEqual(idsDesc(pool));
    expect(await idsOf('technician', `projectId=${p1}&scope=assigned`)).toEqual(idsDesc(assigned));
  });

  it('technician: every phone masked; revealable on my own orders, not in the pool', async () => {
    const res = (await t.as('technician').get(`/api/work-orders?projectId=${p1}&limit=100`)).json();
    const items = res.items as { assignee: unknown; requesterPhone: string; phoneRevealable: boolean }[];
    expect(new Set(items.map((i) => Boolean(i.assignee)))).toEqual(new Set([true, false]));
    for (const item of items) {
      expect(item.requesterPhone).toMatch(/^138\*\*\*\*\d{4}$/);
      expect(item.phoneRevealable).toBe(Boolean(item.assignee));
    }
  });

  it('technician: searching by phone finds nothing, so masked numbers cannot be guessed', async () => {
    expect(await idsOf('technician', `projectId=${p1}&q=13800000003`)).toEqual([]);
  });

  it('front-line staff: see the project’s orders with phones masked', async () => {
    const frontline: Actor = { userId: 'fl', username: 'fl', name: '前台', companyId: t.demo.companyId, kind: 'staff', roles: ['frontline' as Role], projectIds: [p1], ownerId: null, vendorId: null, departmentId: null };
    const page = await listWorkOrders(t.ctx.db, frontline, { projectId: p1, scope: 'all', limit: 100, q: undefined });
    expect(page.items).toHaveLength(project1().length);
    expect(page.items.every((i) => /^138\*\*\*\*\d{4}$/.test(i.requesterPhone ?? '') && !i.phoneRevealable)).toBe(true);
  });

  it('butler2: another project is not found (404)', async () => {
    expect((await t.as('butler2').get(`/api/work-orders?projectId=${p1}`)).statusCode).toBe(404);
  });

  it('sales, marketing and owner: 403', async () => {
    for (const who of ['sales', 'marketing', 'owner']) expect((await t.as(who).get(`/api/work-orders?projectId=${p1}`)).statusCode).toBe(403);
  });

  it('anonymous: 401', async () => {
    expect((await t.as(null).get('/api/work-orders')).statusCode).toBe(401);
  });
});

describe('GET /api/work-orders bad input', () => {
  const cases: Array<[string, string, string]> = [
    ['an unknown status', 'status=open', 'status'],
    ['an unknown status in a list', 'status=submitted,done', 'status'],
    ['a date that does not exist', 'from=2026-02-30', 'from'],
    ['a date in another format', 'to=2026/03/01', 'to'],
    ['an end before the start', 'from=2026-03-05&to=2026-03-01', 'to'],
    ['an unknown scope', 'scope=everything', 'scope'],
    ['a limit over 100', 'limit=101', 'limit'],
    ['overdue that is not true or false', 'overdue=yes', 'overdue'],
  ];
  for (const [name, query, field] of cases) {
    it(`butler: ${name} is 400 naming ${field}`, async () => {
      const res = await t.as('butler').get(`/api/work-orders?${query}`);
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual([field]);
    });
  }

  it('butler: the message is in the caller’s language', async () => {
    const res = await t.as('butler').get('/api/work-orders?from=2026-03-05&to=2026-03-01', { 'accept-language': 'en' });
    expect(res.json().error.fields.to).toBe('The end date cannot be before the start date');
  });
});
