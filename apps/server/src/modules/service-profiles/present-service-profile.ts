import { profileSummary, SERVICE_PROFILE_EDITOR_ROLES } from '@guanjia/domain/service-profiles/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import type { ServiceProfileRead } from './get-service-profile.js';
import type { ServiceProfileView } from './schemas.js';
import { householdLabel } from './service-profile-access.js';

export async function presentServiceProfile(db: DbOrTx, actor: Actor, p: ServiceProfileRead): Promise<ServiceProfileView> {
  const full = p.access === 'full';
  return {
    householdId: p.householdId,
    projectId: p.projectId,
    householdLabel: await householdLabel(db, p.householdId),
    access: p.access,
    summary: profileSummary(p.combined),
    version: p.row?.version ?? 0,
    updatedAt: p.row?.updated_at ?? null,
    detail: full ? { combined: p.combined, recorded: p.recorded, fromAnswers: p.fromAnswers, answersHidden: p.answersHidden, answeredAt: p.fromAnswers ? (p.row?.answered_at ?? null) : null } : null,
    allowedActions: actor.kind === 'staff' && hasRole(actor, ...SERVICE_PROFILE_EDITOR_ROLES) ? ['edit'] : [],
  };
}
