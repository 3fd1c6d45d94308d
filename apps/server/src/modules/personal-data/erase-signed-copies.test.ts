import fs from 'node:fs';
import path from 'node:path';
import { uuidv7 } from '@guanjia/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pdfImageCount, pdfText } from '../../testing/pdf-text.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { ERASED_SIGNATURE_NOTE } from '../owner-documents/render-signature-pdf.js';
import { seedOwnerWithData, type SeededOwner } from './personal-data-test-kit.js';

let t: TestApp;
let wei: SeededOwner;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-02T02:00:00Z'));
  t = await createTestApp();
  wei = await seedOwnerWithData(t, { name: '卫女士', phone: '13766660003', idNumber: '310101199505055555', username: 'wei' });
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

/** The signed copy as staff download it: its text (without whitespace, as pdftotext spaces CJK freely) and how many images it holds. */
async function signedCopy() {
  const res = await t.as('manager').get(`/api/owner-documents/signatures/${wei.signatureId}/pdf`);
  expect(res.statusCode, res.body).toBe(200);
  const text = pdfText(res.rawPayload);
  const images = pdfImageCount(res.rawPayload);
  return { text, images, disposition: String(res.headers['content-disposition']) };
}

async function notify(userId: string, link: string) {
  const id = uuidv7();
  const row = { id, company_id: t.demo.companyId, project_id: t.demo.projectIds[0], user_id: userId, kind: 'workOrder.submitted', link, created_at: '2026-03-02T01:00:00.000Z', read_at: null };
  await t.ctx.db.insertInto('notifications').values({ ...row, title: '新工单：卫生间漏水', body: '业主 卫女士 提交了报修，请尽快受理。' }).execute();
  return id;
}

describe('erasure and what was signed', () => {
  it('the signed copy is drawn again under the new name without the drawn signature and device; notices lose the name', async () => {
    const before = await signedCopy();
    expect(before.text).toContain('卫女士');
    expect(before.text).toContain('TestPhone/1.0');
    expect(before.images).toBe(1);
    const oldPdf = await t.ctx.db
      .selectFrom('owner_document_signatures')
      .innerJoin('files', 'files.id', 'owner_document_signatures.pdf_file_id')
      .select(['files.id', 'files.storage_path', 'owner_document_signatures.text_sha256'])
      .where('owner_document_signatures.id', '=', wei.signatureId)
      .executeTakeFirstOrThrow();

    const aboutTheOrder = await notify(t.demo.users.manager, `/work-orders/${wei.workOrderIds[0]}`);
    const toTheOwner = await notify(wei.userId, '/h5/work-orders');
    // Someone else of the same name: that notice is not theirs to change.
    const aboutSomeoneElse = await notify(t.demo.users.manager, '/work-orders/another-order');

    const asked = await t.as('wei').post('/api/personal-data/mine/erasure', { confirm: true });
    expect(asked.statusCode, asked.body).toBe(201);
    const approved = await t.as('manager').post(`/api/personal-data/requests/${asked.json().id}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    const erasedName = (await t.ctx.db.selectFrom('owners').select('name').where('id', '=', wei.ownerId).executeTakeFirstOrThrow()).name;

    const after = await signedCopy();
    expect(after.images).toBe(0);
    expect(after.text).toContain(erasedName);
    expect(after.text).toContain(ERASED_SIGNATURE_NOTE.replace(/\s+/g, ''));
    expect(after.text).not.toContain('卫女士');
    expect(after.text).not.toContain('TestPhone');
    // The agreement itself is kept: the text's fingerprint is printed as before.
    expect(after.text).toContain(oldPdf.text_sha256);
    expect(after.disposition).not.toContain(encodeURIComponent('卫女士'));
    expect(fs.existsSync(path.join(t.ctx.config.dataDir, oldPdf.storage_path))).toBe(false);
    const files = await t.ctx.db.selectFrom('files').select('original_name').where('original_name', 'like', '%卫女士%').execute();
    expect(files).toEqual([]);

    const notices = await t.ctx.db.selectFrom('notifications').select(['id', 'body']).where('id', 'in', [aboutTheOrder, toTheOwner, aboutSomeoneElse]).orderBy('id').execute();
    expect(notices).toEqual([
      { id: aboutTheOrder, body: `业主 ${erasedName} 提交了报修，请尽快受理。` },
      { id: aboutSomeoneElse, body: '业主 卫女士 提交了报修，请尽快受理。' },
    ]);
  });
});
