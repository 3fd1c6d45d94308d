import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { registerMessages } from '../../platform/http/i18n.js';
import { pageOf } from '../../platform/http/paging.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { hashPassword } from '../auth/password.js';
import { createUser } from './create-user.js';
import { getUser } from './get-user.js';
import { listUsers } from './list-users.js';
import { presentUser, presentUsers } from './present-user.js';
import { resetPassword } from './reset-password.js';
import { createUserBody, listUsersQuery, resetPasswordBody, updateUserBody, userParams, userSchema } from './schemas.js';
import { STAFF_READERS, STAFF_WRITERS } from './staff-visibility.js';
import { updateUser } from './update-user.js';

registerMessages({
  'zh-CN': {
    'entity.user': '用户',
    'field.username': '用户名',
    'staff.unknownDepartment': '本公司没有该部门或岗位',
    'staff.unknownVendor': '本公司没有该外包单位',
    'staff.vendorRequired': '外包人员须指定所属外包单位',
    'staff.systemAdminReserved': '只有系统管理员可以授予或撤销系统管理员角色',
  },
  en: {
    'entity.user': 'User',
    'field.username': 'Username',
    'staff.unknownDepartment': 'No such department or post in your company',
    'staff.unknownVendor': 'No such vendor in your company',
    'staff.vendorRequired': 'Vendor staff must belong to a vendor',
    'staff.systemAdminReserved': 'Only a system administrator may grant or remove the system administrator role',
  },
});

export async function staffRoutes(app: App, ctx: AppContext) {
  const tags = ['staff'];

  app.get(
    '/api/users',
    { preValidation: rolesOnly(...STAFF_READERS), schema: { tags, querystring: listUsersQuery, response: { 200: pageOf(userSchema) } } },
    async (req) => {
      const page = await listUsers(ctx.db, actorOf(req), req.query);
      return { ...page, items: await presentUsers(ctx.db, page.items) };
    },
  );

  app.post(
    '/api/users',
    { preValidation: rolesOnly(...STAFF_WRITERS), schema: { tags, body: createUserBody, response: { 201: userSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const { password, ...input } = req.body;
      // Hashed before the transaction opens: argon2 is deliberately slow.
      const passwordHash = await hashPassword(password);
      const user = await inTransaction(ctx.db, async (trx) => presentUser(trx, await createUser(trx, actor, { ...input, passwordHash })));
      return reply.status(201).send(user);
    },
  );

  app.get(
    '/api/users/:id',
    { preValidation: rolesOnly(...STAFF_READERS), schema: { tags, params: userParams, response: { 200: userSchema } } },
    async (req) => presentUser(ctx.db, await getUser(ctx.db, actorOf(req), req.params.id)),
  );

  app.patch(
    '/api/users/:id',
    { preValidation: rolesOnly(...STAFF_WRITERS), schema: { tags, params: userParams, body: updateUserBody, response: { 200: userSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return inTransaction(ctx.db, async (trx) => presentUser(trx, await updateUser(trx, actor, req.params.id, req.body)));
    },
  );

  app.post(
    '/api/users/:id/reset-password',
    { preValidation: rolesOnly(...STAFF_WRITERS), schema: { tags, params: userParams, body: resetPasswordBody } },
    async (req, reply) => {
      const actor = actorOf(req);
      const passwordHash = await hashPassword(req.body.password);
      await inTransaction(ctx.db, (trx) => resetPassword(trx, actor, req.params.id, passwordHash));
      return reply.status(204).send();
    },
  );
}
