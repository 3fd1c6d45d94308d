import type { AccessCase, MatrixContext } from './access-matrix.cases.js';
import { all, created, p1 } from './access-matrix.fixtures.js';

/** The property side serving owners reads; project-2 staff do not find project 1's; field and sales staff are refused. */
const readers = (status: number) => all(403, { admin: status, regional: status, manager: status, butler: status, butler2: 404 });
/** Only the company administrator and the service-center manager build and publish. */
const builders = (status: number) => all(403, { admin: status, manager: status });
/** Public routes: the token is the key, whoever calls. */
const anyone = (status: number) => all(status, { anonymous: status });

const demoOwner = async (c: MatrixContext) =>
  (await c.db.selectFrom('household_members').select('owner_id').where('household_id', '=', c.demo.ownerHouseholdId).where('relation', '=', 'owner').executeTakeFirstOrThrow()).owner_id;
const publishedId = async (c: MatrixContext) =>
  (await c.db.selectFrom('questionnaires').select(['id', 'version_no']).where('project_id', '=', p1(c)).where('status', '=', 'published').executeTakeFirstOrThrow());
const draft = (c: MatrixContext) => created(c.as('admin').post('/api/questionnaires', { projectId: p1(c) }));
async function demoLink(c: MatrixContext): Promise<string> {
  const res = await c.as('butler').post('/api/owner-invitations', { ownerId: await demoOwner(c), householdId: c.demo.ownerHouseholdId });
  if (res.statusCode !== 201) throw new Error(`fixture link: ${res.statusCode} ${res.body}`);
  return `/api/public/invitations/${res.json().token}/questionnaire`;
}
const demoAnswers = {
  members: [{ name: '吴先生', relation: 'self', ageBand: '40to59' }],
  elderlyCare: 'no',
  holidayHome: 'daily',
  serviceNeeds: ['o1'],
};

export const questionnaireCases: AccessCase[] = [
  { name: 'GET /api/questionnaires?projectId= (project 1)', method: 'GET', path: (c) => `/api/questionnaires?projectId=${p1(c)}`, expect: readers(200) },
  { name: 'GET /api/questionnaires/:id (project-1 published)', method: 'GET', path: async (c) => `/api/questionnaires/${(await publishedId(c)).id}`, expect: readers(200) },
  { name: 'POST /api/questionnaires (project 1, from the default)', method: 'POST', path: () => '/api/questionnaires', body: (c) => ({ projectId: p1(c) }), expect: builders(201) },
  {
    name: 'PUT /api/questionnaires/:id (a fresh project-1 draft)',
    method: 'PUT',
    path: async (c) => `/api/questionnaires/${await draft(c)}`,
    body: (c) => ({ version: 1, title: `问卷 ${c.unique}`, sections: [{ key: 's1', title: '服务需求', questions: [{ key: 'q1', type: 'text', title: '其他需求', required: false, profileField: 'notes' }] }] }),
    expect: builders(200),
  },
  { name: 'POST /api/questionnaires/:id/publish (a fresh project-1 draft)', method: 'POST', path: async (c) => `/api/questionnaires/${await draft(c)}/publish`, body: () => ({ version: 1 }), expect: builders(200) },
  { name: 'GET /api/questionnaires/responses?projectId= (project 1)', method: 'GET', path: (c) => `/api/questionnaires/responses?projectId=${p1(c)}`, expect: readers(200) },
  {
    name: 'POST /api/questionnaires/responses (demo household, verbal consent)',
    method: 'POST',
    path: () => '/api/questionnaires/responses',
    body: async (c) => ({ ownerId: await demoOwner(c), householdId: c.demo.ownerHouseholdId, questionnaireId: (await publishedId(c)).id, answers: demoAnswers, method: 'verbal', consentMethod: 'verbal' }),
    expect: readers(201),
  },
  {
    name: 'GET /api/households/:id/questionnaire-responses (demo household)',
    method: 'GET',
    path: (c) => `/api/households/${c.demo.ownerHouseholdId}/questionnaire-responses`,
    expect: all(403, { admin: 200, regional: 200, manager: 200, butler: 200, butler2: 404, owner: 200 }),
  },
  { name: 'GET /api/public/invitations/:token/questionnaire (demo owner link)', method: 'GET', path: demoLink, expect: anyone(200) },
  { name: 'POST /api/public/invitations/:token/questionnaire/consent (demo owner link)', method: 'POST', path: async (c) => `${await demoLink(c)}/consent`, body: () => ({ granted: true }), expect: anyone(200) },
  {
    name: 'POST /api/public/invitations/:token/questionnaire/responses (demo owner link)',
    method: 'POST',
    path: async (c) => `${await demoLink(c)}/responses`,
    body: async (c) => ({ version: (await publishedId(c)).version_no, answers: demoAnswers }),
    expect: anyone(201),
  },
  // Last: retiring leaves the project without a published version until the next fixture publishes one.
  {
    name: 'POST /api/questionnaires/:id/retire (a freshly published project-1 version)',
    method: 'POST',
    path: async (c) => {
      const id = await draft(c);
      const res = await c.as('admin').post(`/api/questionnaires/${id}/publish`, { version: 1 });
      if (res.statusCode !== 200) throw new Error(`fixture not published: ${res.statusCode} ${res.body}`);
      return `/api/questionnaires/${id}/retire`;
    },
    body: () => ({ version: 2 }),
    expect: builders(200),
  },
];
