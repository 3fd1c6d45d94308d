import type { App, AppContext } from '../../platform/http/app.js';

export async function messagingRoutes(_app: App, _ctx: AppContext) {}
