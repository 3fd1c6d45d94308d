import { allowedActions, businessDate } from '@guanjia/domain';
import { CARE_PLAN_FLOW, CARE_RULE_EDITOR_ROLES, CARE_SUGGESTION_STAFF_ACTIONS, CARE_SUGGESTION_FLOW, upcomingCareOccurrences } from '@guanjia/domain/care-plans/index';
import type { z } from 'zod';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { hasRole } from '../../platform/http/access.js';
import { translate, type Locale } from '../../platform/http/i18n.js';
import { catalogKey, loadProjectCatalog, parseCareRule, parseProposal, parseRecurrence, type CarePlanRow, type CareRuleRow, type CareSuggestionRow } from './care-records.js';
import type { carePlanSchema, careRuleSchema, careSuggestionSchema } from './schemas.js';

type RuleView = z.infer<typeof careRuleSchema>;
type SuggestionView = z.infer<typeof careSuggestionSchema>;
type PlanView = z.infer<typeof carePlanSchema>;
type Named = { id: string; name: string } | null;

const unique = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];

/** Building and unit of each household, as people say it (1号楼 1-101（吴宅）). */
async function householdLabels(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('households')
    .innerJoin('units', 'units.id', 'households.unit_id')
    .innerJoin('buildings', 'buildings.id', 'units.building_id')
    .select(['households.id', 'buildings.name as building', 'units.code as unit', 'households.name as name'])
    .where('households.id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, `${r.building} ${r.unit}${r.name ? `（${r.name}）` : ''}`]));
}

async function namesOf(db: DbOrTx, table: 'users' | 'departments', ids: string[]): Promise<Map<string, Named>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom(table).select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name }]));
}

export async function presentCareRules(db: DbOrTx, actor: Actor, rows: CareRuleRow[]): Promise<RuleView[]> {
  const catalog = rows.length ? await loadProjectCatalog(db, rows[0]!.project_id) : new Map();
  const canEdit = hasRole(actor, ...CARE_RULE_EDITOR_ROLES);
  return rows.map((row) => {
    const rule = parseCareRule(row);
    return {
      id: row.id,
      projectId: row.project_id,
      key: row.rule_key,
      name: rule.name,
      description: rule.description,
      condition: rule.condition,
      actions: rule.actions.map((a) => ({ ...a, itemName: catalog.get(catalogKey(a.categoryNumber, a.itemNumber))?.name ?? null })),
      enabled: rule.enabled,
      origin: row.origin,
      updatedAt: row.updated_at,
      version: row.version,
      allowedActions: canEdit ? ['edit'] : [],
    };
  });
}

export async function presentCareSuggestions(db: DbOrTx, rows: CareSuggestionRow[]): Promise<SuggestionView[]> {
  const labels = await householdLabels(db, unique(rows.map((r) => r.household_id)));
  const people = await namesOf(db, 'users', unique(rows.map((r) => r.decided_by)));
  const ruleIds = unique(rows.map((r) => r.rule_id));
  const rules = ruleIds.length ? new Map((await db.selectFrom('care_rules').select(['id', 'name']).where('id', 'in', ruleIds).execute()).map((r) => [r.id, r.name])) : new Map<string, string>();
  const catalogs = new Map(await Promise.all(unique(rows.map((r) => r.project_id)).map(async (p) => [p, await loadProjectCatalog(db, p)] as const)));
  return rows.map((row) => {
    const proposal = parseProposal(row);
    return {
      id: row.id,
      projectId: row.project_id,
      householdId: row.household_id,
      householdLabel: labels.get(row.household_id) ?? '',
      ruleId: row.rule_id,
      ruleName: rules.get(row.rule_id) ?? '',
      actionKey: row.action_key,
      status: row.status,
      proposal: { ...proposal, itemName: catalogs.get(row.project_id)?.get(catalogKey(proposal.categoryNumber, proposal.itemNumber))?.name ?? null },
      decidedBy: row.decided_by ? (people.get(row.decided_by) ?? null) : null,
      decidedAt: row.decided_at,
      declineReason: row.decline_reason,
      planId: row.plan_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
      allowedActions: allowedActions(CARE_SUGGESTION_FLOW, row.status).filter((a) => CARE_SUGGESTION_STAFF_ACTIONS.includes(a)) as SuggestionView['allowedActions'],
    };
  });
}

export async function presentCarePlans(db: DbOrTx, locale: Locale, rows: CarePlanRow[], now: Date = new Date()): Promise<PlanView[]> {
  const ids = rows.map((r) => r.id);
  const labels = await householdLabels(db, unique(rows.map((r) => r.household_id)));
  const people = await namesOf(db, 'users', unique(rows.flatMap((r) => [r.accountable_staff_id, r.assignee_user_id])));
  const departments = await namesOf(db, 'departments', unique(rows.map((r) => r.assignee_department_id)));
  const itemIds = unique(rows.map((r) => r.service_item_id));
  const items = itemIds.length ? new Map((await db.selectFrom('service_items').select(['id', 'name']).where('id', 'in', itemIds).execute()).map((i) => [i.id, i.name])) : new Map<string, string>();
  const occurrences = ids.length
    ? await db
        .selectFrom('care_plan_occurrences as o')
        .leftJoin('work_orders as w', 'w.id', 'o.work_order_id')
        .select(['o.plan_id', 'o.due_on', 'o.status', 'o.skip_reason', 'w.id as work_order_id', 'w.number', 'w.status as work_order_status'])
        .where('o.plan_id', 'in', ids)
        .orderBy('o.due_on', 'desc')
        .execute()
    : [];
  const today = businessDate(now);
  return rows.map((row) => {
    const recurrence = parseRecurrence(row);
    const recent = occurrences.filter((o) => o.plan_id === row.id).slice(0, 5);
    return {
      id: row.id,
      projectId: row.project_id,
      householdId: row.household_id,
      householdLabel: labels.get(row.household_id) ?? '',
      suggestionId: row.suggestion_id,
      categoryNumber: row.category_number,
      itemNumber: row.item_number,
      itemName: items.get(row.service_item_id) ?? '',
      title: row.title,
      recurrence,
      timeOfDay: row.time_of_day,
      note: row.note,
      startOn: row.start_on,
      nextDueOn: row.next_due_on,
      upcoming: row.status === 'ended' || !row.next_due_on ? [] : upcomingCareOccurrences(recurrence, row.start_on, row.next_due_on < today ? row.next_due_on : today, 3),
      status: row.status,
      accountable: people.get(row.accountable_staff_id) ?? null,
      assigneeDepartment: row.assignee_department_id ? (departments.get(row.assignee_department_id) ?? null) : null,
      assigneeUser: row.assignee_user_id ? (people.get(row.assignee_user_id) ?? null) : null,
      recent: recent.map((o) => ({ dueOn: o.due_on, status: o.status, workOrder: o.work_order_id ? { id: o.work_order_id, number: o.number!, status: o.work_order_status! } : null, skipReason: o.skip_reason ? translate(locale, o.skip_reason) : null })),
      updatedAt: row.updated_at,
      version: row.version,
      allowedActions: allowedActions(CARE_PLAN_FLOW, row.status),
    };
  });
}
