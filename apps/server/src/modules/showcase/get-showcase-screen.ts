import { SCREEN_KINDS } from '@guanjia/domain/showcase/publicity';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { fileRefs } from './present-showcase.js';
import { presentPublicityItem } from './present-publicity-item.js';
import { loadVisibleSalesCenter } from './showcase-access.js';

/** What the sales center's screen loops through: the project's published videos and notices, in display order. */
export async function getShowcaseScreen(db: DbOrTx, actor: Actor, salesCenterId: string) {
  const center = await loadVisibleSalesCenter(db, actor, salesCenterId);
  const rows = await db
    .selectFrom('publicity_items')
    .selectAll()
    .where('project_id', '=', center.project_id)
    .where('status', '=', 'published')
    .where('kind', 'in', [...SCREEN_KINDS])
    .orderBy('display_order')
    .orderBy('created_at')
    .execute();
  const files = await fileRefs(db, rows.map((r) => r.file_id));
  return { salesCenter: { id: center.id, name: center.name }, items: rows.map((r) => presentPublicityItem(r, files)) };
}
