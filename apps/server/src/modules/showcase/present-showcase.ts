import { businessDate } from '@guanjia/domain';
import { isBrandShowcaseApprovalLate, isSubmittedAfterDecoration } from '@guanjia/domain/showcase/showcase-flow';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { parseJson, type ShowcaseRow } from './showcase-access.js';
import type { ShowcaseView } from './schemas.js';

export type Named = { id: string; name: string } | null;
export type NameOf = (id: string | null) => Named;
export interface FileRef {
  id: string;
  name: string;
  contentType: string;
  url: string;
}

/** Names of the users referred to, in one query. */
export async function userNames(db: DbOrTx, ids: readonly (string | null)[]): Promise<NameOf> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  const rows = unique.length ? await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute() : [];
  const map = new Map(rows.map((r) => [r.id, r.name]));
  return (id) => (id && map.has(id) ? { id, name: map.get(id)! } : null);
}

/** Name, type and staff download address of the files referred to, in one query. */
export async function fileRefs(db: DbOrTx, ids: readonly (string | null)[]): Promise<(id: string | null) => FileRef | null> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  const rows = unique.length ? await db.selectFrom('files').select(['id', 'original_name', 'content_type']).where('id', 'in', unique).execute() : [];
  const map = new Map(rows.map((r) => [r.id, { id: r.id, name: r.original_name, contentType: r.content_type, url: `/api/files/${r.id}` }]));
  return (id) => (id ? (map.get(id) ?? null) : null);
}

export function presentShowcase(row: ShowcaseRow, salesCenter: { id: string; name: string }, files: (id: string | null) => FileRef | null, now: Date): ShowcaseView {
  return {
    id: row.id,
    projectId: row.project_id,
    salesCenter,
    location: row.location,
    areaM2: row.area_m2 === null ? null : Number(row.area_m2),
    layoutPlan: row.layout_plan,
    layoutFiles: parseJson<string[]>(row.layout_file_ids, [])
      .map(files)
      .filter((f): f is FileRef => f !== null),
    decorationStartDate: row.decoration_start_date,
    status: row.status,
    approvalRequestId: row.approval_request_id,
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    approvalLate: isBrandShowcaseApprovalLate(row.status, row.decoration_start_date, businessDate(now)),
    submittedAfterDecoration: isSubmittedAfterDecoration(row.submitted_at ? businessDate(row.submitted_at) : null, row.decoration_start_date),
    version: row.version,
  };
}
