import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProcess } from '../../src/util/exec.js';

// The released siteglide-cli for the tests. ../shared/real-clis holds the unmodified 1.10.3
// release (the npm registry reachable from CI does not serve @siteglide/siteglide-cli). It is
// copied into node_modules/.cache/site-backup-tests/siteglide-cli-<version> and its dependencies
// are installed from its own package.json with the Node 24 of node_modules/node, once: the folder
// is keyed by version and only appears, by rename, when complete, so every later test file (and
// a CI cache of node_modules/.cache) reuses it.
//
// `npm install --ignore-scripts`: the package's own postinstall (scripts/check-node-version.js)
// is not part of the copy, and its dependencies' install scripts (imagemin-mozjpeg, pngquant)
// download image tools from GitHub for `siteglide-cli migrate` only, which backups never run.

export const SITEGLIDE_VERSION = '1.10.3';
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SITEGLIDE_SOURCE = path.join(PROJECT_ROOT, '..', 'shared', 'real-clis', `siteglide-cli-${SITEGLIDE_VERSION}`);
const CACHE = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'site-backup-tests', `siteglide-cli-${SITEGLIDE_VERSION}`);
/** The runner's Node (the action runs under Node 24); the machine's `node` may be older. */
export const NODE24_BIN_DIR = path.join(PROJECT_ROOT, 'node_modules', 'node', 'bin');

/** What is missing to run the real CLI, for describeWithTools. */
export function siteglideMissing(): string[] {
  const missing: string[] = [];
  if (!existsSync(path.join(SITEGLIDE_SOURCE, 'siteglide-cli.js'))) missing.push(`siteglide-cli ${SITEGLIDE_VERSION} (../shared/real-clis/siteglide-cli-${SITEGLIDE_VERSION})`);
  if (!existsSync(path.join(NODE24_BIN_DIR, 'node'))) missing.push('Node 24 (node_modules/node; run npm ci)');
  return missing;
}

export interface RealSiteglide {
  /** A folder holding `siteglide-cli` and its sibling bins (siteglide-cli-archive, -push, …). */
  binDir: string;
  /** PATH with that folder and Node 24 first. */
  path: string;
}

let pending: Promise<RealSiteglide> | undefined;

/** Installs (once) and returns the real CLI. */
export function realSiteglide(): Promise<RealSiteglide> {
  pending ??= provision();
  return pending;
}

async function provision(): Promise<RealSiteglide> {
  const binDir = path.join(CACHE, 'bin');
  const result = { binDir, path: [binDir, NODE24_BIN_DIR, process.env.PATH ?? ''].join(path.delimiter) };
  if (existsSync(path.join(CACHE, '.complete'))) return result;

  const tmp = `${CACHE}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  const pkg = path.join(tmp, 'package');
  await mkdir(path.dirname(pkg), { recursive: true });
  // shared/ is read-only; the copy must be writable for npm (package-lock.json, node_modules).
  await cp(SITEGLIDE_SOURCE, pkg, { recursive: true });
  await makeWritable(pkg);
  const env = { ...process.env, PATH: [NODE24_BIN_DIR, process.env.PATH ?? ''].join(path.delimiter), npm_config_update_notifier: 'false' };
  const r = await runProcess('npm', ['install', '--ignore-scripts', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: pkg, env });
  if (r.code !== 0) throw new Error(`npm install of siteglide-cli ${SITEGLIDE_VERSION}'s dependencies failed (exit ${r.code}): ${r.stderrTail}`);

  // The bins npm would link for the package: the CLI spawns siteglide-cli-archive and
  // siteglide-cli-push by name from PATH during `deploy`.
  const bins = path.join(tmp, 'bin');
  await mkdir(bins);
  for (const f of await readdir(pkg)) {
    if (/^siteglide-cli(-[a-z]+)?\.js$/.test(f)) await symlink(path.join('..', 'package', f), path.join(bins, f.replace(/\.js$/, '')));
  }
  await writeFile(path.join(tmp, '.complete'), `${SITEGLIDE_VERSION}\n`);
  await mkdir(path.dirname(CACHE), { recursive: true });
  try {
    await rename(tmp, CACHE);
  } catch (e) {
    // Another test process finished first: use its copy.
    await rm(tmp, { recursive: true, force: true });
    if (!existsSync(path.join(CACHE, '.complete'))) throw e;
  }
  return result;
}

async function makeWritable(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await makeWritable(p);
    else if (e.isFile()) await chmod(p, 0o755);
  }
}
