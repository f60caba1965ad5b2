import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  FRAME_BYTES,
  FrameHasher,
  buildIndex,
  storeIndex,
  tarFrameEnds,
  tarFrames,
  zstdFrameEnds
} from "./chunk-UQAASSIJ.js";
import {
  F,
  compressChunks,
  compressPieces,
  encryptStream,
  ft,
  startProgress
} from "./chunk-YLZVTQOS.js";
import {
  formatBytes
} from "./chunk-OTFXQX3Q.js";
import {
  putBatches
} from "./chunk-O7CNWCFR.js";
import {
  TOOL
} from "./chunk-5A26CKDP.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  actionsCache,
  isResticStore
} from "./chunk-ATQ5LIQX.js";
import {
  MANIFEST_NAME,
  backupIdSuffix,
  makeBackupId,
  objectName,
  serializeManifest,
  sourceFromEnv
} from "./chunk-5CIGDVM5.js";
import {
  makeStaging
} from "./chunk-TLYYK3DI.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  ComponentError,
  ConfigError
} from "./chunk-Y4QAI7FI.js";

// src/core/pull-cache.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { copyFile, cp, link, lstat, mkdir, readdir, readlink, rename, rm, symlink, utimes } from "node:fs/promises";
import path from "node:path";
var LAYOUT = "v1";
async function summarizeTree(root) {
  const h = createHash("sha256");
  let files = 0;
  let bytes = 0;
  const walk = async (dir, rel) => {
    for (const name of (await readdir(dir)).sort()) {
      const p = path.join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = await lstat(p);
      const type = st.isDirectory() ? "d" : st.isSymbolicLink() ? "l" : st.isFile() ? "f" : "o";
      h.update(type === "d" ? `${r}\0d\0${st.mode}
` : `${r}\0${type}\0${st.size}\0${Math.floor(st.mtimeMs)}\0${st.mode}
`);
      if (st.isDirectory()) await walk(p, r);
      else if (st.isFile()) {
        files++;
        bytes += st.size;
      }
    }
  };
  await walk(root, "");
  return { files, bytes, fingerprint: h.digest("hex") };
}
async function linkTree(src, dst) {
  let copying = false;
  const walk = async (from, to) => {
    for (const e of await readdir(from, { withFileTypes: true })) {
      const a = path.join(from, e.name);
      const b = path.join(to, e.name);
      if (e.isDirectory()) {
        await mkdir(b, { mode: (await lstat(a)).mode & 4095 });
        await walk(a, b);
      } else if (e.isSymbolicLink()) {
        await symlink(await readlink(a), b);
      } else if (e.isFile()) {
        if (!copying) {
          try {
            await link(a, b);
            continue;
          } catch (err) {
            const code = err.code;
            if (code !== "EXDEV" && code !== "EPERM" && code !== "EMLINK") throw err;
            copying = true;
          }
        }
        const st = await lstat(a);
        await copyFile(a, b);
        await utimes(b, st.atime, st.mtime);
      }
    }
  };
  await walk(src, dst);
}
async function moveTree(src, dest) {
  await mkdir(path.dirname(dest), { recursive: true, mode: 448 });
  try {
    await rename(src, dest);
  } catch (e) {
    if (e.code !== "EXDEV") throw e;
    await cp(src, dest, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true, errorOnExist: true, force: false });
    await rm(src, { recursive: true, force: true });
  }
}
function repositoryIsPublic(env) {
  if (!env.GITHUB_EVENT_PATH) return void 0;
  try {
    const ev = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    if (ev.repository?.visibility === "public" || ev.repository?.private === false) return true;
    if (ev.repository?.private === true) return false;
  } catch {
  }
  return void 0;
}
var safe = (s) => s.replace(/[^A-Za-z0-9._-]/g, "_");
var PullCache = class {
  constructor(cfg, mirrored, root, mode, deps, cache) {
    this.cfg = cfg;
    this.mirrored = mirrored;
    this.root = root;
    this.mode = mode;
    this.deps = deps;
    this.cache = cache;
  }
  cfg;
  mirrored;
  root;
  mode;
  deps;
  cache;
  held = /* @__PURE__ */ new Map();
  /** Per component: the Actions cache entry it was restored from, and the restored tree's fingerprint. */
  restored = /* @__PURE__ */ new Map();
  /** The kept export of a component. In `actions` mode this exact path string is part of the cache entry's version. */
  keptDir(component) {
    return path.join(this.root, safe(this.cfg.platform), safe(this.cfg.site), safe(this.cfg.environment), component);
  }
  /** The Actions cache key prefix of a component: every entry of it starts so; the newest is restored. */
  keyPrefix(component) {
    return `site-backup-pull-${LAYOUT}-${safe(this.cfg.platform)}-${safe(this.cfg.site)}-${safe(this.cfg.environment)}-${component}-`;
  }
  /** Fills the (empty) `outDir` with the kept export of `component`, when there is one. Never throws. */
  async seed(component, outDir) {
    if (!this.mirrored.has(component)) return;
    const { log } = this.deps;
    const kept = this.keptDir(component);
    const started = Date.now();
    let from = "";
    let restoredKey;
    try {
      if (this.mode === "actions") {
        await rm(kept, { recursive: true, force: true });
        const prefix = this.keyPrefix(component);
        const key = restoredKey = await this.cache.restore([kept], prefix, [prefix]);
        if (!key) {
          log.info(
            `pull-cache: ${component}: no kept export in the Actions cache yet (${prefix}*): a full pull; it is kept for the next backup once this one succeeds`
          );
          return;
        }
        from = ` restored from the Actions cache (${key}) in ${((Date.now() - started) / 1e3).toFixed(1)} s,`;
      }
      const st = await lstat(kept).catch(() => void 0);
      if (!st?.isDirectory()) {
        log.info(
          `pull-cache: ${component}: no kept export in ${kept} yet: a full pull; it is kept for the next backup once this one succeeds`
        );
        return;
      }
      const s = await summarizeTree(kept);
      if (restoredKey) this.restored.set(component, { key: restoredKey, fingerprint: s.fingerprint });
      await linkTree(kept, outDir);
      log.info(
        `pull-cache: ${component}: seeded with the export of the last successful backup (${s.files} files, ${formatBytes(s.bytes)}),${from} so rsync transfers only what changed`
      );
    } catch (e) {
      log.warn(`pull-cache: ${component}: could not seed from the kept export (${e.message}); pulling everything`);
      for (const n of await readdir(outDir).catch(() => [])) await rm(path.join(outDir, n), { recursive: true, force: true });
    }
  }
  /** After `component` is packed: moves its export aside until the backup commits. Never throws. */
  async hold(component, outDir) {
    if (!this.mirrored.has(component)) return;
    try {
      const holder = await makeStaging(this.deps.tmpRoot, "pull");
      const dir = path.join(holder, component);
      await rename(outDir, dir);
      this.held.set(component, { holder, dir });
    } catch (e) {
      this.deps.log.warn(`pull-cache: ${component}: could not keep the export (${e.message}); the next backup pulls it in full`);
    }
  }
  /** After the commit point: each held export replaces the kept one (and is saved to the Actions cache). Never throws. */
  async keep() {
    const { log, env } = this.deps;
    for (const [component, h] of this.held) {
      const kept = this.keptDir(component);
      try {
        const s = await summarizeTree(h.dir);
        const old = `${kept}.old-${process.pid}-${Date.now()}`;
        await rename(kept, old).catch((e) => {
          if (e.code !== "ENOENT") throw e;
        });
        try {
          await moveTree(h.dir, kept);
        } finally {
          await rm(old, { recursive: true, force: true });
        }
        for (const n of await readdir(path.dirname(kept))) {
          if (n.startsWith(`${component}.old-`)) await rm(path.join(path.dirname(kept), n), { recursive: true, force: true });
        }
        if (this.mode === "folder") {
          log.info(`pull-cache: ${component}: kept this export (${s.files} files, ${formatBytes(s.bytes)}) in ${kept} for the next backup`);
          continue;
        }
        const was = this.restored.get(component);
        if (was && was.fingerprint === s.fingerprint) {
          log.info(`pull-cache: ${component}: unchanged since the Actions cache entry ${was.key}; not saved again`);
          continue;
        }
        const key = `${this.keyPrefix(component)}${safe(env.GITHUB_RUN_ID ?? "run")}-${safe(env.GITHUB_RUN_ATTEMPT ?? "1")}-${(this.deps.now ?? Date.now)()}`;
        const started = Date.now();
        await this.cache.save([kept], key);
        log.info(
          `pull-cache: ${component}: saved this export (${s.files} files, ${formatBytes(s.bytes)}) to the Actions cache as ${key} in ${((Date.now() - started) / 1e3).toFixed(1)} s`
        );
      } catch (e) {
        log.warn(`pull-cache: ${component}: could not keep this export (${e.message}); the next backup pulls it in full`);
      } finally {
        await rm(h.holder, { recursive: true, force: true });
      }
    }
    this.held.clear();
  }
  /** After a failure: the held exports go; the kept ones are as they were before this run. */
  async discard() {
    for (const h of this.held.values()) await rm(h.holder, { recursive: true, force: true });
    this.held.clear();
  }
};
async function openPullCache(cfg, platform, components, deps) {
  const setting = cfg.pullCache;
  if (!setting) return void 0;
  const { env, log } = deps;
  const mirrored = new Set(components.filter((c) => platform.mirrors?.(c) ?? false));
  if (mirrored.size === 0) {
    log.info(
      `pull-cache: platform \`${cfg.platform}\` pulls none of ${components.join(", ")} with rsync, so there is nothing to keep; every backup exports in full`
    );
    return void 0;
  }
  const cache = deps.cache ?? actionsCache;
  if (setting.kind === "actions") {
    if (repositoryIsPublic(env)) {
      throw new ConfigError(
        "pull-cache",
        "is `actions` on a public repository: every workflow of the repository, pull requests from forks included, can restore its cache entries, and the kept export holds the site's files unencrypted (code with its settings files, uploads)",
        "Use `off`, or a folder on a self-hosted runner."
      );
    }
    if (!cache.available(env)) {
      log.warn(
        "pull-cache: `actions` needs the Actions cache, which only an action step under GitHub Actions can reach; pulling everything. Outside Actions, give a folder instead."
      );
      return void 0;
    }
  }
  const root = setting.kind === "folder" ? setting.dir : path.join(env.RUNNER_TEMP ?? deps.tmpRoot, "sba-pull-cache");
  log.info(
    `pull-cache: ${[...mirrored].join(" and ")} start from the export kept by the last successful backup (${setting.kind === "folder" ? root : "Actions cache"})`
  );
  return new PullCache(cfg, mirrored, root, setting.kind, deps, cache);
}

