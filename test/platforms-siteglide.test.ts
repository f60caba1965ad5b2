import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreCommand } from '../src/commands/restore.js';
import { instanceUrl } from '../src/platforms/mpkit.js';
import type { Component } from '../src/model/manifest.js';
import { AVIF, JPEG, PDF, PNG } from './doubles/fixtures.js';
import { defaultContent, startSiteglideApi, type Site, type SiteglideApi } from './doubles/siteglide-api.js';
import { testIo } from './helpers/io.js';
import { NODE24_BIN_DIR, realSiteglide, SITEGLIDE_VERSION, siteglideMissing, type RealCli } from './helpers/real-cli.js';
import { describeWithTools } from './helpers/requires.js';
import { expectFailedWithoutManifest, extractComponent, openSession, runBackup, storedBackups, type BackupRun } from './helpers/stored.js';
import { tempDir } from './helpers/tmp.js';

// Siteglide through the released siteglide-cli 1.10.3 (../shared/real-clis), run by Node 24,
// against a loopback double of the Siteglide API written from the CLI's source
// (test/doubles/siteglide-api.ts). The CLI's fixed API host is redirected to the double from
// outside the CLI by a preload (test/doubles/siteglide-redirect.mjs), which also runs its 1.5 s
// poll timer 100 times faster: the CLI still polls 80 times before it gives up, in about 1 s.
// Backups and restores go through `site-backup backup` / `restore` (the commands, in-process).

const EMAIL = 'ops@acme.example';

