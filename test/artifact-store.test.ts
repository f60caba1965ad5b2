import { DefaultArtifactClient } from '@actions/artifact';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRangeSource, listZip } from '../src/archive/zip.js';
import { backupCommand } from '../src/commands/backup.js';
import { pruneCommand } from '../src/commands/prune.js';
import { restoreCommand } from '../src/commands/restore.js';
import { verifyCommand } from '../src/commands/verify.js';
import { ConfigError } from '../src/model/errors.js';
import { makeBackupId } from '../src/model/backup-id.js';
import { parseManifest } from '../src/model/manifest.js';
import type { Reporter } from '../src/report/reporter.js';
import { artifactName, ArtifactStore, type ArtifactBackup } from '../src/stores/artifact.js';
import type { BackupRef } from '../src/stores/store.js';
import { startAzurite, type Azurite } from './helpers/azurite.js';
import { startS3Proxy, type RecordedRequest, type S3Proxy } from './helpers/s3-proxy.js';
import { registerArtifactRoutes, type ArtifactRoutes } from './helpers/github-artifacts.js';
import { GitHubDouble } from './helpers/github-double.js';
import { testIo } from './helpers/io.js';
import { ResultsDouble } from './helpers/results-double.js';
import { tempDir } from './helpers/tmp.js';

const TOKEN = 'ghs_artifactTestToken0123456789';
const REPOSITORY = 'acme/sites';
const DAY = 86_400_000;

let azurite: Azurite;
let results: ResultsDouble;
let gh: GitHubDouble;
let routes: ArtifactRoutes;
let runnerTemp: string;
let siteDir: string;

// @actions/artifact reads these from process.env when it is called; they are restored afterwards.
const SDK_ENV = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_RETENTION_DAYS',
  'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY',
];
const savedEnv: Record<string, string | undefined> = {};

beforeAll(async () => {
  azurite = await startAzurite();
  results = new ResultsDouble(azurite);
  await results.start();
  gh = new GitHubDouble();
  routes = registerArtifactRoutes(gh, results, { repository: REPOSITORY, token: TOKEN });
  await gh.start();
  runnerTemp = await tempDir('sba-artifact-runner-');
  siteDir = await tempDir('sba-artifact-site-');
  for (const k of SDK_ENV) savedEnv[k] = process.env[k];
  for (const k of SDK_ENV) delete process.env[k];
  Object.assign(process.env, results.env());
});

afterAll(async () => {
  for (const k of SDK_ENV) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
  await gh?.stop();
  await results?.stop();
  await azurite?.stop();
});

/** What the action's process sees in a job: the runtime, the repository and the REST API. */
function jobEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...results.env(), GITHUB_REPOSITORY: REPOSITORY, GITHUB_API_URL: gh.url, RUNNER_TEMP: runnerTemp, ...extra };
}

function quietLog(): Reporter & { lines: string[]; secrets: string[] } {
  const lines: string[] = [];
  const secrets: string[] = [];
  return {
    lines,
    secrets,
    info: (m) => lines.push(m),
    warn: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    setSecret: (v) => void (v && secrets.push(v)),
  };
}

function store(
  opts: { token?: string | undefined; env?: NodeJS.ProcessEnv; retentionDays?: number; stallMs?: number } = {},
): ArtifactStore {
  const token = 'token' in opts ? opts.token : TOKEN;
  return new ArtifactStore(
    { kind: 'artifact', ...(token ? { token } : {}), ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {}) },
    quietLog(),
    opts.env ?? jobEnv(),
    opts.stallMs ? { stallMs: opts.stallMs } : {},
  );
}

async function collect(r: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of r) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

function backupInputs(site: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    platform: 'command',
    site,
    store: 'artifact',
    'github-token': TOKEN,
    'code-command': `printf '<?php echo 1;\\n' > "$BACKUP_OUT/index.php"`,
    'assets-command': `head -c 300000 /dev/urandom > "$BACKUP_OUT/photo.bin"`,
    'data-command': `for i in $(seq 2000); do echo "INSERT INTO t VALUES ($i);"; done > "$BACKUP_OUT/dump.sql"`,
    ...extra,
  };
}

function withInject(inject: ArtifactRoutes['inject'], fn: () => Promise<void>): Promise<void> {
  routes.inject = inject;
  return fn().finally(() => {
    routes.inject = undefined;
  });
}

