import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { describe, expect, it } from 'vitest';
import { compressPieces } from '../src/archive/compress.js';
import { BufferPool, releaseAll, type Piece } from '../src/archive/pool.js';
import { tarPieces, type TarCounts } from '../src/archive/tar-writer.js';
import { describeWithTools } from './helpers/requires.js';
import { tempDir } from './helpers/tmp.js';

const hasTools = ['tar', 'zstd'].filter((t) => {
  try {
    execFileSync(t, ['--version'], { stdio: 'ignore' });
    return false;
  } catch {
    return true;
  }
});

/** Copies every piece and releases it at once, as a store that wrote it would. */
async function drain(source: AsyncIterable<Piece>): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const p of source) {
    out.push(Buffer.from(p.buf));
    p.lease?.release();
  }
  return Buffer.concat(out);
}

const when = new Date('2024-05-06T07:08:09Z');
const big = randomBytes(2_500_000);
const longDir = 'd'.repeat(60) + '/' + 'e'.repeat(60);
const longName = `${longDir}/${'f'.repeat(150)}.txt`;

/** A tree with every kind of entry a site export holds. */
async function makeTree(): Promise<string> {
  const root = path.join(await tempDir('sba-tarw-'), 'tree');
  mkdirSync(path.join(root, 'sub/deeper'), { recursive: true });
  mkdirSync(path.join(root, longDir), { recursive: true });
  writeFileSync(path.join(root, 'empty'), '');
  writeFileSync(path.join(root, 'exact-512'), Buffer.alloc(512, 7));
  writeFileSync(path.join(root, 'big.bin'), big);
  writeFileSync(path.join(root, 'sub/deeper/été.txt'), 'accents\n');
  writeFileSync(path.join(root, 'sub/read-only'), 'secret settings\n');
  chmodSync(path.join(root, 'sub/read-only'), 0o440);
  chmodSync(path.join(root, 'sub/deeper'), 0o750);
  writeFileSync(path.join(root, longName), 'long\n');
  symlinkSync('sub/deeper/été.txt', path.join(root, 'link'));
  linkSync(path.join(root, 'big.bin'), path.join(root, 'sub/big-again.bin'));
  for (const p of ['empty', 'big.bin', 'sub/read-only', longName]) utimesSync(path.join(root, p), when, when);
  return root;
}

