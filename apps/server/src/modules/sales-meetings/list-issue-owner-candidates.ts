import { COMPANY_WIDE_ROLES, type Role } from '@guanjia/domain';
import { SALES_MEETING_READER_ROLES } from '@guanjia/domain/sales-site/meeting-issue-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';

/**
 * The accounts an issue may be given to: active staff of the project who can open the meetings
 * (the butlers and the manager, the developer's sales manager and marketing lead), so they can
 * report progress themselves. Company-wide accounts are not owners of a project's issues.
 */
export async function listIssueOwnerCandidates(db: DbOrTx, actor: Actor, projectId: string): Promise<{ id: string; name: string; roles: Role[] }[]> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const rows = await db
    .selectFrom('users')
    .innerJoin('user_projects', 'user_projects.user_id', 'users.id')
    .select(['users.id', 'users.name', 'users.roles'])
    .where('user_projects.project_id', '=', projectId)
    .where('users.company_id', '=', actor.companyId)
    .where('users.kind', '=', 'staff')
    .where('users.active', '=', 1)
    .orderBy('users.name')
    .execute();
  return rows
    .map((u) => ({ id: u.id, name: u.name, roles: JSON.parse(u.roles) as Role[] }))
    .filter((u) => u.roles.some((r) => SALES_MEETING_READER_ROLES.includes(r) && !COMPANY_WIDE_ROLES.includes(r)));
}
