import type { DbOrTx } from '../../platform/db/transaction.js';
import { publicFileUrl, showcaseOfCode } from './public-access.js';

/** The visitors' page: the published items of the code's project, in display order. */
export async function getPublicShowcase(db: DbOrTx, code: string) {
  const showcase = await showcaseOfCode(db, code);
  const items = await db
    .selectFrom('publicity_items')
    .leftJoin('files', 'files.id', 'publicity_items.file_id')
    .select(['publicity_items.id', 'kind', 'topic', 'title', 'summary', 'body', 'media_url', 'file_id', 'files.original_name', 'files.content_type'])
    .where('publicity_items.project_id', '=', showcase.project_id)
    .where('publicity_items.status', '=', 'published')
    .orderBy('display_order')
    .orderBy('publicity_items.created_at')
    .execute();
  return {
    projectName: showcase.projectName,
    salesCenterName: showcase.salesCenterName,
    items: items.map((i) => ({
      id: i.id,
      kind: i.kind,
      topic: i.topic,
      title: i.title,
      summary: i.summary,
      body: i.body,
      file: i.file_id && i.content_type ? { name: i.original_name ?? '', contentType: i.content_type, url: publicFileUrl(code, i.file_id) } : null,
      mediaUrl: i.media_url,
    })),
  };
}
