import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapSource } from '../src/config/source.js';
import { DIVIO_CLI } from '../src/platforms/divio.js';
import { actionsCache, cacheKey, cliPath, ensureCli, type CacheBackend, type ToolSpec } from '../src/platforms/install.js';
import type { PlatformContext } from '../src/platforms/platform.js';
import { POS_CLI } from '../src/platforms/platformos.js';
import { UPSUN_CLI } from '../src/platforms/platformsh.js';
import { SITEGLIDE_CLI } from '../src/platforms/siteglide.js';
import { runProcess } from '../src/util/exec.js';
import { npmLock, type NpmLock } from '../src/platforms/locks/index.js';
import { packLocal, pruneLock, startNpmRegistry, type LocalPackage, type NpmRegistry } from './helpers/npm-registry.js';
import { describeWithTools } from './helpers/requires.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

// The CLIs are installed here exactly as the action installs them (install.ts: npm with our own
// Node, a venv for pip), from a loopback npm registry that serves the released siteglide-cli and
// pos-cli packed from ../shared/real-clis and passes everything else through to the registry npm
// is configured with. The Upsun CLI comes from that registry as it is.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REAL_CLIS = path.join(ROOT, '..', 'shared', 'real-clis');
/** The runner's Node 24, which runs the bundled action; vitest itself may run on an older one. */
const NODE24 = path.join(ROOT, 'node_modules', 'node', 'bin', 'node');
const SYSTEM_PATH = process.env.PATH!;
const platformKey = `${process.platform}-${process.arch}`;

/** The runner's environment (CA certificates, HOME with its npm settings), without what `npx vitest` added for itself. */
const BASE_ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

function context(
  root: string,
  inputs: Record<string, string>,
  env: Record<string, string | undefined>,
): { ctx: PlatformContext; lines: string[] } {
  const io = testIo(inputs, { ...BASE_ENV, ...env }, root);
  return {
    ctx: { site: 'acme', environment: 'production', inputs: mapSource(inputs), env: io.env, log: io.log, workDir: path.join(root, 'work') },
    lines: io.lines,
  };
}

async function script(file: string, body: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, body);
  await chmod(file, 0o755);
  return file;
}

/**
 * An old Node first on PATH, as on a runner whose default `node` predates pos-cli's minimum: it
 * answers `--version` and refuses to run anything, so any install script or `#!/usr/bin/env node`
 * that reaches it fails the install.
 */
async function oldNodeDir(root: string): Promise<string> {
  const dir = path.join(root, 'old-node');
  await script(
    path.join(dir, 'node'),
    '#!/bin/sh\n[ "$1" = "--version" ] && { echo v18.20.8; exit 0; }\necho "node v18.20.8: not running $*" >&2\nexit 1\n',
  );
  return dir;
}

// The release tarballs ship scripts/check-node-version.js (their postinstall); the copies in
// ../shared/real-clis omit it. This stand-in does what the reference's section 0 says pos-cli's
// does (exit 1 below Node 22), and writes down the Node that ran it, so the test can tell.
const POS_POSTINSTALL = `import { writeFileSync } from 'node:fs';
writeFileSync(new URL('./postinstall-node.txt', import.meta.url), process.version);
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error('pos-cli needs Node.js 22 or newer, this is ' + process.version);
  process.exit(1);
}
`;
const SITEGLIDE_POSTINSTALL = `require('fs').writeFileSync(require('path').join(__dirname, 'postinstall-node.txt'), process.version);\n`;

/** The committed lock without what the reachable registry lacks (as the packed pos-cli lacks it). */
const POS_LOCK_HERE = pruneLock(
  (await npmLock('@platformos/pos-cli@6.4.0'))!,
  (d) => (d.startsWith('@platformos/') && d !== '@platformos/pos-cli') || d.startsWith('yeoman-'),
);
const POS_CLI_HERE: ToolSpec = { ...POS_CLI, method: { kind: 'npm', package: '@platformos/pos-cli', locks: { '6.4.0': POS_LOCK_HERE } } };

