import { ConfigError } from '../model/errors.js';
import { parseDuration } from '../util/duration.js';

// Retention policies as the `retention` and `retention-on-demand` inputs write them:
// `daily=7,weekly=4,monthly=12`, `within=30d,last=3`, `yearly=all`, or a preset name. The rules
// and their meaning are restic's `forget` (0.16 and later); see planner.ts.

export const COUNT_RULES = ['last', 'hourly', 'daily', 'weekly', 'monthly', 'yearly'] as const;
export type CountRule = (typeof COUNT_RULES)[number];

/** `all`: no limit on the number of periods a rule keeps (restic's `unlimited`). */
export const ALL = Number.POSITIVE_INFINITY;

export interface RetentionPolicy {
  /** Periods each rule may keep: 0 turns a rule off, ALL removes the limit. */
  counts: Record<CountRule, number>;
  /** Keep every backup strictly newer than (newest backup − withinMs). */
  withinMs?: number;
  /** `within` as written (normalised), for reasons such as "within 30d". */
  withinText?: string;
  /** The policy in canonical form, presets expanded, for logs and the summary. */
  text: string;
}

/** Presets from the hosts these sites live on (DESIGN.md). */
export const PRESETS: Record<string, string> = {
  divio: 'daily=7,weekly=4,monthly=12',
  'divio-on-demand': 'within=30d,last=3',
  plantanapp: 'daily=30,weekly=12,monthly=12,yearly=all',
  'plantanapp-manual': 'last=10',
  aegir: 'daily=30',
};

export const DEFAULT_SCHEDULED_POLICY = 'divio';
export const DEFAULT_ON_DEMAND_POLICY = 'divio-on-demand';

const MAX_COUNT = 1_000_000;

const SYNTAX_HINT =
  'Write rules such as `daily=7,weekly=4,monthly=12`, `within=30d,last=3` or `yearly=all` (rules: last, hourly, daily, weekly, monthly, yearly, within), or a preset: ' +
  Object.keys(PRESETS)
    .map((p) => `\`${p}\``)
    .join(', ') +
  '.';

/**
 * `within` durations. Only hours, days and weeks, each an exact length (a day is 24 h), which
 * is how restic measures a span from a stored snapshot time. Months and years are refused
 * rather than guessed: restic reads `6m` as six months while `max-age` reads it as six
 * minutes, and a misread here deletes backups.
 */
export function parseWithin(text: string): number | undefined {
  return parseDuration(text, ['h', 'd', 'w']);
}

function parseCount(input: string, rule: CountRule, value: string): number {
  const v = value.trim().toLowerCase();
  if (v === 'all' || v === 'unlimited') return ALL;
  if (/^-\d+$/.test(v)) {
    throw new ConfigError(
      input,
      `\`${rule}=${value}\` is a negative count`,
      `Counts are whole numbers from 0 up; write \`${rule}=all\` to keep every ${rule === 'last' ? 'backup' : 'period'}.`,
    );
  }
  if (!/^\d+$/.test(v) || Number(v) > MAX_COUNT) {
    throw new ConfigError(input, `\`${rule}=${value}\` is not a count`, `Write a whole number (such as \`${rule}=7\`) or \`${rule}=all\`.`);
  }
  return Number(v);
}

/**
 * Parses a policy. Items are separated by commas or white space; each is `rule=value` or a
 * preset name, and a later rule overrides what a preset set (`divio,yearly=all`). `input` names
 * the input in error messages.
 */
