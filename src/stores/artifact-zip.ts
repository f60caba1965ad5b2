import { Readable, Transform, pipeline, type TransformCallback } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import zlib from 'node:zlib';

// An artifact is one zip in blob storage. Restoring needs one file at a time, and the manifest is
// read before anything else, so instead of downloading the whole zip per read we read its central
// directory and then only the byte range of the wanted entry (HTTP Range requests). ZIP64 matters:
// an assets archive passes 4 GiB easily.

/** Random access to one remote file. Ranges are [start, end), end exclusive. */
export interface RangeSource {
  size(): Promise<number>;
  stream(start: number, end: number): Promise<Readable>;
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const EOCD_LEN = 22;
const LOCATOR_LEN = 20;
const EOCD64_LEN = 56;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;
const U16_MAX = 0xffff;
// A backup artifact holds a handful of entries; a huge central directory means a wrong file.
const MAX_CENTRAL_DIRECTORY = 64 * 1024 * 1024;

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('a ZIP64 size or offset is out of range');
  return Number(v);
}

async function readBuffer(src: RangeSource, start: number, end: number): Promise<Buffer> {
  if (end <= start) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const c of await src.stream(start, end)) chunks.push(c as Buffer);
  const buf = Buffer.concat(chunks);
  if (buf.length !== end - start) throw new ZipFormatError(`read ${buf.length} bytes where ${end - start} were asked for`);
  return buf;
}

/** Finds the end-of-central-directory record, scanning back over a possible archive comment. */
function findEocd(tail: Buffer): number {
  for (let i = tail.length - EOCD_LEN; i >= 0; i--) {
    // The comment length must reach exactly to the end of the file, which rules out a stray
    // signature inside stored data.
    if (tail.readUInt32LE(i) === SIG_EOCD && i + EOCD_LEN + tail.readUInt16LE(i + 20) === tail.length) return i;
  }
  throw new ZipFormatError('no end-of-central-directory record: not a zip file, or a truncated one');
}

export async function readCentralDirectory(src: RangeSource): Promise<ZipEntry[]> {
  const size = await src.size();
  const tailStart = Math.max(0, size - (EOCD_LEN + MAX_COMMENT + LOCATOR_LEN + EOCD64_LEN));
  const tail = await readBuffer(src, tailStart, size);
  const at = findEocd(tail);
  if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0) throw new ZipFormatError('multi-disk zip files are not supported');
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX) {
    const loc = at - LOCATOR_LEN;
    if (loc < 0 || tail.readUInt32LE(loc) !== SIG_EOCD64_LOCATOR) throw new ZipFormatError('a ZIP64 end-of-central-directory locator is missing');
    const recAt = u64(tail, loc + 8);
    const rec = recAt >= tailStart && recAt + EOCD64_LEN <= size ? tail.subarray(recAt - tailStart, recAt - tailStart + EOCD64_LEN) : await readBuffer(src, recAt, recAt + EOCD64_LEN);
    if (rec.length < EOCD64_LEN || rec.readUInt32LE(0) !== SIG_EOCD64) throw new ZipFormatError('the ZIP64 end-of-central-directory record is missing');
    count = u64(rec, 32);
    cdSize = u64(rec, 40);
    cdOffset = u64(rec, 48);
  }
  if (cdSize > MAX_CENTRAL_DIRECTORY || cdOffset + cdSize > size) throw new ZipFormatError('the central directory lies outside the file');
  const cd = cdOffset >= tailStart ? tail.subarray(cdOffset - tailStart, cdOffset - tailStart + cdSize) : await readBuffer(src, cdOffset, cdOffset + cdSize);
  return parseCentralDirectory(cd, count, size);
}

