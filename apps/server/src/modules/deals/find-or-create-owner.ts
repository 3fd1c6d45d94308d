import { uuidv7 } from '@guanjia/domain';
import type { Selectable } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { updateVersioned } from '../../platform/db/update-versioned.js';
import type { Actor } from '../../platform/http/actor.js';
import type { OwnerTable } from '../households/tables.js';

export type OwnerRow = Selectable<OwnerTable>;
export interface DealPerson {
  name: string;
  phone: string | null;
  idNumber: string | null;
  /** On an edit: the ID number the deal carried and the butler withdrew; the known owner row loses it too. */
  withdrawnIdNumber?: string | null;
}

/**
 * The project's owner this person is: by ID number, else the owner the same deal named before
 * (`knownOwnerId`, a resend with a new phone), else by phone and name (unless that owner carries
 * another ID number, which makes them someone else), else a new owner. A match gains the phone and
 * ID number the deal brings, since the sales side's data is the newer (and, on an edit, the corrected name).
 */
export async function findOrCreateOwner(
  trx: Tx,
  actor: Actor | null,
  tenancy: { companyId: string; projectId: string },
  p: DealPerson,
  at: string,
  knownOwnerId?: string,
  /** An edit of the deal: the known owner takes the corrected name. */
  rename = false,
): Promise<OwnerRow> {
  const inProject = () => trx.selectFrom('owners').selectAll().where('company_id', '=', tenancy.companyId).where('project_id', '=', tenancy.projectId);
  const sameId = (o: OwnerRow) => !p.idNumber || !o.id_number || o.id_number === p.idNumber;
  let found = p.idNumber ? await inProject().where('id_number', '=', p.idNumber).orderBy('id').executeTakeFirst() : undefined;
  if (!found && knownOwnerId) found = (await inProject().where('id', '=', knownOwnerId).execute()).find(sameId);
  if (!found && p.phone) {
    const byPhone = await inProject().where('phone', '=', p.phone).where('name', '=', p.name).orderBy('id').execute();
    found = byPhone.find(sameId);
  }
  if (found) {
    const changes: { name?: string; phone?: string; id_number?: string | null } = {};
    const corrected = rename && found.id === knownOwnerId;
    if (corrected && p.name !== found.name) changes.name = p.name;
    if (p.phone && p.phone !== found.phone) changes.phone = p.phone;
    if (p.idNumber && p.idNumber !== found.id_number) changes.id_number = p.idNumber;
    if (corrected && !p.idNumber && p.withdrawnIdNumber && found.id_number === p.withdrawnIdNumber) changes.id_number = null;
    if (!Object.keys(changes).length) return found;
    const after = await updateVersioned(trx, 'owners', found, changes);
    await recordAudit(trx, actor, tenancy.companyId, { action: 'update', entityType: 'owner', entityId: found.id, projectId: tenancy.projectId, before: found, after });
    return after;
  }
  const row: OwnerRow = { id: uuidv7(), company_id: tenancy.companyId, project_id: tenancy.projectId, name: p.name, phone: p.phone, id_number: p.idNumber, ...newRowStamp(at) };
  await trx.insertInto('owners').values(row).execute();
  await recordAudit(trx, actor, tenancy.companyId, { action: 'create', entityType: 'owner', entityId: row.id, projectId: tenancy.projectId, after: row });
  return row;
}