// src/core/backup.ts
import { createHash as createHash3, randomBytes } from "node:crypto";
import { readdir as readdir3, lstat as lstat3, rm as rm2 } from "node:fs/promises";
import os from "node:os";
import path3 from "node:path";

// src/archive/pack.ts
import { createHash as createHash2 } from "node:crypto";
import { Readable } from "node:stream";

// src/archive/pool.ts
var Lease = class {
  constructor(pool, buf) {
    this.pool = pool;
    this.buf = buf;
  }
  pool;
  buf;
  refs = 1;
  retain() {
    this.refs++;
    return this;
  }
  release() {
    if (--this.refs === 0) this.pool.put(this.buf);
    else if (this.refs < 0) throw new Error("a pooled buffer was released twice");
  }
};
function releaseAll(pieces) {
  for (const p of pieces) p.lease?.release();
}
var BufferPool = class {
  constructor(size, count) {
    this.size = size;
    for (let i = 0; i < count; i++) this.free.push(Buffer.allocUnsafeSlow(size));
  }
  size;
  free = [];
  waiting = [];
  error;
  /** Buffers in the pool now: all of them once every lease is released. */
  get available() {
    return this.free.length;
  }
  async lease() {
    if (this.error) throw this.error;
    const b = this.free.pop() ?? await new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
    return new Lease(this, b);
  }
  put(buf) {
    const w = this.waiting.shift();
    if (w) w.resolve(buf);
    else this.free.push(buf);
  }
  close(e) {
    this.error ??= e;
    for (const w of this.waiting.splice(0)) w.reject(this.error);
  }
};

