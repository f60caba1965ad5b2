import { lstat, readdir, readlink, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArchiveListing } from '../../archive/unpack.js';
import type { Manifest, ManifestComponent } from '../../model/manifest.js';
import { parseResticManifest, RESTIC_MANIFEST_NAME, type ResticManifest } from '../../restic/manifest.js';
import type { ResticBackup, ResticStore } from '../../restic/store.js';
import type { Reporter } from '../../report/reporter.js';
import type { StoredBackup } from '../../stores/store.js';
import { formatDuration } from '../../util/duration.js';
import type { BackupReader, MaterialiseOptions, OpenedBackup, ReadResult, StoreCheck } from '../reader.js';

// Format restic: a backup is a snapshot holding one folder per component and /manifest.json.
// restic checks every chunk it reads (each is authenticated with the repository key and
// addressed by its SHA-256), and `restore --verify` reads the restored files back against the
// snapshot, so a damaged repository fails here, in a private folder, before anything changes.

/** The manifest in the snapshot, checked against the snapshot that holds it. */
export async function loadResticManifest(store: ResticStore, b: ResticBackup): Promise<ResticManifest> {
  const where = `${b.id}/${RESTIC_MANIFEST_NAME}`;
  const m = parseResticManifest((await store.manifestBytes(b)).toString('utf8'), where);
  const mismatch = (['id', 'site', 'environment'] as const).filter((k) => m[k] !== b[k]);
  if (mismatch.length)
    throw new Error(
      `${where} describes ${m.site}/${m.environment}/${m.id}, not the snapshot it is in (${b.site}/${b.environment}/${b.id})`,
    );
  return { ...m, snapshot: b.snapshots[0]! };
}

/** The manifest as restore and verify show a format 1 one: folders, with no object digest. */
export function manifestView(m: ResticManifest): Manifest {
  const { backupFormat: _f, snapshot: _s, components, ...rest } = m;
  return {
    ...rest,
    components: components.map((c) => ({
      name: c.name,
      object: `${c.path}/`,
      compression: 'none',
      encryption: 'none',
      bytes: 0,
      sha256: m.snapshot ?? '',
      contentBytes: c.contentBytes,
      files: c.files,
    })),
  };
}

/** Counts what restic restored, and refuses links that point outside their component. */
export async function scanRestored(
  root: string,
  dir = root,
  l: ArchiveListing = { entries: 0, files: 0, contentBytes: 0, directories: 0, symlinks: 0, hardlinks: 0 },
): Promise<ArchiveListing> {
  for (const name of await readdir(dir)) {
    const p = path.join(dir, name);
    const st = await lstat(p);
    l.entries++;
    if (st.isDirectory()) {
      l.directories++;
      await scanRestored(root, p, l);
    } else if (st.isSymbolicLink()) {
      l.symlinks++;
      const target = await readlink(p);
      const resolved = path.resolve(path.dirname(p), target);
      if (path.isAbsolute(target) || (resolved !== root && !resolved.startsWith(root + path.sep))) {
        throw new Error(`${path.relative(root, p)} is a link to ${target}, outside the component: refusing to restore it`);
      }
    } else if (st.isFile()) {
      l.files++;
      l.contentBytes += st.size;
    } else {
      throw new Error(`${path.relative(root, p)} is a device, socket or pipe: refusing to restore it`);
    }
  }
  return l;
}

/**
 * restic's include rules for a component, or for some paths in it: `/<component>` whole, else
 * `/<component>/<glob>` per glob (restic matches `*` within a folder and `**` across folders,
 * as `--path` does).
 */
export function includeRules(folder: string, paths?: string[]): string[] {
  if (!paths?.length) return ['--include', `/${folder}`];
  return paths.flatMap((p) => ['--include', `/${folder}/${p.replace(/^\/+/, '')}`]);
}

async function materialise(
  store: ResticStore,
  b: ResticBackup,
  c: ManifestComponent,
  target: string,
  o: MaterialiseOptions & { paths?: string[] },
): Promise<ReadResult> {
  const folder = c.object.replace(/\/$/, '');
  // restic lays the snapshot's folders out under its target: restore beside `target` (the same
  // file system) and move the component's folder into place.
  const beside = `${target}.restic`;
  const started = Date.now();
  try {
    await store.repo(b.site).ok(['restore', b.snapshots[0]!, '--target', beside, '--verify', ...includeRules(folder, o.paths)], {
      lock: true,
      ...(o.signal ? { signal: o.signal } : {}),
    });
    const durationMs = Date.now() - started;
    const got = path.join(beside, folder);
    // Nothing matched: restic restores no folder at all.
    if (!(await lstat(got).catch(() => undefined))) return { bytes: 0, durationMs, listing: await scanRestored(target) };
    await rmdir(target);
    await rename(got, target);
    try {
      return { bytes: c.contentBytes, durationMs, listing: await scanRestored(target) };
    } catch (e) {
      return { bytes: c.contentBytes, durationMs, listError: new Error(`${c.name}: ${(e as Error).message}`) };
    }
  } finally {
    await rm(beside, { recursive: true, force: true });
  }
}

/** `restic check` over the site's repository, reading back the `restic-read-data-subset` share of its data. */
async function checkRepository(store: ResticStore, site: string, o: { log: Reporter; signal?: AbortSignal }): Promise<StoreCheck> {
  const repo = store.repo(site);
  const subset = store.options.readDataSubset;
  const t = Date.now();
  const r = await repo.run(['check', ...(subset ? [`--read-data-subset=${subset}`] : [])], {
    lock: true,
    ...(o.signal ? { signal: o.signal } : {}),
  });
  const durationMs = Date.now() - t;
  o.log.info(
    `restic check${subset ? ` --read-data-subset=${subset}` : ''} of ${repo.display}: ${r.code === 0 ? 'no errors' : 'ERRORS'} in ${formatDuration(durationMs)}`,
  );
  return { what: 'restic check', durationMs, ...(r.code !== 0 ? { problem: repo.error('restic check', r).message } : {}) };
}

export function resticReader(store: ResticStore): BackupReader {
  return {
    async open(listed: StoredBackup): Promise<OpenedBackup> {
      const b = 'snapshots' in listed ? (listed as ResticBackup) : await store.snapshotOf(listed);
      const m = await loadResticManifest(store, b);
      return {
        format: 'restic',
        backup: b,
        manifest: manifestView(m),
        origin: `restic snapshot ${b.snapshots[0]!.slice(0, 8)}`,
        // One `restic restore` at a time: each already reads the repository in parallel.
        parallel: 1,
        // A snapshot is written whole or not at all: there is nothing to compare before reading.
        early: () => [],
        materialise: (c, target, o) => materialise(store, b, c, target, o),
        // Each chunk is checked by the repository check (checkStore), once for all backups.
        check: (c) => Promise.resolve({ bytes: c.contentBytes, durationMs: 0 }),
      };
    },
    checkStore: (site, o) => checkRepository(store, site, o),
  };
}
