import type { AuditTables } from '../../modules/audit/tables.js';
import type { PersonalDataTables } from '../../modules/personal-data/tables.js';
import type { LifeSecretaryTables } from '../../modules/life-secretary/tables.js';
import type { OwnerVisitTables } from '../../modules/owner-visits/tables.js';
import type { CarePlanTables } from '../../modules/care-plans/tables.js';
import type { ApprovalTables } from '../../modules/approvals/tables.js';
import type { AuthTables } from '../../modules/auth/tables.js';
import type { BuildingTables } from '../../modules/buildings/tables.js';
import type { FileTables } from '../../modules/files/tables.js';
import type { HouseholdTables } from '../../modules/households/tables.js';
import type { NotificationTables } from '../../modules/notifications/tables.js';
import type { OrgTables } from '../../modules/org/tables.js';
import type { StaffTables } from '../../modules/staff/tables.js';
import type { VendorTables } from '../../modules/vendors/tables.js';
import type { CalendarTables } from '../../modules/calendar/tables.js';
import type { ServiceCatalogTables } from '../../modules/service-catalog/tables.js';
import type { WorkOrderTables } from '../../modules/work-orders/tables.js';
import type { VenueTables } from '../../modules/venues/tables.js';
import type { ReceptionTables } from '../../modules/reception/tables.js';
import type { KnowledgeTables } from '../../modules/knowledge/tables.js';
import type { DailyCheckTables } from '../../modules/daily-checks/tables.js';
import type { ExternalWorkerTables } from '../../modules/external-workers/tables.js';
import type { LiaisonFormTables } from '../../modules/liaison-forms/tables.js';
import type { SalesMeetingTables } from '../../modules/sales-meetings/tables.js';
import type { EventPlanTables } from '../../modules/event-plans/tables.js';
import type { OpeningReadinessTables } from '../../modules/opening-readiness/tables.js';
import type { SalesPreparationTables } from '../../modules/sales-preparation/tables.js';
import type { ShowcaseTables } from '../../modules/showcase/tables.js';
import type { EtiquetteDrillTables } from '../../modules/etiquette-drills/tables.js';
import type { TrainingTables } from '../../modules/training/tables.js';
import type { OwnerInvitationTables } from '../../modules/owner-invitations/tables.js';
import type { DealTables } from '../../modules/deals/tables.js';
import type { OwnerDocumentTables } from '../../modules/owner-documents/tables.js';
import type { QuestionnaireTables } from '../../modules/questionnaires/tables.js';
import type { ServiceProfileTables } from '../../modules/service-profiles/tables.js';
import type { MessagingTables } from '../../modules/messaging/tables.js';
import type { LifeInfoTables } from '../../modules/life-info/tables.js';
import type { ConsentTables } from '../../modules/consents/tables.js';
import type { SalesChannelTables } from '../../modules/sales-channel/tables.js';
import type { JobsTables } from '../jobs/tables.js';
import type { SequencesTables } from '../sequences/tables.js';

/** Every table, composed from the feature modules that own them. */
export interface Database
  extends OrgTables,
    BuildingTables,
    StaffTables,
    VendorTables,
    HouseholdTables,
    AuthTables,
    AuditTables,
    NotificationTables,
    ApprovalTables,
    FileTables,
    JobsTables,
    SequencesTables,
    CalendarTables,
    ServiceCatalogTables,
    WorkOrderTables,
    VenueTables,
    ReceptionTables,
    KnowledgeTables,
    DailyCheckTables,
    ExternalWorkerTables,
    LiaisonFormTables,
    SalesMeetingTables,
    EventPlanTables,
    OpeningReadinessTables,
    SalesPreparationTables,
    ShowcaseTables,
    EtiquetteDrillTables,
    TrainingTables,
    OwnerInvitationTables,
    DealTables,
    OwnerDocumentTables,
    QuestionnaireTables,
    ServiceProfileTables,
    MessagingTables,
    LifeInfoTables,
    ConsentTables,
    SalesChannelTables,
    CarePlanTables,
    OwnerVisitTables,
    LifeSecretaryTables,
    PersonalDataTables {}
