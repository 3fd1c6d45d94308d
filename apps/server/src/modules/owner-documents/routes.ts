import type { App, AppContext } from '../../platform/http/app.js';

export async function ownerDocumentRoutes(_app: App, _ctx: AppContext) {}
