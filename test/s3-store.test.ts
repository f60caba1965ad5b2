import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import * as tar from 'tar';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { parseStore, type StoreSpec } from '../src/config/common.js';
import { ConfigError } from '../src/model/errors.js';
import { mapSource } from '../src/config/source.js';
import { makeBackupId } from '../src/model/backup-id.js';
import { manifestSchemas, type Manifest } from '../src/model/manifest.js';
import type { Reporter } from '../src/report/reporter.js';
import { S3Store } from '../src/stores/s3.js';
import type { BackupRef } from '../src/stores/store.js';
import { testIo } from './helpers/io.js';
import { quietPort } from './helpers/ports.js';
import { startS3Proxy, type S3Proxy } from './helpers/s3-proxy.js';
import { useS3rver } from './helpers/s3rver.js';
import { tempDir } from './helpers/tmp.js';

type S3Spec = Extract<StoreSpec, { kind: 's3' }>;

const s3 = useS3rver();
let proxy: S3Proxy;
let raw: S3Client;

beforeAll(async () => {
  proxy = await startS3Proxy(s3.endpoint);
  raw = s3.client();
});
afterAll(async () => {
  await proxy?.stop();
});
beforeEach(() => {
  proxy.requests.length = 0;
  proxy.refuse(undefined);
});

const lines: string[] = [];
const log: Reporter = {
  info: (m) => lines.push(m),
  warn: (m) => lines.push(`warning: ${m}`),
  error: (m) => lines.push(`error: ${m}`),
  setSecret: () => {},
};

function storeFor(
  prefix: string,
  o: { endpoint?: string; env?: Record<string, string>; inputs?: Record<string, string>; pageSize?: number } = {},
): S3Store {
  const spec = parseStore(
    mapSource({
      store: `s3://${s3.bucket}${prefix ? `/${prefix}` : ''}`,
      's3-endpoint': o.endpoint ?? proxy.endpoint,
      's3-force-path-style': 'true',
      ...o.inputs,
    }),
  ) as S3Spec;
  return new S3Store(spec, log, o.env ?? s3.env, o.pageSize ? { pageSize: o.pageSize } : {});
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function getObject(key: string): Promise<Buffer> {
  const r = await raw.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
  return Buffer.from(await r.Body!.transformToByteArray());
}

async function allKeys(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const r = await raw.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix, ContinuationToken: token }));
    keys.push(...(r.Contents ?? []).map((o) => o.Key!));
    token = r.IsTruncated ? r.NextContinuationToken : undefined;
  } while (token);
  return keys;
}

/** Writes objects straight to the server, 32 at a time. */
async function seed(objects: [key: string, body: string][]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < objects.length) {
      const [Key, Body] = objects[next++]!;
      await raw.send(new PutObjectCommand({ Bucket: s3.bucket, Key, Body }));
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
}

const idAt = (i: number, trigger: 'scheduled' | 'manual' = 'scheduled') =>
  makeBackupId(new Date(Date.UTC(2026, 0, 1) + i * 3_600_000), trigger, `t${i}`);

function commandInputs(prefix: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...s3.inputs(prefix),
    's3-endpoint': proxy.endpoint,
    platform: 'command',
    site: 'shop',
    environment: 'production',
    trigger: 'manual',
    ...extra,
  };
}

async function readManifest(key: string): Promise<Manifest> {
  return manifestSchemas().manifest.parse(JSON.parse((await getObject(key)).toString()));
}

