import type { App, AppContext } from '../platform/http/app.js';
import { auditRoutes } from './audit/routes.js';
import { authRoutes } from './auth/routes.js';

/** Every feature module's routes, in one visible list. */
export async function registerModules(app: App, ctx: AppContext): Promise<void> {
  await authRoutes(app, ctx);
  await auditRoutes(app, ctx);
}
