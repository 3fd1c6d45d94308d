import { canEditShowcase } from '@guanjia/domain/showcase/showcase-flow';
import { publicityActionsFor } from '@guanjia/domain/showcase/publicity';
import type { Role } from '@guanjia/domain';
import type { FileRef } from './present-showcase.js';
import type { PublicityItemView } from './schemas.js';
import type { PublicityItemRow } from './showcase-access.js';

export function presentPublicityItem(row: PublicityItemRow, files: (id: string | null) => FileRef | null): PublicityItemView {
  return {
    id: row.id,
    projectId: row.project_id,
    kind: row.kind,
    topic: row.topic,
    title: row.title,
    summary: row.summary,
    body: row.body,
    file: files(row.file_id),
    mediaUrl: row.media_url,
    status: row.status,
    displayOrder: row.display_order,
    publishedAt: row.published_at,
    version: row.version,
  };
}

/** The item with the caller's buttons. */
export function presentPublicityItemDetail(row: PublicityItemRow, files: (id: string | null) => FileRef | null, roles: readonly Role[]) {
  const editor = canEditShowcase(roles);
  return { ...presentPublicityItem(row, files), allowedActions: editor ? publicityActionsFor(row.status) : [], canEdit: editor };
}
