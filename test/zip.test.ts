import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { extractZip, httpRangeSource, listZip, openZipEntry, verifyZip, ZipError, type RangeSource } from '../src/archive/zip.js';
import { requireZip } from '../src/platforms/verify.js';
import { useHttpDouble } from './helpers/http-double.js';
import { describeWithTools } from './helpers/requires.js';
import { tempDir } from './helpers/tmp.js';

// Made by Info-ZIP, not by us, so the reader is checked against another program's idea of ZIP64:
//   printf: code.tar.zst = bytes 0..255 twice, manifest.json = '{"format":1}\n',
//           data.tar = 'INSERT INTO t VALUES (1);\n' x 40
//   zip -X -fz -0 z.zip code.tar.zst manifest.json && zip -X -fz -9 z.zip data.tar
// -fz saturates the sizes and the central directory offset, so the ZIP64 end record, the locator
// and the per-entry ZIP64 extra fields (shorter in the central directory than locally) are all used.
const INFO_ZIP64 = Buffer.from(
  'UEsDBC0AAAAAAAAAIVx2NWEc//////////8MABQAY29kZS50YXIuenN0AQAQAAACAAAAAAAAAAIAAAAAAAAAAQIDBAUGBwgJCgsM' +
    'DQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZX' +
    'WFlaW1xdXl9gYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoOEhYaHiImKi4yNjo+QkZKTlJWWl5iZmpucnZ6foKGi' +
    'o6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7y9vr/AwcLDxMXGx8jJysvMzc7P0NHS09TV1tfY2drb3N3e3+Dh4uPk5ebn6Onq6+zt' +
    '7u/w8fLz9PX29/j5+vv8/f7/AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4' +
    'OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKD' +
    'hIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3O' +
    'z9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/1BLAwQtAAAAAAAAACFcWJB9bf//////////' +
    'DQAUAG1hbmlmZXN0Lmpzb24BABAADQAAAAAAAAANAAAAAAAAAHsiZm9ybWF0IjoxfQpQSwMELQACAAgAAAAhXP0cJor/////////' +
    '/wgAFABkYXRhLnRhcgEAEAAQBAAAAAAAACUAAAAAAAAA8/QLdg0KUfD0C/FXKFEIc/QJdQ1W0DDUtObyHJUZlRmVGWEyAFBLAQIe' +
    'Ay0AAAAAAAAAIVx2NWEcAAIAAP////8MAAwAAAAAAAAAAACkgQAAAABjb2RlLnRhci56c3QBAAgAAAIAAAAAAABQSwECHgMtAAAA' +
    'AAAAACFcWJB9bQ0AAAD/////DQAMAAAAAAAAAAAApIE+AgAAbWFuaWZlc3QuanNvbgEACAANAAAAAAAAAFBLAQIeAy0AAgAIAAAA' +
    'IVz9HCaKJQAAAP////8IAAwAAAAAAAEAAACkgYoCAABkYXRhLnRhcgEACAAQBAAAAAAAAFBLBgYsAAAAAAAAAB4DLQAAAAAAAAAA' +
    'AAMAAAAAAAAAAwAAAAAAAADPAAAAAAAAAOkCAAAAAAAAUEsGBwAAAAC4AwAAAAAAAAEAAABQSwUGAAAAAAMAAwDPAAAA/////wAA',
  'base64',
);
const CODE = Buffer.from([...Array(512).keys()].map((i) => i % 256));
const DATA = Buffer.from('INSERT INTO t VALUES (1);\n'.repeat(40));
const MANIFEST = Buffer.from('{"format":1}\n');
/** What yauzl reads first: the end record with the longest possible comment, and a ZIP64 locator. */
const TAIL = 22 + 0xffff + 20;

function bufferSource(buf: Buffer): RangeSource & { ranges: [number, number][] } {
  const ranges: [number, number][] = [];
  return {
    ranges,
    size: async () => buf.length,
    stream: async (start, end) => {
      ranges.push([start, end]);
      return Readable.from([buf.subarray(start, end)]);
    },
  };
}

