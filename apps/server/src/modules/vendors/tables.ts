import type { Stamped } from '../org/tables.js';

/** 外包单位: an outsourced contractor serving one or more projects. */
export interface VendorTable extends Stamped {
  id: string;
  company_id: string;
  name: string;
  service_type: string;
  contact_name: string | null;
  contact_phone: string | null;
  active: number;
}

export interface VendorProjectTable {
  vendor_id: string;
  project_id: string;
  company_id: string;
}

export interface VendorTables {
  vendors: VendorTable;
  vendor_projects: VendorProjectTable;
}
