import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { restoreCommand } from '../src/commands/restore.js';
import { verifyCommand } from '../src/commands/verify.js';
import { parseStore, type StoreSpec } from '../src/config/common.js';
import { mapSource } from '../src/config/source.js';
import { fetchObject } from '../src/formats/archive/fetch.js';
import { parseManifest } from '../src/model/manifest.js';
import type { Reporter } from '../src/report/reporter.js';
import { S3Store } from '../src/stores/s3.js';
import { testIo } from './helpers/io.js';
import { startS3Proxy, type S3Proxy } from './helpers/s3-proxy.js';
import { useS3rver } from './helpers/s3rver.js';
import { tempDir } from './helpers/tmp.js';

// Transient faults are retried, and never read as damage. A proxy of our own in front of a real
// S3 server (s3rver) injects 500s, 503 SlowDown, resets before the answer, resets in the middle of
// a response body, and delays, chosen by a seeded generator so every run injects the same faults.

/** mulberry32: a small seeded generator, so the fault pattern is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const s3 = useS3rver();
let proxy: S3Proxy;
let root: string;
let site: string;
const quiet: Reporter = { info: () => {}, warn: () => {}, error: () => {}, setSecret: () => {} };

beforeAll(async () => {
  proxy = await startS3Proxy(s3.endpoint);
  root = await tempDir('sba-faults-');
  site = path.join(root, 'site');
  await mkdir(site);
  // Incompressible, so each object is megabytes on the wire and a mid-body cut has room to land.
  await writeFile(path.join(site, 'dump.sql'), randomBytes(3 * 1024 * 1024).toString('base64'));
});
afterAll(async () => {
  await proxy?.stop();
});

const storeInputs = (prefix: string) => ({
  store: `s3://${s3.bucket}/${prefix}`,
  's3-endpoint': proxy.endpoint,
  's3-force-path-style': 'true',
});
// Backoff waits are real; a budget of 5 keeps each read alive through a 30% reset rate.
const env = () => ({ ...s3.env, RUNNER_TEMP: root });

type Outcome = 'succeeded' | 'failed cleanly' | 'bad';

/** A failure that says "could not read … try again" is clean; anything calling a healthy backup damaged is bad. */
function judgeFailure(e: unknown): Outcome {
  const msg = (e as Error).message;
  return /damaged|incomplete|mismatch|sha256/i.test(msg) || !/try again/.test(msg) ? 'bad' : 'failed cleanly';
}

describe('S3 reads through resets in the middle of the body', () => {
  it('a single object read resumes with a ranged GET pinned by ETag', async () => {
    const prefix = 'ranged';
    const io = testIo(
      { site: 'acme', 'data-command': `cp '${site}/dump.sql' "$BACKUP_OUT/"`, compression: 'none', ...storeInputs(prefix) },
      env(),
      root,
    );
    const b = await backupCommand(io);
    const store = new S3Store(parseStore(mapSource(storeInputs(prefix))) as Extract<StoreSpec, { kind: 's3' }>, quiet, s3.env);
    let cut = 0;
    proxy.requests.length = 0;
    proxy.fault((r) => (r.op === 'GetObject' && r.path.endsWith('data.tar') && cut++ < 2 ? { kind: 'reset-mid-body' } : undefined));
    try {
      const f = await fetchObject(store, { site: 'acme', environment: 'production', id: b.id }, b.manifest!.components[0]!);
      expect(f.problem).toBeUndefined();
      expect(f.bytes).toBe(b.manifest!.components[0]!.bytes);
    } finally {
      proxy.fault(undefined);
    }
    const gets = proxy.requests.filter((r) => r.op === 'GetObject' && r.path.endsWith('data.tar'));
    expect(gets).toHaveLength(3);
    expect(gets[0]!.headers.range).toBeUndefined();
    expect(gets[1]!.headers.range).toMatch(/^bytes=\d+-$/);
    expect(gets[1]!.headers['if-match']).toBeTruthy();
    expect(Number(/\d+/.exec(gets[2]!.headers.range as string)![0])).toBeGreaterThan(
      Number(/\d+/.exec(gets[1]!.headers.range as string)![0]),
    );
  }, 60_000);

  it('at 30% mid-body resets, verify and restore of a healthy backup succeed at least 9 times in 10, never "damaged"', async () => {
    const prefix = 'resets';
    const b = await backupCommand(
      testIo({ site: 'acme', 'data-command': `cp '${site}/dump.sql' "$BACKUP_OUT/"`, ...storeInputs(prefix) }, env(), root),
    );
    const random = seeded(30);
    proxy.fault((r) => (r.op === 'GetObject' && random() < 0.3 ? { kind: 'reset-mid-body' } : undefined));
    const counts: Record<'verify' | 'restore', Record<Outcome, number>> = {
      verify: { succeeded: 0, 'failed cleanly': 0, bad: 0 },
      restore: { succeeded: 0, 'failed cleanly': 0, bad: 0 },
    };
    try {
      for (let i = 0; i < 10; i++) {
        await verifyCommand(testIo({ site: 'acme', backup: b.id, ...storeInputs(prefix) }, env(), root)).then(
          () => counts.verify.succeeded++,
          (e: unknown) => counts.verify[judgeFailure(e)]++,
        );
        const target = path.join(root, `restored-${i}`);
        await restoreCommand(
          testIo(
            {
              site: 'acme',
              platform: 'command',
              backup: b.id,
              'restore-dir': target,
              confirm: 'production',
              'data-restore-command': 'true',
              ...storeInputs(prefix),
            },
            env(),
            root,
          ),
        ).then(
          async () => {
            expect(await readFile(path.join(target, 'data/dump.sql'), 'utf8')).toBe(await readFile(path.join(site, 'dump.sql'), 'utf8'));
            counts.restore.succeeded++;
          },
          (e: unknown) => counts.restore[judgeFailure(e)]++,
        );
      }
    } finally {
      proxy.fault(undefined);
    }
    console.log(
      `fault injection, 30% mid-body resets: ${JSON.stringify(counts)}, ${proxy.requests.filter((r) => r.op === 'GetObject').length} GETs`,
    );
    for (const k of ['verify', 'restore'] as const) {
      expect(counts[k].succeeded, k).toBeGreaterThanOrEqual(9);
      expect(counts[k].bad, k).toBe(0);
    }
  }, 300_000);
});

