import type { Stamped } from '../org/tables.js';

/** A person on the owner side: owner, co-owner, resident or tenant. */
export interface OwnerTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  name: string;
  phone: string | null;
  id_number: string | null;
}

/** 业户: the household living in (or owning) one unit. */
export interface HouseholdTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  unit_id: string;
  name: string | null;
}

export interface HouseholdMemberTable {
  id: string;
  company_id: string;
  project_id: string;
  household_id: string;
  owner_id: string;
  relation: 'owner' | 'coOwner' | 'resident' | 'tenant';
  created_at: string;
}

export interface HouseholdTables {
  owners: OwnerTable;
  households: HouseholdTable;
  household_members: HouseholdMemberTable;
}
