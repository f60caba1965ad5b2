import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  byNewest,
  newestComplete
} from "./chunk-GZMYM6CX.js";
import {
  ZoneClock,
  civilFromDays,
  formatDay,
  formatIsoWeek,
  formatLocalMinute,
  isoWeekThursday,
  lockForKept,
  policyFor
} from "./chunk-GDMYLTKY.js";
import {
  ALL,
  COUNT_RULES,
  policyReachDays
} from "./chunk-4PEM3UII.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  triggerClass
} from "./chunk-A5275KUL.js";

// src/retention/planner.ts
var HOUR_MS = 36e5;
var NONE = Object.freeze([]);
var DAY_MS = 864e5;
function periodKey(rule, local, nr) {
  switch (rule) {
    case "last":
      return nr;
    case "hourly":
      return Math.floor(local / HOUR_MS);
    case "daily":
      return Math.floor(local / DAY_MS);
    case "weekly":
      return isoWeekThursday(Math.floor(local / DAY_MS));
    case "monthly": {
      const [y, m] = civilFromDays(Math.floor(local / DAY_MS));
      return y * 12 + (m - 1);
    }
    case "yearly":
      return civilFromDays(Math.floor(local / DAY_MS))[0];
  }
}
function periodLabel(rule, local) {
  const days = Math.floor(local / DAY_MS);
  switch (rule) {
    case "last":
      return "last";
    case "hourly":
      return `hourly ${formatLocalMinute(Math.floor(local / HOUR_MS) * HOUR_MS)}`;
    case "daily":
      return `daily ${formatDay(days)}`;
    case "weekly":
      return `weekly ${formatIsoWeek(days)}`;
    case "monthly":
      return `monthly ${formatDay(days).slice(0, 7)}`;
    case "yearly":
      return `yearly ${formatDay(days).slice(0, 4)}`;
  }
}
function newestFirst(items, times, idOf) {
  const n = items.length;
  const order = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const cmp = (a, b) => {
    const d = times[b] - times[a];
    if (d !== 0) return d;
    const ia = idOf(items[a]);
    const ib = idOf(items[b]);
    return ia < ib ? 1 : ia > ib ? -1 : 0;
  };
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (cmp(i - 1, i) > 0) sorted = false;
  if (!sorted) order.sort(cmp);
  return order;
}
function withinCutoff(times, withinMs, nowOpt) {
  const now = nowOpt === void 0 ? Date.now() : typeof nowOpt === "number" ? nowOpt : nowOpt.getTime();
  let latest = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < times.length; i++) if (times[i] > latest && times[i] < now) latest = times[i];
  return latest - withinMs;
}
var CountRules = class {
  constructor(rules, counts) {
    this.rules = rules;
    this.left = rules.map((r) => counts[r]);
    this.last = rules.map(() => Number.NaN);
    this.active = rules.length;
  }
  rules;
  left;
  last;
  /** Rules with count left; at 0 the counts can keep nothing more, which lets the walk stop early. */
  active;
  /**
   * Offers the backup at walk position `nr` (local time `local`) to every rule with count left,
   * and adds the reasons of those that keep it to `reasons`. `oldest` is the restic 0.16 rule:
   * the oldest backup is kept even when its period has already been kept.
   */
  offer(local, nr, oldest, reasons) {
    const { rules, left, last } = this;
    for (let r = 0; r < rules.length; r++) {
      if (left[r] <= 0) continue;
      const rule = rules[r];
      const key = periodKey(rule, local, nr);
      if (key !== last[r] || oldest) {
        const label = periodLabel(rule, local);
        (reasons ??= []).push(key === last[r] ? `oldest ${label}` : label);
        last[r] = key;
        if (left[r] !== ALL && --left[r] === 0) this.active--;
      }
    }
    return reasons;
  }
};
function planRetention(items, policy, timeOf2, idOf = () => "", opts = {}) {
  const n = items.length;
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) times[i] = timeOf2(items[i]);
  const order = newestFirst(items, times, idOf);
  const entries = new Array(n);
  const rules = COUNT_RULES.filter((r) => policy.counts[r] !== 0);
  if (rules.length === 0 && policy.withinMs === void 0) {
    for (let k = 0; k < n; k++) entries[k] = { item: items[order[k]], keep: true, reasons: ["policy is empty"] };
    return { entries, keep: entries.slice(), remove: [] };
  }
  const clock = new ZoneClock(opts.timeZone ?? "UTC");
  const keepOldest = opts.keepOldest ?? true;
  const counts = new CountRules(rules, policy.counts);
  const hasWithin = policy.withinMs !== void 0;
  const cutoff = policy.withinMs !== void 0 && n > 0 ? withinCutoff(times, policy.withinMs, opts.now) : Number.NEGATIVE_INFINITY;
  const withinReason = `within ${policy.withinText ?? ""}`;
  let nr = 0;
  for (; nr < n; nr++) {
    const idx = order[nr];
    const t = times[idx];
    const inside = hasWithin && t > cutoff;
    if (counts.active === 0 && !inside) break;
    let reasons;
    if (inside) reasons = [withinReason];
    if (counts.active > 0) reasons = counts.offer(clock.local(t), nr, keepOldest && nr === n - 1, reasons);
    entries[nr] = reasons ? { item: items[idx], keep: true, reasons } : { item: items[idx], keep: false, reasons: NONE };
  }
  for (; nr < n; nr++) entries[nr] = { item: items[order[nr]], keep: false, reasons: NONE };
  const keep = [];
  const remove = [];
  for (const e of entries) {
    if (e.keep) keep.push(e);
    else remove.push(e.item);
  }
  return { entries, keep, remove };
}

