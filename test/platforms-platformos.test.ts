import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NO_TELEMETRY_OPTION } from '../src/platforms/platformos.js';
import { JPEG, PDF, zipEntries } from './doubles/fixtures.js';
import { startPosInstance, type Fault, type PosInstance } from './doubles/platformos-api.js';
import {
  flags,
  NODE24_BIN_DIR,
  posCliMissing,
  realPosCli,
  runChild,
  siteBackupCli,
  type RealCli,
  type SiteBackupRun,
} from './helpers/real-cli.js';
import { describeWithTools } from './helpers/requires.js';
import { extractComponent, storedBackups } from './helpers/stored.js';
import { tempDir } from './helpers/tmp.js';

// platformOS through the released pos-cli 6.4.0 against a loopback double of an instance
// (test/doubles/platformos-api.ts). Every run is `site-backup backup` / `site-backup restore` in
// its own process under the project's Node 24, as the action runs, with pos-cli on PATH as a
// runner's preinstalled CLI would be. The runner's egress is the double's proxy, which refuses
// every tunnel, so pos-cli's telemetry host (api.raygun.io) is unreachable, as it is on a
// locked-down runner.

type Run = SiteBackupRun;

/** Live processes whose working folder is `dir` or below it (a zombie has no working folder). */
function processesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    let cwd: string;
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`);
    } catch {
      continue; // gone, a zombie, or not ours to read
    }
    if (cwd === dir || cwd.startsWith(`${dir}/`))
      found.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')}`);
  }
  return found;
}

