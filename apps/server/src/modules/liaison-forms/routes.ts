import { LIAISON_DEVELOPER_ROLES, LIAISON_PROPERTY_ROLES, LIAISON_READER_ROLES } from '@guanjia/domain/sales-site/liaison-form-flow';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { createLiaisonForm } from './create-liaison-form.js';
import { getLiaisonForm, readLiaisonForm } from './get-liaison-form.js';
import { listLiaisonForms } from './list-liaison-forms.js';
import { presentLiaisonForm } from './present-liaison-form.js';
import { actionParams, createLiaisonFormBody, idParams, liaisonActionBody, liaisonFormPageSchema, liaisonFormSchema, listLiaisonFormsQuery, updateLiaisonFormBody } from './schemas.js';
import { transitionLiaisonForm } from './transition-liaison-form.js';
import { updateLiaisonForm } from './update-liaison-form.js';

const tags = ['liaison-forms'];
const readers = rolesOnly(...LIAISON_READER_ROLES);
const propertySide = rolesOnly(...LIAISON_PROPERTY_ROLES);
/** Either side acts; which side may take which step is the use case's question (403 per action). */
const eitherSide = rolesOnly(...LIAISON_PROPERTY_ROLES, ...LIAISON_DEVELOPER_ROLES);

/** 工作联系单 between the service center and the developer's departments. */
export async function liaisonFormRoutes(app: App, ctx: AppContext) {
  app.get('/api/liaison-forms', { preValidation: readers, schema: { tags, querystring: listLiaisonFormsQuery, response: { 200: liaisonFormPageSchema } } }, async (req) =>
    listLiaisonForms(ctx.db, actorOf(req), req.query),
  );

  app.post('/api/liaison-forms', { preValidation: propertySide, schema: { tags, body: createLiaisonFormBody, response: { 201: liaisonFormSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const form = await inTransaction(ctx.db, (trx) => createLiaisonForm(trx, actor, req.body));
    return reply.status(201).send(presentLiaisonForm(await readLiaisonForm(ctx.db, form), actor));
  });

  app.get('/api/liaison-forms/:id', { preValidation: readers, schema: { tags, params: idParams, response: { 200: liaisonFormSchema } } }, async (req) => {
    const actor = actorOf(req);
    return presentLiaisonForm(await getLiaisonForm(ctx.db, actor, req.params.id), actor);
  });

  app.patch(
    '/api/liaison-forms/:id',
    { preValidation: propertySide, schema: { tags, params: idParams, body: updateLiaisonFormBody, response: { 200: liaisonFormSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const form = await inTransaction(ctx.db, (trx) => updateLiaisonForm(trx, actor, req.params.id, req.body));
      return presentLiaisonForm(await readLiaisonForm(ctx.db, form), actor);
    },
  );

  app.post(
    '/api/liaison-forms/:id/:action',
    { preValidation: eitherSide, schema: { tags, params: actionParams, body: liaisonActionBody, response: { 200: liaisonFormSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const step = await inTransaction(ctx.db, (trx) => transitionLiaisonForm(trx, actor, req.params.id, req.params.action, req.body));
      publishNotifications(ctx.notifier, step.notifications);
      return presentLiaisonForm(await readLiaisonForm(ctx.db, step.form), actor);
    },
  );
}
