import { sql, type RawBuilder } from 'kysely';

/** Rows meeting `condition`, as a sum of 0/1 (portable conditional counting on SQLite and PostgreSQL); null over no rows. */
export const countWhen = (condition: RawBuilder<unknown>) => sql<number | null>`sum(case when ${condition} then 1 else 0 end)`;
