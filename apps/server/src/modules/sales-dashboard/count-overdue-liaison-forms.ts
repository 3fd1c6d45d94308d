import { OPEN_LIAISON_FORM_STATUSES } from '@guanjia/domain/sales-site/liaison-form-flow';
import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { SalesCenterRow } from '../reception/reception-access.js';

/** The project's issued liaison forms not taken back by their due date (the list's `overdue=true`). */
export async function countOverdueLiaisonForms(db: DbOrTx, center: SalesCenterRow, today: string): Promise<number> {
  const row = await db
    .selectFrom('liaison_forms')
    .select(sql<number>`count(*)`.as('n'))
    .where('company_id', '=', center.company_id)
    .where('project_id', '=', center.project_id)
    .where('status', 'in', OPEN_LIAISON_FORM_STATUSES)
    .where('due_date', '<', today)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
