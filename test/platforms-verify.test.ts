import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TransientError, withRetries } from '../src/platforms/retry.js';
import { requireGzip, requireRecordExport, requireSqlGzip, VerificationError } from '../src/platforms/verify.js';
import { tempDir } from './helpers/tmp.js';
import { testIo } from './helpers/io.js';

describe('output checks', () => {
  it('a gzipped SQL dump must decompress fully and end with the completion line', async () => {
    const dir = await tempDir();
    const ok = path.join(dir, 'ok.sql.gz');
    await writeFile(ok, zlib.gzipSync('CREATE TABLE t (id int);\n-- Dump completed on 2025-11-21\n'));
    await expect(requireSqlGzip(ok, 'the dump')).resolves.toMatchObject({ bytes: 57 });
    const pg = path.join(dir, 'pg.sql.gz');
    const pgText = 'CREATE TABLE t ();\n--\n-- PostgreSQL database dump complete\n--\n';
    await writeFile(pg, zlib.gzipSync(pgText));
    // pg_dump's completion line is followed by a comment line: still complete, and all of it counted.
    await expect(requireSqlGzip(pg, 'the dump')).resolves.toEqual({ bytes: Buffer.byteLength(pgText) });
    const pgCut = path.join(dir, 'pg-cut.sql.gz');
    await writeFile(pgCut, zlib.gzipSync('CREATE TABLE t ();\n--\n-- PostgreSQL database dump\n--\n'));
    await expect(requireSqlGzip(pgCut, 'the dump')).rejects.toThrow(/does not end with the dump tool's completion line/);
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
        models: [
          {
            images: [
              { url: null, name: 'lost.jpg' },
              { url: 'https://cdn.example/x.jpg', name: 'remote.jpg' },
              { url: 'tmp/../../etc/passwd', name: 'evil' },
            ],
          },
        ],
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
