import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import { FULL_PERSONAL_DATA_ROLES, OPEN_WORK_ORDER_STATUSES, shanghaiInstant, WORK_ORDER_DESK_ROLES, WORK_ORDER_WORKER_ROLES, type Role } from '@guanjia/domain';
import type { Database } from '../../platform/db/schema.js';
import { containsText } from '../../platform/db/text-search.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { assertProjectVisible, hasRole } from '../../platform/http/access.js';
import type { ListScope, WorkOrderFilter } from './list-schemas.js';
import { isFieldWorkerOnly } from './work-order-access.js';

/** Who may read work-order lists; the developer's sales side and owners never do. */
export const WORK_ORDER_LIST_ROLES: Role[] = [...new Set([...WORK_ORDER_DESK_ROLES, ...WORK_ORDER_WORKER_ROLES])];

type Eb = ExpressionBuilder<Database, 'work_orders'>;
const never = sql<SqlBool>`1 = 0`;

/** Orders dispatched to the actor's department or vendor that nobody has taken yet (isInWorkOrderPool). */
function inPool(eb: Eb, actor: Actor): Expression<SqlBool> {
  const owners: Expression<SqlBool>[] = [];
  if (actor.departmentId) owners.push(eb('assignee_department_id', '=', actor.departmentId));
  if (actor.vendorId) owners.push(eb('assignee_vendor_id', '=', actor.vendorId));
  if (!owners.length || !hasRole(actor, ...WORK_ORDER_WORKER_ROLES)) return never;
  return eb.and([eb('status', '=', 'dispatched'), eb('assignee_user_id', 'is', null), eb.or(owners)]);
}

function scoped(eb: Eb, actor: Actor, scope: ListScope): Expression<SqlBool> | null {
  switch (scope) {
    case 'accountable':
      return eb('accountable_staff_id', '=', actor.userId);
    case 'assigned':
      return eb('assignee_user_id', '=', actor.userId);
    case 'pool':
      return inPool(eb, actor);
    case 'all':
      return null;
  }
}

/**
 * Open, and a running clock's deadline has passed (isWorkOrderOverdue in the domain). Never NULL,
 * so its negation lists the orders that are not overdue.
 */
export function overdueCondition(eb: Eb, now: string): Expression<SqlBool> {
  return eb.and([
    eb('status', 'in', OPEN_WORK_ORDER_STATUSES),
    eb.or([
      eb.and([
        eb('accept_due_at', 'is not', null),
        eb('accept_due_at', '<', now),
        eb('accepted_at', 'is', null),
        eb('assignment_accepted_at', 'is', null),
      ]),
      eb.and([eb('complete_due_at', 'is not', null), eb('complete_due_at', '<', now)]),
    ]),
  ]);
}

/** GD-20261127-0001 typed in full. */
const WORK_ORDER_NUMBER = /^[A-Za-z]{2}-\d{8}-\d{4,}$/;

/**
 * Ids are UUIDv7, stamped with the instant the order was created, so a date range is also an id
 * range: the list reads it from the (project, id) index instead of skipping newer rows one by one.
 * The slack keeps an order whose id and created_at were taken a moment apart inside its range.
 */
const ID_CLOCK_SLACK_MS = 86_400_000;

/** The smallest UUIDv7 of a millisecond. */
export function uuidv7Floor(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}

/** The UTC instant a Shanghai date begins. */
export function shanghaiDayStart(date: string, plusDays = 0): string {
  return new Date(shanghaiInstant(date, '00:00').getTime() + plusDays * 86_400_000).toISOString();
}

/**
 * The work orders the actor may list under the filter, unordered and with nothing selected yet. Staff of a project see all of its
 * orders; field workers only theirs and their pool. A project the actor cannot see is a 404.
 */
export function filteredWorkOrders(db: DbOrTx, actor: Actor, f: WorkOrderFilter, now: string) {
  if (f.projectId) assertProjectVisible(actor, f.projectId, 'entity.project');
  const projectIds = f.projectId ? [f.projectId] : actor.projectIds;
  let q = db.selectFrom('work_orders').where('company_id', '=', actor.companyId);
  if (!projectIds.length) return q.where(never);
  q = projectIds.length === 1 ? q.where('project_id', '=', projectIds[0]) : q.where('project_id', 'in', projectIds);

  if (isFieldWorkerOnly(actor)) q = q.where((eb) => eb.or([eb('assignee_user_id', '=', actor.userId), inPool(eb, actor)]));
  const scope = f.scope ?? 'all';
  q = q.where((eb) => scoped(eb, actor, scope) ?? sql<SqlBool>`1 = 1`);

  if (f.status?.length) q = f.status.length === 1 ? q.where('status', '=', f.status[0]) : q.where('status', 'in', f.status);
  if (f.categoryNumber !== undefined) q = q.where('category_number', '=', f.categoryNumber);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.assigneeUserId) q = q.where('assignee_user_id', '=', f.assigneeUserId);
  if (f.accountableStaffId) q = q.where('accountable_staff_id', '=', f.accountableStaffId);
  if (f.buildingId) q = q.where('building_id', '=', f.buildingId);
  if (f.overdue === true) q = q.where((eb) => overdueCondition(eb, now));
  if (f.overdue === false) q = q.where((eb) => eb.not(overdueCondition(eb, now)));
  if (f.from) {
    const start = shanghaiDayStart(f.from);
    q = q.where('created_at', '>=', start).where('id', '>=', uuidv7Floor(Date.parse(start) - ID_CLOCK_SLACK_MS));
  }
  if (f.to) {
    const end = shanghaiDayStart(f.to, 1);
    q = q.where('created_at', '<', end).where('id', '<', uuidv7Floor(Date.parse(end) + ID_CLOCK_SLACK_MS));
  }
  if (f.q && WORK_ORDER_NUMBER.test(f.q)) {
    // A whole number is one row of the unique index, not a scan.
    q = q.where('number', '=', f.q.toUpperCase());
  } else if (f.q) {
    // Searching by phone would confirm masked numbers, so only the roles that may reveal any phone of the project search them.
    const columns = ['number', 'title', 'requester_name'];
    if (hasRole(actor, ...FULL_PERSONAL_DATA_ROLES)) columns.push('requester_phone');
    q = q.where(containsText(columns, f.q));
  }
  return q;
}
