import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readlink, realpath, symlink, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../model/errors.js';
import { redact } from '../report/redact.js';
import { lastLines, runProcess } from '../util/exec.js';
import { actionsCache, findOnPath, installEnv, isExecutable, resolveTool, type CacheBackend, type Checked } from '../util/tool.js';
import { npmLock, PIP_REQUIREMENTS, type NpmLock } from './locks/index.js';
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
//
// The dependencies are pinned too: an npm CLI is installed with `npm ci` from the lockfile
// committed for its version (locks/), a pip CLI with `pip --require-hashes` from a hashed
// requirements file, and install scripts see none of the run's secrets (installEnv). Our copy
// in the tool folder or the Actions cache is checked against that lock before it runs.

export type InstallMethod =
  /**
   * `npm install --prefix <dir> <package>@<version>`; the binary is the package's bin, or `binPath`
   * in it. `ignoreScripts` skips install scripts, for packages whose dependencies download tools
   * from elsewhere that our commands never use (siteglide-cli's imagemin binaries, fetched from
   * GitHub for `migrate` only): one fewer thing that can fail a backup.
   */
  | { kind: 'npm'; package: string; ignoreScripts?: boolean; locks?: Readonly<Record<string, NpmLock>> }
  /**
   * A virtualenv in <dir>, then `pip install <package>==<version>`; the binary lands in bin/.
   * `requirements`: hashed requirements files by version, beside the built-in ones (tests).
   */
  | { kind: 'pip'; package: string; requirements?: Readonly<Record<string, string>> };

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

export { actionsCache, findOnPath, type CacheBackend };

const VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$/;
/** Bump when the layout of an install changes, so old cache entries are not restored. */
const LAYOUT = 'v2';

/** Where the executable of an install in `dir` is. */
function installedBin(spec: ToolSpec, dir: string): string[] {
  if (spec.method.kind === 'npm') {
    return spec.binPath
      ? [path.join(dir, 'node_modules', spec.method.package, spec.binPath)]
      : [path.join(dir, 'node_modules', '.bin', spec.bin)];
  }
  return [path.join(dir, 'bin', spec.bin)];
}

async function findInstalled(spec: ToolSpec, dir: string, custom: boolean): Promise<string | undefined> {
  // A custom install command may put the binary in any of the usual places.
  const candidates = custom
    ? [
        path.join(dir, 'bin', spec.bin),
        path.join(dir, 'node_modules', '.bin', spec.bin),
        path.join(dir, spec.bin),
        ...installedBin(spec, dir),
      ]
    : installedBin(spec, dir);
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

/** What pins an install's dependencies: the lock of an npm CLI's version, or a pip CLI's hashed requirements. */
export type Pins = { kind: 'npm-lock'; lock: NpmLock } | { kind: 'pip-hashes'; requirements: string } | undefined;

/** The pins of `version`: the spec's own (tests), else the ones committed for it. */
export async function pinsFor(spec: ToolSpec, version: string): Promise<Pins> {
  const m = spec.method;
  if (m.kind === 'npm') {
    const lock = m.locks?.[version] ?? (await npmLock(`${m.package}@${version}`));
    if (!lock) return undefined;
    // A lock that installs something else would pass `npm ci` and check nothing.
    if (lock.packages['']?.dependencies?.[m.package] !== version)
      throw new Error(`internal: the lock for ${m.package}@${version} does not depend on exactly that version`);
    return { kind: 'npm-lock', lock };
  }
  const requirements = m.requirements?.[version] ?? PIP_REQUIREMENTS[`${m.package}==${version}`];
  return requirements ? { kind: 'pip-hashes', requirements } : undefined;
}

function pinsDigest(pins: Pins): string {
  if (!pins) return '';
  const text = pins.kind === 'npm-lock' ? JSON.stringify(pins.lock) : pins.requirements;
  return `-${pins.kind === 'npm-lock' ? 'lock' : 'hashes'}${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
}

/** Everything an install depends on, so a cache entry is never restored into a different setup. */
export function cacheKey(spec: ToolSpec, version: string, runtime: Pick<Runtime, 'id'>, customCommand?: string, pins?: Pins): string {
  const m = spec.method;
  const method = customCommand
    ? `custom-${createHash('sha256').update(customCommand).digest('hex').slice(0, 12)}`
    : `${m.kind}-${m.package.replace(/[^\w.-]/g, '_')}${m.kind === 'npm' && m.ignoreScripts ? '-noscripts' : ''}${pinsDigest(pins)}`;
  return `site-backup-cli-${LAYOUT}-${spec.tool}-${version}-${method}-${process.platform}-${process.arch}-${runtime.id}`;
}

/** The requested version: `cli-version`, or the one this release pins. */
export function cliVersion(ctx: PlatformContext, spec: ToolSpec): string {
  const v = ctx.inputs.get('cli-version') ?? spec.defaultVersion;
  if (!VERSION_RE.test(v)) {
    throw new ConfigError(
      'cli-version',
      `"${v}" is not a version`,
      `Give a plain version such as \`${spec.defaultVersion}\`, or leave it empty for the tested one.`,
    );
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
  const r = await runProcess(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
    env,
    signal: AbortSignal.timeout(30_000),
  });
  const v = r.stdoutTail.trim();
  if (r.code !== 0 || !/^\d+\.\d+$/.test(v))
    throw new Error(`${python} did not report its version (exit ${r.code}): ${redact(lastLines(r.stderrTail))}`);
  return v;
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

