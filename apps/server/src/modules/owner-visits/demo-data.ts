import { addCalendarDays } from '@guanjia/domain/opening-readiness/milestones';
import { businessQuarter, shiftQuarter } from '@guanjia/domain/owner-visits/index';
import { shanghaiInstant } from '@guanjia/domain';
import { demoStaffActor } from '../../demo/demo-actor.js';
import type { DemoIds } from '../../demo/seed-demo.js';
import type { Tx } from '../../platform/db/transaction.js';
import { assignHouseholdButlers } from './assign-household-butlers.js';
import { recordOwnerVisit } from './record-owner-visit.js';

const DAY = 86_400_000;

/**
 * Project 1's households (1号楼 1-101 and the deals' units in 3号楼) are the demo butler's; 1-101 was
 * visited this quarter and 3-501 last quarter, so coverage starts above zero and below 100%.
 */
export async function seedOwnerVisitDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const projectId = ids.projectIds[0];
  const manager = await demoStaffActor(trx, ids, 'manager');
  const butler = await demoStaffActor(trx, ids, 'butler');
  const buildings = await trx.selectFrom('buildings').select('id').where('project_id', '=', projectId).where('code', 'in', ['1', '3']).execute();
  for (const b of buildings) await assignHouseholdButlers(trx, manager, projectId, { butlerId: butler.userId, buildingId: b.id, onlyUnassigned: false });

  const householdOf = async (code: string) =>
    (await trx.selectFrom('households').innerJoin('units', 'units.id', 'households.unit_id').select('households.id').where('units.project_id', '=', projectId).where('units.code', '=', code).executeTakeFirstOrThrow()).id;
  const now = new Date();
  const quarter = businessQuarter(now);
  // A few days ago, but inside this quarter (and never in the future on its first morning).
  const thisQuarter = new Date(Math.min(now.getTime(), Math.max(now.getTime() - 3 * DAY, shanghaiInstant(quarter.start, '10:00').getTime())));
  await recordOwnerVisit(trx, butler, ids.ownerHouseholdId, {
    kind: 'homeVisit',
    visitedAt: thisQuarter.toISOString(),
    contactName: '吴先生',
    summary: '上门拜访，业主对保洁和秩序维护满意；吴老先生希望小区步道增加休息座椅。',
    satisfaction: 5,
    needs: ['小区步道增加休息座椅'],
    addNeedsToProfile: false,
    followUp: null,
  }, now);
  const lastQuarter = shanghaiInstant(addCalendarDays(shiftQuarter(quarter, -1).start, 20), '15:00');
  await recordOwnerVisit(trx, butler, await householdOf('3-501'), {
    kind: 'phone',
    visitedAt: lastQuarter.toISOString(),
    contactName: '陈建国',
    summary: '电话回访交房准备情况，业主询问装修申请流程，已告知所需材料。',
    satisfaction: 4,
    needs: [],
    addNeedsToProfile: false,
    followUp: null,
  }, now);
}
