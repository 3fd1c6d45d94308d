import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, startJourney, TEST_PASSWORD, type Journey } from './harness.js';

let j: Journey;
beforeAll(async () => {
  j = await startJourney({ locale: 'zh-CN' });
});
afterAll(async () => j?.close());

async function login(page: Page, baseUrl: string, username: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('current-user').waitFor();
}

describe('a request goes through the approval engine', () => {
  it('manager: submits a request; regional head approves it from the inbox; the manager is told live', async () => {
    const { page, baseUrl, browser } = j;

    await login(page, baseUrl, 'manager');
    await page.goto(`${baseUrl}/approvals`);
    await page.getByRole('button', { name: '发起审批' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('标题').fill('采购案场接待用品');
    await dialog.getByLabel('说明').fill('水吧杯具与宣传资料架，预算 3,200 元');
    await dialog.getByRole('button', { name: '提交' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: '采购案场接待用品' }).waitFor();
    await j.shot('approval-01-submitted');
    await expect(page.getByTestId('notification-bell').getAttribute('aria-label')).resolves.toMatch(/0/);

    // The regional head works in a second browser context, as a second person would.
    const other = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 860 } });
    const regional = await other.newPage();
    await login(regional, baseUrl, 'regional');
    await regional.goto(`${baseUrl}/approvals`);
    await regional.getByRole('row', { name: /采购案场接待用品/ }).getByRole('button', { name: '查看' }).click();
    await regional.getByRole('button', { name: '同意', exact: true }).click();
    const approveDialog = regional.getByRole('dialog', { name: '同意审批' });
    await approveDialog.getByLabel('审批意见').fill('同意，按预算执行');
    await regional.screenshot({ path: `${SCREENSHOT_DIR}/approval-02-approving.png`, fullPage: true });
    await approveDialog.getByRole('button', { name: '同意', exact: true }).click();
    await approveDialog.waitFor({ state: 'hidden' });
    await regional.getByText('已同意').first().waitFor();
    await other.close();

    // The manager's bell updates over Server-Sent Events without a reload.
    await page.waitForFunction(() => /[1-9]/.test(document.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label') ?? ''), null, { timeout: 15_000 });
    // The list on screen refreshed too: the request now shows as approved.
    await page.getByRole('row', { name: /采购案场接待用品/ }).getByText('已通过').waitFor();
    await page.getByTestId('notification-bell').click();
    await page.getByText(/采购案场接待用品/).first().waitFor();
    await j.shot('approval-03-notified');
  });
});
