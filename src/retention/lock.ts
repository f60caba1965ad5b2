import { civilFromDays, daysFromCivil, isoWeekThursday, ZoneClock } from './calendar.js';
import { ALL, COUNT_RULES, type CountRule, type RetentionPolicy } from './policy.js';

// How long S3 Object Lock holds a backup (`s3-object-lock`, docs/immutable.md): until the
// earliest moment the retention policy could release it, plus a margin. Pure: no clock but the
// backup's own time, so the backup step, prune, verify and a copy all compute the same date.
//
// What a rule guarantees a backup that is the newest of its period (the planner's meaning):
// - hourly/daily/weekly/monthly/yearly=N: kept until N newer periods hold a backup, so at the
//   earliest until the start of the Nth period after its own (in retention-timezone; DST is
//   resolved towards the later instant);
// - within=X: kept while the newest backup is younger than its time + X, so until time + X;
// - last=N: nothing in time (N backups can follow within a minute);
// - a count of `all`: forever, which is locked as FOREVER_MS from the backup's time.
//
// At backup time a backup is the newest of every period, but the next backup of the same hour or
// day takes its place under that rule: what it can count on is the finest rule's window (the
// shortest of the count rules), or `within` when that is longer. Prune later extends the lock
// of a backup the planner keeps under a longer rule (lockForKept). Nothing here ever shortens.

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** The lock of a rule with count `all`: a century, then the lock lapses and the policy still keeps it. */
export const FOREVER_MS = 100 * 365 * DAY_MS + 25 * DAY_MS;

export const LOCK_MODES = ['off', 'governance', 'compliance'] as const;
export type LockMode = Exclude<(typeof LOCK_MODES)[number], 'off'>;

/** A lock setting as the stores and prune take it: mode, margin, and the policies it follows. */
export interface LockSettings {
  mode: LockMode;
  marginMs: number;
  scheduled: RetentionPolicy;
  onDemand: RetentionPolicy;
  timeZone: string;
}

type PeriodRule = Exclude<CountRule, 'last'>;

/**
 * The UTC instant of a local wall-clock time. A time that happens twice (autumn) gives the later
 * instant; one that never happens (spring gap) the later of the two readings.
 */
function utcOf(wall: number, clock: ZoneClock): number {
  const candidates = [...new Set([clock.offset(wall - DAY_MS), clock.offset(wall + DAY_MS)])].map((o) => wall - o);
  const real = candidates.filter((u) => clock.local(u) === wall);
  return Math.max(...(real.length > 0 ? real : candidates));
}

/** Start (UTC ms) of the period `n` periods after the one holding `t` under `rule`. */
export function periodStartAfter(rule: PeriodRule, t: number, n: number, clock: ZoneClock): number {
  const local = clock.local(t);
  const day = Math.floor(local / DAY_MS);
  let wall: number;
  switch (rule) {
    case 'hourly':
      wall = (Math.floor(local / HOUR_MS) + n) * HOUR_MS;
      break;
    case 'daily':
      wall = (day + n) * DAY_MS;
      break;
    case 'weekly':
      // ISO weeks start on Monday, three days before the week's Thursday.
      wall = (isoWeekThursday(day) - 3 + 7 * n) * DAY_MS;
      break;
    case 'monthly': {
      const [y, m] = civilFromDays(day);
      const months = y * 12 + (m - 1) + n;
      wall = daysFromCivil(Math.floor(months / 12), (months % 12) + 1, 1) * DAY_MS;
      break;
    }
    case 'yearly':
      wall = daysFromCivil(civilFromDays(day)[0] + n, 1, 1) * DAY_MS;
      break;
  }
  return utcOf(wall, clock);
}

/**
 * What one rule guarantees a backup made at `t` that it keeps; `t` itself when it guarantees
 * nothing. `oldest`: kept as the oldest backup of a period whose newest is kept too, which has
 * spent one of the rule's count already, so one period less.
 */
export function ruleGuarantee(rule: CountRule | 'within', t: number, policy: RetentionPolicy, clock: ZoneClock, oldest = false): number {
  if (rule === 'within') return policy.withinMs === undefined ? t : t + policy.withinMs;
  const count = policy.counts[rule];
  if (rule === 'last' || count === 0) return t;
  if (count === ALL) return t + FOREVER_MS;
  return periodStartAfter(rule, t, oldest ? count - 1 : count, clock);
}

function capped(t: number, until: number): number {
  return Math.min(until, t + FOREVER_MS);
}

/** The retain-until date (UTC ms) of a new backup made at `t` under `policy`. */
export function lockOnBackup(t: number, policy: RetentionPolicy, timeZone: string, marginMs: number): number {
  const clock = new ZoneClock(timeZone);
  const periods = COUNT_RULES.filter((r): r is PeriodRule => r !== 'last' && policy.counts[r] !== 0);
  let until = periods.length === 0 ? t : Math.min(...periods.map((r) => ruleGuarantee(r, t, policy, clock)));
  until = Math.max(until, ruleGuarantee('within', t, policy, clock));
  return capped(t, until) + marginMs;
}

const REASON_RE = /^(oldest )?(last|hourly|daily|weekly|monthly|yearly|within)\b/;

/**
 * The retain-until date a backup kept by the planner for `reasons` (its PlanEntry reasons) should
 * have: the longest of what each of its rules guarantees, plus the margin. Undefined when no
 * reason is a rule (the always-kept newest backup): then it keeps the lock it has.
 */
export function lockForKept(
  t: number,
  reasons: readonly string[],
  policy: RetentionPolicy,
  timeZone: string,
  marginMs: number,
): number | undefined {
  const clock = new ZoneClock(timeZone);
  let until: number | undefined;
  for (const reason of reasons) {
    const m = REASON_RE.exec(reason);
    const rule = m?.[2] as CountRule | 'within' | undefined;
    if (!rule || rule === 'last') continue;
    const g = ruleGuarantee(rule, t, policy, clock, m![1] !== undefined);
    until = until === undefined ? g : Math.max(until, g);
  }
  return until === undefined ? undefined : capped(t, until) + marginMs;
}

/** The policy that governs a backup of this trigger class. */
export function policyFor(lock: Pick<LockSettings, 'scheduled' | 'onDemand'>, trigger: string): RetentionPolicy {
  return trigger === 'scheduled' ? lock.scheduled : lock.onDemand;
}
