import type { App, AppContext } from '../../platform/http/app.js';
import { workOrderFollowUpRoutes } from './follow-up-routes.js';
import { workOrderH5Routes } from './h5-routes.js';
import './messages.js';
import { workOrderStaffRoutes } from './staff-routes.js';

/** Work orders (工单): the staff side, the owners' H5 side, and following orders up (lists, export, return visits). */
export async function workOrderRoutes(app: App, ctx: AppContext) {
  await workOrderStaffRoutes(app, ctx);
  await workOrderH5Routes(app, ctx);
  await workOrderFollowUpRoutes(app, ctx);
}
