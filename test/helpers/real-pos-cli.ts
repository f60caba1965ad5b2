import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, readFile, realpath, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { findOnPath } from '../../src/platforms/install.js';

// The released pos-cli 6.4.0, from the unmodified copy CI lays beside the clone
// (../shared/real-clis/pos-cli-6.4.0), installed once into node_modules/.cache and reused by
// every test run until the version changes. The registry here does not serve
// @platformos/pos-cli, so its dependencies are installed from its own package.json, with two
// changes, both outside the code we exercise:
// - the @platformos/* and yeoman-* dependencies are dropped: they serve only the check,
//   language-server, MCP and generator commands, never pull, data, modules or deploy;
// - the postinstall hook goes: it runs scripts/check-node-version.js, which the copy does not
//   carry. It refuses Node below 22, so npm runs here with the project's Node 24 anyway, as
//   the action runs it on a runner.

export const POS_CLI_VERSION = '6.4.0';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where CI lays the copies (read-only). */
export const POS_CLI_SOURCE = path.resolve(ROOT, '..', 'shared', 'real-clis', `pos-cli-${POS_CLI_VERSION}`);
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'site-backup-tests', `pos-cli-${POS_CLI_VERSION}`);
/** The project's Node 24 (the `node` devDependency), as the action's runtime. */
export const NODE24 = path.join(ROOT, 'node_modules', 'node', 'bin', 'node');

export interface RealPosCli {
  /** The package folder (bin/, lib/, node_modules/). */
  dir: string;
  /** A folder holding only `pos-cli`, to put on PATH as a runner's preinstalled CLI would be. */
  binDir: string;
}

/** What is missing to run the real CLI here, for describeWithTools: empty when all is there. */
export function posCliMissing(): string[] {
  const missing: string[] = [];
  if (!existsSync(path.join(POS_CLI_SOURCE, 'package.json'))) missing.push(`pos-cli ${POS_CLI_VERSION} (../shared/real-clis/pos-cli-${POS_CLI_VERSION})`);
  if (!existsSync(NODE24)) missing.push('Node 24 (node_modules/node: run npm ci)');
  return missing;
}

/** Installs the copy once (about 5 to 60 s) and returns it; later calls find it in the cache. */
export async function realPosCli(): Promise<RealPosCli> {
  const result = { dir: path.join(CACHE, 'package'), binDir: path.join(CACHE, 'path-bin') };
  if (existsSync(path.join(CACHE, 'installed.json'))) return result;

  // Built under a private name and renamed into place, so a concurrent run never sees half of it.
  const stage = `${CACHE}.tmp-${process.pid}`;
  await rm(stage, { recursive: true, force: true });
  const pkgDir = path.join(stage, 'package');
  await mkdir(pkgDir, { recursive: true });
  for (const f of ['bin', 'lib', 'package.json', 'package-lock.json', 'LICENSE']) {
    await cp(path.join(POS_CLI_SOURCE, f), path.join(pkgDir, f), { recursive: true });
  }
  // CI lays shared/ out read-only and cp keeps the modes: npm must be able to write the copy.
  for (const e of await readdir(pkgDir, { recursive: true, withFileTypes: true })) {
    const p = path.join(e.parentPath, e.name);
    await chmod(p, ((await stat(p)).mode & 0o777) | 0o200);
  }
  const pkgFile = path.join(pkgDir, 'package.json');
  const pkg = JSON.parse(await readFile(pkgFile, 'utf8')) as { dependencies: Record<string, string>; devDependencies?: unknown; scripts: Record<string, string> };
  for (const name of Object.keys(pkg.dependencies)) if (name.startsWith('@platformos/') || name.startsWith('yeoman-')) delete pkg.dependencies[name];
  delete pkg.scripts.postinstall;
  delete pkg.devDependencies;
  await writeFile(pkgFile, JSON.stringify(pkg, null, 2));

  const npm = await findOnPath('npm', process.env.PATH);
  if (!npm) throw new Error('npm is not on PATH: it is needed once to install the dependencies of the real pos-cli');
  const npmCli = await realpath(npm);
  const env = { ...process.env, PATH: `${path.dirname(NODE24)}${path.delimiter}${process.env.PATH}`, npm_config_update_notifier: 'false' };
  await promisify(execFile)(NODE24, [npmCli, 'install', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: pkgDir, env, maxBuffer: 16 * 1024 * 1024 });

  await mkdir(path.join(stage, 'path-bin'));
  // As npm links a package's bin: the JS file with its `#!/usr/bin/env node` line.
  await symlink(path.join('..', 'package', 'bin', 'pos-cli.js'), path.join(stage, 'path-bin', 'pos-cli'));
  await writeFile(path.join(stage, 'installed.json'), JSON.stringify({ version: POS_CLI_VERSION, from: 'shared/real-clis', node: NODE24 }));
  await mkdir(path.dirname(CACHE), { recursive: true });
  try {
    await rename(stage, CACHE);
  } catch (e) {
    // Another run put it there first: use that one.
    await rm(stage, { recursive: true, force: true });
    if (!existsSync(path.join(CACHE, 'installed.json'))) throw e;
  }
  return result;
}
