import { uuidv7 } from '@guanjia/domain';
import type { DemoIds } from '../../demo/seed-demo.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { DEMO_FIRST_AGREEMENT_FEE, DEMO_TEMPLATES } from './demo-templates.js';
import { recordTemplateEvent, type TemplateRow } from './template-access.js';

const DAY = 86_400_000;

/**
 * Project 1's four documents published by the service-center manager; the agreement is on its second
 * version, the first retired, so the version history is not empty.
 */
export async function seedOwnerDocumentDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const manager = ids.users.manager;
  if (!manager) return;
  const projectId = ids.projectIds[0];
  const now = Date.now();
  const insert = async (t: (typeof DEMO_TEMPLATES)[number], versionNo: number, body: string, publishedAt: number, retiredAt: number | null) => {
    const at = new Date(publishedAt - DAY).toISOString();
    const row: TemplateRow = {
      id: uuidv7(),
      company_id: ids.companyId,
      project_id: projectId,
      kind: t.kind,
      version_no: versionNo,
      title: t.title,
      body,
      status: retiredAt === null ? 'published' : 'retired',
      created_by: manager,
      published_by: manager,
      published_at: new Date(publishedAt).toISOString(),
      retired_at: retiredAt === null ? null : new Date(retiredAt).toISOString(),
      ...newRowStamp(at),
    };
    await trx.insertInto('owner_document_templates').values(row).execute();
    await recordTemplateEvent(trx, row, { action: 'create', actorId: manager, data: { versionNo }, at });
    await recordTemplateEvent(trx, row, { action: 'publish', actorId: manager, data: { versionNo }, at: row.published_at! });
    if (row.retired_at) await recordTemplateEvent(trx, row, { action: 'retire', actorId: manager, at: row.retired_at });
  };
  for (const t of DEMO_TEMPLATES) {
    if (t.kind === 'preliminaryServiceAgreement') {
      const first = t.body.split('\n').map((p) => (p.startsWith('第三条') ? DEMO_FIRST_AGREEMENT_FEE : p)).join('\n');
      await insert(t, 1, first, now - 60 * DAY, now - 20 * DAY);
      await insert(t, 2, t.body, now - 20 * DAY, null);
    } else {
      await insert(t, 1, t.body, now - 60 * DAY, null);
    }
  }
}