// src/archive/tar-writer.ts
import { lstat as lstat2, open, readdir as readdir2, readlink as readlink2 } from "node:fs/promises";
import path2 from "node:path";
var BLOCK = 512;
var ZEROS = Buffer.alloc(BLOCK * 2);
function entryMode(mode, isDir) {
  let m = mode & 4095;
  if (isDir) {
    if (m & 256) m |= 64;
    if (m & 32) m |= 8;
    if (m & 4) m |= 1;
  }
  return m;
}
var Filler = class {
  constructor(pool) {
    this.pool = pool;
  }
  pool;
  lease;
  fill = 0;
  /** Bytes written before the current buffer. */
  before = 0;
  /** The current buffer, with room; a full one comes back from take() first. */
  async room() {
    this.lease ??= await this.pool.lease();
    return { buf: this.lease.buf, at: this.fill, space: this.lease.buf.length - this.fill };
  }
  /** Marks n bytes written at the fill point; returns the buffer as a piece once it is full. */
  advance(n) {
    this.fill += n;
    if (this.fill < this.lease.buf.length) return void 0;
    return this.take();
  }
  /** Offset in the tar stream of the next byte written. */
  get offset() {
    return this.before + this.fill;
  }
  /** Whatever is filled, as a piece (the last, partly filled buffer at the end). */
  take() {
    const lease = this.lease;
    if (!lease || this.fill === 0) return void 0;
    const piece = { buf: lease.buf.subarray(0, this.fill), lease };
    this.lease = void 0;
    this.before += this.fill;
    this.fill = 0;
    return piece;
  }
  /** Drops the buffer being filled (the stream failed). */
  discard() {
    this.lease?.release();
    this.lease = void 0;
  }
};
function recorder(log, offset) {
  let lastCut = 0;
  return (fields, type, headerBytes) => {
    if (!log) return;
    const at = offset();
    const size = fields.size ?? 0;
    if (at > lastCut && (at - lastCut >= log.frameBytes || size >= log.frameBytes)) {
      log.cuts.push(at);
      lastCut = at;
    }
    const m = {
      path: fields.path.replace(/\/$/, ""),
      type,
      mode: fields.mode ?? 0,
      size,
      mtime: Math.floor((fields.mtime?.getTime() ?? 0) / 1e3),
      header: at,
      data: at + headerBytes
    };
    if (fields.linkpath !== void 0) m.linkpath = fields.linkpath;
    log.members.push(m);
  };
}
async function* tarPieces(dir, pool, counts, signal) {
  const out = new Filler(pool);
  const links = /* @__PURE__ */ new Map();
  async function* copyIn(bytes) {
    let off = 0;
    while (off < bytes.length) {
      const r = await out.room();
      const n = Math.min(r.space, bytes.length - off);
      bytes.copy(r.buf, r.at, off, off + n);
      off += n;
      const full = out.advance(n);
      if (full) yield full;
    }
  }
  const record = recorder(counts.log, () => out.offset);
  async function* header(fields, type) {
    const h = new F({ ...fields, uid: 0, gid: 0, uname: "", gname: "" });
    const pax = h.encode() ? new ft({
      path: fields.path,
      linkpath: fields.linkpath,
      size: fields.size,
      mtime: fields.mtime,
      uid: 0,
      gid: 0,
      uname: ""
    }).encode() : void 0;
    record(fields, type, (pax?.length ?? 0) + BLOCK);
    if (pax) yield* copyIn(pax);
    yield* copyIn(h.block);
  }
  async function* content(e, size) {
    const fh = await open(e.abs, "r");
    try {
      let pos = 0;
      while (pos < size) {
        signal?.throwIfAborted();
        const r = await out.room();
        const want = Math.min(r.space, size - pos);
        const { bytesRead } = await fh.read(r.buf, r.at, want, pos);
        if (bytesRead === 0) throw new Error(`${e.name}: the file shrank while it was archived (${pos} of ${size} bytes)`);
        pos += bytesRead;
        const full = out.advance(bytesRead);
        if (full) yield full;
      }
    } finally {
      await fh.close();
    }
    const pad = (BLOCK - size % BLOCK) % BLOCK;
    if (pad) yield* copyIn(ZEROS.subarray(0, pad));
  }
  async function* entry(e) {
    signal?.throwIfAborted();
    const st = await lstat2(e.abs);
    const mtime = st.mtime;
    if (st.isDirectory()) {
      yield* header({ path: `${e.name}/`, mode: entryMode(st.mode, true), size: 0, mtime, type: "Directory" }, "dir");
      for (const name of (await readdir2(e.abs)).sort()) yield* entry({ name: `${e.name}/${name}`, abs: path2.join(e.abs, name) });
    } else if (st.isSymbolicLink()) {
      yield* header(
        { path: e.name, linkpath: await readlink2(e.abs), mode: entryMode(st.mode, false), size: 0, mtime, type: "SymbolicLink" },
        "symlink"
      );
    } else if (st.isFile()) {
      counts.files++;
      counts.contentBytes += st.size;
      if (st.nlink > 1) {
        const key = `${st.dev}:${st.ino}`;
        const first = links.get(key);
        if (first !== void 0) {
          yield* header({ path: e.name, linkpath: first, mode: entryMode(st.mode, false), size: 0, mtime, type: "Link" }, "link");
          return;
        }
        links.set(key, e.name);
      }
      yield* header({ path: e.name, mode: entryMode(st.mode, false), size: st.size, mtime, type: "File" }, "file");
      if (st.size > 0) yield* content(e, st.size);
    }
  }
  try {
    for (const name of (await readdir2(dir)).sort()) yield* entry({ name, abs: path2.join(dir, name) });
    yield* copyIn(ZEROS);
    const last = out.take();
    if (last) yield last;
  } finally {
    out.discard();
  }
}

