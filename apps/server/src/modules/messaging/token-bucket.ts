/**
 * The provider's rate: each take() reserves the next slot and waits for it, so sends are paced
 * evenly. A timer can fire late (a busy event loop), and the sends reserved behind it then follow
 * closer; so each send also waits until the send `ratePerSecond` places before it is a window old.
 * The window is a second and 2 % (20 ms), and the pace 2 % under the rate: what the provider counts
 * is when requests arrive, and the way there (connection, its event loop) varies by a few
 * milliseconds, which must not put one request too many into the provider's second. Lateness is
 * made up instead of lowering the rate further. Time and waiting are injected for tests.
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

/** The provider's second, with the slack for the way to it. */
export const PACING_WINDOW_MS = 1020;

export function createTokenBucket(opts: { ratePerSecond: number; clock?: Clock }): TokenBucket {
  const rate = Math.max(0.001, opts.ratePerSecond);
  const interval = PACING_WINDOW_MS / rate;
  const clock = opts.clock ?? realClock;
  let next = -Infinity;
  // When the last floor(rate) sends went, oldest at `oldest`.
  const sent: number[] = new Array(Math.max(1, Math.floor(rate))).fill(-Infinity);
  let oldest = 0;
  return {
    async take() {
      let slot = Math.max(clock.now(), next);
      next = slot + interval;
      for (;;) {
        if (slot > clock.now()) await clock.sleepUntil(slot);
        const now = clock.now();
        if (now >= sent[oldest] + PACING_WINDOW_MS) {
          sent[oldest] = now;
          oldest = (oldest + 1) % sent.length;
          return;
        }
        slot = sent[oldest] + PACING_WINDOW_MS;
      }
    },
  };
}