/** Every installed package is one the lock names, at its version and with its sha512. */
function expectInstalledAsLocked(dir: string, lock: NpmLock): void {
  const installed = Object.entries(
    (JSON.parse(readFileSync(path.join(dir, 'node_modules', '.package-lock.json'), 'utf8')) as NpmLock).packages,
  );
  expect(installed.length).toBeGreaterThan(100);
  for (const [p, e] of installed)
    expect([p, e.version, e.integrity]).toEqual([p, lock.packages[p]?.version, lock.packages[p]?.integrity ?? e.integrity]);
}

const missing: string[] = [];
if (!existsSync(NODE24)) missing.push('Node 24 (node_modules/node; run npm ci)');
for (const c of ['pos-cli-6.4.0', 'siteglide-cli-1.10.3'])
  if (!existsSync(path.join(REAL_CLIS, c, 'package.json'))) missing.push(`../shared/real-clis/${c}`);

describeWithTools('installing the released CLIs as the action does', missing, () => {
  let root: string;
  let registry: NpmRegistry;
  let oldNode: string;

  beforeAll(async () => {
    root = await tempDir('sba-install-real-');
    oldNode = await oldNodeDir(root);
    const scratch = path.join(root, 'pack');
    const pos = await packLocal(path.join(REAL_CLIS, 'pos-cli-6.4.0'), scratch, async (dir, m) => {
      // As ../shared/real-clis/README.md says: these serve only check, language-server, MCP and
      // generator commands, and are not on the registry reachable here.
      const deps = m.dependencies as Record<string, string>;
      for (const d of Object.keys(deps)) if (d.startsWith('@platformos/') || d.startsWith('yeoman-')) delete deps[d];
      // The copy has no node_modules to bundle; npm installs these three like the others.
      delete m.bundleDependencies;
      await script(path.join(dir, 'scripts', 'check-node-version.js'), POS_POSTINSTALL);
    });
    const siteglide = await packLocal(path.join(REAL_CLIS, 'siteglide-cli-1.10.3'), scratch, async (dir) => {
      await script(path.join(dir, 'scripts', 'check-node-version.js'), SITEGLIDE_POSTINSTALL);
    });
    registry = await startNpmRegistry([pos, siteglide]);
  });
  afterAll(() => registry?.close());

  const env = () => ({
    PATH: `${oldNode}${path.delimiter}${SYSTEM_PATH}`,
    npm_config_registry: registry.url,
    SITE_BACKUP_TOOL_DIR: path.join(root, 'tools'),
  });

  it(
    'pos-cli 6.4.0: npm and its postinstall run with our Node 24 although an old node is first on PATH',
    { timeout: 300_000 },
    async () => {
      const { ctx, lines } = context(root, {}, env());
      const cli = await ensureCli(ctx, POS_CLI_HERE, { node: NODE24 });
      const dir = path.join(root, 'tools', 'site-backup', 'pos-cli', '6.4.0', `${platformKey}-node24`);
      expect(cli).toMatchObject({ source: 'installed', version: '6.4.0', bin: path.join(dir, 'node_modules', '.bin', 'pos-cli') });
      expect(readFileSync(path.join(dir, 'node_modules', '@platformos', 'pos-cli', 'scripts', 'postinstall-node.txt'), 'utf8')).toMatch(
        /^v24\./,
      );
      expectInstalledAsLocked(dir, POS_LOCK_HERE);
      // npm ci fetches the locked tarball itself (the lock's registry.npmjs.org URL, sent to the configured registry).
      expect(registry.requests).toContain('/@platformos/pos-cli/-/pos-cli-6.4.0.tgz');
      expect(lines).toContainEqual(
        expect.stringMatching(
          /^pos-cli: running @platformos\/pos-cli@6\.4\.0 \(npm\) installed now into .* with Node v24\.[\d.]+ \(.*node\) \(.* reports "6\.4\.0"\)$/,
        ),
      );
      // The CLI itself, run as the platforms run it, answers with our Node too.
      const r = await runProcess(cli.bin, ['--version'], { env: { ...ctx.env, PATH: cliPath(cli, ctx.env.PATH) } });
      expect([r.code, r.stdoutTail.trim()]).toEqual([0, '6.4.0']);

      // The next run finds it in the tool folder: no second install.
      const before = registry.requests.length;
      const again = await ensureCli(context(root, {}, env()).ctx, POS_CLI_HERE, { node: NODE24 });
      expect(again.source).toBe('tool-dir');
      expect(registry.requests.length).toBe(before);
    },
  );

  it(
    'siteglide-cli 1.10.3: installs without install scripts and answers its version command with our Node',
    { timeout: 300_000 },
    async () => {
      const { ctx, lines } = context(root, {}, env());
      const cli = await ensureCli(ctx, SITEGLIDE_CLI, { node: NODE24 });
      const dir = path.join(root, 'tools', 'site-backup', 'siteglide-cli', '1.10.3', `${platformKey}-node24`);
      expect(cli).toMatchObject({ source: 'installed', version: '1.10.3', bin: path.join(dir, 'node_modules', '.bin', 'siteglide-cli') });
      // --ignore-scripts: neither its own postinstall nor mozjpeg's download from GitHub ran.
      expect(existsSync(path.join(dir, 'node_modules', '@siteglide', 'siteglide-cli', 'scripts', 'postinstall-node.txt'))).toBe(false);
      expect(existsSync(path.join(dir, 'node_modules', 'mozjpeg', 'vendor', 'cjpeg'))).toBe(false);
      expect(lines.join('\n')).toContain('reports "Siteglide CLI v1.10.3"');
      // npm ci from the committed lock: the maintainers' versions, each with its sha512.
      expect(lines).toContainEqual(
        expect.stringMatching(/installing @siteglide\/siteglide-cli@1\.10\.3 \(npm\) into .* \(npm ci from its committed lockfile\)$/),
      );
      expectInstalledAsLocked(dir, (await npmLock('@siteglide/siteglide-cli@1.10.3'))!);
      // Its subcommands are separate bins that `siteglide-cli` spawns: they resolve, and run on our Node.
      const r = await runProcess(cli.bin, ['add', '--help'], { env: { ...ctx.env, PATH: cliPath(cli, ctx.env.PATH) } });
      expect([r.code, r.stdoutTail]).toEqual([0, expect.stringContaining('Usage: siteglide-cli add <env> [options]')]);
    },
  );

  it('`cli-version` reaches npm: a version the registry does not have fails the install, naming it', { timeout: 120_000 }, async () => {
    const { ctx } = context(root, { 'cli-version': '6.3.99' }, env());
    await expect(ensureCli(ctx, POS_CLI_HERE, { node: NODE24 })).rejects.toThrow(
      /installing pos-cli 6\.3\.99 failed \(npm exited with 1\): .*(ETARGET|No matching version)/s,
    );
  });
});

