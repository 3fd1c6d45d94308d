/**
 * 形象岗 (4.5.3): explainers receive and explain at the showcase; the regional property company trains
 * them first (须对讲解员进行业务培训), so only a trained explainer is put on duty.
 */
export const DUTY_SHIFTS = ['morning', 'afternoon', 'fullDay'] as const;
export type DutyShift = (typeof DUTY_SHIFTS)[number];

export interface ExplainerTraining {
  /** The date of the explainer training; null until trained. */
  trainedOn: string | null;
  trainer: string | null;
  active: boolean;
}

export type DutyRefusal = 'untrained' | 'trainedAfterDuty' | 'inactive';

/**
 * Why the explainer may not be on duty that day, or null. The training must be on record with its
 * trainer and must have happened on or before the duty date.
 */
export function dutyRefusal(explainer: ExplainerTraining, dutyDate: string): DutyRefusal | null {
  if (!explainer.active) return 'inactive';
  if (!explainer.trainedOn || !explainer.trainer?.trim()) return 'untrained';
  if (explainer.trainedOn > dutyDate) return 'trainedAfterDuty';
  return null;
}

export const isTrained = (e: ExplainerTraining) => !!e.trainedOn && !!e.trainer?.trim();
