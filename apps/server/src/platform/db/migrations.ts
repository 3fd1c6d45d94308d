import type { Migration } from 'kysely';
import { auditMigrations } from '../../modules/audit/migrations.js';
import { authMigrations } from '../../modules/auth/migrations.js';
import { buildingMigrations } from '../../modules/buildings/migrations.js';
import { householdMigrations } from '../../modules/households/migrations.js';
import { orgMigrations } from '../../modules/org/migrations.js';
import { staffMigrations } from '../../modules/staff/migrations.js';
import { vendorMigrations } from '../../modules/vendors/migrations.js';

/** All migrations, keyed by name; Kysely applies them in name order, so names start with a number. */
export const migrations: Record<string, Migration> = {
  ...orgMigrations,
  ...buildingMigrations,
  ...staffMigrations,
  ...vendorMigrations,
  ...householdMigrations,
  ...authMigrations,
  ...auditMigrations,
};
