import { CHECKLIST_ASSIGNEE_ROLES, canWorkChecklists } from '@guanjia/domain/sales-preparation/service-plan-flow';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { nowIso, type Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import { assertVersion } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { ForbiddenError, ValidationError } from '../../platform/http/errors.js';
import { translate } from '../../platform/http/i18n.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import { projectStaffWithRoles } from '../work-orders/work-order-notices.js';
import './messages.js';
import { recordChecklistEvent } from './record-sales-preparation-event.js';
import { loadVisibleChecklistItem, type ChecklistItemRow } from './sales-preparation-access.js';
import type { AssignChecklistItemBody } from './schemas.js';

export const checklistLink = (item: Pick<ChecklistItemRow, 'project_id'>) => `/sales-preparation?tab=checklists&projectId=${item.project_id}`;

/** Gives an item to a member of the project's property staff with a due date; a new assignee is told. */
export async function assignChecklistItem(trx: Tx, actor: Actor, id: string, input: AssignChecklistItemBody): Promise<{ item: ChecklistItemRow; notifications: NotificationRow[] }> {
  if (!canWorkChecklists(actor.roles)) throw new ForbiddenError();
  const before = await loadVisibleChecklistItem(trx, actor, id);
  assertVersion(before.version, input.version);
  if (input.assigneeId && !(await projectStaffWithRoles(trx, before.project_id, CHECKLIST_ASSIGNEE_ROLES)).includes(input.assigneeId)) {
    throw new ValidationError({ assigneeId: 'checklist.field.assigneeNotStaff' });
  }
  if (before.assignee_id === input.assigneeId && before.due_date === input.dueDate) return { item: before, notifications: [] };
  // A new due date earns a new overdue alert.
  const after = await updateVersioned(trx, 'preparation_checklist_items', before, {
    assignee_id: input.assigneeId,
    due_date: input.dueDate,
    reminded_on: before.due_date === input.dueDate ? before.reminded_on : null,
  });
  const at = nowIso();
  await recordChecklistEvent(trx, after, { action: 'assign', from: before.assignee_id, to: after.assignee_id, actorId: actor.userId, note: after.due_date, at });
  await recordAudit(trx, actor, after.company_id, { action: 'preparationChecklist.assign', entityType: 'preparationChecklistItem', entityId: after.id, projectId: after.project_id, before, after });
  const newAssignee = after.assignee_id && after.assignee_id !== before.assignee_id && after.assignee_id !== actor.userId;
  if (!newAssignee) return { item: after, notifications: [] };
  const params = {
    title: after.title,
    checklist: `checklist.kind.${after.checklist}`,
    due: after.due_date ? translate('zh-CN', 'checklist.notice.dueBy', { dueDate: after.due_date }) : '',
  };
  const notifications = await notify(trx, {
    userIds: [after.assignee_id!],
    kind: 'preparationChecklist.assigned',
    projectId: after.project_id,
    link: checklistLink(after),
    title: translate('zh-CN', 'checklist.notice.assignedTitle', params),
    body: translate('zh-CN', 'checklist.notice.assignedBody', params),
  });
  return { item: after, notifications };
}
