import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { SCREENSHOT_DIR, startJourney, TEST_PASSWORD, type Journey } from './harness.js';

let j: Journey;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  j = await startJourney({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await j?.close();
});

const shanghai = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);
const shanghaiHour = (d: Date) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' }).format(d));

async function shotOf(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** A second person at their own desk: a fresh desktop browser context, signed in on the staff web. */
async function staffPage(username: string): Promise<Page> {
  const context = await j.browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 860 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${username}] page error:`, e.message));
  await page.goto(`${j.baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('current-user').waitFor();
  return page;
}

/** Presses a work-order action and confirms it in the dialog the action opens. */
async function act(page: Page, action: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: action, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('butler service: from an owner\'s booking to a rejected result', () => {
  it('owner books carpet cleaning (too early, then the earliest date); butler dispatches; technician completes; owner rates 2 and rejects; the order reopens', async () => {
    const { page, baseUrl, t } = j;
    const catalog = (await t.as('owner').get(`/api/service-catalog?projectId=${t.demo.projectIds[0]}`)).json() as {
      categories: { name: string; items: { id: string; name: string; leadWorkingDays: number }[] }[];
    };
    const carpet = catalog.categories.find((c) => c.name === '家政服务')!.items.find((i) => i.name === '地毯清洗')!;
    expect(carpet.leadWorkingDays).toBe(1);

    // Today is too early for one working day's notice, but a window must still lie ahead: after the
    // last window has begun (from 19:00 in Shanghai) no time today can be refused for the lead time
    // rather than for being past, so the item then asks two working days and tomorrow is too early.
    const now = new Date();
    const lateInDay = shanghaiHour(now) >= 19;
    if (lateInDay) expect((await t.as('admin').patch(`/api/service-items/${carpet.id}`, { leadWorkingDays: 2 })).statusCode).toBe(200);
    const tooEarly = lateInDay ? shanghai(new Date(now.getTime() + 86_400_000)) : shanghai(now);

    // 1. The owner signs in on a phone and finds the service from the home page.
    await page.goto(`${baseUrl}/h5/login`);
    await page.getByPlaceholder('请输入用户名').fill('owner');
    await page.getByPlaceholder('请输入密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('home-services').waitFor();
    await j.shot('butler-01-owner-home');
    await page.getByTestId('home-services').click();
    await page.getByText('三、家政服务').click();
    const item = page.getByTestId('service-item').filter({ hasText: '地毯清洗' });
    await item.waitFor();
    await j.shot('butler-02-catalog');
    await item.getByRole('button', { name: '预约' }).click();

    // 2. The form starts at the earliest date the calendar allows.
    const earliestText = await page.getByText(/^最早可预约 \d{4}-\d{2}-\d{2}$/).textContent();
    const earliest = earliestText!.replace('最早可预约 ', '');
    const dateInput = page.getByTestId('service-date');
    await expect(dateInput.inputValue()).resolves.toBe(earliest);
    expect(tooEarly < earliest).toBe(true);
    await j.shot('butler-03-booking-form');

    // 3. A too-early date is typed in anyway: the server refuses it and names the earliest date.
    await dateInput.fill(tooEarly);
    // The day's last window: the first one shown may begin while the form is filled in, and a window
    // already begun is refused for being past, not for the lead time.
    await page.locator('.adm-selector-item').last().click();
    await page.getByPlaceholder(/请描述您的需求/).fill('客厅羊毛地毯约 12 平方米，有咖啡渍');
    await j.shot('butler-04a-too-early-typed');
    await page.getByRole('button', { name: '提交预约' }).click();
    const refusal = page.locator('.adm-form-item-feedback-error').filter({ hasText: earliest });
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toMatch(/工作日预约/);
    await expect(dateInput.inputValue()).resolves.toBe(earliest);
    await j.shot('butler-04b-too-early-refused');

    // 4. The earliest date is accepted: the owner gets the work-order number.
    if ((await page.locator('.adm-selector-item-active').count()) === 0) await page.locator('.adm-selector-item').first().click();
    await page.getByRole('button', { name: '提交预约' }).click();
    const numberCell = page.getByTestId('order-number');
    await numberCell.waitFor();
    const number = (await numberCell.textContent())!.trim();
    expect(number).toMatch(/^GD-\d{8}-\d{4}$/);
    await j.shot('butler-05-booked');
    await page.getByRole('button', { name: '查看工单' }).click();
    await page.getByTestId('order-title').waitFor();
    const orderId = page.url().split('/').pop()!;
    await expect(page.getByTestId('order-status').textContent()).resolves.toBe('待受理');
    await j.shot('butler-06-owner-order-submitted');

    // 5. The butler opens the order on the staff web and dispatches it to the demo technician.
    const butler = await staffPage('butler');
    await butler.goto(`${baseUrl}/work-orders`);
    await butler.getByRole('link', { name: number }).waitFor();
    await shotOf(butler, 'butler-07a-butler-list');
    await butler.getByRole('link', { name: number }).click();
    await butler.waitForURL(new RegExp(`/work-orders/${orderId}`));
    await butler.getByRole('button', { name: '派单', exact: true }).waitFor();
    await shotOf(butler, 'butler-07-butler-order');
    await butler.getByRole('button', { name: '派单', exact: true }).click();
    const dispatch = butler.getByRole('dialog');
    await dispatch.waitFor();
    await dispatch.getByText('技术员/员工', { exact: true }).click();
    await dispatch.getByRole('combobox').last().fill('赵磊');
    // The visible option carries the title; antd's role=option twin is an invisible accessibility copy.
    await butler.getByTitle(/赵磊/).click();
    await shotOf(butler, 'butler-08-dispatching');
    await dispatch.getByRole('button', { name: '派单', exact: true }).click();
    await dispatch.waitFor({ state: 'hidden' });
    await butler.getByText('工程技术员 赵磊').first().waitFor();
    await shotOf(butler, 'butler-09-dispatched');

    // 6. The technician takes the job, starts and completes it.
    const technician = await staffPage('technician');
    await technician.goto(`${baseUrl}/work-orders/${orderId}`);
    await act(technician, '接单');
    await act(technician, '开始处理');
    await act(technician, '完成', async (dialog) => {
      await dialog.getByRole('textbox').first().fill('已用专用清洗剂处理，咖啡渍已去除');
    });
    await technician.getByText('已完成').first().waitFor();
    await shotOf(technician, 'butler-10-technician-completed');

    // 7. The owner sees the completed order, rates it 2 and sends it back with a comment.
    await page.reload();
    await expect(page.getByTestId('order-status').textContent()).resolves.toBe('已完成');
    const rating = page.getByTestId('rating-form');
    await rating.getByRole('radio', { name: '2 星' }).click();
    await rating.getByLabel('评价内容').fill('地毯边角还有污渍，请重新清洗');
    await j.shot('butler-11-owner-rating');
    await rating.getByRole('button', { name: '不满意，退回重做' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '不满意，退回重做' }).click();
    await page.getByTestId('order-reopen-count').waitFor();
    await expect(page.getByTestId('order-status').textContent()).resolves.toBe('处理中');
    await expect(page.getByTestId('order-reopen-count').textContent()).resolves.toContain('1');
    await page.locator('.adm-toast-main').waitFor({ state: 'detached' });
    await j.shot('butler-12-owner-reopened');
    await page.getByRole('button', { name: 'back' }).or(page.locator('.adm-nav-bar-back')).first().click();
    await page.getByTestId('my-order').filter({ hasText: number }).getByText('处理中').waitFor();
    await j.shot('butler-12b-owner-orders');

    // 8. The butler sees the order back in progress, reopened once.
    await butler.reload();
    await butler.getByText('处理中').first().waitFor();
    await expect(butler.locator('th:has-text("返工次数") + td').textContent()).resolves.toBe('1');
    await shotOf(butler, 'butler-13-butler-reopened');
    const detail = (await t.as('butler').get(`/api/work-orders/${orderId}`)).json();
    expect(detail).toMatchObject({ status: 'inProgress', reopenCount: 1, satisfaction: 2 });
  });
});
