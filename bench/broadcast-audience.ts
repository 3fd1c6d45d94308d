import { uuidv7 } from '@guanjia/domain';
import type { Db, Dialect } from '../apps/server/src/platform/db/database.js';
import type { DemoIds } from '../apps/server/src/demo/seed-demo.js';
import { bulkInsert, type Row } from './bulk-insert.js';

/** 50 floors × 20 units: 1,000 households a building, so 100,000 households fit the 500 buildings a broadcast may name. */
const UNITS_PER_BUILDING = 1000;
const UNITS_PER_FLOOR = 20;

export interface BroadcastAudience {
  projectId: string;
  buildingIds: string[];
  households: number;
  seconds: number;
}

/**
 * The audience of the broadcast measurement: `households` households in new buildings of project 1
 * (where `butler` works), one owner each with a phone, so the broadcast is exactly one SMS per
 * household. Written with the same multi-row inserts as the rest of the generated data.
 */
export async function generateBroadcastAudience(db: Db, dialect: Dialect, demo: DemoIds, households: number, signal?: AbortSignal): Promise<BroadcastAudience> {
  const t0 = performance.now();
  const projectId = demo.projectIds[0];
  const now = new Date().toISOString();
  const tenancy = [demo.companyId, projectId];
  const buildings = Array.from({ length: Math.ceil(households / UNITS_PER_BUILDING) }, (_, b) => ({ id: uuidv7(), code: `M${b + 1}` }));
  const homes = Array.from({ length: households }, (_, i) => ({ unitId: uuidv7(), householdId: uuidv7(), ownerId: uuidv7(), building: buildings[Math.floor(i / UNITS_PER_BUILDING)] }));

  function* buildingRows(): Generator<Row> {
    for (const b of buildings) yield [b.id, ...tenancy, `${b.code}号楼`, b.code, UNITS_PER_BUILDING / UNITS_PER_FLOOR, now, now, 1];
  }
  function* unitRows(): Generator<Row> {
    for (const [i, h] of homes.entries()) {
      const slot = i % UNITS_PER_BUILDING;
      const floor = Math.floor(slot / UNITS_PER_FLOOR) + 1;
      yield [h.unitId, ...tenancy, h.building.id, `${h.building.code}-${floor}${String((slot % UNITS_PER_FLOOR) + 1).padStart(2, '0')}`, floor, 89.5, '两室两厅', now, now, 1];
    }
  }
  function* householdRows(): Generator<Row> {
    for (const h of homes) yield [h.householdId, ...tenancy, h.unitId, null, now, now, 1];
  }
  function* ownerRows(): Generator<Row> {
    for (const [i, h] of homes.entries()) yield [h.ownerId, ...tenancy, `业主${i + 1}`, `138${String(i).padStart(8, '0')}`, null, now, now, 1];
  }
  function* memberRows(): Generator<Row> {
    for (const h of homes) yield [uuidv7(), ...tenancy, h.householdId, h.ownerId, 'owner', now];
  }

  const tenant = ['id', 'company_id', 'project_id'];
  const stamp = ['created_at', 'updated_at', 'version'];
  const quiet = () => {};
  await bulkInsert(db, dialect, { table: 'buildings', columns: [...tenant, 'name', 'code', 'floors', ...stamp] }, buildingRows(), buildings.length, { signal, progress: quiet });
  await bulkInsert(db, dialect, { table: 'units', columns: [...tenant, 'building_id', 'code', 'floor', 'area_m2', 'layout', ...stamp] }, unitRows(), households, { signal, progress: quiet });
  await bulkInsert(db, dialect, { table: 'households', columns: [...tenant, 'unit_id', 'name', ...stamp] }, householdRows(), households, { signal, progress: quiet });
  await bulkInsert(db, dialect, { table: 'owners', columns: [...tenant, 'name', 'phone', 'id_number', ...stamp] }, ownerRows(), households, { signal, progress: quiet });
  await bulkInsert(db, dialect, { table: 'household_members', columns: [...tenant, 'household_id', 'owner_id', 'relation', 'created_at'] }, memberRows(), households, { signal, progress: quiet });
  return { projectId, buildingIds: buildings.map((b) => b.id), households, seconds: Number(((performance.now() - t0) / 1000).toFixed(2)) };
}
