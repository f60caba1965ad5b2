import { randomBytes } from 'node:crypto';
import { readdir, lstat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BackupConfig } from '../config/backup.js';
import { ComponentError, ConfigError } from '../model/errors.js';
import { beginWriter, type BackupPlace } from '../formats/index.js';
import type { BackupFormatWriter, ManifestHead, WriterContext } from '../formats/writer.js';
import { backupIdSuffix, makeBackupId } from '../model/backup-id.js';
import type { ComponentReport } from '../model/component-report.js';
import { MANIFEST_NAME, sourceFromEnv, type Component, type Manifest } from '../model/manifest.js';
import type { CacheBackend } from '../platforms/install.js';
import type { ExportResult, PlatformSession } from '../platforms/platform.js';
import { startProgress, type Progress } from '../report/progress.js';
import { redact } from '../report/redact.js';
import type { Reporter } from '../report/reporter.js';
import type { BackupRef } from '../stores/store.js';
import { formatDuration } from '../util/duration.js';
import { openPullCache, type PullCache } from './pull-cache.js';
import { TOOL } from './tool.js';

export interface BackupDeps {
  place: BackupPlace;
  platform: PlatformSession;
  log: Reporter;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
  /** Where exports are staged; defaults to RUNNER_TEMP or the OS temp folder. */
  tmpRoot?: string;
  progressIntervalMs?: number;
  /** The Actions cache behind `pull-cache: actions`; a stand-in in tests. */
  cache?: CacheBackend;
}

export interface BackupResult {
  skipped: boolean;
  id: string;
  location: string;
  manifestUri: string;
  /** Stored bytes of the component objects. */
  bytes: number;
  /** sha256 of the manifest exactly as stored (archive format, fresh backups). */
  manifestSha256?: string;
  components: ComponentReport[];
  manifest?: Manifest;
}

/** Which components to run: the requested ones, each checked against what the platform covers. */
export function selectComponents(cfg: BackupConfig, platform: PlatformSession): Component[] {
  if (!cfg.components) return [...platform.components];
  for (const c of cfg.components) {
    if (!platform.components.includes(c)) {
      throw new ConfigError(
        'components',
        `platform \`${cfg.platform}\` cannot export "${c}": ${platform.explainUnsupported(c)}`,
        `Remove "${c}" from \`components\`, or leave \`components\` empty to take everything this platform covers (${platform.components.join(', ')}).`,
      );
    }
  }
  return cfg.components;
}

/** A component folder counts only when it holds at least one file with content. */
async function hasContent(dir: string): Promise<boolean> {
  for (const name of await readdir(dir)) {
    const p = path.join(dir, name);
    const st = await lstat(p);
    if (st.isFile() && st.size > 0) return true;
    if (st.isDirectory() && (await hasContent(p))) return true;
  }
  return false;
}

/** One component on its way: export, then into the writer. */
interface Stage {
  component: Component;
  started: number;
  controller: AbortController;
  timer: NodeJS.Timeout;
  progress: Progress;
  outDir?: string;
  exported: Promise<ExportResult | void>;
  /** Unhooks the stage from the writer's failure signal. */
  unhook: () => void;
}

/** The error a component failed with; a failure another component caused (it aborted this one) stays that one's. */
function componentError(stage: Stage, e: unknown): ComponentError {
  const err: unknown = stage.controller.signal.aborted ? stage.controller.signal.reason : e;
  if (err instanceof ComponentError) return err;
  return new ComponentError(stage.component, redact((err as Error)?.message ?? String(err)), { cause: err });
}

function endStage(stage: Stage): void {
  clearTimeout(stage.timer);
  stage.progress.stop();
  stage.unhook();
}

