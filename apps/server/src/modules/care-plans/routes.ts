import type { App, AppContext } from '../../platform/http/app.js';

export async function carePlanRoutes(_app: App, _ctx: AppContext) {}
