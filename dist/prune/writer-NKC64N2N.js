import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  RESTIC_MANIFEST_NAME,
  serializeResticManifest
} from "./chunk-4ULIWSXR.js";
import {
  formatBytes
} from "./chunk-OTFXQX3Q.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  backupTags
} from "./chunk-SAER4K6S.js";
import "./chunk-CPMIOJET.js";
import "./chunk-TLYYK3DI.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import "./chunk-CKZQWQ4L.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/formats/restic/writer.ts
import { lstat, mkdir as mkdir2, readdir, rm as rm2, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/formats/restic/staging.ts
import { mkdir, mkdtemp, open, readFile, rm, rmdir } from "node:fs/promises";
import path from "node:path";
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
async function takeLock(lock) {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(lock, "wx", 384);
      await fh.writeFile(String(process.pid));
      await fh.close();
      return true;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      const pid = Number((await readFile(lock, "utf8").catch(() => "")).trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) return false;
      await rm(lock, { force: true });
    }
  }
  return false;
}
async function openResticStaging(tmpRoot, site, environment) {
  const parent = path.join(tmpRoot, "site-backup-restic", encodeURIComponent(site));
  await mkdir(parent, { recursive: true, mode: 448 });
  const name = encodeURIComponent(environment);
  const lock = path.join(parent, `${name}.lock`);
  if (await takeLock(lock)) {
    const root2 = path.join(parent, name);
    await rm(root2, { recursive: true, force: true });
    await mkdir(root2, { mode: 448 });
    let held = true;
    return {
      root: root2,
      release: async () => {
        if (!held) return;
        held = false;
        await rm(root2, { recursive: true, force: true });
        await rm(lock, { force: true });
        for (const dir of [parent, path.dirname(parent)]) await rmdir(dir).catch(() => void 0);
      }
    };
  }
  const root = await mkdtemp(path.join(tmpRoot, "site-backup-restic-"));
  return { root, release: () => rm(root, { recursive: true, force: true }) };
}

