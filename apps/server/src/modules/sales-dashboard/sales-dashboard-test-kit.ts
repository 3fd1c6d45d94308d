import { uuidv7 } from '@guanjia/domain';
import type { LightMyRequestResponse } from 'fastify';
import { expect, vi } from 'vitest';
import { newRowStamp } from '../../platform/db/transaction.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import type { VisitRow } from '../reception/reception-access.js';

/** An instant given in Shanghai time. */
export const sh = (date: string, time = '10:00:00') => new Date(`${date}T${time}+08:00`);

/** Monday 2026-03-02, 10:00 in Shanghai: the demo (roster, appointments, opening check, liaison forms) is seeded then. */
export const NOW = sh('2026-03-02');

export interface DashboardKit {
  t: TestApp;
  /** Project 1's and project 2's sales centers. */
  center: string;
  center2: string;
  user(username: string): string;
  /** A visit row written straight to the table (older days), defaults: a walk-in of project 1 that arrived at `date` 10:00. */
  insertVisit(patch: Partial<VisitRow> & { visit_date: string }): Promise<VisitRow>;
  /** GET /api/sales-dashboard?<query> as a demo account (the butler unless told). */
  dashboard(query: string, who?: string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A test app seeded at NOW with Date faked (timers stay real). */
export async function dashboardKit(): Promise<DashboardKit> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  const t = await createTestApp();
  const centers = await t.ctx.db.selectFrom('sales_centers').select(['id', 'project_id']).execute();
  const [p1, p2] = t.demo.projectIds;
  const center = centers.find((c) => c.project_id === p1)!.id;
  const center2 = centers.find((c) => c.project_id === p2)!.id;
  return {
    t,
    center,
    center2,
    user: (username) => t.demo.users[username]!,
    async insertVisit(patch) {
      const projectId = patch.sales_center_id === center2 ? p2! : p1!;
      const arrived = sh(patch.visit_date).toISOString();
      const row: VisitRow = {
        id: uuidv7(),
        company_id: t.demo.companyId,
        project_id: projectId,
        sales_center_id: center,
        type: 'walkIn',
        status: 'departed',
        visitor_name: '来访客户',
        visitor_phone: null,
        party_size: 1,
        consent_recorded: 1,
        consultant_id: t.demo.users.sales!,
        assigned_via: 'requested',
        rotation_turn: null,
        skipped_consultant_id: null,
        override_reason: null,
        overridden_by: null,
        appointment_at: null,
        shuttle_bus: 0,
        vip_checklist: null,
        note: null,
        checked_in_at: arrived,
        checked_in_by: t.demo.users.butler!,
        notified_at: arrived,
        received_at: null,
        received_by: null,
        departed_at: null,
        closing_question_asked: 0,
        accompaniment_complete: 0,
        cancelled_at: null,
        cancel_reason: null,
        created_by: t.demo.users.butler!,
        ...newRowStamp(arrived),
        ...patch,
      };
      await t.ctx.db.insertInto('reception_visits').values(row).execute();
      return row;
    },
    dashboard: (query, who = 'butler') => t.as(who).get(`/api/sales-dashboard?${query}`),
    async close() {
      await t.close();
      vi.useRealTimers();
    },
  };
}

export function expectStatus(res: { statusCode: number; body: string }, status: number): void {
  expect(res.statusCode, res.body).toBe(status);
}
