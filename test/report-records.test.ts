import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { listCommand, type ListedBackup } from '../src/commands/list.js';
import { pruneCommand } from '../src/commands/prune.js';
import { restoreCommand } from '../src/commands/restore.js';
import { verifyCommand } from '../src/commands/verify.js';
import { parseStore } from '../src/config/common.js';
import { mapSource } from '../src/config/source.js';
import { parseCheckRecord } from '../src/model/check-record.js';
import { makeBackupId } from '../src/model/backup-id.js';
import { openStore } from '../src/stores/index.js';
import type { LocalStore } from '../src/stores/local.js';
import type { Component } from '../src/model/manifest.js';
import { backupSite, hoursAgo, localSiteFixture, quiet } from './helpers/restore-fixtures.js';
import { testIo } from './helpers/io.js';
import { useS3rver } from './helpers/s3rver.js';

// Check records (FORMAT.md, "Check records"): verify and the drill leave last-verify.json and
// last-drill.json beside the backup they checked, with the real commands on real backups. No
// command mistakes a record for a backup or an object, and prune deletes a record only with its
// backup (or, once its backup is gone, as debris).

let root: string;
let storeRoot: string;
let store: LocalStore;
let dirs: Record<Component, string>;
let tmp: string;

beforeAll(async () => {
  ({ root, storeRoot, store, dirs, tmp } = await localSiteFixture('sba-records-'));
});
const io = (inputs: Record<string, string>) =>
  testIo({ store: storeRoot, ...inputs }, { RUNNER_TEMP: tmp, GITHUB_REPOSITORY: 'acme/ops', GITHUB_RUN_ID: '77' }, root);
const record = async (site: string, id: string, name: string) =>
  parseCheckRecord(await readFile(path.join(storeRoot, site, 'production', id, name), 'utf8'));

