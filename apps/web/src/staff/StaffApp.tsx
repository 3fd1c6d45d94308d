import type { ReactNode } from 'react';
import { Outlet, Route, Routes } from 'react-router';
import { AntdProvider } from '../ui/AntdProvider';
import { RequireAuth } from '../ui/auth';
import { ProjectProvider } from '../ui/project';
import { LoginPage } from '../features/auth/LoginPage';
import { ApprovalsPage } from '../features/approvals/ApprovalsPage';
import { ApprovalChainsPage } from '../features/approvals/ApprovalChainsPage';
import { RegionsPage } from '../features/org/RegionsPage';
import { DevelopersPage } from '../features/org/DevelopersPage';
import { ProjectsPage } from '../features/org/ProjectsPage';
import { ProjectDetailPage } from '../features/org/ProjectDetailPage';
import { HouseholdDetailPage } from '../features/org/HouseholdDetailPage';
import { UsersPage } from '../features/staff/UsersPage';
import { VendorsPage } from '../features/vendors/VendorsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { ServiceCatalogPage } from '../features/service-catalog/ServiceCatalogPage';
import { WorkOrdersPage } from '../features/work-orders/WorkOrdersPage';
import { NewWorkOrderPage } from '../features/work-orders/NewWorkOrderPage';
import { WorkOrderDetailPage } from '../features/work-orders/WorkOrderDetailPage';
import { ReturnVisitsPage } from '../features/work-orders/ReturnVisitsPage';
import { VenuesPage } from '../features/venues/VenuesPage';
import { ReceptionBoardPage } from '../features/reception/ReceptionBoardPage';
import { ConsultantPage } from '../features/reception/ConsultantPage';
import { VisitsPage } from '../features/reception/VisitsPage';
import { ReceptionSettingsPage } from '../features/reception/ReceptionSettingsPage';
import { KnowledgePage } from '../features/knowledge/KnowledgePage';
import { ConsultationDeskPage } from '../features/knowledge/ConsultationDeskPage';
import { DailyChecksPage } from '../features/daily-checks/DailyChecksPage';
import { ExternalWorkersPage } from '../features/external-workers/ExternalWorkersPage';
import { LiaisonFormsPage } from '../features/liaison-forms/LiaisonFormsPage';
import { SalesMeetingsPage } from '../features/sales-meetings/SalesMeetingsPage';
import { CarePlanPage } from '../features/care-plans/CarePlanPage';
import { OwnerVisitPage } from '../features/owner-visits/OwnerVisitPage';
import { LifeSecretaryPage } from '../features/life-secretary/LifeSecretaryPage';
import { PersonalDataPage } from '../features/personal-data/PersonalDataPage';
import { SalesDashboardPage } from '../features/sales-dashboard/SalesDashboardPage';
import { OpeningReadinessPage } from '../features/opening-readiness/OpeningReadinessPage';
import { EventPlansPage } from '../features/event-plans/EventPlansPage';
import { EventPlanDetailPage } from '../features/event-plans/EventPlanDetailPage';
import { SalesPreparationPage } from '../features/sales-preparation/SalesPreparationPage';
import { ShowcasePage } from '../features/showcase/ShowcasePage';
import { ShowcaseScreenPage } from '../features/showcase/ShowcaseScreenPage';
import { EtiquetteDrillsPage } from '../features/etiquette-drills/EtiquetteDrillsPage';
import { DealsPage } from '../features/deals/DealsPage';
import { OwnerDocumentsPage } from '../features/owner-documents/OwnerDocumentsPage';
import { QuestionnairesPage } from '../features/questionnaires/QuestionnairesPage';
import { ServiceProfilePage } from '../features/service-profiles/ServiceProfilePage';
import { MessagingPage } from '../features/messaging/MessagingPage';
import { LifeInfoPage } from '../features/life-info/LifeInfoPage';
import { SalesChannelPage } from '../features/sales-channel/SalesChannelPage';
import { TrainingPage } from '../features/training/TrainingPage';
import { WORK_ORDER_DESK_ROLES } from '@guanjia/domain/work-orders/work-order-flow';
import { HomePage } from './HomePage';
import { StaffLayout } from './StaffLayout';
import { AdminOnly, FullPageError, FullPageSpin, NotFound, RoleOnly } from './StatusPages';

/** A signed-in staff member with a current project; otherwise the login page. */
function StaffSession({ children }: { children: ReactNode }) {
  return (
    <RequireAuth kind="staff" loginPath="/login" otherHome="/h5/" loading={<FullPageSpin />} renderError={(error, retry) => <FullPageError error={error} onRetry={retry} />}>
      <ProjectProvider>{children}</ProjectProvider>
    </RequireAuth>
  );
}

