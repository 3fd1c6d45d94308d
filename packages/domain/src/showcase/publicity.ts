import { allowedActions, nextState, type TransitionTable } from '../shared/state-machine.js';

/**
 * 宣传资料: 精美资料 handed out, 宣传视频 played on the showcase screen (4.5.1) and notices that make
 * known the laws on property management and the company's basic facts (销售期物业管理咨询制度 (三)(四)).
 */
export const PUBLICITY_KINDS = ['brochure', 'video', 'notice'] as const;
export type PublicityKind = (typeof PUBLICITY_KINDS)[number];

export const PUBLICITY_TOPICS = ['law', 'company', 'service', 'project', 'other'] as const;
export type PublicityTopic = (typeof PUBLICITY_TOPICS)[number];

export const PUBLICITY_STATUSES = ['draft', 'published', 'retired'] as const;
export type PublicityStatus = (typeof PUBLICITY_STATUSES)[number];

export const PUBLICITY_ACTIONS = ['publish', 'retire'] as const;
export type PublicityAction = (typeof PUBLICITY_ACTIONS)[number];

/** A retired item may be published again (a brochure reprinted); nothing goes back to draft. */
export const PUBLICITY_TRANSITIONS: TransitionTable<PublicityStatus, PublicityAction> = {
  draft: { publish: 'published' },
  published: { retire: 'retired' },
  retired: { publish: 'published' },
};

export function publicityNextState(from: PublicityStatus, action: PublicityAction): PublicityStatus {
  return nextState('publicityItem', PUBLICITY_TRANSITIONS, from, action);
}

export function publicityActionsFor(status: PublicityStatus): PublicityAction[] {
  return allowedActions(PUBLICITY_TRANSITIONS, status);
}

/** The showcase screen loops through these kinds; brochures are handed out, not shown. */
export const SCREEN_KINDS: readonly PublicityKind[] = ['video', 'notice'];

export interface PublicityContent {
  kind: PublicityKind;
  title: string;
  body: string | null;
  fileId: string | null;
  /** A video's address (https), unless the attached file is the MP4 itself. */
  mediaUrl: string | null;
}

export type PublicityPart = 'body' | 'fileId' | 'mediaUrl';

/**
 * What publishing needs besides the title: a notice shows its text (or a file), a brochure its
 * file (PDF or image), a video its address or a file (the MP4 itself, or a poster in its place).
 */
export function publicityMissingParts(item: PublicityContent): PublicityPart[] {
  if (item.kind === 'notice') return item.body?.trim() || item.fileId ? [] : ['body'];
  if (item.kind === 'video') return item.mediaUrl || item.fileId ? [] : ['mediaUrl'];
  return item.fileId ? [] : ['fileId'];
}

/** The counts the library keeps per item: brochures handed out, screen plays, H5 views. */
export const PUBLICITY_COUNTERS = ['handedOut', 'played', 'viewed'] as const;
export type PublicityCounter = (typeof PUBLICITY_COUNTERS)[number];
