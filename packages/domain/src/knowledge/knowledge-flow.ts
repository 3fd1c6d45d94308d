import type { Role } from '../auth/roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * 应知应会: the consultation desk's two banks of questions and answers.
 * - sales (统一销售口径): wording agreed with the developer's marketing department; a version is
 *   published only when the marketing lead approves it through the approval engine;
 * - service (物业服务): the preliminary service agreement, the interim rules, fees, services and the
 *   company's profile; the service-center manager publishes directly.
 */
export const KNOWLEDGE_BANKS = ['sales', 'service'] as const;
export type KnowledgeBank = (typeof KNOWLEDGE_BANKS)[number];

/** The topics of each bank (category codes are unique across banks). */
export const KNOWLEDGE_CATEGORIES: Record<KnowledgeBank, readonly string[]> = {
  sales: ['project', 'product', 'pricing', 'purchase', 'delivery', 'surroundings'],
  service: ['fees', 'agreement', 'rules', 'renovation', 'services', 'clubhouse', 'parking', 'security', 'handover', 'company'],
};
export type KnowledgeCategory = string;

export const KNOWLEDGE_CATEGORY_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  project: { 'zh-CN': '项目概况', en: 'The project' },
  product: { 'zh-CN': '户型与产品', en: 'Homes and layouts' },
  pricing: { 'zh-CN': '价格与付款', en: 'Prices and payment' },
  purchase: { 'zh-CN': '购房手续', en: 'Buying procedure' },
  delivery: { 'zh-CN': '交付标准', en: 'Delivery standard' },
  surroundings: { 'zh-CN': '周边配套', en: 'Surroundings' },
  fees: { 'zh-CN': '物业收费', en: 'Property fees' },
  agreement: { 'zh-CN': '前期物业服务协议', en: 'Preliminary service agreement' },
  rules: { 'zh-CN': '临时管理规约', en: 'Interim management rules' },
  renovation: { 'zh-CN': '装修管理', en: 'Renovation' },
  services: { 'zh-CN': '管家服务', en: 'Butler services' },
  clubhouse: { 'zh-CN': '会所', en: 'Clubhouse' },
  parking: { 'zh-CN': '停车与交通', en: 'Parking and transport' },
  security: { 'zh-CN': '安保与秩序', en: 'Security' },
  handover: { 'zh-CN': '交房与入住', en: 'Handover and moving in' },
  company: { 'zh-CN': '物业公司简介', en: 'About the company' },
};

export function isCategoryOfBank(bank: KnowledgeBank, category: string): boolean {
  return KNOWLEDGE_CATEGORIES[bank].includes(category);
}

/** The approval engine's document type of a sales-bank version. */
export const KNOWLEDGE_APPROVAL_DOCUMENT_TYPE = 'knowledgeAnswer';
/** The role that must approve wording for the sales bank (营销部现场负责人). */
export const SALES_ANSWER_APPROVER_ROLE: Role = 'marketingLead';

export const KNOWLEDGE_VERSION_STATUSES = ['draft', 'submitted', 'published', 'superseded', 'retired'] as const;
export type KnowledgeVersionStatus = (typeof KNOWLEDGE_VERSION_STATUSES)[number];

export const KNOWLEDGE_VERSION_ACTIONS = [
  'submit', // sales: opens an approval request; service: asks the manager to publish
  'approve', // sales only, by the approval engine when the marketing lead approves
  'publish', // service only, by the manager, from a draft or a submitted version
  'reject', // back to draft with a reason: the marketing lead (through the engine) or the manager
  'withdraw', // the submitter takes it back to draft (sales: the approval request is cancelled)
  'supersede', // the published version, when another version of the entry is published
  'retire', // the published version leaves the desk; the entry has no answer until a new one is published
] as const;
export type KnowledgeVersionAction = (typeof KNOWLEDGE_VERSION_ACTIONS)[number];

/** Events kept in a version's history that do not change its status. */
export type KnowledgeVersionEvent = 'create' | 'edit';

export const KNOWLEDGE_VERSION_TRANSITIONS: Record<KnowledgeBank, TransitionTable<KnowledgeVersionStatus, KnowledgeVersionAction>> = {
  sales: {
    draft: { submit: 'submitted' },
    submitted: { approve: 'published', reject: 'draft', withdraw: 'draft' },
    published: { supersede: 'superseded', retire: 'retired' },
    superseded: {},
    retired: {},
  },
  service: {
    draft: { submit: 'submitted', publish: 'published' },
    submitted: { publish: 'published', reject: 'draft', withdraw: 'draft' },
    published: { supersede: 'superseded', retire: 'retired' },
    superseded: {},
    retired: {},
  },
};

