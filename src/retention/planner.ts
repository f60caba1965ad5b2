import { formatDay, formatIsoWeek, formatLocalMinute, isoWeekThursday, civilFromDays, ZoneClock } from './calendar.js';
import { ALL, COUNT_RULES, type CountRule, type RetentionPolicy } from './policy.js';

// The retention planner: restic `forget` semantics from restic 0.16 on
// (internal/restic/snapshot_policy.go, ApplyPolicy), for one group of complete backups.
//
// - Sort newest first and walk once.
// - Each count rule remembers the period key of the last backup it kept. A backup whose key
//   differs is kept by that rule and spends one of its count, so each rule keeps the newest
//   backup of each period that has one; empty periods cost nothing. Rules are ORed, and one
//   backup can spend several rules' counts at once.
// - The oldest backup is kept by every rule that still has count left when the walk reaches it
//   ("oldest daily …"), which keeps the longest history the counts allow (restic 0.16).
// - `within` keeps everything strictly newer than (newest − span), where the newest ignores
//   backups dated in the future, so nothing expires once backups stop.
// - Periods are read in one IANA zone; weeks are ISO weeks (Monday to Sunday, ISO week-year).
//
// Pure: no I/O, no clock except `now`, which only decides which backups are "in the future".

export interface PlanOptions {
  /** IANA zone the periods are computed in. Default UTC. */
  timeZone?: string;
  /** Backups dated after this are ignored when finding the newest for `within`. Default: now. */
  now?: Date | number;
  /**
   * The restic 0.16 oldest-backup rule. On by default; off reproduces restic before 0.16, which
   * is what the restic 0.14 oracle test compares against.
   */
  keepOldest?: boolean;
}

export interface PlanEntry<T> {
  item: T;
  keep: boolean;
  /** Why it is kept ("daily 2026-11-20", "weekly 2026-W47", "within 30d", "oldest monthly 2025-11"); empty when removed. */
  reasons: readonly string[];
}

export interface Plan<T> {
  /** Every input item once, newest first. */
  entries: PlanEntry<T>[];
  keep: PlanEntry<T>[];
  remove: T[];
}

const HOUR_MS = 3_600_000;
/** Shared by every removed entry: a removed backup has no reasons, and this saves 100,000 arrays. */
const NONE: readonly string[] = Object.freeze([]);
const DAY_MS = 86_400_000;

/** The period key of a rule at local wall-clock time `local`; `nr` is the walk position. */
function periodKey(rule: CountRule, local: number, nr: number): number {
  switch (rule) {
    case 'last':
      return nr;
    case 'hourly':
      return Math.floor(local / HOUR_MS);
    case 'daily':
      return Math.floor(local / DAY_MS);
    case 'weekly':
      return isoWeekThursday(Math.floor(local / DAY_MS));
    case 'monthly': {
      const [y, m] = civilFromDays(Math.floor(local / DAY_MS));
      return y * 12 + (m - 1);
    }
    case 'yearly':
      return civilFromDays(Math.floor(local / DAY_MS))[0];
  }
}

function periodLabel(rule: CountRule, local: number): string {
  const days = Math.floor(local / DAY_MS);
  switch (rule) {
    case 'last':
      return 'last';
    case 'hourly':
      return `hourly ${formatLocalMinute(Math.floor(local / HOUR_MS) * HOUR_MS)}`;
    case 'daily':
      return `daily ${formatDay(days)}`;
    case 'weekly':
      return `weekly ${formatIsoWeek(days)}`;
    case 'monthly':
      return `monthly ${formatDay(days).slice(0, 7)}`;
    case 'yearly':
      return `yearly ${formatDay(days).slice(0, 4)}`;
  }
}

/**
 * The walk order: item indexes newest first. Equal times fall back to the id (ids sort by time,
 * then trigger and suffix), so the plan does not depend on the order the store listed them in.
 */
function newestFirst<T>(items: readonly T[], times: Float64Array, idOf: (item: T) => string): number[] {
  const n = items.length;
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const cmp = (a: number, b: number) => {
    const d = times[b]! - times[a]!;
    if (d !== 0) return d;
    const ia = idOf(items[a]!);
    const ib = idOf(items[b]!);
    return ia < ib ? 1 : ia > ib ? -1 : 0;
  };
  // Stores list newest first already: checking that is linear, a sort is not.
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (cmp(i - 1, i) > 0) sorted = false;
  if (!sorted) order.sort(cmp);
  return order;
}

