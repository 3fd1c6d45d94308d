import { SERVICE_PROFILE_EDITOR_ROLES, SERVICE_PROFILE_SUMMARY_ROLES } from '@guanjia/domain/service-profiles/index';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import './messages.js';
import { getServiceProfile } from './get-service-profile.js';
import { listServiceProfileHistory } from './list-service-profile-history.js';
import { presentServiceProfile } from './present-service-profile.js';
import { householdParams, profileHistorySchema, serviceProfileSchema, updateServiceProfileBody } from './schemas.js';
import { updateServiceProfile } from './update-service-profile.js';

const tags = ['service-profiles'];

/** 个性化服务需求档案: read by whoever serves the household (the summary for field staff), edited by the butler team. */
export async function serviceProfileRoutes(app: App, ctx: AppContext) {
  app.get(
    '/api/households/:id/service-profile',
    { preValidation: rolesOnly(...SERVICE_PROFILE_EDITOR_ROLES, ...SERVICE_PROFILE_SUMMARY_ROLES, 'owner'), schema: { tags, params: householdParams, response: { 200: serviceProfileSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return presentServiceProfile(ctx.db, actor, await getServiceProfile(ctx.db, actor, req.params.id));
    },
  );

  app.put(
    '/api/households/:id/service-profile',
    { preValidation: rolesOnly(...SERVICE_PROFILE_EDITOR_ROLES), schema: { tags, params: householdParams, body: updateServiceProfileBody, response: { 200: serviceProfileSchema } } },
    async (req) => {
      const actor = actorOf(req);
      await inTransaction(ctx.db, (trx) => updateServiceProfile(trx, actor, req.params.id, req.body));
      return presentServiceProfile(ctx.db, actor, await getServiceProfile(ctx.db, actor, req.params.id));
    },
  );

  app.get(
    '/api/households/:id/service-profile/history',
    { preValidation: rolesOnly(...SERVICE_PROFILE_EDITOR_ROLES, 'owner'), schema: { tags, params: householdParams, response: { 200: profileHistorySchema } } },
    async (req) => ({ items: await listServiceProfileHistory(ctx.db, actorOf(req), req.params.id) }),
  );
}
