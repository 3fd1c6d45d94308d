import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../server/src/testing/test-app.js';

export { TEST_PASSWORD };
const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const SCREENSHOT_DIR = path.join(repoRoot, 'test-results/screenshots');

export interface Journey {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  page: Page;
  /** Saves a full-page screenshot under test-results/screenshots/<name>.png. */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** A server on a random loopback port (fresh database with the demo seed, the built web app) and a Chromium page. */
export async function startJourney(opts: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<Journey> {
  const webDist = path.join(repoRoot, 'apps/web/dist');
  if (!fs.existsSync(path.join(webDist, 'index.html'))) throw new Error('apps/web/dist is missing: run `npm run build` first');
  const t = await createTestApp({ webDist });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ locale: opts.locale ?? 'zh-CN', viewport: opts.viewport ?? { width: 1366, height: 860 } });
  const page = await context.newPage();
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    t,
    baseUrl,
    browser,
    page,
    async shot(name) {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
}
