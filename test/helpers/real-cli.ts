import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, lstat, mkdir, readdir, readFile, realpath, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findOnPath } from '../../src/platforms/install.js';
import { runProcess } from '../../src/util/exec.js';

// How the platform tests get the released CLIs, one pattern for all of them: CI lays the
// unmodified releases beside the clone, read-only, in ../shared/real-clis; a test copies one into
// node_modules/.cache/site-backup-tests/<cli>-<version>[-<hash>], makes the copy writable,
// installs its dependencies with the Node 24 of node_modules/node (the action's runtime, whatever
// `node` the machine has), and renames the finished folder into place. A folder that exists is
// complete, so every later test file, worker and run (and a CI cache of node_modules/.cache)
// reuses it; two workers racing both build, and the loser uses the winner's copy.
// The Upsun CLI is not among the copies: its tests install it from npm with the action's own
// installer, into the same cache folder (TEST_CACHE).

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where CI lays the released CLIs (read-only). */
export const REAL_CLIS = path.resolve(ROOT, '..', 'shared', 'real-clis');
/** Kept between test files and runs. */
export const TEST_CACHE = path.join(ROOT, 'node_modules', '.cache', 'site-backup-tests');
/** The project's Node 24 (the `node` devDependency), as the action's runtime. */
export const NODE24 = path.join(ROOT, 'node_modules', 'node', 'bin', 'node');
export const NODE24_BIN_DIR = path.dirname(NODE24);

const COMPLETE = '.complete';

/** `<what> (../shared/real-clis/<folder>)` when `<folder>/<probe>` is missing, for describeWithTools. */
export function releaseMissing(folder: string, probe: string): string[] {
  return existsSync(path.join(REAL_CLIS, folder, probe)) ? [] : [`${folder} (../shared/real-clis/${folder})`];
}

export function node24Missing(): string[] {
  return existsSync(NODE24) ? [] : ['Node 24 (node_modules/node: run npm ci)'];
}

/**
 * The cache folder `name` (e.g. `pos-cli-6.4.0`), built once by `build` into a private folder and
 * renamed into place, so nobody ever sees half of it.
 */
export async function provisioned(name: string, build: (dir: string) => Promise<void>): Promise<string> {
  const dir = path.join(TEST_CACHE, name);
  if (existsSync(path.join(dir, COMPLETE))) return dir;
  const stage = `${dir}.tmp-${process.pid}`;
  await rm(stage, { recursive: true, force: true });
  await mkdir(stage, { recursive: true });
  await build(stage);
  await writeFile(path.join(stage, COMPLETE), `${name}\n`);
  try {
    // A folder left by an interrupted older build (no marker) is in the way.
    if (existsSync(dir) && !existsSync(path.join(dir, COMPLETE))) await rm(dir, { recursive: true, force: true });
    await rename(stage, dir);
  } catch (e) {
    // Another worker put it there first: use that one.
    await rm(stage, { recursive: true, force: true });
    if (!existsSync(path.join(dir, COMPLETE))) throw e;
  }
  return dir;
}

/** Copies a release out of ../shared/real-clis and makes the copy ours to write (cp keeps the read-only modes). */
export async function copyRelease(folder: string, dest: string, only?: string[]): Promise<void> {
  const src = path.join(REAL_CLIS, folder);
  for (const f of only ?? ['.']) await cp(path.join(src, f), path.join(dest, f), { recursive: true });
  const own = async (p: string): Promise<void> => {
    const st = await lstat(p);
    if (st.isSymbolicLink()) return;
    await chmod(p, (st.mode & 0o7777) | 0o200);
    if (st.isDirectory()) for (const e of await readdir(p)) await own(path.join(p, e));
  };
  await own(dest);
}

