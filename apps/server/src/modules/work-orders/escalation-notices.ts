import type { DueEscalation, EscalationRecipient } from '@guanjia/domain/work-orders/escalation';
import type { Tx } from '../../platform/db/transaction.js';
import { registerMessages, translate } from '../../platform/http/i18n.js';
import { findApprovers } from '../approvals/find-approvers.js';
import { notify, type NotificationRow } from '../notifications/notify.js';
import type { WorkOrderRecord } from './present-work-order-rows.js';

registerMessages({
  'zh-CN': {
    'workOrders.escalation.title': '工单超时升级（第 {level} 级）：{number}',
    'workOrders.escalation.body': '“{title}”{clock}已超时（时限 {dueAt}），现升级至{recipient}，请尽快跟进。',
    'workOrders.escalation.clock.accept': '受理',
    'workOrders.escalation.clock.complete': '完成',
    'workOrders.escalation.recipient.assignee': '处理人',
    'workOrders.escalation.recipient.accountable': '首问责任人',
    'workOrders.escalation.recipient.serviceCenterManager': '服务中心经理',
    'workOrders.escalation.recipient.regionalHead': '地区公司负责人',
  },
  en: {
    'workOrders.escalation.title': 'Work order escalated (level {level}): {number}',
    'workOrders.escalation.body': '"{title}" missed its {clock} deadline ({dueAt}); escalated to the {recipient}. Please follow up.',
    'workOrders.escalation.clock.accept': 'accept',
    'workOrders.escalation.clock.complete': 'completion',
    'workOrders.escalation.recipient.assignee': 'assignee',
    'workOrders.escalation.recipient.accountable': 'accountable staff member',
    'workOrders.escalation.recipient.serviceCenterManager': 'service-center manager',
    'workOrders.escalation.recipient.regionalHead': 'regional head',
  },
});

// Stored notifications have one text; the company's language (Chinese) is used, as for approvals.
const LOCALE = 'zh-CN';
const shanghai = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

const present = (ids: (string | null)[]) => ids.filter((id): id is string => id !== null);

/**
 * Who hears at a level: the assignee (the accountable staff member while nobody is assigned), the
 * accountable staff member, the project's service-center managers, the regional heads. Users carry
 * no region, so every regional head of the company (they all see every project) is told.
 */
export async function escalationRecipients(trx: Tx, order: WorkOrderRecord, recipient: EscalationRecipient): Promise<string[]> {
  switch (recipient) {
    case 'assignee':
      return present([order.assignee_user_id ?? order.accountable_staff_id]);
    case 'accountable':
      return present([order.accountable_staff_id]);
    case 'serviceCenterManager':
    case 'regionalHead':
      return findApprovers(trx, order.company_id, recipient, order.project_id, '');
  }
}

export async function noticeOfEscalation(trx: Tx, order: WorkOrderRecord, step: DueEscalation, userIds: string[]): Promise<NotificationRow[]> {
  const params = {
    level: step.level,
    number: order.number,
    title: order.title,
    clock: translate(LOCALE, `workOrders.escalation.clock.${step.clock}`),
    dueAt: shanghai.format(new Date(step.dueAt)),
    recipient: translate(LOCALE, `workOrders.escalation.recipient.${step.recipient}`),
  };
  return notify(trx, {
    userIds,
    kind: 'workOrder.escalated',
    projectId: order.project_id,
    link: `/work-orders/${order.id}`,
    title: translate(LOCALE, 'workOrders.escalation.title', params),
    body: translate(LOCALE, 'workOrders.escalation.body', params),
  });
}
