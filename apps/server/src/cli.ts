import { loadConfig } from './platform/config.js';
import { openAndMigrate } from './platform/boot.js';
import { commands, describeError } from './cli/commands.js';

function help(): string {
  const lines = ['Guanjia 管家 operator commands: npm run cli -- <command> [flags]', ''];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name} ${c.usage}`, `      ${c.summary}`);
  lines.push('', 'Uses DATA_DIR / DATABASE_URL like the server.');
  return lines.join('\n');
}

const [name, ...rest] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.log(help());
  process.exit(name && name !== 'help' ? 2 : 0);
}

/** `--name value` pairs; a flag without a value is an error the operator sees. */
const flags: Record<string, string> = {};
for (let i = 0; i < rest.length; i += 2) {
  const key = rest[i];
  if (!key.startsWith('--') || rest[i + 1] === undefined || rest[i + 1].startsWith('--')) {
    console.error(`error: expected "--flag value" pairs near "${key}"\nusage: npm run cli -- ${name} ${command.usage}`);
    process.exit(2);
  }
  flags[key.slice(2)] = rest[i + 1];
}
const config = loadConfig();
const handle = await openAndMigrate(config);
try {
  console.log(await command.run(handle.db, flags, config));
} catch (err) {
  console.error(`error: ${describeError(err)}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
