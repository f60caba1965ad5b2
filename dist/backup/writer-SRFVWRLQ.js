import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  Header,
  compressChunks,
  compressPieces,
  encryptStream,
  loadAge
} from "./chunk-XOLSYURX.js";
import {
  makeStaging
} from "./chunk-TLYYK3DI.js";
import {
  putBatches
} from "./chunk-AYPIQNH4.js";
import {
  MANIFEST_NAME,
  _enum,
  array,
  indexObjectName,
  lazy,
  literal,
  number,
  object,
  objectName,
  serializeManifest,
  string
} from "./chunk-4FVHBC72.js";
import "./chunk-BB3JDYVJ.js";

// src/formats/archive/writer.ts
import { createHash } from "node:crypto";
import { rm } from "node:fs/promises";
import { Readable as Readable2 } from "node:stream";

// src/archive/pack.ts
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
  /** The buffers are shared memory, so the hash workers read them where they lie (frame-hash.ts). */
  constructor(size, count) {
    this.size = size;
    for (let i = 0; i < count; i++) this.free.push(Buffer.from(new SharedArrayBuffer(size)));
    this.all = [...this.free];
  }
  size;
  free = [];
  waiting = [];
  error;
  /** Every buffer of the pool, lent or not. */
  all;
  /** Called when lease() has to wait: a holder that batches its releases should give them back now. */
  onWait;
  /** Buffers in the pool now: all of them once every lease is released. */
  get available() {
    return this.free.length;
  }
  async lease() {
    if (this.error) throw this.error;
    let b = this.free.pop();
    if (!b) {
      const wait = new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
      this.onWait?.();
      b = await wait;
    }
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

// src/archive/frame-hash.ts
import { Worker } from "node:worker_threads";
var CUT = -1;
var RING = -2;
var RING_BYTES = 8 << 20;
var RING_CHUNK = 64 << 10;
var POST_BYTES = 2 << 20;
var WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const streams = new Map();
parentPort.on('message', (m) => {
  if (m.open) {
    const shared = m.shared.map((b) => new Uint8Array(b));
    streams.set(m.stream, { hash: createHash('sha256'), shared, ring: new Uint8Array(m.ring), digests: [] });
    return;
  }
  const s = streams.get(m.stream);
  if (!s || m.drop) {
    streams.delete(m.stream);
    return;
  }
  const ops = new Float64Array(m.ops);
  for (let i = 0; i < ops.length; i += 3) {
    const b = ops[i];
    if (b === ${CUT}) {
      s.digests.push(s.hash.digest('hex'));
      s.hash = createHash('sha256');
    } else s.hash.update((b === ${RING} ? s.ring : s.shared[b]).subarray(ops[i + 1], ops[i + 1] + ops[i + 2]));
  }
  if (m.last) streams.delete(m.stream);
  parentPort.postMessage(m.last ? { stream: m.stream, digests: s.digests } : { stream: m.stream, ack: m.id });
});
`;
var HashWorker = class {
  // No flags of the parent's: `--input-type=module` or a loader would make the source ESM, or load
  // what the worker does not need.
  worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
  clients = /* @__PURE__ */ new Map();
  constructor(onGone) {
    this.worker.unref();
    this.worker.on("message", (m) => this.clients.get(m.stream)?.onMessage(m));
    const gone = (e) => {
      onGone(this);
      for (const c of this.clients.values()) c.fail(e);
      this.clients.clear();
    };
    this.worker.on("error", gone);
    this.worker.on("exit", (code) => gone(new Error(`the frame hash worker exited with ${code}`)));
  }
  attach(stream, client) {
    if (this.clients.size === 0) this.worker.ref();
    this.clients.set(stream, client);
  }
  detach(stream) {
    if (this.clients.delete(stream) && this.clients.size === 0) this.worker.unref();
  }
};
var MAX_WORKERS = 2;
var workers = [];
var nextStream = 0;
function pickWorker() {
  let best;
  for (const w2 of workers) if (!best || w2.clients.size < best.clients.size) best = w2;
  if (best && (best.clients.size === 0 || workers.length >= MAX_WORKERS)) return best;
  const w = new HashWorker((gone) => {
    const i = workers.indexOf(gone);
    if (i >= 0) workers.splice(i, 1);
  });
  workers.push(w);
  return w;
}
var CopyRing = class {
  buf = Buffer.from(new SharedArrayBuffer(RING_BYTES));
  tail = 0;
  used = 0;
  /** Room for `n` bytes of copies, whatever a wrap wastes. */
  fits(n) {
    return this.used + n + RING_CHUNK <= RING_BYTES;
  }
  /** Copies `b` (at most RING_CHUNK) in; returns its offset and the bytes it took, wrap included. */
  put(b) {
    let took = b.length;
    if (this.tail + b.length > RING_BYTES) {
      took += RING_BYTES - this.tail;
      this.tail = 0;
    }
    const at = this.tail;
    this.buf.set(b, at);
    this.tail += b.length;
    this.used += took;
    return { at, took };
  }
  release(n) {
    this.used -= n;
  }
};
var Ops = class {
  constructor(sharedIds, ring) {
    this.sharedIds = sharedIds;
    this.ring = ring;
  }
  sharedIds;
  ring;
  nums = [];
  /** Ring bytes this message holds until the worker acknowledges it. */
  ringBytes = 0;
  add(buf) {
    const id = this.sharedIds.get(buf.buffer);
    if (id !== void 0) {
      this.nums.push(id, buf.byteOffset, buf.length);
      return;
    }
    for (let off = 0; off < buf.length; off += RING_CHUNK) {
      const part = buf.subarray(off, Math.min(buf.length, off + RING_CHUNK));
      const { at, took } = this.ring.put(part);
      this.ringBytes += took;
      this.nums.push(RING, at, part.length);
    }
  }
  cut() {
    this.nums.push(CUT, 0, 0);
  }
  /** The message for stream `stream`, with its one buffer to transfer. */
  message(stream, id, last) {
    const ops = new Float64Array(this.nums).buffer;
    return [{ stream, id, ops, last }, [ops]];
  }
};
var FrameCutter = class {
  constructor(frameEnd) {
    this.frameEnd = frameEnd;
  }
  frameEnd;
  pos = 0;
  frameStart = 0;
  frames = 0;
  /** Bytes seen so far. */
  get bytes() {
    return this.pos;
  }
  /** The operations that hash `buf`, with a CUT before each byte that starts a new frame. */
  cut(buf, ops) {
    let off = 0;
    while (off < buf.length) {
      const end = this.frameEnd(this.frames);
      if (end !== void 0 && end <= this.pos) {
        this.close(ops);
        continue;
      }
      const n = end === void 0 ? buf.length - off : Math.min(buf.length - off, end - this.pos);
      ops.add(off === 0 && n === buf.length ? buf : buf.subarray(off, off + n));
      off += n;
      this.pos += n;
    }
  }
  close(ops) {
    ops.cut();
    this.frames++;
    this.frameStart = this.pos;
  }
  /** The last frame ends with the stream. */
  finish(ops) {
    if (this.pos > this.frameStart || this.frames === 0) this.close(ops);
  }
};
var FrameHasher = class {
  stream = nextStream++;
  host = pickWorker();
  ring = new CopyRing();
  cutter;
  sharedIds;
  pending = /* @__PURE__ */ new Map();
  open;
  nextId = 0;
  closed = false;
  failure;
  /** tap() waiting for ring space. */
  wake;
  result;
  /** `shared`: the pool's buffers (BufferPool.all), which the worker reads in place. */
  constructor(frameEnd, shared) {
    this.cutter = new FrameCutter(frameEnd);
    this.sharedIds = new Map(shared.map((b, i) => [b.buffer, i]));
    this.host.attach(this.stream, { onMessage: (m) => this.onMessage(m), fail: (e) => this.fail(e) });
    this.host.worker.postMessage({ open: true, stream: this.stream, shared: shared.map((b) => b.buffer), ring: this.ring.buf.buffer });
  }
  /** Bytes hashed (or on their way to the worker) so far. */
  get bytes() {
    return this.cutter.bytes;
  }
  onMessage(m) {
    if (m.digests) {
      this.host.detach(this.stream);
      this.result?.resolve(m.digests);
      return;
    }
    const done = this.pending.get(m.ack);
    this.pending.delete(m.ack);
    if (!done) return;
    for (const p of done.held) p.lease?.release();
    this.ring.release(done.ringBytes);
    this.wake?.();
  }
  fail(e) {
    this.failure ??= e;
    this.wake?.();
    this.result?.reject(this.failure);
  }
  add(batch) {
    const open2 = this.open ??= { ops: new Ops(this.sharedIds, this.ring), held: [], bytes: 0 };
    for (const p of batch) {
      this.cutter.cut(p.buf, open2.ops);
      open2.bytes += p.buf.length;
      if (p.lease && this.sharedIds.has(p.buf.buffer)) open2.held.push({ buf: p.buf, lease: p.lease.retain() });
    }
  }
  /** Sends what was gathered. The pool calls it when it runs dry, so nothing waits on held buffers. */
  flush(last = false) {
    if (!last && (!this.open || this.closed)) return;
    const open2 = this.open ?? { ops: new Ops(this.sharedIds, this.ring), held: [], bytes: 0 };
    this.open = void 0;
    if (last) this.cutter.finish(open2.ops);
    const id = this.nextId++;
    this.pending.set(id, { held: open2.held, ringBytes: open2.ops.ringBytes });
    this.host.worker.postMessage(...open2.ops.message(this.stream, id, last));
  }
  /** Hashes each batch as it passes. */
  async *tap(batches2) {
    for await (const batch of batches2) {
      const copies = batch.reduce((n, p) => this.sharedIds.has(p.buf.buffer) ? n : n + p.buf.length, 0);
      if (copies > RING_BYTES / 2) throw new Error(`internal: a batch of ${copies} bytes outside the pool`);
      while (!this.ring.fits(copies) && !this.failure) {
        this.flush();
        await new Promise((r) => this.wake = r);
      }
      if (this.failure) throw this.failure;
      this.add(batch);
      if (this.open.bytes >= POST_BYTES) this.flush();
      yield batch;
    }
  }
  /** Every frame's digest, once the worker has hashed all it was sent. */
  async finish() {
    if (this.failure) throw this.failure;
    const digests = new Promise((resolve, reject) => this.result = { resolve, reject });
    this.flush(true);
    try {
      return await digests;
    } finally {
      this.close();
    }
  }
  /**
   * Gives back every buffer the worker still held and lets go of the worker; a stream stopped
   * early is dropped there. Safe to call more than once.
   */
  close() {
    if (this.closed) return;
    this.closed = true;
    if (this.host.clients.has(this.stream)) {
      this.host.worker.postMessage({ stream: this.stream, drop: true });
      this.host.detach(this.stream);
    }
    for (const { held } of this.pending.values()) for (const p of held) p.lease?.release();
    this.pending.clear();
    for (const p of this.open?.held ?? []) p.lease?.release();
    this.open = void 0;
  }
};

// src/archive/seek-index.ts
import { gunzipSync, gzipSync } from "node:zlib";
var FRAME_BYTES = 1 << 20;
var MAX_INDEX_BYTES = 256 << 20;
function buildIndexSchema() {
  const hex64 = string().regex(/^[0-9a-f]{64}$/);
  const uint = number().int().nonnegative();
  return object({
    format: literal(1),
    object: string(),
    frames: array(object({ stored: uint, content: uint, sha256: hex64 }).strict()),
    members: array(
      object({
        path: string().min(1),
        type: _enum(["file", "dir", "symlink", "link"]),
        mode: uint,
        size: uint,
        mtime: number().int(),
        linkpath: string().optional(),
        frame: uint,
        offset: uint,
        headers: uint
      }).strict()
    )
  });
}
var indexSchema = lazy(buildIndexSchema);
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
function buildIndex(object2, log, frames, digests) {
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
  return { format: 1, object: object2, frames: out, members };
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
function serializeIndex(ix) {
  return gzipSync(JSON.stringify(ix), { level: 6 });
}

// src/archive/tar-writer.ts
import { lstat, open, readdir, readlink } from "node:fs/promises";
import path from "node:path";

// node_modules/tar/dist/esm/pax.js
import { basename } from "node:path";
var Pax = class _Pax {
  atime;
  mtime;
  ctime;
  charset;
  comment;
  gid;
  uid;
  gname;
  uname;
  linkpath;
  dev;
  ino;
  nlink;
  path;
  size;
  mode;
  global;
  constructor(obj, global = false) {
    this.atime = obj.atime;
    this.charset = obj.charset;
    this.comment = obj.comment;
    this.ctime = obj.ctime;
    this.dev = obj.dev;
    this.gid = obj.gid;
    this.global = global;
    this.gname = obj.gname;
    this.ino = obj.ino;
    this.linkpath = obj.linkpath;
    this.mtime = obj.mtime;
    this.nlink = obj.nlink;
    this.path = obj.path;
    this.size = obj.size;
    this.uid = obj.uid;
    this.uname = obj.uname;
  }
  encode() {
    const body = this.encodeBody();
    if (body === "") {
      return Buffer.allocUnsafe(0);
    }
    const bodyLen = Buffer.byteLength(body);
    const bufLen = 512 * Math.ceil(1 + bodyLen / 512);
    const buf = Buffer.allocUnsafe(bufLen);
    for (let i = 0; i < 512; i++) {
      buf[i] = 0;
    }
    new Header({
      // XXX split the path
      // then the path should be PaxHeader + basename, but less than 99,
      // prepend with the dirname
      /* c8 ignore start */
      path: ("PaxHeader/" + basename(this.path ?? "")).slice(0, 99),
      /* c8 ignore stop */
      mode: this.mode || 420,
      uid: this.uid,
      gid: this.gid,
      size: bodyLen,
      mtime: this.mtime,
      type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader",
      linkpath: "",
      uname: this.uname || "",
      gname: this.gname || "",
      devmaj: 0,
      devmin: 0,
      atime: this.atime,
      ctime: this.ctime
    }).encode(buf);
    buf.write(body, 512, bodyLen, "utf8");
    for (let i = bodyLen + 512; i < buf.length; i++) {
      buf[i] = 0;
    }
    return buf;
  }
  encodeBody() {
    return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
  }
  encodeField(field) {
    if (this[field] === void 0) {
      return "";
    }
    const r = this[field];
    const v = r instanceof Date ? r.getTime() / 1e3 : r;
    const s = " " + (field === "dev" || field === "ino" || field === "nlink" ? "SCHILY." : "") + field + "=" + v + "\n";
    const byteLen = Buffer.byteLength(s);
    let digits = Math.floor(Math.log(byteLen) / Math.log(10)) + 1;
    if (byteLen + digits >= Math.pow(10, digits)) {
      digits += 1;
    }
    const len = digits + byteLen;
    return len + s;
  }
  static parse(str, ex, g = false) {
    return new _Pax(merge(parseKV(str), ex), g);
  }
};
var merge = (a, b) => b ? Object.assign({}, b, a) : a;
var parseKV = (str) => str.replace(/\n$/, "").split("\n").reduce(parseKVLine, /* @__PURE__ */ Object.create(null));
var parseKVLine = (set, line) => {
  const n = parseInt(line, 10);
  if (n !== Buffer.byteLength(line) + 1) {
    return set;
  }
  line = line.slice((n + " ").length);
  const kv = line.split("=");
  const r = kv.shift();
  if (!r) {
    return set;
  }
  const k = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1");
  const v = kv.join("=").replace(/\0.*/, "");
  switch (k) {
    case "path":
    case "linkpath":
    case "type":
    case "charset":
    case "comment":
    case "gname":
    case "uname":
      set[k] = v;
      break;
    case "ctime":
    case "atime":
    case "mtime":
      set[k] = new Date(Number(v) * 1e3);
      break;
    case "size":
      const s = +v;
      if (s >= 0)
        set[k] = s;
      break;
    case "gid":
    case "uid":
    case "dev":
    case "ino":
    case "nlink":
    case "mode":
      set[k] = +v;
      break;
  }
  return set;
};

// src/archive/tar-writer.ts
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
    const h = new Header({ ...fields, uid: 0, gid: 0, uname: "", gname: "" });
    const pax = h.encode() ? new Pax({
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
      for (const name of (await readdir(e.abs)).sort()) yield* entry({ name: `${e.name}/${name}`, abs: path.join(e.abs, name) });
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
    for (const name of (await readdir(dir)).sort()) yield* entry({ name, abs: path.join(dir, name) });
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
  const seekable = opts.indexAs !== void 0 && opts.compression !== "gzip";
  const pool = new BufferPool(BUFFER_SIZE, BUFFERS);
  const counts = { files: 0, contentBytes: 0 };
  const log = seekable ? { frameBytes: opts.frameBytes ?? FRAME_BYTES, members: [], cuts: [] } : void 0;
  if (log) counts.log = log;
  const frames = [];
  const tarStream = tarPieces(dir, pool, counts, signal);
  let stored;
  if (opts.compression === "zstd") stored = compressPieces(tarStream, signal, log ? { cuts: log.cuts, frames } : void 0);
  else if (opts.compression === "none") stored = batches(tarStream);
  else stored = batches(compressChunks(opts.compression, owned(tarStream), signal));
  const hasher = log ? new FrameHasher(opts.compression === "zstd" ? zstdFrameEnds(frames) : tarFrameEnds(log), pool.all) : void 0;
  if (hasher) stored = hasher.tap(stored);
  if (opts.recipients.length > 0)
    stored = batches(await encryptStream(Readable.from(owned(flat(stored)), { objectMode: false }), opts.recipients));
  const whole = new FrameHasher(() => void 0, pool.all);
  stored = whole.tap(stored);
  pool.onWait = () => {
    hasher?.flush();
    whole.flush();
  };
  let bytes = 0;
  let ended = false;
  async function* digested() {
    for await (const batch of stored) {
      signal?.throwIfAborted();
      const bufs = [];
      for (const p of batch) {
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
    if (!ended) {
      hasher?.close();
      whole.close();
    }
  }
  const [sha256] = await whole.finish();
  const result = { bytes, sha256, contentBytes: counts.contentBytes, files: counts.files };
  if (log && hasher) {
    const digests = await hasher.finish();
    const data = opts.compression === "zstd" ? frames.filter((f) => !f.skippable) : tarFrames(log, hasher.bytes);
    result.index = buildIndex(opts.indexAs, log, data, digests.slice(0, data.length));
  }
  return result;
}

// src/formats/archive/writer.ts
async function storeIndex(writer, component, index, recipients) {
  let body = serializeIndex(index);
  if (recipients.length > 0) {
    const { Encrypter } = await loadAge();
    const e = new Encrypter();
    for (const r of recipients) e.addRecipient(r);
    body = Buffer.from(await e.encrypt(body));
  }
  const object2 = indexObjectName(component, recipients.length > 0);
  await writer.put(object2, Readable2.from([body]));
  return { object: object2, bytes: body.length, sha256: createHash("sha256").update(body).digest("hex") };
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
      manifestSha256: createHash("sha256").update(manifestJson).digest("hex"),
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
export {
  beginArchiveWriter
};
