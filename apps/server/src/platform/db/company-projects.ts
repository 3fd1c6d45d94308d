import type { Kysely } from 'kysely';
import { ValidationError } from '../http/errors.js';
import { registerMessages } from '../http/i18n.js';
import type { DbOrTx } from './transaction.js';

registerMessages({
  'zh-CN': { 'error.projectNotInCompany': '包含不属于本公司的楼盘' },
  en: { 'error.projectNotInCompany': 'Contains a project that is not in your company' },
});

/** True when every id is a project of the company (an empty list is fine). */
export async function areCompanyProjects(db: DbOrTx, companyId: string, projectIds: readonly string[]): Promise<boolean> {
  const unique = [...new Set(projectIds)];
  if (!unique.length) return true;
  const found = await db.selectFrom('projects').select('id').where('company_id', '=', companyId).where('id', 'in', unique).execute();
  return found.length === unique.length;
}

/**
 * 400 naming `field` unless every id is a project of the company. Used wherever a record is linked
 * to projects (staff grants, vendors), so a caller cannot attach another company's project.
 */
export async function assertCompanyProjects(db: DbOrTx, companyId: string, projectIds: readonly string[], field = 'projectIds'): Promise<void> {
  if (!(await areCompanyProjects(db, companyId, projectIds))) throw new ValidationError({ [field]: 'error.projectNotInCompany' });
}

/** Tables linking a record to the projects it works in (staff grants, vendors), and the column naming the record. */
const PROJECT_LINKS = { user_projects: 'user_id', vendor_projects: 'vendor_id' } as const;
export type ProjectLinkTable = keyof typeof PROJECT_LINKS;

// The table is a parameter, which defeats Kysely's column inference; the signatures below keep callers typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const untyped = (db: DbOrTx) => db as unknown as Kysely<any>;

/** Linked project ids per record id, in one query for a whole page. */
export async function linkedProjectIds(db: DbOrTx, table: ProjectLinkTable, ids: readonly string[]): Promise<Map<string, string[]>> {
  const key = PROJECT_LINKS[table];
  const map = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (!ids.length) return map;
  const rows: { holder: string; project_id: string }[] = await untyped(db)
    .selectFrom(table)
    .select([`${key} as holder`, 'project_id'])
    .where(key, 'in', [...ids])
    .orderBy('project_id')
    .execute();
  for (const r of rows) map.get(r.holder)?.push(r.project_id);
  return map;
}

/** Replaces a record's project links with exactly `projectIds`. */
export async function replaceProjectLinks(db: DbOrTx, table: ProjectLinkTable, record: { id: string; company_id: string }, projectIds: readonly string[]): Promise<void> {
  const key = PROJECT_LINKS[table];
  await untyped(db).deleteFrom(table).where(key, '=', record.id).execute();
  const unique = [...new Set(projectIds)];
  if (unique.length) {
    await untyped(db)
      .insertInto(table)
      .values(unique.map((project_id) => ({ [key]: record.id, project_id, company_id: record.company_id })))
      .execute();
  }
}
