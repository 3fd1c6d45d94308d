import { LIFE_INFO_EDITOR_ROLES, lifeInfoActionsFor, type LifeInfoCategory } from '@guanjia/domain/life-info/life-info';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import { parseTags, type LifeInfoEntryRow } from './life-info-access.js';
import type { LifeInfoListRow } from './list-life-info-entries.js';
import type { LifeInfoPublicView, LifeInfoView } from './schemas.js';

/** The fields an owner sees. */
export function presentPublicLifeInfo(r: LifeInfoEntryRow): LifeInfoPublicView {
  return {
    id: r.id,
    projectId: r.project_id,
    category: r.category as LifeInfoCategory,
    name: r.name,
    address: r.address,
    phone: r.phone,
    openingHours: r.opening_hours,
    note: r.note,
    tags: parseTags(r.tags),
  };
}

/** The staff view, with what the caller may do next (editors only). */
export function presentLifeInfo(r: LifeInfoListRow, actor: Actor): LifeInfoView {
  const editor = hasRole(actor, ...LIFE_INFO_EDITOR_ROLES);
  return {
    ...presentPublicLifeInfo(r),
    published: r.published === 1,
    publishedAt: r.published_at,
    sortOrder: r.sort_order,
    updatedAt: r.updated_at,
    updatedBy: { id: r.updated_by, name: r.updated_by_name ?? '' },
    version: r.version,
    allowedActions: editor ? ['edit', ...lifeInfoActionsFor(r.published === 1)] : [],
  };
}