describeWithTools('platformos with the real pos-cli 6.4.0', posCliMissing(), () => {
  let cli: RealCli;
  let root: string;
  const instances: PosInstance[] = [];
  let n = 0;

  const instance = async (o: { pendingPolls?: number; faults?: Fault[] } = {}): Promise<PosInstance> => {
    const i = await startPosInstance(o);
    instances.push(i);
    return i;
  };

  /** The environment of a runner step: pos-cli on PATH, the instance's secrets, egress through the proxy. */
  const stepEnv = (i: PosInstance, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    PATH: `${cli.binDir}${path.delimiter}${process.env.PATH}`,
    HOME: root,
    TMPDIR: path.join(root, 'tmp'),
    MPKIT_URL: i.url,
    MPKIT_TOKEN: i.token,
    MPKIT_EMAIL: i.email,
    SITE_BACKUP_RETRY_DELAY_MS: '5',
    NODE_USE_ENV_PROXY: '1',
    HTTPS_PROXY: i.proxyUrl,
    HTTP_PROXY: i.proxyUrl,
    NO_PROXY: '127.0.0.1,localhost',
    ...extra,
  });

  /** `site-backup <command> ...` in its own process under Node 24, as the action runs. */
  const siteBackup = (command: string, f: Record<string, string>, env: NodeJS.ProcessEnv): Promise<Run> =>
    siteBackupCli([command, ...flags(f)], env);

  const backup = async (i: PosInstance, flags: Record<string, string>, extraEnv: Record<string, string> = {}) => {
    const store = path.join(root, `store-${++n}`);
    const run = await siteBackup(
      'backup',
      {
        platform: 'platformos',
        site: 'acme',
        environment: 'production',
        store,
        compression: 'none',
        trigger: 'manual',
        retries: '0',
        ...flags,
      },
      stepEnv(i, extraEnv),
    );
    return { ...run, store };
  };

  const restore = (i: PosInstance, store: string, flags: Record<string, string>) =>
    siteBackup(
      'restore',
      { platform: 'platformos', site: 'acme', environment: 'production', store, 'target-environment': 'staging', ...flags },
      stepEnv(i),
    );

  /** One stored component, extracted. */
  const component = (store: string, name: 'code' | 'data'): Promise<string> => extractComponent(store, 'acme', 'production', name, root);

  const manifests = async (store: string) => (await storedBackups(store, 'acme', 'production')).manifests;

  const count = (i: PosInstance, request: RegExp) => i.received.requests.filter((r) => request.test(r)).length;

  // One full backup that the restore tests reuse: every component, both data forms, and one
  // pending poll per job (pos-cli polls every 5 s).
  let prod: PosInstance;
  let full: Run & { store: string };

  beforeAll(async () => {
    cli = await realPosCli();
    root = await tempDir('sba-pos-');
    await mkdir(path.join(root, 'tmp'));
    prod = await instance({ pendingPolls: 1 });
    full = await backup(prod, { components: 'code,data', 'platformos-data-format': 'both' });
  });

  afterAll(async () => {
    await Promise.all(instances.map((i) => i.close()));
  });

  it('backs up the code (app.zip plus each module, every one pulled into its own folder) and the data (CSV zip, JSON with its record files)', async () => {
    expect(full.code, full.out).toBe(0);
    expect(await manifests(full.store)).toHaveLength(1);
    const code = await component(full.store, 'code');
    for (const [f, c] of Object.entries(prod.content.app)) expect(readFileSync(path.join(code, f)), f).toEqual(Buffer.from(c));
    // `modules pull` writes ./modules.zip whatever the module: each one kept its own content.
    for (const [m, files] of Object.entries(prod.content.modules)) {
      for (const [f, c] of Object.entries(files)) expect(readFileSync(path.join(code, 'modules', m, f), 'utf8'), `${m}/${f}`).toBe(c);
    }
    const data = await component(full.store, 'data');
    const csv = await zipEntries(readFileSync(path.join(data, 'data.zip')));
    expect(Object.fromEntries(Object.entries(csv).map(([k, v]) => [k, v.toString()]))).toEqual(prod.content.csv);
    const json = JSON.parse(readFileSync(path.join(data, 'data.json'), 'utf8')) as {
      models: { attachments?: { url: string }[]; images?: { url: string }[] }[];
    };
    expect(json.models[0]!.attachments![0]!.url).toBe('tmp/attachments/101/contract.pdf');
    expect(readFileSync(path.join(data, 'tmp/attachments/101/contract.pdf'))).toEqual(PDF);
    expect(readFileSync(path.join(data, 'tmp/images/102/photo.jpg'))).toEqual(JPEG);
    // The jobs went through their pending states.
    expect(count(prod, /^POST \/api\/app_builder\/marketplace_releases\/backup$/)).toBe(3);
    expect(count(prod, /^GET \/api\/app_builder\/installed_modules$/)).toBe(1);
    expect(count(prod, /^POST \/api\/app_builder\/exports\?csv_export=true$/)).toBe(1);
    expect(count(prod, /^POST \/api\/app_builder\/exports$/)).toBe(1);
    expect(count(prod, /^GET \/api\/app_builder\/exports\/\d+/)).toBe(4);
    expect(full.out).toMatch(/data\.json holds 3 records and references 2 record files, all present/);
    expect(full.out).not.toContain(prod.token);
  });

  it('restores the code and the CSV data into another environment', async () => {
    const staging = await instance();
    const run = await restore(staging, full.store, { components: 'code,data' });
    expect(run.code, run.out).toBe(0);
    expect(staging.received.deploys).toHaveLength(1);
    const deployed = staging.received.deploys[0]!;
    expect(deployed.partial).toBe('false');
    const assets = Object.keys(prod.content.app).filter((f) => f.startsWith('app/assets/'));
    for (const [f, c] of Object.entries(prod.content.app)) if (!assets.includes(f)) expect(deployed.files[f]?.toString(), f).toBe(c);
    // Assets go separately: a zip PUT to a presigned URL, then a manifest tied to the release.
    expect(Object.keys(deployed.files).filter((f) => f.startsWith('app/assets/'))).toEqual([]);
    const assetZip = Object.entries(staging.received.uploads).find(([k]) =>
      /^instances\/inst-4711\/assets\/\d+\.assets_deploy\.zip$/.test(k),
    );
    const packed = await zipEntries(assetZip![1]);
    for (const f of assets) expect(packed[f.slice('app/assets/'.length)], f).toEqual(Buffer.from(prod.content.app[f]!));
    expect(staging.received.assetManifests).toHaveLength(1);
    expect(Object.keys((staging.received.assetManifests[0] as { manifest: object }).manifest).sort()).toEqual([
      'images/logo.png',
      'styles/app.css',
    ]);
    expect(deployed.files['modules/user/public/views/partials/user.liquid']?.toString()).toBe('user module\n');
    expect(deployed.files['modules/core/public/views/partials/core.liquid']?.toString()).toBe('core module\n');
    // data.zip is preferred over data.json: uploaded to a presigned URL, then imported by its URL.
    expect(staging.received.imports).toHaveLength(1);
    const imp = staging.received.imports[0]!;
    expect(imp.body.zip_file_url).toMatch(/\/s3\/instances\/inst-4711\/data_imports\/[0-9a-f]{64}$/);
    expect(Object.fromEntries(Object.entries(imp.zip!).map(([k, v]) => [k, v.toString()]))).toEqual(prod.content.csv);
    expect(prod.received.deploys).toEqual([]);
    expect(prod.received.imports).toEqual([]);
  });

  it('restores a JSON backup, re-uploading every record file to a presigned URL before the import', async () => {
    const source = await instance();
    const b = await backup(source, { components: 'data', 'platformos-data-format': 'json' });
    expect(b.code, b.out).toBe(0);
    const staging = await instance();
    const run = await restore(staging, b.store, { components: 'data' });
    expect(run.code, run.out).toBe(0);
    const body = staging.received.imports[0]!.body as {
      import: { data: { models: { attachments?: { url: string; name: string }[]; images?: { url: string }[] }[] } };
    };
    const [post1, post2] = body.import.data.models;
    const uploaded = (url: string) => staging.received.uploads[new URL(url).pathname.replace(/^\/s3\//, '')];
    expect(post1!.attachments![0]!.name).toBe('contract.pdf');
    expect(uploaded(post1!.attachments![0]!.url)).toEqual(PDF);
    expect(uploaded(post2!.images![0]!.url)).toEqual(JPEG);
  });

  it('runs data clean before the import when asked, and explains the 422 of an instance where clean is disabled', async () => {
    const staging = await instance();
    const ok = await restore(staging, full.store, { components: 'data', 'platformos-data-clean': 'true' });
    expect(ok.code, ok.out).toBe(0);
    expect(staging.received.cleans).toEqual([{ confirmation: 'CLEAN DATA' }]);
    expect(staging.received.imports).toHaveLength(1);

    const locked = await instance({ faults: ['clean-disabled'] });
    const refused = await restore(locked, full.store, { components: 'data', 'platformos-data-clean': 'true' });
    expect(refused.code).not.toBe(0);
    expect(refused.out).toMatch(/pos-cli data clean was refused by the instance \(422\): platformOS allows it only where it is enabled/);
    expect(locked.received.imports).toEqual([]);
  });

  it('reports a deploy the instance rejects, with its reason, and masks the token the reason quotes back', async () => {
    const staging = await instance({ faults: ['deploy-error'] });
    const run = await restore(staging, full.store, { components: 'code' });
    expect(run.code).not.toBe(0);
    expect(run.out).toMatch(/pos-cli deploy exited with 1: .*Liquid syntax error/);
    // The error quoted the token back; it was registered before pos-cli ran, so it is masked in
    // pos-cli's own lines and in the error built from them.
    expect(run.out).toMatch(/\[code\] .*Liquid syntax error: Unknown tag 'endfor' \(request: Token \*\*\*\)/);
    expect(run.out).toMatch(/pos-cli deploy exited with 1: .*\(request: Token \*\*\*\)/);
    expect(run.out).not.toContain(staging.token);
  });

  // ---- section 0 of the reference, one test each ----------------------------------------------

  it('a refused token ("Request failed with status 401") fails at once, is not retried, and names MPKIT_TOKEN', async () => {
    const i = await instance();
    const run = await backup(i, { components: 'code', retries: '2' }, { MPKIT_TOKEN: 'expired-token-4242' });
    expect(run.code).not.toBe(0);
    expect(run.out).toMatch(
      /pos-cli pull was refused by the instance \(.*Request failed with status 401\): MPKIT_TOKEN is not accepted for MPKIT_URL/,
    );
    expect(run.out).not.toMatch(/retrying/);
    expect(count(i, /^POST \/api\/app_builder\/marketplace_releases\/backup$/)).toBe(1);
    expect(await manifests(run.store)).toEqual([]);
  });

  it('telemetry that cannot reach api.raygun.io does not end data export: the preload answers it locally', async () => {
    const i = await instance();
    // The released CLI on its own, here: the report's rejection ends the export with exit 1.
    const work = path.join(root, `bare-${++n}`);
    await mkdir(work);
    const bare = await runChild(
      'pos-cli',
      ['data', 'export', 'production', '-p', 'data.zip', '--zip'],
      { ...stepEnv(i), PATH: `${NODE24_BIN_DIR}${path.delimiter}${cli.binDir}${path.delimiter}${process.env.PATH}`, CI: 'true' },
      work,
    );
    expect(bare.code).toBe(1);
    expect(bare.out).toMatch(/api\.raygun\.io/);
    expect(i.received.proxied).toEqual(['api.raygun.io:443']);

    const run = await backup(i, { components: 'data' });
    expect(run.code, run.out).toBe(0);
    const data = await component(run.store, 'data');
    expect(Object.keys(await zipEntries(readFileSync(path.join(data, 'data.zip')))).sort()).toEqual(Object.keys(i.content.csv).sort());
    // Nothing more tried to leave the runner.
    expect(i.received.proxied).toEqual(['api.raygun.io:443']);
    expect(NO_TELEMETRY_OPTION).toMatch(/^--import=data:text\/javascript;base64,/);
  });

  it('a data.zip cut short is not stored, although pos-cli saved it and said Done', async () => {
    const i = await instance({ faults: ['export-zip-truncated'] });
    const run = await backup(i, { components: 'data' });
    expect(run.code).not.toBe(0);
    expect(run.out).toMatch(/Done\. Exported to: data\.zip/);
    expect(run.out).toMatch(/the data export \(data\.zip\) is not a valid zip/);
    expect(await manifests(run.store)).toEqual([]);
  });

  it('a JSON import that drops record files (exit 0) fails the restore and says which upload failed', async () => {
    const source = await instance();
    const b = await backup(source, { components: 'data', 'platformos-data-format': 'json' });
    expect(b.code, b.out).toBe(0);
    const staging = await instance({ faults: ['upload-500'] });
    const run = await restore(staging, b.store, { components: 'data' });
    // What the CLI did: imported the records without their files.
    const models = (staging.received.imports[0]!.body as { import: { data: { models: Record<string, unknown>[] } } }).import.data.models;
    expect(models[0]).not.toHaveProperty('attachments');
    expect(models[1]).not.toHaveProperty('images');
    expect(run.code).not.toBe(0);
    expect(run.out).toMatch(
      /pos-cli data import into "staging" exited 0, but 2 of the 2 record file upload\(s\) failed \(.*Upload failed with status 500.*\)/,
    );
  });

  it('`modules list` that prints nothing and exits 0 on an API error fails the code backup, saying how to skip the listing', async () => {
    const i = await instance({ faults: ['modules-list-500'] });
    const run = await backup(i, { components: 'code' });
    expect(run.code).not.toBe(0);
    expect(run.out).toMatch(
      /pos-cli modules list exited 0 without listing anything, which is how it reports a failed API call.*set `(--)?platformos-modules`/,
    );
    const listed = await backup(i, { components: 'code', 'platformos-modules': 'user' });
    expect(listed.code, listed.out).toBe(0);
  });

  it('runs pos-cli with our Node, not with the `node` first on PATH', async () => {
    // Stands for a runner whose default Node is older than pos-cli needs (it declares >= 22).
    const old = path.join(root, 'old-node');
    await mkdir(old);
    await writeFile(path.join(old, 'node'), '#!/bin/sh\necho "this is the runner\'s old node (v18), not ours" >&2\nexit 1\n');
    await chmod(path.join(old, 'node'), 0o755);
    const i = await instance();
    const env = stepEnv(i);
    const run = await siteBackup(
      'backup',
      {
        platform: 'platformos',
        site: 'acme',
        environment: 'production',
        store: path.join(root, `store-${++n}`),
        compression: 'none',
        components: 'code',
        'platformos-modules': 'none',
        retries: '0',
      },
      { ...env, PATH: `${old}${path.delimiter}${env.PATH}` },
    );
    expect(run.code, run.out).toBe(0);
    expect(run.out).not.toMatch(/old node/);
  });

  it('ends a job that never finishes at the component timeout, and pos-cli with every process it started', async () => {
    // pos-cli polls every 5 s with no limit; the subcommand runs in a child process of pos-cli.
    const i = await instance({ pendingPolls: Infinity });
    // Long enough for a loaded machine to start pos-cli and reach its first poll.
    const run = await backup(i, { components: 'data', timeout: '10s' });
    expect(run.code).not.toBe(0);
    expect(run.out).toMatch(/data: timed out after 10\.0s/);
    expect(count(i, /^GET \/api\/app_builder\/exports\/\d+/)).toBeGreaterThanOrEqual(1);
    // Every pos-cli process ran in a folder under `root`: none of them may outlive the run (a
    // survivor would go on polling). Asked of the system, not timed: no sleep can prove absence.
    expect(processesUnder(root)).toEqual([]);
  });

  it('a job that ends `failed` (exit 0, "Export failed") is retried, then fails', async () => {
    const i = await instance({ faults: ['export-failed'] });
    const run = await backup(i, { components: 'data', retries: '1' });
    expect(run.code).not.toBe(0);
    expect(run.out).toMatch(
      /pos-cli data export \(zip\) failed \(tried 2 times\): pos-cli data export reported ".*Export failed" \(and exited 0\)/,
    );
    expect(count(i, /^POST \/api\/app_builder\/exports/)).toBe(2);
  });
});
