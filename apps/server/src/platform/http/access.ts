import { COMPANY_WIDE_ROLES, type Role } from '@guanjia/domain';
import type { Actor } from './actor.js';
import { ForbiddenError, NotFoundError } from './errors.js';

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}

export function isCompanyWide(actor: Actor): boolean {
  return hasRole(actor, ...COMPANY_WIDE_ROLES);
}

/** 403 unless the actor holds one of the roles. */
export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!hasRole(actor, ...roles)) throw new ForbiddenError();
}

/** 403 for owner accounts: the endpoint serves the property company's and the developer's staff. */
export function requireStaff(actor: Actor): void {
  if (actor.kind !== 'staff') throw new ForbiddenError();
}

/** A record of a project the actor cannot see is answered as not found, so its existence does not leak. */
export function assertProjectVisible(actor: Actor, projectId: string | null | undefined, entityKey?: string): void {
  if (!projectId || !actor.projectIds.includes(projectId)) throw new NotFoundError(entityKey);
}

/** Same rule for company-level rows. */
export function assertSameCompany(actor: Actor, companyId: string | null | undefined, entityKey?: string): void {
  if (!companyId || companyId !== actor.companyId) throw new NotFoundError(entityKey);
}
