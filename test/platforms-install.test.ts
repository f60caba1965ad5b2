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
import { packLocal, startNpmRegistry, type LocalPackage, type NpmRegistry } from './helpers/npm-registry.js';
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

function context(root: string, inputs: Record<string, string>, env: Record<string, string | undefined>): { ctx: PlatformContext; lines: string[] } {
  const io = testIo(inputs, { ...BASE_ENV, ...env }, root);
  return { ctx: { site: 'acme', environment: 'production', inputs: mapSource(inputs), env: io.env, log: io.log, workDir: path.join(root, 'work') }, lines: io.lines };
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
  await script(path.join(dir, 'node'), '#!/bin/sh\n[ "$1" = "--version" ] && { echo v18.20.8; exit 0; }\necho "node v18.20.8: not running $*" >&2\nexit 1\n');
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

const missing: string[] = [];
if (!existsSync(NODE24)) missing.push('Node 24 (node_modules/node; run npm ci)');
for (const c of ['pos-cli-6.4.0', 'siteglide-cli-1.10.3']) if (!existsSync(path.join(REAL_CLIS, c, 'package.json'))) missing.push(`../shared/real-clis/${c}`);

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

  const env = () => ({ PATH: `${oldNode}${path.delimiter}${SYSTEM_PATH}`, npm_config_registry: registry.url, SITE_BACKUP_TOOL_DIR: path.join(root, 'tools') });

  it('pos-cli 6.4.0: npm and its postinstall run with our Node 24 although an old node is first on PATH', { timeout: 300_000 }, async () => {
    const { ctx, lines } = context(root, {}, env());
    const cli = await ensureCli(ctx, POS_CLI, { node: NODE24 });
    const dir = path.join(root, 'tools', 'site-backup', 'pos-cli', '6.4.0', `${platformKey}-node24`);
    expect(cli).toMatchObject({ source: 'installed', version: '6.4.0', bin: path.join(dir, 'node_modules', '.bin', 'pos-cli') });
    expect(readFileSync(path.join(dir, 'node_modules', '@platformos', 'pos-cli', 'scripts', 'postinstall-node.txt'), 'utf8')).toMatch(/^v24\./);
    expect(registry.requests).toContain('/@platformos/pos-cli');
    expect(lines).toContainEqual(expect.stringMatching(/^pos-cli: running @platformos\/pos-cli@6\.4\.0 \(npm\) installed now into .* with Node v24\.[\d.]+ \(.*node\) \(.* reports "6\.4\.0"\)$/));
    // The CLI itself, run as the platforms run it, answers with our Node too.
    const r = await runProcess(cli.bin, ['--version'], { env: { ...ctx.env, PATH: cliPath(cli, ctx.env.PATH) } });
    expect([r.code, r.stdoutTail.trim()]).toEqual([0, '6.4.0']);

    // The next run finds it in the tool folder: no second install.
    const before = registry.requests.length;
    const again = await ensureCli(context(root, {}, env()).ctx, POS_CLI, { node: NODE24 });
    expect(again.source).toBe('tool-dir');
    expect(registry.requests.length).toBe(before);
  });

  it('siteglide-cli 1.10.3: installs without install scripts and answers its version command with our Node', { timeout: 300_000 }, async () => {
    const { ctx, lines } = context(root, {}, env());
    const cli = await ensureCli(ctx, SITEGLIDE_CLI, { node: NODE24 });
    const dir = path.join(root, 'tools', 'site-backup', 'siteglide-cli', '1.10.3', `${platformKey}-node24`);
    expect(cli).toMatchObject({ source: 'installed', version: '1.10.3', bin: path.join(dir, 'node_modules', '.bin', 'siteglide-cli') });
    // --ignore-scripts: neither its own postinstall nor mozjpeg's download from GitHub ran.
    expect(existsSync(path.join(dir, 'node_modules', '@siteglide', 'siteglide-cli', 'scripts', 'postinstall-node.txt'))).toBe(false);
    expect(existsSync(path.join(dir, 'node_modules', 'mozjpeg', 'vendor', 'cjpeg'))).toBe(false);
    expect(lines.join('\n')).toContain('reports "Siteglide CLI v1.10.3"');
    // Its subcommands are separate bins that `siteglide-cli` spawns: they resolve, and run on our Node.
    const r = await runProcess(cli.bin, ['add', '--help'], { env: { ...ctx.env, PATH: cliPath(cli, ctx.env.PATH) } });
    expect([r.code, r.stdoutTail]).toEqual([0, expect.stringContaining('Usage: siteglide-cli add <env> [options]')]);
  });

  it('`cli-version` reaches npm: a version the registry does not have fails the install, naming it', { timeout: 120_000 }, async () => {
    const { ctx } = context(root, { 'cli-version': '6.3.99' }, env());
    await expect(ensureCli(ctx, POS_CLI, { node: NODE24 })).rejects.toThrow(/installing pos-cli 6\.3\.99 failed \(npm exited with 1\): .*(ETARGET|No matching version)/s);
  });
});

