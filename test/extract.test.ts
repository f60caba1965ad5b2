import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import * as tar from 'tar';
import { describe, expect, it } from 'vitest';
import { compressChunks } from '../src/archive/compress.js';
import { FileHasher } from '../src/archive/digest.js';
import { ExtractError, parsePax, readTar, TarExtractor, TarFormatError, type TarEntry } from '../src/archive/extract.js';
import { pooledChunks } from '../src/archive/pooled-read.js';
import {
  ArchiveLimitError,
  ArchiveReadError,
  extractArchive,
  listArchiveFile,
  openArchive,
  safeUnpackFile,
  scanArchive,
  UnsafeArchiveError,
} from '../src/archive/unpack.js';
import { tree } from './helpers/restore-fixtures.js';
import { tempDir } from './helpers/tmp.js';

// The tar reader and extractor of extract.ts, which both passes of a restore use: parsing against
// node-tar and GNU tar, every refusal on a crafted archive, and the file system rules of the
// extraction with the guard of unpack.ts out of the way.

const MTIME = new Date('2026-01-02T03:04:05Z');

/** One header block (node-tar computes the checksum), followed by `body` padded to 512. */
function block(h: Partial<tar.HeaderData> & { type?: string }, body?: Buffer | string): Buffer {
  const b = body === undefined ? Buffer.alloc(0) : Buffer.from(body);
  const header = new tar.Header({ mode: 0o644, uid: 0, gid: 0, mtime: MTIME, size: b.length, ...h } as tar.HeaderData);
  const out = Buffer.alloc(512);
  header.encode(out, 0);
  return Buffer.concat([out, b, Buffer.alloc((512 - (b.length % 512)) % 512)]);
}

/** A pax record: `<length> key=value\n`, the length counting itself. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len++;
  return `${len}${body}`;
}

const END = Buffer.alloc(1024);
const archive = (...parts: Buffer[]) => Buffer.concat([...parts, END]);

/** Feeds `data` in pieces of `size` bytes (some of them as batches of two), to cross every boundary. */
function pieces(data: Buffer, size: number): (Buffer | Buffer[])[] {
  const out: (Buffer | Buffer[])[] = [];
  for (let o = 0; o < data.length; o += size * 2) {
    const a = data.subarray(o, o + size);
    const b = data.subarray(o + size, o + size * 2);
    out.push(b.length ? [a, b] : a);
  }
  return out;
}

async function* iterate<T>(xs: T[]): AsyncGenerator<T> {
  for (const x of xs) yield x;
}

/** Every entry and a digest of its content, as readTar sees them. */
async function readAll(source: AsyncIterable<Buffer | readonly Buffer[]>): Promise<(TarEntry & { sha?: string })[]> {
  const out: (TarEntry & { sha?: string })[] = [];
  let h = createHash('sha256');
  await readTar(source, {
    entry: (e) => {
      h = createHash('sha256');
      out.push({ ...e });
    },
    content: (parts) => {
      for (const p of parts) h.update(p);
    },
    done: (e) => {
      if (e.size > 0) out[out.length - 1]!.sha = h.digest('hex');
    },
  });
  return out;
}

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

async function collect(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of source) out.push(Buffer.from(c));
  return Buffer.concat(out);
}

