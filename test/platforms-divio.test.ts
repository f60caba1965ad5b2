import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { divioZone } from '../src/platforms/divio.js';
import { DIVIO_STS, startDivioDouble, type DivioDouble } from './doubles/divio-api.js';
import { tarEntries } from './doubles/fixtures.js';
import { proxyEnv, startTlsProxy, type TlsProxy } from './doubles/tls-proxy.js';
import { DIVIO_VERSION, divioMissing, realDivio, runChild, siteBackupCli, type SiteBackupRun } from './helpers/real-cli.js';
import { describeWithTools } from './helpers/requires.js';
import { tempDir } from './helpers/tmp.js';

// Divio end to end: `site-backup backup` and `site-backup restore` (the source, under the
// action's Node 24) and the RELEASED divio-cli 4.0.5 against a double of Divio's API and object
// storage (test/doubles/divio-api.ts), reached over HTTPS through a loopback TLS proxy
// (test/doubles/tls-proxy.ts). The action installs divio-cli with `pip install
// divio-cli==4.0.5`; PyPI is not reachable here, so these tests run the release's unmodified
// source from ../shared/real-clis/divio-cli-4.0.5 with Debian's python3-* packages and small
// stand-ins for the five dependencies Debian lacks (inquirer, pyaml, click_aliases, giturl,
// simple_logging_setup: test/doubles/divio-shims).
//
// What runs where: backups of media and database, and the database restore, go through the API
// the CLI itself uses (4.0.5 cannot do them outside a local Docker project); the media restore is
// the real `divio app push media`.

const TOKEN = 'divio-token-SECRET-77';
const ZONE = 'divio.test';
const PGDUMP = Buffer.concat([
  Buffer.from('PGDMP'),
  Buffer.from([1, 14, 0, 4, 8, 1, 1, 1]),
  Buffer.from('\0acme live database\n'.repeat(50)),
]);
const MEDIA = {
  'uploads/team.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]),
  'filer_public/a1/report.pdf': Buffer.from('%PDF-1.4 report\n%%EOF\n'),
};

type Run = SiteBackupRun;

