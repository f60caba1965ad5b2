import { lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ComponentReport } from '../../model/component-report.js';
import type { Component } from '../../model/manifest.js';
import { redact } from '../../report/redact.js';
import { RESTIC_MANIFEST_NAME, serializeResticManifest, type ResticManifest } from '../../restic/manifest.js';
import type { ResticRepo } from '../../restic/repo.js';
import { backupTags, type ResticStore } from '../../restic/store.js';
import { formatBytes } from '../../util/bytes.js';
import { formatDuration } from '../../util/duration.js';
import { openResticStaging, type ResticStaging } from './staging.js';
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

/**
 * Regular files and their bytes, as a fallback when the platform session did not count them. The
 * entries of a folder are looked at together: one at a time, an export of a few hundred files
 * cost a round trip to the thread pool each, and the backup waited for them.
 */
async function countContent(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  const entries = await readdir(dir, { withFileTypes: true });
  const counted = await Promise.all(
    entries.map(async (e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return countContent(p);
      if (!e.isFile()) return { files: 0, bytes: 0 };
      return { files: 1, bytes: (await lstat(p)).size };
    }),
  );
  for (const c of counted) {
    files += c.files;
    bytes += c.bytes;
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
    private readonly staging: ResticStaging,
    private readonly opening: Opening,
  ) {
    this.where = `the restic repository ${store.repo(ctx.ref.site).display}`;
    this.root = staging.root;
    opening.onFailure((e) => this.failure.abort(e));
  }

  private readonly root: string;

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
      await this.opening.settle();
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
        reports.map((r) => r.name),
      );
      const added = await this.snapshotOnce(args, reports);
      // The snapshot exists: these exports become the next backup's starting point.
      for (const r of reports) await this.ctx.stored(r.name, path.join(this.root, r.name));
      return { manifestUri: this.store.objectUri(this.ctx.ref, RESTIC_MANIFEST_NAME), bytes: added };
    } finally {
      await this.staging.release();
    }
  }

  /** A repository that is not there yet (a first backup whose exports beat the probe) is created, and the snapshot taken again. */
  private async snapshotOnce(args: string[], reports: ComponentReport[]): Promise<number> {
    const repo = this.store.repo(this.ctx.ref.site);
    try {
      return await this.snapshot(repo, args, reports);
    } catch (e) {
      if (this.opening.known || !(e instanceof Error && NO_REPOSITORY.test(e.message))) throw e;
      await this.store.ensureInitialised(this.ctx.ref.site, true);
      for (const r of reports) r.bytes = 0;
      return await this.snapshot(repo, args, reports);
    }
  }

  private backupArgs(createdAt: string, components: Component[]): string[] {
    const { cfg, ref } = this.ctx;
    return [
      'backup',
      '--json',
      // -v adds a line per new or changed item with the bytes it added: per-component sizes.
      '-v',
      // Every export is fresh, so inode and ctime always differ: size and mtime decide whether
      // restic reads a file again (as rsync decides what to copy). No --parent: the staging
      // folder's path is the same every run (staging.ts), so restic finds the parent by host and
      // paths while it has the repository open anyway.
      '--ignore-inode',
      '--ignore-ctime',
      '--host',
      cfg.environment,
      '--time',
      createdAt.replace('T', ' ').replace(/\.\d+Z$/, ''),
      ...backupTags({ ...ref, trigger: cfg.trigger }, this.content).flatMap((t) => ['--tag', t]),
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
    await this.opening.settle().catch(() => undefined);
    await this.staging.release();
  }
}

/** How a missing repository reads in restic's errors (a local folder, or S3). */
const NO_REPOSITORY = /Is there a repository at the following location\?|The specified key does not exist/;

/**
 * How long exports may run before the repository is opened beside them. Each restic start pays
 * the password's key derivation (~0.7 s): when the exports are quick, `restic backup` is the only
 * start, and it reports a wrong password itself. When they are slow, the opening runs while they
 * do, costs no time, and a wrong password or an unreachable store stops them in seconds.
 */
const OPEN_AFTER_MS = 2000;

/** The repository's opening (and creation on a first backup), at most once, maybe never. */
class Opening {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly failures: ((e: unknown) => void)[] = [];

  /** `known`: max-age's listing, just before, already told whether the repository exists. */
  constructor(
    private readonly store: ResticStore,
    private readonly site: string,
    readonly known: boolean,
  ) {
    if (known) this.start();
    else {
      this.timer = setTimeout(() => this.start(), OPEN_AFTER_MS);
      this.timer.unref();
    }
  }

  private start(): void {
    this.timer = undefined;
    this.running = this.store.ensureInitialised(this.site);
    this.running.catch((e: unknown) => {
      for (const f of this.failures) f(e);
    });
  }

  onFailure(f: (e: unknown) => void): void {
    this.failures.push(f);
  }

  /** Cancels an opening not begun yet; waits for (and throws the error of) one that has. */
  async settle(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

export async function beginResticWriter(ctx: WriterContext, store: ResticStore): Promise<BackupFormatWriter> {
  const { site, environment } = ctx.ref;
  // A listing made just now (max-age's) marked the repository as there or missing in the store;
  // a folder store tells a missing one by its missing config file.
  const known = store.takeListing(site, environment) !== undefined || (await store.knownMissing(site));
  const opening = new Opening(store, site, known);
  try {
    return new ResticWriter(ctx, store, await openResticStaging(ctx.tmpRoot, site, environment), opening);
  } catch (e) {
    await opening.settle().catch(() => undefined);
    throw e;
  }
}
