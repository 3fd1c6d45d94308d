/**
 * The runner writes queued → running → succeeded | queued (retry) | dead. 'failed' is part of the
 * vocabulary for tools that stop a job by hand; the runner never writes it.
 */
export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'dead';

/**
 * One unit of background work. Written by `enqueueJob` (inside the business transaction when it is
 * an outbox message) and moved through its states only by the runner.
 */
export interface JobTable {
  id: string;
  /** Null for system jobs (e.g. purging sessions) that belong to no tenant. */
  company_id: string | null;
  project_id: string | null;
  type: string;
  /** JSON text. */
  payload: string;
  status: JobStatus;
  /** Not before this instant (ISO UTC); also the retry time after a failure. */
  run_at: string;
  /** Claims so far, including the one running now. */
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  /** The worker that claimed it last; kept after it finishes to show who ran it. */
  locked_by: string | null;
  /** A running job whose lock has passed belongs to a dead worker and may be claimed again. */
  locked_until: string | null;
  idempotency_key: string | null;
  created_at: string;
  updated_at: string;
}

/** The last slot each schedule enqueued, so a restart knows which slots it missed. */
export interface JobScheduleTable {
  name: string;
  last_slot: string;
  updated_at: string;
}

export interface JobsTables {
  jobs: JobTable;
  job_schedules: JobScheduleTable;
}