describe('the Upsun CLI from the npm registry', () => {
  it('@upsun/cli-linux-x64 5.11.1: installed by install.ts, `upsun --version` runs the real binary', { timeout: 300_000 }, async () => {
    const root = await tempDir('sba-install-upsun-');
    const { ctx, lines } = context(
      root,
      {},
      {
        PATH: SYSTEM_PATH,
        UPSUN_CLI_UPDATES_CHECK: '0',
        UPSUN_CLI_HOME: path.join(root, 'upsun-home'),
        SITE_BACKUP_TOOL_DIR: path.join(root, 'tools'),
      },
    );
    const cli = await ensureCli(ctx, UPSUN_CLI);
    const nodeMajor = process.versions.node.split('.')[0];
    expect(cli).toMatchObject({
      source: 'installed',
      version: '5.11.1',
      bin: path.join(
        root,
        'tools',
        'site-backup',
        'upsun-cli',
        '5.11.1',
        `${platformKey}-node${nodeMajor}`,
        'node_modules',
        '@upsun',
        'cli-linux-x64',
        'bin',
        'upsun',
      ),
    });
    const r = await runProcess(cli.bin, ['--version'], { env: { ...ctx.env, PATH: cliPath(cli, ctx.env.PATH) } });
    expect(r.code).toBe(0);
    expect(`${r.stdoutTail}${r.stderrTail}`).toMatch(/Upsun CLI.*5\.11\.1/);
    expect(lines).toContainEqual(expect.stringMatching(/^upsun: running @upsun\/cli-linux-x64@5\.11\.1 \(npm\) installed now into /));
  });
});