describe('S3 store: backups through the backup command', () => {
  it('stores every component and the manifest last, with sha256 and sizes that match what the server holds', async () => {
    const io = testIo(
      commandInputs('nightly/sites', {
        'code-command': 'mkdir -p "$BACKUP_OUT/app" && echo "<?php echo 1;" > "$BACKUP_OUT/app/index.php"',
        'data-command': 'head -c 3000000 /dev/urandom > "$BACKUP_OUT/dump.sql"',
        's3-sse': 'AES256',
      }),
      // s3rver checks the key id but not v4 signatures, so any secret works; this one is easy to spot.
      { ...s3.env, AWS_SECRET_ACCESS_KEY: 'spot-this-secret-7f3a9c', AWS_SESSION_TOKEN: 'spot-this-session-token-51d2' },
    );
    const result = await backupCommand(io);
    const base = `nightly/sites/shop/production/${result.id}/`;
    expect(io.outputs.location).toBe(`s3://${s3.bucket}/${base}`);
    expect(io.outputs.manifest).toBe(`s3://${s3.bucket}/${base}manifest.json`);
    expect((await allKeys(base)).sort()).toEqual([
      `${base}code.index.json.gz`,
      `${base}code.tar.zst`,
      `${base}data.index.json.gz`,
      `${base}data.tar.zst`,
      `${base}manifest.json`,
    ]);

    const manifest = await readManifest(`${base}manifest.json`);
    expect(manifest.components.map((c) => c.name)).toEqual(['code', 'data']);
    for (const c of manifest.components) {
      const body = await getObject(base + c.object);
      expect(body.length).toBe(c.bytes);
      expect(sha256(body)).toBe(c.sha256);
    }
    expect(Number(io.outputs.bytes)).toBe(manifest.components.reduce((n, c) => n + c.bytes, 0));

    // The commit point is the last write, and it is a conditional create.
    const writes = proxy.requests.filter((r) =>
      ['PutObject', 'CreateMultipartUpload', 'UploadPart', 'CompleteMultipartUpload'].includes(r.op),
    );
    expect(writes.at(-1)!.path).toBe(`/${s3.bucket}/${base}manifest.json`);
    expect(writes.at(-1)!.headers['if-none-match']).toBe('*');
    // Storage class (the STANDARD_IA default) and SSE went out with every object.
    for (const w of writes.filter((r) => r.op === 'PutObject')) {
      expect(w.headers['x-amz-storage-class']).toBe('STANDARD_IA');
      expect(w.headers['x-amz-server-side-encryption']).toBe('AES256');
    }
    // Credentials are masked and never reach outputs, logs, summaries or the manifest.
    expect(io.secrets).toEqual(expect.arrayContaining(['spot-this-secret-7f3a9c', 'spot-this-session-token-51d2']));
    const seen = JSON.stringify([io.outputs, io.lines, io.summaries, manifest]);
    expect(seen).not.toMatch(/spot-this|S3RVER/);

    const store = storeFor('nightly/sites');
    const [listed] = await store.list('shop', 'production');
    expect(listed).toMatchObject({ id: result.id, complete: true });
    expect(listed!.objects.map((o) => o.name).sort()).toEqual([
      'code.index.json.gz',
      'code.tar.zst',
      'data.index.json.gz',
      'data.tar.zst',
      'manifest.json',
    ]);
    const back = await store.read(listed!, 'data.tar.zst');
    const chunks: Buffer[] = [];
    for await (const c of back) chunks.push(c as Buffer);
    expect(sha256(Buffer.concat(chunks))).toBe(manifest.components[1]!.sha256);
  });

  it('uploads a 50 MiB object in more than five 8 MiB parts, byte for byte, with storage class and SSE-KMS on the upload', async () => {
    const src = await tempDir();
    const big = path.join(src, 'big.bin');
    const io = testIo(
      commandInputs('multipart', {
        'assets-command': `head -c ${50 * 1024 * 1024} /dev/urandom > "${big}" && cp "${big}" "$BACKUP_OUT/big.bin"`,
        compression: 'none',
        's3-storage-class': 'ONEZONE_IA',
        's3-sse': 'aws:kms',
        's3-kms-key-id': 'arn:aws:kms:us-east-1:111122223333:key/test',
      }),
      s3.env,
    );
    const started = Date.now();
    const result = await backupCommand(io);
    const elapsed = Date.now() - started;
    const key = `multipart/shop/production/${result.id}/assets.tar`;

    const parts = proxy.requests.filter((r) => r.op === 'UploadPart' && r.path === `/${s3.bucket}/${key}`);
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.slice(0, -1).every((p) => Number(p.headers['content-length']) === 8 * 1024 * 1024)).toBe(true);
    const create = proxy.requests.find((r) => r.op === 'CreateMultipartUpload')!;
    expect(create.headers['x-amz-storage-class']).toBe('ONEZONE_IA');
    expect(create.headers['x-amz-server-side-encryption']).toBe('aws:kms');
    expect(create.headers['x-amz-server-side-encryption-aws-kms-key-id']).toBe('arn:aws:kms:us-east-1:111122223333:key/test');
    const manifestPut = proxy.requests.find((r) => r.op === 'PutObject' && r.path.endsWith('/manifest.json'))!;
    expect(manifestPut.headers['x-amz-storage-class']).toBe('ONEZONE_IA');
    expect(manifestPut.headers['x-amz-server-side-encryption']).toBe('aws:kms');

    const manifest = await readManifest(`multipart/shop/production/${result.id}/manifest.json`);
    const stored = await getObject(key);
    expect(stored.length).toBe(manifest.components[0]!.bytes);
    expect(sha256(stored)).toBe(manifest.components[0]!.sha256);

    // Read back through the store and unpacked: the very bytes that went in.
    const out = await tempDir();
    await pipeline(
      await storeFor('multipart').read({ site: 'shop', environment: 'production', id: result.id }, 'assets.tar'),
      tar.x({ cwd: out }),
    );
    expect(sha256(await readFile(path.join(out, 'big.bin')))).toBe(sha256(await readFile(big)));
    expect((await stat(path.join(out, 'big.bin'))).size).toBe(50 * 1024 * 1024);
    console.log(`50 MiB multipart backup: ${parts.length} parts in ${elapsed} ms`);
  });
});

