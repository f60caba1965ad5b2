import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyCommand } from '../src/commands/copy.js';
import { CopyError } from '../src/core/copy.js';
import { serializeManifest, type Manifest } from '../src/model/manifest.js';
import { LocalStore } from '../src/stores/local.js';
import { testIo } from './helpers/io.js';
import { startS3Proxy, type S3Proxy } from './helpers/s3-proxy.js';
import { startS3rver, type S3rver } from './helpers/s3rver.js';
import { tempDir } from './helpers/tmp.js';

// Copies between real stores: two s3rver processes on loopback (one behind the fault proxy, which
// records every request) and folders, in every direction the issue names. The source backups are
// written through the local store's own writer, objects first and manifest last, as a backup does.

let a: S3rver;
let b: S3rver;
let proxyB: S3Proxy;
let root: string;
let source: string;
const SITE = 'acme';
const IDS = ['20261120T050003Z-scheduled-r100', '20261121T050003Z-scheduled-r101', '20261122T050003Z-manual-l7f3a'];

beforeAll(async () => {
  [a, b] = await Promise.all([startS3rver({ bucket: 'first' }), startS3rver({ bucket: 'second' })]);
  proxyB = await startS3Proxy(b.endpoint);
  root = await tempDir('sba-copy-');
  source = path.join(root, 'source');
  for (const id of IDS) await writeBackup(source, id);
}, 60_000);
afterAll(async () => {
  await proxyB?.stop();
  await Promise.all([a?.stop(), b?.stop()]);
});

/** A complete backup in a folder store: an age-encrypted data object and a code object, then the manifest. */
async function writeBackup(store: string, id: string, size = 300_000): Promise<void> {
  const objects = { 'code.tar.zst': randomBytes(size), 'data.tar.zst.age': randomBytes(size / 3) };
  const w = await new LocalStore(store).createWriter({ site: SITE, environment: 'production', id });
  for (const [name, body] of Object.entries(objects)) await w.put(name, Readable.from([body]));
  const m: Manifest = {
    format: 1,
    id,
    site: SITE,
    environment: 'production',
    platform: 'command',
    trigger: id.includes('manual') ? 'manual' : 'scheduled',
    createdAt: '2026-11-20T05:00:03.000Z',
    finishedAt: '2026-11-20T05:01:00.000Z',
    tool: { name: 'site-backup-action', version: 'test' },
    source: {},
    components: Object.entries(objects).map(([object, body]) => ({
      name: object.startsWith('code') ? ('code' as const) : ('data' as const),
      object,
      compression: 'zstd' as const,
      encryption: object.endsWith('.age') ? ('age' as const) : ('none' as const),
      bytes: body.length,
      sha256: createHash('sha256').update(body).digest('hex'),
      contentBytes: body.length,
      files: 1,
    })),
  };
  await w.commit(serializeManifest(m));
}

const s3In = (side: 'from' | 'to', s3: { endpoint: string; bucket: string }, prefix: string) => ({
  [side]: `s3://${s3.bucket}/${prefix}`,
  [`${side}-s3-endpoint`]: s3.endpoint,
  [`${side}-s3-force-path-style`]: 'true',
  ...(side === 'to' ? { 'to-s3-storage-class': 'STANDARD' } : {}),
});

async function copy(inputs: Record<string, string>, env: Record<string, string> = a.env) {
  const io = testIo({ site: SITE, ...inputs }, env, root);
  try {
    return { io, result: await copyCommand(io) };
  } catch (e) {
    return { io, error: e as Error };
  }
}

async function s3Bytes(s3: S3rver, key: string): Promise<Buffer> {
  const r = await s3.client().send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
  return Buffer.from(await r.Body!.transformToByteArray());
}

async function s3Keys(s3: S3rver, prefix: string): Promise<string[]> {
  const r = await s3.client().send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix }));
  return (r.Contents ?? []).map((o) => o.Key!).sort();
}