describeWithTools(`siteglide with the real siteglide-cli ${SITEGLIDE_VERSION}`, siteglideMissing(), () => {
  let cli: RealCli;
  let api: SiteglideApi;
  let root: string;
  let n = 0;
  let prod: Site;
  let full: BackupRun;

  const stepEnv = (site: Site, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    // The action runs npm CLIs with its own Node; here that is the Node 24 the action runs under.
    PATH: [cli.binDir, NODE24_BIN_DIR, process.env.PATH].join(path.delimiter),
    HOME: root,
    RUNNER_TEMP: path.join(root, 'runner-temp'),
    ...api.env(),
    MPKIT_URL: site.url,
    MPKIT_TOKEN: site.token,
    MPKIT_EMAIL: EMAIL,
    SITE_BACKUP_RETRY_DELAY_MS: '5',
    ...extra,
  });

  /** A fresh instance in the double, with the default content changed by `patch`. */
  const instance = (name: string, patch: Partial<Omit<Site, 'url' | 'token' | 'received'>> = {}): Site =>
    api.addSite(`https://${name}-${++n}.siteglide.com`, `sg-token-SECRET-${n}`, patch);

  const backup = (site: Site, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<BackupRun> =>
    runBackup(
      path.join(root, `store-${++n}`),
      { platform: 'siteglide', site: 'acme', environment: 'production', ...inputs },
      stepEnv(site, extraEnv),
      root,
    );

  const manifests = async (store: string) => (await storedBackups(store, 'acme', 'production')).manifests;

  /** One stored component, extracted. */
  const component = (store: string, name: Component): Promise<string> => extractComponent(store, 'acme', 'production', name, root);

  const failedWithoutManifest = (run: BackupRun, message: RegExp) => expectFailedWithoutManifest(run, 'acme', 'production', message);

  const calls = (site: Site, re: RegExp) => api.calls.filter((c) => c.site === site.url && re.test(`${c.method} ${c.path}`)).length;

  /** A session on its own, for restores of hand-made folders. */
  const session = async (site: Site, extraEnv: Record<string, string> = {}) => {
    const { session: s, io } = await openSession('siteglide', { site: 'acme', environment: 'production' }, stepEnv(site, extraEnv), root);
    return { s, io, signal: new AbortController().signal };
  };

  beforeAll(async () => {
    cli = await realSiteglide();
    api = await startSiteglideApi();
    root = await tempDir('sba-sg-');
    await mkdir(path.join(root, 'runner-temp'));
    prod = instance('acme');
    full = await backup(prod, {});
  });

  afterAll(async () => {
    await api?.close();
  });

  it('backs up code, assets and data with the real CLI, and stores what the instance holds', async () => {
    expect(full.error).toBeUndefined();
    const stored = await manifests(full.store);
    expect(stored).toHaveLength(1);
    const m = stored[0]!;
    expect(m.components.map((c) => c.name)).toEqual(['code', 'assets', 'data']);

    // code: `pull` unpacked the platform's zip, moved app/* up and modules/ to the root.
    const code = await component(full.store, 'code');
    const content = defaultContent();
    expect(await readFile(path.join(code, 'marketplace_builder/views/pages/index.liquid'), 'utf8')).toBe(
      content.code['app/views/pages/index.liquid'],
    );
    expect(await readFile(path.join(code, 'modules/module_86/public/views/partials/menu.liquid'), 'utf8')).toBe(
      content.code['modules/module_86/public/views/partials/menu.liquid'],
    );
    expect(existsSync(path.join(code, 'marketplace_builder/asset_manifest.json'))).toBe(false);

    // assets: every asset, byte for byte; a .json asset as it is on the site, although
    // `export` saves it JSON-encoded a second time.
    const assets = await component(full.store, 'assets');
    expect(await readFile(path.join(assets, 'marketplace_builder/assets/images/logo.png'))).toEqual(PNG);
    expect(await readFile(path.join(assets, 'marketplace_builder/assets/documents/brochure.pdf'))).toEqual(PDF);
    expect(await readFile(path.join(assets, 'marketplace_builder/assets/config/site.json'), 'utf8')).toBe('{"theme":"dark","items":[1,2]}');
    expect(full.io.lines.join('\n')).toContain('1 .json/.map asset(s) restored to their original text');
    expect(existsSync(path.join(assets, 'marketplace_builder/views'))).toBe(false);
    expect(existsSync(path.join(assets, 'data.json'))).toBe(false);

    // data: data.json references the record files the CLI downloaded into .tmp/.
    const data = await component(full.store, 'data');
    const json = JSON.parse(await readFile(path.join(data, 'data.json'), 'utf8')) as {
      models: { attachments: { url: string }[]; images: { url: string }[] }[];
    };
    expect(json.models[0]!.attachments[0]!.url).toBe('.tmp/attachments/101/contract.pdf');
    expect(await readFile(path.join(data, '.tmp/attachments/101/contract.pdf'))).toEqual(PDF);
    expect(await readFile(path.join(data, '.tmp/images/102/photo.jpg'))).toEqual(JPEG);
    expect(existsSync(path.join(data, 'marketplace_builder'))).toBe(false);
    expect(full.io.lines.join('\n')).toContain('data.json holds 3 records and references 2 record files, all present');

    // The token went to the API in the Authorization header only, and never into a log line.
    expect(full.io.secrets).toEqual(expect.arrayContaining([prod.token, prod.url, EMAIL]));
    expect(full.io.lines.join('\n')).not.toContain(prod.token);
    expect(full.io.lines.some((l) => l.includes(`siteglide-cli ${SITEGLIDE_VERSION}`) || l.includes(`v${SITEGLIDE_VERSION}`))).toBe(true);
  });

  it('restores code and assets into another environment with `deploy` and `deploy -w`', async () => {
    const staging = instance('acme-staging');
    const io = testIo(
      {
        platform: 'siteglide',
        site: 'acme',
        environment: 'production',
        store: full.store,
        backup: 'latest',
        'target-environment': 'staging',
        components: 'code,assets',
      },
      stepEnv(staging),
      root,
    );
    await restoreCommand(io);
    const got = staging.received;
    // Two deploys: the code alone, then the code again with the assets (`-w`).
    expect(got.deploys).toHaveLength(2);
    for (const d of got.deploys) {
      expect(d['marketplace_builder/views/pages/index.liquid']).toBe(defaultContent().code['app/views/pages/index.liquid']);
      expect(d['modules/module_86/public/views/partials/menu.liquid']).toBe('<nav></nav>\n');
      expect(Object.keys(d).some((f) => f.includes('/assets/'))).toBe(false);
    }
    expect(got.assetUploads).toHaveLength(1);
    expect(got.assetUploads[0]!['images/logo.png']).toEqual(PNG);
    expect(got.assetUploads[0]!['config/site.json']!.toString()).toBe('{"theme":"dark","items":[1,2]}');
    expect(Object.keys(got.manifests[0]!).sort()).toEqual(
      Object.keys(defaultContent().assets)
        .map((f) => f.replace(/^assets\//, ''))
        .sort(),
    );
    expect(got.syncs).toEqual(['marketplace_builder/views/pages/index.liquid', 'marketplace_builder/views/pages/index.liquid']);
    // Nothing went to the instance that was backed up.
    expect(prod.received.deploys).toEqual([]);
  });

  it('restoring into a protected environment needs `confirm`', async () => {
    const live = instance('acme-live');
    const inputs = {
      platform: 'siteglide',
      site: 'acme',
      environment: 'production',
      store: full.store,
      backup: 'latest',
      components: 'code',
    };
    await expect(restoreCommand(testIo(inputs, stepEnv(live), root))).rejects.toThrow(/confirm/);
    expect(live.received.deploys).toEqual([]);
    await restoreCommand(testIo({ ...inputs, confirm: 'production' }, stepEnv(live), root));
    expect(live.received.deploys).toHaveLength(1);
  });

  // ---- Section 0 of the reference: what the released CLI really does ---------------------------

  it('`export -a -w` still runs the data export; when that job outlives the poll limit, the assets still count', async () => {
    const slow = instance('slow-data', { dataJobPolls: Infinity });
    const run = await backup(slow, { components: 'assets', retries: '0' });
    expect(run.error).toBeUndefined();
    expect(run.io.lines.some((l) => /Data Export failed/.test(l))).toBe(true);
    // The CLI started the data job and polled it to its give-up (80 polls after the first).
    expect(calls(slow, /^POST \/api\/cli\/export$/)).toBe(1);
    expect(calls(slow, /^GET \/api\/cli\/exportStatus\//)).toBe(81);
    const assets = await component(run.store, 'assets');
    expect(await readFile(path.join(assets, 'marketplace_builder/assets/images/logo.png'))).toEqual(PNG);
  });

  it('an asset with an extension the CLI does not download is skipped and counted, not a failed run', async () => {
    const site = instance('avif');
    site.content.assets['assets/images/photo.avif'] = AVIF;
    const run = await backup(site, { components: 'assets', retries: '0' });
    expect(run.error).toBeUndefined();
    expect(run.io.lines.some((l) => /Cannot download asset https:\/\/cdn\.siteglide\.test\/.*photo\.avif/.test(l))).toBe(true);
    expect(run.io.lines).toContainEqual(
      expect.stringMatching(/^warning: \[assets\] siteglide-cli skipped 1 asset\(s\) .*"Cannot download asset".*photo\.avif/),
    );
    const assets = await component(run.store, 'assets');
    expect(existsSync(path.join(assets, 'marketplace_builder/assets/images/photo.avif'))).toBe(false);
    expect(existsSync(path.join(assets, 'marketplace_builder/assets/images/logo.png'))).toBe(true);
  });

  it("an HTTP error body saved under an asset's name fails the assets component, naming the file", async () => {
    const site = instance('denied');
    site.content.deniedAssets.push('assets/images/logo.png');
    const run = await backup(site, { components: 'assets', retries: '0' });
    await failedWithoutManifest(run, /marketplace_builder\/assets\/images\/logo\.png/);
    // The CLI itself reported success.
    expect(run.io.lines.some((l) => /Files downloaded into marketplace_builder folder/.test(l))).toBe(true);
  });

  it("an HTTP error body saved under a record file's name fails the data component, naming the file", async () => {
    const site = instance('record-404');
    delete site.content.recordFiles['images/102/photo.jpg']; // the storage answers 404 with an XML body
    const run = await backup(site, { components: 'data', retries: '0' });
    await failedWithoutManifest(run, /\.tmp\/images\/102\/photo\.jpg/);
    expect(run.io.lines.some((l) => /Exported data to data\.json/.test(l))).toBe(true);
  });

  it('an asset download that breaks off, which the CLI skips without a word, fails the assets component', async () => {
    const site = instance('broken');
    site.content.brokenAssets.push('assets/documents/brochure.pdf');
    const run = await backup(site, { components: 'assets', retries: '0' });
    await failedWithoutManifest(
      run,
      /siteglide-cli downloaded 5 of 6 assets, and skipped 0 it cannot download: the rest failed without a message/,
    );
  });

  it('`pull` whose text asset download breaks off exits 0 without "Pulled files", and the code component fails', async () => {
    const site = instance('pull-broken');
    site.content.brokenAssets.push('assets/js/app.js');
    const run = await backup(site, { components: 'code', retries: '0' });
    await failedWithoutManifest(run, /siteglide-cli pull exited 0 without "Pulled files"/);
  });

  it('`deploy` exits 1 for a codebase over the upload limit; the message comes from its output', async () => {
    const site = instance('too-big', { maxReleaseBytes: 200 });
    const { s, signal } = await session(site);
    const code = await component(full.store, 'code');
    await expect(s.restore('code', code, { targetEnvironment: 'staging', signal })).rejects.toThrow(
      /siteglide-cli deploy exited with 1: the code is over Siteglide's 50 MB limit/,
    );
    await s.close();
  });

  it("`deploy` exits 1 for a syntax error; the message names the file from the CLI's error details", async () => {
    const site = instance('syntax');
    const { s, signal } = await session(site);
    const code = path.join(root, `broken-${++n}`);
    await cp(await component(full.store, 'code'), code, { recursive: true });
    await writeFile(path.join(code, 'marketplace_builder/views/pages/about.liquid'), '{% if user %}<p>hi</p>\n');
    await expect(s.restore('code', code, { targetEnvironment: 'staging', signal })).rejects.toThrow(
      /siteglide-cli deploy exited with 1: Siteglide found a syntax error in the code \(\[Error Details\] Liquid syntax error: 'if' tag was never closed within file: marketplace_builder\/views\/pages\/about\.liquid\)/,
    );
    await s.close();
  });

  it('`deploy` exits 1 for a locked site; the message says so', async () => {
    const site = instance('locked', { refuseDeploy: 423 });
    const { s, signal } = await session(site);
    await expect(s.restore('code', await component(full.store, 'code'), { targetEnvironment: 'staging', signal })).rejects.toThrow(
      /siteglide-cli deploy exited with 1: the deploy was refused \(\[423\] Deploy failed.*\): check that the token may deploy to this site and that the site is not locked/,
    );
    await s.close();
  });

  // ---- Retries and refusals ---------------------------------------------------------------------

  it("retries the CLI's give-up on a slow code job, a bounded number of times", async () => {
    const site = instance('slow-code', { codeJobPolls: Infinity });
    const run = await backup(site, { components: 'code', retries: '1' });
    await failedWithoutManifest(
      run,
      /code: siteglide-cli pull failed \(tried 2 times\): siteglide-cli pull exited with 1: .*Pull failed.*gives up/,
    );
    expect(calls(site, /^POST \/api\/cli\/backup$/)).toBe(2);
  });

  it('catches "Data Export failed" in the data component although `export` exits 0', async () => {
    const site = instance('slow-export', { dataJobPolls: Infinity });
    const run = await backup(site, { components: 'data', retries: '0' });
    await failedWithoutManifest(
      run,
      /data: siteglide-cli export failed \(tried once\): siteglide-cli export reported "✖ Data Export failed" \(and exited 0\)/,
    );
  });

  it('catches a record file that data.json references but that did not download', async () => {
    const site = instance('lost-file');
    const photo = (site.content.data.models[1] as { images: { url: string }[] }).images[0]!;
    photo.url = 'http://127.0.0.1:1/uploads/images/102/photo.jpg'; // nothing listens there
    const run = await backup(site, { components: 'data', retries: '0' });
    await failedWithoutManifest(
      run,
      /1 record file\(s\) referenced by the JSON did not download: images: photo\.jpg \(its download failed\)/,
    );
  });

  it('does not retry a refused token, and names the secrets', async () => {
    const site = instance('refused');
    const run = await backup(site, { components: 'code', retries: '2' }, { MPKIT_TOKEN: 'sg-token-WRONG' });
    await failedWithoutManifest(
      run,
      /siteglide-cli pull was refused by the instance \(\[401\] Backup failed.*MPKIT_TOKEN is not accepted for MPKIT_URL/,
    );
    expect(api.calls.filter((c) => c.path === '/api/cli/backup' && c.status === 401)).toHaveLength(1);
  });

  it('a token the CLI prints back (a verbose platform error) is masked in the log and in our error', async () => {
    const site = instance('echo', { quoteToken: true });
    const { s, io, signal } = await session(site);
    const code = path.join(root, `broken-${++n}`);
    await cp(await component(full.store, 'code'), code, { recursive: true });
    await writeFile(path.join(code, 'marketplace_builder/views/pages/about.liquid'), '{% if user %}<p>hi</p>\n');
    // A restore's error is built from the CLI's output outside the backup pipeline's own redaction.
    const e = await s.restore('code', code, { targetEnvironment: 'staging', signal }).then(
      () => undefined,
      (x: Error) => x,
    );
    expect(e?.message).toMatch(/Siteglide found a syntax error in the code \(\[Error Details\] .*request authorized by \*\*\*\)/);
    expect(io.secrets).toContain(site.token);
    expect([...io.lines, e!.message].join('\n')).not.toContain(site.token);
    await s.close();
  });

  it("DEBUG in the step's environment does not reach siteglide-cli: its dump of each failed request would read as a refused token", async () => {
    const locked = instance('debug-locked', { refuseDeploy: 423 });
    const { s, io, signal } = await session(locked, { DEBUG: '1' });
    await expect(s.restore('code', await component(full.store, 'code'), { targetEnvironment: 'staging', signal })).rejects.toThrow(
      /siteglide-cli deploy exited with 1: the deploy was refused/,
    );
    expect(io.lines.some((l) => /Unauthorized error:|"Authorization"/.test(l))).toBe(false);
    await s.close();
  });

  it('refuses to start without MPKIT_TOKEN, naming the secret and how to set it', async () => {
    const site = instance('no-token');
    const run = await backup(site, {}, { MPKIT_TOKEN: '' });
    await failedWithoutManifest(run, /Secret `MPKIT_TOKEN`: MPKIT_TOKEN is not set.*secrets\.MPKIT_TOKEN/s);
    expect(api.calls.filter((c) => c.site === site.url)).toEqual([]);
  });

  it('refuses assets without the code (a full deploy of assets alone would wipe the code) and data (no import)', async () => {
    const site = instance('partial');
    const { s, signal } = await session(site);
    await expect(s.restore('assets', await component(full.store, 'assets'), { targetEnvironment: 'staging', signal })).rejects.toThrow(
      /restore `code` and `assets` together/,
    );
    await expect(s.restore('data', await component(full.store, 'data'), { targetEnvironment: 'staging', signal })).rejects.toThrow(
      /siteglide-cli has no import.*data\.json, with the files they reference under \.tmp\//,
    );
    expect(site.received.deploys).toEqual([]);
    await s.close();
  });
});

describe('instance URL', () => {
  it('gives each CLI the form it concatenates onto, from any form of the secret', () => {
    for (const raw of ['https://acme.siteglide.com', 'https://acme.siteglide.com/', 'https://acme.siteglide.com//']) {
      expect(instanceUrl(raw, 'siteglide')).toBe('https://acme.siteglide.com/');
      expect(instanceUrl(raw, 'platformos')).toBe('https://acme.siteglide.com');
    }
    expect(() => instanceUrl('acme.siteglide.com', 'siteglide')).toThrow(/MPKIT_URL`: is not an http\(s\) URL/);
  });
});
