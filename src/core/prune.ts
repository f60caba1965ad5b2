import type { PruneSettings } from '../config/prune.js';
import { triggerClass, type TriggerClass } from '../model/backup-id.js';
import type { Reporter } from '../report/reporter.js';
import { planRetention } from '../retention/planner.js';
import { policyReachDays } from '../retention/policy.js';
import { byNewest, newestComplete } from '../stores/listing.js';
import type { BackupPlace } from '../formats/index.js';
import type { StoredBackup } from '../stores/store.js';
import { formatDuration } from '../util/duration.js';
import { bytesHeldPastPolicy, heldNote, stepLocks, type RowLock } from './prune-locks.js';

const timeOf = (b: StoredBackup) => b.parsed.time.getTime();

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

export const INCOMPLETE_GRACE_MS = 24 * 3_600_000;

export type RowClass = TriggerClass | 'incomplete';

export interface PruneRow {
  backup: StoredBackup;
  class: RowClass;
  action: 'keep' | 'remove';
  /** Why it is kept or removed. */
  reasons: string[];
  /** What happened: filled in by runPrune. */
  outcome: 'kept' | 'removed' | 'would remove' | 'refused' | 'unchanged' | 'failed';
  error?: string;
  /** The backup's Object Lock, where the store locks (`s3-object-lock`). */
  lock?: RowLock;
}

export interface PrunePlan {
  /** Every listed backup once, newest first. */
  rows: PruneRow[];
  remove: StoredBackup[];
  newestComplete?: StoredBackup;
  /** Set when prune must delete nothing at all (the max-age rule). */
  refusal?: string;
  /**
   * Folders named like a backup that hold none of its objects (an empty folder, or only files
   * that are not ours). They are no backups, so they get no row and are not counted; once over
   * 24 h old they go into `remove`, which clears an empty folder and leaves foreign files alone.
   */
  debris: StoredBackup[];
}

/**
 * The whole decision, pure: which backups go and why. `now` ages incomplete backups and checks
 * max-age; it also tells the planner which backups are dated in the future.
 */
export function planPrune(all: readonly StoredBackup[], s: PruneSettings, now: Date): PrunePlan {
  const rows = new Map<string, PruneRow>();
  const listing = all.filter((b) => b.objects.length > 0);
  const newest = newestComplete(listing);
  const lastWrite = (b: StoredBackup) => Math.max(b.lastModified.getTime(), timeOf(b));
  const debris = newest ? all.filter((b) => b.objects.length === 0 && now.getTime() - lastWrite(b) > INCOMPLETE_GRACE_MS) : [];
  const plan: PrunePlan = { rows: [], remove: [], debris };
  if (newest) plan.newestComplete = newest;

  if (s.maxAgeMs !== undefined) {
    if (!newest) {
      plan.refusal = `there is no complete backup of ${s.site}/${s.environment}, and max-age is ${formatDuration(s.maxAgeMs)}`;
    } else {
      const age = now.getTime() - timeOf(newest);
      if (age > s.maxAgeMs) {
        plan.refusal = `the newest complete backup of ${s.site}/${s.environment}, ${newest.id}, is ${formatDuration(age)} old: older than max-age ${formatDuration(s.maxAgeMs)}`;
      }
    }
  }

  for (const cls of ['scheduled', 'on-demand'] as const) {
    const group = listing.filter((b) => b.complete && triggerClass(b.parsed.trigger) === cls);
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
    const row = rows.get(newest.id)!;
    if (row.action === 'remove') {
      row.action = 'keep';
      row.outcome = 'kept';
      row.reasons = ['newest complete backup (always kept)'];
    }
  }

  for (const b of listing) {
    if (b.complete) continue;
    const age = now.getTime() - lastWrite(b);
    const row: PruneRow = { backup: b, class: 'incomplete', action: 'keep', reasons: [], outcome: 'kept' };
    if (!newest) {
      // With no complete backup at all, a half-written one may be all there is: a person should
      // look at it before anything sweeps it.
      row.reasons.push('incomplete (no manifest); not swept while no complete backup exists');
    } else if (age > INCOMPLETE_GRACE_MS) {
      row.action = 'remove';
      row.outcome = 'unchanged';
      row.reasons.push(`incomplete (no manifest), last written ${formatDuration(age)} ago`);
    } else {
      row.reasons.push(
        `incomplete (no manifest), last written ${formatDuration(Math.max(0, age))} ago: may still be uploading, swept after 24h`,
      );
    }
    rows.set(b.id, row);
  }

  plan.rows = [...rows.values()].sort((a, b) => byNewest(a.backup, b.backup));
  plan.remove = [...plan.rows.filter((r) => r.action === 'remove').map((r) => r.backup), ...debris];
  if (plan.refusal) {
    plan.remove = [];
    for (const r of plan.rows) if (r.action === 'remove') r.outcome = 'refused';
  }
  return plan;
}

/**
 * What the plan depends on: which complete backups exist, and exactly what each backup to be
 * deleted holds. A backup still uploading (young, incomplete) may change freely without
 * invalidating the plan; a backup finishing, vanishing or changing under a planned deletion does.
 */
