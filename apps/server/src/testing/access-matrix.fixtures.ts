import type { Account, MatrixContext } from './access-matrix.cases.js';
import { multipartFile } from './multipart.js';

/**
 * Fixtures for the matrix rows, made on demand through the API as another account (so every row
 * gets its own) or looked up through the API as admin.
 */
export async function created(res: Promise<{ statusCode: number; body: string; json(): { id: string } }>): Promise<string> {
  const r = await res;
  if (r.statusCode !== 201) throw new Error(`fixture not created: ${r.statusCode} ${r.body}`);
  return r.json().id;
}

/** The same status for every signed-in account (401 for the anonymous caller), with the exceptions given. */
export const all = (status: number, overrides: Partial<Record<Account, number>> = {}): Record<Account, number> => ({
  admin: status,
  regional: status,
  manager: status,
  butler: status,
  butler2: status,
  technician: status,
  sales: status,
  marketing: status,
  owner: status,
  anonymous: 401,
  ...overrides,
});

export const p1 = (c: MatrixContext) => c.demo.projectIds[0];
export const p2 = (c: MatrixContext) => c.demo.projectIds[1];

/** The first item a list endpoint answers admin, e.g. a sales center of project 1. */
export async function firstItemId(c: MatrixContext, url: string): Promise<string> {
  const res = await c.as('admin').get(url);
  const item = res.statusCode === 200 ? (res.json() as { items: { id: string }[] }).items[0] : undefined;
  if (!item) throw new Error(`no fixture at ${url}: ${res.statusCode} ${res.body}`);
  return item.id;
}

/** A generic request of project 1 submitted by the butler; the default chain waits for the regional head. */
export const butlerRequest = (c: MatrixContext) =>
  created(c.as('butler').post('/api/approvals', { documentType: 'generic', title: `矩阵报批 ${c.unique}`, projectId: p1(c) }));

/** The butler's request after the regional head rejected it: only the butler may resubmit it. */
export async function rejectedButlerRequest(c: MatrixContext): Promise<string> {
  const id = await butlerRequest(c);
  const res = await c.as('regional').post(`/api/approvals/${id}/reject`, { comment: '请补充预算' });
  if (res.statusCode !== 200) throw new Error(`fixture not rejected: ${res.statusCode} ${res.body}`);
  return id;
}

/** The notification the regional head receives when the butler submits a request. */
export async function regionalHeadNotification(c: MatrixContext): Promise<string> {
  const requestId = await butlerRequest(c);
  const row = await c.db
    .selectFrom('notifications')
    .select('id')
    .where('user_id', '=', c.demo.users.regional)
    .where('link', '=', `/approvals/${requestId}`)
    .executeTakeFirstOrThrow();
  return row.id;
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR matrix image')]);

/** A PNG that `account` uploaded to project 1. */
export function projectFile(c: MatrixContext, account: Account): Promise<string> {
  const { payload, headers } = multipartFile(PNG, '样板房.png', { type: 'image/png' });
  return created(c.as(account).post(`/api/files?projectId=${p1(c)}`, payload, headers));
}
