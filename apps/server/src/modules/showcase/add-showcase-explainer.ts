import { uuidv7, type Role } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { isUniqueViolation } from '../../platform/db/unique-violation.js';
import type { Actor } from '../../platform/http/actor.js';
import { recordShowcaseEvent } from './record-showcase-event.js';
import { fieldRefusal, loadVisibleShowcase, type ShowcaseRow } from './showcase-access.js';

/** The developer's people and outside vendors do not staff the property company's post. */
const NOT_EXPLAINER_ROLES: readonly Role[] = ['salesConsultant', 'salesManager', 'marketingLead', 'vendorStaff', 'owner'];

/** An explainer must be active property staff assigned to the showcase's project. */
async function assertProjectStaff(trx: Tx, showcase: ShowcaseRow, userId: string): Promise<void> {
  const user = await trx
    .selectFrom('users')
    .innerJoin('user_projects', 'user_projects.user_id', 'users.id')
    .select(['users.id', 'users.roles'])
    .where('users.id', '=', userId)
    .where('users.company_id', '=', showcase.company_id)
    .where('users.kind', '=', 'staff')
    .where('users.active', '=', 1)
    .where('user_projects.project_id', '=', showcase.project_id)
    .executeTakeFirst();
  const roles = user ? (JSON.parse(user.roles) as Role[]) : [];
  if (!user || roles.some((r) => NOT_EXPLAINER_ROLES.includes(r))) throw fieldRefusal('EXPLAINER_NOT_STAFF', 'userId', 'showcase.field.explainerNotStaff');
}

/** Puts a staff member on the greeter post's roster, with their explainer training when already done. */
export async function addShowcaseExplainer(
  trx: Tx,
  actor: Actor,
  showcaseId: string,
  input: { userId: string; trainedOn?: string | null; trainer?: string | null },
  now: Date = new Date(),
): Promise<void> {
  const showcase = await loadVisibleShowcase(trx, actor, showcaseId);
  await assertProjectStaff(trx, showcase, input.userId);
  if (input.trainedOn && !input.trainer) throw fieldRefusal('TRAINER_REQUIRED', 'trainer', 'showcase.field.trainerRequired');
  const at = now.toISOString();
  const row = {
    id: uuidv7(),
    company_id: showcase.company_id,
    project_id: showcase.project_id,
    showcase_id: showcase.id,
    user_id: input.userId,
    trained_on: input.trainedOn ?? null,
    trainer: input.trainer || null,
    active: 1,
    ...newRowStamp(at),
  };
  try {
    await trx.insertInto('showcase_explainers').values(row).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw fieldRefusal('EXPLAINER_EXISTS', 'userId', 'showcase.field.explainerExists');
    throw err;
  }
  await recordShowcaseEvent(trx, showcase, { action: 'addExplainer', actorId: actor.userId, at });
  await recordAudit(trx, actor, showcase.company_id, { action: 'showcase.addExplainer', entityType: 'showcaseExplainer', entityId: row.id, projectId: showcase.project_id, after: row });
}
