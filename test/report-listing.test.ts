import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../src/commands/report.js';
import type { FleetReport } from '../src/fleet/report-data.js';
import { MANIFEST_NAME } from '../src/model/manifest.js';
import { LocalStore } from '../src/stores/local.js';
import type { StoredBackup } from '../src/stores/store.js';
import { fabricateFleet } from './helpers/fleet-fixture.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

// The report's cheap path through a local store: listAll({ sizes: 'incomplete' }) stats no object
// of a complete backup (its manifest has the sizes), and readSmall reads a manifest or record in
// one call. Both must tell the report exactly what the full listing and read() would.

const NOW = new Date('2026-11-30T12:00:00Z');
let root: string;
let storeRoot: string;
let store: LocalStore;

const stored = (b: StoredBackup) => b.objects.filter((o) => o.name !== MANIFEST_NAME).reduce((n, o) => n + o.size, 0);

beforeAll(async () => {
  root = await tempDir('sba-report-listing-');
  storeRoot = path.join(root, 'store');
  store = new LocalStore(storeRoot);
  await fabricateFleet(storeRoot, 12, NOW, 3);
  // Debris beside the fleet's backups: a folder with only a half-written object, an empty one.
  const env = path.join(storeRoot, 'site-007', 'production');
  await mkdir(path.join(env, '20261129T010000Z-scheduled-partial1'), { recursive: true });
  await writeFile(path.join(env, '20261129T010000Z-scheduled-partial1', '.data.tar.zst.partial'), 'x');
  await mkdir(path.join(env, '20261129T020000Z-scheduled-empty1'));
});

describe('the report listing of a local store', () => {
  it('lists what listAll() lists; only complete backups come unsized, everything else exactly as before', async () => {
    const full = await store.listAll();
    const cheap = await store.listAll({ sizes: 'incomplete' });
    expect(cheap.map((b) => `${b.site}/${b.environment}/${b.id}`)).toEqual(full.map((b) => `${b.site}/${b.environment}/${b.id}`));
    expect(cheap.some((b) => !b.complete)).toBe(true);
    for (const [i, b] of cheap.entries()) {
      const f = full[i]!;
      if (!f.complete) {
        expect(b).toEqual(f);
        continue;
      }
      expect(b.unsized).toBe(true);
      expect(b.complete).toBe(true);
      expect(b.objects.map((o) => o.name).sort()).toEqual(f.objects.map((o) => o.name).sort());
      expect((b.records ?? []).map((r) => r.name)).toEqual((f.records ?? []).map((r) => r.name));
      expect(b.objects.every((o) => o.size === 0)).toBe(true);
    }
    expect(full.some((b) => b.unsized)).toBe(false);
  });

  it('readSmall reads an object whole, says undefined past the limit, and throws for a missing one', async () => {
    const [b] = await store.listAll();
    const file = path.join(storeRoot, b!.site, b!.environment, b!.id, MANIFEST_NAME);
    const text = await readFile(file);
    expect(await store.readSmall(b!, MANIFEST_NAME, 1 << 20)).toEqual(text);
    expect(await store.readSmall(b!, MANIFEST_NAME, text.length)).toEqual(text);
    expect(await store.readSmall(b!, MANIFEST_NAME, text.length - 1)).toBeUndefined();
    // Larger than the first buffer: read on in more calls.
    const big = Buffer.alloc(50_000, 'a');
    await writeFile(path.join(storeRoot, b!.site, b!.environment, b!.id, 'last-drill.json'), big);
    expect(await store.readSmall(b!, 'last-drill.json', 1 << 20)).toEqual(big);
    expect(await store.readSmall(b!, 'last-drill.json', 20_000)).toBeUndefined();
    await expect(store.readSmall({ ...b!, id: '20200101T000000Z-manual-nothing' }, MANIFEST_NAME, 1000)).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('the report shows the stored bytes the full listing has, also for a backup whose manifest does not read', async () => {
    const full = new Map((await store.listAll()).map((b) => [`${b.site}/${b.id}`, b]));
    // A damaged manifest: its sizes can only come from the objects themselves.
    const victim = [...full.values()].find((b) => b.site === 'site-010' && b.complete)!;
    await writeFile(path.join(storeRoot, victim.site, victim.environment, victim.id, MANIFEST_NAME), '{ not json');
    await reportCommand(testIo({}, {}, root), { store: storeRoot, out: path.join(root, 'page') }, { now: () => NOW });
    const r = JSON.parse(await readFile(path.join(root, 'page', 'report.json'), 'utf8')) as FleetReport;
    let n = 0;
    for (const s of r.sites) {
      for (const b of s.backups) {
        expect(b.stored, `${s.site}/${b.id}`).toBe(stored(full.get(`${s.site}/${b.id}`)!));
        n++;
      }
    }
    expect(n).toBeGreaterThan(50);
    expect(r.sites.find((s) => s.site === 'site-010')!.attention.join('\n')).toContain(`manifest of ${victim.id} unreadable`);
  });
});
