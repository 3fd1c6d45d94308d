import type { Stamped } from '../org/tables.js';

export interface BuildingTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  name: string;
  code: string;
  floors: number | null;
}

export interface UnitTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  building_id: string;
  code: string;
  floor: number | null;
  area_m2: number | null;
  layout: string | null;
}

export interface BuildingTables {
  buildings: BuildingTable;
  units: UnitTable;
}
