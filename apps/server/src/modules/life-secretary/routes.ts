import type { App, AppContext } from '../../platform/http/app.js';

export async function lifeSecretaryRoutes(_app: App, _ctx: AppContext) {}
