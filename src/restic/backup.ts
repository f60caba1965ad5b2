import { randomBytes } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BackupConfig } from '../config/backup.js';
import { ComponentError } from '../model/errors.js';
import { selectComponents, type BackupDeps, type BackupResult } from '../core/backup.js';
import { openPullCache } from '../core/pull-cache.js';
import { TOOL } from '../core/tool.js';
import { backupIdSuffix, makeBackupId } from '../model/backup-id.js';
import { sourceFromEnv } from '../model/manifest.js';
import { redact } from '../report/redact.js';
import type { ComponentReport } from '../summaries/backup.js';
import { formatBytes } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';
import { RESTIC_MANIFEST_NAME, serializeResticManifest, type ResticManifest } from './manifest.js';
import { backupTags, type ResticStore } from './store.js';

// A backup in format restic: export every component into a fixed staging folder, write the
// manifest beside them, and take one restic snapshot of it all. restic writes the snapshot last,
// after every chunk and index it refers to: that write is the commit point, exactly as
// manifest.json is for an archive backup. A failed run leaves no snapshot, only unreferenced
// chunks that the next prune removes.

interface ResticSummary {
  message_type: 'summary';
  snapshot_id?: string;
  data_added?: number;
  data_added_packed?: number;
  files_new?: number;
  files_changed?: number;
  files_unmodified?: number;
  total_bytes_processed?: number;
  total_duration?: number;
}

/** With `-v`, one per new or changed file or folder: what it added to the repository. */
interface ResticVerbose {
  message_type: 'verbose_status';
  item?: string;
  data_size_in_repo?: number;
  metadata_size_in_repo?: number;
}

interface ResticStatus {
  message_type: 'status';
  percent_done?: number;
  total_files?: number;
  files_done?: number;
  total_bytes?: number;
  bytes_done?: number;
}

/** Regular files and their bytes, as a fallback when the platform session did not count them. */
async function countContent(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const name of await readdir(dir)) {
    const st = await lstat(path.join(dir, name));
    if (st.isFile()) {
      files++;
      bytes += st.size;
    } else if (st.isDirectory()) {
      const sub = await countContent(path.join(dir, name));
      files += sub.files;
      bytes += sub.bytes;
    }
  }
  return { files, bytes };
}

