import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/model/errors.js';
import { civilFromDays, daysFromCivil, isoWeek, ZoneClock } from '../src/retention/calendar.js';
import { planRetention, type PlanOptions } from '../src/retention/planner.js';
import { ALL, parsePolicy, parseTimeZone, parseWithin, PRESETS } from '../src/retention/policy.js';

interface B {
  id: string;
  time: number;
}

const b = (iso: string): B => ({ id: iso, time: Date.parse(iso) });

/** Kept backups as `time -> reasons`, newest first. */
function kept(times: string[], policy: string, opts: PlanOptions = {}): Record<string, string> {
  const plan = planRetention(
    times.map(b),
    parsePolicy(policy),
    (x) => x.time,
    (x) => x.id,
    { now: Date.parse('2030-01-01T00:00:00Z'), ...opts },
  );
  return Object.fromEntries(plan.keep.map((e) => [e.item.id, e.reasons.join(', ')]));
}

/** One backup a day at `hh:mm` UTC from `from` to `to` inclusive. */
function daily(from: string, to: string, at = '03:00:00'): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T${at}Z`); t <= Date.parse(`${to}T${at}Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().replace('.000Z', 'Z'));
  return out;
}

describe('policy strings', () => {
  it('parses rules, `all`, within and the restic spelling', () => {
    const p = parsePolicy('daily=7, weekly=4 monthly=12,yearly=all,within=30d,keep-last=3');
    expect(p.counts).toEqual({ last: 3, hourly: 0, daily: 7, weekly: 4, monthly: 12, yearly: ALL });
    expect(p.withinMs).toBe(30 * 86_400_000);
    expect(p.text).toBe('within=30d,last=3,daily=7,weekly=4,monthly=12,yearly=all');
    expect(parseWithin('1w3d12h')).toBe((10 * 24 + 12) * 3_600_000);
  });

  it('expands the presets, and later rules override a preset', () => {
    expect(parsePolicy('divio').text).toBe('daily=7,weekly=4,monthly=12');
    expect(parsePolicy('divio-on-demand').text).toBe('within=30d,last=3');
    expect(parsePolicy('plantanapp').text).toBe('daily=30,weekly=12,monthly=12,yearly=all');
    expect(parsePolicy('plantanapp-manual').text).toBe('last=10');
    expect(parsePolicy('aegir').text).toBe('daily=30');
    expect(parsePolicy('divio,yearly=all,daily=14').text).toBe('daily=14,weekly=4,monthly=12,yearly=all');
    expect(Object.keys(PRESETS).sort()).toEqual(['aegir', 'divio', 'divio-on-demand', 'plantanapp', 'plantanapp-manual']);
  });

  const bad: [string, RegExp][] = [
    ['daily=7,fortnightly=2', /unknown rule "fortnightly"/],
    ['daily=-1', /negative count.*daily=all/],
    ['daily=seven', /not a count/],
    ['daily=0,weekly=0', /keeps nothing/],
    ['within=30x', /`within=30x` is not a duration.*hours, days or weeks/],
    ['within=6m', /Months and years vary in length/],
    ['within=1y', /Months and years vary in length/],
    ['within=0d', /not a duration/],
    ['daily=7,daily=8', /`daily` is given twice/],
    ['hetzner', /unknown preset or rule "hetzner"/],
    ['', /is empty/],
  ];
  for (const [text, re] of bad) {
    it(`refuses "${text}" with an error naming the input`, () => {
      let err: unknown;
      try {
        parsePolicy(text, 'retention-on-demand');
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).input).toBe('retention-on-demand');
      expect((err as Error).message).toMatch(/^Input `retention-on-demand`: /);
      expect((err as Error).message).toMatch(re);
    });
  }

  it('validates time zones', () => {
    expect(parseTimeZone('Europe/Zurich')).toBe('Europe/Zurich');
    expect(parseTimeZone('UTC')).toBe('UTC');
    expect(() => parseTimeZone('Mars/Olympus')).toThrow(/Input `retention-timezone`: "Mars\/Olympus" is not a time zone/);
  });
});

