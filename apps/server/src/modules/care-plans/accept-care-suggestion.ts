import { businessDate, nextState, uuidv7 } from '@guanjia/domain';
import { CARE_STAFF_ROLES, CARE_SUGGESTION_FLOW, careOccurrenceOnOrAfter, normalizeRecurrence, recurrenceProblems, type CareProposal } from '@guanjia/domain/care-plans/index';
import { hhmmToMinutes } from '@guanjia/domain';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import { StaleUpdateError } from '../../platform/db/versioned-update.js';
import type { Actor } from '../../platform/http/actor.js';
import { requireRole } from '../../platform/http/access.js';
import { BusinessRuleError, ValidationError } from '../../platform/http/errors.js';
import { toRecurrence } from './assert-care-rule.js';
import { findCareRecord } from './care-access.js';
import { invalidAssignees } from './care-assignees.js';
import { catalogKey, loadProjectCatalog, parseProposal, type CarePlanRow, type CareSuggestionRow } from './care-records.js';
import type { AcceptSuggestionBody, AdjustSuggestionBody } from './schemas.js';

export type AcceptCareInput = AcceptSuggestionBody & { changes?: Omit<AdjustSuggestionBody, 'version' | 'startOn' | 'assigneeDepartmentId' | 'assigneeUserId'> };

/**
 * The butler takes a suggestion on, as offered (accept) or with another item, rhythm or time
 * (adjust): a care plan starts, and its work orders name this butler as accountable (首问).
 */
export async function acceptCareSuggestion(trx: Tx, actor: Actor, id: string, input: AcceptCareInput, now: Date = new Date()): Promise<{ suggestion: CareSuggestionRow; plan: CarePlanRow }> {
  requireRole(actor, ...CARE_STAFF_ROLES);
  const before = await findCareRecord(trx, actor, 'care_suggestions', id);
  if (before.version !== input.version) throw new StaleUpdateError();
  const action = input.changes ? 'adjust' : 'accept';
  const status = nextState('careSuggestion', CARE_SUGGESTION_FLOW, before.status, action);
  const chosen = chosenProposal(parseProposal(before), input.changes);
  const today = businessDate(now);
  const startOn = input.startOn ?? today;
  if (startOn < today) throw new ValidationError({ startOn: 'carePlans.field.startInPast' });
  const catalog = await loadProjectCatalog(trx, before.project_id);
  const item = catalog.get(catalogKey(chosen.categoryNumber, chosen.itemNumber));
  if (!item) throw new ValidationError({ itemNumber: 'carePlans.problem.unknownItem' });
  if (!item.enabled) throw new BusinessRuleError('ITEM_DISABLED', 'carePlans.error.itemDisabled', { item: item.name });
  const assignees = { departmentId: input.assigneeDepartmentId ?? null, userId: input.assigneeUserId ?? null };
  const bad = await invalidAssignees(trx, before.company_id, before.project_id, assignees);
  if (bad.length) throw new ValidationError(Object.fromEntries(bad.map((f) => [f, `carePlans.field.${f}`])));

  const at = now.toISOString();
  const plan: CarePlanRow = {
    id: uuidv7(),
    company_id: before.company_id,
    project_id: before.project_id,
    household_id: before.household_id,
    suggestion_id: before.id,
    service_item_id: item.id,
    category_number: chosen.categoryNumber,
    item_number: chosen.itemNumber,
    title: chosen.title,
    recurrence: JSON.stringify(chosen.recurrence),
    time_of_day: chosen.timeOfDay,
    note: chosen.note,
    start_on: startOn,
    next_due_on: careOccurrenceOnOrAfter(chosen.recurrence, startOn, startOn),
    status: 'active',
    accountable_staff_id: actor.userId,
    assignee_department_id: assignees.departmentId,
    assignee_user_id: assignees.userId,
    created_by: actor.userId,
    ...newRowStamp(at),
  };
  await trx.insertInto('care_plans').values(plan).execute();
  const suggestion = await trx
    .updateTable('care_suggestions')
    .set({ status, decided_by: actor.userId, decided_at: at, plan_id: plan.id, updated_at: at, version: before.version + 1 })
    .where('id', '=', before.id)
    .where('version', '=', before.version)
    .returningAll()
    .executeTakeFirst();
  if (!suggestion) throw new StaleUpdateError();
  await recordAudit(trx, actor, suggestion.company_id, { action: `careSuggestion.${action}`, entityType: 'careSuggestion', entityId: suggestion.id, projectId: suggestion.project_id, before, after: suggestion });
  await recordAudit(trx, actor, plan.company_id, { action: 'carePlan.create', entityType: 'carePlan', entityId: plan.id, projectId: plan.project_id, after: plan });
  return { suggestion, plan };
}

/** The proposal with the butler's changes, or 400 naming the field that cannot be. */
function chosenProposal(proposal: CareProposal, changes: AcceptCareInput['changes']): CareProposal {
  if (!changes) return { ...proposal, recurrence: normalizeRecurrence(proposal.recurrence) };
  const recurrence = toRecurrence(changes.recurrence);
  const fields: Record<string, string> = {};
  for (const [f, p] of Object.entries(recurrenceProblems(recurrence))) fields[`recurrence.${f}`] = `carePlans.problem.${p}`;
  if (changes.timeOfDay !== null && !(hhmmToMinutes(changes.timeOfDay) < 24 * 60)) fields.timeOfDay = 'carePlans.problem.timeFormat';
  if (changes.title !== undefined && !changes.title.trim()) fields.title = 'carePlans.problem.required';
  if (Object.keys(fields).length) throw new ValidationError(fields);
  return {
    ...proposal,
    title: changes.title?.trim() || proposal.title,
    categoryNumber: changes.categoryNumber,
    itemNumber: changes.itemNumber,
    recurrence: normalizeRecurrence(recurrence),
    timeOfDay: changes.timeOfDay,
  };
}
