import { TooManyRequestsError } from '../../platform/http/errors.js';

/**
 * Failed logins per minute, counted per address and per account. In memory: logins are served by
 * the web process only; a restart forgets counts, which errs on the user's side.
 */
const WINDOW_MS = 60_000;
export const MAX_FAILURES_PER_WINDOW = 10;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Throws 429 once either key has reached the limit within the window. */
  check(keys: string[], now = Date.now()): void {
    for (const key of keys) {
      const list = this.recent(key, now);
      if (list.length >= MAX_FAILURES_PER_WINDOW) {
        throw new TooManyRequestsError(Math.max(1, Math.ceil((list[0] + WINDOW_MS - now) / 1000)));
      }
    }
  }

  fail(keys: string[], now = Date.now()): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key, now), now]);
  }
}
