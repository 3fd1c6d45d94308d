import { ANONYMISED_OWNER_PREFIX } from '@guanjia/domain/personal-data/index';
import { maskPhone } from '@guanjia/domain';
import type { Db } from '../../platform/db/database.js';
import { containsText } from '../../platform/db/text-search.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate } from '../../platform/http/paging.js';

/** The owners of a project by name or unit code, phone masked: whom a staff member may export for. */
export async function searchOwners(db: Db, actor: Actor, q: { projectId: string; q?: string; page: number; pageSize: number }) {
  assertProjectVisible(actor, q.projectId, 'entity.project');
  let query = db.selectFrom('owners as o').select(['o.id', 'o.name', 'o.phone']).where('o.company_id', '=', actor.companyId).where('o.project_id', '=', q.projectId);
  if (q.q) {
    const text = q.q;
    query = query.where((eb) =>
      eb.or([
        containsText('o.name', text),
        eb.exists(
          eb
            .selectFrom('household_members as m')
            .innerJoin('households as h', 'h.id', 'm.household_id')
            .innerJoin('units as u', 'u.id', 'h.unit_id')
            .select('m.id')
            .whereRef('m.owner_id', '=', 'o.id')
            .where(containsText('u.code', text)),
        ),
      ]),
    );
  }
  const page = await paginate(query, (x) => x.orderBy('o.name').orderBy('o.id'), q);
  const ids = page.items.map((o) => o.id);
  const units = ids.length
    ? await db
        .selectFrom('household_members as m')
        .innerJoin('households as h', 'h.id', 'm.household_id')
        .innerJoin('units as u', 'u.id', 'h.unit_id')
        .innerJoin('buildings as b', 'b.id', 'u.building_id')
        .select(['m.owner_id', 'u.code', 'b.name'])
        .where('m.owner_id', 'in', ids)
        .execute()
    : [];
  return {
    ...page,
    items: page.items.map((o) => ({
      id: o.id,
      name: o.name,
      phone: maskPhone(o.phone),
      units: units.filter((u) => u.owner_id === o.id).map((u) => `${u.name} ${u.code}`),
      erased: o.name.startsWith(ANONYMISED_OWNER_PREFIX) && o.phone === null,
    })),
  };
}