describe('artifact store: backup through the action', () => {
  it('uploads one artifact, named by the layout, holding the objects and the manifest', async () => {
    const io = testIo(backupInputs('shop', { 'artifact-retention-days': '7' }), jobEnv(), siteDir);
    const before = results.calls.length;
    const started = Date.now();
    const result = await backupCommand(io);
    const uploadMs = Date.now() - started;

    const name = `shop--production--${result.id}`;
    const mine = results.finalized().filter((a) => a.name.startsWith('shop--'));
    expect(mine.map((a) => a.name)).toEqual([name]);
    const art = mine[0]!;
    expect(io.outputs.location).toBe(name);
    expect(io.outputs.manifest).toBe(`${name}/manifest.json`);
    expect(io.outputs.skipped).toBe('false');
    // Artifacts cannot be locked (docs/immutable.md): the summary says so, once.
    expect(
      io.summaries
        .join('\n')
        .split('\n')
        .filter((l) => l.startsWith('Artifacts cannot be locked')),
    ).toHaveLength(1);

    // One CreateArtifact and one FinalizeArtifact: the backup is uploaded whole, once.
    const calls = results.calls.slice(before).map((c) => c.method);
    expect(calls).toEqual(['CreateArtifact', 'FinalizeArtifact']);
    const create = results.calls[before]!.body;
    expect(create.version).toBe(7);
    expect(Math.abs(Date.parse(String(create.expires_at)) - (Date.now() + 7 * DAY))).toBeLessThan(5 * 60_000);

    // The REST listing shows the expiry 7 days out, as the retention input asked.
    const listed = await fetch(`${gh.url}/repos/${REPOSITORY}/actions/artifacts?name=${name}`, {
      headers: { authorization: `token ${TOKEN}` },
    });
    const body = (await listed.json()) as { artifacts: { expires_at: string; size_in_bytes: number }[] };
    expect(Math.abs(Date.parse(body.artifacts[0]!.expires_at) - (started + 7 * DAY))).toBeLessThan(5 * 60_000);

    // The zip holds exactly the layout's files, stored (level 0), not deflated a second time.
    const entries = await listZip(httpRangeSource(results.readUrl(art)));
    expect(entries.map((e) => e.name).sort()).toEqual([
      'assets.index.json.gz',
      'assets.tar.zst',
      'code.index.json.gz',
      'code.tar.zst',
      'data.index.json.gz',
      'data.tar.zst',
      'manifest.json',
    ]);
    expect(entries.every((e) => e.method === 0)).toBe(true);

    // Every object read back through the store matches the manifest's sha256 and size.
    const s = store();
    const manifest = parseManifest(
      (await collect(await s.read({ site: 'shop', environment: 'production', id: result.id }, 'manifest.json'))).toString(),
    );
    expect(manifest.id).toBe(result.id);
    for (const c of manifest.components) {
      const bytes = await collect(await s.read({ site: 'shop', environment: 'production', id: result.id }, c.object));
      expect(bytes.length).toBe(c.bytes);
      expect(sha256(bytes)).toBe(c.sha256);
    }
    expect(Number(io.outputs.bytes)).toBe(manifest.components.reduce((n, c) => n + c.bytes, 0));

    // The staging folder is gone, and the token was masked.
    expect(readdirSync(runnerTemp).filter((n) => n.startsWith('site-backup-artifact-'))).toEqual([]);
    expect(io.secrets).toContain(TOKEN);
    console.log(`[measure] backup of 3 components through the artifact store: ${uploadMs} ms, artifact ${art.size} bytes`);
  });

  it('sets artifact-id, artifact-url and manifest-sha256 for the artifact it uploaded', async () => {
    const io = testIo(backupInputs('outputs'), jobEnv({ GITHUB_RUN_ID: '4242', GITHUB_SERVER_URL: 'https://acme.ghe.com' }), siteDir);
    const result = await backupCommand(io);
    const art = results.finalized().find((a) => a.name === `outputs--production--${result.id}`)!;
    expect(io.outputs['artifact-id']).toBe(String(art.id));
    expect(io.outputs['artifact-url']).toBe(`https://acme.ghe.com/${REPOSITORY}/actions/runs/4242/artifacts/${art.id}`);
    // The digest of the manifest as stored: read back through the store, byte for byte.
    const manifest = await collect(await store().read({ site: 'outputs', environment: 'production', id: result.id }, 'manifest.json'));
    expect(io.outputs['manifest-sha256']).toBe(sha256(manifest));
  });

  it('skips when max-age finds a young enough backup in the artifacts', async () => {
    const first = await backupCommand(testIo(backupInputs('skippy'), jobEnv(), siteDir));
    const creates = results.calls.filter((c) => c.method === 'CreateArtifact').length;
    const io = testIo(backupInputs('skippy', { 'max-age': '1h' }), jobEnv(), siteDir);
    const second = await backupCommand(io);
    expect(second.skipped).toBe(true);
    expect(io.outputs.skipped).toBe('true');
    expect(io.outputs['backup-id']).toBe(first.id);
    expect(io.outputs.location).toBe(`skippy--production--${first.id}`);
    expect(results.calls.filter((c) => c.method === 'CreateArtifact').length).toBe(creates);
    expect(results.finalized().filter((a) => a.name.startsWith('skippy--'))).toHaveLength(1);

    // An old backup does not satisfy max-age: a new one is taken.
    const old = results.finalized().find((a) => a.name.startsWith('skippy--'))!;
    const aged = makeBackupId(new Date(Date.now() - 3 * 3_600_000), 'manual', 'old1');
    old.name = `skippy--production--${aged}`;
    const third = await backupCommand(testIo(backupInputs('skippy', { 'max-age': '1h' }), jobEnv(), siteDir));
    expect(third.skipped).toBe(false);
    expect(results.finalized().filter((a) => a.name.startsWith('skippy--'))).toHaveLength(2);
  });
});

