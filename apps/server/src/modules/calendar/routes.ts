import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { inTransaction, type Tx } from '../../platform/db/transaction.js';
import { clearCalendarYearComplete } from './clear-calendar-year-complete.js';
import { getEarliestServiceDate } from './get-earliest-service-date.js';
import { importCalendarYear } from './import-calendar-year.js';
import { listCalendarDays } from './list-calendar-days.js';
import { markCalendarYearComplete } from './mark-calendar-year-complete.js';
import './messages.js';
import { receiveHolidayFile } from './receive-holiday-file.js';
import { removeCalendarDay } from './remove-calendar-day.js';
import {
  calendarDaySchema,
  calendarDaysQuery,
  calendarYearSchema,
  dateParams,
  earliestServiceDateQuery,
  earliestServiceDateSchema,
  importYearBody,
  putDayBody,
  yearParams,
} from './schemas.js';
import { setCalendarDay } from './set-calendar-day.js';
import { invalidateWorkingCalendar } from './working-calendar-cache.js';

/** One national calendar per installation: company administrators do not edit it. */
const systemAdminOnly = rolesOnly('systemAdmin');

export async function calendarRoutes(app: App, ctx: AppContext) {
  const tags = ['calendar'];

  /** Runs a calendar write, then drops the cached calendar once the change is committed. */
  async function write<T>(fn: (trx: Tx) => Promise<T>): Promise<T> {
    const result = await inTransaction(ctx.db, fn);
    invalidateWorkingCalendar();
    return result;
  }

  app.get(
    '/api/calendar/earliest-service-date',
    { config: { public: true }, schema: { tags, querystring: earliestServiceDateQuery, response: { 200: earliestServiceDateSchema } } },
    async (req) => getEarliestServiceDate(ctx.db, req.query),
  );

  app.get(
    '/api/calendar/days',
    { config: { public: true }, schema: { tags, querystring: calendarDaysQuery, response: { 200: calendarYearSchema } } },
    async (req) => listCalendarDays(ctx.db, req.query.year),
  );

  app.post(
    '/api/calendar/years/:year/import',
    { preValidation: systemAdminOnly, schema: { tags, params: yearParams, body: importYearBody, response: { 200: calendarYearSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return write((trx) => importCalendarYear(trx, actor, req.params.year, req.body));
    },
  );

  app.post(
    '/api/calendar/years/:year/import-file',
    { preValidation: systemAdminOnly, schema: { tags, params: yearParams, consumes: ['multipart/form-data'], response: { 200: calendarYearSchema } } },
    async (req) => {
      const actor = actorOf(req);
      const input = await receiveHolidayFile(req);
      return write((trx) => importCalendarYear(trx, actor, req.params.year, input));
    },
  );

  app.post(
    '/api/calendar/years/:year/complete',
    { preValidation: systemAdminOnly, schema: { tags, params: yearParams, response: { 200: calendarYearSchema } } },
    async (req) => {
      const actor = actorOf(req);
      return write((trx) => markCalendarYearComplete(trx, actor, req.params.year));
    },
  );

  app.delete(
    '/api/calendar/years/:year/complete',
    { preValidation: systemAdminOnly, schema: { tags, params: yearParams } },
    async (req, reply) => {
      const actor = actorOf(req);
      await write((trx) => clearCalendarYearComplete(trx, actor, req.params.year));
      return reply.status(204).send();
    },
  );

  app.put(
    '/api/calendar/days/:date',
    { preValidation: systemAdminOnly, schema: { tags, params: dateParams, body: putDayBody, response: { 200: calendarDaySchema } } },
    async (req) => {
      const actor = actorOf(req);
      return write((trx) => setCalendarDay(trx, actor, req.params.date, req.body));
    },
  );

  app.delete(
    '/api/calendar/days/:date',
    { preValidation: systemAdminOnly, schema: { tags, params: dateParams } },
    async (req, reply) => {
      const actor = actorOf(req);
      await write((trx) => removeCalendarDay(trx, actor, req.params.date));
      return reply.status(204).send();
    },
  );
}
