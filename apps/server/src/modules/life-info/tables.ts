import type { Stamped } from '../org/tables.js';

/** 提供各项生活信息: one place owners may want (restaurant, dry cleaner, clinic …) in a project's directory. */
export interface LifeInfoEntryTable extends Stamped {
  id: string;
  company_id: string;
  project_id: string;
  /** One of LIFE_INFO_CATEGORIES (domain). */
  category: string;
  name: string;
  address: string | null;
  /** A business's number (landline, 400, mobile): not personal data, shown unmasked. */
  phone: string | null;
  /** As the place states it, e.g. "10:00–22:00，周一店休". */
  opening_hours: string | null;
  note: string | null;
  /** JSON array of strings. */
  tags: string;
  /** The tags joined by spaces, so the keyword search is one LIKE per column on both databases. */
  tags_text: string;
  /** 0/1: owners see published entries only. */
  published: number;
  published_at: string | null;
  /** Smaller first; ties by id (creation order). */
  sort_order: number;
  created_by: string;
  updated_by: string;
}

/** The history of an entry: created, edited, published, unpublished. */
export interface LifeInfoEntryEventTable {
  id: string;
  company_id: string;
  project_id: string;
  entry_id: string;
  action: 'create' | 'update' | 'publish' | 'unpublish';
  actor_id: string;
  data: string | null;
  created_at: string;
}

export interface LifeInfoTables {
  life_info_entries: LifeInfoEntryTable;
  life_info_entry_events: LifeInfoEntryEventTable;
}
