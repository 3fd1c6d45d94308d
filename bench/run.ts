import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Entry of `npm run bench`: runs bench/main.ts in a child process and waits for it.
 * The tsx CLI kills its child with SIGKILL when the child does not acknowledge Ctrl-C within about
 * 60 ms, which happens while the server under test is saturated; the bench data (a temp file or a
 * PostgreSQL schema) would then stay behind. One level down, Ctrl-C reaches main.ts directly and
 * it can remove its data before exiting.
 */
const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), main, ...process.argv.slice(2)], { stdio: 'inherit' });

// A terminal's Ctrl-C reaches the whole process group; forwarding covers a signal sent to this
// process alone. main.ts treats a repeat within a second as the same press.
const forward = (signal: NodeJS.Signals) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
