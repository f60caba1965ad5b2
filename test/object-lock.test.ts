import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DeleteObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutBucketLifecycleConfigurationCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { listCommand } from '../src/commands/list.js';
import { pruneCommand } from '../src/commands/prune.js';
import { restoreCommand } from '../src/commands/restore.js';
import { verifyCommand } from '../src/commands/verify.js';
import type { Component } from '../src/model/manifest.js';
import { testIo } from './helpers/io.js';
import { motoMissing, startMoto, type Moto } from './helpers/moto.js';
import { startS3Proxy } from './helpers/s3-proxy.js';
import { describeWithTools } from './helpers/requires.js';
import { makeSite, shq, tree } from './helpers/restore-fixtures.js';
import { tempDir } from './helpers/tmp.js';

// s3-object-lock against a real Object Lock implementation (moto's S3 server) on loopback. Locks
// last seconds (`last=1` keeps nothing in time, so the lock is the margin) where a test waits for
// one to pass, a day (`daily=1`) where it must hold whatever the machine's load; the one wait is
// for a lock's own date, read from the object, not for an event. Prune's clock is moved to the
// backup's time, so what it reports does not depend on how long the backups took.

const COMPONENTS = ['code', 'assets', 'data'] as const;
let root: string;
let dirs: Record<Component, string>;
let bigAssets: string;
let moto: Moto;
let raw: S3Client;
const LOCKED = 'locked-bucket';

function siteInputs(site: string, extra: Record<string, string> = {}, big = false): Record<string, string> {
  const inputs: Record<string, string> = {
    platform: 'command',
    site,
    environment: 'production',
    ...moto.inputs(LOCKED, 'sites'),
    's3-storage-class': 'STANDARD',
  };
  for (const c of COMPONENTS) inputs[`${c}-command`] = `cp -a ${shq(big && c === 'assets' ? bigAssets : dirs[c])}/. "$BACKUP_OUT"`;
  return { ...inputs, ...extra };
}
const lockInputs = (mode = 'governance', retention = 'last=1', margin = '3s') => ({
  's3-object-lock': mode,
  's3-object-lock-margin': margin,
  retention,
  'retention-on-demand': retention,
});

async function backup(site: string, extra: Record<string, string> = {}, big = false) {
  const rt = path.join(root, `rt-${site}-${randomBytes(3).toString('hex')}`);
  await mkdir(rt, { recursive: true });
  return backupCommand(testIo(siteInputs(site, extra, big), { ...moto.env, RUNNER_TEMP: rt }, root));
}

const timeOfId = (id: string) =>
  new Date(`${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}T${id.slice(9, 11)}:${id.slice(11, 13)}:${id.slice(13, 15)}Z`);

async function keys(prefix: string): Promise<string[]> {
  const r = await raw.send(new ListObjectsV2Command({ Bucket: LOCKED, Prefix: prefix }));
  return (r.Contents ?? []).map((o) => o.Key!).sort();
}

async function head(key: string, versionId?: string) {
  return raw.send(new HeadObjectCommand({ Bucket: LOCKED, Key: key, ...(versionId ? { VersionId: versionId } : {}) }));
}

async function versions(prefix: string) {
  const r = await raw.send(new ListObjectVersionsCommand({ Bucket: LOCKED, Prefix: prefix }));
  return { versions: r.Versions ?? [], markers: r.DeleteMarkers ?? [] };
}

