// Reused buffers for the pack pipeline. Reading a gigabyte into fresh buffers costs the garbage
// collector more than the reads themselves: every few megabytes of new external memory start a
// full mark-compact (61 of them in one 1 GiB bench backup, 0.65 s of the main thread). A pack
// instead reads into a few buffers and takes each back once every stage is done with it.
//
// Ownership is counted: a Lease starts with one reference, each piece cut from it (a zstd block,
// a raw frame's payload) retains one, and whoever holds a reference releases it when the bytes
// have left (written to the compressor, the file or a copy). The last release returns the buffer.

/** A pooled buffer, back in the pool when its last holder releases it. */
export class Lease {
  private refs = 1;

  constructor(
    private readonly pool: BufferPool,
    readonly buf: Buffer,
  ) {}

  retain(): this {
    this.refs++;
    return this;
  }

  release(): void {
    if (--this.refs === 0) this.pool.put(this.buf);
    else if (this.refs < 0) throw new Error('a pooled buffer was released twice');
  }
}

/** Bytes on their way through the pipeline; `lease` is set when they live in a pooled buffer. */
export interface Piece {
  buf: Buffer;
  lease?: Lease;
}

/** Releases the pieces' leases: the caller is done with their bytes. */
export function releaseAll(pieces: readonly Piece[]): void {
  for (const p of pieces) p.lease?.release();
}

/**
 * A fixed set of equal buffers. lease() waits while all are out, which bounds the memory of the
 * whole pipeline behind it; close() makes waiting and later lease() calls fail, so a producer
 * never waits forever on buffers a failed stage will not give back.
 */
export class BufferPool {
  private readonly free: Buffer[] = [];
  private readonly waiting: { resolve: (b: Buffer) => void; reject: (e: Error) => void }[] = [];
  private error: Error | undefined;
  /** Every buffer of the pool, lent or not. */
  readonly all: readonly Buffer[];
  /** Called when lease() has to wait: a holder that batches its releases should give them back now. */
  onWait: (() => void) | undefined;

  /** The buffers are shared memory, so the hash workers read them where they lie (frame-hash.ts). */
  constructor(
    readonly size: number,
    count: number,
  ) {
    for (let i = 0; i < count; i++) this.free.push(Buffer.from(new SharedArrayBuffer(size)));
    this.all = [...this.free];
  }

  /** Buffers in the pool now: all of them once every lease is released. */
  get available(): number {
    return this.free.length;
  }

  async lease(): Promise<Lease> {
    if (this.error) throw this.error;
    let b = this.free.pop();
    if (!b) {
      const wait = new Promise<Buffer>((resolve, reject) => this.waiting.push({ resolve, reject }));
      this.onWait?.();
      b = await wait;
    }
    return new Lease(this, b);
  }

  put(buf: Buffer): void {
    const w = this.waiting.shift();
    if (w) w.resolve(buf);
    else this.free.push(buf);
  }

  close(e: Error): void {
    this.error ??= e;
    for (const w of this.waiting.splice(0)) w.reject(this.error);
  }
}
