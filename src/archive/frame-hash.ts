import { Worker } from 'node:worker_threads';
import type { Piece } from './pool.js';

// The sha256 of each frame of a seekable archive, taken on a worker thread. On the main thread
// the frame hashes were a second sha256 pass over every stored byte, beside the object's own:
// about 0.6 s per GiB, which made a seekable pack 40–90% slower than a plain one, since the
// pack's main thread is its bottleneck. The worker reads the bytes where they lie, in shared
// memory, so the main thread only cuts the stream at frame ends and posts a few numbers.
//
// Messages carry no buffers: transferring even a small ArrayBuffer cost the main thread more
// (about 0.25 ms for 64 KiB) than hashing it. The pool's buffers are shared and registered once;
// the few bytes from elsewhere (raw frames' block headers, the zstd program's output) are copied
// into a shared ring that the worker reads the same way.

/** Operations are number triples [buffer, offset, length]; CUT ends a frame instead. */
const CUT = -1;
/** The ring's buffer number: the pool's buffers are 0..n-1. */
const RING = -2;
const RING_BYTES = 8 << 20;
/** Copies go into the ring in pieces no larger than this, which bounds the space a wrap wastes. */
const RING_CHUNK = 64 << 10;
/**
 * Bytes gathered per message. A message costs the main thread 5–20 µs, and a pack passes a batch
 * every 128 KiB or so: a message per batch cost as much as the hashing it moved away.
 */
const POST_BYTES = 2 << 20;