async function collect(r: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of r) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Zips made by another implementation (Python's zipfile), so the reader is not only tested against one writer. */
function pyZip(file: string, entries: Record<string, string>, opts: { stored?: boolean; zip64?: boolean; symlink?: string } = {}): void {
  const script = `
import json, sys, zipfile
if sys.argv[3] == 'zip64':
    # Small limits force every Zip64 structure (extra fields, Zip64 end records) onto small files.
    zipfile.ZIP64_LIMIT = 10
    zipfile.ZIP_FILECOUNT_LIMIT = 1
entries = json.load(sys.stdin)
mode = zipfile.ZIP_STORED if sys.argv[2] == 'stored' else zipfile.ZIP_DEFLATED
with zipfile.ZipFile(sys.argv[1], 'w', mode) as z:
    for name, data in entries.items():
        info = zipfile.ZipInfo(name)
        # A ZipInfo starts out stored, whatever the ZipFile's own mode.
        info.compress_type = mode
        with z.open(info, 'w', force_zip64=(sys.argv[3] == 'zip64')) as f:
            f.write(data.encode())
    if sys.argv[4]:
        info = zipfile.ZipInfo(sys.argv[4])
        info.external_attr = (0o120777 << 16)
        z.writestr(info, '/etc/passwd')
`;
  const args = ['-c', script, file, opts.stored ? 'stored' : 'deflate', opts.zip64 ? 'zip64' : '', opts.symlink ?? ''];
  const r = spawnSync('python3', args, { encoding: 'utf8', input: JSON.stringify(entries) });
  if (r.status !== 0) throw new Error(r.stderr);
}

const hasInfoZip = spawnSync('zip', ['-v'], { stdio: 'ignore' }).status === 0;

describe('zip: reading', () => {
  it('reads a ZIP64 zip made by Info-ZIP: stored and deflated entries, exact bytes', async () => {
    const src = bufferSource(INFO_ZIP64);
    expect((await listZip(src)).map((e) => [e.name, e.method, e.size])).toEqual([
      ['code.tar.zst', 0, 512],
      ['manifest.json', 0, 13],
      ['data.tar', 8, DATA.length],
    ]);
    expect(await collect(await openZipEntry(src, 'code.tar.zst'))).toEqual(CODE);
    expect(await collect(await openZipEntry(src, 'manifest.json'))).toEqual(MANIFEST);
    expect(await collect(await openZipEntry(src, 'data.tar'))).toEqual(DATA);
    expect(await verifyZip(src)).toEqual({
      entries: 3,
      files: 3,
      bytes: 512 + 13 + DATA.length,
      names: ['code.tar.zst', 'manifest.json', 'data.tar'],
    });
    await expect(openZipEntry(src, 'assets.tar.zst')).rejects.toThrow(/holds no assets\.tar\.zst/);
  });

  it('reads stored, deflated and Zip64 zips written by Python, checking every CRC', async () => {
    const dir = await tempDir();
    for (const [name, opts] of [
      ['stored', { stored: true }],
      ['deflate', {}],
      ['zip64', { zip64: true }],
    ] as const) {
      const f = path.join(dir, `${name}.zip`);
      pyZip(f, { 'app/views/index.liquid': 'hello '.repeat(500), 'app/empty.txt': '' }, opts);
      expect((await listZip(f)).map((e) => e.method)).toEqual(name === 'stored' ? [0, 0] : [8, 8]);
      expect(await verifyZip(f)).toMatchObject({ files: 2, bytes: 3000 });
      expect((await collect(await openZipEntry(f, 'app/views/index.liquid'))).toString()).toBe('hello '.repeat(500));
      const out = path.join(dir, name);
      await extractZip(f, out);
      expect(await readFile(path.join(out, 'app/views/index.liquid'), 'utf8')).toBe('hello '.repeat(500));
      expect((await stat(path.join(out, 'app/empty.txt'))).size).toBe(0);
    }
  });

  it('reads the tail once for the directory, then only the local header and the data of an entry', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'big.zip');
    const big = 'b'.repeat(200_000);
    pyZip(f, { 'big.bin': big, 'manifest.json': MANIFEST.toString() }, { stored: true });
    const buf = await readFile(f);
    const tail: [number, number] = [buf.length - TAIL, buf.length];

    const src = bufferSource(buf);
    await listZip(src);
    // The directory's many small reads come out of the one tail read.
    expect(src.ranges).toEqual([tail]);

    src.ranges.length = 0;
    expect((await collect(await openZipEntry(src, 'big.bin'))).toString()).toBe(big);
    const dataStart = 30 + buf.readUInt16LE(26) + buf.readUInt16LE(28);
    expect(src.ranges).toEqual([tail, [0, 30], [dataStart, dataStart + big.length]]);

    // An entry whose local header lies inside the tail costs no request for it.
    src.ranges.length = 0;
    expect(await collect(await openZipEntry(src, 'manifest.json'))).toEqual(MANIFEST);
    expect(src.ranges).toHaveLength(2);
    expect(src.ranges[0]).toEqual(tail);
    expect(src.ranges[1]![1] - src.ranges[1]![0]).toBe(MANIFEST.length);
  });
});

