import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FrameHasher, hashWorkerCount } from '../src/archive/frame-hash.js';
import { BufferPool, type Piece } from '../src/archive/pool.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Pieces of `data`, alternating pooled (shared) buffers and plain ones, as a pack mixes them. */
async function* pieces(pool: BufferPool, data: Buffer, size: number): AsyncGenerator<Piece[]> {
  for (let off = 0, i = 0; off < data.length; off += size, i++) {
    const part = data.subarray(off, off + size);
    if (i % 3 === 2) {
      yield [{ buf: Buffer.from(part) }];
      continue;
    }
    const lease = await pool.lease();
    part.copy(lease.buf);
    yield [{ buf: lease.buf.subarray(0, part.length), lease }];
  }
}

async function hashAll(pool: BufferPool, data: Buffer, ends: number[], size: number): Promise<string[]> {
  const hasher = new FrameHasher((i) => ends[i], pool.all);
  pool.onWait = () => hasher.flush();
  try {
    for await (const batch of hasher.tap(pieces(pool, data, size))) for (const p of batch) p.lease?.release();
    return await hasher.finish();
  } finally {
    hasher.close();
  }
}

describe('FrameHasher (sha256 of each frame, on a worker)', () => {
  it('gives the digest of each frame, for shared and copied pieces cut anywhere', async () => {
    const data = randomBytes(300_000);
    const ends = [1, 4096, 70_000, 70_001, 250_000];
    const pool = new BufferPool(8192, 4);
    const digests = await hashAll(pool, data, ends, 5000);
    const bounds = [0, ...ends, data.length];
    expect(digests).toEqual(bounds.slice(1).map((e, i) => sha(data.subarray(bounds[i], e))));
    // Every buffer is back: nothing stays retained once the worker is done.
    expect(pool.available).toBe(4);
  });

  it('does not hold the pool dry: a producer waiting for a buffer gets one', async () => {
    // Two buffers, and a message gathers 2 MiB before it is sent: without the flush on a dry
    // pool, the third lease would wait for ever on buffers the hasher holds.
    const data = randomBytes(64 * 1024);
    const pool = new BufferPool(1024, 2);
    const digests = await hashAll(pool, data, [], 1024);
    expect(digests).toEqual([sha(data)]);
  });

  it('an empty stream is one frame, the digest of nothing', async () => {
    const pool = new BufferPool(1024, 1);
    expect(await hashAll(pool, Buffer.alloc(0), [], 1024)).toEqual([sha(Buffer.alloc(0))]);
  });

  it('many hashers at once share two threads, and one stopped early leaves the others whole', async () => {
    const pools = Array.from({ length: 5 }, () => new BufferPool(8192, 4));
    const data = Array.from({ length: 5 }, () => randomBytes(100_000));
    const stopped = new FrameHasher(() => undefined, pools[0]!.all);
    stopped.flush();
    const runs = data.map((d, i) => hashAll(pools[i]!, d, [50_000], 3000));
    stopped.close();
    const digests = await Promise.all(runs);
    expect(hashWorkerCount()).toBeLessThanOrEqual(2);
    digests.forEach((got, i) => expect(got).toEqual([sha(data[i]!.subarray(0, 50_000)), sha(data[i]!.subarray(50_000))]));
  });

  it('the threads do not keep a finished process alive', () => {
    // A process that hashed and then has nothing left to do must exit by itself.
    const script = `
      import { FrameHasher } from './src/archive/frame-hash.ts';
      const h = new FrameHasher(() => undefined, []);
      const digests = await h.finish();
      console.log(digests.length);`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.error).toBeUndefined();
    expect(r.stdout.trim()).toBe('1');
    expect(r.status).toBe(0);
  });
});
