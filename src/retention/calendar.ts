// Calendar arithmetic for retention periods: local wall-clock time in an IANA zone, civil dates
// and ISO weeks, all as plain integers. Intl is the only source of zone data (no dependency),
// but it costs microseconds a call, so offsets are cached per UTC day: planning 100,000
// backups asks Intl a few thousand times at most.

const DAY_MS = 86_400_000;

/** Zone name as written -> Intl's canonical name (Intl throws on an unknown one, which is never cached). */
const RESOLVED_ZONES = new Map<string, string>();

/** Milliseconds to add to a UTC instant to get the wall-clock time in one zone. */
export class ZoneClock {
  readonly timeZone: string;
  private readonly utc: boolean;
  private readonly fmt?: Intl.DateTimeFormat;
  /** UTC day -> [offset at the day's start, offset at its end, first instant of the new offset]. */
  private readonly days = new Map<number, [number, number, number]>();
  private readonly starts = new Map<number, number>();

  constructor(timeZone = 'UTC') {
    // Resolved once per name: a planner runs per site, and a fleet report plans 1,000 sites.
    let resolved = RESOLVED_ZONES.get(timeZone);
    if (resolved === undefined)
      RESOLVED_ZONES.set(timeZone, (resolved = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone));
    this.timeZone = resolved;
    this.utc = resolved === 'UTC' || resolved === 'Etc/UTC' || resolved === 'Etc/GMT' || resolved === 'GMT';
    if (!this.utc) {
      this.fmt = new Intl.DateTimeFormat('en-US', {
        timeZone: resolved,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    }
  }

  /** The zone's offset at instant `ms`, straight from Intl (whole seconds). */
  private rawOffset(ms: number): number {
    const parts = this.fmt!.formatToParts(ms);
    let y = 0,
      mo = 0,
      d = 0,
      h = 0,
      mi = 0,
      s = 0,
      bc = false;
    for (const p of parts) {
      switch (p.type) {
        case 'year':
          y = Number(p.value);
          break;
        case 'month':
          mo = Number(p.value);
          break;
        case 'day':
          d = Number(p.value);
          break;
        case 'hour':
          h = Number(p.value);
          break;
        case 'minute':
          mi = Number(p.value);
          break;
        case 'second':
          s = Number(p.value);
          break;
        case 'era':
          bc = p.value.startsWith('B');
          break;
      }
    }
    const wall = daysFromCivil(bc ? 1 - y : y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000;
    return wall - Math.floor(ms / 1000) * 1000;
  }

  /** The offset at the start of a UTC day, cached: one day's end is the next one's start. */
  private dayStartOffset(day: number): number {
    let o = this.starts.get(day);
    if (o === undefined) {
      o = this.rawOffset(day * DAY_MS);
      this.starts.set(day, o);
    }
    return o;
  }

  offset(ms: number): number {
    if (this.utc) return 0;
    const day = Math.floor(ms / DAY_MS);
    let e = this.days.get(day);
    if (!e) {
      const start = day * DAY_MS;
      const a = this.dayStartOffset(day);
      const b = this.dayStartOffset(day + 1);
      let change = start + DAY_MS;
      if (a !== b) {
        // One transition inside this UTC day (zones never change twice in a day): find its
        // first second by bisection.
        let lo = start,
          hi = start + DAY_MS;
        while (hi - lo > 1000) {
          const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
          if (this.rawOffset(mid) === a) lo = mid;
          else hi = mid;
        }
        change = hi;
      }
      e = [a, b, change];
      this.days.set(day, e);
    }
    return ms < e[2] ? e[0] : e[1];
  }

  /** Wall-clock milliseconds (local time read as if it were UTC). */
  local(ms: number): number {
    return ms + this.offset(ms);
  }
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month 1-12, day] of a day number. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** The day number of the Thursday of the ISO week holding `days`: it names the week uniquely. */
export function isoWeekThursday(days: number): number {
  const weekday = (((days + 3) % 7) + 7) % 7; // 0 = Monday; 1970-01-01 was a Thursday
  return days - weekday + 3;
}

/** [ISO week-year, week 1-53] of a day number: the week-year is the Thursday's year. */
export function isoWeek(days: number): [number, number] {
  const thu = isoWeekThursday(days);
  const year = civilFromDays(thu)[0];
  return [year, Math.floor((thu - daysFromCivil(year, 1, 1)) / 7) + 1];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatDay(days: number): string {
  const [y, m, d] = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatIsoWeek(days: number): string {
  const [y, w] = isoWeek(days);
  return `${pad(y, 4)}-W${pad(w)}`;
}

/** Local wall-clock milliseconds as `YYYY-MM-DD HH:MM` (no zone suffix: it is local). */
export function formatLocalMinute(localMs: number): string {
  const days = Math.floor(localMs / DAY_MS);
  const rest = localMs - days * DAY_MS;
  return `${formatDay(days)} ${pad(Math.floor(rest / 3_600_000))}:${pad(Math.floor((rest % 3_600_000) / 60_000))}`;
}