export function StaffRoutes() {
  return (
    <Routes>
      <Route path="login" element={<LoginPage />} />
      {/* Full-screen pages: the reception board on the sales center's tablet and the consultant's phone page. */}
      <Route
        element={
          <StaffSession>
            <Outlet />
          </StaffSession>
        }
      >
        <Route path="reception" element={<ReceptionBoardPage />} />
        <Route path="reception/my" element={<ConsultantPage />} />
        <Route path="showcase/screen" element={<ShowcaseScreenPage />} />
      </Route>
      <Route
        element={
          <StaffSession>
            <StaffLayout />
          </StaffSession>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="approvals" element={<ApprovalsPage />} />
        <Route path="approvals/:id" element={<ApprovalsPage />} />
        <Route path="work-orders" element={<WorkOrdersPage />} />
        <Route path="work-orders/new" element={<NewWorkOrderPage />} />
        <Route path="work-orders/:id" element={<WorkOrderDetailPage />} />
        <Route path="return-visits" element={<ReturnVisitsPage />} />
        <Route path="reception/visits" element={<VisitsPage />} />
        <Route path="reception/settings" element={<ReceptionSettingsPage />} />
        <Route path="knowledge" element={<KnowledgePage />} />
        <Route path="consultation-desk" element={<ConsultationDeskPage />} />
        <Route path="daily-checks" element={<DailyChecksPage />} />
        <Route path="external-workers" element={<ExternalWorkersPage />} />
        <Route path="liaison-forms" element={<LiaisonFormsPage />} />
        <Route path="sales-meetings" element={<SalesMeetingsPage />} />
        <Route path="sales-dashboard" element={<SalesDashboardPage />} />
        <Route path="opening-readiness" element={<OpeningReadinessPage />} />
        <Route path="event-plans" element={<EventPlansPage />} />
        <Route path="event-plans/:id" element={<EventPlanDetailPage />} />
        <Route path="sales-preparation" element={<SalesPreparationPage />} />
        <Route path="showcase" element={<ShowcasePage />} />
        <Route path="etiquette-drills" element={<EtiquetteDrillsPage />} />
        <Route path="training" element={<TrainingPage />} />
        <Route path="sales-channel" element={<SalesChannelPage />} />
        <Route path="deals" element={<DealsPage />} />
        <Route path="owner-documents" element={<OwnerDocumentsPage />} />
        <Route path="questionnaires" element={<QuestionnairesPage />} />
        <Route path="households/:householdId/profile" element={<ServiceProfilePage />} />
        <Route path="messaging" element={<MessagingPage />} />
        <Route path="life-info" element={<LifeInfoPage />} />
        <Route path="personal-data" element={<PersonalDataPage />} />
        <Route path="life-secretary" element={<LifeSecretaryPage />} />
        <Route path="owner-visits" element={<OwnerVisitPage />} />
        <Route path="care-plans" element={<CarePlanPage />} />
        <Route path="venues" element={<RoleOnly roles={[...WORK_ORDER_DESK_ROLES]}><VenuesPage /></RoleOnly>} />
        <Route path="service-catalog" element={<RoleOnly roles={['companyAdmin', 'systemAdmin', 'serviceCenterManager']}><ServiceCatalogPage /></RoleOnly>} />
        <Route path="org/regions" element={<AdminOnly><RegionsPage /></AdminOnly>} />
        <Route path="org/developers" element={<AdminOnly><DevelopersPage /></AdminOnly>} />
        <Route path="org/approval-chains" element={<RoleOnly roles={['companyAdmin']}><ApprovalChainsPage /></RoleOnly>} />
        <Route path="org/projects" element={<AdminOnly><ProjectsPage /></AdminOnly>} />
        <Route path="org/projects/:projectId/households/:householdId" element={<AdminOnly><HouseholdDetailPage /></AdminOnly>} />
        <Route path="org/projects/:projectId/:tab?" element={<AdminOnly><ProjectDetailPage /></AdminOnly>} />
        <Route path="staff" element={<AdminOnly><UsersPage /></AdminOnly>} />
        <Route path="vendors" element={<AdminOnly><VendorsPage /></AdminOnly>} />
        <Route path="org/calendar" element={<RoleOnly roles={['systemAdmin']}><CalendarPage /></RoleOnly>} />
        <Route path="audit" element={<AdminOnly allowAudit><AuditPage /></AdminOnly>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

export function StaffApp() {
  return (
    <AntdProvider>
      <StaffRoutes />
    </AntdProvider>
  );
}

export default StaffApp;