describe('calendar', () => {
  it('round-trips civil dates and knows ISO week-years', () => {
    for (const d of [-800_000, -1, 0, 1, 19_000, 20_000, 2_000_000]) expect(daysFromCivil(...civilFromDays(d))).toBe(d);
    const week = (iso: string) => isoWeek(Math.floor(Date.parse(iso) / 86_400_000));
    expect(week('2024-12-29')).toEqual([2024, 52]);
    expect(week('2024-12-30')).toEqual([2025, 1]);
    expect(week('2021-01-03')).toEqual([2020, 53]);
    expect(week('2021-01-04')).toEqual([2021, 1]);
    expect(week('2026-11-20')).toEqual([2026, 47]);
    expect(week('2027-01-01')).toEqual([2026, 53]);
  });

  it('reads zone offsets, including the transition instants', () => {
    const berlin = new ZoneClock('Europe/Berlin');
    const h = 3_600_000;
    expect(berlin.offset(Date.parse('2025-03-30T00:59:59Z'))).toBe(h);
    expect(berlin.offset(Date.parse('2025-03-30T01:00:00Z'))).toBe(2 * h);
    expect(berlin.offset(Date.parse('2025-10-26T00:59:59Z'))).toBe(2 * h);
    expect(berlin.offset(Date.parse('2025-10-26T01:00:00Z'))).toBe(h);
    expect(new ZoneClock('Asia/Kolkata').offset(Date.parse('2025-06-01T00:00:00Z'))).toBe(5.5 * h);
    expect(new ZoneClock('UTC').offset(Date.parse('2025-06-01T00:00:00Z'))).toBe(0);
  });
});

