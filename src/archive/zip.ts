import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable, Transform, Writable, pipeline as pipeCallback, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import zlib from 'node:zlib';
import * as yauzl from 'yauzl';

// Zips reach us two ways. pos-cli hands us app.zip, modules.zip and the CSV data export, and exits 0
// even when the download behind them failed, so each is read through before it counts. A GitHub
// artifact is one zip in blob storage, and a restore wants one file of it at a time, so it is read
// by HTTP range: the central directory from the tail, then only the wanted entry's bytes.
// yauzl does the parsing (ZIP64 included) and enforces entry sizes, but it does not check CRC-32,
// which is what tells a damaged download from a good one, so every entry is streamed through a
// checker here.

export class ZipError extends Error {
  override name = 'ZipError';
}

/** Random access to one remote file. Ranges are [start, end), end exclusive. */
export interface RangeSource {
  size(): Promise<number>;
  stream(start: number, end: number): Promise<Readable>;
}

/** A zip on local disk (its path) or behind a RangeSource. */
export type ZipSource = string | RangeSource;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  isDirectory: boolean;
  isSymlink: boolean;
  encrypted: boolean;
}

interface Listed {
  entry: ZipEntry;
  raw: yauzl.Entry;
}

/** Every entry's name, sizes, method and CRC, from the central directory. */
export async function listZip(source: ZipSource): Promise<ZipEntry[]> {
  return withZip(source, async (_zip, listed) => listed.map((l) => l.entry));
}

/** One entry's content; the stream fails at its end when the bytes do not match the CRC-32. */
export async function openZipEntry(source: ZipSource, name: string): Promise<Readable> {
  return withZip(source, async (zip, listed) => {
    const found = listed.find((l) => l.entry.name === name);
    if (!found) throw new ZipError(`the zip holds no ${name}`);
    return entryStream(zip, found);
  });
}

/** Reads every entry through, checking its size and CRC-32. */
export async function verifyZip(
  source: ZipSource,
  signal?: AbortSignal,
): Promise<{ entries: number; files: number; bytes: number; names: string[] }> {
  return withZip(source, async (zip, listed) => {
    let files = 0;
    let bytes = 0;
    for (const l of listed) {
      if (l.entry.isDirectory) continue;
      await guarded(signal, async () => pipeline(await entryStream(zip, l), new Writable({ write: (_c, _e, cb) => cb() }), { signal }));
      files++;
      bytes += l.entry.size;
    }
    return { entries: listed.length, files, bytes, names: listed.map((l) => l.entry.name) };
  });
}

/**
 * Extracts into `dest`, checking every CRC. Every name is checked before anything is written, and
 * symlink entries are refused: a zip from a platform has no business pointing outside its folder.
 */
export async function extractZip(source: ZipSource, dest: string, signal?: AbortSignal): Promise<{ files: number; bytes: number }> {
  return withZip(source, async (zip, listed) => {
    const targets = listed.map(({ entry }) => {
      if (entry.isSymlink) throw new ZipError(`refused symbolic link: ${entry.name}`);
      return safeEntryPath(dest, entry.name);
    });
    let files = 0;
    let bytes = 0;
    for (const [i, l] of listed.entries()) {
      const out = targets[i]!;
      await guarded(signal, async () => {
        if (l.entry.isDirectory) {
          await mkdir(out, { recursive: true });
          return;
        }
        await mkdir(path.dirname(out), { recursive: true });
        await pipeline(await entryStream(zip, l), createWriteStream(out), { signal });
        files++;
        bytes += l.entry.size;
      });
    }
    return { files, bytes };
  });
}

function safeEntryPath(dest: string, name: string): string {
  // yauzl's own rules: no absolute or drive paths, no ".." segments, no backslashes (which
  // getFileNameLowLevel has already turned into slashes, so "..\x" is caught as "../x").
  const problem = yauzl.validateFileName(name);
  if (problem) throw new ZipError(`refused ${problem}`);
  const out = path.resolve(dest, name);
  if (out === path.resolve(dest)) throw new ZipError(`refused an entry without a name: "${name}"`);
  return out;
}

/** Runs one step, letting an abort through as itself and making anything else a ZipError. */
async function guarded(signal: AbortSignal | undefined, step: () => Promise<void>): Promise<void> {
  signal?.throwIfAborted();
  try {
    await step();
  } catch (e) {
    if (signal?.aborted) throw signal.reason;
    throw asZipError(e);
  }
}

async function withZip<T>(source: ZipSource, use: (zip: yauzl.ZipFile, listed: Listed[]) => Promise<T>): Promise<T> {
  // decodeStrings off: with it, yauzl fails the whole listing on one unsafe name, and a listing or
  // a verification should still see the zip; extraction refuses such names itself.
  const options: yauzl.Options = { autoClose: false, decodeStrings: false, validateEntrySizes: true };
  let zip: yauzl.ZipFile;
  try {
    if (typeof source === 'string') {
      zip = await yauzl.openPromise(source, options);
    } else {
      const size = await source.size();
      zip = await yauzl.fromRandomAccessReaderPromise(new RangeReader(source, size), size, options);
    }
  } catch (e) {
    throw asZipError(e);
  }
  // Only a failed close of the file can still be emitted once the listing is done, and the data
  // was read by then.
  zip.on('error', () => undefined);
  try {
    const listed: Listed[] = [];
    try {
      for await (const raw of zip.eachEntry()) listed.push({ entry: toEntry(raw), raw });
    } catch (e) {
      throw asZipError(e);
    }
    return await use(zip, listed);
  } finally {
    // Streams already handed out keep the file open until they end.
    zip.close();
  }
}

