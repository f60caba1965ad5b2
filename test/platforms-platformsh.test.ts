import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreCommand } from '../src/commands/restore.js';
import { mapSource } from '../src/config/source.js';
import { ensureCli } from '../src/platforms/install.js';
import { UPSUN_CLI } from '../src/platforms/platformsh.js';
import { runProcess } from '../src/util/exec.js';
import { startUpsunApi, type UpsunApi, type UpsunApiOptions } from './doubles/upsun-api.js';
import { testIo } from './helpers/io.js';
import { findProgram, mariaDbMissing, startMariaDb, type MariaDb } from './helpers/mariadb.js';
import { postgresMissing, startPostgres } from './helpers/postgres.js';
import { TEST_CACHE } from './helpers/real-cli.js';
import { describeWithTools } from './helpers/requires.js';
import { startSshd, sshStackMissing, type SshStack } from './helpers/ssh-stack.js';
import {
  expectFailedWithoutManifest,
  extractComponent,
  openSession as openPlatformSession,
  runBackup as runInProcess,
  storedBackups,
  type BackupRun,
} from './helpers/stored.js';
import { tempDir } from './helpers/tmp.js';
import { listTree } from './helpers/tree.js';

// Platform.sh and Upsun with the REAL released CLI (@upsun/cli-linux-x64 5.11.1, installed from
// npm by the action's own installer) against:
// - an API double (test/doubles/upsun-api.ts) that also signs the CLI's SSH certificates;
// - per environment, a real sshd that trusts the double's CA and whose forced command plays the
//   app container ($PLATFORM_RELATIONSHIPS, the app folder with its mounts), a real MariaDB behind
//   the relationship, and real rsync and git (project:get clones over that sshd, as on the
//   platform, from a bare repository the forced command serves with git-upload-pack).
// `platform` is the same binary run with our Platform.sh configuration (CLI_CONFIG_FILE).

// The action's install folder, kept between test files and runs: npm installs the CLI once.
const TOOL_DIR = TEST_CACHE;
const PROJECT = 'abc123xyz';
// The SSH host of every environment; SSH_OPTIONS sends it to the loopback sshd of the test.
const SSH_HOST = 'ssh.eu-5.platform.sh';
const missing = [...sshStackMissing(), ...mariaDbMissing(), ...(findProgram('git') ? [] : ['git']), ...(findProgram('npm') ? [] : ['npm'])];

interface AppContainer {
  ssh: SshStack;
  db: MariaDb;
  /** The app's root folder: mounts are folders in it; its `.environment` is sourced on login, as on the platform. */
  app: string;
}

/** One environment's container: sshd (trusting the double's CA) over the app folder, and its MariaDB. */
async function startContainer(root: string, name: string, caPublicKey: string, seed: string): Promise<AppContainer> {
  const db = await startMariaDb();
  await db.exec(seed);
  const app = path.join(root, `app-${name}`);
  await mkdir(app, { recursive: true });
  const rel = {
    scheme: 'mysql',
    host: '127.0.0.1',
    port: db.port,
    username: db.user,
    password: db.password,
    path: 'main',
    service: 'db',
    rel: 'mysql',
    type: 'mariadb:11.4',
    hostname: '127.0.0.1',
    ip: '127.0.0.1',
    public: false,
    query: { is_master: true },
  };
  const b64 = Buffer.from(JSON.stringify({ database: [rel] })).toString('base64');
  const ssh = await startSshd({
    trustedUserCaKey: caPublicKey,
    remotePrelude: `PLATFORM_RELATIONSHIPS='${b64}'\nexport PLATFORM_RELATIONSHIPS\ncd '${app}' || exit 1\nif [ -f .environment ]; then . ./.environment; fi`,
  });
  return { ssh, db, app };
}

const SEED_PRODUCTION = `CREATE DATABASE main; CREATE DATABASE reports;
CREATE TABLE main.users (id INT PRIMARY KEY, email VARCHAR(100)); INSERT INTO main.users VALUES (1,'ann@example.com'),(2,'bob@example.com');
CREATE TABLE reports.sales (id INT PRIMARY KEY, total INT); INSERT INTO reports.sales VALUES (1, 4200);`;
const SEED_STAGING = `CREATE DATABASE main; CREATE DATABASE reports;
CREATE TABLE main.users (id INT PRIMARY KEY, email VARCHAR(100)); INSERT INTO main.users VALUES (9,'stale@example.com');`;

interface World {
  api: UpsunApi;
  prod: AppContainer;
  /** Absent when a test needs only production. */
  staging?: AppContainer;
  repo: string;
}

