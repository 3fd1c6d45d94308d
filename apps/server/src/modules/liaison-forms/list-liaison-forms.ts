import { businessDate } from '@guanjia/domain';
import { OPEN_LIAISON_FORM_STATUSES } from '@guanjia/domain/sales-site/liaison-form-flow';
import { containsText } from '../../platform/db/text-search.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { ValidationError } from '../../platform/http/errors.js';
import { paginate, type Page } from '../../platform/http/paging.js';
import { seesIssuedFormsOnly } from './liaison-form-access.js';
import { presentLiaisonFormSummary } from './present-liaison-form.js';
import type { LiaisonFormSummaryView, ListLiaisonFormsQuery } from './schemas.js';

/** The columns a list row shows, names read as scalar subqueries of the same statement. */
export function liaisonFormSummaries(db: DbOrTx) {
  return db
    .selectFrom('liaison_forms as f')
    .select((eb) => [
      'f.id',
      'f.project_id',
      'f.number',
      'f.subject',
      'f.status',
      'f.to_department_id',
      'f.from_service_center_id',
      'f.due_date',
      'f.issued_at',
      'f.issued_by',
      'f.created_at',
      'f.version',
      eb.selectFrom('departments').select('name').whereRef('departments.id', '=', 'f.to_department_id').as('to_department_name'),
      eb.selectFrom('service_centers').select('name').whereRef('service_centers.id', '=', 'f.from_service_center_id').as('from_service_center_name'),
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 'f.issued_by').as('issued_by_name'),
    ]);
}
export type LiaisonFormSummaryRow = Awaited<ReturnType<ReturnType<typeof liaisonFormSummaries>['executeTakeFirstOrThrow']>>;

/**
 * Forms of one project or of every project the caller sees, newest first; `overdue=true` lists the
 * issued forms not taken back by their due date. The developer side never sees drafts.
 */
export async function listLiaisonForms(db: DbOrTx, actor: Actor, query: ListLiaisonFormsQuery, now: Date = new Date()): Promise<Page<LiaisonFormSummaryView>> {
  if (query.projectId) assertProjectVisible(actor, query.projectId, 'entity.project');
  if (query.dueFrom && query.dueTo && query.dueTo < query.dueFrom) throw new ValidationError({ dueTo: 'liaison.field.dateRange' });
  const today = businessDate(now);
  const projectIds = query.projectId ? [query.projectId] : actor.projectIds;
  if (!projectIds.length) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  let q = liaisonFormSummaries(db).where('f.company_id', '=', actor.companyId).where('f.project_id', 'in', projectIds);
  if (seesIssuedFormsOnly(actor)) q = q.where('f.issued_at', 'is not', null);
  if (query.status) q = q.where('f.status', '=', query.status);
  if (query.overdue === 'true') q = q.where('f.status', 'in', OPEN_LIAISON_FORM_STATUSES).where('f.due_date', '<', today);
  if (query.overdue === 'false') q = q.where((eb) => eb.or([eb('f.status', 'not in', OPEN_LIAISON_FORM_STATUSES), eb('f.due_date', '>=', today)]));
  if (query.dueFrom) q = q.where('f.due_date', '>=', query.dueFrom);
  if (query.dueTo) q = q.where('f.due_date', '<=', query.dueTo);
  if (query.q) q = q.where(containsText(['f.number', 'f.subject'], query.q));
  const page = await paginate(q, (r) => r.orderBy('f.id', 'desc'), query);
  return { ...page, items: page.items.map((r) => presentLiaisonFormSummary(r, today)) };
}
