import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../platform/db/database.js';
import { multipartFile } from '../../testing/multipart.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { loadActor } from '../auth/session.js';
import { uploadFile } from './upload-file.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR fake image body')]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
/** An MP4's first box ("ftyp", brand isom) and some body: enough for the type check and a range read. */
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2avc1mp41'), Buffer.alloc(4000, 7)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0x90)]);

async function upload(username: string, filename: string, type: string, content: Buffer, query = '', extra: Record<string, string> = {}, field = 'file') {
  const m = multipartFile(content, filename, { type, field });
  return t.as(username).post(`/api/files${query}`, m.payload, { ...m.headers, ...extra });
}

const filesDir = () => path.join(t.ctx.config.dataDir, 'files');
/** Every file under the storage directory (temporary ones included). */
function storedFiles(dir = filesDir()): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? storedFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
const fileRows = async () => Number((await t.ctx.db.selectFrom('files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

describe('files', () => {
  it('butler: uploads a PNG to project 1 and downloads it with its content type', async () => {
    const res = await upload('butler', '样板房 照片.png', 'image/png', PNG, `?projectId=${t.demo.projectIds[0]}`);
    expect(res.statusCode).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({ originalName: '样板房 照片.png', contentType: 'image/png', size: PNG.length, projectId: t.demo.projectIds[0], url: `/api/files/${file.id}` });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);

    const yyyy = new Date().getUTCFullYear();
    const mm = String(new Date().getUTCMonth() + 1).padStart(2, '0');
    expect(fs.existsSync(path.join(filesDir(), String(yyyy), mm, file.id))).toBe(true);

    const down = await t.as('butler').get(file.url);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-type']).toBe('image/png');
    expect(down.headers['x-content-type-options']).toBe('nosniff');
    expect(down.headers['content-disposition']).toContain("filename*=UTF-8''%E6%A0%B7");
    expect(down.rawPayload.equals(PNG)).toBe(true);

    // Others who can see project 1 may download it too.
    expect((await t.as('manager').get(file.url)).statusCode).toBe(200);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'entity_type']).where('entity_id', '=', file.id).execute();
    expect(audit).toEqual([{ action: 'create', entity_type: 'file' }]);
  });

  it('manager: a PDF declared as octet-stream is accepted and stored as application/pdf', async () => {
    const res = await upload('manager', 'service-plan.pdf', 'application/octet-stream', PDF, `?projectId=${t.demo.projectIds[0]}`);
    expect(res.statusCode).toBe(201);
    expect(res.json().contentType).toBe('application/pdf');
  });

  it('butler: an .exe renamed to .png is 400 naming file, listing allowed types, and nothing is stored', async () => {
    const rowsBefore = await fileRows();
    const filesBefore = storedFiles().length;
    const res = await upload('butler', 'photo.png', 'image/png', EXE);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(Object.keys(res.json().error.fields)).toEqual(['file']);
    expect(res.json().error.message).toBe('不支持的文件类型，仅允许：image/jpeg, image/png, image/webp, application/pdf, video/mp4');
    expect(await fileRows()).toBe(rowsBefore);
    expect(storedFiles().length).toBe(filesBefore);

    const en = await upload('butler', 'photo.png', 'image/png', EXE, '', { 'accept-language': 'en' });
    expect(en.json().error.message).toBe('Unsupported file type; allowed: image/jpeg, image/png, image/webp, application/pdf, video/mp4');
  });

  it('butler: an upload over the size limit is 413 in the error shape, and nothing is stored', async () => {
    const rowsBefore = await fileRows();
    const filesBefore = storedFiles().length;
    const big = Buffer.concat([PNG, Buffer.alloc(t.ctx.config.maxUploadBytes)]);
    const res = await upload('butler', 'huge.png', 'image/png', big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: '文件过大，最大 10 MB', fields: { file: '不能超过 10 MB' } } });
    expect(await fileRows()).toBe(rowsBefore);
    expect(storedFiles().length).toBe(filesBefore);
  });

  it('butler: an MP4 publicity film may exceed the photo limit; it is served in byte ranges for seeking', async () => {
    const big = Buffer.concat([MP4, Buffer.alloc(t.ctx.config.maxUploadBytes)]);
    const res = await upload('butler', '管家服务宣传片.mp4', 'video/mp4', big, `?projectId=${t.demo.projectIds[0]}`);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ contentType: 'video/mp4', size: big.length });
    const url = res.json().url as string;

    const whole = await t.as('butler').get(url);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.rawPayload.length).toBe(big.length);
    const part = await t.as('butler').get(url, { range: 'bytes=4-11' });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 4-11/${big.length}`);
    expect(part.rawPayload.toString('latin1')).toBe('ftypisom');
    const tail = await t.as('butler').get(url, { range: 'bytes=-3' });
    expect(tail.statusCode).toBe(206);
    expect(tail.rawPayload.length).toBe(3);
    const past = await t.as('butler').get(url, { range: `bytes=${big.length}-` });
    expect(past.statusCode).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${big.length}`);
  });

  it('butler: a request without a file part is 400 naming file', async () => {
    const wrongField = await upload('butler', 'a.png', 'image/png', PNG, '', {}, 'photo');
    expect(wrongField.statusCode).toBe(400);
    expect(Object.keys(wrongField.json().error.fields)).toEqual(['file']);
    const json = await t.as('butler').post('/api/files', { file: 'x' });
    expect(json.statusCode).toBe(400);
    expect(Object.keys(json.json().error.fields)).toEqual(['file']);
  });

  it('butler: uploading into project 2 is 404 and stores nothing', async () => {
    const filesBefore = storedFiles().length;
    const res = await upload('butler', 'a.png', 'image/png', PNG, `?projectId=${t.demo.projectIds[1]}`);
    expect(res.statusCode).toBe(404);
    expect(storedFiles().length).toBe(filesBefore);
  });

  it('butler2: downloading a project-1 file is 404; owner: a staff file of their project is 404 too', async () => {
    const file = (await upload('butler', 'p1.png', 'image/png', PNG, `?projectId=${t.demo.projectIds[0]}`)).json();
    const res = await t.as('butler2').get(file.url);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('文件不存在或您无权查看');
    expect((await t.as('owner').get(file.url)).statusCode).toBe(404);
  });

  it('owner: a file without a project is visible to its uploader only', async () => {
    const file = (await upload('owner', 'repair.png', 'image/png', PNG)).json();
    expect(file.projectId).toBeNull();
    expect((await t.as('owner').get(file.url)).statusCode).toBe(200);
    expect((await t.as('butler').get(file.url)).statusCode).toBe(404);
  });

  it('butler: when the row cannot be written, the stored bytes are removed again', async () => {
    const user = await t.ctx.db.selectFrom('users').selectAll().where('username', '=', 'butler').executeTakeFirstOrThrow();
    const actor = await loadActor(t.ctx.db, user);
    const failingDb = {
      transaction: () => ({
        execute: async () => {
          throw new Error('database unavailable');
        },
      }),
    } as unknown as Db;
    const filesBefore = storedFiles().length;
    await expect(uploadFile(failingDb, t.ctx.config, actor, { stream: Readable.from([PNG]), filename: 'a.png' })).rejects.toThrow('database unavailable');
    expect(storedFiles().length).toBe(filesBefore);
  });
});
