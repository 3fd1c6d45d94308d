import type { JobDeps } from '../../platform/jobs/handlers.js';
import type { JobHandlers } from '../../platform/jobs/job-runner.js';
import type { Schedule } from '../../platform/jobs/schedule.js';

export function personalDataJobHandlers(_deps: JobDeps = {}): JobHandlers {
  return {};
}

export const personalDataJobSchedules: Schedule[] = [];
