import { canRevealPersonalData, showPersonalData, type PersonalDataViewer } from '@guanjia/domain';
import { isWorkOrderOverdue } from '@guanjia/domain/work-orders/escalation';
import { sql, type Selectable, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { WorkOrderRow } from './list-schemas.js';
import type { WorkOrderTable } from './tables.js';

export type WorkOrderRecord = Selectable<WorkOrderTable>;

/** The columns a list row shows: lists read only these (a whole order is three times as wide). */
export const LIST_COLUMNS = [
  'id',
  'project_id',
  'number',
  'kind',
  'status',
  'title',
  'category_number',
  'emergency',
  'service_date',
  'service_start',
  'requester_name',
  'requester_phone',
  'household_id',
  'unit_id',
  'assignee_user_id',
  'assignee_vendor_id',
  'assignee_department_id',
  'accountable_staff_id',
  'accepted_at',
  'assignment_accepted_at',
  'accept_due_at',
  'complete_due_at',
  'urge_count',
  'reopen_count',
  'satisfaction',
  'created_at',
] as const satisfies readonly (keyof WorkOrderTable)[];
export type WorkOrderListRecord = Pick<WorkOrderRecord, (typeof LIST_COLUMNS)[number]>;

/** The names and labels a page of orders refers to, one query per table for the whole page. */
export interface RowLookups {
  users: Map<string, string>;
  units: Map<string, string>;
  households: Map<string, string | null>;
  departments: Map<string, string>;
  vendors: Map<string, string>;
}

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

/** `moreUserIds`: other people the page names (e.g. who recorded a return visit), in the same query. */
export async function loadRowLookups(db: DbOrTx, rows: readonly WorkOrderListRecord[], moreUserIds: readonly (string | null)[] = []): Promise<RowLookups> {
  const userIds = distinct([...rows.flatMap((r) => [r.assignee_user_id, r.accountable_staff_id]), ...moreUserIds]);
  const unitIds = distinct(rows.map((r) => r.unit_id));
  const householdIds = distinct(rows.filter((r) => !r.unit_id).map((r) => r.household_id));
  const departmentIds = distinct(rows.filter((r) => !r.assignee_user_id).map((r) => r.assignee_department_id));
  const vendorIds = distinct(rows.filter((r) => !r.assignee_user_id).map((r) => r.assignee_vendor_id));
  const [users, units, households, departments, vendors] = await Promise.all([
    userIds.length ? db.selectFrom('users').select(['id', 'name']).where('id', 'in', userIds).execute() : [],
    unitIds.length
      ? db
          .selectFrom('units')
          .innerJoin('buildings', 'buildings.id', 'units.building_id')
          .select(['units.id', 'units.code', 'buildings.name as buildingName'])
          .where('units.id', 'in', unitIds)
          .execute()
      : [],
    householdIds.length ? db.selectFrom('households').select(['id', 'name']).where('id', 'in', householdIds).execute() : [],
    departmentIds.length ? db.selectFrom('departments').select(['id', 'name']).where('id', 'in', departmentIds).execute() : [],
    vendorIds.length ? db.selectFrom('vendors').select(['id', 'name']).where('id', 'in', vendorIds).execute() : [],
  ]);
  return {
    users: new Map(users.map((u) => [u.id, u.name])),
    units: new Map(units.map((u) => [u.id, `${u.buildingName} ${u.code}`])),
    households: new Map(households.map((h) => [h.id, h.name])),
    departments: new Map(departments.map((d) => [d.id, d.name])),
    vendors: new Map(vendors.map((v) => [v.id, v.name])),
  };
}

/**
 * The requester's phone as staff see it: masked, with whether this viewer may reveal it through the
 * logged reveal endpoint (the managing roles of the project, a technician or vendor worker on an
 * order assigned to them). The owner's own view of their order is the H5 presenter.
 */
export function requesterPhoneFor(viewer: PersonalDataViewer & { userId: string }, r: Pick<WorkOrderListRecord, 'project_id' | 'assignee_user_id' | 'requester_phone'>) {
  const subject = { projectId: r.project_id, ownerId: null, assignedToActor: r.assignee_user_id === viewer.userId };
  return {
    phone: showPersonalData(viewer, subject, { phone: r.requester_phone, idNumber: null }).phone,
    phoneRevealable: r.requester_phone !== null && canRevealPersonalData(viewer, subject),
  };
}

export function presentWorkOrderRow(viewer: PersonalDataViewer & { userId: string }, r: WorkOrderListRecord, l: RowLookups, now: string): WorkOrderRow {
  const assigneeName = r.assignee_user_id
    ? (l.users.get(r.assignee_user_id) ?? null)
    : r.assignee_vendor_id
      ? (l.vendors.get(r.assignee_vendor_id) ?? null)
      : r.assignee_department_id
        ? (l.departments.get(r.assignee_department_id) ?? null)
        : null;
  const requester = requesterPhoneFor(viewer, r);
  return {
    id: r.id,
    projectId: r.project_id,
    number: r.number,
    kind: r.kind,
    status: r.status,
    title: r.title,
    categoryNumber: r.category_number,
    emergency: r.emergency === 1,
    serviceDate: r.service_date,
    serviceStart: r.service_start,
    requesterName: r.requester_name,
    requesterPhone: requester.phone,
    phoneRevealable: requester.phoneRevealable,
    householdId: r.household_id,
    unitLabel: (r.unit_id ? l.units.get(r.unit_id) : r.household_id ? l.households.get(r.household_id) : null) ?? null,
    assignee: r.assignee_user_id ? { id: r.assignee_user_id, name: l.users.get(r.assignee_user_id) ?? '' } : null,
    assigneeName,
    accountableStaff: r.accountable_staff_id ? { id: r.accountable_staff_id, name: l.users.get(r.accountable_staff_id) ?? '' } : null,
    acceptDueAt: r.accept_due_at,
    completeDueAt: r.complete_due_at,
    overdue: isWorkOrderOverdue(
      { status: r.status, acceptedAt: r.accepted_at, assignmentAcceptedAt: r.assignment_accepted_at, acceptDueAt: r.accept_due_at, completeDueAt: r.complete_due_at },
      now,
    ),
    urgeCount: r.urge_count,
    reopenCount: r.reopen_count,
    satisfaction: r.satisfaction,
    createdAt: r.created_at,
  };
}

/** The names a list row shows, as primary-key subqueries over the page `w`; built once, reused by every page. */
const ROW_NAMES = [
  sql<string | null>`(select name from users where users.id = w.assignee_user_id)`.as('assignee_name'),
  sql<string | null>`(select name from users where users.id = w.accountable_staff_id)`.as('accountable_name'),
  sql<string | null>`(select buildings.name || ' ' || units.code from units inner join buildings on buildings.id = units.building_id where units.id = w.unit_id)`.as(
    'unit_label',
  ),
  sql<string | null>`(select name from households where households.id = w.household_id)`.as('household_name'),
  sql<string | null>`(select name from departments where departments.id = w.assignee_department_id)`.as('department_name'),
  sql<string | null>`(select name from vendors where vendors.id = w.assignee_vendor_id)`.as('vendor_name'),
];

/**
 * A page of list rows with the names they show, in one statement: the inner query picks the page
 * (filter, order, limit), then a primary-key subquery per name fills it in. Subqueries rather than
 * joins: PostgreSQL plans eight joined tables in over a millisecond, the subqueries in a fifth of that.
 */
export function withRowNames(db: DbOrTx, page: SelectQueryBuilder<Database, 'work_orders', WorkOrderListRecord>) {
  return db.selectFrom(page.as('w')).selectAll('w').select(ROW_NAMES).orderBy('w.id', 'desc');
}

type NamedRow = WorkOrderListRecord & {
  assignee_name: string | null;
  accountable_name: string | null;
  unit_label: string | null;
  household_name: string | null;
  department_name: string | null;
  vendor_name: string | null;
};

/** The lookups loadRowLookups would have read, from the names withRowNames selected with each row. */
export function rowLookupsOf(rows: readonly NamedRow[]): RowLookups {
  const l: RowLookups = { users: new Map(), units: new Map(), households: new Map(), departments: new Map(), vendors: new Map() };
  for (const r of rows) {
    if (r.assignee_user_id && r.assignee_name !== null) l.users.set(r.assignee_user_id, r.assignee_name);
    if (r.accountable_staff_id && r.accountable_name !== null) l.users.set(r.accountable_staff_id, r.accountable_name);
    if (r.unit_id && r.unit_label !== null) l.units.set(r.unit_id, r.unit_label);
    if (r.household_id) l.households.set(r.household_id, r.household_name);
    if (r.assignee_department_id && r.department_name !== null) l.departments.set(r.assignee_department_id, r.department_name);
    if (r.assignee_vendor_id && r.vendor_name !== null) l.vendors.set(r.assignee_vendor_id, r.vendor_name);
  }
  return l;
}
