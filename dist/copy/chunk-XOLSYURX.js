import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

// src/archive/age.ts
import { Readable } from "node:stream";
var loadAge = () => import("./dist-CYCQ7LO7.js");
async function encryptStream(input, recipients) {
  const { Encrypter } = await loadAge();
  const e = new Encrypter();
  for (const r of recipients) e.addRecipient(r);
  const web = Readable.toWeb(input);
  const out = await e.encrypt(web);
  return Readable.fromWeb(out);
}
async function decryptStream(input, identities) {
  const { Decrypter } = await loadAge();
  const d = new Decrypter();
  for (const id of identities) d.addIdentity(id);
  const web = Readable.toWeb(input);
  const out = await d.decrypt(web);
  return Readable.fromWeb(out);
}

// src/archive/compress.ts
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";
import { Duplex, PassThrough, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";

// src/archive/zstd-frames.ts
var MAGIC = 4247762216;
var BLOCK = 128 * 1024;
var FRAME_BLOCKS = 8;
var RAW_FRAME_HEADER = Buffer.from([40, 181, 47, 253, 0, 56]);
var LAST_EMPTY_BLOCK = Buffer.from([1, 0, 0]);
var SWITCH_BYTES = 1 << 20;
var MIN_RUN_BYTES = 4096;
var QUEUE_LIMIT = 4 << 20;
var STRIDE = 16;
var ENTROPY_LIMIT = 7.8;
var QUICK_MIN_BYTES = 64 * 1024;
var hist = new Uint32Array(256);
function sampledEntropy(parts, stride) {
  hist.fill(0);
  let n = 0;
  let skip = 0;
  for (const p of parts) {
    let i = skip;
    for (; i < p.length; i += stride) {
      hist[p[i]]++;
      n++;
    }
    skip = i - p.length;
  }
  let sum = 0;
  for (let k = 0; k < 256; k++) {
    const c = hist[k];
    if (c) sum += c * Math.log2(c);
  }
  return Math.log2(n) - sum / n;
}
function looksIncompressible(parts, len) {
  if (len < 4096) return false;
  if (len >= QUICK_MIN_BYTES) {
    const quick = sampledEntropy(parts, STRIDE * 4);
    if (quick > ENTROPY_LIMIT + 0.05) return true;
    if (quick < ENTROPY_LIMIT - 0.4) return false;
  }
  return sampledEntropy(parts, STRIDE) > ENTROPY_LIMIT;
}
var CUT = /* @__PURE__ */ Symbol("cut");
var MAX_FRAME_CONTENT = 1 << 30;
var SKIPPABLE_SEEK_MAGIC = 407710302;
var SEEKABLE_MAGIC = 2408770225;
function seekTable(frames) {
  const data = frames.filter((f) => !f.skippable);
  const size = data.length * 8 + 9;
  const b = Buffer.alloc(8 + size);
  b.writeUInt32LE(SKIPPABLE_SEEK_MAGIC, 0);
  b.writeUInt32LE(size, 4);
  let o = 8;
  for (const f of data) {
    o = b.writeUInt32LE(f.stored, o);
    o = b.writeUInt32LE(f.content, o);
  }
  o = b.writeUInt32LE(data.length, o);
  o = b.writeUInt8(0, o);
  b.writeUInt32LE(SEEKABLE_MAGIC, o);
  return b;
}
var BlockCutter = class {
  constructor(cuts) {
    this.cuts = cuts;
  }
  cuts;
  parts = [];
  len = 0;
  /** Stream offset of the next byte pushed. */
  pos = 0;
  nextCut = 0;
  /** Bytes until the next cut (Infinity without one), marking a cut that is due now. */
  *dueCut() {
    const cuts = this.cuts;
    if (!cuts) return Infinity;
    while (this.nextCut < cuts.length && cuts[this.nextCut] < this.pos) this.nextCut++;
    if (this.nextCut < cuts.length && cuts[this.nextCut] === this.pos) {
      const b = this.flush();
      if (b) yield b;
      yield CUT;
      this.nextCut++;
    }
    return this.nextCut < cuts.length ? cuts[this.nextCut] - this.pos : Infinity;
  }
  *push(chunk) {
    const { buf, lease } = chunk;
    let off = 0;
    while (off < buf.length) {
      const room = yield* this.dueCut();
      const take = Math.min(BLOCK - this.len, buf.length - off, room);
      this.pos += take;
      this.parts.push({
        buf: off === 0 && take === buf.length ? buf : buf.subarray(off, off + take),
        ...lease ? { lease: lease.retain() } : {}
      });
      this.len += take;
      off += take;
      if (this.len === BLOCK) yield this.flush();
    }
  }
  flush() {
    if (this.len === 0) return void 0;
    const out = [this.parts, this.len];
    this.parts = [];
    this.len = 0;
    return out;
  }
};
var OrderedQueue = class {
  /** With `frames`, each segment is one frame and is recorded there. */
  constructor(frames) {
    this.frames = frames;
  }
  frames;
  segments = [];
  queued = 0;
  finished = false;
  error;
  closed = false;
  wake;
  spaceWake;
  open(skippable = false) {
    const s = { chunks: [], done: false };
    if (this.frames) {
      s.frame = { stored: 0, content: 0, done: false, ...skippable ? { skippable: true } : {} };
      this.frames.push(s.frame);
    }
    this.segments.push(s);
    return s;
  }
  push(s, p) {
    s.chunks.push(p);
    this.queued += p.buf.length;
    if (s.frame) s.frame.stored += p.buf.length;
    this.notify();
  }
  /** Counts content that went into the segment's frame. */
  content(s, n) {
    if (s.frame) s.frame.content += n;
  }
  end(s) {
    s.done = true;
    if (s.frame) s.frame.done = true;
    this.notify();
  }
  finish() {
    this.finished = true;
    this.notify();
  }
  fail(e) {
    this.error ??= e instanceof Error ? e : new Error(String(e));
    this.notify();
    this.spaceWake?.();
  }
  /** The consumer went away: the producer's next wait throws and it stops. */
  close() {
    this.closed = true;
    this.spaceWake?.();
  }
  get stopped() {
    return this.closed || this.error !== void 0;
  }
  notify() {
    const w = this.wake;
    this.wake = void 0;
    w?.();
  }
  async space() {
    while (this.queued > QUEUE_LIMIT && !this.stopped) {
      await new Promise((r) => this.spaceWake = r);
      this.spaceWake = void 0;
    }
    if (this.stopped) throw this.error ?? new Error("the archive stream was closed");
  }
  /**
   * The next output pieces in order, as many as are ready up to `max` bytes (at least one), or
   * undefined at the end. Taking several at once lets the store write them with one call.
   */
  async take(max) {
    for (; ; ) {
      if (this.error) throw this.error;
      const head = this.segments[0];
      if (head && head.chunks.length > 0) {
        const out = [];
        let n = 0;
        while (this.segments.length > 0) {
          const s = this.segments[0];
          while (s.chunks.length > 0 && (n === 0 || n + s.chunks[0].buf.length <= max)) {
            const p = s.chunks.shift();
            n += p.buf.length;
            out.push(p);
          }
          if (s.chunks.length > 0 || !s.done) break;
          this.segments.shift();
        }
        this.queued -= n;
        if (this.queued <= QUEUE_LIMIT) this.spaceWake?.();
        return out;
      }
      if (head?.done) {
        this.segments.shift();
        continue;
      }
      if (!head && this.finished) return void 0;
      await new Promise((r) => this.wake = r);
    }
  }
};
function drained(d) {
  return new Promise((resolve, reject) => {
    const done = (e) => {
      d.off("drain", onDrain);
      d.off("error", done);
      d.off("close", onClose);
      if (e) reject(e);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error("the compressor closed early"));
    d.on("drain", onDrain);
    d.on("error", done);
    d.on("close", onClose);
  });
}
async function writeAll(d, parts) {
  for (const p of parts) {
    if (!d.write(p)) await drained(d);
  }
}
async function writePieces(d, parts) {
  for (const { buf, lease } of parts) {
    if (!d.write(buf, lease ? () => lease.release() : void 0)) await drained(d);
  }
}
var RawRun = class {
  constructor(q) {
    this.q = q;
  }
  q;
  seg;
  blocks = 0;
  add(parts, len) {
    const first = this.blocks === 0;
    const seg = this.seg ??= this.q.open();
    const last = ++this.blocks === FRAME_BLOCKS;
    const h = len << 3 | (last ? 1 : 0);
    const head = Buffer.allocUnsafe(first ? RAW_FRAME_HEADER.length + 3 : 3);
    let o = 0;
    if (first) o = RAW_FRAME_HEADER.copy(head, 0);
    head[o] = h & 255;
    head[o + 1] = h >>> 8 & 255;
    head[o + 2] = h >>> 16 & 255;
    this.q.push(seg, { buf: head });
    for (const p of parts) this.q.push(seg, p);
    this.q.content(seg, len);
    if (last) this.endFrame();
  }
  endFrame() {
    if (this.seg) this.q.end(this.seg);
    this.seg = void 0;
    this.blocks = 0;
  }
  end() {
    if (this.blocks > 0) this.q.push(this.seg, { buf: LAST_EMPTY_BLOCK });
    this.endFrame();
  }
};
var CompressedRun = class {
  constructor(d, q) {
    this.d = d;
    this.q = q;
    const seg = this.seg = q.open();
    this.finished = (async () => {
      for await (const c of d) q.push(seg, { buf: c });
      q.end(seg);
    })().catch((e) => q.fail(e));
  }
  d;
  q;
  finished;
  seg;
  /** Content bytes written so far. */
  content = 0;
  write(parts) {
    const n = parts.reduce((k, p) => k + p.buf.length, 0);
    this.content += n;
    this.q.content(this.seg, n);
    return writePieces(this.d, parts);
  }
  end() {
    this.d.end();
  }
  destroy() {
    this.d.destroy();
  }
};
var TAKE_BYTES = 1 << 20;
async function* encodeZstd(source, newCompressor, signal) {
  async function* pieces() {
    for await (const buf of source) yield { buf };
  }
  for await (const batch of encodePieces(pieces(), newCompressor, signal)) for (const p of batch) yield p.buf;
}
async function produceFrames(source, q, runs, newCompressor, seek) {
  const router = frameRouter(q, runs, newCompressor, seek);
  const cutter = new BlockCutter(seek?.cuts);
  const step = async (b) => b === CUT ? router.cut() : router.route(b[0], b[1]);
  for await (const chunk of source) {
    try {
      for (const b of cutter.push(chunk)) await step(b);
    } finally {
      chunk.lease?.release();
    }
  }
  const tail = cutter.flush();
  if (tail) await router.route(tail[0], tail[1]);
  await router.cut();
  await Promise.all(runs.map((r) => r.finished));
  if (seek) {
    const table = seekTable(seek.frames);
    const seg = q.open(true);
    q.push(seg, { buf: table });
    q.end(seg);
  }
  q.finish();
}
function frameRouter(q, runs, newCompressor, seek) {
  let raw;
  let run;
  let held = [];
  let heldBytes = 0;
  const endRun = async () => {
    if (run) {
      for (const [p] of held) await run.write(p);
      run.end();
    }
    run = void 0;
    held = [];
    heldBytes = 0;
  };
  const route = async (parts, len) => {
    await q.space();
    const tooShortForRun = seek !== void 0 && raw !== void 0 && len < MIN_RUN_BYTES;
    if (tooShortForRun || looksIncompressible(
      parts.map((p) => p.buf),
      len
    )) {
      if (!run) {
        raw ??= new RawRun(q);
        raw.add(parts, len);
        return;
      }
      held.push([parts, len]);
      heldBytes += len;
      if (heldBytes < SWITCH_BYTES) return;
      run.end();
      run = void 0;
      raw = new RawRun(q);
      for (const [p, l] of held) raw.add(p, l);
    } else {
      raw?.end();
      raw = void 0;
      if (!run) {
        run = new CompressedRun(newCompressor(), q);
        runs.push(run);
      }
      for (const [p] of held) await run.write(p);
      await run.write(parts);
      if (seek && run.content >= MAX_FRAME_CONTENT) {
        run.end();
        run = void 0;
      }
    }
    held = [];
    heldBytes = 0;
  };
  const cut = async () => {
    await endRun();
    raw?.end();
    raw = void 0;
  };
  return { route, cut };
}
async function* encodePieces(source, newCompressor, signal, seek) {
  const q = new OrderedQueue(seek?.frames);
  const runs = [];
  const onAbort = () => {
    q.fail(signal.reason);
    for (const r of runs) r.destroy();
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  const producer = produceFrames(source, q, runs, newCompressor, seek).catch((e) => q.fail(e));
  try {
    for (; ; ) {
      const batch = await q.take(TAKE_BYTES);
      if (!batch) break;
      yield batch;
    }
    await producer;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    q.close();
    for (const r of runs) r.destroy();
  }
}
var ByteReader = class {
  /** Chunks read and not yet taken, from index `first` (a queue without O(n) shifts). */
  chunks = [];
  first = 0;
  off = 0;
  avail = 0;
  eof = false;
  it;
  constructor(source) {
    this.it = source[Symbol.asyncIterator]();
  }
  /** Whether n bytes are available, reading ahead as needed. */
  async ensure(n) {
    while (this.avail < n && !this.eof) {
      const r = await this.it.next();
      if (r.done) this.eof = true;
      else if (r.value.length > 0) {
        this.chunks.push(r.value);
        this.avail += r.value.length;
      }
    }
    return this.avail >= n;
  }
  async need(n, what) {
    if (!await this.ensure(n)) throw new Error(`truncated zstd data (in ${what})`);
  }
  byte(i) {
    let idx = this.off + i;
    for (let k = this.first; k < this.chunks.length; k++) {
      const c = this.chunks[k];
      if (idx < c.length) return c[idx];
      idx -= c.length;
    }
    throw new RangeError("read past the buffered bytes");
  }
  /** Little-endian unsigned integer of `n` (<= 4) bytes at offset i. */
  uint(i, n) {
    let v = 0;
    for (let k = n - 1; k >= 0; k--) v = v * 256 + this.byte(i + k);
    return v;
  }
  /** The next n (available) bytes, as slices of the chunks read. */
  take(n) {
    const out = [];
    this.avail -= n;
    while (n > 0) {
      const c = this.chunks[this.first];
      const k = Math.min(n, c.length - this.off);
      out.push(this.off === 0 && k === c.length ? c : c.subarray(this.off, this.off + k));
      n -= k;
      this.off += k;
      if (this.off === c.length) {
        this.first++;
        this.off = 0;
      }
    }
    if (this.first > 64 && this.first * 2 > this.chunks.length) {
      this.chunks = this.chunks.slice(this.first);
      this.first = 0;
    }
    return out;
  }
  async skip(n, what) {
    while (n > 0) {
      const k = Math.min(n, 1 << 20);
      await this.need(k, what);
      this.take(k);
      n -= k;
    }
  }
  async close() {
    await this.it.return?.();
  }
};
var RAW_FRAME_CAP = 2 << 20;
async function* decodeZstd(source, newDecompressor) {
  for await (const parts of decodeZstdParts(source, newDecompressor)) yield* parts;
}
async function* decodeZstdParts(source, newDecompressor) {
  const rd = new ByteReader(source);
  try {
    while (await rd.ensure(1)) {
      await rd.need(4, "a frame magic number");
      const magic = rd.uint(0, 4);
      if (magic >>> 4 === 25481893) {
        await rd.need(8, "a skippable frame");
        const size = rd.uint(4, 4);
        rd.take(8);
        await rd.skip(size, "a skippable frame");
        continue;
      }
      if (magic !== MAGIC) throw new Error("not zstd data (bad frame magic number)");
      await rd.need(5, "a frame header");
      const fhd = rd.byte(4);
      if (fhd & 8) throw new Error("bad zstd frame header (reserved bit set)");
      const fcsFlag = fhd >>> 6;
      const single = fhd >>> 5 & 1;
      const checksum = fhd >>> 2 & 1;
      const headerLen = 5 + (single ? 0 : 1) + [0, 1, 2, 4][fhd & 3] + (fcsFlag === 0 ? single : [0, 2, 4, 8][fcsFlag]);
      await rd.need(headerLen, "a frame header");
      const held = rd.take(headerLen);
      const out = [];
      let heldBytes = headerLen;
      let last = false;
      while (!last) {
        await rd.need(3, "a block header");
        const h = rd.uint(0, 3);
        const type = h >>> 1 & 3;
        const size = h >>> 3;
        if (type === 3) throw new Error("bad zstd block (reserved block type)");
        if (size > BLOCK) throw new Error("bad zstd block (larger than 128 KiB)");
        if (type === 2 || heldBytes + 3 + size > RAW_FRAME_CAP) break;
        last = (h & 1) === 1;
        const contentLen = type === 1 ? 1 : size;
        await rd.need(3 + contentLen, "a block");
        held.push(...rd.take(3));
        const content = rd.take(contentLen);
        held.push(...content);
        heldBytes += 3 + contentLen;
        if (type === 0) out.push(...content);
        else if (size > 0) out.push(Buffer.alloc(size, content[0][0]));
      }
      if (last) {
        if (checksum) {
          await rd.need(4, "a frame checksum");
          rd.take(4);
        }
        const parts = out.filter((b) => b.length > 0);
        if (parts.length > 0) yield parts;
        continue;
      }
      for await (const b of decodeFrame(rd, held, checksum === 1, newDecompressor())) yield [b];
    }
  } finally {
    await rd.close();
  }
}
async function* decodeFrame(rd, held, checksum, d) {
  const feed = (async () => {
    await writeAll(d, held);
    for (; ; ) {
      await rd.need(3, "a block header");
      const h = rd.uint(0, 3);
      const type = h >>> 1 & 3;
      const len = 3 + (type === 1 ? 1 : h >>> 3);
      await rd.need(len, "a block");
      await writeAll(d, rd.take(len));
      if (h & 1) break;
    }
    if (checksum) {
      await rd.need(4, "a frame checksum");
      await writeAll(d, rd.take(4));
    }
    d.end();
  })();
  feed.catch((e) => d.destroy(e));
  try {
    for await (const b of d) yield b;
    await feed;
  } finally {
    d.destroy();
  }
}

// src/archive/compress.ts
var ZSTD_LEVEL = 3;
function hasZstdApi() {
  return typeof zlib.createZstdCompress === "function";
}
var onPathCache;
function zstdOnPath() {
  const p = process.env.PATH;
  if (onPathCache && onPathCache.path === p) return onPathCache.found;
  let found = false;
  for (const dir of (p ?? "").split(path.delimiter)) {
    if (!dir) continue;
    try {
      accessSync(path.join(dir, process.platform === "win32" ? "zstd.exe" : "zstd"), constants.X_OK);
      found = true;
      break;
    } catch {
    }
  }
  onPathCache = { path: p, found };
  return found;
}
function compressEngine() {
  const forced = process.env.SITE_BACKUP_ZSTD;
  if (forced === "binary" || forced === "builtin") return forced;
  return zstdOnPath() || !hasZstdApi() ? "binary" : "builtin";
}
function decompressEngine() {
  const forced = process.env.SITE_BACKUP_ZSTD;
  if (forced === "binary" || forced === "builtin") return forced;
  return hasZstdApi() ? "builtin" : "binary";
}
function processDuplex(cmd, args) {
  const child = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => {
    if (stderr.length < 4096) stderr += d.toString();
  });
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  child.stdout.pipe(out, { end: false });
  child.stdin.on("error", () => void 0);
  const input = new Writable({
    write(chunk, _enc, cb) {
      if (child.stdin.destroyed) return cb();
      child.stdin.write(chunk, () => cb());
    },
    final(cb) {
      if (child.stdin.destroyed) return cb();
      child.stdin.end(() => cb());
    }
  });
  const duplex = Duplex.from({ writable: input, readable: out });
  let stdoutEnded = false;
  let exit;
  const finish = () => {
    if (!stdoutEnded || exit === void 0) return;
    if (exit === 0) out.end();
    else out.destroy(new Error(`${cmd} exited with ${exit}: ${stderr.trim() || "no message"}`));
  };
  child.stdout.on("end", () => {
    stdoutEnded = true;
    finish();
  });
  child.on("close", (code2) => {
    exit = code2;
    finish();
  });
  child.on("error", (e) => {
    const msg = e.code === "ENOENT" ? `${cmd} is not installed; install it, or use compression gzip or none` : e.message;
    duplex.destroy(new Error(msg));
  });
  duplex.on("close", () => {
    if (child.exitCode === null) child.kill("SIGTERM");
  });
  return duplex;
}
function zstdCompressor(engine) {
  return engine === "builtin" ? zlib.createZstdCompress({ chunkSize: 256 << 10, params: { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } }) : processDuplex("zstd", ["-q", `-${ZSTD_LEVEL}`, "-T0", "-c"]);
}
function zstdDecompressor(engine) {
  return engine === "builtin" ? zlib.createZstdDecompress({ chunkSize: 256 << 10 }) : processDuplex("zstd", ["-q", "-d", "-c"]);
}
function compressChunks(c, source, signal) {
  switch (c) {
    case "none":
      return source;
    case "gzip": {
      const gz = zlib.createGzip({ level: 6, chunkSize: 1 << 20 });
      pipeline(source, gz, signal ? { signal } : {}).catch((e) => gz.destroy(e));
      return gz;
    }
    case "zstd": {
      const engine = compressEngine();
      return encodeZstd(source, () => zstdCompressor(engine), signal);
    }
  }
}
function compressPieces(source, signal, seek) {
  const engine = compressEngine();
  return encodePieces(source, () => zstdCompressor(engine), signal, seek);
}
function decodeZstdChunks(source) {
  const engine = decompressEngine();
  return decodeZstdParts(source, () => zstdDecompressor(engine));
}
function decompressStream(c) {
  switch (c) {
    case "none":
      return void 0;
    case "gzip":
      return zlib.createGunzip();
    case "zstd": {
      const engine = decompressEngine();
      return Duplex.from(async function* (source) {
        yield* decodeZstd(source, () => zstdDecompressor(engine));
      });
    }
  }
}

// node_modules/tar/dist/esm/header.js
import { posix as pathModule } from "node:path";

// node_modules/tar/dist/esm/large-numbers.js
var encode = (num, buf) => {
  if (!Number.isSafeInteger(num)) {
    throw Error("cannot encode number outside of javascript safe integer range");
  } else if (num < 0) {
    encodeNegative(num, buf);
  } else {
    encodePositive(num, buf);
  }
  return buf;
};
var encodePositive = (num, buf) => {
  buf[0] = 128;
  for (var i = buf.length; i > 1; i--) {
    buf[i - 1] = num & 255;
    num = Math.floor(num / 256);
  }
};
var encodeNegative = (num, buf) => {
  buf[0] = 255;
  var flipped = false;
  num = num * -1;
  for (var i = buf.length; i > 1; i--) {
    var byte = num & 255;
    num = Math.floor(num / 256);
    if (flipped) {
      buf[i - 1] = onesComp(byte);
    } else if (byte === 0) {
      buf[i - 1] = 0;
    } else {
      flipped = true;
      buf[i - 1] = twosComp(byte);
    }
  }
};
var parse = (buf) => {
  const pre = buf[0];
  const value = pre === 128 ? pos(buf.subarray(1, buf.length)) : pre === 255 ? twos(buf) : null;
  if (value === null) {
    throw Error("invalid base256 encoding");
  }
  if (!Number.isSafeInteger(value)) {
    throw Error("parsed number outside of javascript safe integer range");
  }
  return value;
};
var twos = (buf) => {
  var len = buf.length;
  var sum = 0;
  var flipped = false;
  for (var i = len - 1; i > -1; i--) {
    var byte = Number(buf[i]);
    var f;
    if (flipped) {
      f = onesComp(byte);
    } else if (byte === 0) {
      f = byte;
    } else {
      flipped = true;
      f = twosComp(byte);
    }
    if (f !== 0) {
      sum -= f * Math.pow(256, len - i - 1);
    }
  }
  return sum;
};
var pos = (buf) => {
  var len = buf.length;
  var sum = 0;
  for (var i = len - 1; i > -1; i--) {
    var byte = Number(buf[i]);
    if (byte !== 0) {
      sum += byte * Math.pow(256, len - i - 1);
    }
  }
  return sum;
};
var onesComp = (byte) => (255 ^ byte) & 255;
var twosComp = (byte) => (255 ^ byte) + 1 & 255;

// node_modules/tar/dist/esm/types.js
var isCode = (c) => name.has(c);
var normalFsTypes = /* @__PURE__ */ new Set([
  "0",
  "",
  "1",
  "2",
  "3",
  "4",
  "5",
  "6",
  "7",
  "D"
]);
var name = /* @__PURE__ */ new Map([
  ["0", "File"],
  // same as File
  ["", "OldFile"],
  ["1", "Link"],
  ["2", "SymbolicLink"],
  // Devices and FIFOs aren't fully supported
  // they are parsed, but skipped when unpacking
  ["3", "CharacterDevice"],
  ["4", "BlockDevice"],
  ["5", "Directory"],
  ["6", "FIFO"],
  // same as File
  ["7", "ContiguousFile"],
  // pax headers
  ["g", "GlobalExtendedHeader"],
  ["x", "ExtendedHeader"],
  // vendor-specific stuff
  // skip
  ["A", "SolarisACL"],
  // like 5, but with data, which should be skipped
  ["D", "GNUDumpDir"],
  // metadata only, skip
  ["I", "Inode"],
  // data = link path of next file
  ["K", "NextFileHasLongLinkpath"],
  // data = path of next file
  ["L", "NextFileHasLongPath"],
  // skip
  ["M", "ContinuationFile"],
  // like L
  ["N", "OldGnuLongPath"],
  // skip
  ["S", "SparseFile"],
  // skip
  ["V", "TapeVolumeHeader"],
  // like x
  ["X", "OldExtendedHeader"]
]);
var code = new Map(Array.from(name).map((kv) => [kv[1], kv[0]]));

// node_modules/tar/dist/esm/header.js
var notNegative = (n) => n === void 0 || n < 0 ? void 0 : n;
var Header = class {
  cksumValid = false;
  needPax = false;
  nullBlock = false;
  block;
  path;
  mode;
  uid;
  gid;
  size;
  cksum;
  #type = "Unsupported";
  linkpath;
  uname;
  gname;
  devmaj = 0;
  devmin = 0;
  atime;
  ctime;
  mtime;
  charset;
  comment;
  constructor(data, off = 0, ex, gex) {
    if (Buffer.isBuffer(data)) {
      this.decode(data, off || 0, ex, gex);
    } else if (data) {
      this.#slurp(data);
    }
  }
  decode(buf, off, ex, gex) {
    if (!off) {
      off = 0;
    }
    if (!buf || !(buf.length >= off + 512)) {
      throw new Error("need 512 bytes for header");
    }
    const t = decString(buf, off + 156, 1);
    const isNormalFS = normalFsTypes.has(t);
    const exForFields = isNormalFS ? ex : void 0;
    const gexForFields = isNormalFS ? gex : void 0;
    this.path = exForFields?.path ?? decString(buf, off, 100);
    this.mode = exForFields?.mode ?? gexForFields?.mode ?? decNumber(buf, off + 100, 8);
    this.uid = exForFields?.uid ?? gexForFields?.uid ?? decNumber(buf, off + 108, 8);
    this.gid = exForFields?.gid ?? gexForFields?.gid ?? decNumber(buf, off + 116, 8);
    this.size = notNegative(exForFields?.size ?? gexForFields?.size ?? decNumber(buf, off + 124, 12));
    this.mtime = exForFields?.mtime ?? gexForFields?.mtime ?? decDate(buf, off + 136, 12);
    this.cksum = decNumber(buf, off + 148, 12);
    if (gexForFields)
      this.#slurp(gexForFields, true);
    if (exForFields)
      this.#slurp(exForFields);
    if (isCode(t)) {
      this.#type = t || "0";
    }
    if (this.#type === "0" && this.path.slice(-1) === "/") {
      this.#type = "5";
    }
    if (this.#type === "5") {
      this.size = 0;
    }
    this.linkpath = decString(buf, off + 157, 100);
    if (buf.subarray(off + 257, off + 265).toString() === "ustar\x0000") {
      this.uname = exForFields?.uname ?? gexForFields?.uname ?? decString(buf, off + 265, 32);
      this.gname = exForFields?.gname ?? gexForFields?.gname ?? decString(buf, off + 297, 32);
      this.devmaj = exForFields?.devmaj ?? gexForFields?.devmaj ?? decNumber(buf, off + 329, 8) ?? 0;
      this.devmin = exForFields?.devmin ?? gexForFields?.devmin ?? decNumber(buf, off + 337, 8) ?? 0;
      if (buf[off + 475] !== 0) {
        const prefix = decString(buf, off + 345, 155);
        this.path = prefix + "/" + this.path;
      } else {
        const prefix = decString(buf, off + 345, 130);
        if (prefix) {
          this.path = prefix + "/" + this.path;
        }
        this.atime = ex?.atime ?? gex?.atime ?? decDate(buf, off + 476, 12);
        this.ctime = ex?.ctime ?? gex?.ctime ?? decDate(buf, off + 488, 12);
      }
    }
    let sum = 8 * 32;
    for (let i = off; i < off + 148; i++) {
      sum += buf[i];
    }
    for (let i = off + 156; i < off + 512; i++) {
      sum += buf[i];
    }
    this.cksumValid = sum === this.cksum;
    if (this.cksum === void 0 && sum === 8 * 32) {
      this.nullBlock = true;
    }
  }
  #slurp(ex, gex = false) {
    Object.assign(this, Object.fromEntries(Object.entries(ex).filter(([k, v]) => {
      return !(v === null || v === void 0 || k === "size" && Number(v) < 0 || k === "path" && gex || k === "linkpath" && gex || k === "global");
    })));
  }
  encode(buf, off = 0) {
    if (!buf) {
      buf = this.block = Buffer.alloc(512);
    }
    if (this.#type === "Unsupported") {
      this.#type = "0";
    }
    if (!(buf.length >= off + 512)) {
      throw new Error("need 512 bytes for header");
    }
    const prefixSize = this.ctime || this.atime ? 130 : 155;
    const split = splitPrefix(this.path || "", prefixSize);
    const path2 = split[0];
    const prefix = split[1];
    this.needPax = !!split[2];
    this.needPax = encString(buf, off, 100, path2) || this.needPax;
    this.needPax = encNumber(buf, off + 100, 8, this.mode) || this.needPax;
    this.needPax = encNumber(buf, off + 108, 8, this.uid) || this.needPax;
    this.needPax = encNumber(buf, off + 116, 8, this.gid) || this.needPax;
    this.needPax = encNumber(buf, off + 124, 12, this.size) || this.needPax;
    this.needPax = encDate(buf, off + 136, 12, this.mtime) || this.needPax;
    buf[off + 156] = Number(this.#type.codePointAt(0));
    this.needPax = encString(buf, off + 157, 100, this.linkpath) || this.needPax;
    buf.write("ustar\x0000", off + 257, 8);
    this.needPax = encString(buf, off + 265, 32, this.uname) || this.needPax;
    this.needPax = encString(buf, off + 297, 32, this.gname) || this.needPax;
    this.needPax = encNumber(buf, off + 329, 8, this.devmaj) || this.needPax;
    this.needPax = encNumber(buf, off + 337, 8, this.devmin) || this.needPax;
    this.needPax = encString(buf, off + 345, prefixSize, prefix) || this.needPax;
    if (buf[off + 475] !== 0) {
      this.needPax = encString(buf, off + 345, 155, prefix) || this.needPax;
    } else {
      this.needPax = encString(buf, off + 345, 130, prefix) || this.needPax;
      this.needPax = encDate(buf, off + 476, 12, this.atime) || this.needPax;
      this.needPax = encDate(buf, off + 488, 12, this.ctime) || this.needPax;
    }
    let sum = 8 * 32;
    for (let i = off; i < off + 148; i++) {
      sum += buf[i];
    }
    for (let i = off + 156; i < off + 512; i++) {
      sum += buf[i];
    }
    this.cksum = sum;
    encNumber(buf, off + 148, 8, this.cksum);
    this.cksumValid = true;
    return this.needPax;
  }
  get type() {
    return this.#type === "Unsupported" ? this.#type : name.get(this.#type);
  }
  get typeKey() {
    return this.#type;
  }
  set type(type) {
    const c = String(code.get(type));
    if (isCode(c) || c === "Unsupported") {
      this.#type = c;
    } else if (isCode(type)) {
      this.#type = type;
    } else {
      throw new TypeError("invalid entry type: " + type);
    }
  }
};
var splitPrefix = (p, prefixSize) => {
  const pathSize = 100;
  let pp = p;
  let prefix = "";
  let ret = void 0;
  const root = pathModule.parse(p).root || ".";
  if (Buffer.byteLength(pp) < pathSize) {
    ret = [pp, prefix, false];
  } else {
    prefix = pathModule.dirname(pp);
    pp = pathModule.basename(pp);
    do {
      if (Buffer.byteLength(pp) <= pathSize && Buffer.byteLength(prefix) <= prefixSize) {
        ret = [pp, prefix, false];
      } else if (Buffer.byteLength(pp) > pathSize && Buffer.byteLength(prefix) <= prefixSize) {
        ret = [pp.slice(0, pathSize - 1), prefix, true];
      } else {
        pp = pathModule.join(pathModule.basename(prefix), pp);
        prefix = pathModule.dirname(prefix);
      }
    } while (prefix !== root && ret === void 0);
    if (!ret) {
      ret = [p.slice(0, pathSize - 1), "", true];
    }
  }
  return ret;
};
var decString = (buf, off, size) => buf.subarray(off, off + size).toString("utf8").replace(/\0.*/, "");
var decDate = (buf, off, size) => numToDate(decNumber(buf, off, size));
var numToDate = (num) => num === void 0 ? void 0 : new Date(num * 1e3);
var decNumber = (buf, off, size) => Number(buf[off]) & 128 ? parse(buf.subarray(off, off + size)) : decSmallNumber(buf, off, size);
var nanUndef = (value) => isNaN(value) ? void 0 : value;
var decSmallNumber = (buf, off, size) => nanUndef(parseInt(buf.subarray(off, off + size).toString("utf8").replace(/\0.*$/, "").trim(), 8));
var MAXNUM = {
  12: 8589934591,
  8: 2097151
};
var encNumber = (buf, off, size, num) => num === void 0 ? false : num > MAXNUM[size] || num < 0 ? (encode(num, buf.subarray(off, off + size)), true) : (encSmallNumber(buf, off, size, num), false);
var encSmallNumber = (buf, off, size, num) => buf.write(octalString(num, size), off, size, "ascii");
var octalString = (num, size) => padOctal(Math.floor(num).toString(8), size);
var padOctal = (str, size) => (str.length === size - 1 ? str : new Array(size - str.length - 1).join("0") + str + " ") + "\0";
var encDate = (buf, off, size, date) => date === void 0 ? false : encNumber(buf, off, size, date.getTime() / 1e3);
var NULLS = new Array(156).join("\0");
var encString = (buf, off, size, str) => str === void 0 ? false : (buf.write(str + NULLS, off, size, "utf8"), str.length !== Buffer.byteLength(str) || str.length > size);

export {
  loadAge,
  encryptStream,
  decryptStream,
  compressChunks,
  compressPieces,
  decodeZstdChunks,
  decompressStream,
  Header
};
