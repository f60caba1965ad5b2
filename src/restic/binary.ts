import { createHash } from 'node:crypto';
import { chmod, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { actionsCache, findOnPath, type CacheBackend } from '../platforms/install.js';
import type { Reporter } from '../report/reporter.js';
import { lastLines, runProcess } from '../util/exec.js';

// The restic program: the one on PATH (Debian and Ubuntu ship it; a runner image or an earlier
// step may have put it there), or the pinned release downloaded from GitHub, checked against the
// SHA-256 published in that release's SHA256SUMS, and kept in the Actions cache between runs.

/** Compression (repository format v2) arrived in 0.14. */
export const MIN_VERSION = [0, 14, 0] as const;
export const PINNED_VERSION = '0.18.0';
// From restic 0.18.0's SHA256SUMS (the release is signed; these are its entries for the bz2 assets).
const PINNED_SHA256: Record<string, string> = {
  linux_amd64: '98f6dd8bf5b59058d04bfd8dab58e196cc2a680666ccee90275a3b722374438e',
  linux_arm64: 'ce18179c25dc5f2e33e3c233ba1e580f9de1a4566d2977e8d9600210363ec209',
  darwin_amd64: '10796285a653c51fe63419009423ebeb0c2d8c1ee4b6fdb2dd0d6fe1cc5a229e',
  darwin_arm64: 'dd7d64a9bc0c1f8342e8f9693d5b198e9f04022f78b07f15d17ef9b801d4489d',
};

export interface ResticBinary {
  bin: string;
  version: [number, number, number];
  source: 'path' | 'tool-dir' | 'cache' | 'installed';
}

export function parseResticVersion(text: string): [number, number, number] | undefined {
  const m = /restic (\d+)\.(\d+)\.(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

export function atLeast(v: readonly number[], min: readonly number[]): boolean {
  for (let i = 0; i < 3; i++) if ((v[i] ?? 0) !== (min[i] ?? 0)) return (v[i] ?? 0) > (min[i] ?? 0);
  return true;
}

/** `restic version` once per process and program file (keyed by its size and mtime too, so a replaced file is asked again). */
const versions = new Map<string, Promise<[number, number, number]>>();

function versionOf(bin: string, env: NodeJS.ProcessEnv): Promise<[number, number, number]> {
  return stat(bin).then(
    (st) => {
      const key = `${bin}\0${st.size}\0${st.mtimeMs}`;
      let v = versions.get(key);
      if (!v) {
        v = askVersion(bin, env);
        versions.set(key, v);
        // A failure is not remembered: the next call asks again.
        v.catch(() => versions.delete(key));
      }
      return v;
    },
    () => askVersion(bin, env),
  );
}

async function askVersion(bin: string, env: NodeJS.ProcessEnv): Promise<[number, number, number]> {
  const r = await runProcess(bin, ['version'], { env });
  const v = r.code === 0 ? parseResticVersion(r.stdoutTail) : undefined;
  if (!v) throw new Error(`${bin} version did not print a restic version (exit ${r.code}: ${lastLines(r.stderrTail || r.stdoutTail)})`);
  if (!atLeast(v, MIN_VERSION)) {
    throw new Error(
      `restic ${v.join('.')} at ${bin} is too old: format restic needs ${MIN_VERSION.join('.')} or later (repository format v2, with compression). Install a newer restic, or remove it from PATH so restic ${PINNED_VERSION} is downloaded.`,
    );
  }
  return v;
}

function assetName(): string {
  const os = process.platform === 'darwin' ? 'darwin' : process.platform === 'linux' ? 'linux' : undefined;
  const arch = process.arch === 'x64' ? 'amd64' : process.arch === 'arm64' ? 'arm64' : undefined;
  const key = os && arch ? `${os}_${arch}` : undefined;
  if (!key || !PINNED_SHA256[key]) {
    throw new Error(`restic is not on PATH, and no pinned restic build exists for ${process.platform}/${process.arch}: install restic ${MIN_VERSION.join('.')} or later on the runner`);
  }
  return key;
}

export interface FindOptions {
  env: NodeJS.ProcessEnv;
  log: Reporter;
  /** Where an installed copy lives; RUNNER_TOOL_CACHE or a temp folder by default. */
  toolRoot: string;
  cache?: CacheBackend;
  fetchImpl?: typeof fetch;
}

/** restic from PATH, the tool folder, the Actions cache, or the pinned release, in that order. */
export async function findRestic(o: FindOptions): Promise<ResticBinary> {
  const onPath = await findOnPath('restic', o.env.PATH);
  if (onPath) return { bin: onPath, version: await versionOf(onPath, o.env), source: 'path' };
  const key = assetName();
  const dir = path.join(o.toolRoot, 'site-backup', 'restic', PINNED_VERSION, key);
  const bin = path.join(dir, 'restic');
  const existing = await versionOf(bin, o.env).catch(() => undefined);
  if (existing) return { bin, version: existing, source: 'tool-dir' };

  const cache = o.cache ?? actionsCache;
  const cacheKey = `site-backup-restic-${PINNED_VERSION}-${key}`;
  const useCache = cache.available(o.env);
  if (useCache) {
    try {
      if (await cache.restore([dir], cacheKey)) {
        const v = await versionOf(bin, o.env).catch(() => undefined);
        if (v) {
          o.log.info(`restic ${PINNED_VERSION}: restored from the Actions cache (${cacheKey})`);
          return { bin, version: v, source: 'cache' };
        }
      }
    } catch (e) {
      o.log.warn(`restic: the Actions cache could not be read (${(e as Error).message}); downloading instead`);
    }
  }

  const url = `https://github.com/restic/restic/releases/download/v${PINNED_VERSION}/restic_${PINNED_VERSION}_${key}.bz2`;
  o.log.info(`restic is not on PATH: downloading ${url}`);
  const res = await (o.fetchImpl ?? fetch)(url, { signal: AbortSignal.timeout(5 * 60_000) });
  if (!res.ok) throw new Error(`downloading restic ${PINNED_VERSION} failed: HTTP ${res.status} from ${url}`);
  const body = Buffer.from(await res.arrayBuffer());
  const sha = createHash('sha256').update(body).digest('hex');
  if (sha !== PINNED_SHA256[key]) {
    throw new Error(`the download of restic ${PINNED_VERSION} (${url}) has sha256 ${sha}, but its release publishes ${PINNED_SHA256[key]}: refusing to run it`);
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const packed = path.join(dir, 'restic.bz2');
  await writeFile(packed, body);
  // Node has no bzip2; bunzip2 is on every runner image (and in Debian's bzip2 package). It
  // leaves `restic` beside the removed .bz2.
  const r = await runProcess('bunzip2', ['-f', packed], { env: o.env });
  if (r.code !== 0) throw new Error(`unpacking restic failed (bunzip2 exited with ${r.code}): ${lastLines(r.stderrTail)}`);
  await chmod(bin, 0o755);
  const version = await versionOf(bin, o.env);
  if (useCache) {
    try {
      await cache.save([dir], cacheKey);
    } catch (e) {
      o.log.warn(`restic: could not save the Actions cache (${(e as Error).message})`);
    }
  }
  return { bin, version, source: 'installed' };
}
