import { ForbiddenTransitionError, uuidv7 } from '@guanjia/domain';
import { speakingSide, type ChannelSide } from '@guanjia/domain/sales-channel/channel-sides';
import type { Selectable } from 'kysely';
import type { DbOrTx, Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { AppError, ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import type {
  SalesChannelActionItemTable,
  SalesChannelDutyTable,
  SalesChannelEventTable,
  SalesChannelItemTable,
  SalesChannelMeetingTable,
  SalesChannelSuggestionTable,
} from './tables.js';

export type ChannelItemRow = Selectable<SalesChannelItemTable>;
export type DutyRow = Selectable<SalesChannelDutyTable>;
export type SuggestionRow = Selectable<SalesChannelSuggestionTable>;
export type JointMeetingRow = Selectable<SalesChannelMeetingTable>;
export type ActionItemRow = Selectable<SalesChannelActionItemTable>;

/** A row of the caller's company in a project they work in, or 404 (its existence does not leak). */
function visible<R extends { project_id: string }>(actor: Actor, row: R | undefined, entityKey: string): R {
  if (!row) throw new NotFoundError(entityKey);
  assertProjectVisible(actor, row.project_id, entityKey);
  return row;
}

export async function loadChannelItem(db: DbOrTx, actor: Actor, id: string): Promise<ChannelItemRow> {
  return visible(actor, await db.selectFrom('sales_channel_items').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst(), 'entity.salesChannelItem');
}

export async function loadDuty(db: DbOrTx, actor: Actor, id: string): Promise<DutyRow> {
  return visible(actor, await db.selectFrom('sales_channel_duties').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst(), 'entity.salesChannelDuty');
}

export async function loadSuggestion(db: DbOrTx, actor: Actor, id: string): Promise<SuggestionRow> {
  return visible(actor, await db.selectFrom('sales_channel_suggestions').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst(), 'entity.salesChannelSuggestion');
}

export async function loadJointMeeting(db: DbOrTx, actor: Actor, id: string): Promise<JointMeetingRow> {
  return visible(actor, await db.selectFrom('sales_channel_meetings').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst(), 'entity.jointMeeting');
}

export async function loadActionItem(db: DbOrTx, actor: Actor, id: string): Promise<ActionItemRow> {
  return visible(actor, await db.selectFrom('sales_channel_action_items').selectAll().where('id', '=', id).where('company_id', '=', actor.companyId).executeTakeFirst(), 'entity.actionItem');
}

/**
 * The side the caller speaks for: 403 for an account of neither side, 400 on `side` when an account of
 * both sides does not say which, or names one it is not on.
 */
export function sideOf(actor: Actor, requested?: ChannelSide | null): ChannelSide {
  const side = speakingSide(actor.roles, requested);
  if (side === 'none') throw new ForbiddenError('salesChannel.refusal.noSide');
  if (side === 'ambiguous') throw new ValidationError({ side: 'salesChannel.field.sideRequired' });
  if (side === 'notYourSide') throw new ValidationError({ side: 'salesChannel.field.notYourSide' });
  return side;
}

/** The state machines, enforced here only: a forbidden step is 409 naming the state and the action. */
export function assertChannelTransition<S extends string, A extends string>(entity: 'suggestion' | 'jointMeeting' | 'actionItem', next: (from: S, action: A) => S, from: S, action: A): S {
  try {
    return next(from, action);
  } catch (err) {
    if (err instanceof ForbiddenTransitionError) {
      throw new AppError(409, 'FORBIDDEN_TRANSITION', 'salesChannel.error.forbiddenTransition', { status: `salesChannel.${entity}.status.${from}`, action: `salesChannel.${entity}.action.${action}` }, undefined, {
        entity,
        from,
        action,
      });
    }
    throw err;
  }
}

/** One history row, written in the transaction of the change it records. */
export async function recordChannelEvent(
  trx: Tx,
  row: { id: string; company_id: string; project_id: string },
  e: { entityType: SalesChannelEventTable['entity_type']; action: string; from?: string | null; to?: string | null; note?: string | null; snapshot?: unknown; actorId: string; at: string },
): Promise<void> {
  await trx
    .insertInto('sales_channel_events')
    .values({
      id: uuidv7(),
      company_id: row.company_id,
      project_id: row.project_id,
      entity_type: e.entityType,
      entity_id: row.id,
      action: e.action,
      from_status: e.from ?? null,
      to_status: e.to ?? null,
      note: e.note ?? null,
      snapshot: e.snapshot === undefined ? null : JSON.stringify(e.snapshot),
      actor_id: e.actorId,
      created_at: e.at,
    })
    .execute();
}

export interface ChannelEventRow {
  action: string;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  snapshot: string | null;
  actor_id: string;
  created_at: string;
}

export function channelEvents(db: DbOrTx, entityIds: readonly string[]): Promise<(ChannelEventRow & { entity_id: string })[]> {
  if (!entityIds.length) return Promise.resolve([]);
  return db
    .selectFrom('sales_channel_events')
    .select(['entity_id', 'action', 'from_status', 'to_status', 'note', 'snapshot', 'actor_id', 'created_at'])
    .where('entity_id', 'in', [...entityIds])
    .orderBy('id')
    .execute();
}

/** Names of the people a view shows, in one read. */
export async function namesOf(db: DbOrTx, ids: readonly (string | null | undefined)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export type Named = { id: string; name: string };
export const named = (names: Map<string, string>, id: string | null | undefined): Named | null => (id ? { id, name: names.get(id) ?? '' } : null);
