import type { App, AppContext } from '../../platform/http/app.js';
import { sendStoredFile } from '../files/send-stored-file.js';
import { getPublicShowcase } from './get-public-showcase.js';
import { openPublicFile } from './open-public-file.js';
import { recordPublicView } from './record-public-view.js';
import { countedSchema, publicCodeParams, publicFileParams, publicItemParams, publicShowcaseSchema } from './schemas.js';

const tags = ['showcase (public)'];
/** Reachable without a session (the auth hook lets `config.public` routes through); read-only but for the view count. */
const open = { public: true };

/** The only public surface of the module: a visitor scans the sales center's code on their phone. */
export async function publicShowcaseRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/public/showcase/:code', { config: open, schema: { tags, security: [], params: publicCodeParams, response: { 200: publicShowcaseSchema } } }, async (req) =>
    getPublicShowcase(ctx.db, req.params.code),
  );

  app.post('/api/public/showcase/:code/items/:itemId/views', { config: open, schema: { tags, security: [], params: publicItemParams, response: { 201: countedSchema } } }, async (req, reply) =>
    reply.status(201).send(await recordPublicView(ctx.db, req.params.code, req.params.itemId)),
  );

  app.get('/api/public/showcase/:code/files/:fileId', { config: open, schema: { tags, security: [], params: publicFileParams } }, async (req, reply) => {
    const file = await openPublicFile(ctx.db, ctx.config.dataDir, req.params.code, req.params.fileId);
    return sendStoredFile(req, reply, { ...file, cacheControl: 'private, max-age=300' });
  });
}
