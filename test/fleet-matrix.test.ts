import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildMatrix,
  checkMaxJobs,
  GITHUB_MATRIX_LIMIT,
  selectTargets,
  shardTargets,
  type ShardEntry,
  type SiteEntry,
} from '../src/fleet/matrix.js';
import { parseSitesFile, type FleetTarget } from '../src/fleet/sites-file.js';

const PLATFORMS = ['platformsh', 'upsun', 'divio', 'siteglide', 'command'];

/** A sites file of n sites, as an agency would write it (every 5th site has a staging too). */
function fleetYaml(n: number, { staging = false } = {}): string {
  const out = ['defaults:', '  store: s3://agency-backups/sites', 'sites:'];
  for (let i = 0; i < n; i++) {
    out.push(`  - site: client-${String(i).padStart(4, '0')}`, `    platform: ${PLATFORMS[i % PLATFORMS.length]}`);
    if (staging && i % 5 === 0) out.push('    environments: [production, staging]');
    out.push('    secrets:', `      TOKEN: CLIENT_${String(i).padStart(4, '0')}_TOKEN`);
  }
  return out.join('\n') + '\n';
}

const targetsOf = (n: number) => parseSitesFile(fleetYaml(n));

/** Every site id the matrix covers, as the jobs will back them up. */
function covered(include: (SiteEntry | ShardEntry)[]): string[] {
  return include.flatMap((e) => ('sites' in e ? e.sites.split(',') : [e.id]));
}

describe('matrix: one job per site up to the limit', () => {
  it('1 site: one job with everything the steps need, secrets by name only', () => {
    const m = buildMatrix(targetsOf(1));
    expect(m).toMatchObject({ sharded: false, jobs: 1, targets: 1 });
    expect(m.matrix.include).toEqual([
      {
        id: 'client-0000/production',
        site: 'client-0000',
        environment: 'production',
        platform: 'platformsh',
        store: 's3://agency-backups/sites',
        inputs: {},
        secrets: { TOKEN: 'CLIENT_0000_TOKEN' },
      },
    ]);
  });

  it('256 sites: 256 jobs, not sharded, in file order', () => {
    const t = targetsOf(256);
    const m = buildMatrix(t);
    expect(m).toMatchObject({ sharded: false, jobs: 256, targets: 256 });
    expect(m.matrix.include.map((e) => e.id)).toEqual(t.map((x) => x.id));
    // What fromJSON receives: a plain object with `include` only (any other key would become a dimension).
    expect(Object.keys(JSON.parse(JSON.stringify(m.matrix)))).toEqual(['include']);
  });

  it('257 sites: 256 jobs, one of them with two sites', () => {
    const m = buildMatrix(targetsOf(257));
    expect(m).toMatchObject({ sharded: true, jobs: 256, targets: 257 });
    const sizes = (m.matrix.include as ShardEntry[]).map((e) => e.count);
    expect(sizes.filter((s) => s === 2)).toHaveLength(1);
    expect(sizes.filter((s) => s === 1)).toHaveLength(255);
  });
});

