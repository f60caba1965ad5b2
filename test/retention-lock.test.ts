import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZoneClock } from '../src/retention/calendar.js';
import { FOREVER_MS, lockForKept, lockOnBackup, periodStartAfter } from '../src/retention/lock.js';
import { planRetention } from '../src/retention/planner.js';
import { ALL, parsePolicy, type CountRule, type RetentionPolicy } from '../src/retention/policy.js';

const at = (iso: string) => Date.parse(iso);
const DAY = 86_400_000;

describe('lockOnBackup', () => {
  it('locks a new daily backup until its window under the finest rule ends, plus the margin', () => {
    // Friday 2026-11-20 05:00 UTC; daily=7 ends with the start of 2026-11-27.
    const t = at('2026-11-20T05:00:00Z');
    expect(lockOnBackup(t, parsePolicy('divio'), 'UTC', DAY)).toBe(at('2026-11-28T00:00:00Z'));
    expect(lockOnBackup(t, parsePolicy('divio'), 'UTC', 0)).toBe(at('2026-11-27T00:00:00Z'));
  });

  it('takes within when it is longer than the finest count rule, and ignores last', () => {
    const t = at('2026-11-20T05:00:00Z');
    expect(lockOnBackup(t, parsePolicy('within=30d,last=3'), 'UTC', 0)).toBe(t + 30 * DAY);
    expect(lockOnBackup(t, parsePolicy('daily=2,within=10d'), 'UTC', 0)).toBe(t + 10 * DAY);
    expect(lockOnBackup(t, parsePolicy('last=10'), 'UTC', 3000)).toBe(t + 3000);
  });

  it('counts periods in the retention zone, towards the later instant', () => {
    // 2026-11-20 23:30 in Zurich is 22:30 UTC; the next Zurich day starts at 23:00 UTC.
    const t = at('2026-11-20T22:30:00Z');
    expect(lockOnBackup(t, parsePolicy('daily=1'), 'Europe/Zurich', 0)).toBe(at('2026-11-20T23:00:00Z'));
    expect(lockOnBackup(t, parsePolicy('daily=1'), 'UTC', 0)).toBe(at('2026-11-21T00:00:00Z'));
    // Over the spring change (Zurich skips 02:00-03:00 on 2027-03-28): midnight is still midnight.
    expect(lockOnBackup(at('2027-03-27T12:00:00Z'), parsePolicy('daily=2'), 'Europe/Zurich', 0)).toBe(at('2027-03-28T22:00:00Z'));
  });

  it('locks weeks from Monday, months and years from their first day', () => {
    const t = at('2026-11-20T05:00:00Z'); // ISO week 47, Monday 2026-11-16
    expect(periodStartAfter('weekly', t, 4, new ZoneClock())).toBe(at('2026-12-14T00:00:00Z'));
    expect(periodStartAfter('monthly', t, 12, new ZoneClock())).toBe(at('2027-11-01T00:00:00Z'));
    expect(periodStartAfter('monthly', at('2026-12-31T23:00:00Z'), 1, new ZoneClock())).toBe(at('2027-01-01T00:00:00Z'));
    expect(periodStartAfter('yearly', t, 3, new ZoneClock())).toBe(at('2029-01-01T00:00:00Z'));
    expect(periodStartAfter('hourly', t, 24, new ZoneClock())).toBe(at('2026-11-21T05:00:00Z'));
  });

  it('locks `all` for a century, never forever', () => {
    const t = at('2026-11-20T05:00:00Z');
    expect(lockOnBackup(t, parsePolicy('yearly=all'), 'UTC', DAY)).toBe(t + FOREVER_MS + DAY);
    // The finest rule decides: plantanapp's daily=30, not yearly=all.
    expect(lockOnBackup(t, parsePolicy('plantanapp'), 'UTC', 0)).toBe(at('2026-12-20T00:00:00Z'));
  });
});

describe('lockForKept', () => {
  const t = at('2026-11-20T05:00:00Z');
  const divio = parsePolicy('divio');

  it('extends a daily that became the weekly, and the monthly further', () => {
    const daily = lockForKept(t, ['daily 2026-11-20'], divio, 'UTC', 0)!;
    const weekly = lockForKept(t, ['daily 2026-11-20', 'weekly 2026-W47'], divio, 'UTC', 0)!;
    const monthly = lockForKept(t, ['weekly 2026-W47', 'monthly 2026-11'], divio, 'UTC', 0)!;
    expect(daily).toBe(at('2026-11-27T00:00:00Z'));
    expect(weekly).toBe(at('2026-12-14T00:00:00Z'));
    expect(monthly).toBe(at('2027-11-01T00:00:00Z'));
    expect(daily).toBeLessThan(weekly);
    expect(weekly).toBeLessThan(monthly);
  });

  it('gives one period less to the oldest of a period, and nothing to last or the always-kept newest', () => {
    expect(lockForKept(t, ['oldest monthly 2026-11'], divio, 'UTC', 0)).toBe(at('2027-10-01T00:00:00Z'));
    expect(lockForKept(t, ['last'], parsePolicy('last=3'), 'UTC', 0)).toBeUndefined();
    expect(lockForKept(t, ['newest complete backup (always kept)'], divio, 'UTC', 0)).toBeUndefined();
    expect(lockForKept(t, ['within 30d'], parsePolicy('within=30d'), 'UTC', 5)).toBe(t + 30 * DAY + 5);
  });
});

