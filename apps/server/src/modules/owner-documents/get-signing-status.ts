import { csvDocument } from '../../platform/http/csv.js';
import { showPersonalData } from '@guanjia/domain';
import { OWNER_DOCUMENT_KINDS, OWNER_DOCUMENT_KIND_LABELS, signatureState, type OwnerDocumentKind } from '@guanjia/domain/owner-documents/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import type { StatusQuery, StatusRow } from './schemas.js';

type Cell = StatusRow['documents'][number];

/**
 * Who has not signed what: one row per owner (and co-owner) of the project's households, with each
 * document's standing. A signature of an earlier version still counts as signed: it stands as signed.
 * Phones are masked (here and in the CSV); staff reveal one through the logged reveal endpoint.
 */
export async function getSigningStatus(db: DbOrTx, actor: Actor, projectId: string, query: Pick<StatusQuery, 'missingOnly'>) {
  assertProjectVisible(actor, projectId, 'entity.project');
  const owners = await db
    .selectFrom('household_members as m')
    .innerJoin('owners as o', 'o.id', 'm.owner_id')
    .innerJoin('households as h', 'h.id', 'm.household_id')
    .innerJoin('units as u', 'u.id', 'h.unit_id')
    .innerJoin('buildings as b', 'b.id', 'u.building_id')
    .select(['o.id as owner_id', 'o.name as owner_name', 'o.phone', 'h.id as household_id', 'b.name as building_name', 'u.code as unit_code'])
    .where('m.project_id', '=', projectId)
    .where('m.company_id', '=', actor.companyId)
    .where('m.relation', 'in', ['owner', 'coOwner'])
    .orderBy('b.code')
    .orderBy('u.floor')
    .orderBy('u.code')
    .orderBy('o.name')
    .execute();
  const published = new Map(
    (await db.selectFrom('owner_document_templates').select(['kind', 'version_no']).where('project_id', '=', projectId).where('status', '=', 'published').execute()).map((t) => [t.kind, t.version_no]),
  );
  const signatures = await db.selectFrom('owner_document_signatures').select(['id', 'owner_id', 'kind', 'version_no', 'signed_at']).where('project_id', '=', projectId).orderBy('signed_at').execute();
  // The latest signature per owner and kind (later rows overwrite earlier ones).
  const latest = new Map(signatures.map((s) => [`${s.owner_id}:${s.kind}`, s]));

  const cell = (ownerId: string, kind: OwnerDocumentKind): Cell => {
    const publishedVersionNo = published.get(kind) ?? null;
    const s = latest.get(`${ownerId}:${kind}`);
    const signed = { signedVersionNo: s?.version_no ?? null, signedAt: s?.signed_at ?? null, signatureId: s?.id ?? null };
    if (publishedVersionNo === null) return { kind, state: s ? 'signed' : 'noTemplate', publishedVersionNo, ...signed };
    return { kind, state: signatureState(publishedVersionNo, s?.version_no), publishedVersionNo, ...signed };
  };
  const rows: StatusRow[] = owners.map((o) => {
    const documents = OWNER_DOCUMENT_KINDS.map((k) => cell(o.owner_id, k));
    return {
      ownerId: o.owner_id,
      ownerName: o.owner_name,
      phone: showPersonalData(actor, { projectId, ownerId: o.owner_id, assignedToActor: false }, { phone: o.phone, idNumber: null }).phone,
      householdId: o.household_id,
      unitLabel: `${o.building_name} ${o.unit_code}`,
      documents,
      missing: documents.filter((d) => d.state === 'notSigned').map((d) => d.kind),
    };
  });
  const summary = OWNER_DOCUMENT_KINDS.map((kind) => ({
    kind,
    publishedVersionNo: published.get(kind) ?? null,
    signed: rows.filter((r) => r.documents.some((d) => d.kind === kind && d.signatureId)).length,
    missing: rows.filter((r) => r.missing.includes(kind)).length,
  }));
  return { items: query.missingOnly === 'true' ? rows.filter((r) => r.missing.length > 0) : rows, summary };
}

/** The matrix as CSV with a BOM, so Excel opens the Chinese correctly; times in Shanghai. */
export function signingStatusCsv(rows: StatusRow[], formatInstant: (iso: string) => string): string {
  const header = ['业主', '房号', '电话', ...OWNER_DOCUMENT_KINDS.map((k) => OWNER_DOCUMENT_KIND_LABELS[k]['zh-CN']), '未签文件'];
  const text = (d: Cell) =>
    d.state === 'noTemplate' ? '未发布' : d.signedAt ? `已签 v${d.signedVersionNo} ${formatInstant(d.signedAt)}${d.state === 'signedEarlierVersion' ? `（现行 v${d.publishedVersionNo}）` : ''}` : '未签';
  return csvDocument(
    header,
    rows.map((r) => [r.ownerName, r.unitLabel, r.phone, ...r.documents.map(text), r.missing.map((k) => OWNER_DOCUMENT_KIND_LABELS[k]['zh-CN']).join('；')]),
  );
}
