import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZoneClock } from '../src/retention/calendar.js';
import { planRetention } from '../src/retention/planner.js';
import { ALL, COUNT_RULES, type CountRule, type RetentionPolicy } from '../src/retention/policy.js';

// Properties of the planner over random histories, policies and zones, plus agreement with a
// deliberately naive reference: restic's loop written out with Intl on every backup and
// Date-based ISO weeks, sharing no code with the planner's calendar.

interface B {
  id: string;
  time: number;
}

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Chatham'];
const NOW = Date.parse('2027-01-01T00:00:00Z');
const START = Date.parse('2024-09-01T00:00:00Z');

const countArb = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.constant(ALL));
const policyArb: fc.Arbitrary<RetentionPolicy> = fc
  .record({
    last: countArb,
    hourly: countArb,
    daily: countArb,
    weekly: countArb,
    monthly: countArb,
    yearly: countArb,
    within: fc.option(fc.integer({ min: 1, max: 90 * 24 }), { nil: undefined }),
  })
  .filter((r) => r.within !== undefined || COUNT_RULES.some((k) => r[k] !== 0))
  .map((r) => {
    const p: RetentionPolicy = {
      counts: { last: r.last, hourly: r.hourly, daily: r.daily, weekly: r.weekly, monthly: r.monthly, yearly: r.yearly },
      text: 'generated',
    };
    if (r.within !== undefined) {
      p.withinMs = r.within * 3_600_000;
      p.withinText = `${r.within}h`;
    }
    return p;
  });

/** DST changes of the zones above (Berlin, New York, Sydney, Chatham), where keys get tricky. */
const TRANSITIONS = [
  '2025-03-30T01:00:00Z',
  '2025-10-26T01:00:00Z',
  '2025-03-09T07:00:00Z',
  '2025-11-02T06:00:00Z',
  '2025-04-05T16:00:00Z',
  '2025-10-04T16:00:00Z',
  '2025-04-05T14:00:00Z',
  '2025-09-27T14:00:00Z',
].map((t) => (Date.parse(t) - START) / 60_000);
const nearTransition = fc.tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -36 * 60, max: 36 * 60 })).map(([t, d]) => t + d);

/** Histories of up to 120 backups over two years and a bit: clusters, gaps, same-hour runs, DST nights. */
const historyArb: fc.Arbitrary<B[]> = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 800 * 24 * 60 }), fc.integer({ min: 400 * 24 * 60, max: 402 * 24 * 60 }), nearTransition), {
    maxLength: 120,
  })
  .map((mins) => [...new Set(mins)].map((m) => ({ id: `b${String(m).padStart(8, '0')}`, time: START + m * 60_000 })));

const zoneArb = fc.constantFrom(...ZONES);

const plan = (items: B[], p: RetentionPolicy, timeZone: string) =>
  planRetention(
    items,
    p,
    (b) => b.time,
    (b) => b.id,
    { timeZone, now: NOW },
  );
const keptIds = (items: B[], p: RetentionPolicy, tz: string) => new Set(plan(items, p, tz).keep.map((e) => e.item.id));

function reference(items: B[], p: RetentionPolicy, tz: string): Set<string> {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
  });
  const local = (t: number) => {
    const parts = Object.fromEntries(fmt.formatToParts(t).map((x) => [x.type, Number(x.value)]));
    return { y: parts.year!, m: parts.month!, d: parts.day!, h: parts.hour! };
  };
  const isoWeekKey = (y: number, m: number, d: number) => {
    const date = new Date(Date.UTC(y, m - 1, d));
    const dow = (date.getUTCDay() + 6) % 7;
    date.setUTCDate(date.getUTCDate() - dow + 3); // that week's Thursday
    const wy = date.getUTCFullYear(); // the ISO week-year is the Thursday's year
    const week = 1 + Math.floor((date.getTime() - Date.UTC(wy, 0, 1)) / (7 * 86_400_000));
    return wy * 100 + week;
  };
  const sorted = [...items].sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : -1));
  const bucket: Record<CountRule, (t: number, nr: number) => number> = {
    last: (_t, nr) => nr,
    hourly: (t) => {
      const l = local(t);
      return ((l.y * 100 + l.m) * 100 + l.d) * 100 + l.h;
    },
    daily: (t) => {
      const l = local(t);
      return (l.y * 100 + l.m) * 100 + l.d;
    },
    weekly: (t) => {
      const l = local(t);
      return isoWeekKey(l.y, l.m, l.d);
    },
    monthly: (t) => {
      const l = local(t);
      return l.y * 100 + l.m;
    },
    yearly: (t) => local(t).y,
  };
  const count: Record<string, number> = { ...p.counts };
  const last: Record<string, number> = {};
  let latest = 0;
  for (const b of sorted) if (b.time > latest && b.time < NOW) latest = b.time;
  const out = new Set<string>();
  sorted.forEach((b, nr) => {
    let keep = p.withinMs !== undefined && b.time > latest - p.withinMs;
    for (const r of COUNT_RULES) {
      if (count[r]! > 0) {
        const v = bucket[r](b.time, nr);
        if (v !== last[r] || nr === sorted.length - 1) {
          keep = true;
          last[r] = v;
          count[r]!--;
        }
      }
    }
    if (keep) out.add(b.id);
  });
  return out;
}

