import { businessDate } from '@guanjia/domain';
import type { Db } from '../apps/server/src/platform/db/database.js';
import type { DemoIds } from '../apps/server/src/demo/seed-demo.js';
import { inTransaction } from '../apps/server/src/platform/db/transaction.js';
import { hashPassword } from '../apps/server/src/modules/auth/password.js';
import { loadActor } from '../apps/server/src/modules/auth/session.js';
import { insertUser } from '../apps/server/src/modules/staff/insert-user.js';
import { Api, logIn, mapLimit } from './http-client.js';

/** A generated sales consultant with an open session. */
export interface Consultant {
  id: string;
  username: string;
  cookie: string;
}

/** The roster API takes at most this many consultants per sales center and day (schemas.ts, setRosterBody). */
export const MAX_ROSTER = 100;

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹'];

/** A visitor's name that no other visitor of the run shares and that contains no other's name. */
export function visitorName(tag: string, i: number): string {
  const surname = SURNAMES[i % SURNAMES.length];
  return `${surname}${i % 2 ? '女士' : '先生'}·${tag}${String(i + 1).padStart(4, '0')}`;
}

/** The sales center of a demo project (one each). */
export async function salesCenterOf(db: Db, projectId: string): Promise<{ id: string; projectId: string }> {
  const c = await db.selectFrom('sales_centers').select(['id', 'project_id']).where('project_id', '=', projectId).orderBy('id').executeTakeFirstOrThrow();
  return { id: c.id, projectId: c.project_id };
}

/**
 * Creates `count` sales consultants granted `projectId`, through the staff module's own insert (user
 * row, project grant, audit row) as the demo admin, all with the bench password hashed once, then logs
 * each in over HTTP.
 */
export async function createConsultants(
  db: Db,
  demo: DemoIds,
  opts: { baseUrl: string; password: string; projectId: string; count: number; tag: string; signal?: AbortSignal },
): Promise<Consultant[]> {
  const passwordHash = await hashPassword(opts.password);
  const adminRow = await db.selectFrom('users').selectAll().where('id', '=', demo.users.admin!).executeTakeFirstOrThrow();
  const admin = await loadActor(db, adminRow);
  const users = await inTransaction(db, async (trx) => {
    const rows = [];
    for (let i = 0; i < opts.count; i++) {
      const n = String(i + 1).padStart(3, '0');
      rows.push(
        await insertUser(trx, admin, {
          username: `bench-${opts.tag}-${n}`,
          passwordHash,
          name: `销售顾问 ${opts.tag.toUpperCase()}${n}`,
          phone: null,
          idNumber: null,
          kind: 'staff',
          roles: ['salesConsultant'],
          projectIds: [opts.projectId],
          departmentId: null,
          vendorId: null,
          ownerId: null,
        }),
      );
    }
    return rows;
  });
  return mapLimit(users, 4, async (u) => ({ id: u.id, username: u.username, cookie: await logIn(opts.baseUrl, u.username, opts.password) }), opts.signal);
}

/** Puts the consultants on today's roster of the sales center, all on duty, in the given order. */
export async function putOnDuty(api: Api, salesCenterId: string, consultantIds: readonly string[]): Promise<void> {
  if (consultantIds.length > MAX_ROSTER) throw new Error(`the roster takes at most ${MAX_ROSTER} consultants`);
  await api.send('PUT', '/api/reception/roster', {
    salesCenterId,
    date: businessDate(new Date()),
    entries: consultantIds.map((consultantId) => ({ consultantId, onDuty: true })),
  });
}

/** An appointment for today at `time` with a named consultant, booked by the desk; returns the visit id. */
export async function bookForToday(api: Api, input: { salesCenterId: string; consultantId: string; visitorName: string; time: string; partySize?: number; type?: 'appointment' | 'vip' | 'viewingGroup' }): Promise<string> {
  const visit = await api.post<{ id: string }>('/api/reception/appointments', {
    salesCenterId: input.salesCenterId,
    type: input.type ?? 'appointment',
    visitorName: input.visitorName,
    partySize: input.partySize ?? 1,
    consultantId: input.consultantId,
    date: businessDate(new Date()),
    time: input.time,
    shuttleBus: false,
    consentRecorded: false,
  });
  return visit.id;
}

/** Spreads `i` of `n` over the sales center's day, 09:00–20:59, as HH:MM. */
export function timeOfDay(i: number, n: number): string {
  const minutes = 9 * 60 + Math.floor((i * 12 * 60) / Math.max(1, n));
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
