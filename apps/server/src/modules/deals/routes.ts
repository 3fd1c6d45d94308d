import type { App, AppContext } from '../../platform/http/app.js';

export async function dealRoutes(_app: App, _ctx: AppContext) {}
