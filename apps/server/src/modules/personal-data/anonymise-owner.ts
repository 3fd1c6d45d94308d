import { anonymisedOwnerName, eraseFromProfile, type ProfileMembersLayer } from '@guanjia/domain/personal-data/index';
import { CONSENT_PURPOSES } from '@guanjia/domain/questionnaires/index';
import { sql } from 'kysely';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { forgetUserSessions } from '../auth/session-cache.js';
import { recordConsent } from '../consents/record-consent.js';
import { coBuyersOf } from '../deals/deal-access.js';
import { drawErasedCopies, replaceSignedCopies } from './erase-signed-copies.js';
import { ownerDeals, ownerMemberships, ownerUserIds, ownerWorkOrderIds, type OwnerRow } from './owner-scope.js';

const ERASED = '[已注销]';

export interface ErasureSummary {
  workOrders: number;
  deals: number;
  messages: number;
  questionnaireAnswers: number;
  serviceProfiles: number;
  signatures: number;
  invitationsRevoked: number;
  accounts: number;
}

/**
 * Anonymises one owner in the caller's transaction (PIPL art. 47). The person becomes 已注销业主xxxxxx
 * without phone or ID number; their account is closed and logged out; their questionnaire answers are
 * blanked and they leave the household profiles; every consent is withdrawn (the rows stay as the
 * record); messages lose their address; open links are revoked. Work orders keep counts, statuses,
 * ratings and times and lose only the requester's name and phone. Signatures stay (a law requires the
 * signed agreement) without the device and address; the archived copy is drawn again under the new
 * name without the drawn signature, whose image is deleted after commit. The old numbers are also cut
 * out of the audit log's snapshots.
 */
