import { existsSync } from 'node:fs';
import { mkdir, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { pruneCommand } from '../src/commands/prune.js';
import type { PruneSettings } from '../src/config/prune.js';
import { PruneError, runPrune } from '../src/core/prune.js';
import { makeBackupId, type Trigger } from '../src/model/backup-id.js';
import type { RetentionPolicy } from '../src/retention/policy.js';
import { archivePlace } from '../src/formats/index.js';
import { LocalStore } from '../src/stores/local.js';
import type { Store, StoredBackup } from '../src/stores/store.js';
import { testIo } from './helpers/io.js';
import { startS3rver } from './helpers/s3rver.js';
import { tempDir } from './helpers/tmp.js';

// Prune end to end against the local store (a real folder), through the prune command where
// the inputs matter, and through runPrune where a test needs a policy the parser would refuse.

const NOW = new Date('2026-03-01T12:00:00Z');
const now = () => NOW;
const H = 3_600_000;

interface Seed {
  time: string;
  trigger?: Trigger;
  complete?: boolean;
  /** Files that are not ours, put beside the backup's objects. */
  foreign?: string[];
  /** When the files were last written (default: the backup's time). */
  mtime?: string;
}

function idOf(s: Seed): string {
  return makeBackupId(new Date(s.time), s.trigger ?? 'scheduled', 'r1');
}

async function seed(root: string, seeds: Seed[], site = 'acme', env = 'production'): Promise<string[]> {
  const ids: string[] = [];
  for (const s of seeds) {
    const id = idOf(s);
    const dir = path.join(root, site, env, id);
    await mkdir(dir, { recursive: true });
    const files = ['data.tar.zst', ...(s.complete === false ? [] : ['manifest.json']), ...(s.foreign ?? [])];
    const t = new Date(s.mtime ?? s.time);
    for (const f of files) {
      await writeFile(path.join(dir, f), f === 'manifest.json' ? '{}' : 'x');
      await utimes(path.join(dir, f), t, t);
    }
    ids.push(id);
  }
  return ids;
}

function days(from: string, to: string, at = '03:00:00'): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T${at}Z`); t <= Date.parse(`${to}T${at}Z`); t += 24 * H) out.push(new Date(t).toISOString());
  return out;
}

/** A site with 60 nightly backups, three on-demand ones, two incomplete ones and foreign files. */
async function typicalStore(): Promise<{
  root: string;
  scheduled: string[];
  onDemand: string[];
  oldIncomplete: string;
  youngIncomplete: string;
}> {
  const root = await tempDir('sba-prune-');
  const scheduled = await seed(
    root,
    days('2026-01-01', '2026-03-01').map((time, i) => ({ time, ...(i === 0 ? { foreign: ['notes.txt'] } : {}) })),
  );
  const onDemand = await seed(root, [
    { time: '2026-02-10T09:00:00Z', trigger: 'manual' },
    { time: '2026-02-20T09:00:00Z', trigger: 'pre-merge' },
    { time: '2026-02-25T09:00:00Z', trigger: 'manual' },
  ]);
  const [oldIncomplete] = await seed(root, [{ time: '2026-02-27T05:00:00Z', complete: false }]);
  const [youngIncomplete] = await seed(root, [{ time: '2026-03-01T11:00:00Z', complete: false }]);
  // Not ours: a folder that is no backup id (holding a manifest even), a file beside the
  // backups, and other environments and sites that the same policy would thin out.
  await mkdir(path.join(root, 'acme/production/not-a-backup'), { recursive: true });
  await writeFile(path.join(root, 'acme/production/not-a-backup/manifest.json'), '{}');
  await writeFile(path.join(root, 'acme/production/README.txt'), 'hands off');
  await seed(
    root,
    days('2026-01-01', '2026-01-20').map((time) => ({ time })),
    'acme',
    'staging',
  );
  await seed(
    root,
    days('2026-01-01', '2026-01-20').map((time) => ({ time })),
    'other',
    'production',
  );
  return { root, scheduled, onDemand, oldIncomplete: oldIncomplete!, youngIncomplete: youngIncomplete! };
}

const inputs = (root: string, extra: Record<string, string> = {}) => ({
  site: 'acme',
  store: root,
  retention: 'daily=7',
  'retention-on-demand': 'last=2',
  ...extra,
});

describe('prune on a local store', () => {
  it('applies each policy to its trigger class, sweeps old incomplete backups, and deletes only our keys', async () => {
    const s = await typicalStore();
    const io = testIo(inputs(s.root));
    const result = await pruneCommand(io, { now });

    const keptScheduled = s.scheduled.slice(-7);
    const expected = [...keptScheduled, s.onDemand[1]!, s.onDemand[2]!, s.youngIncomplete].sort();
    const left = (await readdir(path.join(s.root, 'acme/production'))).sort();
    // The removed backup that held a foreign file keeps its folder and that file, and nothing else.
    expect(left).toEqual([...expected, s.scheduled[0]!, 'README.txt', 'not-a-backup'].sort());
    expect(await readdir(path.join(s.root, 'acme/production', s.scheduled[0]!))).toEqual(['notes.txt']);
    expect(existsSync(path.join(s.root, 'acme/production/not-a-backup/manifest.json'))).toBe(true);
    expect(await readdir(path.join(s.root, 'acme/staging'))).toHaveLength(20);
    expect(await readdir(path.join(s.root, 'other/production'))).toHaveLength(20);

    expect(io.outputs).toEqual({ kept: '10', removed: String(60 - 7 + 1 + 1) });
    expect(result.kept).toBe(10);
    const row = (id: string) => result.plan.rows.find((r) => r.backup.id === id)!;
    expect(row(s.scheduled[59]!).reasons).toEqual(['daily 2026-03-01']);
    expect(row(s.onDemand[2]!).reasons).toEqual(['last']);
    expect(row(s.onDemand[0]!)).toMatchObject({ outcome: 'removed', reasons: ['not kept by on-demand policy last=2'] });
    expect(row(s.oldIncomplete)).toMatchObject({ outcome: 'removed', class: 'incomplete' });
    expect(row(s.youngIncomplete)).toMatchObject({ outcome: 'kept', class: 'incomplete' });
    expect(row(s.youngIncomplete).reasons[0]).toMatch(/may still be uploading, swept after 24h/);

    const summary = io.summaries.join('\n');
    expect(summary).toContain('## Prune acme/production');
    expect(summary).toContain('| id | time (UTC) | trigger | kept/removed | reason |');
    expect(summary).toContain(`| \`${s.scheduled[59]}\` | 2026-03-01 03:00:00Z | scheduled | kept | daily 2026-03-01 |`);
    expect(summary).toContain(`| \`${s.onDemand[0]}\` | 2026-02-10 09:00:00Z | manual | removed | not kept by on-demand policy last=2 |`);
    expect(summary).toContain(
      `| \`${s.oldIncomplete}\` | 2026-02-27 05:00:00Z | scheduled (incomplete) | removed | incomplete (no manifest), last written 2d7h ago |`,
    );

    // Pruning again changes nothing.
    const again = testIo(inputs(s.root));
    await pruneCommand(again, { now });
    expect(again.outputs).toEqual({ kept: '10', removed: '0' });
  });

  it('dry-run prints the whole plan and deletes nothing', async () => {
    const s = await typicalStore();
    const before = (await readdir(path.join(s.root, 'acme/production'))).sort();
    const lines: string[] = [];
    const io = testIo(inputs(s.root, { 'dry-run': 'true' }));
    const result = await pruneCommand(io, { now, write: (l) => lines.push(l) });
    expect((await readdir(path.join(s.root, 'acme/production'))).sort()).toEqual(before);
    expect(lines).toHaveLength(60 + 3 + 2);
    expect(lines.filter((l) => l.startsWith('KEPT'))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('WOULD REMOVE'))).toHaveLength(55);
    expect(lines.find((l) => l.includes(s.scheduled[59]!))).toMatch(/^KEPT\s+\S+\s+2026-03-01 03:00:00Z\s+daily 2026-03-01$/);
    expect(io.outputs).toEqual({ kept: '10', removed: '55' });
    expect(result.dryRun).toBe(true);
    expect(io.summaries[0]).toContain('(dry run: nothing deleted)');
    expect(io.summaries[0]).toContain('| would remove |');
  });

  it('never deletes the newest complete backup, even when a policy would drop it', async () => {
    const root = await tempDir('sba-prune-');
    const ids = await seed(
      root,
      days('2026-02-20', '2026-03-01').map((time) => ({ time })),
    );
    // within=0 keeps nothing at all: the parser refuses it, so it is built by hand here.
    const nothing: RetentionPolicy = {
      counts: { last: 0, hourly: 0, daily: 0, weekly: 0, monthly: 0, yearly: 0 },
      withinMs: 0,
      withinText: '0h',
      text: 'within=0h',
    };
    const settings: PruneSettings = { site: 'acme', environment: 'production', scheduled: nothing, onDemand: nothing, timeZone: 'UTC' };
    const result = await runPrune(settings, { place: archivePlace(new LocalStore(root)), log: testIo({}).log, dryRun: false, now });
    expect(await readdir(path.join(root, 'acme/production'))).toEqual([ids.at(-1)]);
    expect(result.plan.rows[0]).toMatchObject({ outcome: 'kept', reasons: ['newest complete backup (always kept)'] });
    expect(result.removed).toBe(ids.length - 1);
  });

  it('deletes nothing when the listing fails', async () => {
    const s = await typicalStore();
    // A dangling link among the backups: the store cannot stat it, so its listing fails.
    await symlink(
      path.join(s.root, 'nowhere'),
      path.join(s.root, 'acme/production', makeBackupId(new Date('2026-02-28T00:00:00Z'), 'manual', 'x')),
    );
    const before = (await readdir(path.join(s.root, 'acme/production'))).sort();
    const io = testIo(inputs(s.root));
    await expect(pruneCommand(io, { now })).rejects.toThrow(
      /listing the backups of acme\/production failed, so nothing was deleted: .*ENOENT/,
    );
    expect((await readdir(path.join(s.root, 'acme/production'))).sort()).toEqual(before);
    expect(io.outputs).toEqual({});
  });

  it('deletes nothing when the listing right before deleting fails', async () => {
    const s = await typicalStore();
    const store = new Hooked(new LocalStore(s.root), (n) => {
      if (n === 2) throw new Error('connection reset');
    });
    await expect(pruneCommand(testIo(inputs(s.root)), { now, place: archivePlace(store) })).rejects.toThrow(
      /listing the backups of acme\/production failed, so nothing was deleted: connection reset/,
    );
    expect(await readdir(path.join(s.root, 'acme/production'))).toHaveLength(60 + 3 + 2 + 2);
  });

  it('refuses to delete anything when the newest complete backup is older than max-age', async () => {
    const s = await typicalStore();
    const io = testIo(inputs(s.root, { 'max-age': '36h' }));
    const later = () => new Date('2026-03-03T12:00:00Z');
    const err = await pruneCommand(io, { now: later }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PruneError);
    expect((err as PruneError).refused).toBe(true);
    expect((err as Error).message).toMatch(
      /^Prune refused to delete anything: the newest complete backup of acme\/production, \S+, is 2d9h old: older than max-age 36h0m\./,
    );
    expect(await readdir(path.join(s.root, 'acme/production'))).toHaveLength(60 + 3 + 2 + 2);
    expect(io.outputs).toEqual({ kept: '65', removed: '0' });
    expect(io.summaries[0]).toContain('| kept (prune refused) |');
    // Within max-age it prunes.
    await pruneCommand(testIo(inputs(s.root, { 'max-age': '36h' })), { now });
    expect(await readdir(path.join(s.root, 'acme/production'))).toHaveLength(10 + 3);
  });

  it('refuses under max-age when there is no complete backup at all, and never sweeps then', async () => {
    const root = await tempDir('sba-prune-');
    const [old] = await seed(root, [{ time: '2026-02-01T00:00:00Z', complete: false }]);
    await expect(pruneCommand(testIo(inputs(root, { 'max-age': '2d' })), { now })).rejects.toThrow(
      /there is no complete backup of acme\/production, and max-age is 2d0h/,
    );
    const io = testIo(inputs(root));
    const r = await pruneCommand(io, { now });
    expect(await readdir(path.join(root, 'acme/production'))).toEqual([old]);
    expect(r.plan.rows[0]!.reasons[0]).toMatch(/not swept while no complete backup exists/);
  });

  it('sweeps an incomplete backup only when both its id and its last write are over 24 h old', async () => {
    const root = await tempDir('sba-prune-');
    await seed(root, [{ time: '2026-03-01T03:00:00Z' }]);
    const [stale, uploading, fresh] = await seed(root, [
      { time: '2026-02-27T03:00:00Z', complete: false, mtime: '2026-02-27T04:00:00Z' },
      // Started three days ago and still writing an hour ago: a slow upload, not debris.
      { time: '2026-02-26T03:00:00Z', complete: false, mtime: '2026-03-01T11:00:00Z' },
      { time: '2026-03-01T00:30:00Z', complete: false },
    ]);
    // Folders named like backups that hold nothing: debris of a backup that died at once.
    const emptyOld = path.join(root, 'acme/production', idOf({ time: '2026-02-20T03:00:00Z' }));
    const emptyNew = path.join(root, 'acme/production', idOf({ time: '2026-03-01T11:59:00Z' }));
    await mkdir(emptyOld);
    await utimes(emptyOld, new Date('2026-02-20T03:00:00Z'), new Date('2026-02-20T03:00:00Z'));
    await mkdir(emptyNew);
    await utimes(emptyNew, NOW, NOW);
    const io = testIo(inputs(root));
    const r = await pruneCommand(io, { now });
    const left = await readdir(path.join(root, 'acme/production'));
    expect(existsSync(emptyOld)).toBe(false);
    expect(existsSync(emptyNew)).toBe(true);
    expect(io.lines.join('\n')).toContain(`Clearing file://${emptyOld}/: named like a backup but holds none of its objects`);
    expect(r.plan.rows.map((x) => x.backup.id)).not.toContain(path.basename(emptyOld));
    expect(left).not.toContain(stale);
    expect(left).toContain(uploading);
    expect(left).toContain(fresh);
    expect(r.plan.rows.find((x) => x.backup.id === uploading)!.reasons[0]).toBe(
      'incomplete (no manifest), last written 1h0m ago: may still be uploading, swept after 24h',
    );
  });

  it('reports a backup it could not delete and fails; pruning again is safe', async () => {
    const s = await typicalStore();
    // A layout name that is a folder: removing it as a file fails.
    const stuck = path.join(s.root, 'acme/production', s.scheduled[1]!, 'code.tar.zst');
    await mkdir(stuck);
    await writeFile(path.join(stuck, 'x'), 'x');
    const io = testIo(inputs(s.root));
    await expect(pruneCommand(io, { now })).rejects.toThrow(
      /^1 of 55 backup\(s\) could not be deleted completely \(.*code\.tar\.zst: .*\)\. Deleting again is safe/,
    );
    expect(io.summaries[0]).toMatch(new RegExp(`\\| \`${s.scheduled[1]}\` \\|.*\\| NOT removed: `));
    expect(io.outputs).toEqual({ kept: '11', removed: '54' });
  });
});

