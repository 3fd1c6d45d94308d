import type { PublicityStatus } from '@guanjia/domain/showcase/publicity';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { fileRefs } from './present-showcase.js';
import { presentPublicityItemDetail } from './present-publicity-item.js';

/** The project's library in display order. */
export async function listPublicityItems(db: DbOrTx, actor: Actor, query: { projectId: string; status?: PublicityStatus }) {
  assertProjectVisible(actor, query.projectId, 'entity.project');
  let q = db.selectFrom('publicity_items').selectAll().where('project_id', '=', query.projectId).where('company_id', '=', actor.companyId);
  if (query.status) q = q.where('status', '=', query.status);
  const rows = await q.orderBy('display_order').orderBy('created_at').execute();
  const files = await fileRefs(db, rows.map((r) => r.file_id));
  return { items: rows.map((r) => presentPublicityItemDetail(r, files, actor.roles)) };
}
