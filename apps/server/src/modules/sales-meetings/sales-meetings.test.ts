import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';

// Monday 2026-03-02, 10:00 in Shanghai. The demo's meetings were held on 02-23 and 03-01.
const NOW = new Date('2026-03-02T02:00:00Z');
const TODAY = '2026-03-02';

let t: TestApp;
let p1: string;
let p2: string;
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  t = await createTestApp();
  [p1, p2] = t.demo.projectIds;
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

interface Issue { id: string; description: string; status: string; overdue: boolean; ownerName: string; ownerUserId: string | null; version: number; allowedActions: string[]; canEdit: boolean; resolution: string | null }
interface Meeting { id: string; meetingDate: string; issues: Issue[]; carriedIssues: Issue[]; issuesRaised: number; issuesOpen: number; version: number; canEdit: boolean }

const meetings = async (who: string, projectId = p1) => t.as(who).get(`/api/projects/${projectId}/sales-meetings`);
const record = (who: string, body: Record<string, unknown>, projectId = p1, headers?: Record<string, string>) => t.as(who).post(`/api/projects/${projectId}/sales-meetings`, body, headers);
const meetingOf = async (who: string, id: string) => (await t.as(who).get(`/api/sales-meetings/${id}`)).json() as Meeting;
const act = (who: string, id: string, action: string, body: Record<string, unknown> = {}) => t.as(who).post(`/api/sales-meeting-issues/${id}/${action}`, body);
const board = async (who: string, query = '') => (await t.as(who).get(`/api/projects/${p1}/sales-meeting-issues${query}`)).json();
const descriptions = (issues: Issue[]) => issues.map((i) => i.description);
const count = async (table: 'sales_meetings' | 'sales_meeting_issues') => Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

let demoLatest: string;

describe('sales meetings: the demo and carried issues', () => {
  it('butler: two meetings, the latest first; the latest follows up the earlier one’s open issue, not its resolved one', async () => {
    const page = (await meetings('butler')).json();
    expect(page.items.map((m: { meetingDate: string; issuesRaised: number; issuesOpen: number }) => [m.meetingDate, m.issuesRaised, m.issuesOpen])).toEqual([
      ['2026-03-01', 2, 2],
      ['2026-02-23', 2, 1],
    ]);
    demoLatest = page.items[0].id;
    const latest = await meetingOf('butler', demoLatest);
    expect(descriptions(latest.issues)).toEqual(['周末看房团签到流程混乱，建议提前发放电子签到码', '电瓶车只有两辆，高峰时段客户等候超过十分钟']);
    expect(latest.carriedIssues.map((i) => [i.description, i.status, i.overdue])).toEqual([['水吧饮品种类单一，多位客户反映希望增加无糖饮品', 'inProgress', true]]);
    expect((await meetingOf('butler', page.items[1].id)).carriedIssues).toEqual([]);
  });
});

