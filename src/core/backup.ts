import { createHash, randomBytes } from 'node:crypto';
import { readdir, lstat, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { packDirectory } from '../archive/pack.js';
import { storeIndex } from './index-object.js';
import type { BackupConfig } from '../config/backup.js';
import { ComponentError, ConfigError } from '../model/errors.js';
import { backupIdSuffix, makeBackupId } from '../model/backup-id.js';
import { MANIFEST_NAME, objectName, serializeManifest, sourceFromEnv, type Component, type Manifest } from '../model/manifest.js';
import type { CacheBackend } from '../platforms/install.js';
import type { ExportResult, PlatformSession } from '../platforms/platform.js';
import { startProgress, type Progress } from '../report/progress.js';
import { redact } from '../report/redact.js';
import type { Reporter } from '../report/reporter.js';
import type { ComponentReport } from '../summaries/backup.js';
import { isResticStore } from '../restic/store.js';
import { putBatches, type BackupRef, type Store } from '../stores/store.js';
import { makeStaging } from '../util/cleanup.js';
import { formatDuration } from '../util/duration.js';
import { openPullCache } from './pull-cache.js';
import { TOOL } from './tool.js';

export interface BackupDeps {
  store: Store;
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

/** One component on its way: export, then pack and store. */
interface Stage {
  component: Component;
  started: number;
  controller: AbortController;
  timer: NodeJS.Timeout;
  progress: Progress;
  outDir?: string;
  exported: Promise<ExportResult | void>;
}

/** The error a component failed with; a failure another component caused (it aborted this one) stays that one's. */
function componentError(stage: Stage, e: unknown): ComponentError {
  const err: unknown = stage.controller.signal.aborted ? stage.controller.signal.reason : e;
  if (err instanceof ComponentError) return err;
  return new ComponentError(stage.component, redact((err as Error)?.message ?? String(err)), { cause: err });
}

async function endStage(stage: Stage): Promise<void> {
  clearTimeout(stage.timer);
  stage.progress.stop();
  if (stage.outDir) await rm(stage.outDir, { recursive: true, force: true });
}

/**
 * export -> archive -> store for each component, then the manifest, last. A failure anywhere
 * aborts the writer, so no manifest is written and the backup stays incomplete.
 */
export async function runBackup(cfg: BackupConfig, deps: BackupDeps): Promise<BackupResult> {
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => new Date());
  const { store, platform, log } = deps;

  if (cfg.maxAgeMs !== undefined) {
    const young = (await store.list(cfg.site, cfg.environment)).find((b) => b.complete);
    if (young && now().getTime() - young.parsed.time.getTime() < cfg.maxAgeMs) {
      log.info(
        `A complete backup ${formatDuration(now().getTime() - young.parsed.time.getTime())} old exists (${young.id}), younger than max-age ${formatDuration(cfg.maxAgeMs)}: skipping.`,
      );
      return {
        skipped: true,
        id: young.id,
        location: store.location(young),
        manifestUri: store.objectUri(young, MANIFEST_NAME),
        bytes: young.objects.filter((o) => o.name !== MANIFEST_NAME).reduce((n, o) => n + o.size, 0),
        components: [],
      };
    }
  }

  // format: restic goes its own way from here (src/restic/backup.ts); max-age above serves both.
  if (isResticStore(store)) return (await import('../restic/backup.js')).resticBackup(cfg, { ...deps, store });

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
  log.info(`Backing up ${cfg.site}/${cfg.environment} (${components.join(', ')}) as ${ref.id} to ${store.location(ref)}`);
  const writer = await store.createWriter(ref);
  const reports: ComponentReport[] = [];
  let platformSnapshot: Record<string, unknown> | undefined;

  /** Starts one component's export: its folder, its timeout and its progress lines. */
  const beginExport = (component: Component): Stage => {
    const controller = new AbortController();
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
      progress: startProgress(component, log, deps.progressIntervalMs, undefined, { phase: 'exporting' }),
      exported: Promise.resolve(undefined),
    };
    stage.exported = (async () => {
      stage.outDir = await makeStaging(tmpRoot, component);
      await pulls?.seed(component, stage.outDir);
      stage.progress.phase('exporting', { dir: stage.outDir });
      const exported = await platform.export(component, stage.outDir, controller.signal);
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
  };

  /** Packs and stores one exported component; its folder is removed whatever happens. */
  const packStage = async (cur: Stage, exported: ExportResult | void): Promise<ComponentReport> => {
    try {
      const name = objectName(cur.component, cfg.compression, cfg.recipients.length > 0);
      cur.progress.phase('packing and uploading', { noun: 'stored' });
      const packed = await packDirectory(
        cur.outDir!,
        {
          compression: cfg.compression,
          recipients: cfg.recipients,
          onBytes: (b) => cur.progress.update(b),
          signal: cur.controller.signal,
          ...(cfg.seekable ? { indexAs: name } : {}),
        },
        (batches) => putBatches(writer, name, batches),
      );
      log.info(
        `${cur.component}: ${packed.files} files, ${packed.contentBytes} bytes in, ${packed.bytes} bytes stored, sha256 ${packed.sha256.slice(0, 12)}`,
      );
      // Beside the archive, before the manifest: a backup whose index failed to store never commits.
      const index = packed.index ? await storeIndex(writer, cur.component, packed.index, cfg.recipients) : undefined;
      await pulls?.hold(cur.component, cur.outDir!);
      return {
        name: cur.component,
        object: name,
        compression: cfg.compression,
        encryption: cfg.recipients.length > 0 ? 'age' : 'none',
        bytes: packed.bytes,
        sha256: packed.sha256,
        contentBytes: packed.contentBytes,
        files: packed.files,
        ...(index ? { index } : {}),
        durationMs: Date.now() - cur.started,
        ...(exported?.counts ? { exportCounts: exported.counts } : {}),
      };
    } catch (e) {
      throw componentError(cur, e);
    } finally {
      await endStage(cur);
    }
  };

  try {
    // Exports run one at a time (a platform's CLI or server is not asked twice at once), and
    // each component is packed and stored as soon as its export is done, while the next one
    // exports. Two components may pack at once: one's compressor and the other's reads, hashing
    // and writes then share the two cores of a runner instead of taking turns. At most two
    // components are in flight, so at most two folders exist and memory stays bounded.
    const live = new Set<Stage>();
    const packs: Promise<ComponentReport>[] = [];
    let failure: unknown;
    const fail = (stage: Stage, e: unknown) => {
      if (failure !== undefined) return;
      failure = componentError(stage, e);
      for (const other of live) if (other !== stage) other.controller.abort(new Error('stopped because another component failed'));
    };
    for (let i = 0; i < components.length && failure === undefined; i++) {
      if (i >= 2) await packs[i - 2]!.catch(() => undefined);
      if (failure !== undefined) break;
      const stage = beginExport(components[i]!);
      live.add(stage);
      let exported: ExportResult | void;
      try {
        exported = await stage.exported;
      } catch (e) {
        fail(stage, e);
        live.delete(stage);
        await endStage(stage);
        break;
      }
      if (exported?.platformSnapshot) platformSnapshot = exported.platformSnapshot;
      const packed = packStage(stage, exported);
      packed.then(
        () => live.delete(stage),
        (e: unknown) => {
          live.delete(stage);
          fail(stage, e);
        },
      );
      packs.push(packed);
    }
    // Every pack has ended (its processes stopped, its folder gone) before an error is reported.
    const settled = await Promise.allSettled(packs);
    if (failure !== undefined) throw failure;
    for (const r of settled) reports.push((r as PromiseFulfilledResult<ComponentReport>).value);

    const manifest: Manifest = {
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
      components: reports.map(({ durationMs: _d, exportCounts: _x, ...c }) => c),
    };
    if (platformSnapshot) manifest.platformSnapshot = platformSnapshot;
    // The commit point: before this line the backup does not exist for list, prune or restore.
    // No free text reaches the manifest: every field is an id, a name, a time, a size or a digest.
    const manifestJson = serializeManifest(manifest);
    await writer.commit(manifestJson);
    await pulls?.keep();
    const bytes = reports.reduce((n, c) => n + c.bytes, 0);
    return {
      skipped: false,
      id: ref.id,
      location: store.location(ref),
      manifestUri: store.objectUri(ref, MANIFEST_NAME),
      bytes,
      manifestSha256: createHash('sha256').update(manifestJson).digest('hex'),
      components: reports,
      manifest,
    };
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
