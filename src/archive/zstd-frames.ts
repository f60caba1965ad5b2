import type { Duplex } from 'node:stream';
import type { Piece } from './pool.js';

// Zstandard (RFC 8878) at the frame level, so the archive pipeline can skip the compression work
// for content that is already compressed and still store a standard `.zst` object.
//
// An object is a sequence of frames, and RFC 8878 (3.1) defines the content of concatenated
// frames as the concatenation of their contents; `zstd -d`, libarchive and every libzstd
// streaming reader read them all. We write two kinds:
// - raw frames, built here: a frame header and raw blocks (the block type zstd itself uses for
//   data it cannot compress), up to 1 MiB each, for runs of high-entropy content (media, zips);
// - compressed frames, from a real compressor (the `zstd` binary or Node's zlib), one stream per
//   run of compressible content (tar headers, text, SQL).
// Node's own zstd decoder stops after the first frame, so decodeZstd below splits the frames.

const MAGIC = 0xfd2fb528;
/** The largest block RFC 8878 allows, and our raw block size. */
export const BLOCK = 128 * 1024;
/** Raw blocks per raw frame: 1 MiB frames keep the reader's look-ahead (RAW_FRAME_CAP) small. */
const FRAME_BLOCKS = 8;
/** Frame header of a raw frame: magic, descriptor 0 (no size, no checksum, no dictionary), window 128 KiB. */
const RAW_FRAME_HEADER = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38]);
/** An empty raw block with Last_Block set: ends a raw frame whose length was not known ahead. */
const LAST_EMPTY_BLOCK = Buffer.from([0x01, 0x00, 0x00]);
/**
 * How much incompressible content in a row ends a compressed run. Shorter stretches go through
 * the compressor: each run costs a new compressor (a process, for the binary), so a run is not
 * cut for one JPEG thumbnail between two text files.
 */
const SWITCH_BYTES = 1 << 20;
/** A seekable pack starts no compressor for a block shorter than this after raw ones (see frameRouter). */
const MIN_RUN_BYTES = 4096;
/** Output waiting for the consumer before the producer pauses: keeps memory flat. */
const QUEUE_LIMIT = 4 << 20;

// --- the entropy test ---------------------------------------------------------------------

/** Every 16th byte is sampled: 8192 samples per block, plenty for a byte histogram. */
const STRIDE = 16;
/**
 * Bits per byte above which a block counts as already compressed. Random data measures 7.98 on
 * 8192 samples; compressed formats (JPEG, PNG, MP4, ZIP, gzip) 7.9 and up; text 4 to 6. At 7.8 the
 * most an order-0 coder could save is 2.5%, and such data has no repeats for zstd to find.
 */
const ENTROPY_LIMIT = 7.8;
/**
 * A block this long is first sampled at a quarter of the rate, which settles nearly every one:
 * the estimate is biased low by about 255 / (2n ln 2) bits, so random data measures 7.91 on 2048
 * samples and a quick reading above LIMIT + 0.05 would be higher still at the full rate, while
 * text reads far below. Only a block near the limit is sampled again. Sampling was a tenth of a
 * pack's main-thread time on media.
 */
const QUICK_MIN_BYTES = 64 * 1024;
const hist = new Uint32Array(256);

/** Shannon entropy, in bits per byte, of every `stride`-th byte of the parts. */
function sampledEntropy(parts: readonly Uint8Array[], stride: number): number {
  hist.fill(0);
  let n = 0;
  let skip = 0;
  for (const p of parts) {
    let i = skip;
    for (; i < p.length; i += stride) {
      hist[p[i]!]!++;
      n++;
    }
    skip = i - p.length;
  }
  let sum = 0;
  for (let k = 0; k < 256; k++) {
    const c = hist[k]!;
    if (c) sum += c * Math.log2(c);
  }
  return Math.log2(n) - sum / n;
}

/** Whether a block of content looks already compressed (high byte entropy on a sample). */
export function looksIncompressible(parts: readonly Uint8Array[], len: number): boolean {
  if (len < 4096) return false;
  if (len >= QUICK_MIN_BYTES) {
    const quick = sampledEntropy(parts, STRIDE * 4);
    if (quick > ENTROPY_LIMIT + 0.05) return true;
    if (quick < ENTROPY_LIMIT - 0.4) return false;
  }
  return sampledEntropy(parts, STRIDE) > ENTROPY_LIMIT;
}