describe('sales meetings: recording', () => {
  it('butler: records today’s meeting with its issues; an owner with an account is told; audit and history written', async () => {
    const res = await record('butler', {
      meetingDate: TODAY,
      attendees: ['销售经理 郑华', '管家 刘芳'],
      notes: '讨论开盘物料',
      issues: [
        { description: '开盘当天停车位不足', ownerUserId: t.demo.users.salesmgr, dueDate: '2026-03-06' },
        { description: '样板房灯光偏暗', ownerName: '开发商工程部 李工', dueDate: '2026-03-09' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const m: Meeting = res.json();
    expect(m).toMatchObject({ meetingDate: TODAY, title: '销售工作例会', issuesRaised: 2, issuesOpen: 2, canEdit: true, version: 1 });
    expect(m.issues.map((i) => [i.ownerName, i.ownerUserId, i.status])).toEqual([
      ['销售经理 郑华', t.demo.users.salesmgr, 'open'],
      ['开发商工程部 李工', null, 'open'],
    ]);
    // Carried into today's meeting: every issue of earlier meetings still open today.
    expect(descriptions(m.carriedIssues).sort()).toEqual(['周末看房团签到流程混乱，建议提前发放电子签到码', '水吧饮品种类单一，多位客户反映希望增加无糖饮品', '电瓶车只有两辆，高峰时段客户等候超过十分钟'].sort());
    const notices = await t.ctx.db.selectFrom('notifications').select(['user_id', 'title', 'body']).where('kind', '=', 'salesMeetingIssue.assigned').execute();
    expect(notices).toEqual([{ user_id: t.demo.users.salesmgr, title: '销售例会问题交由您跟进', body: '开盘当天停车位不足，期限 2026-03-06' }]);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['entity_type', 'action']).where('entity_id', 'in', [m.id, ...m.issues.map((i) => i.id)]).orderBy('id').execute();
    expect(audit).toEqual([
      { entity_type: 'salesMeeting', action: 'create' },
      { entity_type: 'salesMeetingIssue', action: 'create' },
      { entity_type: 'salesMeetingIssue', action: 'create' },
    ]);
    const added = await t.as('manager').post(`/api/sales-meetings/${m.id}/issues`, { description: '宣传册库存不足', ownerName: '营销部', dueDate: '2026-03-04' });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().history.map((h: { action: string; meetingId: string }) => [h.action, h.meetingId])).toEqual([['raise', m.id]]);
  });

  it('bad input names the field (issues by line) in Chinese or English, and nothing is written', async () => {
    const [meetingsBefore, issuesBefore] = [await count('sales_meetings'), await count('sales_meeting_issues')];
    const cases: Array<[Record<string, unknown>, Record<string, RegExp>]> = [
      [{ meetingDate: '2026-03-03', attendees: [] }, { meetingDate: /不能晚于今天（2026-03-02）/ }],
      [{ meetingDate: '2026-13-01', attendees: 'all' }, { meetingDate: /格式不正确/, attendees: /格式不正确/ }],
      [{ meetingDate: TODAY, attendees: [], issues: [{ description: '甲', ownerName: '某', dueDate: '2026-03-01' }] }, { 'issues.0.dueDate': /不能早于例会日期（2026-03-02）/ }],
      [{ meetingDate: TODAY, attendees: [], issues: [{ description: '甲', ownerName: '某', dueDate: TODAY }, { description: '乙', dueDate: TODAY }] }, { 'issues.1.ownerName': /请填写责任人/ }],
      [{ meetingDate: TODAY, attendees: [], issues: [{ description: '甲', ownerUserId: t.demo.users.butler2, dueDate: TODAY }] }, { 'issues.0.ownerUserId': /不在本项目/ }],
      [{ meetingDate: TODAY, attendees: [], issues: [{ description: '', dueDate: TODAY }] }, { 'issues.0.description': /必填/ }],
      [{ meetingDate: TODAY, attendees: [], salesCenterId: (await t.ctx.db.selectFrom('sales_centers').select('id').where('project_id', '=', p2).executeTakeFirstOrThrow()).id }, { salesCenterId: /不属于本项目/ }],
    ];
    for (const [body, fields] of cases) {
      const res = await record('butler', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const got = res.json().error.fields;
      expect(Object.keys(got).sort()).toEqual(Object.keys(fields).sort());
      for (const [field, why] of Object.entries(fields)) expect(got[field]).toMatch(why);
    }
    const en = await record('butler', { meetingDate: '2026-03-03', attendees: [] }, p1, { 'accept-language': 'en' });
    expect(en.json().error.fields).toEqual({ meetingDate: 'The meeting date cannot be after today (2026-03-02)' });
    expect([await count('sales_meetings'), await count('sales_meeting_issues')]).toEqual([meetingsBefore, issuesBefore]);
  });

  it('who: recorders write; the sales manager, marketing lead and regional head read; sales consultants, technicians, owners 403; other projects 404', async () => {
    const body = { meetingDate: TODAY, attendees: ['管家 陈静'] };
    for (const who of ['salesmgr', 'marketing', 'regional', 'sales', 'technician', 'owner']) expect((await record(who, body)).statusCode, who).toBe(403);
    expect((await record('butler2', body)).statusCode).toBe(404);
    expect((await record('butler2', body, p2)).statusCode).toBe(201);
    for (const who of ['salesmgr', 'marketing', 'regional', 'manager']) expect((await meetings(who)).statusCode, who).toBe(200);
    for (const who of ['sales', 'technician', 'owner']) expect((await meetings(who)).statusCode, who).toBe(403);
    expect((await meetings('butler2')).statusCode).toBe(404);
    expect((await t.as('butler2').get(`/api/sales-meetings/${demoLatest}`)).statusCode).toBe(404);
    expect((await t.as('butler2').post(`/api/sales-meetings/${demoLatest}/issues`, { description: '甲', ownerName: '某', dueDate: TODAY })).statusCode).toBe(404);
    expect((await t.as('salesmgr').post(`/api/sales-meetings/${demoLatest}/issues`, { description: '甲', ownerName: '某', dueDate: TODAY })).statusCode).toBe(403);
  });

  it('butler: corrects a meeting with its version; a new date moves its issues but not past their due dates', async () => {
    const m = (await record('butler', { meetingDate: '2026-02-27', attendees: ['管家 刘芳'], issues: [{ description: '补录问题', ownerName: '营销部', dueDate: '2026-03-02' }] })).json() as Meeting;
    const edited = await t.as('butler').patch(`/api/sales-meetings/${m.id}`, { notes: '补录', attendees: ['管家 刘芳', '销售经理 郑华'], meetingDate: '2026-02-28', version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ notes: '补录', attendees: ['管家 刘芳', '销售经理 郑华'], meetingDate: '2026-02-28', version: 2 });
    expect(edited.json().issues[0].raisedOn).toBe('2026-02-28');
    expect((await t.as('butler').patch(`/api/sales-meetings/${m.id}`, { notes: 'x', version: 1 })).json().error.code).toBe('STALE_UPDATE');
    const late = await t.as('butler').patch(`/api/sales-meetings/${m.id}`, { meetingDate: '2026-03-02' });
    expect(late.statusCode).toBe(200);
    const past = await t.as('butler').patch(`/api/sales-meetings/${m.id}`, { meetingDate: '2026-03-03' });
    expect(past.json().error.fields).toEqual({ meetingDate: '例会日期不能晚于今天（2026-03-02）' });
    expect((await t.as('salesmgr').patch(`/api/sales-meetings/${m.id}`, { notes: 'x' })).statusCode).toBe(403);
  });
});

describe('sales meetings: following issues up', () => {
  it('butler starts and resolves an issue at a meeting; the history names the meeting; it leaves the open board', async () => {
    const [issue] = (await board('butler', '?q=签到')).items as Issue[];
    expect(issue!.allowedActions).toEqual(['start', 'resolve', 'drop']);
    const started = await act('butler', issue!.id, 'start', { version: issue!.version, meetingId: demoLatest });
    expect(started.statusCode, started.body).toBe(200);
    const resolved = await act('butler', issue!.id, 'resolve', { note: '已启用电子签到码', version: issue!.version + 1 });
    expect(resolved.json()).toMatchObject({ status: 'resolved', resolution: '已启用电子签到码', closedAt: NOW.toISOString(), allowedActions: [], canEdit: false });
    expect(resolved.json().history.map((h: { action: string; meetingId: string | null }) => [h.action, h.meetingId])).toEqual([
      ['raise', demoLatest],
      ['start', demoLatest],
      ['resolve', null],
    ]);
    expect(descriptions((await board('butler', '?open=true')).items)).not.toContain(issue!.description);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity_id', '=', issue!.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['salesMeetingIssue.start', 'salesMeetingIssue.resolve']);
    // The meeting it was raised at shows it resolved.
    const againLatest = await meetingOf('butler', demoLatest);
    expect(againLatest.issues.find((i) => i.id === issue!.id)?.status).toBe('resolved');

    const refused = await act('butler', issue!.id, 'start');
    expect([refused.statusCode, refused.json().error.message]).toEqual([409, '问题当前为“已解决”，不能开始处理']);
  });

  it('the owner on the sales side reports progress on their own issue only, and never drops it', async () => {
    const [mine] = (await board('salesmgr', '?q=停车位')).items as Issue[];
    expect(mine!.allowedActions).toEqual(['start', 'resolve']);
    expect((await act('marketing', mine!.id, 'start')).json().error.message).toBe('只有记录人或该问题的责任人可以更新进展');
    expect((await act('salesmgr', mine!.id, 'drop', { note: '不需要' })).json().error.message).toBe('只有物业管家或服务中心经理可以撤销问题');
    expect((await act('salesmgr', mine!.id, 'start')).statusCode).toBe(200);
    expect((await act('salesmgr', mine!.id, 'resolve', { note: '已协调临时停车场' })).json().status).toBe('resolved');
    for (const who of ['regional']) expect((await act(who, mine!.id, 'drop', { note: 'x' })).statusCode).toBe(403);
    for (const who of ['sales', 'technician', 'owner']) expect((await act(who, mine!.id, 'start')).statusCode, who).toBe(403);
    expect((await act('butler2', mine!.id, 'start')).statusCode).toBe(404);
  });

  it('butler: dropping needs a reason; a stale version and a meeting of another project are refused', async () => {
    const [issue] = (await board('butler', '?q=灯光偏暗')).items as Issue[];
    expect((await act('butler', issue!.id, 'drop')).json().error.fields).toEqual({ note: '请填写撤销原因' });
    expect((await act('butler', issue!.id, 'start', { version: issue!.version + 1 })).json().error.code).toBe('STALE_UPDATE');
    const far = (await record('butler2', { meetingDate: TODAY, attendees: [] }, p2)).json().id;
    expect((await act('butler', issue!.id, 'start', { meetingId: far })).json().error.fields).toEqual({ meetingId: '该例会不属于本项目' });
    expect((await act('butler', issue!.id, 'archive')).statusCode).toBe(400);
    const dropped = await act('manager', issue!.id, 'drop', { note: '开发商已更换灯具' });
    expect(dropped.json()).toMatchObject({ status: 'dropped', resolution: '开发商已更换灯具' });
  });

  it('butler: gives an open issue to someone else or moves its due date; a closed issue cannot be edited', async () => {
    const [issue] = (await board('butler', '?q=宣传册')).items as Issue[];
    const res = await t.as('butler').patch(`/api/sales-meeting-issues/${issue!.id}`, { ownerUserId: t.demo.users.marketing, dueDate: '2026-03-05', version: issue!.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ownerName: '营销负责人 周杰', ownerUserId: t.demo.users.marketing, dueDate: '2026-03-05', version: issue!.version + 1 });
    const named = await t.as('butler').patch(`/api/sales-meeting-issues/${issue!.id}`, { ownerName: '营销部 小吴' });
    expect(named.json()).toMatchObject({ ownerName: '营销部 小吴', ownerUserId: null });
    expect((await t.as('butler').patch(`/api/sales-meeting-issues/${issue!.id}`, { dueDate: '2026-03-01' })).json().error.fields).toEqual({ dueDate: expect.stringContaining('不能早于例会日期') });
    expect((await t.as('butler').patch(`/api/sales-meeting-issues/${issue!.id}`, { dueDate: '2026-03-06', version: 1 })).json().error.code).toBe('STALE_UPDATE');
    expect((await t.as('marketing').patch(`/api/sales-meeting-issues/${issue!.id}`, { dueDate: '2026-03-06' })).statusCode).toBe(403);
    await act('butler', issue!.id, 'resolve');
    const closed = await t.as('butler').patch(`/api/sales-meeting-issues/${issue!.id}`, { dueDate: '2026-03-06' });
    expect([closed.statusCode, closed.json().error.code]).toEqual([409, 'ISSUE_CLOSED']);
  });

  it('a week later: the next meeting carries only what was still open, with the overdue ones marked', async () => {
    vi.setSystemTime(new Date('2026-03-09T02:00:00Z'));
    try {
      const next = (await record('butler', { meetingDate: '2026-03-09', attendees: ['管家 刘芳'] })).json() as Meeting;
      const carried = next.carriedIssues.map((i) => [i.description, i.status, i.overdue]);
      expect(carried).toEqual(
        expect.arrayContaining([
          ['水吧饮品种类单一，多位客户反映希望增加无糖饮品', 'inProgress', true],
          ['电瓶车只有两辆，高峰时段客户等候超过十分钟', 'open', true],
        ]),
      );
      expect(descriptions(next.carriedIssues)).not.toContain('周末看房团签到流程混乱，建议提前发放电子签到码');
      expect(descriptions(next.carriedIssues)).not.toContain('开盘当天停车位不足');
      const overdue = (await board('butler', '?overdue=true')).items as Issue[];
      expect(overdue.every((i) => i.overdue)).toBe(true);
      expect(descriptions(overdue)).toContain('电瓶车只有两辆，高峰时段客户等候超过十分钟');
    } finally {
      vi.setSystemTime(NOW);
    }
    const closed = (await board('regional', '?open=false')).items as Issue[];
    expect(closed.map((i) => i.status).every((s) => s === 'resolved' || s === 'dropped')).toBe(true);
    expect((await board('butler', '?status=dropped')).items.map((i: Issue) => i.description)).toEqual(['样板房灯光偏暗']);
    expect((await t.as('sales').get(`/api/projects/${p1}/sales-meeting-issues`)).statusCode).toBe(403);
    expect((await t.as('butler2').get(`/api/projects/${p1}/sales-meeting-issues`)).statusCode).toBe(404);
  });
});

describe('sales meetings: who an issue may be given to', () => {
  it('butler: the project’s butlers, manager, sales manager and marketing lead; not sales consultants, technicians or company-wide accounts', async () => {
    const res = await t.as('butler').get(`/api/projects/${p1}/sales-meeting-owners`);
    expect(res.statusCode).toBe(200);
    const ids = (res.json().items as { id: string }[]).map((u) => u.id).sort();
    const { butler, manager, salesmgr, marketing } = t.demo.users;
    expect(ids).toEqual([butler, manager, salesmgr, marketing].sort());
    expect((await t.as('butler2').get(`/api/projects/${p1}/sales-meeting-owners`)).statusCode).toBe(404);
    expect((await t.as('sales').get(`/api/projects/${p1}/sales-meeting-owners`)).statusCode).toBe(403);
  });
});