describe('artifact store: restore', () => {
  it('restores the latest backup from the artifacts, byte for byte', async () => {
    const src = path.join(siteDir, 'roundtrip-src');
    mkdirSync(path.join(src, 'code/lib'), { recursive: true });
    writeFileSync(path.join(src, 'code/index.php'), '<?php echo "round trip";\n');
    writeFileSync(path.join(src, 'code/lib/a.php'), '<?php // lib\n');
    writeFileSync(path.join(src, 'dump.sql'), 'INSERT INTO t VALUES (42);\n'.repeat(3000));
    const inputs = {
      platform: 'command',
      site: 'roundtrip',
      environment: 'staging',
      store: 'artifact',
      'github-token': TOKEN,
      'code-command': `cp -a '${src}/code/.' "$BACKUP_OUT"`,
      'data-command': `cp '${src}/dump.sql' "$BACKUP_OUT/"`,
    };
    const backup = await backupCommand(testIo(inputs, jobEnv(), siteDir));
    const restoreDir = path.join(siteDir, 'roundtrip-restored');
    const io = testIo({ ...inputs, backup: 'latest', 'restore-dir': restoreDir }, jobEnv(), siteDir);
    await restoreCommand(io);
    expect(readFileSync(path.join(restoreDir, 'code/index.php'), 'utf8')).toBe('<?php echo "round trip";\n');
    expect(readFileSync(path.join(restoreDir, 'code/lib/a.php'), 'utf8')).toBe('<?php // lib\n');
    expect(readFileSync(path.join(restoreDir, 'data/dump.sql')).equals(readFileSync(path.join(src, 'dump.sql')))).toBe(true);
    expect(io.lines.join('\n')).toContain(backup.id);
  });
});

