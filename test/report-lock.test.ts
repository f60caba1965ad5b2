import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseStore } from '../src/config/common.js';
import { mapSource } from '../src/config/source.js';
import { gatherFleetReport, type ReportSource, type SiteSettings } from '../src/fleet/report-data.js';
import { renderFleetPage } from '../src/fleet/report-html.js';
import type { Component } from '../src/model/manifest.js';
import { parsePolicy } from '../src/retention/policy.js';
import { openStore } from '../src/stores/index.js';
import { archivePlace } from '../src/formats/index.js';
import type { Store } from '../src/stores/store.js';
import { motoMissing, startMoto, type Moto } from './helpers/moto.js';
import { describeWithTools } from './helpers/requires.js';
import { backupSite, hoursAgo, makeSite, quiet } from './helpers/restore-fixtures.js';
import { startS3Proxy, type S3Proxy } from './helpers/s3-proxy.js';
import { tempDir } from './helpers/tmp.js';

// The fleet report's Object Lock figures (issue 18) against moto's real Object Lock: each
// backup's lock read from its manifest alone, and what the locks hold past `retention`. The
// backups carry times an hour or two ago and the report its own clock, so nothing depends on how
// long the machine takes; the one-day margin outlasts the test whatever the load.

let root: string;
let dirs: Record<Component, string>;
let moto: Moto;
let proxy: S3Proxy;

const settings: SiteSettings = {
  maxAgeMs: 86_400_000,
  scheduled: parsePolicy('last=1'),
  onDemand: parsePolicy('last=1', 'retention-on-demand'),
  timeZone: 'UTC',
};

async function s3Store(inputs: Record<string, string>): Promise<Store> {
  return openStore(parseStore(mapSource(inputs), root), quiet(), { ...process.env, ...moto.env });
}

const source = (label: string, store: Store): ReportSource => ({ label, open: async () => archivePlace(store), defaults: settings });

