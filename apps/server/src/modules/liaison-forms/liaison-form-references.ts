import { businessDate } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { AppError, ValidationError } from '../../platform/http/errors.js';

/** The recipient must be a department of the project's developer (company-wide, or the project's own). */
export async function assertDeveloperDepartment(db: DbOrTx, companyId: string, projectId: string, departmentId: string): Promise<void> {
  const found = await db
    .selectFrom('departments as d')
    .innerJoin('projects as p', 'p.developer_id', 'd.developer_id')
    .select('d.id')
    .where('d.id', '=', departmentId)
    .where('d.company_id', '=', companyId)
    .where('p.id', '=', projectId)
    .where((eb) => eb.or([eb('d.project_id', 'is', null), eb('d.project_id', '=', projectId)]))
    .executeTakeFirst();
  if (!found) throw new ValidationError({ toDepartmentId: 'liaison.field.notDeveloperDepartment' });
}

/** The issuing service center: the one named (it must be the project's), else the project's first one, if any. */
export async function resolveServiceCenter(db: DbOrTx, projectId: string, id: string | null | undefined): Promise<string | null> {
  let q = db.selectFrom('service_centers').select('id').where('project_id', '=', projectId);
  if (id) q = q.where('id', '=', id);
  const found = await q.orderBy('id').executeTakeFirst();
  if (id && !found) throw new ValidationError({ fromServiceCenterId: 'liaison.field.serviceCenterNotInProject' });
  return found?.id ?? null;
}

/** A due date from today (Shanghai) on; 400 naming the field otherwise. */
export function assertDueDate(dueDate: string, now: Date): void {
  const today = businessDate(now);
  if (dueDate < today) throw new AppError(400, 'VALIDATION_FAILED', 'error.validation', { today }, { dueDate: 'liaison.field.dueDatePast' });
}
