/**
 * buildJobHandlers(deps?): JobHandlers   every job type the worker can run
 * buildJobSchedules(): Schedule[]         every recurring job
 *
 * The one registry, like platform/db/migrations.ts: a module exports its handlers as a map
 * ({ 'notifications.send': sendNotificationJob }) and its schedules as an array, and adds one line
 * to each list below. Job types are '<module>.<verb><Noun>'; a type registered twice throws at boot.
 */
import type { Notifier } from '../http/notifier.js';
import type { JobHandlers } from './job-runner.js';
import { PURGE_EXPIRED_SESSIONS, purgeExpiredSessionsJob, purgeExpiredSessionsSchedule } from './purge-expired-sessions.js';
import type { Schedule } from './schedule.js';
import { workOrderJobHandlers, workOrderJobSchedules } from '../../modules/work-orders/escalate-work-orders.js';
import { receptionJobHandlers, receptionJobSchedules } from '../../modules/reception/jobs.js';
import { liaisonFormJobHandlers, liaisonFormJobSchedules } from '../../modules/liaison-forms/jobs.js';
import { eventPlanJobHandlers, eventPlanJobSchedules } from '../../modules/event-plans/jobs.js';
import { salesPreparationJobHandlers, salesPreparationJobSchedules } from '../../modules/sales-preparation/jobs.js';
import { showcaseJobHandlers, showcaseJobSchedules } from '../../modules/showcase/jobs.js';
import { etiquetteDrillJobHandlers, etiquetteDrillJobSchedules } from '../../modules/etiquette-drills/jobs.js';
import { trainingJobHandlers, trainingJobSchedules } from '../../modules/training/jobs.js';
import { openingReadinessJobHandlers, openingReadinessJobSchedules } from '../../modules/opening-readiness/jobs.js';
import { dealJobHandlers, dealJobSchedules } from '../../modules/deals/jobs.js';
import { ownerDocumentJobHandlers, ownerDocumentJobSchedules } from '../../modules/owner-documents/jobs.js';
import { questionnaireJobHandlers, questionnaireJobSchedules } from '../../modules/questionnaires/jobs.js';
import { serviceProfileJobHandlers, serviceProfileJobSchedules } from '../../modules/service-profiles/jobs.js';
import { messagingJobHandlers, messagingJobSchedules } from '../../modules/messaging/jobs.js';
import { lifeInfoJobHandlers, lifeInfoJobSchedules } from '../../modules/life-info/jobs.js';
import { carePlanJobHandlers, carePlanJobSchedules } from '../../modules/care-plans/jobs.js';
import { ownerVisitJobHandlers, ownerVisitJobSchedules } from '../../modules/owner-visits/jobs.js';
import { lifeSecretaryJobHandlers, lifeSecretaryJobSchedules } from '../../modules/life-secretary/jobs.js';
import { personalDataJobHandlers, personalDataJobSchedules } from '../../modules/personal-data/jobs.js';
import { salesChannelJobHandlers, salesChannelJobSchedules } from '../../modules/sales-channel/jobs.js';

/** What handlers may need beyond the database (which they get per job in ctx.db). */
export interface JobDeps {
  /** Present when the worker runs inside the web process; live events then reach open streams at once. */
  notifier?: Notifier;
}

export function buildJobHandlers(deps: JobDeps = {}): JobHandlers {
  return mergeHandlers(
    { [PURGE_EXPIRED_SESSIONS]: purgeExpiredSessionsJob },
    workOrderJobHandlers(deps),
    receptionJobHandlers(deps),
    liaisonFormJobHandlers(deps),
    eventPlanJobHandlers(deps),
    openingReadinessJobHandlers(deps),
    salesPreparationJobHandlers(deps),
    showcaseJobHandlers(deps),
    etiquetteDrillJobHandlers(deps),
    trainingJobHandlers(deps),
    dealJobHandlers(deps),
    ownerDocumentJobHandlers(deps),
    questionnaireJobHandlers(deps),
    serviceProfileJobHandlers(deps),
    messagingJobHandlers(deps),
    lifeInfoJobHandlers(deps),
    salesChannelJobHandlers(deps),
    personalDataJobHandlers(deps),
    lifeSecretaryJobHandlers(deps),
    ownerVisitJobHandlers(deps),
    carePlanJobHandlers(deps),
  );
}

export function buildJobSchedules(): Schedule[] {
  return [purgeExpiredSessionsSchedule, ...workOrderJobSchedules, ...receptionJobSchedules, ...liaisonFormJobSchedules, ...eventPlanJobSchedules, ...openingReadinessJobSchedules, ...salesPreparationJobSchedules, ...showcaseJobSchedules, ...etiquetteDrillJobSchedules, ...trainingJobSchedules, ...dealJobSchedules, ...ownerDocumentJobSchedules, ...questionnaireJobSchedules, ...serviceProfileJobSchedules, ...messagingJobSchedules, ...lifeInfoJobSchedules, ...salesChannelJobSchedules, ...personalDataJobSchedules, ...lifeSecretaryJobSchedules, ...ownerVisitJobSchedules, ...carePlanJobSchedules];
}

export function mergeHandlers(...maps: JobHandlers[]): JobHandlers {
  const all: JobHandlers = {};
  for (const map of maps) {
    for (const [type, handler] of Object.entries(map)) {
      if (Object.hasOwn(all, type)) throw new Error(`job type '${type}' is registered twice`);
      all[type] = handler;
    }
  }
  return all;
}