describe('S3 store: listing', () => {
  const ref = (id: string): BackupRef => ({ site: 'shop', environment: 'production', id });

  it('walks many small pages without a delimiter, and sees incomplete and foreign-only backups as incomplete', async () => {
    const p = 'paged/shop/production';
    const objects: [string, string][] = [];
    for (let i = 0; i < 6; i++) {
      objects.push([`${p}/${idAt(i)}/code.tar.zst`, 'c'.repeat(10 + i)], [`${p}/${idAt(i)}/data.tar.zst`, 'd']);
      if (i !== 2) objects.push([`${p}/${idAt(i)}/manifest.json`, '{}']);
    }
    objects.push([`${p}/${idAt(7)}/notes.txt`, 'left by a person'], [`${p}/README`, 'not a backup'], [`${p}/not-an-id/code.tar.zst`, 'x']);
    // Same site, an environment whose name starts like this one: never part of this listing.
    objects.push([`paged/shop/production-eu/${idAt(1)}/manifest.json`, '{}']);
    await seed(objects);

    const backups = await storeFor('paged', { pageSize: 2 }).list('shop', 'production');
    const lists = proxy.requests.filter((r) => r.op === 'ListObjectsV2');
    expect(lists.length).toBe(Math.ceil((objects.length - 1) / 2));
    expect(lists.every((r) => !r.query.has('delimiter') && r.query.get('max-keys') === '2')).toBe(true);

    expect(backups.map((b) => b.id)).toEqual([7, 5, 4, 3, 2, 1, 0].map((i) => idAt(i)));
    expect(backups.map((b) => b.complete)).toEqual([false, true, true, true, false, true, true]);
    expect(backups[0]!.objects).toEqual([]);
    expect(
      backups
        .find((b) => b.id === idAt(2))!
        .objects.map((o) => o.name)
        .sort(),
    ).toEqual(['code.tar.zst', 'data.tar.zst']);
    expect(backups.find((b) => b.id === idAt(5))!).toMatchObject({ bytes: 15 + 1 + 2 });
  });

  it('throws rather than return a partial listing when a later page fails', async () => {
    proxy.refuse((r) =>
      r.op === 'ListObjectsV2' && r.query.has('continuation-token') ? { status: 500, code: 'InternalError' } : undefined,
    );
    await expect(storeFor('paged', { pageSize: 2 }).list('shop', 'production')).rejects.toThrow(/InternalError/);
  });

  it('refused listing names s3:ListBucket and the default credential chain', async () => {
    proxy.refuse((r) => (r.op === 'ListObjectsV2' ? { status: 403, code: 'AccessDenied' } : undefined));
    const err = await storeFor('paged')
      .list('shop', 'production')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).input).toBe('store');
    expect((err as Error).message).toMatch(/s3:ListBucket on arn:aws:s3:::backups\b.*default chain/);
  });

  it('reads a missing object with an error naming its key', async () => {
    await expect(storeFor('paged').read(ref(idAt(2)), 'manifest.json')).rejects.toThrow(
      `s3://${s3.bucket}/paged/shop/production/${idAt(2)}/manifest.json does not exist`,
    );
  });

  it('location and object URIs carry no credentials, with or without a prefix', () => {
    expect(storeFor('').location(ref(idAt(0)))).toBe(`s3://${s3.bucket}/shop/production/${idAt(0)}/`);
    expect(storeFor('a/b').objectUri(ref(idAt(0)), 'data.tar.zst')).toBe(`s3://${s3.bucket}/a/b/shop/production/${idAt(0)}/data.tar.zst`);
  });
});

