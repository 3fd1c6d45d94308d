import { uuidv7 } from '@guanjia/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newRowStamp, nowIso } from '../../platform/db/transaction.js';
import { pdfText } from '../../testing/pdf-text.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { pngDataUrl, testSignaturePng } from './signature-test-png.js';

const NOW = new Date('2026-03-02T02:00:00Z');
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';
const signature = pngDataUrl(testSignaturePng());

let t: TestApp;
let p1: string;
let ownerId: string;
let token: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  p1 = t.demo.projectIds[0];
  ownerId = (await t.ctx.db.selectFrom('household_members').select('owner_id').where('household_id', '=', t.demo.ownerHouseholdId).executeTakeFirstOrThrow()).owner_id;
  token = (await t.as('butler').post('/api/owner-invitations', { ownerId })).json().token;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

type Doc = { templateId: string; kind: string; title: string; version: number; state: string; signed: { signatureId: string; version: number; signedAt: string } | null };
const docs = async (tk = token) => (await t.as(null).get(`/api/public/invitations/${tk}/documents`)).json().items as Doc[];
const docOf = async (kind: string, tk = token) => (await docs(tk)).find((d) => d.kind === kind)!;
const sign = (templateId: string, body: Record<string, unknown>, tk = token) =>
  t.as(null).post(`/api/public/invitations/${tk}/documents/${templateId}/signatures`, body, { 'user-agent': IPHONE, 'x-forwarded-for': '203.0.113.7' });

/** Another owner of project 1 in unit 1号楼 1-102, with a link of their own. */
async function secondOwner(name: string): Promise<{ id: string; token: string }> {
  const unit = await t.ctx.db.selectFrom('units').select('id').where('project_id', '=', p1).where('code', '=', '1-102').executeTakeFirstOrThrow();
  const tenancy = { company_id: t.demo.companyId, project_id: p1 };
  const id = uuidv7();
  const household = uuidv7();
  await t.ctx.db.insertInto('owners').values({ id, ...tenancy, name, phone: '13900001111', id_number: null, ...newRowStamp() }).execute();
  await t.ctx.db.insertInto('households').values({ id: household, ...tenancy, unit_id: unit.id, name: null, ...newRowStamp() }).execute();
  await t.ctx.db.insertInto('household_members').values({ id: uuidv7(), ...tenancy, household_id: household, owner_id: id, relation: 'owner', created_at: nowIso() }).execute();
  return { id, token: (await t.as('butler').post('/api/owner-invitations', { ownerId: id })).json().token };
}

