import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { compressChunks, decompressStream } from '../src/archive/compress.js';
import { decodeZstd, looksIncompressible } from '../src/archive/zstd-frames.js';
import { processDuplex } from '../src/archive/compress.js';
import { describeWithTools } from './helpers/requires.js';
import { tempDir } from './helpers/tmp.js';
import { spawnSync } from 'node:child_process';

const hasZstd = spawnSync('zstd', ['--version']).status === 0;
const NODE24 = path.resolve('node_modules/.bin/node');

async function collect(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of source) out.push(Buffer.from(c));
  return Buffer.concat(out);
}

/** Feeds `data` in pieces of `size` bytes, to cross every frame and block boundary. */
function pieces(data: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let o = 0; o < data.length; o += size) out.push(data.subarray(o, o + size));
  return out;
}

async function encode(data: Buffer, piece = 300_001): Promise<Buffer> {
  return collect(compressChunks('zstd', Readable.from(pieces(data, piece))));
}

async function decode(z: Buffer, piece = 65_537): Promise<Buffer> {
  const d = decompressStream('zstd')!;
  const out = collect(d);
  Readable.from(pieces(z, piece)).pipe(d);
  return out;
}

const text = Buffer.from('INSERT INTO `orders` VALUES (1,42,"customer-7@example.com","2026-11-21 10:00:00",3700);\n'.repeat(40_000));

describe('the entropy test', () => {
  it('calls random bytes incompressible and text, zeros and small blocks compressible', () => {
    const r = randomBytes(128 * 1024);
    expect(looksIncompressible([r], r.length)).toBe(true);
    expect(looksIncompressible([r.subarray(0, 1000), r.subarray(1000)], r.length)).toBe(true);
    expect(looksIncompressible([text.subarray(0, 128 * 1024)], 128 * 1024)).toBe(false);
    expect(looksIncompressible([Buffer.alloc(128 * 1024)], 128 * 1024)).toBe(false);
    expect(looksIncompressible([r.subarray(0, 2000)], 2000)).toBe(false);
  });

  it('decides a block near the limit on the full sample, not on the quick quarter', () => {
    // Random bytes folded onto k values: 236 values read about 7.75 bits per byte on the quarter
    // sample, under the limit, and 7.82 on the full one, over it; 200 values 7.47 and 7.54.
    const spread = (k: number) => Buffer.from(randomBytes(128 * 1024).map((b) => Math.floor((b * k) / 256)));
    expect(looksIncompressible([spread(236)], 128 * 1024)).toBe(true);
    expect(looksIncompressible([spread(200)], 128 * 1024)).toBe(false);
  });
});

