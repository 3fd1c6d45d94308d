import { businessDate } from '@guanjia/domain';
import { inTransaction, type DbOrTx } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import './messages.js';
import { assignMilestoneOwner } from './assign-milestone-owner.js';
import { createEquipmentItem } from './create-equipment-item.js';
import { getEquipmentItem } from './get-equipment-item.js';
import { getOpeningReadiness } from './get-opening-readiness.js';
import { listOpeningReadinessOverview } from './list-opening-readiness-overview.js';
import { markMilestoneDone } from './mark-milestone-done.js';
import { OPENING_DATES_WRITER_ROLES, READINESS_READER_ROLES, READINESS_WORKER_ROLES, userNames, type OpeningMilestoneRow } from './opening-readiness-access.js';
import { presentMilestone } from './present-opening-readiness.js';
import { removeEquipmentItem } from './remove-equipment-item.js';
import { reopenMilestone } from './reopen-milestone.js';
import {
  assignMilestoneBody,
  createEquipmentItemBody,
  equipmentActionBody,
  equipmentActionParams,
  equipmentItemDetailSchema,
  idParams,
  markMilestoneDoneBody,
  milestoneSchema,
  overviewSchema,
  projectQuery,
  readinessSchema,
  removeEquipmentItemQuery,
  reopenMilestoneBody,
  setOpeningDatesBody,
  updateEquipmentItemBody,
} from './schemas.js';
import { setOpeningDates } from './set-opening-dates.js';
import { transitionEquipmentItem } from './transition-equipment-item.js';
import { updateEquipmentItem } from './update-equipment-item.js';

const tags = ['opening-readiness'];
const base = '/api/opening-readiness';
const readers = rolesOnly(...READINESS_READER_ROLES);
const dateWriters = rolesOnly(...OPENING_DATES_WRITER_ROLES);
const workers = rolesOnly(...READINESS_WORKER_ROLES);

async function milestoneView(db: DbOrTx, row: OpeningMilestoneRow) {
  return presentMilestone(row, businessDate(new Date()), await userNames(db, [row.owner_id, row.done_by]));
}

/** 配合会所、样板房展示开放: opening dates, their milestones and the equipment configuration lists. */
export async function openingReadinessRoutes(app: App, ctx: AppContext) {
  app.get(base, { preValidation: readers, schema: { tags, querystring: projectQuery, response: { 200: readinessSchema } } }, async (req) =>
    getOpeningReadiness(ctx.db, actorOf(req), req.query.projectId),
  );

  app.get(`${base}/overview`, { preValidation: readers, schema: { tags, response: { 200: overviewSchema } } }, async (req) => listOpeningReadinessOverview(ctx.db, actorOf(req)));

  app.put(`${base}/dates`, { preValidation: dateWriters, schema: { tags, body: setOpeningDatesBody, response: { 200: readinessSchema } } }, async (req) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => setOpeningDates(trx, actor, req.body));
    return getOpeningReadiness(ctx.db, actor, req.body.projectId);
  });

  app.post(
    `${base}/milestones/:id/assign`,
    { preValidation: workers, schema: { tags, params: idParams, body: assignMilestoneBody, response: { 200: milestoneSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return milestoneView(ctx.db, await inTransaction(ctx.db, (trx) => assignMilestoneOwner(trx, actor, req.params.id, req.body)));
    },
  );

  app.post(
    `${base}/milestones/:id/done`,
    { preValidation: workers, schema: { tags, params: idParams, body: markMilestoneDoneBody, response: { 200: milestoneSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return milestoneView(ctx.db, await inTransaction(ctx.db, (trx) => markMilestoneDone(trx, actor, req.params.id, req.body)));
    },
  );

  app.post(
    `${base}/milestones/:id/reopen`,
    { preValidation: workers, schema: { tags, params: idParams, body: reopenMilestoneBody, response: { 200: milestoneSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return milestoneView(ctx.db, await inTransaction(ctx.db, (trx) => reopenMilestone(trx, actor, req.params.id, req.body)));
    },
  );

  app.post(`${base}/equipment`, { preValidation: workers, schema: { tags, body: createEquipmentItemBody, response: { 201: equipmentItemDetailSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const item = await inTransaction(ctx.db, (trx) => createEquipmentItem(trx, actor, req.body));
    return reply.status(201).send(await getEquipmentItem(ctx.db, actor, item.id));
  });

  app.get(`${base}/equipment/:id`, { preValidation: readers, schema: { tags, params: idParams, response: { 200: equipmentItemDetailSchema } } }, async (req) =>
    getEquipmentItem(ctx.db, actorOf(req), req.params.id),
  );

  app.patch(
    `${base}/equipment/:id`,
    { preValidation: workers, schema: { tags, params: idParams, body: updateEquipmentItemBody, response: { 200: equipmentItemDetailSchema } } },
    async (req) => {
      const actor = actorOf(req);
      await inTransaction(ctx.db, (trx) => updateEquipmentItem(trx, actor, req.params.id, req.body));
      return getEquipmentItem(ctx.db, actor, req.params.id);
    },
  );

  app.delete(
    `${base}/equipment/:id`,
    { preValidation: workers, schema: { tags, params: idParams, querystring: removeEquipmentItemQuery } },
    async (req, reply) => {
      const actor = actorOf(req);
      await inTransaction(ctx.db, (trx) => removeEquipmentItem(trx, actor, req.params.id, req.query.version));
      return reply.status(204).send();
    },
  );

  app.post(
    `${base}/equipment/:id/:action`,
    { preValidation: workers, schema: { tags, params: equipmentActionParams, body: equipmentActionBody, response: { 200: equipmentItemDetailSchema } } },
    async (req) => {
      const actor = actorOf(req);
      await inTransaction(ctx.db, (trx) => transitionEquipmentItem(trx, actor, req.params.id, req.params.action, req.body));
      return getEquipmentItem(ctx.db, actor, req.params.id);
    },
  );
}