/** A complete backup younger than max-age, when there is one: the run is skipped. */
async function youngBackup(cfg: BackupConfig, deps: BackupDeps, now: () => Date): Promise<BackupResult | undefined> {
  if (cfg.maxAgeMs === undefined) return undefined;
  const { place, log } = deps;
  const young = (await place.list(cfg.site, cfg.environment)).find((b) => b.complete);
  if (!young || now().getTime() - young.parsed.time.getTime() >= cfg.maxAgeMs) return undefined;
  log.info(
    `A complete backup ${formatDuration(now().getTime() - young.parsed.time.getTime())} old exists (${young.id}), younger than max-age ${formatDuration(cfg.maxAgeMs)}: skipping.`,
  );
  return {
    skipped: true,
    id: young.id,
    location: place.location(young),
    manifestUri: place.manifestUri(young),
    bytes: young.objects.filter((o) => o.name !== MANIFEST_NAME).reduce((n, o) => n + o.size, 0),
    components: [],
  };
}

/** What one run needs while its components go through: shared by the steps below. */
interface Run {
  cfg: BackupConfig;
  platform: PlatformSession;
  log: Reporter;
  writer: BackupFormatWriter;
  pulls: PullCache | undefined;
  progressIntervalMs: number | undefined;
}

/** Starts one component's export: its folder, its timeout and its progress lines. */
function beginExport(run: Run, component: Component): Stage {
  const { cfg, writer } = run;
  const controller = new AbortController();
  // The writer failing (restic: the repository did not open) stops the export at once.
  const onWriterFailed = () => controller.abort(writer.failed.reason);
  writer.failed.addEventListener('abort', onWriterFailed, { once: true });
  if (writer.failed.aborted) onWriterFailed();
  const stage: Stage = {
    component,
    started: Date.now(),
    controller,
    timer: setTimeout(
      () =>
        controller.abort(
          new Error(`timed out after ${formatDuration(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer)`),
        ),
      cfg.timeoutMs,
    ),
    progress: startProgress(component, run.log, run.progressIntervalMs, undefined, { phase: 'exporting' }),
    exported: Promise.resolve(undefined),
    unhook: () => writer.failed.removeEventListener('abort', onWriterFailed),
  };
  stage.exported = (async () => {
    stage.outDir = await writer.stage(component);
    await run.pulls?.seed(component, stage.outDir);
    stage.progress.phase('exporting', { dir: stage.outDir });
    const exported = await run.platform.export(component, stage.outDir, controller.signal);
    if (controller.signal.aborted) throw controller.signal.reason;
    if (!(await hasContent(stage.outDir))) {
      throw new Error(
        'the export produced no files (an empty export is treated as a failure, since several platform CLIs exit 0 when they fail)',
      );
    }
    return exported;
  })();
  // Awaited later; until then a rejection must not count as unhandled.
  stage.exported.catch(() => undefined);
  return stage;
}

/** Hands one exported component to the writer; the stage ends whatever happens. */
async function addStage(run: Run, stage: Stage, exported: ExportResult | void): Promise<ComponentReport> {
  try {
    return await run.writer.add({
      component: stage.component,
      dir: stage.outDir!,
      exported,
      started: stage.started,
      progress: stage.progress,
      signal: stage.controller.signal,
    });
  } catch (e) {
    throw componentError(stage, e);
  } finally {
    endStage(stage);
  }
}

/**
 * Every component through export and the writer. Exports run one at a time (a platform's CLI or
 * server is not asked twice at once), and each component goes to the writer as soon as its export
 * is done, while the next one exports. Two components may pack at once: one's compressor and the
 * other's reads, hashing and writes then share the two cores of a runner instead of taking turns.
 * At most two components are in flight, so at most two folders exist and memory stays bounded.
 */