describe('a read that fails after every retry', () => {
  it('is "could not read, try again" in verify and restore, never damage, and changes nothing', async () => {
    const prefix = 'unreadable';
    const b = await backupCommand(
      testIo({ site: 'acme', 'data-command': `cp '${site}/dump.sql' "$BACKUP_OUT/"`, ...storeInputs(prefix) }, env(), root),
    );
    proxy.fault((r) => (r.op === 'GetObject' && r.path.endsWith('.tar.zst') ? { kind: 'reset-mid-body' } : undefined));
    const budget = { ...env(), SITE_BACKUP_READ_RETRIES: '2' };
    try {
      const v = await verifyCommand(testIo({ site: 'acme', backup: b.id, ...storeInputs(prefix) }, budget, root)).catch(
        (e: unknown) => e as Error,
      );
      expect(v).toBeInstanceOf(Error);
      expect((v as Error).message).toMatch(
        /could not read s3:\/\/.*data\.tar\.zst \(2 retries spent: .*\); this says nothing about the backup: try again/,
      );
      expect((v as Error).message).not.toMatch(/damaged/i);
      const target = path.join(root, 'restored-unreadable');
      const r = await restoreCommand(
        testIo(
          {
            site: 'acme',
            platform: 'command',
            backup: b.id,
            'restore-dir': target,
            confirm: 'production',
            'data-restore-command': 'true',
            ...storeInputs(prefix),
          },
          budget,
          root,
        ),
      ).catch((e: unknown) => e as Error);
      expect((r as Error).message).toMatch(/try again/);
      expect((r as Error).message).not.toMatch(/damaged/i);
      expect(existsSync(path.join(target, 'data'))).toBe(false);
      // The same when the store keeps answering 503 SlowDown, past the SDK's retries too.
      proxy.fault(undefined);
      proxy.refuse((q) => (q.op === 'GetObject' && q.path.endsWith('.tar.zst') ? { status: 503, code: 'SlowDown' } : undefined));
      const slow = await verifyCommand(testIo({ site: 'acme', backup: b.id, ...storeInputs(prefix) }, budget, root)).catch(
        (e: unknown) => e as Error,
      );
      expect((slow as Error).message).toMatch(/could not read s3:\/\/.*data\.tar\.zst .*SlowDown.*try again/);
      expect((slow as Error).message).not.toMatch(/damaged/i);
    } finally {
      proxy.fault(undefined);
      proxy.refuse(undefined);
    }
  }, 120_000);
});

