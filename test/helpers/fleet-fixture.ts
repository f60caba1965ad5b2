import { mkdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeBackupId, type Trigger } from '../../src/model/backup-id.js';
import { serializeCheckRecord, type CheckRecord } from '../../src/model/check-record.js';
import { objectName, serializeManifest, type Component, type Manifest } from '../../src/model/manifest.js';

// A fabricated fleet in a local store folder, laid out exactly as the backup pipeline writes it
// (format 1 manifests, objects whose sizes match them, check records as verify writes them).
// Objects are sparse files of the right size: the report reads listings and manifests only, so
// their bytes never matter, and 1,000 sites cost no disk space.

export type Case = 'fresh' | 'due' | 'stale' | 'incomplete' | 'failed-verify' | 'encrypted' | 'empty';

export interface FleetSite {
  site: string;
  environment: string;
  kind: Case;
}

const HOUR = 3_600_000;
const COMPONENTS: Component[] = ['code', 'assets', 'data'];

/** The case of site number i: every case appears, fresh most often, as in a real fleet. */
export function caseOf(i: number): Case {
  const cases: Case[] = ['stale', 'incomplete', 'failed-verify', 'encrypted', 'due', 'empty'];
  return i < cases.length ? cases[i]! : i % 10 === 7 ? 'encrypted' : 'fresh';
}

function manifest(
  site: string,
  environment: string,
  id: string,
  time: Date,
  trigger: Trigger,
  encrypted: boolean,
  growth: number,
): Manifest {
  return {
    format: 1,
    id,
    site,
    environment,
    platform: ['platformsh', 'siteglide', 'divio', 'ssh'][site.length % 4]!,
    trigger,
    createdAt: time.toISOString(),
    finishedAt: new Date(time.getTime() + 90_000).toISOString(),
    tool: { name: 'site-backup-action', version: '0.1.0' },
    source: {},
    components: COMPONENTS.map((c, k) => {
      const content = Math.round((k + 1) * 40_000_000 * growth);
      return {
        name: c,
        object: objectName(c, 'zstd', encrypted),
        compression: 'zstd' as const,
        encryption: encrypted ? ('age' as const) : ('none' as const),
        bytes: Math.round(content / (c === 'assets' ? 1.1 : 4)),
        sha256: 'ab'.repeat(32),
        contentBytes: content,
        files: c === 'data' ? 1 : 1200 * (k + 1),
      };
    }),
  };
}

async function writeBackup(root: string, m: Manifest, complete: boolean): Promise<void> {
  const dir = path.join(root, m.site, m.environment, m.id);
  await mkdir(dir, { recursive: true });
  for (const c of m.components) {
    const f = path.join(dir, c.object);
    await writeFile(f, '');
    await truncate(f, c.bytes);
  }
  if (complete) await writeFile(path.join(dir, 'manifest.json'), serializeManifest(m));
}

async function writeRecord(root: string, m: Manifest, kind: 'verify' | 'drill', ok: boolean, at: Date): Promise<void> {
  const r: CheckRecord = {
    format: 1,
    kind,
    site: m.site,
    environment: m.environment,
    backup: m.id,
    at: at.toISOString(),
    ok,
    summary:
      kind === 'verify'
        ? ok
          ? '3 objects, sha256 ok, 3 archives listed'
          : '1 damaged'
        : ok
          ? '14 tables, 3400 rows into mariadb, check passed'
          : 'not loaded',
    problems: ok
      ? []
      : [
          kind === 'verify'
            ? `data.tar.zst: sha256 is ${'cd'.repeat(32)}, the manifest says ${'ab'.repeat(32)}`
            : 'loading dump.sql failed',
        ],
    tool: { name: 'site-backup-action', version: '0.1.0' },
  };
  await writeFile(path.join(root, m.site, m.environment, m.id, `last-${kind}.json`), serializeCheckRecord(r));
}

/**
 * `count` sites (site-000…), one environment each, `nightly` scheduled backups a day apart plus
 * two manual ones, ending `ageH` hours before `now` depending on the case.
 */
export async function fabricateFleet(root: string, count: number, now: Date, nightly = 20): Promise<FleetSite[]> {
  const sites: FleetSite[] = [];
  let next = 0;
  const make = async (i: number) => {
    const kind = caseOf(i);
    const site = `site-${String(i).padStart(3, '0')}`;
    const environment = i % 5 === 4 ? 'staging' : 'production';
    sites[i] = { site, environment, kind };
    if (kind === 'empty') {
      await mkdir(path.join(root, site, environment), { recursive: true });
      return;
    }
    // Newest complete backup: 3 h old (fresh), 22 h (due against 26 h), 4 days (stale).
    const ageH = kind === 'stale' ? 96 : kind === 'due' ? 22 : 3;
    const encrypted = kind === 'encrypted';
    const newest = now.getTime() - ageH * HOUR;
    let last: Manifest | undefined;
    for (let d = nightly - 1; d >= 0; d--) {
      const t = new Date(Math.floor((newest - d * 24 * HOUR) / 1000) * 1000);
      const m = manifest(
        site,
        environment,
        makeBackupId(t, 'scheduled', `r${1000 + d}s${String(i).padStart(6, '0')}`),
        t,
        'scheduled',
        encrypted,
        1 + (nightly - d) * 0.01 + (i % 7) * 0.3,
      );
      await writeBackup(root, m, true);
      last = m;
    }
    for (const back of [30, 200]) {
      const t = new Date(Math.floor((newest - back * HOUR) / 1000) * 1000);
      await writeBackup(
        root,
        manifest(site, environment, makeBackupId(t, 'manual', `m${back}s${String(i).padStart(6, '0')}`), t, 'manual', encrypted, 1),
        true,
      );
    }
    if (kind === 'incomplete') {
      // A backup that died 30 hours ago: objects, no manifest.
      const t = new Date(Math.floor((now.getTime() - 30 * HOUR) / 1000) * 1000);
      await writeBackup(root, manifest(site, environment, makeBackupId(t, 'scheduled', `dead${i}`), t, 'scheduled', false, 1), false);
    }
    await writeRecord(root, last!, 'verify', kind !== 'failed-verify', new Date(newest + HOUR));
    if (i % 3 === 0) await writeRecord(root, last!, 'drill', true, new Date(newest + 2 * HOUR));
  };
  const worker = async () => {
    while (next < count) await make(next++);
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return sites;
}
