import { templateActionsFor } from '@guanjia/domain/owner-documents/index';
import type { Actor } from '../../platform/http/actor.js';
import type { TemplateListRow } from './list-owner-document-templates.js';
import type { TemplateView } from './schemas.js';

export function presentTemplate(r: TemplateListRow, actor: Actor): TemplateView {
  return {
    id: r.id,
    projectId: r.project_id,
    kind: r.kind,
    versionNo: r.version_no,
    title: r.title,
    body: r.body,
    status: r.status,
    createdBy: { id: r.created_by, name: r.created_by_name ?? '' },
    createdAt: r.created_at,
    publishedBy: r.published_by ? { id: r.published_by, name: r.published_by_name ?? '' } : null,
    publishedAt: r.published_at,
    retiredAt: r.retired_at,
    signatureCount: Number(r.signature_count ?? 0),
    allowedActions: templateActionsFor(r.status, actor.roles),
    version: r.version,
  };
}
