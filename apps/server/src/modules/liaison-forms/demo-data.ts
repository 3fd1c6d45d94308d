import { businessDate, uuidv7 } from '@guanjia/domain';
import type { LiaisonFormHistoryAction, LiaisonFormStatus } from '@guanjia/domain/sales-site/liaison-form-flow';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { nextNumber } from '../../platform/sequences/next-number.js';
import type { LiaisonFormRow } from './liaison-form-access.js';
import { recordLiaisonFormEvent } from './record-liaison-form-event.js';

const DAY = 86_400_000;

interface DemoForm {
  subject: string;
  content: string;
  /** Days before now it was written and issued (null: still a draft). */
  issuedDaysAgo: number | null;
  /** Due date, days from today (negative: already past). */
  dueInDays: number;
  status: LiaisonFormStatus;
  replyText?: string;
}

const FORMS: DemoForm[] = [
  {
    subject: '样板房 3 号客厅空调不制冷，请安排维修',
    content: '样板房 3 号客厅空调自上周起不制冷，影响客户参观体验，请营销部协调开发商工程部安排维修，并告知维修时间。',
    issuedDaysAgo: 5,
    dueInDays: -2,
    status: 'acknowledged',
  },
  {
    subject: '本周六看房团接待人数及到场时间确认',
    content: '本周六看房团预计到访，请确认人数、到场时间及是否需要往返巴士，以便物业安排水吧、电瓶车和秩序维护人员。',
    issuedDaysAgo: 0,
    dueInDays: 3,
    status: 'issued',
  },
  {
    subject: '售楼处入口绿植更换',
    content: '售楼处入口两侧绿植枯黄，建议更换，请确认费用承担方式。',
    issuedDaysAgo: 3,
    dueInDays: 2,
    status: 'replied',
    replyText: '同意更换，费用由营销费用列支，请物业提供报价。',
  },
  {
    subject: '水吧饮品及一次性用品采购申请',
    content: '水吧咖啡豆、茶包、纸杯将于下周用完，申请采购，清单附后。',
    issuedDaysAgo: 10,
    dueInDays: -5,
    status: 'returned',
    replyText: '已批准采购，物品已于周三送达。',
  },
  {
    subject: '销售中心保洁排班调整',
    content: '开盘前两周起，保洁岗增加晚班一人，请营销部知悉。',
    issuedDaysAgo: null,
    dueInDays: 7,
    status: 'draft',
  },
];

/** The steps each demo state went through, for its history. */
const STEPS: Record<LiaisonFormStatus, LiaisonFormHistoryAction[]> = {
  draft: ['create'],
  issued: ['create', 'issue'],
  acknowledged: ['create', 'issue', 'acknowledge'],
  replied: ['create', 'issue', 'acknowledge', 'reply'],
  returned: ['create', 'issue', 'acknowledge', 'reply', 'return'],
  cancelled: ['create', 'cancel'],
};
const STATE_AFTER: Partial<Record<LiaisonFormHistoryAction, LiaisonFormStatus>> = { create: 'draft', issue: 'issued', acknowledge: 'acknowledged', reply: 'replied', return: 'returned' };

/**
 * Project 1's forms to 营销部: one overdue (acknowledged, due two days ago), one just issued, one
 * answered and waiting to be taken back, one closed, one draft. No notifications are written.
 */
export async function seedLiaisonFormDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const projectId = ids.projectIds[0];
  const { butler, marketing } = ids.users;
  const marketingDept = await trx.selectFrom('departments').select('id').where('developer_id', '=', ids.developerId).where('name', '=', '营销部').executeTakeFirst();
  const serviceCenter = await trx.selectFrom('service_centers').select('id').where('project_id', '=', projectId).orderBy('id').executeTakeFirst();
  if (!marketingDept || !butler || !marketing) return;
  const now = Date.now();
  const today = businessDate(now);
  for (const f of FORMS) {
    const written = new Date(now - (f.issuedDaysAgo ?? 0) * DAY - 3_600_000);
    const stepAt = (i: number) => new Date(written.getTime() + i * 3_600_000).toISOString();
    const steps = STEPS[f.status];
    const at = (action: LiaisonFormHistoryAction) => (steps.includes(action) ? stepAt(steps.indexOf(action)) : null);
    const row: LiaisonFormRow = {
      id: uuidv7(),
      company_id: ids.companyId,
      project_id: projectId,
      number: await nextNumber(trx, { companyId: ids.companyId, prefix: 'LX', date: written }),
      subject: f.subject,
      content: f.content,
      attachment_ids: '[]',
      from_service_center_id: serviceCenter?.id ?? null,
      to_department_id: marketingDept.id,
      due_date: businessDate(Date.parse(`${today}T04:00:00Z`) + f.dueInDays * DAY),
      status: f.status,
      created_by: butler,
      issued_by: at('issue') ? butler : null,
      issued_at: at('issue'),
      acknowledged_by: at('acknowledge') ? marketing : null,
      acknowledged_at: at('acknowledge'),
      reply_text: f.replyText ?? null,
      replied_by: at('reply') ? marketing : null,
      replied_at: at('reply'),
      returned_by: at('return') ? butler : null,
      returned_at: at('return'),
      cancelled_by: null,
      cancelled_at: null,
      cancel_reason: null,
      ...newRowStamp(written.toISOString()),
      updated_at: stepAt(steps.length - 1),
      version: steps.length,
    };
    await trx.insertInto('liaison_forms').values(row).execute();
    let from: LiaisonFormStatus | null = null;
    for (const [i, action] of steps.entries()) {
      const to = STATE_AFTER[action]!;
      const actorId = action === 'acknowledge' || action === 'reply' ? marketing : butler;
      await recordLiaisonFormEvent(trx, row, { action, from, to, actorId, at: stepAt(i) });
      from = to;
    }
  }
}