describe('the Upsun CLI from the npm registry', () => {
  it('@upsun/cli-linux-x64 5.11.1: installed by install.ts, `upsun --version` runs the real binary', { timeout: 300_000 }, async () => {
    const root = await tempDir('sba-install-upsun-');
    const { ctx, lines } = context(root, {}, { PATH: SYSTEM_PATH, UPSUN_CLI_UPDATES_CHECK: '0', UPSUN_CLI_HOME: path.join(root, 'upsun-home'), SITE_BACKUP_TOOL_DIR: path.join(root, 'tools') });
    const cli = await ensureCli(ctx, UPSUN_CLI);
    const nodeMajor = process.versions.node.split('.')[0];
    expect(cli).toMatchObject({
      source: 'installed',
      version: '5.11.1',
      bin: path.join(root, 'tools', 'site-backup', 'upsun-cli', '5.11.1', `${platformKey}-node${nodeMajor}`, 'node_modules', '@upsun', 'cli-linux-x64', 'bin', 'upsun'),
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
    JSON.stringify({ name: '@site-backup-test/hello-cli', version, bin: { 'hello-cli': 'cli.js' }, scripts: { postinstall: 'node -e "process.exit(Number(process.versions.node.split(\'.\')[0]) < 20 ? 1 : 0)"' } }),
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

const HELLO: ToolSpec = { tool: 'hello-cli', bin: 'hello-cli', defaultVersion: '1.0.0', method: { kind: 'npm', package: '@site-backup-test/hello-cli' } };

describe('CLI installation', () => {
  let root: string;
  let registry: NpmRegistry;
  let oldNode: string;
  beforeAll(async () => {
    root = await tempDir('sba-install-');
    oldNode = await oldNodeDir(root);
    registry = await startNpmRegistry([await helloPackage(root, '1.0.0'), await helloPackage(root, '1.1.0')]);
  });
  afterAll(() => registry?.close());
  const env = (extra: Record<string, string> = {}) => ({ PATH: `${oldNode}${path.delimiter}${SYSTEM_PATH}`, npm_config_registry: registry.url, ...extra });

  it('uses the CLI already on PATH and installs nothing, saying which one ran', async () => {
    const bin = await script(path.join(root, 'preinstalled', 'hello-cli'), '#!/bin/sh\necho "hello-cli 0.9.0"\n');
    const { ctx, lines } = context(root, {}, env({ PATH: `${path.dirname(bin)}${path.delimiter}${SYSTEM_PATH}` }));
    const before = registry.requests.length;
    const cli = await ensureCli(ctx, HELLO);
    expect(cli).toMatchObject({ source: 'path', bin, version: 'hello-cli 0.9.0' });
    expect(registry.requests.length).toBe(before);
    expect(lines).toContainEqual(`hello-cli: running ${bin} with Node ${process.version} (${process.execPath}), found on PATH (reports "hello-cli 0.9.0"; \`cli-version\` applies only when it has to be installed)`);
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
    expect(new Set([key, cacheKey(HELLO, '1.1.0', { id: 'node24' }), cacheKey(HELLO, '1.0.0', { id: 'node22' }), cacheKey(HELLO, '1.0.0', { id: 'node24' }, 'npm i x'), cacheKey({ ...HELLO, method: { kind: 'npm', package: 'other' } }, '1.0.0', { id: 'node24' })]).size).toBe(5);

    const a = await ensureCli(context(root, {}, env({ SITE_BACKUP_TOOL_DIR: path.join(root, 'run1') })).ctx, HELLO, { cache, node: NODE24 });
    expect(a.source).toBe('installed');
    const tarballs = () => registry.requests.filter((r) => r.endsWith('.tgz')).length;
    const installed = tarballs();
    const b = await ensureCli(context(root, {}, env({ SITE_BACKUP_TOOL_DIR: path.join(root, 'run2') })).ctx, HELLO, { cache, node: NODE24 });
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
    const wrong = 'mkdir -p "$INSTALL_DIR/bin" && printf \'#!/bin/sh\\necho hello-cli 0.0.1\\n\' > "$INSTALL_DIR/bin/hello-cli" && chmod +x "$INSTALL_DIR/bin/hello-cli"';
    const { ctx } = context(root, { 'cli-install-command': wrong }, env({ SITE_BACKUP_TOOL_DIR: path.join(root, 'tools-wrong') }));
    await expect(ensureCli(ctx, HELLO)).rejects.toThrow(/hello-cli 1\.0\.0 was installed, but `hello-cli --version` does not report 1\.0\.0 \(hello-cli 0\.0\.1\)/);
  });

  it('a failing installer, one that installs nothing, and a bad version are clear errors', async () => {
    const e = env({ SITE_BACKUP_TOOL_DIR: path.join(root, 'tools-fail') });
    await expect(ensureCli(context(root, { 'cli-install-command': 'echo "mirror unreachable" >&2; exit 3' }, e).ctx, HELLO)).rejects.toThrow(
      /installing hello-cli 1\.0\.0 failed \(bash exited with 3\): mirror unreachable\. Check `cli-version`, or preinstall hello-cli/,
    );
    await expect(ensureCli(context(root, { 'cli-install-command': 'true' }, e).ctx, HELLO)).rejects.toThrow(/the hello-cli installer finished, but hello-cli is not in /);
    await expect(ensureCli(context(root, { 'cli-version': '1.0; rm -rf /' }, e).ctx, HELLO)).rejects.toThrow(/Input `cli-version`: "1\.0; rm -rf \/" is not a version/);
  });

  it('pip tools: a virtualenv of the python3 on PATH, then `pip install <package>==<version>`, verified by its version command', { timeout: 180_000 }, async () => {
    // A wheel of our own, offered to the real pip through PIP_FIND_LINKS (PyPI is not reachable from the tests).
    const wheels = path.join(root, 'wheels');
    await mkdir(wheels, { recursive: true });
    const build = await runProcess('python3', ['-c', WHEEL_SCRIPT, wheels], { env: process.env });
    expect(build.code).toBe(0);
    const spec: ToolSpec = { tool: 'hello-py', bin: 'hello-py', defaultVersion: '1.0.0', method: { kind: 'pip', package: 'sb-hello' } };
    const { ctx, lines } = context(root, {}, { PATH: SYSTEM_PATH, PIP_NO_INDEX: '1', PIP_FIND_LINKS: wheels, SITE_BACKUP_TOOL_DIR: path.join(root, 'tools-pip') });
    const cli = await ensureCli(ctx, spec);
    expect(cli.source).toBe('installed');
    expect(cli.bin).toMatch(new RegExp(`/tools-pip/site-backup/hello-py/1\\.0\\.0/${platformKey}-py3\\.\\d+/bin/hello-py$`));
    expect(cli.pathDirs).toEqual([path.dirname(cli.bin)]);
    expect(lines).toContainEqual(expect.stringMatching(/^hello-py: running sb-hello@1\.0\.0 \(pip\) installed now into .* \(.* reports "hello-py 1\.0\.0"\)$/));
  });

  it('divio without Python: a clear error before anything runs', async () => {
    const bare = path.join(root, 'bare-bin');
    await mkdir(bare, { recursive: true });
    const { ctx } = context(root, {}, { PATH: bare });
    await expect(ensureCli(ctx, DIVIO_CLI)).rejects.toThrow(/divio is not on PATH, and installing divio-cli needs Python 3 \(python3 with the venv module\), which is not on PATH either\. Add `actions\/setup-python`/);
  });
});