describe('S3 store: 2,500 backups (a real >1000-key listing, batched removal)', () => {
  const p = 'fleet/shop/production';
  const N = 2500;

  it('lists 5,000 keys over real 1000-key pages and removes in batches of at most 1000, manifests first, reporting per-key errors', async () => {
    const objects: [string, string][] = [];
    for (let i = 0; i < N; i++) objects.push([`${p}/${idAt(i)}/manifest.json`, '{}'], [`${p}/${idAt(i)}/data.tar.zst`, 'data']);
    objects.push([`${p}/${idAt(10)}/notes.txt`, 'keep me'], [`${p}/README`, 'keep me too']);
    // Seeded on s3rver's disk (PutObject would take ~15 s here); everything after goes over HTTP.
    let t = Date.now();
    await s3.writeObjects(objects);
    const seedMs = Date.now() - t;

    const store = storeFor('fleet');
    t = Date.now();
    const backups = await store.list('shop', 'production');
    const listMs = Date.now() - t;
    expect(backups.length).toBe(N);
    expect(backups.every((b) => b.complete && b.objects.length === 2)).toBe(true);
    const lists = proxy.requests.filter((r) => r.op === 'ListObjectsV2');
    expect(lists.length).toBe(Math.ceil(objects.length / 1000));
    expect(lists.every((r) => r.query.get('max-keys') === '1000' && !r.query.has('delimiter'))).toBe(true);

    // One manifest and one data object refuse to go.
    const manifestFails = `${p}/${idAt(100)}/manifest.json`;
    const dataFails = `${p}/${idAt(200)}/data.tar.zst`;
    proxy.failDeletes([manifestFails, dataFails]);
    proxy.requests.length = 0;
    t = Date.now();
    const result = await store.remove(backups);
    const removeMs = Date.now() - t;

    const deletes = proxy.requests.filter((r) => r.op === 'DeleteObjects');
    expect(deletes.map((d) => d.deleteKeys!.length)).toEqual([1000, 1000, 500, 1000, 1000, 499]);
    expect(deletes.slice(0, 3).every((d) => d.deleteKeys!.every((k) => k.endsWith('/manifest.json')))).toBe(true);
    expect(deletes.slice(3).every((d) => d.deleteKeys!.every((k) => k.endsWith('/data.tar.zst')))).toBe(true);
    // The backup whose manifest stayed keeps its data: it is still complete, never damaged.
    expect(deletes.flatMap((d) => d.deleteKeys!)).not.toContain(`${p}/${idAt(100)}/data.tar.zst`);
    expect(deletes.every((d) => typeof d.headers['content-md5'] === 'string')).toBe(true);

    expect(result.removed.length).toBe(N - 2);
    expect(result.removed).not.toContain(idAt(100));
    expect(result.removed).not.toContain(idAt(200));
    expect(result.errors).toEqual([
      { key: `s3://${s3.bucket}/${manifestFails}`, message: expect.stringMatching(/^AccessDenied/) },
      { key: `s3://${s3.bucket}/${dataFails}`, message: expect.stringMatching(/^AccessDenied/) },
    ]);

    expect((await allKeys('fleet/')).sort()).toEqual(
      [
        `${p}/${idAt(100)}/data.tar.zst`,
        `${p}/${idAt(100)}/manifest.json`,
        `${p}/${idAt(10)}/notes.txt`,
        `${p}/${idAt(200)}/data.tar.zst`,
        `${p}/README`,
      ].sort(),
    );
    const after = await store.list('shop', 'production');
    expect(after.map((b) => [b.id, b.complete])).toEqual([
      [idAt(200), false],
      [idAt(100), true],
      [idAt(10), false],
    ]);
    console.log(`2,500 backups: seeded 5,002 keys in ${seedMs} ms, listed in ${listMs} ms, removed in ${removeMs} ms`);
  });
});

