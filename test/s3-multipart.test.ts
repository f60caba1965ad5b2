import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PartPool, uploadStream, type PartOptions } from '../src/stores/s3-multipart.js';
import { startS3Proxy, type S3Proxy } from './helpers/s3-proxy.js';
import { S3RVER_CREDENTIALS, useS3rver } from './helpers/s3rver.js';

// The S3 store's own multipart writer (issue 21), against s3rver behind the recording proxy: what
// goes over the wire for objects around one part, that its part buffers are the same few from
// part to part and object to object, and that a failure on either side aborts the upload.

const MiB = 1 << 20;
const PART = 5 * MiB;

const s3 = useS3rver();
let proxy: S3Proxy;
let client: S3Client;

beforeAll(async () => {
  proxy = await startS3Proxy(s3.endpoint);
  client = new S3Client({
    endpoint: proxy.endpoint,
    region: S3RVER_CREDENTIALS.AWS_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: S3RVER_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: S3RVER_CREDENTIALS.AWS_SECRET_ACCESS_KEY },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 1,
  });
});
afterAll(async () => {
  client?.destroy();
  await proxy?.stop();
});
beforeEach(() => {
  proxy.requests.length = 0;
  proxy.refuse(undefined);
});

/** `bytes` in chunks of an odd size, so that part boundaries fall inside chunks. */
function chunked(bytes: Buffer, size = 100_003): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
    })(),
    { objectMode: false },
  );
}

function options(pool = new PartPool(2), over: Partial<PartOptions> = {}): PartOptions {
  return { partSize: PART, buffers: 2, maxParts: 10_000, pool, stopWith: (e) => new Error(`stopped: ${(e as Error).name}`), ...over };
}

async function stored(key: string): Promise<Buffer> {
  const r = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
  return Buffer.from(await r.Body!.transformToByteArray());
}

async function keys(prefix: string): Promise<string[]> {
  const r = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }));
  return (r.Contents ?? []).map((o) => o.Key!);
}

const ops = () => proxy.requests.map((r) => r.op);

describe('uploadStream', () => {
  it('sends an object of exactly one part, or none, as one PUT; one byte more as a full part and a part of one byte', async () => {
    const one = randomBytes(PART);
    await uploadStream(client, { Bucket: s3.bucket, Key: 'sizes/one' }, chunked(one), options());
    expect(ops()).toEqual(['PutObject']);
    expect((await stored('sizes/one')).equals(one)).toBe(true);

    proxy.requests.length = 0;
    await uploadStream(client, { Bucket: s3.bucket, Key: 'sizes/empty' }, chunked(Buffer.alloc(0)), options());
    expect(ops()).toEqual(['PutObject']);
    expect((await stored('sizes/empty')).length).toBe(0);

    proxy.requests.length = 0;
    const more = randomBytes(PART + 1);
    const etag = await uploadStream(client, { Bucket: s3.bucket, Key: 'sizes/more' }, chunked(more), options());
    expect(ops()).toEqual(['CreateMultipartUpload', 'UploadPart', 'UploadPart', 'CompleteMultipartUpload']);
    // Both parts go at once, so they may arrive in either order.
    const parts = proxy.requests.filter((r) => r.op === 'UploadPart');
    expect(parts.map((p) => [p.query.get('partNumber'), p.headers['content-length']]).sort()).toEqual([
      ['1', String(PART)],
      ['2', '1'],
    ]);
    // CompleteMultipartUpload's ETag (s3rver leaves off the -<parts> that S3 adds).
    expect(etag).toMatch(/^"[0-9a-f]{32}(-2)?"$/);
    expect((await stored('sizes/more')).equals(more)).toBe(true);
  });

  it('fills the same two part buffers for every part of every object', async () => {
    const taken = new Set<Buffer>();
    const pool = new (class extends PartPool {
      override take(size: number): Buffer {
        const b = super.take(size);
        taken.add(b);
        return b;
      }
    })(2);
    const objects = [randomBytes(3 * PART + 7), randomBytes(4 * PART)];
    for (const [i, bytes] of objects.entries()) {
      await uploadStream(client, { Bucket: s3.bucket, Key: `pool/${i}` }, chunked(bytes, 65_536), options(pool));
      expect((await stored(`pool/${i}`)).equals(bytes)).toBe(true);
    }
    expect(proxy.requests.filter((r) => r.op === 'UploadPart')).toHaveLength(8);
    expect(taken.size).toBe(2);
  });

  it('a body that fails mid-upload aborts the multipart upload after its parts in flight: no object, the body’s error', async () => {
    const body = Readable.from(
      (async function* () {
        for (let i = 0; i < 12; i++) yield randomBytes(MiB);
        throw new Error('the source broke after 12 MiB');
      })(),
      { objectMode: false },
    );
    await expect(uploadStream(client, { Bucket: s3.bucket, Key: 'broken/body' }, body, options())).rejects.toThrow(
      'the source broke after 12 MiB',
    );
    expect(ops()).toEqual(['CreateMultipartUpload', 'UploadPart', 'UploadPart', 'AbortMultipartUpload']);
    expect(await keys('broken/')).toEqual([]);
  });

  it('a part refused for good stops the body with stopWith’s error, sends no more parts and aborts the upload', async () => {
    proxy.refuse((r) => (r.op === 'UploadPart' && r.query.get('partNumber') === '2' ? { status: 403, code: 'AccessDenied' } : undefined));
    let produced = 0;
    const body = Readable.from(
      (async function* () {
        for (; produced < 64 * MiB; produced += MiB) yield randomBytes(MiB);
      })(),
      { objectMode: false },
    );
    const err = await uploadStream(client, { Bucket: s3.bucket, Key: 'refused/part' }, body, options()).catch((e: unknown) => e);
    expect((err as { name?: string }).name).toBe('AccessDenied');
    expect(body.destroyed).toBe(true);
    expect((body.errored as Error | null)?.message).toBe('stopped: AccessDenied');
    // Two buffers: part 1 and part 2 in flight, at most one more filled meanwhile.
    expect(produced).toBeLessThan(20 * MiB);
    expect(proxy.requests.filter((r) => r.op === 'UploadPart').length).toBeLessThanOrEqual(3);
    expect(ops().at(-1)).toBe('AbortMultipartUpload');
    expect(await keys('refused/')).toEqual([]);
  });

  it('refuses an object larger than maxParts parts before sending the part past the limit, and aborts', async () => {
    const err = await uploadStream(
      client,
      { Bucket: s3.bucket, Key: 'toolarge/x' },
      chunked(randomBytes(2 * PART + 1)),
      options(undefined, { maxParts: 2 }),
    ).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/toolarge\/x is larger than 2 parts of 5242880 bytes/);
    expect(proxy.requests.filter((r) => r.op === 'UploadPart')).toHaveLength(2);
    expect(ops().at(-1)).toBe('AbortMultipartUpload');
    expect(await keys('toolarge/')).toEqual([]);
  });
});
