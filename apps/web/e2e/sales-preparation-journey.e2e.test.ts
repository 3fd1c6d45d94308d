import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { SCREENSHOT_DIR, startJourney, TEST_PASSWORD, type Journey } from './harness.js';

let j: Journey;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  j = await startJourney({ locale: 'zh-CN' });
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await j?.close();
});

const DAY = 86_400_000;
const shanghai = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);

/** A second person at their own desk: a new browser context, signed in. */
async function personAt(username: string, path: string): Promise<Page> {
  const context = await j.browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 860 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, username, path);
  return page;
}

async function signIn(page: Page, username: string, path: string) {
  page.on('pageerror', (e) => console.error(`[${username}] page error:`, e.message));
  await page.goto(`${j.baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('current-user').waitFor();
  await page.goto(`${j.baseUrl}${path}`);
}

async function shotOf(page: Page, name: string) {
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true, animations: 'disabled' });
}

/** Confirms the Popconfirm a button opened. */
async function confirmPopup(page: Page) {
  await page.locator('.ant-popconfirm').filter({ visible: true }).getByRole('button', { name: '确 定' }).or(page.locator('.ant-popconfirm').filter({ visible: true }).getByRole('button', { name: '确定' })).click();
}

describe('sales-phase preparation: an event plan from draft to the marketing lead\'s rehearsal, and the opening readiness', () => {
  it('butler drafts a plan; submission is refused until the emergency plan is written; regional approves; the rehearsal two days before shows on 周杰\'s page', async () => {
    const { page, t } = j;
    const eventDate = shanghai(new Date(Date.now() + 20 * DAY));
    const rehearsalDate = shanghai(new Date(Date.now() + 18 * DAY));
    const title = '金秋开盘暖场活动';

    // 1. The butler drafts a major promotion; the backward schedule is drawn up from its template.
    await signIn(page, 'butler', '/event-plans');
    await page.getByRole('button', { name: '新建活动方案' }).first().click();
    const dialog = page.getByRole('dialog', { name: '新建活动方案' });
    await dialog.getByLabel('活动名称').fill(title);
    const date = dialog.getByLabel('活动日期');
    await date.click();
    await date.fill(eventDate);
    await date.press('Enter');
    await expect(date.inputValue()).resolves.toBe(eventDate);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/event-plans\/[0-9a-f-]{36}$/);
    const planId = page.url().split('/').pop()!;
    await page.getByText(rehearsalDate).first().waitFor();

    // 2. Lead group, division of labour and order plan; the emergency plan is left out.
    await page.getByRole('button', { name: '添加成员' }).click();
    await page.getByLabel('姓名').last().fill('张伟');
    await page.getByLabel('职务（组长、副组长、组员…）').last().fill('组长');
    await page.getByRole('button', { name: '添加分工' }).click();
    await page.getByLabel('负责人', { exact: true }).last().fill('刘芳');
    await page.getByLabel('职责', { exact: true }).last().fill('现场接待与茶歇');
    await page.getByRole('textbox', { name: '秩序保障方案', exact: true }).fill('停车场两名秩序维护员引导车辆，入口设分流栏杆，高峰时段限流。');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('方案内容已保存').waitFor();
    await page.getByRole('button', { name: '提交审批' }).click();
    await confirmPopup(page);
    await page.getByText('应急预案').first().waitFor();
    await page.locator('.ant-form-item-has-error').filter({ hasText: '应急预案' }).waitFor();
    await shotOf(page, 'preparation-01-refused-without-emergency-plan');
    const refused = (await t.as('butler').get(`/api/event-plans/${planId}`)).json() as { status: string };
    expect(refused.status).toBe('draft');

    // 3. The emergency plan is written, saved and the plan goes to the regional head.
    await page.getByRole('textbox', { name: '应急预案', exact: true }).fill('人员拥挤时启动分流；突发疾病由值班管家联系 120 并引导至休息区；火情按消防预案疏散。');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('方案内容已保存').waitFor();
    await page.getByRole('button', { name: '提交审批' }).click();
    await confirmPopup(page);
    await page.getByText('审批中').first().waitFor();
    await shotOf(page, 'preparation-02-submitted');

    // 4. The regional head approves it from the approval inbox.
    const regional = await personAt('regional', '/approvals');
    await regional.getByRole('row', { name: new RegExp(title) }).getByRole('button', { name: '查看' }).click();
    await regional.getByRole('button', { name: '同意', exact: true }).click();
    const approve = regional.getByRole('dialog', { name: '同意审批' });
    await approve.getByLabel('审批意见').fill('同意，注意雨天预案');
    await approve.getByRole('button', { name: '同意', exact: true }).click();
    await approve.waitFor({ state: 'hidden' });
    await regional.getByText('已同意').first().waitFor();
    const approved = (await t.as('butler').get(`/api/event-plans/${planId}`)).json() as { status: string; rehearsalDate: string };
    expect(approved).toMatchObject({ status: 'approved', rehearsalDate });

    // 5. The marketing on-site lead finds the rehearsal two days before the event on the plans page, and confirms it.
    const marketing = await personAt('marketing', '/event-plans');
    const row = marketing.getByRole('row', { name: new RegExp(title) }).filter({ hasText: rehearsalDate });
    await row.first().waitFor();
    await expect(row.first().textContent()).resolves.toContain('待确认');
    await shotOf(marketing, 'preparation-03-marketing-rehearsals');
    await row.first().getByRole('link', { name: title }).click();
    await marketing.getByRole('button', { name: '确认演练' }).click();
    await confirmPopup(marketing);
    await marketing.getByText('已确认现场演练').waitFor();
    const confirmed = (await t.as('butler').get(`/api/event-plans/${planId}`)).json() as { rehearsalConfirmedBy: { name: string } | null };
    expect(confirmed.rehearsalConfirmedBy?.name).toContain('周杰');
  });

  it('butler: the demo project\'s opening readiness shows its milestones, coloured, with the equipment list', async () => {
    const { page } = j;
    await page.goto(`${j.baseUrl}/opening-readiness`);
    await page.getByRole('row', { name: /查看 .* 的开盘准备/ }).first().click();
    for (const milestone of ['完成会所功能相关设备设施的采购申请', '完成招聘', '完成培训', '会所设备设施按配置要求落实到位', '样板房展示开放']) {
      await page.getByText(milestone, { exact: true }).first().waitFor();
    }
    await page.getByText('前台接待台').first().waitFor();
    await shotOf(page, 'preparation-04-opening-readiness');
  });

  it('manager: the demo project\'s agreement and service plan, checklists, showcase, drills and training pages; a visitor reads the publicity on a phone', async () => {
    const manager = await personAt('manager', '/sales-preparation');
    await manager.getByText('JH-WT-2026-018').first().waitFor();
    await shotOf(manager, 'preparation-05-pre-agreement');
    await manager.getByRole('tab', { name: '服务方案' }).click();
    await manager.getByText('已批准').first().waitFor();
    await shotOf(manager, 'preparation-06-service-plan');
    await manager.getByRole('tab', { name: '筹备清单' }).click();
    await manager.getByText('获知开发商对开发项目的理念', { exact: false }).first().waitFor();
    await shotOf(manager, 'preparation-07-checklists');

    await manager.goto(`${j.baseUrl}/showcase`);
    await manager.getByText('已批准').first().waitFor();
    await shotOf(manager, 'preparation-08-showcase');
    await manager.getByRole('tab', { name: '宣传资料' }).click();
    await manager.getByText('《物业管理条例》要点').first().waitFor();
    await shotOf(manager, 'preparation-09-publicity');

    await manager.goto(`${j.baseUrl}/etiquette-drills`);
    await manager.getByText(/保安会操表演|接待礼仪演示|管家服务模拟/).first().waitFor();
    await shotOf(manager, 'preparation-10-drills');

    await manager.goto(`${j.baseUrl}/training`);
    await manager.getByText('开发商的企业文化与经营理念').first().waitFor();
    await shotOf(manager, 'preparation-11-training');

    // The reception board carries the day's drill timetable.
    await manager.goto(`${j.baseUrl}/reception`);
    await manager.getByTestId('drill-strip').waitFor();
    await shotOf(manager, 'preparation-12-board-drills');

    // A visitor scans the sales center's code: no sign-in, published material only.
    const projectId = j.t.demo.projectIds[0];
    const list = (await j.t.as('manager').get(`/api/showcase/showcases?projectId=${projectId}`)).json() as { items: { showcase: { id: string } | null }[] };
    const showcaseId = list.items.find((i) => i.showcase)!.showcase!.id;
    const { publicCode } = (await j.t.as('manager').get(`/api/showcase/showcases/${showcaseId}`)).json() as { publicCode: string };
    const phone = await j.browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    contexts.push(phone);
    const visitor = await phone.newPage();
    await visitor.goto(`${j.baseUrl}/h5/showcase/${publicCode}`);
    await visitor.getByText('《物业管理条例》要点').first().waitFor();
    await visitor.screenshot({ path: `${SCREENSHOT_DIR}/preparation-13-visitor-h5.png`, fullPage: true });
    expect(visitor.url()).not.toContain('/login');
  });
});
