import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import { getSuggestion } from './get-suggestion.js';
import { listSuggestions } from './list-suggestions.js';
import { raiseSuggestion } from './raise-suggestion.js';
import { channelMembers, tags } from './route-guards.js';
import { idParams } from './schemas.js';
import { listSuggestionsQuery, raiseSuggestionBody, suggestionActionBody, suggestionActionParams, suggestionDetailSchema, suggestionPageSchema } from './suggestion-schemas.js';
import { transitionSuggestion } from './transition-suggestion.js';

/** 建议与需求: raised by one side, answered by the other, accepted or sent back by the raiser. */
export async function suggestionRoutes(app: App, ctx: AppContext) {
  app.get('/api/sales-channel/suggestions', { preValidation: channelMembers, schema: { tags, querystring: listSuggestionsQuery, response: { 200: suggestionPageSchema } } }, async (req) =>
    listSuggestions(ctx.db, actorOf(req), req.query),
  );

  app.post('/api/sales-channel/suggestions', { preValidation: channelMembers, schema: { tags, body: raiseSuggestionBody, response: { 201: suggestionDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const raised = await inTransaction(ctx.db, (trx) => raiseSuggestion(trx, actor, req.body));
    publishNotifications(ctx.notifier, raised.notifications);
    return reply.status(201).send(await getSuggestion(ctx.db, actor, raised.suggestion.id));
  });

  app.get('/api/sales-channel/suggestions/:id', { preValidation: channelMembers, schema: { tags, params: idParams, response: { 200: suggestionDetailSchema } } }, async (req) =>
    getSuggestion(ctx.db, actorOf(req), req.params.id),
  );

  app.post(
    '/api/sales-channel/suggestions/:id/:action',
    { preValidation: channelMembers, schema: { tags, params: suggestionActionParams, body: suggestionActionBody, response: { 200: suggestionDetailSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const step = await inTransaction(ctx.db, (trx) => transitionSuggestion(trx, actor, req.params.id, req.params.action, req.body));
      publishNotifications(ctx.notifier, step.notifications);
      return getSuggestion(ctx.db, actor, step.suggestion.id);
    },
  );
}