/** A real store with a hook before each listing: the n-th call (from 1) may change or break things. */
class Hooked implements Store {
  readonly kind: Store['kind'];
  calls = 0;
  constructor(
    private readonly inner: Store,
    private readonly beforeList: (n: number) => void | Promise<void>,
    kind?: Store['kind'],
  ) {
    this.kind = kind ?? inner.kind;
  }
  location = (ref: Parameters<Store['location']>[0]) => this.inner.location(ref);
  objectUri = (ref: Parameters<Store['objectUri']>[0], name: string) => this.inner.objectUri(ref, name);
  createWriter = (ref: Parameters<Store['createWriter']>[0]) => this.inner.createWriter(ref);
  read = (ref: Parameters<Store['read']>[0], name: string) => this.inner.read(ref, name);
  remove = (b: StoredBackup[]) => this.inner.remove(b);
  async list(site: string, environment: string): Promise<StoredBackup[]> {
    await this.beforeList(++this.calls);
    return this.inner.list(site, environment);
  }
}

describe('prune on artifacts', () => {
  it('warns when a policy keeps backups longer than GitHub keeps artifacts', async () => {
    const root = await tempDir('sba-prune-');
    await seed(root, [{ time: '2026-03-01T03:00:00Z' }]);
    const store = new Hooked(new LocalStore(root), () => undefined, 'artifact');
    const io = testIo(inputs(root, { retention: 'divio', 'retention-on-demand': 'within=60d' }));
    await pruneCommand(io, { now, place: archivePlace(store) });
    const warnings = io.lines.filter((l) => l.startsWith('warning:'));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^warning: `retention` \(daily=7,weekly=4,monthly=12\) keeps backups for up to 372 days, but GitHub deletes artifacts after their retention \(at most 90 days/,
      ),
    ]);
    const all = testIo(inputs(root, { retention: 'yearly=all' }));
    await pruneCommand(all, { now, place: archivePlace(store) });
    expect(all.lines.find((l) => l.startsWith('warning:'))).toMatch(/keeps backups forever/);
  });
});

