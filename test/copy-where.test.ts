import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyCommand } from '../src/commands/copy.js';
import { listCommand, type ListedBackup } from '../src/commands/list.js';
import { reportCommand } from '../src/commands/report.js';
import type { FleetReport } from '../src/fleet/report-data.js';
import { serializeManifest } from '../src/model/manifest.js';
import { LocalStore } from '../src/stores/local.js';
import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

// Where the copies are: `list --to` and the status page over a store and its copy.

const SITE = 'acme';
const IDS = ['20261120T050003Z-scheduled-r100', '20261121T050003Z-scheduled-r101', '20261122T050003Z-scheduled-r102'];
let root: string;
let primary: string;
let cold: string;

async function writeBackup(store: string, id: string): Promise<void> {
  const body = Buffer.from(`backup ${id}\n`);
  const w = await new LocalStore(store).createWriter({ site: SITE, environment: 'production', id });
  await w.put('data.tar', Readable.from([body]));
  const time = `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}T05:00:03.000Z`;
  await w.commit(
    serializeManifest({
      format: 1,
      id,
      site: SITE,
      environment: 'production',
      platform: 'command',
      trigger: 'scheduled',
      createdAt: time,
      finishedAt: time,
      tool: { name: 'site-backup-action', version: 'test' },
      source: {},
      components: [
        {
          name: 'data',
          object: 'data.tar',
          compression: 'none',
          encryption: 'none',
          bytes: body.length,
          sha256: createHash('sha256').update(body).digest('hex'),
          contentBytes: body.length,
          files: 1,
        },
      ],
    }),
  );
}

beforeAll(async () => {
  root = await tempDir('sba-copy-where-');
  primary = path.join(root, 'primary');
  cold = path.join(root, 'cold');
  for (const id of IDS) await writeBackup(primary, id);
  await copyCommand(testIo({ site: SITE, from: primary, to: cold, backup: IDS[0] }, {}, root));
});

async function report(): Promise<{ json: FleetReport; html: string }> {
  const out = path.join(root, `report-${Math.random().toString(16).slice(2)}`);
  await reportCommand(testIo({}, {}, root), { store: `${primary},${cold}`, out }, { now: () => new Date('2026-11-22T12:00:00Z') });
  return {
    json: JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as FleetReport,
    html: await readFile(path.join(out, 'index.html'), 'utf8'),
  };
}

describe('where the copies are', () => {
  it('list --to shows, per backup, which stores hold it', async () => {
    let text = '';
    const rows = (await listCommand(testIo({ store: primary, to: cold, site: SITE }, {}, root), {
      write: (s) => (text += s),
    })) as ListedBackup[];
    expect(rows.map((r) => [r.id, r.heldBy])).toEqual([
      [IDS[2], [primary]],
      [IDS[1], [primary]],
      [IDS[0], [primary, cold]],
    ]);
    expect(text.split('\n')[0]).toMatch(/HELD BY$/);
    expect(text).toContain(`${primary}, ${cold}`);
  });

  it('list --to without --site is refused, naming the flag to add', async () => {
    await expect(listCommand(testIo({ store: primary, to: cold }, {}, root), { write: () => {} })).rejects.toThrow(
      /Input `site`: is required with `to`/,
    );
  });

  it('the status page marks the copy that lags more than max-age as "copy stale", and which stores hold each backup', async () => {
    const { json, html } = await report();
    const [p, c] = [json.sites.find((s) => s.store === primary)!, json.sites.find((s) => s.store === cold)!];
    expect(p.copyStale).toBeUndefined();
    expect(c.copyStale).toEqual({ lead: primary, lagMs: 2 * 86_400_000 });
    expect(c.attention.join('\n')).toContain(
      `copy stale: the newest complete backup here is 2d0h older than the newest in ${primary} (max-age 26h0m)`,
    );
    expect(p.backups.map((b) => b.heldBy)).toEqual([[primary], [primary], [primary, cold]]);
    expect(html).toContain('>copy stale</span>');
    // The site bodies sit in a JSON script block, where `</` is written `<\/`.
    expect(html.replaceAll('<\\/', '</')).toContain(`Held by <code>${primary}</code>, <code>${cold}</code>.`);
  });

  it('once the copy catches up, it is no longer stale', async () => {
    await copyCommand(testIo({ site: SITE, from: primary, to: cold }, {}, root));
    const { json, html } = await report();
    expect(json.sites.every((s) => !s.copyStale && !s.attention.some((a) => a.startsWith('copy stale')))).toBe(true);
    expect(html).not.toContain('>copy stale</span>');
  });
});
