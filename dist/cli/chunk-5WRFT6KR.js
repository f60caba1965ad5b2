import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  ArchiveLimitError,
  ArchiveReadError,
  Encrypter,
  F,
  UnsafeArchiveError,
  compressChunks,
  compressPieces,
  encryptStream,
  extractArchiveFile,
  fetchObject,
  ft,
  listingDamage,
  loadManifest
} from "./chunk-T76LOJON.js";
import {
  formatBytes
} from "./chunk-R42ULBAP.js";
import {
  putBatches
} from "./chunk-O7CNWCFR.js";
import {
  formatDuration
} from "./chunk-3XFKEUO5.js";
import {
  backupTags,
  isResticStore
} from "./chunk-6K7PU5HE.js";
import {
  COMPONENTS,
  MANIFEST_NAME,
  external_exports,
  indexObjectName,
  manifestSchema,
  objectName,
  serializeManifest
} from "./chunk-5CIGDVM5.js";
import {
  makeStaging
} from "./chunk-TLYYK3DI.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";

// src/restic/manifest.ts
var RESTIC_MANIFEST_NAME = "manifest.json";
var resticComponentSchema = external_exports.object({
  name: external_exports.enum(COMPONENTS),
  /** The component's folder at the snapshot root: `code`, `assets` or `data`. */
  path: external_exports.enum(COMPONENTS),
  contentBytes: external_exports.number().int().nonnegative(),
  files: external_exports.number().int().nonnegative()
});
var resticManifestSchema = manifestSchema.omit({ components: true }).extend({
  backupFormat: external_exports.literal("restic"),
  components: external_exports.array(resticComponentSchema).min(1),
  /** Added on reading: the id of the snapshot that holds this manifest. */
  snapshot: external_exports.string().regex(/^[0-9a-f]{8,64}$/).optional()
});
function serializeResticManifest(m) {
  return JSON.stringify(resticManifestSchema.parse(m), null, 2) + "\n";
}
function parseResticManifest(text, where) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${where} is not valid JSON: ${e.message}`, { cause: e });
  }
  const r = resticManifestSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${where} is not a restic backup manifest: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return r.data;
}

// src/formats/archive/reader.ts
import { rm } from "node:fs/promises";
import path from "node:path";
var PARALLEL = 2;
async function materialise(store, b, c, target, o) {
  const dec = { compression: c.compression, encryption: c.encryption, identities: o.identities, ...o.signal ? { signal: o.signal } : {} };
  if (o.checkedCopy) {
    const started = Date.now();
    try {
      const listing = await extractArchiveFile(o.checkedCopy, target, c.object, dec, { contentBytes: c.contentBytes, files: c.files });
      return { bytes: c.bytes, durationMs: Date.now() - started, listing };
    } catch (e) {
      return { bytes: c.bytes, durationMs: Date.now() - started, listError: e };
    }
  }
  const file = path.join(o.tmp, c.object);
  try {
    return await fetchObject(store, b, c, file, o.signal, o.log, { identities: o.identities, extractTo: target });
  } finally {
    await rm(file, { force: true });
  }
}
async function check(store, b, c, o) {
  const decodable = c.encryption === "none" || o.identities.length > 0;
  const file = decodable ? path.join(o.tmp, c.object) : void 0;
  try {
    const f = await fetchObject(store, b, c, file, o.signal, o.log, file ? { identities: o.identities } : void 0);
    if (f.problem) return f;
    if (f.listError) {
      const e = f.listError;
      const problem = e instanceof UnsafeArchiveError || e instanceof ArchiveReadError || e instanceof ArchiveLimitError ? e.message.replace(`${c.object}: `, "") : e.message;
      return { ...f, problem };
    }
    if (!f.listing) return { ...f, notDecoded: "encrypted; set `decrypt-identity` to also decrypt and list it" };
    if (file) await o.onVerified?.(file);
    return f;
  } finally {
    if (file) await rm(file, { force: true });
  }
}
function archiveReader(store) {
  return {
    async open(b) {
      const manifest = await loadManifest(store, b);
      return {
        format: "archive",
        backup: b,
        manifest,
        parallel: PARALLEL,
        early: (components) => listingDamage(b, [...components]),
        // A whole archive is read whole; reading by path through its member index is core/partial-restore.ts.
        materialise: (c, target, o) => materialise(store, b, c, target, o),
        check: (c, o) => check(store, b, c, o)
      };
    }
  };
}

// src/formats/archive/writer.ts
import { createHash as createHash3 } from "node:crypto";
import { rm as rm2 } from "node:fs/promises";
import { Readable as Readable2 } from "node:stream";

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

// src/archive/seek-index.ts
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
var FRAME_BYTES = 1 << 20;
var MAX_INDEX_BYTES = 256 << 20;
var hex64 = external_exports.string().regex(/^[0-9a-f]{64}$/);
var uint = external_exports.number().int().nonnegative();
var indexSchema = external_exports.object({
  format: external_exports.literal(1),
  object: external_exports.string(),
  frames: external_exports.array(external_exports.object({ stored: uint, content: uint, sha256: hex64 }).strict()),
  members: external_exports.array(
    external_exports.object({
      path: external_exports.string().min(1),
      type: external_exports.enum(["file", "dir", "symlink", "link"]),
      mode: uint,
      size: uint,
      mtime: external_exports.number().int(),
      linkpath: external_exports.string().optional(),
      frame: uint,
      offset: uint,
      headers: uint
    }).strict()
  )
});
var FrameHasher = class {
  constructor(frameEnd) {
    this.frameEnd = frameEnd;
  }
  frameEnd;
  digests = [];
  hash = createHash("sha256");
  pos = 0;
  frameStart = 0;
  /** Bytes hashed so far. */
  get bytes() {
    return this.pos;
  }
  update(buf) {
    let off = 0;
    while (off < buf.length) {
      const end = this.frameEnd(this.digests.length);
      if (end !== void 0 && end <= this.pos) {
        this.close();
        continue;
      }
      const n = end === void 0 ? buf.length - off : Math.min(buf.length - off, end - this.pos);
      this.hash.update(off === 0 && n === buf.length ? buf : buf.subarray(off, off + n));
      off += n;
      this.pos += n;
    }
  }
  close() {
    this.digests.push(this.hash.digest("hex"));
    this.hash = createHash("sha256");
    this.frameStart = this.pos;
  }
  /** The last frame ends with the stream; returns every digest. */
  finish() {
    if (this.pos > this.frameStart || this.digests.length === 0) this.close();
    return this.digests;
  }
  /** Hashes each batch as it passes. */
  async *tap(batches2) {
    for await (const batch of batches2) {
      for (const p of batch) this.update(p.buf);
      yield batch;
    }
  }
};
function zstdFrameEnds(frames) {
  let sum = 0;
  let known = 0;
  return (i) => {
    while (known <= i && known < frames.length && frames[known].done) sum += frames[known++].stored;
    if (i >= known) return void 0;
    return i === known - 1 ? sum : void 0;
  };
}
function tarFrameEnds(log) {
  return (i) => log.cuts[i];
}
function buildIndex(object, log, frames, digests) {
  if (frames.length !== digests.length) throw new Error(`internal: ${frames.length} frames but ${digests.length} digests`);
  const out = frames.map((f2, i) => ({ stored: f2.stored, content: f2.content, sha256: digests[i] }));
  const starts = contentStarts(out);
  let f = 0;
  const members = log.members.map((m) => {
    while (f + 1 < out.length && starts[f + 1] <= m.header) f++;
    const e = {
      path: m.path,
      type: m.type,
      mode: m.mode,
      size: m.size,
      mtime: m.mtime,
      frame: f,
      offset: m.header - starts[f],
      headers: m.data - m.header
    };
    if (m.linkpath !== void 0) e.linkpath = m.linkpath;
    return e;
  });
  return { format: 1, object, frames: out, members };
}
function tarFrames(log, total) {
  const bounds = [0, ...log.cuts, total];
  const out = [];
  for (let i = 0; i + 1 < bounds.length; i++) out.push({ stored: bounds[i + 1] - bounds[i], content: bounds[i + 1] - bounds[i] });
  return out;
}
function contentStarts(frames) {
  const s = [];
  let n = 0;
  for (const f of frames) {
    s.push(n);
    n += f.content;
  }
  return s;
}
function storedStarts(frames) {
  const s = [];
  let n = 0;
  for (const f of frames) {
    s.push(n);
    n += f.stored;
  }
  return s;
}
function serializeIndex(ix) {
  return gzipSync(JSON.stringify(ix), { level: 6 });
}
function parseIndex(gz, where, objectBytes) {
  let raw;
  try {
    raw = JSON.parse(gunzipSync(gz, { maxOutputLength: MAX_INDEX_BYTES * 8 }).toString("utf8"));
  } catch (e) {
    throw new Error(`${where} is not a gzipped JSON index: ${e.message}`, { cause: e });
  }
  const r = indexSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${where} is not a format 1 index: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const ix = r.data;
  const stored = ix.frames.reduce((n, f) => n + f.stored, 0);
  if (stored > objectBytes) throw new Error(`${where}: its frames add up to ${stored} bytes, more than the object's ${objectBytes}`);
  for (const m of ix.members) {
    const f = ix.frames[m.frame];
    if (!f || m.offset >= f.content) throw new Error(`${where}: entry ${JSON.stringify(m.path)} points outside its frame`);
    if (!isSafePath(m.path)) throw new Error(`${where}: entry ${JSON.stringify(m.path)} is not a safe relative path`);
  }
  return ix;
}
function isSafePath(p) {
  if (p.startsWith("/") || p.includes("\0") || p.includes("\\")) return false;
  return p.split("/").every((s) => s !== "" && s !== "." && s !== "..");
}
function frameAt(starts, at) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

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
function tarEmitter(out, counts, signal) {
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
  return { copyIn, header, content };
}
async function* tarPieces(dir, pool, counts, signal) {
  const out = new Filler(pool);
  const links = /* @__PURE__ */ new Map();
  const { copyIn, header, content } = tarEmitter(out, counts, signal);
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
  return { object, bytes: body.length, sha256: createHash3("sha256").update(body).digest("hex") };
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
    await rm2(dir, { recursive: true, force: true });
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
      manifestSha256: createHash3("sha256").update(manifestJson).digest("hex"),
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

// src/formats/restic/reader.ts
import { lstat as lstat2, readdir as readdir2, readlink as readlink2, rename, rm as rm3, rmdir } from "node:fs/promises";
import path3 from "node:path";
async function loadResticManifest(store, b) {
  const where = `${b.id}/${RESTIC_MANIFEST_NAME}`;
  const chunks = [];
  for await (const c of await store.read(b, RESTIC_MANIFEST_NAME)) chunks.push(c);
  const m = parseResticManifest(Buffer.concat(chunks).toString("utf8"), where);
  const mismatch = ["id", "site", "environment"].filter((k) => m[k] !== b[k]);
  if (mismatch.length)
    throw new Error(
      `${where} describes ${m.site}/${m.environment}/${m.id}, not the snapshot it is in (${b.site}/${b.environment}/${b.id})`
    );
  return { ...m, snapshot: b.snapshots[0] };
}
function manifestView(m) {
  const { backupFormat: _f, snapshot: _s, components, ...rest } = m;
  return {
    ...rest,
    components: components.map((c) => ({
      name: c.name,
      object: `${c.path}/`,
      compression: "none",
      encryption: "none",
      bytes: 0,
      sha256: m.snapshot ?? "",
      contentBytes: c.contentBytes,
      files: c.files
    }))
  };
}
async function scanRestored(root, dir = root, l = { entries: 0, files: 0, contentBytes: 0, directories: 0, symlinks: 0, hardlinks: 0 }) {
  for (const name of await readdir2(dir)) {
    const p = path3.join(dir, name);
    const st = await lstat2(p);
    l.entries++;
    if (st.isDirectory()) {
      l.directories++;
      await scanRestored(root, p, l);
    } else if (st.isSymbolicLink()) {
      l.symlinks++;
      const target = await readlink2(p);
      const resolved = path3.resolve(path3.dirname(p), target);
      if (path3.isAbsolute(target) || resolved !== root && !resolved.startsWith(root + path3.sep)) {
        throw new Error(`${path3.relative(root, p)} is a link to ${target}, outside the component: refusing to restore it`);
      }
    } else if (st.isFile()) {
      l.files++;
      l.contentBytes += st.size;
    } else {
      throw new Error(`${path3.relative(root, p)} is a device, socket or pipe: refusing to restore it`);
    }
  }
  return l;
}
function includeRules(folder, paths) {
  if (!paths?.length) return ["--include", `/${folder}`];
  return paths.flatMap((p) => ["--include", `/${folder}/${p.replace(/^\/+/, "")}`]);
}
async function materialise2(store, b, c, target, o) {
  const folder = c.object.replace(/\/$/, "");
  const beside = `${target}.restic`;
  const started = Date.now();
  try {
    await store.repo(b.site).ok(["restore", b.snapshots[0], "--target", beside, "--verify", ...includeRules(folder, o.paths)], {
      lock: true,
      ...o.signal ? { signal: o.signal } : {}
    });
    const durationMs = Date.now() - started;
    const got = path3.join(beside, folder);
    if (!await lstat2(got).catch(() => void 0)) return { bytes: 0, durationMs, listing: await scanRestored(target) };
    await rmdir(target);
    await rename(got, target);
    try {
      return { bytes: c.contentBytes, durationMs, listing: await scanRestored(target) };
    } catch (e) {
      return { bytes: c.contentBytes, durationMs, listError: new Error(`${c.name}: ${e.message}`) };
    }
  } finally {
    await rm3(beside, { recursive: true, force: true });
  }
}
async function checkRepository(store, site, o) {
  const repo = store.repo(site);
  const subset = store.options.readDataSubset;
  const t = Date.now();
  const r = await repo.run(["check", ...subset ? [`--read-data-subset=${subset}`] : []], {
    lock: true,
    ...o.signal ? { signal: o.signal } : {}
  });
  const durationMs = Date.now() - t;
  o.log.info(
    `restic check${subset ? ` --read-data-subset=${subset}` : ""} of ${repo.display}: ${r.code === 0 ? "no errors" : "ERRORS"} in ${formatDuration(durationMs)}`
  );
  return { what: "restic check", durationMs, ...r.code !== 0 ? { problem: repo.error("restic check", r).message } : {} };
}
function resticReader(store) {
  return {
    async open(listed) {
      const b = "snapshots" in listed ? listed : await store.snapshotOf(listed);
      const m = await loadResticManifest(store, b);
      return {
        format: "restic",
        backup: b,
        manifest: manifestView(m),
        origin: `restic snapshot ${b.snapshots[0].slice(0, 8)}`,
        // One `restic restore` at a time: each already reads the repository in parallel.
        parallel: 1,
        // A snapshot is written whole or not at all: there is nothing to compare before reading.
        early: () => [],
        materialise: (c, target, o) => materialise2(store, b, c, target, o),
        // Each chunk is checked by the repository check (checkStore), once for all backups.
        check: (c) => Promise.resolve({ bytes: c.contentBytes, durationMs: 0 })
      };
    },
    checkStore: (site, o) => checkRepository(store, site, o)
  };
}

// src/formats/restic/writer.ts
import { lstat as lstat3, mkdir as mkdir2, readdir as readdir3, rm as rm5, writeFile } from "node:fs/promises";
import path5 from "node:path";

// src/formats/restic/staging.ts
import { mkdir, mkdtemp, open as open2, readFile, rm as rm4, rmdir as rmdir2 } from "node:fs/promises";
import path4 from "node:path";
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
      await rm4(lock, { force: true });
    }
  }
  return false;
}
async function openResticStaging(tmpRoot, site, environment) {
  const parent = path4.join(tmpRoot, "site-backup-restic", encodeURIComponent(site));
  await mkdir(parent, { recursive: true, mode: 448 });
  const name = encodeURIComponent(environment);
  const lock = path4.join(parent, `${name}.lock`);
  if (await takeLock(lock)) {
    const root2 = path4.join(parent, name);
    await rm4(root2, { recursive: true, force: true });
    await mkdir(root2, { mode: 448 });
    let held = true;
    return {
      root: root2,
      release: async () => {
        if (!held) return;
        held = false;
        await rm4(root2, { recursive: true, force: true });
        await rm4(lock, { force: true });
        for (const dir of [parent, path4.dirname(parent)]) await rmdir2(dir).catch(() => void 0);
      }
    };
  }
  const root = await mkdtemp(path4.join(tmpRoot, "site-backup-restic-"));
  return { root, release: () => rm4(root, { recursive: true, force: true }) };
}

