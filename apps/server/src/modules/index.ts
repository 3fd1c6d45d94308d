import type { App, AppContext } from '../platform/http/app.js';
import { approvalRoutes } from './approvals/routes.js';
import { auditRoutes } from './audit/routes.js';
import { authRoutes } from './auth/routes.js';
import { buildingRoutes } from './buildings/routes.js';
import { fileRoutes } from './files/routes.js';
import { householdRoutes } from './households/routes.js';
import { notificationRoutes } from './notifications/routes.js';
import { orgRoutes } from './org/routes.js';
import { staffRoutes } from './staff/routes.js';
import { calendarRoutes } from './calendar/routes.js';
import { serviceCatalogRoutes } from './service-catalog/routes.js';
import { workOrderRoutes } from './work-orders/routes.js';
import { venueRoutes } from './venues/routes.js';
import { receptionRoutes } from './reception/routes.js';
import { knowledgeRoutes } from './knowledge/routes.js';
import { dailyCheckRoutes } from './daily-checks/routes.js';
import { externalWorkerRoutes } from './external-workers/routes.js';
import { liaisonFormRoutes } from './liaison-forms/routes.js';
import { salesMeetingRoutes } from './sales-meetings/routes.js';
import { vendorRoutes } from './vendors/routes.js';
import { salesDashboardRoutes } from './sales-dashboard/routes.js';

/** Every feature module's routes, in one visible list. */
export async function registerModules(app: App, ctx: AppContext): Promise<void> {
  await authRoutes(app, ctx);
  await orgRoutes(app, ctx);
  await buildingRoutes(app, ctx);
  await staffRoutes(app, ctx);
  await vendorRoutes(app, ctx);
  await householdRoutes(app, ctx);
  await auditRoutes(app, ctx);
  await notificationRoutes(app, ctx);
  await approvalRoutes(app, ctx);
  await fileRoutes(app, ctx);
  await calendarRoutes(app, ctx);
  await serviceCatalogRoutes(app, ctx);
  await workOrderRoutes(app, ctx);
  await venueRoutes(app, ctx);
  await receptionRoutes(app, ctx);
  await knowledgeRoutes(app, ctx);
  await dailyCheckRoutes(app, ctx);
  await externalWorkerRoutes(app, ctx);
  await liaisonFormRoutes(app, ctx);
  await salesMeetingRoutes(app, ctx);
  await salesDashboardRoutes(app, ctx);
}
