import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { argvOf, expectFailedWithoutManifest, expectNoSecretsInArgv, extractComponent, openSession, runBackup, sandbox, storedBackups, type Sandbox } from './fakes/harness.js';

const TOKEN = { PLATFORMSH_CLI_TOKEN: 'psh-token-SECRET-9000' };
const BASE = { platform: 'platformsh', site: 'shop', environment: 'production', project: 'abc123' };
const SCOPE = ['-p', 'abc123', '-e', 'production', '--yes'];

describe('platformsh', () => {
  let sb: Sandbox;
  let id: string;
  let lines: string[];
  let masked: string[];

  beforeAll(async () => {
    sb = await sandbox('psh');
    const run = await runBackup(sb, { ...BASE, 'platformsh-backup': 'true' }, TOKEN);
    if (run.error) throw run.error;
    id = run.result!.id;
    lines = run.io.lines;
    masked = run.io.secrets;
  });

  it('backs up the git branch, every mount and every database, with a platform snapshot in the manifest', async () => {
    const { manifests } = await storedBackups(sb, 'shop', 'production');
    expect(manifests).toHaveLength(1);
    const m = manifests[0]!;
    expect(m.components.map((c) => c.name)).toEqual(['code', 'assets', 'data']);
    expect(m.platformSnapshot).toMatchObject({ provider: 'platformsh', project: 'abc123', environment: 'production', live: false, backupId: expect.stringMatching(/^bk/) });
    expect(argvOf(sb.calls('platform'))).toEqual([
      ['backup:create', ...SCOPE, '--wait'],
      ['project:get', 'abc123', '<tmp>/repo', '-e', 'production', '--yes'],
      ['mount:download', ...SCOPE, '--all', '--target', '<tmp>/mounts'],
      ['environment:relationships', ...SCOPE],
      ['db:dump', ...SCOPE, '-r', 'database', '--gzip', '-f', '<tmp>/database.sql.gz'],
      ['db:dump', ...SCOPE, '-r', 'reports', '--gzip', '-f', '<tmp>/reports.sql.gz'],
    ]);
    for (const c of sb.calls('platform')) expect(c.secretsInEnv).toContain('PLATFORMSH_CLI_TOKEN');
    expectNoSecretsInArgv(sb.calls(), Object.values(TOKEN));
    expect(masked).toContain(TOKEN.PLATFORMSH_CLI_TOKEN);
    // Relationship URLs carry database passwords; that output is parsed, never logged.
    expect(lines.join('\n')).not.toContain('db-pass-SECRET');

    const code = await extractComponent(sb, 'shop', 'production', id, 'code');
    expect(existsSync(path.join(code, 'index.php'))).toBe(true);
    expect(existsSync(path.join(code, '.git/HEAD'))).toBe(true);
    const assets = await extractComponent(sb, 'shop', 'production', id, 'assets');
    expect(existsSync(path.join(assets, 'web/sites/default/files/docs/terms.pdf'))).toBe(true);
    expect(existsSync(path.join(assets, 'private/export.csv'))).toBe(true);
    const data = await extractComponent(sb, 'shop', 'production', id, 'data');
    expect(existsSync(path.join(data, 'database.sql.gz'))).toBe(true);
    expect(existsSync(path.join(data, 'reports.sql.gz'))).toBe(true);
    for (const dir of [code, assets, data]) expect(existsSync(path.join(dir, 'platform-snapshot.json'))).toBe(true);
  });

  it('upsun: the same module with the upsun binary and UPSUN_CLI_TOKEN, listed relationships only, --live', async () => {
    const s = await sandbox('upsun');
    const run = await runBackup(s, { ...BASE, platform: 'upsun', components: 'data', 'platformsh-relationships': 'database', 'platformsh-backup': 'live' }, { UPSUN_CLI_TOKEN: 'upsun-SECRET-1' });
    expect(run.error).toBeUndefined();
    expect(s.calls('platform')).toEqual([]);
    expect(argvOf(s.calls('upsun'))).toEqual([
      ['backup:create', ...SCOPE, '--live', '--wait'],
      ['db:dump', ...SCOPE, '-r', 'database', '--gzip', '-f', '<tmp>/database.sql.gz'],
    ]);
    expect(run.result!.manifest!.platformSnapshot).toMatchObject({ provider: 'upsun', live: true });
    expectNoSecretsInArgv(s.calls(), ['upsun-SECRET-1']);
  });

  it('needs the token and the project', async () => {
    const s = await sandbox('psh-config');
    const a = await runBackup(s, BASE, {});
    await expectFailedWithoutManifest(s, a, 'shop', 'production', /Secret `PLATFORMSH_CLI_TOKEN`: is not set.*secrets\.PLATFORMSH_CLI_TOKEN/s);
    const b = await runBackup(s, { ...BASE, project: '' }, TOKEN);
    await expectFailedWithoutManifest(s, b, 'shop', 'production', /Input `project`: is required for `platform: platformsh`/);
    const c = await runBackup(s, { ...BASE, platform: 'upsun' }, TOKEN);
    await expectFailedWithoutManifest(s, c, 'shop', 'production', /Secret `UPSUN_CLI_TOKEN`/);
    expect(s.calls()).toEqual([]);
  });

  it('retries a failed remote dump', async () => {
    const s = await sandbox('psh-dump-retry');
    const run = await runBackup(s, { ...BASE, components: 'data', 'platformsh-relationships': 'database' }, { ...TOKEN, FAKE_PSH: 'dump-fail:1' });
    expect(run.error).toBeUndefined();
    expect(s.calls('platform')).toHaveLength(2);
  });

  it('fails clearly after the last retry of a failing dump', async () => {
    const s = await sandbox('psh-dump-fail');
    const run = await runBackup(s, { ...BASE, components: 'data', retries: '1' }, { ...TOKEN, FAKE_PSH: 'dump-fail:99' });
    await expectFailedWithoutManifest(s, run, 'shop', 'production', /data: platform db:dump -r database failed \(tried 2 times\): platform db:dump -r database exited with 2 \(the remote dump failed\): .*Lost connection/);
  });

  it('catches a dump cut short although the CLI exited 0 (no pipefail on the remote shell)', async () => {
    const s = await sandbox('psh-dump-truncated');
    const run = await runBackup(s, { ...BASE, components: 'data', retries: '0' }, { ...TOKEN, FAKE_PSH: 'dump-truncated' });
    await expectFailedWithoutManifest(s, run, 'shop', 'production', /the database dump \(database\.sql\.gz\) does not end with the dump tool's completion line/);
  });

  it.each([
    ['no-mounts', 'assets', /the production environment has no mounts, so there are no files to back up/],
    ['rsync-mismatch', 'assets', /protocol version mismatch.*\.environment.*platformsh-docs#2234/],
    ['no-db', 'data', /has no MySQL, MariaDB or PostgreSQL relationship to dump/],
    ['backup-fail', 'code', /backup:create exited with 1: the platform would not take a backup/],
    ['backup-no-name,backup-list-empty', 'code', /printed no backup name, and `backup:list` exited with 1 \(it exits 1 when the environment has no backups\)/],
  ])('%s ends in a clear error and no manifest', async (mode, component, message) => {
    const s = await sandbox(`psh-${mode}`);
    const run = await runBackup(s, { ...BASE, components: component, 'platformsh-backup': 'true' }, { ...TOKEN, FAKE_PSH: mode });
    await expectFailedWithoutManifest(s, run, 'shop', 'production', message);
  });

  it('falls back to backup:list when backup:create prints no name', async () => {
    const s = await sandbox('psh-backup-noname');
    const run = await runBackup(s, { ...BASE, components: 'code', 'platformsh-backup': 'true' }, { ...TOKEN, FAKE_PSH: 'backup-no-name' });
    expect(run.error).toBeUndefined();
    expect(argvOf(s.calls('platform')).map((a) => a[0])).toEqual(['backup:create', 'backup:list', 'project:get']);
    expect(run.result!.manifest!.platformSnapshot!.backupId).toMatch(/^bk/);
    expect(run.io.lines.some((l) => /printed no backup name; recording the newest listed backup/.test(l))).toBe(true);
  });

  it('names a project that does not exist', async () => {
    const s = await sandbox('psh-noproject');
    const run = await runBackup(s, { ...BASE, project: 'nope42', components: 'code' }, TOKEN);
    await expectFailedWithoutManifest(s, run, 'shop', 'production', /platform project:get: Specified project not found: nope42 \(check `project` and `environment`\)/);
    expect(s.calls()).toHaveLength(1);
  });

  describe('restore', () => {
    const signal = () => new AbortController().signal;
    const TARGET = ['-p', 'abc123', '-e', 'staging', '--yes'];

    it('from the archive: `sql` import per dump and `mount:upload` per mount, into the target', async () => {
      const s = await sandbox('psh-restore');
      const data = await extractComponent(sb, 'shop', 'production', id, 'data');
      const assets = await extractComponent(sb, 'shop', 'production', id, 'assets');
      const { session } = await openSession(s, 'platformsh', BASE, TOKEN);
      await session.restore('data', data, { targetEnvironment: 'staging', signal: signal() });
      await session.restore('assets', assets, { targetEnvironment: 'staging', signal: signal() });
      expect(argvOf(s.calls('platform'))).toEqual([
        ['sql', ...TARGET, '-r', 'database'],
        ['sql', ...TARGET, '-r', 'reports'],
        ['mount:list', ...TARGET, '--paths'],
        ['mount:upload', ...TARGET, '--source', '<tmp>/files', '--mount', 'web/sites/default/files'],
        ['mount:upload', ...TARGET, '--source', '<tmp>/private', '--mount', 'private'],
      ]);
      expect(s.readState<{ sql: string }>('sql-database.json')!.sql).toContain("INSERT INTO users VALUES (1,'ann@example.com');");
      expect(s.readState<{ files: string[] }>('upload-web_sites_default_files.json')!.files).toEqual(['docs/terms.pdf', 'logo.png']);
      expectNoSecretsInArgv(s.calls(), Object.values(TOKEN));
      const code = await extractComponent(sb, 'shop', 'production', id, 'code');
      await expect(session.restore('code', code, { targetEnvironment: 'staging', signal: signal() })).rejects.toThrow(/code lives in git: push the branch from this archive/);
    });

    it('from the recorded snapshot: one `backup:restore --target` for all components', async () => {
      const s = await sandbox('psh-restore-snapshot');
      // The fake's backups live in the backup sandbox's state.
      const data = await extractComponent(sb, 'shop', 'production', id, 'data');
      const code = await extractComponent(sb, 'shop', 'production', id, 'code');
      const { session, io } = await openSession(s, 'platformsh', { ...BASE, 'platformsh-restore-from': 'snapshot' }, { ...TOKEN, FAKE_STATE: sb.state, FAKE_LOG: s.log });
      await session.restore('data', data, { targetEnvironment: 'staging', signal: signal() });
      await session.restore('code', code, { targetEnvironment: 'staging', signal: signal() });
      const { manifests } = await storedBackups(sb, 'shop', 'production');
      const backupId = manifests[0]!.platformSnapshot!.backupId as string;
      expect(argvOf(s.calls('platform'))).toEqual([['backup:restore', backupId, ...SCOPE, '--target', 'staging']]);
      expect(io.lines.some((l) => /already restored by backup:restore/.test(l))).toBe(true);
    });

    it('from a snapshot the platform no longer has: backup:restore exits 1, and the error says why', async () => {
      const s = await sandbox('psh-restore-gone');
      const data = await extractComponent(sb, 'shop', 'production', id, 'data');
      // A fresh fake state: the platform has no backups at all.
      const { session } = await openSession(s, 'platformsh', { ...BASE, 'platformsh-restore-from': 'snapshot' }, TOKEN);
      await expect(session.restore('data', data, { targetEnvironment: 'staging', signal: signal() })).rejects.toThrow(
        /platform backup:restore bk\w+ --target staging exited with 1: the backup is missing or not restorable.*Backup not found/,
      );
    });

    it('from a snapshot that was never taken: a clear error', async () => {
      const s = await sandbox('psh-restore-nosnap');
      const b = await runBackup(s, { ...BASE, components: 'data' }, TOKEN);
      const data = await extractComponent(s, 'shop', 'production', b.result!.id, 'data');
      const { session } = await openSession(s, 'platformsh', { ...BASE, 'platformsh-restore-from': 'snapshot' }, TOKEN);
      await expect(session.restore('data', data, { targetEnvironment: 'staging', signal: signal() })).rejects.toThrow(/needs a platform backup recorded with this backup, and there is none/);
    });
  });
});