describe('S3 store: configuration errors', () => {
  it('a component that fails after another was stored: the stored object is deleted and no manifest is written', async () => {
    // The data export fails once the code object is in the bucket, not at whatever moment its
    // shell happens to start: the backup must have something stored to take back.
    const stored = path.join(await tempDir(), 'code-stored');
    let watching = true;
    const watch = (async () => {
      while (watching && !(await allKeys('halfway/')).some((k) => k.endsWith('/code.tar.zst'))) await sleep(25);
      await writeFile(stored, '');
    })();
    const waitForCode = `for i in $(seq 1200); do [ -e '${stored}' ] && break; sleep 0.05; done`;
    const io = testIo(
      {
        ...commandInputs('halfway'),
        'code-command': 'echo hi > "$BACKUP_OUT/f"',
        'data-command': `${waitForCode}; echo "dump failed" >&2; exit 3`,
      },
      s3.env,
    );
    await expect(backupCommand(io)).rejects.toThrow(/data-command exited with 3/);
    watching = false;
    await watch;
    expect(proxy.requests.some((r) => r.op === 'PutObject' && r.path.endsWith('/code.tar.zst'))).toBe(true);
    expect(await allKeys('halfway/')).toEqual([]);
  });

  it('a missing bucket fails before the export, names `store`, and leaves nothing behind', async () => {
    const marker = path.join(await tempDir(), 'exported');
    const io = testIo(
      { ...commandInputs('x'), store: 's3://no-such-bucket/x', 'code-command': `touch "${marker}"; echo hi > "$BACKUP_OUT/f"` },
      s3.env,
    );
    const err = await backupCommand(io).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).input).toBe('store');
    expect((err as Error).message).toMatch(/bucket "no-such-bucket" does not exist/);
    await expect(stat(marker)).rejects.toThrow();
    expect(proxy.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('wrong credentials fail with a clear error naming `store` and the credential chain, and leave no manifest', async () => {
    const env = { ...s3.env, AWS_ACCESS_KEY_ID: 'AKIAWRONGWRONGWRONG', AWS_SECRET_ACCESS_KEY: 'very-secret-value-123' };
    const io = testIo({ ...commandInputs('denied'), 'code-command': 'echo hi > "$BACKUP_OUT/f"' }, env);
    const err = await backupCommand(io).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).input).toBe('store');
    expect((err as Error).message).toMatch(/InvalidAccessKeyId/);
    expect((err as Error).message).toMatch(/default chain/);
    expect((err as Error).message).not.toContain('very-secret-value-123');
    expect(await allKeys('denied/')).toEqual([]);
  });

  it('refused writes name s3:PutObject; the failed backup leaves no objects and no manifest', async () => {
    proxy.refuse((r) => (r.method === 'PUT' || r.op === 'CreateMultipartUpload' ? { status: 403, code: 'AccessDenied' } : undefined));
    const io = testIo(
      { ...commandInputs('readonly'), 'code-command': 'echo hi > "$BACKUP_OUT/f"', 'data-command': 'echo db > "$BACKUP_OUT/d"' },
      s3.env,
    );
    await expect(backupCommand(io)).rejects.toThrow(
      /access was refused \(AccessDenied\) while writing .*s3:PutObject on arn:aws:s3:::backups\/readonly\/\*/,
    );
    expect(await allKeys('readonly/')).toEqual([]);
    expect(proxy.requests.some((r) => r.path.endsWith('manifest.json'))).toBe(false);
  });

  it('a part refused mid-upload stops the upload at once and aborts it', async () => {
    proxy.refuse((r) => (r.op === 'UploadPart' && r.query.get('partNumber') === '2' ? { status: 403, code: 'AccessDenied' } : undefined));
    const io = testIo(
      {
        ...commandInputs('midway'),
        compression: 'none',
        'assets-command': `head -c ${64 * 1024 * 1024} /dev/urandom > "$BACKUP_OUT/big.bin"`,
      },
      s3.env,
    );
    await expect(backupCommand(io)).rejects.toThrow(/s3:PutObject/);
    // 64 MiB is 8 parts; part 2 is refused while at most one other is in flight.
    const parts = proxy.requests.filter((r) => r.op === 'UploadPart');
    expect(parts.length).toBeLessThanOrEqual(4);
    expect(proxy.requests.some((r) => r.op === 'AbortMultipartUpload')).toBe(true);
    expect(await allKeys('midway/')).toEqual([]);
  });

  it('a storage class the store refuses names `s3-storage-class`', async () => {
    const io = testIo(
      { ...commandInputs('glacier'), 's3-storage-class': 'GLACIER_IR', 'code-command': 'echo hi > "$BACKUP_OUT/f"' },
      s3.env,
    );
    const err = await backupCommand(io).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/Input `s3-storage-class`: the store at .* refused storage class "GLACIER_IR"/);
    expect(await allKeys('glacier/')).toEqual([]);
  });

  it('an unreachable endpoint names `s3-endpoint`', async () => {
    // Nothing listens there: a port from the ephemeral range could meanwhile be a listener's.
    const port = await quietPort();
    const err = await storeFor('x', { endpoint: `http://127.0.0.1:${port}` })
      .list('shop', 'production')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).input).toBe('s3-endpoint');
    expect((err as Error).message).toMatch(new RegExp(`could not connect to http://127.0.0.1:${port} \\(ECONNREFUSED\\)`));
  });

  it('no credentials anywhere names `store` and how to provide them', async () => {
    // The SDK's default chain reads the process environment; shut every source of it.
    for (const k of [
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_PROFILE',
      'AWS_WEB_IDENTITY_TOKEN_FILE',
      'AWS_ROLE_ARN',
      'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    ]) {
      vi.stubEnv(k, undefined);
    }
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', path.join(await tempDir(), 'none'));
    vi.stubEnv('AWS_CONFIG_FILE', path.join(await tempDir(), 'none'));
    try {
      const err = await storeFor('x', { env: {} })
        .list('shop', 'production')
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(/no AWS credentials were found.*configure-aws-credentials/);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('S3 store: the commit point', () => {
  const ref = (id: string): BackupRef => ({ site: 'shop', environment: 'production', id });
  const small = () => Readable.from([Buffer.from('archive bytes')]);

  it('writes plainly when the store does not implement conditional writes', async () => {
    proxy.refuse((r) => (r.op === 'PutObject' && r.headers['if-none-match'] ? { status: 501, code: 'NotImplemented' } : undefined));
    const w = await storeFor('commit').createWriter(ref(idAt(1)));
    await w.put('code.tar.zst', small());
    await w.commit('{"a":1}\n');
    expect((await getObject(`commit/shop/production/${idAt(1)}/manifest.json`)).toString()).toBe('{"a":1}\n');
  });

  it("never replaces another backup's manifest, but accepts its own earlier write of the same bytes", async () => {
    const w = await storeFor('commit').createWriter(ref(idAt(2)));
    await seed([[`commit/shop/production/${idAt(2)}/manifest.json`, 'someone else\n']]);
    // s3rver ignores If-None-Match, so the proxy answers as S3 does when the key exists.
    proxy.refuse((r) =>
      r.op === 'PutObject' && r.path.endsWith('manifest.json') ? { status: 412, code: 'PreconditionFailed' } : undefined,
    );
    await expect(w.commit('{"mine":true}\n')).rejects.toThrow(
      /a backup already exists at s3:\/\/backups\/commit\/shop\/production\/.*refusing to replace it/,
    );
    await expect(w.commit('someone else\n')).resolves.toBeUndefined();
  });

  it('abort() deletes what the writer wrote, and only that', async () => {
    await seed([[`commit/shop/production/${idAt(3)}/notes.txt`, 'keep']]);
    const w = await storeFor('commit').createWriter(ref(idAt(3)));
    await w.put('code.tar.zst', small());
    await w.put('data.tar.zst', small());
    await w.abort();
    expect(await allKeys(`commit/shop/production/${idAt(3)}/`)).toEqual([`commit/shop/production/${idAt(3)}/notes.txt`]);
  });
});
