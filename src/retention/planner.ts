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
  const order: number[] = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    times[i] = timeOf(items[i]!);
    order[i] = i;
  }
  // Newest first; equal times fall back to the id (ids sort by time, then trigger and suffix).
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

  const entries: PlanEntry<T>[] = new Array<PlanEntry<T>>(n);
  const rules = COUNT_RULES.filter((r) => policy.counts[r] !== 0);
  if (rules.length === 0 && policy.withinMs === undefined) {
    // restic: an empty policy removes nothing. The parser refuses such policies; stay safe anyway.
    for (let k = 0; k < n; k++) entries[k] = { item: items[order[k]!]!, keep: true, reasons: ['policy is empty'] };
    return { entries, keep: entries.slice(), remove: [] };
  }

  const clock = new ZoneClock(opts.timeZone ?? 'UTC');
  const keepOldest = opts.keepOldest ?? true;
  const left = rules.map((r) => policy.counts[r]);
  const last = rules.map(() => Number.NaN);

  const hasWithin = policy.withinMs !== undefined;
  let cutoff = Number.NEGATIVE_INFINITY;
  if (policy.withinMs !== undefined && n > 0) {
    const now = opts.now === undefined ? Date.now() : typeof opts.now === 'number' ? opts.now : opts.now.getTime();
    // restic's findLatestTimestamp: the newest backup not in the future. With none, it stays
    // at the zero time and everything counts as within.
    let latest = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) if (times[i]! > latest && times[i]! < now) latest = times[i]!;
    cutoff = latest - policy.withinMs;
  }
  const withinReason = `within ${policy.withinText ?? ''}`;

  let active = rules.length; // rules with count left
  let nr = 0;
  for (; nr < n; nr++) {
    const idx = order[nr]!;
    const t = times[idx]!;
    const inside = hasWithin && t > cutoff;
    // Times only fall from here on: once no rule has count left and `within` is behind us,
    // nothing else can be kept.
    if (active === 0 && !inside) break;
    let reasons: string[] | undefined;
    if (inside) reasons = [withinReason];
    if (active > 0) {
      const local = clock.local(t);
      const oldest = keepOldest && nr === n - 1;
      for (let r = 0; r < rules.length; r++) {
        if (left[r]! <= 0) continue;
        const rule = rules[r]!;
        const key = periodKey(rule, local, nr);
        if (key !== last[r] || oldest) {
          const label = periodLabel(rule, local);
          (reasons ??= []).push(key === last[r] ? `oldest ${label}` : label);
          last[r] = key;
          if (left[r] !== ALL && --left[r]! === 0) active--;
        }
      }
    }
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