// --- encoding -----------------------------------------------------------------------------

// --- seekable framing ----------------------------------------------------------------------

/** A frame as written, for a seekable archive's frame list (see archive/seek-index.ts). */
export interface FrameRecord {
  /** Bytes as stored (header, blocks, and for the seek table the whole skippable frame). */
  stored: number;
  /** Bytes of content it decodes to. */
  content: number;
  done: boolean;
  /** The seek table: a skippable frame, holding no content. */
  skippable?: true;
}

export interface SeekOptions {
  /** Content offsets where a frame must start, increasing; appended to while the stream is read. */
  cuts: readonly number[];
  /** Filled with every frame in stream order, the seek table last. */
  frames: FrameRecord[];
}

/** Marks a frame start in the block stream. */
const CUT = Symbol('cut');
/**
 * The most content one compressed frame takes in a seekable archive: the seek table holds 32-bit
 * sizes, and a reader of one file inside a large compressible member must not decode gigabytes.
 */
const MAX_FRAME_CONTENT = 1 << 30;
const SKIPPABLE_SEEK_MAGIC = 0x184d2a5e;
const SEEKABLE_MAGIC = 0x8f92eab1;

/**
 * The zstd seekable format's seek table (zstd's contrib/seekable_format): a skippable frame
 * listing each frame's stored and content size, with no checksums. `zstd -d` skips it.
 */