describe('artifact store: list', () => {
  it('pages through every artifact of the repository and keeps only this site and environment, newest first', async () => {
    const base = Date.UTC(2026, 0, 1);
    const want: string[] = [];
    // Created in shuffled order, so the REST order (by creation) differs from the id order.
    const order = [...Array(130).keys()].sort((a, b) => ((a * 7919) % 131) - ((b * 7919) % 131));
    for (const i of order) {
      const id = makeBackupId(new Date(base + i * 3_600_000), i % 3 === 0 ? 'scheduled' : 'manual', `r${1000 + i}`);
      want.push(id);
      results.seed({ name: `many--production--${id}`, size: 1000 + i });
    }
    const other = makeBackupId(new Date(base), 'scheduled', 'r1');
    for (let i = 0; i < 60; i++) results.seed({ name: `many--staging--${makeBackupId(new Date(base + i * 60_000), 'manual', `s${i}`)}` });
    for (let i = 0; i < 30; i++)
      results.seed({ name: `many-shop--production--${makeBackupId(new Date(base + i * 60_000), 'manual', `m${i}`)}` });
    for (let i = 0; i < 10; i++) results.seed({ name: `coverage-report-${i}` });
    results.seed({ name: 'many--production--latest' });
    results.seed({ name: `many--production--${other}-extra` });
    const expiredId = makeBackupId(new Date(base - DAY), 'scheduled', 'r9');
    results.seed({ name: `many--production--${expiredId}`, expired: true });
    results.seed({
      name: `many--production--${makeBackupId(new Date(base - 2 * DAY), 'scheduled', 'r8')}`,
      expiresAt: new Date(Date.now() - 1000),
    });

    const total = results.finalized().length;
    expect(total).toBeGreaterThan(200);
    const mark = gh.requests.length;
    const started = Date.now();
    const list = await store().list('many', 'production');
    const listMs = Date.now() - started;

    expect(list.map((b) => b.id)).toEqual([...want].sort().reverse());
    expect(list.every((b) => b.complete && b.site === 'many' && b.environment === 'production')).toBe(true);
    const newest = list[0]!;
    expect(newest.objects).toEqual([{ name: `many--production--${newest.id}.zip`, size: 1129 }]);
    expect(newest.bytes).toBe(1129);

    const pages = gh.requests.slice(mark).filter((r) => r.path === `/repos/${REPOSITORY}/actions/artifacts`);
    expect(pages.map((r) => r.query.get('page'))).toEqual(Array.from({ length: Math.ceil(total / 100) }, (_, i) => String(i + 1)));
    expect(pages.every((r) => r.query.get('per_page') === '100')).toBe(true);
    console.log(`[measure] list over ${total} artifacts (${pages.length} pages): ${listMs} ms`);
  });

  it('lists every site and environment of the repository without --site (listAll)', async () => {
    const base = Date.UTC(2025, 5, 1);
    const id = (h: number, s: string) => makeBackupId(new Date(base + h * 3_600_000), 'scheduled', s);
    results.seed({ name: `fleet-a--production--${id(1, 'a1')}` });
    results.seed({ name: `fleet-a--production--${id(5, 'a5')}` });
    results.seed({ name: `fleet-a--staging--${id(2, 'a2')}` });
    results.seed({ name: `fleet--b--live--${id(3, 'b3')}` });
    results.seed({ name: `fleet-a--production--${id(9, 'gone')}`, expired: true });
    const all = (await store().listAll()).filter((b) => b.site.startsWith('fleet'));
    // `fleet--b--live--…` could be fleet--b/live or fleet/b--live: not a name we write, so left out.
    expect(all.map((b) => `${b.site}/${b.environment}/${b.id}`).sort()).toEqual(
      [`fleet-a/production/${id(1, 'a1')}`, `fleet-a/production/${id(5, 'a5')}`, `fleet-a/staging/${id(2, 'a2')}`].sort(),
    );
    // The same backups as the per-site listing, which prune and restore use.
    expect((await store().list('fleet-a', 'production')).map((b) => b.id)).toEqual(
      all.filter((b) => b.site === 'fleet-a' && b.environment === 'production').map((b) => b.id),
    );
  });

  it('names cannot collide: `--` in a site or environment is refused before any request', async () => {
    const id = makeBackupId(new Date(Date.UTC(2025, 6, 1)), 'scheduled', 'x1');
    // Left by site `col--b`, environment `c`: the same name as site `col`, environment `b--c` would get.
    results.seed({ name: `col--b--c--${id}` });
    const mark = gh.requests.length;
    for (const [site, environment, input] of [
      ['col', 'b--c', 'environment'],
      ['col--b', 'c', 'site'],
    ] as const) {
      const err = await store()
        .list(site, environment)
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect(err).toMatchObject({
        input,
        message: expect.stringContaining('contains "--", which the artifact store uses to separate site, environment and backup id'),
      });
      expect(() => artifactName({ site, environment, id })).toThrow(ConfigError);
    }
    expect(gh.requests.length).toBe(mark);
    // Prune of `col`/`b--c` stops there too: nothing is listed, nothing deleted.
    const io = testIo({ site: 'col', environment: 'b--c', store: 'artifact', retention: 'last=1', 'github-token': TOKEN }, jobEnv());
    await expect(pruneCommand(io)).rejects.toThrow(/environment.*contains "--"/i);
    expect(results.finalized().some((a) => a.name === `col--b--c--${id}`)).toBe(true);
    // Valid names keep the layout.
    expect(artifactName({ site: 'col-b', environment: 'c.d', id })).toBe(`col-b--c.d--${id}`);
  });

  it('throws rather than return a partial listing', async () => {
    await withInject(
      (route, req) => (route === 'list' && req.query.get('page') === '2' ? { status: 502, body: { message: 'Server Error' } } : undefined),
      () => expect(store().list('many', 'production')).rejects.toThrow(/page 2.*502/),
    );
    // A page that silently comes back short: the count no longer adds up, every attempt.
    await withInject(
      (route, req, served) => {
        if (route !== 'list' || req.query.get('page') !== '2') return undefined;
        const out = served();
        const body = out.body as { artifacts: unknown[] };
        return { ...out, body: { ...body, artifacts: body.artifacts.slice(1) } };
      },
      () => expect(store().list('many', 'production')).rejects.toThrow(/did not come out complete.*GitHub counts/),
    );
    // A link to a next page that is empty.
    await withInject(
      (route, req, served) =>
        route === 'list' && req.query.get('page') === '3'
          ? {
              ...served(),
              body: { total_count: results.finalized().length, artifacts: [] },
              headers: { link: `<${gh.url}/x?page=4>; rel="next"` },
            }
          : undefined,
      () => expect(store().list('many', 'production')).rejects.toThrow(/did not come out complete/),
    );
  });

  it('lists again when artifacts come or go while it pages', async () => {
    let once = true;
    const log = quietLog();
    const s = new ArtifactStore({ kind: 'artifact', token: TOKEN }, log, jobEnv());
    await withInject(
      (route, req) => {
        if (route === 'list' && req.query.get('page') === '2' && once) {
          once = false;
          results.seed({ name: `unrelated-${Date.now()}` });
        }
        return undefined;
      },
      async () => {
        const list = await s.list('many', 'production');
        expect(list).toHaveLength(130);
      },
    );
    expect(log.lines.some((l) => /Listing artifacts again.*changed/.test(l))).toBe(true);
  });
});