const local = (store: string, id: string, name: string) => path.join(store, SITE, 'production', id, name);

describe('copy between stores', () => {
  it('folder to S3: every object and the manifest byte for byte, manifest written last', async () => {
    const r = await copy({ from: source, ...s3In('to', a, 'one') });
    expect(r.error).toBeUndefined();
    expect(r.result!.copied).toBe(3);
    expect(r.io.outputs).toMatchObject({ copied: '3', 'up-to-date': '0' });
    for (const id of IDS) {
      for (const name of ['code.tar.zst', 'data.tar.zst.age', 'manifest.json']) {
        expect((await s3Bytes(a, `one/${SITE}/production/${id}/${name}`)).equals(await readFile(local(source, id, name)))).toBe(true);
      }
    }
    expect(r.io.summaries[0]).toContain('3 copied, 0 already there, 0 failed');
  }, 60_000);

  it('S3 to S3: the destination store options apply, the manifest goes last, a second run moves nothing', async () => {
    proxyB.requests.length = 0;
    const to = {
      ...s3In('to', { endpoint: proxyB.endpoint, bucket: b.bucket }, 'cold'),
      'to-s3-storage-class': 'GLACIER',
      'to-s3-sse': 'AES256',
    };
    const r = await copy({ ...s3In('from', a, 'one'), ...to });
    expect(r.error).toBeUndefined();
    expect(r.result!.copied).toBe(3);
    const puts = proxyB.requests.filter((q) => q.op === 'PutObject');
    expect(puts.length).toBe(9);
    for (const q of puts) expect(q.headers['x-amz-server-side-encryption']).toBe('AES256');
    // Archive classes take the objects; the manifests stay where they can be read without a restore request.
    for (const q of puts) expect(q.headers['x-amz-storage-class']).toBe(q.path.endsWith('manifest.json') ? undefined : 'GLACIER');
    // Per backup, the manifest is the last object written.
    for (const id of IDS) {
      const mine = puts.filter((q) => q.path.includes(id)).map((q) => path.basename(q.path));
      expect(mine.at(-1)).toBe('manifest.json');
      expect(
        (await s3Bytes(b, `cold/${SITE}/production/${id}/manifest.json`)).equals(await readFile(local(source, id, 'manifest.json'))),
      ).toBe(true);
    }

    proxyB.requests.length = 0;
    const again = await copy({ ...s3In('from', a, 'one'), ...to });
    expect(again.result).toMatchObject({ copied: 0, upToDate: 3, failed: 0 });
    expect(proxyB.requests.filter((q) => q.op === 'PutObject' || q.op === 'CreateMultipartUpload' || q.op === 'DeleteObjects')).toEqual([]);
  }, 60_000);

  it('S3 to a folder: the same bytes as the original folder', async () => {
    const dest = path.join(root, 'from-s3');
    const r = await copy({ ...s3In('from', b, 'cold'), to: dest, backup: 'latest' });
    expect(r.result).toMatchObject({ copied: 1 });
    expect(await readdir(path.join(dest, SITE, 'production'))).toEqual([IDS[2]]);
    for (const name of ['code.tar.zst', 'data.tar.zst.age', 'manifest.json']) {
      expect((await readFile(local(dest, IDS[2]!, name))).equals(await readFile(local(source, IDS[2]!, name)))).toBe(true);
    }
  }, 60_000);

  it('a storage class the destination refuses fails at once, naming the `to-` input', async () => {
    const r = await copy({ from: source, ...s3In('to', a, 'refused'), 'to-s3-storage-class': 'GLACIER_IR' });
    expect(r.error?.message).toMatch(/^Input `to-s3-storage-class`: the store at .* refused storage class "GLACIER_IR"/);
    expect(await s3Keys(a, 'refused/')).toEqual([]);
  });

  it('each side may have its own S3 credentials (COPY_FROM_… and COPY_TO_…), for two providers', async () => {
    const wrong = { AWS_ACCESS_KEY_ID: 'NOT-S3RVER', AWS_SECRET_ACCESS_KEY: 'wrong-secret-0a1b2c', AWS_REGION: 'us-east-1' };
    const inputs = { ...s3In('from', a, 'one'), ...s3In('to', b, 'creds'), backup: IDS[0]! };
    const refused = await copy(inputs, wrong);
    expect(refused.error?.message).toMatch(/InvalidAccessKeyId|access key/i);
    // s3rver checks the key id, not the signature: the secrets can be told apart in what is printed.
    const sides = {
      ...wrong,
      COPY_FROM_AWS_ACCESS_KEY_ID: 'S3RVER',
      COPY_FROM_AWS_SECRET_ACCESS_KEY: 'from-secret-5a4b3c2d1e',
      COPY_TO_AWS_ACCESS_KEY_ID: 'S3RVER',
      COPY_TO_AWS_SECRET_ACCESS_KEY: 'to-secret-9f8e7d6c5b',
    };
    const r = await copy(inputs, sides);
    expect(r.error?.message).toBeUndefined();
    expect(r.result).toMatchObject({ copied: 1 });
    for (const run of [refused, r]) {
      const seen = JSON.stringify([run.io.lines, run.io.errors, run.io.summaries, run.io.outputs, run.error?.message ?? '']);
      for (const secret of ['wrong-secret-0a1b2c', 'from-secret-5a4b3c2d1e', 'to-secret-9f8e7d6c5b']) expect(seen).not.toContain(secret);
    }
  }, 60_000);

  it('newer-than picks the backups made within that time', async () => {
    const dest = path.join(root, 'recent');
    const r = await copy({ from: source, to: dest, 'newer-than': '36h' });
    // Relative to now: none of the 2026-11 fixtures is that young unless the clock says so.
    const expected = IDS.filter(
      (id) => Date.now() - Date.parse(`${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}T05:00:03Z`) <= 36 * 3600_000,
    ).length;
    expect(r.result!.copied).toBe(expected);
  });
});

