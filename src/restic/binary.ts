import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Reporter } from '../report/reporter.js';
import { lastLines, runProcess } from '../util/exec.js';
import { actionsCache, installEnv, resolveTool, sha256File, type CacheBackend, type Checked } from '../util/tool.js';

// The restic program: the one on PATH (Debian and Ubuntu ship it; a runner image or an earlier
// step may have put it there), or the pinned release downloaded from GitHub, checked against the
// SHA-256 published in that release's SHA256SUMS, and kept in the Actions cache between runs.
// Our copy (tool folder or cache) keeps that verified download beside the program, and is used
// only while the download still has the published hash and the program is exactly what it
// unpacks to: a program swapped in the folder or the cache is never run, but installed again.

/** Compression (repository format v2) arrived in 0.14. */
export const MIN_VERSION = [0, 14, 0] as const;
export const PINNED_VERSION = '0.18.0';
// From restic 0.18.0's SHA256SUMS (the release is signed; these are its entries for the bz2 assets).
const PINNED_SHA256: Readonly<Record<string, string>> = {
  linux_amd64: '98f6dd8bf5b59058d04bfd8dab58e196cc2a680666ccee90275a3b722374438e',
  linux_arm64: 'ce18179c25dc5f2e33e3c233ba1e580f9de1a4566d2977e8d9600210363ec209',
  darwin_amd64: '10796285a653c51fe63419009423ebeb0c2d8c1ee4b6fdb2dd0d6fe1cc5a229e',
  darwin_arm64: 'dd7d64a9bc0c1f8342e8f9693d5b198e9f04022f78b07f15d17ef9b801d4489d',
};

/** A restic release: its version and the published SHA-256 of each `restic_<v>_<os>_<arch>.bz2`. */
export interface ResticRelease {
  version: string;
  sha256: Readonly<Record<string, string>>;
}

export const PINNED_RELEASE: ResticRelease = { version: PINNED_VERSION, sha256: PINNED_SHA256 };
/** Bump when what a copy keeps changes, so old cache entries are not restored (v2: the verified download too). */
const LAYOUT = 'v2';

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

/**
 * `file`: where the versions of programs found on PATH are kept between runs (in the tool folder),
 * by the program file's identity (path, size, mtime, inode, ctime: replacing or touching the file
 * changes it), so later runs on the machine need not start restic only to ask.
 */
function versionOf(bin: string, env: NodeJS.ProcessEnv, file?: string): Promise<[number, number, number]> {
  return stat(bin).then(
    (st) => {
      const key = `${bin}\0${st.size}\0${st.mtimeMs}\0${st.ino}\0${st.ctimeMs}`;
      let v = versions.get(key);
      if (!v) {
        v = file ? keptVersion(file, key, () => askVersion(bin, env)) : askVersion(bin, env);
        versions.set(key, v);
        // A failure is not remembered: the next call asks again.
        v.catch(() => versions.delete(key));
      }
      return v;
    },
    () => askVersion(bin, env),
  );
}

type Kept = Record<string, [number, number, number]>;

async function readKept(file: string): Promise<Kept> {
  try {
    const raw = JSON.parse(await readFile(file, 'utf8')) as unknown;
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Kept) : {};
  } catch {
    return {};
  }
}

