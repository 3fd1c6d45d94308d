import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { receiveDealWebhook } from './receive-deal-webhook.js';
import { projectParams, webhookDealBody, webhookResultSchema } from './schemas.js';
import { verifyDealWebhook, type VerifiedDelivery } from './verify-deal-webhook.js';

type WebhookRequest = FastifyRequest & { rawBody?: Buffer; delivery?: VerifiedDelivery };

/**
 * The CRM's one public surface: `POST /api/public/deals/webhook/:projectId`. Registered as its own
 * plugin so the JSON parser that keeps the raw bytes (the signature covers them exactly as sent)
 * applies to this route only.
 */
export async function dealWebhookRoutes(app: App, ctx: AppContext): Promise<void> {
  await app.register(async (plugin) => {
    const scoped = plugin.withTypeProvider<ZodTypeProvider>();
    scoped.removeContentTypeParser(['application/json']);
    scoped.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
      (req as WebhookRequest).rawBody = body as Buffer;
      // Unparseable JSON still reaches the signature check first; validation then answers 400.
      try {
        done(null, JSON.parse((body as Buffer).toString('utf8')));
      } catch {
        done(null, null);
      }
    });
    scoped.post(
      '/api/public/deals/webhook/:projectId',
      {
        config: { public: true },
        preValidation: async (req) => {
          const r = req as WebhookRequest;
          r.delivery = await verifyDealWebhook(ctx.db, (req.params as { projectId: string }).projectId, req.headers, r.rawBody ?? Buffer.alloc(0));
        },
        schema: {
          tags: ['deals (CRM webhook)'],
          summary: 'A deal from the developer’s CRM, signed with the project’s shared secret (X-Guanjia-Timestamp, X-Guanjia-Delivery, X-Guanjia-Signature)',
          security: [],
          params: projectParams,
          body: webhookDealBody,
          response: { 200: webhookResultSchema, 201: webhookResultSchema },
        },
      },
      async (req, reply) => {
        const delivery = (req as WebhookRequest).delivery!;
        const { deal, created, notifications } = await inTransaction(ctx.db, (trx) => receiveDealWebhook(trx, delivery, req.body));
        publishNotifications(ctx.notifier, notifications);
        return reply.status(created ? 201 : 200).send({ id: deal.id, status: deal.status, created });
      },
    );
  });
}
