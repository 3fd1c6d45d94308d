import pg from 'pg';

/**
 * Before a PostgreSQL run: drop test schemas left by test processes that are no longer alive
 * (a crashed run cannot drop its own). Schemas are named t_<pid>_<random>.
 */
export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`SELECT nspname AS name FROM pg_namespace WHERE nspname ~ '^t_[0-9]+_'`);
    for (const { name } of rows) {
      const pid = Number(name.split('_')[1]);
      if (isAlive(pid)) continue;
      await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    }
  } finally {
    await client.end();
  }
}

/** Signal 0 only asks: ESRCH means gone; EPERM means alive but another user's, whose schema is not ours to drop. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
