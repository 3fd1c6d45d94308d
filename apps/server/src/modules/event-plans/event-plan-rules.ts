import { COMPANY_WIDE_ROLES, type Role } from '@guanjia/domain';
import { EVENT_PLAN_DRAFTER_ROLES } from '@guanjia/domain/event-plans/event-plan-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { ValidationError } from '../../platform/http/errors.js';

export async function assertSalesCenterOfProject(db: DbOrTx, projectId: string, salesCenterId: string): Promise<void> {
  const center = await db.selectFrom('sales_centers').select('id').where('id', '=', salesCenterId).where('project_id', '=', projectId).executeTakeFirst();
  if (!center) throw new ValidationError({ salesCenterId: 'eventPlan.field.salesCenterNotInProject' });
}

/** A task's owner: an active butler or service-center manager who works in the project. */
export async function assertTaskOwner(db: DbOrTx, companyId: string, projectId: string, userId: string): Promise<void> {
  const user = await db.selectFrom('users').select(['id', 'roles']).where('id', '=', userId).where('company_id', '=', companyId).where('kind', '=', 'staff').where('active', '=', 1).executeTakeFirst();
  const roles = user ? (JSON.parse(user.roles) as Role[]) : [];
  const drafter = roles.some((r) => EVENT_PLAN_DRAFTER_ROLES.includes(r));
  const inProject =
    roles.some((r) => COMPANY_WIDE_ROLES.includes(r)) ||
    (user && (await db.selectFrom('user_projects').select('user_id').where('user_id', '=', userId).where('project_id', '=', projectId).executeTakeFirst()));
  if (!drafter || !inProject) throw new ValidationError({ ownerId: 'eventPlan.field.ownerNotDrafter' });
}