describe('prune and concurrency', () => {
  it('plans again when a backup finishes between planning and deleting', async () => {
    const s = await typicalStore();
    const store = new Hooked(new LocalStore(s.root), async (n) => {
      if (n === 2) await seed(s.root, [{ time: '2026-03-01T11:30:00Z' }]);
    });
    const io = testIo(inputs(s.root));
    const r = await pruneCommand(io, { now, place: archivePlace(store), retryDelayMs: 0 });
    expect(io.lines.join('\n')).toMatch(/The backups changed while prune was planning .*planning again/);
    expect(store.calls).toBe(3);
    // The new backup took the daily slot of 2026-03-01, so the plan is the one for the new listing.
    const left = (await readdir(path.join(s.root, 'acme/production'))).filter((n) => /^\d{8}T/.test(n));
    expect(left).toContain(idOf({ time: '2026-03-01T11:30:00Z' }));
    expect(left).not.toContain(s.scheduled[59]);
    expect(left).toContain(s.scheduled[53]);
    expect(r.kept).toBe(10);
  });

  it('gives up with nothing deleted when the backups keep changing', async () => {
    const s = await typicalStore();
    let t = Date.parse('2026-03-01T11:00:00Z');
    const store = new Hooked(new LocalStore(s.root), async (n) => {
      if (n > 1) await seed(s.root, [{ time: new Date((t += 60_000)).toISOString() }]);
    });
    await expect(pruneCommand(testIo(inputs(s.root)), { now, place: archivePlace(store), retryDelayMs: 0 })).rejects.toThrow(
      /changed between planning and deleting 3 times, so nothing was deleted.*same `concurrency` group/,
    );
    expect(await readdir(path.join(s.root, 'acme/production'))).toHaveLength(60 + 3 + 2 + 2 + 3);
  });

  it('two prunes at once do no harm: the result is that of one', async () => {
    const a = await typicalStore();
    const b = await typicalStore();
    await pruneCommand(testIo(inputs(b.root)), { now });
    const expected = (await readdir(path.join(b.root, 'acme/production'))).sort();

    const runs = await Promise.allSettled([0, 1, 2].map(() => pruneCommand(testIo(inputs(a.root)), { now, retryDelayMs: 5 })));
    for (const r of runs) {
      if (r.status === 'rejected') expect(String(r.reason)).toMatch(/changed between planning and deleting/);
    }
    expect(runs.some((r) => r.status === 'fulfilled')).toBe(true);
    expect((await readdir(path.join(a.root, 'acme/production'))).sort()).toEqual(expected.map((n) => n));
  });
});

