import { describe, expect, it } from 'vitest';
import { createTokenBucket, type Clock } from './token-bucket.js';

/**
 * Simulated time: sleeps end in order of their (late by up to `lateMs`, as on a busy event loop)
 * wake-up times, the same way each run; run() advances time until every caller is done.
 */
function lateClock(lateMs: number, seed = 7) {
  let now = 0;
  let s = seed;
  const random = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const timers: { at: number; wake: () => void }[] = [];
  const clock: Clock & { run<T>(work: Promise<T>): Promise<T> } = {
    now: () => now,
    sleepUntil(ms) {
      return new Promise<void>((wake) => timers.push({ at: Math.max(now, ms) + random() * lateMs, wake }));
    },
    async run(work) {
      let done = false;
      const result = work.finally(() => (done = true));
      while (!done) {
        await new Promise((r) => setImmediate(r));
        timers.sort((a, b) => a.at - b.at);
        const first = timers.shift();
        if (!first) continue;
        now = Math.max(now, first.at);
        first.wake();
      }
      return result;
    },
  };
  return clock;
}

const busiestSecond = (times: number[]) => Math.max(...times.map((from) => times.filter((x) => x >= from && x < from + 1000).length));

describe('token bucket', () => {
  it('sends are spaced 1/rate apart from the first, with 2 % to spare', async () => {
    const clock = lateClock(0);
    const bucket = createTokenBucket({ ratePerSecond: 200, clock });
    const times: number[] = [];
    await clock.run(
      (async () => {
        for (let i = 0; i < 5; i++) {
          await bucket.take();
          times.push(clock.now());
        }
      })(),
    );
    expect(times.map((x) => Number(x.toFixed(3)))).toEqual([0, 5.1, 10.2, 15.3, 20.4]);
  });

  it('timers that fire late never let a second hold more than the rate, for callers in turn or at once', async () => {
    for (const together of [false, true]) {
      const clock = lateClock(4);
      const bucket = createTokenBucket({ ratePerSecond: 200, clock });
      const times: number[] = [];
      const send = async () => {
        await bucket.take();
        times.push(clock.now());
      };
      const all = async () => {
        if (together) await Promise.all(Array.from({ length: 1000 }, send));
        else for (let i = 0; i < 1000; i++) await send();
      };
      await clock.run(all());
      expect(times.length).toBe(1000);
      expect(busiestSecond(times)).toBeLessThanOrEqual(200);
      // Arrivals up to 20 ms later than the send, in any order, still fit: what the provider counts.
      const arrivals = times.map((x, i) => x + ((i * 7919) % 21)).sort((a, b) => a - b);
      expect(busiestSecond(arrivals)).toBeLessThanOrEqual(200);
      // Late timers cost a little of the rate, not much: 1,000 sends in under 5.5 s.
      expect(Math.max(...times)).toBeLessThan(5500);
      expect(Math.max(...times)).toBeGreaterThan(999 * 5.1);
    }
  });
});
