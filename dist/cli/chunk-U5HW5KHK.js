import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  ReadBackError
} from "./chunk-4WHPXNRH.js";
import {
  inapplicableInputs,
  openPlatform
} from "./chunk-JRUBZC6N.js";
import {
  Encrypter,
  F,
  FRAME_BYTES,
  FrameHasher,
  RESTIC_MANIFEST_NAME,
  buildIndex,
  compressChunks,
  compressPieces,
  encryptStream,
  ft,
  serializeIndex,
  serializeResticManifest,
  startProgress,
  tarFrameEnds,
  tarFrames,
  zstdFrameEnds
} from "./chunk-QUVKFSZA.js";
import {
  writeStatus
} from "./chunk-3DDH7VCA.js";
import {
  failureSummaryMarkdown,
  newestKeptText,
  startNotifier
} from "./chunk-HQEEDXDE.js";
import {
  maskSecretInputs
} from "./chunk-YLT77NHZ.js";
import {
  openStore
} from "./chunk-DMHKVABX.js";
import {
  formatBytes,
  formatRate,
  parseBool,
  parseCommon,
  parseDurationInput,
  requireFolderOrAbsent
} from "./chunk-7XOSJKPR.js";
import {
  putBatches
} from "./chunk-O7CNWCFR.js";
import {
  TOOL
} from "./chunk-5A26CKDP.js";
import {
  failureStatusFields
} from "./chunk-UBH3SLY2.js";
import {
  inputOrDefault
} from "./chunk-NWJW4OH6.js";
import {
  formatDuration
} from "./chunk-3XFKEUO5.js";
import {
  actionsCache,
  backupTags,
  isResticStore
} from "./chunk-6K7PU5HE.js";
import {
  COMPRESSIONS,
  MANIFEST_NAME,
  TRIGGERS,
  backupIdSuffix,
  indexObjectName,
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

// src/commands/backup.ts
import { createHash as createHash4 } from "node:crypto";
import os2 from "node:os";

// src/config/backup.ts
import path from "node:path";
function parsePullCache(src, store, cwd = process.cwd()) {
  const v = inputOrDefault(src, "pull-cache").trim();
  if (v === "off" || v === "") return void 0;
  if (v === "actions") return { kind: "actions" };
  const hint = "Use `off`, `actions`, or a folder on the runner such as `/var/cache/site-backup`.";
  if (/^(true|false|on|yes|no)$/i.test(v)) throw new ConfigError("pull-cache", `"${v}" is not a setting`, hint);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !v.startsWith("file:///"))
    throw new ConfigError("pull-cache", "is a URL; the kept export is a folder on this machine", hint);
  if (/[\n\r\0]/.test(v)) throw new ConfigError("pull-cache", "holds a line break or NUL", hint);
  const dir = path.resolve(cwd, v.startsWith("file:///") ? decodeURIComponent(v.slice("file://".length)) : v);
  if (store.kind === "local") {
    const within = (outer, inner) => {
      const rel = path.relative(outer, inner);
      return rel === "" || rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
    };
    if (within(store.root, dir) || within(dir, store.root))
      throw new ConfigError(
        "pull-cache",
        `"${dir}" overlaps the store folder "${store.root}"`,
        "Give the kept export a folder of its own, outside the store."
      );
  }
  return { kind: "folder", dir: requireFolderOrAbsent(dir, "pull-cache", hint) };
}
function triggerFromEvent(eventName) {
  if (eventName === "schedule") return "scheduled";
  if (eventName === "pull_request" || eventName === "pull_request_target" || eventName === "merge_group") return "pre-merge";
  return "manual";
}
var BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
var BECH32_GEN = [996825010, 642813549, 513874426, 1027748829, 705979059];
function bech32Valid(s, hrp) {
  const data = [...s.slice(hrp.length + 1)].map((c) => BECH32.indexOf(c));
  if (!s.startsWith(`${hrp}1`) || data.length < 6 || data.some((d) => d < 0)) return { ok: false, dataBits: 0 };
  let chk = 1;
  for (const v of [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data]) {
    const top = chk >>> 25;
    chk = ((chk & 33554431) << 5 ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if (top >>> i & 1) chk = (chk ^ BECH32_GEN[i]) >>> 0;
  }
  return { ok: chk === 1, dataBits: (data.length - 6) * 5 };
}
function parseRecipients(text) {
  if (!text) return [];
  const list = text.split(/[\s,]+/).filter(Boolean);
  for (const r of list) {
    if (!/^age1[02-9ac-hj-np-z]{20,}$/.test(r)) {
      throw new ConfigError(
        "encrypt-to",
        `"${r.slice(0, 12)}\u2026" is not an age recipient`,
        "Give public keys that start with `age1` (from `age-keygen -y key.txt`); never the secret key."
      );
    }
    const { ok, dataBits } = bech32Valid(r, "age");
    if (!ok) {
      throw new ConfigError(
        "encrypt-to",
        `"${r.slice(0, 12)}\u2026" has a bad checksum (a character is wrong or missing)`,
        "Copy the recipient again from `age-keygen -y key.txt`."
      );
    }
    if (Math.floor(dataBits / 8) !== 32) {
      throw new ConfigError(
        "encrypt-to",
        `"${r.slice(0, 12)}\u2026" is not a 32-byte X25519 age public key`,
        "Give recipients from `age-keygen -y key.txt`; plugin and SSH recipients are not supported."
      );
    }
  }
  return list;
}
function parseBackupConfig(src, env = process.env, cwd) {
  const common = parseCommon(src, cwd);
  const compression = inputOrDefault(src, "compression");
  if (!COMPRESSIONS.includes(compression)) {
    throw new ConfigError("compression", `unknown compression "${compression}"`, `Use one of: ${COMPRESSIONS.join(", ")}.`);
  }
  const t = inputOrDefault(src, "trigger");
  let trigger;
  if (t === "auto") trigger = triggerFromEvent(env.GITHUB_EVENT_NAME);
  else if (TRIGGERS.includes(t)) trigger = t;
  else throw new ConfigError("trigger", `unknown trigger "${t}"`, `Use auto, ${TRIGGERS.join(", ")}.`);
  if (common.store.kind !== "artifact" && common.store.restic && src.get("encrypt-to")) {
    throw new ConfigError(
      "encrypt-to",
      "does not combine with `format: restic`: restic encrypts the whole repository with `restic-password` (symmetric), and age recipients cannot be added to it",
      "Remove `encrypt-to` and keep `restic-password` safe, or use `format: archive` for backups only the age identity can read."
    );
  }
  const cfg = {
    ...common,
    compression,
    seekable: parseBool(src, "seekable"),
    recipients: parseRecipients(src.get("encrypt-to")),
    trigger,
    timeoutMs: parseDurationInput(src, "timeout")
  };
  const maxAge = parseDurationInput(src, "max-age");
  if (maxAge !== void 0) cfg.maxAgeMs = maxAge;
  const pullCache = parsePullCache(src, cfg.store, cwd);
  if (pullCache) cfg.pullCache = pullCache;
  return cfg;
}

// src/core/backup.ts
import { randomBytes } from "node:crypto";
import { readdir as readdir4, lstat as lstat4 } from "node:fs/promises";
import os from "node:os";
import path6 from "node:path";

// src/formats/archive/writer.ts
import { createHash as createHash2 } from "node:crypto";
import { rm } from "node:fs/promises";
import { Readable as Readable2 } from "node:stream";

// src/archive/pack.ts
import { createHash } from "node:crypto";
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
import { lstat, open, readdir, readlink } from "node:fs/promises";
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
    const st = await lstat(e.abs);
    const mtime = st.mtime;
    if (st.isDirectory()) {
      yield* header({ path: `${e.name}/`, mode: entryMode(st.mode, true), size: 0, mtime, type: "Directory" }, "dir");
      for (const name of (await readdir(e.abs)).sort()) yield* entry({ name: `${e.name}/${name}`, abs: path2.join(e.abs, name) });
    } else if (st.isSymbolicLink()) {
      yield* header(
        { path: e.name, linkpath: await readlink(e.abs), mode: entryMode(st.mode, false), size: 0, mtime, type: "SymbolicLink" },
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
    for (const name of (await readdir(dir)).sort()) yield* entry({ name, abs: path2.join(dir, name) });
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
  const hash = createHash("sha256");
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

// src/formats/archive/writer.ts
async function storeIndex(writer, component, index, recipients) {
  let body = serializeIndex(index);
  if (recipients.length > 0) {
    const e = new Encrypter();
    for (const r of recipients) e.addRecipient(r);
    body = Buffer.from(await e.encrypt(body));
  }
  const object = indexObjectName(component, recipients.length > 0);
  await writer.put(object, Readable2.from([body]));
  return { object, bytes: body.length, sha256: createHash2("sha256").update(body).digest("hex") };
}
var ArchiveWriter = class {
  constructor(ctx, store, writer) {
    this.ctx = ctx;
    this.store = store;
    this.writer = writer;
    this.where = store.location(ctx.ref);
  }
  ctx;
  store;
  writer;
  where;
  // An archive backup has nothing that can fail apart from its components.
  failed = new AbortController().signal;
  stage(component) {
    return makeStaging(this.ctx.tmpRoot, component);
  }
  async unstage(dir) {
    await rm(dir, { recursive: true, force: true });
  }
  /** Packs and stores one component; its folder is removed whatever happens. */
  async add(c) {
    const { cfg, log } = this.ctx;
    try {
      const name = objectName(c.component, cfg.compression, cfg.recipients.length > 0);
      c.progress.phase("packing and uploading", { noun: "stored" });
      const packed = await packDirectory(
        c.dir,
        {
          compression: cfg.compression,
          recipients: cfg.recipients,
          onBytes: (b) => c.progress.update(b),
          signal: c.signal,
          ...cfg.seekable ? { indexAs: name } : {}
        },
        (batches2) => putBatches(this.writer, name, batches2)
      );
      log.info(
        `${c.component}: ${packed.files} files, ${packed.contentBytes} bytes in, ${packed.bytes} bytes stored, sha256 ${packed.sha256.slice(0, 12)}`
      );
      const index = packed.index ? await storeIndex(this.writer, c.component, packed.index, cfg.recipients) : void 0;
      await this.ctx.stored(c.component, c.dir);
      return {
        name: c.component,
        object: name,
        compression: cfg.compression,
        encryption: cfg.recipients.length > 0 ? "age" : "none",
        bytes: packed.bytes,
        sha256: packed.sha256,
        contentBytes: packed.contentBytes,
        files: packed.files,
        ...index ? { index } : {},
        durationMs: Date.now() - c.started,
        ...c.exported?.counts ? { exportCounts: c.exported.counts } : {}
      };
    } finally {
      await this.unstage(c.dir);
    }
  }
  async commit(head, reports) {
    const { platformSnapshot, ...rest } = head;
    const manifest = { ...rest, components: reports.map(({ durationMs: _d, exportCounts: _x, ...c }) => c) };
    if (platformSnapshot) manifest.platformSnapshot = platformSnapshot;
    const manifestJson = serializeManifest(manifest);
    await this.writer.commit(manifestJson);
    return {
      manifestUri: this.store.objectUri(this.ctx.ref, MANIFEST_NAME),
      bytes: reports.reduce((n, c) => n + c.bytes, 0),
      manifestSha256: createHash2("sha256").update(manifestJson).digest("hex"),
      manifest
    };
  }
  abort() {
    return this.writer.abort();
  }
};
async function beginArchiveWriter(ctx, store) {
  return new ArchiveWriter(ctx, store, await store.createWriter(ctx.ref));
}

// src/formats/restic/writer.ts
import { lstat as lstat2, mkdir as mkdir2, readdir as readdir2, rm as rm3, writeFile } from "node:fs/promises";
import path4 from "node:path";

// src/formats/restic/staging.ts
import { mkdir, mkdtemp, open as open2, readFile, rm as rm2, rmdir } from "node:fs/promises";
import path3 from "node:path";
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
      const fh = await open2(lock, "wx", 384);
      await fh.writeFile(String(process.pid));
      await fh.close();
      return true;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      const pid = Number((await readFile(lock, "utf8").catch(() => "")).trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) return false;
      await rm2(lock, { force: true });
    }
  }
  return false;
}
async function openResticStaging(tmpRoot, site, environment) {
  const parent = path3.join(tmpRoot, "site-backup-restic", encodeURIComponent(site));
  await mkdir(parent, { recursive: true, mode: 448 });
  const name = encodeURIComponent(environment);
  const lock = path3.join(parent, `${name}.lock`);
  if (await takeLock(lock)) {
    const root2 = path3.join(parent, name);
    await rm2(root2, { recursive: true, force: true });
    await mkdir(root2, { mode: 448 });
    let held = true;
    return {
      root: root2,
      release: async () => {
        if (!held) return;
        held = false;
        await rm2(root2, { recursive: true, force: true });
        await rm2(lock, { force: true });
        for (const dir of [parent, path3.dirname(parent)]) await rmdir(dir).catch(() => void 0);
      }
    };
  }
  const root = await mkdtemp(path3.join(tmpRoot, "site-backup-restic-"));
  return { root, release: () => rm2(root, { recursive: true, force: true }) };
}

