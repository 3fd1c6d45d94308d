import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { loadVisibleForm, type LiaisonFormRow } from './liaison-form-access.js';
import { liaisonFormSummaries, type LiaisonFormSummaryRow } from './list-liaison-forms.js';

export interface LiaisonFormDetail {
  form: LiaisonFormRow;
  summary: LiaisonFormSummaryRow;
  events: { action: string; from_status: string | null; to_status: string | null; actor_id: string; note: string | null; created_at: string }[];
  users: Map<string, string>;
}

/** A form with its history and the names it shows. */
export async function getLiaisonForm(db: DbOrTx, actor: Actor, id: string): Promise<LiaisonFormDetail> {
  return readLiaisonForm(db, await loadVisibleForm(db, actor, id));
}

export async function readLiaisonForm(db: DbOrTx, form: LiaisonFormRow): Promise<LiaisonFormDetail> {
  const [summary, events] = await Promise.all([
    liaisonFormSummaries(db).where('f.id', '=', form.id).executeTakeFirstOrThrow(),
    db.selectFrom('liaison_form_events').select(['action', 'from_status', 'to_status', 'actor_id', 'note', 'created_at']).where('form_id', '=', form.id).orderBy('id').execute(),
  ]);
  const ids = [form.created_by, form.acknowledged_by, form.replied_by, form.returned_by, form.cancelled_by, ...events.map((e) => e.actor_id)].filter((x): x is string => x !== null);
  const rows = ids.length ? await db.selectFrom('users').select(['id', 'name']).where('id', 'in', [...new Set(ids)]).execute() : [];
  return { form, summary, events, users: new Map(rows.map((r) => [r.id, r.name])) };
}
