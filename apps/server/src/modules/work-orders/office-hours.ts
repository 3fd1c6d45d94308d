import { DEFAULT_OFFICE_HOURS, type OfficeHours } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';

/**
 * A project's office hours (办公时间) for working-hour SLA clocks: its service center's opening
 * hours, or 08:30–17:30 while none are set. With several service centers the first one decides.
 */
export async function officeHoursOf(db: DbOrTx, projectId: string): Promise<OfficeHours> {
  const row = await db
    .selectFrom('service_centers')
    .select(['open_time', 'close_time'])
    .where('project_id', '=', projectId)
    .where('open_time', 'is not', null)
    .where('close_time', 'is not', null)
    .orderBy('id')
    .executeTakeFirst();
  return row?.open_time && row.close_time ? { start: row.open_time, end: row.close_time } : DEFAULT_OFFICE_HOURS;
}

/** Every project's office hours at once, for a sweep over many orders. */
export async function officeHoursByProject(db: DbOrTx): Promise<(projectId: string) => OfficeHours> {
  const rows = await db
    .selectFrom('service_centers')
    .select(['project_id', 'open_time', 'close_time'])
    .where('open_time', 'is not', null)
    .where('close_time', 'is not', null)
    .orderBy('id', 'desc')
    .execute();
  // Descending, so the first service center of a project is the one left in the map.
  const byProject = new Map(rows.map((r) => [r.project_id, { start: r.open_time!, end: r.close_time! }]));
  return (projectId) => byProject.get(projectId) ?? DEFAULT_OFFICE_HOURS;
}
