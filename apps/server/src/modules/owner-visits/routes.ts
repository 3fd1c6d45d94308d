import { businessDate } from '@guanjia/domain';
import { OWNER_VISIT_MANAGER_ROLES, OWNER_VISIT_READER_ROLES, OWNER_VISIT_RECORDER_ROLES } from '@guanjia/domain/owner-visits/index';
import { inTransaction } from '../../platform/db/transaction.js';
import type { App, AppContext } from '../../platform/http/app.js';
import { actorOf } from '../../platform/http/app.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { rolesOnly } from '../../platform/http/guards.js';
import type { NotificationRow } from '../notifications/notify.js';
import { publishNotifications } from '../notifications/publish-notifications.js';
import './messages.js';
import { assignHouseholdButlers } from './assign-household-butlers.js';
import { exportOwnerVisits } from './export-owner-visits.js';
import { getVisitCoverage } from './get-visit-coverage.js';
import { isVisitManager } from './household-butler.js';
import { listHouseholdButlers } from './list-household-butlers.js';
import { listOwnerVisits, readOwnerVisit } from './list-owner-visits.js';
import { listVisitSchedule, presentCadence } from './list-visit-schedule.js';
import { planOwnerVisit } from './plan-owner-visit.js';
import { recordOwnerVisit } from './record-owner-visit.js';
import {
  assignButlersBody,
  assignmentPageSchema,
  assignResultSchema,
  coverageSchema,
  exportVisitsQuery,
  householdParams,
  listAssignmentsQuery,
  listVisitsQuery,
  planSchema,
  planVisitBody,
  projectParams,
  recordVisitBody,
  schedulePageSchema,
  scheduleQuery,
  settingsSchema,
  updateSettingsBody,
  visitPageSchema,
  visitSchema,
} from './schemas.js';
import { updateVisitSettings } from './update-visit-settings.js';
import { readVisitSettings, type VisitSettings } from './visit-settings.js';

const tags = ['owner-visits'];
const readers = rolesOnly(...OWNER_VISIT_READER_ROLES);
const recorders = rolesOnly(...OWNER_VISIT_RECORDER_ROLES);
const managers = rolesOnly(...OWNER_VISIT_MANAGER_ROLES);

/** 定期回访: who looks after which household, the schedule, the visits and this quarter's coverage. */
export async function ownerVisitRoutes(app: App, ctx: AppContext) {
  const settingsView = (projectId: string, s: VisitSettings, canEdit: boolean) => ({ projectId, cadence: presentCadence(s.cadence), version: s.version, updatedAt: s.updatedAt, canEdit });

  app.get('/api/projects/:projectId/owner-visit-settings', { preValidation: readers, schema: { tags, params: projectParams, response: { 200: settingsSchema } } }, async (req) => {
    const actor = actorOf(req);
    assertProjectVisible(actor, req.params.projectId, 'entity.project');
    return settingsView(req.params.projectId, await readVisitSettings(ctx.db, req.params.projectId), isVisitManager(actor));
  });

  app.put(
    '/api/projects/:projectId/owner-visit-settings',
    { preValidation: managers, schema: { tags, params: projectParams, body: updateSettingsBody, response: { 200: settingsSchema } } },
    async (req) => settingsView(req.params.projectId, await inTransaction(ctx.db, (trx) => updateVisitSettings(trx, actorOf(req), req.params.projectId, req.body)), true),
  );

  app.get(
    '/api/projects/:projectId/household-butlers',
    { preValidation: readers, schema: { tags, params: projectParams, querystring: listAssignmentsQuery, response: { 200: assignmentPageSchema } } },
    async (req) => listHouseholdButlers(ctx.db, actorOf(req), req.params.projectId, req.query),
  );

  app.post(
    '/api/projects/:projectId/household-butlers',
    { preValidation: managers, schema: { tags, params: projectParams, body: assignButlersBody, response: { 200: assignResultSchema } } },
    async (req) => inTransaction(ctx.db, (trx) => assignHouseholdButlers(trx, actorOf(req), req.params.projectId, req.body)),
  );

  app.get(
    '/api/projects/:projectId/owner-visit-schedule',
    { preValidation: readers, schema: { tags, params: projectParams, querystring: scheduleQuery, response: { 200: schedulePageSchema } } },
    async (req) => listVisitSchedule(ctx.db, actorOf(req), req.params.projectId, req.query, req.locale),
  );

  app.put(
    '/api/households/:householdId/owner-visit-plan',
    { preValidation: recorders, schema: { tags, params: householdParams, body: planVisitBody, response: { 200: planSchema } } },
    async (req) => inTransaction(ctx.db, (trx) => planOwnerVisit(trx, actorOf(req), req.params.householdId, req.body)),
  );

  app.post(
    '/api/households/:householdId/owner-visits',
    { preValidation: recorders, schema: { tags, params: householdParams, body: recordVisitBody, response: { 201: visitSchema } } },
    async (req, reply) => {
      const notices: NotificationRow[] = [];
      const visit = await inTransaction(ctx.db, (trx) => recordOwnerVisit(trx, actorOf(req), req.params.householdId, req.body, new Date(), notices));
      publishNotifications(ctx.notifier, notices);
      return reply.status(201).send(await readOwnerVisit(ctx.db, visit.id));
    },
  );

  app.get(
    '/api/projects/:projectId/owner-visits',
    { preValidation: readers, schema: { tags, params: projectParams, querystring: listVisitsQuery, response: { 200: visitPageSchema } } },
    async (req) => listOwnerVisits(ctx.db, actorOf(req), req.params.projectId, req.query),
  );

  app.get('/api/projects/:projectId/owner-visits/export', { preValidation: readers, schema: { tags, params: projectParams, querystring: exportVisitsQuery } }, async (req, reply) => {
    const csv = await exportOwnerVisits(ctx.db, actorOf(req), req.params.projectId, req.query, req.locale);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="owner-visits-${businessDate(new Date())}.csv"`)
      .send(csv);
  });

  app.get(
    '/api/projects/:projectId/owner-visit-coverage',
    { preValidation: readers, schema: { tags, params: projectParams, response: { 200: coverageSchema } } },
    async (req) => getVisitCoverage(ctx.db, actorOf(req), req.params.projectId, req.locale),
  );
}