describe('artifact store: read', () => {
  const ref: BackupRef = { site: 'bytes', environment: 'production', id: makeBackupId(new Date(), 'manual', 'rb1') };
  const big = randomBytes(20 * 1024 * 1024 + 12345);
  const small = Buffer.from('CREATE TABLE t (id int);\n'.repeat(100));

  beforeAll(async () => {
    const w = await store({ retentionDays: 3 }).createWriter(ref);
    const started = Date.now();
    await w.put('code.tar.zst', Readable.from([big.subarray(0, 5_000_000), big.subarray(5_000_000)]));
    await w.put('data.tar', Readable.from([small]));
    await w.put('assets.tar', Readable.from([]));
    await w.commit('{"format":1}\n');
    console.log(`[measure] upload of a ${big.length + small.length} byte backup through Azurite: ${Date.now() - started} ms`);
  });

  it('returns the exact bytes of each object', async () => {
    const s = store();
    let started = Date.now();
    expect((await collect(await s.read(ref, 'manifest.json'))).toString()).toBe('{"format":1}\n');
    const manifestMs = Date.now() - started;
    started = Date.now();
    expect((await collect(await s.read(ref, 'code.tar.zst'))).equals(big)).toBe(true);
    const bigMs = Date.now() - started;
    expect((await collect(await s.read(ref, 'data.tar'))).equals(small)).toBe(true);
    expect((await collect(await s.read(ref, 'assets.tar'))).length).toBe(0);
    console.log(`[measure] read manifest.json: ${manifestMs} ms; read ${big.length} bytes: ${bigMs} ms`);
  });

  it('is a zip that the SDK itself downloads and unpacks (the double serves its Twirp routes too)', async () => {
    const client = new DefaultArtifactClient();
    const { artifact } = await client.getArtifact(artifactName(ref));
    const dir = await tempDir('sba-artifact-download-');
    await client.downloadArtifact(artifact.id, { path: dir });
    expect(readdirSync(dir).sort()).toEqual(['assets.tar', 'code.tar.zst', 'data.tar', 'manifest.json']);
    expect(readFileSync(path.join(dir, 'code.tar.zst')).equals(big)).toBe(true);
    expect(readFileSync(path.join(dir, 'manifest.json'), 'utf8')).toBe('{"format":1}\n');
  });

  it('names what is missing', async () => {
    await expect(store().read(ref, 'data.tar.zst')).rejects.toThrow(/holds no data\.tar\.zst/);
    await expect(store().read({ ...ref, id: makeBackupId(new Date(), 'manual', 'nothere') }, 'manifest.json')).rejects.toThrow(
      /no artifact named bytes--production--.*expired, was deleted/,
    );
    await expect(store().read(ref, '../escape')).rejects.toThrow(/not an object name/);
    // Listed, then deleted by someone else before the read.
    const s = store();
    const rec = results.seed({ name: `bytes--production--${makeBackupId(new Date(), 'manual', 'vanish')}` });
    await s.list('bytes', 'production');
    await results.deleteArtifact(rec);
    await expect(s.read({ site: 'bytes', environment: 'production', id: rec.name.split('--')[2]! }, 'manifest.json')).rejects.toThrow(
      /was not found in acme\/sites: it was deleted meanwhile/,
    );
  });

  it('fails the read of a damaged artifact instead of returning wrong bytes', async () => {
    const rec = results.finalized().find((a) => a.name === artifactName(ref))!;
    const copy = results.seed({
      name: `bytes--production--${makeBackupId(new Date(), 'manual', 'damaged')}`,
      blobName: `damaged/${rec.id}.zip`,
    });
    const zip = await results.blobClient(rec).downloadToBuffer();
    const entries = await listZip(httpRangeSource(results.readUrl(rec)));
    const data = entries.find((e) => e.name === 'data.tar')!;
    zip[data.localHeaderOffset + 30 + 'data.tar'.length + 10]! ^= 0x01;
    await results.blobClient(copy).uploadData(zip);
    const damagedRef = { site: 'bytes', environment: 'production', id: copy.name.split('--')[2]! };
    await expect(collect(await store().read(damagedRef, 'data.tar'))).rejects.toThrow(/CRC-32/);
  });

  it('says so when the artifact has expired', async () => {
    const rec = results.seed({ name: `bytes--production--${makeBackupId(new Date(), 'manual', 'gone')}` });
    const s = store();
    await s.list('bytes', 'production');
    rec.expired = true;
    await expect(s.read({ site: 'bytes', environment: 'production', id: rec.name.split('--')[2]! }, 'manifest.json')).rejects.toThrow(
      /has expired/,
    );
  });
});

