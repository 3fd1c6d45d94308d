import { personalDataRequestActionsFor } from '@guanjia/domain/personal-data/index';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate } from '../../platform/http/paging.js';
import type { PersonalDataRequestRow } from './request-events.js';
import type { ListRequestsQuery, RequestView } from './schemas.js';

function withNames(db: DbOrTx) {
  return db
    .selectFrom('personal_data_requests as r')
    .selectAll('r')
    .select((eb) => [
      eb.selectFrom('owners').select('name').whereRef('owners.id', '=', 'r.owner_id').as('owner_name'),
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 'r.requested_by').as('requested_by_name'),
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 'r.decided_by').as('decided_by_name'),
    ]);
}

type Named = PersonalDataRequestRow & { owner_name: string | null; requested_by_name: string | null; decided_by_name: string | null };

/** 申请处理: the requests of the reviewer's projects, waiting ones first, newest first. */
export async function listPersonalDataRequests(db: Db, actor: Actor, q: ListRequestsQuery) {
  if (q.projectId) assertProjectVisible(actor, q.projectId, 'entity.project');
  let query = withNames(db)
    .where('r.company_id', '=', actor.companyId)
    .where('r.project_id', 'in', q.projectId ? [q.projectId] : actor.projectIds.length ? actor.projectIds : ['-']);
  if (q.state) query = query.where('r.state', '=', q.state);
  if (q.kind) query = query.where('r.kind', '=', q.kind);
  return paginate(query, (x) => x.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc'), q);
}

/** An owner's own requests, newest first. */
export async function listOwnRequests(db: Db, ownerId: string) {
  return withNames(db).where('r.owner_id', '=', ownerId).orderBy('r.created_at', 'desc').limit(50).execute();
}

export async function readRequest(db: DbOrTx, id: string): Promise<Named> {
  return withNames(db).where('r.id', '=', id).executeTakeFirstOrThrow();
}

export function presentRequest(r: Named, actor: Actor): RequestView {
  return {
    id: r.id,
    projectId: r.project_id,
    owner: { id: r.owner_id, name: r.owner_name ?? '' },
    kind: r.kind,
    state: r.state,
    format: r.format,
    reason: r.reason,
    requestedBy: { id: r.requested_by, name: r.requested_by_name ?? '' },
    decidedBy: r.decided_by ? { id: r.decided_by, name: r.decided_by_name ?? '' } : null,
    decidedAt: r.decided_at,
    refuseReason: r.refuse_reason,
    completedAt: r.completed_at,
    allowedActions: r.kind === 'erasure' && actor.projectIds.includes(r.project_id) ? personalDataRequestActionsFor(r.state, actor.roles) : [],
    version: r.version,
    createdAt: r.created_at,
  };
}
