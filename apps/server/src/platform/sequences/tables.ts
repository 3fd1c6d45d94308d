/** One counter per (company, prefix, business day): 'GD' on 2026-11-27 for 锦华物业 is one row. */
export interface SequenceTable {
  company_id: string;
  prefix: string;
  /** Asia/Shanghai business date, YYYY-MM-DD. */
  day: string;
  /** The last number handed out. */
  value: number;
}

export interface SequencesTables {
  sequences: SequenceTable;
}