describe('retention planner', () => {
  it('keeps the newest of each ISO week across the week-year boundary (2024-12-30 is 2025-W01)', () => {
    expect(kept(daily('2024-12-23', '2025-01-12'), 'weekly=3')).toEqual({
      '2025-01-12T03:00:00Z': 'weekly 2025-W02',
      '2025-01-05T03:00:00Z': 'weekly 2025-W01',
      '2024-12-29T03:00:00Z': 'weekly 2024-W52',
    });
    // Years are calendar years, weeks are ISO weeks: 2024-12-31 is in 2025-W01 but in year 2024.
    expect(
      kept(['2025-01-01T03:00:00Z', '2024-12-31T03:00:00Z', '2024-12-30T03:00:00Z', '2024-12-29T03:00:00Z'], 'weekly=all,yearly=all'),
    ).toEqual({
      '2025-01-01T03:00:00Z': 'weekly 2025-W01, yearly 2025',
      '2024-12-31T03:00:00Z': 'yearly 2024',
      // `all` always has count left, so the oldest backup stays (restic 0.16).
      '2024-12-29T03:00:00Z': 'weekly 2024-W52, oldest yearly 2024',
    });
  });

  it('computes days and hours in the retention zone, across both DST changes', () => {
    // 2025-03-29T23:30Z is already the 30th in Berlin (CET, +1).
    const spring = ['2025-03-30T12:00:00Z', '2025-03-29T23:30:00Z', '2025-03-29T12:00:00Z'];
    expect(kept(spring, 'daily=all', { timeZone: 'UTC', keepOldest: false })).toEqual({
      '2025-03-30T12:00:00Z': 'daily 2025-03-30',
      '2025-03-29T23:30:00Z': 'daily 2025-03-29',
    });
    expect(kept(spring, 'daily=all', { timeZone: 'Europe/Berlin' })).toEqual({
      '2025-03-30T12:00:00Z': 'daily 2025-03-30',
      '2025-03-29T12:00:00Z': 'daily 2025-03-29',
    });
    // The night the clocks go back: 22:30Z on the 25th (00:30 CEST) and 22:30Z on the 26th
    // (23:30 CET) are both 26 October in Berlin, 25 hours apart.
    const autumn = ['2025-10-26T22:30:00Z', '2025-10-25T22:30:00Z', '2025-10-25T12:00:00Z'];
    expect(kept(autumn, 'daily=all', { timeZone: 'Europe/Berlin' })).toEqual({
      '2025-10-26T22:30:00Z': 'daily 2025-10-26',
      '2025-10-25T12:00:00Z': 'daily 2025-10-25',
    });
    // 02:30 CEST and 02:30 CET are the same wall-clock hour, so one hourly period (as in restic).
    expect(
      kept(['2025-10-26T01:30:00Z', '2025-10-26T00:30:00Z', '2025-10-25T23:30:00Z'], 'hourly=all', { timeZone: 'Europe/Berlin' }),
    ).toEqual({
      '2025-10-26T01:30:00Z': 'hourly 2025-10-26 02:00',
      '2025-10-25T23:30:00Z': 'hourly 2025-10-26 01:00',
    });
    // Southern hemisphere: Sydney leaves DST on 2025-04-06 (03:00 AEDT -> 02:00 AEST).
    expect(
      kept(['2025-04-05T14:30:00Z', '2025-04-05T12:59:00Z', '2025-04-05T12:30:00Z'], 'daily=all', {
        timeZone: 'Australia/Sydney',
        keepOldest: false,
      }),
    ).toEqual({
      '2025-04-05T14:30:00Z': 'daily 2025-04-06',
      '2025-04-05T12:59:00Z': 'daily 2025-04-05',
    });
  });

  it('skips periods without backups: gaps of weeks cost no count', () => {
    const times = [
      ...daily('2025-03-01', '2025-03-04'),
      ...daily('2025-02-01', '2025-02-03'),
      ...daily('2025-01-01', '2025-01-02'),
    ].reverse();
    expect(Object.keys(kept(times, 'daily=7'))).toEqual([
      '2025-03-04T03:00:00Z',
      '2025-03-03T03:00:00Z',
      '2025-03-02T03:00:00Z',
      '2025-03-01T03:00:00Z',
      '2025-02-03T03:00:00Z',
      '2025-02-02T03:00:00Z',
      '2025-02-01T03:00:00Z',
    ]);
    expect(kept(times, 'weekly=3')).toEqual({
      '2025-03-04T03:00:00Z': 'weekly 2025-W10',
      '2025-03-02T03:00:00Z': 'weekly 2025-W09',
      '2025-02-03T03:00:00Z': 'weekly 2025-W06',
    });
  });

  it('keeps the newest of several backups a day, and `last` counts backups, not days', () => {
    const times = [
      '2025-05-03T18:00:00Z',
      '2025-05-03T12:00:00Z',
      '2025-05-03T06:00:00Z',
      '2025-05-02T18:00:00Z',
      '2025-05-02T06:00:00Z',
      '2025-05-01T06:00:00Z',
    ];
    expect(kept(times, 'daily=2')).toEqual({ '2025-05-03T18:00:00Z': 'daily 2025-05-03', '2025-05-02T18:00:00Z': 'daily 2025-05-02' });
    expect(kept(times, 'last=2,daily=2')).toEqual({
      '2025-05-03T18:00:00Z': 'last, daily 2025-05-03',
      '2025-05-03T12:00:00Z': 'last',
      '2025-05-02T18:00:00Z': 'daily 2025-05-02',
    });
    expect(Object.keys(kept(times, 'last=all'))).toHaveLength(6);
    // Backups at the same second are ordered by id, so the plan never depends on input order.
    const tie = planRetention(
      [
        { id: 'a', time: 1 },
        { id: 'c', time: 1 },
        { id: 'b', time: 1 },
      ],
      parsePolicy('last=1'),
      (x) => x.time,
      (x) => x.id,
    );
    expect(tie.keep.map((e) => e.item.id)).toEqual(['c']);
  });

  it('`all` keeps every period; counts and rules overlap (OR)', () => {
    const times = daily('2023-06-01', '2025-06-01', '04:00:00');
    const k = kept(times, 'monthly=all');
    expect(Object.keys(k)).toHaveLength(25 + 1);
    expect(k['2023-06-01T04:00:00Z']).toBe('oldest monthly 2023-06');
    expect(k['2025-06-01T04:00:00Z']).toBe('monthly 2025-06');
    expect(k['2025-05-31T04:00:00Z']).toBe('monthly 2025-05');
    expect(k['2023-06-30T04:00:00Z']).toBe('monthly 2023-06');
    // The divio preset on a Sunday: 7 daily (06-01 back to 05-26, all of week 22), 4 weekly
    // (3 more: the Sundays of weeks 21, 20, 19), 12 monthly (10 more: 06-01 and 05-31 are dailies).
    const divio = kept(times, 'divio');
    expect(Object.keys(divio)).toHaveLength(7 + 3 + 10);
    expect(divio['2025-05-31T04:00:00Z']).toBe('daily 2025-05-31, monthly 2025-05');
    expect(divio['2025-05-25T04:00:00Z']).toBe('weekly 2025-W21');
    expect(divio['2024-07-31T04:00:00Z']).toBe('monthly 2024-07');
    expect(divio['2025-06-01T04:00:00Z']).toBe('daily 2025-06-01, weekly 2025-W22, monthly 2025-06');
  });

  it('keeps the oldest backup while a rule has count left (restic 0.16), and not once it is spent', () => {
    const times = daily('2025-01-01', '2025-03-31');
    expect(kept(times, 'monthly=12')).toEqual({
      '2025-03-31T03:00:00Z': 'monthly 2025-03',
      '2025-02-28T03:00:00Z': 'monthly 2025-02',
      '2025-01-31T03:00:00Z': 'monthly 2025-01',
      '2025-01-01T03:00:00Z': 'oldest monthly 2025-01',
    });
    expect(Object.keys(kept(times, 'monthly=3'))).toEqual(['2025-03-31T03:00:00Z', '2025-02-28T03:00:00Z', '2025-01-31T03:00:00Z']);
    // Before restic 0.16 there was no such rule.
    expect(Object.keys(kept(times, 'monthly=12', { keepOldest: false }))).toHaveLength(3);
    // Several rules with count left all name it.
    expect(kept(times, 'daily=100,monthly=12')['2025-01-01T03:00:00Z']).toBe('daily 2025-01-01, oldest monthly 2025-01');
  });

  it('measures `within` from the newest backup, not from now, and ignores backups in the future', () => {
    const times = daily('2020-01-01', '2020-03-01');
    const k = kept(times, 'within=10d', { now: Date.parse('2026-11-21T00:00:00Z') });
    expect(Object.keys(k)).toEqual(daily('2020-02-21', '2020-03-01').reverse());
    expect(new Set(Object.values(k))).toEqual(new Set(['within 10d']));
    // Strictly newer than newest - span: the backup exactly 10 days older is out.
    expect(k['2020-02-20T03:00:00Z']).toBeUndefined();
    // With "now" on 2020-02-15 the later backups are in the future: the newest that counts is
    // 2020-02-14, and the future ones are newer than the cutoff, so they stay.
    const future = kept(times, 'within=10d', { now: Date.parse('2020-02-15T00:00:00Z') });
    expect(Object.keys(future)).toEqual(daily('2020-02-05', '2020-03-01').reverse());
  });

  it('plans 100,000 backups well under a second (a loose guard here; `npm run bench` measures it)', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ id: `b${i}`, time: Date.parse('2026-11-21T05:00:00Z') - i * 3_000_000 }));
    const started = performance.now();
    const p = planRetention(
      items,
      parsePolicy('hourly=48,daily=30,weekly=12,monthly=24,yearly=all,within=14d'),
      (x) => x.time,
      (x) => x.id,
      { timeZone: 'Europe/Zurich' },
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(p.entries).toHaveLength(100_000);
  });

  it('plans an empty group', () => {
    const p = planRetention([] as B[], parsePolicy('divio'), (x) => x.time);
    expect(p).toEqual({ entries: [], keep: [], remove: [] });
  });

  it('gives every kept backup a reason and lists each backup once', () => {
    const times = daily('2024-01-01', '2025-12-31');
    const p = planRetention(
      times.map(b),
      parsePolicy('plantanapp'),
      (x) => x.time,
      (x) => x.id,
    );
    expect(p.entries).toHaveLength(times.length);
    expect(p.keep.length + p.remove.length).toBe(times.length);
    for (const e of p.keep) expect(e.reasons.length).toBeGreaterThan(0);
    for (const e of p.entries.filter((x) => !x.keep)) expect(e.reasons).toEqual([]);
  });
});
