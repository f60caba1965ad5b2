import { createHash } from 'node:crypto';
import os from 'node:os';
import { inapplicableInputs } from '../config/applies.js';
import { parseBackupConfig, type BackupConfig } from '../config/backup.js';
import { ComponentError } from '../model/errors.js';
import { runBackup, type BackupResult } from '../core/backup.js';
import { sourceFromEnv } from '../model/manifest.js';
import type { Notifier, NotifierOptions } from '../notify/notifier.js';
import { openPlatform } from '../platforms/index.js';
import { failureStatusFields } from '../report/errors.js';
import { failureSummaryMarkdown, newestKeptText, type NewestKept } from '../summaries/failure-summary.js';
import { writeStatus } from '../report/status.js';
import { ARTIFACT_LOCK_NOTE, backupSummaryMarkdown } from '../summaries/backup.js';
// A type only: the artifact SDK stays out of runs that do not use it (stores/index.ts).
import type { ArtifactStore } from '../stores/artifact.js';
import type { S3Store } from '../stores/s3.js';
import { ReadBackError } from '../stores/read-retry.js';
import type { BackupRef } from '../stores/store.js';
import { openPlace, type BackupPlace } from '../formats/index.js';
import type { Io } from '../config/io.js';
import { startNotifier } from './notify.js';
import { maskSecretInputs } from './secrets.js';

export interface BackupCommandOptions {
  progressIntervalMs?: number;
  /** For `ping-url` and `webhook-url`: tests shorten the 10 s budget. */
  notify?: NotifierOptions;
}

/** The summary's line on whether this backup can be deleted (docs/immutable.md). */
function lockNote(place: BackupPlace, ref: BackupRef): { lockNote?: string } {
  if (place.kind === 'artifact') return { lockNote: ARTIFACT_LOCK_NOTE };
  const s3 = place.store as Partial<Pick<S3Store, 'expectedLock'>> | undefined;
  const lock = typeof s3?.expectedLock === 'function' ? s3.expectedLock(ref) : undefined;
  if (!lock) return {};
  return {
    lockNote: `Object Lock: every object ${lock.mode.toLowerCase()} until at least ${lock.until.toISOString().replace(/\.\d{3}Z$/, 'Z')} (what the retention policy keeps it for, plus the margin).`,
  };
}

/** The backup action and `site-backup backup`: config -> platform -> pipeline -> outputs. */
export async function backupCommand(io: Io, opts: BackupCommandOptions = {}): Promise<BackupResult> {
  maskSecretInputs(io.inputs, io.log);
  let cfg: BackupConfig | undefined;
  let place: BackupPlace | undefined;
  let notifier: Notifier | undefined;
  const started = Date.now();
  try {
    notifier = await startNotifier(io, 'backup', opts.notify);
    cfg = parseBackupConfig(io.inputs, io.env, io.cwd);
    for (const w of inapplicableInputs(io.inputs, cfg.platform, cfg.store.kind)) io.log.warn(w);
    place = await openPlace(cfg.store, io.log, io.env);
    const platform = await openPlatform(
      cfg.platform,
      { site: cfg.site, environment: cfg.environment, inputs: io.inputs, env: io.env, log: io.log, purpose: 'backup' },
      io.env.RUNNER_TEMP ?? os.tmpdir(),
    );
    let result: BackupResult;
    try {
      result = await runBackup(cfg, {
        place,
        platform,
        log: io.log,
        env: io.env,
        ...(opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}),
      });
    } finally {
      await platform.close();
    }
    await reportSuccess(io, cfg, place, result);
    await notifier?.success({ ...result, components: result.components.map((c) => c.name), elapsedMs: Date.now() - started });
    return result;
  } catch (e) {
    await reportFailure(io, e, cfg, place);
    await notifier?.failure(e, io.env);
    throw e;
  }
}

/** Outputs, summary and status record: what later steps and the status issue read after a good run. */
async function reportSuccess(io: Io, cfg: BackupConfig, place: BackupPlace, result: BackupResult): Promise<void> {
  io.setOutput('backup-id', result.id);
  io.setOutput('location', result.location);
  io.setOutput('bytes', String(result.bytes));
  io.setOutput('manifest', result.manifestUri);
  io.setOutput('skipped', String(result.skipped));
  const ref = { site: cfg.site, environment: cfg.environment, id: result.id };
  const manifestSha256 = result.manifestSha256 ?? (result.skipped ? await storedManifestSha256(place, ref) : undefined);
  if (manifestSha256) io.setOutput('manifest-sha256', manifestSha256);
  const artifact = place.kind === 'artifact' && !result.skipped ? (place.store as ArtifactStore).knownArtifactId(ref) : undefined;
  if (artifact !== undefined) {
    io.setOutput('artifact-id', String(artifact));
    const url = artifactUrl(io.env, artifact);
    if (url) io.setOutput('artifact-url', url);
  }
  await io.summary(
    backupSummaryMarkdown({
      site: cfg.site,
      environment: cfg.environment,
      id: result.id,
      location: result.location,
      components: result.components,
      skipped: result.skipped,
      ...lockNote(place, ref),
    }),
  );
  await writeStatus(io.env.RUNNER_TEMP, {
    outcome: result.skipped ? 'skipped' : 'success',
    site: cfg.site,
    environment: cfg.environment,
    backupId: result.id,
    finishedAt: new Date().toISOString(),
    ...runUrl(io.env),
  });
}

/** The failure's status record and summary; best effort, so the original error is what the run reports. */
async function reportFailure(io: Io, e: unknown, cfg: BackupConfig | undefined, place: BackupPlace | undefined): Promise<void> {
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
  const site = cfg?.site ?? io.inputs.get('site');
  const environment = cfg?.environment ?? io.inputs.get('environment') ?? 'production';
  const kept =
    e instanceof ReadBackError && e.stored
      ? 'A manifest for this backup is in the store, but reading it back to confirm it failed; the backup was kept, not deleted. Verify it before relying on it.'
      : cfg
        ? `Nothing of this run was stored as a backup: without a manifest it is incomplete, and prune sweeps what is left of it. ${newestKeptText(await newestKept(place, cfg.site, cfg.environment), cfg.site, cfg.environment)}`
        : 'Nothing was read or written: the inputs were refused before the backup started.';
  await io.summary(failureSummaryMarkdown({ action: 'backup', site, environment, error: e, env: io.env, kept })).catch(() => undefined);
}

/** The newest complete backup a failed run leaves in the store, for the failure summary. */
async function newestKept(place: BackupPlace | undefined, site: string, environment: string): Promise<NewestKept> {
  if (!place) return { kind: 'unopened' };
  try {
    const newest = (await place.list(site, environment)).find((b) => b.complete);
    return { kind: 'listed', ...(newest ? { newest: { id: newest.id, time: newest.parsed.time, location: place.location(newest) } } : {}) };
  } catch {
    return { kind: 'unlisted' };
  }
}

/** sha256 of the manifest as the store holds it, for a backup this run did not write (max-age skip). */
async function storedManifestSha256(place: BackupPlace, ref: BackupRef): Promise<string | undefined> {
  try {
    return createHash('sha256')
      .update(await place.manifestBytes(ref))
      .digest('hex');
  } catch {
    return undefined;
  }
}

/** The artifact's page, as actions/upload-artifact links it: `<server>/<repo>/actions/runs/<run>/artifacts/<id>`. */
function artifactUrl(env: NodeJS.ProcessEnv, id: number): string | undefined {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}

function runUrl(env: NodeJS.ProcessEnv): { runUrl?: string } {
  const u = sourceFromEnv(env).runUrl;
  return u ? { runUrl: u } : {};
}
