import { businessDate } from '@guanjia/domain';
import { rehearsalDate } from '@guanjia/domain/event-plans/backward-schedule';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { namesFor } from './present-event-plan.js';
import type { rehearsalSchema } from './schemas.js';
import type { z } from 'zod';

type RehearsalView = z.infer<typeof rehearsalSchema>;

/**
 * The marketing lead's page: approved plans of the project whose joint rehearsal (event − 2 days)
 * is today or later, soonest first.
 */
export async function listRehearsals(db: DbOrTx, actor: Actor, q: { projectId: string; from?: string }, now: Date = new Date()): Promise<RehearsalView[]> {
  assertProjectVisible(actor, q.projectId, 'entity.project');
  const from = q.from ?? businessDate(now);
  // The rehearsal is two days before the event: rehearsals from `from` on belong to events from `from` + 2.
  const rows = await db
    .selectFrom('event_plans')
    .selectAll()
    .where('company_id', '=', actor.companyId)
    .where('project_id', '=', q.projectId)
    .where('status', '=', 'approved')
    .where('event_date', '>=', from)
    .orderBy('event_date')
    .orderBy('id')
    .execute();
  const upcoming = rows.filter((p) => rehearsalDate(p.event_date) >= from);
  const names = await namesFor(db, upcoming.flatMap((p) => [p.rehearsal_confirmed_by, p.created_by]), upcoming.map((p) => p.sales_center_id));
  return upcoming.map((p) => ({
    planId: p.id,
    title: p.title,
    kind: p.kind,
    salesCenter: names.salesCenter(p.sales_center_id),
    eventDate: p.event_date,
    rehearsalDate: rehearsalDate(p.event_date),
    status: p.status,
    confirmedBy: names.user(p.rehearsal_confirmed_by),
    confirmedAt: p.rehearsal_confirmed_at,
    eventLead: names.user(p.created_by),
    version: p.version,
  }));
}
