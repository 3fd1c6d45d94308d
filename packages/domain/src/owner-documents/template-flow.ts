import type { Role } from '../auth/roles.js';
import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';
import { canManageOwnerDocuments } from './owner-document-kinds.js';

/**
 * A template version: written as a draft, published for owners to sign, retired when the next
 * version of its kind is published. Only a draft's text may change, so a signature's words are
 * always those of a published version.
 */
export const TEMPLATE_STATUSES = ['draft', 'published', 'retired'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

export const TEMPLATE_ACTIONS = ['edit', 'publish', 'retire'] as const;
export type TemplateAction = (typeof TEMPLATE_ACTIONS)[number];

export const TEMPLATE_TRANSITIONS: TransitionTable<TemplateStatus, TemplateAction> = {
  draft: { edit: 'draft', publish: 'published' },
  published: { retire: 'retired' },
  retired: {},
};

export function templateNextState(from: TemplateStatus, action: TemplateAction): TemplateStatus {
  return nextState('ownerDocumentTemplate', TEMPLATE_TRANSITIONS, from, action);
}

/** What the viewer may do with a version now; retiring happens only by publishing the next one. */
export function templateActionsFor(status: TemplateStatus, roles: readonly Role[]): TemplateAction[] {
  if (!canManageOwnerDocuments(roles)) return [];
  return allowedActions(TEMPLATE_TRANSITIONS, status).filter((a) => a !== 'retire');
}

export type SignatureState = 'signed' | 'signedEarlierVersion' | 'notSigned';

/** An owner's standing with a published document: this version signed, an older one, or none. */
export function signatureState(publishedVersionNo: number, signedVersionNo: number | null | undefined): SignatureState {
  if (signedVersionNo === null || signedVersionNo === undefined) return 'notSigned';
  return signedVersionNo >= publishedVersionNo ? 'signed' : 'signedEarlierVersion';
}
