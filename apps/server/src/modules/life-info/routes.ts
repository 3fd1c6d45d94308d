import type { App, AppContext } from '../../platform/http/app.js';

export async function lifeInfoRoutes(_app: App, _ctx: AppContext) {}
