import type { ReactNode } from 'react';
import {
  ApartmentOutlined,
  BookOutlined,
  CheckCircleOutlined,
  CommentOutlined,
  DashboardOutlined,
  FlagOutlined,
  RocketOutlined,
  SolutionOutlined,
  PictureOutlined,
  SafetyCertificateOutlined,
  ReadOutlined,
  DesktopOutlined,
  FileTextOutlined,
  IdcardOutlined,
  MobileOutlined,
  QuestionCircleOutlined,
  SettingOutlined,
  UnorderedListOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BranchesOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CoffeeOutlined,
  CustomerServiceOutlined,
  PhoneOutlined,
  ProfileOutlined,
  ClusterOutlined,
  HomeOutlined,
  ShopOutlined,
  TeamOutlined,
  LockOutlined,
  AlertOutlined,
  HeartOutlined,
  ToolOutlined,
  SwapOutlined,
  UserAddOutlined,
  EditOutlined,
  FormOutlined,
  MessageOutlined,
  EnvironmentOutlined,
  SmileOutlined,
} from '@ant-design/icons';
import type { AuthValue } from '../ui/auth';
import { canReadWorkOrders, isWorkOrderDesk } from '../features/work-orders/access';
import { canUseReception, isSalesConsultant } from '../features/reception/access';
import { canManageKnowledge, canUseConsultationDesk } from '../features/knowledge/access';
import { canUseDailyChecks } from '../features/daily-checks/access';
import { canUseExternalWorkers } from '../features/external-workers/access';
import { canUseLiaisonForms } from '../features/liaison-forms/access';
import { canUseSalesMeetings } from '../features/sales-meetings/access';
import { canSeeSalesDashboard } from '../features/sales-dashboard/access';
import { canSeeOpeningReadiness } from '../features/opening-readiness/access';
import { canSeeEventPlans } from '../features/event-plans/access';
import { canSeeSalesPreparation } from '../features/sales-preparation/access';
import { canSeeShowcase } from '../features/showcase/access';
import { canSeeEtiquetteDrills } from '../features/etiquette-drills/access';
import { canSeeTraining } from '../features/training/access';
import { canSeeSalesChannel } from '../features/sales-channel/access';
import { canSeeDeals } from '../features/deals/access';
import { canSeeOwnerDocuments } from '../features/owner-documents/access';
import { canSeeQuestionnaires } from '../features/questionnaires/access';
import { canSeeCarePlan } from '../features/care-plans/access';
import { canSeeOwnerVisit } from '../features/owner-visits/access';
import { canSeeLifeSecretary } from '../features/life-secretary/access';
import { canSeePersonalData } from '../features/personal-data/access';
import { canSeeMessaging } from '../features/messaging/access';
import { canSeeLifeInfo } from '../features/life-info/access';

export interface NavItem {
  key: string;
  path: string;
  icon: ReactNode;
  visible: (auth: AuthValue) => boolean;
}

export interface NavGroup {
  key: string;
  icon: ReactNode;
  children: NavItem[];
}

const everyone = () => true;
const admins = (auth: AuthValue) => auth.isAdmin;
// Approval chains are the company's own rules, so the company administrator sets them (the server requires it).
const companyAdmins = (auth: AuthValue) => auth.hasRole('companyAdmin');
// One national calendar per installation: only system administrators maintain it.
const systemAdmins = (auth: AuthValue) => auth.hasRole('systemAdmin');
// A project's service catalog is set up by the company's administrators and its service-center manager.
const catalogAdmins = (auth: AuthValue) => auth.hasRole('companyAdmin', 'systemAdmin', 'serviceCenterManager');

