import { businessDate } from '@guanjia/domain';
import type { ChannelItemKind } from '@guanjia/domain/sales-channel/channel-items';
import { demoStaffActor } from '../../demo/demo-actor.js';
import type { DemoIds } from '../../demo/seed-demo.js';
import type { Tx } from '../../platform/db/transaction.js';
import type { Actor } from '../../platform/http/actor.js';
import { acknowledgeChannelItem } from './acknowledge-channel-item.js';
import { addActionItem } from './add-action-item.js';
import { insertSeedDuties } from './load-seed-duties.js';
import { postChannelItem } from './post-channel-item.js';
import { raiseSuggestion } from './raise-suggestion.js';
import { scheduleJointMeeting } from './schedule-joint-meeting.js';
import { setMeetingCadence } from './set-meeting-cadence.js';
import { transitionActionItem } from './transition-action-item.js';
import { transitionJointMeeting } from './transition-joint-meeting.js';
import { transitionSuggestion } from './transition-suggestion.js';
import { updateChannelItem } from './update-channel-item.js';
import { updateJointMeeting } from './update-joint-meeting.js';

const DAY = 86_400_000;

/**
 * Project 1's channel as it stands after a few weeks: the seed's split of duties, a fortnightly joint
 * meeting (one held with its action items, the next one scheduled), items of both sides with a
 * commitment still awaiting the property side, and suggestions in every state, one overdue. Written
 * through the use cases at past instants, so history, receipts and audit rows are what the app writes.
 */
