export interface AuditLogTable {
  id: string;
  company_id: string;
  project_id: string | null;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  /** JSON of the row before and after the change (null on create / delete). */
  before: string | null;
  after: string | null;
  at: string;
}

export interface AuditTables {
  audit_log: AuditLogTable;
}