function parseCentralDirectory(cd: Buffer, count: number, fileSize: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== SIG_CENTRAL) throw new ZipFormatError(`central directory entry ${n + 1} is damaged`);
    const flags = cd.readUInt16LE(p + 8);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const nameBuf = cd.subarray(p + 46, p + 46 + nameLen);
    const e: ZipEntry = {
      // Bit 11 marks UTF-8; our names are ASCII either way, so latin1 is only a fallback.
      name: nameBuf.toString(flags & 0x800 ? 'utf8' : 'latin1'),
      method: cd.readUInt16LE(p + 10),
      crc32: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localHeaderOffset: cd.readUInt32LE(p + 42),
    };
    if (flags & 0x1) throw new ZipFormatError(`${e.name} is encrypted`);
    applyZip64Extra(e, cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
    if (e.localHeaderOffset + e.compressedSize > fileSize) throw new ZipFormatError(`${e.name} lies outside the file`);
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Only the fields saturated in the fixed record are in the ZIP64 extra, in this order. */
function applyZip64Extra(e: ZipEntry, extra: Buffer): void {
  const want = [e.size === U32_MAX, e.compressedSize === U32_MAX, e.localHeaderOffset === U32_MAX];
  if (!want.some(Boolean)) return;
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(q);
    const len = extra.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const next = (): number => {
        if (r + 8 > q + 4 + len) throw new ZipFormatError(`${e.name} has a short ZIP64 extra field`);
        const v = u64(extra, r);
        r += 8;
        return v;
      };
      if (want[0]) e.size = next();
      if (want[1]) e.compressedSize = next();
      if (want[2]) e.localHeaderOffset = next();
      return;
    }
    q += 4 + len;
  }
  throw new ZipFormatError(`${e.name} needs a ZIP64 extra field and has none`);
}

type Crc32 = (data: Uint8Array, value?: number) => number;
// zlib.crc32 arrived in Node 20.15 / 22.2; on older runtimes the sha256 in the manifest still
// guards the archives, and the manifest itself is schema-checked.
const crc32 = (zlib as unknown as { crc32?: Crc32 }).crc32;

/** Passes exactly `size` bytes and fails the stream when the length or the CRC-32 is wrong. */
function verifier(e: ZipEntry): Transform {
  let seen = 0;
  let crc = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      seen += chunk.length;
      if (seen > e.size) return cb(new ZipFormatError(`${e.name} is longer than the zip says`));
      if (crc32) crc = crc32(chunk, crc);
      cb(null, chunk);
    },
    flush(cb: TransformCallback) {
      if (seen !== e.size) return cb(new ZipFormatError(`${e.name} is truncated (${seen} of ${e.size} bytes)`));
      if (crc32 && crc >>> 0 !== e.crc32 >>> 0) return cb(new ZipFormatError(`${e.name} fails its CRC-32 check`));
      cb();
    },
  });
}

/** The entry's content as a stream, read straight from its byte range. */
export async function openEntry(src: RangeSource, e: ZipEntry): Promise<Readable> {
  if (e.method !== 0 && e.method !== 8) throw new ZipFormatError(`${e.name} uses compression method ${e.method}; only stored and deflated entries are supported`);
  const header = await readBuffer(src, e.localHeaderOffset, e.localHeaderOffset + 30);
  if (header.readUInt32LE(0) !== SIG_LOCAL) throw new ZipFormatError(`the local header of ${e.name} is missing`);
  // The local extra field may differ from the central one, so its length is read here.
  const dataStart = e.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const body = e.compressedSize === 0 ? Readable.from([]) : await src.stream(dataStart, dataStart + e.compressedSize);
  const check = verifier(e);
  const onDone = (err?: Error | null): void => void err;
  if (e.method === 8) pipeline(body, zlib.createInflateRaw(), check, onDone);
  else pipeline(body, check, onDone);
  return check;
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
      cb(pos < skip + length ? new ZipFormatError(`blob storage sent ${Math.max(0, pos - skip)} of ${length} bytes`) : null);
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
      if (!res.ok || !Number.isSafeInteger(len) || len < 0) throw new Error(`blob storage answered ${res.status} ${res.statusText} to a size request`);
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
      pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), out, (err) => void err);
      return out;
    },
  };
}