/** The side navigation; keys are the shell's i18n keys under nav.* */
export const NAVIGATION: (NavItem | NavGroup)[] = [
  { key: 'home', path: '/', icon: <HomeOutlined />, visible: everyone },
  { key: 'approvals', path: '/approvals', icon: <CheckSquareOutlined />, visible: everyone },
  {
    key: 'salesSite',
    icon: <ShopOutlined />,
    children: [
      { key: 'salesDashboard', path: '/sales-dashboard', icon: <DashboardOutlined />, visible: canSeeSalesDashboard },
      { key: 'receptionBoard', path: '/reception', icon: <DesktopOutlined />, visible: canUseReception },
      { key: 'myReception', path: '/reception/my', icon: <MobileOutlined />, visible: isSalesConsultant },
      { key: 'visits', path: '/reception/visits', icon: <UnorderedListOutlined />, visible: canUseReception },
      { key: 'consultationDesk', path: '/consultation-desk', icon: <QuestionCircleOutlined />, visible: canUseConsultationDesk },
      { key: 'knowledge', path: '/knowledge', icon: <BookOutlined />, visible: canManageKnowledge },
      { key: 'dailyChecks', path: '/daily-checks', icon: <CheckCircleOutlined />, visible: canUseDailyChecks },
      { key: 'externalWorkers', path: '/external-workers', icon: <IdcardOutlined />, visible: canUseExternalWorkers },
      { key: 'liaisonForms', path: '/liaison-forms', icon: <FileTextOutlined />, visible: canUseLiaisonForms },
      { key: 'salesMeetings', path: '/sales-meetings', icon: <CommentOutlined />, visible: canUseSalesMeetings },
      { key: 'salesChannel', path: '/sales-channel', icon: <SwapOutlined />, visible: canSeeSalesChannel },
      { key: 'receptionSettings', path: '/reception/settings', icon: <SettingOutlined />, visible: canUseReception },
    ],
  },
  {
    key: 'salesPreparation',
    icon: <FlagOutlined />,
    children: [
      { key: 'servicePlanning', path: '/sales-preparation', icon: <SolutionOutlined />, visible: canSeeSalesPreparation },
      { key: 'eventPlans', path: '/event-plans', icon: <CalendarOutlined />, visible: canSeeEventPlans },
      { key: 'openingReadiness', path: '/opening-readiness', icon: <RocketOutlined />, visible: canSeeOpeningReadiness },
      { key: 'showcase', path: '/showcase', icon: <PictureOutlined />, visible: canSeeShowcase },
      { key: 'etiquetteDrills', path: '/etiquette-drills', icon: <SafetyCertificateOutlined />, visible: canSeeEtiquetteDrills },
      { key: 'training', path: '/training', icon: <ReadOutlined />, visible: canSeeTraining },
    ],
  },
  {
    key: 'owners',
    icon: <SmileOutlined />,
    children: [
      { key: 'deals', path: '/deals', icon: <UserAddOutlined />, visible: canSeeDeals },
      { key: 'ownerDocuments', path: '/owner-documents', icon: <EditOutlined />, visible: canSeeOwnerDocuments },
      { key: 'questionnaires', path: '/questionnaires', icon: <FormOutlined />, visible: canSeeQuestionnaires },
      { key: 'messaging', path: '/messaging', icon: <MessageOutlined />, visible: canSeeMessaging },
      { key: 'lifeInfo', path: '/life-info', icon: <EnvironmentOutlined />, visible: canSeeLifeInfo },
      { key: 'carePlans', path: '/care-plans', icon: <HeartOutlined />, visible: canSeeCarePlan },
      { key: 'ownerVisits', path: '/owner-visits', icon: <TeamOutlined />, visible: canSeeOwnerVisit },
      { key: 'lifeSecretary', path: '/life-secretary', icon: <AlertOutlined />, visible: canSeeLifeSecretary },
      { key: 'personalData', path: '/personal-data', icon: <LockOutlined />, visible: canSeePersonalData },
    ],
  },
  {
    key: 'butlerService',
    icon: <CustomerServiceOutlined />,
    children: [
      { key: 'workOrders', path: '/work-orders', icon: <ProfileOutlined />, visible: canReadWorkOrders },
      { key: 'returnVisits', path: '/return-visits', icon: <PhoneOutlined />, visible: isWorkOrderDesk },
      { key: 'venues', path: '/venues', icon: <CoffeeOutlined />, visible: isWorkOrderDesk },
      { key: 'serviceCatalog', path: '/service-catalog', icon: <AppstoreOutlined />, visible: catalogAdmins },
    ],
  },
  {
    key: 'org',
    icon: <ApartmentOutlined />,
    children: [
      { key: 'regions', path: '/org/regions', icon: <ClusterOutlined />, visible: admins },
      { key: 'developers', path: '/org/developers', icon: <BankOutlined />, visible: admins },
      { key: 'projects', path: '/org/projects', icon: <ShopOutlined />, visible: admins },
      { key: 'users', path: '/staff', icon: <TeamOutlined />, visible: admins },
      { key: 'vendors', path: '/vendors', icon: <ToolOutlined />, visible: admins },
      { key: 'approvalChains', path: '/org/approval-chains', icon: <BranchesOutlined />, visible: companyAdmins },
      { key: 'calendar', path: '/org/calendar', icon: <CalendarOutlined />, visible: systemAdmins },
      { key: 'audit', path: '/audit', icon: <AuditOutlined />, visible: (auth) => auth.canAudit },
    ],
  },
];

export function isGroup(item: NavItem | NavGroup): item is NavGroup {
  return 'children' in item;
}

/** The nav key whose path is the longest prefix of the current location. */
export function activeNavKey(pathname: string): string | undefined {
  let best: NavItem | undefined;
  for (const item of NAVIGATION.flatMap((i) => (isGroup(i) ? i.children : [i]))) {
    const matches = item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
    if (matches && (!best || item.path.length > best.path.length)) best = item;
  }
  return best?.key;
}
