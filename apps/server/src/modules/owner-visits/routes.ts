import type { App, AppContext } from '../../platform/http/app.js';

export async function ownerVisitRoutes(_app: App, _ctx: AppContext) {}