/** Whether a version command's output names `version` (so 1.0.0 is not found in 11.0.0 or 1.0.01). */
export function reportsVersion(text: string, version: string): boolean {
  const v = version.replace(/[.+]/g, (c) => `\\${c}`);
  return new RegExp(`(^|[^\\d.])${v}($|[^\\d])`).test(text);
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

/** One ensureCli call: what it asks for and with what. */
interface Job {
  ctx: PlatformContext;
  spec: ToolSpec;
  o: EnsureOptions;
  version: string;
  custom: string | undefined;
  pins: Pins;
  node: string;
  /** ` with Node v24.1.0 (/path/node)` for npm tools, for the log. */
  nodeNote: string;
  nodeV: string | undefined;
  rt?: Runtime;
}

/** Only npm tools get our Node first on PATH; a Python or Go CLI has no use for it. */
async function pathDirsFor(job: Job, binDir: string): Promise<string[]> {
  return job.spec.method.kind === 'npm' ? [await nodeDir(job.ctx.workDir, job.node), binDir] : [binDir];
}

/** The environment of a version check: nothing secret (the copy may be one we are still checking), our Node first. */
function checkEnv(job: Job, dirs: string[]): NodeJS.ProcessEnv {
  return { ...installEnv(job.ctx.env), PATH: pathWith(dirs, job.ctx.env.PATH) };
}

function versionCommand(spec: ToolSpec): string {
  return `\`${spec.bin} ${(spec.versionArgs ?? ['--version']).join(' ')}\``;
}

/** Finds the CLI on PATH, or restores or installs the pinned version, and checks it runs. */
export async function ensureCli(ctx: PlatformContext, spec: ToolSpec, o: EnsureOptions = {}): Promise<InstalledCli> {
  const version = cliVersion(ctx, spec);
  const custom = ctx.inputs.get('cli-install-command');
  const node = o.node ?? process.execPath;
  const nodeV = spec.method.kind === 'npm' ? await nodeVersion(node, ctx.env) : undefined;
  const job: Job = {
    ctx,
    spec,
    o,
    version,
    custom,
    pins: custom ? undefined : await pinsFor(spec, version),
    node,
    nodeV,
    nodeNote: nodeV ? ` with Node ${nodeV} (${node})` : '',
  };
  const found = await resolveTool<InstalledCli>({
    name: spec.bin,
    bin: spec.bin,
    env: ctx.env,
    log: ctx.log,
    cache: o.cache ?? actionsCache,
    usePath: (bin) => usePath(job, bin),
    place: () => place(job),
    check: (dir) => checkInstalled(job, dir),
    install: (dir) => install(job, dir),
  });
  if (found.source !== 'path')
    ctx.log.info(`${spec.bin}: running ${what(job)} ${found.from}${job.nodeNote} (${found.value.bin} reports "${found.value.version}")`);
  return found.source === 'path' ? found.value : { ...found.value, version, source: found.source };
}

function what(job: Job): string {
  const m = job.spec.method;
  return job.custom ? `${job.spec.tool} ${job.version} (cli-install-command)` : `${m.package}@${job.version} (${m.kind})`;
}

/** A CLI on PATH is used as it is; its version is logged, and one other than ours is a warning. */
async function usePath(job: Job, onPath: string): Promise<InstalledCli> {
  const { ctx, spec } = job;
  const dirs = await pathDirsFor(job, path.dirname(onPath));
  // The runner's own CLI, run as it will be run (a wrapper may need PYTHONPATH and the like).
  const v = await runVersion(spec, onPath, { ...ctx.env, PATH: pathWith(dirs, ctx.env.PATH) }, job.o.signal);
  if (v.ok) {
    ctx.log.info(
      `${spec.bin}: running ${onPath}${job.nodeNote}, found on PATH (reports "${v.text}"; \`cli-version\` applies only when it has to be installed)`,
    );
    if (!reportsVersion(v.text, job.version)) {
      ctx.log.warn(
        `${spec.bin}: the one found on PATH (${onPath}) reports "${v.text}", not ${job.version}, the version this backup was ${job.version === spec.defaultVersion ? 'tested with' : 'asked to use (`cli-version`)'}; it is used as it is. Remove it from PATH to have ${job.version} installed.`,
      );
    }
  } else {
    ctx.log.warn(`${spec.bin}: running ${onPath}, found on PATH, but ${versionCommand(spec)} failed (${v.text})`);
  }
  return { bin: onPath, binDir: path.dirname(onPath), version: v.ok ? v.text : 'unknown', source: 'path', pathDirs: dirs };
}

/** The runtime, and from it the install folder and cache key (only once PATH had no copy). */
async function place(job: Job): Promise<{ dir: string; cacheKey: string }> {
  const { ctx, spec, version } = job;
  const rt: Runtime = { id: '', node: job.node };
  if (job.custom) rt.id = 'custom';
  else if (spec.method.kind === 'npm') rt.id = `node${job.nodeV?.replace(/^v/, '').split('.')[0] ?? 'unknown'}`;
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
  job.rt = rt;
  return {
    dir: path.join(toolRoot(ctx), 'site-backup', spec.tool, version, `${process.platform}-${process.arch}-${rt.id}`),
    cacheKey: cacheKey(spec, version, rt, job.custom, job.pins),
  };
}

/** Our copy in `dir` (tool folder, or just restored from the cache): what npm installed must be the lock's, then it must report the version. */
async function checkInstalled(job: Job, dir: string): Promise<Checked<InstalledCli>> {
  const bin = await findInstalled(job.spec, dir, Boolean(job.custom));
  if (!bin) return { ok: false, missing: true, why: `has no ${job.spec.bin}` };
  if (job.pins?.kind === 'npm-lock') {
    const drift = await lockDrift(job.pins.lock, dir);
    if (drift) return { ok: false, why: `is not what the lock installs (${drift}): not running it` };
  }
  const dirs = await pathDirsFor(job, path.dirname(bin));
  const check = await runVersion(job.spec, bin, checkEnv(job, dirs), job.o.signal);
  if (!check.ok) return { ok: false, why: `does not answer its version command (${check.text})`, detail: check.text };
  if (!reportsVersion(check.text, job.version))
    return { ok: false, why: `reports "${check.text}", not ${job.version}`, detail: check.text };
  return { ok: true, value: { bin, binDir: path.dirname(bin), version: check.text, source: 'tool-dir', pathDirs: dirs } };
}

/**
 * The first package in `dir` that the lock does not name, or names with another version or
 * sha512, by what npm recorded there (node_modules/.package-lock.json): a copy from an unlocked
 * install, from another lock, or edited. A locked package npm left out (an optional one for
 * another OS, one only an optional peer dependency names) is no drift.
 */
async function lockDrift(lock: NpmLock, dir: string): Promise<string | undefined> {
  let installed: NpmLock;
  try {
    installed = JSON.parse(await readFile(path.join(dir, 'node_modules', '.package-lock.json'), 'utf8')) as NpmLock;
  } catch {
    return 'npm left no record of what it installed';
  }
  for (const [p, have] of Object.entries(installed.packages ?? {})) {
    const want = lock.packages[p];
    // Packages a tarball brings inside itself (bundleDependencies) are its own, and not in a lock.
    if (!want) {
      if (have.inBundle) continue;
      return `${p} is not in the lock`;
    }
    if (have.version !== want.version || (want.integrity && have.integrity !== want.integrity))
      return `${p} is ${have.version ?? '?'}, the lock has ${want.version ?? '?'}`;
  }
  return undefined;
}

interface InstallStep {
  cmd: string;
  args: string[];
  env?: Record<string, string>;
}

async function npmSteps(job: Job, dir: string, pkg: string, ignoreScripts: boolean | undefined): Promise<InstallStep[]> {
  const npmCli = await findNpmCli(job.node, job.ctx.env.PATH);
  if (!npmCli) {
    throw new Error(
      `installing ${job.spec.tool} needs npm, and none was found beside ${job.node} or on PATH. Install npm, or preinstall ${job.spec.bin} on the runner (it is used from PATH when present).`,
    );
  }
  const flags = [
    '--prefix',
    dir,
    '--no-audit',
    '--no-fund',
    '--no-update-notifier',
    '--loglevel=error',
    ...(ignoreScripts ? ['--ignore-scripts'] : []),
  ];
  if (job.pins?.kind !== 'npm-lock') {
    job.ctx.log.warn(
      `${job.spec.bin}: no lockfile is committed for ${pkg}@${job.version}, so its dependencies resolve afresh (${job.version === job.spec.defaultVersion ? 'report this' : `the tested ${job.spec.defaultVersion} has one; \`cli-version\` asked for ${job.version}`})`,
    );
    return [{ cmd: job.node, args: [npmCli, 'install', ...flags, `${pkg}@${job.version}`] }];
  }
  // `npm ci` installs exactly the lock, checking every package's sha512, or fails.
  const root = job.pins.lock.packages['']!;
  await writeFile(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: job.pins.lock.name, private: true, dependencies: root.dependencies }, null, 2)}\n`,
  );
  await writeFile(path.join(dir, 'package-lock.json'), `${JSON.stringify(job.pins.lock, null, 2)}\n`);
  return [{ cmd: job.node, args: [npmCli, 'ci', ...flags, '--omit=dev'] }];
}

