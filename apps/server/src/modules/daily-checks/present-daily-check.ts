import { DAILY_CHECK_ROLES, dailyCheckActions } from '@guanjia/domain/sales-site/daily-check';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import type { DailyCheckDetail } from './get-daily-check.js';
import type { ResolvedTemplate } from './daily-check-template.js';
import type { CheckView, TemplateView } from './schemas.js';

const personOf = (names: Map<string, string>, id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);

export function presentDailyCheck(d: DailyCheckDetail, actor: Actor): CheckView {
  const { check, users } = d;
  return {
    id: check.id,
    projectId: check.project_id,
    salesCenterId: check.sales_center_id,
    salesCenterName: d.salesCenterName,
    businessDate: check.business_date,
    status: check.status,
    startedBy: personOf(users, check.started_by)!,
    startedAt: check.started_at,
    completedBy: personOf(users, check.completed_by),
    completedAt: check.completed_at,
    items: d.items.map((i) => {
      const order = i.work_order_id ? d.workOrders.get(i.work_order_id) : undefined;
      return {
        id: i.id,
        key: i.item_key,
        position: i.position,
        text: i.text,
        departmentId: i.department_id,
        departmentName: i.department_id ? (d.departments.get(i.department_id) ?? null) : null,
        result: i.result,
        note: i.note,
        photoIds: JSON.parse(i.photo_ids) as string[],
        workOrder: i.work_order_id && order ? { id: i.work_order_id, number: order.number, status: order.status } : null,
        answeredBy: personOf(users, i.answered_by),
        answeredAt: i.answered_at,
        version: i.version,
      };
    }),
    unanswered: d.items.filter((i) => i.result === null).length,
    failed: d.items.filter((i) => i.result === 'fail').length,
    allowedActions: hasRole(actor, ...DAILY_CHECK_ROLES) ? dailyCheckActions(check.status) : [],
    history: d.events.map((e) => ({
      action: e.action,
      itemId: e.item_id,
      actor: personOf(users, e.actor_id)!,
      at: e.created_at,
      data: e.data ? (JSON.parse(e.data) as Record<string, unknown>) : null,
    })),
    version: check.version,
  };
}

export function presentTemplate(projectId: string, t: ResolvedTemplate, departments: Map<string, string>, users: Map<string, string>): TemplateView {
  return {
    projectId,
    items: t.items.map((i) => ({ key: i.key, text: i.text, departmentId: i.departmentId, departmentName: i.departmentId ? (departments.get(i.departmentId) ?? null) : null })),
    version: t.row?.version ?? 0,
    isDefault: t.row === null,
    updatedAt: t.row?.updated_at ?? null,
    updatedBy: t.row ? personOf(users, t.row.updated_by) : null,
  };
}