/** `npm install <args>` in `dir`, npm itself run by Node 24 (as the action runs it), so no older `node` on PATH is involved. */
export async function npmInstall(dir: string, args: string[]): Promise<void> {
  const npm = await findOnPath('npm', process.env.PATH);
  if (!npm) throw new Error('npm is not on PATH: it is needed once to install the dependencies of a real CLI');
  const env = { ...process.env, PATH: `${NODE24_BIN_DIR}${path.delimiter}${process.env.PATH ?? ''}`, npm_config_update_notifier: 'false' };
  const r = await runProcess(
    NODE24,
    [await realpath(npm), 'install', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error', ...args],
    { cwd: dir, env },
  );
  if (r.code !== 0) throw new Error(`npm install in ${dir} failed (exit ${r.code}): ${r.stderrTail}`);
}

export interface SiteBackupRun {
  code: number | null;
  /** stdout and stderr, interleaved. */
  out: string;
}

/** Runs `site-backup <args>` from the sources in its own process under Node 24, as the action runs. */
export function siteBackupCli(args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<SiteBackupRun> {
  const loader = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  return runChild(NODE24, ['--import', loader, path.join(ROOT, 'src', 'bin', 'cli.ts'), ...args], env, cwd);
}

/** Runs a program with stdin closed and collects its output (async: doubles in this process keep answering). */
export function runChild(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<SiteBackupRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** `--name value` pairs for the CLI. */
export function flags(f: Record<string, string>): string[] {
  return Object.entries(f).flatMap(([k, v]) => [`--${k}`, v]);
}

// ---- The releases ----------------------------------------------------------------------------

export const POS_CLI_VERSION = '6.4.0';
export const SITEGLIDE_VERSION = '1.10.3';
export const DIVIO_VERSION = '4.0.5';

/** An installed release: the folder holding its executables, to put first on PATH as a runner's preinstalled CLI. */
export interface RealCli {
  binDir: string;
}

/** One install per test process; the cache makes later processes cheap. */
function once(make: () => Promise<RealCli>): () => Promise<RealCli> {
  let pending: Promise<RealCli> | undefined;
  return () => (pending ??= make());
}

export const posCliMissing = (): string[] => [...releaseMissing(`pos-cli-${POS_CLI_VERSION}`, 'package.json'), ...node24Missing()];

/**
 * pos-cli 6.4.0. The registry here does not serve @platformos/pos-cli, so its dependencies are
 * installed from its own package.json, with two changes, both outside the code we exercise: the
 * @platformos/* and yeoman-* dependencies go (they serve only check, language-server, MCP and
 * generators, never pull, data, modules or deploy), and so does the postinstall hook
 * (scripts/check-node-version.js, which the copy does not carry; it refuses Node below 22, and
 * npm runs with Node 24 anyway, as the action runs it).
 */
export const realPosCli = once(async () => {
  const folder = `pos-cli-${POS_CLI_VERSION}`;
  const dir = await provisioned(folder, async (stage) => {
    const pkgDir = path.join(stage, 'package');
    await copyRelease(folder, pkgDir, ['bin', 'lib', 'package.json', 'package-lock.json', 'LICENSE']);
    const pkgFile = path.join(pkgDir, 'package.json');
    const pkg = JSON.parse(await readFile(pkgFile, 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies?: unknown;
      scripts: Record<string, string>;
    };
    for (const name of Object.keys(pkg.dependencies))
      if (name.startsWith('@platformos/') || name.startsWith('yeoman-')) delete pkg.dependencies[name];
    delete pkg.scripts.postinstall;
    delete pkg.devDependencies;
    await writeFile(pkgFile, JSON.stringify(pkg, null, 2));
    await npmInstall(pkgDir, []);
    // As npm links a package's bin: the JS file with its `#!/usr/bin/env node` line, executable.
    await mkdir(path.join(stage, 'bin'));
    await chmod(path.join(pkgDir, 'bin', 'pos-cli.js'), 0o755);
    await symlink(path.join('..', 'package', 'bin', 'pos-cli.js'), path.join(stage, 'bin', 'pos-cli'));
  });
  return { binDir: path.join(dir, 'bin') };
});

export const siteglideMissing = (): string[] => [
  ...releaseMissing(`siteglide-cli-${SITEGLIDE_VERSION}`, 'siteglide-cli.js'),
  ...node24Missing(),
];

/**
 * siteglide-cli 1.10.3 (the registry here does not serve @siteglide/siteglide-cli either).
 * `--ignore-scripts`: the package's postinstall (scripts/check-node-version.js) is not in the
 * copy, and its dependencies' install scripts (imagemin-mozjpeg, pngquant) download image tools
 * from GitHub for `siteglide-cli migrate` only, which backups never run.
 */
export const realSiteglide = once(async () => {
  const folder = `siteglide-cli-${SITEGLIDE_VERSION}`;
  const dir = await provisioned(folder, async (stage) => {
    const pkgDir = path.join(stage, 'package');
    await copyRelease(folder, pkgDir);
    await npmInstall(pkgDir, ['--ignore-scripts']);
    // Every bin npm would link: `deploy` spawns siteglide-cli-archive and -push by name from PATH.
    await mkdir(path.join(stage, 'bin'));
    for (const f of (await readdir(pkgDir)).filter((x) => /^siteglide-cli(-[a-z]+)?\.js$/.test(x))) {
      await chmod(path.join(pkgDir, f), 0o755);
      await symlink(path.join('..', 'package', f), path.join(stage, 'bin', f.replace(/\.js$/, '')));
    }
  });
  return { binDir: path.join(dir, 'bin') };
});

/** Debian's Python, where apt puts the python3-* packages (a pyenv or venv python3 may be first on PATH). */
export const PYTHON = '/usr/bin/python3';
const DIVIO_SHIMS = path.join(ROOT, 'test', 'doubles', 'divio-shims');
/** Module -> the Debian package that ships it (.ci/run installs them). */
const DIVIO_MODULES: Record<string, string> = {
  click: 'python3-click',
  requests: 'python3-requests',
  attr: 'python3-attr',
  boto3: 'python3-boto3',
  packaging: 'python3-packaging',
  dateutil: 'python3-dateutil',
  urllib3: 'python3-urllib3',
  tabulate: 'python3-tabulate',
  sentry_sdk: 'python3-sentry-sdk',
  'azure.storage.blob': 'python3-azure',
  yaml: 'python3-yaml',
};

export function divioMissing(): string[] {
  const release = releaseMissing(`divio-cli-${DIVIO_VERSION}`, 'divio_cli/cli.py');
  if (release.length) return release;
  if (!existsSync(PYTHON)) return [PYTHON];
  const probe =
    'import importlib, sys\nfor m in sys.argv[1:]:\n    try:\n        importlib.import_module(m)\n    except ImportError:\n        print(m)';
  const r = spawnSync(PYTHON, ['-c', probe, ...Object.keys(DIVIO_MODULES)], { encoding: 'utf8' });
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((m) => DIVIO_MODULES[m] ?? m);
}

/** The console script pip would write, plus what the tests need (see realDivio). */
function divioConsoleScript(dir: string): string {
  return [
    `#!${PYTHON}`,
    'import os, sys',
    // No __pycache__ beside the stand-ins in the repository.
    'sys.dont_write_bytecode = True',
    `sys.path[0:0] = [${JSON.stringify(DIVIO_SHIMS)}, ${JSON.stringify(path.join(dir, 'src'))}]`,
    // divio-cli's API sessions set trust_env = False: they ignore REQUESTS_CA_BUNDLE and verify
    // against certifi.where() alone (requests reads it when first imported, just below).
    'import certifi',
    'certifi.where = lambda: os.environ["REQUESTS_CA_BUNDLE"]',
    'from divio_cli.cli import cli',
    'sys.exit(cli())',
    '',
  ].join('\n');
}

/**
 * divio-cli 4.0.5. The action runs `pip install divio-cli==4.0.5` into a venv; PyPI is not
 * reachable where these tests run, so they run the release's unmodified source with the
 * dependencies Debian packages and the stand-ins in test/doubles/divio-shims for the five Debian
 * lacks (inquirer, pyaml, click_aliases, giturl, simple_logging_setup). The copy gets the
 * `divio_cli/version.py` a pip build generates, and `bin/divio` is the console script pip would
 * write. The folder's name carries a hash of the script and the stand-ins: a change to either
 * makes a new install.
 */
export const realDivio = once(async () => {
  const hash = createHash('sha256').update(divioConsoleScript(''));
  for (const f of (await readdir(DIVIO_SHIMS)).sort()) hash.update(f).update(await readFile(path.join(DIVIO_SHIMS, f)));
  const name = `divio-cli-${DIVIO_VERSION}-${hash.digest('hex').slice(0, 12)}`;
  const dir = await provisioned(name, async (stage) => {
    await copyRelease(`divio-cli-${DIVIO_VERSION}`, path.join(stage, 'src'));
    await writeFile(path.join(stage, 'src', 'divio_cli', 'version.py'), `version = ${JSON.stringify(DIVIO_VERSION)}\n`);
    await mkdir(path.join(stage, 'bin'));
    await writeFile(path.join(stage, 'bin', 'divio'), divioConsoleScript(path.join(TEST_CACHE, name)), { mode: 0o755 });
  });
  return { binDir: path.join(dir, 'bin') };
});
