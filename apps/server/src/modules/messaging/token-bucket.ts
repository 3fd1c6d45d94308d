/**
 * The provider's rate: each take() reserves the next slot, 1/rate after the one before, and waits
 * for it, so sends are paced evenly. A timer can fire late (a busy event loop), and the sends
 * reserved behind it then follow closer than 1/rate; so each send also waits until the send
 * `ratePerSecond` places before it is a full second old. No second of time ever holds more than
 * `ratePerSecond` sends, and lateness is made up instead of lowering the rate. Time and waiting
 * are injected for tests.
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

const SECOND = 1000;

export function createTokenBucket(opts: { ratePerSecond: number; clock?: Clock }): TokenBucket {
  const rate = Math.max(0.001, opts.ratePerSecond);
  const interval = SECOND / rate;
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
        if (now >= sent[oldest] + SECOND) {
          sent[oldest] = now;
          oldest = (oldest + 1) % sent.length;
          return;
        }
        slot = sent[oldest] + SECOND;
      }
    },
  };
}
