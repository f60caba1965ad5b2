import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

// A small zip reader. pos-cli hands us zips (app.zip, modules.zip, the CSV data export) and exits
// 0 even when the download behind them failed, so every zip is read through and each entry's
// CRC-32 checked before it counts. Node has no zip reader and one ~200-line file is cheaper than a
// dependency for three call sites. Stored (0) and deflate (8) entries are supported, and Zip64.

export class ZipError extends Error {
  override name = 'ZipError';
}

export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  isDirectory: boolean;
  isSymlink: boolean;
  encrypted: boolean;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const MAX_COMMENT = 0xffff;

async function readAt(fd: Awaited<ReturnType<typeof open>>, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fd.read(buf, 0, length, position);
  if (bytesRead !== length) throw new ZipError(`unexpected end of file at byte ${position + bytesRead}`);
  return buf;
}

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError('a Zip64 size is too large');
  return Number(v);
}

/** Reads the central directory: every entry's name, sizes, method and CRC. */
export async function listZip(file: string): Promise<ZipEntry[]> {
  const size = (await stat(file)).size;
  if (size < 22) throw new ZipError(`${size} bytes is too short to be a zip file`);
  const fd = await open(file, 'r');
  try {
    const tailLen = Math.min(size, 22 + MAX_COMMENT + 20);
    const tail = await readAt(fd, size - tailLen, tailLen);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIG && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipError('no end-of-central-directory record (the file is truncated or not a zip)');
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc < 0 || tail.readUInt32LE(loc) !== ZIP64_LOCATOR_SIG) throw new ZipError('Zip64 locator missing');
      const z64At = u64(tail, loc + 8);
      const z64 = await readAt(fd, z64At, 56);
      if (z64.readUInt32LE(0) !== ZIP64_EOCD_SIG) throw new ZipError('Zip64 end-of-central-directory record missing');
      count = u64(z64, 32);
      cdSize = u64(z64, 40);
      cdOffset = u64(z64, 48);
    }
    if (cdOffset + cdSize > size) throw new ZipError('the central directory points past the end of the file (truncated download?)');
    const cd = cdSize > 0 ? await readAt(fd, cdOffset, cdSize) : Buffer.alloc(0);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL_SIG) throw new ZipError(`central directory entry ${n + 1} is damaged`);
      const flags = cd.readUInt16LE(p + 8);
      const method = cd.readUInt16LE(p + 10);
      const crc32 = cd.readUInt32LE(p + 16);
      let compressedSize = cd.readUInt32LE(p + 20);
      let uncompressedSize = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const externalAttrs = cd.readUInt32LE(p + 38);
      let localHeaderOffset = cd.readUInt32LE(p + 42);
      const name = cd.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
      const extra = cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      // Zip64 extended information: only the fields that are 0xFFFFFFFF above, in this order.
      for (let e = 0; e + 4 <= extra.length; ) {
        const id = extra.readUInt16LE(e);
        const len = extra.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (uncompressedSize === 0xffffffff) {
            uncompressedSize = u64(extra, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(extra, q);
            q += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(extra, q);
        }
        e += 4 + len;
      }
      const mode = (externalAttrs >>> 16) & 0o170000;
      entries.push({
        name,
        method,
        crc32,
        compressedSize,
        uncompressedSize,
        localHeaderOffset,
        isDirectory: name.endsWith('/'),
        isSymlink: mode === 0o120000,
        encrypted: (flags & 1) === 1,
      });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return entries;
  } finally {
    await fd.close();
  }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 as zip uses it; zlib.crc32 where this Node has it (20.15+), a table otherwise. */
