import type { FileTable } from './tables.js';

export function presentFile(row: FileTable) {
  return {
    id: row.id,
    projectId: row.project_id,
    originalName: row.original_name,
    contentType: row.content_type,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.created_at,
    url: `/api/files/${row.id}`,
  };
}