export async function seedSalesChannelDemo(trx: Tx, ids: DemoIds): Promise<void> {
  const projectId = ids.projectIds[0];
  const now = Date.now();
  const at = (days: number) => new Date(now + days * DAY);
  const day = (days: number) => businessDate(at(days));
  const [manager, butler, salesmgr, marketing, sales] = await Promise.all(['manager', 'butler', 'salesmgr', 'marketing', 'sales'].map((u) => demoStaffActor(trx, ids, u)));

  await insertSeedDuties(trx, { companyId: ids.companyId, projectId, actorId: manager.userId, at: at(-30).toISOString() });
  await setMeetingCadence(trx, manager, { projectId, everyDays: 14, startsOn: day(-14) }, at(-30));

  // 信息共享
  const post = async (actor: Actor, kind: ChannelItemKind, daysAgo: number, title: string, body: string, period?: [number, number]) =>
    (await postChannelItem(trx, actor, { projectId, kind, title, body, periodStart: period && day(period[0]), periodEnd: period && day(period[1]) }, at(-daysAgo))).item;
  await post(salesmgr, 'salesPlan', 10, '本月销售计划', '本月计划推出 6 号楼 120 套房源，两次周末看房团活动，目标成交 45 套。请物业配合看房通道保洁、电瓶车接驳和样板房开放时间。', [-10, 20]);
  const policy = await post(marketing, 'salesPolicy', 9, '老带新奖励政策', '老业主推荐新客户成交，老业主获赠一年物业费。', [-9, 51]);
  await updateChannelItem(trx, marketing, policy.id, { body: '老业主推荐新客户成交，老业主获赠一年物业费；新客户享受总价 1% 优惠。', version: 1 }, at(-8));
  const commitment = await post(salesmgr, 'serviceCommitment', 8, '交房后一年内免费小件维修', '向购房客户承诺：交房后一年内，灯具、五金、龙头等小件免费上门维修，24 小时内响应。');
  await acknowledgeChannelItem(trx, manager, commitment.id, { version: 1 }, at(-7));
  await post(salesmgr, 'serviceCommitment', 1, '首年物业费九五折', '本期认购客户首年物业费按九五折收取，请物业方确认收费安排。');
  await post(salesmgr, 'dealSummary', 2, '上周成交情况', '上周到访 86 组，成交 18 套，其中 6 号楼 11 套；客户关注物业费标准和车位配比。', [-9, -3]);
  await post(butler, 'operationsStatus', 3, '样板区运营情况（本周）', '样板区保洁、绿化按标准完成；3 号样板房空调已报修；电瓶车 2 台运行正常，周末增开 1 台。', [-7, -1]);
  const feedback = await post(butler, 'customerFeedback', 1, '客户反映看房通道遮阳不足', '本周有 5 组客户反映从售楼处到样板区的通道午间日晒强，建议增设遮阳伞或临时遮阳棚。');
  await acknowledgeChannelItem(trx, marketing, feedback.id, { version: 1 }, at(-0.5));

  // 建议与需求
  const raise = async (actor: Actor, daysAgo: number, dueIn: number, category: 'environment' | 'serviceQuality' | 'salesSupport' | 'communityActivity', title: string, content: string) =>
    (await raiseSuggestion(trx, actor, { projectId, category, title, content, dueDate: day(dueIn) }, at(-daysAgo))).suggestion;
  await raise(marketing, 6, -2, 'environment', '样板区入口绿化补种和指引牌更新', '样板区入口两处草坪斑秃，导视牌字迹褪色，影响客户第一印象，请物业安排补种和更新。');
  const weekend = await raise(butler, 5, 2, 'salesSupport', '请提前告知周末看房团规模', '请销售方在周四前告知周末看房团的人数和到达时间，便于安排水吧、电瓶车和秩序维护。');
  await transitionSuggestion(trx, salesmgr, weekend.id, 'answer', { answerText: '今后每周四下午前在信息共享中发布周末看房团安排。', version: 1 }, at(-1));
  const fees = await raise(sales, 10, -5, 'serviceQuality', '客户希望了解物业费标准及服务内容', '多位客户询问物业费标准及包含的服务，请物业提供统一说明材料。');
  await transitionSuggestion(trx, manager, fees.id, 'answer', { answerText: '物业费 3.2 元/平方米·月。', version: 1 }, at(-7));
  await transitionSuggestion(trx, sales, fees.id, 'sendBack', { note: '请补充包含的服务项目清单，便于向客户介绍。', version: 2 }, at(-6));
  await transitionSuggestion(trx, manager, fees.id, 'answer', { answerText: '已提供《物业服务内容及收费标准说明》，放在咨询台。', version: 3 }, at(-5));
  await transitionSuggestion(trx, sales, fees.id, 'accept', { version: 4 }, at(-4));
  await raise(manager, 2, 5, 'communityActivity', '联合举办业主社区文化节', '建议在交付前联合举办一次社区文化节，邀请已购业主参加，销售方可借此邀约意向客户。');

  // 联席会议
  const attendeeIds = [manager.userId, butler.userId, salesmgr.userId, marketing.userId];
  const held = (await scheduleJointMeeting(trx, manager, { projectId, meetingDate: day(-14), startTime: '15:00', location: '售楼处二楼会议室', attendeeIds, agenda: '1. 本月销售计划；2. 样板区环境；3. 客户反馈' }, at(-20))).meeting;
  const greening = await addActionItem(trx, manager, held.id, { description: '样板区绿化补种', ownerId: butler.userId, dueDate: day(-7) }, at(-14));
  await addActionItem(trx, manager, held.id, { description: '开盘活动客户动线方案', ownerId: marketing.userId, dueDate: day(-3) }, at(-14));
  await addActionItem(trx, manager, held.id, { description: '核对交付前服务承诺清单', ownerId: manager.userId, dueDate: day(5) }, at(-14));
  await updateJointMeeting(trx, manager, held.id, { minutes: '一、销售方通报本月销售计划及看房团安排。\n二、物业方通报样板区运营情况，绿化补种本周完成。\n三、双方确认服务承诺须经物业方确认后对客户发布。', version: 1 }, at(-14));
  await transitionJointMeeting(trx, manager, held.id, 'finalise', { version: 2 }, at(-14));
  await transitionActionItem(trx, butler, greening.item.id, 'complete', { note: '已补种草皮 40 平方米', version: 1 }, at(-8));
  await scheduleJointMeeting(trx, manager, { projectId, meetingDate: day(1), startTime: '15:00', location: '售楼处二楼会议室', attendeeIds, agenda: '1. 上次会议待办跟进；2. 首年物业费优惠确认；3. 社区文化节' }, at(-1));

  // The demo is a starting state, not changes anyone made today: nobody is notified and the audit log stays as other demos leave it.
  await trx.deleteFrom('notifications').where('kind', 'like', 'salesChannel.%').execute();
  await trx.deleteFrom('audit_log').where('entity_type', 'in', ['salesChannelItem', 'salesChannelSuggestion', 'jointMeeting', 'jointMeetingActionItem', 'jointMeetingCadence']).execute();
}
