import { lstat, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ComponentReport } from '../../model/component-report.js';
import type { Component } from '../../model/manifest.js';
import { redact } from '../../report/redact.js';
import { RESTIC_MANIFEST_NAME, serializeResticManifest, type ResticManifest } from '../../restic/manifest.js';
import type { ResticRepo } from '../../restic/repo.js';
import { backupTags, type ResticBackup, type ResticStore } from '../../restic/store.js';
import { formatBytes } from '../../util/bytes.js';
import { formatDuration } from '../../util/duration.js';
import type { BackupFormatWriter, Committed, ExportedComponent, ManifestHead, WriterContext } from '../writer.js';

// The restic format: every component is exported into one staging folder, the manifest is written
// beside them, and one restic snapshot takes it all. restic writes the snapshot last, after every
// chunk and index it refers to: that write is the commit point, exactly as manifest.json is for an
// archive backup. A failed run leaves no snapshot, only unreferenced chunks that the next prune
// removes, so abort() has nothing in the repository to remove.

interface ResticSummary {
  message_type: 'summary';
  snapshot_id?: string;
  data_added?: number;
  data_added_packed?: number;
  files_new?: number;
  files_changed?: number;
  files_unmodified?: number;
  total_bytes_processed?: number;
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

/** restic's JSON lines: the summary kept, per-component bytes added up, progress logged now and then. */
function lineReader(ctx: WriterContext, reports: ComponentReport[]) {
  const state: { summary?: ResticSummary } = {};
  let lastStatusAt = 0;
  const interval = ctx.progressIntervalMs ?? 5000;
  const onLine = (line: string, stream: 'stdout' | 'stderr') => {
    if (stream === 'stderr') {
      if (line.trim()) ctx.log.info(`restic: ${redact(line)}`);
      return;
    }
    let msg: ResticStatus | ResticSummary | ResticVerbose | undefined;
    try {
      msg = JSON.parse(line) as ResticStatus | ResticSummary | ResticVerbose;
    } catch {
      return;
    }
    if (msg.message_type === 'summary') state.summary = msg;
    else if (msg.message_type === 'verbose_status') {
      const report = reports.find((c) => msg.item?.startsWith(`/${c.name}/`));
      if (report) report.bytes += (msg.data_size_in_repo ?? 0) + (msg.metadata_size_in_repo ?? 0);
    } else if (msg.message_type === 'status' && Date.now() - lastStatusAt >= interval) {
      lastStatusAt = Date.now();
      const pct = ((msg.percent_done ?? 0) * 100).toFixed(0);
      ctx.log.info(
        `restic: ${pct}%, ${formatBytes(msg.bytes_done ?? 0)} of ${formatBytes(msg.total_bytes ?? 0)}, ${msg.files_done ?? 0} of ${msg.total_files ?? 0} files`,
      );
    }
  };
  return { state, onLine };
}

class ResticWriter implements BackupFormatWriter {
  readonly where: string;
  private readonly failure = new AbortController();
  readonly failed = this.failure.signal;
  private readonly content: { name: string; bytes: number }[] = [];

  constructor(
    private readonly ctx: WriterContext,
    private readonly store: ResticStore,
    private readonly root: string,
    private readonly opening: Promise<{ parent: ResticBackup | undefined; repo: ResticRepo }>,
  ) {
    this.where = `the restic repository ${store.repo(ctx.ref.site).display}`;
    opening.catch((e: unknown) => this.failure.abort(e));
  }

  async stage(component: Component): Promise<string> {
    const dir = path.join(this.root, component);
    await mkdir(dir, { mode: 0o700 });
    return dir;
  }

  async unstage(dir: string): Promise<void> {
    await rm(dir, { recursive: true, force: true });
  }

  /** The export stays in the staging folder until the snapshot takes it. */
  async add(c: ExportedComponent): Promise<ComponentReport> {
    const counts = c.exported?.counts ?? (await countContent(c.dir));
    if (counts.bytes === 0)
      throw new Error(
        'the export produced no files (an empty export is treated as a failure, since several platform CLIs exit 0 when they fail)',
      );
    this.content.push({ name: c.component, bytes: counts.bytes });
    this.ctx.log.info(
      `${c.component}: exported ${counts.files} files, ${formatBytes(counts.bytes)} in ${formatDuration(Date.now() - c.started)}`,
    );
    return {
      name: c.component,
      object: `${c.component}/`,
      compression: 'none',
      encryption: 'none',
      bytes: 0,
      sha256: '',
      contentBytes: counts.bytes,
      files: counts.files,
      durationMs: Date.now() - c.started,
      ...(c.exported?.counts ? { exportCounts: c.exported.counts } : {}),
    };
  }

