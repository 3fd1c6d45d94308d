import type { Role } from '@guanjia/domain';
import { areCompanyProjects } from '../../platform/db/company-projects.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError, ValidationError, type FieldErrors } from '../../platform/http/errors.js';

export interface UserReferences {
  /** The roles the user will hold after the write. */
  roles: readonly Role[];
  /** The grants being set, if any. */
  projectIds?: readonly string[];
  departmentId?: string | null;
  /** The vendor the user will belong to after the write. */
  vendorId: string | null;
}

/**
 * Everything a staff account points at must be in the caller's company; all bad fields are named
 * at once. Runs inside the write's transaction before anything is written.
 */
export async function assertUserReferences(trx: DbOrTx, actor: Actor, refs: UserReferences): Promise<void> {
  const fields: FieldErrors = {};
  if (refs.projectIds && !(await areCompanyProjects(trx, actor.companyId, refs.projectIds))) fields.projectIds = 'error.projectNotInCompany';
  if (refs.departmentId) {
    const dept = await trx.selectFrom('departments').select('id').where('id', '=', refs.departmentId).where('company_id', '=', actor.companyId).executeTakeFirst();
    if (!dept) fields.departmentId = 'staff.unknownDepartment';
  }
  if (refs.vendorId) {
    const vendor = await trx.selectFrom('vendors').select('id').where('id', '=', refs.vendorId).where('company_id', '=', actor.companyId).executeTakeFirst();
    if (!vendor) fields.vendorId = 'staff.unknownVendor';
  } else if (refs.roles.includes('vendorStaff')) {
    fields.vendorId = 'staff.vendorRequired';
  }
  if (Object.keys(fields).length) throw new ValidationError(fields);
}

/** Granting or removing systemAdmin is reserved to system administrators, not company administrators. */
export function assertMayChangeSystemAdmin(actor: Actor, before: readonly Role[], after: readonly Role[]): void {
  if (before.includes('systemAdmin') !== after.includes('systemAdmin') && !actor.roles.includes('systemAdmin')) {
    throw new ForbiddenError('staff.systemAdminReserved');
  }
}
