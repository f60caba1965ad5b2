export const id = 539;
export const ids = [539];
export const modules = {

/***/ 66539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pc: () => (/* binding */ PruneError),
  g7: () => (/* binding */ newestComplete),
  wM: () => (/* binding */ planPrune),
  uf: () => (/* binding */ runPrune)
});

// UNUSED EXPORTS: INCOMPLETE_GRACE_MS, planStillHolds

// EXTERNAL MODULE: ./src/model/backup-id.ts
var backup_id = __webpack_require__(31389);
// EXTERNAL MODULE: ./src/retention/calendar.ts
var calendar = __webpack_require__(61078);
// EXTERNAL MODULE: ./src/retention/policy.ts
var retention_policy = __webpack_require__(24310);
;// CONCATENATED MODULE: ./src/retention/planner.ts


const HOUR_MS = 3_600_000;
/** Shared by every removed entry: a removed backup has no reasons, and this saves 100,000 arrays. */
const NONE = Object.freeze([]);
const DAY_MS = 86_400_000;
/** The period key of a rule at local wall-clock time `local`; `nr` is the walk position. */
function periodKey(rule, local, nr) {
    switch (rule) {
        case 'last':
            return nr;
        case 'hourly':
            return Math.floor(local / HOUR_MS);
        case 'daily':
            return Math.floor(local / DAY_MS);
        case 'weekly':
            return (0,calendar/* isoWeekThursday */.aM)(Math.floor(local / DAY_MS));
        case 'monthly': {
            const [y, m] = (0,calendar/* civilFromDays */.TQ)(Math.floor(local / DAY_MS));
            return y * 12 + (m - 1);
        }
        case 'yearly':
            return (0,calendar/* civilFromDays */.TQ)(Math.floor(local / DAY_MS))[0];
    }
}
function periodLabel(rule, local) {
    const days = Math.floor(local / DAY_MS);
    switch (rule) {
        case 'last':
            return 'last';
        case 'hourly':
            return `hourly ${(0,calendar/* formatLocalMinute */.XT)(Math.floor(local / HOUR_MS) * HOUR_MS)}`;
        case 'daily':
            return `daily ${(0,calendar/* formatDay */.im)(days)}`;
        case 'weekly':
            return `weekly ${(0,calendar/* formatIsoWeek */.NN)(days)}`;
        case 'monthly':
            return `monthly ${(0,calendar/* formatDay */.im)(days).slice(0, 7)}`;
        case 'yearly':
            return `yearly ${(0,calendar/* formatDay */.im)(days).slice(0, 4)}`;
    }
}
/** Plans one group. `timeOf` gives each item's time in epoch milliseconds; `idOf` breaks ties. */
function planRetention(items, policy, timeOf, idOf = () => '', opts = {}) {
    const n = items.length;
    const times = new Float64Array(n);
    const order = new Array(n);
    for (let i = 0; i < n; i++) {
        times[i] = timeOf(items[i]);
        order[i] = i;
    }
    // Newest first; equal times fall back to the id (ids sort by time, then trigger and suffix).
    const cmp = (a, b) => {
        const d = times[b] - times[a];
        if (d !== 0)
            return d;
        const ia = idOf(items[a]);
        const ib = idOf(items[b]);
        return ia < ib ? 1 : ia > ib ? -1 : 0;
    };
    // Stores list newest first already: checking that is linear, a sort is not.
    let sorted = true;
    for (let i = 1; i < n && sorted; i++)
        if (cmp(i - 1, i) > 0)
            sorted = false;
    if (!sorted)
        order.sort(cmp);
    const entries = new Array(n);
    const rules = retention_policy/* COUNT_RULES */.Ok.filter((r) => policy.counts[r] !== 0);
    if (rules.length === 0 && policy.withinMs === undefined) {
        // restic: an empty policy removes nothing. The parser refuses such policies; stay safe anyway.
        for (let k = 0; k < n; k++)
            entries[k] = { item: items[order[k]], keep: true, reasons: ['policy is empty'] };
        return { entries, keep: entries.slice(), remove: [] };
    }
    const clock = new calendar/* ZoneClock */.ru(opts.timeZone ?? 'UTC');
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
        for (let i = 0; i < n; i++)
            if (times[i] > latest && times[i] < now)
                latest = times[i];
        cutoff = latest - policy.withinMs;
    }
    const withinReason = `within ${policy.withinText ?? ''}`;
    let active = rules.length; // rules with count left
    let nr = 0;
    for (; nr < n; nr++) {
        const idx = order[nr];
        const t = times[idx];
        const inside = hasWithin && t > cutoff;
        // Times only fall from here on: once no rule has count left and `within` is behind us,
        // nothing else can be kept.
        if (active === 0 && !inside)
            break;
        let reasons;
        if (inside)
            reasons = [withinReason];
        if (active > 0) {
            const local = clock.local(t);
            const oldest = keepOldest && nr === n - 1;
            for (let r = 0; r < rules.length; r++) {
                if (left[r] <= 0)
                    continue;
                const rule = rules[r];
                const key = periodKey(rule, local, nr);
                if (key !== last[r] || oldest) {
                    const label = periodLabel(rule, local);
                    (reasons ??= []).push(key === last[r] ? `oldest ${label}` : label);
                    last[r] = key;
                    if (left[r] !== retention_policy/* ALL */.y2 && --left[r] === 0)
                        active--;
                }
            }
        }
        entries[nr] = reasons ? { item: items[idx], keep: true, reasons } : { item: items[idx], keep: false, reasons: NONE };
    }
    for (; nr < n; nr++)
        entries[nr] = { item: items[order[nr]], keep: false, reasons: NONE };
    const keep = [];
    const remove = [];
    for (const e of entries) {
        if (e.keep)
            keep.push(e);
        else
            remove.push(e.item);
    }
    return { entries, keep, remove };
}

// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/retention/lock.ts
var retention_lock = __webpack_require__(21275);
;// CONCATENATED MODULE: ./src/core/prune-locks.ts

function locksApply(store, lock) {
    return lock !== undefined && typeof store.lockStates === 'function' && typeof store.extendLocks === 'function';
}
async function currentLock(store, b) {
    const states = await store.lockStates(b);
    let until;
    let mode;
    for (const s of states) {
        mode ??= s.mode;
        // One unlocked object makes the whole backup unlocked: the earliest date counts.
        if (!s.until)
            return mode ? { mode } : {};
        if (!until || s.until < until)
            until = s.until;
    }
    return { ...(mode ? { mode } : {}), ...(until ? { until } : {}) };
}
async function stepKept(store, row, lock, dryRun) {
    const b = row.backup;
    const current = await currentLock(store, b);
    row.lock = current;
    const target = (0,retention_lock/* lockForKept */.N8)(b.parsed.time.getTime(), row.reasons, (0,retention_lock/* policyFor */.KV)(lock, b.parsed.trigger), lock.timeZone, lock.marginMs);
    if (target === undefined || (current.until && current.until.getTime() >= target))
        return false;
    const until = new Date(Math.ceil(target / 1000) * 1000);
    if (dryRun) {
        row.lock = { ...current, wouldExtendTo: until };
        return true;
    }
    await store.extendLocks(b, until);
    row.lock = { mode: current.mode ?? lock.mode.toUpperCase(), until, ...(current.until ? { extendedFrom: current.until } : {}) };
    return true;
}
/**
 * Reads every complete backup's lock; extends the kept ones that need it. Runs before the
 * deletions, so a removed backup's row says until when its versions stay. A backup whose lock
 * could not be read or extended is an error of the prune, named by its key.
 */
