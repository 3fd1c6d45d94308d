import { ForbiddenTransitionError } from '@guanjia/domain';
import { knowledgeVersionNextState, knowledgeVersionRefusal, type KnowledgeVersionAction } from '@guanjia/domain/knowledge/knowledge-flow';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError } from '../../platform/http/errors.js';
import type { NotificationRow } from '../notifications/notify.js';
import { findVisibleVersion, type KnowledgeEntryRow, type KnowledgeVersionRow } from './knowledge-access.js';
import { fieldError, KnowledgeTransitionError } from './knowledge-errors.js';
import { publishEffect, retireEffect, submitEffect } from './knowledge-effects.js';
import { noticeOfDecision } from './knowledge-notices.js';
import { recordKnowledgeEvent } from './record-knowledge-event.js';
import type { KnowledgeVersionTable } from './tables.js';

export interface KnowledgeVersionChange {
  action: KnowledgeVersionAction;
  /** A reason (reject) or a remark kept in the history. */
  comment?: string | null;
  /** The entry's version the caller read: another publication or retirement meanwhile is a 409. */
  entryVersion?: number;
  /** The approval engine carries the marketing lead's decision on sales wording. */
  viaApproval?: boolean;
}

export interface KnowledgeTransitionResult {
  version: KnowledgeVersionRow;
  entry: KnowledgeEntryRow;
  /** To publish after commit. */
  notifications: NotificationRow[];
}

/**
 * The one place the version state machine is enforced: re-read the version and its entry in the
 * transaction (404 when not visible), check the caller's part in it (403), the caller's entry
 * version (409) and the transition (409), apply the action's effects (approval request, search index,
 * the superseded version), update guarded by version, then write the history and audit rows.
 */
export async function transitionKnowledgeVersion(trx: Tx, actor: Actor, versionId: string, change: KnowledgeVersionChange, now: Date = new Date()): Promise<KnowledgeTransitionResult> {
  const { version: before, entry } = await findVisibleVersion(trx, actor, versionId);
  const { action } = change;
  const refusal = knowledgeVersionRefusal({ bank: entry.bank, status: before.status, submittedBy: before.submitted_by }, change.viaApproval ? 'approval' : actor, action);
  if (refusal) throw new ForbiddenError(`knowledge.refusal.${refusal}`);
  assertVersion(entry.version, change.entryVersion);
  let to;
  try {
    to = knowledgeVersionNextState(entry.bank, before.status, action);
  } catch (err) {
    if (err instanceof ForbiddenTransitionError) throw new KnowledgeTransitionError(before.status, action);
    throw err;
  }
  if ((action === 'submit' || action === 'publish' || action === 'approve') && !before.answer.trim()) throw fieldError('answer', 'knowledge.field.answerRequired');

  const at = now.toISOString();
  const comment = change.comment?.trim() || null;
  let entryAfter = entry;
  let notifications: NotificationRow[] = [];
  let changes: Updateable<KnowledgeVersionTable> = { status: to };
  switch (action) {
    case 'submit': {
      const effect = await submitEffect(trx, actor, entry, before, comment);
      notifications = effect.notifications;
      changes = { ...changes, submitted_by: actor.userId, submitted_at: at, approval_request_id: effect.approvalRequestId, rejected_by: null, rejected_at: null, rejection_reason: null };
      break;
    }
    case 'publish':
    case 'approve':
      entryAfter = await publishEffect(trx, actor, entry, before, at);
      changes = { ...changes, approved_by: actor.userId, published_at: at };
      break;
    case 'reject':
      changes = { ...changes, rejected_by: actor.userId, rejected_at: at, rejection_reason: comment, submitted_by: null, submitted_at: null };
      break;
    case 'withdraw':
      changes = { ...changes, submitted_by: null, submitted_at: null };
      break;
    case 'retire':
      entryAfter = await retireEffect(trx, entry, at);
      changes = { ...changes, retired_at: at };
      break;
    case 'supersede':
      // Never asked for: publishEffect supersedes the previous version itself (the refusal above says so).
      break;
  }
  const after = await updateVersioned(trx, 'knowledge_versions', before, changes);
  await recordKnowledgeEvent(trx, actor, after, { action, from: before.status, comment, at });
  await recordAudit(trx, actor, after.company_id, { action: `knowledgeVersion.${action}`, entityType: 'knowledge_version', entityId: after.id, projectId: after.project_id, before, after });
  // Sales decisions are announced by the approval engine; the manager's decisions on service answers here.
  if (!change.viaApproval && (action === 'publish' || action === 'reject')) notifications = [...notifications, ...(await noticeOfDecision(trx, actor, entry, before, action, comment))];
  return { version: after, entry: entryAfter, notifications };
}