describe('copy failures', () => {
  it('a corrupt source object stops that backup (no manifest at the destination), names the object, and the others copy', async () => {
    const bad = path.join(root, 'bad');
    for (const id of IDS.slice(0, 2)) await writeBackup(bad, id);
    const victim = local(bad, IDS[0]!, 'data.tar.zst.age');
    const bytes = await readFile(victim);
    bytes[1000] = bytes[1000]! ^ 0xff;
    await writeFile(victim, bytes);

    const r = await copy({ from: bad, ...s3In('to', a, 'bad') });
    expect(r.error).toBeInstanceOf(CopyError);
    expect(r.error!.message).toContain(`${IDS[0]}: data.tar.zst.age: sha256 of the source object is`);
    expect(r.io.errors.map((e) => e.message).join('\n')).toContain('data.tar.zst.age');
    expect(r.io.outputs.copied).toBe('1');
    const keys = await s3Keys(a, 'bad/');
    expect(keys.filter((k) => k.includes(IDS[0]!))).toEqual([]);
    expect(keys.filter((k) => k.includes(IDS[1]!)).map((k) => path.basename(k))).toEqual([
      'code.tar.zst',
      'data.tar.zst.age',
      'manifest.json',
    ]);
  }, 60_000);

  it('a destination that fails mid-upload leaves no manifest there; the next run completes the copy', async () => {
    const to = s3In('to', { endpoint: proxyB.endpoint, bucket: b.bucket }, 'flaky');
    // Every write of the second object of the newest backup fails, retries included.
    proxyB.refuse((q) =>
      q.op === 'PutObject' && q.path.endsWith(`${IDS[2]}/data.tar.zst.age`) ? { status: 500, code: 'InternalError' } : undefined,
    );
    const first = await copy({ from: source, ...to });
    proxyB.refuse(undefined);
    expect(first.error).toBeInstanceOf(CopyError);
    expect(first.error!.message).toContain(IDS[2]);
    const left = await s3Keys(b, `flaky/${SITE}/production/${IDS[2]}/`);
    expect(left.some((k) => k.endsWith('manifest.json'))).toBe(false);
    expect(first.io.outputs.copied).toBe('2');

    const second = await copy({ from: source, ...to });
    expect(second.result).toMatchObject({ copied: 1, upToDate: 2, failed: 0 });
    expect(
      (await s3Bytes(b, `flaky/${SITE}/production/${IDS[2]}/data.tar.zst.age`)).equals(
        await readFile(local(source, IDS[2]!, 'data.tar.zst.age')),
      ),
    ).toBe(true);
  }, 120_000);

  it('a multipart upload that fails at its second part is abandoned: no object, no manifest; the next run completes', async () => {
    const big = path.join(root, 'big');
    await writeBackup(big, IDS[0]!, 12 * 2 ** 20);
    const to = s3In('to', { endpoint: proxyB.endpoint, bucket: b.bucket }, 'multipart');
    proxyB.requests.length = 0;
    proxyB.refuse((q) =>
      q.op === 'UploadPart' && q.query.get('partNumber') === '2' ? { status: 503, code: 'ServiceUnavailable' } : undefined,
    );
    // No retries: the SDK would otherwise spend its backoff on a part that always fails.
    const first = await copy({ from: big, ...to }, { ...a.env, SITE_BACKUP_READ_RETRIES: '0' });
    proxyB.refuse(undefined);
    expect(first.error?.message).toContain(`${IDS[0]}: `);
    expect(proxyB.requests.some((q) => q.op === 'AbortMultipartUpload')).toBe(true);
    expect(await s3Keys(b, 'multipart/')).toEqual([]);

    const second = await copy({ from: big, ...to });
    expect(second.result).toMatchObject({ copied: 1 });
    expect(
      (await s3Bytes(b, `multipart/${SITE}/production/${IDS[0]}/code.tar.zst`)).equals(await readFile(local(big, IDS[0]!, 'code.tar.zst'))),
    ).toBe(true);
  }, 120_000);

  it('a copy stopped after its first object (what a killed run leaves) is completed by the next run', async () => {
    const dest = path.join(root, 'killed');
    const w = await new LocalStore(dest).createWriter({ site: SITE, environment: 'production', id: IDS[1]! });
    await w.put('code.tar.zst', Readable.from([await readFile(local(source, IDS[1]!, 'code.tar.zst'))]));
    // No commit and no abort: the process died here.
    const r = await copy({ from: source, to: dest });
    expect(r.result).toMatchObject({ copied: 3, failed: 0 });
    expect(r.io.lines.join('\n')).toContain(`${IDS[1]}: an unfinished copy is in the destination (no manifest); copying it again.`);
    for (const name of ['code.tar.zst', 'data.tar.zst.age', 'manifest.json']) {
      expect((await readFile(local(dest, IDS[1]!, name))).equals(await readFile(local(source, IDS[1]!, name)))).toBe(true);
    }
  }, 60_000);

  it('the CLI killed (SIGKILL) in the middle of a copy to S3: the next run completes it', async () => {
    const prefix = 'killed-s3';
    let reached!: () => void;
    const atSecondObject = new Promise<void>((r) => (reached = r));
    // Never released: the process holding that request dies, and a late write must not land after the next run.
    const held = new Promise(() => {});
    // The second object of the first backup copied (newest first) is held: the process dies there.
    proxyB.fault((q) =>
      q.op === 'PutObject' && q.path.endsWith(`${prefix}/${SITE}/production/${IDS[2]}/data.tar.zst.age`)
        ? (reached(), { kind: 'hold', until: held })
        : undefined,
    );
    const args = [
      'copy',
      '--site',
      SITE,
      '--from',
      source,
      '--to',
      `s3://${b.bucket}/${prefix}`,
      '--to-s3-endpoint',
      proxyB.endpoint,
      '--to-s3-force-path-style',
      '--to-s3-storage-class',
      'STANDARD',
    ];
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.resolve('src/bin/cli.ts'), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...a.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((r) => child.once('exit', (_code, signal) => r(signal)));
    await Promise.race([atSecondObject, exited.then(() => Promise.reject(new Error(`the copy ended before it was killed: ${stderr}`)))]);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    proxyB.fault(undefined);
    const left = await s3Keys(b, `${prefix}/`);
    expect(left.map((k) => k.slice(k.indexOf(IDS[2]!)))).toContain(`${IDS[2]}/code.tar.zst`);
    expect(left.some((k) => k.endsWith('manifest.json'))).toBe(false);

    const r = await copy({ from: source, ...s3In('to', { endpoint: proxyB.endpoint, bucket: b.bucket }, prefix) });
    expect(r.result).toMatchObject({ copied: 3, failed: 0 });
    expect(r.io.lines.join('\n')).toContain(`${IDS[2]}: an unfinished copy is in the destination (no manifest); copying it again.`);
    for (const id of IDS) {
      for (const name of ['code.tar.zst', 'data.tar.zst.age', 'manifest.json']) {
        expect((await s3Bytes(b, `${prefix}/${SITE}/production/${id}/${name}`)).equals(await readFile(local(source, id, name)))).toBe(true);
      }
    }
  }, 120_000);

  it('a different backup under the same id at the destination is left alone and fails the step', async () => {
    const dest = path.join(root, 'clash');
    await writeBackup(dest, IDS[0]!);
    const r = await copy({ from: source, to: dest, backup: IDS[0]! });
    expect(r.error).toBeInstanceOf(CopyError);
    expect(r.error!.message).toContain('differs from the source');
    expect((await readFile(local(dest, IDS[0]!, 'manifest.json'))).equals(await readFile(local(source, IDS[0]!, 'manifest.json')))).toBe(
      false,
    );
  });
});

