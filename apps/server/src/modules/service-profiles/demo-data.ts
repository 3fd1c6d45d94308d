import { emptyProfile, type ProfileContent } from '@guanjia/domain/service-profiles/index';
import { uuidv7 } from '@guanjia/domain';
import type { DemoIds } from '../../demo/seed-demo.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';

/** What the butler added after a visit to the demo household (the questionnaire's layer is seeded by questionnaires). */
export async function seedServiceProfileDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const recorded: ProfileContent = {
    ...emptyProfile(),
    preferences: ['客厅喜欢摆放百合'],
    needs: ['每周五下午家政保洁'],
    usualTimes: ['工作日晚上 8 点后在家'],
    notes: '吴老先生听力不太好，敲门请稍用力',
  };
  const at = nowIso();
  const existing = await trx.selectFrom('service_profiles').select(['id', 'version']).where('household_id', '=', ids.ownerHouseholdId).executeTakeFirst();
  let id = existing?.id;
  if (existing) {
    await trx.updateTable('service_profiles').set({ recorded: JSON.stringify(recorded), updated_at: at, version: existing.version + 1 }).where('id', '=', existing.id).execute();
  } else {
    id = uuidv7();
    const tenancy = { company_id: ids.companyId, project_id: ids.projectIds[0] };
    await trx
      .insertInto('service_profiles')
      .values({ id, ...tenancy, household_id: ids.ownerHouseholdId, recorded: JSON.stringify(recorded), answered: null, answered_response_id: null, answered_owner_id: null, answered_at: null, created_at: at, updated_at: at, version: 1 })
      .execute();
  }
  await trx
    .insertInto('service_profile_events')
    .values({ id: uuidv7(), company_id: ids.companyId, project_id: ids.projectIds[0], service_profile_id: id!, action: 'record', actor_id: ids.users.butler ?? null, data: JSON.stringify({ fields: ['preferences', 'needs', 'usualTimes', 'notes'] }), created_at: at })
    .execute();
}
