import type { App, AppContext } from '../../platform/http/app.js';

export async function questionnaireRoutes(_app: App, _ctx: AppContext) {}