export async function resticBackup(cfg: BackupConfig, deps: Omit<BackupDeps, 'store'> & { store: ResticStore }): Promise<BackupResult> {
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => new Date());
  const { store, platform, log } = deps;
  const components = selectComponents(cfg, platform);
  const tmpRoot = deps.tmpRoot ?? env.RUNNER_TEMP ?? os.tmpdir();
  // pull-cache: rsync-mirrored components start from the last successful backup's export.
  const pulls = await openPullCache(cfg, platform, components, { env, log, tmpRoot, ...(deps.cache ? { cache: deps.cache } : {}) });
  // The repository is opened (listed, and created on a first backup) while the export runs: each
  // restic start pays the password's key derivation, and the export waits on the platform, so the
  // two overlap instead of adding up. A wrong password or an unreachable store still fails in
  // seconds: it aborts the export. The newest backup of this environment is the parent snapshot
  // restic compares files with; max-age's listing, made just before, serves when there is one.
  const opened = new AbortController();
  const opening = (async () => {
    const parent = (store.takeListing(cfg.site, cfg.environment) ?? (await store.list(cfg.site, cfg.environment)))[0];
    const repo = await store.ensureInitialised(cfg.site);
    return { parent, repo };
  })();
  opening.catch((e: unknown) => opened.abort(e));
  const createdAt = now();
  const id = makeBackupId(
    createdAt,
    cfg.trigger,
    backupIdSuffix(env, () => randomBytes(4).toString('hex')),
  );
  const ref = { site: cfg.site, environment: cfg.environment, id };
  log.info(
    `Backing up ${cfg.site}/${cfg.environment} (${components.join(', ')}) as ${id} to the restic repository ${store.repo(cfg.site).display}`,
  );

  // A folder of this run's own (two backups on one machine must not share one). The snapshot
  // holds paths relative to it (/code, /assets, /data), so the parent snapshot passed below
  // matches file by file whatever the folder's name, and restic skips reading files whose
  // size and mtime did not change.
  const stage = await mkdtemp(path.join(tmpRoot, 'site-backup-restic-'));
  const reports: ComponentReport[] = [];
  const content: { name: string; bytes: number }[] = [];
  let platformSnapshot: Record<string, unknown> | undefined;
  try {
    for (const component of components) {
      const started = Date.now();
      if (opened.signal.aborted) break;
      const controller = new AbortController();
      const stopOnOpenFailure = () => controller.abort(opened.signal.reason);
      opened.signal.addEventListener('abort', stopOnOpenFailure, { once: true });
      const timer = setTimeout(
        () =>
          controller.abort(
            new Error(`timed out after ${formatDuration(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer)`),
          ),
        cfg.timeoutMs,
      );
      const dir = path.join(stage, component);
      await mkdir(dir, { mode: 0o700 });
      await pulls?.seed(component, dir);
      try {
        const exported = await platform.export(component, dir, controller.signal);
        if (controller.signal.aborted) throw controller.signal.reason;
        if (exported?.platformSnapshot) platformSnapshot = exported.platformSnapshot;
        const counts = exported?.counts ?? (await countContent(dir));
        if (counts.bytes === 0)
          throw new Error(
            'the export produced no files (an empty export is treated as a failure, since several platform CLIs exit 0 when they fail)',
          );
        content.push({ name: component, bytes: counts.bytes });
        reports.push({
          name: component,
          object: `${component}/`,
          compression: 'none',
          encryption: 'none',
          bytes: 0,
          sha256: '',
          contentBytes: counts.bytes,
          files: counts.files,
          durationMs: Date.now() - started,
          ...(exported?.counts ? { exportCounts: exported.counts } : {}),
        });
        log.info(`${component}: exported ${counts.files} files, ${formatBytes(counts.bytes)} in ${formatDuration(Date.now() - started)}`);
      } catch (e) {
        // The repository did not open: that is the error, not the export it stopped.
        if (opened.signal.aborted) break;
        const err = controller.signal.aborted ? controller.signal.reason : e;
        throw new ComponentError(component, redact((err as Error)?.message ?? String(err)), { cause: err });
      } finally {
        clearTimeout(timer);
        opened.signal.removeEventListener('abort', stopOnOpenFailure);
      }
    }
    // Throws the opening's own error when it failed.
    const { parent, repo } = await opening;

    const manifest: ResticManifest = {
      format: 1,
      backupFormat: 'restic',
      id,
      site: cfg.site,
      environment: cfg.environment,
      platform: cfg.platform,
      trigger: cfg.trigger,
      createdAt: createdAt.toISOString(),
      // When the exports were complete and restic began: the snapshot, written after this file
      // is read, records when it was committed.
      finishedAt: now().toISOString(),
      tool: TOOL,
      source: sourceFromEnv(env),
      components: reports.map((r) => ({ name: r.name, path: r.name, contentBytes: r.contentBytes, files: r.files })),
    };
    if (platformSnapshot) manifest.platformSnapshot = platformSnapshot;
    await writeFile(path.join(stage, RESTIC_MANIFEST_NAME), serializeResticManifest(manifest), { mode: 0o600 });

    const args = [
      'backup',
      '--json',
      // -v adds a line per new or changed item with the bytes it added: per-component sizes.
      '-v',
      // The staging folder is new every run, so inode and ctime always differ: size and mtime
      // decide whether restic reads a file again (as rsync decides what to copy).
      '--ignore-inode',
      '--ignore-ctime',
      '--host',
      cfg.environment,
      '--time',
      createdAt
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ''),
      ...backupTags({ ...ref, trigger: cfg.trigger }, content).flatMap((t) => ['--tag', t]),
      ...(parent ? ['--parent', parent.snapshots[0]!] : []),
      ...components,
      RESTIC_MANIFEST_NAME,
    ];
    let summary: ResticSummary | undefined;
    let lastStatusAt = 0;
    const interval = deps.progressIntervalMs ?? 5000;
    const started = Date.now();
    // The upload gets the same limit as one component's export: a hung store cannot hold the job.
    const limit = AbortSignal.timeout(cfg.timeoutMs);
    const r = await repo
      .run(args, {
        cwd: stage,
        lock: true,
        signal: limit,
        onLine: (line, stream) => {
          if (stream === 'stderr') {
            if (line.trim()) log.info(`restic: ${redact(line)}`);
            return;
          }
          let msg: ResticStatus | ResticSummary | ResticVerbose | undefined;
          try {
            msg = JSON.parse(line) as ResticStatus | ResticSummary | ResticVerbose;
          } catch {
            return;
          }
          if (msg.message_type === 'summary') summary = msg;
          else if (msg.message_type === 'verbose_status') {
            const report = reports.find((c) => msg.item?.startsWith(`/${c.name}/`));
            if (report) report.bytes += (msg.data_size_in_repo ?? 0) + (msg.metadata_size_in_repo ?? 0);
          } else if (msg.message_type === 'status' && Date.now() - lastStatusAt >= interval) {
            lastStatusAt = Date.now();
            const pct = ((msg.percent_done ?? 0) * 100).toFixed(0);
            log.info(
              `restic: ${pct}%, ${formatBytes(msg.bytes_done ?? 0)} of ${formatBytes(msg.total_bytes ?? 0)}, ${msg.files_done ?? 0} of ${msg.total_files ?? 0} files`,
            );
          }
        },
      })
      .catch((e: unknown) => {
        if (!limit.aborted) throw e;
        throw new Error(
          `restic backup timed out after ${formatDuration(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer); no snapshot was written`,
          { cause: e },
        );
      });
    if (r.code === 3 && summary?.snapshot_id) {
      // Exit 3: the snapshot was written, but some files could not be read. It is not a backup of
      // what was exported, so it must not count as one.
      await repo.run(['forget', summary.snapshot_id], { lock: true });
      throw new Error(
        `restic could not read every exported file, so the snapshot was removed: ${redact(r.stderr.trim().split('\n').slice(-3).join(' | '))}`,
      );
    }
    if (r.code !== 0 || !summary?.snapshot_id) throw repo.error('restic backup', r);
    const added = summary.data_added_packed ?? summary.data_added ?? 0;
    log.info(
      `restic: snapshot ${summary.snapshot_id} in ${formatDuration(Date.now() - started)}: ${summary.files_new ?? 0} new, ${summary.files_changed ?? 0} changed, ${summary.files_unmodified ?? 0} unchanged files; ${formatBytes(summary.total_bytes_processed ?? 0)} read, ${formatBytes(added)} added to the repository`,
    );
    // The snapshot exists: these exports become the next backup's starting point.
    for (const c of components) await pulls?.hold(c, path.join(stage, c));
    await pulls?.keep();
    return {
      skipped: false,
      id,
      location: store.location(ref),
      manifestUri: store.objectUri(ref, RESTIC_MANIFEST_NAME),
      bytes: added,
      components: reports,
    };
  } finally {
    // A failed export must not leave a repository creation half done behind it.
    await opening.catch(() => undefined);
    await pulls?.discard();
    await rm(stage, { recursive: true, force: true });
  }
}
