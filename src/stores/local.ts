import { close as fsClose, createReadStream, createWriteStream, open as fsOpen, read as fsRead, type Dirent, type Stats } from 'node:fs';
import { link, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { parseBackupId, SITE_RE } from '../model/backup-id.js';
import { MANIFEST_NAME } from '../model/manifest.js';
import {
  BackupExistsError,
  groupBackups,
  isLayoutObject,
  isRecordName,
  type BackupRef,
  type BackupWriter,
  type ListAllOptions,
  type RecordName,
  type RemoveResult,
  type Store,
  type StoredBackup,
} from './store.js';
import { readdirIfExists, unwritten } from '../util/fs.js';
import { mapLimit } from '../util/limit.js';

/** A folder on this machine (or a mounted volume). The CLI's default store. */
export class LocalStore implements Store {
  readonly kind = 'local' as const;

  constructor(readonly root: string) {}

  private dir(ref: BackupRef): string {
    return path.join(this.root, ref.site, ref.environment, ref.id);
  }

  location(ref: BackupRef): string {
    return pathToFileURL(this.dir(ref)).href + '/';
  }

  objectUri(ref: BackupRef, name: string): string {
    return pathToFileURL(path.join(this.dir(ref), name)).href;
  }

  async createWriter(ref: BackupRef): Promise<BackupWriter> {
    const dir = this.dir(ref);
    await mkdir(path.dirname(dir), { recursive: true });
    // The backup's own folder is created exclusively: a second writer with the same id fails
    // here, before it writes a byte, instead of replacing another backup's objects.
    try {
      await mkdir(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new BackupExistsError(this.location(ref));
      throw e;
    }
    return {
      async put(name, body) {
        // Written under a temporary name so a half-written object never looks finished.
        const tmp = path.join(dir, `.${name}.partial`);
        await pipeline(body, createWriteStream(tmp));
        await rename(tmp, path.join(dir, name));
      },
      async putLent(name, batches) {
        const tmp = path.join(dir, `.${name}.partial`);
        const fh = await open(tmp, 'wx');
        try {
          // Each batch is written before the next is asked for: the buffers are reused after.
          for await (const batch of batches) {
            for (let rest = batch; rest.length > 0;) rest = unwritten(rest, (await fh.writev(rest)).bytesWritten);
          }
        } finally {
          await fh.close();
        }
        await rename(tmp, path.join(dir, name));
      },
      async commit(manifestJson) {
        const tmp = path.join(dir, `.${MANIFEST_NAME}.partial`);
        await writeFile(tmp, manifestJson);
        // link(2) creates the name only if it does not exist, atomically; rename would replace.
        try {
          await link(tmp, path.join(dir, MANIFEST_NAME));
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'EEXIST')
            throw new BackupExistsError(pathToFileURL(path.join(dir, MANIFEST_NAME)).href);
          throw e;
        } finally {
          await rm(tmp, { force: true });
        }
      },
      async abort() {
        await rm(dir, { recursive: true, force: true });
      },
    };
  }

  async list(site: string, environment: string): Promise<StoredBackup[]> {
    const base = path.join(this.root, site, environment);
    const ids = await readdirIfExists(base);
    if (!ids) return [];
    const entries: ListedEntry[] = [];
    for (const id of ids) await statEntries(base, id, entries);
    return groupBackups(site, environment, entries);
  }

  async listAll(options: ListAllOptions = {}): Promise<StoredBackup[]> {
    if (options.sizes === 'incomplete') return this.listAllUnsized();
    const out: StoredBackup[] = [];
    for (const site of (await readdirIfExists(this.root)) ?? []) {
      // Not a site folder: a README beside the sites, a lost+found.
      if (!SITE_RE.test(site) || !(await statOrGone(path.join(this.root, site)))?.isDirectory()) continue;
      for (const environment of (await readdirIfExists(path.join(this.root, site))) ?? []) {
        if ((await statOrGone(path.join(this.root, site, environment)))?.isDirectory()) out.push(...(await this.list(site, environment)));
      }
    }
    return out;
  }

  /**
   * listAll({ sizes: 'incomplete' }): a readdir per folder and no stat per object, several sites
   * at a time. A folder holding manifest.json is a complete backup, listed `unsized` (its
   * manifest has the sizes); any other folder is listed by list(), stats and all, since its
   * objects' sizes and times are all there is to know about it.
   */
  private async listAllUnsized(): Promise<StoredBackup[]> {
    // mapLimit keeps the order: the same as listAll(), whichever site finishes first.
    const sites = (await subfolders(this.root)).filter((s) => SITE_RE.test(s));
    const envs = await mapLimit(sites, LIST_CONCURRENCY, (site) => subfolders(path.join(this.root, site)));
    const pairs = sites.flatMap((site, i) => envs[i]!.map((environment): [string, string] => [site, environment]));
    const out = await mapLimit(pairs, LIST_CONCURRENCY, async ([site, environment]) => {
      const base = path.join(this.root, site, environment);
      const complete: ListedEntry[] = [];
      const rest: ListedEntry[] = [];
      for (const id of await subfolders(base)) {
        const names = await readdirIfExists(path.join(base, id));
        if (!names) continue;
        if (!names.includes(MANIFEST_NAME)) {
          await statEntries(base, id, rest);
          continue;
        }
        // The id's own time stands in for the write time: only incomplete backups are aged by it.
        const at = parseBackupId(id)?.time ?? new Date(0);
        for (const name of names) complete.push({ id, name, size: 0, lastModified: at });
      }
      const unsized = groupBackups(site, environment, complete).map((b): StoredBackup => ({ ...b, unsized: true }));
      return [...unsized, ...groupBackups(site, environment, rest)].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    });
    return out.flat();
  }

  async read(ref: BackupRef, name: string): Promise<Readable> {
    const p = path.join(this.dir(ref), name);
    await stat(p);
    return createReadStream(p);
  }

  async readRange(ref: BackupRef, name: string, start: number, end: number): Promise<Readable> {
    const s = createReadStream(path.join(this.dir(ref), name), { start, end: end - 1, highWaterMark: 512 << 10 });
    await new Promise<void>((resolve, reject) => {
      s.once('open', () => resolve());
      s.once('error', reject);
    });
    return s;
  }

  async readSmall(ref: BackupRef, name: string, limit: number): Promise<Buffer | undefined> {
    // Plain callbacks, no stream: a third of the CPU of read() for a file of a few kB.
    const fd = await new Promise<number>((res, rej) => fsOpen(path.join(this.dir(ref), name), 'r', (e, n) => (e ? rej(e) : res(n))));
    try {
      // No fstat for the size: most such objects fit the first buffer, and one more read says so.
      let buf = Buffer.allocUnsafe(Math.min(limit + 1, 8192));
      let n = 0;
      for (;;) {
        const got = await new Promise<number>((res, rej) => fsRead(fd, buf, n, buf.length - n, null, (e, k) => (e ? rej(e) : res(k))));
        if (got === 0) return buf.subarray(0, n);
        if ((n += got) > limit) return undefined;
        if (n === buf.length) buf = Buffer.concat([buf, Buffer.allocUnsafe(Math.min(buf.length, limit + 1 - n))]);
      }
    } finally {
      await new Promise<void>((res) => fsClose(fd, () => res()));
    }
  }

  /** Replaces the record atomically (temporary name, then rename), and only in an existing backup folder. */
  async writeRecord(ref: BackupRef, name: RecordName, json: string): Promise<void> {
    const dir = this.dir(ref);
    if (!(await statOrGone(dir))?.isDirectory())
      throw new Error(`backup ${ref.id} is not in the store (removed meanwhile?); its ${name} was not written`);
    const tmp = path.join(dir, `.${name}.partial`);
    await writeFile(tmp, json);
    await rename(tmp, path.join(dir, name));
  }

  async remove(backups: StoredBackup[]): Promise<RemoveResult> {
    const result: RemoveResult = { removed: [], errors: [] };
    for (const b of backups) {
      const dir = this.dir(b);
      let ok = true;
      // Manifest first: from that moment the backup is incomplete, never "complete but damaged".
      // Check records last: they go with their backup, and are never left without one.
      const names = [...b.objects.map((o) => o.name), ...(b.records ?? []).map((r) => r.name)].filter(
        (n) => n && (isLayoutObject(n) || isRecordName(n)),
      );
      names.sort((x, y) => (x === MANIFEST_NAME ? -1 : y === MANIFEST_NAME ? 1 : isRecordName(x) ? 1 : isRecordName(y) ? -1 : 0));
      for (const name of names) {
        try {
          await rm(path.join(dir, name), { force: true });
        } catch (e) {
          ok = false;
          result.errors.push({ key: path.join(dir, name), message: (e as Error).message });
        }
      }
      // Our own half-written files (see put) are ours to remove too.
      for (const name of await readdir(dir).catch(() => [] as string[])) {
        const m = /^\.(.+)\.partial$/.exec(name);
        if (m && (isLayoutObject(m[1]!) || isRecordName(m[1]!))) await rm(path.join(dir, name), { force: true });
      }
      // rmdir, not rm -r: a folder holding anything we did not write is left alone.
      await rmdir(dir).catch(() => undefined);
      if (ok) result.removed.push(b.id);
    }
    return result;
  }
}

type ListedEntry = { id: string; name: string; size: number; lastModified: Date };

/** The entries of one backup folder, each stat'ed; nothing when `<base>/<id>` is no folder (any more). */
async function statEntries(base: string, id: string, entries: ListedEntry[]): Promise<void> {
  const d = path.join(base, id);
  // A folder or file that disappears between readdir and stat was deleted by a concurrent
  // prune: leaving it out is the truth, not a partial listing. Any other error still throws.
  const st = await statOrGone(d);
  if (!st?.isDirectory()) return;
  const names = await readdirIfExists(d);
  if (!names) return;
  if (names.length === 0) {
    // An empty folder from a backup that died before its first object: list it so it is swept.
    entries.push({ id, name: '', size: 0, lastModified: st.mtime });
  }
  for (const name of names) {
    const s = await statOrGone(path.join(d, name));
    if (s) entries.push({ id, name, size: s.size, lastModified: s.mtime });
  }
}

/** How many sites listAll({ sizes: 'incomplete' }) reads at once: enough to keep the disk and libuv's threads busy. */
const LIST_CONCURRENCY = 16;

/** Sub-folders of `p` from one readdir (a stat only for a symbolic link); none when `p` does not exist. */
async function subfolders(p: string): Promise<string[]> {
  let found: Dirent[];
  try {
    found = await readdir(p, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: string[] = [];
  for (const d of found)
    if (d.isDirectory() || (d.isSymbolicLink() && (await statOrGone(path.join(p, d.name)))?.isDirectory())) out.push(d.name);
  return out;
}

async function statOrGone(p: string): Promise<Stats | undefined> {
  try {
    return await stat(p);
  } catch (e) {
    // Gone only if the name itself is gone; a dangling link is still something we cannot read.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !(await lstat(p).catch(() => undefined))) return undefined;
    throw e;
  }
}
