import { readdir } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import type { Compression } from '../model/manifest.js';
import { encryptStream } from './age.js';
import { compressStream } from './compress.js';
import { DigestStream } from './digest.js';

export interface PackOptions {
  compression: Compression;
  /** age recipients; empty means no encryption. */
  recipients: string[];
  /** Called with the stored bytes so far, for progress lines. */
  onBytes?: (stored: number) => void;
  signal?: AbortSignal;
}

export interface PackResult {
  /** Bytes of the stored object (after compression and encryption). */
  bytes: number;
  sha256: string;
  /** Bytes of regular-file content that went into the tar. */
  contentBytes: number;
  files: number;
}

/**
 * Streams `dir` as tar -> compression -> age -> sha256 into `sink`, which uploads it. Nothing is
 * buffered whole and nothing is written to disk here: memory stays flat whatever the size.
 * If either side fails, both are torn down and the first error is thrown.
 */
export async function packDirectory(
  dir: string,
  opts: PackOptions,
  sink: (body: Readable) => Promise<void>,
): Promise<PackResult> {
  const entries = (await readdir(dir)).sort();
  let files = 0;
  let contentBytes = 0;
  const tarStream = tar.c(
    {
      cwd: dir,
      // node-tar reads 16 MiB at a time by default; 1 MiB keeps memory flat at no cost in speed.
      maxReadSize: 1 << 20,
      filter: (_p, stat) => {
        if ('isFile' in stat && stat.isFile()) {
          files++;
          contentBytes += stat.size;
        }
        return true;
      },
      // Not `portable`: that mode rewrites file modes to (mode|0600)&~022, so a read-only
      // settings.php or a group-writable uploads folder would come back different. Instead the
      // fields that describe this machine (owner ids and names, access and change times) are
      // blanked here, and modes and modification times are kept as they are.
      onWriteEntry: (entry) => {
        const st = entry.stat;
        if (!st) return;
        st.uid = 0;
        st.gid = 0;
        st.atime = st.mtime;
        st.ctime = st.mtime;
        entry.myuser = '';
      },
    },
    entries,
  ) as unknown as AsyncIterable<Buffer>;

  // Two segments joined by `plain`, because age consumes a web stream in between.
  const plain = new PassThrough({ highWaterMark: 1 << 20 });
  const compressor = compressStream(opts.compression);
  const opt = opts.signal ? { signal: opts.signal } : {};
  // A buffer in front of the compressor lets tar (main thread) run ahead while zstd works on the
  // thread pool; without it the two take turns (measured 148 vs 398 MB/s on 400 MiB of media).
  const ahead = new PassThrough({ highWaterMark: 1 << 20 });
  const segments: Promise<void>[] = [
    compressor ? pipeline(Readable.from(tarStream), ahead, compressor, plain, opt) : pipeline(Readable.from(tarStream), plain, opt),
  ];
  const stored = opts.recipients.length > 0 ? await encryptStream(plain, opts.recipients) : plain;
  const digest = new DigestStream(opts.onBytes);
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  segments.push(pipeline(stored, digest, out, opt));
  segments.push(sink(out));
  const results = await Promise.allSettled(
    segments.map((p) =>
      p.catch((e: unknown) => {
        // Whichever side died first, stop the others, or tar would wait forever on a full pipe.
        for (const s of [plain, stored, out]) s.destroy(e as Error);
        throw e;
      }),
    ),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return { bytes: digest.bytes, sha256: digest.digest(), contentBytes, files };
}
