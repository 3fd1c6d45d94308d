import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible } from '../../platform/http/access.js';
import { paginate } from '../../platform/http/paging.js';

/** A project's filled questionnaires, newest first: household, owner, how and when (answers are read per household). */
export async function listQuestionnaireResponses(db: DbOrTx, actor: Actor, query: { projectId: string; page: number; pageSize: number }) {
  assertProjectVisible(actor, query.projectId, 'entity.project');
  const base = db
    .selectFrom('questionnaire_responses as r')
    .innerJoin('questionnaires as q', 'q.id', 'r.questionnaire_id')
    .innerJoin('owners as o', 'o.id', 'r.owner_id')
    .innerJoin('households as h', 'h.id', 'r.household_id')
    .innerJoin('units as u', 'u.id', 'h.unit_id')
    .innerJoin('buildings as b', 'b.id', 'u.building_id')
    .leftJoin('users as s', 's.id', 'r.recorded_by')
    .select([
      'r.id',
      'r.questionnaire_id',
      'q.version_no',
      'r.household_id',
      'b.name as building_name',
      'u.code as unit_code',
      'r.owner_id',
      'o.name as owner_name',
      'r.method',
      'r.recorded_by',
      's.name as recorded_by_name',
      'r.submitted_at',
    ])
    .where('r.project_id', '=', query.projectId)
    .where('r.company_id', '=', actor.companyId);
  return paginate(base, (q) => q.orderBy('r.submitted_at', 'desc').orderBy('r.id', 'desc'), query);
}
