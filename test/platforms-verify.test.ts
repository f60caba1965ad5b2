import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TransientError, withRetries } from '../src/platforms/retry.js';
import { requireGzip, requireRecordExport, requireSqlGzip, requireZip, VerificationError } from '../src/platforms/verify.js';
import { extractZip, listZip, verifyZip, ZipError } from '../src/platforms/zip.js';
import { tempDir } from './helpers/tmp.js';
import { testIo } from './helpers/io.js';

/** Zips made by another implementation (Python's zipfile), so the reader is not only tested against our own writer. */
function pyZip(file: string, entries: Record<string, string>, opts: { stored?: boolean; zip64?: boolean; symlink?: string } = {}): void {
  const script = `
import json, sys, zipfile
if sys.argv[4] == 'zip64':
    # Small limits force every Zip64 structure (extra fields, Zip64 end records) onto small files.
    zipfile.ZIP64_LIMIT = 10
    zipfile.ZIP_FILECOUNT_LIMIT = 1
entries = json.loads(sys.argv[2])
mode = zipfile.ZIP_STORED if sys.argv[3] == 'stored' else zipfile.ZIP_DEFLATED
with zipfile.ZipFile(sys.argv[1], 'w', mode) as z:
    for name, data in entries.items():
        with z.open(zipfile.ZipInfo(name), 'w', force_zip64=(sys.argv[4] == 'zip64')) as f:
            f.write(data.encode())
    if sys.argv[5]:
        info = zipfile.ZipInfo(sys.argv[5])
        info.external_attr = (0o120777 << 16)
        z.writestr(info, '/etc/passwd')
`;
  const r = spawnSync('python3', ['-c', script, file, JSON.stringify(entries), opts.stored ? 'stored' : 'deflate', opts.zip64 ? 'zip64' : '', opts.symlink ?? ''], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

describe('zip reader', () => {
  it('reads stored, deflated and Zip64 zips written by another implementation, checking every CRC', async () => {
    const dir = await tempDir();
    for (const [name, opts] of [['stored', { stored: true }], ['deflate', {}], ['zip64', { zip64: true }]] as const) {
      const f = path.join(dir, `${name}.zip`);
      pyZip(f, { 'app/views/index.liquid': 'hello '.repeat(500), 'app/empty.txt': '' }, opts);
      const v = await verifyZip(f);
      expect(v).toMatchObject({ files: 2, bytes: 3000 });
      const out = path.join(dir, name);
      await extractZip(f, out);
      expect(await readFile(path.join(out, 'app/views/index.liquid'), 'utf8')).toBe('hello '.repeat(500));
    }
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
    await writeFile(path.join(dir, 'short.zip'), buf.subarray(0, buf.length - 10));
    await expect(listZip(path.join(dir, 'short.zip'))).rejects.toThrow(ZipError);
    await expect(requireZip(path.join(dir, 'short.zip'), 'the export')).rejects.toThrow(/the export \(short\.zip\) is not a valid zip: no end-of-central-directory record/);
  });

  it('refuses entries that would land outside the folder, and links, before writing anything', async () => {
    const dir = await tempDir();
    for (const [name, evil, opts] of [
      ['dotdot', { '../escape.txt': 'x' }, {}],
      ['absolute', { '/tmp/abs.txt': 'x' }, {}],
      ['link', {}, { symlink: 'app/link' }],
    ] as const) {
      const f = path.join(dir, `${name}.zip`);
      pyZip(f, { 'app/ok.txt': 'fine', ...evil }, opts);
      const out = path.join(dir, `out-${name}`);
      await expect(extractZip(f, out)).rejects.toThrow(/refused/);
      expect(existsSync(path.join(out, 'app/ok.txt'))).toBe(false);
    }
    expect(existsSync(path.join(dir, 'escape.txt'))).toBe(false);
  });
});

describe('output checks', () => {
  it('a gzipped SQL dump must decompress fully and end with the completion line', async () => {
    const dir = await tempDir();
    const ok = path.join(dir, 'ok.sql.gz');
    await writeFile(ok, zlib.gzipSync('CREATE TABLE t (id int);\n-- Dump completed on 2025-11-21\n'));
    await expect(requireSqlGzip(ok, 'the dump')).resolves.toMatchObject({ bytes: 57 });
    const pg = path.join(dir, 'pg.sql.gz');
    await writeFile(pg, zlib.gzipSync('CREATE TABLE t ();\n--\n-- PostgreSQL database dump complete\n--\n'));
    await expect(requireSqlGzip(pg, 'the dump')).resolves.toBeDefined();
    const cut = path.join(dir, 'cut.sql.gz');
    await writeFile(cut, zlib.gzipSync('CREATE TABLE t (id int);\nINSERT INTO t VALUES (1'));
    await expect(requireSqlGzip(cut, 'the dump')).rejects.toThrow(/does not end with the dump tool's completion line/);
    const broken = path.join(dir, 'broken.sql.gz');
    await writeFile(broken, zlib.gzipSync('x'.repeat(10_000)).subarray(0, 40));
    await expect(requireGzip(broken, 'the dump')).rejects.toThrow(/is not a complete gzip stream/);
    const empty = path.join(dir, 'empty.sql.gz');
    await writeFile(empty, '');
    await expect(requireGzip(empty, 'the dump')).rejects.toThrow(/the dump \(empty\.sql\.gz\) is empty/);
    await expect(requireGzip(path.join(dir, 'missing.gz'), 'the dump')).rejects.toThrow(/the dump \(missing\.gz\) was not written/);
  });

  it('every record file a JSON export references must be there, inside the export', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'data.json');
    await writeFile(
      f,
      JSON.stringify({
        users: [{ profiles: [{ attachments: [{ url: 'tmp/attachments/1/cv.pdf', name: 'cv.pdf' }] }] }],
        transactables: [],
        models: [{ images: [{ url: null, name: 'lost.jpg' }, { url: 'https://cdn.example/x.jpg', name: 'remote.jpg' }, { url: 'tmp/../../etc/passwd', name: 'evil' }] }],
      }),
    );
    await expect(requireRecordExport(f, dir, 'tmp', 'data.json')).rejects.toThrow(
      /data\.json: 4 record file\(s\) referenced by the JSON did not download: images: lost\.jpg \(its download failed\); images: remote\.jpg \(not downloaded: .*\); tmp\/attachments\/1\/cv\.pdf \(missing or empty\); tmp\/\.\.\/\.\.\/etc\/passwd \(points outside the export\)/,
    );
    await writeFile(f, '{"users": 1}');
    await expect(requireRecordExport(f, dir, 'tmp', 'data.json')).rejects.toThrow(VerificationError);
  });
});

describe('retries', () => {
  const io = testIo({});
  const base = { what: 'thing', delayMs: 1, log: io.log };

  it('retries transient failures a bounded number of times', async () => {
    let n = 0;
    await expect(
      withRetries(
        async () => {
          n++;
          throw new TransientError('gave up polling');
        },
        { ...base, retries: 2, signal: new AbortController().signal, hint: 'raise `retries`' },
      ),
    ).rejects.toThrow('thing failed (tried 3 times): gave up polling. raise `retries`');
    expect(n).toBe(3);
  });

  it('does not retry other errors, and stops when the signal aborts', async () => {
    let n = 0;
    await expect(
      withRetries(
        async () => {
          n++;
          throw new Error('401');
        },
        { ...base, retries: 5, signal: new AbortController().signal },
      ),
    ).rejects.toThrow('401');
    expect(n).toBe(1);
    const c = new AbortController();
    let m = 0;
    await expect(
      withRetries(
        async () => {
          m++;
          c.abort(new Error('timed out'));
          throw new TransientError('x');
        },
        { ...base, retries: 5, signal: c.signal },
      ),
    ).rejects.toThrow('timed out');
    expect(m).toBe(1);
  });
});
