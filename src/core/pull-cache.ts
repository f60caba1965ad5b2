import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, cp, link, lstat, mkdir, readdir, readlink, rename, rm, symlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { BackupConfig } from '../config/backup.js';
import { ConfigError } from '../model/errors.js';
import type { Component } from '../model/manifest.js';
import { actionsCache, type CacheBackend } from '../util/tool.js';
import type { PlatformSession } from '../platforms/platform.js';
import type { Reporter } from '../report/reporter.js';
import { formatBytes } from '../util/bytes.js';
import { makeStaging } from '../util/cleanup.js';

// Incremental pulls (`pull-cache`, issue 11 item 4). A component whose export is an rsync mirror
// (PlatformSession.mirrors) starts from the export kept by the last successful backup, so rsync
// moves only what changed. The life of a kept export:
//
//   seed:  kept -> outDir as hard links (free, and the kept copy stays intact: rsync replaces a
//          changed file by writing a new one and renaming it over the link, never through it);
//          from the Actions cache it is first restored, newest entry of this site/env/component.
//   hold:  once the component is packed (or snapshotted), outDir is moved aside, not deleted.
//   keep:  only after the backup's commit point (manifest or restic snapshot): the held folder
//          replaces the kept one, and in `actions` mode is saved under a new key.
//   discard: any failure: the held folders go, and the kept export is what it was before.
//
// A failed or partial export never becomes the kept one. The kept export holds exactly what the
// backup stored from the site (its files); no credential of ours is ever written into outDir.
// Nothing here fails a backup: a seed that cannot be made means a full pull, a keep that fails
// means a full pull next time, each with a warning.

/** Bump when the kept layout changes, so old Actions cache entries are never restored. */
const LAYOUT = 'v1';

export interface PullCacheDeps {
  env: NodeJS.ProcessEnv;
  log: Reporter;
  /** Where the run stages exports: held folders go here too, so moving one is a rename. */
  tmpRoot: string;
  /** The Actions cache; a folder-backed stand-in in tests. */
  cache?: CacheBackend;
  now?: () => number;
}

interface TreeSummary {
  files: number;
  bytes: number;
  /** Over every path, type and mode, and each file's size and mtime: equal when rsync had nothing to change. */
  fingerprint: string;
}

/** Files, bytes and a fingerprint of a tree, from lstat alone (no file is read). */
export async function summarizeTree(root: string): Promise<TreeSummary> {
  const h = createHash('sha256');
  let files = 0;
  let bytes = 0;
  const walk = async (dir: string, rel: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      const p = path.join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = await lstat(p);
      const type = st.isDirectory() ? 'd' : st.isSymbolicLink() ? 'l' : st.isFile() ? 'f' : 'o';
      // A folder's size and mtime say nothing about what a pull would transfer (and copies of the
      // tree need not keep them): its path and mode are enough.
      h.update(type === 'd' ? `${r}\0d\0${st.mode}\n` : `${r}\0${type}\0${st.size}\0${Math.floor(st.mtimeMs)}\0${st.mode}\n`);
      if (st.isDirectory()) await walk(p, r);
      else if (st.isFile()) {
        files++;
        bytes += st.size;
      }
    }
  };
  await walk(root, '');
  return { files, bytes, fingerprint: h.digest('hex') };
}

/**
 * Fills the existing folder `dst` with `src`'s tree: regular files as hard links, falling back
 * to copies (with their mtimes, which rsync's quick check compares) across file systems.
 */
export async function linkTree(src: string, dst: string): Promise<void> {
  let copying = false;
  const walk = async (from: string, to: string): Promise<void> => {
    for (const e of await readdir(from, { withFileTypes: true })) {
      const a = path.join(from, e.name);
      const b = path.join(to, e.name);
      if (e.isDirectory()) {
        await mkdir(b, { mode: (await lstat(a)).mode & 0o7777 });
        await walk(a, b);
      } else if (e.isSymbolicLink()) {
        await symlink(await readlink(a), b);
      } else if (e.isFile()) {
        if (!copying) {
          try {
            await link(a, b);
            continue;
          } catch (err) {
            const code = (err as NodeJS.ErrnoException).code;
            if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw err;
            copying = true;
          }
        }
        const st = await lstat(a);
        await copyFile(a, b);
        await utimes(b, st.atime, st.mtime);
      }
    }
  };
  await walk(src, dst);
}

