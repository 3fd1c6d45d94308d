import { businessDate, nextState, uuidv7 } from '@guanjia/domain';
import { CARE_SUGGESTION_FLOW, careProfileBasis, matchCareRules, shouldResuggest, type CareMatch } from '@guanjia/domain/care-plans/index';
import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { newRowStamp, type Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { parseCareRule, type CareSuggestionRow } from './care-records.js';
import { ensureProjectCareRules } from './ensure-project-care-rules.js';
import { loadStaffProfile } from '../service-profiles/staff-profiles.js';

export interface CareRefresh {
  added: number;
  updated: number;
  withdrawn: number;
}

/**
 * Brings a household's suggestions in line with its profile and the project's enabled rules: new
 * matches are offered, open ones follow the rule's current wording, ones no longer matched are
 * withdrawn, and a declined one is offered again only when the profile basis it was declined on
 * changed. Accepted and adjusted suggestions are left alone (their plans carry on).
 */
export async function refreshCareSuggestions(trx: Tx, actor: Actor | null, householdId: string, now: Date = new Date()): Promise<CareRefresh> {
  const result: CareRefresh = { added: 0, updated: 0, withdrawn: 0 };
  const household = await trx.selectFrom('households').select(['id', 'company_id', 'project_id']).where('id', '=', householdId).executeTakeFirst();
  if (!household) return result;
  const at = now.toISOString();
  const tenancy = { company_id: household.company_id, project_id: household.project_id };
  await ensureProjectCareRules(trx, { companyId: household.company_id, projectId: household.project_id }, at);
  const rules = await trx.selectFrom('care_rules').selectAll().where('project_id', '=', household.project_id).orderBy('id').execute();
  const profile = await loadStaffProfile(trx, household.id, now);
  const basis = profile ? careProfileBasis(profile) : '';
  // Rules are matched by row id, so a suggestion names the rule row it came from.
  const matches = profile ? matchCareRules(rules.map((r) => ({ ...parseCareRule(r), key: r.id })), profile, businessDate(now)) : [];

  const existing = await trx.selectFrom('care_suggestions').selectAll().where('household_id', '=', household.id).orderBy('id').execute();
  const latest = new Map<string, CareSuggestionRow>();
  for (const s of existing) latest.set(`${s.rule_id}|${s.action_key}`, s);
  const audit = (action: string, row: CareSuggestionRow, before?: CareSuggestionRow) =>
    recordAudit(trx, actor, row.company_id, { action: `careSuggestion.${action}`, entityType: 'careSuggestion', entityId: row.id, projectId: row.project_id, before, after: row });

  const matched = new Set<string>();
  for (const m of matches) {
    const key = `${m.ruleKey}|${m.actionKey}`;
    matched.add(key);
    const proposal = JSON.stringify(m.proposal);
    const s = latest.get(key);
    if (!s) {
      const row = await insertSuggestion(trx, { ...tenancy, household_id: household.id, m, proposal, basis, at });
      if (row) {
        result.added++;
        await audit('suggest', row);
      }
    } else if (s.status === 'suggested' && (s.proposal !== proposal || s.basis !== basis)) {
      const row = await trx.updateTable('care_suggestions').set({ proposal, basis, updated_at: at, version: s.version + 1 }).where('id', '=', s.id).where('version', '=', s.version).returningAll().executeTakeFirstOrThrow();
      result.updated++;
      await audit('update', row, s);
    } else if (shouldResuggest(s.status, s.basis, basis)) {
      const status = nextState('careSuggestion', CARE_SUGGESTION_FLOW, s.status, 'resuggest');
      const row = await trx
        .updateTable('care_suggestions')
        .set({ status, proposal, basis, decided_by: null, decided_at: null, decline_reason: null, updated_at: at, version: s.version + 1 })
        .where('id', '=', s.id)
        .where('version', '=', s.version)
        .returningAll()
        .executeTakeFirstOrThrow();
      result.added++;
      await audit('resuggest', row, s);
    }
  }
  for (const [key, s] of latest) {
    if (matched.has(key) || s.status !== 'suggested') continue;
    const status = nextState('careSuggestion', CARE_SUGGESTION_FLOW, s.status, 'withdraw');
    const row = await trx.updateTable('care_suggestions').set({ status, updated_at: at, version: s.version + 1 }).where('id', '=', s.id).where('version', '=', s.version).returningAll().executeTakeFirstOrThrow();
    result.withdrawn++;
    await audit('withdraw', row, s);
  }
  return result;
}

interface NewSuggestion {
  company_id: string;
  project_id: string;
  household_id: string;
  m: CareMatch;
  proposal: string;
  basis: string;
  at: string;
}

/** Inserts an open suggestion; a concurrent refresh that got there first leaves nothing to do (null). */
async function insertSuggestion(trx: Tx, n: NewSuggestion): Promise<CareSuggestionRow | null> {
  const row: CareSuggestionRow = {
    id: uuidv7(),
    company_id: n.company_id,
    project_id: n.project_id,
    household_id: n.household_id,
    rule_id: n.m.ruleKey,
    action_key: n.m.actionKey,
    status: 'suggested',
    proposal: n.proposal,
    basis: n.basis,
    decided_by: null,
    decided_at: null,
    decline_reason: null,
    plan_id: null,
    ...newRowStamp(n.at),
  };
  const inserted = await trx
    .insertInto('care_suggestions')
    .values(row)
    .onConflict((oc) => oc.columns(['household_id', 'rule_id', 'action_key']).where(sql.ref('status'), '=', sql.lit('suggested')).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? row : null;
}
