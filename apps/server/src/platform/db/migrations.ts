import type { Migration } from 'kysely';
import { personalDataMigrations } from '../../modules/personal-data/migrations.js';
import { lifeSecretaryMigrations } from '../../modules/life-secretary/migrations.js';
import { ownerVisitMigrations } from '../../modules/owner-visits/migrations.js';
import { carePlanMigrations } from '../../modules/care-plans/migrations.js';
import { auditMigrations } from '../../modules/audit/migrations.js';
import { approvalMigrations } from '../../modules/approvals/migrations.js';
import { authMigrations } from '../../modules/auth/migrations.js';
import { buildingMigrations } from '../../modules/buildings/migrations.js';
import { fileMigrations } from '../../modules/files/migrations.js';
import { householdMigrations } from '../../modules/households/migrations.js';
import { notificationMigrations } from '../../modules/notifications/migrations.js';
import { orgMigrations } from '../../modules/org/migrations.js';
import { staffMigrations } from '../../modules/staff/migrations.js';
import { vendorMigrations } from '../../modules/vendors/migrations.js';
import { calendarMigrations } from '../../modules/calendar/migrations.js';
import { serviceCatalogMigrations } from '../../modules/service-catalog/migrations.js';
import { workOrderMigrations } from '../../modules/work-orders/migrations.js';
import { venueMigrations } from '../../modules/venues/migrations.js';
import { receptionMigrations } from '../../modules/reception/migrations.js';
import { knowledgeMigrations } from '../../modules/knowledge/migrations.js';
import { dailyCheckMigrations } from '../../modules/daily-checks/migrations.js';
import { externalWorkerMigrations } from '../../modules/external-workers/migrations.js';
import { liaisonFormMigrations } from '../../modules/liaison-forms/migrations.js';
import { salesMeetingMigrations } from '../../modules/sales-meetings/migrations.js';
import { eventPlanMigrations } from '../../modules/event-plans/migrations.js';
import { openingReadinessMigrations } from '../../modules/opening-readiness/migrations.js';
import { salesPreparationMigrations } from '../../modules/sales-preparation/migrations.js';
import { showcaseMigrations } from '../../modules/showcase/migrations.js';
import { etiquetteDrillMigrations } from '../../modules/etiquette-drills/migrations.js';
import { trainingMigrations } from '../../modules/training/migrations.js';
import { ownerInvitationMigrations } from '../../modules/owner-invitations/migrations.js';
import { dealMigrations } from '../../modules/deals/migrations.js';
import { ownerDocumentMigrations } from '../../modules/owner-documents/migrations.js';
import { questionnaireMigrations } from '../../modules/questionnaires/migrations.js';
import { serviceProfileMigrations } from '../../modules/service-profiles/migrations.js';
import { messagingMigrations } from '../../modules/messaging/migrations.js';
import { lifeInfoMigrations } from '../../modules/life-info/migrations.js';
import { consentMigrations } from '../../modules/consents/migrations.js';
import { salesChannelMigrations } from '../../modules/sales-channel/migrations.js';
import { jobsMigrations } from '../jobs/migrations.js';
import { sequencesMigrations } from '../sequences/migrations.js';

/** All migrations, keyed by name; Kysely applies them in name order, so names start with a number. */
export const migrations: Record<string, Migration> = {
  ...orgMigrations,
  ...buildingMigrations,
  ...staffMigrations,
  ...vendorMigrations,
  ...householdMigrations,
  ...authMigrations,
  ...auditMigrations,
  ...notificationMigrations,
  ...approvalMigrations,
  ...fileMigrations,
  ...jobsMigrations,
  ...sequencesMigrations,
  ...venueMigrations,
  ...workOrderMigrations,
  ...serviceCatalogMigrations,
  ...calendarMigrations,
  ...receptionMigrations,
  ...knowledgeMigrations,
  ...dailyCheckMigrations,
  ...externalWorkerMigrations,
  ...liaisonFormMigrations,
  ...salesMeetingMigrations,
  ...eventPlanMigrations,
  ...openingReadinessMigrations,
  ...salesPreparationMigrations,
  ...showcaseMigrations,
  ...etiquetteDrillMigrations,
  ...trainingMigrations,
  ...ownerInvitationMigrations,
  ...dealMigrations,
  ...ownerDocumentMigrations,
  ...questionnaireMigrations,
  ...serviceProfileMigrations,
  ...messagingMigrations,
  ...lifeInfoMigrations,
  ...consentMigrations,
  ...salesChannelMigrations,
  ...personalDataMigrations,
  ...lifeSecretaryMigrations,
  ...ownerVisitMigrations,
  ...carePlanMigrations,
};