describe('artifact store: remove', () => {
  it('deletes by artifact id and reports each failure with the artifact', async () => {
    const t = Date.UTC(2026, 2, 1);
    const ids = [0, 1, 2].map((i) => makeBackupId(new Date(t + i * DAY), 'scheduled', `r${i}`));
    const recs = ids.map((id) => results.seed({ name: `gone--production--${id}` }));
    // A retried upload can leave two artifacts with one name: both belong to the backup.
    const dup = results.seed({ name: recs[0]!.name });
    const keep = results.seed({ name: `gone--staging--${ids[0]}` });

    const s = store();
    const listed = await s.list('gone', 'production');
    expect(listed.map((b) => b.id)).toEqual([...ids].reverse());
    const mark = gh.requests.length;
    let result!: Awaited<ReturnType<ArtifactStore['remove']>>;
    await withInject(
      (route, req) =>
        route === 'delete' && req.path.endsWith(`/${recs[1]!.id}`)
          ? { status: 403, body: { message: 'Resource not accessible by integration' } }
          : undefined,
      async () => {
        result = await s.remove(listed.filter((b) => b.id !== ids[2]));
      },
    );
    expect(result.removed).toEqual([ids[0]]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.key).toBe(`${recs[1]!.name} (artifact ${recs[1]!.id})`);
    expect(result.errors[0]!.message).toMatch(/403.*Resource not accessible.*`github-token`.*`actions: write`/);

    const deletes = gh.requests
      .slice(mark)
      .filter((r) => r.method === 'DELETE')
      .map((r) => r.path);
    expect(deletes.sort()).toEqual([recs[0]!.id, recs[1]!.id, dup.id].map((id) => `/repos/${REPOSITORY}/actions/artifacts/${id}`).sort());
    expect(results.artifacts.has(recs[0]!.id) || results.artifacts.has(dup.id)).toBe(false);
    expect(results.artifacts.has(recs[1]!.id)).toBe(true);
    expect(results.artifacts.has(recs[2]!.id)).toBe(true);
    expect(results.artifacts.has(keep.id)).toBe(true);

    // Removing again (already gone) is not an error; a backup known only by name is looked up.
    const again = await store().remove([listed.find((b) => b.id === ids[0])!]);
    expect(again).toEqual({ removed: [ids[0]], errors: [] });
    const { artifactIds: _ids, ...plain } = listed.find((b) => b.id === ids[2]) as ArtifactBackup;
    const byName = await store().remove([plain]);
    expect(byName).toEqual({ removed: [ids[2]], errors: [] });
    expect(results.artifacts.has(recs[2]!.id)).toBe(false);

    // The double's Twirp DeleteArtifact, as the SDK calls it within a run, edits the same state.
    const viaSdk = results.seed({ name: `gone--production--${makeBackupId(new Date(t), 'manual', 'sdk')}` });
    expect(await new DefaultArtifactClient().deleteArtifact(viaSdk.name)).toEqual({ id: viaSdk.id });
    expect(results.artifacts.has(viaSdk.id)).toBe(false);
  });
});

