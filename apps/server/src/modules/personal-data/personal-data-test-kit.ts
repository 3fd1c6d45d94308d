import type { WorkOrderTable } from '../work-orders/tables.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { TEST_PASSWORD, type TestApp } from '../../testing/test-app.js';
import { sendMessage } from '../messaging/send-message.js';
import { pngDataUrl, testSignaturePng } from '../owner-documents/signature-test-png.js';
import { answers } from '../questionnaires/questionnaire-test-kit.js';
import { fixtureOrder, insertOrders } from '../work-orders/work-order-fixture.js';

export interface SeededOwner {
  ownerId: string;
  userId: string;
  householdId: string;
  username: string;
  phone: string;
  idNumber: string;
  signatureId: string;
  workOrderIds: string[];
}

const pub = (token: string) => `/api/public/invitations/${token}`;

/**
 * An owner of project 1 with a bit of everything: an account, a household of their own, consent and
 * questionnaire answers (so a service profile), a signed document, an SMS, and two finished work
 * orders (closed with a rating, cancelled) plus `extraOrders`.
 */
export async function seedOwnerWithData(t: TestApp, o: { name: string; phone: string; idNumber: string; username: string; extraOrders?: Partial<WorkOrderTable>[] }): Promise<SeededOwner> {
  const p1 = t.demo.projectIds[0];
  const unit = await t.ctx.db
    .selectFrom('units')
    .leftJoin('households', 'households.unit_id', 'units.id')
    .select('units.id')
    .where('units.project_id', '=', p1)
    .where('households.id', 'is', null)
    .orderBy('units.code', 'desc')
    .executeTakeFirstOrThrow();
  const household = await t.as('butler').post(`/api/projects/${p1}/households`, { unitId: unit.id });
  if (household.statusCode !== 201) throw new Error(household.body);
  const householdId = household.json().id as string;
  const member = await t.as('butler').post(`/api/households/${householdId}/members`, {
    name: o.name,
    phone: o.phone,
    idNumber: o.idNumber,
    relation: 'owner',
    createAccount: { username: o.username, password: TEST_PASSWORD },
  });
  if (member.statusCode !== 201) throw new Error(member.body);
  const ownerId = member.json().members[0].ownerId as string;
  const user = await t.ctx.db.selectFrom('users').select('id').where('owner_id', '=', ownerId).executeTakeFirstOrThrow();

  const token = (await t.as('butler').post('/api/owner-invitations', { ownerId, householdId })).json().token as string;
  await t.as(null).post(`${pub(token)}/questionnaire/consent`, { granted: true });
  const version = (await t.as(null).get(`${pub(token)}/questionnaire`)).json().questionnaire.versionNo;
  const answered = await t.as(null).post(`${pub(token)}/questionnaire/responses`, {
    version,
    answers: answers({ members: [{ name: o.name, relation: 'self', birthday: { calendar: 'solar', year: 1988, month: 6, day: 1 } }, { name: '小宝', relation: 'child', ageBand: 'under6' }] }),
  });
  if (answered.statusCode !== 201) throw new Error(answered.body);

  const doc = (await t.as(null).get(`${pub(token)}/documents`)).json().items[0];
  const signed = await t.as(null).post(
    `${pub(token)}/documents/${doc.templateId}/signatures`,
    { version: doc.version, agreed: true, signature: pngDataUrl(testSignaturePng()) },
    { 'user-agent': 'TestPhone/1.0', 'x-forwarded-for': '203.0.113.9' },
  );
  if (signed.statusCode !== 201) throw new Error(signed.body);

  await inTransaction(t.ctx.db, (trx) => sendMessage(trx, { companyId: t.demo.companyId, projectId: p1, topic: 'weather', channel: 'sms', ownerId, text: '今晚有暴雨，请关好门窗。' }));

  const base = { requester_user_id: user.id, requester_name: o.name, requester_phone: o.phone, household_id: householdId };
  const orders = [
    fixtureOrder(t.demo, { ...base, status: 'closed', satisfaction: 5, completed_at: '2026-03-01T05:00:00.000Z', closed_at: '2026-03-01T06:00:00.000Z' }),
    fixtureOrder(t.demo, { ...base, status: 'cancelled', cancelled_at: '2026-03-01T07:00:00.000Z' }),
    ...(o.extraOrders ?? []).map((x) => fixtureOrder(t.demo, { ...base, ...x })),
  ];
  await insertOrders(t.ctx.db, orders);
  return { ownerId, userId: user.id, householdId, username: o.username, phone: o.phone, idNumber: o.idNumber, signatureId: signed.json().id, workOrderIds: orders.map((w) => w.id) };
}
