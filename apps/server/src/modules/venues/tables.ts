import type { Stamped } from '../org/tables.js';

/** A clubhouse space owners book by slot (会所场地预定). */
export interface VenueTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  name: string;
  /** HH:MM, Shanghai time. */
  open_time: string;
  close_time: string;
  slot_minutes: number;
  /** Most people one booking may bring. */
  capacity: number;
  enabled: number;
}

/** One booking of one slot; a unique index over active rows makes a double booking impossible. */
export interface VenueBookingTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  venue_id: string;
  work_order_id: string;
  slot_date: string;
  slot_start: string;
  slot_end: string;
  party_size: number;
  household_id: string | null;
  status: 'active' | 'cancelled';
  /** The account that booked: the owner on H5, or the staff member booking on their behalf. */
  booked_by: string;
  note: string | null;
  cancelled_at: string | null;
  cancelled_by: string | null;
}

export interface VenueTables {
  venues: VenueTable;
  venue_bookings: VenueBookingTable;
}