describe('matrix: sharding above the limit', () => {
  it('1,000 sites: at most 256 jobs, every site exactly once, balanced, deterministic', () => {
    const yaml = fleetYaml(1000);
    const t0 = performance.now();
    const targets = parseSitesFile(yaml);
    const t1 = performance.now();
    const m = buildMatrix(targets);
    const t2 = performance.now();
    const json = JSON.stringify(m.matrix);
    const t3 = performance.now();
    // Reported, not asserted: timing on a shared machine says nothing about correctness.
    console.log(
      `1,000-site fleet: parse ${(t1 - t0).toFixed(1)} ms, build ${(t2 - t1).toFixed(2)} ms, JSON ${(t3 - t2).toFixed(2)} ms, ${json.length} bytes, ${m.jobs} jobs`,
    );

    expect(m).toMatchObject({ sharded: true, jobs: 256, targets: 1000 });
    const include = m.matrix.include as ShardEntry[];
    expect(include.length).toBeLessThanOrEqual(GITHUB_MATRIX_LIMIT);
    const ids = covered(include);
    expect(ids).toHaveLength(1000);
    expect(new Set(ids)).toEqual(new Set(targets.map((t) => t.id)));
    const sizes = include.map((e) => e.count);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(sizes.filter((s) => s === 4)).toHaveLength(1000 - 3 * 256); // 232 jobs of 4, 24 of 3
    expect(include.every((e, i) => e.shard === i + 1 && e.shards === 256 && e.count === e.sites.split(',').length)).toBe(true);
    expect(include[0]).toEqual({
      id: 'shard-001-of-256',
      shard: 1,
      shards: 256,
      count: 4,
      sites: 'client-0000/production,client-0256/production,client-0512/production,client-0768/production',
    });
    expect(include[255]!.id).toBe('shard-256-of-256');
    // The first 256 sites of the file each lead a shard, so they start in the first wave.
    expect(include.map((e) => e.sites.split(',')[0])).toEqual(targets.slice(0, 256).map((t) => t.id));
    // Deterministic: the same file always gives the same matrix.
    expect(JSON.stringify(buildMatrix(parseSitesFile(yaml)).matrix)).toBe(json);
    // Shards carry ids only, so the output stays small (job outputs are capped at 1 MB).
    expect(json.length).toBeLessThan(64 * 1024);
    expect(json).not.toMatch(/TOKEN/);
  });

  it('sites with several environments shard per site and environment', () => {
    const targets = parseSitesFile(fleetYaml(300, { staging: true }));
    expect(targets).toHaveLength(360);
    const m = buildMatrix(targets, 100);
    expect(m).toMatchObject({ sharded: true, jobs: 100, targets: 360 });
    expect(covered(m.matrix.include).sort()).toEqual(targets.map((t) => t.id).sort());
  });

  it('max-jobs below the limit, for workflows that keep room for other jobs', () => {
    const m = buildMatrix(targetsOf(10), 3);
    expect((m.matrix.include as ShardEntry[]).map((e) => e.sites)).toEqual([
      'client-0000/production,client-0003/production,client-0006/production,client-0009/production',
      'client-0001/production,client-0004/production,client-0007/production',
      'client-0002/production,client-0005/production,client-0008/production',
    ]);
  });

  it('property: for any fleet size and max-jobs, jobs = min(n, max), each site once, sizes within one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 256 }), (n, max) => {
        const ids = Array.from({ length: n }, (_, i) => `s${i}/production`);
        const shards = shardTargets(ids, max);
        const sizes = shards.map((s) => s.length);
        return (
          shards.length === Math.min(n, max) &&
          Math.max(...sizes) - Math.min(...sizes) <= 1 &&
          new Set(shards.flat()).size === n &&
          shards.flat().length === n
        );
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a max-jobs GitHub would not run, and an empty fleet', () => {
    for (const bad of [0, 257, 1.5, Number.NaN]) expect(() => checkMaxJobs(bad)).toThrow(/from 1 to 256/);
    expect(checkMaxJobs(256)).toBe(256);
    expect(() => buildMatrix([] as FleetTarget[])).toThrow(/no sites/);
  });
});

describe('selectTargets: what a sharded job backs up', () => {
  const targets = targetsOf(5);
  it('picks the ids of its entry, in order, once each', () => {
    expect(selectTargets(targets, 'client-0003/production,client-0001/production, client-0003/production').map((t) => t.id)).toEqual([
      'client-0003/production',
      'client-0001/production',
    ]);
  });
  it('refuses ids the sites file does not have', () => {
    expect(() => selectTargets(targets, 'client-0001/production,nope/production')).toThrow(/not in the sites file: nope\/production/);
    expect(() => selectTargets(targets, ' , ')).toThrow(/names no sites/);
  });
});
