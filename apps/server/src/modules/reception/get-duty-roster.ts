import { businessDate } from '@guanjia/domain';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { loadRotation, presentRotation } from './load-rotation.js';
import { findVisibleSalesCenter, listHosts, userNames } from './reception-access.js';

/** A day's duty roster in rotation order, each consultant's standing, and who could be added. */
export async function getDutyRoster(db: DbOrTx, actor: Actor, salesCenterId: string, date: string | undefined, now: Date = new Date()) {
  const center = await findVisibleSalesCenter(db, actor, salesCenterId);
  const day = date ?? businessDate(now);
  const state = await loadRotation(db, center.id, day);
  const [rotation, hosts, names] = await Promise.all([
    presentRotation(db, state),
    listHosts(db, center.company_id, center.project_id),
    userNames(db, state.roster.map((r) => r.consultant_id)),
  ]);
  const standing = new Map(rotation.standings.map((s) => [s.consultantId, s]));
  return {
    salesCenterId: center.id,
    date: day,
    entries: state.roster.map((r) => {
      const s = standing.get(r.consultant_id)!;
      return { ...s, id: r.id, consultantName: names.get(r.consultant_id) ?? '', version: r.version };
    }),
    rotation,
    hosts,
  };
}
