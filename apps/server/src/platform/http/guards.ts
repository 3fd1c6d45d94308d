import type { FastifyRequest } from 'fastify';
import type { Role } from '@guanjia/domain';
import { requireRole, requireStaff } from './access.js';
import { actorOf } from './app.js';

/**
 * The route guards every module uses, as `preValidation` hooks: a caller whose role may never do
 * the action gets 403 before the body is validated, so the input's shape is not discussed with them.
 * Record visibility (404) is still checked per record in the handler.
 */
export function rolesOnly(...roles: Role[]) {
  return async (req: FastifyRequest): Promise<void> => requireRole(actorOf(req), ...roles);
}

/** Any staff account (the property company's or the developer's people), never an owner account. */
export async function staffAccountsOnly(req: FastifyRequest): Promise<void> {
  requireStaff(actorOf(req));
}

/** Writes to organisation data (regions, developers, projects, centers, departments, buildings, units, vendors). */
export const companyAdminOnly = rolesOnly('companyAdmin');
