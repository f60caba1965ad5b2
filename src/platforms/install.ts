import { createHash } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { access, mkdir, readlink, realpath, rm, stat, symlink, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config/errors.js';
import { redact } from '../report/redact.js';
import { lastLines, runProcess } from '../util/exec.js';
import type { PlatformContext } from './platform.js';

// Each hosted platform needs its vendor's CLI. When it is already on PATH (a self-hosted runner,
// a container image, a step before ours) we use it as it is. Otherwise we install the pinned
// version (the `cli-version` input overrides it) into a private folder, and on GitHub-hosted
// runners keep that folder in the Actions cache, so a nightly backup does not download the same
// CLI every night.
//
// npm-based CLIs are installed and run with the Node that runs us (the action's own Node 24), not
// whatever `node` is first on PATH: pos-cli's postinstall exits 1 below Node 22, and a runner's
// default `node` can be older. So npm's own npm-cli.js is run by that Node, and a folder holding
// only a `node` link to it goes first on PATH, for install scripts, `#!/usr/bin/env node` bins and
// the helpers CLIs spawn. Python CLIs get a virtualenv of the runner's python3.

export type InstallMethod =
  /**
   * `npm install --prefix <dir> <package>@<version>`; the binary is the package's bin, or `binPath`
   * in it. `ignoreScripts` skips install scripts, for packages whose dependencies download tools
   * from elsewhere that our commands never use (siteglide-cli's imagemin binaries, fetched from
   * GitHub for `migrate` only): one fewer thing that can fail a backup.
   */
  | { kind: 'npm'; package: string; ignoreScripts?: boolean }
  /** A virtualenv in <dir>, then `pip install <package>==<version>`; the binary lands in bin/. */
  | { kind: 'pip'; package: string };

export interface ToolSpec {
  /** Name in the cache key and the install folder. */
  tool: string;
  /** The executable to find on PATH, and the name of the installed one. */
  bin: string;
  /** The version this release was tested with. */
  defaultVersion: string;
  method: InstallMethod;
  /**
   * The executable relative to the installed npm package, for packages that declare no `bin`
   * (`bin/upsun` in @upsun/cli-linux-x64).
   */
  binPath?: string;
  /** Arguments that print the version (default `--version`); the output must name the version. */
  versionArgs?: string[];
}

export interface InstalledCli {
  /** Absolute path of the executable. */
  bin: string;
  /** The folder of the executable (siteglide-cli spawns siblings from it). */
  binDir: string;
  /** The version it reports (for a CLI on PATH, what its version command printed). */
  version: string;
  /** How it got here: already on PATH, an earlier install in the tool folder, the Actions cache, or installed now. */
  source: 'path' | 'tool-dir' | 'cache' | 'installed';
  /** Folders to put first on PATH when running it, in order (our `node`, then binDir). Use cliPath(). */
  pathDirs: string[];
}

/** The Actions cache, or a stand-in in tests. */
export interface CacheBackend {
  available(env: NodeJS.ProcessEnv): boolean;
  /** `restoreKeys`: prefixes whose newest entry is restored when `key` has none (the pull cache's). */
  restore(paths: string[], key: string, restoreKeys?: string[]): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

/** @actions/cache, loaded only when a run can use it (it is large, and useless off Actions). */
export const actionsCache: CacheBackend = {
  available(env) {
    // The cache service URL is only handed to actions, never to plain `run:` steps or the CLI.
    return env.GITHUB_ACTIONS === 'true' && Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
  },
  async restore(paths, key, restoreKeys) {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) return undefined;
    return cache.restoreCache(paths, key, restoreKeys);
  },
  async save(paths, key) {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) return;
    await cache.saveCache(paths, key);
  },
};

const VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$/;
/** Bump when the layout of an install changes, so old cache entries are not restored. */
const LAYOUT = 'v2';

