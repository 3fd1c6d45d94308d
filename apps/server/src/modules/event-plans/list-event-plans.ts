import { businessDate } from '@guanjia/domain';
import { PREPARING_EVENT_PLAN_STATUSES } from '@guanjia/domain/event-plans/event-plan-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import { namesFor, presentEventPlan, taskCountsFor } from './present-event-plan.js';
import type { EventPlanView, ListEventPlansQuery } from './schemas.js';

/** Plans of the caller's projects (or one project), by event date; filters: status, kind, event-date range. */
export async function listEventPlans(db: DbOrTx, actor: Actor, q: ListEventPlansQuery, now: Date = new Date()): Promise<Page<EventPlanView>> {
  if (q.projectId) assertProjectVisible(actor, q.projectId, 'entity.project');
  if (q.from && q.to && q.to < q.from) throw new ValidationError({ to: 'eventPlan.field.dateRange' });
  const projectIds = q.projectId ? [q.projectId] : actor.projectIds;
  if (!projectIds.length) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  let query = db.selectFrom('event_plans').selectAll().where('company_id', '=', actor.companyId).where('project_id', 'in', projectIds);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.kind) query = query.where('kind', '=', q.kind);
  if (q.from) query = query.where('event_date', '>=', q.from);
  if (q.to) query = query.where('event_date', '<=', q.to);
  const page = await paginate(query, (x) => x.orderBy('event_date', 'desc').orderBy('id', 'desc'), q);
  const names = await namesFor(db, page.items.flatMap((p) => [p.created_by, p.rehearsal_confirmed_by, p.reviewed_by]), page.items.map((p) => p.sales_center_id));
  const counts = await taskCountsFor(db, page.items.map((p) => p.id), businessDate(now));
  return { ...page, items: page.items.map((p) => presentEventPlan(p, names, counts.get(p.id), PREPARING_EVENT_PLAN_STATUSES.includes(p.status))) };
}