// A prune killed between its deletes leaves a backup folder with nothing of the backup in it:
// only check records (they go last), or nothing at all. Such a folder is listed as incomplete,
// so it must be swept like any incomplete backup once it is 24 h old, or it is listed forever.
describe('folders a killed prune leaves behind', () => {
  it('a folder store: a folder holding only check records (and our half-written record) is swept once 24 h old', async () => {
    const root = await tempDir('sba-prune-');
    await seed(root, [{ time: '2026-03-01T03:00:00Z' }]);
    const dir = path.join(root, 'acme/production', idOf({ time: '2026-02-20T03:00:00Z' }));
    const old = new Date('2026-02-20T03:00:00Z');
    await mkdir(dir);
    for (const f of ['last-verify.json', '.last-drill.json.partial']) {
      await writeFile(path.join(dir, f), '{}');
      await utimes(path.join(dir, f), old, old);
    }
    const io = testIo(inputs(root));
    await pruneCommand(io, { now });
    expect(existsSync(dir)).toBe(false);
    expect(io.lines.join('\n')).toContain(`Clearing file://${dir}/`);
  });

  it('S3: an empty `<id>/` folder object, or only check records, is deleted once 24 h old; a folder object with content is left', async () => {
    const s3 = await startS3rver();
    try {
      const client = s3.client();
      const base = 'killed/acme/production/';
      // s3rver stamps objects with the real time: prune runs "three days later" to age them.
      const later = new Date(Date.now() + 3 * 24 * H);
      const id = (hoursAgo: number) => makeBackupId(new Date(Date.now() - hoursAgo * H), 'scheduled', 'r1');
      const [good, empty, records, foreign] = [id(1), id(6 * 24), id(5 * 24), id(4 * 24)];
      const objects: [string, string][] = [
        [`${good}/manifest.json`, '{}'],
        [`${good}/data.tar.zst`, 'x'],
        [`${empty}/`, ''],
        [`${records}/last-verify.json`, '{}'],
        [`${records}/`, ''],
        [`${foreign}/`, 'not ours'],
      ];
      for (const [k, body] of objects) await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: base + k, Body: body }));
      const io = testIo({ ...s3.inputs('killed'), site: 'acme', retention: 'daily=7' }, s3.env);
      await pruneCommand(io, { now: () => later });
      const keys = ((await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: base }))).Contents ?? [])
        .map((o) => o.Key!.slice(base.length))
        .sort();
      expect(keys).toEqual([`${foreign}/`, `${good}/data.tar.zst`, `${good}/manifest.json`]);
      expect(io.lines.join('\n')).toContain(`Clearing s3://${s3.bucket}/${base}${empty}/`);
      // Once more: nothing of the swept folders is listed again.
      const again = testIo({ ...s3.inputs('killed'), site: 'acme', retention: 'daily=7', 'dry-run': 'true' }, s3.env);
      const r = await pruneCommand(again, { now: () => later });
      expect(r.plan.debris.map((b) => b.id)).toEqual([foreign]);
    } finally {
      await s3.stop();
    }
  }, 60_000);
});
