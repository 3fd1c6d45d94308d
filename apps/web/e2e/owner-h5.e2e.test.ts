import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJourney, TEST_PASSWORD, type Journey } from './harness.js';

let j: Journey;
beforeAll(async () => {
  j = await startJourney({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
});
afterAll(async () => j?.close());

describe('owner on the mobile H5 pages', () => {
  it('owner: logs in on a phone-sized screen, sees their own household, logs out', async () => {
    const { page, baseUrl } = j;
    await page.goto(`${baseUrl}/h5/`);
    await page.getByPlaceholder('请输入用户名').waitFor();
    await j.shot('h5-01-login');
    await page.getByPlaceholder('请输入用户名').fill('owner');
    await page.getByPlaceholder('请输入密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();

    const household = page.getByTestId('owner-household');
    await household.waitFor();
    await expect(household.textContent()).resolves.toContain('1-101');
    // Nothing wider than the phone: no horizontal scrolling on the owner's home.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await j.shot('h5-02-home');

    await page.getByRole('button', { name: '退出登录' }).click();
    // The H5 page asks to confirm; wait for its dialog rather than racing its animation.
    const confirm = page.getByRole('dialog').getByRole('button', { name: /确定|退出/ });
    await confirm.first().waitFor();
    await confirm.first().click();
    await page.getByPlaceholder('请输入用户名').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/me')).status);
    expect(me).toBe(401);
  });
});