describe('artifact store: clear errors', () => {
  it('names `github-token` when there is no token', async () => {
    const s = store({ token: undefined, env: jobEnv({ GITHUB_TOKEN: undefined }) });
    const err = await s.list('shop', 'production').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/`github-token`.*is empty.*actions: read/);
    // The CLI's way: GITHUB_TOKEN in the environment.
    await expect(store({ token: undefined, env: jobEnv({ GITHUB_TOKEN: TOKEN }) }).list('shop', 'production')).resolves.toHaveLength(1);
  });

  it('turns 403 and 401 into the permission to grant', async () => {
    await withInject(
      (route) => (route === 'list' ? { status: 403, body: { message: 'Resource not accessible by integration' } } : undefined),
      async () => {
        await expect(store().list('shop', 'production')).rejects.toThrow(
          /403 \(Resource not accessible by integration\)\. `github-token` needs the `actions: read` permission/,
        );
      },
    );
    await expect(store({ token: 'ghs_wrongWrongWrong' }).list('shop', 'production')).rejects.toThrow(
      /rejected `github-token` \(401 Bad credentials\)/,
    );
  });

  it('refuses to upload outside Actions, and says what to use instead', async () => {
    const io = testIo(backupInputs('shop'), jobEnv({ ACTIONS_RUNTIME_TOKEN: undefined }), siteDir);
    const err = await backupCommand(io).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/Input `store`:.*ACTIONS_RUNTIME_TOKEN.*not set.*`s3:\/\/bucket\/prefix` or a folder/);
  });

  it('refuses GitHub Enterprise Server', async () => {
    const s = store({ env: jobEnv({ GITHUB_SERVER_URL: 'https://github.example.com' }) });
    await expect(s.list('shop', 'production')).rejects.toThrow(/not supported on GitHub Enterprise Server \(github\.example\.com\)/);
    await expect(s.createWriter({ site: 'shop', environment: 'production', id: makeBackupId(new Date(), 'manual', 'x') })).rejects.toThrow(
      /Enterprise Server/,
    );
  });

  it('masks the token and never logs the signed download URL', async () => {
    const log = quietLog();
    const s = new ArtifactStore({ kind: 'artifact', token: TOKEN }, log, jobEnv());
    expect(log.secrets).toContain(TOKEN);
    const [b] = await s.list('shop', 'production');
    await collect(await s.read(b!, 'manifest.json'));
    expect(log.secrets.length).toBeGreaterThan(1);
    const sig = log.secrets[1]!;
    expect(log.lines.join('\n')).not.toContain(sig);
  });
});

