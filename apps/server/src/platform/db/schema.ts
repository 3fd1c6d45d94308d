import type { AuditTables } from '../../modules/audit/tables.js';
import type { AuthTables } from '../../modules/auth/tables.js';
import type { BuildingTables } from '../../modules/buildings/tables.js';
import type { HouseholdTables } from '../../modules/households/tables.js';
import type { OrgTables } from '../../modules/org/tables.js';
import type { StaffTables } from '../../modules/staff/tables.js';
import type { VendorTables } from '../../modules/vendors/tables.js';

/** Every table, composed from the feature modules that own them. */
export interface Database
  extends OrgTables,
    BuildingTables,
    StaffTables,
    VendorTables,
    HouseholdTables,
    AuthTables,
    AuditTables {}