describe('retention planner properties', () => {
  it('agrees with a naive restic reference in every zone', () => {
    fc.assert(
      fc.property(historyArb, policyArb, zoneArb, (items, p, tz) => {
        expect([...keptIds(items, p, tz)].sort()).toEqual([...reference(items, p, tz)].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the reference on dense histories around DST changes (hourly and daily keys)', () => {
    // Each zone with one of its own changes, and backups packed into the hours around it.
    const own: [string, string][] = [
      ['Europe/Berlin', '2025-10-26T01:00:00Z'],
      ['Europe/Berlin', '2025-03-30T01:00:00Z'],
      ['America/New_York', '2025-11-02T06:00:00Z'],
      ['Australia/Sydney', '2025-04-05T16:00:00Z'],
      ['Pacific/Chatham', '2025-04-05T14:00:00Z'],
    ];
    const dense = fc
      .constantFrom(...own)
      .chain(([tz, at]) =>
        fc
          .array(fc.integer({ min: -180, max: 180 }), { minLength: 5, maxLength: 80 })
          .map((mins) => ({ tz, items: [...new Set(mins)].map((m) => ({ id: `b${m + 1000}`, time: Date.parse(at) + m * 60_000 })) })),
      );
    const p: RetentionPolicy = {
      counts: { last: 0, hourly: ALL, daily: ALL, weekly: 0, monthly: 0, yearly: 0 },
      text: 'hourly=all,daily=all',
    };
    fc.assert(
      fc.property(dense, ({ items, tz }) => {
        expect([...keptIds(items, p, tz)].sort()).toEqual([...reference(items, p, tz)].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('reads the same wall clock as Intl at any instant near a DST change', () => {
    fc.assert(
      fc.property(nearTransition, fc.integer({ min: 0, max: 59_999 }), zoneArb, (m, ms, tz) => {
        const t = START + m * 60_000 + ms;
        const clock = new ZoneClock(tz);
        const parts = Object.fromEntries(
          new Intl.DateTimeFormat('en-US', {
            timeZone: tz,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
          })
            .formatToParts(t)
            .map((x) => [x.type, Number(x.value)]),
        );
        const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) + (t % 1000);
        expect(clock.local(t)).toBe(wall);
      }),
      { numRuns: 1000 },
    );
  });

  it('always keeps the newest backup', () => {
    fc.assert(
      fc.property(
        historyArb.filter((h) => h.length > 0),
        policyArb,
        zoneArb,
        (items, p, tz) => {
          const newest = items.reduce((a, b) => (b.time > a.time || (b.time === a.time && b.id > a.id) ? b : a));
          expect(keptIds(items, p, tz).has(newest.id)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('pruning twice gives the same result as pruning once', () => {
    fc.assert(
      fc.property(historyArb, policyArb, zoneArb, (items, p, tz) => {
        const once = plan(items, p, tz).keep.map((e) => e.item);
        const twice = plan(once, p, tz);
        expect(twice.remove).toEqual([]);
        expect(twice.keep.map((e) => e.item.id)).toEqual(once.map((b) => b.id));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps everything within `within` of the newest backup', () => {
    fc.assert(
      fc.property(
        historyArb.filter((h) => h.length > 0),
        policyArb.filter((p) => p.withinMs !== undefined),
        zoneArb,
        (items, p, tz) => {
          const newest = Math.max(...items.map((b) => b.time));
          const kept = keptIds(items, p, tz);
          for (const b of items) if (b.time > newest - p.withinMs!) expect(kept.has(b.id)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never keeps fewer backups when a count grows', () => {
    const ruleArb = fc.constantFrom(...COUNT_RULES);
    fc.assert(
      fc.property(
        historyArb,
        policyArb,
        zoneArb,
        ruleArb,
        fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constant(ALL)),
        (items, p, tz, rule, more) => {
          const bigger: RetentionPolicy = { ...p, counts: { ...p.counts, [rule]: p.counts[rule] === ALL ? ALL : p.counts[rule] + more } };
          const small = keptIds(items, p, tz);
          const big = keptIds(items, bigger, tz);
          for (const id of small) expect(big.has(id)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