describeWithTools('fleet report: Object Lock (moto)', motoMissing(), () => {
  beforeAll(async () => {
    root = await tempDir('sba-report-lock-');
    dirs = await makeSite(path.join(root, 'site'));
    moto = await startMoto();
    await moto.bucket('report-locked', { objectLock: true });
    await moto.bucket('report-plain');
    proxy = await startS3Proxy(moto.endpoint);
  }, 60_000);
  afterAll(async () => {
    await proxy?.stop();
    await moto?.stop();
  });

  it('shows each backup’s lock, and the older backup and its bytes held past last=1; the page has the badge', async () => {
    const store = await s3Store({
      ...moto.inputs('report-locked', 'sites'),
      's3-object-lock': 'governance',
      's3-object-lock-margin': '1d',
      retention: 'last=1',
      'retention-on-demand': 'last=1',
    });
    const older = await backupSite({ store, site: 'locked', dirs, now: hoursAgo(2), tmpRoot: root });
    const newer = await backupSite({ store, site: 'locked', dirs, now: hoursAgo(1), tmpRoot: root });
    const now = new Date();
    const report = await gatherFleetReport([source('s3://report-locked/sites', store)], now);
    const site = report.sites.find((s) => s.site === 'locked')!;
    expect(site.attention).toEqual([]);
    const [b1, b0] = site.backups;
    expect([b1!.id, b0!.id]).toEqual([newer.id, older.id]);
    expect([b1!.keep, b0!.keep]).toEqual([true, false]);
    for (const b of [b1!, b0!]) {
      expect(b.lock?.mode).toBe('governance');
      // Until the backup's time plus the one-day margin at least, and so past the report's clock.
      expect(Date.parse(b.lock!.until)).toBeGreaterThanOrEqual(b.time + 86_400_000);
      expect(Date.parse(b.lock!.until)).toBeGreaterThan(now.getTime());
    }
    expect(b0!.stored).toBeGreaterThan(0);
    expect(site.heldByLock).toEqual({ backups: 1, bytes: b0!.stored });
    // report.json is this object as JSON: the fields travel as they are.
    expect(JSON.parse(JSON.stringify(report)).sites[0].backups[1].lock).toEqual(b0!.lock);

    const html = renderFleetPage(report);
    expect(html).toContain(`governance until ${b0!.lock!.until.slice(0, 10)}`);
    expect(html).toContain(`1 backup (`);
    expect(html).toContain(`) held by Object Lock past the retention policy.`);

    // A clock past the locks: nothing is held any more, though the locks are still shown.
    const later = await gatherFleetReport([source('s3://report-locked/sites', store)], new Date(now.getTime() + 3 * 86_400_000));
    const lateSite = later.sites.find((s) => s.site === 'locked')!;
    expect(lateSite.backups[1]!.lock?.mode).toBe('governance');
    expect(lateSite.heldByLock).toBeUndefined();
    expect(renderFleetPage(later)).not.toContain('held by Object Lock');
  }, 60_000);

  it('an unlocked store gets no lock fields, for one HeadObject per site', async () => {
    const store = await s3Store({ ...moto.inputs('report-plain', 'sites'), 's3-endpoint': proxy.endpoint });
    for (const site of ['plain-a', 'plain-b'])
      for (const h of [2, 1]) await backupSite({ store, site, dirs, now: hoursAgo(h), tmpRoot: root });
    const before = proxy.requests.length;
    const report = await gatherFleetReport([source('s3://report-plain/sites', store)]);
    const heads = proxy.requests.slice(before).filter((r) => r.op === 'HeadObject');
    expect(report.sites.map((s) => s.site)).toEqual(['plain-a', 'plain-b']);
    for (const s of report.sites) {
      expect(s.attention).toEqual([]);
      expect(s.heldByLock).toBeUndefined();
      expect(s.backups).toHaveLength(2);
      for (const b of s.backups) expect(b.lock).toBeUndefined();
    }
    expect(heads.map((r) => path.posix.basename(r.path)).sort()).toEqual(['manifest.json', 'manifest.json']);
    expect(renderFleetPage(report)).not.toMatch(/governance until|compliance until|held by Object Lock/);
  }, 60_000);

  it('a lock that cannot be read is a line to look at, not a failed report', async () => {
    const store = await s3Store({
      ...moto.inputs('report-locked', 'refused'),
      's3-endpoint': proxy.endpoint,
      's3-object-lock': 'governance',
      's3-object-lock-margin': '1d',
    });
    const b = await backupSite({ store, site: 'refused', dirs, now: hoursAgo(1), tmpRoot: root });
    proxy.refuse((r) => (r.op === 'HeadObject' ? { status: 403, code: 'AccessDenied' } : undefined));
    try {
      const report = await gatherFleetReport([source('s3://report-locked/refused', store)]);
      const site = report.sites[0]!;
      expect(site.status).toBe('fresh');
      expect(site.backups[0]!.lock).toBeUndefined();
      expect(site.attention).toHaveLength(1);
      expect(site.attention[0]).toMatch(new RegExp(`^lock of ${b.id} cannot be read: .*`));
    } finally {
      proxy.refuse(() => undefined);
    }
  }, 60_000);
});

it('a lock mode from a hostile store is escaped on the page', () => {
  const now = Date.parse('2026-12-01T00:00:00Z');
  const backup = (id: string, keep: boolean) => ({
    id,
    time: Date.parse('2026-11-30T00:00:00Z'),
    trigger: 'scheduled',
    complete: true,
    stored: 2048,
    class: 'scheduled' as const,
    keep,
    reasons: keep ? ['last 1'] : [],
    lock: { mode: '<img src=x onerror=alert(1)>', until: '2027-01-03T00:00:00.000Z' },
  });
  const site = {
    site: 'hostile',
    environment: 'production',
    store: 's3://b',
    status: 'fresh' as const,
    attention: [],
    maxAgeMs: 86_400_000,
    components: [],
    encrypted: false,
    backups: [backup('20261130T000000Z-scheduled-b', true), backup('20261129T000000Z-scheduled-a', false)],
    policy: { scheduled: 'last=1', onDemand: 'last=1', timeZone: 'UTC' },
    heldByLock: { backups: 1, bytes: 2048 },
  };
  const html = renderFleetPage({
    generatedAt: now,
    sites: [site],
    counts: { fresh: 1, due: 0, stale: 0, missing: 0, error: 0 },
    attention: 0,
    manifestsRead: 2,
    durationMs: 1,
  });
  expect(html).not.toContain('<img src=x');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; until 2027-01-03');
  expect(html).toContain('1 backup (2.0 KiB) held by Object Lock past the retention policy.');
});
