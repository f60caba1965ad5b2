import { createHash } from 'node:crypto';
import { link, open } from 'node:fs/promises';
import { ReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { Transform, type TransformCallback } from 'node:stream';

/** Counts and hashes bytes as they pass, so the digest costs no second read. */
export class DigestStream extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;

  constructor(private readonly onBytes?: (total: number) => void) {
    super({ highWaterMark: 1 << 20 });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.onBytes?.(this.bytes);
    cb(null, chunk);
  }

  /** Only meaningful once the stream has finished. */
  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Size and sha256 of a local file, read through two reused buffers: the next read runs while the
 * current one is hashed, and a gigabyte hashed allocates nothing for the garbage collector.
 */
export async function hashFile(file: string, signal?: AbortSignal): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  const bufs = [Buffer.allocUnsafe(1 << 20), Buffer.allocUnsafe(1 << 20)];
  const fh = await open(file, 'r');
  let bytes = 0;
  let reading = fh.read(bufs[0]!, 0, bufs[0]!.length, 0);
  try {
    let i = 0;
    for (;;) {
      signal?.throwIfAborted();
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      const buf = bufs[i]!;
      i ^= 1;
      reading = fh.read(bufs[i]!, 0, bufs[i]!.length, bytes + bytesRead);
      hash.update(buf.subarray(0, bytesRead));
      bytes += bytesRead;
    }
  } finally {
    // A read still in flight (after an abort) must finish before the file closes.
    await reading.catch(() => undefined);
    await fh.close();
  }
  return { bytes, sha256: hash.digest('hex') };
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