describe('readTar against node-tar and GNU tar', () => {
  it('reads node-tar, GNU and pax archives as node-tar lists them, content included, in any piece size', async () => {
    const dir = await tempDir('sba-extract-');
    const src = path.join(dir, 'src');
    const deep = path.join(src, 'a'.repeat(60), 'b'.repeat(60));
    mkdirSync(deep, { recursive: true });
    const media = randomBytes(700_001);
    writeFileSync(path.join(deep, `${'c'.repeat(90)}.txt`), 'deep text\n'.repeat(300));
    writeFileSync(path.join(src, 'media.bin'), media);
    writeFileSync(path.join(src, 'exact.bin'), randomBytes(4096));
    writeFileSync(path.join(src, 'empty'), '');
    writeFileSync(path.join(src, 'ünïcödé.txt'), 'x');
    symlinkSync(`${'l'.repeat(120)}/target`, path.join(src, 'longlink'));
    linkSync(path.join(src, 'exact.bin'), path.join(src, 'hard.bin'));
    const archives: [string, Buffer][] = [
      ['node-tar', await collect(tar.c({ cwd: src }, ['.']) as unknown as AsyncIterable<Buffer>)],
      ['gnu', execFileSync('tar', ['--format=gnu', '-cf', '-', '-C', src, '.'], { maxBuffer: 1 << 30 })],
      ['pax', execFileSync('tar', ['--format=pax', '-cf', '-', '-C', src, '.'], { maxBuffer: 1 << 30 })],
    ];
    for (const [name, t] of archives) {
      const want: { path: string; type: string; size: number; linkpath?: string }[] = [];
      await tar
        .t(
          {
            onReadEntry: (e) =>
              void want.push({ path: e.path, type: e.type, size: e.size, ...(e.linkpath ? { linkpath: e.linkpath } : {}) }),
          },
          undefined as never,
        )
        .end(t);
      for (const size of [1, 511, 513, 65_536, t.length]) {
        const got = await readAll(iterate(pieces(t, size)));
        expect(
          got.map(({ path: p, type, size: s, linkpath }) => ({ path: p, type, size: s, ...(linkpath ? { linkpath } : {}) })),
          `${name} in pieces of ${size}`,
        ).toEqual(want);
        expect(got.find((e) => e.path.endsWith('media.bin'))!.sha).toBe(sha(media));
        expect(got.find((e) => e.path.endsWith('.txt') && e.path.includes('ccc'))!.path).toMatch(/^(\.\/)?a{60}\/b{60}\/c{90}\.txt$/);
        expect(got.find((e) => e.path.endsWith('longlink'))!.linkpath).toBe(`${'l'.repeat(120)}/target`);
      }
      // As a stored object: through the pooled reader (raw zstd frames in batches) and through the
      // Node stream that encrypted and gzip objects take, the same listing.
      for (const compression of ['none', 'zstd'] as const) {
        const file = path.join(dir, `${name}.tar${compression === 'zstd' ? '.zst' : ''}`);
        writeFileSync(file, compression === 'zstd' ? await collect(compressChunks('zstd', Readable.from([t]))) : t);
        const opts = { compression, encryption: 'none' as const, identities: [] };
        const listed = await listArchiveFile(file, file, opts);
        expect(listed, `${name} ${compression}`).toEqual(await scanArchive(await openArchive(file, file, opts), name));
        expect(listed.files).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('applies pax records to the next entry only, global ones (but their path) to every later entry', async () => {
    const t = archive(
      block(
        { path: 'PaxHeaders/g', type: 'GlobalExtendedHeader' },
        paxRecord('mtime', '1000000000.5') + paxRecord('path', 'ignored-global-path'),
      ),
      block(
        { path: 'PaxHeaders/x', type: 'ExtendedHeader' },
        paxRecord('path', `long/${'p'.repeat(200)}`) + paxRecord('size', '5') + paxRecord('mode', '0600') + paxRecord('uname', 'nobody'),
      ),
      // The header's own size field says 0: the pax size (5) is the one in force.
      Buffer.concat([block({ path: 'short', size: 0 }).subarray(0, 512), Buffer.from('hello'), Buffer.alloc(507)]),
      block({ path: 'next' }, 'abc'),
    );
    const got = await readAll(iterate([t]));
    expect(got).toEqual([
      { path: `long/${'p'.repeat(200)}`, type: 'File', size: 5, mode: 0o600, mtime: new Date(1_000_000_000_500), sha: sha('hello') },
      { path: 'next', type: 'File', size: 3, mode: 0o644, mtime: new Date(1_000_000_000_500), sha: sha('abc') },
    ]);
  });

  it('parses pax records strictly', () => {
    expect(parsePax(Buffer.from(paxRecord('path', 'a=b ü') + paxRecord('size', '12') + paxRecord('SCHILY.xattr.x', 'y')))).toEqual({
      path: 'a=b ü',
      size: 12,
    });
    expect(parsePax(Buffer.concat([Buffer.from(paxRecord('linkpath', 'l')), Buffer.alloc(100)]))).toEqual({ linkpath: 'l' });
    expect(() => parsePax(Buffer.from('99 path=x\n'))).toThrow(/overruns its header/);
    expect(() => parsePax(Buffer.from('x path=x\n'))).toThrow(/no valid length/);
    expect(() => parsePax(Buffer.from(paxRecord('size', '12abc')))).toThrow(/pax size is not a number/);
    expect(() => parsePax(Buffer.from(paxRecord('mtime', 'soon')))).toThrow(/pax mtime is not a number/);
    expect(() => parsePax(Buffer.from(paxRecord('GNU.sparse.map', '0,1')))).toThrow(/GNU sparse file/);
    expect(() => parsePax(Buffer.from('6 =ab\n'))).toThrow(/has no key/);
  });
});

describe('readTar refuses what is not a complete, well-formed archive', () => {
  const good = archive(block({ path: 'a.txt' }, 'x'.repeat(2000)));
  const damaged = Buffer.from(good);
  damaged[10] = damaged[10]! ^ 0xff;
  const noPathLen = block({ path: 'x' });
  noPathLen.fill(0, 0, 100);
  // The checksum of a block whose name was blanked, recomputed, so only the missing path is wrong.
  const fixSum = (b: Buffer) => {
    b.fill(0x20, 148, 156);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += b[i]!;
    b.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    return b;
  };
  const badSize = block({ path: 'f' }, 'abc');
  badSize.write('zzzzzzzzzzz\0', 124, 'latin1');
  const cases: [string, Buffer, RegExp][] = [
    ['an empty input', Buffer.alloc(0), /is empty: not a tar archive/],
    ['a damaged header', damaged, /the header at byte 0 is damaged \(checksum mismatch\)/],
    ['a header without a path', archive(fixSum(noPathLen)), /has no path/],
    ['an unreadable size', archive(fixSum(badSize.subarray(0, 512))), /has no readable size/],
    ['an archive cut inside the content', good.subarray(0, 1024), /is truncated at byte 1024, inside "a\.txt"/],
    ['an archive cut inside a header', good.subarray(0, 300), /is truncated at byte 0/],
    ['an archive without its end marker', good.subarray(0, good.length - 1024), /ends without the end-of-archive marker/],
    ['an archive with one zero block only', good.subarray(0, good.length - 512), /ends without the end-of-archive marker/],
    [
      'a lone zero block before an entry',
      Buffer.concat([block({ path: 'a' }, 'a'), Buffer.alloc(512), block({ path: 'b' }, 'b'), END]),
      /a lone zero block comes before the header at byte 1536/,
    ],
    ['data after the end marker', Buffer.concat([good, Buffer.from('trailing garbage')]), /holds data after its end-of-archive marker/],
    ['a link without a target', archive(block({ path: 'l', type: 'SymbolicLink' })), /\("l"\) is a link without a target/],
    ['a file with a link target', archive(block({ path: 'f', linkpath: 'x' }, 'abc')), /\("f"\) is a File with a link target/],
    [
      'an extended header over 1 MiB',
      archive(block({ path: 'P', type: 'ExtendedHeader' }, Buffer.alloc((1 << 20) + 1, 0x20))),
      /extended header of 1048577 bytes/,
    ],
    [
      'a malformed pax record',
      archive(block({ path: 'P', type: 'ExtendedHeader' }, '30 size=12\n'), block({ path: 'f' }, 'abc')),
      /pax extended header record overruns/,
    ],
  ];
  it.each(cases)('%s', async (_name, bytes, re) => {
    const err = await readAll(iterate([bytes])).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(TarFormatError);
    expect((err as Error).message).toMatch(re);
    // The listing pass names the object and calls it unreadable.
    await expect(scanArchive(iterate([bytes]), 'x.tar')).rejects.toThrow(ArchiveReadError);
  });

  it('accepts zeros after the end marker (tar pads to 10 KiB records) and an archive of no entries', async () => {
    expect((await readAll(iterate([Buffer.concat([good, Buffer.alloc(10_240 - (good.length % 10_240))])]))).map((e) => e.path)).toEqual([
      'a.txt',
    ]);
    expect(await readAll(iterate([END]))).toEqual([]);
  });
});

/** Extracts `bytes` through unpack.ts (guard, limits, extractor) into a fresh folder. */
async function extractInto(bytes: Buffer, limits?: { contentBytes: number; files: number }): Promise<string> {
  const root = await tempDir('sba-extract-');
  const target = path.join(root, 'target');
  await mkdir(target);
  await extractArchive(iterate(pieces(bytes, 700)), target, 'x.tar', limits);
  return target;
}

describe('extraction', () => {
  it('writes content, modes under the umask, links and the modification times of files and folders', async () => {
    const target = await extractInto(
      archive(
        block({ path: 'ro/', type: 'Directory', mode: 0o555 }),
        block({ path: 'ro/inner.txt', mode: 0o640 }, 'inner'),
        block({ path: 'suid', mode: 0o4755 }, '#!/bin/sh\n'),
        block({ path: 'nomode', mode: 0o600 }, ''),
        block({ path: 'implicit/parent/file.txt' }, 'deep'),
        block({ path: 'link', type: 'SymbolicLink', linkpath: 'ro/inner.txt' }),
        block({ path: 'hard', type: 'Link', linkpath: 'ro/inner.txt' }),
      ),
    );
    const umask = process.umask();
    expect(await readFile(path.join(target, 'ro/inner.txt'), 'utf8')).toBe('inner');
    // A read-only folder gets its content: folders are owner-writable, as node-tar made them.
    expect((await stat(path.join(target, 'ro'))).mode & 0o7777).toBe(0o755 & ~umask);
    expect((await stat(path.join(target, 'ro/inner.txt'))).mode & 0o7777).toBe(0o640 & ~umask);
    expect((await stat(path.join(target, 'suid'))).mode & 0o7777).toBe(0o755 & ~umask);
    expect((await stat(path.join(target, 'nomode'))).size).toBe(0);
    expect((await stat(path.join(target, 'implicit/parent'))).mode & 0o7777).toBe(0o777 & ~umask);
    expect(await readlink(path.join(target, 'link'))).toBe('ro/inner.txt');
    expect((await stat(path.join(target, 'hard'))).ino).toBe((await stat(path.join(target, 'ro/inner.txt'))).ino);
    // The folder's time is set after its content was written into it.
    expect((await stat(path.join(target, 'ro'))).mtime).toEqual(MTIME);
    expect((await stat(path.join(target, 'ro/inner.txt'))).mtime).toEqual(MTIME);
  });

  it('lets a later entry of the same name replace an earlier one, never writing through a symlink', async () => {
    const root = await tempDir('sba-extract-');
    const outside = path.join(root, 'outside.txt');
    await writeFile(outside, 'untouched');
    const target = await extractInto(
      archive(
        block({ path: 'twice' }, 'first'),
        block({ path: 'twice' }, 'second'),
        block({ path: 'was-link', type: 'SymbolicLink', linkpath: 'twice' }),
        block({ path: 'was-link' }, 'a file now'),
        block({ path: 'empty-dir/', type: 'Directory' }),
        block({ path: 'empty-dir' }, 'a file where a folder was'),
      ),
    );
    expect(await tree(target)).toMatchObject({
      twice: `file - 6 ${sha('second')}`,
      'was-link': `file - 10 ${sha('a file now')}`,
      'empty-dir': `file - 25 ${sha('a file where a folder was')}`,
    });
    expect(await readFile(outside, 'utf8')).toBe('untouched');
  });

  it('repeats the guard: an unsafe entry stops the extraction before it is written', async () => {
    const root = await tempDir('sba-extract-');
    const target = path.join(root, 'target');
    await mkdir(target);
    const bytes = archive(block({ path: 'ok.txt' }, 'fine'), block({ path: '../escape.txt' }, 'pwned'));
    await expect(extractArchive(iterate([bytes]), target, 'x.tar')).rejects.toThrow(UnsafeArchiveError);
    expect(await readdir(root)).toEqual(['target']);
  });

  it('checks the limits before an entry is written', async () => {
    const root = await tempDir('sba-extract-');
    const target = path.join(root, 'target');
    await mkdir(target);
    const bytes = archive(block({ path: 'a' }, 'x'.repeat(10)), block({ path: 'b' }, 'y'.repeat(10)));
    await expect(extractArchive(iterate([bytes]), target, 'x.tar', { contentBytes: 15, files: 5 })).rejects.toThrow(ArchiveLimitError);
    expect(await readdir(target)).toEqual(['a']);
  });
});

describe('the extractor on its own (defence in depth, no guard in front)', () => {
  async function run(entries: Buffer, prepare?: (target: string, root: string) => Promise<void>) {
    const root = await tempDir('sba-extract-');
    const target = path.join(root, 'target');
    await mkdir(target);
    await prepare?.(target, root);
    const x = new TarExtractor(target);
    const err = await readTar(iterate([archive(entries)]), x)
      .then(() => x.finish())
      .catch(async (e: unknown) => {
        await x.abort();
        return e as Error;
      });
    return { root, target, err };
  }

  it('never writes through a symlink already in the target, nor creates a folder through one', async () => {
    const { root, err } = await run(block({ path: 'evil/x.txt' }, 'pwned'), async (target, r) => {
      await mkdir(path.join(r, 'elsewhere'));
      await symlink(path.join(r, 'elsewhere'), path.join(target, 'evil'));
    });
    expect(err).toBeInstanceOf(ExtractError);
    expect(err!.message).toMatch(/"evil" is a symlink, and nothing is written through one/);
    expect(await readdir(path.join(root, 'elsewhere'))).toEqual([]);
  });

  it('replaces a symlink standing where a file goes, leaving what it pointed at alone', async () => {
    const { root, target, err } = await run(block({ path: 'f.txt' }, 'new'), async (t, r) => {
      await writeFile(path.join(r, 'victim.txt'), 'untouched');
      await symlink(path.join(r, 'victim.txt'), path.join(t, 'f.txt'));
    });
    expect(err).toBeUndefined();
    expect(await readFile(path.join(root, 'victim.txt'), 'utf8')).toBe('untouched');
    expect((await lstat(path.join(target, 'f.txt'))).isFile()).toBe(true);
  });

  it.each<[string, Buffer, RegExp]>([
    [
      'a hard link to a file it did not write',
      block({ path: 'h', type: 'Link', linkpath: 'etc-passwd' }),
      /is not an earlier file of this archive/,
    ],
    [
      'a hard link to itself',
      Buffer.concat([block({ path: 'h' }, 'x'), block({ path: 'h', type: 'Link', linkpath: 'h' })]),
      /is not an earlier file of this archive/,
    ],
    [
      'a device',
      block({ path: 'null', type: 'CharacterDevice', devmaj: 1, devmin: 3 } as Partial<tar.HeaderData>),
      /is a CharacterDevice entry, which is never extracted/,
    ],
    ['a ../ path', block({ path: '../x' }, 'x'), /leaves the target folder/],
    ['an absolute path', block({ path: '/tmp/sba-extract-abs' }, 'x'), /leaves the target folder/],
    ['a file in place of the target', block({ path: '.' }, 'x'), /would replace the target folder/],
  ])('refuses %s', async (_name, entries, re) => {
    const { root, err } = await run(entries);
    expect(err).toBeInstanceOf(ExtractError);
    expect(err!.message).toMatch(re);
    expect(await readdir(root)).toEqual(['target']);
  });
});

describe('local object files through the pooled reader', () => {
  it('extracts zstd and plain archives bigger than the read ring exactly, and hashes them in the listing read', async () => {
    const dir = await tempDir('sba-extract-');
    const src = path.join(dir, 'src');
    mkdirSync(path.join(src, 'media'), { recursive: true });
    writeFileSync(path.join(src, 'media/big.bin'), randomBytes(9 << 20));
    writeFileSync(path.join(src, 'dump.sql'), 'INSERT INTO t VALUES (1, "text that compresses");\n'.repeat(100_000));
    writeFileSync(path.join(src, 'media/odd.bin'), randomBytes(777_777));
    const t = await collect(tar.c({ cwd: src, portable: true }, ['.']) as unknown as AsyncIterable<Buffer>);
    for (const compression of ['zstd', 'none'] as const) {
      const file = path.join(dir, `x.tar${compression === 'zstd' ? '.zst' : ''}`);
      const stored = compression === 'zstd' ? await collect(compressChunks('zstd', Readable.from([t]))) : t;
      await writeFile(file, stored);
      const opts = { compression, encryption: 'none' as const, identities: [] };
      const hasher = new FileHasher();
      const listing = await listArchiveFile(file, 'x', opts, { contentBytes: 20 << 20, files: 3 }, hasher.update);
      expect(listing.files).toBe(3);
      // The listing read the whole file, so finishing the digest reads nothing more.
      expect(hasher.bytes).toBe(stored.length);
      expect((await hasher.finish(file)).sha256).toBe(sha(stored));
      const target = path.join(dir, `out-${compression}`);
      await mkdir(target);
      await safeUnpackFile(file, 'x', target, opts);
      expect(await tree(target)).toEqual(await tree(src));
    }
  });

  it('finishes the digest from where a listing that failed stopped reading', async () => {
    const dir = await tempDir('sba-extract-');
    const bytes = Buffer.concat([randomBytes(3 << 20), Buffer.from('not a tar')]);
    const file = path.join(dir, 'junk.tar');
    await writeFile(file, bytes);
    const hasher = new FileHasher();
    // Consume a single chunk, then stop, as a listing that met a damaged header does.
    for await (const _chunk of pooledChunks(file, hasher.update)) break;
    expect(hasher.bytes).toBeGreaterThan(0);
    expect(hasher.bytes).toBeLessThan(bytes.length);
    expect(await hasher.finish(file)).toEqual({ bytes: bytes.length, sha256: sha(bytes) });
  });
});
