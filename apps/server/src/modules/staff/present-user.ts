import { maskIdNumber, type Role } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { UserView } from './schemas.js';
import { projectIdsByUser, type UserRow } from './user-record.js';

function toView(u: UserRow, projectIds: string[]): UserView {
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    // A colleague's work phone is shown in full to the roles that manage staff (they call each other);
    // an ID number is never needed to run the service, so it leaves the server masked.
    phone: u.phone,
    idNumber: maskIdNumber(u.id_number),
    kind: u.kind,
    roles: JSON.parse(u.roles) as Role[],
    projectIds,
    departmentId: u.department_id,
    vendorId: u.vendor_id,
    active: u.active === 1,
    version: u.version,
    createdAt: u.created_at,
    updatedAt: u.updated_at,
  };
}

export async function presentUsers(db: DbOrTx, rows: UserRow[]): Promise<UserView[]> {
  const grants = await projectIdsByUser(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toView(r, grants.get(r.id) ?? []));
}

export async function presentUser(db: DbOrTx, row: UserRow): Promise<UserView> {
  return (await presentUsers(db, [row]))[0];
}