describe('check records', () => {
  it('verify writes last-verify.json beside each backup it checked: ok, then failed naming the damaged object', async () => {
    const site = 'rec-verify';
    const b1 = await backupSite({ store, site, dirs, now: hoursAgo(30), tmpRoot: tmp });
    const b2 = await backupSite({ store, site, dirs, now: hoursAgo(2), tmpRoot: tmp });
    await verifyCommand(io({ site, 'newer-than': '2d' }));
    for (const b of [b1, b2]) {
      const r = await record(site, b.id, 'last-verify.json');
      expect(r).toMatchObject({
        format: 1,
        kind: 'verify',
        site,
        environment: 'production',
        backup: b.id,
        ok: true,
        problems: [],
        runUrl: 'https://github.com/acme/ops/actions/runs/77',
      });
      expect(r!.summary).toMatch(/^3 objects, sha256 ok, 3 archives listed$/);
    }
    // Damage the newest backup's data object (same size), verify again: the record says which.
    const data = path.join(storeRoot, site, 'production', b2.id, 'data.tar.zst');
    const bytes = await readFile(data);
    bytes[bytes.length - 40] = bytes[bytes.length - 40]! ^ 0x80;
    await writeFile(data, bytes);
    await expect(verifyCommand(io({ site }))).rejects.toThrow(/damaged/);
    const r = await record(site, b2.id, 'last-verify.json');
    expect(r).toMatchObject({ ok: false, summary: '1 damaged' });
    expect(r!.problems[0]).toMatch(/^data\.tar\.zst: sha256 is [0-9a-f]{64}, the manifest says/);
  });

  it('a failed drill leaves last-drill.json with ok false and why', async () => {
    const site = 'rec-drill';
    const b = await backupSite({ store, site, dirs, now: hoursAgo(1), tmpRoot: tmp });
    // Nothing listens on port 1: the drill fails whichever client is installed, and says so.
    await expect(verifyCommand(io({ site, drill: 'true', 'drill-database-url': 'mysql://root:pw@127.0.0.1:1/drill' }))).rejects.toThrow();
    const r = await record(site, b.id, 'last-drill.json');
    expect(r).toMatchObject({ kind: 'drill', backup: b.id, ok: false, summary: 'not loaded' });
    expect(r!.problems).toHaveLength(1);
    expect(JSON.stringify(r)).not.toContain(':pw@');
    // The verify of the same run is recorded too, and passed.
    expect(await record(site, b.id, 'last-verify.json')).toMatchObject({ ok: true });
  });

  it('list, restore and verify never take a record for an object or a backup', async () => {
    const site = 'rec-list';
    const b = await backupSite({ store, site, dirs, now: hoursAgo(3), tmpRoot: tmp });
    const before = (await listCommand(io({ site, json: 'true' }), { json: true, write: () => {} })) as ListedBackup[];
    await verifyCommand(io({ site }));
    const after = (await listCommand(io({ site, json: 'true' }), { json: true, write: () => {} })) as ListedBackup[];
    expect(after).toEqual(before);
    expect(after[0]!.objects).not.toContain('last-verify.json');
    const [listed] = await store.list(site, 'production');
    expect(listed!.records).toEqual([{ name: 'last-verify.json', size: expect.any(Number) }]);
    expect(listed!.objects.map((o) => o.name).sort()).toEqual([
      'assets.index.json.gz',
      'assets.tar.zst',
      'code.index.json.gz',
      'code.tar.zst',
      'data.index.json.gz',
      'data.tar.zst',
      'manifest.json',
    ]);
    // A folder holding only a record (its backup removed by hand) is no complete backup: restore
    // and verify of `latest` still pick the real one.
    const orphan = makeBackupId(hoursAgo(1), 'manual', 'orphan1');
    await mkdir(path.join(storeRoot, site, 'production', orphan));
    await writeFile(
      path.join(storeRoot, site, 'production', orphan, 'last-verify.json'),
      await readFile(path.join(storeRoot, site, 'production', b.id, 'last-verify.json')),
    );
    const all = await store.list(site, 'production');
    expect(all.find((x) => x.id === orphan)).toMatchObject({ complete: false, objects: [], bytes: 0 });
    const v = await verifyCommand(io({ site }));
    expect(v.report.checks.map((c) => c.id)).toEqual([b.id]);
    const hooks = Object.fromEntries(['code', 'assets', 'data'].map((c) => [`${c}-restore-command`, 'true']));
    const res = await restoreCommand(
      testIo(
        { platform: 'command', store: storeRoot, site, 'dry-run': 'true', 'restore-dir': path.join(root, 'restored-list'), ...hooks },
        { RUNNER_TEMP: tmp },
        root,
      ),
    );
    expect(res.plan.backupId).toBe(b.id);
  });

  it('prune deletes a record with its backup, keeps it with a kept backup, and sweeps an orphan only as old debris', async () => {
    const site = 'rec-prune';
    const old = await backupSite({ store, site, dirs, now: hoursAgo(24 * 5), tmpRoot: tmp });
    const mid = await backupSite({ store, site, dirs, now: hoursAgo(24 * 3), tmpRoot: tmp });
    const young = await backupSite({ store, site, dirs, now: hoursAgo(1), tmpRoot: tmp });
    await verifyCommand(io({ site, 'newer-than': '6d' }));
    for (const b of [old, mid, young]) expect(existsSync(path.join(storeRoot, site, 'production', b.id, 'last-verify.json'))).toBe(true);
    // A record whose backup is gone, written just now: not swept before 24 h.
    const orphanId = makeBackupId(hoursAgo(24 * 4), 'scheduled', 'orphan2');
    const orphanDir = path.join(storeRoot, site, 'production', orphanId);
    await mkdir(orphanDir);
    await writeFile(path.join(orphanDir, 'last-verify.json'), '{}');

    await pruneCommand(io({ site, retention: 'last=2', 'retention-on-demand': 'last=1' }));
    const left = (await readdir(path.join(storeRoot, site, 'production'))).sort();
    // `old` went with its record and folder; `mid` and `young` keep theirs.
    expect(left).not.toContain(old.id);
    expect(existsSync(path.join(storeRoot, site, 'production', mid.id, 'last-verify.json'))).toBe(true);
    expect(existsSync(path.join(storeRoot, site, 'production', young.id, 'last-verify.json'))).toBe(true);
    // The orphan is named like a four-day-old backup, and a record never moves a folder's age:
    // it is debris past the 24 h grace, and prune clears it (record and folder), nothing else.
    expect(left).not.toContain(orphanId);
    expect(left.sort()).toEqual([mid.id, young.id].sort());
  });
});

describe('check records on S3 (s3rver)', () => {
  const s3 = useS3rver();

  it('writeRecord replaces the record, list shows it as a record, remove deletes it with the backup', async () => {
    const s = await openStore(parseStore(mapSource(s3.inputs('recs')), root), quiet(), { ...process.env, ...s3.env });
    const site = 'rec-s3';
    const b = await backupSite({ store: s, site, dirs, now: hoursAgo(2), tmpRoot: tmp });
    const ref = { site, environment: 'production', id: b.id };
    await s.writeRecord!(ref, 'last-verify.json', '{"first":true}\n');
    await s.writeRecord!(ref, 'last-verify.json', '{"second":true}\n');
    const client = s3.client();
    const body = await (
      await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: `recs/${site}/production/${b.id}/last-verify.json` }))
    ).Body!.transformToString();
    expect(body).toBe('{"second":true}\n');
    // A file that is not ours stays whatever happens.
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `recs/${site}/production/${b.id}/notes.txt`, Body: 'mine' }));
    const [listed] = await s.list(site, 'production');
    expect(listed).toMatchObject({ complete: true, records: [{ name: 'last-verify.json', size: 16 }] });
    expect(listed!.objects.map((o) => o.name)).not.toContain('last-verify.json');
    const r = await s.remove([listed!]);
    expect(r).toEqual({ removed: [b.id], errors: [] });
    const keys = ((await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `recs/${site}/` }))).Contents ?? []).map(
      (o) => o.Key,
    );
    expect(keys).toEqual([`recs/${site}/production/${b.id}/notes.txt`]);
  });
});
