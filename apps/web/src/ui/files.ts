import { api, buildUrl } from './api';

/** A file just stored by POST /api/files. */
export interface UploadedFile {
  id: string;
  url: string;
  originalName: string;
}

/** Stores a photo under the project (or the caller's own files without one); forms then send its id. */
export function uploadPhoto(projectId: string | undefined, file: File): Promise<UploadedFile> {
  const form = new FormData();
  form.append('file', file);
  return api.upload<UploadedFile>(buildUrl('/api/files', { projectId }), form);
}
