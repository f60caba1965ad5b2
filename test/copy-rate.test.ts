import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { parseRate } from '../src/config/copy.js';
import { RateLimiter, type Clock } from '../src/util/rate.js';

/** A clock that moves only when the limiter sleeps (or the test says so): no wall time involved. */
function fakeClock(): Clock & { t: number; sleeps: number[] } {
  const c = {
    t: 0,
    sleeps: [] as number[],
    now: () => c.t,
    sleep: async (ms: number) => {
      c.sleeps.push(ms);
      c.t += ms;
    },
  };
  return c;
}

const MB = 1_000_000;

describe('the copy rate limit', () => {
  it('holds a stream to the rate: 20 MB at 2 MB/s take 10 s, less the first second passed at once', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(2 * MB, clock);
    const chunks = Array.from({ length: 20 }, () => Buffer.alloc(MB));
    let got = 0;
    await pipeline(Readable.from(chunks), limiter.stream(), new Writable({ write: (c: Buffer, _e, cb) => ((got += c.length), cb()) }));
    expect(got).toBe(20 * MB);
    expect(clock.t).toBe(9000);
  });

  it('counts across streams, so the cap holds for a whole copy, not per object', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(MB, clock);
    for (let i = 0; i < 3; i++) await limiter.take(2 * MB);
    expect(clock.t).toBe(5000);
  });

  it('does not save up idle time as a burst', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(MB, clock);
    await limiter.take(MB);
    clock.t += 60_000; // waiting for the destination, say
    await limiter.take(MB);
    await limiter.take(3 * MB);
    // From the restart: 4 MB due by 4 s, of which the first second passes at once.
    expect(clock.t - 60_000).toBe(3000);
  });

  it('reads rates as decimal bytes per second and refuses nonsense, naming the input', () => {
    expect(parseRate('10M')).toBe(10 * MB);
    expect(parseRate('512k')).toBe(512_000);
    expect(parseRate('1.5G')).toBe(1.5e9);
    expect(parseRate('2MB/s')).toBe(2 * MB);
    expect(parseRate('4096')).toBe(4096);
    for (const bad of ['fast', '0', '10 T', '-1M', '100']) expect(() => parseRate(bad)).toThrow(/Input `limit-rate`/);
  });
});
