import { messageTopic, type MessageChannel } from '@guanjia/domain/messaging/index';
import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import { ValidationError } from '../../platform/http/errors.js';
import { hasAnyCareTag } from '@guanjia/domain/life-secretary/index';
import { forEachProjectProfile } from '../service-profiles/staff-profiles.js';

export interface Audience {
  projectId: string;
  buildingIds: string[] | null;
  topic: string;
  channel: MessageChannel;
  /** Care tags of the households' profiles (any of them); the households come from `households`. */
  tags?: string[] | null;
  /** A tagged audience's households: those fixed for a posted broadcast, or a list (a count before posting). */
  households?: { broadcastId: string } | { ids: readonly string[] } | null;
}

type OwnerEb = ExpressionBuilder<Database, 'owners'>;

/** Memberships limited to a tagged audience's households (none when the audience has no tags). */
function householdsOf(eb: OwnerEb, a: Audience) {
  const scope = a.households;
  if (!a.tags?.length || !scope) return null;
  // An empty IN () is not SQL; no household has the empty id.
  if ('ids' in scope) return scope.ids.length ? [...scope.ids] : [''];
  return eb.selectFrom('broadcast_households as bh').select('bh.household_id').where('bh.broadcast_id', '=', scope.broadcastId);
}

/**
 * Owners who are members of a household of the project (or of units in the chosen buildings). An
 * uncorrelated IN (…) is read once; a correlated EXISTS let SQLite scan the units once per owner.
 */
export function inAudience(eb: OwnerEb, a: Audience) {
  const members = eb
    .selectFrom('household_members as hm')
    .innerJoin('households as h', 'h.id', 'hm.household_id')
    .select('hm.owner_id')
    .where('hm.project_id', '=', a.projectId);
  const households = householdsOf(eb, a);
  const tagged = households ? members.where('hm.household_id', 'in', households) : members;
  const scoped = a.buildingIds?.length
    ? tagged.innerJoin('units as u', 'u.id', 'h.unit_id').where('u.project_id', '=', a.projectId).where('u.building_id', 'in', a.buildingIds)
    : tagged;
  return eb.and([eb('owners.project_id', '=', a.projectId), eb('owners.id', 'in', scoped)]);
}

/**
 * The same audience for one chunk of owners: a correlated EXISTS probes household_members by owner
 * (then households and units by key), so a chunk costs its own owners, not a pass over the whole
 * project's memberships as the uncorrelated IN would on every chunk.
 */
export function inAudienceByOwner(eb: OwnerEb, a: Audience) {
  const member = eb
    .selectFrom('household_members as hm')
    .innerJoin('households as h', 'h.id', 'hm.household_id')
    .select(sql<number>`1`.as('one'))
    .whereRef('hm.owner_id', '=', 'owners.id')
    .where('hm.project_id', '=', a.projectId);
  const households = householdsOf(eb, a);
  const tagged = households ? member.where('hm.household_id', 'in', households) : member;
  const scoped = a.buildingIds?.length
    ? tagged.innerJoin('units as u', 'u.id', 'h.unit_id').where('u.project_id', '=', a.projectId).where('u.building_id', 'in', a.buildingIds)
    : tagged;
  return eb.and([eb('owners.project_id', '=', a.projectId), eb.exists(scoped)]);
}

/** The owner turned this topic off on this channel (never for topics that cannot be turned off). */
export function optedOut(eb: OwnerEb, a: Audience) {
  if (!messageTopic(a.topic)?.optOutAllowed) return sql<SqlBool>`1 = 0`;
  return eb.exists(
    eb.selectFrom('message_opt_outs as oo').select(sql<number>`1`.as('one')).whereRef('oo.owner_id', '=', 'owners.id').where('oo.topic', '=', a.topic).where('oo.channel', '=', a.channel),
  );
}

