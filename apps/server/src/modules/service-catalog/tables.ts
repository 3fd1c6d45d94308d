import type { Stamped } from '../org/tables.js';

/**
 * 管家式服务内容一览表, per project: the seeded catalog is copied into each new project, then
 * administrators enable, price and route items, or add their own. Categories are the seed's 11
 * (packages/domain service-catalog), referenced by their printed number.
 */
export interface ServiceItemTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  /** 1–11, the printed category number (一 … 十一). */
  category_number: number;
  /** The printed item number within its category (gaps kept: 便民服务 has no 15). Added items take the next free number. */
  number: number;
  name: string;
  /** The seed's 备注, exactly as printed, or null. */
  note: string | null;
  /** 'seed' or 'custom'. */
  origin: 'seed' | 'custom';
  /** Minimum notice for an appointment, in Chinese working days. */
  lead_working_days: number;
  enabled: number;
  price_mode: 'free' | 'fixed' | 'quoted';
  /** Integer fen; set when price_mode is 'fixed'. */
  price_fen: number | null;
  /** 次, 小时, 平方米 … */
  unit: string | null;
  handler_department_id: string | null;
  handler_vendor_id: string | null;
  /** JSON: {"start":"08:00","end":"20:00","days":[1,2,3,4,5,6,7]} (ISO weekday numbers). */
  service_hours: string;
  sla_accept_minutes: number;
  sla_complete_minutes: number;
  /** 'clock' hours or 'working' hours (office hours on working days of the national calendar). */
  sla_basis: 'clock' | 'working';
  return_visit_required: number;
  /** True for items booked as an appointment (家政, 维修, the life-secretary bookings). */
  bookable: number;
  /** True for 维修服务 items, which may also be reported as a fault now (报修). */
  repairable: number;
}

export interface ServiceCatalogTables {
  service_items: ServiceItemTable;
}
