import type { ServiceHours } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import type { ServiceItemTable } from './tables.js';

export type ServiceItemRow = Selectable<ServiceItemTable>;

/** service_hours is stored as JSON text; the days are kept sorted so equal hours compare equal. */
export function serviceHoursJson(hours: ServiceHours): string {
  const days = [...new Set(hours.days)].sort((a, b) => a - b);
  return JSON.stringify({ start: hours.start, end: hours.end, days });
}

export function parseServiceHours(json: string): ServiceHours {
  return JSON.parse(json) as ServiceHours;
}

/** The audit log shows service hours as an object rather than escaped JSON. */
export function serviceItemAuditSnapshot(row: ServiceItemRow) {
  return { ...row, service_hours: parseServiceHours(row.service_hours) };
}
