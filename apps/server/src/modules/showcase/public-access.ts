import type { DbOrTx } from '../../platform/db/transaction.js';
import { NotFoundError } from '../../platform/http/errors.js';

/**
 * The visitors' side, reached without signing in through a sales center's unguessable code: only
 * the published items of that project, no people, and only the files those items carry. An unknown
 * code is 404 like any missing page.
 */
export async function showcaseOfCode(db: DbOrTx, code: string) {
  const row = await db
    .selectFrom('brand_showcases')
    .innerJoin('sales_centers', 'sales_centers.id', 'brand_showcases.sales_center_id')
    .innerJoin('projects', 'projects.id', 'brand_showcases.project_id')
    .select(['brand_showcases.id', 'brand_showcases.company_id', 'brand_showcases.project_id', 'brand_showcases.sales_center_id', 'sales_centers.name as salesCenterName', 'projects.name as projectName'])
    .where('brand_showcases.public_code', '=', code)
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return row;
}

export const publicFileUrl = (code: string, fileId: string) => `/api/public/showcase/${encodeURIComponent(code)}/files/${fileId}`;