// src/archive/pack.ts
var BUFFER_SIZE = 1 << 20;
var BUFFERS = 16;
async function* owned(pieces) {
  for await (const p of pieces) {
    if (!p.lease) yield p.buf;
    else {
      const copy = Buffer.from(p.buf);
      p.lease.release();
      yield copy;
    }
  }
}
async function* flat(batches2) {
  for await (const batch of batches2) yield* batch;
}
async function* batches(source) {
  for await (const x of source) yield [Buffer.isBuffer(x) ? { buf: x } : x];
}
async function packDirectory(dir, opts, sink) {
  const { signal } = opts;
  const pool = new BufferPool(BUFFER_SIZE, BUFFERS);
  const counts = { files: 0, contentBytes: 0 };
  const seekable = opts.indexAs !== void 0 && opts.compression !== "gzip";
  const log = seekable ? { frameBytes: opts.frameBytes ?? FRAME_BYTES, members: [], cuts: [] } : void 0;
  if (log) counts.log = log;
  const frames = [];
  const tarStream = tarPieces(dir, pool, counts, signal);
  let stored;
  if (opts.compression === "zstd") stored = compressPieces(tarStream, signal, log ? { cuts: log.cuts, frames } : void 0);
  else if (opts.compression === "none") stored = batches(tarStream);
  else stored = batches(compressChunks(opts.compression, owned(tarStream), signal));
  const hasher = log ? new FrameHasher(opts.compression === "zstd" ? zstdFrameEnds(frames) : tarFrameEnds(log)) : void 0;
  if (hasher) stored = hasher.tap(stored);
  if (opts.recipients.length > 0)
    stored = batches(await encryptStream(Readable.from(owned(flat(stored)), { objectMode: false }), opts.recipients));
  const hash = createHash2("sha256");
  let bytes = 0;
  let ended = false;
  async function* digested() {
    for await (const batch of stored) {
      signal?.throwIfAborted();
      const bufs = [];
      for (const p of batch) {
        hash.update(p.buf);
        bytes += p.buf.length;
        bufs.push(p.buf);
      }
      opts.onBytes?.(bytes);
      yield bufs;
      releaseAll(batch);
    }
    ended = true;
  }
  try {
    await sink(digested());
    if (!ended) throw new Error("the store returned before reading the whole archive");
  } catch (e) {
    if (signal?.aborted) throw signal.reason;
    throw e;
  } finally {
    pool.close(new Error("the archive stream was closed"));
  }
  const result = { bytes, sha256: hash.digest("hex"), contentBytes: counts.contentBytes, files: counts.files };
  if (log && hasher) {
    const digests = hasher.finish();
    const data = opts.compression === "zstd" ? frames.filter((f) => !f.skippable) : tarFrames(log, hasher.bytes);
    result.index = buildIndex(opts.indexAs, log, data, digests.slice(0, data.length));
  }
  return result;
}