// Blob downloads through a fault-injecting proxy in front of Azurite: the zip route's redirect
// points at the proxy, which forwards to Azurite and can reset or stall an answer mid-body.
describe('artifact store: reads through broken and stalled downloads', () => {
  const ref: BackupRef = { site: 'faults', environment: 'production', id: makeBackupId(new Date(), 'manual', 'flt') };
  const big = randomBytes(6 * 1024 * 1024 + 777);
  let proxy: S3Proxy;
  let urls = 0;

  beforeAll(async () => {
    proxy = await startS3Proxy(new URL(azurite.accountUrl).origin);
    const w = await store().createWriter(ref);
    await w.put('data.tar', Readable.from([big]));
    await w.commit('{"format":1}\n');
  });
  afterAll(() => proxy?.stop());

  /** Runs fn with blob downloads sent through the proxy, which injects `fault`'s faults. */
  async function throughProxy(fault: Parameters<S3Proxy['fault']>[0], fn: () => Promise<void>): Promise<void> {
    const azure = new URL(azurite.accountUrl).origin;
    proxy.requests.length = 0;
    urls = 0;
    proxy.fault(fault);
    try {
      await withInject((route, _req, served) => {
        if (route !== 'zip') return undefined;
        urls++;
        const out = served();
        const location = out.headers?.location;
        return typeof location === 'string'
          ? { ...out, headers: { ...out.headers, location: location.replace(azure, proxy.endpoint) } }
          : out;
      }, fn);
    } finally {
      proxy.fault(undefined);
    }
  }
  /** The range requests for an entry's data: longer than the zip's tail that yauzl reads first. */
  const dataGets = () => proxy.requests.filter((r) => r.op === 'GetObject' && rangeLength(r) > 200_000);
  const rangeLength = (r: RecordedRequest) => {
    const m = /^bytes=(\d+)-(\d+)$/.exec(String(r.headers.range ?? ''));
    return m ? Number(m[2]) - Number(m[1]) + 1 : 0;
  };
  const rangeStart = (r: RecordedRequest) => Number(/^bytes=(\d+)-/.exec(String(r.headers.range))![1]);

  it('a reset in the middle of the body resumes from the next byte, with a fresh download URL', async () => {
    let cut = 0;
    await throughProxy(
      (r) => (r.op === 'GetObject' && rangeLength(r) > 200_000 && cut++ < 2 ? { kind: 'reset-mid-body' } : undefined),
      async () => {
        expect((await collect(await store().read(ref, 'data.tar'))).equals(big)).toBe(true);
      },
    );
    const gets = dataGets();
    expect(gets).toHaveLength(3);
    expect(rangeStart(gets[1]!)).toBeGreaterThan(rangeStart(gets[0]!));
    expect(rangeStart(gets[2]!)).toBeGreaterThan(rangeStart(gets[1]!));
    // One URL for the read, and a fresh one for each retry: a pre-signed URL may have expired.
    expect(urls).toBe(3);
  }, 60_000);

  it('a download that stalls mid-body is dropped and resumed', async () => {
    let stalled = 0;
    await throughProxy(
      (r) => (r.op === 'GetObject' && rangeLength(r) > 200_000 && stalled++ < 1 ? { kind: 'stall-mid-body' } : undefined),
      async () => {
        expect((await collect(await store({ stallMs: 500 }).read(ref, 'data.tar'))).equals(big)).toBe(true);
      },
    );
    const gets = dataGets();
    expect(gets).toHaveLength(2);
    expect(rangeStart(gets[1]!)).toBeGreaterThan(rangeStart(gets[0]!));
  }, 60_000);

  it('a reader slower than the stall limit is not a stalled download', async () => {
    await throughProxy(undefined, async () => {
      const r = await store({ stallMs: 300 }).read(ref, 'data.tar');
      const chunks: Buffer[] = [];
      for await (const c of r) {
        chunks.push(c as Buffer);
        // Held well past the stall limit while the download waits on us.
        if (chunks.length === 2) await new Promise((w) => setTimeout(w, 1000));
      }
      expect(Buffer.concat(chunks).equals(big)).toBe(true);
    });
    expect(dataGets()).toHaveLength(1);
  }, 60_000);

  it('a read that fails after every retry is "could not read, try again" in verify and restore, never damage', async () => {
    // Only the data object is larger than the tail of the zip that every read takes first.
    const inputs = {
      ...backupInputs('unreadable'),
      'assets-command': `printf x > "$BACKUP_OUT/a.txt"`,
      'data-command': `head -c 400000 /dev/urandom > "$BACKUP_OUT/dump.bin"`,
    };
    const b = await backupCommand(testIo(inputs, jobEnv(), siteDir));
    const budget = jobEnv({ SITE_BACKUP_READ_RETRIES: '2' });
    const target = path.join(siteDir, 'restored-unreadable');
    const restoreInputs = { ...inputs, backup: b.id, 'restore-dir': target, confirm: 'production', 'data-restore-command': 'true' };
    // Every blob download breaks: the manifest cannot be read.
    await throughProxy(
      (r) => (r.op === 'GetObject' ? { kind: 'reset-mid-body' } : undefined),
      async () => {
        const v = await verifyCommand(testIo({ ...inputs, backup: b.id }, budget, siteDir)).catch((e: unknown) => e as Error);
        expect((v as Error).message).toMatch(
          /could not read artifact unreadable--production--.*\/manifest\.json \(2 retries spent: .*\); this says nothing about the backup: try again/,
        );
        expect((v as Error).message).not.toMatch(/damaged|incomplete/i);
        const r = await restoreCommand(testIo(restoreInputs, budget, siteDir)).catch((e: unknown) => e as Error);
        expect((r as Error).message).toMatch(/could not read .*manifest\.json .*try again/);
        expect((r as Error).message).not.toMatch(/damaged|incomplete/i);
      },
    );
    // Only the data's download breaks, resumed or not: the manifest reads, the data object cannot.
    // Every read takes the zip's tail first, the range that ends last; the data's ranges end
    // before it, and are the only ones over a kilobyte (code and assets hold a few bytes).
    let tailEnd = 0;
    await throughProxy(
      (r) => {
        if (r.op !== 'GetObject') return undefined;
        const end = Number(/-(\d+)$/.exec(String(r.headers.range))?.[1]);
        if (end >= tailEnd) tailEnd = end;
        return end < tailEnd && rangeLength(r) > 1000 ? { kind: 'reset-mid-body' } : undefined;
      },
      async () => {
        const v = await verifyCommand(testIo({ ...inputs, backup: b.id }, budget, siteDir)).catch((e: unknown) => e as Error);
        expect((v as Error).message).toMatch(
          /could not read artifact unreadable--production--.*\/data\.tar\.zst \(2 retries spent: .*\); this says nothing about the backup: try again/,
        );
        expect((v as Error).message).not.toMatch(/damaged/i);
        const r = await restoreCommand(testIo(restoreInputs, budget, siteDir)).catch((e: unknown) => e as Error);
        expect((r as Error).message).toMatch(/could not read .*data\.tar\.zst .*try again/);
        expect((r as Error).message).not.toMatch(/damaged/i);
      },
    );
    expect(existsSync(path.join(target, 'data'))).toBe(false);
  }, 120_000);

  it("GitHub's own answer to the download request is not retried", async () => {
    const rec = results.seed({ name: `faults--production--${makeBackupId(new Date(), 'manual', 'gone')}` });
    const s = store();
    await s.list('faults', 'production');
    rec.expired = true;
    urls = 0;
    await withInject(
      (route) => (route === 'zip' ? (urls++, undefined) : undefined),
      async () => {
        await expect(s.read({ site: 'faults', environment: 'production', id: rec.name.split('--')[2]! }, 'manifest.json')).rejects.toThrow(
          /has expired/,
        );
      },
    );
    expect(urls).toBe(1);
  });
});
