import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { argvOf, expectFailedWithoutManifest, expectNoSecretsInArgv, extractComponent, openSession, runBackup, sandbox, storedBackups, type Sandbox } from './fakes/harness.js';

const SECRETS = { MPKIT_URL: 'https://acme.staging.oregon.platform-os.com', MPKIT_TOKEN: 'pos-token-SECRET-0815', MPKIT_EMAIL: 'dev@acme.example' };
const BASE = { platform: 'platformos', site: 'acme', environment: 'production' };

/** A pid is gone, or a zombie waiting to be reaped (it runs no more code either way). */
function dead(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

describe('platformos', () => {
  let sb: Sandbox;
  let id: string;

  beforeAll(async () => {
    sb = await sandbox('pos');
    const run = await runBackup(sb, BASE, SECRETS);
    if (run.error) throw run.error;
    id = run.result!.id;
  });

  it('backs up code (app plus every module) and data (CSV zip) with the exact commands', async () => {
    const { manifests } = await storedBackups(sb, 'acme', 'production');
    expect(manifests.map((m) => m.components.map((c) => c.name))).toEqual([['code', 'data']]);
    expect(argvOf(sb.calls('pos-cli'))).toEqual([
      ['pull', 'production', '-p', 'app.zip'],
      ['modules', 'list', 'production'],
      ['modules', 'pull', 'production', 'user'],
      ['modules', 'pull', 'production', 'core'],
      ['data', 'export', 'production', '-p', 'data.zip', '--zip'],
    ]);
    expectNoSecretsInArgv(sb.calls(), Object.values(SECRETS));
    const code = await extractComponent(sb, 'acme', 'production', id, 'code');
    expect(existsSync(path.join(code, 'app/views/pages/index.liquid'))).toBe(true);
    // The nested app/modules/user of platformos-documentation#997 lands at modules/user.
    expect(existsSync(path.join(code, 'modules/user/public/views/partials/user.liquid'))).toBe(true);
    expect(existsSync(path.join(code, 'modules/core/public/views/partials/core.liquid'))).toBe(true);
    expect(existsSync(path.join(code, 'app/modules'))).toBe(false);
    const data = await extractComponent(sb, 'acme', 'production', id, 'data');
    expect(existsSync(path.join(data, 'data.zip'))).toBe(true);
  });

  it('refuses assets, saying there is no CLI export and what covers record files instead', async () => {
    const s = await sandbox('pos-assets');
    const run = await runBackup(s, { ...BASE, components: 'assets' }, SECRETS);
    await expectFailedWithoutManifest(s, run, 'acme', 'production', /cannot export "assets": platformOS has no CLI export of uploaded files.*`platformos-data-format: json` or `both`/s);
    expect(s.calls()).toEqual([]);
  });

  it('kills pos-cli (and what it started) when the component timeout fires, since it polls forever', async () => {
    const s = await sandbox('pos-forever');
    const started = Date.now();
    const run = await runBackup(s, { ...BASE, components: 'data', timeout: '1s' }, { ...SECRETS, FAKE_POS: 'forever' });
    await expectFailedWithoutManifest(s, run, 'acme', 'production', /data: timed out after 1\.0s \(raise the `timeout` input/);
    expect(Date.now() - started).toBeLessThan(20_000);
    const pids = s.readState<{ pid: number; child: number }>('forever.json')!;
    await new Promise((r) => setTimeout(r, 200));
    expect(dead(pids.pid)).toBe(true);
    expect(dead(pids.child)).toBe(true);
  });

  it('treats a `failed` status that exits 0 as a failure, retries it, and stops after the limit', async () => {
    const s = await sandbox('pos-failed');
    const run = await runBackup(s, { ...BASE, components: 'data', retries: '1' }, { ...SECRETS, FAKE_POS: 'failed:99' });
    await expectFailedWithoutManifest(s, run, 'acme', 'production', /data: pos-cli data export \(zip\) failed \(tried 2 times\): pos-cli data export reported "✖ Export failed" \(and exited 0\)/);
    expect(s.calls('pos-cli')).toHaveLength(2);
  });

  it('recovers when a retry succeeds', async () => {
    const s = await sandbox('pos-failed-once');
    const run = await runBackup(s, { ...BASE, components: 'data' }, { ...SECRETS, FAKE_POS: 'failed:1' });
    expect(run.error).toBeUndefined();
    expect(argvOf(s.calls('pos-cli'))).toEqual([
      ['data', 'export', 'production', '-p', 'data.zip', '--zip'],
      ['data', 'export', 'production', '-p', 'data.zip', '--zip'],
    ]);
  });

  it('reads the zip through: a cut-short download is an error although pos-cli said Done', async () => {
    const s = await sandbox('pos-corrupt');
    const run = await runBackup(s, { ...BASE, components: 'data', retries: '0' }, { ...SECRETS, FAKE_POS: 'corrupt' });
    await expectFailedWithoutManifest(s, run, 'acme', 'production', /the data export \(data\.zip\) is not a valid zip/);
  });

  it('with `platformos-data-format: both`, also keeps data.json and the record files it references', async () => {
    const s = await sandbox('pos-json');
    const run = await runBackup(s, { ...BASE, components: 'data', 'platformos-data-format': 'both' }, SECRETS);
    expect(run.error).toBeUndefined();
    expect(argvOf(s.calls('pos-cli'))).toEqual([
      ['data', 'export', 'production', '-p', 'data.zip', '--zip'],
      ['data', 'export', 'production', '-p', 'data.json'],
    ]);
    const data = await extractComponent(s, 'acme', 'production', run.result!.id, 'data');
    for (const f of ['data.zip', 'data.json', 'tmp/attachments/101/contract.pdf']) expect(existsSync(path.join(data, f)), f).toBe(true);
  });

  it.each([
    ['late-files', { 'platformos-data-format': 'json' }, /the data export \(data\.json\): 1 record file\(s\) referenced by the JSON did not download: tmp\/attachments\/101\/contract\.pdf \(missing or empty\)/],
    ['unauthorized', {}, /pos-cli data export was refused \(\[401\] Unauthorized.*check MPKIT_URL, MPKIT_TOKEN and MPKIT_EMAIL/],
  ])('%s: a clear error and no manifest', async (mode, extra, message) => {
    const s = await sandbox(`pos-${mode}`);
    const run = await runBackup(s, { ...BASE, components: 'data', retries: '0', ...extra }, { ...SECRETS, FAKE_POS: mode });
    await expectFailedWithoutManifest(s, run, 'acme', 'production', message);
  });

  it('pulls only the listed modules, or none', async () => {
    const s = await sandbox('pos-modules');
    const run = await runBackup(s, { ...BASE, components: 'code', 'platformos-modules': 'none' }, SECRETS);
    expect(run.error).toBeUndefined();
    expect(argvOf(s.calls('pos-cli'))).toEqual([['pull', 'production', '-p', 'app.zip']]);
  });

  it('names the missing secrets', async () => {
    const s = await sandbox('pos-nocreds');
    const run = await runBackup(s, BASE, { MPKIT_URL: SECRETS.MPKIT_URL });
    await expectFailedWithoutManifest(s, run, 'acme', 'production', /Secret `MPKIT_TOKEN`: MPKIT_TOKEN, MPKIT_EMAIL are not set/);
  });

  describe('restore', () => {
    const signal = () => new AbortController().signal;

    it('deploys the code and imports the CSV zip into the target', async () => {
      const s = await sandbox('pos-restore');
      const code = await extractComponent(sb, 'acme', 'production', id, 'code');
      const data = await extractComponent(sb, 'acme', 'production', id, 'data');
      const { session } = await openSession(s, 'platformos', BASE, SECRETS);
      await session.restore('code', code, { targetEnvironment: 'staging', signal: signal() });
      await session.restore('data', data, { targetEnvironment: 'staging', signal: signal() });
      expect(argvOf(s.calls('pos-cli'))).toEqual([
        ['deploy', 'staging'],
        ['data', 'import', 'staging', '-p', 'data.zip', '--zip'],
      ]);
      expect(s.readState<{ files: string[] }>('deploy-1.json')!.files).toEqual(expect.arrayContaining(['app/views/pages/index.liquid', 'modules/user/public/views/partials/user.liquid']));
      expect(s.readState<{ zip: boolean; head: string }>('import-1.json')).toMatchObject({ zip: true, head: 'PK' });
    });

    it('runs `data clean` first only when asked, on a non-protected environment', async () => {
      const s = await sandbox('pos-restore-clean');
      const data = await extractComponent(sb, 'acme', 'production', id, 'data');
      const { session } = await openSession(s, 'platformos', { ...BASE, 'platformos-data-clean': 'true' }, SECRETS);
      await session.restore('data', data, { targetEnvironment: 'staging', signal: signal() });
      expect(argvOf(s.calls('pos-cli'))).toEqual([
        ['data', 'clean', 'staging', '--auto-confirm'],
        ['data', 'import', 'staging', '-p', 'data.zip', '--zip'],
      ]);
    });

    it.each(['production', 'live', 'main', 'master', 'Production'])('never cleans the protected environment %s', async (target) => {
      const s = await sandbox('pos-restore-protected');
      const data = await extractComponent(sb, 'acme', 'production', id, 'data');
      const { session } = await openSession(s, 'platformos', { ...BASE, 'platformos-data-clean': 'true' }, SECRETS);
      await expect(session.restore('data', data, { targetEnvironment: target, signal: signal() })).rejects.toThrow(/refusing `platformos-data-clean` on ".*": it is a protected environment/);
      expect(s.calls()).toEqual([]);
    });

    it('explains a 422 from data clean', async () => {
      const s = await sandbox('pos-restore-422');
      const data = await extractComponent(sb, 'acme', 'production', id, 'data');
      const { session } = await openSession(s, 'platformos', { ...BASE, 'platformos-data-clean': 'true' }, { ...SECRETS, FAKE_POS: 'clean-422' });
      await expect(session.restore('data', data, { targetEnvironment: 'staging', signal: signal() })).rejects.toThrow(/refused by the instance \(422\): platformOS allows it only where it is enabled/);
      expect(s.calls('pos-cli')).toHaveLength(1); // no import after a failed clean
    });

    it('reports a failed deploy', async () => {
      const s = await sandbox('pos-restore-deploy-fail');
      const code = await extractComponent(sb, 'acme', 'production', id, 'code');
      const { session } = await openSession(s, 'platformos', BASE, { ...SECRETS, FAKE_POS: 'deploy-fail' });
      await expect(session.restore('code', code, { targetEnvironment: 'staging', signal: signal() })).rejects.toThrow(/pos-cli deploy exited with 1: .*Liquid syntax error/);
    });
  });
});
