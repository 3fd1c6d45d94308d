import { businessDate } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { checkSummaries, presentCheckSummary } from './day-summaries.js';
import type { DaySummaryView } from './schemas.js';

const ORDER = { notStarted: 0, inProgress: 1, completed: 2 } as const;

/**
 * The manager's view of a day: every sales center of the caller's projects (or of one), those whose
 * check is not completed first, with who started and completed the others and when.
 */
export async function listDailyCheckOverview(db: DbOrTx, actor: Actor, query: { projectId?: string; date?: string }, now: Date = new Date()): Promise<{ businessDate: string; items: DaySummaryView[] }> {
  if (query.projectId) assertProjectVisible(actor, query.projectId, 'entity.project');
  const date = query.date ?? businessDate(now);
  const projectIds = query.projectId ? [query.projectId] : actor.projectIds;
  if (!projectIds.length) return { businessDate: date, items: [] };
  const [centers, checks] = await Promise.all([
    db
      .selectFrom('sales_centers as s')
      .innerJoin('projects as p', 'p.id', 's.project_id')
      .select(['s.id', 's.name', 's.project_id', 'p.name as projectName'])
      .where('s.company_id', '=', actor.companyId)
      .where('s.project_id', 'in', projectIds)
      .execute(),
    checkSummaries(db).where('c.company_id', '=', actor.companyId).where('c.project_id', 'in', projectIds).where('c.business_date', '=', date).execute(),
  ]);
  const byCenter = new Map(checks.map((c) => [c.salesCenterId, presentCheckSummary(c)]));
  const items = centers.map(
    (s): DaySummaryView =>
      byCenter.get(s.id) ?? {
        salesCenterId: s.id,
        salesCenterName: s.name,
        projectId: s.project_id,
        projectName: s.projectName,
        businessDate: date,
        state: 'notStarted',
        checkId: null,
        startedBy: null,
        startedAt: null,
        completedBy: null,
        completedAt: null,
        itemCount: 0,
        answeredCount: 0,
        failedCount: 0,
      },
  );
  items.sort((a, b) => ORDER[a.state] - ORDER[b.state] || a.projectName.localeCompare(b.projectName, 'zh-CN') || a.salesCenterName.localeCompare(b.salesCenterName, 'zh-CN'));
  return { businessDate: date, items };
}