describe('signing on the phone through the invitation link', () => {
  it('owner: sees the four published documents unsigned, reads one, signs it; the PDF carries the text, name and version', async () => {
    const list = await docs();
    expect(list.map((d) => [d.kind, d.version, d.state])).toEqual([
      ['preliminaryServiceAgreement', 2, 'notSigned'],
      ['interimManagementRules', 1, 'notSigned'],
      ['renovationRules', 1, 'notSigned'],
      ['butlerServiceHandbook', 1, 'notSigned'],
    ]);
    const rules = list[1]!;
    const detail = await t.as(null).get(`/api/public/invitations/${token}/documents/${rules.templateId}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({ title: '临时管理规约', version: 1, acknowledgesReceipt: false, body: expect.stringContaining('第一条') });

    const res = await sign(rules.templateId, { version: 1, agreed: true, signature });
    expect(res.statusCode, res.body).toBe(201);
    const signed = res.json();
    expect(signed).toMatchObject({ kind: 'interimManagementRules', version: 1, signedAt: NOW.toISOString(), textSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await docOf('interimManagementRules')).toMatchObject({ state: 'signed', signed: { signatureId: signed.id, version: 1, signedAt: NOW.toISOString() } });

    const row = await t.ctx.db.selectFrom('owner_document_signatures').selectAll().where('id', '=', signed.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ owner_id: ownerId, household_id: t.demo.ownerHouseholdId, device: IPHONE, ip: '203.0.113.7', title: '临时管理规约', version_no: 1 });
    const files = await t.ctx.db.selectFrom('files').select(['id', 'content_type', 'project_id']).where('id', 'in', [row.signature_file_id, row.pdf_file_id]).execute();
    expect(files.map((f) => f.content_type).sort()).toEqual(['application/pdf', 'image/png']);
    expect(files.every((f) => f.project_id === null)).toBe(true);

    const pdf = await t.as(null).get(signed.pdfPath);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    for (const s of ['临时管理规约', '吴先生', '锦华·江湾壹号', '1号楼1-101', '版本v1', '2026-03-0210:00:00', signed.textSha256, 'iPhone']) expect(text).toContain(s);

    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'actor_id']).where('entity_id', '=', signed.id).execute();
    expect(audit).toEqual([{ action: 'sign', actor_id: null }]);
  });

  it('owner: a second submit of the same signature gives 409 and one signature', async () => {
    const handbook = await docOf('butlerServiceHandbook');
    const body = { version: 1, agreed: true, signature };
    const [a, b] = await Promise.all([sign(handbook.templateId, body), sign(handbook.templateId, body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().error).toMatchObject({ code: 'ALREADY_SIGNED', message: '您已签署过该版本' });
    const rows = await t.ctx.db.selectFrom('owner_document_signatures').select('id').where('template_id', '=', handbook.templateId).execute();
    expect(rows).toHaveLength(1);
  });

  it('owner: a version published while reading gives 409 "please read it again"; the earlier signature keeps its own text', async () => {
    const agreement = await docOf('preliminaryServiceAgreement');
    const renovation = await docOf('renovationRules');
    expect((await sign(renovation.templateId, { version: 1, agreed: true, signature })).statusCode).toBe(201);
    // The manager publishes version 2 of the renovation rules; the owner also sends the agreement's replaced version 1.
    const draft = (await t.as('manager').post('/api/owner-documents/templates', { projectId: p1, kind: 'renovationRules', title: '装修管理规定（2026 修订）', body: '第一条　新的条款。' })).json();
    expect((await t.as('manager').post(`/api/owner-documents/templates/${draft.id}/publish`, { version: 1 })).statusCode).toBe(200);

    const stale = await sign(agreement.templateId, { version: 1, agreed: true, signature });
    expect([stale.statusCode, stale.json().error.code, stale.json().error.message]).toEqual([409, 'DOCUMENT_UPDATED', '文件已更新，请重新阅读后再签署']);
    const retired = await sign(renovation.templateId, { version: 1, agreed: true, signature }, token);
    expect([retired.statusCode, retired.json().error.details]).toEqual([409, { templateId: draft.id, version: 2 }]);
    expect(await docOf('renovationRules')).toMatchObject({ templateId: draft.id, version: 2, state: 'signedEarlierVersion', signed: { version: 1 } });
    const kept = await t.ctx.db.selectFrom('owner_document_signatures').select(['title', 'body', 'version_no']).where('template_id', '=', renovation.templateId).executeTakeFirstOrThrow();
    expect(kept).toMatchObject({ title: '装修管理规定', version_no: 1, body: expect.stringContaining('承重墙') });
    const en = await t.as(null).post(`/api/public/invitations/${token}/documents/${agreement.templateId}/signatures`, { version: 1, agreed: true, signature }, { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('The document was updated, please read it again');
  });

  it('owner: no tick, a JPEG, an empty pad or a huge image are 400 on the field; nothing is written', async () => {
    const agreement = await docOf('preliminaryServiceAgreement');
    const count = async () => Number((await t.ctx.db.selectFrom('files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ agreed: false, signature }, { agreed: '请先勾选“我已阅读并同意”' }],
      [{ agreed: true, signature: 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==' }, { signature: '签名必须是 PNG 图片' }],
      [{ agreed: true, signature: pngDataUrl(testSignaturePng({ blank: true })) }, { signature: '请先在签名框内签名' }],
      [{ agreed: true, signature: `data:image/png;base64,${Buffer.alloc(520 * 1024).toString('base64')}` }, { signature: '签名图片不能超过 500 KB' }],
    ];
    for (const [body, fields] of cases) {
      const res = await sign(agreement.templateId, { version: 2, ...body });
      expect([res.statusCode, res.json().error.fields]).toEqual([400, fields]);
    }
    expect((await sign(agreement.templateId, { version: 2, agreed: true })).json().error.fields).toEqual({ signature: '必填' });
    expect(await count()).toBe(before);
    expect((await docOf('preliminaryServiceAgreement')).state).toBe('notSigned');
  });

  it('anyone: an unknown, expired or revoked link is 404 on every document route; another owner’s PDF is not found', async () => {
    const agreement = await docOf('preliminaryServiceAgreement');
    const unknown = 'x'.repeat(43);
    expect((await t.as(null).get(`/api/public/invitations/${unknown}/documents`)).statusCode).toBe(404);
    const short = (await t.as('butler').post('/api/owner-invitations', { ownerId, validDays: 1 })).json();
    vi.setSystemTime(new Date(NOW.getTime() + 86_400_000));
    try {
      const expired = await t.as(null).get(`/api/public/invitations/${short.token}/documents`);
      expect([expired.statusCode, expired.json().error.message]).toEqual([404, expect.stringContaining('链接无效或已过期')]);
      expect((await sign(agreement.templateId, { version: 2, agreed: true, signature }, short.token)).statusCode).toBe(404);
    } finally {
      vi.setSystemTime(NOW);
    }
    const revoked = (await t.as('butler').post('/api/owner-invitations', { ownerId })).json();
    await t.as('butler').post(`/api/owner-invitations/${revoked.id}/revoke`);
    expect((await t.as(null).get(`/api/public/invitations/${revoked.token}/documents/${agreement.templateId}`)).statusCode).toBe(404);
    expect((await sign(agreement.templateId, { version: 2, agreed: true, signature }, revoked.token)).statusCode).toBe(404);

    const mine = (await docOf('interimManagementRules')).signed!.signatureId;
    const other = await secondOwner('郑女士');
    expect((await t.as(null).get(`/api/public/invitations/${other.token}/signatures/${mine}/pdf`)).statusCode).toBe(404);
    const draft = (await t.ctx.db.selectFrom('owner_document_templates').select('id').where('status', '=', 'retired').executeTakeFirstOrThrow()).id;
    expect((await t.as(null).get(`/api/public/invitations/${token}/documents/${draft}`)).statusCode).toBe(404);
  });
});

describe('the deal’s onboarding checklist', () => {
  it('owner with a recorded deal: signing the handbook ticks 手册已交付 and the renovation rules tick theirs; the rest stay to do', async () => {
    const deal = await t.ctx.db.selectFrom('deals').select(['id', 'owner_id']).where('contract_number', '=', 'JW01-2026-0047').executeTakeFirstOrThrow();
    const link = (await t.as('butler').post('/api/owner-invitations', { ownerId: deal.owner_id })).json().token;
    for (const kind of ['butlerServiceHandbook', 'renovationRules']) {
      const d = await docOf(kind, link);
      expect((await sign(d.templateId, { version: d.version, agreed: true, signature }, link)).statusCode, kind).toBe(201);
    }
    const items = await t.ctx.db.selectFrom('deal_onboarding_items').select(['item', 'status', 'done_at']).where('deal_id', '=', deal.id).execute();
    const status = Object.fromEntries(items.map((i) => [i.item, i.status]));
    expect(status).toMatchObject({ handbookHandedOver: 'done', renovationRules: 'done', preliminaryServiceAgreement: 'todo', interimManagementRules: 'todo' });
    expect(items.find((i) => i.item === 'handbookHandedOver')!.done_at).toBe(NOW.toISOString());
  });
});

describe('who has not signed what', () => {
  it('butler: one row per owner with each document signed or missing; missing-only filter; CSV with BOM; PDF per signature', async () => {
    const res = await t.as('butler').get(`/api/owner-documents/status?projectId=${p1}`);
    expect(res.statusCode, res.body).toBe(200);
    const { items, summary } = res.json();
    const wu = items.find((r: { ownerName: string }) => r.ownerName === '吴先生');
    expect(wu).toMatchObject({ unitLabel: '1号楼 1-101', phone: '138****5678', missing: ['preliminaryServiceAgreement'] });
    expect(res.body).not.toContain('13812345678');
    expect(wu.documents.map((d: { kind: string; state: string; signedVersionNo: number | null }) => [d.kind, d.state, d.signedVersionNo])).toEqual([
      ['preliminaryServiceAgreement', 'notSigned', null],
      ['interimManagementRules', 'signed', 1],
      ['renovationRules', 'signedEarlierVersion', 1],
      ['butlerServiceHandbook', 'signed', 1],
    ]);
    const zheng = items.find((r: { ownerName: string }) => r.ownerName === '郑女士');
    expect(zheng.missing).toHaveLength(4);
    expect(summary.find((s: { kind: string }) => s.kind === 'interimManagementRules')).toMatchObject({ publishedVersionNo: 1, signed: 1 });

    const agreement = await docOf('interimManagementRules', (await secondOwnerToken('郑女士'))!);
    expect(agreement.state).toBe('notSigned');

    const missingOnly = (await t.as('butler').get(`/api/owner-documents/status?projectId=${p1}&missingOnly=true`)).json().items as { ownerName: string }[];
    expect(missingOnly.map((r) => r.ownerName)).toEqual(expect.arrayContaining(['吴先生', '郑女士']));

    const csv = await t.as('butler').get(`/api/owner-documents/status/export?projectId=${p1}`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF业主,房号,电话,前期物业服务协议,临时管理规约,装修管理规定,物业管家服务手册,未签文件')).toBe(true);
    expect(csv.body).not.toContain('13812345678');
    expect(csv.body).toContain('吴先生,1号楼 1-101,138****5678,未签,已签 v1 2026-03-02 10:00:00,已签 v1 2026-03-02 10:00:00（现行 v2）');

    const signatureId = wu.documents[1].signatureId;
    const pdf = await t.as('manager').get(`/api/owner-documents/signatures/${signatureId}/pdf`);
    expect([pdf.statusCode, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await t.as('butler2').get(`/api/owner-documents/signatures/${signatureId}/pdf`)).statusCode).toBe(404);
    for (const who of ['sales', 'technician', 'owner']) expect((await t.as(who).get(`/api/owner-documents/signatures/${signatureId}/pdf`)).statusCode, who).toBe(403);
    for (const who of ['sales', 'owner']) expect((await t.as(who).get(`/api/owner-documents/status?projectId=${p1}`)).statusCode, who).toBe(403);
    expect((await t.as('butler2').get(`/api/owner-documents/status?projectId=${p1}`)).statusCode).toBe(404);
  });
});

/** A live link of the named owner, issued anew. */
async function secondOwnerToken(name: string): Promise<string | undefined> {
  const owner = await t.ctx.db.selectFrom('owners').select('id').where('name', '=', name).executeTakeFirst();
  return owner ? (await t.as('butler').post('/api/owner-invitations', { ownerId: owner.id })).json().token : undefined;
}
