import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  parseDuration
} from "./chunk-ZZX2MHPD.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";

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
var DEFAULT_SCHEDULED_POLICY = "divio";
var DEFAULT_ON_DEMAND_POLICY = "divio-on-demand";
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
function policyReachDays(p) {
  const span = { last: 0, hourly: 1 / 24, daily: 1, weekly: 7, monthly: 31, yearly: 366 };
  let reach = p.withinMs !== void 0 ? p.withinMs / 864e5 : 0;
  for (const r of COUNT_RULES) {
    if (r === "last") continue;
    reach = Math.max(reach, p.counts[r] * span[r]);
  }
  return reach;
}

export {
  COUNT_RULES,
  ALL,
  DEFAULT_SCHEDULED_POLICY,
  DEFAULT_ON_DEMAND_POLICY,
  parsePolicy,
  parseTimeZone,
  policyReachDays
};
