import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { companyAdminOnly, staffAccountsOnly } from '../../platform/http/guards.js';
import { registerMessages } from '../../platform/http/i18n.js';
import { pageOf } from '../../platform/http/paging.js';
import { inTransaction } from '../../platform/db/transaction.js';
import { createVendor } from './create-vendor.js';
import { listVendors } from './list-vendors.js';
import { presentVendor, presentVendors } from './present-vendor.js';
import { createVendorBody, listVendorsQuery, updateVendorBody, vendorParams, vendorSchema } from './schemas.js';
import { updateVendor } from './update-vendor.js';

registerMessages({
  'zh-CN': { 'entity.vendor': '外包单位' },
  en: { 'entity.vendor': 'Vendor' },
});

export async function vendorRoutes(app: App, ctx: AppContext) {
  const tags = ['vendors'];

  app.get(
    '/api/vendors',
    { preValidation: staffAccountsOnly, schema: { tags, querystring: listVendorsQuery, response: { 200: pageOf(vendorSchema) } } },
    async (req) => {
      const page = await listVendors(ctx.db, actorOf(req), req.query);
      return { ...page, items: await presentVendors(ctx.db, page.items) };
    },
  );

  app.post(
    '/api/vendors',
    { preValidation: companyAdminOnly, schema: { tags, body: createVendorBody, response: { 201: vendorSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const vendor = await inTransaction(ctx.db, async (trx) => presentVendor(trx, await createVendor(trx, actor, req.body)));
      return reply.status(201).send(vendor);
    },
  );

  app.patch(
    '/api/vendors/:id',
    { preValidation: companyAdminOnly, schema: { tags, params: vendorParams, body: updateVendorBody, response: { 200: vendorSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return inTransaction(ctx.db, async (trx) => presentVendor(trx, await updateVendor(trx, actor, req.params.id, req.body)));
    },
  );
}
