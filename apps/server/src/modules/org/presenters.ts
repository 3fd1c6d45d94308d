import type { DepartmentTable, DeveloperTable, ProjectTable, RegionTable, SalesCenterTable, ServiceCenterTable } from './tables.js';
import type { PostType } from './schemas.js';

type Stamps = { version: number; created_at: string; updated_at: string };
const stamps = (r: Stamps) => ({ version: r.version, createdAt: r.created_at, updatedAt: r.updated_at });

export function presentRegion(r: RegionTable | DeveloperTable) {
  return { id: r.id, name: r.name, code: r.code, ...stamps(r) };
}
export const presentDeveloper = presentRegion;

export function presentProject(p: ProjectTable) {
  return { id: p.id, name: p.name, code: p.code, regionId: p.region_id, developerId: p.developer_id, city: p.city, address: p.address, ...stamps(p) };
}

export function presentSalesCenter(c: SalesCenterTable | ServiceCenterTable) {
  return { id: c.id, projectId: c.project_id, name: c.name, address: c.address, phone: c.phone, openTime: c.open_time, closeTime: c.close_time, ...stamps(c) };
}
export const presentServiceCenter = presentSalesCenter;

export function presentDepartment(d: DepartmentTable) {
  return {
    id: d.id,
    name: d.name,
    kind: d.kind,
    postType: d.post_type as PostType | null,
    projectId: d.project_id,
    developerId: d.developer_id,
    parentId: d.parent_id,
    ...stamps(d),
  };
}
