import { Route, Routes } from 'react-router';
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
import { WORK_ORDER_DESK_ROLES } from '@guanjia/domain/work-orders/work-order-flow';
import { HomePage } from './HomePage';
import { StaffLayout } from './StaffLayout';
import { AdminOnly, FullPageError, FullPageSpin, NotFound, RoleOnly } from './StatusPages';

export function StaffRoutes() {
  return (
    <Routes>
      <Route path="login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth
            kind="staff"
            loginPath="/login"
            otherHome="/h5/"
            loading={<FullPageSpin />}
            renderError={(error, retry) => <FullPageError error={error} onRetry={retry} />}
          >
            <ProjectProvider>
              <StaffLayout />
            </ProjectProvider>
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="approvals" element={<ApprovalsPage />} />
        <Route path="work-orders" element={<WorkOrdersPage />} />
        <Route path="work-orders/new" element={<NewWorkOrderPage />} />
        <Route path="work-orders/:id" element={<WorkOrderDetailPage />} />
        <Route path="return-visits" element={<ReturnVisitsPage />} />
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
