import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { startWorker, type Worker } from '../../server/src/worker.js';
import { SCREENSHOT_DIR, startJourney, TEST_PASSWORD, type Journey } from './harness.js';

/** The reception board runs on the sales center's tablet; the consultant carries a phone. */
const TABLET = { width: 1024, height: 768 };
const PHONE = { width: 390, height: 844 };
/** The lowest threshold a sales center may configure: the journey waits for a real alert, not a minute. */
const THRESHOLD_SECONDS = 15;

let j: Journey;
let worker: Worker | null = null;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  j = await startJourney({ locale: 'zh-CN', viewport: TABLET });
  // As main.ts does: the job worker runs inside the web process, so the delayed alert job reaches the open boards at once.
  worker = startWorker({ db: j.t.ctx.db, dialect: j.t.ctx.dialect, notifier: j.t.ctx.notifier, pollMs: 250 });
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await worker?.stop();
  await j?.close();
});

const shanghai = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);

/** A full-page screenshot with transitions run to their end, so a radio or drawer is never caught half-drawn. */
async function shotOf(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true, animations: 'disabled' });
}

/** Opens a full-screen page: the sign-in comes first and leads back to it. */
async function signInTo(page: Page, path: string, username: string) {
  page.on('pageerror', (e) => console.error(`[${username}] page error:`, e.message));
  await page.goto(`${j.baseUrl}${path}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => url.pathname === path);
}

/** Waits until every antd message toast has gone, so screenshots show the page itself. */
async function toastsGone(page: Page) {
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 10_000 });
}

/** Waits until no element matching `selector` is on screen any more (a closing drawer or popup has finished its animation). */
async function goneFromScreen(page: Page, selector: string) {
  await expect.poll(() => page.locator(selector).filter({ visible: true }).count(), { timeout: 10_000 }).toBe(0);
}

/** No two boxes overlap (a cheap guard against a broken tablet or phone layout). */
async function assertNoOverlap(scope: Locator, selector: string) {
  const boxes = (await scope.locator(selector).evaluateAll((els) =>
    els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })),
  )) as { x: number; y: number; w: number; h: number }[];
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      const A = boxes[a];
      const B = boxes[b];
      const overlap = Math.min(A.x + A.w, B.x + B.w) - Math.max(A.x, B.x) > 1 && Math.min(A.y + A.h, B.y + B.h) - Math.max(A.y, B.y) > 1;
      expect(overlap, `${selector} #${a} overlaps #${b}`).toBe(false);
    }
  }
}

/** Nothing wider than the viewport: no sideways scrolling on the tablet or the phone. */
async function assertNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'page is wider than the screen').toBeLessThanOrEqual(client);
}

