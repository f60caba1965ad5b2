import { readFile, writeFile } from 'node:fs/promises';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseBackupConfig } from '../src/config/backup.js';
import { parseStore, type StoreSpec } from '../src/config/common.js';
import { mapSource } from '../src/config/source.js';
import { runBackup } from '../src/core/backup.js';
import { parseManifest } from '../src/model/manifest.js';
import { openPlatform } from '../src/platforms/index.js';
import type { Reporter } from '../src/report/reporter.js';
import { LocalStore } from '../src/stores/local.js';
import { archivePlace } from '../src/formats/index.js';
import { S3Store } from '../src/stores/s3.js';
import { BackupExistsError, type BackupRef } from '../src/stores/store.js';
import { useS3rver } from './helpers/s3rver.js';
import { tempDir } from './helpers/tmp.js';

// Every backup is written once: ids are unique per step, and no writer replaces a stored backup.

const log: Reporter = { info: () => {}, warn: () => {}, error: () => {}, setSecret: () => {} };
const ENV = { GITHUB_RUN_ID: '8812345', GITHUB_EVENT_NAME: 'schedule', PATH: process.env.PATH, HOME: process.env.HOME };

describe('backup ids', () => {
  it('two backup steps of one run in the same second get their own folders and manifests', async () => {
    const root = await tempDir('sba-ids-');
    const store = new LocalStore(path.join(root, 'store'));
    const second = new Date('2026-11-21T05:00:03.000Z');
    const step = async (component: 'code' | 'data') => {
      const inputs = mapSource({
        site: 'acme',
        store: path.join(root, 'store'),
        [`${component}-command`]: `echo ${component} > "$BACKUP_OUT/${component}.txt"`,
      });
      const cfg = parseBackupConfig(inputs, ENV, root);
      const platform = await openPlatform(
        'command',
        { site: 'acme', environment: 'production', inputs, env: ENV, log, purpose: 'backup' },
        os.tmpdir(),
      );
      try {
        return await runBackup(cfg, { place: archivePlace(store), platform, log, env: ENV, now: () => second, tmpRoot: os.tmpdir() });
      } finally {
        await platform.close();
      }
    };
    // A code step followed by a data step, both in the same second of run 8812345.
    const code = await step('code');
    const data = await step('data');
    expect(code.id).not.toBe(data.id);
    for (const [r, c] of [
      [code, 'code'],
      [data, 'data'],
    ] as const) {
      expect(r.id).toMatch(/^20261121T050003Z-scheduled-r8812345s[0-9a-f]{6}$/);
      const m = parseManifest(await readFile(path.join(root, 'store/acme/production', r.id, 'manifest.json'), 'utf8'));
      expect(m.components.map((x) => x.name)).toEqual([c]);
    }
  });
});

describe('the local store writes a backup once', () => {
  const ref: BackupRef = { site: 'acme', environment: 'production', id: '20261121T050003Z-manual-lclash1' };

  it('a second writer with the same id fails before writing, and the first backup stays whole', async () => {
    const store = new LocalStore(await tempDir('sba-ids-'));
    const first = await store.createWriter(ref);
    await first.put('data.tar', Readable.from([Buffer.from('first')]));
    await first.commit('{"first":true}\n');
    await expect(store.createWriter(ref)).rejects.toThrow(BackupExistsError);
    const [b] = await store.list('acme', 'production');
    expect(b!.complete).toBe(true);
    expect(await readFile(path.join(store.root, 'acme/production', ref.id, 'manifest.json'), 'utf8')).toBe('{"first":true}\n');
    expect(await readFile(path.join(store.root, 'acme/production', ref.id, 'data.tar'), 'utf8')).toBe('first');
  });

  it('commit never replaces a manifest that appeared meanwhile', async () => {
    const store = new LocalStore(await tempDir('sba-ids-'));
    const w = await store.createWriter(ref);
    const manifest = path.join(store.root, 'acme/production', ref.id, 'manifest.json');
    await writeFile(manifest, 'another writer\n');
    await expect(w.commit('{"mine":true}\n')).rejects.toThrow(/a backup already exists at file:.*manifest\.json; refusing to replace it/);
    expect(await readFile(manifest, 'utf8')).toBe('another writer\n');
  });
});

describe('the S3 store writes a backup once, even where If-None-Match is ignored (s3rver)', () => {
  const s3 = useS3rver();
  const store = () => new S3Store(parseStore(mapSource(s3.inputs('once'))) as Extract<StoreSpec, { kind: 's3' }>, log, s3.env);
  const ref: BackupRef = { site: 'acme', environment: 'production', id: '20261121T050003Z-manual-lclash2' };
  const get = async (name: string) => {
    const r = await s3.client().send(new GetObjectCommand({ Bucket: s3.bucket, Key: `once/acme/production/${ref.id}/${name}` }));
    return r.Body!.transformToString();
  };

  it('refuses a second writer for a stored backup before it uploads a byte', async () => {
    const first = await store().createWriter(ref);
    await first.put('data.tar', Readable.from([Buffer.from('first')]));
    await first.commit('{"first":true}\n');
    await expect(store().createWriter(ref)).rejects.toThrow(BackupExistsError);
    expect(await get('data.tar')).toBe('first');
    expect(await get('manifest.json')).toBe('{"first":true}\n');
  });

  it('a manifest that appeared after the writer started is neither replaced nor deleted by abort()', async () => {
    const ref2 = { ...ref, id: '20261121T050003Z-manual-lclash3' };
    const mine = await store().createWriter(ref2);
    const theirs = await store().createWriter(ref2);
    await theirs.commit('{"theirs":true}\n');
    await expect(mine.commit('{"mine":true}\n')).rejects.toThrow(BackupExistsError);
    await mine.abort();
    const r = await s3.client().send(new GetObjectCommand({ Bucket: s3.bucket, Key: `once/acme/production/${ref2.id}/manifest.json` }));
    expect(await r.Body!.transformToString()).toBe('{"theirs":true}\n');
  });
});