async function isExecutable(p: string): Promise<boolean> {
  try {
    const st = await stat(p);
    if (!st.isFile()) return false;
    await access(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first `bin` on PATH, as a shell would find it. */
export async function findOnPath(bin: string, envPath: string | undefined): Promise<string | undefined> {
  for (const dir of (envPath ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, bin);
    if (await isExecutable(p)) return p;
  }
  return undefined;
}

/** Where the executable of an install in `dir` is. */
function installedBin(spec: ToolSpec, dir: string): string[] {
  if (spec.method.kind === 'npm') {
    return spec.binPath ? [path.join(dir, 'node_modules', spec.method.package, spec.binPath)] : [path.join(dir, 'node_modules', '.bin', spec.bin)];
  }
  return [path.join(dir, 'bin', spec.bin)];
}

async function findInstalled(spec: ToolSpec, dir: string, custom: boolean): Promise<string | undefined> {
  // A custom install command may put the binary in any of the usual places.
  const candidates = custom ? [path.join(dir, 'bin', spec.bin), path.join(dir, 'node_modules', '.bin', spec.bin), path.join(dir, spec.bin), ...installedBin(spec, dir)] : installedBin(spec, dir);
  for (const p of candidates) if (await isExecutable(p)) return p;
  return undefined;
}

/** The runtime an install depends on: `node24` for npm tools (native modules, engines), `py3.11` for pip (the venv links that python). */
export interface Runtime {
  /** For the cache key and the install folder. */
  id: string;
  /** The Node that installs and runs npm tools. */
  node: string;
  /** The python3 that makes the virtualenv (pip tools only). */
  python?: string;
}

/** Everything an install depends on, so a cache entry is never restored into a different setup. */
export function cacheKey(spec: ToolSpec, version: string, runtime: Pick<Runtime, 'id'>, customCommand?: string): string {
  const m = spec.method;
  const method = customCommand
    ? `custom-${createHash('sha256').update(customCommand).digest('hex').slice(0, 12)}`
    : `${m.kind}-${m.package.replace(/[^\w.-]/g, '_')}${m.kind === 'npm' && m.ignoreScripts ? '-noscripts' : ''}`;
  return `site-backup-cli-${LAYOUT}-${spec.tool}-${version}-${method}-${process.platform}-${process.arch}-${runtime.id}`;
}

/** The requested version: `cli-version`, or the one this release pins. */
export function cliVersion(ctx: PlatformContext, spec: ToolSpec): string {
  const v = ctx.inputs.get('cli-version') ?? spec.defaultVersion;
  if (!VERSION_RE.test(v)) {
    throw new ConfigError('cli-version', `"${v}" is not a version`, `Give a plain version such as \`${spec.defaultVersion}\`, or leave it empty for the tested one.`);
  }
  return v;
}

function toolRoot(ctx: PlatformContext): string {
  // RUNNER_TOOL_CACHE survives between jobs on self-hosted runners; elsewhere the session's
  // work folder is enough (it is removed afterwards, so nothing is left behind on a laptop).
  return ctx.env.SITE_BACKUP_TOOL_DIR || ctx.env.RUNNER_TOOL_CACHE || path.join(ctx.workDir, 'tools');
}

/** npm's own entry point, to run with our Node: beside that Node (official layout), else the `npm` on PATH. */
export async function findNpmCli(node: string, envPath: string | undefined): Promise<string | undefined> {
  const candidates = [path.resolve(path.dirname(node), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js')];
  try {
    candidates.push(path.resolve(path.dirname(await realpath(node)), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'));
  } catch {
    // node is a bare name; PATH decides below
  }
  const onPath = await findOnPath('npm', envPath);
  if (onPath) {
    const real = await realpath(onPath);
    candidates.push(real, path.resolve(path.dirname(real), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'));
  }
  for (const c of candidates) if (c.endsWith(`${path.sep}npm-cli.js`) && existsSync(c)) return c;
  return undefined;
}

/** A folder holding only `node`, linked to `node`: first on PATH, it makes every `node` lookup ours. */
async function nodeDir(workDir: string, node: string): Promise<string> {
  const dir = path.join(workDir, 'node-bin');
  const link = path.join(dir, 'node');
  await mkdir(dir, { recursive: true });
  const current = await readlink(link).catch(() => undefined);
  if (current !== node) {
    await unlink(link).catch(() => undefined);
    await symlink(node, link);
  }
  return dir;
}

async function pythonVersion(python: string, env: NodeJS.ProcessEnv): Promise<string> {
  const r = await runProcess(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { env, signal: AbortSignal.timeout(30_000) });
  const v = r.stdoutTail.trim();
  if (r.code !== 0 || !/^\d+\.\d+$/.test(v)) throw new Error(`${python} did not report its version (exit ${r.code}): ${redact(lastLines(r.stderrTail))}`);
  return v;
}

interface InstallStep {
  cmd: string;
  args: string[];
  env?: Record<string, string>;
}

async function installSteps(ctx: PlatformContext, spec: ToolSpec, version: string, dir: string, rt: Runtime, custom: string | undefined): Promise<InstallStep[]> {
  if (custom) {
    return [{ cmd: 'bash', args: ['-eo', 'pipefail', '-c', custom], env: { INSTALL_DIR: dir, CLI_VERSION: version, CLI_TOOL: spec.tool } }];
  }
  const m = spec.method;
  switch (m.kind) {
    case 'npm': {
      const npmCli = await findNpmCli(rt.node, ctx.env.PATH);
      if (!npmCli) {
        throw new Error(
          `installing ${spec.tool} needs npm, and none was found beside ${rt.node} or on PATH. Install npm, or preinstall ${spec.bin} on the runner (it is used from PATH when present).`,
        );
      }
      return [
        {
          cmd: rt.node,
          args: [npmCli, 'install', '--prefix', dir, '--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error', ...(m.ignoreScripts ? ['--ignore-scripts'] : []), `${m.package}@${version}`],
        },
      ];
    }
    case 'pip':
      return [
        { cmd: rt.python!, args: ['-m', 'venv', dir] },
        { cmd: path.join(dir, 'bin', 'python'), args: ['-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', `${m.package}==${version}`] },
      ];
  }
}

export interface EnsureOptions {
  signal?: AbortSignal;
  cache?: CacheBackend;
  /** Upper bound for the installer, so a hung download cannot hold the job. */
  timeoutMs?: number;
  /** The Node that installs and runs npm tools; the one running us unless a test says otherwise. */
  node?: string;
}

/** PATH with `dirs` first, without duplicates. */
export function pathWith(dirs: string | string[], envPath: string | undefined): string {
  const first = Array.isArray(dirs) ? dirs : [dirs];
  return [...first, ...(envPath ?? '').split(path.delimiter).filter((d) => d && !first.includes(d))].join(path.delimiter);
}

/** PATH for running an installed CLI: our Node first (npm tools), then the CLI's folder, then the rest. */
export function cliPath(cli: Pick<InstalledCli, 'pathDirs'>, envPath: string | undefined): string {
  return pathWith(cli.pathDirs, envPath);
}

interface VersionCheck {
  ok: boolean;
  /** The first line of the output, or why it failed. */
  text: string;
}

async function runVersion(spec: ToolSpec, bin: string, env: NodeJS.ProcessEnv, signal: AbortSignal | undefined): Promise<VersionCheck> {
  const limit = AbortSignal.timeout(120_000);
  try {
    const r = await runProcess(bin, spec.versionArgs ?? ['--version'], { env, signal: signal ? AbortSignal.any([signal, limit]) : limit });
    const out = `${r.stdoutTail}\n${r.stderrTail}`.trim();
    const first = out.split('\n').find((l) => /\d+\.\d+/.test(l)) ?? out.split('\n')[0] ?? '';
    return { ok: r.code === 0, text: r.code === 0 ? redact(first.trim()) : `exit ${r.code}: ${redact(lastLines(out, 3))}` };
  } catch (e) {
    return { ok: false, text: (e as Error).message };
  }
}

/** Finds the CLI on PATH, or restores or installs the pinned version, and checks it runs. */
export async function ensureCli(ctx: PlatformContext, spec: ToolSpec, o: EnsureOptions = {}): Promise<InstalledCli> {
  const version = cliVersion(ctx, spec);
  const custom = ctx.inputs.get('cli-install-command');
  const node = o.node ?? process.execPath;
  // Only npm tools get our Node first on PATH; a Python or Go CLI has no use for it.
  const pathDirs = async (binDir: string): Promise<string[]> => (spec.method.kind === 'npm' ? [await nodeDir(ctx.workDir, node), binDir] : [binDir]);
  const envFor = (dirs: string[]): NodeJS.ProcessEnv => ({ ...ctx.env, PATH: pathWith(dirs, ctx.env.PATH) });
  const nodeV = spec.method.kind === 'npm' ? await nodeVersion(node, ctx.env) : undefined;
  const nodeNote = nodeV ? ` with Node ${nodeV} (${node})` : '';

  const onPath = await findOnPath(spec.bin, ctx.env.PATH);
  if (onPath) {
    const dirs = await pathDirs(path.dirname(onPath));
    const v = await runVersion(spec, onPath, envFor(dirs), o.signal);
    if (v.ok) ctx.log.info(`${spec.bin}: running ${onPath}${nodeNote}, found on PATH (reports "${v.text}"; \`cli-version\` applies only when it has to be installed)`);
    else ctx.log.warn(`${spec.bin}: running ${onPath}, found on PATH, but \`${spec.bin} ${(spec.versionArgs ?? ['--version']).join(' ')}\` failed (${v.text})`);
    return { bin: onPath, binDir: path.dirname(onPath), version: v.ok ? v.text : 'unknown', source: 'path', pathDirs: dirs };
  }

  const rt: Runtime = { id: '', node };
  if (custom) rt.id = 'custom';
  else if (spec.method.kind === 'npm') rt.id = `node${nodeV?.replace(/^v/, '').split('.')[0] ?? 'unknown'}`;
  else {
    const python = await findOnPath('python3', ctx.env.PATH);
    if (!python) {
      throw new Error(
        `${spec.bin} is not on PATH, and installing ${spec.tool} needs Python 3 (python3 with the venv module), which is not on PATH either. Add \`actions/setup-python\` before this step, or preinstall ${spec.bin} (\`pipx install ${spec.method.package}==${version}\`).`,
      );
    }
    rt.python = python;
    rt.id = `py${await pythonVersion(python, ctx.env)}`;
  }

  const dir = path.join(toolRoot(ctx), 'site-backup', spec.tool, version, `${process.platform}-${process.arch}-${rt.id}`);
  const what = custom ? `${spec.tool} ${version} (cli-install-command)` : `${spec.method.package}@${version} (${spec.method.kind})`;
  /** Verifies an install by its version command; the output must name the version we asked for. */
  const verified = async (bin: string): Promise<{ dirs: string[]; check: VersionCheck }> => {
    const dirs = await pathDirs(path.dirname(bin));
    const check = await runVersion(spec, bin, envFor(dirs), o.signal);
    if (check.ok && !check.text.includes(version)) check.ok = false;
    return { dirs, check };
  };
  const result = (bin: string, dirs: string[], source: InstalledCli['source'], from: string, check: VersionCheck): InstalledCli => {
    ctx.log.info(`${spec.bin}: running ${what} ${from}${nodeNote} (${bin} reports "${check.text}")`);
    return { bin, binDir: path.dirname(bin), version, source, pathDirs: dirs };
  };

  const found = await findInstalled(spec, dir, Boolean(custom));
  if (found) {
    const { dirs, check } = await verified(found);
    if (check.ok) return result(found, dirs, 'tool-dir', `installed earlier in ${dir}`, check);
    ctx.log.warn(`${spec.bin}: the copy in ${dir} does not answer its version command (${check.text}); installing it again`);
  }

  const cache = o.cache ?? actionsCache;
  const key = cacheKey(spec, version, rt, custom);
  const useCache = cache.available(ctx.env);
  if (useCache) {
    try {
      await rm(dir, { recursive: true, force: true });
      const hit = await cache.restore([dir], key);
      const bin = hit ? await findInstalled(spec, dir, Boolean(custom)) : undefined;
      if (bin) {
        const { dirs, check } = await verified(bin);
        if (check.ok) return result(bin, dirs, 'cache', `restored from the Actions cache (${key})`, check);
        ctx.log.warn(`${spec.bin}: the cached copy (${key}) does not answer its version command (${check.text}); installing it again`);
      }
    } catch (e) {
      ctx.log.warn(`${spec.bin}: the Actions cache could not be read (${(e as Error).message}); installing instead`);
    }
  }

  ctx.log.info(`${spec.bin} is not on PATH: installing ${what} into ${dir}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const limit = AbortSignal.timeout(o.timeoutMs ?? 10 * 60_000);
  const signal = o.signal ? AbortSignal.any([o.signal, limit]) : limit;
  const installEnv = envFor(spec.method.kind === 'npm' ? [await nodeDir(ctx.workDir, node)] : []);
  const fail = async (message: string, cause?: unknown): Promise<never> => {
    await rm(dir, { recursive: true, force: true });
    throw new Error(message, cause ? { cause } : undefined);
  };
  for (const step of await installSteps(ctx, spec, version, dir, rt, custom)) {
    let r;
    try {
      r = await runProcess(step.cmd, step.args, {
        cwd: dir,
        env: { ...installEnv, npm_config_update_notifier: 'false', ...step.env },
        signal,
        onLine: (l) => ctx.log.info(`[install ${spec.tool}] ${redact(l)}`),
      });
    } catch (e) {
      return fail(`installing ${spec.tool} ${version} failed: ${(e as Error).message}`, e);
    }
    if (r.code !== 0) {
      const tail = lastLines(r.stderrTail) || lastLines(r.stdoutTail);
      const shown = step.cmd === rt.node ? 'npm' : path.basename(step.cmd);
      return fail(
        `installing ${spec.tool} ${version} failed (${shown} exited with ${r.code})${tail ? `: ${redact(tail)}` : ''}. Check \`cli-version\`, or preinstall ${spec.bin} on the runner (it is used from PATH when present).`,
      );
    }
  }
  const bin = await findInstalled(spec, dir, Boolean(custom));
  if (!bin) return fail(`the ${spec.tool} installer finished, but ${spec.bin} is not in ${dir} (expected ${installedBin(spec, dir).map((p) => path.relative(dir, p)).join(' or ')})`);
  const { dirs, check } = await verified(bin);
  if (!check.ok) {
    return fail(`${spec.tool} ${version} was installed, but \`${spec.bin} ${(spec.versionArgs ?? ['--version']).join(' ')}\` does not report ${version} (${check.text})`);
  }
  if (useCache) {
    try {
      await cache.save([dir], key);
      ctx.log.info(`${spec.bin}: saved ${spec.tool} ${version} to the Actions cache (${key})`);
    } catch (e) {
      // Another job may have saved the same key first; the install itself succeeded.
      ctx.log.warn(`${spec.bin}: could not save the Actions cache (${(e as Error).message})`);
    }
  }
  return result(bin, dirs, 'installed', `installed now into ${dir}`, check);
}

/** `v24.11.0` for the Node that will run npm tools. */
async function nodeVersion(node: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (node === process.execPath) return process.version;
  const r = await runProcess(node, ['--version'], { env, signal: AbortSignal.timeout(30_000) });
  const v = r.stdoutTail.trim();
  return r.code === 0 && /^v\d+\./.test(v) ? v : undefined;
}
