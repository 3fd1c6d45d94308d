export interface Stamped {
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CompanyTable extends Stamped {
  id: string;
  name: string;
  code: string;
}

export interface RegionTable extends Stamped {
  id: string;
  company_id: string;
  name: string;
  code: string | null;
}

export interface DeveloperTable extends Stamped {
  id: string;
  company_id: string;
  name: string;
  code: string | null;
}

export interface ProjectTable extends Stamped {
  id: string;
  company_id: string;
  region_id: string;
  developer_id: string | null;
  name: string;
  code: string;
  city: string | null;
  address: string | null;
}

export interface SalesCenterTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  name: string;
  address: string | null;
  phone: string | null;
  open_time: string | null;
  close_time: string | null;
}

export interface ServiceCenterTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  name: string;
  address: string | null;
  phone: string | null;
  /** Office hours (办公时间), HH:MM; working-hour SLA clocks count inside them. Null: 08:30–17:30. */
  open_time: string | null;
  close_time: string | null;
}

/** A department or a post (岗位) of the property company, or of the developer (e.g. 营销部). */
export interface DepartmentTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string | null;
  developer_id: string | null;
  parent_id: string | null;
  name: string;
  kind: 'department' | 'post';
  post_type: string | null;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface OrgTables {
  companies: CompanyTable;
  regions: RegionTable;
  developers: DeveloperTable;
  projects: ProjectTable;
  sales_centers: SalesCenterTable;
  service_centers: ServiceCenterTable;
  departments: DepartmentTable;
  app_meta: AppMetaTable;
}
