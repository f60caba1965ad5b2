import { createReadStream, createWriteStream, type Stats } from 'node:fs';
import { link, lstat, mkdir, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { SITE_RE } from '../model/backup-id.js';
import { MANIFEST_NAME } from '../model/manifest.js';
import { BackupExistsError, groupBackups, isLayoutObject, isRecordName, type BackupRef, type BackupWriter, type RecordName, type RemoveResult, type Store, type StoredBackup } from './store.js';
import { readdirIfExists } from '../util/fs.js';

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
      async commit(manifestJson) {
        const tmp = path.join(dir, `.${MANIFEST_NAME}.partial`);
        await writeFile(tmp, manifestJson);
        // link(2) creates the name only if it does not exist, atomically; rename would replace.
        try {
          await link(tmp, path.join(dir, MANIFEST_NAME));
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new BackupExistsError(pathToFileURL(path.join(dir, MANIFEST_NAME)).href);
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
    const entries: { id: string; name: string; size: number; lastModified: Date }[] = [];
    for (const id of ids) {
      const d = path.join(base, id);
      // A folder or file that disappears between readdir and stat was deleted by a concurrent
      // prune: leaving it out is the truth, not a partial listing. Any other error still throws.
      const st = await statOrGone(d);
      if (!st?.isDirectory()) continue;
      const names = await readdirIfExists(d);
      if (!names) continue;
      if (names.length === 0) {
        // An empty folder from a backup that died before its first object: list it so it is swept.
        entries.push({ id, name: '', size: 0, lastModified: st.mtime });
      }
      for (const name of names) {
        const s = await statOrGone(path.join(d, name));
        if (s) entries.push({ id, name, size: s.size, lastModified: s.mtime });
      }
    }
    return groupBackups(site, environment, entries);
  }

  async listAll(): Promise<StoredBackup[]> {
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

  async read(ref: BackupRef, name: string): Promise<Readable> {
    const p = path.join(this.dir(ref), name);
    await stat(p);
    return createReadStream(p);
  }

  /** Replaces the record atomically (temporary name, then rename), and only in an existing backup folder. */
  async writeRecord(ref: BackupRef, name: RecordName, json: string): Promise<void> {
    const dir = this.dir(ref);
    if (!(await statOrGone(dir))?.isDirectory()) throw new Error(`backup ${ref.id} is not in the store (removed meanwhile?); its ${name} was not written`);
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
      const names = [...b.objects.map((o) => o.name), ...(b.records ?? []).map((r) => r.name)].filter((n) => n && (isLayoutObject(n) || isRecordName(n)));
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

async function statOrGone(p: string): Promise<Stats | undefined> {
  try {
    return await stat(p);
  } catch (e) {
    // Gone only if the name itself is gone; a dangling link is still something we cannot read.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !(await lstat(p).catch(() => undefined))) return undefined;
    throw e;
  }
}