describeWithTools(`divio with the real divio-cli ${DIVIO_VERSION}`, divioMissing(), () => {
  let binDir: string;
  let root: string;

  beforeAll(async () => {
    binDir = (await realDivio()).binDir;
    root = await tempDir('sba-divio-');
    await mkdir(path.join(root, 'runner-temp'));
  });

  /** A double and its proxy for one test, closed afterwards. */
  async function world(o: Partial<Parameters<typeof startDivioDouble>[0]> = {}): Promise<{ api: DivioDouble; proxy: TlsProxy }> {
    const api = startDivioDouble({
      token: TOKEN,
      zone: ZONE,
      slug: 'acme-shop',
      legacyId: 4321,
      environments: {
        live: { media: MEDIA, database: PGDUMP },
        test: { media: { 'old.txt': 'stale' }, database: Buffer.from('-- old dump\n') },
      },
      // One poll per job keeps the CLI's fixed 2 s sleeps few; the main test asks for two, so
      // both clients also meet the in-between states (WORKING, no ended_at, not finished).
      polls: 1,
      ...o,
    });
    const proxy = await startTlsProxy(api.server, api.hosts);
    afterAll(() => proxy.close());
    return { api, proxy };
  }

  /** `site-backup <args>` under Node 24, through the proxy (in its own process; the proxy lives in this one). */
  function siteBackup(proxy: TlsProxy, args: string[], env: Record<string, string> = {}): Promise<Run> {
    return siteBackupCli(
      args,
      {
        HOME: root,
        RUNNER_TEMP: path.join(root, 'runner-temp'),
        DIVIO_TOKEN: TOKEN,
        SITE_BACKUP_POLL_MS: '20',
        SITE_BACKUP_RETRY_DELAY_MS: '5',
        ...proxyEnv(proxy, binDir),
        ...env,
      },
      root,
    );
  }

  /** The real divio-cli, with the netrc and settings the action writes. */
  async function divio(proxy: TlsProxy, cwd: string, args: string[]): Promise<Run> {
    const netrc = path.join(root, 'cli.netrc');
    await writeFile(netrc, `machine control.${ZONE}\n\tlogin site-backup\n\tpassword ${TOKEN}\n`, { mode: 0o600 });
    await mkdir(path.join(root, 'cli-config', 'divio'), { recursive: true });
    await writeFile(
      path.join(root, 'cli-config', 'divio', 'config.json'),
      JSON.stringify({ update_check_timestamp: Math.floor(Date.now() / 1000), 'sentry-dsn': '' }),
    );
    return runChild(
      'divio',
      args,
      { HOME: root, NETRC_PATH: netrc, XDG_CONFIG_HOME: path.join(root, 'cli-config'), DIVIO_ZONE: ZONE, ...proxyEnv(proxy, binDir) },
      cwd,
    );
  }

  const backupArgs = (store: string, extra: string[] = []) => [
    'backup',
    '--site',
    'acme',
    '--platform',
    'divio',
    '--environment',
    'live',
    '--project',
    'acme-shop',
    '--divio-zone',
    ZONE,
    '--store',
    store,
    '--compression',
    'none',
    ...extra,
  ];

  it('backs up media and database through the API the CLI uses, and restores them into another environment (media with the real `divio app push media`)', async () => {
    const { api, proxy } = await world({ polls: 2 });
    const store = path.join(root, 'store-main');

    const b = await siteBackup(proxy, backupArgs(store));
    expect(b.out).not.toContain(TOKEN);
    expect(b.code, b.out).toBe(0);
    const [id] = await readdir(path.join(store, 'acme', 'live'));
    const dir = path.join(store, 'acme', 'live', id!);
    const media = await tarEntries(path.join(dir, 'assets.tar'));
    expect([...media.keys()].sort()).toEqual(Object.keys(MEDIA).sort());
    for (const [p, bytes] of Object.entries(MEDIA)) expect(media.get(p)).toEqual(bytes);
    const data = await tarEntries(path.join(dir, 'data.tar'));
    expect([...data.keys()]).toEqual(['live-database.dump']);
    expect(data.get('live-database.dump')).toEqual(PGDUMP);

    // What Divio was asked, as the CLI asks it: a MANUAL backup deleted an hour later, a
    // download with the trigger PULL, the presigned download without the token.
    expect(
      api
        .backups()
        .map((x) => `${x.env} ${x.type} ${String(x.body.trigger)}`)
        .sort(),
    ).toEqual(['live DATABASE MANUAL', 'live STORAGE MANUAL']);
    for (const x of api.backups()) {
      const ms = Date.parse(String(x.body.scheduled_for_deletion_at)) - Date.now();
      expect(ms).toBeGreaterThan(50 * 60_000);
      expect(ms).toBeLessThan(61 * 60_000);
    }
    expect(api.downloads.map((d) => d.trigger)).toEqual(['PULL', 'PULL']);
    for (const r of api.requests) expect(r.auth, `${r.host}${r.path}`).toBe(r.host === `storage.${ZONE}` ? undefined : `Token ${TOKEN}`);
    // The slug was resolved once, and nothing else was asked with it.
    expect(api.requests.filter((r) => r.path.includes('acme-shop')).map((r) => r.path)).toEqual(['/apps/v3/applications/?slug=acme-shop']);
    expect(proxy.refused).toEqual([]);

    // Restore into `test`: the database through backups/upload + backup-restores, the media with
    // the released CLI (its uploads carry its own note, "Divio CLI push").
    api.requests.length = 0;
    const r = await siteBackup(proxy, [
      'restore',
      '--site',
      'acme',
      '--platform',
      'divio',
      '--environment',
      'live',
      '--target-environment',
      'test',
      '--project',
      'acme-shop',
      '--divio-zone',
      ZONE,
      '--store',
      store,
      '--backup',
      id!,
    ]);
    expect(r.out).not.toContain(TOKEN);
    expect(r.code, r.out).toBe(0);
    expect(api.restores.map((x) => [x.env, x.type, x.notes])).toEqual(
      expect.arrayContaining([
        ['test', 'DATABASE', 'site-backup-action'],
        ['test', 'STORAGE', 'Divio CLI push'],
      ]),
    );
    expect(api.restores).toHaveLength(2);
    expect(api.env('test').database).toEqual(PGDUMP);
    expect(new Map([...api.env('test').media])).toEqual(new Map(Object.entries(MEDIA)));
    expect(api.env('live').database).toEqual(PGDUMP);
    // The CLI ran with the UUID we resolved, never the slug, and it sent its own User-Agent.
    const cliCalls = api.requests.filter((r) => r.userAgent?.startsWith(`divio-cli/${DIVIO_VERSION}`));
    expect(cliCalls.length).toBeGreaterThan(0);
    expect(cliCalls.find((c) => c.path.startsWith('/apps/v3/environments/?'))!.path).toMatch(
      new RegExp(`application=${api.appUuid}&slug=test`),
    );
    expect(r.out).toMatch(/\$ divio app push media test DEFAULT --remote-id [0-9a-f-]{36} --noinput/);
    // It asked neither PyPI (update check) nor Sentry: every CONNECT went to the double.
    expect(proxy.refused).toEqual([]);
  });

  /** A minimal project home, what `app push media` reads: .divio/config.json and data/media. */
  async function projectHome(name: string, appUuid: string): Promise<string> {
    const home = path.join(root, name);
    await mkdir(path.join(home, '.divio'), { recursive: true });
    await mkdir(path.join(home, 'data', 'media', 'uploads'), { recursive: true });
    await writeFile(path.join(home, '.divio', 'config.json'), JSON.stringify({ application_uuid: appUuid, zone: ZONE }));
    await writeFile(path.join(home, 'data', 'media', 'uploads', 'new.jpg'), MEDIA['uploads/team.jpg']);
    return home;
  }

  const cliRequests = (api: DivioDouble) => api.requests.filter((r) => r.userAgent?.startsWith('divio-cli/'));

  // Section 0 of the reference, one behaviour each: the released CLI shows it, and our path
  // does not depend on it.

  it('4.0.5 `app pull db` has no -d and needs a local project, so the data backup goes through the API', async () => {
    const { api, proxy } = await world();
    const empty = path.join(root, 'no-project');
    await mkdir(empty, { recursive: true });
    const withD = await divio(proxy, empty, ['app', 'pull', 'db', 'live', '--remote-id', api.appUuid, '-d', 'live.dump']);
    expect(withD.code).toBe(2);
    expect(withD.out).toMatch(/No such option: -d/);
    const without = await divio(proxy, empty, ['app', 'pull', 'db', 'live', '--remote-id', api.appUuid]);
    expect(without.code).toBe(1);
    expect(without.out).toMatch(/configuration file '\.aldryn' or '\.divio\/config\.json' could not be found/);
    expect(api.backups()).toEqual([]);

    api.requests.length = 0;
    const store = path.join(root, 'store-pull-db');
    const b = await siteBackup(proxy, backupArgs(store, ['--components', 'data']));
    expect(b.code, b.out).toBe(0);
    expect(b.out).not.toMatch(/\$ divio /);
    expect(cliRequests(api)).toEqual([]);
    expect(api.backups().map((x) => x.type)).toEqual(['DATABASE']);
    expect(api.downloads).toEqual([expect.objectContaining({ trigger: 'PULL' })]);
  });

  it.each([
    ['MySQL text', Buffer.from('-- MySQL dump 10.13  Distrib 8.0\nCREATE TABLE t (id int);\n'), 'live-database.sql'],
    ['gzip SQL', gzipSync('-- PostgreSQL database dump\nCREATE TABLE t (id int);\n'), 'live-database.sql.gz'],
    ['tar.gz of a dump', null, 'live-database.tar.gz'],
  ] as const)('stores a %s download under a name that says how to load it', async (_kind, body, name) => {
    let database = body ? Buffer.from(body) : undefined;
    if (!database) {
      const dir = path.join(root, 'tar-dump');
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, 'db.dump'), PGDUMP);
      const chunks: Buffer[] = [];
      for await (const c of tar.c({ gzip: true, cwd: dir }, ['db.dump']) as AsyncIterable<Buffer>) chunks.push(c);
      database = Buffer.concat(chunks);
    }
    const { proxy } = await world({ environments: { live: { media: MEDIA, database } } });
    const store = path.join(root, `store-${name}`);
    const b = await siteBackup(proxy, backupArgs(store, ['--components', 'data']));
    expect(b.code, b.out).toBe(0);
    const [id] = await readdir(path.join(store, 'acme', 'live'));
    const data = await tarEntries(path.join(store, 'acme', 'live', id!, 'data.tar'));
    expect([...data.keys()]).toEqual([name]);
    expect(data.get(name)).toEqual(database);
  });

  it('4.0.5 `app push db` fails outside a project, so the data restore goes through backups/upload and backup-restores', async () => {
    const { api, proxy } = await world();
    const empty = path.join(root, 'no-project-push');
    await mkdir(empty, { recursive: true });
    await writeFile(path.join(empty, 'live.dump'), PGDUMP);
    const push = await divio(proxy, empty, ['app', 'push', 'db', 'test', '--remote-id', api.appUuid, '-d', 'live.dump', '--noinput']);
    expect(push.code).toBe(1);
    expect(push.out).toMatch(/could not be found/);
    expect(api.restores).toEqual([]);

    const store = path.join(root, 'store-push-db');
    expect((await siteBackup(proxy, backupArgs(store, ['--components', 'data']))).code).toBe(0);
    api.requests.length = 0;
    const r = await siteBackup(proxy, [
      'restore',
      '--site',
      'acme',
      '--platform',
      'divio',
      '--environment',
      'live',
      '--target-environment',
      'test',
      '--project',
      'acme-shop',
      '--divio-zone',
      ZONE,
      '--store',
      store,
      '--components',
      'data',
    ]);
    expect(r.code, r.out).toBe(0);
    expect(cliRequests(api)).toEqual([]);
    expect(api.restores).toEqual([{ env: 'test', type: 'DATABASE', prefix: 'DEFAULT', bytes: PGDUMP.length, notes: 'site-backup-action' }]);
    expect(api.env('test').database).toEqual(PGDUMP);
    const upload = api.requests.find((q) => q.path === '/apps/v3/backups/upload/')!;
    expect(upload.body).toMatchObject({
      environment: api.env('test').uuid,
      services: [api.env('test').services.find((x) => x.type === 'DATABASE')!.uuid],
    });
    expect(api.requests.filter((q) => q.host === `storage.${ZONE}`).map((q) => [q.method, q.auth])).toEqual([
      ['PUT', undefined],
      ['POST', undefined],
    ]);
  });

  it('4.0.5 passes a slug given as --remote-id through as a UUID, so we resolve it first, and reject an unknown one naming `project`', async () => {
    const { api, proxy } = await world();
    const home = await projectHome('slug-home', api.appUuid);
    const bySlug = await divio(proxy, home, ['app', 'push', 'media', 'test', '--remote-id', 'acme-shop', '--noinput']);
    expect(bySlug.code).toBe(1);
    expect(bySlug.out).toMatch(/IndexError: list index out of range/);
    expect(cliRequests(api).map((r) => r.path)).toContain('/apps/v3/environments/?application=acme-shop&slug=test');
    expect(api.restores).toEqual([]);

    // Our restore with the same slug hands the CLI the UUID (the main test checks the media arrive).
    const store = path.join(root, 'store-slug');
    const unknown = await siteBackup(proxy, [...backupArgs(store), '--project', 'acme-shopp']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.out).toMatch(/(?:Input `project`|--project): no Divio application with the slug "acme-shopp" is visible to this token/);
    expect(api.backups()).toEqual([]);
    expect(existsSync(path.join(store, 'acme'))).toBe(false);

    // A UUID that the token cannot see is refused too (the CLI names a flag's value of 16 or more
    // characters by the flag only, in case it was a secret passed to the wrong flag).
    const ghost = await siteBackup(proxy, [...backupArgs(store), '--project', '00000000-0000-4000-8000-000000000000']);
    expect(ghost.code).not.toBe(0);
    expect(ghost.out).toMatch(
      /(?:Input `project`|--project): no Divio application (?:00000000-0000-4000-8000-000000000000|<the value of --project>) is visible to this token/,
    );
    expect(api.backups()).toEqual([]);

    // A legacy numeric id is looked up the way the CLI looks it up.
    const legacy = await siteBackup(proxy, [...backupArgs(store, ['--components', 'assets']), '--project', '4321']);
    expect(legacy.code, legacy.out).toBe(0);
    expect(api.requests.map((r) => r.path)).toContain('/legacy/v3/applications/?id=4321');
  });

  it('`app push media` needs only a project home (.divio/config.json) and data/media', async () => {
    const { api, proxy } = await world();
    const home = await projectHome('media-home', api.appUuid);
    const r = await divio(proxy, home, ['app', 'push', 'media', 'test', 'DEFAULT', '--remote-id', api.appUuid, '--noinput']);
    expect(r.code, r.out).toBe(0);
    expect(api.restores).toEqual([expect.objectContaining({ env: 'test', type: 'STORAGE', notes: 'Divio CLI push' })]);
    expect([...api.env('test').media.keys()]).toEqual(['uploads/new.jpg']);
    expect(proxy.refused).toEqual([]);
  });

  it('refuses a token Divio does not accept, before anything else, without retrying', async () => {
    const { api, proxy } = await world();
    const r = await siteBackup(proxy, backupArgs(path.join(root, 'store-token')), { DIVIO_TOKEN: 'wrong-token-1234' });
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/Secret `DIVIO_TOKEN`: was not accepted by Divio \(GET https:\/\/api\.divio\.test\/iam\/v3\/me\/ answered 401\)/);
    expect(api.requests.map((q) => q.path)).toEqual(['/iam/v3/me/']);
    expect(r.out).not.toContain('wrong-token-1234');
  });

  it("a token that an API error quotes back reaches neither the log nor an error: the CLI's media push and our database restore", async () => {
    const { api, proxy } = await world({ fail: { uploadEchoesToken: true } });
    const store = path.join(root, 'store-echo');
    expect((await siteBackup(proxy, backupArgs(store))).code).toBe(0);
    const restore = [
      'restore',
      '--site',
      'acme',
      '--platform',
      'divio',
      '--environment',
      'live',
      '--target-environment',
      'test',
      '--project',
      'acme-shop',
      '--divio-zone',
      ZONE,
      '--store',
      store,
      '--components',
    ];
    // divio-cli prints the first 300 characters of an error body (api_requests.py verify); our
    // client puts them into its error.
    for (const [component, client] of [
      ['assets', 'divio-cli/'],
      ['data', 'node'],
    ] as const) {
      api.requests.length = 0;
      const r = await siteBackup(proxy, [...restore, component]);
      expect(r.code, component).not.toBe(0);
      expect(api.requests.find((q) => q.path === '/apps/v3/backups/upload/')?.userAgent, component).toMatch(new RegExp(`^${client}`));
      expect(r.out, component).toMatch(/Uploads are paused for this region \(request: Token \*\*\*\)/);
      expect(r.out, component).not.toContain(TOKEN);
    }
    expect(api.restores).toEqual([]);
  });

  it('names a restore target the application does not have, before the CLI runs', async () => {
    const { api, proxy } = await world();
    const store = path.join(root, 'store-target');
    expect((await siteBackup(proxy, backupArgs(store, ['--components', 'assets']))).code).toBe(0);
    const r = await siteBackup(proxy, [
      'restore',
      '--site',
      'acme',
      '--platform',
      'divio',
      '--environment',
      'live',
      '--target-environment',
      'stage',
      '--project',
      'acme-shop',
      '--divio-zone',
      ZONE,
      '--store',
      store,
    ]);
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/the application has no environment "stage"/);
    expect(r.out).not.toMatch(/\$ divio /);
    expect(api.restores).toEqual([]);
  });

  it.each([
    [
      'the storage answers 403 with an XML error body',
      'data',
      { downloadStatus: 403 },
      /data: .*the backup download answered HTTP 403: <\?xml/,
    ],
    ['the media download is cut short', 'assets', { truncateDownload: true }, /assets: .*the media download/],
    ['the backup fails on Divio', 'data', { backup: true }, /Divio backup [0-9a-f-]{36} completed with success=FAILURE, \["disk full"\]/],
  ])('%s: the component fails clearly and nothing is stored', async (_name, component, fail, message) => {
    const { proxy } = await world({ fail });
    const store = path.join(root, `store-fail-${component}-${Object.keys(fail)[0]}`);
    const r = await siteBackup(proxy, backupArgs(store, ['--components', component, '--retries', '0']));
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(message);
    const dirs = existsSync(path.join(store, 'acme', 'live')) ? await readdir(path.join(store, 'acme', 'live')) : [];
    for (const d of dirs) expect(existsSync(path.join(store, 'acme', 'live', d, 'manifest.json'))).toBe(false);
  });

  it('retries a backup that failed on Divio, and stops a job that never finishes at the component timeout', async () => {
    const flaky = await world({ fail: { backupTimes: 1 } });
    const r = await siteBackup(flaky.proxy, backupArgs(path.join(root, 'store-retry'), ['--components', 'data']));
    expect(r.code, r.out).toBe(0);
    expect(flaky.api.backups().map((x) => x.type)).toEqual(['DATABASE', 'DATABASE']);
    expect(r.out).toMatch(/completed with success=FAILURE/);

    // Divio never finishing a backup: the CLI would poll forever, and so would we but for the timeout.
    const stuck = await world({ polls: Number.MAX_SAFE_INTEGER });
    const t = await siteBackup(
      stuck.proxy,
      backupArgs(path.join(root, 'store-stuck'), ['--components', 'data', '--timeout', '2s', '--retries', '0']),
    );
    expect(t.code).not.toBe(0);
    expect(t.out).toMatch(/data: timed out after 2\.0s/);
  });

  it.each(['s3-sts-v1', 'az-sas-v1'] as const)(
    'restores through the %s upload handler: the media with the CLI (boto3 / azure-storage-blob), the database with our client',
    async (handler) => {
      const { api, proxy } = await world({ uploadHandler: handler });
      const store = path.join(root, `store-${handler}`);
      expect((await siteBackup(proxy, backupArgs(store))).code).toBe(0);
      api.requests.length = 0;
      const r = await siteBackup(proxy, [
        'restore',
        '--site',
        'acme',
        '--platform',
        'divio',
        '--environment',
        'live',
        '--target-environment',
        'test',
        '--project',
        'acme-shop',
        '--divio-zone',
        ZONE,
        '--store',
        store,
      ]);
      expect(r.code, r.out).toBe(0);
      expect(api.env('test').database).toEqual(PGDUMP);
      expect(new Map([...api.env('test').media])).toEqual(new Map(Object.entries(MEDIA)));
      const puts = api.requests.filter((q) => q.method === 'PUT');
      expect(puts).toHaveLength(2);
      for (const q of puts) {
        if (handler === 's3-sts-v1') {
          expect(q.host).toMatch(/^divio-backups\.s3\.(us-east-1\.)?amazonaws\.com$/);
          expect(q.sessionToken).toBe(DIVIO_STS.aws_session_token);
        } else {
          expect(q.host).toBe('divioacct.blob.core.windows.net');
        }
      }
      expect(proxy.refused).toEqual([]);
    },
  );

  it('fails a restore that Divio reports as failed: the CLI for the media, our client for the database', async () => {
    const { api, proxy } = await world({ fail: { restore: true } });
    const store = path.join(root, 'store-restore-fail');
    expect((await siteBackup(proxy, backupArgs(store))).code).toBe(0);
    const media = await siteBackup(proxy, [
      'restore',
      '--site',
      'acme',
      '--platform',
      'divio',
      '--environment',
      'live',
      '--target-environment',
      'test',
      '--project',
      'acme-shop',
      '--divio-zone',
      ZONE,
      '--store',
      store,
      '--components',
      'assets',
    ]);
    expect(media.code).not.toBe(0);
    expect(media.out).toMatch(/divio app push media exited with 1: .*Backup restore failed\./);
    const data = await siteBackup(proxy, [
      'restore',
      '--site',
      'acme',
      '--platform',
      'divio',
      '--environment',
      'live',
      '--target-environment',
      'test',
      '--project',
      'acme-shop',
      '--divio-zone',
      ZONE,
      '--store',
      store,
      '--components',
      'data',
    ]);
    expect(data.code).not.toBe(0);
    expect(data.out).toMatch(/the Divio restore [0-9a-f-]{36} finished with success=FAILURE/);
    expect(api.restores).toEqual([]);
  });
});

it('divio-zone accepts a zone name or its control panel URL, nothing else', () => {
  expect(divioZone('divio.com')).toBe('divio.com');
  expect(divioZone('https://control.example.org/')).toBe('example.org');
  for (const bad of ['https://control.example.org:8443', 'https://api.example.org', 'localhost', 'https://control.example.org/x']) {
    expect(() => divioZone(bad), bad).toThrow(/Input `divio-zone`: ".*" is not a Divio zone/);
  }
});
