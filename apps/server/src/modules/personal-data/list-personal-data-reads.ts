import { shanghaiInstant } from '@guanjia/domain';
import { nextDate } from '@guanjia/domain/sales-site/liaison-form-flow';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate } from '../../platform/http/paging.js';
import type { ListReadsQuery } from './schemas.js';

/** At most this many rows in one CSV export; narrow the dates for more. */
export const READS_EXPORT_LIMIT = 10_000;

function readsQuery(db: Db, actor: Actor, q: Omit<ListReadsQuery, 'page' | 'pageSize'>) {
  if (q.projectId) assertProjectVisible(actor, q.projectId, 'entity.project');
  let query = db
    .selectFrom('personal_data_reads as r')
    .select([
      'r.id',
      'r.project_id',
      'r.staff_user_id',
      'r.owner_id',
      'r.subject_type',
      'r.subject_id',
      'r.field',
      'r.purpose',
      'r.page',
      'r.ip',
      'r.read_at',
    ])
    .select((eb) => [
      eb.selectFrom('users').select('name').whereRef('users.id', '=', 'r.staff_user_id').as('staff_name'),
      eb.selectFrom('owners').select('name').whereRef('owners.id', '=', 'r.owner_id').as('owner_name'),
      // Visitors and outside workers are not owners: their name comes from the record the number was read on.
      eb.selectFrom('reception_visits').select('visitor_name').whereRef('reception_visits.id', '=', 'r.subject_id').as('visitor_name'),
      eb.selectFrom('external_workers').select('name').whereRef('external_workers.id', '=', 'r.subject_id').as('worker_name'),
      eb.selectFrom('projects').select('name').whereRef('projects.id', '=', 'r.project_id').as('project_name'),
    ])
    .where('r.company_id', '=', actor.companyId)
    .where('r.project_id', 'in', q.projectId ? [q.projectId] : actor.projectIds.length ? actor.projectIds : ['-']);
  if (q.staffUserId) query = query.where('r.staff_user_id', '=', q.staffUserId);
  if (q.ownerId) query = query.where('r.owner_id', '=', q.ownerId);
  // Dates are Shanghai business dates: [from 00:00, to+1 00:00) Shanghai as UTC instants.
  if (q.from) query = query.where('r.read_at', '>=', shanghaiInstant(q.from, '00:00').toISOString());
  if (q.to) query = query.where('r.read_at', '<', shanghaiInstant(nextDate(q.to), '00:00').toISOString());
  return query;
}

/** 查看记录: who revealed whose full number, newest first. */
export async function listPersonalDataReads(db: Db, actor: Actor, q: ListReadsQuery) {
  return paginate(readsQuery(db, actor, q), (x) => x.orderBy('r.read_at', 'desc').orderBy('r.id', 'desc'), q);
}

export async function exportPersonalDataReads(db: Db, actor: Actor, q: Omit<ListReadsQuery, 'page' | 'pageSize'>) {
  return readsQuery(db, actor, q).orderBy('r.read_at', 'desc').orderBy('r.id', 'desc').limit(READS_EXPORT_LIMIT).execute();
}

export type ReadRow = Awaited<ReturnType<typeof exportPersonalDataReads>>[number];

export function presentRead(r: ReadRow) {
  return {
    id: r.id,
    projectId: r.project_id,
    projectName: r.project_name ?? '',
    staff: { id: r.staff_user_id, name: r.staff_name ?? '' },
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? '' } : null,
    /** Whose number it was: the owner, the visitor or the outside worker. */
    personName: r.owner_name ?? r.visitor_name ?? r.worker_name ?? '',
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    field: r.field,
    purpose: r.purpose,
    page: r.page,
    ip: r.ip,
    readAt: r.read_at,
  };
}
