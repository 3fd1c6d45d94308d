import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { act, createEntry, getEntry, search, uniqueQuestion, type EntryDetail } from './knowledge-test-kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const DB = process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'SQLite';

/** A sales entry whose draft the butler submitted: the version is pending at the marketing lead. */
async function submittedSalesEntry(topic: string, answer = '以销售中心公示为准，请咨询您的销售顾问。') {
  const question = uniqueQuestion(topic);
  const entry = await createEntry(t, { bank: 'sales', category: 'pricing', question, answer });
  const res = await act(t, 'butler', entry.versions[0].id, 'submit', { comment: '营销部请审核口径' });
  expect(res.statusCode, res.body).toBe(200);
  const submitted: EntryDetail = res.json();
  return { question, entry: submitted, version: submitted.versions[0], requestId: submitted.versions[0].approvalRequestId! };
}

const foundBySearch = async (question: string, entryId: string) =>
  ((await search(t, question)).json().items as { entryId: string }[]).some((i) => i.entryId === entryId);

describe(`统一销售口径 through the approval engine (${DB})`, () => {
  it('butler: submitting sales wording opens a knowledgeAnswer request waiting for the marketing lead, who is notified', async () => {
    const { question, version, requestId } = await submittedSalesEntry('认购金可否退还');
    expect(version).toMatchObject({ status: 'submitted', allowedActions: ['withdraw'] });
    const request = await t.as('marketing').get(`/api/approvals/${requestId}`);
    expect(request.statusCode, request.body).toBe(200);
    expect(request.json()).toMatchObject({ documentType: 'knowledgeAnswer', documentId: version.id, status: 'pending', currentRole: 'marketingLead', steps: [{ role: 'marketingLead' }] });
    const inbox = (await t.as('marketing').get('/api/approvals/inbox?pageSize=50')).json().items as { id: string }[];
    expect(inbox.map((r) => r.id)).toContain(requestId);
    const notes = (await t.as('marketing').get('/api/notifications?pageSize=50')).json().items as { link: string; kind: string }[];
    expect(notes.find((n) => n.link === `/approvals/${requestId}`)?.kind).toBe('approval.pending');
    // Pending wording is not on the desk.
    expect(await foundBySearch(question, version.entryId)).toBe(false);
  });

  it('the default chain of knowledgeAnswer is the marketing lead, not the regional head', async () => {
    const res = await t.as('admin').get('/api/approval-chains/knowledgeAnswer');
    expect(res.json()).toMatchObject({ documentType: 'knowledgeAnswer', isDefault: true, steps: [{ role: 'marketingLead' }] });
    const generic = await t.as('admin').get('/api/approval-chains/generic');
    expect(generic.json().steps).toEqual([{ role: 'regionalHead' }]);
  });

  it('manager and regional head: cannot publish or approve sales wording; only the marketing lead’s approval publishes it', async () => {
    const { question, entry, version, requestId } = await submittedSalesEntry('样板房家具是否赠送');
    expect((await act(t, 'manager', version.id, 'publish', { entryVersion: entry.version })).statusCode).toBe(403);
    expect((await act(t, 'manager', version.id, 'reject', { comment: '不同意' })).statusCode).toBe(403);
    expect((await t.as('regional').post(`/api/approvals/${requestId}/approve`, {})).statusCode).toBe(403);
    expect((await getEntry(t, entry.id)).state).toBe('draft');

    const approved = await t.as('marketing').post(`/api/approvals/${requestId}/approve`, { comment: '口径确认' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('approved');
    const after = await getEntry(t, entry.id);
    expect(after).toMatchObject({ state: 'published', publishedVersionId: version.id });
    expect(after.versions[0].events.map((e) => e.action)).toEqual(['create', 'submit', 'approve']);
    expect(await foundBySearch(question, entry.id)).toBe(true);
  });

  it('marketing lead: a rejected version goes back to draft with the reason and stays unpublished', async () => {
    const { question, entry, version, requestId } = await submittedSalesEntry('车位是否赠送');
    const rejected = await t.as('marketing').post(`/api/approvals/${requestId}/reject`, { comment: '车位方案未定，不得承诺' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const after = await getEntry(t, entry.id);
    expect(after).toMatchObject({ state: 'draft', publishedVersion: null });
    expect(after.versions[0]).toMatchObject({ id: version.id, status: 'draft', rejectionReason: '车位方案未定，不得承诺', canEdit: true });
    expect(await foundBySearch(question, entry.id)).toBe(false);
    // The submitter is told by the engine.
    const notes = (await t.as('butler').get('/api/notifications?pageSize=50')).json().items as { link: string; kind: string }[];
    expect(notes.find((n) => n.link === `/approvals/${requestId}`)?.kind).toBe('approval.rejected');

    // Resubmitting through the approval page is refused: the wording is revised in the bank.
    const resubmit = await t.as('butler').post(`/api/approvals/${requestId}/resubmit`, {});
    expect(resubmit.statusCode).toBe(422);
    expect((await t.as('butler').get(`/api/approvals/${requestId}`)).json().status).toBe('rejected');

    // Revised and submitted again from the bank: a new request, approved, published.
    await t.as('butler').patch(`/api/knowledge/versions/${version.id}`, { answer: '车位销售方案以开发商届时公布为准。' });
    const again = await act(t, 'butler', version.id, 'submit');
    expect(again.statusCode, again.body).toBe(200);
    const newRequest = again.json().versions[0].approvalRequestId;
    expect(newRequest).not.toBe(requestId);
    expect((await t.as('marketing').post(`/api/approvals/${newRequest}/approve`, {})).statusCode).toBe(200);
    expect((await getEntry(t, entry.id)).publishedVersion?.answer).toBe('车位销售方案以开发商届时公布为准。');
  });

  it('butler: withdrawing submitted wording cancels its request; someone else may not withdraw it', async () => {
    const { entry, version, requestId } = await submittedSalesEntry('首付分期');
    expect((await act(t, 'manager', version.id, 'withdraw')).statusCode).toBe(403);
    const res = await act(t, 'butler', version.id, 'withdraw', { comment: '口径需再斟酌' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().versions[0]).toMatchObject({ status: 'draft' });
    expect((await t.as('butler').get(`/api/approvals/${requestId}`)).json().status).toBe('cancelled');
    expect((await getEntry(t, entry.id)).pendingCount).toBe(0);
  });

  it('a new sales version waits for approval while the published wording stays on the desk', async () => {
    const { question, entry, requestId } = await submittedSalesEntry('交付标准是否含地暖', '以合同附件为准。');
    await t.as('marketing').post(`/api/approvals/${requestId}/approve`, {});
    const withV2 = (await t.as('butler').post(`/api/knowledge/entries/${entry.id}/versions`, { question, answer: '含地暖，以合同附件交付标准为准。' })).json() as EntryDetail;
    const v2 = withV2.versions[0];
    const submitted = await act(t, 'butler', v2.id, 'submit');
    const hit = (await search(t, question)).json().items.find((i: { entryId: string }) => i.entryId === entry.id);
    expect(hit.answer).toBe('以合同附件为准。');
    await t.as('marketing').post(`/api/approvals/${submitted.json().versions[0].approvalRequestId}/approve`, {});
    const after = await getEntry(t, entry.id);
    expect(after.versions.map((v) => v.status)).toEqual(['published', 'superseded']);
    expect(after.publishedVersion?.answer).toBe('含地暖，以合同附件交付标准为准。');
  });

  it('admin: a knowledgeAnswer chain without the marketing lead refuses submissions (422) and creates no request', async () => {
    const set = await t.as('admin').put('/api/approval-chains/knowledgeAnswer', { steps: [{ role: 'serviceCenterManager' }] });
    expect(set.statusCode, set.body).toBe(200);
    try {
      const entry = await createEntry(t, { bank: 'sales', category: 'pricing', question: uniqueQuestion('折扣'), answer: '以公示为准。' });
      const res = await act(t, 'butler', entry.versions[0].id, 'submit');
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('SALES_CHAIN_WITHOUT_MARKETING');
      expect((await getEntry(t, entry.id)).versions[0].status).toBe('draft');
      expect(await t.ctx.db.selectFrom('approval_requests').select('id').where('document_id', '=', entry.versions[0].id).execute()).toHaveLength(0);
    } finally {
      const chain = await t.ctx.db.selectFrom('approval_chains').select('version').where('document_type', '=', 'knowledgeAnswer').executeTakeFirstOrThrow();
      await t.as('admin').put('/api/approval-chains/knowledgeAnswer', { steps: [{ role: 'marketingLead' }], version: chain.version });
    }
  });
});
