import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleSalesCenter } from '../reception/reception-access.js';
import { countOverdueLiaisonForms } from './count-overdue-liaison-forms.js';
import { dashboardSections } from './dashboard-access.js';
import { dashboardRange } from './dashboard-range.js';
import { loadComplaintFigures } from './load-complaint-figures.js';
import { loadDailyCheckToday } from './load-daily-check-today.js';
import { loadVisitFigures } from './load-visit-figures.js';
import type { DashboardQuery, DashboardView } from './schemas.js';

/**
 * 案场看板: a sales center's visitors per day and per consultant, waits, alerts and accompaniment
 * over a range of business dates; its complaints; today's opening check and the project's overdue
 * liaison forms. A fixed number of reads whatever the range (each block one grouped query), so a
 * quarter costs what a week does. A sales center the caller may not see is 404.
 */
export async function getSalesDashboard(db: DbOrTx, actor: Actor, query: DashboardQuery, now: Date = new Date()): Promise<DashboardView> {
  const range = dashboardRange(query, now);
  const center = await findVisibleSalesCenter(db, actor, query.salesCenterId);
  const sections = dashboardSections(actor.roles);
  const [visits, complaints, dailyCheck, overdueForms] = await Promise.all([
    loadVisitFigures(db, center.id, range, now),
    loadComplaintFigures(db, center, range, sections.complaintItems, now),
    sections.dailyCheck ? loadDailyCheckToday(db, center, range.today) : null,
    sections.liaisonForms ? countOverdueLiaisonForms(db, center, range.today) : null,
  ]);
  return {
    salesCenter: { id: center.id, name: center.name, projectId: center.project_id },
    from: range.from,
    to: range.to,
    today: range.today,
    ...visits,
    complaints,
    dailyCheck,
    liaisonForms: overdueForms === null ? null : { overdue: overdueForms },
  };
}