function toEntry(raw: yauzl.Entry): ZipEntry {
  const name = yauzl.getFileNameLowLevel(raw.generalPurposeBitFlag, raw.fileNameRaw, raw.extraFields, false);
  return {
    name,
    method: raw.compressionMethod,
    crc32: raw.crc32,
    compressedSize: raw.compressedSize,
    size: raw.uncompressedSize,
    localHeaderOffset: raw.relativeOffsetOfLocalHeader,
    isDirectory: name.endsWith('/'),
    isSymlink: ((raw.externalFileAttributes >>> 16) & 0o170000) === 0o120000,
    encrypted: raw.isEncrypted(),
  };
}

function asZipError(e: unknown, name?: string): ZipError {
  if (e instanceof ZipError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new ZipError(name ? `${name}: ${message}` : message, { cause: e });
}

async function entryStream(zip: yauzl.ZipFile, { entry, raw }: Listed): Promise<Readable> {
  if (!raw.canDecodeFileData()) {
    throw new ZipError(
      `${entry.name}: ${entry.encrypted ? 'encrypted' : `compression method ${entry.method}`}, and only unencrypted stored or deflated entries can be read`,
    );
  }
  let body: Readable;
  try {
    body = await zip.openReadStreamPromise(raw);
  } catch (e) {
    throw asZipError(e, entry.name);
  }
  const check = crcChecker(entry);
  // Piped by hand rather than with pipeline(): errors reach the reader wrapped, with the entry's
  // name, and yauzl wants its stream unpiped before it is destroyed.
  body.on('error', (e) => check.destroy(asZipError(e, entry.name)));
  check.on('close', () => {
    if (body.destroyed || body.readableEnded) return;
    body.unpipe(check);
    body.destroy();
  });
  return body.pipe(check);
}

/** yauzl has already enforced the entry's size; this adds the CRC-32 it does not check. */
function crcChecker(entry: ZipEntry): Transform {
  let crc = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      crc = zlib.crc32(chunk, crc);
      cb(null, chunk);
    },
    flush(cb: TransformCallback) {
      cb(crc >>> 0 === entry.crc32 >>> 0 ? null : new ZipError(`${entry.name}: CRC-32 mismatch (the data is damaged)`));
    },
  });
}

/**
 * yauzl's view of a RangeSource. Its first read is the file's tail (the search for the end record),
 * and that is kept: the central directory of a zip with a handful of entries lies inside it, and
 * yauzl reads it in many small pieces that would otherwise be as many HTTP requests.
 */
class RangeReader extends yauzl.RandomAccessReader {
  private tail: { start: number; bytes: Buffer } | undefined;

  constructor(
    private readonly source: RangeSource,
    private readonly total: number,
  ) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const out = new PassThrough();
    this.source.stream(start, end).then(
      (body) => pipeCallback(body, out, () => undefined),
      (e: unknown) => out.destroy(e as Error),
    );
    return out;
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void {
    const tail = this.tail;
    if (tail && position >= tail.start && position + length <= this.total) {
      tail.bytes.copy(buffer, offset, position - tail.start, position - tail.start + length);
      setImmediate(callback, null);
      return;
    }
    super.read(buffer, offset, length, position, (err) => {
      if (!err && position + length === this.total)
        this.tail = { start: position, bytes: Buffer.from(buffer.subarray(offset, offset + length)) };
      callback(err);
    });
  }
}

/** Drops `skip` bytes, passes `length`, and fails when fewer arrive. */
function slice(skip: number, length: number): Transform {
  let pos = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      const from = Math.max(0, skip - pos);
      const to = Math.min(chunk.length, skip + length - pos);
      pos += chunk.length;
      cb(null, from < to ? chunk.subarray(from, to) : undefined);
    },
    flush(cb: TransformCallback) {
      cb(pos < skip + length ? new ZipError(`blob storage sent ${Math.max(0, pos - skip)} of ${length} bytes`) : null);
    },
  });
}

const SMALL_REQUEST_TIMEOUT_MS = 60_000;

/**
 * A RangeSource over a (pre-signed) URL. The URL is a credential: it never appears in errors.
 * Servers that ignore Range get a sliced full download rather than a failure.
 */
export function httpRangeSource(url: string, fetchImpl: typeof fetch = fetch): RangeSource {
  let known: number | undefined;
  return {
    async size() {
      if (known !== undefined) return known;
      const res = await fetchImpl(url, { method: 'HEAD', signal: AbortSignal.timeout(SMALL_REQUEST_TIMEOUT_MS) });
      const len = Number(res.headers.get('content-length'));
      if (!res.ok || !Number.isSafeInteger(len) || len < 0)
        throw new Error(`blob storage answered ${res.status} ${res.statusText} to a size request`);
      return (known = len);
    },
    async stream(start, end) {
      const res = await fetchImpl(url, { headers: { range: `bytes=${start}-${end - 1}` } });
      if (!res.body || (res.status !== 206 && res.status !== 200)) {
        await res.body?.cancel().catch(() => undefined);
        throw new Error(`blob storage answered ${res.status} ${res.statusText} to a range request`);
      }
      let skip = 0;
      if (res.status === 206) {
        const m = /^bytes (\d+)-/.exec(res.headers.get('content-range') ?? '');
        if (!m || Number(m[1]) !== start) {
          await res.body.cancel().catch(() => undefined);
          throw new Error('blob storage answered a range request with a different range');
        }
      } else {
        skip = start;
      }
      const out = slice(skip, end - start);
      pipeCallback(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), out, (err) => void err);
      return out;
    },
  };
}
