export interface SessionTable {
  /** SHA-256 of the cookie token: a leaked table does not reveal live sessions. */
  id: string;
  user_id: string;
  company_id: string;
  created_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AuthTables {
  sessions: SessionTable;
}