// src/formats/restic/writer.ts
async function countContent(dir) {
  let files = 0;
  let bytes = 0;
  const entries = await readdir(dir, { withFileTypes: true });
  const counted = await Promise.all(
    entries.map(async (e) => {
      const p = path2.join(dir, e.name);
      if (e.isDirectory()) return countContent(p);
      if (!e.isFile()) return { files: 0, bytes: 0 };
      return { files: 1, bytes: (await lstat(p)).size };
    })
  );
  for (const c of counted) {
    files += c.files;
    bytes += c.bytes;
  }
  return { files, bytes };
}
function lineReader(ctx, reports) {
  const state = {};
  let lastStatusAt = 0;
  const interval = ctx.progressIntervalMs ?? 5e3;
  const onLine = (line, stream) => {
    if (stream === "stderr") {
      if (line.trim()) ctx.log.info(`restic: ${redact(line)}`);
      return;
    }
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      return;
    }
    if (msg.message_type === "summary") state.summary = msg;
    else if (msg.message_type === "verbose_status") {
      const report = reports.find((c) => msg.item?.startsWith(`/${c.name}/`));
      if (report) report.bytes += (msg.data_size_in_repo ?? 0) + (msg.metadata_size_in_repo ?? 0);
    } else if (msg.message_type === "status" && Date.now() - lastStatusAt >= interval) {
      lastStatusAt = Date.now();
      const pct = ((msg.percent_done ?? 0) * 100).toFixed(0);
      ctx.log.info(
        `restic: ${pct}%, ${formatBytes(msg.bytes_done ?? 0)} of ${formatBytes(msg.total_bytes ?? 0)}, ${msg.files_done ?? 0} of ${msg.total_files ?? 0} files`
      );
    }
  };
  return { state, onLine };
}
var ResticWriter = class {
  constructor(ctx, store, staging, opening) {
    this.ctx = ctx;
    this.store = store;
    this.staging = staging;
    this.opening = opening;
    this.where = `the restic repository ${store.repo(ctx.ref.site).display}`;
    this.root = staging.root;
    opening.onFailure((e) => this.failure.abort(e));
  }
  ctx;
  store;
  staging;
  opening;
  where;
  failure = new AbortController();
  failed = this.failure.signal;
  content = [];
  root;
  async stage(component) {
    const dir = path2.join(this.root, component);
    await mkdir2(dir, { mode: 448 });
    return dir;
  }
  async unstage(dir) {
    await rm2(dir, { recursive: true, force: true });
  }
  /** The export stays in the staging folder until the snapshot takes it. */
  async add(c) {
    const counts = c.exported?.counts ?? await countContent(c.dir);
    if (counts.bytes === 0)
      throw new Error(
        "the export produced no files (an empty export is treated as a failure, since several platform CLIs exit 0 when they fail)"
      );
    this.content.push({ name: c.component, bytes: counts.bytes });
    this.ctx.log.info(
      `${c.component}: exported ${counts.files} files, ${formatBytes(counts.bytes)} in ${formatDuration(Date.now() - c.started)}`
    );
    return {
      name: c.component,
      object: `${c.component}/`,
      compression: "none",
      encryption: "none",
      bytes: 0,
      sha256: "",
      contentBytes: counts.bytes,
      files: counts.files,
      durationMs: Date.now() - c.started,
      ...c.exported?.counts ? { exportCounts: c.exported.counts } : {}
    };
  }
  async commit(head, reports) {
    try {
      await this.opening.settle();
      const { platformSnapshot, ...rest } = head;
      const manifest = {
        ...rest,
        backupFormat: "restic",
        components: reports.map((r) => ({ name: r.name, path: r.name, contentBytes: r.contentBytes, files: r.files }))
      };
      if (platformSnapshot) manifest.platformSnapshot = platformSnapshot;
      await writeFile(path2.join(this.root, RESTIC_MANIFEST_NAME), serializeResticManifest(manifest), { mode: 384 });
      const args = this.backupArgs(
        head.createdAt,
        reports.map((r) => r.name)
      );
      const added = await this.snapshotOnce(args, reports);
      for (const r of reports) await this.ctx.stored(r.name, path2.join(this.root, r.name));
      return { manifestUri: this.store.objectUri(this.ctx.ref, RESTIC_MANIFEST_NAME), bytes: added };
    } finally {
      await this.staging.release();
    }
  }
  /** A repository that is not there yet (a first backup whose exports beat the probe) is created, and the snapshot taken again. */
  async snapshotOnce(args, reports) {
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
  backupArgs(createdAt, components) {
    const { cfg, ref } = this.ctx;
    return [
      "backup",
      "--json",
      // -v adds a line per new or changed item with the bytes it added: per-component sizes.
      "-v",
      // Every export is fresh, so inode and ctime always differ: size and mtime decide whether
      // restic reads a file again (as rsync decides what to copy). No --parent: the staging
      // folder's path is the same every run (staging.ts), so restic finds the parent by host and
      // paths while it has the repository open anyway.
      "--ignore-inode",
      "--ignore-ctime",
      "--host",
      cfg.environment,
      "--time",
      createdAt.replace("T", " ").replace(/\.\d+Z$/, ""),
      ...backupTags({ ...ref, trigger: cfg.trigger }, this.content).flatMap((t) => ["--tag", t]),
      ...components,
      RESTIC_MANIFEST_NAME
    ];
  }
  /** Runs `restic backup` over the staging folder; returns the bytes it added to the repository. */
  async snapshot(repo, args, reports) {
    const { cfg, log } = this.ctx;
    const lines = lineReader(this.ctx, reports);
    const started = Date.now();
    const limit = AbortSignal.timeout(cfg.timeoutMs);
    const r = await repo.run(args, { cwd: this.root, lock: true, signal: limit, onLine: lines.onLine }).catch((e) => {
      if (!limit.aborted) throw e;
      throw new Error(
        `restic backup timed out after ${formatDuration(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer); no snapshot was written`,
        { cause: e }
      );
    });
    const summary = lines.state.summary;
    if (r.code === 3 && summary?.snapshot_id) {
      await repo.run(["forget", summary.snapshot_id], { lock: true });
      throw new Error(
        `restic could not read every exported file, so the snapshot was removed: ${redact(r.stderr.trim().split("\n").slice(-3).join(" | "))}`
      );
    }
    if (r.code !== 0 || !summary?.snapshot_id) throw repo.error("restic backup", r);
    const added = summary.data_added_packed ?? summary.data_added ?? 0;
    log.info(
      `restic: snapshot ${summary.snapshot_id} in ${formatDuration(Date.now() - started)}: ${summary.files_new ?? 0} new, ${summary.files_changed ?? 0} changed, ${summary.files_unmodified ?? 0} unchanged files; ${formatBytes(summary.total_bytes_processed ?? 0)} read, ${formatBytes(added)} added to the repository`
    );
    return added;
  }
  async abort() {
    await this.opening.settle().catch(() => void 0);
    await this.staging.release();
  }
};
var NO_REPOSITORY = /Is there a repository at the following location\?|The specified key does not exist/;
var OPEN_AFTER_MS = 2e3;
var Opening = class {
  /** `known`: max-age's listing, just before, already told whether the repository exists. */
  constructor(store, site, known) {
    this.store = store;
    this.site = site;
    this.known = known;
    if (known) this.start();
    else {
      this.timer = setTimeout(() => this.start(), OPEN_AFTER_MS);
      this.timer.unref();
    }
  }
  store;
  site;
  known;
  timer;
  running;
  failures = [];
  start() {
    this.timer = void 0;
    this.running = this.store.ensureInitialised(this.site);
    this.running.catch((e) => {
      for (const f of this.failures) f(e);
    });
  }
  onFailure(f) {
    this.failures.push(f);
  }
  /** Cancels an opening not begun yet; waits for (and throws the error of) one that has. */
  async settle() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = void 0;
    await this.running;
  }
};
async function beginResticWriter(ctx, store) {
  const { site, environment } = ctx.ref;
  const known = store.takeListing(site, environment) !== void 0 || await store.knownMissing(site);
  const opening = new Opening(store, site, known);
  try {
    return new ResticWriter(ctx, store, await openResticStaging(ctx.tmpRoot, site, environment), opening);
  } catch (e) {
    await opening.settle().catch(() => void 0);
    throw e;
  }
}
export {
  beginResticWriter
};