// Plain JavaScript run with `eval`, so every bundle and the tests start the same worker without
// a file of its own to ship. A worker serves several streams (each hasher is one); messages are
// handled in order, so each stream's digests come back in frame order.
const WORKER_SOURCE = `
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

interface WorkerReply {
  stream: number;
  ack?: number;
  digests?: string[];
}

interface Client {
  onMessage(m: WorkerReply): void;
  fail(e: Error): void;
}

/**
 * One hash thread, shared by the hashers of every pack in the process: starting a worker costs
 * about 40 ms of CPU, and a backup's components each had two of their own. It keeps the process
 * alive only while a hasher uses it.
 */
class HashWorker {
  // No flags of the parent's: `--input-type=module` or a loader would make the source ESM, or load
  // what the worker does not need.
  readonly worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
  readonly clients = new Map<number, Client>();

  constructor(onGone: (w: HashWorker) => void) {
    this.worker.unref();
    this.worker.on('message', (m: WorkerReply) => this.clients.get(m.stream)?.onMessage(m));
    const gone = (e: Error) => {
      onGone(this);
      for (const c of this.clients.values()) c.fail(e);
      this.clients.clear();
    };
    this.worker.on('error', gone);
    this.worker.on('exit', (code) => gone(new Error(`the frame hash worker exited with ${code}`)));
  }

  attach(stream: number, client: Client): void {
    if (this.clients.size === 0) this.worker.ref();
    this.clients.set(stream, client);
  }

  detach(stream: number): void {
    if (this.clients.delete(stream) && this.clients.size === 0) this.worker.unref();
  }
}

/** Two: a pack's frame digests and its object digest run side by side, one per core. */
const MAX_WORKERS = 2;
const workers: HashWorker[] = [];
let nextStream = 0;

/** Hash threads running now (for the tests: a pack must not start threads without bound). */
export const hashWorkerCount = (): number => workers.length;

/** The worker with the fewest hashers, or a new one while there are fewer than MAX_WORKERS and none is idle. */
function pickWorker(): HashWorker {
  let best: HashWorker | undefined;
  for (const w of workers) if (!best || w.clients.size < best.clients.size) best = w;
  if (best && (best.clients.size === 0 || workers.length >= MAX_WORKERS)) return best;
  const w = new HashWorker((gone) => {
    const i = workers.indexOf(gone);
    if (i >= 0) workers.splice(i, 1);
  });
  workers.push(w);
  return w;
}

/**
 * Shared space for copied bytes, used in order and given back in order (the worker acknowledges
 * messages in the order they were sent), so `used` alone says what is free.
 */
class CopyRing {
  readonly buf = Buffer.from(new SharedArrayBuffer(RING_BYTES));
  private tail = 0;
  private used = 0;

  /** Room for `n` bytes of copies, whatever a wrap wastes. */
  fits(n: number): boolean {
    return this.used + n + RING_CHUNK <= RING_BYTES;
  }

  /** Copies `b` (at most RING_CHUNK) in; returns its offset and the bytes it took, wrap included. */
  put(b: Uint8Array): { at: number; took: number } {
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

  release(n: number): void {
    this.used -= n;
  }
}

/** Hash operations for one message. */
class Ops {
  readonly nums: number[] = [];
  /** Ring bytes this message holds until the worker acknowledges it. */
  ringBytes = 0;

  constructor(
    private readonly sharedIds: ReadonlyMap<ArrayBufferLike, number>,
    private readonly ring: CopyRing,
  ) {}

  add(buf: Uint8Array): void {
    const id = this.sharedIds.get(buf.buffer);
    if (id !== undefined) {
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

  cut(): void {
    this.nums.push(CUT, 0, 0);
  }

  /** The message for stream `stream`, with its one buffer to transfer. */
  message(stream: number, id: number, last: boolean): [unknown, ArrayBuffer[]] {
    const ops = new Float64Array(this.nums).buffer;
    return [{ stream, id, ops, last }, [ops]];
  }
}

/**
 * Cuts the stored stream at frame ends into hash operations. Frame ends come from `frameEnd(i)`:
 * offsets in the stored stream, known by the time the bytes after them pass (a frame's bytes all
 * precede the next frame's, see OrderedQueue in zstd-frames.ts).
 */
class FrameCutter {
  private pos = 0;
  private frameStart = 0;
  private frames = 0;

  constructor(private readonly frameEnd: (i: number) => number | undefined) {}

  /** Bytes seen so far. */
  get bytes(): number {
    return this.pos;
  }

  /** The operations that hash `buf`, with a CUT before each byte that starts a new frame. */
  cut(buf: Uint8Array, ops: Ops): void {
    let off = 0;
    while (off < buf.length) {
      const end = this.frameEnd(this.frames);
      if (end !== undefined && end <= this.pos) {
        this.close(ops);
        continue;
      }
      const n = end === undefined ? buf.length - off : Math.min(buf.length - off, end - this.pos);
      ops.add(off === 0 && n === buf.length ? buf : buf.subarray(off, off + n));
      off += n;
      this.pos += n;
    }
  }

  private close(ops: Ops): void {
    ops.cut();
    this.frames++;
    this.frameStart = this.pos;
  }

  /** The last frame ends with the stream. */
  finish(ops: Ops): void {
    if (this.pos > this.frameStart || this.frames === 0) this.close(ops);
  }
}

interface Message {
  ops: Ops;
  /** Pooled pieces the worker will read: retained until it acknowledges. */
  held: Piece[];
  bytes: number;
}

/**
 * The frame digests of a stream, hashed on a worker. tap() passes the batches on at once; each
 * pooled piece is retained until the worker has hashed it, so the pool cannot reuse its buffer
 * before then. finish() returns every digest, in frame order. close() must follow on every path.
 */
export class FrameHasher {
  private readonly stream = nextStream++;
  private readonly host = pickWorker();
  private readonly ring = new CopyRing();
  private readonly cutter: FrameCutter;
  private readonly sharedIds: Map<ArrayBufferLike, number>;
  private readonly pending = new Map<number, { held: Piece[]; ringBytes: number }>();
  private open: Message | undefined;
  private nextId = 0;
  private closed = false;
  private failure: Error | undefined;
  /** tap() waiting for ring space. */
  private wake: (() => void) | undefined;
  private result: { resolve: (digests: string[]) => void; reject: (e: Error) => void } | undefined;

  /** `shared`: the pool's buffers (BufferPool.all), which the worker reads in place. */
  constructor(frameEnd: (i: number) => number | undefined, shared: readonly Buffer[]) {
    this.cutter = new FrameCutter(frameEnd);
    this.sharedIds = new Map(shared.map((b, i) => [b.buffer, i]));
    this.host.attach(this.stream, { onMessage: (m) => this.onMessage(m), fail: (e) => this.fail(e) });
    this.host.worker.postMessage({ open: true, stream: this.stream, shared: shared.map((b) => b.buffer), ring: this.ring.buf.buffer });
  }

  /** Bytes hashed (or on their way to the worker) so far. */
  get bytes(): number {
    return this.cutter.bytes;
  }

  private onMessage(m: WorkerReply): void {
    if (m.digests) {
      this.host.detach(this.stream);
      this.result?.resolve(m.digests);
      return;
    }
    const done = this.pending.get(m.ack!);
    this.pending.delete(m.ack!);
    if (!done) return;
    for (const p of done.held) p.lease?.release();
    this.ring.release(done.ringBytes);
    this.wake?.();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.wake?.();
    this.result?.reject(this.failure);
  }

  private add(batch: readonly Piece[]): void {
    const open = (this.open ??= { ops: new Ops(this.sharedIds, this.ring), held: [], bytes: 0 });
    for (const p of batch) {
      this.cutter.cut(p.buf, open.ops);
      open.bytes += p.buf.length;
      if (p.lease && this.sharedIds.has(p.buf.buffer)) open.held.push({ buf: p.buf, lease: p.lease.retain() });
    }
  }

  /** Sends what was gathered. The pool calls it when it runs dry, so nothing waits on held buffers. */
  flush(last = false): void {
    if (!last && (!this.open || this.closed)) return;
    const open = this.open ?? { ops: new Ops(this.sharedIds, this.ring), held: [], bytes: 0 };
    this.open = undefined;
    if (last) this.cutter.finish(open.ops);
    const id = this.nextId++;
    this.pending.set(id, { held: open.held, ringBytes: open.ops.ringBytes });
    this.host.worker.postMessage(...open.ops.message(this.stream, id, last));
  }

  /** Hashes each batch as it passes. */
  async *tap(batches: AsyncIterable<Piece[]>): AsyncGenerator<Piece[]> {
    for await (const batch of batches) {
      const copies = batch.reduce((n, p) => (this.sharedIds.has(p.buf.buffer) ? n : n + p.buf.length), 0);
      if (copies > RING_BYTES / 2) throw new Error(`internal: a batch of ${copies} bytes outside the pool`);
      while (!this.ring.fits(copies) && !this.failure) {
        this.flush();
        await new Promise<void>((r) => (this.wake = r));
      }
      if (this.failure) throw this.failure;
      this.add(batch);
      if (this.open!.bytes >= POST_BYTES) this.flush();
      yield batch;
    }
  }

  /** Every frame's digest, once the worker has hashed all it was sent. */
  async finish(): Promise<string[]> {
    if (this.failure) throw this.failure;
    const digests = new Promise<string[]>((resolve, reject) => (this.result = { resolve, reject }));
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
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.host.clients.has(this.stream)) {
      this.host.worker.postMessage({ stream: this.stream, drop: true });
      this.host.detach(this.stream);
    }
    for (const { held } of this.pending.values()) for (const p of held) p.lease?.release();
    this.pending.clear();
    for (const p of this.open?.held ?? []) p.lease?.release();
    this.open = undefined;
  }
}
