import type { Role } from '@guanjia/domain';

/** Who is calling: resolved from the session on every request. */
export interface Actor {
  userId: string;
  username: string;
  name: string;
  companyId: string;
  kind: 'staff' | 'owner';
  roles: Role[];
  /** Projects the actor may act in; company-wide roles get every project of the company. */
  projectIds: string[];
  ownerId: string | null;
  vendorId: string | null;
  departmentId: string | null;
}
