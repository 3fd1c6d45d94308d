import { uuidv7 } from '@guanjia/domain';
import { careRuleProblems, normalizeRecurrence, type CareAction, type CareRecurrence, type CareRuleContent } from '@guanjia/domain/care-plans/index';
import { ValidationError } from '../../platform/http/errors.js';
import type { CareRuleBody, RecurrenceInput } from './schemas.js';
import { catalogKey, type CatalogEntry } from './care-records.js';

/** The rule as it will be stored (trimmed, recurrences normalised), or 400 naming each bad field. */
export function assertCareRule(body: CareRuleBody, catalog: Map<string, CatalogEntry>): CareRuleContent {
  const rule: CareRuleContent = {
    name: body.name.trim(),
    description: body.description?.trim() || null,
    condition: { tags: [...new Set(body.condition.tags)], minAge: body.condition.minAge },
    actions: body.actions.map(
      (a): CareAction => ({
        // A new action gets its stable key here; suggestions keep to it across later edits.
        key: a.key.trim() || `a-${uuidv7().slice(-12)}`,
        title: a.title.trim(),
        categoryNumber: a.categoryNumber,
        itemNumber: a.itemNumber,
        recurrence: toRecurrence(a.recurrence),
        timeOfDay: a.timeOfDay,
        ...(a.fromUsualTimes ? { fromUsualTimes: true } : {}),
      }),
    ),
  };
  const problems = careRuleProblems(rule, (c, n) => catalog.has(catalogKey(c, n)));
  if (Object.keys(problems).length > 0) throw new ValidationError(Object.fromEntries(Object.entries(problems).map(([f, p]) => [f, `carePlans.problem.${p}`])));
  return { ...rule, actions: rule.actions.map((a) => ({ ...a, recurrence: normalizeRecurrence(a.recurrence) })) };
}

/** The loose input as a recurrence; a missing number becomes 0 so the domain names it as out of range. */
export function toRecurrence(r: RecurrenceInput): CareRecurrence {
  return { kind: r.kind, weekdays: r.weekdays ?? [], dayOfMonth: r.dayOfMonth ?? 0, days: r.days ?? 0 } as CareRecurrence;
}
