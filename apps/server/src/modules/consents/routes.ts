import { OWNER_SERVICE_ROLES } from '@guanjia/domain/owners/owner-roles';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { listOwnerConsents } from './list-owner-consents.js';
import { currentByPurpose, presentConsents } from './present-consent.js';
import { recordStaffConsent } from './record-staff-consent.js';
import { consentSchema, ownerConsentsSchema, ownerParams, recordStaffConsentBody } from './schemas.js';

const tags = ['consents'];

/** 同意记录: an owner's consents per purpose (PIPL); the owner's own phone answers arrive through the questionnaire's public routes. */
export async function consentRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/owners/:ownerId/consents',
    { preValidation: rolesOnly(...OWNER_SERVICE_ROLES, 'owner'), schema: { tags, params: ownerParams, response: { 200: ownerConsentsSchema } } },
    async (req) => {
      const { ownerId, rows } = await listOwnerConsents(ctx.db, actorOf(req), req.params.ownerId);
      const history = await presentConsents(ctx.db, rows);
      return { ownerId, current: currentByPurpose(history), history };
    },
  );

  app.post(
    '/api/owners/:ownerId/consents',
    { preValidation: rolesOnly(...OWNER_SERVICE_ROLES), schema: { tags, params: ownerParams, body: recordStaffConsentBody, response: { 201: consentSchema } } },
    async (req, reply) => {
      const row = await inTransaction(ctx.db, (trx) => recordStaffConsent(trx, actorOf(req), req.params.ownerId, req.body));
      return reply.status(201).send((await presentConsents(ctx.db, [row]))[0]!);
    },
  );
}
