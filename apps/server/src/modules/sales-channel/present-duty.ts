import { named, type DutyRow } from './channel-access.js';
import type { DutyView } from './schemas.js';

export function presentDuty(d: DutyRow, names: Map<string, string>): DutyView {
  return {
    id: d.id,
    projectId: d.project_id,
    area: d.area,
    assignedTo: d.assigned_to,
    title: d.title,
    description: d.description,
    sortOrder: d.sort_order,
    active: d.active === 1,
    updatedBy: named(names, d.updated_by)!,
    updatedAt: d.updated_at,
    version: d.version,
  };
}

/** What the history keeps of a duty at each change. */
export function dutySnapshot(d: DutyRow) {
  return { area: d.area, assignedTo: d.assigned_to, title: d.title, description: d.description, active: d.active === 1 };
}
