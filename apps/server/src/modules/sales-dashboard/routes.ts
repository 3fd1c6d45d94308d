import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import './messages.js';
import { SALES_DASHBOARD_ROLES } from './dashboard-access.js';
import { getSalesDashboard } from './get-sales-dashboard.js';
import { dashboardQuery, dashboardSchema } from './schemas.js';

const tags = ['sales-dashboard'];

/** 案场看板: read-only figures of one sales center. */
export async function salesDashboardRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/api/sales-dashboard',
    {
      preValidation: rolesOnly(...SALES_DASHBOARD_ROLES),
      schema: {
        tags,
        summary: 'A sales center over a range of Shanghai business dates (default the last 7 days, at most 92): visitors, waits, alerts and accompaniment per day and per consultant; complaints; today’s opening check; overdue liaison forms',
        querystring: dashboardQuery,
        response: { 200: dashboardSchema },
      },
    },
    async (req) => getSalesDashboard(ctx.db, actorOf(req), req.query),
  );
}
