import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDivioDouble, type DivioDouble } from './fakes/divio-api.js';
import { argvOf, expectFailedWithoutManifest, expectNoSecretsInArgv, extractComponent, openSession, runBackup, sandbox, storedBackups, type Sandbox } from './fakes/harness.js';

const TOKEN = 'divio-token-SECRET-77';
const BASE = { platform: 'divio', site: 'acme', environment: 'live', project: 'acme-shop' };

describe('divio', () => {
  let api: DivioDouble;
  let sb: Sandbox;
  let id: string;
  const env = (extra: Record<string, string> = {}) => ({ DIVIO_TOKEN: TOKEN, FAKE_DIVIO_TOKEN: TOKEN, FAKE_DIVIO_HOST: '127.0.0.1', ...extra });
  const inputs = (extra: Record<string, string> = {}) => ({ ...BASE, 'divio-zone': api.url, ...extra });

  beforeAll(async () => {
    api = await startDivioDouble({ token: TOKEN, appSlug: 'acme-shop', environment: 'live' });
    sb = await sandbox('divio');
    const run = await runBackup(sb, inputs(), env());
    if (run.error) throw run.error;
    id = run.result!.id;
    expect(run.io.secrets).toContain(TOKEN);
  });
  afterAll(() => api.close());

  it('backs up the database with the CLI and the media through the API, into a complete manifest', async () => {
    const { manifests } = await storedBackups(sb, 'acme', 'live');
    expect(manifests.map((m) => m.components.map((c) => c.name))).toEqual([['assets', 'data']]);
    const calls = sb.calls('divio');
    expect(argvOf(calls)).toEqual([
      ['login', '--check'],
      ['app', 'pull', 'db', 'live', 'DEFAULT', '--remote-id', 'acme-shop', '-d', '<tmp>/live-database.dump'],
    ]);
    // The token reached divio-cli only through the .netrc we wrote; never argv or a variable it reads.
    for (const c of calls) expect(c.netrc).toBe(true);
    expectNoSecretsInArgv(calls, [TOKEN]);

    const paths = api.requests.map((r) => `${r.method} ${r.path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')}`);
    expect(paths).toEqual([
      'GET /apps/v3/applications/?slug=acme-shop',
      'GET /apps/v3/environments/?application=<uuid>&slug=live',
      'GET /apps/v3/service-instances/?environment=<uuid>',
      'GET /apps/v3/service-instances/?environment=<uuid>&page=2',
      'POST /apps/v3/backups/',
      'GET /apps/v3/backups/<uuid>/',
      'GET /apps/v3/backups/<uuid>/',
      'POST /apps/v3/backup-downloads/',
      'GET /apps/v3/backup-download-service-instances/?backup=<uuid>',
      'GET /apps/v3/backup-download-service-instances/dlsi-<uuid>',
      'GET /apps/v3/backup-download-service-instances/dlsi-<uuid>',
      'GET /files/media.tar.gz',
    ]);
    for (const r of api.requests.filter((q) => q.path.startsWith('/apps/'))) expect(r.auth).toBe(`Token ${TOKEN}`);
    // The presigned download goes to object storage: it must not carry the token.
    expect(api.requests.at(-1)!.auth).toBeUndefined();
    const create = api.requests.find((r) => r.method === 'POST' && r.path === '/apps/v3/backups/')!.body as Record<string, unknown>;
    expect(create).toMatchObject({ services: [expect.any(String)], trigger: 'MANUAL' });
    const deleteIn = Date.parse(String(create.scheduled_for_deletion_at)) - Date.now();
    expect(deleteIn).toBeGreaterThan(50 * 60_000);
    expect(deleteIn).toBeLessThan(61 * 60_000);

    const assets = await extractComponent(sb, 'acme', 'live', id, 'assets');
    expect(existsSync(path.join(assets, 'uploads/team.jpg'))).toBe(true);
    expect(existsSync(path.join(assets, 'filer_public/a1/report.pdf'))).toBe(true);
    const data = await extractComponent(sb, 'acme', 'live', id, 'data');
    expect(readFileSync(path.join(data, 'live-database.dump')).subarray(0, 5).toString()).toBe('PGDMP');
  });

  it('refuses code, saying where it lives instead', async () => {
    const s = await sandbox('divio-code');
    const run = await runBackup(s, inputs({ components: 'code' }), env());
    await expectFailedWithoutManifest(s, run, 'acme', 'live', /cannot export "code": Divio apps deploy from a Git repository/);
  });

  it('needs DIVIO_TOKEN, and says so when Divio does not accept it', async () => {
    const s = await sandbox('divio-token');
    const a = await runBackup(s, inputs(), { FAKE_DIVIO_TOKEN: TOKEN, FAKE_DIVIO_HOST: '127.0.0.1' });
    await expectFailedWithoutManifest(s, a, 'acme', 'live', /Secret `DIVIO_TOKEN`: is not set/);
    const b = await runBackup(s, inputs(), env({ DIVIO_TOKEN: 'wrong-token-1234' }));
    await expectFailedWithoutManifest(s, b, 'acme', 'live', /Secret `DIVIO_TOKEN`: was not accepted by Divio \(`divio login --check` exited with 1/);
    expect(argvOf(s.calls('divio'))).toEqual([['login', '--check']]);
  });

  it('kills `pull db`, which polls its backup with no timeout, when the component timeout fires', async () => {
    const s = await sandbox('divio-forever');
    const run = await runBackup(s, inputs({ components: 'data', timeout: '1s' }), env({ FAKE_DIVIO: 'forever' }));
    await expectFailedWithoutManifest(s, run, 'acme', 'live', /data: timed out after 1\.0s/);
  });

  it('retries a failed database backup', async () => {
    const s = await sandbox('divio-db-retry');
    const run = await runBackup(s, inputs({ components: 'data' }), env({ FAKE_DIVIO: 'fail:1' }));
    expect(run.error).toBeUndefined();
    expect(s.calls('divio').filter((c) => c.argv[1] === 'pull')).toHaveLength(2);
  });

  it.each([
    ['html-dump', 'data', {}, /the database download is an HTML page \(an error from the storage\), not a dump/],
    ['', 'assets', { mode: 'backup-fail' as const }, /Divio backup .* completed with success=FAILURE/],
    ['', 'assets', { mode: 'corrupt' as const }, /the media download \(media\.tar\.gz\) is not a complete gzip stream/],
    ['', 'assets', { mode: 'download-error' as const }, /the backup download answered HTTP 500/],
  ])('%s %s %o: a clear error and no manifest', async (fake, component, double, message) => {
    const local = await startDivioDouble({ token: TOKEN, appSlug: 'acme-shop', environment: 'live', ...double });
    try {
      const s = await sandbox('divio-fail');
      const run = await runBackup(s, { ...BASE, 'divio-zone': local.url, components: component, retries: '0' }, env({ FAKE_DIVIO: fake }));
      await expectFailedWithoutManifest(s, run, 'acme', 'live', message);
    } finally {
      await local.close();
    }
  });

  it('does not retry a token the API refuses', async () => {
    const local = await startDivioDouble({ token: 'another-token', appSlug: 'acme-shop', environment: 'live' });
    try {
      const s = await sandbox('divio-401');
      const run = await runBackup(s, { ...BASE, 'divio-zone': local.url, components: 'assets' }, env());
      await expectFailedWithoutManifest(s, run, 'acme', 'live', /the Divio API refused the token \(HTTP 401 on \/apps\/v3\/applications\/\): check DIVIO_TOKEN/);
      expect(local.requests).toHaveLength(1);
    } finally {
      await local.close();
    }
  });

  describe('restore', () => {
    const signal = () => new AbortController().signal;

    it('pushes the dump (`push db --binary`) and the media (`push media`) to the target environment', async () => {
      const s = await sandbox('divio-restore');
      const data = await extractComponent(sb, 'acme', 'live', id, 'data');
      const assets = await extractComponent(sb, 'acme', 'live', id, 'assets');
      const { session } = await openSession(s, 'divio', inputs(), env(), 'live');
      await session.restore('data', data, { targetEnvironment: 'test', signal: signal() });
      await session.restore('assets', assets, { targetEnvironment: 'test', signal: signal() });
      await session.close();
      expect(argvOf(s.calls('divio'))).toEqual([
        ['login', '--check'],
        ['app', 'push', 'db', 'test', 'DEFAULT', '--remote-id', 'acme-shop', '-d', '<tmp>/live-database.dump', '--noinput', '--binary'],
        ['app', 'push', 'media', 'test', 'DEFAULT', '--remote-id', 'acme-shop', '--noinput'],
      ]);
      expect(s.readState('push-db.json')).toMatchObject({ env: 'test', binary: true, head: 'PGDMP' });
      expect(s.readState('push-media.json')).toMatchObject({ env: 'test', files: ['filer_public/a1/report.pdf', 'uploads/team.jpg'], config: { id: 'acme-shop' } });
      expectNoSecretsInArgv(s.calls(), [TOKEN]);
    });

    it('refuses code', async () => {
      const s = await sandbox('divio-restore-code');
      const { session } = await openSession(s, 'divio', inputs(), env(), 'live');
      await expect(session.restore('code', s.root, { targetEnvironment: 'test', signal: signal() })).rejects.toThrow(/Divio apps deploy from a Git repository/);
    });
  });
});
