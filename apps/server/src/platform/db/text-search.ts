import { sql, type Expression, type SqlBool } from 'kysely';
import { z } from 'zod';

/** The optional ?q= of a list: trimmed, capped, and "" means no search. */
export const searchParam = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((v) => v || undefined);

/** `%`, `_` and the escape character typed by a user are literal characters, not wildcards. */
function containsPattern(q: string): string {
  return `%${q.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/**
 * Case-insensitive "any of the columns contains q", the same on SQLite and PostgreSQL (PostgreSQL's
 * LIKE is case-sensitive and SQLite has no ILIKE, so both sides are lower-cased). Columns may be
 * plain ("name") or qualified ("users.name").
 */
export function containsText(columns: string | readonly string[], q: string): Expression<SqlBool> {
  const pattern = containsPattern(q);
  const list = typeof columns === 'string' ? [columns] : columns;
  const parts = list.map((c) => sql<SqlBool>`lower(${sql.ref(c)}) like ${pattern} escape '!'`);
  return parts.length === 1 ? parts[0] : sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}