export function seekTable(frames: readonly FrameRecord[]): Buffer {
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

// --- encoding -----------------------------------------------------------------------------

/**
 * Cuts a byte stream into blocks of exactly BLOCK bytes (the last may be shorter), zero-copy:
 * each part is a slice of its chunk and holds its own reference to the chunk's lease. With
 * `cuts`, a block also ends at each cut, which is then marked with CUT.
 */
class BlockCutter {
  private parts: Piece[] = [];
  private len = 0;
  /** Stream offset of the next byte pushed. */
  private pos = 0;
  private nextCut = 0;

  constructor(private readonly cuts?: readonly number[]) {}

  /** Bytes until the next cut (Infinity without one), marking a cut that is due now. */
  private *dueCut(): Generator<[Piece[], number] | typeof CUT, number> {
    const cuts = this.cuts;
    if (!cuts) return Infinity;
    while (this.nextCut < cuts.length && cuts[this.nextCut]! < this.pos) this.nextCut++;
    if (this.nextCut < cuts.length && cuts[this.nextCut] === this.pos) {
      const b = this.flush();
      if (b) yield b;
      yield CUT;
      this.nextCut++;
    }
    return this.nextCut < cuts.length ? cuts[this.nextCut]! - this.pos : Infinity;
  }

  *push(chunk: Piece): Generator<[Piece[], number] | typeof CUT> {
    const { buf, lease } = chunk;
    let off = 0;
    while (off < buf.length) {
      const room = yield* this.dueCut();
      const take = Math.min(BLOCK - this.len, buf.length - off, room);
      this.pos += take;
      this.parts.push({
        buf: off === 0 && take === buf.length ? buf : buf.subarray(off, off + take),
        ...(lease ? { lease: lease.retain() } : {}),
      });
      this.len += take;
      off += take;
      if (this.len === BLOCK) yield this.flush()!;
    }
  }

  flush(): [Piece[], number] | undefined {
    if (this.len === 0) return undefined;
    const out: [Piece[], number] = [this.parts, this.len];
    this.parts = [];
    this.len = 0;
    return out;
  }
}

interface Segment {
  chunks: Piece[];
  done: boolean;
  frame?: FrameRecord;
}

/**
 * Output segments in stream order (a raw run, a compressed run, ...), each filled as it is
 * produced, and drained strictly in order. The producer waits while QUEUE_LIMIT bytes are queued.
 */
class OrderedQueue {
  private readonly segments: Segment[] = [];
  private queued = 0;
  private finished = false;
  private error: Error | undefined;
  private closed = false;
  private wake: (() => void) | undefined;
  private spaceWake: (() => void) | undefined;

  /** With `frames`, each segment is one frame and is recorded there. */
  constructor(private readonly frames?: FrameRecord[]) {}

  open(skippable = false): Segment {
    const s: Segment = { chunks: [], done: false };
    if (this.frames) {
      s.frame = { stored: 0, content: 0, done: false, ...(skippable ? { skippable: true as const } : {}) };
      this.frames.push(s.frame);
    }
    this.segments.push(s);
    return s;
  }

  push(s: Segment, p: Piece): void {
    s.chunks.push(p);
    this.queued += p.buf.length;
    if (s.frame) s.frame.stored += p.buf.length;
    this.notify();
  }

  /** Counts content that went into the segment's frame. */
  content(s: Segment, n: number): void {
    if (s.frame) s.frame.content += n;
  }

  end(s: Segment): void {
    s.done = true;
    if (s.frame) s.frame.done = true;
    this.notify();
  }

  finish(): void {
    this.finished = true;
    this.notify();
  }

  fail(e: unknown): void {
    this.error ??= e instanceof Error ? e : new Error(String(e));
    this.notify();
    this.spaceWake?.();
  }

  /** The consumer went away: the producer's next wait throws and it stops. */
  close(): void {
    this.closed = true;
    this.spaceWake?.();
  }

  get stopped(): boolean {
    return this.closed || this.error !== undefined;
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  async space(): Promise<void> {
    while (this.queued > QUEUE_LIMIT && !this.stopped) {
      await new Promise<void>((r) => (this.spaceWake = r));
      this.spaceWake = undefined;
    }
    if (this.stopped) throw this.error ?? new Error('the archive stream was closed');
  }

  /**
   * The next output pieces in order, as many as are ready up to `max` bytes (at least one), or
   * undefined at the end. Taking several at once lets the store write them with one call.
   */
  async take(max: number): Promise<Piece[] | undefined> {
    for (;;) {
      if (this.error) throw this.error;
      const head = this.segments[0];
      if (head && head.chunks.length > 0) {
        const out: Piece[] = [];
        let n = 0;
        while (this.segments.length > 0) {
          const s = this.segments[0]!;
          while (s.chunks.length > 0 && (n === 0 || n + s.chunks[0]!.buf.length <= max)) {
            const p = s.chunks.shift()!;
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
      if (!head && this.finished) return undefined;
      await new Promise<void>((r) => (this.wake = r));
    }
  }
}

/** Resolves once `d` can take more input; rejects if it fails or closes first. */
function drained(d: Duplex): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (e?: Error) => {
      d.off('drain', onDrain);
      d.off('error', done);
      d.off('close', onClose);
      if (e) reject(e);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('the compressor closed early'));
    d.on('drain', onDrain);
    d.on('error', done);
    d.on('close', onClose);
  });
}

async function writeAll(d: Duplex, parts: readonly Buffer[]): Promise<void> {
  for (const p of parts) {
    if (!d.write(p)) await drained(d);
  }
}

/** Writes the parts in order; each part's lease is released once the compressor has taken its bytes. */
async function writePieces(d: Duplex, parts: readonly Piece[]): Promise<void> {
  for (const { buf, lease } of parts) {
    if (!d.write(buf, lease ? () => lease.release() : undefined)) await drained(d);
  }
}

/**
 * Raw frames of up to FRAME_BLOCKS blocks. Zero-copy: the output is the block headers and the
 * input's own slices, which carry their leases on to the consumer, so a gigabyte of media costs
 * no copy and no allocation beyond the 3-byte block headers.
 */
class RawRun {
  private seg: Segment | undefined;
  private blocks = 0;

  constructor(private readonly q: OrderedQueue) {}

  add(parts: readonly Piece[], len: number): void {
    const first = this.blocks === 0;
    // One segment per frame, so a seekable pack sees each frame's size.
    const seg = (this.seg ??= this.q.open());
    const last = ++this.blocks === FRAME_BLOCKS;
    // Block header, little-endian: Last_Block (bit 0), Block_Type 0 = raw (bits 1-2), Block_Size.
    const h = (len << 3) | (last ? 1 : 0);
    const head = Buffer.allocUnsafe(first ? RAW_FRAME_HEADER.length + 3 : 3);
    let o = 0;
    if (first) o = RAW_FRAME_HEADER.copy(head, 0);
    head[o] = h & 0xff;
    head[o + 1] = (h >>> 8) & 0xff;
    head[o + 2] = (h >>> 16) & 0xff;
    this.q.push(seg, { buf: head });
    for (const p of parts) this.q.push(seg, p);
    this.q.content(seg, len);
    if (last) this.endFrame();
  }

  private endFrame(): void {
    if (this.seg) this.q.end(this.seg);
    this.seg = undefined;
    this.blocks = 0;
  }

  end(): void {
    if (this.blocks > 0) this.q.push(this.seg!, { buf: LAST_EMPTY_BLOCK });
    this.endFrame();
  }
}

/** A run of compressible content through one compressor, whose output is always drained. */
class CompressedRun {
  readonly finished: Promise<void>;
  private readonly seg: Segment;
  /** Content bytes written so far. */
  content = 0;

  constructor(
    private readonly d: Duplex,
    private readonly q: OrderedQueue,
  ) {
    const seg = (this.seg = q.open());
    this.finished = (async () => {
      for await (const c of d) q.push(seg, { buf: c as Buffer });
      q.end(seg);
    })().catch((e: unknown) => q.fail(e));
  }

  write(parts: readonly Piece[]): Promise<void> {
    const n = parts.reduce((k, p) => k + p.buf.length, 0);
    this.content += n;
    this.q.content(this.seg, n);
    return writePieces(this.d, parts);
  }

  end(): void {
    this.d.end();
  }

  destroy(): void {
    this.d.destroy();
  }
}

/** Output taken per step of the consumer: about one store write. */
const TAKE_BYTES = 1 << 20;

/** encodePieces over plain buffers, which nothing reuses: for callers without a buffer pool. */
export async function* encodeZstd(
  source: AsyncIterable<Buffer>,
  newCompressor: () => Duplex,
  signal?: AbortSignal,
): AsyncGenerator<Buffer> {
  async function* pieces(): AsyncGenerator<Piece> {
    for await (const buf of source) yield { buf };
  }
  for await (const batch of encodePieces(pieces(), newCompressor, signal)) for (const p of batch) yield p.buf;
}

/**
 * Routes blocks to raw frames and compressed runs, in order, into `q`. With `seek`, every cut
 * ends the frame being written (a compressed run's compressor is ended and a new one started for
 * what follows), and so does MAX_FRAME_CONTENT of content in one compressed frame.
 */
async function produceFrames(
  source: AsyncIterable<Piece>,
  q: OrderedQueue,
  runs: CompressedRun[],
  newCompressor: () => Duplex,
  seek?: SeekOptions,
): Promise<void> {
  const router = frameRouter(q, runs, newCompressor, seek);
  const cutter = new BlockCutter(seek?.cuts);
  const step = async (b: [Piece[], number] | typeof CUT) => (b === CUT ? router.cut() : router.route(b[0], b[1]));
  for await (const chunk of source) {
    try {
      for (const b of cutter.push(chunk)) await step(b);
    } finally {
      // The parts hold their own references now.
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

/**
 * The routing state of produceFrames, apart from the cutting and the stream's end: which run is
 * open and what incompressible blocks wait to see if the stretch is long enough to switch to raw.
 * `cut` ends whatever frame is open, so the next block starts a new one.
 */
function frameRouter(q: OrderedQueue, runs: CompressedRun[], newCompressor: () => Duplex, seek?: SeekOptions) {
  let raw: RawRun | undefined;
  let run: CompressedRun | undefined;
  // Incompressible blocks met inside a compressed run, held until we know the stretch is long.
  let held: [Piece[], number][] = [];
  let heldBytes = 0;
  const endRun = async () => {
    if (run) {
      for (const [p] of held) await run.write(p);
      run.end();
    }
    run = undefined;
    held = [];
    heldBytes = 0;
  };
  const route = async (parts: Piece[], len: number) => {
    await q.space();
    // A seekable pack cuts frames at members, which leaves a short block (a large file's last
    // few bytes) at the end of a raw frame. Too short to judge, such a block was compressed, and
    // the zstd program started for it, per member: most of what seekable packs cost over plain
    // ones. After raw blocks it stays raw: a few bytes more, never a process. (A short block with
    // no run before it, such as a whole tiny archive, is still compressed.)
    const tooShortForRun = seek !== undefined && raw !== undefined && len < MIN_RUN_BYTES;
    if (
      tooShortForRun ||
      looksIncompressible(
        parts.map((p) => p.buf),
        len,
      )
    ) {
      if (!run) {
        raw ??= new RawRun(q);
        raw.add(parts, len);
        return;
      }
      held.push([parts, len]);
      heldBytes += len;
      if (heldBytes < SWITCH_BYTES) return;
      run.end();
      run = undefined;
      raw = new RawRun(q);
      for (const [p, l] of held) raw.add(p, l);
    } else {
      raw?.end();
      raw = undefined;
      if (!run) {
        run = new CompressedRun(newCompressor(), q);
        runs.push(run);
      }
      for (const [p] of held) await run.write(p);
      await run.write(parts);
      if (seek && run.content >= MAX_FRAME_CONTENT) {
        run.end();
        run = undefined;
      }
    }
    held = [];
    heldBytes = 0;
  };
  const cut = async () => {
    await endRun();
    raw?.end();
    raw = undefined;
  };
  return { route, cut };
}

/**
 * Encodes a byte stream as standard zstd frames: raw frames for blocks that look already
 * compressed, and `newCompressor()` (a zstd stream) for runs of the rest. Memory stays flat:
 * at most QUEUE_LIMIT of output waits for the consumer. The source's leases are passed on with
 * raw frames' payloads, and released here for what went to a compressor; the consumer releases
 * the leases of each batch it has finished with (the pieces without one are its own). With
 * `seek`, frames also start at its cuts, are listed in its `frames`, and a seek table ends the
 * stream (a seekable archive).
 */
export async function* encodePieces(
  source: AsyncIterable<Piece>,
  newCompressor: () => Duplex,
  signal?: AbortSignal,
  seek?: SeekOptions,
): AsyncGenerator<Piece[]> {
  const q = new OrderedQueue(seek?.frames);
  const runs: CompressedRun[] = [];
  // An abort must not wait for a compressor that is busy (or hung): fail now, and stop them all.
  const onAbort = () => {
    q.fail(signal!.reason);
    for (const r of runs) r.destroy();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const producer = produceFrames(source, q, runs, newCompressor, seek).catch((e: unknown) => q.fail(e));
  try {
    for (;;) {
      const batch = await q.take(TAKE_BYTES);
      if (!batch) break;
      yield batch;
    }
    await producer;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    q.close();
    for (const r of runs) r.destroy();
  }
}

// --- decoding -----------------------------------------------------------------------------

/** Bytes of an async chunk stream, read by offset and taken as zero-copy slices. */
class ByteReader {
  /** Chunks read and not yet taken, from index `first` (a queue without O(n) shifts). */
  private chunks: Buffer[] = [];
  private first = 0;
  private off = 0;
  private avail = 0;
  private eof = false;
  private readonly it: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** Whether n bytes are available, reading ahead as needed. */
  async ensure(n: number): Promise<boolean> {
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

  async need(n: number, what: string): Promise<void> {
    if (!(await this.ensure(n))) throw new Error(`truncated zstd data (in ${what})`);
  }

  byte(i: number): number {
    let idx = this.off + i;
    for (let k = this.first; k < this.chunks.length; k++) {
      const c = this.chunks[k]!;
      if (idx < c.length) return c[idx]!;
      idx -= c.length;
    }
    throw new RangeError('read past the buffered bytes');
  }

  /** Little-endian unsigned integer of `n` (<= 4) bytes at offset i. */
  uint(i: number, n: number): number {
    let v = 0;
    for (let k = n - 1; k >= 0; k--) v = v * 256 + this.byte(i + k);
    return v;
  }

  /** The next n (available) bytes, as slices of the chunks read. */
  take(n: number): Buffer[] {
    const out: Buffer[] = [];
    this.avail -= n;
    while (n > 0) {
      const c = this.chunks[this.first]!;
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

  async skip(n: number, what: string): Promise<void> {
    while (n > 0) {
      const k = Math.min(n, 1 << 20);
      await this.need(k, what);
      this.take(k);
      n -= k;
    }
  }

  async close(): Promise<void> {
    await this.it.return?.();
  }
}

/** Frames up to this size, when made of raw and RLE blocks only, are decoded here, not by zstd. */
const RAW_FRAME_CAP = 2 << 20;

/**
 * Decodes zstd data made of any number of frames (RFC 8878), skippable frames included. Frames
 * made only of raw and RLE blocks, up to RAW_FRAME_CAP, are decoded here without a copy (that is
 * what raw frames are for); every other frame goes through its own `newDecompressor()`, since
 * Node's zlib decoder stops at the end of the first frame.
 */
export async function* decodeZstd(source: AsyncIterable<Buffer>, newDecompressor: () => Duplex): AsyncGenerator<Buffer> {
  for await (const parts of decodeZstdParts(source, newDecompressor)) yield* parts;
}

/**
 * decodeZstd in batches: a raw frame's blocks come as one batch of slices of the input (one
 * positional writev for a restore), a decoder's output one buffer per batch. Slices of the input
 * are valid as long as the input's buffers are (see pooledChunks).
 */
export async function* decodeZstdParts(source: AsyncIterable<Buffer>, newDecompressor: () => Duplex): AsyncGenerator<Buffer[]> {
  const rd = new ByteReader(source);
  try {
    while (await rd.ensure(1)) {
      await rd.need(4, 'a frame magic number');
      const magic = rd.uint(0, 4);
      if (magic >>> 4 === 0x184d2a5) {
        // A skippable frame: magic, 4-byte size, data to ignore.
        await rd.need(8, 'a skippable frame');
        const size = rd.uint(4, 4);
        rd.take(8);
        await rd.skip(size, 'a skippable frame');
        continue;
      }
      if (magic !== MAGIC) throw new Error('not zstd data (bad frame magic number)');
      await rd.need(5, 'a frame header');
      const fhd = rd.byte(4);
      if (fhd & 0x08) throw new Error('bad zstd frame header (reserved bit set)');
      const fcsFlag = fhd >>> 6;
      const single = (fhd >>> 5) & 1;
      const checksum = (fhd >>> 2) & 1;
      const headerLen = 5 + (single ? 0 : 1) + [0, 1, 2, 4][fhd & 3]! + (fcsFlag === 0 ? single : [0, 2, 4, 8][fcsFlag]!);
      await rd.need(headerLen, 'a frame header');
      // Walk the blocks, holding on to the frame's bytes while they are all raw or RLE.
      const held: Buffer[] = rd.take(headerLen);
      const out: Buffer[] = [];
      let heldBytes = headerLen;
      let last = false;
      while (!last) {
        await rd.need(3, 'a block header');
        const h = rd.uint(0, 3);
        const type = (h >>> 1) & 3;
        const size = h >>> 3;
        if (type === 3) throw new Error('bad zstd block (reserved block type)');
        if (size > BLOCK) throw new Error('bad zstd block (larger than 128 KiB)');
        if (type === 2 || heldBytes + 3 + size > RAW_FRAME_CAP) break;
        last = (h & 1) === 1;
        const contentLen = type === 1 ? 1 : size;
        await rd.need(3 + contentLen, 'a block');
        held.push(...rd.take(3));
        const content = rd.take(contentLen);
        held.push(...content);
        heldBytes += 3 + contentLen;
        if (type === 0) out.push(...content);
        else if (size > 0) out.push(Buffer.alloc(size, content[0]![0]!));
      }
      if (last) {
        // Our own frames carry no checksum: the stored object's sha256 is checked before this.
        if (checksum) {
          await rd.need(4, 'a frame checksum');
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

/** The rest of one frame, after the `held` bytes already read, through a real decoder. */
async function* decodeFrame(rd: ByteReader, held: Buffer[], checksum: boolean, d: Duplex): AsyncGenerator<Buffer> {
  const feed = (async () => {
    await writeAll(d, held);
    for (;;) {
      await rd.need(3, 'a block header');
      const h = rd.uint(0, 3);
      const type = (h >>> 1) & 3;
      const len = 3 + (type === 1 ? 1 : h >>> 3);
      await rd.need(len, 'a block');
      await writeAll(d, rd.take(len));
      if (h & 1) break;
    }
    if (checksum) {
      await rd.need(4, 'a frame checksum');
      await writeAll(d, rd.take(4));
    }
    d.end();
  })();
  // A feeding error becomes the decoder's error, which ends the loop below.
  feed.catch((e: unknown) => d.destroy(e as Error));
  try {
    for await (const b of d) yield b as Buffer;
    await feed;
  } finally {
    d.destroy();
  }
}
