import { uuidv7 } from '@guanjia/domain';
import type { Db, Dialect } from '../apps/server/src/platform/db/database.js';
import { DEMO_ACCOUNTS, type DemoIds } from '../apps/server/src/demo/seed-demo.js';
import { bulkInsert, type Row } from './bulk-insert.js';
import { prng } from './prng.js';

export interface DataSizes {
  owners: number;
  audit: number;
  workOrders: number;
}

/** What was generated on top of the demo seed, and how long each table took. */
export interface GeneratedData {
  rows: { buildings: number; units: number; owners: number; households: number; householdMembers: number; audit: number; workOrders?: number };
  seconds: Record<string, number>;
}

/** Two owners (owner + co-owner) per household, one household per unit. */
const OWNERS_PER_HOUSEHOLD = 2;
const FLOORS = 30;
const UNITS_PER_FLOOR = 4;
/** Audit rows are spread over the two years before the run, oldest first. */
const AUDIT_SPAN_MS = 2 * 365 * 24 * 3600 * 1000;

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红'];
const LAYOUTS = ['三室两厅', '两室两厅', '四室两厅', '两室一厅'];

interface Plan {
  companyId: string;
  projectIds: string[];
  now: string;
  buildings: { id: string; projectId: string; code: string }[];
  units: { id: string; projectId: string; buildingId: string; code: string; floor: number }[];
  owners: { id: string; projectId: string; name: string; phone: string; idNumber: string }[];
  households: { id: string; projectId: string; unitId: string; name: string }[];
}

/** Lays out buildings, units, households and owners in memory, alternating between the demo projects. */
function plan(demo: DemoIds, sizes: DataSizes): Plan {
  const rnd = prng(20260101);
  const now = new Date().toISOString();
  const projectIds = [...demo.projectIds];
  const householdCount = Math.ceil(sizes.owners / OWNERS_PER_HOUSEHOLD);
  const unitsPerBuilding = FLOORS * UNITS_PER_FLOOR;
  const buildingCount = Math.ceil(householdCount / unitsPerBuilding);
  const p: Plan = { companyId: demo.companyId, projectIds, now, buildings: [], units: [], owners: [], households: [] };
  for (let b = 0; b < buildingCount; b++) {
    // "G" keeps generated codes apart from the demo's buildings 1-3.
    p.buildings.push({ id: uuidv7(), projectId: projectIds[b % projectIds.length], code: `G${b + 1}` });
  }
  for (let h = 0; h < householdCount; h++) {
    const building = p.buildings[Math.floor(h / unitsPerBuilding)];
    const slot = h % unitsPerBuilding;
    const floor = Math.floor(slot / UNITS_PER_FLOOR) + 1;
    const code = `${building.code}-${floor}${String((slot % UNITS_PER_FLOOR) + 1).padStart(2, '0')}`;
    const unitId = uuidv7();
    p.units.push({ id: unitId, projectId: building.projectId, buildingId: building.id, code, floor });
    const surname = SURNAMES[Math.floor(rnd() * SURNAMES.length)];
    p.households.push({ id: uuidv7(), projectId: building.projectId, unitId, name: `${surname}宅` });
  }
  for (let o = 0; o < sizes.owners; o++) {
    const household = p.households[Math.floor(o / OWNERS_PER_HOUSEHOLD)];
    const surname = household.name.slice(0, 1);
    const name = surname + GIVEN[Math.floor(rnd() * GIVEN.length)] + (rnd() < 0.5 ? GIVEN[Math.floor(rnd() * GIVEN.length)] : '');
    const phone = `13${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`;
    const birth = 19500101 + Math.floor(rnd() * 50) * 10000 + Math.floor(rnd() * 12) * 100 + Math.floor(rnd() * 28);
    const idNumber = `310101${birth}${String(o % 10000).padStart(4, '0')}`;
    p.owners.push({ id: uuidv7(), projectId: household.projectId, name, phone, idNumber });
  }
  return p;
}

function* buildingRows(p: Plan): Generator<Row> {
  for (const b of p.buildings) yield [b.id, p.companyId, b.projectId, `${b.code}号楼`, b.code, FLOORS, p.now, p.now, 1];
}

function* unitRows(p: Plan): Generator<Row> {
  for (const [i, u] of p.units.entries()) {
    yield [u.id, p.companyId, u.projectId, u.buildingId, u.code, u.floor, i % 2 ? 96.2 : 128.5, LAYOUTS[i % LAYOUTS.length], p.now, p.now, 1];
  }
}

function* ownerRows(p: Plan): Generator<Row> {
  for (const o of p.owners) yield [o.id, p.companyId, o.projectId, o.name, o.phone, o.idNumber, p.now, p.now, 1];
}

function* householdRows(p: Plan): Generator<Row> {
  for (const h of p.households) yield [h.id, p.companyId, h.projectId, h.unitId, h.name, p.now, p.now, 1];
}

function* memberRows(p: Plan): Generator<Row> {
  for (const [i, o] of p.owners.entries()) {
    const h = p.households[Math.floor(i / OWNERS_PER_HOUSEHOLD)];
    yield [uuidv7(), p.companyId, o.projectId, h.id, o.id, i % OWNERS_PER_HOUSEHOLD === 0 ? 'owner' : 'coOwner', p.now];
  }
}

/**
 * Audit rows shaped like recordAudit's: mostly owner, household and unit changes by the demo staff,
 * with row snapshots of a realistic size. Ids are UUIDv7 of the row's own instant, as live rows are.
 */
