import type { App, AppContext } from '../../platform/http/app.js';

export async function serviceProfileRoutes(_app: App, _ctx: AppContext) {}
