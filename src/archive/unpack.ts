import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import type { Compression, Encryption } from '../model/manifest.js';
import { decryptStream } from './age.js';
import { decodeZstdChunks, decompressStream } from './compress.js';
import { pooledChunks, tarSkeleton } from './tar-skeleton.js';

// The reverse of pack.ts: stored object -> age -> decompress -> tar. Extraction is two passes over
// the same local, already checksummed file: a listing pass that judges every entry, and only when
// the whole archive passed, an extraction pass. A single bad entry refuses the archive before a
// single byte is written, which one streaming pass could not promise.

/** Entry types that become plain files, folders or links. Everything else is refused. */
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const ALLOWED_TYPES = new Set([...FILE_TYPES, 'Directory', 'SymbolicLink', 'Link']);

/** How many problems an error message lists; the count covers the rest. */
const MAX_LISTED_PROBLEMS = 10;
/** Symlink hops before a chain counts as a loop (Linux gives up at 40 too). */
const MAX_HOPS = 40;

export class UnsafeArchiveError extends Error {
  override name = 'UnsafeArchiveError';
  constructor(
    readonly object: string,
    readonly problems: string[],
  ) {
    const shown = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `  - ${p}`);
    if (problems.length > MAX_LISTED_PROBLEMS) shown.push(`  - … and ${problems.length - MAX_LISTED_PROBLEMS} more`);
    super(`${object}: refused the whole archive, nothing was extracted; ${problems.length} unsafe ${problems.length === 1 ? 'entry' : 'entries'}:\n${shown.join('\n')}`);
  }
}