async function pipSteps(job: Job, dir: string, pkg: string): Promise<InstallStep[]> {
  const python = path.join(dir, 'bin', 'python');
  const pip = [python, '-m', 'pip', 'install', '--disable-pip-version-check', '--quiet'];
  const venv = { cmd: job.rt!.python!, args: ['-m', 'venv', dir] };
  if (job.pins?.kind !== 'pip-hashes') {
    job.ctx.log.warn(
      `${job.spec.bin}: no hashed requirements are committed for ${pkg}==${job.version}, so pip resolves its dependencies afresh, unchecked`,
    );
    return [venv, { cmd: python, args: [...pip.slice(1), `${pkg}==${job.version}`] }];
  }
  // Every distribution, dependencies included, must be listed with its hash; nothing else is fetched.
  const file = path.join(dir, 'requirements.txt');
  await writeFile(file, job.pins.requirements);
  return [venv, { cmd: python, args: [...pip.slice(1), '--require-hashes', '--no-deps', '-r', file] }];
}

async function installSteps(job: Job, dir: string): Promise<InstallStep[]> {
  if (job.custom) {
    return [
      {
        cmd: 'bash',
        args: ['-eo', 'pipefail', '-c', job.custom],
        env: { INSTALL_DIR: dir, CLI_VERSION: job.version, CLI_TOOL: job.spec.tool },
      },
    ];
  }
  const m = job.spec.method;
  return m.kind === 'npm' ? npmSteps(job, dir, m.package, m.ignoreScripts) : pipSteps(job, dir, m.package);
}

