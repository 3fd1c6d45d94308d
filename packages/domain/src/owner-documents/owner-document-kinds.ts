import type { Role } from '../auth/roles.js';
import type { OnboardingItem } from '../deals/onboarding-checklist.js';
import { OWNER_SERVICE_ROLES } from '../owners/owner-roles.js';

/**
 * The documents a buyer signs at purchase (销配服务签署的相关文件), in the seed's order. The handbook
 * is not an agreement: signing it acknowledges that the 物业管家服务手册 was handed over.
 */
export const OWNER_DOCUMENT_KINDS = ['preliminaryServiceAgreement', 'interimManagementRules', 'renovationRules', 'butlerServiceHandbook'] as const;
export type OwnerDocumentKind = (typeof OWNER_DOCUMENT_KINDS)[number];

export const OWNER_DOCUMENT_KIND_LABELS: Record<OwnerDocumentKind, { 'zh-CN': string; en: string }> = {
  preliminaryServiceAgreement: { 'zh-CN': '前期物业服务协议', en: 'Preliminary property service agreement' },
  interimManagementRules: { 'zh-CN': '临时管理规约', en: 'Interim management rules' },
  renovationRules: { 'zh-CN': '装修管理规定', en: 'Renovation management rules' },
  butlerServiceHandbook: { 'zh-CN': '物业管家服务手册', en: 'Butler service handbook' },
};

/** How a signature of each kind reads: the handbook is received, the others are agreed to. */
export const OWNER_DOCUMENT_ACKNOWLEDGES_RECEIPT: Record<OwnerDocumentKind, boolean> = {
  preliminaryServiceAgreement: false,
  interimManagementRules: false,
  renovationRules: false,
  butlerServiceHandbook: true,
};

/** The onboarding checklist item a signature of each kind ticks off (the deal's names). */
export const OWNER_DOCUMENT_ONBOARDING_ITEMS = {
  preliminaryServiceAgreement: 'preliminaryServiceAgreement',
  interimManagementRules: 'interimManagementRules',
  renovationRules: 'renovationRules',
  butlerServiceHandbook: 'handbookHandedOver',
} as const satisfies Record<OwnerDocumentKind, OnboardingItem>;

/** Write the templates: the service-center manager and the company. */
export const OWNER_DOCUMENT_MANAGER_ROLES: readonly Role[] = ['serviceCenterManager', 'companyAdmin', 'systemAdmin'];
/** Read the templates and who has signed what: everyone who serves owners. */
export const OWNER_DOCUMENT_READER_ROLES: readonly Role[] = OWNER_SERVICE_ROLES;

export function canManageOwnerDocuments(roles: readonly Role[]): boolean {
  return roles.some((r) => OWNER_DOCUMENT_MANAGER_ROLES.includes(r));
}

/** Limits of a template's text, shared by the form and the server. */
export const OWNER_DOCUMENT_TITLE_MAX = 100;
export const OWNER_DOCUMENT_BODY_MAX = 30_000;

/**
 * The exact text a signature covers; its SHA-256 is stored with the signature and printed on the
 * PDF, so anyone can later show which words were signed.
 */
export function signedTextOf(doc: { title: string; versionNo: number; body: string }): string {
  return `${doc.title}\nv${doc.versionNo}\n\n${doc.body.replace(/\r\n?/g, '\n').trim()}\n`;
}

/** A body's paragraphs: blank-line or line separated, trimmed, empty ones dropped. */
export function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
