import type { LockSettings } from '../retention/lock.js';
import { parsePolicy, parseTimeZone, type RetentionPolicy } from '../retention/policy.js';
import { parseBool, parseDurationInput, parseEnvironment, parseSite, parseStore, type StoreSpec } from './common.js';
import { ConfigError } from '../model/errors.js';
import { inputOrDefault, type InputSource } from './source.js';

// The prune action's inputs, parsed and checked (the action and `site-backup prune`).

export const BACKUP_OUTCOMES = ['success', 'failure', 'cancelled', 'skipped'] as const;
export type BackupOutcome = (typeof BACKUP_OUTCOMES)[number];

/** What prune needs to plan: the site, its policies and the locks that follow them. */
export interface PruneSettings {
  site: string;
  environment: string;
  /** For scheduled backups. */
  scheduled: RetentionPolicy;
  /** For manual and pre-merge backups. */
  onDemand: RetentionPolicy;
  timeZone: string;
  maxAgeMs?: number;
  /** `s3-object-lock`: locks follow the policy (core/prune-locks.ts). */
  lock?: LockSettings;
}

export interface PruneConfig extends PruneSettings {
  store: StoreSpec;
  /** The `store` input as written, for the restore instructions in the issue. */
  storeText: string;
  dryRun: boolean;
  backupOutcome?: BackupOutcome;
  issueLabels: string[];
}

export function parsePruneConfig(src: InputSource, cwd = process.cwd()): PruneConfig {
  const cfg: PruneConfig = {
    site: parseSite(src),
    environment: parseEnvironment(src),
    store: parseStore(src, cwd),
    storeText: inputOrDefault(src, 'store')!,
    scheduled: parsePolicy(inputOrDefault(src, 'retention')!, 'retention'),
    onDemand: parsePolicy(inputOrDefault(src, 'retention-on-demand')!, 'retention-on-demand'),
    timeZone: parseTimeZone(inputOrDefault(src, 'retention-timezone')!),
    dryRun: parseBool(src, 'dry-run'),
    issueLabels: parseLabels(inputOrDefault(src, 'issue-labels') ?? ''),
  };
  if (cfg.store.kind === 's3' && cfg.store.objectLock) cfg.lock = cfg.store.objectLock;
  const maxAge = parseDurationInput(src, 'max-age');
  if (maxAge !== undefined) cfg.maxAgeMs = maxAge;
  const outcome = src.get('backup-outcome')?.toLowerCase();
  if (outcome !== undefined) {
    if (!(BACKUP_OUTCOMES as readonly string[]).includes(outcome)) {
      throw new ConfigError(
        'backup-outcome',
        `"${outcome}" is not a step outcome`,
        'Pass `${{ steps.<backup step id>.outcome }}`: `success`, `failure`, `cancelled` or `skipped`.',
      );
    }
    cfg.backupOutcome = outcome as BackupOutcome;
  }
  return cfg;
}

export function parseLabels(text: string): string[] {
  const labels = [
    ...new Set(
      text
        .split(/[\n,]+/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
  if (labels.length === 0)
    throw new ConfigError(
      'issue-labels',
      'is empty',
      'Give at least one label, such as `backup-failure`: the failure issue is found again by its label and title.',
    );
  return labels;
}
