import { lockForKept, policyFor, type LockSettings } from '../retention/lock.js';
import type { Store, StoredBackup } from '../stores/store.js';

// Prune keeps Object Locks in step with the policy (`s3-object-lock`, docs/immutable.md): a backup
// the planner now keeps under a longer rule (a daily that became the weekly) gets its locks
// extended to what that rule guarantees; a lock is never shortened. Backups prune deletes get
// delete markers only, and their locked versions stay until the date: reported, not a failure.

/** A backup's lock as prune saw it: the earliest date over its objects. */
export interface RowLock {
  mode?: string;
  until?: Date;
  /** The date before prune extended it (no `until` before: it had none). */
  extendedFrom?: Date;
  /** In a dry run: the date prune would extend it to. */
  wouldExtendTo?: Date;
}

/** What this step reads and writes of a prune row (core/prune.ts PruneRow). */
export interface LockRow {
  backup: StoredBackup;
  action: 'keep' | 'remove';
  reasons: readonly string[];
  outcome: string;
  lock?: RowLock;
}

export interface LockStepResult {
  /** Backups whose locks prune extended (or, in a dry run, would extend). */
  extended: number;
  errors: { key: string; message: string }[];
}

type LockStore = Required<Pick<Store, 'lockStates' | 'extendLocks'>> & Store;

export function locksApply(store: Store | undefined, lock: LockSettings | undefined): store is LockStore {
  return lock !== undefined && store !== undefined && typeof store.lockStates === 'function' && typeof store.extendLocks === 'function';
}

async function currentLock(store: LockStore, b: StoredBackup): Promise<RowLock> {
  const states = await store.lockStates(b);
  let until: Date | undefined;
  let mode: string | undefined;
  for (const s of states) {
    mode ??= s.mode;
    // One unlocked object makes the whole backup unlocked: the earliest date counts.
    if (!s.until) return mode ? { mode } : {};
    if (!until || s.until < until) until = s.until;
  }
  return { ...(mode ? { mode } : {}), ...(until ? { until } : {}) };
}

async function stepKept(store: LockStore, row: LockRow, lock: LockSettings, dryRun: boolean): Promise<boolean> {
  const b = row.backup;
  const current = await currentLock(store, b);
  row.lock = current;
  const target = lockForKept(b.parsed.time.getTime(), row.reasons, policyFor(lock, b.parsed.trigger), lock.timeZone, lock.marginMs);
  if (target === undefined || (current.until && current.until.getTime() >= target)) return false;
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
export async function stepLocks(
  rows: readonly LockRow[],
  store: Store | undefined,
  lock: LockSettings | undefined,
  dryRun: boolean,
): Promise<LockStepResult> {
  const out: LockStepResult = { extended: 0, errors: [] };
  if (!locksApply(store, lock)) return out;
  for (const row of rows) {
    if (!row.backup.complete) continue;
    try {
      if (row.action === 'keep') {
        if (await stepKept(store, row, lock!, dryRun)) out.extended++;
      } else {
        row.lock = await currentLock(store, row.backup);
      }
    } catch (e) {
      out.errors.push({
        key: store.location(row.backup),
        message: `the Object Lock could not be ${row.action === 'keep' ? 'extended' : 'read'}: ${(e as Error).message}`,
      });
    }
  }
  return out;
}

/** Bytes of removed backups whose versions the lock still holds: storage paid past the policy. */
export function bytesHeldPastPolicy(rows: readonly LockRow[], now: Date): number {
  return rows
    .filter((r) => (r.outcome === 'removed' || r.outcome === 'would remove') && r.lock?.until && r.lock.until > now)
    .reduce((n, r) => n + r.backup.bytes, 0);
}

/** The note a removed backup's row carries: its versions are kept by the lock until the date. */
export function heldNote(row: LockRow, now: Date): string | undefined {
  const until = row.lock?.until;
  if (!until || until <= now || (row.outcome !== 'removed' && row.outcome !== 'would remove')) return undefined;
  return `versions kept by lock until ${until.toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
}
