import type { App, AppContext } from '../../platform/http/app.js';

export async function personalDataRoutes(_app: App, _ctx: AppContext) {}