// Info-ZIP makes a fixture that Python cannot; without `zip` this fails under CI, never passes.
describeWithTools('zip: Info-ZIP trees', hasInfoZip ? [] : ['zip'], () => {
  it('reads a tree that Info-ZIP zipped with -fz, folders and an empty file included', async () => {
    const dir = await tempDir();
    const tree = path.join(dir, 'tree');
    await mkdir(path.join(tree, 'app/views'), { recursive: true });
    await writeFile(path.join(tree, 'app/views/index.liquid'), 'hello '.repeat(5000));
    await writeFile(path.join(tree, 'app/empty.txt'), '');
    const f = path.join(dir, 'tree.zip');
    const r = spawnSync('zip', ['-q', '-r', '-X', '-fz', f, 'app'], { cwd: tree, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const names = (await listZip(f)).map((e) => e.name).sort();
    expect(names).toEqual(['app/', 'app/empty.txt', 'app/views/', 'app/views/index.liquid']);
    expect(await verifyZip(f)).toMatchObject({ entries: 4, files: 2, bytes: 30_000 });
    const out = path.join(dir, 'out');
    expect(await extractZip(f, out)).toEqual({ files: 2, bytes: 30_000 });
    expect(await readFile(path.join(out, 'app/views/index.liquid'), 'utf8')).toBe('hello '.repeat(5000));
    expect((await stat(path.join(out, 'app/empty.txt'))).size).toBe(0);
  });
});

describe('zip: damage', () => {
  it('fails the stream when stored bytes do not match the CRC-32', async () => {
    const code = (await listZip(bufferSource(INFO_ZIP64))).find((e) => e.name === 'code.tar.zst')!;
    const damaged = Buffer.from(INFO_ZIP64);
    // 12 bytes of name and 20 of local ZIP64 extra field after the 30-byte local header.
    damaged[code.localHeaderOffset + 30 + 12 + 20 + 100]! ^= 0xff;
    const err = await collect(await openZipEntry(bufferSource(damaged), 'code.tar.zst')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZipError);
    expect((err as Error).message).toMatch(/^code\.tar\.zst: CRC-32 mismatch/);
    await expect(verifyZip(bufferSource(damaged))).rejects.toThrow(/code\.tar\.zst: CRC-32 mismatch/);
  });

  it('fails a damaged deflate stream, naming the entry', async () => {
    const data = (await listZip(bufferSource(INFO_ZIP64))).find((e) => e.name === 'data.tar')!;
    const damaged = Buffer.from(INFO_ZIP64);
    damaged[data.localHeaderOffset + 30 + 8 + 20 + 5]! ^= 0xff;
    await expect(verifyZip(bufferSource(damaged))).rejects.toThrow(/^data\.tar: /);
  });

  it('finds a flipped byte and a cut-short file', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'a.zip');
    pyZip(f, { 'a.txt': 'x'.repeat(1000) }, { stored: true });
    const buf = await readFile(f);
    const flipped = Buffer.from(buf);
    flipped[40] = flipped[40]! ^ 0xff; // inside the stored data
    await writeFile(path.join(dir, 'flipped.zip'), flipped);
    await expect(verifyZip(path.join(dir, 'flipped.zip'))).rejects.toThrow(/a\.txt: CRC-32 mismatch/);
    await expect(extractZip(path.join(dir, 'flipped.zip'), path.join(dir, 'flipped'))).rejects.toThrow(/a\.txt: CRC-32 mismatch/);
    await writeFile(path.join(dir, 'short.zip'), buf.subarray(0, buf.length - 10));
    await expect(listZip(path.join(dir, 'short.zip'))).rejects.toThrow(ZipError);
    await expect(requireZip(path.join(dir, 'short.zip'), 'the export')).rejects.toThrow(
      /the export \(short\.zip\) is not a valid zip: end of central directory record signature not found/i,
    );
  });

  it('refuses a directory that lies about a stored size', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'lies.zip');
    pyZip(f, { 'a.txt': 'x'.repeat(1000) }, { stored: true });
    const buf = await readFile(f);
    const cd = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt32LE(999, cd + 24);
    await writeFile(f, buf);
    await expect(verifyZip(f)).rejects.toThrow(ZipError);
  });

  it('names an encrypted entry, or one in a compression method it cannot read', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'a.zip');
    pyZip(f, { 'a.txt': 'x'.repeat(100) });
    const buf = await readFile(f);
    const cd = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const encrypted = Buffer.from(buf);
    encrypted.writeUInt16LE(encrypted.readUInt16LE(cd + 8) | 1, cd + 8);
    await writeFile(path.join(dir, 'encrypted.zip'), encrypted);
    await expect(verifyZip(path.join(dir, 'encrypted.zip'))).rejects.toThrow(
      /^a\.txt: encrypted, and only unencrypted stored or deflated entries can be read$/,
    );
    const lzma = Buffer.from(buf);
    lzma.writeUInt16LE(14, cd + 10);
    await writeFile(path.join(dir, 'lzma.zip'), lzma);
    await expect(verifyZip(path.join(dir, 'lzma.zip'))).rejects.toThrow(/^a\.txt: compression method 14, and only/);
  });

  it('refuses files that are not zips, or cut short', async () => {
    await expect(listZip(bufferSource(Buffer.from('not a zip at all, just some text')))).rejects.toThrow(/end of central directory/i);
    await expect(listZip(bufferSource(INFO_ZIP64.subarray(0, INFO_ZIP64.length - 5)))).rejects.toThrow(/end of central directory/i);
    const cut = Buffer.concat([INFO_ZIP64.subarray(0, 100), INFO_ZIP64.subarray(INFO_ZIP64.length - 400)]);
    await expect(listZip(bufferSource(cut))).rejects.toThrow(ZipError);
    const dir = await tempDir();
    await writeFile(path.join(dir, 'empty.zip'), '');
    await expect(listZip(path.join(dir, 'empty.zip'))).rejects.toThrow(ZipError);
  });
});

