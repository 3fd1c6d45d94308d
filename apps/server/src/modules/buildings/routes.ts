import type { App, AppContext } from '../../platform/http/app.js';
import { buildingResourceRoutes } from './building-routes.js';
import './messages.js';
import { unitRoutes } from './unit-routes.js';

/** Buildings and units: staff read in the projects they see, company administrators write. */
export async function buildingRoutes(app: App, ctx: AppContext) {
  await buildingResourceRoutes(app, ctx);
  await unitRoutes(app, ctx);
}
