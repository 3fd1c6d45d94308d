import type { PeakPeriodProblem } from '@guanjia/domain/etiquette-drills/drill-timetable';
import { AppError, ConflictError } from '../../platform/http/errors.js';

/** 422 naming the field and the reason, in the caller's language. */
export function drillRuleError(code: string, field: string, messageKey: string, params: Record<string, unknown> = {}): AppError {
  return new AppError(422, code, messageKey, params, { [field]: messageKey });
}

const PERIOD_REASONS: Record<PeakPeriodProblem['reason'], string> = {
  format: 'etiquetteDrill.field.format',
  beforeStart: 'etiquetteDrill.field.beforeStart',
  lessThanAnHour: 'etiquetteDrill.field.lessThanAnHour',
};

/** 422 for what peakPeriodProblem found wrong with a period. */
export function peakPeriodError(problem: PeakPeriodProblem): AppError {
  const key = problem.field === 'weekdays' ? 'etiquetteDrill.field.weekdays' : PERIOD_REASONS[problem.reason];
  return drillRuleError('INVALID_PEAK_PERIOD', problem.field, key);
}

/** 409: another post recorded the same hour first. */
export class DrillAlreadyRecordedError extends ConflictError {
  constructor(date: string, start: string) {
    super('DRILL_ALREADY_RECORDED', 'etiquetteDrill.error.alreadyRecorded', { date, start }, { start: 'etiquetteDrill.error.alreadyRecorded' });
  }
}