async function git(cwd: string, ...args: string[]): Promise<void> {
  const r = await runProcess('git', ['-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', ...args], { cwd });
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderrTail}`);
}

/** The project's git repository: a local bare repository is what project:get clones. */
async function makeRepo(root: string): Promise<string> {
  const src = path.join(root, 'src');
  await mkdir(path.join(src, '.upsun'), { recursive: true });
  await writeFile(path.join(src, 'index.php'), '<?php echo "shop";\n');
  await writeFile(path.join(src, '.upsun', 'config.yaml'), 'applications: {}\n');
  await git(root, 'init', '-q', '-b', 'production', src);
  await git(src, 'add', '.');
  await git(src, 'commit', '-qm', 'Shop');
  const bare = path.join(root, 'repo.git');
  await git(root, 'clone', '-q', '--bare', src, bare);
  return bare;
}

const TOKENS = { platformsh: 'psh-token-SECRET-9000', upsun: 'upsun-token-SECRET-9001' };

async function startWorld(
  root: string,
  extra: Partial<UpsunApiOptions> = {},
  seeds: { prod: string; staging?: string } = { prod: SEED_PRODUCTION, staging: SEED_STAGING },
): Promise<World> {
  const repo = await makeRepo(root);
  const services = { db: { type: 'mariadb:11.4', configuration: { schemas: ['main', 'reports'] } } };
  const mounts = { '/web/files': { source: 'local', source_path: 'files' }, '/private': { source: 'local', source_path: 'private' } };
  // The user the CLI logs in as: sshd lets in the account running the tests.
  const user = (await import('node:os')).userInfo().username;
  const api = await startUpsunApi({
    projectId: PROJECT,
    // Both flavours share one double; the test sets the token each one presents.
    apiToken: extra.apiToken ?? TOKENS.upsun,
    // Over SSH, as on the platform: git runs git-upload-pack through the production sshd.
    repositoryUrl: `${user}@${SSH_HOST}:${repo}`,
    principals: [user],
    environments: [
      { id: 'production', sshUrl: `ssh://${user}@${SSH_HOST}`, mounts, services },
      { id: 'staging', sshUrl: `ssh://${user}@${SSH_HOST}`, mounts, services },
      // An environment whose app has no mounts.
      { id: 'bare', sshUrl: `ssh://${user}@${SSH_HOST}`, services },
    ],
    ...extra,
  });
  // At once: each MariaDB starts from its own copy of the helper's pristine data folder and its own temp folder.
  const [prod, staging] = await Promise.all([
    startContainer(root, 'production', api.caPublicKey, seeds.prod),
    seeds.staging === undefined ? undefined : startContainer(root, 'staging', api.caPublicKey, seeds.staging),
  ]);
  await mkdir(path.join(prod.app, 'web/files/docs'), { recursive: true });
  await mkdir(path.join(prod.app, 'private'), { recursive: true });
  if (staging) {
    await mkdir(path.join(staging.app, 'web/files'), { recursive: true });
    await mkdir(path.join(staging.app, 'private'), { recursive: true });
  }
  await writeFile(path.join(prod.app, 'web/files/docs/terms.pdf'), '%PDF-1.4\n% terms\n%%EOF\n');
  await writeFile(path.join(prod.app, 'web/files/logo.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
  await writeFile(path.join(prod.app, 'private/export.csv'), 'id,email\n1,ann@example.com\n');
  return { api, prod, ...(staging ? { staging } : {}), repo };
}

async function stopWorld(w: World | undefined): Promise<void> {
  if (!w) return;
  await Promise.all([w.prod.ssh.stop(), w.prod.db.stop(), w.staging?.ssh.stop(), w.staging?.db.stop(), w.api.stop()]);
}

type Kind = 'platformsh' | 'upsun';
const PREFIX: Record<Kind, string> = { platformsh: 'PLATFORMSH_CLI_', upsun: 'UPSUN_CLI_' };
const TOKEN_VAR: Record<Kind, string> = { platformsh: 'PLATFORMSH_CLI_TOKEN', upsun: 'UPSUN_CLI_TOKEN' };

/** What a test hands the action: the token, and where the CLI finds the double and the environment's sshd. */
async function cliEnv(sb: Sandbox, kind: Kind, api: UpsunApi, ssh: SshStack, token = TOKENS.upsun): Promise<Record<string, string>> {
  const pre = PREFIX[kind];
  const home = path.join(sb.root, `cli-home-${Math.random().toString(36).slice(2)}`);
  await mkdir(home, { recursive: true });
  return {
    [TOKEN_VAR[kind]]: token,
    [`${pre}API_BASE_URL`]: api.url,
    [`${pre}API_AUTH_URL`]: api.url,
    // A fresh home per run: the CLI caches the project, environments, token and relationships there.
    [`${pre}HOME`]: home,
    [`${pre}TMP`]: path.join(TOOL_DIR, 'upsun-tmp'),
    // The CLI drops any port from the SSH URL; this is how its own tests reach a local sshd.
    [`${pre}SSH_OPTIONS`]: `HostName 127.0.0.1\nPort ${ssh.port}`,
    [`${pre}SSH_HOST_KEYS`]: ssh.knownHosts.trim(),
    SITE_BACKUP_TOOL_DIR: TOOL_DIR,
    // The sandbox's HOME hides the machine's npm settings: keep a CA bundle the registry needs.
    ...(process.env.NODE_EXTRA_CA_CERTS
      ? { NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS, npm_config_cafile: process.env.NODE_EXTRA_CA_CERTS }
      : {}),
  };
}

/** A test's own folder and local store; env() is a runner step's environment plus `extra`. */
interface Sandbox {
  root: string;
  store: string;
  env(extra?: Record<string, string>): NodeJS.ProcessEnv;
}

async function sandbox(name: string): Promise<Sandbox> {
  const root = await tempDir(`sba-${name}-`);
  await mkdir(path.join(root, 'runner-temp'), { recursive: true });
  return {
    root,
    store: path.join(root, 'store'),
    env: (extra = {}) => ({
      PATH: process.env.PATH,
      HOME: root,
      RUNNER_TEMP: path.join(root, 'runner-temp'),
      SITE_BACKUP_RETRY_DELAY_MS: '5',
      SITE_BACKUP_POLL_MS: '5',
      ...extra,
    }),
  };
}

const runBackup = (sb: Sandbox, inputs: Record<string, string>, env: Record<string, string>): Promise<BackupRun> =>
  runInProcess(sb.store, inputs, sb.env(env), sb.root);
const openSession = (sb: Sandbox, platform: Kind, inputs: Record<string, string>, env: Record<string, string>, environment?: string) =>
  openPlatformSession(platform, inputs, sb.env(env), sb.root, environment);

const gz = (file: string) => gunzipSync(readFileSync(file)).toString('utf8');

describeWithTools('Platform.sh / Upsun with the released CLI', missing, () => {
  beforeAll(async () => {
    await mkdir(path.join(TOOL_DIR, 'upsun-tmp'), { recursive: true });
  });

  describe.each(['upsun', 'platformsh'] as const)('%s', (kind) => {
    let sb: Sandbox;
    let w: World;
    let id: string;
    let lines: string[];
    const inputs = {
      platform: kind,
      site: 'shop',
      environment: 'production',
      project: PROJECT,
      'platformsh-app': 'app',
      'platformsh-backup': 'true',
    };

    beforeAll(async () => {
      sb = await sandbox(`${kind}-real`);
      w = await startWorld(sb.root, { apiToken: TOKENS[kind] });
      const run = await runBackup(sb, inputs, await cliEnv(sb, kind, w.api, w.prod.ssh, TOKENS[kind]));
      lines = run.io.lines;
      if (run.error) throw new Error(`${run.error.message}\n${lines.slice(-40).join('\n')}`);
      id = run.result!.id;
    }, 600_000);
    afterAll(() => stopWorld(w));

    it('installs the CLI from the npm package, not the curl installer', () => {
      const log = lines.join('\n');
      expect(log).toMatch(/@upsun\/cli-linux-x64@5\.11\.1 \(npm\)/);
      expect(log).not.toMatch(/installer\.sh|curl/);
    });

    it('backs up the branch, every mount and every schema, with a platform backup in the manifest', async () => {
      const { manifests } = await storedBackups(sb.store, 'shop', 'production');
      expect(manifests).toHaveLength(1);
      const m = manifests[0]!;
      expect(m.components.map((c) => c.name)).toEqual(['code', 'assets', 'data']);
      const backups = w.api.backups('production');
      expect(backups).toHaveLength(1);
      expect(m.platformSnapshot).toMatchObject({
        provider: kind,
        project: PROJECT,
        environment: 'production',
        live: false,
        backupId: backups[0]!.id,
      });

      const code = await extractComponent(sb.store, 'shop', 'production', 'code', sb.root, id);
      expect(readFileSync(path.join(code, 'index.php'), 'utf8')).toContain('shop');
      expect(existsSync(path.join(code, '.git/HEAD'))).toBe(true);
      expect(existsSync(path.join(code, '.upsun/config.yaml'))).toBe(true);
      // project:get's own state (.upsun/local or .platform/local) is not the site's code.
      expect(existsSync(path.join(code, '.upsun/local'))).toBe(false);
      expect(existsSync(path.join(code, '.platform/local'))).toBe(false);

      const assets = await extractComponent(sb.store, 'shop', 'production', 'assets', sb.root, id);
      expect(readFileSync(path.join(assets, 'web/files/docs/terms.pdf'), 'utf8')).toContain('%PDF-1.4');
      expect(existsSync(path.join(assets, 'web/files/logo.png'))).toBe(true);
      expect(readFileSync(path.join(assets, 'private/export.csv'), 'utf8')).toContain('ann@example.com');

      const data = await extractComponent(sb.store, 'shop', 'production', 'data', sb.root, id);
      expect((await readdir(data)).filter((n) => n.endsWith('.sql.gz')).sort()).toEqual([
        'database--main.sql.gz',
        'database--reports.sql.gz',
      ]);
      expect(gz(path.join(data, 'database--main.sql.gz'))).toContain("(1,'ann@example.com')");
      expect(gz(path.join(data, 'database--reports.sql.gz'))).toContain('(1,4200)');
      for (const dir of [code, assets, data]) expect(existsSync(path.join(dir, 'platform-snapshot.json'))).toBe(true);
    });

    it('passes -A to the SSH commands only: backup:create takes none (the CLI rejects it)', () => {
      // With platformsh-app set, the backup still ran: the real CLI exits 1 on `backup:create -A`.
      expect(w.api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/environments/production/backups'))).toEqual([
        { method: 'POST', path: `/projects/${PROJECT}/environments/production/backups`, body: { safe: true } },
      ]);
      const ran = lines.filter((l) => /\$ (platform|upsun) /.test(l));
      for (const l of ran.filter((x) => /backup:(create|list|restore)/.test(x))) expect(l).not.toMatch(/ -A( |$)/);
      for (const l of ran.filter((x) => /(db:dump|mount:download|environment:relationships) /.test(x))) expect(l).toMatch(/ -A app( |$)/);
    });

    it('went over SSH with a certificate the double signed, to the real sshd, MariaDB and rsync', () => {
      expect(w.api.certificates.length).toBeGreaterThan(0);
      const remote = w.prod.ssh.remoteArgv();
      expect(remote).toMatch(/mariadb-dump --single-transaction .* main\n/);
      expect(remote).toMatch(/mariadb-dump --single-transaction .* reports\n/);
      expect(remote).toMatch(/rsync --server --sender .* web\/files\//);
      // project:get cloned over SSH too: git's upload-pack ran in the container.
      expect(w.prod.ssh.commands().some((c) => /^git-upload-pack '.*repo\.git'$/.test(c))).toBe(true);
      expect(w.api.unknown).toEqual([]);
      // The token never reached a command line or the log.
      expect(lines.join('\n')).not.toContain(TOKENS[kind]);
      expect(w.prod.ssh.commands().join('\n')).not.toContain(TOKENS[kind]);
    });

    it('restores data and mounts into another environment (staging) through `site-backup restore`', async () => {
      const io = testIo(
        {
          ...inputs,
          'platformsh-backup': 'false',
          store: sb.store,
          backup: id,
          'target-environment': 'staging',
          components: 'assets,data',
        },
        sb.env(await cliEnv(sb, kind, w.api, w.staging!.ssh, TOKENS[kind])),
        sb.root,
      );
      await restoreCommand(io);
      expect(await w.staging!.db.exec('SELECT id, email FROM users ORDER BY id', 'main')).toBe('1\tann@example.com\n2\tbob@example.com\n');
      expect(await w.staging!.db.exec('SELECT total FROM sales', 'reports')).toBe('4200\n');
      expect(readFileSync(path.join(w.staging!.app, 'web/files/docs/terms.pdf'), 'utf8')).toContain('%PDF-1.4');
      expect(readFileSync(path.join(w.staging!.app, 'private/export.csv'), 'utf8')).toContain('ann@example.com');
      // Each schema through `sql --schema`, into the staging container only.
      const remote = w.staging!.ssh.remoteArgv();
      expect(remote).toMatch(/mariadb --no-auto-rehash .* main\n/);
      expect(remote).toMatch(/mariadb --no-auto-rehash .* reports\n/);
      expect(w.prod.ssh.remoteArgv()).not.toMatch(/mariadb --no-auto-rehash .* reports\n/);
    }, 300_000);

    it('restores the recorded platform backup with one backup:restore --target', async () => {
      const data = await extractComponent(sb.store, 'shop', 'production', 'data', sb.root, id);
      const code = await extractComponent(sb.store, 'shop', 'production', 'code', sb.root, id);
      const { session, io } = await openSession(
        sb,
        kind,
        { ...inputs, 'platformsh-restore-from': 'snapshot' },
        await cliEnv(sb, kind, w.api, w.staging!.ssh, TOKENS[kind]),
      );
      const signal = new AbortController().signal;
      await session.restore('data', data, { targetEnvironment: 'staging', signal });
      await session.restore('code', code, { targetEnvironment: 'staging', signal });
      expect(w.api.restores).toEqual([
        {
          backup: w.api.backups('production')[0]!.id,
          from: 'production',
          options: expect.objectContaining({ environment_name: 'staging' }),
        },
      ]);
      expect(io.lines.some((l) => /already restored by backup:restore/.test(l))).toBe(true);
    }, 300_000);
  });

  describe('section 0 behaviours', () => {
    let sb: Sandbox;
    let w: World;
    const base = { platform: 'upsun', site: 'shop', environment: 'production', project: PROJECT };

    beforeAll(async () => {
      sb = await sandbox('upsun-sec0');
      // The quota: one manual backup per environment, and one already there.
      w = await startWorld(
        sb.root,
        { backupQuota: 1 },
        {
          prod: `${SEED_PRODUCTION}
CREATE TABLE reports.tmp (x INT); CREATE VIEW reports.broken AS SELECT x FROM reports.tmp; DROP TABLE reports.tmp;`,
        },
      );
      w.api.addBackup('production', 'bkold0001', new Date('2025-12-01T00:00:00Z'));
    }, 600_000);
    afterAll(() => stopWorld(w));

    it('backup:create deleted the older backup: recorded and logged, and a restore of it is refused clearly', async () => {
      const run = await runBackup(
        sb,
        { ...base, components: 'code', 'platformsh-backup': 'true' },
        await cliEnv(sb, 'upsun', w.api, w.prod.ssh),
      );
      expect(run.error).toBeUndefined();
      expect(w.api.deletedBackups).toEqual(['bkold0001']);
      const snap = run.result!.manifest!.platformSnapshot!;
      expect(snap.deletedBackups).toEqual(['bkold0001']);
      expect(snap.backupId).toBe(w.api.backups('production')[0]!.id);
      expect(run.io.lines.some((l) => /deleted 1 older backup of production to make room .*bkold0001/.test(l))).toBe(true);

      // An archive whose recorded backup the platform has since deleted.
      const dir = path.join(sb.root, 'old-archive');
      await mkdir(dir, { recursive: true });
      await writeFile(
        path.join(dir, 'platform-snapshot.json'),
        JSON.stringify({ provider: 'upsun', project: PROJECT, environment: 'production', backupId: 'bkold0001' }),
      );
      const { session } = await openSession(
        sb,
        'upsun',
        { ...base, 'platformsh-restore-from': 'snapshot' },
        await cliEnv(sb, 'upsun', w.api, w.prod.ssh),
      );
      await expect(session.restore('code', dir, { targetEnvironment: 'staging', signal: new AbortController().signal })).rejects.toThrow(
        /platform backup bkold0001 recorded with this backup no longer exists on production \(the platform deletes the oldest backup/,
      );
      expect(w.api.restores).toEqual([]);
    }, 300_000);

    it('backup:create that prints no backup name: the one new backup in the list is recorded, never an older one', async () => {
      const before = w.api.backups('production').map((b) => b.id);
      w.api.behave({ omitBackupName: true });
      try {
        const run = await runBackup(
          sb,
          { ...base, components: 'code', 'platformsh-backup': 'true' },
          await cliEnv(sb, 'upsun', w.api, w.prod.ssh),
        );
        expect(run.error).toBeUndefined();
        const now = w.api.backups('production').map((b) => b.id);
        expect(now).toHaveLength(1);
        expect(before).not.toContain(now[0]);
        expect(run.result!.manifest!.platformSnapshot).toMatchObject({ backupId: now[0], deletedBackups: before });
        expect(run.io.lines.some((l) => /printed no backup name; recording bk\w+, the one backup that was not listed before/.test(l))).toBe(
          true,
        );
      } finally {
        w.api.behave({ omitBackupName: false });
      }
    }, 300_000);

    it('a backup activity that fails ends the run with a clear error', async () => {
      const fresh = await sandbox('upsun-sec0-backupfail');
      w.api.behave({ failBackups: true });
      try {
        const run = await runBackup(
          fresh,
          { ...base, components: 'code', 'platformsh-backup': 'true' },
          await cliEnv(fresh, 'upsun', w.api, w.prod.ssh),
        );
        await expectFailedWithoutManifest(
          run,
          'shop',
          'production',
          /upsun backup:create exited with 1: the platform would not take a backup/,
        );
      } finally {
        w.api.behave({ failBackups: false });
      }
    }, 300_000);

    it('a dump that fails half-way exits 0 (no pipefail in the remote shell), and the archive check catches it', async () => {
      const sb = await sandbox('upsun-sec0-fail');
      // reports.broken is a view on a dropped table: mariadb-dump stops there with an error, gzip
      // closes the stream, and /bin/sh (no pipefail) reports gzip's 0. db:dump exits 0.
      // One retry: a short dump counts as transient, so it is tried again before the run fails.
      const run = await runBackup(sb, { ...base, components: 'data', retries: '1' }, await cliEnv(sb, 'upsun', w.api, w.prod.ssh));
      await expectFailedWithoutManifest(
        run,
        'shop',
        'production',
        /upsun db:dump -r database --schema reports failed \(tried 2 times\): the database dump of reports \(database--reports\.sql\.gz\).*does not end with the dump tool's completion line/,
      );
      expect(run.io.lines.some((l) => /\$ upsun db:dump .* --schema reports/.test(l))).toBe(true);
    }, 300_000);

    it('an SSH host key the CLI does not know ends in a clear error', async () => {
      const fresh = await sandbox('upsun-sec0-hostkey');
      const env = { ...(await cliEnv(fresh, 'upsun', w.api, w.prod.ssh)), UPSUN_CLI_SSH_HOST_KEYS: w.prod.ssh.wrongKnownHosts.trim() };
      const run = await runBackup(fresh, { ...base, components: 'assets', retries: '0' }, env);
      await expectFailedWithoutManifest(
        run,
        'shop',
        'production',
        /upsun mount:download: ssh refused the environment's host key \("Host key verification failed"\)/,
      );
    }, 300_000);

    it("output from the app's .environment breaks rsync: the error says so (platformsh/platformsh-docs#2234)", async () => {
      const fresh = await sandbox('upsun-sec0-noisy');
      const dotenv = path.join(w.prod.app, '.environment');
      await writeFile(dotenv, 'echo "Loading the environment"\n');
      try {
        const run = await runBackup(
          fresh,
          { ...base, components: 'assets', retries: '0' },
          await cliEnv(fresh, 'upsun', w.api, w.prod.ssh),
        );
        await expectFailedWithoutManifest(
          run,
          'shop',
          'production',
          /rsync reported "protocol version mismatch": something in the app's \.environment file prints output on login/,
        );
      } finally {
        await rm(dotenv, { force: true });
      }
    }, 300_000);

    it('pull-cache: a seeded assets folder gets mount:download --delete and ends as an exact mirror of the mounts', async () => {
      const fresh = await sandbox('upsun-pull-cache');
      const kept = path.join(fresh.root, 'kept');
      const keptAssets = path.join(kept, 'upsun', 'shop', 'production', 'assets');
      const gone = path.join(w.prod.app, 'web/files/pull-gone.txt');
      const changed = path.join(w.prod.app, 'private/pull-note.txt');
      await writeFile(gone, 'deleted before the second backup\n');
      await writeFile(changed, 'version 1\n');
      try {
        const first = await runBackup(
          fresh,
          { ...base, components: 'assets', 'pull-cache': kept },
          await cliEnv(fresh, 'upsun', w.api, w.prod.ssh),
        );
        if (first.error) throw first.error;
        expect(readFileSync(path.join(keptAssets, 'private/pull-note.txt'), 'utf8')).toBe('version 1\n');
        // The host changes; the kept export also holds a folder that is no mount (one the app dropped).
        await rm(gone);
        await writeFile(changed, 'version 2, longer\n');
        await mkdir(path.join(keptAssets, 'dropped-mount'), { recursive: true });
        await writeFile(path.join(keptAssets, 'dropped-mount/old.txt'), 'from a mount the app no longer has\n');
        const second = await runBackup(
          fresh,
          { ...base, components: 'assets', 'pull-cache': kept },
          await cliEnv(fresh, 'upsun', w.api, w.prod.ssh),
        );
        if (second.error) throw second.error;
        expect(second.io.lines.some((l) => /pull-cache: assets: seeded with the export of the last successful backup/.test(l))).toBe(true);
        expect(second.io.lines.some((l) => /\$ upsun mount:download .*--all --target \S+ --delete/.test(l))).toBe(true);
        const assets = await extractComponent(fresh.store, 'shop', 'production', 'assets', fresh.root, second.result!.id);
        expect((await readdir(assets)).sort()).toEqual(['private', 'web']);
        for (const m of ['web/files', 'private']) expect(listTree(path.join(assets, m)), m).toEqual(listTree(path.join(w.prod.app, m)));
        expect(listTree(keptAssets)).toEqual(listTree(assets));
      } finally {
        await rm(gone, { force: true });
        await rm(changed, { force: true });
      }
    }, 300_000);

    it('an environment without mounts: a clear error instead of an empty assets archive', async () => {
      const fresh = await sandbox('upsun-sec0-nomounts');
      const run = await runBackup(
        fresh,
        { ...base, environment: 'bare', components: 'assets', retries: '0' },
        await cliEnv(fresh, 'upsun', w.api, w.prod.ssh),
      );
      await expectFailedWithoutManifest(
        run,
        'shop',
        'bare',
        /the bare environment has no mounts, so there are no files to back up; remove "assets" from `components`/,
      );
    }, 300_000);

    it('a refused token reads as a token problem, and the CLI quoting it back leaks it nowhere', async () => {
      const sb = await sandbox('upsun-sec0-fail');
      const wrong = 'wrong-token-SECRET-quoted';
      const run = await runBackup(sb, { ...base, components: 'code' }, await cliEnv(sb, 'upsun', w.api, w.prod.ssh, wrong));
      await expectFailedWithoutManifest(
        run,
        'shop',
        'production',
        /upsun project:get was refused \(.*Invalid API token: \*\*\*\): check UPSUN_CLI_TOKEN/,
      );
      // The token was registered before the CLI ran, so the line the CLI printed is masked.
      expect(run.io.secrets).toContain(wrong);
      expect(run.io.lines.some((l) => /Invalid API token: \*\*\*/.test(l))).toBe(true);
      expect([...run.io.lines, run.error!.message].join('\n')).not.toContain(wrong);
    }, 300_000);

    it('names a project that does not exist', async () => {
      const sb = await sandbox('upsun-sec0-fail');
      const run = await runBackup(
        sb,
        { ...base, project: 'nope42', components: 'code', retries: '0' },
        await cliEnv(sb, 'upsun', w.api, w.prod.ssh),
      );
      await expectFailedWithoutManifest(
        run,
        'shop',
        'production',
        /upsun project:get: Specified project not found: nope42 \(check `project` and `environment`\)/,
      );
    }, 300_000);
  });

  describeWithTools('PostgreSQL: pg_dump per schema, and a restore with an SQL error', postgresMissing(), () => {
    it('dumps each schema; `sql` alone imports past an SQL error and exits 0, with our ON_ERROR_STOP line it stops and fails', async () => {
      const sb = await sandbox('upsun-pg');
      const password = 'pg-app-SECRET-7';
      const pg = await startPostgres(password);
      const api = await startUpsunApi({
        projectId: PROJECT,
        apiToken: TOKENS.upsun,
        repositoryUrl: path.join(sb.root, 'none.git'),
        principals: [(await import('node:os')).userInfo().username],
        environments: [
          {
            id: 'staging',
            sshUrl: `ssh://${(await import('node:os')).userInfo().username}@${SSH_HOST}`,
            services: { pg: { type: 'postgresql:16' } },
          },
        ],
      });
      const rel = {
        scheme: 'pgsql',
        host: '127.0.0.1',
        port: pg.port,
        username: 'app',
        password,
        path: 'main',
        service: 'pg',
        rel: 'postgresql',
        type: 'postgresql:16',
        hostname: '127.0.0.1',
        ip: '127.0.0.1',
        public: false,
        query: { is_master: true },
      };
      const b64 = Buffer.from(JSON.stringify({ database: [rel] })).toString('base64');
      const ssh = await startSshd({
        trustedUserCaKey: api.caPublicKey,
        remotePrelude: `PLATFORM_RELATIONSHIPS='${b64}'\nexport PLATFORM_RELATIONSHIPS`,
      });
      try {
        const sql = 'CREATE TABLE t (x int);\nINSERT INTO t VALUES (1);\nSELEC oops;\nINSERT INTO t VALUES (2);\n';
        const env = { ...sb.env(await cliEnv(sb, 'upsun', api, ssh)) };
        // The binary as the action installs it (the same install the other tests use).
        const io = testIo({}, env, sb.root);
        const cli = (
          await ensureCli({ site: 'shop', environment: 'staging', inputs: mapSource({}), env, log: io.log, workDir: sb.root }, UPSUN_CLI)
        ).bin;

        // A backup: every database the relationship's user may connect to (postgres is left out).
        pg.psql('CREATE DATABASE main');
        pg.psql('CREATE DATABASE reports');
        pg.psql('CREATE TABLE sales (id int primary key, total int); INSERT INTO sales VALUES (1, 4200);', 'reports');
        const backup = await runBackup(
          sb,
          { platform: 'upsun', site: 'shop', environment: 'staging', project: PROJECT, components: 'data' },
          await cliEnv(sb, 'upsun', api, ssh),
        );
        expect(backup.error).toBeUndefined();
        const dumped = await extractComponent(sb.store, 'shop', 'staging', 'data', sb.root, backup.result!.id);
        expect((await readdir(dumped)).filter((n) => n.endsWith('.sql.gz')).sort()).toEqual([
          'database--main.sql.gz',
          'database--reports.sql.gz',
        ]);
        expect(gz(path.join(dumped, 'database--reports.sql.gz'))).toMatch(/COPY public\.sales .*\n1\t4200\n/);
        expect(ssh.remoteArgv()).toMatch(/pg_dump --no-owner --if-exists --clean --blobs .*\/reports\n/);

        // The CLI by itself: psql without ON_ERROR_STOP reports the error, goes on, and exits 0.
        const plain = await runProcess(cli, ['sql', '-p', PROJECT, '-e', 'staging', '--yes', '-r', 'database', '--schema', 'main'], {
          env,
          input: sql,
        });
        expect(plain.code).toBe(0);
        expect(plain.stderrTail).toMatch(/syntax error at or near "SELEC"/);
        expect(pg.psql('SELECT x FROM t ORDER BY x', 'main')).toMatch(/1\n.*2/s);

        // Our restore: the same dump, into a fresh database.
        pg.psql('DROP DATABASE main');
        pg.psql('CREATE DATABASE main');
        const dir = path.join(sb.root, 'data');
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, 'database--main.sql.gz'), gzipSync(sql));
        const { session } = await openSession(
          sb,
          'upsun',
          { platform: 'upsun', site: 'shop', project: PROJECT },
          await cliEnv(sb, 'upsun', api, ssh),
          'staging',
        );
        await expect(session.restore('data', dir, { targetEnvironment: 'staging', signal: new AbortController().signal })).rejects.toThrow(
          /importing database--main\.sql\.gz with `upsun sql -r database --schema main` exited with 3/,
        );
        // psql stopped at the error: the row after it never arrived.
        expect(pg.psql('SELECT x FROM t ORDER BY x', 'main')).not.toMatch(/\b2\b/);

        // A dump holding a psql meta-command never reaches `sql` (psql in the app container).
        const sent = ssh.remoteArgv();
        const marker = path.join(sb.root, 'leaked.txt');
        await writeFile(path.join(dir, 'database--main.sql.gz'), gzipSync(`CREATE TABLE u (x int);\n\\! touch ${marker}\n`));
        await expect(session.restore('data', dir, { targetEnvironment: 'staging', signal: new AbortController().signal })).rejects.toThrow(
          /refused database--main\.sql\.gz, nothing was imported: line 2 .*\(client-command\)/,
        );
        expect(ssh.remoteArgv()).toBe(sent);
        expect(existsSync(marker)).toBe(false);
      } finally {
        await Promise.all([ssh.stop(), pg.stop(), api.stop()]);
      }
    }, 300_000);
  });

  it('needs the token and the project before anything runs', async () => {
    const sb = await sandbox('psh-config');
    const base = { platform: 'platformsh', site: 'shop', environment: 'production', project: PROJECT };
    const a = await runBackup(sb, base, {});
    await expectFailedWithoutManifest(a, 'shop', 'production', /Secret `PLATFORMSH_CLI_TOKEN`: is not set.*secrets\.PLATFORMSH_CLI_TOKEN/s);
    const b = await runBackup(sb, { ...base, project: '' }, { PLATFORMSH_CLI_TOKEN: 'x-SECRET-1' });
    await expectFailedWithoutManifest(b, 'shop', 'production', /Input `project`: is required for `platform: platformsh`/);
    const c = await runBackup(sb, { ...base, platform: 'upsun' }, { PLATFORMSH_CLI_TOKEN: 'x-SECRET-1' });
    await expectFailedWithoutManifest(c, 'shop', 'production', /Secret `UPSUN_CLI_TOKEN`/);
    await rm(sb.root, { recursive: true, force: true });
  });
});