/** A tiny npm CLI of our own, for what needs many installs (cache keys, overrides): real npm, seconds each. */
async function helloPackage(scratch: string, version: string): Promise<LocalPackage> {
  const src = path.join(scratch, `hello-src-${version}`);
  await mkdir(src, { recursive: true });
  await writeFile(
    path.join(src, 'package.json'),
    JSON.stringify({
      name: '@site-backup-test/hello-cli',
      version,
      bin: { 'hello-cli': 'cli.js' },
      scripts: { postinstall: 'node -e "process.exit(Number(process.versions.node.split(\'.\')[0]) < 20 ? 1 : 0)"' },
    }),
  );
  await script(path.join(src, 'cli.js'), `#!/usr/bin/env node\nconsole.log('hello-cli ${version} on ' + process.version);\n`);
  return packLocal(src, path.join(scratch, `packed-${version}`));
}

/** Writes sb_hello-1.0.0-py3-none-any.whl (a console script `hello-py`) into argv[1]. */
const WHEEL_SCRIPT = `
import base64, hashlib, sys, zipfile, os
files = {
  'sb_hello/__init__.py': 'def main():\\n    print("hello-py 1.0.0")\\n',
  'sb_hello-1.0.0.dist-info/METADATA': 'Metadata-Version: 2.1\\nName: sb-hello\\nVersion: 1.0.0\\n',
  'sb_hello-1.0.0.dist-info/WHEEL': 'Wheel-Version: 1.0\\nGenerator: site-backup-tests\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n',
  'sb_hello-1.0.0.dist-info/entry_points.txt': '[console_scripts]\\nhello-py = sb_hello:main\\n',
}
record = []
with zipfile.ZipFile(os.path.join(sys.argv[1], 'sb_hello-1.0.0-py3-none-any.whl'), 'w') as z:
  for name, text in files.items():
    data = text.encode()
    z.writestr(name, data)
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()
    record.append('%s,sha256=%s,%d' % (name, digest, len(data)))
  record.append('sb_hello-1.0.0.dist-info/RECORD,,')
  z.writestr('sb_hello-1.0.0.dist-info/RECORD', '\\n'.join(record) + '\\n')
`;

const HELLO: ToolSpec = {
  tool: 'hello-cli',
  bin: 'hello-cli',
  defaultVersion: '1.0.0',
  method: { kind: 'npm', package: '@site-backup-test/hello-cli' },
};

/** A dependency of hello-locked; 1.0.1 is the poisoned patch release published after the lock was made. */
async function depPackage(scratch: string, version: string, postinstall: string): Promise<LocalPackage> {
  const src = path.join(scratch, `dep-src-${version}`);
  await mkdir(src, { recursive: true });
  await writeFile(
    path.join(src, 'package.json'),
    JSON.stringify({ name: '@site-backup-test/hello-dep', version, main: 'index.js', scripts: { postinstall } }),
  );
  await writeFile(path.join(src, 'index.js'), `module.exports = '${version}';\n`);
  return packLocal(src, path.join(scratch, `dep-packed-${version}`));
}

/** A CLI with a dependency (^1.0.0) whose install script writes down the environment it was given. */
async function lockedPackage(scratch: string): Promise<LocalPackage> {
  const src = path.join(scratch, 'locked-src');
  await mkdir(src, { recursive: true });
  const postinstall = `node -e "require('fs').writeFileSync('env-seen.json', JSON.stringify(process.env))"`;
  await writeFile(
    path.join(src, 'package.json'),
    JSON.stringify({
      name: '@site-backup-test/hello-locked',
      version: '1.0.0',
      bin: { 'hello-locked': 'cli.js' },
      dependencies: { '@site-backup-test/hello-dep': '^1.0.0' },
      scripts: { postinstall },
    }),
  );
  await script(
    path.join(src, 'cli.js'),
    `#!/usr/bin/env node\nconsole.log('hello-locked 1.0.0 with hello-dep ' + require('@site-backup-test/hello-dep'));\n`,
  );
  return packLocal(src, path.join(scratch, 'locked-packed'));
}

