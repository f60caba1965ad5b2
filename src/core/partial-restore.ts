import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../model/errors.js';
import type { Component, ManifestComponent } from '../model/manifest.js';
import type { Reporter } from '../report/reporter.js';
import type { BackupPlace, OpenedBackup } from '../formats/index.js';
import { formatBytes } from '../util/bytes.js';
import { makeStaging } from '../util/cleanup.js';
import { formatDuration } from '../util/duration.js';
import { readdirIfExists } from '../util/fs.js';
import { globMatcher } from '../util/glob.js';
import { plural } from '../util/text.js';
import { loadIndex } from './index-object.js';
import { readSelection, selectMembers, type Selection } from './seek-read.js';
import { IntegrityError } from '../formats/archive/fetch.js';

// `restore --path`: a few entries of a backup, written into `restore-dir/<component>/`, never
// into the platform. Components with a member index (seekable archives) are read by range; the
// others (gzip, backups made before indexes) the slow way: the whole object downloaded, checked
// and extracted privately, and the matching entries kept. Either way the target folder appears
// only once everything read was checked.

export interface PartialConfig {
  paths: string[];
  identities: string[];
  dryRun: boolean;
  restoreDir: string;
}

export interface PartialDeps {
  place: BackupPlace;
  log: Reporter;
  tmpRoot: string;
  signal?: AbortSignal;
}

export interface PartialComponent {
  component: Component;
  object: string;
  /** The object's stored size, and what this restore read of it (index included). */
  bytes: number;
  read: number;
  /** Read by range from the index, or whole (no index). */
  seekable: boolean;
  /** Matching entries (for an object without an index, known only after a real run). */
  entries: { path: string; type: string; size: number }[];
  durationMs: number;
  dir?: string;
}

const MAX_LISTED = 200;

/** Each component's matching entries as lines, for the log and a dry run. */
function listLines(c: PartialComponent): string[] {
  const head = `${c.component}: ${c.seekable ? `${plural(c.entries.length, 'entry matches', 'entries match')}` : `no member index (${c.object}): the whole object (${formatBytes(c.bytes)}) is read`}`;
  const rows = c.entries
    .slice(0, MAX_LISTED)
    .map((e) => `  ${e.type === 'file' || e.type === 'link' ? formatBytes(e.size).padStart(10) : e.type.padStart(10)}  ${e.path}`);
  if (c.entries.length > MAX_LISTED) rows.push(`  … and ${c.entries.length - MAX_LISTED} more`);
  return [head, ...rows];
}

async function assertEmpty(dir: string): Promise<void> {
  const names = (await readdirIfExists(dir)) ?? [];
  if (names.length > 0) {
    throw new ConfigError(
      'restore-dir',
      `${dir} already holds ${plural(names.length, 'entry', 'entries')}, and restoring into it would mix two versions`,
      'Remove or move that folder, or point `restore-dir` at an empty or new folder.',
    );
  }
}

/**
 * The slow way, for a component without a member index: read through its format (the whole
 * archive downloaded, checked and extracted privately; restic restores only what `globs` name),
 * then the matching entries kept.
 */
