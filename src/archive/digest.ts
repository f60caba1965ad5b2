import { createHash } from 'node:crypto';
import { link, open } from 'node:fs/promises';
import { ReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { Transform, type TransformCallback } from 'node:stream';

/** Counts and hashes bytes as they pass, so the digest costs no second read. */
export class DigestStream extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;

  constructor() {
    super({ highWaterMark: 1 << 20 });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    cb(null, chunk);
  }

  /** Only meaningful once the stream has finished. */
  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * The sha256 of a local file, fed by whoever reads it first (the listing pass hands it every chunk
 * it reads, see pooledChunks), and finished by reading whatever they did not: one read of the
 * object does both jobs.
 */
export class FileHasher {
  private readonly hash = createHash('sha256');
  /** Bytes hashed so far: the file's first `bytes` bytes. */
  bytes = 0;

  /** The next chunk of the file, in order. */
  readonly update = (chunk: Buffer): void => {
    this.hash.update(chunk);
    this.bytes += chunk.length;
  };

  /**
   * Hashes the rest of the file, from `bytes` on, and returns size and digest. Reads through two
   * reused buffers: the next read runs while the current one is hashed.
   */
  async finish(file: string, signal?: AbortSignal): Promise<{ bytes: number; sha256: string }> {
    const fh = await open(file, 'r');
    let reading: Promise<{ bytesRead: number }> | undefined;
    try {
      // Buffers for what is left: next to nothing, when the listing pass read it all.
      const left = Math.max(1, Math.min(1 << 20, (await fh.stat()).size - this.bytes));
      const bufs = [Buffer.allocUnsafe(left), Buffer.allocUnsafe(left)];
      reading = fh.read(bufs[0]!, 0, bufs[0]!.length, this.bytes);
      let i = 0;
      for (;;) {
        signal?.throwIfAborted();
        const { bytesRead }: { bytesRead: number } = await reading;
        if (bytesRead === 0) break;
        const buf = bufs[i]!;
        i ^= 1;
        reading = fh.read(bufs[i]!, 0, bufs[i]!.length, this.bytes + bytesRead);
        this.update(buf.subarray(0, bytesRead));
      }
    } finally {
      // A read still in flight (after an abort) must finish before the file closes.
      await reading?.catch(() => undefined);
      await fh.close();
    }
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}

/**
 * When `source` reads a local file (a local store), hard-links that file to `dest` instead of
 * copying it: the same bytes, without writing them a second time. False when the source is not
 * a local file or the link is impossible (another file system), and the caller copies.
 */
export async function linkLocalSource(source: Readable, dest: string): Promise<boolean> {
  if (!(source instanceof ReadStream) || typeof source.path !== 'string') return false;
  try {
    await link(source.path, dest);
  } catch {
    return false;
  }
  source.destroy();
  return true;
}