describeWithTools('the tar writer', hasTools, () => {
  it('writes a tar that GNU tar extracts exactly: content, modes, times, links, long and non-ASCII names', async () => {
    const root = await makeTree();
    // Small buffers, so headers and content cross buffer boundaries everywhere.
    const pool = new BufferPool(4096, 3);
    const counts: TarCounts = { files: 0, contentBytes: 0 };
    const bytes = await drain(tarPieces(root, pool, counts));
    expect(pool.available).toBe(3);
    expect(bytes.length % 512).toBe(0);

    const work = await tempDir('sba-tarw-out-');
    const file = path.join(work, 'a.tar');
    writeFileSync(file, bytes);
    const out = path.join(work, 'x');
    mkdirSync(out);
    execFileSync('tar', ['-xf', file, '-C', out]);
    // A folder's slash can go with the ustar prefix split of a long name; the type says folder.
    const names = execFileSync('tar', ['-tf', file], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((n) => n.replace(/\/$/, ''));
    // Name order, each folder before its content.
    expect(names).toEqual([
      'big.bin',
      'd'.repeat(60),
      longDir,
      longName,
      'empty',
      'exact-512',
      'link',
      'sub',
      'sub/big-again.bin',
      'sub/deeper',
      'sub/deeper/été.txt',
      'sub/read-only',
    ]);
    expect(readFileSync(path.join(out, 'big.bin')).equals(big)).toBe(true);
    expect(readFileSync(path.join(out, 'exact-512')).equals(Buffer.alloc(512, 7))).toBe(true);
    expect(readFileSync(path.join(out, 'empty')).length).toBe(0);
    expect(readFileSync(path.join(out, longName), 'utf8')).toBe('long\n');
    expect(readFileSync(path.join(out, 'sub/deeper/été.txt'), 'utf8')).toBe('accents\n');
    expect(readlinkSync(path.join(out, 'link'))).toBe('sub/deeper/été.txt');
    // The second name of a file is a hard link in the archive, so it comes back as one.
    expect(statSync(path.join(out, 'sub/big-again.bin')).ino).toBe(statSync(path.join(out, 'big.bin')).ino);
    expect(statSync(path.join(out, 'sub/read-only')).mode & 0o777).toBe(0o440);
    expect(statSync(path.join(out, 'sub/deeper')).mode & 0o777).toBe(0o750);
    expect(statSync(path.join(out, 'big.bin')).mtime.getTime()).toBe(when.getTime());
    expect(statSync(path.join(out, longName)).mtime.getTime()).toBe(when.getTime());
    expect(counts).toEqual({
      files: 7,
      contentBytes: 2 * big.length + 512 + 'accents\n'.length + 'secret settings\n'.length + 'long\n'.length,
    });

    // Owner ids are 0 and names empty: nothing of this machine's users is recorded.
    const verbose = execFileSync('tar', ['--numeric-owner', '-tvf', file], { encoding: 'utf8' });
    for (const line of verbose.trim().split('\n')) expect(line).toMatch(/^\S+ 0\/0 /);

    // node-tar's strict parser reads it too, with the same entries.
    const seen: string[] = [];
    await tar.t({ file, strict: true, onReadEntry: (e) => seen.push(e.path) });
    expect(seen.map((n) => n.replace(/\/$/, ''))).toEqual(names);
    expect(statSync(path.join(out, longDir)).isDirectory()).toBe(true);
  });

  it('fails when a file shrinks while it is read, instead of writing a short entry', async () => {
    const root = path.join(await tempDir('sba-tarw-'), 'tree');
    mkdirSync(root);
    const f = path.join(root, 'growing.log');
    writeFileSync(f, randomBytes(20_000));
    const pool = new BufferPool(4096, 2);
    const it = tarPieces(root, pool, { files: 0, contentBytes: 0 });
    const first = await it.next();
    expect(first.done).toBe(false);
    truncateSync(f, 5000);
    (first.value as Piece).lease?.release();
    await expect(drain(it)).rejects.toThrow(/growing\.log: the file shrank while it was archived/);
    // The buffer being filled went back to the pool with the failure.
    expect(pool.available).toBe(2);
  });

  it('through the zstd framing, every pooled buffer comes back and the output is the same tar', async () => {
    const root = await makeTree();
    writeFileSync(path.join(root, 'dump.sql'), 'INSERT INTO t VALUES (1, "row");\n'.repeat(100_000));
    const plain = await drain(tarPieces(root, new BufferPool(1 << 20, 4), { files: 0, contentBytes: 0 }));

    const pool = new BufferPool(1 << 20, 16);
    const z: Buffer[] = [];
    for await (const batch of compressPieces(tarPieces(root, pool, { files: 0, contentBytes: 0 }))) {
      for (const p of batch) z.push(Buffer.from(p.buf));
      releaseAll(batch);
    }
    expect(pool.available).toBe(16);
    const work = await tempDir('sba-tarw-z-');
    writeFileSync(path.join(work, 'a.tar.zst'), Buffer.concat(z));
    const back = execFileSync('zstd', ['-q', '-d', '-c', path.join(work, 'a.tar.zst')], { maxBuffer: 64 << 20 });
    expect(back.equals(plain)).toBe(true);
  });
});

describe('the buffer pool', () => {
  it('makes lease() wait until a buffer is released, and close() fails the waiters', async () => {
    const pool = new BufferPool(16, 1);
    const a = await pool.lease();
    let got = false;
    const waiting = pool.lease().then((l) => {
      got = true;
      return l;
    });
    await new Promise((r) => setImmediate(r));
    expect(got).toBe(false);
    a.retain();
    a.release();
    await new Promise((r) => setImmediate(r));
    expect(got).toBe(false);
    a.release();
    const b = await waiting;
    expect(b.buf).toBe(a.buf);
    const failed = pool.lease();
    pool.close(new Error('stopped'));
    await expect(failed).rejects.toThrow('stopped');
    await expect(pool.lease()).rejects.toThrow('stopped');
    b.release();
    expect(() => b.release()).toThrow(/released twice/);
  });
});
