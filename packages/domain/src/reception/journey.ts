import type { VisitStatus, VisitType } from './visit-flow.js';
import { vipChecklistMissing, type VipChecklist } from './vip-protocol.js';

/**
 * The visit journey (接待全程跟随服务, 全程陪同客户参观直至结束): the steps recorded with their
 * times, and when an accompaniment counts as complete.
 */
export const JOURNEY_STEPS = [
  'businessCard', // 递送名片: the butler greets the visitor and hands a card (服务标准 2)
  'waterBarDrink', // 水吧饮品: a drink served at the water bar while the visitor waits or talks
  'showFlatTour', // 样板房参观
  'projectTour', // 项目参观
  'electricCart', // 电瓶车
  'shuttleBus', // 往返巴士
  'umbrella', // 雨伞
  'farewell', // 送别, with the closing question
] as const;
export type JourneyStep = (typeof JOURNEY_STEPS)[number];

/** Steps recorded one by one; the farewell is recorded by seeing the visitor off (it ends the visit). */
export const RECORDABLE_STEPS = JOURNEY_STEPS.filter((s): s is Exclude<JourneyStep, 'farewell'> => s !== 'farewell');
export type RecordableStep = (typeof RECORDABLE_STEPS)[number];

export const JOURNEY_STEP_LABELS: Record<JourneyStep, { 'zh-CN': string; en: string }> = {
  businessCard: { 'zh-CN': '递送名片', en: 'Business card handed' },
  waterBarDrink: { 'zh-CN': '水吧饮品', en: 'Drink from the water bar' },
  showFlatTour: { 'zh-CN': '样板房参观', en: 'Show-flat tour' },
  projectTour: { 'zh-CN': '项目参观', en: 'Project tour' },
  electricCart: { 'zh-CN': '电瓶车', en: 'Electric cart' },
  shuttleBus: { 'zh-CN': '往返巴士', en: 'Shuttle bus' },
  umbrella: { 'zh-CN': '雨伞', en: 'Umbrella' },
  farewell: { 'zh-CN': '送别', en: 'Farewell' },
};

/** Asked at every farewell (销售期物业管理咨询制度 (八)): the farewell is complete only once it was asked. */
export const CLOSING_QUESTION = '请问是否还有其他事需要帮助?';

/** A step offered and declined (no drink, thank you) counts as served: the service was given the chance. */
export const STEP_OUTCOMES = ['done', 'declined'] as const;
export type StepOutcome = (typeof STEP_OUTCOMES)[number];

export interface RecordedStep {
  step: JourneyStep;
  outcome: StepOutcome;
}

export interface AccompanimentInput {
  type: VisitType;
  status: VisitStatus;
  /** A viewing group that came on the shuttle bus. */
  shuttleBus: boolean;
  steps: readonly RecordedStep[];
  closingQuestionAsked: boolean;
  vipChecklist: VipChecklist | null;
}

export type MissingPart = JourneyStep | 'closingQuestion' | 'vipChecklist';

export interface Accompaniment {
  /** False for visits that never took place (expected, no-show, cancelled): there was nothing to accompany. */
  applicable: boolean;
  complete: boolean;
  required: JourneyStep[];
  missing: MissingPart[];
}

/**
 * The steps every visit of a type needs: the card at the greeting, a drink, and the farewell for
 * all; the shuttle bus for a viewing group that came on it; the show-flat tour for a VIP.
 * The tours, cart and umbrella otherwise depend on the visitor and are recorded when given.
 */
export function requiredSteps(visit: Pick<AccompanimentInput, 'type' | 'shuttleBus'>): JourneyStep[] {
  const steps: JourneyStep[] = ['businessCard', 'waterBarDrink'];
  if (visit.type === 'viewingGroup' && visit.shuttleBus) steps.push('shuttleBus');
  if (visit.type === 'vip') steps.push('showFlatTour');
  steps.push('farewell');
  return steps;
}

const TOOK_PLACE: readonly VisitStatus[] = ['waiting', 'received', 'departed'];

/**
 * Complete = seen off (farewell recorded) with the closing question asked, every required step
 * recorded (done or declined), and for a VIP every required item of the protocol checklist.
 */
export function accompaniment(visit: AccompanimentInput): Accompaniment {
  const required = requiredSteps(visit);
  const applicable = TOOK_PLACE.includes(visit.status);
  const recorded = new Set(visit.steps.map((s) => s.step));
  if (visit.status === 'departed') recorded.add('farewell');
  const missing: MissingPart[] = required.filter((s) => !recorded.has(s));
  if (visit.status === 'departed' && !visit.closingQuestionAsked) missing.push('closingQuestion');
  if (visit.type === 'vip' && vipChecklistMissing(visit.vipChecklist).length > 0) missing.push('vipChecklist');
  return { applicable, complete: applicable && visit.status === 'departed' && missing.length === 0, required, missing };
}
