import type { BuildingTable, UnitTable } from './tables.js';

export function presentBuilding(b: BuildingTable) {
  return { id: b.id, projectId: b.project_id, name: b.name, code: b.code, floors: b.floors, version: b.version, createdAt: b.created_at, updatedAt: b.updated_at };
}

export function presentUnit(u: UnitTable, buildingCode: string) {
  return {
    id: u.id,
    projectId: u.project_id,
    buildingId: u.building_id,
    buildingCode,
    code: u.code,
    floor: u.floor,
    areaM2: u.area_m2 === null ? null : Number(u.area_m2),
    layout: u.layout,
    version: u.version,
    createdAt: u.created_at,
    updatedAt: u.updated_at,
  };
}
