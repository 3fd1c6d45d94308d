import { businessDate, WORK_ORDER_DESK_ROLES } from '@guanjia/domain';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { rolesOnly } from '../../platform/http/guards.js';
import { compiledResponse } from '../../platform/http/serializer.js';
import { exportWorkOrders } from './export-work-orders.js';
import { listReturnVisits } from './list-return-visits.js';
import { exportWorkOrdersQuery, keysetPageOf, listWorkOrdersQuery, workOrderRowSchema } from './list-schemas.js';
import { listWorkOrders } from './list-work-orders.js';
import { listReturnVisitsQuery, returnVisitRowSchema } from './return-visit-schemas.js';
import { returnVisitRoutes } from './return-visit-routes.js';
import { WORK_ORDER_LIST_ROLES } from './work-order-filters.js';
import './list-messages.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Following orders up: the lists, the Excel export and the return visits (回访). */
export async function workOrderFollowUpRoutes(app: App, ctx: AppContext) {
  const tags = ['work-orders'];
  const listReaders = rolesOnly(...WORK_ORDER_LIST_ROLES);

  app.get(
    '/api/work-orders',
    {
      preValidation: listReaders,
      schema: {
        tags,
        summary: 'Work orders, newest first, keyset-paged (pass nextCursor back as cursor); technicians and vendor staff see only theirs and their pool',
        querystring: listWorkOrdersQuery,
        response: { 200: compiledResponse(keysetPageOf(workOrderRowSchema)) },
      },
    },
    async (req) => listWorkOrders(ctx.db, actorOf(req), req.query),
  );

  app.get(
    '/api/work-orders/export.xlsx',
    {
      preValidation: listReaders,
      schema: { tags, summary: 'The filtered list as an Excel file (at most 10,000 rows; phones always masked)', querystring: exportWorkOrdersQuery },
    },
    async (req, reply) => {
      const result = await exportWorkOrders(ctx.db, actorOf(req), req.query, req.locale);
      const name = `work-orders-${businessDate(new Date())}.xlsx`;
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('x-export-rows', String(result.rows))
        .header('x-export-truncated', String(result.truncated))
        .send(result.file);
    },
  );

  app.get(
    '/api/return-visits',
    {
      preValidation: rolesOnly(...WORK_ORDER_DESK_ROLES),
      schema: {
        tags,
        summary: 'Return visits (回访) to make or made, the most urgent first; keyset-paged',
        querystring: listReturnVisitsQuery,
        response: { 200: keysetPageOf(returnVisitRowSchema) },
      },
    },
    async (req) => listReturnVisits(ctx.db, actorOf(req), req.query),
  );

  await returnVisitRoutes(app, ctx);
}