/** The archive could not be read back: wrong identity, damaged stream, not a tar. */
export class ArchiveReadError extends Error {
  override name = 'ArchiveReadError';
  constructor(
    readonly object: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${object}: ${message}`, options);
  }
}

export interface EntryInfo {
  path: string;
  type: string;
  linkpath?: string;
}

export interface ArchiveListing {
  entries: number;
  files: number;
  /** Bytes of regular-file content, comparable with the manifest's contentBytes. */
  contentBytes: number;
  directories: number;
  symlinks: number;
  hardlinks: number;
}

/** Path segments without empty and `.` parts: `./a//b/` -> [a, b]. */
function segments(p: string): string[] {
  return p.split('/').filter((s) => s !== '' && s !== '.');
}

function isAbsoluteLike(p: string): boolean {
  // POSIX roots, Windows drive letters and UNC or backslash roots: an archive may be unpacked by
  // another program on another system (FORMAT.md promises plain tar), so refuse them all.
  return p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:/.test(p);
}

function hasDotDot(p: string): boolean {
  return p.split(/[\\/]/).includes('..');
}

/**
 * Judges tar entries as if they were extracted, in order, into an empty folder. Pure: it never
 * touches the file system, so it can run over a whole archive before anything is written.
 *
 * Links are resolved the way the kernel will: component by component, following every symlink the
 * archive declared (a symlink, once declared, is kept as one, which can only refuse more), with
 * `..` applied to the resolved location, not to the text. Checking text alone misses a symlink
 * that is harmless where it is but turns a later `x/..` into a way out.
 */
export class EntryGuard {
  private readonly symlinks = new Map<string, string>();
  private readonly seen: EntryInfo[] = [];
  readonly problems: string[] = [];

  /** Resolves `parts` from the root; undefined when it leaves the root or loops. */
  private resolve(parts: string[], followLast: boolean): string[] | undefined {
    const stack: string[] = [];
    const queue = [...parts];
    let hops = 0;
    while (queue.length > 0) {
      const c = queue.shift()!;
      if (c === '..') {
        if (stack.length === 0) return undefined;
        stack.pop();
        continue;
      }
      stack.push(c);
      const target = this.symlinks.get(stack.join('/'));
      if (target !== undefined && (queue.length > 0 || followLast)) {
        if (++hops > MAX_HOPS || isAbsoluteLike(target)) return undefined;
        stack.pop();
        queue.unshift(...segments(target));
      }
    }
    return stack;
  }

  /** The problem with this entry at this point of the archive, if any. */
  private judge(e: EntryInfo): string | undefined {
    const p = e.path;
    if (!ALLOWED_TYPES.has(e.type)) {
      return `${JSON.stringify(p)} is a ${e.type} entry; only files, folders and links are restored (devices and FIFOs never are)`;
    }
    if (p.includes('\0')) return `${JSON.stringify(p)} holds a NUL byte`;
    if (isAbsoluteLike(p)) return `${JSON.stringify(p)} is an absolute path`;
    if (hasDotDot(p)) return `${JSON.stringify(p)} has a ".." segment`;
    const parts = segments(p);
    if (parts.length === 0 && e.type !== 'Directory') return `${JSON.stringify(p)} would replace the target folder itself`;
    // A symlink entry replaces whatever its own name is, so only its parents are followed.
    if (parts.length > 0 && this.resolve(parts, e.type !== 'SymbolicLink') === undefined) {
      return `${JSON.stringify(p)} passes through a symlink that leads outside the target`;
    }
    if (e.type === 'SymbolicLink' || e.type === 'Link') {
      const l = e.linkpath ?? '';
      if (!l) return `${JSON.stringify(p)} is a link without a target`;
      if (l.includes('\0')) return `${JSON.stringify(p)} links to a name holding a NUL byte`;
      if (isAbsoluteLike(l)) return `${JSON.stringify(p)} links to the absolute path ${JSON.stringify(l)}, outside the target`;
      if (e.type === 'Link') {
        // Hard link targets are archive paths, relative to the root, never to the entry.
        if (hasDotDot(l)) return `${JSON.stringify(p)} is a hard link to ${JSON.stringify(l)}, which has a ".." segment`;
        if (this.resolve(segments(l), true) === undefined) return `${JSON.stringify(p)} is a hard link to ${JSON.stringify(l)}, which resolves outside the target`;
      } else {
        const from = parts.slice(0, -1);
        if (this.resolve([...from, ...segments(l)], true) === undefined) {
          return `${JSON.stringify(p)} is a symlink to ${JSON.stringify(l)}, which points outside the target`;
        }
      }
    }
    return undefined;
  }

  /** Judges one entry in archive order and remembers it; false when it was refused. */
  add(e: EntryInfo): boolean {
    const problem = this.judge(e);
    if (problem) {
      this.problems.push(problem);
      return false;
    }
    if (e.type === 'SymbolicLink') this.symlinks.set(segments(e.path).join('/'), e.linkpath!);
    this.seen.push(e);
    return true;
  }

  /**
   * Judges every entry again against the final set of symlinks: a link declared later can change
   * where an earlier, then harmless, path leads. Returns all problems found, in and after the scan.
   */
  finish(): string[] {
    for (const e of this.seen) {
      const problem = this.judge(e);
      if (problem && !this.problems.includes(problem)) this.problems.push(problem);
    }
    return this.problems;
  }
}

/** Judges a whole list of entries; the problems, or an empty list when all are safe. */
export function judgeEntries(entries: EntryInfo[]): string[] {
  const g = new EntryGuard();
  for (const e of entries) g.add(e);
  return g.finish();
}

export interface DecodeOptions {
  compression: Compression;
  encryption: Encryption;
  /** age identities (`AGE-SECRET-KEY-1…`); required when encryption is `age`. */
  identities: string[];
  signal?: AbortSignal;
  /**
   * Only the listing pass reads this stream (scanArchive): it may deliver the content of regular
   * files as zeros, which lets it read without allocating. Never for extraction.
   */
  listing?: boolean;
}

/** Read size of the extraction pass (see openArchive). */
const EXTRACT_READ = 128 << 10;

/**
 * The plain tar stream of a stored object file: decrypt, then decompress. Wrong identities fail
 * here, at the age header, before a byte of content flows.
 */
export async function openArchive(file: string, object: string, opts: DecodeOptions): Promise<Readable> {
  if (opts.encryption === 'none') await requireDeclaredCompression(file, object, opts.compression);
  if (opts.listing && opts.encryption === 'none' && opts.compression !== 'gzip') {
    // The listing pass: read through reused buffers, file content blanked (see tar-skeleton.ts).
    const plain = opts.compression === 'zstd' ? decodeZstdChunks(pooledChunks(file)) : pooledChunks(file);
    return Readable.from(tarSkeleton(plain), { objectMode: false, highWaterMark: 1 << 20 });
  }
  // Extraction reads 128 KiB at a time (one zstd block), not 1 MiB: every read is a fresh buffer
  // that node-tar's file writers may hold, so it cannot be reused, and smaller ones are collected
  // sooner. Measured on the 1 GiB bench restore: peak RSS 218 -> 171-177 MiB at the same CPU
  // (64 KiB: 157 MiB, but 0.5 s more CPU).
  let stream: Readable = createReadStream(file, { highWaterMark: EXTRACT_READ });
  if (opts.encryption === 'age') {
    if (opts.identities.length === 0) throw new ArchiveReadError(object, 'is age-encrypted and no identity was given');
    try {
      stream = await decryptStream(stream, opts.identities);
    } catch (e) {
      throw new ArchiveReadError(object, `cannot be decrypted with the given identity: ${(e as Error).message}`, { cause: e });
    }
  }
  const decompressor = decompressStream(opts.compression);
  if (!decompressor) return stream;
  const out = new PassThrough({ highWaterMark: EXTRACT_READ });
  pipeline(stream, decompressor, out, opts.signal ? { signal: opts.signal } : {}).catch((e: unknown) => out.destroy(e as Error));
  return out;
}

/** What the first bytes of an object say its compression is. */
function sniffCompression(head: Buffer): Compression {
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  return 'none';
}

/**
 * An unencrypted object must be compressed as its manifest says. Checked on its first bytes, so a
 * manifest that misstates it gets one clear error on every Node version, instead of a decoder's
 * "incorrect header check", or node-tar guessing the format and needing zstd support that Node 20
 * lacks.
 */
async function requireDeclaredCompression(file: string, object: string, declared: Compression): Promise<void> {
  const fh = await open(file, 'r');
  let head: Buffer;
  try {
    const buf = Buffer.alloc(4);
    const { bytesRead } = await fh.read(buf, 0, 4, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  const actual = sniffCompression(head);
  if (actual !== declared) {
    throw new ArchiveReadError(object, `is ${actual === 'none' ? 'not compressed' : `${actual}-compressed`}, but its manifest says compression \`${declared}\`: the manifest misstates the object's compression`);
  }
}

/** Feeds a Node stream into a tar Parser or Unpack and waits for `done`, or the first error. */
function feed(source: Readable, target: tar.Parser, done: 'end' | 'close'): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      source.destroy();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    source.on('error', fail);
    target.on('error', fail);
    target.on(done, () => {
      if (settled) return;
      settled = true;
      resolve();
    });
    source.pipe(target as unknown as NodeJS.WritableStream);
  });
}

function count(listing: ArchiveListing, entry: tar.ReadEntry): void {
  listing.entries++;
  if (FILE_TYPES.has(entry.type)) {
    listing.files++;
    listing.contentBytes += entry.size;
  } else if (entry.type === 'Directory') listing.directories++;
  else if (entry.type === 'SymbolicLink') listing.symlinks++;
  else if (entry.type === 'Link') listing.hardlinks++;
}

const emptyListing = (): ArchiveListing => ({ entries: 0, files: 0, contentBytes: 0, directories: 0, symlinks: 0, hardlinks: 0 });

/** What the manifest declares: an archive holding more is refused as soon as it shows it. */
export interface ArchiveLimits {
  contentBytes: number;
  files: number;
}

/** The archive holds more than its manifest declared: a bomb, or a manifest that lies. */
export class ArchiveLimitError extends Error {
  override name = 'ArchiveLimitError';
  constructor(object: string, what: string) {
    super(`${object}: holds more than its manifest declares (${what}); refused, and nothing of it was kept`);
  }
}

/** Counts an entry, and throws once the counts pass the limits; tar headers give sizes up front. */
function countWithin(listing: ArchiveListing, entry: tar.ReadEntry, object: string, limits?: ArchiveLimits): void {
  count(listing, entry);
  if (!limits) return;
  if (listing.contentBytes > limits.contentBytes) throw new ArchiveLimitError(object, `more than ${limits.contentBytes} bytes of file content`);
  if (listing.files > limits.files) throw new ArchiveLimitError(object, `more than ${limits.files} files`);
}

/**
 * The listing pass: reads a whole tar stream, judging every entry, and throws UnsafeArchiveError
 * naming every unsafe one, or ArchiveReadError when the stream is not a complete, valid tar.
 */
export async function scanArchive(source: Readable, object: string, limits?: ArchiveLimits): Promise<ArchiveListing> {
  const guard = new EntryGuard();
  const listing = emptyListing();
  // strict: a damaged header or a truncated archive is an error, not a skipped entry.
  const parser = new tar.Parser({
    strict: true,
    onReadEntry: (entry) => {
      guard.add({ path: entry.path, type: entry.type, ...(entry.linkpath !== undefined ? { linkpath: entry.linkpath } : {}) });
      try {
        countWithin(listing, entry, object, limits);
      } catch (e) {
        parser.emit('error', e);
        return;
      }
      entry.resume();
    },
  });
  try {
    await feed(source, parser, 'end');
  } catch (e) {
    if (e instanceof ArchiveLimitError) throw e;
    throw new ArchiveReadError(object, `cannot be read as a tar archive: ${(e as Error).message}`, { cause: e });
  }
  const problems = guard.finish();
  if (problems.length > 0) throw new UnsafeArchiveError(object, problems);
  return listing;
}

/**
 * The extraction pass, into `dir` (which should be empty). It repeats the guard as defence in
 * depth and lets node-tar apply its own checks too (no `..`, no writing through symlinks), with
 * warnings turned into errors. On error the caller removes `dir`: it may hold part of the archive.
 */
export async function extractArchive(source: Readable, dir: string, object: string, limits?: ArchiveLimits): Promise<ArchiveListing> {
  const guard = new EntryGuard();
  const listing = emptyListing();
  let over: ArchiveLimitError | undefined;
  const unpack = new tar.Unpack({
    cwd: dir,
    strict: true,
    preservePaths: false,
    // Never chown to the archive's ids, even when running as root (node-tar's default there).
    preserveOwner: false,
    filter: (_p, entry) => {
      const e = entry as tar.ReadEntry;
      if (!guard.add({ path: e.path, type: e.type, ...(e.linkpath !== undefined ? { linkpath: e.linkpath } : {}) })) return false;
      // Plain permission bits only: a restored file never comes back setuid, setgid or sticky.
      if (e.mode !== undefined) e.mode &= 0o777;
      // Checked before the entry is written: the bound holds on disk, not only in the count.
      try {
        countWithin(listing, e, object, limits);
      } catch (err) {
        over ??= err as ArchiveLimitError;
        unpack.emit('error', over);
        return false;
      }
      return true;
    },
  });
  try {
    await feed(source, unpack as unknown as tar.Parser, 'close');
  } catch (e) {
    if (over) throw over;
    throw new ArchiveReadError(object, `extraction failed: ${(e as Error).message}`, { cause: e });
  }
  const problems = guard.finish();
  if (problems.length > 0) throw new UnsafeArchiveError(object, problems);
  return listing;
}

/** Both passes over one local object file: refuse before writing, then extract into `dir`. */
export async function safeUnpackFile(file: string, object: string, dir: string, opts: DecodeOptions, limits?: ArchiveLimits): Promise<ArchiveListing> {
  const listing = await scanArchive(await openArchive(file, object, { ...opts, listing: true }), object, limits);
  await extractArchive(await openArchive(file, object, opts), dir, object, limits);
  return listing;
}