describeWithTools('S3 Object Lock (moto)', motoMissing(), () => {
  beforeAll(async () => {
    root = await tempDir('sba-lock-');
    dirs = await makeSite(path.join(root, 'site'));
    // One object above the 8 MiB part size: moto ignores lock headers on multipart uploads, so
    // its lock must come from the retention set after the upload completed.
    bigAssets = path.join(root, 'big-assets');
    await mkdir(bigAssets);
    await writeFile(path.join(bigAssets, 'big.bin'), randomBytes(9 * 1024 * 1024));
    moto = await startMoto();
    raw = moto.client();
    await moto.bucket(LOCKED, { objectLock: true });
    await moto.bucket('plain-bucket');
  }, 60_000);
  afterAll(async () => {
    await moto?.stop();
  });

  it('locks every object, manifest included; prune and a versioned delete cannot erase it before the date', async () => {
    const site = 'erase';
    // 30 s: long enough to outlast the few requests between the backup and the delete below on a
    // loaded machine, short enough to wait for once.
    const lock = lockInputs('governance', 'last=1', '30s');
    const first = await backup(site, lock);
    const prefix = `sites/${site}/production/${first.id}/`;
    const objects = await keys(prefix);
    expect(objects.map((k) => k.slice(prefix.length))).toEqual([
      'assets.index.json.gz',
      'assets.tar.zst',
      'code.index.json.gz',
      'code.tar.zst',
      'data.index.json.gz',
      'data.tar.zst',
      'manifest.json',
    ]);
    const manifestKey = `${prefix}manifest.json`;
    const firstVersion = (await head(manifestKey)).VersionId!;
    await expect(raw.send(new DeleteObjectCommand({ Bucket: LOCKED, Key: manifestKey, VersionId: firstVersion }))).rejects.toThrow(
      /Access ?Denied/i,
    );
    for (const k of objects) {
      const h = await head(k);
      expect(h.ObjectLockMode, k).toBe('GOVERNANCE');
      expect(h.ObjectLockRetainUntilDate!.getTime(), k).toBeGreaterThanOrEqual(timeOfId(first.id).getTime() + 30_000);
    }
    // The second backup must be the newer one, and ids are by the second: two in the same second
    // are ordered by their random suffix, and prune kept `first` in CI about once in many runs.
    while (Date.now() < timeOfId(first.id).getTime() + 1000) await new Promise((r) => setTimeout(r, 50));
    await backup(site, lock);
    const io = testIo({ ...siteInputs(site), ...lock }, { ...moto.env });
    const pruned = await pruneCommand(io, { now: () => timeOfId(first.id) });
    expect(pruned.removed).toBe(1);
    expect(pruned.bytesHeldByLock).toBe(pruned.plan.rows.find((r) => r.backup.id === first.id)!.backup.bytes);
    expect(io.lines.join('\n')).toMatch(new RegExp(`REMOVED\\s+${first.id}.*versions kept by lock until \\d{4}-`));
    expect(io.summaries.join('\n')).toMatch(/held under lock past the policy/);
    // Prune left delete markers; every version is still there and still locked.
    expect(await keys(prefix)).toEqual([]);
    const { versions: vs, markers } = await versions(prefix);
    expect(vs.map((v) => v.Key).sort()).toEqual(objects);
    expect(markers.map((m) => m.Key).sort()).toEqual(objects);
    const manifest = vs.find((v) => v.Key!.endsWith('manifest.json'))!;
    expect(manifest.VersionId).toBe(firstVersion);
    // After the date the same delete goes through: the lock, not the role, was what held it.
    const until = (await head(manifest.Key!, manifest.VersionId!)).ObjectLockRetainUntilDate!;
    await new Promise((r) => setTimeout(r, Math.max(0, until.getTime() - Date.now()) + 1100));
    await raw.send(new DeleteObjectCommand({ Bucket: LOCKED, Key: manifest.Key!, VersionId: manifest.VersionId! }));
    // What is left is what the documented lifecycle rule frees: noncurrent versions and markers.
    const after = await versions(prefix);
    expect(after.versions.every((v) => v.IsLatest === false)).toBe(true);
    const doc = await readFile(path.join(import.meta.dirname, '..', 'docs', 'immutable.md'), 'utf8');
    const rule = JSON.parse(/<!-- lifecycle -->\s*```json\n([\s\S]*?)```/.exec(doc)![1]!);
    expect(rule.Rules[0].NoncurrentVersionExpiration.NoncurrentDays).toBeGreaterThan(0);
    expect(rule.Rules[0].Expiration.ExpiredObjectDeleteMarker).toBe(true);
    await raw.send(new PutBucketLifecycleConfigurationCommand({ Bucket: LOCKED, LifecycleConfiguration: rule }));
  }, 90_000);

  it('prune extends the lock of a backup promoted to a longer rule, and never shortens one', async () => {
    const site = 'promote';
    const b = await backup(site, lockInputs('governance', 'daily=1'));
    const key = `sites/${site}/production/${b.id}/manifest.json`;
    const lockOf = async (k: string) => (await head(k)).ObjectLockRetainUntilDate!.getTime();
    const atBackup = await lockOf(key);
    const t = Date.parse(`${b.id.slice(0, 4)}-${b.id.slice(4, 6)}-${b.id.slice(6, 8)}T00:00:00Z`);
    // daily=1: until the next UTC day starts, plus the 3 s margin.
    expect(atBackup).toBe(t + 86_400_000 + 3000);
    const prune = (retention: string) =>
      pruneCommand(testIo({ ...siteInputs(site), ...lockInputs('governance', retention) }, { ...moto.env }));
    // The same backup is now also the weekly: its lock reaches the Monday two ISO weeks on.
    const r = await prune('daily=1,weekly=2');
    expect(r.locksExtended).toBe(1);
    const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * 86_400_000 + 14 * 86_400_000;
    for (const k of await keys(`sites/${site}/production/${b.id}/`)) expect(await lockOf(k), k).toBe(monday + 3000);
    // A shorter policy changes nothing: locks are never shortened.
    const r2 = await prune('daily=1');
    expect(r2.locksExtended).toBe(0);
    expect(await lockOf(key)).toBe(monday + 3000);
  }, 60_000);

  it('after an attacker with the prune role deletes every key, restore --include-deleted gives the files back byte-identical', async () => {
    const site = 'attacked';
    // A day's compliance lock: it holds whatever the load; one object goes multipart.
    const b = await backup(site, lockInputs('compliance', 'daily=1'), true);
    for (const k of await keys(`sites/${site}/`)) expect((await head(k)).ObjectLockMode, k).toBe('COMPLIANCE');
    const prefix = `sites/${site}/`;
    // The prune role lists and deletes without version ids (it holds nothing else): markers only.
    for (const k of await keys(prefix)) await raw.send(new DeleteObjectCommand({ Bucket: LOCKED, Key: k }));
    expect(await keys(prefix)).toEqual([]);
    const { versions: vs } = await versions(prefix);
    for (const v of vs)
      await expect(raw.send(new DeleteObjectCommand({ Bucket: LOCKED, Key: v.Key!, VersionId: v.VersionId! }))).rejects.toThrow(
        /Access ?Denied/i,
      );

    const out: string[] = [];
    const listIo = testIo({ ...moto.inputs(LOCKED, 'sites'), site, environment: 'production' }, { ...moto.env });
    expect(await listCommand(listIo, { write: (s) => out.push(s) })).toEqual([]);
    expect(listIo.lines.join('\n')).toMatch(/1 deleted backup.*--include-deleted/);
    const rows = (await listCommand(
      testIo({ ...moto.inputs(LOCKED, 'sites'), site, environment: 'production', 'include-deleted': 'true' }, { ...moto.env }),
      { write: (s) => out.push(s), json: true },
    )) as { id: string; deleted?: boolean }[];
    expect(rows.map((r) => [r.id, r.deleted])).toEqual([[b.id, true]]);

    const target = path.join(root, 'restored');
    const markers = path.join(root, 'markers');
    await mkdir(markers, { recursive: true });
    const io = testIo(
      {
        ...siteInputs(site, {}, true),
        'include-deleted': 'true',
        confirm: 'production',
        'restore-dir': target,
        'data-restore-command': 'cp -a "$BACKUP_IN"/. "$MARKERS"/',
      },
      { ...moto.env, MARKERS: markers, RUNNER_TEMP: root },
      root,
    );
    const r = await restoreCommand(io);
    expect(r.plan.backupId).toBe(b.id);
    expect(await tree(path.join(target, 'code'))).toEqual(await tree(dirs.code));
    expect(await tree(path.join(target, 'assets'))).toEqual(await tree(bigAssets));
    expect(await tree(markers)).toEqual(await tree(dirs.data));
  }, 90_000);

  it('verify fails a backup whose objects were written without a lock, naming each object', async () => {
    const site = 'unlocked';
    const b = await backup(site);
    const io = testIo({ ...siteInputs(site), ...lockInputs() }, { ...moto.env, RUNNER_TEMP: root }, root);
    await expect(verifyCommand(io)).rejects.toThrow(/damaged|failed/i);
    const text = [...io.lines, ...io.summaries, ...io.errors.map((e) => e.message)].join('\n');
    for (const o of ['code.tar.zst', 'assets.tar.zst', 'data.tar.zst', 'manifest.json'])
      expect(text).toContain(`${b.id}/${o}: LOCK is not locked`);
    // The locked backups of the other tests pass the same audit.
    await verifyCommand(
      testIo({ ...siteInputs('promote'), ...lockInputs('governance', 'daily=1') }, { ...moto.env, RUNNER_TEMP: root }, root),
    );
  }, 60_000);

  it('a backup whose objects cannot all be locked gets no manifest', async () => {
    // moto drops the lock headers of a multipart upload; a store that also refuses
    // PutObjectRetention leaves that object unlocked, and the backup must not be committed.
    const proxy = await startS3Proxy(moto.endpoint);
    try {
      proxy.refuse((r) => (r.method === 'PUT' && r.query.has('retention') ? { status: 501, code: 'NotImplemented' } : undefined));
      await expect(backup('halflocked', { ...lockInputs('governance', 'daily=1'), 's3-endpoint': proxy.endpoint }, true)).rejects.toThrow(
        /assets\.tar\.zst/,
      );
      const { versions: vs } = await versions('sites/halflocked/');
      expect(vs.map((v) => v.Key).filter((k) => k!.endsWith('manifest.json'))).toEqual([]);
      expect(proxy.requests.some((r) => r.query.has('retention'))).toBe(true);
    } finally {
      await proxy.stop();
    }
  }, 60_000);

  it('refuses a bucket without Object Lock before any export, and writes nothing', async () => {
    const marker = path.join(root, 'exported');
    const inputs = {
      ...siteInputs('nolock', lockInputs()),
      ...moto.inputs('plain-bucket', 'sites'),
      'code-command': `touch ${shq(marker)}; cp -a ${shq(dirs.code)}/. "$BACKUP_OUT"`,
    };
    await expect(backupCommand(testIo(inputs, { ...moto.env, RUNNER_TEMP: root }, root))).rejects.toThrow(
      /`s3-object-lock`: bucket "plain-bucket" does not have Object Lock enabled.*object-lock-enabled-for-bucket/s,
    );
    expect(await readdir(root)).not.toContain('exported');
    const r = await raw.send(new ListObjectsV2Command({ Bucket: 'plain-bucket' }));
    expect(r.Contents ?? []).toEqual([]);
  }, 30_000);
});
