import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startJourney, TEST_PASSWORD, type Journey } from './harness.js';

let j: Journey;
beforeAll(async () => {
  j = await startJourney({ locale: 'zh-CN' });
});
afterAll(async () => j?.close());

async function login(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('current-user').waitFor();
}

/** Opens an antd Select by its form label inside `scope` and picks the option with the given text. */
async function choose(page: Page, scope: Locator, label: string, option: string) {
  const field = scope.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
  // Under load the dropdown may still be opening when the option is clicked: try again until the choice shows.
  for (let attempt = 0; attempt < 3; attempt++) {
    await scope.getByLabel(label, { exact: true }).first().click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
    // The select also announces the choice in a zero-size aria-live span: look for the visible value.
    const shown = await field
      .getByText(option, { exact: true })
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 3000 })
      .then(() => true, () => false);
    if (shown) return;
  }
  throw new Error(`${label}: could not choose ${option}`);
}

/** No two visible form items or header parts overlap (a cheap guard against broken layouts). */
async function assertNoOverlap(page: Page, selector: string) {
  const boxes = (await page.locator(selector).evaluateAll((els) =>
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

describe('administrator sets up a project and its first staff member', () => {
  it('admin: logs in in Chinese, creates a project, a building and a staff account, logs out; the new butler sees only that project', async () => {
    const { page, baseUrl } = j;

    await page.goto(`${baseUrl}/login`);
    await page.getByRole('button', { name: '登录' }).waitFor();
    await j.shot('01-login');

    await login(page, baseUrl, 'admin', TEST_PASSWORD);
    await expect(page.getByTestId('current-user').textContent()).resolves.toContain('王敏');
    await j.shot('02-home-admin');

    // A new project under the demo regional company.
    await page.goto(`${baseUrl}/org/projects`);
    await page.getByRole('button', { name: '新建项目' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('锦华·东岸花园');
    await dialog.getByLabel('编码').fill('DA03');
    await choose(page, dialog, '地区公司', '华东地区公司');
    await assertNoOverlap(page, '.ant-modal .ant-form-item');
    await j.shot('03-new-project');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: '锦华·东岸花园' }).waitFor();
    await j.shot('04-projects');

    // A building inside it.
    await page.getByRole('row', { name: /锦华·东岸花园/ }).getByRole('button', { name: '进入项目' }).click();
    await page.getByRole('tab', { name: '楼栋' }).click();
    await page.getByRole('button', { name: '新建楼栋' }).click();
    const bDialog = page.getByRole('dialog');
    await bDialog.getByLabel('名称').fill('1号楼');
    await bDialog.getByLabel('编码').fill('1');
    await bDialog.getByRole('button', { name: '保存' }).click();
    await bDialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: '1号楼' }).waitFor();
    await j.shot('05-buildings');

    // A butler account for that project only.
    await page.goto(`${baseUrl}/staff`);
    await page.getByRole('button', { name: '新建账号' }).click();
    const uDialog = page.getByRole('dialog');
    await uDialog.getByLabel('用户名').fill('dongan.butler');
    await uDialog.getByLabel('姓名').fill('管家 马琳');
    await choose(page, uDialog, '角色', '物业管家');
    await page.keyboard.press('Escape');
    await choose(page, uDialog, '负责项目', '锦华·东岸花园');
    await page.keyboard.press('Escape');
    await uDialog.getByLabel('初始密码').fill('Dongan-2026');
    await assertNoOverlap(page, '.ant-modal .ant-form-item');
    await j.shot('06-new-staff');
    await uDialog.getByRole('button', { name: '保存' }).click();
    await uDialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'dongan.butler' }).waitFor();
    await j.shot('07-staff');

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();

    // The new butler sees exactly the one project.
    await login(page, baseUrl, 'dongan.butler', 'Dongan-2026');
    await assertNoOverlap(page, '.ant-layout-header > *');
    await j.shot('08-home-new-butler');
    const me = await page.evaluate(async () => (await fetch('/api/me')).json());
    expect(me.projects.map((p: { name: string }) => p.name)).toEqual(['锦华·东岸花园']);
    await expect(page.getByTestId('project-selector').textContent()).resolves.toContain('锦华·东岸花园');
    await page.getByRole('combobox', { name: '当前项目' }).click();
    // Read until the opening dropdown settles: its options are rendered a moment after it appears.
    await expect.poll(() => page.locator('.ant-select-dropdown:visible .ant-select-item-option').allTextContents(), { timeout: 10_000 }).toEqual(['锦华·东岸花园']);
  });
});