const HELLO_LOCKED: ToolSpec = {
  tool: 'hello-locked',
  bin: 'hello-locked',
  defaultVersion: '1.0.0',
  method: { kind: 'npm', package: '@site-backup-test/hello-locked' },
};

/** The lock npm writes for the wrapper install of `pkg@version`, resolved against `registry` now. */
async function lockOf(scratch: string, registry: string, pkg: string, version: string): Promise<NpmLock> {
  const dir = path.join(scratch, 'lock-gen');
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'site-backup-cli', private: true, dependencies: { [pkg]: version } }),
  );
  const r = await runProcess(
    'npm',
    ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', `--registry=${registry}`],
    { cwd: dir, env: { ...BASE_ENV, npm_config_update_notifier: 'false' } },
  );
  expect(r.code).toBe(0);
  return JSON.parse(readFileSync(path.join(dir, 'package-lock.json'), 'utf8')) as NpmLock;
}

async function runCli(cli: { bin: string; pathDirs: string[] }): Promise<string> {
  const r = await runProcess(cli.bin, [], { env: { PATH: cliPath(cli, SYSTEM_PATH) } });
  return r.stdoutTail.trim();
}

describe('CLI installation', () => {
  let root: string;
  let registry: NpmRegistry;
  let oldNode: string;
  beforeAll(async () => {
    root = await tempDir('sba-install-');
    oldNode = await oldNodeDir(root);
    registry = await startNpmRegistry([
      await helloPackage(root, '1.0.0'),
      await helloPackage(root, '1.1.0'),
      await depPackage(root, '1.0.0', 'node -e ""'),
      await lockedPackage(root),
    ]);
    helloLock = await lockOf(root, registry.url, '@site-backup-test/hello-locked', '1.0.0');
    // Published after the lock was made: in range (^1.0.0), newer, and hostile.
    registry.publish(await depPackage(root, '1.0.1', `node -e "require('fs').writeFileSync('poisoned.txt', 'ran')"`));
  });
  let helloLock: NpmLock;
  const locked = (): ToolSpec => ({
    ...HELLO_LOCKED,
    method: { kind: 'npm', package: '@site-backup-test/hello-locked', locks: { '1.0.0': helloLock } },
  });
  afterAll(() => registry?.close());
  const env = (extra: Record<string, string> = {}) => ({
    PATH: `${oldNode}${path.delimiter}${SYSTEM_PATH}`,
    npm_config_registry: registry.url,
    ...extra,
  });

  it('uses the CLI already on PATH and installs nothing, saying which one ran; another version than ours is a warning', async () => {
    const bin = await script(path.join(root, 'preinstalled', 'hello-cli'), '#!/bin/sh\necho "hello-cli 0.9.0"\n');
    const { ctx, lines } = context(root, {}, env({ PATH: `${path.dirname(bin)}${path.delimiter}${SYSTEM_PATH}` }));
    const before = registry.requests.length;
    const cli = await ensureCli(ctx, HELLO);
    expect(cli).toMatchObject({ source: 'path', bin, version: 'hello-cli 0.9.0' });
    expect(registry.requests.length).toBe(before);
    expect(lines).toContainEqual(
      `hello-cli: running ${bin} with Node ${process.version} (${process.execPath}), found on PATH (reports "hello-cli 0.9.0"; \`cli-version\` applies only when it has to be installed)`,
    );
    expect(lines).toContainEqual(
      `warning: hello-cli: the one found on PATH (${bin}) reports "hello-cli 0.9.0", not 1.0.0, the version this backup was tested with; it is used as it is. Remove it from PATH to have 1.0.0 installed.`,
    );

    // The version asked for (here through `cli-version`): logged, no warning.
    const same = context(root, { 'cli-version': '0.9.0' }, env({ PATH: `${path.dirname(bin)}${path.delimiter}${SYSTEM_PATH}` }));
    await ensureCli(same.ctx, HELLO);
    expect(same.lines.filter((l) => l.startsWith('warning:'))).toEqual([]);
    expect(same.lines).toContainEqual(expect.stringContaining('found on PATH (reports "hello-cli 0.9.0"'));
  });

  it('npm ci from the lock: a poisoned newer patch of a dependency is not installed, and an unlocked copy in the tool folder is replaced', async () => {
    const e = env({ SITE_BACKUP_TOOL_DIR: path.join(root, 'tools-locked'), npm_config_prefer_online: 'true' });
    // Without a lock (as every install was before), npm resolves ^1.0.0 afresh and takes the poisoned patch.
    const unlocked = context(root, {}, e);
    const loose = await ensureCli(unlocked.ctx, HELLO_LOCKED, { node: NODE24 });
    expect(await runCli(loose)).toBe('hello-locked 1.0.0 with hello-dep 1.0.1');
    expect(unlocked.lines).toContainEqual(
      expect.stringMatching(
        /^warning: hello-locked: no lockfile is committed for @site-backup-test\/hello-locked@1\.0\.0, so its dependencies resolve afresh/,
      ),
    );

    const before = registry.requests.length;
    const { ctx, lines } = context(root, {}, e);
    const cli = await ensureCli(ctx, locked(), { node: NODE24 });
    expect(cli.source).toBe('installed');
    expect(await runCli(cli)).toBe('hello-locked 1.0.0 with hello-dep 1.0.0');
    expect(registry.requests.slice(before)).not.toContain('/@site-backup-test/hello-dep/-/hello-dep-1.0.1.tgz');
    expect(existsSync(path.join(path.dirname(path.dirname(cli.bin)), '@site-backup-test', 'hello-dep', 'poisoned.txt'))).toBe(false);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^warning: hello-locked: the copy in .* is not what the lock installs \(node_modules\/@site-backup-test\/hello-dep is 1\.0\.1, the lock has 1\.0\.0\): not running it; installing it again$/,
      ),
    );
    // The next run checks the copy against the lock, finds it so, and uses it.
    const again = await ensureCli(context(root, {}, e).ctx, locked(), { node: NODE24 });
    expect(again.source).toBe('tool-dir');
  });

  it("install scripts see none of the run's secrets", async () => {
    const planted = {
      AWS_SECRET_ACCESS_KEY: 'planted-aws-secret',
      AWS_SESSION_TOKEN: 'planted-aws-session',
      'INPUT_DECRYPT-IDENTITY': 'AGE-SECRET-KEY-1PLANTED',
      INPUT_TOKEN: 'planted-input-token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'planted-oidc-token',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.planted.example/',
      GITHUB_TOKEN: 'planted-github-token',
      SITEGLIDE_TOKEN: 'planted-siteglide-token',
      UPSUN_CLI_TOKEN: 'planted-upsun-token',
      SITE_BACKUP_AGE_IDENTITY: 'AGE-SECRET-KEY-1PLANTED2',
    };
    const { ctx } = context(root, {}, env({ ...planted, SITE_BACKUP_TOOL_DIR: path.join(root, 'tools-secrets') }));
    const cli = await ensureCli(ctx, locked(), { node: NODE24 });
    const seen = JSON.parse(
      readFileSync(path.join(path.dirname(path.dirname(cli.bin)), '@site-backup-test', 'hello-locked', 'env-seen.json'), 'utf8'),
    ) as Record<string, string>;
    // The script ran, with what an install needs.
    expect(seen.npm_config_registry).toBe(registry.url);
    expect(seen.PATH).toContain(SYSTEM_PATH.split(path.delimiter)[0]);
    for (const [k, v] of Object.entries(planted)) {
      expect(seen).not.toHaveProperty(k);
      expect(JSON.stringify(seen)).not.toContain(v);
    }
  });

  it('npm tools run with our Node: the link folder is first on PATH', async () => {
    const { ctx } = context(root, { 'cli-version': '1.1.0' }, env({ SITE_BACKUP_TOOL_DIR: path.join(root, 'tools-override') }));
    const cli = await ensureCli(ctx, HELLO, { node: NODE24 });
    expect(cli.version).toBe('1.1.0');
    const r = await runProcess(cli.bin, [], { env: { ...ctx.env, PATH: cliPath(cli, ctx.env.PATH) } });
    expect(r.stdoutTail.trim()).toMatch(/^hello-cli 1\.1\.0 on v24\./);
  });

  it('with the Actions cache: the key covers tool, version, package, OS, arch and Node; a fresh runner restores instead of installing', async () => {
    const events: string[] = [];
    const stash = new Map<string, string>();
    const cache: CacheBackend = {
      available: () => true,
      async restore(paths, key) {
        events.push(`restore ${key}`);
        const blob = stash.get(key);
        if (!blob) return undefined;
        await cp(blob, paths[0]!, { recursive: true, verbatimSymlinks: true });
        return key;
      },
      async save(paths, key) {
        events.push(`save ${key}`);
        const blob = path.join(root, 'cache-blob', String(stash.size));
        await cp(paths[0]!, blob, { recursive: true, verbatimSymlinks: true });
        stash.set(key, blob);
      },
    };
    const key = `site-backup-cli-v2-hello-cli-1.0.0-npm-_site-backup-test_hello-cli-${platformKey}-node24`;
    expect(cacheKey(HELLO, '1.0.0', { id: 'node24' })).toBe(key);
    // Anything the install depends on changes the key.
    expect(
      new Set([
        key,
        cacheKey(HELLO, '1.1.0', { id: 'node24' }),
        cacheKey(HELLO, '1.0.0', { id: 'node22' }),
        cacheKey(HELLO, '1.0.0', { id: 'node24' }, 'npm i x'),
        cacheKey({ ...HELLO, method: { kind: 'npm', package: 'other' } }, '1.0.0', { id: 'node24' }),
      ]).size,
    ).toBe(5);

    const a = await ensureCli(context(root, {}, env({ SITE_BACKUP_TOOL_DIR: path.join(root, 'run1') })).ctx, HELLO, {
      cache,
      node: NODE24,
    });
    expect(a.source).toBe('installed');
    const tarballs = () => registry.requests.filter((r) => r.endsWith('.tgz')).length;
    const installed = tarballs();
    const b = await ensureCli(context(root, {}, env({ SITE_BACKUP_TOOL_DIR: path.join(root, 'run2') })).ctx, HELLO, {
      cache,
      node: NODE24,
    });
    expect(b.source).toBe('cache');
    expect(events).toEqual([`restore ${key}`, `save ${key}`, `restore ${key}`]);
    expect(tarballs()).toBe(installed);
    // The restored copy was checked by running it.
    const r = await runProcess(b.bin, [], { env: { PATH: cliPath(b, SYSTEM_PATH) } });
    expect(r.stdoutTail).toMatch(/^hello-cli 1\.0\.0 on v24\./);
  });

  it('uses the Actions cache only inside Actions with the cache service', () => {
    expect(actionsCache.available({})).toBe(false);
    expect(actionsCache.available({ GITHUB_ACTIONS: 'true' })).toBe(false);
    expect(actionsCache.available({ GITHUB_ACTIONS: 'true', ACTIONS_RESULTS_URL: 'https://results.example/' })).toBe(true);
  });

  it('an install whose version command does not report the version asked for fails', async () => {
    const wrong =
      'mkdir -p "$INSTALL_DIR/bin" && printf \'#!/bin/sh\\necho hello-cli 0.0.1\\n\' > "$INSTALL_DIR/bin/hello-cli" && chmod +x "$INSTALL_DIR/bin/hello-cli"';
    const { ctx } = context(root, { 'cli-install-command': wrong }, env({ SITE_BACKUP_TOOL_DIR: path.join(root, 'tools-wrong') }));
    await expect(ensureCli(ctx, HELLO)).rejects.toThrow(
      /hello-cli 1\.0\.0 was installed, but `hello-cli --version` does not report 1\.0\.0 \(hello-cli 0\.0\.1\)/,
    );
  });

  it('a failing installer, one that installs nothing, and a bad version are clear errors', async () => {
    const e = env({ SITE_BACKUP_TOOL_DIR: path.join(root, 'tools-fail') });
    await expect(
      ensureCli(context(root, { 'cli-install-command': 'echo "mirror unreachable" >&2; exit 3' }, e).ctx, HELLO),
    ).rejects.toThrow(
      /installing hello-cli 1\.0\.0 failed \(bash exited with 3\): mirror unreachable\. Check `cli-version`, or preinstall hello-cli/,
    );
    await expect(ensureCli(context(root, { 'cli-install-command': 'true' }, e).ctx, HELLO)).rejects.toThrow(
      /the hello-cli installer finished, but hello-cli is not in /,
    );
    await expect(ensureCli(context(root, { 'cli-version': '1.0; rm -rf /' }, e).ctx, HELLO)).rejects.toThrow(
      /Input `cli-version`: "1\.0; rm -rf \/" is not a version/,
    );
  });

  it(
    'pip tools: a virtualenv of the python3 on PATH, then `pip install --require-hashes` from the hashed requirements, verified by its version command',
    { timeout: 300_000 },
    async () => {
      // A wheel of our own, offered to the real pip through PIP_FIND_LINKS (PyPI is not reachable from the tests).
      const wheels = path.join(root, 'wheels');
      await mkdir(wheels, { recursive: true });
      const build = await runProcess('python3', ['-c', WHEEL_SCRIPT, wheels], { env: process.env });
      expect(build.code).toBe(0);
      const wheel = readFileSync(path.join(wheels, 'sb_hello-1.0.0-py3-none-any.whl'));
      const hashed = (sha: string): ToolSpec => ({
        tool: 'hello-py',
        bin: 'hello-py',
        defaultVersion: '1.0.0',
        method: { kind: 'pip', package: 'sb-hello', requirements: { '1.0.0': `sb-hello==1.0.0 --hash=sha256:${sha}\n` } },
      });
      const pipEnv = { PATH: SYSTEM_PATH, PIP_NO_INDEX: '1', PIP_FIND_LINKS: wheels, SITE_BACKUP_TOOL_DIR: path.join(root, 'tools-pip') };
      // A wheel that is not the one hashed (a swapped upload, a poisoned mirror) is refused by pip.
      await expect(ensureCli(context(root, {}, pipEnv).ctx, hashed('0'.repeat(64)))).rejects.toThrow(
        /installing hello-py 1\.0\.0 failed \(python exited with 1\): .*(DO NOT MATCH THE HASHES|[Hh]ash)/s,
      );
      const { ctx, lines } = context(root, {}, pipEnv);
      const cli = await ensureCli(ctx, hashed(createHash('sha256').update(wheel).digest('hex')));
      expect(cli.source).toBe('installed');
      expect(cli.bin).toMatch(new RegExp(`/tools-pip/site-backup/hello-py/1\\.0\\.0/${platformKey}-py3\\.\\d+/bin/hello-py$`));
      expect(cli.pathDirs).toEqual([path.dirname(cli.bin)]);
      expect(lines).toContainEqual(
        expect.stringMatching(/^hello-py: running sb-hello@1\.0\.0 \(pip\) installed now into .* \(.* reports "hello-py 1\.0\.0"\)$/),
      );
      expect(lines).toContainEqual(expect.stringMatching(/installing sb-hello@1\.0\.0 \(pip\) into .* \(pip --require-hashes\)$/));
    },
  );

  it('divio without Python: a clear error before anything runs', async () => {
    const bare = path.join(root, 'bare-bin');
    await mkdir(bare, { recursive: true });
    const { ctx } = context(root, {}, { PATH: bare });
    await expect(ensureCli(ctx, DIVIO_CLI)).rejects.toThrow(
      /divio is not on PATH, and installing divio-cli needs Python 3 \(python3 with the venv module\), which is not on PATH either\. Add `actions\/setup-python`/,
    );
  });
});