describeWithTools('zstd framing', hasZstd ? [] : ['zstd'], () => {
  // Media, then text, then a short incompressible stretch inside text (stays in the compressed
  // run), then media again, and an odd tail.
  const input = Buffer.concat([
    randomBytes(3 << 20),
    text,
    randomBytes(200_000),
    text.subarray(0, 100_000),
    randomBytes(1_500_000),
    Buffer.from('tail'),
  ]);

  it('stores media as raw frames and compresses the rest, and `zstd -d` reads it back whole', async () => {
    const z = await encode(input);
    expect(execFileSync('zstd', ['-d', '-c', '-q'], { input: z, maxBuffer: 1 << 30 }).equals(input)).toBe(true);
    // The media is stored as it is (raw blocks), so a slice of it appears verbatim...
    expect(z.indexOf(input.subarray(1 << 20, (1 << 20) + 4096))).toBeGreaterThan(0);
    expect(z.indexOf(input.subarray(input.length - 400_000, input.length - 396_000))).toBeGreaterThan(0);
    // ...and the object starts with a raw frame: magic, no checksum, a 128 KiB window.
    expect([...z.subarray(0, 6)]).toEqual([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38]);
    // The text is compressed: the whole is far smaller than its media plus its text.
    expect(z.length).toBeLessThan(3 * 2 ** 20 + 1_700_000 + 300_000);
    expect((await decode(z)).equals(input)).toBe(true);
    expect((await decode(z, 7777)).equals(input)).toBe(true);
  });

  it('reads frames of any producer: zstd -19 with checksums, several frames, skippable frames, RLE blocks', async () => {
    const a = execFileSync('zstd', ['-c', '-q', '-19'], { input: text });
    const b = execFileSync('zstd', ['-c', '-q', '--no-check', '-1'], { input: Buffer.alloc(300_000, 7) });
    const skippable = Buffer.concat([Buffer.from([0x50, 0x2a, 0x4d, 0x18]), Buffer.from([5, 0, 0, 0]), Buffer.from('hello')]);
    // A hand-made frame: one RLE block of 1000 x 'z' (size field is the regenerated size), last.
    const rle = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38, ((1000 << 3) | 0b011) & 0xff, ((1000 << 3) | 0b011) >> 8, 0, 0x7a]);
    const z = Buffer.concat([a, skippable, rle, b, a]);
    const want = Buffer.concat([text, Buffer.alloc(1000, 'z'), Buffer.alloc(300_000, 7), text]);
    expect(execFileSync('zstd', ['-d', '-c', '-q'], { input: z, maxBuffer: 1 << 30 }).equals(want)).toBe(true);
    expect((await decode(z)).equals(want)).toBe(true);
    expect((await decode(z, 3)).equals(want)).toBe(true);
  });

  it('refuses truncated data, a wrong magic number and a reserved block type', async () => {
    const z = await encode(input);
    await expect(decode(z.subarray(0, z.length - 10))).rejects.toThrow(/truncated zstd data/);
    await expect(decode(Buffer.from('not zstd at all'))).rejects.toThrow(/not zstd data/);
    const bad = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38, 0b111, 0, 0]);
    await expect(decode(bad)).rejects.toThrow(/reserved block type/);
  });

  it('fails with the compressor: a zstd that dies is an error, never a short object', async () => {
    const dir = await tempDir();
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    writeFileSync(
      path.join(bin, 'zstd'),
      '#!/bin/sh\nhead -c 1000 >/dev/null\necho "zstd: error 70 : Write error : No space left on device" >&2\nexit 70\n',
      { mode: 0o755 },
    );
    const saved = { PATH: process.env.PATH, SITE_BACKUP_ZSTD: process.env.SITE_BACKUP_ZSTD };
    process.env.PATH = `${bin}:${process.env.PATH}`;
    process.env.SITE_BACKUP_ZSTD = 'binary';
    try {
      await expect(encode(Buffer.concat([text, randomBytes(2 << 20), text]))).rejects.toThrow(
        /zstd exited with 70: zstd: error 70 : Write error/,
      );
    } finally {
      process.env.PATH = saved.PATH;
      if (saved.SITE_BACKUP_ZSTD === undefined) delete process.env.SITE_BACKUP_ZSTD;
      else process.env.SITE_BACKUP_ZSTD = saved.SITE_BACKUP_ZSTD;
    }
  });

  it("decodes a frame through a real decoder when it holds compressed blocks (Node's zlib or the binary)", async () => {
    const z = execFileSync('zstd', ['-c', '-q', '-3'], { input: Buffer.concat([text, randomBytes(400_000), text]) });
    const out = await collect(decodeZstd(Readable.from(pieces(z, 4096)), () => processDuplex('zstd', ['-q', '-d', '-c'])));
    expect(out.length).toBe(text.length * 2 + 400_000);
    expect(out.subarray(0, text.length).equals(text)).toBe(true);
  });

  it('round-trips through the engine of the Node 24 runner (zlib) as well', () => {
    const dir = path.dirname(new URL(import.meta.url).pathname);
    const script = path.join(dir, 'helpers/zstd-roundtrip.ts');
    const out = execFileSync(NODE24, ['--import', 'tsx', script], {
      encoding: 'utf8',
      env: { ...process.env, SITE_BACKUP_ZSTD: 'builtin' },
    });
    expect(out.trim()).toBe('builtin: zstd -d ok, decode ok');
  });
});

describe('seekable framing of incompressible members', () => {
  it('starts no compressor for the few bytes a member leaves at a frame end, and decodes to the input', async () => {
    const { encodePieces } = await import('../src/archive/zstd-frames.js');
    const zlib = await import('node:zlib');
    // Two random members; the first ends 1000 bytes into its second 128 KiB block, where a cut
    // starts the next frame: those 1000 bytes are too few to judge by entropy.
    const a = randomBytes(128 * 1024 + 1000);
    const b = randomBytes(200_000);
    const frames: import('../src/archive/zstd-frames.js').FrameRecord[] = [];
    let compressors = 0;
    const out: Buffer[] = [];
    async function* source() {
      yield { buf: a };
      yield { buf: b };
    }
    const newCompressor = () => {
      compressors++;
      return zlib.createGzip();
    };
    for await (const batch of encodePieces(source(), newCompressor, undefined, { cuts: [a.length], frames }))
      for (const p of batch) out.push(Buffer.from(p.buf));
    expect(compressors).toBe(0);
    const decoded = Buffer.concat(
      await Readable.from([Buffer.concat(out)])
        .pipe(decompressStream('zstd')!)
        .toArray(),
    );
    expect(decoded.equals(Buffer.concat([a, b]))).toBe(true);
  });
});