/** The kept version of a program file, else asked (and kept: only a version new enough is). */
async function keptVersion(file: string, key: string, ask: () => Promise<[number, number, number]>): Promise<[number, number, number]> {
  const kept = await readKept(file);
  const v = kept[key];
  if (Array.isArray(v) && v.length === 3 && v.every((n) => Number.isInteger(n) && n >= 0) && atLeast(v, MIN_VERSION)) return v;
  const asked = await ask();
  // A handful of entries: the machine's restic, and what replaced it.
  const entries = Object.entries({ ...kept, [key]: asked }).slice(-8);
  const tmp = `${file}.${process.pid}.tmp`;
  // Best effort: a folder we may not write only means asking again next time.
  await mkdir(path.dirname(file), { recursive: true })
    .then(() => writeFile(tmp, JSON.stringify(Object.fromEntries(entries))))
    .then(() => rename(tmp, file))
    .catch(() => rm(tmp, { force: true }).catch(() => undefined));
  return asked;
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

function assetName(release: ResticRelease): string {
  const os = process.platform === 'darwin' ? 'darwin' : process.platform === 'linux' ? 'linux' : undefined;
  const arch = process.arch === 'x64' ? 'amd64' : process.arch === 'arm64' ? 'arm64' : undefined;
  const key = os && arch ? `${os}_${arch}` : undefined;
  if (!key || !release.sha256[key]) {
    throw new Error(
      `restic is not on PATH, and no pinned restic build exists for ${process.platform}/${process.arch}: install restic ${MIN_VERSION.join('.')} or later on the runner`,
    );
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
  /** The release to install (tests pin one of their own). */
  release?: ResticRelease;
}

const PACKED = 'restic.bz2';

/** restic from PATH, the tool folder, the Actions cache, or the pinned release, in that order. */
export async function findRestic(o: FindOptions): Promise<ResticBinary> {
  const release = o.release ?? PINNED_RELEASE;
  const found = await resolveTool<ResticBinary>({
    name: 'restic',
    bin: 'restic',
    env: o.env,
    log: o.log,
    cache: o.cache ?? actionsCache,
    usePath: async (bin) => ({
      bin,
      version: await versionOf(bin, o.env, path.join(o.toolRoot, 'site-backup', 'restic', 'path-versions.json')),
      source: 'path',
    }),
    place: async () => {
      const key = assetName(release);
      return {
        dir: path.join(o.toolRoot, 'site-backup', 'restic', release.version, key),
        cacheKey: `site-backup-restic-${LAYOUT}-${release.version}-${key}`,
      };
    },
    check: (dir) => checkCopy(dir, release, o.env),
    install: (dir) => download(dir, release, o),
  });
  if (found.source === 'cache') o.log.info(`restic ${release.version}: ${found.from}`);
  return { ...found.value, source: found.source };
}

/** Our copy in `dir`, checked against the published hash before it runs. */
async function checkCopy(dir: string, release: ResticRelease, env: NodeJS.ProcessEnv): Promise<Checked<ResticBinary>> {
  const bin = path.join(dir, 'restic');
  const published = release.sha256[assetName(release)]!;
  const binSha = await sha256File(bin).catch(() => undefined);
  if (!binSha) return { ok: false, missing: true, why: 'has no restic' };
  const packedSha = await sha256File(path.join(dir, PACKED)).catch(() => undefined);
  if (packedSha !== published) {
    return {
      ok: false,
      why: packedSha
        ? `keeps a download with sha256 ${packedSha}, not the published ${published}: not running it`
        : `has no verified download (${PACKED}) to check restic against: not running it`,
    };
  }
  const expected = await unpackedSha(path.join(dir, PACKED), packedSha, env);
  if (binSha !== expected)
    return { ok: false, why: `holds a restic with sha256 ${binSha}, not the ${expected} its verified download unpacks to: not running it` };
  try {
    return { ok: true, value: { bin, version: await versionOf(bin, installEnv(env)), source: 'tool-dir' } };
  } catch (e) {
    return { ok: false, why: `does not run (${(e as Error).message})` };
  }
}

/** What a verified download unpacks to, once per process (bunzip2 of the whole program takes a moment). */
const unpacked = new Map<string, Promise<string>>();

function unpackedSha(packed: string, packedSha: string, env: NodeJS.ProcessEnv): Promise<string> {
  let sha = unpacked.get(packedSha);
  if (!sha) {
    sha = new Promise<string>((resolve, reject) => {
      const hash = createHash('sha256');
      const child = spawn('bunzip2', ['-c', packed], { stdio: ['ignore', 'pipe', 'ignore'], env: installEnv(env) });
      child.stdout.on('data', (b: Buffer) => hash.update(b));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve(hash.digest('hex')) : reject(new Error(`bunzip2 -c ${packed} exited with ${code}`)),
      );
    });
    unpacked.set(packedSha, sha);
    sha.catch(() => unpacked.delete(packedSha));
  }
  return sha;
}

/** Downloads the release into the empty `dir`, refusing anything but the published bytes. */
async function download(dir: string, release: ResticRelease, o: FindOptions): Promise<ResticBinary> {
  const key = assetName(release);
  const url = `https://github.com/restic/restic/releases/download/v${release.version}/restic_${release.version}_${key}.bz2`;
  o.log.info(`restic is not on PATH: downloading ${url}`);
  const res = await (o.fetchImpl ?? fetch)(url, { signal: AbortSignal.timeout(5 * 60_000) });
  if (!res.ok) throw new Error(`downloading restic ${release.version} failed: HTTP ${res.status} from ${url}`);
  const body = Buffer.from(await res.arrayBuffer());
  const sha = createHash('sha256').update(body).digest('hex');
  if (sha !== release.sha256[key]) {
    throw new Error(
      `the download of restic ${release.version} (${url}) has sha256 ${sha}, but its release publishes ${release.sha256[key]}: refusing to run it`,
    );
  }
  const packed = path.join(dir, PACKED);
  await writeFile(packed, body);
  // Node has no bzip2; bunzip2 is on every runner image (and in Debian's bzip2 package). -k keeps
  // the verified download, which later runs check the program against.
  const r = await runProcess('bunzip2', ['-k', '-f', packed], { env: installEnv(o.env) });
  if (r.code !== 0) throw new Error(`unpacking restic failed (bunzip2 exited with ${r.code}): ${lastLines(r.stderrTail)}`);
  const bin = path.join(dir, 'restic');
  await chmod(bin, 0o755);
  return { bin, version: await versionOf(bin, installEnv(o.env)), source: 'installed' };
}
