// Fleet targets -> a `strategy.matrix` for `fromJSON`. Pure.
//
// GitHub expands a matrix into at most 256 jobs. Up to `maxJobs` targets, every target gets its
// own job: its own log, its own red or green mark, its own concurrency group and only its own
// secrets. Above that the targets are sharded: each job backs up several sites in turn with
// `site-backup fleet-backup --only <ids>`.
import type { FleetTarget } from './sites-file.js';

export const GITHUB_MATRIX_LIMIT = 256;

/** One job per target: everything the backup and prune steps need, secrets by NAME only. */
export interface SiteEntry {
  id: string;
  site: string;
  environment: string;
  platform: string;
  store: string;
  inputs: Record<string, string>;
  secrets: Record<string, string>;
}

/** One job for several targets, backed up in turn. Only ids: the job re-reads the sites file. */
export interface ShardEntry {
  /** `shard-007-of-250`: a job name that sorts. */
  id: string;
  shard: number;
  shards: number;
  count: number;
  /** Comma-separated `site/environment` ids, in the order the job backs them up. */
  sites: string;
}

export interface FleetMatrix {
  matrix: { include: SiteEntry[] | ShardEntry[] };
  sharded: boolean;
  jobs: number;
  targets: number;
}

export function checkMaxJobs(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > GITHUB_MATRIX_LIMIT) {
    throw new RangeError(
      `max-jobs must be a whole number from 1 to ${GITHUB_MATRIX_LIMIT} (GitHub runs at most ${GITHUB_MATRIX_LIMIT} jobs per matrix), got ${n}`,
    );
  }
  return n;
}

export function buildMatrix(targets: readonly FleetTarget[], maxJobs = GITHUB_MATRIX_LIMIT): FleetMatrix {
  checkMaxJobs(maxJobs);
  if (targets.length === 0) throw new RangeError('the fleet has no sites; a matrix needs at least one job');
  if (targets.length <= maxJobs) {
    const include: SiteEntry[] = targets.map((t) => ({
      id: t.id,
      site: t.site,
      environment: t.environment,
      platform: t.platform,
      store: t.store,
      inputs: { ...t.inputs },
      secrets: { ...t.secrets },
    }));
    return { matrix: { include }, sharded: false, jobs: include.length, targets: targets.length };
  }
  const shards = shardTargets(
    targets.map((t) => t.id),
    maxJobs,
  );
  const width = String(shards.length).length;
  const include: ShardEntry[] = shards.map((ids, i) => ({
    id: `shard-${String(i + 1).padStart(width, '0')}-of-${shards.length}`,
    shard: i + 1,
    shards: shards.length,
    count: ids.length,
    sites: ids.join(','),
  }));
  return { matrix: { include }, sharded: true, jobs: include.length, targets: targets.length };
}

/**
 * Deals ids round-robin into `jobs` shards, in file order: shard sizes differ by at most one, the
 * same file always gives the same shards, and the first `jobs` sites of the file (put the ones
 * that matter most first) are all first in their shard, so they start in the first wave.
 * Round-robin also spreads neighbouring sites (often one client's, on one host) across jobs.
 */
export function shardTargets(ids: readonly string[], jobs: number): string[][] {
  const n = Math.min(jobs, ids.length);
  const out: string[][] = Array.from({ length: n }, () => []);
  ids.forEach((id, i) => out[i % n]!.push(id));
  return out;
}

/** The targets a sharded job backs up, by the ids of its `sites` entry, in that order. */
export function selectTargets(targets: readonly FleetTarget[], only: string): FleetTarget[] {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const ids = only.split(/[\s,]+/).filter(Boolean);
  if (ids.length === 0) throw new RangeError('--only names no sites; give site/environment ids separated by commas');
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length) {
    throw new RangeError(
      `not in the sites file: ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ` and ${unknown.length - 10} more` : ''}; ids are site/environment, as the matrix lists them`,
    );
  }
  return [...new Set(ids)].map((id) => byId.get(id)!);
}
