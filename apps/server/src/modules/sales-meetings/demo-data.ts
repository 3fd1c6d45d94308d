import { businessDate, uuidv7 } from '@guanjia/domain';
import type { MeetingIssueStatus } from '@guanjia/domain/sales-site/meeting-issue-flow';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { recordIssueEvent, type MeetingIssueRow, type SalesMeetingRow } from './sales-meeting-access.js';

const DAY = 86_400_000;

interface DemoIssue {
  description: string;
  ownerName: string;
  owner?: string;
  dueInDays: number;
  status: MeetingIssueStatus;
  /** Days after the meeting it was closed. */
  closedAfterDays?: number;
  resolution?: string;
}

interface DemoMeeting {
  daysAgo: number;
  attendees: string[];
  notes: string;
  issues: DemoIssue[];
}

const MEETINGS: DemoMeeting[] = [
  {
    daysAgo: 7,
    attendees: ['销售经理 郑华', '营销负责人 周杰', '管家 刘芳', '销售顾问 孙丽'],
    notes: '上周到访 126 组，成交 9 套。周末看房团两批，物业配合接待。',
    issues: [
      { description: '水吧饮品种类单一，多位客户反映希望增加无糖饮品', ownerName: '销售经理 郑华', owner: 'salesmgr', dueInDays: 4, status: 'inProgress' },
      { description: '样板房鞋套不足，雨天客户等待', ownerName: '保洁岗 王班长', dueInDays: 2, status: 'resolved', closedAfterDays: 2, resolution: '已补充鞋套 500 双并设专人发放' },
    ],
  },
  {
    daysAgo: 1,
    attendees: ['销售经理 郑华', '营销负责人 周杰', '管家 刘芳'],
    notes: '开盘倒计时三周，确认开盘当天的接待动线。',
    issues: [
      { description: '周末看房团签到流程混乱，建议提前发放电子签到码', ownerName: '营销负责人 周杰', owner: 'marketing', dueInDays: 5, status: 'open' },
      { description: '电瓶车只有两辆，高峰时段客户等候超过十分钟', ownerName: '服务中心经理 张伟', owner: 'manager', dueInDays: 7, status: 'open' },
    ],
  },
];

/** Two sales meetings of project 1 with the issues the butler raised; the first meeting's open one carries into the second. */
export async function seedSalesMeetingDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const projectId = ids.projectIds[0];
  const butler = ids.users.butler;
  const center = await trx.selectFrom('sales_centers').select('id').where('project_id', '=', projectId).orderBy('id').executeTakeFirst();
  if (!butler) return;
  const now = Date.now();
  for (const m of MEETINGS) {
    const held = now - m.daysAgo * DAY;
    const at = new Date(held).toISOString();
    const meeting: SalesMeetingRow = {
      id: uuidv7(),
      company_id: ids.companyId,
      project_id: projectId,
      sales_center_id: center?.id ?? null,
      meeting_date: businessDate(held),
      title: '销售工作例会',
      attendees: JSON.stringify(m.attendees),
      notes: m.notes,
      recorded_by: butler,
      ...newRowStamp(at),
    };
    await trx.insertInto('sales_meetings').values(meeting).execute();
    for (const i of m.issues) {
      const closedAt = i.closedAfterDays === undefined ? null : new Date(held + i.closedAfterDays * DAY).toISOString();
      const issue: MeetingIssueRow = {
        id: uuidv7(),
        company_id: ids.companyId,
        project_id: projectId,
        meeting_id: meeting.id,
        raised_on: meeting.meeting_date,
        description: i.description,
        owner_name: i.ownerName,
        owner_user_id: i.owner ? (ids.users[i.owner] ?? null) : null,
        due_date: businessDate(held + i.dueInDays * DAY),
        status: i.status,
        resolution: i.resolution ?? null,
        raised_by: butler,
        closed_at: closedAt,
        closed_on: closedAt ? businessDate(closedAt) : null,
        ...newRowStamp(at),
      };
      await trx.insertInto('sales_meeting_issues').values(issue).execute();
      await recordIssueEvent(trx, issue, { action: 'raise', to: 'open', meetingId: meeting.id, actorId: butler, at });
      if (i.status === 'inProgress') await recordIssueEvent(trx, issue, { action: 'start', from: 'open', to: 'inProgress', actorId: issue.owner_user_id ?? butler, at });
      if (closedAt) await recordIssueEvent(trx, issue, { action: 'resolve', from: 'open', to: i.status, note: i.resolution, actorId: butler, at: closedAt });
    }
  }
}
