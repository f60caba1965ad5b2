// A copy into a bucket with Object Lock carries the lock (issue 21): every copied object is
// locked in the asked mode until the date the destination's retention policy gives its backup,
// the manifest last; a copy into a bucket without Object Lock is refused before anything is copied.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { copyCommand } from '../src/commands/copy.js';
import { parsePolicy } from '../src/retention/policy.js';
import { lockOnBackup } from '../src/retention/lock.js';
import { testIo } from './helpers/io.js';
import { motoMissing, startMoto, type Moto } from './helpers/moto.js';
import { describeWithTools } from './helpers/requires.js';
import { tempDir } from './helpers/tmp.js';

let root: string;
let folder: string;
let moto: Moto;
let raw: S3Client;
let backupId: string;

const timeOfId = (id: string) =>
  new Date(`${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}T${id.slice(9, 11)}:${id.slice(11, 13)}:${id.slice(13, 15)}Z`);

async function keys(bucket: string, prefix = ''): Promise<string[]> {
  const r = await raw.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (r.Contents ?? []).map((o) => o.Key!).sort();
}

function copyInputs(bucket: string) {
  const m = moto.inputs(bucket, 'copies');
  return {
    site: 'shop',
    from: folder,
    to: m.store!,
    'to-s3-endpoint': m['s3-endpoint']!,
    'to-s3-force-path-style': 'true',
    'to-s3-storage-class': 'STANDARD',
    'to-s3-object-lock': 'governance',
    'to-s3-object-lock-margin': '1h',
    retention: 'daily=7',
    'retention-on-demand': 'last=3',
  };
}

describeWithTools('copy into an Object Lock bucket (moto)', motoMissing(), () => {
  beforeAll(async () => {
    root = await tempDir('sba-copy-lock-');
    folder = path.join(root, 'folder-store');
    await mkdir(folder);
    moto = await startMoto();
    raw = moto.client();
    await moto.bucket('locked', { objectLock: true });
    await moto.bucket('plain');
    const io = testIo(
      { site: 'shop', platform: 'command', store: folder, components: 'data', 'data-command': 'echo "select 1;" > "$BACKUP_OUT/db.sql"' },
      {},
      root,
    );
    backupId = (await backupCommand(io)).id;
  }, 60_000);
  afterAll(async () => {
    await moto?.stop();
  });

  it("locks every copied object until the destination policy's date, the manifest last", async () => {
    const before = Date.now();
    await copyCommand(testIo(copyInputs('locked'), { ...moto.env }, root));
    const prefix = `copies/shop/production/${backupId}/`;
    const objects = await keys('locked', prefix);
    expect(objects).toContain(`${prefix}manifest.json`);
    expect(objects.length).toBeGreaterThan(1);
    // A manual backup falls under retention-on-demand (last=3): no fixed date, so the lock is the
    // margin from when it was copied; the policy's date when that is later.
    const policyUntil = lockOnBackup(timeOfId(backupId).getTime(), parsePolicy('last=3', 'retention-on-demand'), 'UTC', 3600_000);
    const floor = Math.max(policyUntil, before + 3600_000) - 1000;
    const heads = await Promise.all(
      objects.map(async (k) => [k, await raw.send(new HeadObjectCommand({ Bucket: 'locked', Key: k }))] as const),
    );
    for (const [k, h] of heads) {
      expect(h.ObjectLockMode, k).toBe('GOVERNANCE');
      expect(h.ObjectLockRetainUntilDate!.getTime(), k).toBeGreaterThanOrEqual(floor);
      // Not locked for much longer than asked (an hour of margin, a few minutes of a slow copy).
      expect(h.ObjectLockRetainUntilDate!.getTime(), k).toBeLessThan(Date.now() + 3600_000 + 600_000);
    }
    const manifest = heads.find(([k]) => k.endsWith('manifest.json'))![1];
    for (const [, h] of heads) expect(manifest.LastModified!.getTime()).toBeGreaterThanOrEqual(h.LastModified!.getTime());
  });

  it('refuses a bucket without Object Lock, naming the input, before copying anything', async () => {
    const io = testIo(copyInputs('plain'), { ...moto.env }, root);
    const err = await copyCommand(io).then(
      () => undefined,
      (e: Error) => e,
    );
    // The input the user wrote, and how to fix it, in the destination's words.
    expect(err?.message).toMatch(/^Input `to-s3-object-lock`: bucket "plain" does not have Object Lock enabled/);
    expect(err?.message).toMatch(/or set `to-s3-object-lock: off`/);
    expect(await keys('plain')).toEqual([]);
  });
});
