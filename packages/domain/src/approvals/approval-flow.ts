import type { Role } from '../auth/roles.js';
import { nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * 报批: one approval flow for every document type. A request is created pending at step 1 of its
 * chain; approve moves it through the steps and only the last approval approves it.
 */
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const APPROVAL_ACTIONS = ['approve', 'reject', 'cancel', 'resubmit'] as const;
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];

/** What the history records: the transitions plus the initial submission. */
export const APPROVAL_HISTORY_ACTIONS = ['submit', ...APPROVAL_ACTIONS] as const;
export type ApprovalHistoryAction = (typeof APPROVAL_HISTORY_ACTIONS)[number];

export const APPROVAL_TRANSITIONS: TransitionTable<ApprovalStatus, ApprovalAction> = {
  pending: { approve: 'approved', reject: 'rejected', cancel: 'cancelled' },
  // Revise and resubmit: a rejected request goes back to step 1 of the chain.
  rejected: { resubmit: 'pending' },
  approved: {},
  cancelled: {},
};

export interface ApprovalStep {
  role: Role;
}

/** Used when a company has configured no chain for a document type. */
export const DEFAULT_APPROVAL_CHAIN: readonly ApprovalStep[] = [{ role: 'regionalHead' }];

/**
 * Document types whose default chain is not the general one. 统一销售口径 (knowledgeAnswer) is
 * wording agreed with the developer's marketing department, so its on-site lead approves it.
 */
export const DEFAULT_APPROVAL_CHAINS: Readonly<Record<string, readonly ApprovalStep[]>> = {
  knowledgeAnswer: [{ role: 'marketingLead' }],
};

/** The chain a document type follows while its company has configured none (a fresh copy). */
export function defaultApprovalChain(documentType: string): ApprovalStep[] {
  const steps = Object.hasOwn(DEFAULT_APPROVAL_CHAINS, documentType) ? DEFAULT_APPROVAL_CHAINS[documentType] : DEFAULT_APPROVAL_CHAIN;
  return steps.map((s) => ({ ...s }));
}

/** Roles that may never be an approval step: owners are not staff. */
export const NON_APPROVER_ROLES: readonly Role[] = ['owner'];

export interface ApprovalPosition {
  status: ApprovalStatus;
  /** 1-based step of the chain the request waits at (the last step once decided). */
  step: number;
  stepCount: number;
}

/**
 * The position after an action, or ForbiddenTransitionError. `stepCount` of a resubmission is the
 * chain length at resubmission, since the chain may have been reconfigured meanwhile.
 */
export function applyApprovalAction(from: ApprovalPosition, action: ApprovalAction, resubmitStepCount = from.stepCount): ApprovalPosition {
  const status = nextState('approval', APPROVAL_TRANSITIONS, from.status, action);
  if (action === 'approve' && from.step < from.stepCount) return { status: 'pending', step: from.step + 1, stepCount: from.stepCount };
  if (action === 'resubmit') return { status, step: 1, stepCount: resubmitStepCount };
  return { ...from, status };
}

export interface ApprovalParticipant {
  userId: string;
  roles: readonly Role[];
}

export interface ApprovalSubject {
  status: ApprovalStatus;
  /** Role of the step the request waits at; null once decided. */
  currentRole: Role | null;
  submittedBy: string;
}

export type ApprovalRefusal = 'ownRequest' | 'notApprover' | 'notSubmitter';

/**
 * Who may take an action, whatever the state: the holder of the current step's role decides (never
 * on their own request); only the submitter cancels or resubmits. Returns why not, or null.
 */
export function approvalRefusal(subject: ApprovalSubject, who: ApprovalParticipant, action: ApprovalAction): ApprovalRefusal | null {
  const isSubmitter = subject.submittedBy === who.userId;
  if (action === 'cancel' || action === 'resubmit') return isSubmitter ? null : 'notSubmitter';
  if (!subject.currentRole || !who.roles.includes(subject.currentRole)) return 'notApprover';
  return isSubmitter ? 'ownRequest' : null;
}

/** The actions the state allows and the participant may take: the web shows exactly these buttons. */
export function approvalActionsFor(subject: ApprovalSubject, who: ApprovalParticipant): ApprovalAction[] {
  return APPROVAL_ACTIONS.filter((a) => APPROVAL_TRANSITIONS[subject.status][a] && approvalRefusal(subject, who, a) === null);
}