// The guarantee, checked against the planner itself: a backup kept for a reason stays kept, by
// any later planning before its lock date, as long as it stays the newest of that rule's period
// (the premise every count rule works on). If the lock were ever shorter than the policy's hold,
// this would find the history that shows it.
describe('lockForKept never ends before the planner could release the backup', () => {
  const ZONES = ['UTC', 'Europe/Zurich', 'America/New_York', 'Australia/Sydney'];
  const START = at('2025-01-01T00:00:00Z');
  const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.constant(ALL));
  const policyArb = fc
    .record({
      last: count,
      hourly: count,
      daily: count,
      weekly: count,
      monthly: count,
      yearly: count,
      within: fc.option(fc.integer({ min: 1, max: 60 * 24 }), { nil: undefined }),
    })
    .filter((r) => r.within !== undefined || (['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const).some((k) => r[k] !== 0))
    .map((r) => {
      const p: RetentionPolicy = {
        counts: { last: r.last, hourly: r.hourly, daily: r.daily, weekly: r.weekly, monthly: r.monthly, yearly: r.yearly },
        text: 'generated',
      };
      if (r.within !== undefined) Object.assign(p, { withinMs: r.within * 3_600_000, withinText: `${r.within}h` });
      return p;
    });
  const minutes = fc.array(fc.integer({ min: 0, max: 500 * 24 * 60 }), { minLength: 1, maxLength: 60 });

  it('holds over random histories, policies and zones', () => {
    fc.assert(
      fc.property(
        policyArb,
        fc.constantFrom(...ZONES),
        minutes,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }),
        (policy, zone, mins, future) => {
          const clock = new ZoneClock(zone);
          const history = [...new Set(mins)].map((m) => START + m * 60_000);
          const latest = Math.max(...history);
          const plan = planRetention(
            history,
            policy,
            (x) => x,
            (x) => String(x),
            { timeZone: zone, now: latest + 1 },
          );
          for (const e of plan.keep) {
            for (const reason of e.reasons) {
              const until = lockForKept(e.item, [reason], policy, zone, 0);
              if (until === undefined || until <= latest) continue;
              const rule = /^(?:oldest )?(\w+)/.exec(reason)![1] as CountRule | 'within';
              const samePeriod = (x: number) =>
                rule !== 'within' && rule !== 'last' && periodStartAfter(rule, x, 0, clock) === periodStartAfter(rule, e.item, 0, clock);
              const later = future
                .map((f) => Math.floor(latest + 1 + f * (Math.min(until, latest + 400 * DAY) - latest - 2)))
                .filter((x) => x > latest && x < until && !samePeriod(x));
              const all = [...new Set([...history, ...later])];
              const again = planRetention(
                all,
                policy,
                (x) => x,
                (x) => String(x),
                { timeZone: zone, now: Math.max(...all) + 1 },
              );
              expect(
                again.keep.some((k) => k.item === e.item),
                `${new Date(e.item).toISOString()} kept for "${reason}" until ${new Date(until).toISOString()}`,
              ).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300, seed: 18 },
    );
  });
});

// And the other side: the lock is not shorter than the hold. With one backup at the start of
// each later period, a single-rule policy releases the backup exactly at its lock date.
describe('lockForKept is not shorter than the hold', () => {
  it('a single-rule policy keeps the backup until the lock date and releases it then', () => {
    const rules = ['hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom('UTC', 'Europe/Zurich', 'America/New_York'),
        fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }),
        (rule, n, zone, m) => {
          const clock = new ZoneClock(zone);
          const t = Date.parse('2025-01-01T00:00:00Z') + m * 60_000;
          const policy = parsePolicy(`${rule}=${n}`);
          const until = lockForKept(t, [`${rule} x`], policy, zone, 0)!;
          const starts = Array.from({ length: n }, (_, k) => periodStartAfter(rule, t, k + 1, clock));
          expect(starts[n - 1]).toBe(until);
          const kept = (times: number[]) =>
            planRetention(
              [t, ...times],
              policy,
              (x) => x,
              (x) => String(x),
              { timeZone: zone, now: Math.max(t, ...times) + 1 },
            ).keep.some((e) => e.item === t);
          expect(kept(n === 1 ? [] : [...starts.slice(0, -1), until - 1])).toBe(true);
          expect(kept(starts)).toBe(false);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
