/**
 * A token bucket that reserves: each take() claims the next free slot and waits for it, so callers
 * that take one after another are spaced 1/rate apart after the first `capacity`. With capacity 1 no
 * second of time ever holds more than `ratePerSecond` sends. Time and waiting are injected for tests.
 */
export interface TokenBucket {
  take(): Promise<void>;
}

export interface Clock {
  now(): number;
  sleepUntil(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleepUntil: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms - Date.now()))),
};

export function createTokenBucket(opts: { ratePerSecond: number; capacity?: number; clock?: Clock }): TokenBucket {
  const rate = Math.max(0.001, opts.ratePerSecond);
  const capacity = Math.max(1, opts.capacity ?? 1);
  const clock = opts.clock ?? realClock;
  const interval = 1000 / rate;
  let tokens = capacity;
  let updated = clock.now();
  return {
    async take() {
      const now = clock.now();
      tokens = Math.min(capacity, tokens + (now - updated) / interval);
      updated = now;
      tokens -= 1;
      // A negative balance is a reservation: wait until it has refilled to zero.
      if (tokens < 0) await clock.sleepUntil(now + -tokens * interval);
    },
  };
}
