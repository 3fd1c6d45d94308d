/** An uploaded file; the bytes live under the data directory, this row says whose they are. */
export interface FileTable {
  id: string;
  company_id: string;
  project_id: string | null;
  owner_id: string;
  original_name: string;
  /** Detected from the content's magic bytes, never taken from the client's claim. */
  content_type: string;
  size: number;
  sha256: string;
  /** Relative to the data directory, e.g. files/2026/05/<id>, so the directory can move. */
  storage_path: string;
  created_at: string;
}

export interface FileTables {
  files: FileTable;
}