describe('sales-site reception: from an appointment to a complaint with a reply date', () => {
  it('butler checks in 孙丽\'s appointment; 孙丽\'s phone gets the hand-off live; nobody comes out and the board alerts; the butler engages, records the drink and the show-flat tour, and files a complaint with a reply-by date', async () => {
    const { page: board, t } = j;
    const projectId = t.demo.projectIds[0];

    // 0. The service-center manager sets the sales center's alert threshold to its minimum.
    const centers = (await t.as('manager').get(`/api/projects/${projectId}/sales-centers?pageSize=200`)).json() as { items: { id: string; name: string }[] };
    const center = centers.items[0];
    const before = (await t.as('manager').get(`/api/reception/settings?salesCenterId=${center.id}`)).json() as { alertThresholdSeconds: number; version: number };
    expect(before.alertThresholdSeconds).toBe(60);
    const saved = await t.as('manager').put('/api/reception/settings', { salesCenterId: center.id, alertThresholdSeconds: THRESHOLD_SECONDS, version: before.version });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ alertThresholdSeconds: THRESHOLD_SECONDS });

    // 1. The butler opens the board on the tablet: today's appointments, nobody on site, no alerts.
    await signInTo(board, '/reception', 'butler');
    await board.getByText('实时', { exact: true }).waitFor();
    const appointment = board.getByTestId(/^appointment-/).filter({ hasText: '王先生' });
    await appointment.waitFor();
    await expect(appointment.textContent()).resolves.toContain('孙丽');
    await board.getByText(`超过 ${THRESHOLD_SECONDS} 秒未出迎即提醒`).waitFor();
    await board.getByText('现在没有到访客户').waitFor();
    await assertNoSidewaysScroll(board);
    await assertNoOverlap(board.locator('body'), '.ant-col > .ant-btn');
    await shotOf(board, 'sales-01-board-tablet');

    // 2. 孙丽 (sales) opens her phone page: live, nobody waiting yet, her appointments of today listed.
    const phoneContext = await j.browser.newContext({ locale: 'zh-CN', viewport: PHONE, isMobile: true, hasTouch: true });
    contexts.push(phoneContext);
    const phone = await phoneContext.newPage();
    await signInTo(phone, '/reception/my', 'sales');
    await phone.getByText('实时', { exact: true }).waitFor();
    await phone.getByText('暂时没有交接给您的客户').waitFor();
    await phone.getByText('王先生', { exact: true }).waitFor();
    await assertNoSidewaysScroll(phone);
    await shotOf(phone, 'sales-02-consultant-phone-idle');
    // A mark on this page load: it must still be there when the hand-off shows, i.e. nobody reloaded.
    await phone.evaluate(() => Object.assign(window, { handOffWatch: 'same page' }));

    // 3. The visitor arrives: the butler finds the appointment by phone number and checks it in.
    await board.getByRole('button', { name: '预约到访' }).click();
    const checkIn = board.getByRole('dialog', { name: '预约到访登记' });
    await checkIn.waitFor();
    const search = checkIn.getByLabel('客户姓名或手机号');
    await search.fill('13800001111');
    await search.press('Enter');
    // Until the search answers, the dialog still lists all of today's appointments.
    await expect.poll(() => checkIn.locator('label.ant-radio-wrapper').allTextContents(), { timeout: 10_000 }).toEqual([expect.stringContaining('王先生')]);
    const option = checkIn.locator('label.ant-radio-wrapper').filter({ hasText: '王先生' });
    await option.click();
    await checkIn.locator('label.ant-radio-wrapper-checked').filter({ hasText: '王先生' }).waitFor();
    // Picking the appointment brings its consultant, party size and the consent given when it was booked.
    await expect(checkIn.getByRole('checkbox', { name: '客户同意登记信息' }).isChecked()).resolves.toBe(true);
    await expect(checkIn.getByLabel('人数').inputValue()).resolves.toBe('2');
    await checkIn.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: '孙丽' }).first().waitFor();
    await shotOf(board, 'sales-03-check-in-dialog');
    await checkIn.getByRole('button', { name: '登记并通知销售' }).click();
    await checkIn.waitFor({ state: 'hidden' });
    await board.locator('.ant-message-notice').filter({ hasText: /已通知.*孙丽/ }).waitFor();

    const onSite = board.getByTestId(/^onsite-/).filter({ hasText: '王先生' });
    await onSite.waitFor();
    await expect(onSite.textContent()).resolves.toContain('等候销售');
    const visitId = (await onSite.getAttribute('data-testid'))!.replace('onsite-', '');
    await expect(board.getByTestId(/^appointment-/).filter({ hasText: '王先生' }).count()).resolves.toBe(0);

    // 4. 孙丽's phone shows the hand-off at once, without a reload: a toast and the waiting visitor on top.
    const handOff = phone.getByTestId(`handoff-${visitId}`);
    await handOff.waitFor({ timeout: 10_000 });
    await expect(handOff.textContent()).resolves.toContain('客户 王先生 正在等候您');
    await handOff.getByRole('button', { name: '我已出迎' }).waitFor();
    await phone.locator('.ant-notification-notice').filter({ hasText: '王先生' }).waitFor();
    await expect(phone.evaluate(() => (window as { handOffWatch?: string }).handOffWatch)).resolves.toBe('same page');
    await assertNoSidewaysScroll(phone);
    await shotOf(phone, 'sales-04-consultant-phone-handoff');
    await toastsGone(board);
    await shotOf(board, 'sales-05-board-waiting');

    // 5. Nobody presses 我已出迎: once the threshold has run out the board raises the alert, live.
    const alert = board.getByTestId(/^alert-/).filter({ hasText: '王先生' });
    await alert.waitFor({ timeout: (THRESHOLD_SECONDS + 30) * 1000 });
    await expect(alert.textContent()).resolves.toContain(`孙丽 已超过 ${THRESHOLD_SECONDS} 秒未出迎 王先生`);
    await board.locator(`[data-testid="wait-${visitId}"][data-overdue="true"]`).waitFor();
    await assertNoSidewaysScroll(board);
    await shotOf(board, 'sales-06-board-alert');
    await board.setViewportSize({ width: 1280, height: 800 });
    await assertNoSidewaysScroll(board);
    await shotOf(board, 'sales-06b-board-alert-1280');
    await board.setViewportSize(TABLET);
    await phone.locator(`[data-testid="wait-${visitId}"][data-overdue="true"]`).waitFor();
    await phone.locator('.ant-notification-notice').first().waitFor({ state: 'detached', timeout: 15_000 });
    await shotOf(phone, 'sales-07-consultant-phone-overdue');

    // 6. The butler goes over to the visitor and says so on the board: the alert is closed and logged.
    await alert.getByRole('button', { name: '已与客户沟通' }).click();
    await board.getByText('没有需要处理的提醒').waitFor();
    await toastsGone(board);

    // 7. The butler serves a drink from the water bar and shows the visitor the show flat.
    await onSite.click();
    const drawer = board.getByRole('dialog').filter({ hasText: '服务环节' });
    await drawer.waitFor();
    for (const step of ['水吧饮品', '样板房参观']) {
      await drawer.getByRole('button', { name: step }).click();
      await board.getByText(`已记录：${step}`).waitFor();
      await drawer.getByRole('button', { name: step }).locator('.anticon-check').waitFor();
    }
    await drawer.locator('.ant-timeline-item').filter({ hasText: '样板房参观' }).waitFor();
    await toastsGone(board);
    await shotOf(board, 'sales-08-visit-drawer-steps');
    await drawer.getByRole('button', { name: '关闭' }).click();
    await goneFromScreen(board, '.ant-drawer-mask, .ant-drawer-content-wrapper');
    await onSite.getByText('样板房参观').waitFor();
    await expect(onSite.textContent()).resolves.toContain('水吧饮品');
    await shotOf(board, 'sales-09-board-after-steps');

    const visit = (await t.as('butler').get(`/api/reception/visits/${visitId}`)).json() as {
      status: string;
      consultant: { name: string };
      journey: { step: string; outcome: string; by: { name: string } | null }[];
      alerts: { handledHow: string | null; handledBy: { name: string } | null; raisedAt: string; notifiedAt: string }[];
      events: { action: string }[];
    };
    expect(visit.status).toBe('waiting');
    expect(visit.consultant.name).toContain('孙丽');
    expect(visit.journey.map((s) => [s.step, s.outcome])).toEqual([
      ['waterBarDrink', 'done'],
      ['showFlatTour', 'done'],
    ]);
    expect(visit.alerts).toHaveLength(1);
    expect(visit.alerts[0]).toMatchObject({ handledHow: 'engaged' });
    expect(visit.alerts[0].handledBy).not.toBeNull();
    expect(Date.parse(visit.alerts[0].raisedAt) - Date.parse(visit.alerts[0].notifiedAt)).toBeGreaterThanOrEqual(THRESHOLD_SECONDS * 1000);
    // The visit's history logs the hand-off, the alert and how it was handled, then the two steps.
    expect(visit.events.map((e) => e.action)).toEqual(['create', 'checkIn', 'handOff', 'alert', 'alertHandled', 'recordStep', 'recordStep']);

    // 8. The visitor complains about the show flat; it cannot be settled on the spot, so the butler
    //    agrees a reply date two days ahead (Shanghai) and records it from the board.
    const replyBy = shanghai(new Date(Date.now() + 2 * 86_400_000));
    await board.getByRole('button', { name: '登记投诉' }).click();
    await board.waitForURL(/\/work-orders\/new\?kind=complaint&channel=visit&salesCenterId=/);
    const form = board.locator('form');
    await form.getByLabel('报事人').fill('王先生');
    await form.getByLabel('联系电话').fill('13800001111');
    await form.locator('.ant-form-item').filter({ hasText: '销售中心' }).getByText(center.name).waitFor();
    await form.getByLabel('发生地点').fill('1 号楼样板房');
    const date = form.getByLabel('约定回复日期');
    await date.click();
    await date.fill(replyBy);
    await date.press('Enter');
    await expect(date.inputValue()).resolves.toBe(replyBy);
    await goneFromScreen(board, '.ant-picker-dropdown');
    await form.getByLabel('标题').fill('样板房空调不制冷');
    await form.getByLabel('问题描述').fill('客户参观 1 号楼样板房时空调不制冷，室内闷热，要求说明交付时的空调品牌和保修。');
    await goneFromScreen(board, '.ant-form-item-explain-error');
    await assertNoSidewaysScroll(board);
    await assertNoOverlap(form, '.ant-form-item');
    await shotOf(board, 'sales-10-complaint-form');
    await form.getByRole('button', { name: '提交工单' }).click();
    await board.waitForURL(/\/work-orders\/[0-9a-f-]{36}$/);
    const reply = board.getByTestId('reply-section');
    await reply.waitFor();
    await reply.getByText(replyBy, { exact: true }).waitFor();
    await expect(reply.textContent()).resolves.toContain('待回复');
    await expect(reply.textContent()).resolves.toContain(center.name);
    await expect(reply.textContent()).resolves.toContain('1 号楼样板房');
    await toastsGone(board);
    await shotOf(board, 'sales-11-complaint-detail');

    const orderId = board.url().split('/').pop()!;
    const order = (await t.as('butler').get(`/api/work-orders/${orderId}`)).json();
    expect(order).toMatchObject({ kind: 'complaint', channel: 'visit', replyBy, location: '1 号楼样板房', salesCenter: { id: center.id }, requester: { name: '王先生' } });
  });
});
