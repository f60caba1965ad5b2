import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import {
  parseDuration
} from "./chunk-ZZX2MHPD.js";

// src/retention/calendar.ts
var DAY_MS = 864e5;
var RESOLVED_ZONES = /* @__PURE__ */ new Map();
var ZoneClock = class {
  timeZone;
  utc;
  fmt;
  /** UTC day -> [offset at the day's start, offset at its end, first instant of the new offset]. */
  days = /* @__PURE__ */ new Map();
  starts = /* @__PURE__ */ new Map();
  constructor(timeZone = "UTC") {
    let resolved = RESOLVED_ZONES.get(timeZone);
    if (resolved === void 0)
      RESOLVED_ZONES.set(timeZone, resolved = new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone);
    this.timeZone = resolved;
    this.utc = resolved === "UTC" || resolved === "Etc/UTC" || resolved === "Etc/GMT" || resolved === "GMT";
    if (!this.utc) {
      this.fmt = new Intl.DateTimeFormat("en-US", {
        timeZone: resolved,
        hourCycle: "h23",
        era: "short",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric"
      });
    }
  }
  /** The zone's offset at instant `ms`, straight from Intl (whole seconds). */
  rawOffset(ms) {
    const parts = this.fmt.formatToParts(ms);
    let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, bc = false;
    for (const p of parts) {
      switch (p.type) {
        case "year":
          y = Number(p.value);
          break;
        case "month":
          mo = Number(p.value);
          break;
        case "day":
          d = Number(p.value);
          break;
        case "hour":
          h = Number(p.value);
          break;
        case "minute":
          mi = Number(p.value);
          break;
        case "second":
          s = Number(p.value);
          break;
        case "era":
          bc = p.value.startsWith("B");
          break;
      }
    }
    const wall = daysFromCivil(bc ? 1 - y : y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1e3;
    return wall - Math.floor(ms / 1e3) * 1e3;
  }
  /** The offset at the start of a UTC day, cached: one day's end is the next one's start. */
  dayStartOffset(day) {
    let o = this.starts.get(day);
    if (o === void 0) {
      o = this.rawOffset(day * DAY_MS);
      this.starts.set(day, o);
    }
    return o;
  }
  offset(ms) {
    if (this.utc) return 0;
    const day = Math.floor(ms / DAY_MS);
    let e = this.days.get(day);
    if (!e) {
      const start = day * DAY_MS;
      const a = this.dayStartOffset(day);
      const b = this.dayStartOffset(day + 1);
      let change = start + DAY_MS;
      if (a !== b) {
        let lo = start, hi = start + DAY_MS;
        while (hi - lo > 1e3) {
          const mid = lo + Math.floor((hi - lo) / 2e3) * 1e3;
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
  local(ms) {
    return ms + this.offset(ms);
  }
};
function daysFromCivil(y, m, d) {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(days) {
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
function isoWeekThursday(days) {
  const weekday = ((days + 3) % 7 + 7) % 7;
  return days - weekday + 3;
}

// src/retention/policy.ts
var COUNT_RULES = ["last", "hourly", "daily", "weekly", "monthly", "yearly"];
var ALL = Number.POSITIVE_INFINITY;
var PRESETS = {
  divio: "daily=7,weekly=4,monthly=12",
  "divio-on-demand": "within=30d,last=3",
  plantanapp: "daily=30,weekly=12,monthly=12,yearly=all",
  "plantanapp-manual": "last=10",
  aegir: "daily=30"
};
var MAX_COUNT = 1e6;
var SYNTAX_HINT = "Write rules such as `daily=7,weekly=4,monthly=12`, `within=30d,last=3` or `yearly=all` (rules: last, hourly, daily, weekly, monthly, yearly, within), or a preset: " + Object.keys(PRESETS).map((p) => `\`${p}\``).join(", ") + ".";
function parseWithin(text) {
  return parseDuration(text, ["h", "d", "w"]);
}
function parseCount(input, rule, value) {
  const v = value.trim().toLowerCase();
  if (v === "all" || v === "unlimited") return ALL;
  if (/^-\d+$/.test(v)) {
    throw new ConfigError(
      input,
      `\`${rule}=${value}\` is a negative count`,
      `Counts are whole numbers from 0 up; write \`${rule}=all\` to keep every ${rule === "last" ? "backup" : "period"}.`
    );
  }
  if (!/^\d+$/.test(v) || Number(v) > MAX_COUNT) {
    throw new ConfigError(input, `\`${rule}=${value}\` is not a count`, `Write a whole number (such as \`${rule}=7\`) or \`${rule}=all\`.`);
  }
  return Number(v);
}
function parsePolicy(text, input = "retention") {
  const counts = { last: 0, hourly: 0, daily: 0, weekly: 0, monthly: 0, yearly: 0 };
  let withinMs;
  let withinText;
  const explicit = /* @__PURE__ */ new Set();
  const items = text.split(/[\s,;]+/).filter(Boolean);
  if (items.length === 0) throw new ConfigError(input, "is empty", SYNTAX_HINT);
  const apply = (item, fromPreset) => {
    const eq = item.indexOf("=");
    if (eq < 0) {
      const preset = PRESETS[item.toLowerCase()];
      if (preset === void 0 || fromPreset) {
        throw new ConfigError(input, `unknown preset or rule "${item}"`, SYNTAX_HINT);
      }
      for (const sub of preset.split(",")) apply(sub, true);
      return;
    }
    const rule = item.slice(0, eq).trim().toLowerCase().replace(/^keep-/, "");
    const value = item.slice(eq + 1);
    if (!fromPreset) {
      if (explicit.has(rule)) throw new ConfigError(input, `\`${rule}\` is given twice`, "Give each rule once.");
      explicit.add(rule);
    }
    if (rule === "within") {
      const ms = parseWithin(value);
      if (ms === void 0) {
        const monthsOrYears = /^\s*\d+\s*(m|mo|months?|y|years?)\s*$/i.test(value) || /\d+[my]/i.test(value);
        throw new ConfigError(
          input,
          `\`within=${value}\` is not a duration`,
          monthsOrYears ? "Months and years vary in length (and `m` means months to restic but minutes to `max-age`): write days, such as `within=90d` or `within=365d`, or use the `monthly`/`yearly` rules." : "Write hours, days or weeks, such as `within=36h`, `within=30d` or `within=2w` (units combine: `1w3d`)."
        );
      }
      withinMs = ms;
      withinText = value.trim().toLowerCase();
      return;
    }
    if (!COUNT_RULES.includes(rule)) {
      throw new ConfigError(input, `unknown rule "${rule}"`, SYNTAX_HINT);
    }
    counts[rule] = parseCount(input, rule, value);
  };
  for (const item of items) apply(item, false);
  if (withinMs === void 0 && COUNT_RULES.every((r) => counts[r] === 0)) {
    throw new ConfigError(
      input,
      `"${text}" keeps nothing (every count is zero)`,
      "Give at least one rule a count above zero, or a `within` span; the newest backup is kept regardless, but a policy that keeps nothing is almost certainly a mistake."
    );
  }
  const parts = [];
  if (withinText !== void 0) parts.push(`within=${withinText}`);
  for (const r of COUNT_RULES) if (counts[r] !== 0) parts.push(`${r}=${counts[r] === ALL ? "all" : counts[r]}`);
  const policy = { counts, text: parts.join(",") };
  if (withinMs !== void 0) {
    policy.withinMs = withinMs;
    policy.withinText = withinText;
  }
  return policy;
}
function parseTimeZone(text, input = "retention-timezone") {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: text.trim() }).resolvedOptions().timeZone;
  } catch {
    throw new ConfigError(
      input,
      `"${text}" is not a time zone`,
      "Use an IANA zone name such as `UTC`, `Europe/Zurich` or `America/New_York`."
    );
  }
}

// src/retention/lock.ts
var HOUR_MS = 36e5;
var DAY_MS2 = 864e5;
var FOREVER_MS = 100 * 365 * DAY_MS2 + 25 * DAY_MS2;
var LOCK_MODES = ["off", "governance", "compliance"];
function utcOf(wall, clock) {
  const candidates = [.../* @__PURE__ */ new Set([clock.offset(wall - DAY_MS2), clock.offset(wall + DAY_MS2)])].map((o) => wall - o);
  const real = candidates.filter((u) => clock.local(u) === wall);
  return Math.max(...real.length > 0 ? real : candidates);
}
function periodStartAfter(rule, t, n, clock) {
  const local = clock.local(t);
  const day = Math.floor(local / DAY_MS2);
  let wall;
  switch (rule) {
    case "hourly":
      wall = (Math.floor(local / HOUR_MS) + n) * HOUR_MS;
      break;
    case "daily":
      wall = (day + n) * DAY_MS2;
      break;
    case "weekly":
      wall = (isoWeekThursday(day) - 3 + 7 * n) * DAY_MS2;
      break;
    case "monthly": {
      const [y, m] = civilFromDays(day);
      const months = y * 12 + (m - 1) + n;
      wall = daysFromCivil(Math.floor(months / 12), months % 12 + 1, 1) * DAY_MS2;
      break;
    }
    case "yearly":
      wall = daysFromCivil(civilFromDays(day)[0] + n, 1, 1) * DAY_MS2;
      break;
  }
  return utcOf(wall, clock);
}
function ruleGuarantee(rule, t, policy, clock, oldest = false) {
  if (rule === "within") return policy.withinMs === void 0 ? t : t + policy.withinMs;
  const count = policy.counts[rule];
  if (rule === "last" || count === 0) return t;
  if (count === ALL) return t + FOREVER_MS;
  return periodStartAfter(rule, t, oldest ? count - 1 : count, clock);
}
function capped(t, until) {
  return Math.min(until, t + FOREVER_MS);
}
function lockOnBackup(t, policy, timeZone, marginMs) {
  const clock = new ZoneClock(timeZone);
  const periods = COUNT_RULES.filter((r) => r !== "last" && policy.counts[r] !== 0);
  let until = periods.length === 0 ? t : Math.min(...periods.map((r) => ruleGuarantee(r, t, policy, clock)));
  until = Math.max(until, ruleGuarantee("within", t, policy, clock));
  return capped(t, until) + marginMs;
}
function policyFor(lock, trigger) {
  return trigger === "scheduled" ? lock.scheduled : lock.onDemand;
}

export {
  parsePolicy,
  parseTimeZone,
  LOCK_MODES,
  lockOnBackup,
  policyFor
};
