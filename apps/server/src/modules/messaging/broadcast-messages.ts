import { uuidv7 } from '@guanjia/domain';
import { sql, type Selectable, type SqlBool } from 'kysely';
import type { DbOrTx, Tx } from '../../platform/db/transaction.js';
import { addressOf, inAudienceByOwner, optedOut, reachable, type Audience } from './broadcast-audience.js';
import { OWNER_NAME } from './message-wording.js';
import type { BroadcastTable } from './tables.js';

export type BroadcastRow = Selectable<BroadcastTable>;

const text = (v: string | null) => sql<string>`cast(${v} as text)`;
const int = (v: number) => sql<number>`cast(${v} as integer)`;

const UNREACHABLE = { sms: 'noPhone', email: 'noEmail', inApp: 'noAccount' } as const;

/** The audience a broadcast row was posted for. */
export function audienceOf(b: BroadcastRow): Audience {
  const { buildingIds, tags } = parseAudience(b.audience);
  return { projectId: b.project_id, buildingIds, tags, households: tags?.length ? { broadcastId: b.id } : null, topic: b.topic, channel: b.channel };
}

export function parseAudience(json: string): { buildingIds: string[] | null; tags: string[] | null } {
  const a = JSON.parse(json) as { buildingIds?: string[] | null; tags?: string[] | null };
  return { buildingIds: a.buildingIds ?? null, tags: a.tags?.length ? a.tags : null };
}

/**
 * The id of the `size`-th owner of the project after `after` (keyset on owners.id): where the next
 * slice of owners to look through ends, or null when fewer remain. One short index read.
 */
export async function ownerSliceEnd(db: DbOrTx, projectId: string, after: string | null, size: number): Promise<string | null> {
  const row = await db
    .selectFrom('owners')
    .select('id')
    .where('project_id', '=', projectId)
    .$if(after !== null, (q) => q.where('id', '>', after!))
    .orderBy('id')
    .limit(1)
    .offset(size - 1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Owners of the audience after `after` and up to `upTo` (keyset on owners.id), at most `limit`, in id order. */
export async function nextAudienceOwners(trx: Tx, audience: Audience, after: string | null, limit: number, upTo: string | null): Promise<string[]> {
  const rows = await trx
    .selectFrom('owners')
    .select('owners.id')
    .where((eb) => inAudienceByOwner(eb, audience))
    .$if(after !== null, (q) => q.where('owners.id', '>', after!))
    .$if(upTo !== null, (q) => q.where('owners.id', '<=', upTo!))
    .orderBy('owners.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * One INSERT … SELECT for the audience's owners with from ≤ id ≤ upTo: a message each, queued, or
 * suppressed with the reason (opted out, no phone / e-mail / account), so every household has
 * exactly one row to show. ${name} in the text becomes each owner's name (JSON-escaped in the
 * variables). The per-owner idempotency key makes a repeated chunk insert nothing; what
 * it did insert comes back, so the broadcast's counts grow by exactly that. Ids are a fresh UUIDv7
 * prefix per chunk and a zero-padded row number: no round trip per row.
 */
export async function insertBroadcastMessages(trx: Tx, b: BroadcastRow, audience: Audience, range: { from: string; upTo: string }) {
  const prefix = uuidv7().slice(0, 24);
  const recipients = trx
    .selectFrom('owners')
    .where((eb) => inAudienceByOwner(eb, audience))
    .where('owners.id', '>=', range.from)
    .where('owners.id', '<=', range.upTo)
    .select((eb) => [
      'owners.id as owner_id',
      'owners.name as owner_name',
      addressOf(audience.channel).as('address'),
      eb.case().when(optedOut(eb, audience)).then(1).else(0).end().as('opted_out'),
      eb.case().when(reachable(eb, audience)).then(1).else(0).end().as('reachable'),
      sql<number>`row_number() over (order by owners.id)`.as('rn'),
    ]);
  const status = sql<string>`case when r.opted_out = 1 or r.reachable = 0 then 'suppressed' else 'queued' end`;
  const reason = sql<string | null>`case when r.opted_out = 1 then 'optedOut' when r.reachable = 0 then ${text(UNREACHABLE[audience.channel])} else null end`;
  return trx
    .insertInto('messages')
    .columns(['id', 'company_id', 'project_id', 'channel', 'topic', 'owner_id', 'user_id', 'address', 'template_code', 'variables', 'title', 'body', 'idempotency_key', 'urgent', 'requested_time', 'not_before', 'status', 'attempts', 'next_attempt_at', 'locked_until', 'provider_message_id', 'last_error', 'sent_at', 'broadcast_id', 'created_by', 'created_at', 'updated_at', 'version'])
    .expression(
      trx
        .selectFrom(recipients.as('r'))
        .select([
          sql<string>`cast(${prefix} as text) || substr('000000000000' || cast(r.rn as text), length(cast(r.rn as text)) + 1)`.as('id'),
          text(b.company_id).as('company_id'),
          text(b.project_id).as('project_id'),
          text(b.channel).as('channel'),
          text(b.topic).as('topic'),
          'r.owner_id',
          text(null).as('user_id'),
          'r.address',
          text(b.template_code).as('template_code'),
          sql<string>`replace(${text(b.variables)}, ${text(OWNER_NAME)}, replace(replace(r.owner_name, ${text('\\')}, ${text('\\\\')}), ${text('"')}, ${text('\\"')}))`.as('variables'),
          text(b.title).as('title'),
          sql<string>`replace(${text(b.body)}, ${text(OWNER_NAME)}, r.owner_name)`.as('body'),
          sql<string>`cast(${`broadcast:${b.id}:`} as text) || r.owner_id`.as('idempotency_key'),
          int(b.urgent).as('urgent'),
          int(0).as('requested_time'),
          text(b.not_before).as('not_before'),
          status.as('status'),
          int(0).as('attempts'),
          text(b.not_before).as('next_attempt_at'),
          text(null).as('locked_until'),
          text(null).as('provider_message_id'),
          reason.as('last_error'),
          text(null).as('sent_at'),
          text(b.id).as('broadcast_id'),
          text(b.created_by).as('created_by'),
          text(b.created_at).as('created_at'),
          text(b.created_at).as('updated_at'),
          int(1).as('version'),
        ])
        // SQLite reads "ON CONFLICT" after a bare SELECT as part of a join; a WHERE ends the SELECT.
        .where(sql<SqlBool>`1 = 1`),
    )
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning(['status', 'last_error'])
    .execute();
}
