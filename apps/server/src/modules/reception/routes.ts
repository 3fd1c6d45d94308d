import { RECEPTION_ANY_ROLES, RECEPTION_DESK_ROLES, RECEPTION_READ_ROLES } from '@guanjia/domain/reception/index';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import './messages.js';
import { BoardStreams } from './board-stream.js';
import { getReceptionBoard } from './get-reception-board.js';
import { handleHandoffAlert } from './handle-handoff-alert.js';
import { presentAlert } from './present-visit.js';
import { publishBoard } from './publish-board.js';
import { findVisibleSalesCenter, userNames } from './reception-access.js';
import { alertSchema, boardSchema, centerQuery, handleAlertBody, idParams } from './schemas.js';
import { setupRoutes } from './setup-routes.js';
import { visitRoutes } from './visit-routes.js';

const tags = ['reception'];

/** 案场接待: the reception board and its live stream, visits and appointments, alerts, and the sales center's set-up. */
export async function receptionRoutes(app: App, ctx: AppContext): Promise<void> {
  const streams = new BoardStreams();
  // A hijacked SSE response is never idle: end them on shutdown, or the server would wait for them forever.
  app.addHook('preClose', (done) => {
    streams.closeAll();
    done();
  });

  app.get(
    '/api/reception/board',
    { preValidation: rolesOnly(...RECEPTION_READ_ROLES), schema: { tags, querystring: centerQuery, response: { 200: boardSchema } } },
    async (req) => getReceptionBoard(ctx.db, actorOf(req), req.query.salesCenterId),
  );

  app.get(
    '/api/reception/board/stream',
    {
      preValidation: rolesOnly(...RECEPTION_ANY_ROLES),
      schema: {
        tags,
        querystring: centerQuery,
        summary: 'Server-Sent Events: `ready` on connect, then `board` {salesCenterId, reason} whenever the board of today changes (no visitor data: read the board again)',
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => {
      const center = await findVisibleSalesCenter(ctx.db, actorOf(req), req.query.salesCenterId);
      reply.hijack();
      streams.serve(ctx.db, ctx.notifier, center.id, reply.raw, req.log);
    },
  );

  app.post(
    '/api/reception/alerts/:id/handle',
    { preValidation: rolesOnly(...RECEPTION_DESK_ROLES), schema: { tags, params: idParams, body: handleAlertBody, response: { 200: alertSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const alert = await inTransaction(ctx.db, (trx) => handleHandoffAlert(trx, actor, req.params.id, req.body));
      publishBoard(ctx.notifier, alert.sales_center_id, 'alertHandled');
      const visit = await ctx.db.selectFrom('reception_visits').select('visitor_name').where('id', '=', alert.visit_id).executeTakeFirstOrThrow();
      return presentAlert({ ...alert, visitor_name: visit.visitor_name }, await userNames(ctx.db, [alert.consultant_id, alert.handled_by]));
    },
  );

  await visitRoutes(app, ctx);
  await setupRoutes(app, ctx);
}
