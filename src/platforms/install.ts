import { constants } from 'node:fs';
import { access, mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config/errors.js';
import { redact } from '../report/redact.js';
import { lastLines, runProcess } from '../util/exec.js';
import type { PlatformContext } from './platform.js';

// Each hosted platform needs its vendor's CLI. When it is already on PATH (a self-hosted runner,
// a container image, a step before ours) we use it as it is. Otherwise we install the pinned
// version (the `cli-version` input overrides it) into a private folder, and on GitHub-hosted
// runners keep that folder in the Actions cache, keyed by tool, version, OS and architecture, so
// a nightly backup does not download the same CLI every night.

export type InstallMethod =
  /** `npm install --prefix <dir> <package>@<version>`; the binary lands in node_modules/.bin. */
  | { kind: 'npm'; package: string }
  /** A virtualenv in <dir>, then `pip install <package>==<version>`; the binary lands in bin/. */
  | { kind: 'pip'; package: string }
  /** The vendor's shell installer, `curl -fsSL <url> | bash`, told where to put the binary. */
  | { kind: 'script'; url: string };

export interface ToolSpec {
  /** Name in the cache key and the install folder. */
  tool: string;
  /** The executable to find or install. */
  bin: string;
  /** The version this release was tested with. */
  defaultVersion: string;
  method: InstallMethod;
}

export interface InstalledCli {
  /** Absolute path of the executable, or the bare name when it was found on PATH. */
  bin: string;
  /** The folder to put first on PATH for the CLI's own helpers (siteglide-cli spawns siblings). */
  binDir: string;
  version: string;
  /** How it got here: already on PATH, restored from the cache, or installed now. */
  source: 'path' | 'tool-dir' | 'cache' | 'installed';
}

/** The Actions cache, or a stand-in in tests. */
export interface CacheBackend {
  available(env: NodeJS.ProcessEnv): boolean;
  restore(paths: string[], key: string): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

/** @actions/cache, loaded only when a run can use it (it is large, and useless off Actions). */
export const actionsCache: CacheBackend = {
  available(env) {
    // The cache service URL is only handed to actions, never to plain `run:` steps or the CLI.
    return env.GITHUB_ACTIONS === 'true' && Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
  },
  async restore(paths, key) {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) return undefined;
    return cache.restoreCache(paths, key);
  },
  async save(paths, key) {
    const cache = await import('@actions/cache');
    if (!cache.isFeatureAvailable()) return;
    await cache.saveCache(paths, key);
  },
};

const VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$/;

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

async function findInstalled(dir: string, bin: string): Promise<string | undefined> {
  for (const sub of ['bin', path.join('node_modules', '.bin'), '']) {
    const p = path.join(dir, sub, bin);
    if (await isExecutable(p)) return p;
  }
  return undefined;
}

export function cacheKey(spec: ToolSpec, version: string): string {
  return `site-backup-cli-${spec.tool}-${version}-${process.platform}-${process.arch}`;
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

interface InstallStep {
  cmd: string;
  args: string[];
  env?: Record<string, string>;
}

function installSteps(ctx: PlatformContext, spec: ToolSpec, version: string, dir: string): InstallStep[] {
  const custom = ctx.inputs.get('cli-install-command');
  if (custom) {
    return [{ cmd: 'bash', args: ['-eo', 'pipefail', '-c', custom], env: { INSTALL_DIR: dir, CLI_VERSION: version, CLI_TOOL: spec.tool } }];
  }
  const m = spec.method;
  switch (m.kind) {
    case 'npm':
      return [{ cmd: 'npm', args: ['install', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error', `${m.package}@${version}`] }];
    case 'pip':
      return [
        { cmd: 'python3', args: ['-m', 'venv', dir] },
        { cmd: path.join(dir, 'bin', 'python'), args: ['-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', `${m.package}==${version}`] },
      ];
    case 'script':
      // The vendor installers read INSTALL_METHOD, INSTALL_DIR and VERSION (upsun/cli README).
      return [
        {
          cmd: 'bash',
          args: ['-eo', 'pipefail', '-c', 'curl -fsSL "$INSTALLER_URL" | bash'],
          env: { INSTALLER_URL: m.url, INSTALL_METHOD: 'raw', INSTALL_DIR: path.join(dir, 'bin'), VERSION: version },
        },
      ];
  }
}

export interface EnsureOptions {
  signal?: AbortSignal;
  cache?: CacheBackend;
  /** Upper bound for the installer, so a hung download cannot hold the job. */
  timeoutMs?: number;
}

/** Finds the CLI on PATH, or restores or installs the pinned version. */
export async function ensureCli(ctx: PlatformContext, spec: ToolSpec, o: EnsureOptions = {}): Promise<InstalledCli> {
  const version = cliVersion(ctx, spec);
  const onPath = await findOnPath(spec.bin, ctx.env.PATH);
  if (onPath) {
    ctx.log.info(`${spec.bin}: using ${onPath} (already on PATH; \`cli-version\` applies only when it has to be installed)`);
    return { bin: onPath, binDir: path.dirname(onPath), version, source: 'path' };
  }
  const dir = path.join(toolRoot(ctx), 'site-backup', spec.tool, version, `${process.platform}-${process.arch}`);
  const found = await findInstalled(dir, spec.bin);
  if (found) {
    ctx.log.info(`${spec.bin}: using ${spec.tool} ${version} from ${dir}`);
    return { bin: found, binDir: path.dirname(found), version, source: 'tool-dir' };
  }

  const cache = o.cache ?? actionsCache;
  const key = cacheKey(spec, version);
  const useCache = cache.available(ctx.env);
  if (useCache) {
    try {
      const hit = await cache.restore([dir], key);
      const bin = hit ? await findInstalled(dir, spec.bin) : undefined;
      if (bin) {
        ctx.log.info(`${spec.bin}: restored ${spec.tool} ${version} from the Actions cache (${key})`);
        return { bin, binDir: path.dirname(bin), version, source: 'cache' };
      }
    } catch (e) {
      ctx.log.warn(`${spec.bin}: the Actions cache could not be read (${(e as Error).message}); installing instead`);
    }
  }

  ctx.log.info(`${spec.bin} is not on PATH: installing ${spec.tool} ${version} into ${dir}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const limit = AbortSignal.timeout(o.timeoutMs ?? 10 * 60_000);
  const signal = o.signal ? AbortSignal.any([o.signal, limit]) : limit;
  for (const step of installSteps(ctx, spec, version, dir)) {
    let r;
    try {
      r = await runProcess(step.cmd, step.args, {
        cwd: dir,
        env: { ...ctx.env, ...step.env },
        signal,
        onLine: (l) => ctx.log.info(`[install ${spec.tool}] ${redact(l)}`),
      });
    } catch (e) {
      await rm(dir, { recursive: true, force: true });
      throw new Error(`installing ${spec.tool} ${version} failed: ${(e as Error).message}`, { cause: e });
    }
    if (r.code !== 0) {
      await rm(dir, { recursive: true, force: true });
      const tail = lastLines(r.stderrTail) || lastLines(r.stdoutTail);
      throw new Error(
        `installing ${spec.tool} ${version} failed (${step.cmd} exited with ${r.code})${tail ? `: ${redact(tail)}` : ''}. Check \`cli-version\`, or preinstall ${spec.bin} on the runner (it is used from PATH when present).`,
      );
    }
  }
  const bin = await findInstalled(dir, spec.bin);
  if (!bin) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`the ${spec.tool} installer finished, but ${spec.bin} is not in ${dir} (expected bin/${spec.bin} or node_modules/.bin/${spec.bin})`);
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
  return { bin, binDir: path.dirname(bin), version, source: 'installed' };
}

/** PATH with the CLI's folder first, for CLIs that spawn their own helper binaries. */
export function pathWith(binDir: string, envPath: string | undefined): string {
  return [binDir, ...(envPath ?? '').split(path.delimiter).filter((d) => d && d !== binDir)].join(path.delimiter);
}
