import { businessDate } from '@guanjia/domain';
import { ONBOARDING_ITEMS } from '@guanjia/domain/deals/index';
import { demoStaffActor } from '../../demo/demo-actor.js';
import type { DemoIds } from '../../demo/seed-demo.js';
import type { Tx } from '../../platform/db/transaction.js';
import { recordDeal } from './record-deal.js';
import { updateOnboardingItem } from './update-onboarding-item.js';

const DAY = 86_400_000;

/**
 * Three deals of project 1 in building 3 (1-101 stays the demo owner 吴先生's): a couple who bought
 * together, a buyer fully onboarded, and one recorded this morning with nothing done yet.
 */
export async function seedDealDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const projectId = ids.projectIds[0];
  const sales = await demoStaffActor(trx, ids, 'sales');
  const butler = await demoStaffActor(trx, ids, 'butler');
  const unitId = async (code: string) => (await trx.selectFrom('units').select('id').where('project_id', '=', projectId).where('code', '=', code).executeTakeFirstOrThrow()).id;
  const now = Date.now();
  const record = async (daysAgo: number, code: string, deal: Omit<Parameters<typeof recordDeal>[2], 'unitId' | 'signingDate'>) =>
    (
      await recordDeal(
        trx,
        { actor: sales, companyId: ids.companyId, projectId, source: 'web', mode: 'create' },
        { ...deal, unitId: await unitId(code), signingDate: businessDate(now - daysAgo * DAY) },
        new Date(now - daysAgo * DAY),
      )
    ).deal;

  const couple = await record(6, '3-501', {
    buyer: { name: '陈建国', phone: '13761234501', idNumber: '310104198203150017' },
    coBuyers: [{ name: '林晓燕', phone: '13761234502', idNumber: null }],
    contractNumber: 'JW01-2026-0031',
    salesConsultantName: '孙丽',
    externalRef: null,
    butlerId: ids.users.butler,
  });
  for (const item of ['welcomeCall', 'invitationSent'] as const) {
    await updateOnboardingItem(trx, butler, couple.id, item, { status: 'done', reason: null }, new Date(now - 5 * DAY));
  }

  const onboarded = await record(20, '3-502', {
    buyer: { name: '黄志明', phone: '13861234503', idNumber: '320102197811230035' },
    coBuyers: [],
    contractNumber: 'JW01-2026-0012',
    salesConsultantName: '何静',
    externalRef: null,
    butlerId: ids.users.butler,
  });
  for (const [i, item] of ONBOARDING_ITEMS.entries()) {
    const input = item === 'renovationRules' ? { status: 'notApplicable' as const, reason: '精装交付，业主暂不装修' } : { status: 'done' as const, reason: null };
    await updateOnboardingItem(trx, butler, onboarded.id, item, input, new Date(now - (19 - i) * DAY));
  }

  await record(0, '3-601', {
    buyer: { name: '周雨桐', phone: '13961234504', idNumber: null },
    coBuyers: [],
    contractNumber: 'JW01-2026-0047',
    salesConsultantName: '孙丽',
    externalRef: null,
    butlerId: null,
  });
}