async function stepLocks(rows, store, lock, dryRun) {
    const out = { extended: 0, errors: [] };
    if (!locksApply(store, lock))
        return out;
    for (const row of rows) {
        if (!row.backup.complete)
            continue;
        try {
            if (row.action === 'keep') {
                if (await stepKept(store, row, lock, dryRun))
                    out.extended++;
            }
            else {
                row.lock = await currentLock(store, row.backup);
            }
        }
        catch (e) {
            out.errors.push({
                key: store.location(row.backup),
                message: `the Object Lock could not be ${row.action === 'keep' ? 'extended' : 'read'}: ${e.message}`,
            });
        }
    }
    return out;
}
/** Bytes of removed backups whose versions the lock still holds: storage paid past the policy. */
function bytesHeldPastPolicy(rows, now) {
    return rows
        .filter((r) => (r.outcome === 'removed' || r.outcome === 'would remove') && r.lock?.until && r.lock.until > now)
        .reduce((n, r) => n + r.backup.bytes, 0);
}
/** The note a removed backup's row carries: its versions are kept by the lock until the date. */
function heldNote(row, now) {
    const until = row.lock?.until;
    if (!until || until <= now || (row.outcome !== 'removed' && row.outcome !== 'would remove'))
        return undefined;
    return `versions kept by lock until ${until.toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
}

;// CONCATENATED MODULE: ./src/core/prune.ts





// Prune: list, plan, re-list, delete. Deleting the wrong backup is the worst thing this product
// can do, so the safety rules of DESIGN.md are enforced here whatever the policy says:
// - only layout keys are deleted: Store.remove() deletes a backup's layout objects and nothing
//   else, and this module hands it only backups the store itself listed;
// - the newest complete backup always survives;
// - a listing that failed or was partial throws (Store.list's contract), and nothing is deleted;
// - when the newest complete backup is older than max-age, nothing is deleted and prune fails;
// - an incomplete backup (no manifest) is swept only once it is more than 24 h old;
// - right before deleting, the backups are listed again; if anything the plan depends on
//   changed (a backup finished, a planned deletion already happened, another prune is running),
//   the plan is made again from the new listing, and after a few tries prune gives up with
//   nothing deleted. Deletes are idempotent, so a second prune racing this one is harmless.
//   Workflows should still share one `concurrency` group between backup and prune.
const INCOMPLETE_GRACE_MS = 24 * 3_600_000;
const timeOf = (b) => b.parsed.time.getTime();
const byNewest = (a, b) => timeOf(b) - timeOf(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
/** The newest complete backup of a listing, by the time in its id. */
function newestComplete(listing) {
    let best;
    for (const b of listing)
        if (b.complete && (!best || byNewest(b, best) < 0))
            best = b;
    return best;
}
/**
 * The whole decision, pure: which backups go and why. `now` ages incomplete backups and checks
 * max-age; it also tells the planner which backups are dated in the future.
 */
function planPrune(all, s, now) {
    const rows = new Map();
    const listing = all.filter((b) => b.objects.length > 0);
    const newest = newestComplete(listing);
    const lastWrite = (b) => Math.max(b.lastModified.getTime(), timeOf(b));
    const debris = newest ? all.filter((b) => b.objects.length === 0 && now.getTime() - lastWrite(b) > INCOMPLETE_GRACE_MS) : [];
    const plan = { rows: [], remove: [], debris };
    if (newest)
        plan.newestComplete = newest;
    if (s.maxAgeMs !== undefined) {
        if (!newest) {
            plan.refusal = `there is no complete backup of ${s.site}/${s.environment}, and max-age is ${(0,duration/* formatDuration */.a)(s.maxAgeMs)}`;
        }
        else {
            const age = now.getTime() - timeOf(newest);
            if (age > s.maxAgeMs) {
                plan.refusal = `the newest complete backup of ${s.site}/${s.environment}, ${newest.id}, is ${(0,duration/* formatDuration */.a)(age)} old: older than max-age ${(0,duration/* formatDuration */.a)(s.maxAgeMs)}`;
            }
        }
    }
    for (const cls of ['scheduled', 'on-demand']) {
        const group = listing.filter((b) => b.complete && (0,backup_id/* triggerClass */.vF)(b.parsed.trigger) === cls);
        const policy = cls === 'scheduled' ? s.scheduled : s.onDemand;
        const p = planRetention(group, policy, timeOf, (b) => b.id, { timeZone: s.timeZone, now });
        for (const e of p.entries) {
            rows.set(e.item.id, {
                backup: e.item,
                class: cls,
                action: e.keep ? 'keep' : 'remove',
                reasons: e.keep ? [...e.reasons] : [`not kept by ${cls} policy ${policy.text}`],
                outcome: e.keep ? 'kept' : 'unchanged',
            });
        }
    }
    // The newest complete backup survives whatever a policy says. The planner keeps the newest
    // of each group already; this line is the rule, not an optimisation.
    if (newest) {
        const row = rows.get(newest.id);
        if (row.action === 'remove') {
            row.action = 'keep';
            row.outcome = 'kept';
            row.reasons = ['newest complete backup (always kept)'];
        }
    }
    for (const b of listing) {
        if (b.complete)
            continue;
        const age = now.getTime() - lastWrite(b);
        const row = { backup: b, class: 'incomplete', action: 'keep', reasons: [], outcome: 'kept' };
        if (!newest) {
            // With no complete backup at all, a half-written one may be all there is: a person should
            // look at it before anything sweeps it.
            row.reasons.push('incomplete (no manifest); not swept while no complete backup exists');
        }
        else if (age > INCOMPLETE_GRACE_MS) {
            row.action = 'remove';
            row.outcome = 'unchanged';
            row.reasons.push(`incomplete (no manifest), last written ${(0,duration/* formatDuration */.a)(age)} ago`);
        }
        else {
            row.reasons.push(`incomplete (no manifest), last written ${(0,duration/* formatDuration */.a)(Math.max(0, age))} ago: may still be uploading, swept after 24h`);
        }
        rows.set(b.id, row);
    }
    plan.rows = [...rows.values()].sort((a, b) => byNewest(a.backup, b.backup));
    plan.remove = [...plan.rows.filter((r) => r.action === 'remove').map((r) => r.backup), ...debris];
    if (plan.refusal) {
        plan.remove = [];
        for (const r of plan.rows)
            if (r.action === 'remove')
                r.outcome = 'refused';
    }
    return plan;
}
/**
 * What the plan depends on: which complete backups exist, and exactly what each backup to be
 * deleted holds. A backup still uploading (young, incomplete) may change freely without
 * invalidating the plan; a backup finishing, vanishing or changing under a planned deletion does.
 */
function planStillHolds(plan, previous, fresh) {
    const completeIds = (l) => l
        .filter((b) => b.complete)
        .map((b) => b.id)
        .sort()
        .join('\n');
    if (completeIds(previous) !== completeIds(fresh))
        return false;
    const byId = new Map(fresh.map((b) => [b.id, b]));
    const objects = (b) => b.objects
        .map((o) => `${o.name}:${o.size}`)
        .sort()
        .join('\n');
    for (const b of plan.remove) {
        const now = byId.get(b.id);
        if (!now || now.complete !== b.complete || objects(now) !== objects(b) || now.lastModified.getTime() !== b.lastModified.getTime())
            return false;
    }
    return true;
}
/** A prune that stopped. `result` holds the plan when there was one, for the summary. */
class PruneError extends Error {
    result;
    refused;
    constructor(message, result, refused = false) {
        super(message);
        this.result = result;
        this.refused = refused;
        this.name = 'PruneError';
    }
}
function resultOf(plan, dryRun) {
    const removed = plan.rows.filter((r) => r.outcome === 'removed' || r.outcome === 'would remove').length;
    // Kept: everything still there afterwards (or, in a dry run, that would still be there).
    return { plan, dryRun, kept: plan.rows.length - removed, removed, errors: [] };
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function runPrune(s, deps) {
    const { store, log } = deps;
    const now = deps.now ?? (() => new Date());
    const attempts = deps.attempts ?? 3;
    const list = async () => {
        try {
            return await store.list(s.site, s.environment);
        }
        catch (e) {
            throw new PruneError(`listing the backups of ${s.site}/${s.environment} failed, so nothing was deleted: ${e.message}`);
        }
    };
    if (store.kind === 'artifact') {
        for (const [name, p] of [
            ['retention', s.scheduled],
            ['retention-on-demand', s.onDemand],
        ]) {
            const days = (0,retention_policy/* policyReachDays */.hW)(p);
            if (days > 90) {
                log.warn(`\`${name}\` (${p.text}) keeps backups ${Number.isFinite(days) ? `for up to ${Math.round(days)} days` : 'forever'}, but GitHub deletes artifacts after their retention (at most 90 days on public repositories, 400 on private ones): backups will expire before the policy lets them go. Use an S3 store for long retention.`);
            }
        }
    }
    let listing = await list();
    // A killed backup leaves its multipart upload, billed until aborted; a day is longer than any
    // upload of a running backup takes. Failing to clean them never stops the prune.
    if (!deps.dryRun && store.abortStaleUploads) {
        const n = await store.abortStaleUploads(s.site, s.environment, new Date(now().getTime() - 24 * 3600_000)).catch((e) => {
            log.warn(`Could not abort unfinished uploads of ${s.site}/${s.environment}: ${e.message}`);
            return 0;
        });
        if (n > 0)
            log.info(`Aborted ${n} unfinished multipart upload(s) of ${s.site}/${s.environment} older than a day (left by killed runs).`);
    }
    for (let attempt = 1;; attempt++) {
        const plan = planPrune(listing, s, now());
        if (plan.refusal) {
            throw new PruneError(`Prune refused to delete anything: ${plan.refusal}. Backups may be failing; see the failure issue.`, resultOf(plan, deps.dryRun), true);
        }
        if (deps.dryRun) {
            for (const r of plan.rows)
                if (r.action === 'remove')
                    r.outcome = 'would remove';
            return withLocks(resultOf(plan, true), await stepLocks(plan.rows, store, s.lock, true), now());
        }
        if (plan.remove.length === 0)
            return withLocks(resultOf(plan, false), await stepLocks(plan.rows, store, s.lock, false), now());
        const fresh = await list();
        if (!planStillHolds(plan, listing, fresh)) {
            if (attempt >= attempts) {
                throw new PruneError(`the backups of ${s.site}/${s.environment} changed between planning and deleting ${attempts} times, so nothing was deleted. Is another backup or prune of this site running? Give both jobs the same \`concurrency\` group.`, resultOf(plan, false));
            }
            log.warn(`The backups changed while prune was planning (another backup or prune running?); planning again from a fresh listing.`);
            listing = fresh;
            await sleep(deps.retryDelayMs ?? 2000);
            continue;
        }
        // Locks first: a removed backup's row then says until when its versions stay.
        const locks = await stepLocks(plan.rows, store, s.lock, false);
        return withLocks(await removePlanned(plan, s, deps), locks, now());
    }
}
/** The lock step's findings in the result; a lock that could not be kept in step fails the prune. */
function withLocks(result, locks, now) {
    if (!result.plan.rows.some((r) => r.lock))
        return result;
    result.locksExtended = locks.extended;
    result.bytesHeldByLock = bytesHeldPastPolicy(result.plan.rows, now);
    for (const r of result.plan.rows) {
        const note = heldNote(r, now);
        if (note)
            r.reasons.push(note);
    }
    if (locks.errors.length > 0) {
        result.errors.push(...locks.errors);
        throw new PruneError(`the Object Lock of ${locks.errors.length} backup(s) could not be kept in step with the policy (${locks.errors
            .slice(0, 3)
            .map((e) => `${e.key}: ${e.message}`)
            .join('; ')}). Their data is untouched; grant the prune role s3:GetObjectRetention and s3:PutObjectRetention (docs/immutable.md) and run prune again.`, result);
    }
    return result;
}
/** Deletes what the plan removes (delete markers only on a versioned bucket) and records each outcome. */
async function removePlanned(plan, s, deps) {
    const { store, log } = deps;
    for (const b of plan.debris)
        log.info(`Clearing ${store.location(b)}: named like a backup but holds none of its objects (anything else in it is left alone).`);
    log.info(`Deleting ${plan.remove.length - plan.debris.length} backup(s) of ${s.site}/${s.environment}.`);
    const res = await store.remove(plan.remove);
    const removed = new Set(res.removed);
    const failedIds = new Set();
    for (const err of res.errors) {
        const row = plan.rows.find((r) => r.action === 'remove' && err.key.includes(r.backup.id));
        if (row) {
            failedIds.add(row.backup.id);
            row.error = err.message;
        }
    }
    for (const r of plan.rows) {
        if (r.action !== 'remove')
            continue;
        if (removed.has(r.backup.id) && !failedIds.has(r.backup.id))
            r.outcome = 'removed';
        else {
            r.outcome = 'failed';
            r.error ??= 'the store did not confirm the deletion';
        }
    }
    const result = resultOf(plan, false);
    result.errors = res.errors;
    const failed = plan.rows.filter((r) => r.outcome === 'failed');
    if (failed.length > 0) {
        const sample = res.errors
            .slice(0, 5)
            .map((e) => `${e.key}: ${e.message}`)
            .join('; ');
        throw new PruneError(`${failed.length} of ${plan.remove.length - plan.debris.length} backup(s) could not be deleted completely${sample ? ` (${sample}${res.errors.length > 5 ? '; …' : ''})` : ''}. Deleting again is safe: run prune again.`, result);
    }
    return result;
}


/***/ })

};
