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
