import type { App, AppContext } from '../../platform/http/app.js';

export async function consentRoutes(_app: App, _ctx: AppContext) {}
