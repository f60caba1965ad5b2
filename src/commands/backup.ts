import os from 'node:os';
import { parseBackupConfig, type BackupConfig } from '../config/backup.js';
import { ComponentError } from '../config/errors.js';
import { runBackup, type BackupResult } from '../core/backup.js';
import { sourceFromEnv } from '../model/manifest.js';
import { openPlatform } from '../platforms/index.js';
import { failureStatusFields } from '../report/errors.js';
import { writeStatus } from '../report/status.js';
import { backupSummaryMarkdown } from '../report/summary.js';
import { openStore } from '../stores/index.js';
import type { Io } from './io.js';
import { maskSecretInputs } from './secrets.js';

export interface BackupCommandOptions {
  progressIntervalMs?: number;
}

/** The backup action and `site-backup backup`: config -> platform -> pipeline -> outputs. */
export async function backupCommand(io: Io, opts: BackupCommandOptions = {}): Promise<BackupResult> {
  maskSecretInputs(io.inputs, io.log);
  let cfg: BackupConfig | undefined;
  try {
    cfg = parseBackupConfig(io.inputs, io.env, io.cwd);
    const store = await openStore(cfg.store, io.log, io.env);
    const platform = await openPlatform(
      cfg.platform,
      { site: cfg.site, environment: cfg.environment, inputs: io.inputs, env: io.env, log: io.log, purpose: 'backup' },
      io.env.RUNNER_TEMP ?? os.tmpdir(),
    );
    let result: BackupResult;
    try {
      result = await runBackup(cfg, {
        store,
        platform,
        log: io.log,
        env: io.env,
        ...(opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}),
      });
    } finally {
      await platform.close();
    }
    io.setOutput('backup-id', result.id);
    io.setOutput('location', result.location);
    io.setOutput('bytes', String(result.bytes));
    io.setOutput('manifest', result.manifestUri);
    io.setOutput('skipped', String(result.skipped));
    await io.summary(
      backupSummaryMarkdown({ site: cfg.site, environment: cfg.environment, id: result.id, location: result.location, components: result.components, skipped: result.skipped }),
    );
    await writeStatus(io.env.RUNNER_TEMP, {
      outcome: result.skipped ? 'skipped' : 'success',
      site: cfg.site,
      environment: cfg.environment,
      backupId: result.id,
      finishedAt: new Date().toISOString(),
      ...runUrl(io.env),
    });
    return result;
  } catch (e) {
    if (cfg) {
      // Our classification only: the status record feeds the public failure issue.
      const status = {
        outcome: 'failure' as const,
        site: cfg.site,
        environment: cfg.environment,
        ...failureStatusFields(e, io.env),
        finishedAt: new Date().toISOString(),
        ...runUrl(io.env),
        ...(e instanceof ComponentError ? { component: e.component } : {}),
      };
      await writeStatus(io.env.RUNNER_TEMP, status).catch(() => undefined);
    }
    throw e;
  }
}

function runUrl(env: NodeJS.ProcessEnv): { runUrl?: string } {
  const u = sourceFromEnv(env).runUrl;
  return u ? { runUrl: u } : {};
}