export function knowledgeVersionNextState(bank: KnowledgeBank, from: KnowledgeVersionStatus, action: KnowledgeVersionAction): KnowledgeVersionStatus {
  return nextState('knowledgeVersion', KNOWLEDGE_VERSION_TRANSITIONS[bank], from, action);
}

/** Write entries and versions, submit them, turn unanswered desk questions into drafts. */
export const KNOWLEDGE_EDITOR_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager', 'butler'];
/** Publish a service answer directly, send one back, retire it. */
export const SERVICE_PUBLISHER_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager'];
/** Retire agreed sales wording that no longer holds (publishing new wording still needs approval). */
export const SALES_RETIRE_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'serviceCenterManager', 'marketingLead'];
/** See the banks with drafts and history (the management page). */
export const KNOWLEDGE_VIEWER_ROLES: readonly Role[] = ['systemAdmin', 'companyAdmin', 'regionalHead', 'serviceCenterManager', 'butler', 'marketingLead'];
/** Staff the consultation desk: log the questions answered there and read the log. */
export const CONSULTATION_DESK_ROLES: readonly Role[] = [
  'systemAdmin',
  'companyAdmin',
  'regionalHead',
  'serviceCenterManager',
  'butler',
  'frontline',
  'salesConsultant',
  'salesManager',
  'marketingLead',
];

/** Who asks for the action; `approval` is the approval engine carrying the marketing lead's decision. */
export type KnowledgeActor = { userId: string; roles: readonly Role[] } | 'approval';

export interface KnowledgeVersionSubject {
  bank: KnowledgeBank;
  status: KnowledgeVersionStatus;
  /** Who submitted the version now submitted (null otherwise). */
  submittedBy: string | null;
}

export type KnowledgeRefusal = 'notEditor' | 'notPublisher' | 'approvalOnly' | 'notSubmitter' | 'system';

const holds = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));

/**
 * Why the actor may not take the action on the version, whatever its state, or null. Sales
 * wording is published and rejected only through the approval engine, never by a knowledge
 * endpoint; supersede is never asked for, it follows another version's publication. Checked
 * before the state, so a role that may never do it hears 403 rather than 409.
 */
export function knowledgeVersionRefusal(subject: KnowledgeVersionSubject, who: KnowledgeActor, action: KnowledgeVersionAction): KnowledgeRefusal | null {
  if (action === 'supersede') return 'system';
  const sales = subject.bank === 'sales';
  if (who === 'approval') return sales && (action === 'approve' || action === 'reject' || action === 'withdraw') ? null : 'system';
  if (sales && (action === 'approve' || action === 'reject' || action === 'publish')) return 'approvalOnly';
  switch (action) {
    case 'submit':
      return holds(who.roles, KNOWLEDGE_EDITOR_ROLES) ? null : 'notEditor';
    case 'withdraw':
      // Sales: the endpoint cancels the approval request, which only its submitter may do.
      if (subject.submittedBy === who.userId) return null;
      return subject.bank === 'service' && holds(who.roles, SERVICE_PUBLISHER_ROLES) ? null : 'notSubmitter';
    case 'publish':
    case 'reject':
      return holds(who.roles, SERVICE_PUBLISHER_ROLES) ? null : 'notPublisher';
    case 'retire':
      return holds(who.roles, subject.bank === 'sales' ? SALES_RETIRE_ROLES : SERVICE_PUBLISHER_ROLES) ? null : 'notPublisher';
    default:
      return 'system';
  }
}

/** The actions the state allows and the actor may ask for: the web shows exactly these buttons. */
export function knowledgeVersionActionsFor(subject: KnowledgeVersionSubject, who: Exclude<KnowledgeActor, 'approval'>): KnowledgeVersionAction[] {
  return allowedActions(KNOWLEDGE_VERSION_TRANSITIONS[subject.bank], subject.status).filter((a) => knowledgeVersionRefusal(subject, who, a) === null);
}

/** Drafts may be edited in place by editors; anything else is a new version. */
export function isEditableVersion(status: KnowledgeVersionStatus): boolean {
  return status === 'draft';
}
