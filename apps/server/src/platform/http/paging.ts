import type { SelectQueryBuilder } from 'kysely';
import { z } from 'zod';

/** ?page=&pageSize= on every list; pageSize is capped so one request cannot read a whole table. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Runs a filtered query twice: once for the total, once for one ordered page.
 * `query` must carry the filters but no ORDER BY; `order` adds it to the page query only.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function paginate<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  order: (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, O>,
  paging: { page: number; pageSize: number },
): Promise<Page<O>> {
  const [{ total }, items] = await Promise.all([
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow() as Promise<{ total: number }>,
    order(query).limit(paging.pageSize).offset((paging.page - 1) * paging.pageSize).execute(),
  ]);
  return { items, total: Number(total), page: paging.page, pageSize: paging.pageSize };
}
