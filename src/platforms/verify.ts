import { createReadStream } from 'node:fs';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { readdirIfExists } from '../util/fs.js';

// Several platform CLIs exit 0 when they failed (siteglide-cli export, pos-cli data export and
// pull, divio downloads that saved an error page). So an export counts only when the files it
// promised exist, are not empty and parse. Every check here throws VerificationError with a
// sentence a person can act on.

export class VerificationError extends Error {
  override name = 'VerificationError';
}

/** "the dump (x.sql.gz)", unless `what` already names the file. */
function label(what: string, file: string): string {
  const base = path.basename(file);
  return what.includes(base) ? what : `${what} (${base})`;
}

/** A regular, non-empty file; returns its size. */
export async function requireFile(file: string, what: string): Promise<number> {
  let st;
  try {
    st = await lstat(file);
  } catch {
    throw new VerificationError(`${label(what, file)} was not written`);
  }
  if (!st.isFile()) throw new VerificationError(`${label(what, file)} is not a regular file`);
  if (st.size === 0) throw new VerificationError(`${label(what, file)} is empty`);
  return st.size;
}

/** A non-empty file that parses as JSON; returns the value. */
export async function requireJson(file: string, what: string): Promise<unknown> {
  await requireFile(file, what);
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new VerificationError(`${label(what, file)} is not valid JSON (${(e as Error).message}); the download was probably cut short`);
  }
}

/** A gzip file that decompresses to the end; returns the uncompressed size and its last bytes. */
export async function requireGzip(file: string, what: string, tailBytes = 4096): Promise<{ bytes: number; tail: Buffer }> {
  await requireFile(file, what);
  let bytes = 0;
  let tail = Buffer.alloc(0);
  try {
    await pipeline(
      createReadStream(file),
      zlib.createGunzip(),
      new Writable({
        write(chunk: Buffer, _e, cb) {
          bytes += chunk.length;
          tail = Buffer.concat([tail, chunk]);
          if (tail.length > tailBytes) tail = tail.subarray(tail.length - tailBytes);
          cb();
        },
      }),
    );
  } catch (e) {
    throw new VerificationError(`${label(what, file)} is not a complete gzip stream (${(e as Error).message})`);
  }
  if (bytes === 0) throw new VerificationError(`${label(what, file)} decompresses to nothing`);
  return { bytes, tail };
}

/** A zip whose every entry reads back with the right CRC; returns the entry names. */
export async function requireZip(
  file: string,
  what: string,
  signal?: AbortSignal,
): Promise<{ files: number; bytes: number; names: string[] }> {
  await requireFile(file, what);
  // The zip reader (yauzl) loads with the platforms that export zips, not with every run's content check.
  const { verifyZip, ZipError } = await import('../archive/zip.js');
  try {
    const r = await verifyZip(file, signal);
    if (r.files === 0) throw new VerificationError(`${label(what, file)} is a zip with no files in it`);
    return r;
  } catch (e) {
    if (e instanceof ZipError) throw new VerificationError(`${label(what, file)} is not a valid zip: ${e.message}`);
    throw e;
  }
}

export interface TreeStats {
  files: number;
  bytes: number;
  /** Relative paths of zero-byte files. */
  empty: string[];
}

/**
 * Calls `onFile` for every regular file under `dir`, in sorted order, without following links
 * (`rel` uses `/`). A missing folder has no files.
 */
export async function walkFiles(dir: string, onFile: (abs: string, rel: string, size: number) => void): Promise<void> {
  const walk = async (d: string, rel: string): Promise<void> => {
    for (const n of ((await readdirIfExists(d)) ?? []).sort()) {
      const abs = path.join(d, n);
      const r = rel ? `${rel}/${n}` : n;
      const st = await lstat(abs);
      if (st.isDirectory()) await walk(abs, r);
      else if (st.isFile()) onFile(abs, r, st.size);
    }
  };
  await walk(dir, '');
}