/** What the channel needs: a phone, an e-mail address, or an owner account for in-app. */
export function reachable(eb: OwnerEb, a: Audience) {
  if (a.channel === 'sms') return eb.and([eb('owners.phone', 'is not', null), eb('owners.phone', '!=', '')]);
  if (a.channel === 'email') return eb.exists(eb.selectFrom('owner_message_contacts as c').select(sql<number>`1`.as('one')).whereRef('c.owner_id', '=', 'owners.id').where('c.email', 'is not', null));
  return eb.exists(eb.selectFrom('users as u').select(sql<number>`1`.as('one')).whereRef('u.owner_id', '=', 'owners.id').where('u.kind', '=', 'owner').where('u.active', '=', 1));
}

/** The address column a message row takes from the owner (fixed SQL, the same on both databases). */
export function addressOf(channel: MessageChannel) {
  if (channel === 'sms') return sql<string | null>`owners.phone`;
  if (channel === 'email') return sql<string | null>`(select c.email from owner_message_contacts c where c.owner_id = owners.id)`;
  return sql<string | null>`cast(null as text)`;
}

export interface AudienceCounts {
  audience: number;
  optedOut: number;
  unreachable: number;
  reachable: number;
}

/** How many owners a broadcast reaches, in one grouped read. */
export async function countAudience(db: DbOrTx, a: Audience, now: Date = new Date()): Promise<AudienceCounts> {
  if (a.tags?.length && !a.households) return countTaggedAudience(db, a, now);
  const row = await db
    .selectFrom('owners')
    .where((eb) => inAudience(eb, a))
    .select((eb) => [
      eb.fn.countAll<number>().as('audience'),
      eb.fn.sum<number>(eb.case().when(optedOut(eb, a)).then(1).else(0).end()).as('opted_out'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb.not(optedOut(eb, a)), eb.not(reachable(eb, a))])).then(1).else(0).end()).as('unreachable'),
    ])
    .executeTakeFirstOrThrow();
  const audience = Number(row.audience);
  const out = Number(row.opted_out ?? 0);
  const unreachable = Number(row.unreachable ?? 0);
  return { audience, optedOut: out, unreachable, reachable: audience - out - unreachable };
}

const TAGGED_SLICE = 500;

/**
 * A tagged audience before it is posted: its households come from the profiles (consent-aware), then
 * their owners are read in slices of households; an owner of two tagged households counts once.
 */
async function countTaggedAudience(db: DbOrTx, a: Audience, now: Date): Promise<AudienceCounts> {
  const ids = await householdsWithCareTags(db, a.projectId, a.tags!, now);
  const owners = new Map<string, 'out' | 'unreachable' | 'ok'>();
  for (let i = 0; i < ids.length; i += TAGGED_SLICE) {
    const slice = { ...a, households: { ids: ids.slice(i, i + TAGGED_SLICE) } };
    const rows = await db
      .selectFrom('owners')
      .where((eb) => inAudience(eb, slice))
      .select((eb) => ['owners.id', eb.case().when(optedOut(eb, slice)).then(1).else(0).end().as('opted_out'), eb.case().when(reachable(eb, slice)).then(1).else(0).end().as('reachable')])
      .execute();
    for (const r of rows) owners.set(r.id, Number(r.opted_out) === 1 ? 'out' : Number(r.reachable) === 1 ? 'ok' : 'unreachable');
  }
  const count = (v: string) => [...owners.values()].filter((x) => x === v).length;
  return { audience: owners.size, optedOut: count('out'), unreachable: count('unreachable'), reachable: count('ok') };
}

/** The chosen buildings must be the project's; 400 naming buildingIds otherwise. */
export async function assertBuildingsOfProject(db: DbOrTx, projectId: string, buildingIds: string[] | null): Promise<void> {
  if (!buildingIds?.length) return;
  const found = await db.selectFrom('buildings').select('id').where('project_id', '=', projectId).where('id', 'in', buildingIds).execute();
  if (found.length !== new Set(buildingIds).size) throw new ValidationError({ buildingIds: 'messaging.field.buildingNotInProject' });
}

/** The project's households whose profile carries any of the care tags (elderly, holiday home …). */
export async function householdsWithCareTags(db: DbOrTx, projectId: string, tags: readonly string[], now: Date): Promise<string[]> {
  const ids: string[] = [];
  await forEachProjectProfile(db, projectId, now, (householdId, profile) => {
    if (hasAnyCareTag(profile.tags, tags)) ids.push(householdId);
  });
  return ids;
}
