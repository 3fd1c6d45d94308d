import type { Stamped } from '../org/tables.js';

/** Every person who logs in: staff of the property company, the developer's sales side, vendors, owners. */
export interface UserTable extends Stamped {
  id: string;
  company_id: string;
  username: string;
  name: string;
  phone: string | null;
  id_number: string | null;
  password_hash: string;
  kind: 'staff' | 'owner';
  /** JSON array of role codes. */
  roles: string;
  department_id: string | null;
  vendor_id: string | null;
  owner_id: string | null;
  active: number;
}

/** The projects a user may act in (company-wide roles see all projects without rows here). */
export interface UserProjectTable {
  user_id: string;
  project_id: string;
  company_id: string;
}

export interface StaffTables {
  users: UserTable;
  user_projects: UserProjectTable;
}