function* auditRows(p: Plan, demo: DemoIds, total: number): Generator<Row> {
  const rnd = prng(7);
  const actors = ['admin', 'manager', 'butler', 'butler2'].map((u) => ({ id: demo.users[u], username: u, name: DEMO_ACCOUNTS.find((a) => a.username === u)!.name }));
  const start = Date.now() - AUDIT_SPAN_MS;
  const step = AUDIT_SPAN_MS / Math.max(1, total);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  for (let i = 0; i < total; i++) {
    const ms = Math.floor(start + i * step + rnd() * step);
    const at = new Date(ms).toISOString();
    const r = rnd();
    const action = r < 0.5 ? 'create' : r < 0.95 ? 'update' : 'delete';
    const kind = rnd();
    let entityType: string;
    let entityId: string;
    let projectId: string | null;
    let before: object | null = null;
    let after: object | null = null;
    if (kind < 0.4 && p.owners.length) {
      const o = pick(p.owners);
      [entityType, entityId, projectId] = ['owner', o.id, o.projectId];
      const row = { id: o.id, project_id: o.projectId, name: o.name, phone: o.phone, id_number: o.idNumber, version: 1 };
      before = action === 'create' ? null : row;
      after = action === 'delete' ? null : { ...row, phone: `139${o.phone.slice(3)}`, version: 2 };
    } else if (kind < 0.65 && p.households.length) {
      const h = pick(p.households);
      [entityType, entityId, projectId] = ['household', h.id, h.projectId];
      const row = { id: h.id, project_id: h.projectId, unit_id: h.unitId, name: h.name, version: 1 };
      before = action === 'create' ? null : row;
      after = action === 'delete' ? null : { ...row, version: 2 };
    } else if (kind < 0.85 && p.units.length) {
      const u = pick(p.units);
      [entityType, entityId, projectId] = ['unit', u.id, u.projectId];
      const row = { id: u.id, building_id: u.buildingId, code: u.code, floor: u.floor, layout: '两室两厅', area_m2: 96.2, version: 1 };
      before = action === 'create' ? null : row;
      after = action === 'delete' ? null : { ...row, layout: '三室两厅', version: 2 };
    } else if (kind < 0.93 && p.buildings.length) {
      const b = pick(p.buildings);
      [entityType, entityId, projectId] = ['building', b.id, b.projectId];
      before = action === 'create' ? null : { id: b.id, code: b.code, floors: FLOORS };
      after = action === 'delete' ? null : { id: b.id, code: b.code, floors: FLOORS, name: `${b.code}号楼` };
    } else {
      const u = pick(actors);
      [entityType, entityId, projectId] = ['user', u.id, null];
      before = action === 'create' ? null : { id: u.id, username: u.username, active: 1, password_hash: '[redacted]' };
      after = action === 'delete' ? null : { id: u.id, username: u.username, active: 1, password_hash: '[redacted]' };
    }
    const actor = pick(actors);
    yield [
      uuidv7(ms),
      p.companyId,
      projectId,
      actor.id,
      actor.name,
      action,
      entityType,
      entityId,
      before && JSON.stringify(before),
      after && JSON.stringify(after),
      at,
    ];
  }
}

const STAMP = ['created_at', 'updated_at', 'version'];

/** Adds generated owners (with their buildings, units, households) and audit rows to a seeded database. */
export async function generateData(db: Db, dialect: Dialect, demo: DemoIds, sizes: DataSizes, signal?: AbortSignal): Promise<GeneratedData> {
  const seconds: Record<string, number> = {};
  const timed = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    seconds[label] = Number(((performance.now() - t0) / 1000).toFixed(2));
    return out;
  };
  const p = await timed('plan', async () => plan(demo, sizes));
  const tenant = ['id', 'company_id', 'project_id'];
  const buildings = await timed('buildings', () =>
    bulkInsert(db, dialect, { table: 'buildings', columns: [...tenant, 'name', 'code', 'floors', ...STAMP] }, buildingRows(p), p.buildings.length, { signal }),
  );
  const units = await timed('units', () =>
    bulkInsert(db, dialect, { table: 'units', columns: [...tenant, 'building_id', 'code', 'floor', 'area_m2', 'layout', ...STAMP] }, unitRows(p), p.units.length, { signal }),
  );
  const owners = await timed('owners', () =>
    bulkInsert(db, dialect, { table: 'owners', columns: [...tenant, 'name', 'phone', 'id_number', ...STAMP] }, ownerRows(p), p.owners.length, { signal }),
  );
  const households = await timed('households', () =>
    bulkInsert(db, dialect, { table: 'households', columns: [...tenant, 'unit_id', 'name', ...STAMP] }, householdRows(p), p.households.length, { signal }),
  );
  const householdMembers = await timed('household_members', () =>
    bulkInsert(db, dialect, { table: 'household_members', columns: [...tenant, 'household_id', 'owner_id', 'relation', 'created_at'] }, memberRows(p), p.owners.length, { signal }),
  );
  const auditColumns = ['id', 'company_id', 'project_id', 'actor_id', 'actor_name', 'action', 'entity_type', 'entity_id', 'before', 'after', 'at'];
  const audit = await timed('audit_log', () => bulkInsert(db, dialect, { table: 'audit_log', columns: auditColumns }, auditRows(p, demo, sizes.audit), sizes.audit, { signal }));
  return { rows: { buildings, units, owners, households, householdMembers, audit }, seconds };
}
