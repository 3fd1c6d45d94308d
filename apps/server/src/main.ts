import { loadConfig } from './platform/config.js';
import { openAndMigrate } from './platform/boot.js';
import { buildApp } from './platform/http/app.js';
import { Notifier } from './platform/http/notifier.js';
import { DEMO_ACCOUNTS, seedDemo } from './demo/seed-demo.js';
import { startWorker } from './worker.js';

const config = loadConfig();
const handle = await openAndMigrate(config);
const seeded = await seedDemo(handle.db, config.demoPassword);

const ctx = { db: handle.db, dialect: handle.dialect, config, notifier: new Notifier() };
const app = await buildApp(ctx, { logger: true });
await app.listen({ host: config.host, port: config.port });
const worker = config.inProcessWorker ? startWorker({ db: handle.db, dialect: handle.dialect, notifier: ctx.notifier, logger: app.log }) : null;

console.log(`\n  Guanjia 管家 — http://${config.host}:${config.port}  (database: ${handle.dialect}${seeded ? ', demo seeded now' : ''})`);
console.log(`  Demo accounts (password: ${process.env.GUANJIA_DEMO_PASSWORD ? '$GUANJIA_DEMO_PASSWORD' : config.demoPassword}):`);
for (const a of DEMO_ACCOUNTS) console.log(`    ${a.username.padEnd(11)} ${a.description}`);
console.log(`  Owner H5: http://${config.host}:${config.port}/h5/   API docs: http://${config.host}:${config.port}/api/docs\n`);

async function shutdown() {
  await app.close();
  await worker?.stop();
  await handle.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
