import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Compression, Encryption } from '../model/manifest.js';
import { decryptStream } from './age.js';
import { decodeZstdChunks, decompressStream } from './compress.js';
import { ExtractError, readTar, TarExtractor, TarFormatError, type TarEntry } from './extract.js';
import { pooledChunks } from './pooled-read.js';

// The reverse of pack.ts: stored object -> age -> decompress -> tar. Two ways through an archive,
// both with the same tar reader (extract.ts), so they see the same entries:
// - the listing pass (verify, the drill's first pass) judges every entry and writes nothing;
// - the extraction (restore) judges each entry before writing it, into a private folder that the
//   caller moves into place only when the checksum matched and the whole archive passed, and
//   removes otherwise: a single bad entry still refuses the whole archive, and the target never
//   sees a byte of it.

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
    super(
      `${object}: refused the whole archive, nothing of it was kept; ${problems.length} unsafe ${problems.length === 1 ? 'entry' : 'entries'}:\n${shown.join('\n')}`,
    );
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
  /** Files, symlinks and hard links accepted so far: what a hard link may point at. */
  private readonly nonDirs = new Set<string>();
  private readonly seen: EntryInfo[] = [];
  readonly problems: string[] = [];

  /** The first file or hard link of the archive among the folders above `parts`, if any. */
  private fileAbove(parts: string[]): string | undefined {
    for (let i = 1; i < parts.length; i++) {
      const key = parts.slice(0, i).join('/');
      if (this.nonDirs.has(key)) return key;
    }
    return undefined;
  }

  /** The first symlink of the archive among the folders above `parts`, if any. */
  private symlinkAbove(parts: string[]): string | undefined {
    for (let i = 1; i < parts.length; i++) {
      const key = parts.slice(0, i).join('/');
      if (this.symlinks.has(key)) return key;
    }
    return undefined;
  }

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

  /**
   * The problem with this entry at this point of the archive, if any. `earlier`: whether the
   * entries before it are known (when added), for the rule that a hard link points back.
   */
  private judge(e: EntryInfo, earlier: boolean): string | undefined {
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
    // Nothing is written through a symlink, even one that stays inside: tar never archives a
    // path below a symlink, and the extraction refuses to follow one.
    const above = this.symlinkAbove(parts);
    if (above !== undefined) return `${JSON.stringify(p)} lies below ${JSON.stringify(above)}, a symlink of the archive`;
    // Nor is a file turned into a folder: the extraction would stop there, half done.
    const fileAbove = this.fileAbove(parts);
    if (fileAbove !== undefined) return `${JSON.stringify(p)} lies below ${JSON.stringify(fileAbove)}, a file of the archive`;
    if (e.type === 'SymbolicLink' || e.type === 'Link') {
      const l = e.linkpath ?? '';
      if (!l) return `${JSON.stringify(p)} is a link without a target`;
      if (l.includes('\0')) return `${JSON.stringify(p)} links to a name holding a NUL byte`;
      if (isAbsoluteLike(l)) return `${JSON.stringify(p)} links to the absolute path ${JSON.stringify(l)}, outside the target`;
      if (e.type === 'Link') {
        // Hard link targets are archive paths, relative to the root, never to the entry.
        if (hasDotDot(l)) return `${JSON.stringify(p)} is a hard link to ${JSON.stringify(l)}, which has a ".." segment`;
        if (this.resolve(segments(l), true) === undefined)
          return `${JSON.stringify(p)} is a hard link to ${JSON.stringify(l)}, which resolves outside the target`;
        const target = segments(l);
        if (this.symlinkAbove(target) !== undefined)
          return `${JSON.stringify(p)} is a hard link to ${JSON.stringify(l)}, which lies below a symlink of the archive`;
        if (earlier && (!this.nonDirs.has(target.join('/')) || target.join('/') === parts.join('/'))) {
          return `${JSON.stringify(p)} is a hard link to ${JSON.stringify(l)}, which is not an earlier file of the archive`;
        }
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
    const problem = this.judge(e, true);
    if (problem) {
      this.problems.push(problem);
      return false;
    }
    const key = segments(e.path).join('/');
    if (e.type === 'SymbolicLink') this.symlinks.set(key, e.linkpath!);
    else this.symlinks.delete(key);
    if (e.type === 'Directory') this.nonDirs.delete(key);
    else this.nonDirs.add(key);
    this.seen.push(e);
    return true;
  }

  /**
   * Judges every entry again against the final set of symlinks: a link declared later can change
   * where an earlier, then harmless, path leads. Returns all problems found, in and after the scan.
   */
  finish(): string[] {
    for (const e of this.seen) {
      const problem = this.judge(e, false);
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
}

/**
 * The plain tar stream of a stored object file as a Node stream: decrypt, then decompress. Wrong
 * identities fail here, at the age header, before a byte of content flows. The passes of a
 * restore read through tarSource, which avoids the stream for unencrypted objects.
 */
export async function openArchive(file: string, object: string, opts: DecodeOptions): Promise<Readable> {
  if (opts.encryption === 'none') await requireDeclaredCompression(file, object, opts.compression);
  let stream: Readable = createReadStream(file, { highWaterMark: 1 << 20 });
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
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  pipeline(stream, decompressor, out, opts.signal ? { signal: opts.signal } : {}).catch((e: unknown) => out.destroy(e as Error));
  return out;
}

/** A tar stream: buffers, or batches of buffers (see readTar). */
export type TarSource = AsyncIterable<Buffer | readonly Buffer[]>;

/**
 * The plain tar bytes of a stored object file. Unencrypted `none` and `zstd` objects are read
 * through reused buffers (pooledChunks), and `tap` sees each chunk of the file as it is read: the
 * sha256 of the listing pass. Encrypted and gzip objects go through Node streams (openArchive),
 * whose buffers are fresh, and `tap` sees nothing: the caller hashes those itself.
 */
export async function tarSource(file: string, object: string, opts: DecodeOptions, tap?: (chunk: Buffer) => void): Promise<TarSource> {
  if (opts.encryption !== 'none' || opts.compression === 'gzip') return openArchive(file, object, opts);
  await requireDeclaredCompression(file, object, opts.compression);
  const raw = pooledChunks(file, tap, opts.signal);
  return opts.compression === 'zstd' ? decodeZstdChunks(raw) : raw;
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
 * "incorrect header check", or a zstd decoder that Node 20 lacks.
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
    throw new ArchiveReadError(
      object,
      `is ${actual === 'none' ? 'not compressed' : `${actual}-compressed`}, but its manifest says compression \`${declared}\`: the manifest misstates the object's compression`,
    );
  }
}

function count(listing: ArchiveListing, entry: TarEntry): void {
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
function countWithin(listing: ArchiveListing, entry: TarEntry, object: string, limits?: ArchiveLimits): void {
  count(listing, entry);
  if (!limits) return;
  if (listing.contentBytes > limits.contentBytes)
    throw new ArchiveLimitError(object, `more than ${limits.contentBytes} bytes of file content`);
  if (listing.files > limits.files) throw new ArchiveLimitError(object, `more than ${limits.files} files`);
}

const info = (e: TarEntry): EntryInfo => ({ path: e.path, type: e.type, ...(e.linkpath !== undefined ? { linkpath: e.linkpath } : {}) });

/**
 * The listing pass: reads a whole tar stream, judging every entry, and throws UnsafeArchiveError
 * naming every unsafe one, ArchiveLimitError past the limits, or ArchiveReadError when the stream
 * is not a complete, valid tar (or cannot be decrypted or decompressed). File content is skipped
 * unseen.
 */
export function scanArchive(source: TarSource, object: string, limits?: ArchiveLimits, signal?: AbortSignal): Promise<ArchiveListing> {
  return readArchive(source, object, undefined, limits, signal);
}

/**
 * The extraction, into `dir` (which should be empty, and private until the caller moves it into
 * place). Each entry is judged (the guard, the limits) before anything of it is written, and the
 * extractor adds the file system's rules (extract.ts: no writing through symlinks, new files only,
 * hard links only back). After the first unsafe entry nothing more is written, but the rest is
 * still read, so UnsafeArchiveError names every unsafe entry, as the listing pass does. On error
 * the caller removes `dir`: it may hold part of the archive.
 */
export function extractArchive(
  source: TarSource,
  dir: string,
  object: string,
  limits?: ArchiveLimits,
  signal?: AbortSignal,
): Promise<ArchiveListing> {
  return readArchive(source, object, new TarExtractor(dir), limits, signal);
}

/** Both of the above: every entry judged and counted, and written by `out` while all are safe. */
async function readArchive(
  source: TarSource,
  object: string,
  out: TarExtractor | undefined,
  limits?: ArchiveLimits,
  signal?: AbortSignal,
): Promise<ArchiveListing> {
  const guard = new EntryGuard();
  const listing = emptyListing();
  let writing = out !== undefined;
  try {
    await readTar(
      source,
      {
        entry: (e) => {
          const safe = guard.add(info(e));
          countWithin(listing, e, object, limits);
          if (!safe && writing) {
            writing = false;
            out!.abort();
          }
          if (!writing) return;
          // Plain permission bits only: a restored file never comes back setuid, setgid or sticky.
          if (e.mode !== undefined) e.mode &= 0o777;
          return out!.entry(e);
        },
        ...(out
          ? {
              content: (parts: Buffer[], length: number) => (writing ? out.content(parts, length) : undefined),
              done: (e: TarEntry) => (writing ? out.done(e) : undefined),
            }
          : {}),
      },
      signal,
    );
    if (writing) out!.finish();
  } catch (e) {
    out?.abort();
    if (
      e instanceof ArchiveLimitError ||
      e instanceof UnsafeArchiveError ||
      e instanceof ArchiveReadError ||
      (signal?.aborted && e === signal.reason)
    )
      throw e;
    const what =
      e instanceof ExtractError
        ? 'refused an entry'
        : out && !(e instanceof TarFormatError)
          ? 'extraction failed'
          : 'cannot be read as a tar archive';
    throw new ArchiveReadError(object, `${what}: ${(e as Error).message}`, { cause: e });
  }
  const problems = guard.finish();
  if (problems.length > 0) throw new UnsafeArchiveError(object, problems);
  return listing;
}

/** The listing pass over a local object file (see tarSource for `tap`). */
export async function listArchiveFile(
  file: string,
  object: string,
  opts: DecodeOptions,
  limits?: ArchiveLimits,
  tap?: (chunk: Buffer) => void,
): Promise<ArchiveListing> {
  return scanArchive(await tarSource(file, object, opts, tap), object, limits, opts.signal);
}

/** The extraction of a local object file (see tarSource for `tap`). */
export async function extractArchiveFile(
  file: string,
  dir: string,
  object: string,
  opts: DecodeOptions,
  limits?: ArchiveLimits,
  tap?: (chunk: Buffer) => void,
): Promise<ArchiveListing> {
  return extractArchive(await tarSource(file, object, opts, tap), dir, object, limits, opts.signal);
}

/** Both passes over one local object file: refuse before writing, then extract into `dir`. */
export async function safeUnpackFile(
  file: string,
  object: string,
  dir: string,
  opts: DecodeOptions,
  limits?: ArchiveLimits,
): Promise<ArchiveListing> {
  const listing = await listArchiveFile(file, object, opts, limits);
  await extractArchiveFile(file, dir, object, opts, limits);
  return listing;
}