// src/formats/restic/writer.ts
async function countContent(dir) {
  let files = 0;
  let bytes = 0;
  for (const name of await readdir2(dir)) {
    const st = await lstat2(path4.join(dir, name));
    if (st.isFile()) {
      files++;
      bytes += st.size;
    } else if (st.isDirectory()) {
      const sub = await countContent(path4.join(dir, name));
      files += sub.files;
      bytes += sub.bytes;
    }
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
    const dir = path4.join(this.root, component);
    await mkdir2(dir, { mode: 448 });
    return dir;
  }
  async unstage(dir) {
    await rm3(dir, { recursive: true, force: true });
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
      await writeFile(path4.join(this.root, RESTIC_MANIFEST_NAME), serializeResticManifest(manifest), { mode: 384 });
      const args = this.backupArgs(
        head.createdAt,
        reports.map((r) => r.name)
      );
      const added = await this.snapshotOnce(args, reports);
      for (const r of reports) await this.ctx.stored(r.name, path4.join(this.root, r.name));
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
      await this.store.ensureInitialised(this.ctx.ref.site);
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
  const opening = new Opening(store, site, store.takeListing(site, environment) !== void 0);
  try {
    return new ResticWriter(ctx, store, await openResticStaging(ctx.tmpRoot, site, environment), opening);
  } catch (e) {
    await opening.settle().catch(() => void 0);
    throw e;
  }
}

// src/core/pull-cache.ts
import { createHash as createHash3 } from "node:crypto";
import { readFileSync } from "node:fs";
import { copyFile, cp, link, lstat as lstat3, mkdir as mkdir3, readdir as readdir3, readlink as readlink2, rename, rm as rm4, symlink, utimes } from "node:fs/promises";
import path5 from "node:path";
var LAYOUT = "v1";
async function summarizeTree(root) {
  const h = createHash3("sha256");
  let files = 0;
  let bytes = 0;
  const walk = async (dir, rel) => {
    for (const name of (await readdir3(dir)).sort()) {
      const p = path5.join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = await lstat3(p);
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
    for (const e of await readdir3(from, { withFileTypes: true })) {
      const a = path5.join(from, e.name);
      const b = path5.join(to, e.name);
      if (e.isDirectory()) {
        await mkdir3(b, { mode: (await lstat3(a)).mode & 4095 });
        await walk(a, b);
      } else if (e.isSymbolicLink()) {
        await symlink(await readlink2(a), b);
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
        const st = await lstat3(a);
        await copyFile(a, b);
        await utimes(b, st.atime, st.mtime);
      }
    }
  };
  await walk(src, dst);
}
async function moveTree(src, dest) {
  await mkdir3(path5.dirname(dest), { recursive: true, mode: 448 });
  try {
    await rename(src, dest);
  } catch (e) {
    if (e.code !== "EXDEV") throw e;
    await cp(src, dest, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true, errorOnExist: true, force: false });
    await rm4(src, { recursive: true, force: true });
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
    return path5.join(this.root, safe(this.cfg.platform), safe(this.cfg.site), safe(this.cfg.environment), component);
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
        await rm4(kept, { recursive: true, force: true });
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
      const st = await lstat3(kept).catch(() => void 0);
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
      for (const n of await readdir3(outDir).catch(() => [])) await rm4(path5.join(outDir, n), { recursive: true, force: true });
    }
  }
  /** After `component` is packed: moves its export aside until the backup commits. Never throws. */
  async hold(component, outDir) {
    if (!this.mirrored.has(component)) return;
    try {
      const holder = await makeStaging(this.deps.tmpRoot, "pull");
      const dir = path5.join(holder, component);
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
          await rm4(old, { recursive: true, force: true });
        }
        for (const n of await readdir3(path5.dirname(kept))) {
          if (n.startsWith(`${component}.old-`)) await rm4(path5.join(path5.dirname(kept), n), { recursive: true, force: true });
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
        await rm4(h.holder, { recursive: true, force: true });
      }
    }
    this.held.clear();
  }
  /** After a failure: the held exports go; the kept ones are as they were before this run. */
  async discard() {
    for (const h of this.held.values()) await rm4(h.holder, { recursive: true, force: true });
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
  const root = setting.kind === "folder" ? setting.dir : path5.join(env.RUNNER_TEMP ?? deps.tmpRoot, "sba-pull-cache");
  log.info(
    `pull-cache: ${[...mirrored].join(" and ")} start from the export kept by the last successful backup (${setting.kind === "folder" ? root : "Actions cache"})`
  );
  return new PullCache(cfg, mirrored, root, setting.kind, deps, cache);
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
  for (const name of await readdir4(dir)) {
    const p = path6.join(dir, name);
    const st = await lstat4(p);
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
function endStage(stage) {
  clearTimeout(stage.timer);
  stage.progress.stop();
  stage.unhook();
}
async function youngBackup(cfg, deps, now) {
  if (cfg.maxAgeMs === void 0) return void 0;
  const { store, log } = deps;
  const young = (await store.list(cfg.site, cfg.environment)).find((b) => b.complete);
  if (!young || now().getTime() - young.parsed.time.getTime() >= cfg.maxAgeMs) return void 0;
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
function beginExport(run, component) {
  const { cfg, writer } = run;
  const controller = new AbortController();
  const onWriterFailed = () => controller.abort(writer.failed.reason);
  writer.failed.addEventListener("abort", onWriterFailed, { once: true });
  if (writer.failed.aborted) onWriterFailed();
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
    progress: startProgress(component, run.log, run.progressIntervalMs, void 0, { phase: "exporting" }),
    exported: Promise.resolve(void 0),
    unhook: () => writer.failed.removeEventListener("abort", onWriterFailed)
  };
  stage.exported = (async () => {
    stage.outDir = await writer.stage(component);
    await run.pulls?.seed(component, stage.outDir);
    stage.progress.phase("exporting", { dir: stage.outDir });
    const exported = await run.platform.export(component, stage.outDir, controller.signal);
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
}
async function addStage(run, stage, exported) {
  try {
    return await run.writer.add({
      component: stage.component,
      dir: stage.outDir,
      exported,
      started: stage.started,
      progress: stage.progress,
      signal: stage.controller.signal
    });
  } catch (e) {
    throw componentError(stage, e);
  } finally {
    endStage(stage);
  }
}
async function runComponents(run, components) {
  const live = /* @__PURE__ */ new Set();
  const adds = [];
  let failure;
  let platformSnapshot;
  const fail = (stage, e) => {
    if (failure !== void 0) return;
    failure = componentError(stage, e);
    for (const other of live) if (other !== stage) other.controller.abort(new Error("stopped because another component failed"));
  };
  for (let i = 0; i < components.length && failure === void 0; i++) {
    if (i >= 2) await adds[i - 2].catch(() => void 0);
    if (failure !== void 0) break;
    const stage = beginExport(run, components[i]);
    live.add(stage);
    let exported;
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
      (e) => {
        live.delete(stage);
        fail(stage, e);
      }
    );
    adds.push(added);
  }
  const settled = await Promise.allSettled(adds);
  if (run.writer.failed.aborted) throw run.writer.failed.reason;
  if (failure !== void 0) throw failure;
  const reports = settled.map((r) => r.value);
  return { reports, ...platformSnapshot ? { platformSnapshot } : {} };
}
async function runBackup(cfg, deps) {
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const { store, platform, log } = deps;
  const skipped = await youngBackup(cfg, deps, now);
  if (skipped) return skipped;
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
  const ctx = {
    cfg,
    ref,
    log,
    tmpRoot,
    ...deps.progressIntervalMs !== void 0 ? { progressIntervalMs: deps.progressIntervalMs } : {},
    stored: async (component, dir) => pulls?.hold(component, dir)
  };
  const writer = isResticStore(store) ? await beginResticWriter(ctx, store) : await beginArchiveWriter(ctx, store);
  log.info(`Backing up ${cfg.site}/${cfg.environment} (${components.join(", ")}) as ${ref.id} to ${writer.where}`);
  const run = { cfg, platform, log, writer, pulls, progressIntervalMs: deps.progressIntervalMs };
  try {
    const { reports, platformSnapshot } = await runComponents(run, components);
    const head = {
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
      ...platformSnapshot ? { platformSnapshot } : {}
    };
    const committed = await writer.commit(head, reports);
    await pulls?.keep();
    return { skipped: false, id: ref.id, location: store.location(ref), ...committed, components: reports };
  } catch (e) {
    await pulls?.discard();
    await writer.abort().catch(
      (abortErr) => log.warn(`could not clean up the incomplete backup: ${abortErr.message}; prune sweeps it after 24 h`)
    );
    throw e;
  }
}

// src/summaries/backup.ts
var ARTIFACT_LOCK_NOTE = "Artifacts cannot be locked: anyone with `actions: write` on this repository can delete this backup. For backups an attacker cannot erase, use S3 with `s3-object-lock` (docs/immutable.md).";
function backupSummaryMarkdown(s) {
  if (s.skipped) {
    return `## Backup skipped: ${s.site}/${s.environment}

A complete backup young enough already exists: \`${s.id}\` at ${s.location}
`;
  }
  const withRecords = s.components.some((c) => c.exportCounts?.records !== void 0);
  const rows = s.components.map((c) => {
    const ratio = c.contentBytes > 0 ? `${(c.bytes / c.contentBytes * 100).toFixed(1)}%` : "-";
    const records = withRecords ? ` ${c.exportCounts?.records ?? "-"} |` : "";
    return `| ${c.name} | ${c.files} |${records} ${formatBytes(c.contentBytes)} | ${formatBytes(c.bytes)} | ${ratio} | \`${c.sha256.slice(0, 12)}\` | ${formatDuration(c.durationMs)} | ${formatRate(c.contentBytes, c.durationMs)} |`;
  });
  const total = s.components.reduce((n, c) => n + c.bytes, 0);
  return [
    `## Backup ${s.site}/${s.environment}: \`${s.id}\``,
    "",
    `| component | files |${withRecords ? " records |" : ""} in | out | ratio | sha256 | duration | rate |`,
    `|---|---:|${withRecords ? "---:|" : ""}---:|---:|---:|---|---:|---:|`,
    ...rows,
    "",
    `Stored ${formatBytes(total)} at ${s.location}`,
    "",
    ...s.lockNote ? [s.lockNote, ""] : []
  ].join("\n");
}

// src/commands/backup.ts
function lockNote(store, ref) {
  if (store.kind === "artifact") return { lockNote: ARTIFACT_LOCK_NOTE };
  const s3 = store;
  const lock = typeof s3.expectedLock === "function" ? s3.expectedLock(ref) : void 0;
  if (!lock) return {};
  return {
    lockNote: `Object Lock: every object ${lock.mode.toLowerCase()} until at least ${lock.until.toISOString().replace(/\.\d{3}Z$/, "Z")} (what the retention policy keeps it for, plus the margin).`
  };
}
async function backupCommand(io, opts = {}) {
  maskSecretInputs(io.inputs, io.log);
  let cfg;
  let store;
  let notifier;
  const started = Date.now();
  try {
    notifier = await startNotifier(io, "backup", opts.notify);
    cfg = parseBackupConfig(io.inputs, io.env, io.cwd);
    for (const w of inapplicableInputs(io.inputs, cfg.platform, cfg.store.kind)) io.log.warn(w);
    store = await openStore(cfg.store, io.log, io.env);
    const platform = await openPlatform(
      cfg.platform,
      { site: cfg.site, environment: cfg.environment, inputs: io.inputs, env: io.env, log: io.log, purpose: "backup" },
      io.env.RUNNER_TEMP ?? os2.tmpdir()
    );
    let result;
    try {
      result = await runBackup(cfg, {
        store,
        platform,
        log: io.log,
        env: io.env,
        ...opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}
      });
    } finally {
      await platform.close();
    }
    io.setOutput("backup-id", result.id);
    io.setOutput("location", result.location);
    io.setOutput("bytes", String(result.bytes));
    io.setOutput("manifest", result.manifestUri);
    io.setOutput("skipped", String(result.skipped));
    const ref = { site: cfg.site, environment: cfg.environment, id: result.id };
    const manifestSha256 = result.manifestSha256 ?? (result.skipped ? await storedManifestSha256(store, ref) : void 0);
    if (manifestSha256) io.setOutput("manifest-sha256", manifestSha256);
    const artifact = store.kind === "artifact" && !result.skipped ? store.knownArtifactId(ref) : void 0;
    if (artifact !== void 0) {
      io.setOutput("artifact-id", String(artifact));
      const url = artifactUrl(io.env, artifact);
      if (url) io.setOutput("artifact-url", url);
    }
    await io.summary(
      backupSummaryMarkdown({
        site: cfg.site,
        environment: cfg.environment,
        id: result.id,
        location: result.location,
        components: result.components,
        skipped: result.skipped,
        ...lockNote(store, ref)
      })
    );
    await writeStatus(io.env.RUNNER_TEMP, {
      outcome: result.skipped ? "skipped" : "success",
      site: cfg.site,
      environment: cfg.environment,
      backupId: result.id,
      finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
      ...runUrl(io.env)
    });
    await notifier?.success({ ...result, components: result.components.map((c) => c.name), elapsedMs: Date.now() - started });
    return result;
  } catch (e) {
    if (cfg) {
      const status = {
        outcome: "failure",
        site: cfg.site,
        environment: cfg.environment,
        ...failureStatusFields(e, io.env),
        finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
        ...runUrl(io.env),
        ...e instanceof ComponentError ? { component: e.component } : {}
      };
      await writeStatus(io.env.RUNNER_TEMP, status).catch(() => void 0);
    }
    const site = cfg?.site ?? io.inputs.get("site");
    const environment = cfg?.environment ?? io.inputs.get("environment") ?? "production";
    const kept = e instanceof ReadBackError && e.stored ? "A manifest for this backup is in the store, but reading it back to confirm it failed; the backup was kept, not deleted. Verify it before relying on it." : cfg ? `Nothing of this run was stored as a backup: without a manifest it is incomplete, and prune sweeps what is left of it. ${newestKeptText(await newestKept(store, cfg.site, cfg.environment), cfg.site, cfg.environment)}` : "Nothing was read or written: the inputs were refused before the backup started.";
    await io.summary(failureSummaryMarkdown({ action: "backup", site, environment, error: e, env: io.env, kept })).catch(() => void 0);
    await notifier?.failure(e, io.env);
    throw e;
  }
}
async function newestKept(store, site, environment) {
  if (!store) return { kind: "unopened" };
  try {
    const newest = (await store.list(site, environment)).find((b) => b.complete);
    return { kind: "listed", ...newest ? { newest: { id: newest.id, time: newest.parsed.time, location: store.location(newest) } } : {} };
  } catch {
    return { kind: "unlisted" };
  }
}
async function storedManifestSha256(store, ref) {
  try {
    const h = createHash4("sha256");
    for await (const chunk of await store.read(ref, MANIFEST_NAME)) h.update(chunk);
    return h.digest("hex");
  } catch {
    return void 0;
  }
}
function artifactUrl(env, id) {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return void 0;
  return `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}
function runUrl(env) {
  const u = sourceFromEnv(env).runUrl;
  return u ? { runUrl: u } : {};
}

export {
  backupCommand
};
