import { Readable } from 'node:stream';
import type { Compression } from '../model/manifest.js';
import { encryptStream } from './age.js';
import { compressChunks, compressPieces } from './compress.js';
import { BufferPool, releaseAll, type Piece } from './pool.js';
import { FrameHasher } from './frame-hash.js';
import { buildIndex, FRAME_BYTES, tarFrameEnds, tarFrames, zstdFrameEnds, type SeekIndex } from './seek-index.js';
import { tarPieces, type TarCounts, type TarLog } from './tar-writer.js';
import type { FrameRecord } from './zstd-frames.js';

export interface PackOptions {
  compression: Compression;
  /** age recipients; empty means no encryption. */
  recipients: string[];
  /** Called with the stored bytes so far, for progress lines. */
  onBytes?: (stored: number) => void;
  signal?: AbortSignal;
  /**
   * Make the archive seekable and return its member index, under this object name (zstd and
   * `none`; gzip has no frames to seek to and ignores it). See seek-index.ts.
   */
  indexAs?: string;
  /** Tar bytes per frame; FRAME_BYTES by default (tests make it small). */
  frameBytes?: number;
}

export interface PackResult {
  /** Bytes of the stored object (after compression and encryption). */
  bytes: number;
  sha256: string;
  /** Bytes of regular-file content that went into the tar. */
  contentBytes: number;
  files: number;
  /** The member index, when asked for and the compression has one. */
  index?: SeekIndex;
}

/**
 * The pack's buffers: 1 MiB each, the read size (4 MiB reads measured slower on the bench), and
 * enough of them for every stage to hold what it may: the zstd framing's queue (4 MiB), the
 * incompressible blocks it holds while it decides (1 MiB), a batch at the store and the reads ahead.
 */
const BUFFER_SIZE = 1 << 20;
const BUFFERS = 16;

/** Plain buffers the caller may keep: pooled bytes are copied and their leases released. */
async function* owned(pieces: AsyncIterable<Piece>): AsyncGenerator<Buffer> {
  for await (const p of pieces) {
    if (!p.lease) yield p.buf;
    else {
      const copy = Buffer.from(p.buf);
      p.lease.release();
      yield copy;
    }
  }
}

async function* flat(batches: AsyncIterable<Piece[]>): AsyncGenerator<Piece> {
  for await (const batch of batches) yield* batch;
}

/** One piece per batch; plain buffers become pieces without a lease. */
async function* batches(source: AsyncIterable<Piece | Buffer>): AsyncGenerator<Piece[]> {
  for await (const x of source) yield [Buffer.isBuffer(x) ? { buf: x } : x];
}

/**
 * Streams `dir` as tar -> compression -> age -> sha256 into `sink`, which stores it. Nothing is
 * buffered whole and nothing is written to disk here: memory stays flat whatever the size.
 * The sink gets batches of buffers lent to it: each is valid until it asks for the next (see
 * putBatches in stores/store.ts). The default path (zstd, no age) is zero-copy from the file
 * reads to the store, and so is `none`; gzip and age keep what they are given, so they get copies.
 * If either side fails, both are torn down and the first error is thrown.
 */
export async function packDirectory(
  dir: string,
  opts: PackOptions,
  sink: (batches: AsyncIterable<Buffer[]>) => Promise<void>,
): Promise<PackResult> {
  const { signal } = opts;
  const seekable = opts.indexAs !== undefined && opts.compression !== 'gzip';
  const pool = new BufferPool(BUFFER_SIZE, BUFFERS);
  const counts: TarCounts = { files: 0, contentBytes: 0 };
  const log: TarLog | undefined = seekable ? { frameBytes: opts.frameBytes ?? FRAME_BYTES, members: [], cuts: [] } : undefined;
  if (log) counts.log = log;
  const frames: FrameRecord[] = [];
  const tarStream = tarPieces(dir, pool, counts, signal);

  let stored: AsyncIterable<Piece[]>;
  if (opts.compression === 'zstd') stored = compressPieces(tarStream, signal, log ? { cuts: log.cuts, frames } : undefined);
  // Uncompressed, the pooled buffers themselves go to the store.
  else if (opts.compression === 'none') stored = batches(tarStream);
  else stored = batches(compressChunks(opts.compression, owned(tarStream), signal));
  // Frames are hashed before age: the index's offsets and digests are those of the plaintext.
  const hasher = log ? new FrameHasher(opts.compression === 'zstd' ? zstdFrameEnds(frames) : tarFrameEnds(log), pool.all) : undefined;
  if (hasher) stored = hasher.tap(stored);
  if (opts.recipients.length > 0)
    stored = batches(await encryptStream(Readable.from(owned(flat(stored)), { objectMode: false }), opts.recipients));
  // The object's digest (one frame, no ends) is taken as the bytes leave, so it covers exactly
  // what the store receives; on a worker too, since the main thread is the pack's bottleneck.
  const whole = new FrameHasher(() => undefined, pool.all);
  stored = whole.tap(stored);
  pool.onWait = () => {
    hasher?.flush();
    whole.flush();
  };

  let bytes = 0;
  let ended = false;
  async function* digested(): AsyncGenerator<Buffer[]> {
    for await (const batch of stored) {
      signal?.throwIfAborted();
      const bufs: Buffer[] = [];
      for (const p of batch) {
        bytes += p.buf.length;
        bufs.push(p.buf);
      }
      opts.onBytes?.(bytes);
      yield bufs;
      // The sink asked for the next batch: it is done with this one.
      releaseAll(batch);
    }
    ended = true;
  }
  try {
    await sink(digested());
    if (!ended) throw new Error('the store returned before reading the whole archive');
  } catch (e) {
    // The abort reason over the store's report of a stream that stopped.
    if (signal?.aborted) throw signal.reason;
    throw e;
  } finally {
    // Wakes a producer waiting for a buffer that a stopped stage will never give back.
    pool.close(new Error('the archive stream was closed'));
    if (!ended) {
      hasher?.close();
      whole.close();
    }
  }
  const [sha256] = await whole.finish();
  const result: PackResult = { bytes, sha256: sha256!, contentBytes: counts.contentBytes, files: counts.files };
  if (log && hasher) {
    const digests = await hasher.finish();
    const data = opts.compression === 'zstd' ? frames.filter((f) => !f.skippable) : tarFrames(log, hasher.bytes);
    result.index = buildIndex(opts.indexAs!, log, data, digests.slice(0, data.length));
  }
  return result;
}