/** Moves a folder to `dest` (absent), keeping mtimes when it has to copy across file systems. */
async function moveTree(src: string, dest: string): Promise<void> {
  // The kept export is the site's files, settings included: folders we create are the runner user's alone.
  await mkdir(path.dirname(dest), { recursive: true, mode: 0o700 });
  try {
    await rename(src, dest);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await cp(src, dest, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true, errorOnExist: true, force: false });
    await rm(src, { recursive: true, force: true });
  }
}

/** Whether the event's repository is public (the event payload says so); undefined when unknown. */
function repositoryIsPublic(env: NodeJS.ProcessEnv): boolean | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const ev = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { repository?: { private?: unknown; visibility?: unknown } };
    if (ev.repository?.visibility === 'public' || ev.repository?.private === false) return true;
    if (ev.repository?.private === true) return false;
  } catch {
    /* no readable payload: unknown */
  }
  return undefined;
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_');

interface Held {
  holder: string;
  dir: string;
}

export class PullCache {
  private readonly held = new Map<Component, Held>();
  /** Per component: the Actions cache entry it was restored from, and the restored tree's fingerprint. */
  private readonly restored = new Map<Component, { key: string; fingerprint: string }>();

  constructor(
    private readonly cfg: BackupConfig,
    private readonly mirrored: ReadonlySet<Component>,
    private readonly root: string,
    private readonly mode: 'actions' | 'folder',
    private readonly deps: PullCacheDeps,
    private readonly cache: CacheBackend,
  ) {}

  /** The kept export of a component. In `actions` mode this exact path string is part of the cache entry's version. */
  keptDir(component: Component): string {
    return path.join(this.root, safe(this.cfg.platform), safe(this.cfg.site), safe(this.cfg.environment), component);
  }

  /** The Actions cache key prefix of a component: every entry of it starts so; the newest is restored. */
  keyPrefix(component: Component): string {
    return `site-backup-pull-${LAYOUT}-${safe(this.cfg.platform)}-${safe(this.cfg.site)}-${safe(this.cfg.environment)}-${component}-`;
  }

  /** Fills the (empty) `outDir` with the kept export of `component`, when there is one. Never throws. */
  async seed(component: Component, outDir: string): Promise<void> {
    if (!this.mirrored.has(component)) return;
    const { log } = this.deps;
    const kept = this.keptDir(component);
    const started = Date.now();
    let from = '';
    let restoredKey: string | undefined;
    try {
      if (this.mode === 'actions') {
        // Only what the cache holds for this run: nothing an earlier job left in the folder.
        await rm(kept, { recursive: true, force: true });
        const prefix = this.keyPrefix(component);
        const key = (restoredKey = await this.cache.restore([kept], prefix, [prefix]));
        if (!key) {
          log.info(
            `pull-cache: ${component}: no kept export in the Actions cache yet (${prefix}*): a full pull; it is kept for the next backup once this one succeeds`,
          );
          return;
        }
        from = ` restored from the Actions cache (${key}) in ${((Date.now() - started) / 1000).toFixed(1)} s,`;
      }
      const st = await lstat(kept).catch(() => undefined);
      if (!st?.isDirectory()) {
        log.info(
          `pull-cache: ${component}: no kept export in ${kept} yet: a full pull; it is kept for the next backup once this one succeeds`,
        );
        return;
      }
      // The seed is the kept tree linked file by file: one summary serves both.
      const s = await summarizeTree(kept);
      if (restoredKey) this.restored.set(component, { key: restoredKey, fingerprint: s.fingerprint });
      await linkTree(kept, outDir);
      log.info(
        `pull-cache: ${component}: seeded with the export of the last successful backup (${s.files} files, ${formatBytes(s.bytes)}),${from} so rsync transfers only what changed`,
      );
    } catch (e) {
      log.warn(`pull-cache: ${component}: could not seed from the kept export (${(e as Error).message}); pulling everything`);
      // Whatever part of the seed arrived goes: the pull starts from an empty folder, as without a cache.
      for (const n of await readdir(outDir).catch(() => [] as string[])) await rm(path.join(outDir, n), { recursive: true, force: true });
    }
  }

  /** After `component` is packed: moves its export aside until the backup commits. Never throws. */
  async hold(component: Component, outDir: string): Promise<void> {
    if (!this.mirrored.has(component)) return;
    try {
      const holder = await makeStaging(this.deps.tmpRoot, 'pull');
      const dir = path.join(holder, component);
      await rename(outDir, dir);
      this.held.set(component, { holder, dir });
    } catch (e) {
      this.deps.log.warn(`pull-cache: ${component}: could not keep the export (${(e as Error).message}); the next backup pulls it in full`);
    }
  }

