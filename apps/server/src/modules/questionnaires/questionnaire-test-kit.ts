import type { TestApp } from '../../testing/test-app.js';

/** A new household of project `project` (0 or 1) with one owner, and an invitation link for them. */
export async function newOwnerWithLink(t: TestApp, name: string, project: 0 | 1 = 0): Promise<{ ownerId: string; householdId: string; token: string }> {
  const unit = await t.ctx.db
    .selectFrom('units')
    .leftJoin('households', 'households.unit_id', 'units.id')
    .select('units.id')
    .where('units.project_id', '=', t.demo.projectIds[project])
    .where('households.id', 'is', null)
    .orderBy('units.code', 'desc')
    .executeTakeFirstOrThrow();
  const butler = project === 0 ? 'butler' : 'butler2';
  const household = await t.as(butler).post(`/api/projects/${t.demo.projectIds[project]}/households`, { unitId: unit.id });
  if (household.statusCode !== 201) throw new Error(household.body);
  const withOwner = await t.as(butler).post(`/api/households/${household.json().id}/members`, { name, relation: 'owner' });
  if (withOwner.statusCode !== 201) throw new Error(withOwner.body);
  const ownerId = withOwner.json().members[0].ownerId as string;
  const inv = await t.as(butler).post('/api/owner-invitations', { ownerId, householdId: household.json().id });
  if (inv.statusCode !== 201) throw new Error(inv.body);
  return { ownerId, householdId: household.json().id, token: inv.json().token };
}

/** A complete, valid set of answers to the default questionnaire. */
export const answers = (patch: Record<string, unknown> = {}) => ({
  members: [
    { name: '陈先生', relation: 'self', ageBand: '40to59' },
    { name: '陈奶奶', relation: 'parent', birthday: { calendar: 'lunar', month: 8, day: 15, leapMonth: true } },
  ],
  elderlyCare: 'yes',
  holidayHome: 'holiday',
  holidayStay: '每年 1–3 月',
  sports: ['o1'],
  sportsTimes: '周末早上',
  workload: 'busy',
  serviceNeeds: ['o7'],
  ...patch,
});
