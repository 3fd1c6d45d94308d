// `npm test`: installs what is missing, then runs every suite — unit (domain + web), server on
// SQLite, server on PostgreSQL (TEST_DATABASE_URL), browser journeys (Debian chromium) — and ends
// with one line "N passed, N failed". Without PostgreSQL or Chromium a suite is skipped loudly;
// with CI=true a skipped suite is a failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstall } from './ensure-install.mjs';
import { ensureWebBuilt } from './start.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
const ci = process.env.CI === 'true' || process.env.CI === '1';
const only = process.argv.slice(2);

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && fs.existsSync(p)) ?? null;
}

const suites = [
  { name: 'unit', root: '.', config: 'vitest.config.ts', env: {} },
  { name: 'web', root: 'apps/web', config: 'vitest.config.ts', env: {} },
  { name: 'server-sqlite', root: 'apps/server', config: 'vitest.config.ts', env: { TEST_DATABASE_URL: '' } },
  {
    name: 'server-postgresql',
    root: 'apps/server',
    config: 'vitest.config.ts',
    env: {},
    requires: () => (process.env.TEST_DATABASE_URL ? null : 'TEST_DATABASE_URL is not set (e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm test)'),
  },
  {
    name: 'browser',
    root: 'apps/web/e2e',
    config: 'vitest.config.ts',
    env: { TEST_DATABASE_URL: '' },
    requires: () => (findChromium() ? null : 'Chromium not found (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)'),
    before: ensureWebBuilt,
  },
];

function runSuite(suite) {
  const out = path.join(resultsDir, `${suite.name}.json`);
  fs.rmSync(out, { force: true });
  const env = { ...process.env, ...suite.env };
  if (env.TEST_DATABASE_URL === '') delete env.TEST_DATABASE_URL;
  const args = ['run', '--root', suite.root, '--config', suite.config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  const res = spawnSync(path.join(root, 'node_modules/.bin/vitest'), args, { cwd: root, stdio: 'inherit', env });
  if (!fs.existsSync(out)) return { passed: 0, failed: 1, note: `vitest exited ${res.status} without results` };
  const json = JSON.parse(fs.readFileSync(out, 'utf8'));
  const failedFiles = json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  return { passed: json.numPassedTests, failed: json.numFailedTests + failedFiles, skipped: json.numPendingTests + json.numTodoTests };
}

ensureInstall();
fs.mkdirSync(resultsDir, { recursive: true });
let passed = 0;
let failed = 0;
const lines = [];
for (const suite of suites) {
  if (only.length && !only.includes(suite.name)) continue;
  const missing = suite.requires?.();
  if (missing) {
    const msg = `SKIPPED suite "${suite.name}": ${missing}`;
    console.log(`\n${'!'.repeat(msg.length)}\n${msg}\n${'!'.repeat(msg.length)}\n`);
    lines.push(`${suite.name}: skipped — ${missing}`);
    if (ci) failed += 1;
    continue;
  }
  console.log(`\n=== ${suite.name} ===`);
  suite.before?.();
  const r = runSuite(suite);
  passed += r.passed;
  failed += r.failed;
  lines.push(`${suite.name}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`);
}
console.log('\n' + lines.join('\n'));
const summary = `${passed} passed, ${failed} failed`;
fs.writeFileSync(path.join(resultsDir, 'summary.txt'), summary + '\n');
console.log(summary);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