export function parsePolicy(text: string, input = 'retention'): RetentionPolicy {
  const counts: Record<CountRule, number> = { last: 0, hourly: 0, daily: 0, weekly: 0, monthly: 0, yearly: 0 };
  let withinMs: number | undefined;
  let withinText: string | undefined;
  const explicit = new Set<string>();
  const items = text.split(/[\s,;]+/).filter(Boolean);
  if (items.length === 0) throw new ConfigError(input, 'is empty', SYNTAX_HINT);

  const apply = (item: string, fromPreset: boolean) => {
    const eq = item.indexOf('=');
    if (eq < 0) {
      const preset = PRESETS[item.toLowerCase()];
      if (preset === undefined || fromPreset) {
        throw new ConfigError(input, `unknown preset or rule "${item}"`, SYNTAX_HINT);
      }
      for (const sub of preset.split(',')) apply(sub, true);
      return;
    }
    // restic spells them --keep-daily; accept that spelling too.
    const rule = item
      .slice(0, eq)
      .trim()
      .toLowerCase()
      .replace(/^keep-/, '');
    const value = item.slice(eq + 1);
    if (!fromPreset) {
      if (explicit.has(rule)) throw new ConfigError(input, `\`${rule}\` is given twice`, 'Give each rule once.');
      explicit.add(rule);
    }
    if (rule === 'within') {
      const ms = parseWithin(value);
      if (ms === undefined) {
        const monthsOrYears = /^\s*\d+\s*(m|mo|months?|y|years?)\s*$/i.test(value) || /\d+[my]/i.test(value);
        throw new ConfigError(
          input,
          `\`within=${value}\` is not a duration`,
          monthsOrYears
            ? 'Months and years vary in length (and `m` means months to restic but minutes to `max-age`): write days, such as `within=90d` or `within=365d`, or use the `monthly`/`yearly` rules.'
            : 'Write hours, days or weeks, such as `within=36h`, `within=30d` or `within=2w` (units combine: `1w3d`).',
        );
      }
      withinMs = ms;
      withinText = value.trim().toLowerCase();
      return;
    }
    if (!(COUNT_RULES as readonly string[]).includes(rule)) {
      throw new ConfigError(input, `unknown rule "${rule}"`, SYNTAX_HINT);
    }
    counts[rule as CountRule] = parseCount(input, rule as CountRule, value);
  };
  for (const item of items) apply(item, false);

  if (withinMs === undefined && COUNT_RULES.every((r) => counts[r] === 0)) {
    throw new ConfigError(
      input,
      `"${text}" keeps nothing (every count is zero)`,
      'Give at least one rule a count above zero, or a `within` span; the newest backup is kept regardless, but a policy that keeps nothing is almost certainly a mistake.',
    );
  }
  const parts: string[] = [];
  if (withinText !== undefined) parts.push(`within=${withinText}`);
  for (const r of COUNT_RULES) if (counts[r] !== 0) parts.push(`${r}=${counts[r] === ALL ? 'all' : counts[r]}`);
  const policy: RetentionPolicy = { counts, text: parts.join(',') };
  if (withinMs !== undefined) {
    policy.withinMs = withinMs;
    policy.withinText = withinText!;
  }
  return policy;
}

/** Validates an IANA zone (`Europe/Zurich`, `UTC`) and returns its canonical name. */
export function parseTimeZone(text: string, input = 'retention-timezone'): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: text.trim() }).resolvedOptions().timeZone;
  } catch {
    throw new ConfigError(
      input,
      `"${text}" is not a time zone`,
      'Use an IANA zone name such as `UTC`, `Europe/Zurich` or `America/New_York`.',
    );
  }
}

/**
 * Roughly how far back a policy keeps backups, in days: used to warn when it outlives what the
 * store itself keeps (GitHub deletes artifacts after at most 90 days on public repositories).
 * Infinity when a rule is `all`.
 */
export function policyReachDays(p: RetentionPolicy): number {
  const span: Record<CountRule, number> = { last: 0, hourly: 1 / 24, daily: 1, weekly: 7, monthly: 31, yearly: 366 };
  let reach = p.withinMs !== undefined ? p.withinMs / 86_400_000 : 0;
  for (const r of COUNT_RULES) {
    if (r === 'last') continue;
    reach = Math.max(reach, p.counts[r] * span[r]);
  }
  return reach;
}