// src/core/backup.ts
function selectComponents(cfg, platform) {
  if (!cfg.components) return [...platform.components];
  for (const c of cfg.components) {
    if (!platform.components.includes(c)) {
      throw new ConfigError(
        "components",
        `platform \`${cfg.platform}\` cannot export "${c}": ${platform.explainUnsupported(c)}`,
        `Remove "${c}" from \`components\`, or leave \`components\` empty to take everything this platform covers (${platform.components.join(", ")}).`
      );
    }
  }
  return cfg.components;
}
async function hasContent(dir) {
  for (const name of await readdir3(dir)) {
    const p = path3.join(dir, name);
    const st = await lstat3(p);
    if (st.isFile() && st.size > 0) return true;
    if (st.isDirectory() && await hasContent(p)) return true;
  }
  return false;
}
function componentError(stage, e) {
  const err = stage.controller.signal.aborted ? stage.controller.signal.reason : e;
  if (err instanceof ComponentError) return err;
  return new ComponentError(stage.component, redact(err?.message ?? String(err)), { cause: err });
}
async function endStage(stage) {
  clearTimeout(stage.timer);
  stage.progress.stop();
  if (stage.outDir) await rm2(stage.outDir, { recursive: true, force: true });
}
async function runBackup(cfg, deps) {
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const { store, platform, log } = deps;
  if (cfg.maxAgeMs !== void 0) {
    const young = (await store.list(cfg.site, cfg.environment)).find((b) => b.complete);
    if (young && now().getTime() - young.parsed.time.getTime() < cfg.maxAgeMs) {
      log.info(
        `A complete backup ${formatDuration(now().getTime() - young.parsed.time.getTime())} old exists (${young.id}), younger than max-age ${formatDuration(cfg.maxAgeMs)}: skipping.`
      );
      return {
        skipped: true,
        id: young.id,
        location: store.location(young),
        manifestUri: store.objectUri(young, MANIFEST_NAME),
        bytes: young.objects.filter((o) => o.name !== MANIFEST_NAME).reduce((n, o) => n + o.size, 0),
        components: []
      };
    }
  }
  if (isResticStore(store)) return (await import("./backup-WV6NVBRR.js")).resticBackup(cfg, { ...deps, store });
  const components = selectComponents(cfg, platform);
  const createdAt = now();
  const ref = {
    site: cfg.site,
    environment: cfg.environment,
    id: makeBackupId(
      createdAt,
      cfg.trigger,
      backupIdSuffix(env, () => randomBytes(4).toString("hex"))
    )
  };
  const tmpRoot = deps.tmpRoot ?? env.RUNNER_TEMP ?? os.tmpdir();
  const pulls = await openPullCache(cfg, platform, components, { env, log, tmpRoot, ...deps.cache ? { cache: deps.cache } : {} });
  log.info(`Backing up ${cfg.site}/${cfg.environment} (${components.join(", ")}) as ${ref.id} to ${store.location(ref)}`);
  const writer = await store.createWriter(ref);
  const reports = [];
  let platformSnapshot;
  const beginExport = (component) => {
    const controller = new AbortController();
    const stage = {
      component,
      started: Date.now(),
      controller,
      timer: setTimeout(
        () => controller.abort(
          new Error(`timed out after ${formatDuration(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer)`)
        ),
        cfg.timeoutMs
      ),
      progress: startProgress(component, log, deps.progressIntervalMs, void 0, { phase: "exporting" }),
      exported: Promise.resolve(void 0)
    };
    stage.exported = (async () => {
      stage.outDir = await makeStaging(tmpRoot, component);
      await pulls?.seed(component, stage.outDir);
      stage.progress.phase("exporting", { dir: stage.outDir });
      const exported = await platform.export(component, stage.outDir, controller.signal);
      if (controller.signal.aborted) throw controller.signal.reason;
      if (!await hasContent(stage.outDir)) {
        throw new Error(
          "the export produced no files (an empty export is treated as a failure, since several platform CLIs exit 0 when they fail)"
        );
      }
      return exported;
    })();
    stage.exported.catch(() => void 0);
    return stage;
  };
  const packStage = async (cur, exported) => {
    try {
      const name = objectName(cur.component, cfg.compression, cfg.recipients.length > 0);
      cur.progress.phase("packing and uploading", { noun: "stored" });
      const packed = await packDirectory(
        cur.outDir,
        {
          compression: cfg.compression,
          recipients: cfg.recipients,
          onBytes: (b) => cur.progress.update(b),
          signal: cur.controller.signal,
          ...cfg.seekable ? { indexAs: name } : {}
        },
        (batches2) => putBatches(writer, name, batches2)
      );
      log.info(
        `${cur.component}: ${packed.files} files, ${packed.contentBytes} bytes in, ${packed.bytes} bytes stored, sha256 ${packed.sha256.slice(0, 12)}`
      );
      const index = packed.index ? await storeIndex(writer, cur.component, packed.index, cfg.recipients) : void 0;
      await pulls?.hold(cur.component, cur.outDir);
      return {
        name: cur.component,
        object: name,
        compression: cfg.compression,
        encryption: cfg.recipients.length > 0 ? "age" : "none",
        bytes: packed.bytes,
        sha256: packed.sha256,
        contentBytes: packed.contentBytes,
        files: packed.files,
        ...index ? { index } : {},
        durationMs: Date.now() - cur.started,
        ...exported?.counts ? { exportCounts: exported.counts } : {}
      };
    } catch (e) {
      throw componentError(cur, e);
    } finally {
      await endStage(cur);
    }
  };
  try {
    const live = /* @__PURE__ */ new Set();
    const packs = [];
    let failure;
    const fail = (stage, e) => {
      if (failure !== void 0) return;
      failure = componentError(stage, e);
      for (const other of live) if (other !== stage) other.controller.abort(new Error("stopped because another component failed"));
    };
    for (let i = 0; i < components.length && failure === void 0; i++) {
      if (i >= 2) await packs[i - 2].catch(() => void 0);
      if (failure !== void 0) break;
      const stage = beginExport(components[i]);
      live.add(stage);
      let exported;
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
        (e) => {
          live.delete(stage);
          fail(stage, e);
        }
      );
      packs.push(packed);
    }
    const settled = await Promise.allSettled(packs);
    if (failure !== void 0) throw failure;
    for (const r of settled) reports.push(r.value);
    const manifest = {
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
      components: reports.map(({ durationMs: _d, exportCounts: _x, ...c }) => c)
    };
    if (platformSnapshot) manifest.platformSnapshot = platformSnapshot;
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
      manifestSha256: createHash3("sha256").update(manifestJson).digest("hex"),
      components: reports,
      manifest
    };
  } catch (e) {
    await pulls?.discard();
    await writer.abort().catch(
      (abortErr) => log.warn(`could not clean up the incomplete backup: ${abortErr.message}; prune sweeps it after 24 h`)
    );
    throw e;
  }
}

export {
  openPullCache,
  selectComponents,
  runBackup
};