export function planStillHolds(plan: PrunePlan, previous: readonly StoredBackup[], fresh: readonly StoredBackup[]): boolean {
  const completeIds = (l: readonly StoredBackup[]) =>
    l
      .filter((b) => b.complete)
      .map((b) => b.id)
      .sort()
      .join('\n');
  if (completeIds(previous) !== completeIds(fresh)) return false;
  const byId = new Map(fresh.map((b) => [b.id, b]));
  const objects = (b: StoredBackup) =>
    b.objects
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

export interface PruneDeps {
  place: BackupPlace;
  log: Reporter;
  dryRun: boolean;
  now?: () => Date;
  /** How many times to plan again when the backups change under a plan. */
  attempts?: number;
  /** Pause before planning again, so a concurrent prune or backup can finish. */
  retryDelayMs?: number;
}

export interface PruneResult {
  plan: PrunePlan;
  dryRun: boolean;
  /** Backups still there after the prune (in a dry run: that would be). */
  kept: number;
  /** Removed, or in a dry run: would be removed. */
  removed: number;
  errors: { key: string; message: string }[];
  /** `s3-object-lock`: backups whose locks were extended (in a dry run: would be). */
  locksExtended?: number;
  /** `s3-object-lock`: bytes of removed backups their locks still hold (paid past the policy). */
  bytesHeldByLock?: number;
}

/** A prune that stopped. `result` holds the plan when there was one, for the summary. */
export class PruneError extends Error {
  constructor(
    message: string,
    readonly result?: PruneResult,
    readonly refused = false,
  ) {
    super(message);
    this.name = 'PruneError';
  }
}

function resultOf(plan: PrunePlan, dryRun: boolean): PruneResult {
  const removed = plan.rows.filter((r) => r.outcome === 'removed' || r.outcome === 'would remove').length;
  // Kept: everything still there afterwards (or, in a dry run, that would still be there).
  return { plan, dryRun, kept: plan.rows.length - removed, removed, errors: [] };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runPrune(s: PruneSettings, deps: PruneDeps): Promise<PruneResult> {
  const { place, log } = deps;
  // Object Lock and unfinished uploads are byte-store matters: a restic repository has neither.
  const store = place.store;
  const now = deps.now ?? (() => new Date());
  const attempts = deps.attempts ?? 3;
  const list = async (): Promise<StoredBackup[]> => {
    try {
      return await place.list(s.site, s.environment);
    } catch (e) {
      throw new PruneError(`listing the backups of ${s.site}/${s.environment} failed, so nothing was deleted: ${(e as Error).message}`);
    }
  };

  if (place.kind === 'artifact') {
    for (const [name, p] of [
      ['retention', s.scheduled],
      ['retention-on-demand', s.onDemand],
    ] as const) {
      const days = policyReachDays(p);
      if (days > 90) {
        log.warn(
          `\`${name}\` (${p.text}) keeps backups ${Number.isFinite(days) ? `for up to ${Math.round(days)} days` : 'forever'}, but GitHub deletes artifacts after their retention (at most 90 days on public repositories, 400 on private ones): backups will expire before the policy lets them go. Use an S3 store for long retention.`,
        );
      }
    }
  }

  let listing = await list();
  // A killed backup leaves its multipart upload, billed until aborted; a day is longer than any
  // upload of a running backup takes. Failing to clean them never stops the prune.
  if (!deps.dryRun && store?.abortStaleUploads) {
    const n = await store.abortStaleUploads(s.site, s.environment, new Date(now().getTime() - 24 * 3600_000)).catch((e: unknown) => {
      log.warn(`Could not abort unfinished uploads of ${s.site}/${s.environment}: ${(e as Error).message}`);
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
        true,
      );
    }
    if (deps.dryRun) {
      for (const r of plan.rows) if (r.action === 'remove') r.outcome = 'would remove';
      return withLocks(resultOf(plan, true), await stepLocks(plan.rows, store, s.lock, true), now());
    }
    if (plan.remove.length === 0) return withLocks(resultOf(plan, false), await stepLocks(plan.rows, store, s.lock, false), now());

    const fresh = await list();
    if (!planStillHolds(plan, listing, fresh)) {
      if (attempt >= attempts) {
        throw new PruneError(
          `the backups of ${s.site}/${s.environment} changed between planning and deleting ${attempts} times, so nothing was deleted. Is another backup or prune of this site running? Give both jobs the same \`concurrency\` group.`,
          resultOf(plan, false),
        );
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
function withLocks(result: PruneResult, locks: { extended: number; errors: { key: string; message: string }[] }, now: Date): PruneResult {
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
      `the Object Lock of ${locks.errors.length} backup(s) could not be kept in step with the policy (${locks.errors
        .slice(0, 3)
        .map((e) => `${e.key}: ${e.message}`)
        .join(
          '; ',
        )}). Their data is untouched; grant the prune role s3:GetObjectRetention and s3:PutObjectRetention (docs/immutable.md) and run prune again.`,
      result,
    );
  }
  return result;
}

/** Deletes what the plan removes (delete markers only on a versioned bucket) and records each outcome. */
async function removePlanned(plan: PrunePlan, s: PruneSettings, deps: PruneDeps): Promise<PruneResult> {
  const { place, log } = deps;
  for (const b of plan.debris)
    log.info(`Clearing ${place.location(b)}: named like a backup but holds none of its objects (anything else in it is left alone).`);
  log.info(`Deleting ${plan.remove.length - plan.debris.length} backup(s) of ${s.site}/${s.environment}.`);
  const res = await place.remove(plan.remove);
  const removed = new Set(res.removed);
  const failedIds = new Set<string>();
  for (const err of res.errors) {
    const row = plan.rows.find((r) => r.action === 'remove' && err.key.includes(r.backup.id));
    if (row) {
      failedIds.add(row.backup.id);
      row.error = err.message;
    }
  }
  for (const r of plan.rows) {
    if (r.action !== 'remove') continue;
    if (removed.has(r.backup.id) && !failedIds.has(r.backup.id)) r.outcome = 'removed';
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
    throw new PruneError(
      `${failed.length} of ${plan.remove.length - plan.debris.length} backup(s) could not be deleted completely${sample ? ` (${sample}${res.errors.length > 5 ? '; …' : ''})` : ''}. Deleting again is safe: run prune again.`,
      result,
    );
  }
  return result;
}
