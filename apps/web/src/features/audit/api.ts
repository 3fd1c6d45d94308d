export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  projectId: string | null;
  before: unknown;
  after: unknown;
}

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'resetPassword',
  'approval.submit',
  'approval.approve',
  'approval.reject',
  'approval.cancel',
  'approval.resubmit',
];

export const AUDIT_ENTITY_TYPES = [
  'region',
  'developer',
  'project',
  'salesCenter',
  'serviceCenter',
  'building',
  'unit',
  'department',
  'user',
  'vendor',
  'household',
  'householdMember',
  'owner',
  'company',
  'file',
  'approval_request',
  'approval_chain',
];
