/**
 * The national working-day calendar: one per installation, maintained by a system administrator.
 * A row is an exception to Monday–Friday: an official day off or a make-up workday (调休).
 */
export interface CalendarDayTable {
  /** YYYY-MM-DD, primary key. */
  date: string;
  year: number;
  /** 'off' = official day off (法定节假日), 'work' = make-up workday on a weekend (调休上班). */
  kind: 'off' | 'work';
  /** The holiday it belongs to, as in the State Council notice: 春节, 国庆节 … */
  name: string;
  created_at: string;
  updated_at: string;
}

/** Years for which the official notice is loaded; any other year falls back to Monday–Friday and says so. */
export interface CalendarYearTable {
  year: number;
  /** 'seed' (bundled data), 'import' (holiday-cn JSON) or 'manual'. */
  source: string;
  updated_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CalendarTables {
  calendar_days: CalendarDayTable;
  calendar_years: CalendarYearTable;
}
