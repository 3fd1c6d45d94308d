import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { getInvitationQuestionnaire } from './get-invitation-questionnaire.js';
import { recordInvitationConsent } from './record-invitation-consent.js';
import { publicConsentBody, publicQuestionnaireSchema, publicResponseBody, publicSubmittedSchema, tokenParams } from './schemas.js';
import { submitInvitationResponse } from './submit-invitation-response.js';

const tags = ['questionnaires (public)'];
/** Reachable without a session: the owner's invitation token is the key (404 once expired or revoked). */
const open = { public: true };

/** The owner fills the questionnaire on the phone: consent first, then the answers. */
export async function publicQuestionnaireRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get('/api/public/invitations/:token/questionnaire', { config: open, schema: { tags, security: [], params: tokenParams, response: { 200: publicQuestionnaireSchema } } }, async (req) =>
    getInvitationQuestionnaire(ctx.db, req.params.token, req.locale),
  );

  app.post(
    '/api/public/invitations/:token/questionnaire/consent',
    { config: open, schema: { tags, security: [], params: tokenParams, body: publicConsentBody, response: { 200: publicQuestionnaireSchema } } },
    async (req) => {
      await inTransaction(ctx.db, (trx) => recordInvitationConsent(trx, req.params.token, req.body.granted));
      return getInvitationQuestionnaire(ctx.db, req.params.token, req.locale);
    },
  );

  app.post(
    '/api/public/invitations/:token/questionnaire/responses',
    { config: open, schema: { tags, security: [], params: tokenParams, body: publicResponseBody, response: { 201: publicSubmittedSchema } } },
    async (req, reply) => {
      const row = await inTransaction(ctx.db, (trx) => submitInvitationResponse(trx, req.params.token, req.body));
      return reply.status(201).send({ id: row.id, submittedAt: row.submitted_at });
    },
  );
}
