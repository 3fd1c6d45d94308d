import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { fileRefs, presentShowcase } from './present-showcase.js';
import { parseJson } from './showcase-access.js';

/** The project's sales centers, each with its showcase when one was started. */
export async function listBrandShowcases(db: DbOrTx, actor: Actor, projectId: string, now: Date = new Date()) {
  assertProjectVisible(actor, projectId, 'entity.project');
  const [centers, showcases] = await Promise.all([
    db.selectFrom('sales_centers').select(['id', 'name']).where('project_id', '=', projectId).where('company_id', '=', actor.companyId).orderBy('name').execute(),
    db.selectFrom('brand_showcases').selectAll().where('project_id', '=', projectId).where('company_id', '=', actor.companyId).execute(),
  ]);
  const files = await fileRefs(db, showcases.flatMap((s) => parseJson<string[]>(s.layout_file_ids, [])));
  const byCenter = new Map(showcases.map((s) => [s.sales_center_id, s]));
  return {
    items: centers.map((c) => {
      const showcase = byCenter.get(c.id);
      return { salesCenter: c, showcase: showcase ? presentShowcase(showcase, c, files, now) : null };
    }),
  };
}
