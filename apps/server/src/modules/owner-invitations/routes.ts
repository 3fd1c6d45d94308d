import { OWNER_SERVICE_ROLES } from '@guanjia/domain/owners/owner-roles';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import './messages.js';
import { createOwnerInvitation } from './create-owner-invitation.js';
import { getPublicInvitation } from './get-public-invitation.js';
import { invitationPath } from './invitation-token.js';
import { listOwnerInvitations } from './list-owner-invitations.js';
import { presentOwnerInvitation } from './present-owner-invitation.js';
import { revokeOwnerInvitation } from './revoke-owner-invitation.js';
import { createOwnerInvitationBody, idParams, issuedInvitationSchema, ownerInvitationSchema, ownerQuery, publicInvitationSchema, tokenParams } from './schemas.js';
import { z } from 'zod';

const tags = ['owner-invitations'];
const servers = rolesOnly(...OWNER_SERVICE_ROLES);

/** Links that let an owner sign and answer on a phone without an account; the token is the only key. */
export async function ownerInvitationRoutes(app: App, ctx: AppContext) {
  app.post('/api/owner-invitations', { preValidation: servers, schema: { tags, body: createOwnerInvitationBody, response: { 201: issuedInvitationSchema } } }, async (req, reply) => {
    const { row, token } = await inTransaction(ctx.db, (trx) => createOwnerInvitation(trx, actorOf(req), req.body));
    return reply.status(201).send({ ...presentOwnerInvitation(row), token, path: invitationPath(token) });
  });

  app.get('/api/owner-invitations', { preValidation: servers, schema: { tags, querystring: ownerQuery, response: { 200: z.object({ items: z.array(ownerInvitationSchema) }) } } }, async (req) => ({
    items: (await listOwnerInvitations(ctx.db, actorOf(req), req.query.ownerId)).map((r) => presentOwnerInvitation(r)),
  }));

  app.post('/api/owner-invitations/:id/revoke', { preValidation: servers, schema: { tags, params: idParams, response: { 200: ownerInvitationSchema } } }, async (req) =>
    presentOwnerInvitation(await inTransaction(ctx.db, (trx) => revokeOwnerInvitation(trx, actorOf(req), req.params.id))),
  );

  app.get('/api/public/invitations/:token', { config: { public: true }, schema: { tags: ['owner-invitations (public)'], security: [], params: tokenParams, response: { 200: publicInvitationSchema } } }, async (req) =>
    getPublicInvitation(ctx.db, req.params.token),
  );
}
