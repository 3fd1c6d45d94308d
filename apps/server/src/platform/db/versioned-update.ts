import { ConflictError } from '../http/errors.js';

export class StaleUpdateError extends ConflictError {
  constructor() {
    super('STALE_UPDATE', 'error.stale');
  }
}

/** Optimistic locking: the caller sent the version it read; a different current version is a 409. */
export function assertVersion(current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) throw new StaleUpdateError();
}
