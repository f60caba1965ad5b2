import { open } from 'node:fs/promises';

// The listing pass of a restore or verify judges tar headers only: paths, types, link targets
// and sizes. It reads the whole archive (the only way to reach every header), but the content of
// regular files need not reach the tar parser as itself: replaced by zeros of the same length, it
// costs no allocation. With the file read through a few reused buffers, a gigabyte of media is
// listed without a gigabyte of buffers for the garbage collector.

/**
 * Read buffers in rotation; a buffer is reused only after RING - 1 later reads. The zstd decoder
 * holds at most a raw frame (RAW_FRAME_CAP, 2 MiB) and a block of look-ahead: 4 buffers at most.
 */
const RING = 8;
const READ = 1 << 20;
/** Shared zeros, never written to, handed out as slices in place of file content. */
const ZEROS = Buffer.alloc(READ);

/**
 * A local file's bytes through RING reused buffers. Only for consumers that are done with a chunk
 * (or copied what they keep) before asking for RING - 1 more: tarSkeleton and the zstd decoder.
 */
export async function* pooledChunks(file: string): AsyncGenerator<Buffer> {
  const bufs = Array.from({ length: RING }, () => Buffer.allocUnsafe(READ));
  const fh = await open(file, 'r');
  // One read ahead, into the buffer after the one the consumer has: it was handed out RING - 1
  // reads ago, so nothing holds it any more.
  let pos = 0;
  const readInto = (i: number) => fh.read(bufs[i]!, 0, READ, pos);
  let next: ReturnType<typeof readInto> | undefined;
  try {
    next = readInto(0);
    for (let i = 0; ; i = (i + 1) % RING) {
      const { bytesRead } = await next;
      next = undefined;
      if (bytesRead === 0) return;
      pos += bytesRead;
      next = readInto((i + 1) % RING);
      yield bufs[i]!.subarray(0, bytesRead);
    }
  } finally {
    await next?.catch(() => undefined);
    await fh.close();
  }
}

/** A tar numeric field (octal text); undefined for anything else (base-256, garbage). */
function octal(h: Buffer, off: number, len: number): number | undefined {
  const s = h.toString('latin1', off, off + len).replace(/\0.*$/s, '').trim();
  return /^[0-7]+$/.test(s) ? parseInt(s, 8) : s === '' ? 0 : undefined;
}

/** The `size` record of a pax extended header, if it has one; NaN when it is unreadable. */
function paxSize(body: Buffer): number | undefined {
  let size: number | undefined;
  for (const rec of body.toString('utf8').split('\n')) {
    const m = /^\d+ size=(.*)$/.exec(rec);
    if (m) size = /^\d+$/.test(m[1]!) ? Number(m[1]) : NaN;
  }
  return size;
}

const pad = (n: number) => Math.ceil(n / 512) * 512;

/**
 * The tar stream with the content of regular files replaced by zeros: headers, pax and GNU long
 * name records, and the bodies of every other entry type pass unchanged and as copies, so the
 * parser never holds a slice of the (reused) input. Anything it does not fully understand (a
 * global pax header, a base-256 size, an unreadable pax size) makes it pass the rest of the stream
 * through unchanged: the parser then sees the real bytes, and judges them as it always does.
 */
export async function* tarSkeleton(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let header = Buffer.alloc(0);
  /** Bytes of the current body still to come, and whether they are content to blank out. */
  let remain = 0;
  let blank = false;
  /** A pax header's body, collected to find its size record. */
  let meta: Buffer[] | undefined;
  let nextSize: number | undefined;
  let passthrough = false;
  for await (const chunk of source) {
    if (passthrough) {
      yield Buffer.from(chunk);
      continue;
    }
    let off = 0;
    while (off < chunk.length && !passthrough) {
      if (remain > 0) {
        const n = Math.min(remain, chunk.length - off);
        if (blank) {
          for (let k = n; k > 0; k -= READ) yield ZEROS.subarray(0, Math.min(k, READ));
        } else {
          const copy = Buffer.from(chunk.subarray(off, off + n));
          meta?.push(copy);
          yield copy;
        }
        off += n;
        remain -= n;
        if (remain === 0 && meta) {
          const size = paxSize(Buffer.concat(meta));
          meta = undefined;
          if (size !== undefined && Number.isNaN(size)) passthrough = true;
          nextSize = size;
        }
        continue;
      }
      const n = Math.min(512 - header.length, chunk.length - off);
      header = Buffer.concat([header, chunk.subarray(off, off + n)]);
      off += n;
      if (header.length < 512) continue;
      const h = header;
      header = Buffer.alloc(0);
      yield h;
      const type = String.fromCharCode(h[156]!);
      const headerSize = octal(h, 124, 12);
      // After the end-of-archive block, whatever follows goes to the parser as it is.
      const eof = h.every((b) => b === 0);
      // A pax size before another extended header applies to it in node-tar's parser: too odd to follow.
      const oddMeta = nextSize !== undefined && 'xgLK'.includes(type);
      if (eof || oddMeta || headerSize === undefined || type === 'g') {
        passthrough = true;
        break;
      }
      const size = nextSize ?? headerSize;
      nextSize = undefined;
      remain = pad(size);
      blank = type === '0' || type === '\0' || type === '7';
      meta = type === 'x' ? [] : undefined;
      if (meta && remain === 0) meta = undefined;
    }
    // What is left of a chunk when passthrough began goes out unchanged too.
    if (passthrough && off < chunk.length) yield Buffer.from(chunk.subarray(off));
  }
  if (header.length > 0) yield header;
}
