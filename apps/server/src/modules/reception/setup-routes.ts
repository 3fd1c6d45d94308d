import { z } from 'zod';
import { DUTY_ROSTER_ROLES, RECEPTION_ANY_ROLES, RECEPTION_READ_ROLES, RECEPTION_SETTINGS_ROLES, RECEPTION_STEP_ROLES } from '@guanjia/domain/reception/index';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { createReferenceService } from './create-reference-service.js';
import { getDutyRoster } from './get-duty-roster.js';
import { getReceptionSettings } from './get-reception-settings.js';
import { listReferenceServices, type ReferenceServiceRow } from './list-reference-services.js';
import { listServiceRecords } from './list-service-records.js';
import { publishBoard } from './publish-board.js';
import { findVisibleSalesCenter, listHosts } from './reception-access.js';
import { recordService } from './record-service.js';
import {
  centerDayQuery,
  centerQuery,
  createServiceBody,
  hostsSchema,
  idParams,
  projectQuery,
  recordServiceBody,
  referenceServiceSchema,
  rosterSchema,
  serviceRecordSchema,
  setRosterBody,
  settingsSchema,
  updateServiceBody,
  updateSettingsBody,
} from './schemas.js';
import { setDutyRoster } from './set-duty-roster.js';
import { updateReceptionSettings } from './update-reception-settings.js';
import { updateReferenceService } from './update-reference-service.js';

const tags = ['reception'];
const readers = rolesOnly(...RECEPTION_READ_ROLES);
const anyReception = rolesOnly(...RECEPTION_ANY_ROLES);
const settingsAdmins = rolesOnly(...RECEPTION_SETTINGS_ROLES);
const rosterKeepers = rolesOnly(...DUTY_ROSTER_ROLES);
const stepRecorders = rolesOnly(...RECEPTION_STEP_ROLES);

const presentService = (s: ReferenceServiceRow) => ({
  id: s.id,
  projectId: s.project_id,
  number: s.number,
  name: s.name,
  enabled: s.enabled === 1,
  origin: s.origin,
  version: s.version,
});

/** The sales center's set-up: alert threshold, duty roster, reference services and their records, the people visitors go to. */
export async function setupRoutes(app: App, ctx: AppContext) {
  app.get('/api/reception/settings', { preValidation: readers, schema: { tags, querystring: centerQuery, response: { 200: settingsSchema } } }, async (req) => {
    const center = await findVisibleSalesCenter(ctx.db, actorOf(req), req.query.salesCenterId);
    return getReceptionSettings(ctx.db, center.id);
  });

  app.put('/api/reception/settings', { preValidation: settingsAdmins, schema: { tags, body: updateSettingsBody, response: { 200: settingsSchema } } }, async (req) => {
    const actor = actorOf(req);
    const settings = await inTransaction(ctx.db, (trx) => updateReceptionSettings(trx, actor, req.body));
    publishBoard(ctx.notifier, settings.salesCenterId, 'settings');
    return settings;
  });

  app.get('/api/reception/roster', { preValidation: readers, schema: { tags, querystring: centerDayQuery, response: { 200: rosterSchema } } }, async (req) =>
    getDutyRoster(ctx.db, actorOf(req), req.query.salesCenterId, req.query.date),
  );

  app.put('/api/reception/roster', { preValidation: rosterKeepers, schema: { tags, body: setRosterBody, response: { 200: rosterSchema } } }, async (req) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => setDutyRoster(trx, actor, req.body));
    publishBoard(ctx.notifier, req.body.salesCenterId, 'roster');
    return getDutyRoster(ctx.db, actor, req.body.salesCenterId, req.body.date);
  });

  app.get('/api/reception/hosts', { preValidation: anyReception, schema: { tags, querystring: projectQuery, response: { 200: hostsSchema } } }, async (req) => {
    const actor = actorOf(req);
    assertProjectVisible(actor, req.query.projectId, 'entity.project');
    return { items: await listHosts(ctx.db, actor.companyId, req.query.projectId) };
  });

  app.get(
    '/api/reception/services',
    { preValidation: readers, schema: { tags, querystring: projectQuery, response: { 200: z.object({ items: z.array(referenceServiceSchema) }) } } },
    async (req) => ({ items: (await listReferenceServices(ctx.db, actorOf(req), req.query.projectId)).map(presentService) }),
  );

  app.post('/api/reception/services', { preValidation: settingsAdmins, schema: { tags, body: createServiceBody, response: { 201: referenceServiceSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    return reply.status(201).send(presentService(await inTransaction(ctx.db, (trx) => createReferenceService(trx, actor, req.body))));
  });

  app.patch(
    '/api/reception/services/:id',
    { preValidation: settingsAdmins, schema: { tags, params: idParams, body: updateServiceBody, response: { 200: referenceServiceSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return presentService(await inTransaction(ctx.db, (trx) => updateReferenceService(trx, actor, req.params.id, req.body)));
    },
  );

  app.post(
    '/api/reception/service-records',
    { preValidation: stepRecorders, schema: { tags, body: recordServiceBody, response: { 201: serviceRecordSchema } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const row = await inTransaction(ctx.db, (trx) => recordService(trx, actor, req.body));
      const listed = (await listServiceRecords(ctx.db, actor, row.sales_center_id, row.record_date)).find((r) => r.id === row.id)!;
      return reply.status(201).send(listed);
    },
  );

  app.get(
    '/api/reception/service-records',
    { preValidation: readers, schema: { tags, querystring: centerDayQuery, response: { 200: z.object({ items: z.array(serviceRecordSchema) }) } } },
    async (req) => ({ items: await listServiceRecords(ctx.db, actorOf(req), req.query.salesCenterId, req.query.date) }),
  );
}
