import type { JobDeps } from '../../platform/jobs/handlers.js';
import type { JobHandlers } from '../../platform/jobs/job-runner.js';
import type { Schedule } from '../../platform/jobs/schedule.js';

export function carePlanJobHandlers(_deps: JobDeps = {}): JobHandlers {
  return {};
}

export const carePlanJobSchedules: Schedule[] = [];