export async function anonymiseOwner(trx: Tx, actor: Actor, owner: OwnerRow, dataDir: string, now: Date = new Date()): Promise<ErasureSummary> {
  const at = now.toISOString();
  const name = anonymisedOwnerName(owner.id);
  const [userIds, workOrderIds, memberships, deals] = await Promise.all([ownerUserIds(trx, owner.id), ownerWorkOrderIds(trx, owner), ownerMemberships(trx, owner.id), ownerDeals(trx, owner)]);
  const secrets = new Set<string>([owner.phone, owner.id_number].filter((v): v is string => !!v));
  const signedCopies = await drawErasedCopies(trx, owner, name);

  await trx.updateTable('owners').set((eb) => ({ name, phone: null, id_number: null, updated_at: at, version: eb('version', '+', 1) })).where('id', '=', owner.id).execute();

  if (userIds.length) {
    for (const u of await trx.selectFrom('users').select(['phone', 'id_number']).where('id', 'in', userIds).execute()) for (const v of [u.phone, u.id_number]) if (v) secrets.add(v);
    for (const id of userIds) {
      await trx.updateTable('users').set((eb) => ({ active: 0, name, username: `erased-${id}`, phone: null, id_number: null, updated_at: at, version: eb('version', '+', 1) })).where('id', '=', id).execute();
      forgetUserSessions(id, trx);
    }
    await trx.deleteFrom('sessions').where('user_id', 'in', userIds).execute();
  }

  // The household profiles: the erased member goes; the answered layer goes when it was theirs.
  let serviceProfiles = 0;
  const householdIds = memberships.map((m) => m.household_id);
  if (householdIds.length) {
    const others = await trx.selectFrom('household_members').select('household_id').where('household_id', 'in', householdIds).where('owner_id', '!=', owner.id).execute();
    const shared = new Set(others.map((o) => o.household_id));
    for (const p of await trx.selectFrom('service_profiles').selectAll().where('household_id', 'in', householdIds).execute()) {
      const last = !shared.has(p.household_id);
      const erase = (layer: string) => JSON.stringify(eraseFromProfile(JSON.parse(layer) as ProfileMembersLayer, owner.name, last));
      const theirs = p.answered_owner_id === owner.id;
      await trx
        .updateTable('service_profiles')
        .set((eb) => ({
          recorded: erase(p.recorded),
          answered: theirs || !p.answered ? null : erase(p.answered),
          answered_response_id: theirs ? null : p.answered_response_id,
          answered_owner_id: theirs ? null : p.answered_owner_id,
          answered_at: theirs ? null : p.answered_at,
          updated_at: at,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', p.id)
        .execute();
      serviceProfiles++;
    }
  }

  const answers = await trx.updateTable('questionnaire_responses').set({ answers: '{}' }).where('owner_id', '=', owner.id).executeTakeFirst();

  for (const purpose of CONSENT_PURPOSES) {
    await recordConsent(trx, { companyId: owner.company_id, projectId: owner.project_id, ownerId: owner.id, purpose, granted: false, method: 'h5', actor, note: '业主申请注销个人信息', at: now });
  }

  const messages = await trx.updateTable('messages').set({ address: null }).where('owner_id', '=', owner.id).executeTakeFirst();
  await trx.deleteFrom('owner_message_contacts').where('owner_id', '=', owner.id).execute();
  const revoked = await trx.updateTable('owner_invitations').set({ revoked_at: at, revoked_by: actor.userId }).where('owner_id', '=', owner.id).where('revoked_at', 'is', null).executeTakeFirst();

  // Notices: the closed accounts' own go; staff notices about the person's orders and deals lose the name.
  if (userIds.length) await trx.deleteFrom('notifications').where('user_id', 'in', userIds).execute();
  const links = [...workOrderIds.map((id) => `/work-orders/${id}`), ...deals.map((d) => `/deals?deal=${d.id}`)];
  if (links.length && owner.name) {
    const rename = (col: 'title' | 'body') => sql<string>`replace(${sql.ref(col)}, ${owner.name}, ${name})`;
    await trx.updateTable('notifications').set({ title: rename('title'), body: rename('body') }).where('company_id', '=', owner.company_id).where('link', 'in', links).execute();
  }

  // Statistics stay exactly as they were: only the requester's free-text contact fields change.
  if (workOrderIds.length) await trx.updateTable('work_orders').set({ requester_name: name, requester_phone: null }).where('id', 'in', workOrderIds).execute();

  for (const d of deals) {
    if (d.owner_id === owner.id) {
      for (const v of [d.buyer_phone, d.buyer_id_number]) if (v) secrets.add(v);
      await trx.updateTable('deals').set({ buyer_name: name, buyer_phone: '', buyer_id_number: null }).where('id', '=', d.id).execute();
    }
    const co = coBuyersOf(d);
    if (co.some((c) => c.ownerId === owner.id)) {
      for (const c of co) if (c.ownerId === owner.id) for (const v of [c.phone, c.idNumber]) if (v) secrets.add(v);
      const erased = co.map((c) => (c.ownerId === owner.id ? { ...c, name, phone: null, idNumber: null } : c));
      await trx.updateTable('deals').set({ co_buyers: JSON.stringify(erased) }).where('id', '=', d.id).execute();
    }
  }

  const signatures = await replaceSignedCopies(trx, actor, owner, signedCopies, name, dataDir, now);

  for (const v of secrets) {
    const cut = (col: 'before' | 'after') => sql<string>`replace(${sql.ref(col)}, ${v}, ${ERASED})`;
    await trx
      .updateTable('audit_log')
      .set({ before: cut('before'), after: cut('after') })
      .where('company_id', '=', owner.company_id)
      .where((eb) => eb.or([eb('before', 'like', `%${v}%`), eb('after', 'like', `%${v}%`)]))
      .execute();
  }

  return {
    workOrders: workOrderIds.length,
    deals: deals.length,
    messages: Number(messages.numUpdatedRows),
    questionnaireAnswers: Number(answers.numUpdatedRows),
    serviceProfiles,
    signatures,
    invitationsRevoked: Number(revoked.numUpdatedRows),
    accounts: userIds.length,
  };
}