describe('copy inputs', () => {
  const bad: [Record<string, string>, RegExp][] = [
    [{ from: 'SOURCE' }, /Input `to`: is required/],
    [{ from: 'SOURCE', to: 'artifact' }, /Input `to`: is `artifact`/],
    [{ from: 'SOURCE', to: 'SOURCE' }, /Input `to`: is the same store as `from`/],
    [{ from: 'SOURCE', to: 's3://second/x', 'to-s3-sse': 'rot13' }, /Input `to-s3-sse`: "rot13" is not a server-side encryption mode/],
    [{ from: 'SOURCE', to: 's3://second/x', 'to-s3-kms-key-id': 'k' }, /Input `to-s3-kms-key-id`: is set but `to-s3-sse` is not `aws:kms`/],
    [{ from: 'SOURCE', to: 'ftp://x' }, /Input `to`: unsupported scheme/],
    [{ from: 'SOURCE', to: 'DEST', 'limit-rate': 'fast' }, /Input `limit-rate`: "fast" is not a rate/],
    [{ from: 'SOURCE', to: 'DEST', backup: 'yesterday' }, /Input `backup`: "yesterday" is not a backup id/],
    [{ from: 'SOURCE', to: 'DEST', backup: 'latest', 'newer-than': '2d' }, /Input `newer-than`: is set together with `backup`/],
    [
      { from: 'artifact', to: 'DEST', format: 'restic', 'restic-password': 'pw' },
      /Input `format`: `restic` cannot use the `artifact` store.*Set `from` to/,
    ],
  ];
  it.each(bad)('%o is refused before anything is written', async (inputs, message) => {
    const dest = path.join(root, `never-${randomBytes(4).toString('hex')}`);
    const resolved = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.replace('SOURCE', source).replace('DEST', dest)]));
    const r = await copy(resolved);
    expect(r.error?.message).toMatch(message);
    expect(existsSync(dest)).toBe(false);
  });
});
