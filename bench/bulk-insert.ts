import { CompiledQuery } from 'kysely';
import type { Db, Dialect } from '../apps/server/src/platform/db/database.js';

export type Row = unknown[];

export interface TableSpec {
  table: string;
  columns: string[];
}

/**
 * Rows per INSERT statement. SQLite binds at most 32,766 variables per statement and PostgreSQL
 * 65,535; 500 rows of ~12 columns stays well inside both, 1,000 on PostgreSQL halves the round trips.
 */
const ROWS_PER_STATEMENT: Record<Dialect, number> = { sqlite: 500, postgresql: 1000 };
/** Rows per transaction: one commit per chunk keeps the WAL small and lets progress show. */
const ROWS_PER_TRANSACTION = 50_000;

const sqlCache = new Map<string, string>();

/** One multi-row INSERT for `rows` rows, cached: a full batch has the same text every time. */
function insertSql(dialect: Dialect, spec: TableSpec, rows: number): string {
  const key = `${dialect}:${spec.table}:${rows}`;
  const cached = sqlCache.get(key);
  if (cached) return cached;
  const cols = spec.columns.map((c) => `"${c}"`).join(', ');
  let n = 0;
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    const marks = spec.columns.map(() => (dialect === 'sqlite' ? '?' : `$${++n}`));
    tuples.push(`(${marks.join(', ')})`);
  }
  const text = `insert into "${spec.table}" (${cols}) values ${tuples.join(', ')}`;
  sqlCache.set(key, text);
  return text;
}

export interface Progress {
  (table: string, done: number, total: number, startedAt: number): void;
}

/** Prints a line at every tenth of the way, with the running insert rate. */
export const printProgress: Progress = (table, done, total, startedAt) => {
  const secs = (performance.now() - startedAt) / 1000;
  const rate = secs > 0 ? Math.round(done / secs) : 0;
  console.log(`  ${table.padEnd(18)} ${done.toLocaleString('en-US').padStart(10)} / ${total.toLocaleString('en-US')}  (${secs.toFixed(1)} s, ${rate.toLocaleString('en-US')} rows/s)`);
};

/** Inserts every row of `rows` in multi-row statements, committing every ROWS_PER_TRANSACTION rows. */
export async function bulkInsert(
  db: Db,
  dialect: Dialect,
  spec: TableSpec,
  rows: Iterable<Row>,
  total: number,
  opts: { signal?: AbortSignal; progress?: Progress } = {},
): Promise<number> {
  const progress = opts.progress ?? printProgress;
  const perStatement = ROWS_PER_STATEMENT[dialect];
  const startedAt = performance.now();
  const step = Math.max(1, Math.ceil(total / 10));
  let nextReport = step;
  let done = 0;
  let chunk: Row[] = [];

  const flush = async () => {
    opts.signal?.throwIfAborted();
    const rowsOfChunk = chunk;
    chunk = [];
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < rowsOfChunk.length; i += perStatement) {
        const batch = rowsOfChunk.slice(i, i + perStatement);
        const params: unknown[] = [];
        for (const row of batch) for (const v of row) params.push(v);
        await trx.executeQuery(CompiledQuery.raw(insertSql(dialect, spec, batch.length), params));
      }
    });
    done += rowsOfChunk.length;
    if (done >= nextReport || done === total) {
      progress(spec.table, done, total, startedAt);
      while (nextReport <= done) nextReport += step;
    }
  };

  for (const row of rows) {
    chunk.push(row);
    if (chunk.length >= ROWS_PER_TRANSACTION) await flush();
  }
  if (chunk.length) await flush();
  return done;
}
