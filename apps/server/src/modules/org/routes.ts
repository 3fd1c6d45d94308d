import type { App, AppContext } from '../../platform/http/app.js';
import { centerRoutes } from './center-routes.js';
import { companyRoutes } from './company-routes.js';
import { departmentRoutes } from './department-routes.js';
import './messages.js';
import { projectRoutes } from './project-routes.js';

/** Organisation data: staff read what they may see, company administrators write. */
export async function orgRoutes(app: App, ctx: AppContext) {
  await companyRoutes(app, ctx);
  await projectRoutes(app, ctx);
  await centerRoutes(app, ctx);
  await departmentRoutes(app, ctx);
}
