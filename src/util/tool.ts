import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { access, mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

// One ladder for every program we may have to install (the platform CLIs, restic): the one on
// PATH as it is; else our copy in the tool folder, else the Actions cache's, each checked (hash or
// version) before it is used; else a fresh install, saved to the cache for the next run.

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

export async function isExecutable(p: string): Promise<boolean> {
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

// What an installer, its packages' install scripts and a version check may see of our environment:
// what finds programs, certificates, proxies and the package registries. Never the run's secrets
// (AWS_*, INPUT_*, the OIDC request token, platform tokens, the age identity): a compromised
// dependency's postinstall runs with this environment.
const INSTALL_ENV =
  /^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LANGUAGE|TZ|TERM|TMPDIR|TMP|TEMP|CI|SYSTEMROOT|LC_\w+|XDG_\w+|(HTTPS?|NO|ALL)_PROXY|(https?|no|all)_proxy|SSL_CERT_(FILE|DIR)|NODE_EXTRA_CA_CERTS|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|npm_config_\w+|NPM_CONFIG_\w+|PIP_\w+|RUNNER_(OS|ARCH|TEMP|TOOL_CACHE))$/;
/** Even among those, a name like these holds a credential (npm_config__authToken, PIP_CLIENT_CERT key). */
const CREDENTIAL = /TOKEN|SECRET|PASSW|AUTH|KEY|CREDENTIAL|IDENTITY|SESSION|COOKIE|CERT_PASS/i;

/** The environment for installing and checking tools: an allow-list, minus anything named like a credential. */
export function installEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && INSTALL_ENV.test(k) && !CREDENTIAL.test(k)) out[k] = v;
  return out;
}

export type ToolSource = 'path' | 'tool-dir' | 'cache' | 'installed';

/** A copy that passed its check, or why it did not (`missing`: there is no copy at all). */
/** `detail`: the bare reason (a version command's output), for the caller's own message. */
export type Checked<T> = { ok: true; value: T } | { ok: false; why: string; missing?: boolean; detail?: string };

export interface ToolLog {
  info(message: string): void;
  warn(message: string): void;
}

/** Where a tool is installed and cached, decided only once PATH has no copy (it may need a runtime). */
export interface ToolPlace {
  dir: string;
  cacheKey: string;
}

export interface ToolLadder<T> {
  /** For messages: `restic`, `pos-cli`. */
  name: string;
  /** The program looked up on PATH; undefined when only our own copy will do. */
  bin?: string;
  env: NodeJS.ProcessEnv;
  log: ToolLog;
  cache: CacheBackend;
  /** A copy found on PATH is used as it is: this reads its version (and warns on a mismatch). */
  usePath(bin: string): Promise<T>;
  place(): Promise<ToolPlace>;
  /** Checks the copy in `dir` before anything in it runs (its hash, its lock, its version). */
  check(dir: string): Promise<Checked<T>>;
  /** Installs into the empty `dir` and checks the result; throws with a clear message if it cannot. */
  install(dir: string): Promise<T>;
}

export interface ResolvedTool<T> {
  value: T;
  source: ToolSource;
  /** For the log line: `installed earlier in …`, `restored from the Actions cache (…)`, `installed now into …`. */
  from: string;
  dir?: string;
}

/** PATH, then the tool folder, then the Actions cache, then an install (saved to the cache). */
export async function resolveTool<T>(l: ToolLadder<T>): Promise<ResolvedTool<T>> {
  const onPath = l.bin ? await findOnPath(l.bin, l.env.PATH) : undefined;
  if (onPath) return { value: await l.usePath(onPath), source: 'path', from: `found on PATH (${onPath})` };

  const { dir, cacheKey } = await l.place();
  const here = await l.check(dir);
  if (here.ok) return { value: here.value, source: 'tool-dir', from: `installed earlier in ${dir}`, dir };
  if (!here.missing) l.log.warn(`${l.name}: the copy in ${dir} ${here.why}; installing it again`);

  const useCache = l.cache.available(l.env);
  if (useCache) {
    const hit = await fromCache(l, dir, cacheKey);
    if (hit) return { value: hit, source: 'cache', from: `restored from the Actions cache (${cacheKey})`, dir };
  }

  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let value: T;
  try {
    value = await l.install(dir);
  } catch (e) {
    // Nothing half-installed is left for the next run to find.
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  if (useCache) {
    try {
      await l.cache.save([dir], cacheKey);
      l.log.info(`${l.name}: saved to the Actions cache (${cacheKey})`);
    } catch (e) {
      // Another job may have saved the same key first; the install itself succeeded.
      l.log.warn(`${l.name}: could not save the Actions cache (${(e as Error).message})`);
    }
  }
  return { value, source: 'installed', from: `installed now into ${dir}`, dir };
}

async function fromCache<T>(l: ToolLadder<T>, dir: string, key: string): Promise<T | undefined> {
  try {
    await rm(dir, { recursive: true, force: true });
    if (!(await l.cache.restore([dir], key))) return undefined;
    const restored = await l.check(dir);
    if (restored.ok) return restored.value;
    l.log.warn(`${l.name}: the cached copy (${key}) ${restored.why}; installing it again`);
  } catch (e) {
    l.log.warn(`${l.name}: the Actions cache could not be read (${(e as Error).message}); installing instead`);
  }
  return undefined;
}

/** The SHA-256 of a file, hex. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