/** Installs into the empty `dir`, with none of the run's secrets in reach of the installer or any install script. */
async function install(job: Job, dir: string): Promise<InstalledCli> {
  const { ctx, spec, version } = job;
  ctx.log.info(
    `${spec.bin} is not on PATH: installing ${what(job)} into ${dir}${job.pins ? ` (${job.pins.kind === 'npm-lock' ? 'npm ci from its committed lockfile' : 'pip --require-hashes'})` : ''}`,
  );
  const limit = AbortSignal.timeout(job.o.timeoutMs ?? 10 * 60_000);
  const signal = job.o.signal ? AbortSignal.any([job.o.signal, limit]) : limit;
  const env = {
    ...installEnv(ctx.env),
    PATH: pathWith(spec.method.kind === 'npm' ? [await nodeDir(ctx.workDir, job.node)] : [], ctx.env.PATH),
    npm_config_update_notifier: 'false',
  };
  for (const step of await installSteps(job, dir)) {
    let r;
    try {
      r = await runProcess(step.cmd, step.args, {
        cwd: dir,
        env: { ...env, ...step.env },
        signal,
        onLine: (l) => ctx.log.info(`[install ${spec.tool}] ${redact(l)}`),
      });
    } catch (e) {
      throw new Error(`installing ${spec.tool} ${version} failed: ${(e as Error).message}`, { cause: e });
    }
    if (r.code !== 0) {
      const tail = lastLines(r.stderrTail) || lastLines(r.stdoutTail);
      const shown = step.cmd === job.node ? 'npm' : path.basename(step.cmd);
      throw new Error(
        `installing ${spec.tool} ${version} failed (${shown} exited with ${r.code})${tail ? `: ${redact(tail)}` : ''}. Check \`cli-version\`, or preinstall ${spec.bin} on the runner (it is used from PATH when present).`,
      );
    }
  }
  const checked = await checkInstalled(job, dir);
  if (checked.ok) return { ...checked.value, source: 'installed' };
  if (checked.missing)
    throw new Error(
      `the ${spec.tool} installer finished, but ${spec.bin} is not in ${dir} (expected ${installedBin(spec, dir)
        .map((p) => path.relative(dir, p))
        .join(' or ')})`,
    );
  if (!checked.detail) throw new Error(`${spec.tool} ${version} was installed, but the copy ${checked.why}`);
  throw new Error(`${spec.tool} ${version} was installed, but ${versionCommand(spec)} does not report ${version} (${checked.detail})`);
}

/** `v24.11.0` for the Node that will run npm tools. */
async function nodeVersion(node: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (node === process.execPath) return process.version;
  const r = await runProcess(node, ['--version'], { env, signal: AbortSignal.timeout(30_000) });
  const v = r.stdoutTail.trim();
  return r.code === 0 && /^v\d+\./.test(v) ? v : undefined;
}