describe('backups under 20% injected faults', () => {
  it('10 backups each end complete or failed cleanly, none bad', async () => {
    const prefix = 'faulty';
    const random = seeded(20);
    const pick = () => {
      const x = random();
      return x < 0.04 ? 'err500' : x < 0.08 ? 'slowdown' : x < 0.12 ? 'reset' : x < 0.16 ? 'mid' : x < 0.2 ? 'delay' : undefined;
    };
    let next: ReturnType<typeof pick>;
    proxy.refuse(() => {
      next = pick();
      if (next === 'err500') return { status: 500, code: 'InternalError' };
      if (next === 'slowdown') return { status: 503, code: 'SlowDown' };
      return undefined;
    });
    proxy.fault(() =>
      next === 'reset'
        ? { kind: 'reset' }
        : next === 'mid'
          ? { kind: 'reset-mid-body' }
          : next === 'delay'
            ? { kind: 'delay', ms: 300 }
            : undefined,
    );
    const counts: Record<Outcome, number> = { succeeded: 0, 'failed cleanly': 0, bad: 0 };
    const ids: string[] = [];
    try {
      for (let i = 0; i < 10; i++) {
        await backupCommand(
          testIo(
            {
              site: 'acme',
              'data-command': `cp '${site}/dump.sql' "$BACKUP_OUT/"`,
              'code-command': `echo code > "$BACKUP_OUT/index.php"`,
              ...storeInputs(prefix),
            },
            env(),
            root,
          ),
        ).then(
          (r) => {
            ids.push(r.id);
            counts.succeeded++;
          },
          () => counts['failed cleanly']++,
        );
      }
    } finally {
      proxy.refuse(undefined);
      proxy.fault(undefined);
    }
    // Judged without faults: every backup with a manifest must verify; those without are incomplete.
    const store = new S3Store(parseStore(mapSource(storeInputs(prefix))) as Extract<StoreSpec, { kind: 's3' }>, quiet, s3.env);
    const listed = await store.list('acme', 'production');
    for (const b of listed.filter((x) => x.complete)) {
      const chunks: Buffer[] = [];
      for await (const c of await store.read(b, 'manifest.json')) chunks.push(c as Buffer);
      const m = parseManifest(Buffer.concat(chunks).toString());
      const damaged = (await Promise.all(m.components.map((c) => fetchObject(store, b, c)))).some((f) => f.problem);
      if (damaged) {
        counts.bad++;
        counts.succeeded--;
      }
    }
    // A backup reported as failed never left a manifest behind.
    expect(
      listed
        .filter((x) => x.complete)
        .map((x) => x.id)
        .sort(),
    ).toEqual([...ids].sort());
    console.log(`fault injection, 20% of requests: tried 10, ${JSON.stringify(counts)}, ${proxy.requests.length} requests`);
    expect(counts.bad).toBe(0);
    expect(counts.succeeded + counts['failed cleanly']).toBe(10);
  }, 300_000);
});

describe('reading back our own writes', () => {
  it('a reset on the GET that reads manifest.json back after writing it is retried: the backup succeeds and keeps its manifest', async () => {
    const prefix = 'readback';
    let afterPut = false;
    let cut = 0;
    proxy.requests.length = 0;
    proxy.fault((r) => {
      if (r.op === 'PutObject' && r.path.endsWith('/manifest.json')) afterPut = true;
      return afterPut && r.op === 'GetObject' && r.path.endsWith('/manifest.json') && cut++ === 0
        ? { kind: 'reset-mid-body', after: 10 }
        : undefined;
    });
    let b;
    try {
      b = await backupCommand(
        testIo({ site: 'acme', 'data-command': `echo x > "$BACKUP_OUT/x.sql"`, ...storeInputs(prefix) }, env(), root),
      );
    } finally {
      proxy.fault(undefined);
    }
    expect(cut).toBeGreaterThanOrEqual(2);
    const store = new S3Store(parseStore(mapSource(storeInputs(prefix))) as Extract<StoreSpec, { kind: 's3' }>, quiet, s3.env);
    const listed = await store.list('acme', 'production');
    expect(listed.map((x) => [x.id, x.complete])).toEqual([[b.id, true]]);
    expect(proxy.requests.filter((r) => r.op === 'DeleteObjects' || r.op === 'DeleteObject')).toEqual([]);
  }, 60_000);

  it('a read-back that fails after every retry names the request and why, and keeps the stored backup', async () => {
    const prefix = 'readback-dead';
    let afterPut = false;
    proxy.fault((r) => {
      if (r.op === 'PutObject' && r.path.endsWith('/manifest.json')) afterPut = true;
      return afterPut && r.op === 'GetObject' && r.path.endsWith('/manifest.json') ? { kind: 'reset-mid-body', after: 10 } : undefined;
    });
    const io = testIo(
      { site: 'acme', 'data-command': `echo x > "$BACKUP_OUT/x.sql"`, ...storeInputs(prefix) },
      { ...env(), SITE_BACKUP_READ_RETRIES: '1' },
      root,
    );
    let err: Error | undefined;
    try {
      await backupCommand(io).catch((e: unknown) => (err = e as Error));
    } finally {
      proxy.fault(undefined);
    }
    expect(err?.message).toMatch(
      /^reading the manifest back after writing it, GET s3:\/\/[^ ]+\/manifest\.json failed after 1 retries \(ECONNRESET\)/,
    );
    expect(err?.message).toContain('so the backup was kept');
    const summary = io.summaries.join('\n');
    expect(summary).toMatch(
      /\*\*Why\*\*: the backup failed at GET s3:\/\/[^ ]+\/manifest\.json, which failed after its retries \(ECONNRESET\)/,
    );
    expect(summary).toContain('the backup was kept, not deleted');
    const store = new S3Store(parseStore(mapSource(storeInputs(prefix))) as Extract<StoreSpec, { kind: 's3' }>, quiet, s3.env);
    expect((await store.list('acme', 'production')).map((x) => x.complete)).toEqual([true]);
  }, 60_000);
});