async function runComponents(
  run: Run,
  components: Component[],
): Promise<{ reports: ComponentReport[]; platformSnapshot?: Record<string, unknown> }> {
  const live = new Set<Stage>();
  const adds: Promise<ComponentReport>[] = [];
  let failure: unknown;
  let platformSnapshot: Record<string, unknown> | undefined;
  const fail = (stage: Stage, e: unknown) => {
    if (failure !== undefined) return;
    failure = componentError(stage, e);
    for (const other of live) if (other !== stage) other.controller.abort(new Error('stopped because another component failed'));
  };
  for (let i = 0; i < components.length && failure === undefined; i++) {
    if (i >= 2) await adds[i - 2]!.catch(() => undefined);
    if (failure !== undefined) break;
    const stage = beginExport(run, components[i]!);
    live.add(stage);
    let exported: ExportResult | void;
    try {
      exported = await stage.exported;
    } catch (e) {
      fail(stage, e);
      live.delete(stage);
      endStage(stage);
      if (stage.outDir) await run.writer.unstage(stage.outDir);
      break;
    }
    if (exported?.platformSnapshot) platformSnapshot = exported.platformSnapshot;
    const added = addStage(run, stage, exported);
    added.then(
      () => live.delete(stage),
      (e: unknown) => {
        live.delete(stage);
        fail(stage, e);
      },
    );
    adds.push(added);
  }
  // Every add has ended (its processes stopped, its folder gone) before an error is reported.
  const settled = await Promise.allSettled(adds);
  // The writer's own failure is the error, not the exports it stopped.
  if (run.writer.failed.aborted) throw run.writer.failed.reason;
  if (failure !== undefined) throw failure;
  const reports = settled.map((r) => (r as PromiseFulfilledResult<ComponentReport>).value);
  return { reports, ...(platformSnapshot ? { platformSnapshot } : {}) };
}

/**
 * One algorithm for every format: export each component, hand it to the format's writer, then
 * commit, which writes the manifest (or restic snapshot) last. A failure anywhere aborts the
 * writer, so nothing is committed and the backup stays incomplete.
 */
export async function runBackup(cfg: BackupConfig, deps: BackupDeps): Promise<BackupResult> {
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => new Date());
  const { place, platform, log } = deps;
  const skipped = await youngBackup(cfg, deps, now);
  if (skipped) return skipped;

  const components = selectComponents(cfg, platform);
  const createdAt = now();
  const ref: BackupRef = {
    site: cfg.site,
    environment: cfg.environment,
    id: makeBackupId(
      createdAt,
      cfg.trigger,
      backupIdSuffix(env, () => randomBytes(4).toString('hex')),
    ),
  };
  // pull-cache: rsync-mirrored components start from the last successful backup's export.
  const tmpRoot = deps.tmpRoot ?? env.RUNNER_TEMP ?? os.tmpdir();
  const pulls = await openPullCache(cfg, platform, components, { env, log, tmpRoot, ...(deps.cache ? { cache: deps.cache } : {}) });
  const ctx: WriterContext = {
    cfg,
    ref,
    log,
    tmpRoot,
    ...(deps.progressIntervalMs !== undefined ? { progressIntervalMs: deps.progressIntervalMs } : {}),
    stored: async (component, dir) => pulls?.hold(component, dir),
  };
  const writer = await beginWriter(ctx, place);
  log.info(`Backing up ${cfg.site}/${cfg.environment} (${components.join(', ')}) as ${ref.id} to ${writer.where}`);
  const run: Run = { cfg, platform, log, writer, pulls, progressIntervalMs: deps.progressIntervalMs };
  try {
    const { reports, platformSnapshot } = await runComponents(run, components);
    const head: ManifestHead = {
      format: 1,
      id: ref.id,
      site: cfg.site,
      environment: cfg.environment,
      platform: cfg.platform,
      trigger: cfg.trigger,
      createdAt: createdAt.toISOString(),
      finishedAt: now().toISOString(),
      tool: TOOL,
      source: sourceFromEnv(env),
      ...(platformSnapshot ? { platformSnapshot } : {}),
    };
    const committed = await writer.commit(head, reports);
    await pulls?.keep();
    return { skipped: false, id: ref.id, location: place.location(ref), ...committed, components: reports };
  } catch (e) {
    await pulls?.discard();
    await writer
      .abort()
      .catch((abortErr: unknown) =>
        log.warn(`could not clean up the incomplete backup: ${(abortErr as Error).message}; prune sweeps it after 24 h`),
      );
    throw e;
  }
}
