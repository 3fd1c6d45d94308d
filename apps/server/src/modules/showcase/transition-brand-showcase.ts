import { businessDate } from '@guanjia/domain';
import { brandShowcaseMissingParts, brandShowcaseRefusal, isSubmittedAfterDecoration, type BrandShowcaseAction } from '@guanjia/domain/showcase/showcase-flow';
import type { Updateable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { translate } from '../../platform/http/i18n.js';
import { AppError, ForbiddenError } from '../../platform/http/errors.js';
import { submitForApproval } from '../approvals/submit-for-approval.js';
import type { NotificationRow } from '../notifications/notify.js';
import { recordShowcaseEvent } from './record-showcase-event.js';
import { assertShowcaseTransition, auditable, loadVisibleShowcase, parseJson, type ShowcaseRow } from './showcase-access.js';
import type { BrandShowcaseTable } from './tables.js';

export const BRAND_SHOWCASE_DOCUMENT_TYPE = 'brandShowcase';

export interface ShowcaseStep {
  showcase: ShowcaseRow;
  /** Written in the transaction; published after commit. */
  notifications: NotificationRow[];
}

/**
 * The one place a showcase changes state: re-read it (404 when not visible), the caller's part (403;
 * approve and reject only from the approval engine), the version (409), the transition table (409),
 * what the step needs (422), then the row, its history and audit rows, in the caller's transaction.
 */
export async function transitionBrandShowcase(
  trx: Tx,
  actor: Actor,
  id: string,
  action: BrandShowcaseAction,
  input: { note?: string | null; version?: number },
  opts: { now?: Date; viaApproval?: boolean; showcase?: ShowcaseRow } = {},
): Promise<ShowcaseStep> {
  const now = opts.now ?? new Date();
  const at = now.toISOString();
  const before = opts.showcase ?? (await loadVisibleShowcase(trx, actor, id));
  if (!opts.viaApproval) {
    const refusal = brandShowcaseRefusal(actor.roles, action);
    if (refusal) throw new ForbiddenError(`showcase.refusal.${refusal}`);
  }
  assertVersion(before.version, input.version);
  const to = assertShowcaseTransition(before.status, action);
  const changes: Updateable<BrandShowcaseTable> = { status: to };
  let note = input.note || null;
  if (action === 'submit') {
    const missing = brandShowcaseMissingParts({
      location: before.location,
      areaM2: before.area_m2,
      layoutPlan: before.layout_plan,
      layoutFileIds: parseJson<string[]>(before.layout_file_ids, []),
    });
    if (missing.length) {
      const fields = Object.fromEntries(missing.map((part) => [part, `showcase.part.${part}`]));
      throw new AppError(422, 'SHOWCASE_INCOMPLETE', 'showcase.error.incomplete', { count: missing.length }, fields, { missing });
    }
    Object.assign(changes, { submitted_by: actor.userId, submitted_at: at, decided_at: null });
    // Allowed, but the history says so: 4.5.2 wants the plan approved before the decoration.
    if (isSubmittedAfterDecoration(businessDate(now), before.decoration_start_date)) {
      const flag = translate('zh-CN', 'showcase.note.submittedAfterDecoration', { date: before.decoration_start_date });
      note = note ? `${note}（${flag}）` : flag;
    }
  }
  if (action === 'approve' || action === 'reject') changes.decided_at = at;
  let after = await updateVersioned(trx, 'brand_showcases', before, changes);
  const notifications: NotificationRow[] = [];
  if (action === 'submit') {
    const center = await trx.selectFrom('sales_centers').select('name').where('id', '=', after.sales_center_id).executeTakeFirstOrThrow();
    const opened = await submitForApproval(trx, actor, {
      documentType: BRAND_SHOWCASE_DOCUMENT_TYPE,
      documentId: after.id,
      projectId: after.project_id,
      title: translate('zh-CN', 'showcase.approval.title', { salesCenter: center.name }),
      description: translate('zh-CN', 'showcase.approval.description', {
        location: after.location,
        area: after.area_m2,
        decoration: after.decoration_start_date ?? translate('zh-CN', 'showcase.approval.noDate'),
      }),
      comment: input.note,
    });
    after = await updateVersioned(trx, 'brand_showcases', after, { approval_request_id: opened.request.id });
    notifications.push(...opened.notifications);
  }
  await recordShowcaseEvent(trx, after, { action, from: before.status, to, actorId: actor.userId, note, at });
  await recordAudit(trx, actor, after.company_id, { action: `brandShowcase.${action}`, entityType: 'brandShowcase', entityId: after.id, projectId: after.project_id, before: auditable(before), after: auditable(after) });
  return { showcase: after, notifications };
}
