import { DEFAULT_QUESTIONNAIRE, DEFAULT_QUESTIONNAIRE_INTRO, DEFAULT_QUESTIONNAIRE_TITLE } from '@guanjia/domain/questionnaires/index';
import { uuidv7 } from '@guanjia/domain';
import type { DemoIds } from '../../demo/seed-demo.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import { recordConsent } from '../consents/record-consent.js';
import type { QuestionnaireRow } from './questionnaire-access.js';
import { storeQuestionnaireResponse } from './store-questionnaire-response.js';

/** The demo owner 吴先生's answers on the phone: three generations, a sporty and busy owner. */
export const DEMO_ANSWERS = {
  members: [
    { name: '吴先生', relation: 'self', ageBand: '40to59', birthday: { calendar: 'solar', year: 1980, month: 1, day: 1 } },
    { name: '林女士', relation: 'spouse', ageBand: '40to59', birthday: { calendar: 'solar', month: 6, day: 18 } },
    { name: '吴老先生', relation: 'parent', birthday: { calendar: 'lunar', year: 1948, month: 8, day: 15 } },
    { name: '吴小宝', relation: 'child', ageBand: '6to17' },
  ],
  elderlyCare: 'yes',
  holidayHome: 'daily',
  personality: ['o1', 'o3'],
  preferences: ['o1', 'o2'],
  sports: ['o2', 'o3'],
  sportsTimes: '周六、周日早上 7:00–9:00 游泳；工作日晚上偶尔打网球',
  workload: 'busy',
  busyHelp: ['o1', 'o3'],
  shopping: ['o1', 'o4'],
  serviceNeeds: ['o3', 'o7', 'o8'],
  contactTime: 'o3',
  otherNeeds: '老人行动稍慢，上门前请先电话联系',
};

/** The seed's default questionnaire, published for project 1, and one household that filled it. */
export async function seedQuestionnaireDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const at = nowIso();
  const projectId = ids.projectIds[0];
  const q: QuestionnaireRow = {
    id: uuidv7(),
    company_id: ids.companyId,
    project_id: projectId,
    version_no: 1,
    status: 'published',
    title: DEFAULT_QUESTIONNAIRE_TITLE,
    intro: DEFAULT_QUESTIONNAIRE_INTRO,
    content: JSON.stringify(DEFAULT_QUESTIONNAIRE),
    created_by: ids.users.manager!,
    published_at: at,
    published_by: ids.users.manager!,
    retired_at: null,
    created_at: at,
    updated_at: at,
    version: 1,
  };
  await trx.insertInto('questionnaires').values(q).execute();
  await trx.insertInto('questionnaire_events').values({ id: uuidv7(), company_id: q.company_id, project_id: projectId, questionnaire_id: q.id, action: 'publish', actor_id: q.created_by, data: null, created_at: at }).execute();

  const member = await trx.selectFrom('household_members').select('owner_id').where('household_id', '=', ids.ownerHouseholdId).where('relation', '=', 'owner').executeTakeFirstOrThrow();
  const now = new Date();
  await recordConsent(trx, { companyId: ids.companyId, projectId, ownerId: member.owner_id, purpose: 'serviceProfile', granted: true, method: 'h5', actor: null, at: now });
  await storeQuestionnaireResponse(trx, { questionnaire: q, ownerId: member.owner_id, householdId: ids.ownerHouseholdId, answers: DEMO_ANSWERS, method: 'h5', actor: null, invitationId: null, now });
}
