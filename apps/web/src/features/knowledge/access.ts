import { CONSULTATION_DESK_ROLES, KNOWLEDGE_EDITOR_ROLES, KNOWLEDGE_VIEWER_ROLES } from '@guanjia/domain/knowledge/knowledge-flow';
import type { AuthValue } from '../../ui/auth';

/** The desk: the butlers and front-line staff who answer visitors, and the developer's sales people. */
export function canUseConsultationDesk(auth: AuthValue): boolean {
  return auth.hasRole(...CONSULTATION_DESK_ROLES);
}

/** The knowledge bank page: its editors, the manager who publishes, the marketing lead who approves. */
export function canManageKnowledge(auth: AuthValue): boolean {
  return auth.hasRole(...KNOWLEDGE_VIEWER_ROLES);
}

export function canEditKnowledge(auth: AuthValue): boolean {
  return auth.hasRole(...KNOWLEDGE_EDITOR_ROLES);
}