// src/formats/restic/writer.ts
async function countContent(dir) {
  let files = 0;
  let bytes = 0;
  for (const name of await readdir3(dir)) {
    const st = await lstat3(path5.join(dir, name));
    if (st.isFile()) {
      files++;
      bytes += st.size;
    } else if (st.isDirectory()) {
      const sub = await countContent(path5.join(dir, name));
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
    const dir = path5.join(this.root, component);
    await mkdir2(dir, { mode: 448 });
    return dir;
  }
  async unstage(dir) {
    await rm5(dir, { recursive: true, force: true });
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
      await writeFile(path5.join(this.root, RESTIC_MANIFEST_NAME), serializeResticManifest(manifest), { mode: 384 });
      const args = this.backupArgs(
        head.createdAt,
        reports.map((r) => r.name)
      );
      const added = await this.snapshotOnce(args, reports);
      for (const r of reports) await this.ctx.stored(r.name, path5.join(this.root, r.name));
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

// src/formats/index.ts
function readerFor(store) {
  return isResticStore(store) ? resticReader(store) : archiveReader(store);
}
function beginWriter(ctx, store) {
  return isResticStore(store) ? beginResticWriter(ctx, store) : beginArchiveWriter(ctx, store);
}

export {
  MAX_INDEX_BYTES,
  contentStarts,
  storedStarts,
  parseIndex,
  frameAt,
  parseResticManifest,
  readerFor,
  beginWriter
};
