import os from 'node:os';
import { inapplicableInputs } from '../config/applies.js';
import { parseRestoreConfig } from '../config/restore.js';
import { ConfigError } from '../model/errors.js';
import type { InputName } from '../config/inputs.js';
import { runRestore, type RestoreResult } from '../core/restore.js';
import { restoreSummaryMarkdown } from '../summaries/restore.js';
import type { Component } from '../model/manifest.js';
import { openPlatform } from '../platforms/index.js';
import type { PlatformContext } from '../platforms/platform.js';
import { IntegrityError } from '../formats/archive/fetch.js';
import { failureSummaryMarkdown } from '../summaries/failure-summary.js';
import { openPlace } from '../formats/index.js';
import type { Io } from '../config/io.js';
import { maskSecretInputs } from './secrets.js';

/** The restore action (mode restore) and `site-backup restore`; a failure leaves a job summary too. */
export async function restoreCommand(io: Io): Promise<RestoreResult> {
  maskSecretInputs(io.inputs, io.log);
  try {
    return await restoreSteps(io);
  } catch (e) {
    // Steps 1-5 (download, checks, extraction) change nothing; their errors say "nothing was changed".
    const untouched = e instanceof ConfigError || e instanceof IntegrityError || /nothing was changed|refus/i.test((e as Error).message);
    const kept = `Restore never writes to the store: every backup in it is as it was. ${
      untouched
        ? 'The target was not changed.'
        : 'The target may be partly restored: the log says which components finished. Run the restore again once the cause is fixed.'
    }`;
    await io
      .summary(
        failureSummaryMarkdown({
          action: 'restore',
          site: io.inputs.get('site'),
          environment: io.inputs.get('target-environment') ?? io.inputs.get('environment') ?? 'production',
          error: e,
          env: io.env,
          kept,
        }),
      )
      .catch(() => undefined);
    throw e;
  }
}

async function restoreSteps(io: Io): Promise<RestoreResult> {
  const cfg = parseRestoreConfig(io.inputs, io.cwd);
  for (const w of inapplicableInputs(io.inputs, cfg.platform, cfg.store.kind)) io.log.warn(w);
  const place = await openPlace(cfg.store, io.log, io.env);
  const tmpRoot = io.env.RUNNER_TEMP ?? os.tmpdir();
  const ctx: Omit<PlatformContext, 'workDir'> = {
    site: cfg.site,
    environment: cfg.environment,
    inputs: io.inputs,
    purpose: 'restore',
    env: io.env,
    log: io.log,
  };
  const hasRestoreCommand = (c: Component) => Boolean(io.inputs.get(`${c}-restore-command` as InputName));
  const result = await runRestore(
    cfg,
    {
      place,
      log: io.log,
      tmpRoot,
      openPlatform: () => openPlatform(cfg.platform, ctx, tmpRoot),
    },
    hasRestoreCommand,
  );
  io.setOutput('backup-id', result.plan.backupId);
  await io.summary(
    restoreSummaryMarkdown(result, place.location({ site: cfg.site, environment: cfg.environment, id: result.plan.backupId })),
  );
  return result;
}
