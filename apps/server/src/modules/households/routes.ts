import { z } from 'zod';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { rolesOnly, staffAccountsOnly } from '../../platform/http/guards.js';
import { registerMessages } from '../../platform/http/i18n.js';
import { pageOf } from '../../platform/http/paging.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { hashPassword } from '../auth/password.js';
import { addHouseholdMember } from './add-household-member.js';
import { createHousehold } from './create-household.js';
import { getHousehold } from './get-household.js';
import { HOUSEHOLD_WRITERS } from './household-access.js';
import { listHouseholds } from './list-households.js';
import { listMyHouseholds } from './list-my-households.js';
import { presentHousehold, presentHouseholds, presentOwner } from './present-household.js';
import {
  addMemberBody,
  createHouseholdBody,
  householdSchema,
  idParams,
  listHouseholdsQuery,
  ownerSchema,
  projectParams,
  updateHouseholdBody,
  updateOwnerBody,
} from './schemas.js';
import { updateHousehold } from './update-household.js';
import { updateOwner } from './update-owner.js';

registerMessages({
  'zh-CN': {
    'entity.household': '业户',
    'entity.owner': '业主',
    'entity.project': '楼盘',
    'field.createAccount.username': '用户名',
    'household.unitNotInProject': '该房屋不属于此楼盘',
    'household.unitTaken': '房屋 {unit} 已有业户',
  },
  en: {
    'entity.household': 'Household',
    'entity.owner': 'Owner',
    'entity.project': 'Project',
    'field.createAccount.username': 'Username',
    'household.unitNotInProject': 'This unit is not in the project',
    'household.unitTaken': 'Unit {unit} already has a household',
  },
});

export async function householdRoutes(app: App, ctx: AppContext) {
  const tags = ['households'];
  const writers = rolesOnly(...HOUSEHOLD_WRITERS);

  app.get(
    '/api/projects/:projectId/households',
    { preValidation: staffAccountsOnly, schema: { tags, params: projectParams, querystring: listHouseholdsQuery, response: { 200: pageOf(householdSchema) } } },
    async (req) => {
      const actor = actorOf(req);
      assertProjectVisible(actor, req.params.projectId, 'entity.project');
      const page = await listHouseholds(ctx.db, actor, req.params.projectId, req.query);
      return { ...page, items: await presentHouseholds(ctx.db, actor, page.items) };
    },
  );

  app.post(
    '/api/projects/:projectId/households',
    { preValidation: writers, schema: { tags, params: projectParams, body: createHouseholdBody, response: { 201: householdSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      assertProjectVisible(actor, req.params.projectId, 'entity.project');
      const household = await inTransaction(ctx.db, async (trx) => presentHousehold(trx, actor, await createHousehold(trx, actor, req.params.projectId, req.body)));
      return reply.status(201).send(household);
    },
  );

  // Registered before /:id so "mine" is never read as an id.
  app.get(
    '/api/households/mine',
    { preValidation: rolesOnly('owner'), schema: { tags, response: { 200: z.object({ items: z.array(householdSchema) }) } } },
    async (req) => {
      const actor = actorOf(req);
      return { items: await presentHouseholds(ctx.db, actor, await listMyHouseholds(ctx.db, actor)) };
    },
  );

  app.get('/api/households/:id', { schema: { tags, params: idParams, response: { 200: householdSchema } } }, async (req) => {
    const actor = actorOf(req);
    return presentHousehold(ctx.db, actor, await getHousehold(ctx.db, actor, req.params.id));
  });

  app.patch(
    '/api/households/:id',
    { preValidation: writers, schema: { tags, params: idParams, body: updateHouseholdBody, response: { 200: householdSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return inTransaction(ctx.db, async (trx) => presentHousehold(trx, actor, await updateHousehold(trx, actor, req.params.id, req.body)));
    },
  );

  app.post(
    '/api/households/:id/members',
    { preValidation: writers, schema: { tags, params: idParams, body: addMemberBody, response: { 201: householdSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const { createAccount, ...person } = req.body;
      // Hashed before the transaction opens: argon2 is deliberately slow.
      const account = createAccount ? { username: createAccount.username, passwordHash: await hashPassword(createAccount.password) } : undefined;
      const household = await inTransaction(ctx.db, async (trx) => presentHousehold(trx, actor, await addHouseholdMember(trx, actor, req.params.id, { ...person, account })));
      return reply.status(201).send(household);
    },
  );

  app.patch(
    '/api/owners/:id',
    { preValidation: writers, schema: { tags, params: idParams, body: updateOwnerBody, response: { 200: ownerSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return presentOwner(actor, await inTransaction(ctx.db, (trx) => updateOwner(trx, actor, req.params.id, req.body)));
    },
  );
}
