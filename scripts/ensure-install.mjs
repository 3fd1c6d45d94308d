// Installs dependencies when they are missing or older than package-lock.json, so `npm start` and
// `npm test` work on a fresh clone. Uses only Node built-ins: it runs before anything is installed.
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lock = path.join(root, 'package-lock.json');
const marker = path.join(root, 'node_modules', '.guanjia-install');

function fingerprint() {
  const h = createHash('sha256');
  for (const f of ['package.json', 'package-lock.json', 'apps/server/package.json', 'apps/web/package.json', 'packages/domain/package.json']) {
    const p = path.join(root, f);
    if (fs.existsSync(p)) h.update(fs.readFileSync(p));
  }
  h.update(process.version);
  return h.digest('hex');
}

function nativeModulesLoad() {
  try {
    execSync(`node -e "new (require('better-sqlite3'))(':memory:').close()"`, { cwd: path.join(root, 'apps/server'), stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function ensureInstall() {
  const want = fingerprint();
  const have = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : '';
  if (have === want && nativeModulesLoad()) return;
  console.log('[guanjia] installing dependencies (npm install; the first time compiles better-sqlite3, about two minutes)…');
  // A clean clone installs exactly the lock; an existing tree is updated in place (npm ci would wipe it).
  const fresh = !fs.existsSync(path.join(root, 'node_modules'));
  const cmd = fresh && fs.existsSync(lock) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund';
  execSync(cmd, { cwd: root, stdio: 'inherit' });
  if (!nativeModulesLoad()) {
    execSync('npm rebuild better-sqlite3', { cwd: root, stdio: 'inherit' });
  }
  fs.writeFileSync(marker, want);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) ensureInstall();