  async commit(head: ManifestHead, reports: ComponentReport[]): Promise<Committed> {
    try {
      // Throws the opening's own error when it failed.
      const { parent, repo } = await this.opening;
      const { platformSnapshot, ...rest } = head;
      const manifest: ResticManifest = {
        ...rest,
        backupFormat: 'restic',
        components: reports.map((r) => ({ name: r.name, path: r.name, contentBytes: r.contentBytes, files: r.files })),
      };
      if (platformSnapshot) manifest.platformSnapshot = platformSnapshot;
      await writeFile(path.join(this.root, RESTIC_MANIFEST_NAME), serializeResticManifest(manifest), { mode: 0o600 });
      const args = this.backupArgs(
        head.createdAt,
        parent,
        reports.map((r) => r.name),
      );
      const added = await this.snapshot(repo, args, reports);
      // The snapshot exists: these exports become the next backup's starting point.
      for (const r of reports) await this.ctx.stored(r.name, path.join(this.root, r.name));
      return { manifestUri: this.store.objectUri(this.ctx.ref, RESTIC_MANIFEST_NAME), bytes: added };
    } finally {
      await rm(this.root, { recursive: true, force: true });
    }
  }

  private backupArgs(createdAt: string, parent: ResticBackup | undefined, components: Component[]): string[] {
    const { cfg, ref } = this.ctx;
    return [
      'backup',
      '--json',
      // -v adds a line per new or changed item with the bytes it added: per-component sizes.
      '-v',
      // Every export is fresh, so inode and ctime always differ: size and mtime decide whether
      // restic reads a file again (as rsync decides what to copy).
      '--ignore-inode',
      '--ignore-ctime',
      '--host',
      cfg.environment,
      '--time',
      createdAt.replace('T', ' ').replace(/\.\d+Z$/, ''),
      ...backupTags({ ...ref, trigger: cfg.trigger }, this.content).flatMap((t) => ['--tag', t]),
      ...(parent ? ['--parent', parent.snapshots[0]!] : []),
      ...components,
      RESTIC_MANIFEST_NAME,
    ];
  }

  /** Runs `restic backup` over the staging folder; returns the bytes it added to the repository. */
  private async snapshot(repo: ResticRepo, args: string[], reports: ComponentReport[]): Promise<number> {
    const { cfg, log } = this.ctx;
    const lines = lineReader(this.ctx, reports);
    const started = Date.now();
    // The upload gets the same limit as one component's export: a hung store cannot hold the job.
    const limit = AbortSignal.timeout(cfg.timeoutMs);
    const r = await repo.run(args, { cwd: this.root, lock: true, signal: limit, onLine: lines.onLine }).catch((e: unknown) => {
      if (!limit.aborted) throw e;
      throw new Error(
        `restic backup timed out after ${formatDuration(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer); no snapshot was written`,
        { cause: e },
      );
    });
    const summary = lines.state.summary;
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
    return added;
  }

  async abort(): Promise<void> {
    // A failed export must not leave a repository creation half done behind it.
    await this.opening.catch(() => undefined);
    await rm(this.root, { recursive: true, force: true });
  }
}

/**
 * Opens the repository (lists it, and creates it on a first backup) while the exports run: each
 * restic start pays the password's key derivation, and the export waits on the platform, so the
 * two overlap instead of adding up. A wrong password or an unreachable store still fails in
 * seconds: it aborts the export (the writer's `failed`). The newest backup of this environment is
 * the parent snapshot restic compares files with; max-age's listing, made just before, serves
 * when there is one.
 */
export async function beginResticWriter(ctx: WriterContext, store: ResticStore): Promise<BackupFormatWriter> {
  const { site, environment } = ctx.ref;
  const opening = (async () => {
    const parent = (store.takeListing(site, environment) ?? (await store.list(site, environment)))[0];
    const repo = await store.ensureInitialised(site);
    return { parent, repo };
  })();
  // A folder of this run's own (two backups on one machine must not share one). The snapshot
  // holds paths relative to it (/code, /assets, /data), so the parent snapshot passed to restic
  // matches file by file whatever the folder's name.
  const root = await mkdtemp(path.join(ctx.tmpRoot, 'site-backup-restic-'));
  return new ResticWriter(ctx, store, root, opening);
}
