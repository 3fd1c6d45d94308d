import type { VenueView } from './schemas.js';
import type { VenueRow } from './venue-access.js';

export function presentVenue(v: VenueRow): VenueView {
  return {
    id: v.id,
    projectId: v.project_id,
    name: v.name,
    openTime: v.open_time,
    closeTime: v.close_time,
    slotMinutes: v.slot_minutes,
    capacity: v.capacity,
    enabled: v.enabled === 1,
    version: v.version,
    createdAt: v.created_at,
    updatedAt: v.updated_at,
  };
}