async function wholeObject(
  deps: PartialDeps,
  opened: OpenedBackup,
  c: ManifestComponent,
  match: (p: string) => boolean,
  dest: string,
  o: { identities: string[]; globs: string[] },
): Promise<PartialComponent['entries']> {
  const work = await makeStaging(deps.tmpRoot, `restore-${c.name}`);
  try {
    const tree = path.join(work, 'tree');
    await mkdir(tree, { mode: 0o700 });
    const f = await opened.materialise(c, tree, {
      identities: o.identities,
      log: deps.log,
      tmp: work,
      paths: o.globs,
      ...(deps.signal ? { signal: deps.signal } : {}),
    });
    if (f.problem)
      throw new IntegrityError(
        [{ backup: opened.backup.id, object: c.object, problem: f.problem }],
        `refusing to restore ${opened.backup.id}, nothing was changed`,
      );
    if (f.listError) throw f.listError;
    return await keepMatching(tree, match, dest);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Moves the entries of `tree` that `match` into `dest`, and says what they were. */
async function keepMatching(tree: string, match: (p: string) => boolean, dest: string): Promise<PartialComponent['entries']> {
  const entries: PartialComponent['entries'] = [];
  const walk = async (rel: string): Promise<void> => {
    for (const name of (await readdir(path.join(tree, rel))).sort()) {
      const p = rel ? `${rel}/${name}` : name;
      const st = await lstat(path.join(tree, p));
      if (match(p)) {
        entries.push({
          path: p,
          type: st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'symlink' : 'file',
          size: st.isFile() ? st.size : 0,
        });
        await mkdir(path.dirname(path.join(dest, p)), { recursive: true });
        await rename(path.join(tree, p), path.join(dest, p));
      } else if (st.isDirectory()) await walk(p);
    }
  };
  await walk('');
  return entries;
}

function entriesOf(sel: Selection): PartialComponent['entries'] {
  return sel.matched.map((m) => ({ path: m.path, type: m.type, size: m.size }));
}

/** One component: its index read and checked, its matches listed, and unless a dry run, restored into `dest`. */
export async function oneComponent(
  cfg: PartialConfig,
  deps: PartialDeps,
  opened: OpenedBackup,
  c: ManifestComponent,
  match: (p: string) => boolean,
  dest: string | undefined,
): Promise<PartialComponent> {
  const backup = opened.backup;
  const started = Date.now();
  const out: PartialComponent = {
    component: c.name,
    object: c.object,
    bytes: c.bytes,
    read: 0,
    seekable: Boolean(c.index),
    entries: [],
    durationMs: 0,
  };
  // Only an archive in a byte store has a member index to read by range.
  const store = deps.place.store;
  if (!c.index || !store) {
    if (dest) {
      out.entries = await wholeObject(deps, opened, c, match, dest, { identities: cfg.identities, globs: cfg.paths });
      out.read = c.bytes;
    }
  } else {
    const { index, bytes } = await loadIndex(store, backup, c, cfg.identities);
    out.read += bytes;
    const sel = selectMembers(index, match, `${backup.id}/${c.object}`);
    out.entries = entriesOf(sel);
    if (dest && sel.matched.length > 0) {
      await readSelection(store, backup, c, index, sel, dest, {
        identities: cfg.identities,
        ...(deps.signal ? { signal: deps.signal } : {}),
        onRead: (n) => (out.read += n),
      });
    }
  }
  out.durationMs = Date.now() - started;
  return out;
}

/**
 * Restores the entries matching `cfg.paths` from the chosen components into
 * `restore-dir/<component>/` (each absent or empty), or with `dryRun` lists them.
 */
export async function restorePaths(
  cfg: PartialConfig,
  deps: PartialDeps,
  opened: OpenedBackup,
  chosen: ManifestComponent[],
): Promise<PartialComponent[]> {
  const backup = opened.backup;
  const match = globMatcher(cfg.paths);
  const { log } = deps;
  if (cfg.dryRun) {
    const out: PartialComponent[] = [];
    for (const c of chosen) out.push(await oneComponent(cfg, deps, opened, c, match, undefined));
    for (const c of out) log.info(listLines(c).join('\n'));
    log.info('Dry run: only the manifest and the member indexes were read; nothing was written.');
    return out;
  }
  for (const c of chosen) await assertEmpty(path.join(cfg.restoreDir, c.name));
  // A restore that fails leaves no trace: not even the folder, when it made it.
  const made = await mkdir(cfg.restoreDir, { recursive: true });
  const staged = new Map<Component, string>();
  let ok = false;
  try {
    const out: PartialComponent[] = [];
    for (const c of chosen) {
      const dir = path.join(cfg.restoreDir, `.site-backup-${c.name}-${randomBytes(4).toString('hex')}.partial`);
      await mkdir(dir, { mode: 0o700 });
      staged.set(c.name, dir);
      const r = await oneComponent(cfg, deps, opened, c, match, dir);
      log.info(
        `${listLines(r).join('\n')}\n${c.name}: read ${formatBytes(r.read)} of ${formatBytes(r.bytes)} stored in ${formatDuration(r.durationMs)}`,
      );
      out.push(r);
    }
    if (out.every((r) => r.entries.length === 0)) {
      throw new ConfigError(
        'path',
        `no entry of backup ${backup.id} matches ${cfg.paths.map((p) => JSON.stringify(p)).join(', ')}; nothing was written`,
        'Paths are relative to the component (`media/logo.png`, not `assets/media/logo.png`); `*` matches within a folder, `**` across folders. `--dry-run` lists what matches.',
      );
    }
    // Everything read was checked: only now does anything appear in the target.
    for (const r of out) {
      const dir = staged.get(r.component)!;
      if (r.entries.length === 0) continue;
      const final = path.join(cfg.restoreDir, r.component);
      await rmdir(final).catch(() => undefined);
      await rename(dir, final);
      staged.delete(r.component);
      r.dir = final;
    }
    ok = true;
    return out;
  } finally {
    for (const d of staged.values()) await rm(d, { recursive: true, force: true });
    if (!ok && made !== undefined) await rm(made, { recursive: true, force: true }).catch(() => undefined);
  }
}
