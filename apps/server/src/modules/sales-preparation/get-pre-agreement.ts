import { canWritePreAgreement } from '@guanjia/domain/sales-preparation/service-plan-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { findVisibleProject, named, parseJson, userNames, type PreAgreementRow } from './sales-preparation-access.js';

/** The project's 前期协议 record (null until first saved), its history, and whether the caller may edit it. */
export async function getPreAgreement(db: DbOrTx, actor: Actor, projectId: string) {
  const project = await findVisibleProject(db, actor, projectId);
  const row = await db.selectFrom('pre_agreements').selectAll().where('project_id', '=', project.id).executeTakeFirst();
  const events = row ? await db.selectFrom('pre_agreement_events').selectAll().where('agreement_id', '=', row.id).orderBy('id').execute() : [];
  const fileIds = row ? parseJson<string[]>(row.file_ids, []) : [];
  const files = fileIds.length ? await db.selectFrom('files').selectAll().where('id', 'in', fileIds).execute() : [];
  const names = await userNames(db, [row?.updated_by ?? null, ...events.map((e) => e.actor_id)]);
  return {
    project: { id: project.id, name: project.name },
    preAgreement: row ? presentPreAgreement(row, files, names) : null,
    history: events.map((e) => ({ action: e.action, from: e.from_value, to: e.to_value, actor: named(names, e.actor_id), note: e.note, at: e.created_at })),
    canEdit: canWritePreAgreement(actor.roles),
  };
}

function presentPreAgreement(row: PreAgreementRow, files: { id: string; original_name: string; content_type: string; size: number }[], names: Map<string, string>) {
  const byId = new Map(files.map((f) => [f.id, f]));
  return {
    id: row.id,
    projectId: row.project_id,
    projectPositioning: row.project_positioning,
    salesSupportPositioning: row.sales_support_positioning,
    contractNumber: row.contract_number,
    contractSignedOn: row.contract_signed_on,
    termStart: row.term_start,
    termEnd: row.term_end,
    serviceContent: row.service_content,
    serviceRequirements: row.service_requirements,
    keyTerms: parseJson<string[]>(row.key_terms, []),
    // In the order attached; a file removed from storage drops out.
    files: parseJson<string[]>(row.file_ids, [])
      .map((id) => byId.get(id))
      .filter((f) => f !== undefined)
      .map((f) => ({ id: f.id, originalName: f.original_name, contentType: f.content_type, size: f.size, url: `/api/files/${f.id}` })),
    updatedBy: named(names, row.updated_by),
    updatedAt: row.updated_at,
    version: row.version,
  };
}