export function crc32(data: Buffer, previous = 0): number {
  const native = (zlib as unknown as { crc32?: (d: Buffer, v?: number) => number }).crc32;
  if (typeof native === 'function') return native(data, previous);
  let c = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

async function entryStream(file: string, fd: Awaited<ReturnType<typeof open>>, entry: ZipEntry): Promise<Readable> {
  if (entry.encrypted) throw new ZipError(`${entry.name}: encrypted entries are not supported`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`${entry.name}: compression method ${entry.method} is not supported (only stored and deflate)`);
  const lh = await readAt(fd, entry.localHeaderOffset, 30);
  if (lh.readUInt32LE(0) !== LOCAL_SIG) throw new ZipError(`${entry.name}: local header missing`);
  const start = entry.localHeaderOffset + 30 + lh.readUInt16LE(26) + lh.readUInt16LE(28);
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(file, { start, end: start + entry.compressedSize - 1 });
  return entry.method === 8 ? raw.pipe(zlib.createInflateRaw()) : raw;
}

/** Counts bytes and CRC of what passes through, and fails at the end when they disagree. */
function checker(entry: ZipEntry): Transform {
  let crc = 0;
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      crc = crc32(chunk, crc);
      bytes += chunk.length;
      cb(null, chunk);
    },
    flush(cb) {
      if (bytes !== entry.uncompressedSize) cb(new ZipError(`${entry.name}: ${bytes} bytes, the directory says ${entry.uncompressedSize}`));
      else if (crc >>> 0 !== entry.crc32 >>> 0) cb(new ZipError(`${entry.name}: CRC-32 mismatch (the file is damaged)`));
      else cb();
    },
  });
}

/** Reads every entry through and checks its CRC-32 and size. */
export async function verifyZip(file: string, signal?: AbortSignal): Promise<{ entries: number; files: number; bytes: number; names: string[] }> {
  const entries = await listZip(file);
  const fd = await open(file, 'r');
  let bytes = 0;
  let files = 0;
  try {
    for (const entry of entries) {
      signal?.throwIfAborted();
      if (entry.isDirectory) continue;
      const src = await entryStream(file, fd, entry);
      // The sink only drains: the checker has counted and hashed every byte on the way.
      await pipeline(src, checker(entry), new Writable({ write: (_c, _e, cb) => cb() }));
      bytes += entry.uncompressedSize;
      files++;
    }
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw new ZipError((e as Error).message);
  } finally {
    await fd.close();
  }
  return { entries: entries.length, files, bytes, names: entries.map((e) => e.name) };
}

/** The entry's path inside `dest`, or an error for names that would land outside it. */
export function safeEntryPath(dest: string, name: string): string {
  const norm = name.replace(/\\/g, '/');
  if (norm.startsWith('/') || /^[a-zA-Z]:/.test(norm)) throw new ZipError(`${name}: absolute paths are refused`);
  const parts = norm.split('/').filter((s) => s !== '' && s !== '.');
  if (parts.some((s) => s === '..')) throw new ZipError(`${name}: ".." segments are refused`);
  if (parts.length === 0) throw new ZipError(`${name}: empty name`);
  const out = path.join(dest, ...parts);
  const rel = path.relative(dest, out);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new ZipError(`${name}: lands outside the target folder`);
  return out;
}

/**
 * Extracts into `dest`, checking every CRC. Every name is checked before anything is written, and
 * symlink entries are refused: a zip from a platform has no business pointing outside its folder.
 */
export async function extractZip(file: string, dest: string, signal?: AbortSignal): Promise<{ files: number; bytes: number }> {
  const entries = await listZip(file);
  for (const e of entries) {
    safeEntryPath(dest, e.name);
    if (e.isSymlink) throw new ZipError(`${e.name}: symbolic links are refused`);
  }
  const fd = await open(file, 'r');
  let files = 0;
  let bytes = 0;
  try {
    for (const entry of entries) {
      signal?.throwIfAborted();
      const out = safeEntryPath(dest, entry.name);
      if (entry.isDirectory) {
        await mkdir(out, { recursive: true });
        continue;
      }
      await mkdir(path.dirname(out), { recursive: true });
      await pipeline(await entryStream(file, fd, entry), checker(entry), createWriteStream(out));
      files++;
      bytes += entry.uncompressedSize;
    }
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw new ZipError((e as Error).message);
  } finally {
    await fd.close();
  }
  return { files, bytes };
}
