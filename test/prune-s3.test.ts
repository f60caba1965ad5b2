import { ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneCommand } from '../src/commands/prune.js';
import { makeBackupId } from '../src/model/backup-id.js';
import { planRetention } from '../src/retention/planner.js';
import { parsePolicy } from '../src/retention/policy.js';
import { testIo } from './helpers/io.js';
import { startS3Proxy, type S3Proxy } from './helpers/s3-proxy.js';
import { useS3rver } from './helpers/s3rver.js';

// Prune against a real S3-compatible server (s3rver) on loopback, through a recording proxy:
// 2,500 backups, so the listing crosses pages and the deletes need several DeleteObjects.

const NOW = new Date('2026-03-01T12:00:00Z');
const now = () => NOW;
const s3 = useS3rver();
let proxy: S3Proxy;
let client: S3Client;

beforeAll(async () => {
  proxy = await startS3Proxy(s3.endpoint);
  client = s3.client();
});
afterAll(async () => {
  await proxy?.stop();
});

async function put(keys: string[]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < keys.length) {
      const key = keys[next++]!;
      await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: key.endsWith('manifest.json') ? '{}' : 'x' }));
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

async function allKeys(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: prefix, ContinuationToken: token }));
    keys.push(...(page.Contents ?? []).map((o) => o.Key!));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys.sort();
}

const inputs = (prefix: string, extra: Record<string, string> = {}) => ({
  ...s3.inputs(prefix),
  's3-endpoint': proxy.endpoint,
  site: 'acme',
  retention: 'daily=7,weekly=4,monthly=3',
  ...extra,
});

describe('prune on S3', () => {
  it('prunes 2,500 backups: paginated listings, DeleteObjects batches of at most 1000, foreign keys untouched', async () => {
    const prefix = 'fleet';
    const base = `${prefix}/acme/production/`;
    // One backup an hour, newest 2026-03-01 11:00: about 104 days.
    const times = Array.from({ length: 2500 }, (_, i) => Date.parse('2026-03-01T11:00:00Z') - i * 3_600_000);
    const ids = times.map((t) => makeBackupId(new Date(t), 'scheduled', 'r1'));
    const started = Date.now();
    await put([
      ...ids.flatMap((id) => [`${base}${id}/data.tar.zst`, `${base}${id}/manifest.json`]),
      `${base}${ids[2400]}/notes.txt`,
      `${base}README`,
      `${prefix}/acme/staging/${ids[2000]}/manifest.json`,
    ]);
    const seeded = Date.now() - started;

    proxy.requests.length = 0;
    const io = testIo(inputs(prefix), s3.env);
    const result = await pruneCommand(io, { now });

    const plan = planRetention(times, parsePolicy('daily=7,weekly=4,monthly=3'), (t) => t, String, { now: NOW });
    const keptIds = plan.keep.map((e) => makeBackupId(new Date(e.item), 'scheduled', 'r1'));
    expect(io.outputs).toEqual({ kept: String(keptIds.length), removed: String(2500 - keptIds.length) });
    expect(result.removed).toBe(2500 - keptIds.length);

    const left = await allKeys(`${prefix}/`);
    expect(left).toEqual(
      [
        ...keptIds.flatMap((id) => [`${base}${id}/data.tar.zst`, `${base}${id}/manifest.json`]),
        `${base}${ids[2400]}/notes.txt`,
        `${base}README`,
        `${prefix}/acme/staging/${ids[2000]}/manifest.json`,
      ].sort(),
    );

    const lists = proxy.requests.filter((r) => r.op === 'ListObjectsV2');
    const deletes = proxy.requests.filter((r) => r.op === 'DeleteObjects');
    // 5,002 keys under the prefix: 6 pages per listing, listed twice (plan, then re-check).
    expect(lists).toHaveLength(12);
    expect(lists.filter((r) => r.query.has('continuation-token'))).toHaveLength(10);
    expect(deletes.length).toBeGreaterThanOrEqual(Math.ceil((2 * (2500 - keptIds.length)) / 1000));
    for (const d of deletes) expect(d.deleteKeys!.length).toBeLessThanOrEqual(1000);
    const deleted = deletes.flatMap((d) => d.deleteKeys!);
    expect(new Set(deleted).size).toBe(deleted.length);
    expect(deleted).toHaveLength(2 * (2500 - keptIds.length));
    expect(deleted.every((k) => k.startsWith(base) && /\/(manifest\.json|data\.tar\.zst)$/.test(k))).toBe(true);
    // Manifests go first, so an interrupted prune leaves incomplete backups, never damaged ones.
    const firstData = deleted.findIndex((k) => k.endsWith('data.tar.zst'));
    expect(deleted.slice(0, firstData).every((k) => k.endsWith('manifest.json'))).toBe(true);
    console.log(
      `S3 prune: seeded 5,003 objects in ${seeded} ms; ${lists.length} ListObjectsV2 and ${deletes.length} DeleteObjects (${deletes.map((d) => d.deleteKeys!.length).join(', ')} keys); ${keptIds.length} kept`,
    );
  });

  it('reports per-key delete errors, fails, and keeps the backup whose manifest could not go', async () => {
    const prefix = 'errs';
    const base = `${prefix}/acme/production/`;
    const ids = Array.from({ length: 12 }, (_, i) =>
      makeBackupId(new Date(Date.parse('2026-03-01T03:00:00Z') - i * 86_400_000), 'scheduled', 'r1'),
    );
    await put(ids.flatMap((id) => [`${base}${id}/data.tar.zst`, `${base}${id}/manifest.json`]));
    proxy.failDeletes([`${base}${ids[10]}/manifest.json`]);
    const io = testIo(inputs(prefix, { retention: 'daily=7' }), s3.env);
    await expect(pruneCommand(io, { now })).rejects.toThrow(
      new RegExp(
        `^1 of 5 backup\\(s\\) could not be deleted completely \\(s3://backups/${base}${ids[10]}/manifest.json: AccessDenied: injected by s3-proxy\\)`,
      ),
    );
    expect(io.outputs).toEqual({ kept: '8', removed: '4' });
    const left = await allKeys(`${prefix}/`);
    // Its manifest stayed, so its data stayed too: still a complete backup, not a damaged one.
    expect(left).toContain(`${base}${ids[10]}/data.tar.zst`);
    expect(left.filter((k) => k.endsWith('manifest.json'))).toHaveLength(8);
    expect(io.summaries[0]).toContain(`| \`${ids[10]}\` |`);
    expect(io.summaries[0]).toMatch(/NOT removed: AccessDenied: injected by s3-proxy/);
  });

  it('deletes nothing when a listing page fails', async () => {
    const prefix = 'pagefail';
    const base = `${prefix}/acme/production/`;
    const ids = Array.from({ length: 30 }, (_, i) =>
      makeBackupId(new Date(Date.parse('2026-03-01T03:00:00Z') - i * 86_400_000), 'scheduled', 'r1'),
    );
    await put(ids.map((id) => `${base}${id}/manifest.json`));
    // Every second page fails, retries included: the first page alone must not be acted on.
    proxy.refuse((r) =>
      r.op === 'ListObjectsV2' && r.query.has('continuation-token') ? { status: 500, code: 'InternalError' } : undefined,
    );
    const io = testIo(inputs(prefix, { retention: 'daily=7' }), { ...s3.env, SITE_BACKUP_S3_PAGE_SIZE: '10' });
    await expect(pruneCommand(io, { now })).rejects.toThrow(/listing the backups of acme\/production failed, so nothing was deleted/);
    proxy.refuse(undefined);
    expect(await allKeys(`${prefix}/`)).toHaveLength(30);
  });
});