describe('zip: extraction', () => {
  it('refuses entries that would land outside the folder, and links, before writing anything', async () => {
    const dir = await tempDir();
    for (const [name, evil, opts] of [
      ['dotdot', { '../escape.txt': 'x' }, {}],
      ['backslash', { '..\\escape.txt': 'x' }, {}],
      ['absolute', { '/tmp/abs.txt': 'x' }, {}],
      ['drive', { 'C:/escape.txt': 'x' }, {}],
      ['link', {}, { symlink: 'app/link' }],
    ] as const) {
      const f = path.join(dir, `${name}.zip`);
      pyZip(f, { 'app/ok.txt': 'fine', ...evil }, opts);
      // Listing and verifying still see the zip; only extraction refuses.
      expect((await verifyZip(f)).names).toContain('app/ok.txt');
      const out = path.join(dir, `out-${name}`);
      await expect(extractZip(f, out)).rejects.toThrow(/refused/);
      expect(existsSync(path.join(out, 'app/ok.txt'))).toBe(false);
    }
    expect(existsSync(path.join(dir, 'escape.txt'))).toBe(false);
  });

  it('lets an abort through as itself', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'a.zip');
    pyZip(f, { 'a.txt': 'x' });
    const c = new AbortController();
    c.abort(new Error('timed out'));
    const err = await extractZip(f, path.join(dir, 'out'), c.signal).catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(ZipError);
    expect((err as Error).message).toBe('timed out');
  });
});

describe('zip: httpRangeSource', () => {
  let mode: 'range' | 'full' | 'fail' = 'range';
  const seen: (string | undefined)[] = [];
  const double = useHttpDouble((req, res) => {
    seen.push(req.headers.range);
    if (req.method === 'HEAD') {
      res.writeHead(200, { 'content-length': String(INFO_ZIP64.length) });
      return res.end();
    }
    if (mode === 'fail') {
      res.writeHead(500);
      return res.end();
    }
    const m = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
    if (mode === 'range' && m) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      res.writeHead(206, { 'content-range': `bytes ${a}-${b}/${INFO_ZIP64.length}`, 'content-length': String(b - a + 1) });
      return res.end(INFO_ZIP64.subarray(a, b + 1));
    }
    res.writeHead(200, { 'content-length': String(INFO_ZIP64.length) });
    res.end(INFO_ZIP64);
  });
  const blobUrl = () => `${double.url}/blob.zip?sig=secret`;

  for (const m of ['range', 'full'] as const) {
    it(`returns exact bytes from a server that ${m === 'range' ? 'answers 206' : 'ignores Range (200)'}`, async () => {
      mode = m;
      seen.length = 0;
      const src = httpRangeSource(blobUrl());
      expect((await listZip(src)).map((e) => e.name)).toEqual(['code.tar.zst', 'manifest.json', 'data.tar']);
      expect(await collect(await openZipEntry(src, 'data.tar'))).toEqual(DATA);
      expect(await collect(await openZipEntry(src, 'code.tar.zst'))).toEqual(CODE);
      expect(seen.filter(Boolean).every((r) => /^bytes=\d+-\d+$/.test(r!))).toBe(true);
      expect(double.requests.length).toBeGreaterThan(0);
      expect(double.requests.every((r) => r.path === '/blob.zip' && r.query.sig === 'secret')).toBe(true);
    });
  }

  it('keeps the URL out of its errors', async () => {
    mode = 'fail';
    const err = await listZip(httpRangeSource(blobUrl())).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZipError);
    expect((err as Error).message).toMatch(/blob storage answered 500/);
    expect((err as Error).message).not.toContain('secret');
  });
});
