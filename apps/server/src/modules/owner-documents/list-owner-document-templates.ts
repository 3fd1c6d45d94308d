import { OWNER_DOCUMENT_KINDS } from '@guanjia/domain/owner-documents/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';

/** Template rows with the names and the signature count they show, read in the same statement. */
export function templateRows(db: DbOrTx) {
  return db
    .selectFrom('owner_document_templates as t')
    .selectAll('t')
    .select((eb) => [
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 't.created_by').as('created_by_name'),
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 't.published_by').as('published_by_name'),
      eb
        .selectFrom('owner_document_signatures as s')
        .select((s) => s.fn.countAll<number>().as('n'))
        .whereRef('s.template_id', '=', 't.id')
        .as('signature_count'),
    ]);
}
export type TemplateListRow = Awaited<ReturnType<ReturnType<typeof templateRows>['executeTakeFirstOrThrow']>>;

/** Every version of a project's documents: the four kinds in the seed's order, newest version first. */
export async function listOwnerDocumentTemplates(db: DbOrTx, actor: Actor, projectId: string): Promise<TemplateListRow[]> {
  assertProjectVisible(actor, projectId, 'entity.project');
  const rows = await templateRows(db).where('t.project_id', '=', projectId).where('t.company_id', '=', actor.companyId).orderBy('t.version_no', 'desc').execute();
  return rows.sort((a, b) => OWNER_DOCUMENT_KINDS.indexOf(a.kind) - OWNER_DOCUMENT_KINDS.indexOf(b.kind));
}

export async function readTemplate(db: DbOrTx, id: string): Promise<TemplateListRow> {
  return templateRows(db).where('t.id', '=', id).executeTakeFirstOrThrow();
}