/** Files, bytes and empty files under a folder. A missing folder counts as empty. */
export async function treeStats(dir: string): Promise<TreeStats> {
  const out: TreeStats = { files: 0, bytes: 0, empty: [] };
  await walkFiles(dir, (_abs, rel, size) => {
    out.files++;
    out.bytes += size;
    if (size === 0) out.empty.push(rel);
  });
  return out;
}

/** A folder with at least one file that has content. */
export async function requireTree(dir: string, what: string): Promise<TreeStats> {
  const s = await treeStats(dir);
  if (s.files === 0 || s.bytes === 0) throw new VerificationError(`${what}: no files were written`);
  return s;
}

/** Markers that a SQL dump ran to its end, as mysqldump/mariadb-dump and pg_dump write them. */
const DUMP_END_MARKERS = [/-- Dump completed/, /-- PostgreSQL database dump complete/];

/**
 * A gzipped SQL dump that decompresses fully and ends with the dump tool's completion line. A
 * remote `mysqldump | gzip` without pipefail yields a valid gzip of half a dump; only the last
 * line tells.
 */
export async function requireSqlGzip(file: string, what: string): Promise<{ bytes: number }> {
  const { bytes, tail } = await requireGzip(file, what);
  const text = tail.toString('utf8');
  if (!DUMP_END_MARKERS.some((re) => re.test(text))) {
    throw new VerificationError(`${label(what, file)} does not end with the dump tool's completion line: the dump was cut short`);
  }
  return { bytes };
}

export interface RecordFiles {
  records: number;
  files: number;
}

/**
 * The JSON data export of siteglide-cli and pos-cli: `{users, transactables, models}`, where each
 * record's `attachments` and `images` list `{url, name}` and `url` is rewritten to the downloaded
 * copy under `tmpDir` (`.tmp/` or `tmp/`). A failed download leaves `url: null` and only a
 * warning, so every referenced file is checked here.
 */
export async function requireRecordExport(jsonFile: string, baseDir: string, tmpDir: string, what: string): Promise<RecordFiles> {
  const data = await requireJson(jsonFile, what);
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new VerificationError(`${what} is not a data export (expected an object with users, transactables and models)`);
  const top = data as Record<string, unknown>;
  const lists = ['users', 'transactables', 'models'].filter((k) => k in top);
  if (lists.length === 0 || lists.some((k) => !Array.isArray(top[k]))) {
    throw new VerificationError(`${what} is not a data export (expected users, transactables and models lists)`);
  }
  const records = lists.reduce((n, k) => n + (top[k] as unknown[]).length, 0);
  const missing: string[] = [];
  const refs: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    for (const [k, child] of Object.entries(v)) {
      if ((k === 'attachments' || k === 'images') && Array.isArray(child)) {
        for (const item of child) {
          if (typeof item !== 'object' || item === null || !('url' in item)) continue;
          const url = (item as { url: unknown; name?: unknown }).url;
          const label = String((item as { name?: unknown }).name ?? '(unnamed)');
          if (typeof url !== 'string' || url === '') missing.push(`${k}: ${label} (its download failed)`);
          else if (!url.startsWith(`${tmpDir}/`)) missing.push(`${k}: ${label} (not downloaded: ${url.slice(0, 80)})`);
          else refs.push(url);
        }
      } else walk(child);
    }
  };
  walk(top);
  for (const ref of refs) {
    const rel = path.normalize(ref);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      missing.push(`${ref} (points outside the export)`);
      continue;
    }
    try {
      await requireFile(path.join(baseDir, rel), ref);
    } catch {
      missing.push(`${ref} (missing or empty)`);
    }
  }
  if (missing.length > 0) {
    const list = missing.slice(0, 5).join('; ') + (missing.length > 5 ? `; and ${missing.length - 5} more` : '');
    throw new VerificationError(`${what}: ${missing.length} record file(s) referenced by the JSON did not download: ${list}`);
  }
  return { records, files: refs.length };
}
