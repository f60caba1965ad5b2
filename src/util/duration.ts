const UNIT_MS = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
} as const;

export type DurationUnit = keyof typeof UNIT_MS;

/**
 * The one duration parser: `90s`, `30m`, `6h`, `7d`, `2w` or combinations like `1d12h`, in the
 * `units` allowed (retention's `within` takes only `hdw`). Months and years are left out on
 * purpose: their length varies, and retention counts calendar months with the `monthly` rule
 * instead. Returns undefined when malformed, zero or too large to be exact.
 */
export function parseDuration(text: string, units: readonly DurationUnit[] = ['s', 'm', 'h', 'd', 'w']): number | undefined {
  const s = text.trim().toLowerCase();
  const set = units.join('');
  if (!new RegExp(`^(\\d+[${set}])+$`).test(s)) return undefined;
  let total = 0;
  for (const m of s.matchAll(/(\d+)([a-z])/g)) total += Number(m[1]) * UNIT_MS[m[2] as DurationUnit];
  return total > 0 && Number.isSafeInteger(total) ? total : undefined;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${Math.round(s % 60)}s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h${m % 60}m`;
  return `${Math.floor(h / 24)}d${h % 24}h`;
}
