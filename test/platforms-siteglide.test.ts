import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { argvOf, expectFailedWithoutManifest, expectNoSecretsInArgv, extractComponent, FAKE_BIN, openSession, runBackup, sandbox, storedBackups, type Sandbox } from './fakes/harness.js';

const SECRETS = { MPKIT_URL: 'https://acme-siteglide.platform-os.com', MPKIT_TOKEN: 'sg-token-SECRET-4711', MPKIT_EMAIL: 'ops@acme.example' };
const BASE = { platform: 'siteglide', site: 'acme', environment: 'production' };

describe('siteglide', () => {
  let sb: Sandbox;
  let id: string;
  let masked: string[];
  let lines: string[];

  beforeAll(async () => {
    sb = await sandbox('siteglide');
    const run = await runBackup(sb, BASE, SECRETS);
    if (run.error) throw run.error;
    id = run.result!.id;
    masked = run.io.secrets;
    lines = run.io.lines;
  });

  it('backs up code, assets and data into a complete manifest, with the exact commands and no secret in argv', async () => {
    const { manifests } = await storedBackups(sb, 'acme', 'production');
    expect(manifests).toHaveLength(1);
    expect(manifests[0]!.platform).toBe('siteglide');
    expect(manifests[0]!.components.map((c) => c.name)).toEqual(['code', 'assets', 'data']);
    for (const c of manifests[0]!.components) expect(c.files).toBeGreaterThan(0);

    const calls = sb.calls('siteglide-cli');
    expect(argvOf(calls)).toEqual([
      ['pull', 'production'],
      ['export', 'production', '-a', '-w'],
      ['export', 'production', '-p', 'data.json'],
    ]);
    // Credentials reached the CLI through its environment, never its command line.
    for (const c of calls) expect(c.secretsInEnv).toEqual(expect.arrayContaining(['MPKIT_URL', 'MPKIT_TOKEN', 'MPKIT_EMAIL']));
    expectNoSecretsInArgv(calls, Object.values(SECRETS));
    // Every credential was registered for masking before anything could print it.
    expect(masked).toEqual(expect.arrayContaining(Object.values(SECRETS)));
    expect(lines.join('\n')).not.toContain(SECRETS.MPKIT_TOKEN);

    const code = await extractComponent(sb, 'acme', 'production', id, 'code');
    expect(existsSync(path.join(code, 'marketplace_builder/views/pages/index.liquid'))).toBe(true);
    expect(existsSync(path.join(code, 'modules/module_86/public/views/partials/menu.liquid'))).toBe(true);
    const assets = await extractComponent(sb, 'acme', 'production', id, 'assets');
    expect(existsSync(path.join(assets, 'marketplace_builder/assets/images/logo.png'))).toBe(true);
    expect(existsSync(path.join(assets, 'marketplace_builder/views'))).toBe(false);
    const data = await extractComponent(sb, 'acme', 'production', id, 'data');
    const json = JSON.parse(readFileSync(path.join(data, 'data.json'), 'utf8')) as { models: { attachments?: { url: string }[] }[] };
    expect(json.models[0]!.attachments![0]!.url).toBe('.tmp/attachments/101/contract.pdf');
    expect(existsSync(path.join(data, '.tmp/attachments/101/contract.pdf'))).toBe(true);
    expect(existsSync(path.join(data, '.tmp/images/102/photo.jpg'))).toBe(true);
    // The code that `export` re-pulls is not part of the data component.
    expect(existsSync(path.join(data, 'marketplace_builder'))).toBe(false);
  });

  it('the fake, like siteglide-cli, proceeds only on exactly "Y"', () => {
    for (const answer of ['y\n', 'yes\n', '\n', '']) {
      const r = spawnSync(path.join(FAKE_BIN, 'siteglide-cli'), ['pull', 'production'], { input: answer, env: { ...process.env, ...SECRETS, FAKE_LOG: '' }, cwd: sb.root, encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('[Cancelled]');
    }
  });

  it('refuses to start without MPKIT_TOKEN, naming the secret and how to set it', async () => {
    const s = await sandbox('siteglide-nocreds');
    const run = await runBackup(s, BASE, { MPKIT_URL: SECRETS.MPKIT_URL, MPKIT_EMAIL: SECRETS.MPKIT_EMAIL });
    await expectFailedWithoutManifest(s, run, 'acme', 'production', /Secret `MPKIT_TOKEN`: MPKIT_TOKEN is not set.*secrets\.MPKIT_TOKEN/s);
    expect(s.calls()).toEqual([]);
  });

  it('retries the ~2-minute polling give-up and succeeds', async () => {
    const s = await sandbox('siteglide-giveup');
    const run = await runBackup(s, { ...BASE, components: 'code' }, { ...SECRETS, FAKE_SG: 'giveup:2' });
    expect(run.error).toBeUndefined();
    expect(s.calls('siteglide-cli')).toHaveLength(3);
    expect(run.io.lines.filter((l) => /siteglide-cli pull failed on attempt \d of 3.*Pull Failed/.test(l))).toHaveLength(2);
  });

  it('bounds the retries: after 1 + retries attempts it fails clearly, with no manifest', async () => {
    const s = await sandbox('siteglide-giveup-bounded');
    const run = await runBackup(s, { ...BASE, components: 'code', retries: '1' }, { ...SECRETS, FAKE_SG: 'giveup:99' });
    await expectFailedWithoutManifest(s, run, 'acme', 'production', /code: siteglide-cli pull failed \(tried 2 times\): siteglide-cli pull exited with 1: .*Pull Failed.*gives up/);
    expect(s.calls('siteglide-cli')).toHaveLength(2);
  });

  it('catches "Data Export failed" although export exits 0', async () => {
    const s = await sandbox('siteglide-data-fail');
    const run = await runBackup(s, { ...BASE, components: 'data', retries: '0' }, { ...SECRETS, FAKE_SG: 'giveup:99' });
    await expectFailedWithoutManifest(s, run, 'acme', 'production', /data: siteglide-cli export failed \(tried once\): siteglide-cli export reported "✖ Data Export failed" \(and exited 0\)/);
  });

  it('catches an asset download that failed silently', async () => {
    const s = await sandbox('siteglide-asset-fail');
    const run = await runBackup(s, { ...BASE, components: 'assets', retries: '0' }, { ...SECRETS, FAKE_SG: 'asset-fail' });
    await expectFailedWithoutManifest(s, run, 'acme', 'production', /assets: .*Asset download failed/);
  });

  it('catches a record file that data.json references but that did not download', async () => {
    const s = await sandbox('siteglide-attachment-fail');
    const run = await runBackup(s, { ...BASE, components: 'data', retries: '0' }, { ...SECRETS, FAKE_SG: 'attachment-fail' });
    await expectFailedWithoutManifest(s, run, 'acme', 'production', /1 record file\(s\) referenced by the JSON did not download: images: photo\.jpg \(its download failed\)/);
  });

  it('does not retry refused credentials', async () => {
    const s = await sandbox('siteglide-401');
    const run = await runBackup(s, { ...BASE, components: 'code' }, { ...SECRETS, FAKE_SG: 'unauthorized' });
    await expectFailedWithoutManifest(s, run, 'acme', 'production', /siteglide-cli pull was refused \(ServerError: \[401\] Unauthorized.*check MPKIT_URL, MPKIT_TOKEN and MPKIT_EMAIL/);
    expect(s.calls('siteglide-cli')).toHaveLength(1);
  });

  describe('restore', () => {
    it('deploys the code, then the assets with it (`deploy -w`), to the target environment', async () => {
      const s = await sandbox('siteglide-restore');
      const code = await extractComponent(sb, 'acme', 'production', id, 'code');
      const assets = await extractComponent(sb, 'acme', 'production', id, 'assets');
      const { session } = await openSession(s, 'siteglide', BASE, SECRETS);
      const signal = new AbortController().signal;
      await session.restore('code', code, { targetEnvironment: 'staging', signal });
      await session.restore('assets', assets, { targetEnvironment: 'staging', signal });
      expect(argvOf(s.calls('siteglide-cli'))).toEqual([
        ['deploy', 'staging'],
        ['deploy', 'staging', '-w'],
      ]);
      const first = s.readState<{ files: string[]; withAssets: boolean }>('deploy-1.json')!;
      expect(first.files).toContain('marketplace_builder/views/pages/index.liquid');
      const second = s.readState<{ files: string[]; withAssets: boolean }>('deploy-2.json')!;
      expect(second.withAssets).toBe(true);
      expect(second.files).toEqual(expect.arrayContaining(['marketplace_builder/views/pages/index.liquid', 'marketplace_builder/assets/images/logo.png', 'modules/module_86/public/views/partials/menu.liquid']));
      expectNoSecretsInArgv(s.calls(), Object.values(SECRETS));
      await session.close();
    });

    it('refuses assets without the code: a full deploy of assets alone would wipe the code', async () => {
      const s = await sandbox('siteglide-restore-assets');
      const assets = await extractComponent(sb, 'acme', 'production', id, 'assets');
      const { session } = await openSession(s, 'siteglide', BASE, SECRETS);
      await expect(session.restore('assets', assets, { targetEnvironment: 'staging', signal: new AbortController().signal })).rejects.toThrow(/restore `code` and `assets` together/);
      expect(s.calls()).toEqual([]);
    });

    it.each([
      ['1', /exited with 1: the deploy was refused; check that the token may deploy to this site and that the site is not locked/],
      ['2', /exited with 2: the code is over Siteglide's 50 MB limit/],
      ['3', /exited with 3: Siteglide found a syntax error/],
    ])('explains deploy exit %s', async (exit, message) => {
      const s = await sandbox(`siteglide-deploy-${exit}`);
      const code = await extractComponent(sb, 'acme', 'production', id, 'code');
      const { session } = await openSession(s, 'siteglide', BASE, { ...SECRETS, FAKE_SG: `deploy-exit:${exit}` });
      await expect(session.restore('code', code, { targetEnvironment: 'staging', signal: new AbortController().signal })).rejects.toThrow(message);
    });

    it('refuses data, explaining why and what the backup holds', async () => {
      const s = await sandbox('siteglide-restore-data');
      const data = await extractComponent(sb, 'acme', 'production', id, 'data');
      const { session } = await openSession(s, 'siteglide', BASE, SECRETS);
      await expect(session.restore('data', data, { targetEnvironment: 'staging', signal: new AbortController().signal })).rejects.toThrow(/siteglide-cli has no import.*data\.json, with the files they reference under \.tmp\//);
      expect(s.calls()).toEqual([]);
    });
  });
});