  /** After the commit point: each held export replaces the kept one (and is saved to the Actions cache). Never throws. */
  async keep(): Promise<void> {
    const { log, env } = this.deps;
    for (const [component, h] of this.held) {
      const kept = this.keptDir(component);
      try {
        const s = await summarizeTree(h.dir);
        const old = `${kept}.old-${process.pid}-${Date.now()}`;
        await rename(kept, old).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== 'ENOENT') throw e;
        });
        try {
          await moveTree(h.dir, kept);
        } finally {
          await rm(old, { recursive: true, force: true });
        }
        // What a run killed between the two renames above left behind.
        for (const n of await readdir(path.dirname(kept))) {
          if (n.startsWith(`${component}.old-`)) await rm(path.join(path.dirname(kept), n), { recursive: true, force: true });
        }
        if (this.mode === 'folder') {
          log.info(`pull-cache: ${component}: kept this export (${s.files} files, ${formatBytes(s.bytes)}) in ${kept} for the next backup`);
          continue;
        }
        const was = this.restored.get(component);
        if (was && was.fingerprint === s.fingerprint) {
          // Keys are immutable: an unchanged tree is not uploaded again, the next run restores the same entry.
          log.info(`pull-cache: ${component}: unchanged since the Actions cache entry ${was.key}; not saved again`);
          continue;
        }
        const key = `${this.keyPrefix(component)}${safe(env.GITHUB_RUN_ID ?? 'run')}-${safe(env.GITHUB_RUN_ATTEMPT ?? '1')}-${(this.deps.now ?? Date.now)()}`;
        const started = Date.now();
        await this.cache.save([kept], key);
        log.info(
          `pull-cache: ${component}: saved this export (${s.files} files, ${formatBytes(s.bytes)}) to the Actions cache as ${key} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      } catch (e) {
        log.warn(`pull-cache: ${component}: could not keep this export (${(e as Error).message}); the next backup pulls it in full`);
      } finally {
        await rm(h.holder, { recursive: true, force: true });
      }
    }
    this.held.clear();
  }

  /** After a failure: the held exports go; the kept ones are as they were before this run. */
  async discard(): Promise<void> {
    for (const h of this.held.values()) await rm(h.holder, { recursive: true, force: true });
    this.held.clear();
  }
}

/**
 * The pull cache of this backup, or undefined when `pull-cache` is off, no chosen component is an
 * rsync mirror on this platform, or the Actions cache is out of reach (a warning says so).
 * Throws ConfigError for `actions` on a public repository.
 */
export async function openPullCache(
  cfg: BackupConfig,
  platform: PlatformSession,
  components: readonly Component[],
  deps: PullCacheDeps,
): Promise<PullCache | undefined> {
  const setting = cfg.pullCache;
  if (!setting) return undefined;
  const { env, log } = deps;
  const mirrored = new Set(components.filter((c) => platform.mirrors?.(c) ?? false));
  if (mirrored.size === 0) {
    log.info(
      `pull-cache: platform \`${cfg.platform}\` pulls none of ${components.join(', ')} with rsync, so there is nothing to keep; every backup exports in full`,
    );
    return undefined;
  }
  const cache = deps.cache ?? actionsCache;
  if (setting.kind === 'actions') {
    if (repositoryIsPublic(env)) {
      throw new ConfigError(
        'pull-cache',
        "is `actions` on a public repository: every workflow of the repository, pull requests from forks included, can restore its cache entries, and the kept export holds the site's files unencrypted (code with its settings files, uploads)",
        'Use `off`, or a folder on a self-hosted runner.',
      );
    }
    if (!cache.available(env)) {
      log.warn(
        'pull-cache: `actions` needs the Actions cache, which only an action step under GitHub Actions can reach; pulling everything. Outside Actions, give a folder instead.',
      );
      return undefined;
    }
  }
  const root = setting.kind === 'folder' ? setting.dir : path.join(env.RUNNER_TEMP ?? deps.tmpRoot, 'sba-pull-cache');
  log.info(
    `pull-cache: ${[...mirrored].join(' and ')} start from the export kept by the last successful backup (${setting.kind === 'folder' ? root : 'Actions cache'})`,
  );
  return new PullCache(cfg, mirrored, root, setting.kind, deps, cache);
}