// src/core/prune-locks.ts
function locksApply(store, lock) {
  return lock !== void 0 && store !== void 0 && typeof store.lockStates === "function" && typeof store.extendLocks === "function";
}
async function currentLock(store, b) {
  const states = await store.lockStates(b);
  let until;
  let mode;
  for (const s of states) {
    mode ??= s.mode;
    if (!s.until) return mode ? { mode } : {};
    if (!until || s.until < until) until = s.until;
  }
  return { ...mode ? { mode } : {}, ...until ? { until } : {} };
}
async function stepKept(store, row, lock, dryRun) {
  const b = row.backup;
  const current = await currentLock(store, b);
  row.lock = current;
  const target = lockForKept(b.parsed.time.getTime(), row.reasons, policyFor(lock, b.parsed.trigger), lock.timeZone, lock.marginMs);
  if (target === void 0 || current.until && current.until.getTime() >= target) return false;
  const until = new Date(Math.ceil(target / 1e3) * 1e3);
  if (dryRun) {
    row.lock = { ...current, wouldExtendTo: until };
    return true;
  }
  await store.extendLocks(b, until);
  row.lock = { mode: current.mode ?? lock.mode.toUpperCase(), until, ...current.until ? { extendedFrom: current.until } : {} };
  return true;
}
async function stepLocks(rows, store, lock, dryRun) {
  const out = { extended: 0, errors: [] };
  if (!locksApply(store, lock)) return out;
  for (const row of rows) {
    if (!row.backup.complete) continue;
    try {
      if (row.action === "keep") {
        if (await stepKept(store, row, lock, dryRun)) out.extended++;
      } else {
        row.lock = await currentLock(store, row.backup);
      }
    } catch (e) {
      out.errors.push({
        key: store.location(row.backup),
        message: `the Object Lock could not be ${row.action === "keep" ? "extended" : "read"}: ${e.message}`
      });
    }
  }
  return out;
}
function bytesHeldPastPolicy(rows, now) {
  return rows.filter((r) => (r.outcome === "removed" || r.outcome === "would remove") && r.lock?.until && r.lock.until > now).reduce((n, r) => n + r.backup.bytes, 0);
}
function heldNote(row, now) {
  const until = row.lock?.until;
  if (!until || until <= now || row.outcome !== "removed" && row.outcome !== "would remove") return void 0;
  return `versions kept by lock until ${until.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
}

// src/core/prune.ts
var timeOf = (b) => b.parsed.time.getTime();
var INCOMPLETE_GRACE_MS = 24 * 36e5;
function planPrune(all, s, now) {
  const rows = /* @__PURE__ */ new Map();
  const listing = all.filter((b) => b.objects.length > 0);
  const newest = newestComplete(listing);
  const lastWrite = (b) => Math.max(b.lastModified.getTime(), timeOf(b));
  const debris = newest ? all.filter((b) => b.objects.length === 0 && now.getTime() - lastWrite(b) > INCOMPLETE_GRACE_MS) : [];
  const plan = { rows: [], remove: [], debris };
  if (newest) plan.newestComplete = newest;
  if (s.maxAgeMs !== void 0) {
    if (!newest) {
      plan.refusal = `there is no complete backup of ${s.site}/${s.environment}, and max-age is ${formatDuration(s.maxAgeMs)}`;
    } else {
      const age = now.getTime() - timeOf(newest);
      if (age > s.maxAgeMs) {
        plan.refusal = `the newest complete backup of ${s.site}/${s.environment}, ${newest.id}, is ${formatDuration(age)} old: older than max-age ${formatDuration(s.maxAgeMs)}`;
      }
    }
  }
  for (const cls of ["scheduled", "on-demand"]) {
    const group = listing.filter((b) => b.complete && triggerClass(b.parsed.trigger) === cls);
    const policy = cls === "scheduled" ? s.scheduled : s.onDemand;
    const p = planRetention(group, policy, timeOf, (b) => b.id, { timeZone: s.timeZone, now });
    for (const e of p.entries) {
      rows.set(e.item.id, {
        backup: e.item,
        class: cls,
        action: e.keep ? "keep" : "remove",
        reasons: e.keep ? [...e.reasons] : [`not kept by ${cls} policy ${policy.text}`],
        outcome: e.keep ? "kept" : "unchanged"
      });
    }
  }
  if (newest) {
    const row = rows.get(newest.id);
    if (row.action === "remove") {
      row.action = "keep";
      row.outcome = "kept";
      row.reasons = ["newest complete backup (always kept)"];
    }
  }
  for (const b of listing) {
    if (b.complete) continue;
    const age = now.getTime() - lastWrite(b);
    const row = { backup: b, class: "incomplete", action: "keep", reasons: [], outcome: "kept" };
    if (!newest) {
      row.reasons.push("incomplete (no manifest); not swept while no complete backup exists");
    } else if (age > INCOMPLETE_GRACE_MS) {
      row.action = "remove";
      row.outcome = "unchanged";
      row.reasons.push(`incomplete (no manifest), last written ${formatDuration(age)} ago`);
    } else {
      row.reasons.push(
        `incomplete (no manifest), last written ${formatDuration(Math.max(0, age))} ago: may still be uploading, swept after 24h`
      );
    }
    rows.set(b.id, row);
  }
  plan.rows = [...rows.values()].sort((a, b) => byNewest(a.backup, b.backup));
  plan.remove = [...plan.rows.filter((r) => r.action === "remove").map((r) => r.backup), ...debris];
  if (plan.refusal) {
    plan.remove = [];
    for (const r of plan.rows) if (r.action === "remove") r.outcome = "refused";
  }
  return plan;
}
function planStillHolds(plan, previous, fresh) {
  const completeIds = (l) => l.filter((b) => b.complete).map((b) => b.id).sort().join("\n");
  if (completeIds(previous) !== completeIds(fresh)) return false;
  const byId = new Map(fresh.map((b) => [b.id, b]));
  const objects = (b) => b.objects.map((o) => `${o.name}:${o.size}`).sort().join("\n");
  for (const b of plan.remove) {
    const now = byId.get(b.id);
    if (!now || now.complete !== b.complete || objects(now) !== objects(b) || now.lastModified.getTime() !== b.lastModified.getTime())
      return false;
  }
  return true;
}
var PruneError = class extends Error {
  constructor(message, result, refused = false) {
    super(message);
    this.result = result;
    this.refused = refused;
    this.name = "PruneError";
  }
  result;
  refused;
};
function resultOf(plan, dryRun) {
  const removed = plan.rows.filter((r) => r.outcome === "removed" || r.outcome === "would remove").length;
  return { plan, dryRun, kept: plan.rows.length - removed, removed, errors: [] };
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function runPrune(s, deps) {
  const { place, log } = deps;
  const store = place.store;
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const attempts = deps.attempts ?? 3;
  const list = async () => {
    try {
      return await place.list(s.site, s.environment);
    } catch (e) {
      throw new PruneError(`listing the backups of ${s.site}/${s.environment} failed, so nothing was deleted: ${e.message}`);
    }
  };
  if (place.kind === "artifact") {
    for (const [name, p] of [
      ["retention", s.scheduled],
      ["retention-on-demand", s.onDemand]
    ]) {
      const days = policyReachDays(p);
      if (days > 90) {
        log.warn(
          `\`${name}\` (${p.text}) keeps backups ${Number.isFinite(days) ? `for up to ${Math.round(days)} days` : "forever"}, but GitHub deletes artifacts after their retention (at most 90 days on public repositories, 400 on private ones): backups will expire before the policy lets them go. Use an S3 store for long retention.`
        );
      }
    }
  }
  let listing = await list();
  if (!deps.dryRun && store?.abortStaleUploads) {
    const n = await store.abortStaleUploads(s.site, s.environment, new Date(now().getTime() - 24 * 36e5)).catch((e) => {
      log.warn(`Could not abort unfinished uploads of ${s.site}/${s.environment}: ${e.message}`);
      return 0;
    });
    if (n > 0)
      log.info(`Aborted ${n} unfinished multipart upload(s) of ${s.site}/${s.environment} older than a day (left by killed runs).`);
  }
  for (let attempt = 1; ; attempt++) {
    const plan = planPrune(listing, s, now());
    if (plan.refusal) {
      throw new PruneError(
        `Prune refused to delete anything: ${plan.refusal}. Backups may be failing; see the failure issue.`,
        resultOf(plan, deps.dryRun),
        true
      );
    }
    if (deps.dryRun) {
      for (const r of plan.rows) if (r.action === "remove") r.outcome = "would remove";
      return withLocks(resultOf(plan, true), await stepLocks(plan.rows, store, s.lock, true), now());
    }
    if (plan.remove.length === 0) return withLocks(resultOf(plan, false), await stepLocks(plan.rows, store, s.lock, false), now());
    const fresh = await list();
    if (!planStillHolds(plan, listing, fresh)) {
      if (attempt >= attempts) {
        throw new PruneError(
          `the backups of ${s.site}/${s.environment} changed between planning and deleting ${attempts} times, so nothing was deleted. Is another backup or prune of this site running? Give both jobs the same \`concurrency\` group.`,
          resultOf(plan, false)
        );
      }
      log.warn(`The backups changed while prune was planning (another backup or prune running?); planning again from a fresh listing.`);
      listing = fresh;
      await sleep(deps.retryDelayMs ?? 2e3);
      continue;
    }
    const locks = await stepLocks(plan.rows, store, s.lock, false);
    return withLocks(await removePlanned(plan, s, deps), locks, now());
  }
}
function withLocks(result, locks, now) {
  if (!result.plan.rows.some((r) => r.lock)) return result;
  result.locksExtended = locks.extended;
  result.bytesHeldByLock = bytesHeldPastPolicy(result.plan.rows, now);
  for (const r of result.plan.rows) {
    const note = heldNote(r, now);
    if (note) r.reasons.push(note);
  }
  if (locks.errors.length > 0) {
    result.errors.push(...locks.errors);
    throw new PruneError(
      `the Object Lock of ${locks.errors.length} backup(s) could not be kept in step with the policy (${locks.errors.slice(0, 3).map((e) => `${e.key}: ${e.message}`).join(
        "; "
      )}). Their data is untouched; grant the prune role s3:GetObjectRetention and s3:PutObjectRetention (docs/immutable.md) and run prune again.`,
      result
    );
  }
  return result;
}
async function removePlanned(plan, s, deps) {
  const { place, log } = deps;
  for (const b of plan.debris)
    log.info(`Clearing ${place.location(b)}: named like a backup but holds none of its objects (anything else in it is left alone).`);
  log.info(`Deleting ${plan.remove.length - plan.debris.length} backup(s) of ${s.site}/${s.environment}.`);
  const res = await place.remove(plan.remove);
  const removed = new Set(res.removed);
  const failedIds = /* @__PURE__ */ new Set();
  for (const err of res.errors) {
    const row = plan.rows.find((r) => r.action === "remove" && err.key.includes(r.backup.id));
    if (row) {
      failedIds.add(row.backup.id);
      row.error = err.message;
    }
  }
  for (const r of plan.rows) {
    if (r.action !== "remove") continue;
    if (removed.has(r.backup.id) && !failedIds.has(r.backup.id)) r.outcome = "removed";
    else {
      r.outcome = "failed";
      r.error ??= "the store did not confirm the deletion";
    }
  }
  const result = resultOf(plan, false);
  result.errors = res.errors;
  const failed = plan.rows.filter((r) => r.outcome === "failed");
  if (failed.length > 0) {
    const sample = res.errors.slice(0, 5).map((e) => `${e.key}: ${e.message}`).join("; ");
    throw new PruneError(
      `${failed.length} of ${plan.remove.length - plan.debris.length} backup(s) could not be deleted completely${sample ? ` (${sample}${res.errors.length > 5 ? "; \u2026" : ""})` : ""}. Deleting again is safe: run prune again.`,
      result
    );
  }
  return result;
}

export {
  planPrune,
  PruneError,
  runPrune
};
