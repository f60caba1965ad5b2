import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { redact } from './redact.js';

/**
 * What the backup step leaves in RUNNER_TEMP for the prune step of the same job: enough to
 * open or close the failure issue without re-running anything.
 */
export interface BackupStatus {
  outcome: 'success' | 'failure' | 'skipped';
  site: string;
  environment: string;
  backupId?: string;
  /** The component that failed, when one did. */
  component?: string;
  /**
   * Our classification of the failure (see classifyFailure): the component, the step and what
   * failed, in our words. Never a command's raw output: the issue is public, the log is masked.
   */
  error?: string;
  /** The kind of failure: input, collision, timeout, command, content, integrity, store, other. */
  kind?: string;
  /** `<job> / <step id>` of the step that failed, in Actions. */
  step?: string;
  runUrl?: string;
  finishedAt: string;
}

export function statusPath(runnerTemp: string, site: string, environment: string): string {
  return path.join(runnerTemp, `site-backup-status--${site}--${environment}.json`);
}

export async function writeStatus(runnerTemp: string | undefined, status: BackupStatus): Promise<void> {
  if (!runnerTemp) return;
  const clean: BackupStatus = { ...status };
  if (clean.error) clean.error = redact(clean.error).slice(0, 2000);
  await writeFile(statusPath(runnerTemp, status.site, status.environment), JSON.stringify(clean, null, 2) + '\n');
}

export async function readStatus(runnerTemp: string | undefined, site: string, environment: string): Promise<BackupStatus | undefined> {
  if (!runnerTemp) return undefined;
  try {
    return JSON.parse(await readFile(statusPath(runnerTemp, site, environment), 'utf8')) as BackupStatus;
  } catch {
    return undefined;
  }
}
