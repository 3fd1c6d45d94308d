import { businessDate } from '@guanjia/domain';
import { DRILL_MISSED_READER_ROLES, DRILL_PAGE_ROLES, DRILL_RECORDER_ROLES, DRILL_SETTINGS_ROLES, DRILL_TIMETABLE_ROLES } from '@guanjia/domain/etiquette-drills/drill-rules';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import './messages.js';
import { createPeakPeriod } from './create-peak-period.js';
import { getDrillSettings, presentPeakPeriod } from './get-drill-settings.js';
import { getDrillTimetable } from './get-drill-timetable.js';
import { listDrillDays } from './list-drill-days.js';
import { listMissedDrills } from './list-missed-drills.js';
import { recordDrill } from './record-drill.js';
import { removePeakPeriod } from './remove-peak-period.js';
import {
  centerQuery,
  historySchema,
  idParams,
  missedListSchema,
  missedQuery,
  peakPeriodBody,
  peakPeriodSchema,
  rangeQuery,
  recordDrillBody,
  removePeakPeriodQuery,
  setRotationBody,
  settingsSchema,
  timetableQuery,
  timetableSchema,
  updatePeakPeriodBody,
} from './schemas.js';
import { setDrillRotation } from './set-drill-rotation.js';
import { updatePeakPeriod } from './update-peak-period.js';

const tags = ['etiquette-drills'];
const base = '/api/etiquette-drills';
const timetableReaders = rolesOnly(...DRILL_TIMETABLE_ROLES);
const pageReaders = rolesOnly(...DRILL_PAGE_ROLES);
const settingsWriters = rolesOnly(...DRILL_SETTINGS_ROLES);
const recorders = rolesOnly(...DRILL_RECORDER_ROLES);
const missedReaders = rolesOnly(...DRILL_MISSED_READER_ROLES);

/** 员工礼仪演练 (4.5.4): peak sales periods, the hourly drill timetable, drill records and the missed drills. */
export async function etiquetteDrillRoutes(app: App, ctx: AppContext) {
  app.get(`${base}/timetable`, { preValidation: timetableReaders, schema: { tags, querystring: timetableQuery, response: { 200: timetableSchema } } }, async (req) =>
    getDrillTimetable(ctx.db, actorOf(req), req.query.salesCenterId, req.query.date),
  );

  app.get(`${base}/days`, { preValidation: pageReaders, schema: { tags, querystring: rangeQuery, response: { 200: historySchema } } }, async (req) =>
    listDrillDays(ctx.db, actorOf(req), req.query.salesCenterId, req.query.from, req.query.to),
  );

  app.post(`${base}/records`, { preValidation: recorders, schema: { tags, body: recordDrillBody, response: { 201: timetableSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => recordDrill(trx, actor, req.body));
    return reply.status(201).send(await getDrillTimetable(ctx.db, actor, req.body.salesCenterId, req.body.date));
  });

  app.get(`${base}/missed`, { preValidation: missedReaders, schema: { tags, querystring: missedQuery, response: { 200: missedListSchema } } }, async (req) =>
    listMissedDrills(ctx.db, actorOf(req), req.query.projectId, req.query.from, req.query.to),
  );

  app.get(`${base}/settings`, { preValidation: pageReaders, schema: { tags, querystring: centerQuery, response: { 200: settingsSchema } } }, async (req) =>
    getDrillSettings(ctx.db, actorOf(req), req.query.salesCenterId),
  );

  app.post(`${base}/peak-periods`, { preValidation: settingsWriters, schema: { tags, body: peakPeriodBody, response: { 201: peakPeriodSchema } } }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await inTransaction(ctx.db, (trx) => createPeakPeriod(trx, actor, req.body));
    return reply.status(201).send(presentPeakPeriod(row, businessDate(new Date())));
  });

  app.patch(
    `${base}/peak-periods/:id`,
    { preValidation: settingsWriters, schema: { tags, params: idParams, body: updatePeakPeriodBody, response: { 200: peakPeriodSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const row = await inTransaction(ctx.db, (trx) => updatePeakPeriod(trx, actor, req.params.id, req.body));
      return presentPeakPeriod(row, businessDate(new Date()));
    },
  );

  app.delete(`${base}/peak-periods/:id`, { preValidation: settingsWriters, schema: { tags, params: idParams, querystring: removePeakPeriodQuery } }, async (req, reply) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => removePeakPeriod(trx, actor, req.params.id, req.query.version));
    return reply.status(204).send();
  });

  app.put(`${base}/rotation`, { preValidation: settingsWriters, schema: { tags, body: setRotationBody, response: { 200: settingsSchema } } }, async (req) => {
    const actor = actorOf(req);
    await inTransaction(ctx.db, (trx) => setDrillRotation(trx, actor, req.body));
    return getDrillSettings(ctx.db, actor, req.body.salesCenterId);
  });
}
