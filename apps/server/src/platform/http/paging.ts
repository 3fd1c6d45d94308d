import { sql, type SelectQueryBuilder } from 'kysely';
import { z } from 'zod';

/** ?page=&pageSize= on every list; pageSize is capped so one request cannot read a whole table. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    /** True when `total` stopped counting at the list's cap (the real number is larger). */
    totalCapped: z.boolean().optional(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  totalCapped?: boolean;
  page: number;
  pageSize: number;
}

/**
 * Runs a filtered query twice: once for the total, once for one ordered page.
 * `query` must carry the filters but no ORDER BY; `order` adds it to the page query only.
 * With `maxCount`, counting stops there (`totalCapped`): an exact COUNT over a million-row log costs
 * seconds and nobody pages that far.
 */
export async function paginate<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  order: (q: SelectQueryBuilder<DB, TB, O>) => SelectQueryBuilder<DB, TB, O>,
  paging: { page: number; pageSize: number; maxCount?: number },
): Promise<Page<O>> {
  const count = async (): Promise<{ total: number; totalCapped?: boolean }> => {
    if (paging.maxCount) {
      const upTo = await query.clearSelect().select(sql<number>`1`.as('one')).limit(paging.maxCount + 1).execute();
      return { total: Math.min(upTo.length, paging.maxCount), totalCapped: upTo.length > paging.maxCount };
    }
    const row = (await query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow()) as { total: number };
    return { total: Number(row.total) };
  };
  const [items, counted] = await Promise.all([
    order(query).limit(paging.pageSize).offset((paging.page - 1) * paging.pageSize).execute(),
    count(),
  ]);
  return { items, ...counted, page: paging.page, pageSize: paging.pageSize };
}
