import type { CareAction, CareCondition, CareProposal, CareRecurrence, CareRuleContent } from '@guanjia/domain/care-plans/index';
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/transaction.js';
import type { CarePlanTable, CareRuleTable, CareSuggestionTable } from './tables.js';

export type CareRuleRow = Selectable<CareRuleTable>;
export type CareSuggestionRow = Selectable<CareSuggestionTable>;
export type CarePlanRow = Selectable<CarePlanTable>;

export interface CareRule extends CareRuleContent {
  key: string;
  enabled: boolean;
}

export function parseCareRule(row: CareRuleRow): CareRule {
  return {
    key: row.rule_key,
    name: row.name,
    description: row.description,
    condition: JSON.parse(row.condition) as CareCondition,
    actions: JSON.parse(row.actions) as CareAction[],
    enabled: row.enabled === 1,
  };
}

export const parseProposal = (row: CareSuggestionRow) => JSON.parse(row.proposal) as CareProposal;
export const parseRecurrence = (row: CarePlanRow) => JSON.parse(row.recurrence) as CareRecurrence;

export interface CatalogEntry {
  id: string;
  name: string;
  enabled: boolean;
}

/** The project's catalog by "category-item" (printed numbers), for checking and naming rule actions. */
export async function loadProjectCatalog(db: DbOrTx, projectId: string): Promise<Map<string, CatalogEntry>> {
  const rows = await db.selectFrom('service_items').select(['id', 'category_number', 'number', 'name', 'enabled']).where('project_id', '=', projectId).execute();
  return new Map(rows.map((r) => [catalogKey(r.category_number, r.number), { id: r.id, name: r.name, enabled: r.enabled === 1 }]));
}

export const catalogKey = (categoryNumber: number, itemNumber: number) => `${categoryNumber}-${itemNumber}`;