/** The time `within` keeps backups strictly newer than; −∞ (keep all) when no backup is in the past. */
function withinCutoff(times: Float64Array, withinMs: number, nowOpt: PlanOptions['now']): number {
  const now = nowOpt === undefined ? Date.now() : typeof nowOpt === 'number' ? nowOpt : nowOpt.getTime();
  // restic's findLatestTimestamp: the newest backup not in the future. With none, it stays
  // at the zero time and everything counts as within.
  let latest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < times.length; i++) if (times[i]! > latest && times[i]! < now) latest = times[i]!;
  return latest - withinMs;
}

/**
 * The count rules' state during the walk: per rule, the count left and the period key of the
 * last backup it kept. Kept apart from the walk so the restic rule lives in one place.
 */
class CountRules {
  private readonly left: number[];
  private readonly last: number[];
  /** Rules with count left; at 0 the counts can keep nothing more, which lets the walk stop early. */
  active: number;

  constructor(
    private readonly rules: readonly CountRule[],
    counts: RetentionPolicy['counts'],
  ) {
    this.left = rules.map((r) => counts[r]);
    this.last = rules.map(() => Number.NaN);
    this.active = rules.length;
  }

  /**
   * Offers the backup at walk position `nr` (local time `local`) to every rule with count left,
   * and adds the reasons of those that keep it to `reasons`. `oldest` is the restic 0.16 rule:
   * the oldest backup is kept even when its period has already been kept.
   */
  offer(local: number, nr: number, oldest: boolean, reasons: string[] | undefined): string[] | undefined {
    const { rules, left, last } = this;
    for (let r = 0; r < rules.length; r++) {
      if (left[r]! <= 0) continue;
      const rule = rules[r]!;
      const key = periodKey(rule, local, nr);
      if (key !== last[r] || oldest) {
        const label = periodLabel(rule, local);
        (reasons ??= []).push(key === last[r] ? `oldest ${label}` : label);
        last[r] = key;
        if (left[r] !== ALL && --left[r]! === 0) this.active--;
      }
    }
    return reasons;
  }
}

/** Plans one group. `timeOf` gives each item's time in epoch milliseconds; `idOf` breaks ties. */
export function planRetention<T>(
  items: readonly T[],
  policy: RetentionPolicy,
  timeOf: (item: T) => number,
  idOf: (item: T) => string = () => '',
  opts: PlanOptions = {},
): Plan<T> {
  const n = items.length;
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) times[i] = timeOf(items[i]!);
  const order = newestFirst(items, times, idOf);

  const entries: PlanEntry<T>[] = new Array<PlanEntry<T>>(n);
  const rules = COUNT_RULES.filter((r) => policy.counts[r] !== 0);
  if (rules.length === 0 && policy.withinMs === undefined) {
    // restic: an empty policy removes nothing. The parser refuses such policies; stay safe anyway.
    for (let k = 0; k < n; k++) entries[k] = { item: items[order[k]!]!, keep: true, reasons: ['policy is empty'] };
    return { entries, keep: entries.slice(), remove: [] };
  }

  const clock = new ZoneClock(opts.timeZone ?? 'UTC');
  const keepOldest = opts.keepOldest ?? true;
  const counts = new CountRules(rules, policy.counts);
  const hasWithin = policy.withinMs !== undefined;
  const cutoff = policy.withinMs !== undefined && n > 0 ? withinCutoff(times, policy.withinMs, opts.now) : Number.NEGATIVE_INFINITY;
  const withinReason = `within ${policy.withinText ?? ''}`;

  let nr = 0;
  for (; nr < n; nr++) {
    const idx = order[nr]!;
    const t = times[idx]!;
    const inside = hasWithin && t > cutoff;
    // Times only fall from here on: once no rule has count left and `within` is behind us,
    // nothing else can be kept.
    if (counts.active === 0 && !inside) break;
    let reasons: string[] | undefined;
    if (inside) reasons = [withinReason];
    if (counts.active > 0) reasons = counts.offer(clock.local(t), nr, keepOldest && nr === n - 1, reasons);
    entries[nr] = reasons ? { item: items[idx]!, keep: true, reasons } : { item: items[idx]!, keep: false, reasons: NONE };
  }
  for (; nr < n; nr++) entries[nr] = { item: items[order[nr]!]!, keep: false, reasons: NONE };
  const keep: PlanEntry<T>[] = [];
  const remove: T[] = [];
  for (const e of entries) {
    if (e.keep) keep.push(e);
    else remove.push(e.item);
  }
  return { entries, keep, remove };
}
