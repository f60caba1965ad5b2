import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { Duplex, PassThrough, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { Compression } from '../model/manifest.js';
import type { Piece } from './pool.js';
import { decodeZstd, decodeZstdParts, encodeZstd, encodePieces, type SeekOptions } from './zstd-frames.js';

const ZSTD_LEVEL = 3;

/**
 * Which zstd does the work. `binary`: the `zstd` program, multi-threaded (-T0), found on PATH on
 * Ubuntu runners and most servers; it compressed 1 GiB about twice as fast as Node's zlib, which
 * is single-threaded per stream. `builtin`: Node's zlib (22.15+ and 24; Node 20 has none).
 * SITE_BACKUP_ZSTD=binary|builtin forces one (tests and the bench compare them). Both write
 * standard frames, so which one ran is only logged, never recorded in the manifest.
 */
export type ZstdEngine = 'binary' | 'builtin';

function hasZstdApi(): boolean {
  return typeof (zlib as { createZstdCompress?: unknown }).createZstdCompress === 'function';
}

let onPathCache: { path: string | undefined; found: boolean } | undefined;
function zstdOnPath(): boolean {
  const p = process.env.PATH;
  if (onPathCache && onPathCache.path === p) return onPathCache.found;
  let found = false;
  for (const dir of (p ?? '').split(path.delimiter)) {
    if (!dir) continue;
    try {
      accessSync(path.join(dir, process.platform === 'win32' ? 'zstd.exe' : 'zstd'), constants.X_OK);
      found = true;
      break;
    } catch {
      // not in this folder
    }
  }
  onPathCache = { path: p, found };
  return found;
}

/** The engine that compresses: the binary when on PATH, else zlib, else the binary (which then fails clearly). */
export function compressEngine(): ZstdEngine {
  const forced = process.env.SITE_BACKUP_ZSTD;
  if (forced === 'binary' || forced === 'builtin') return forced;
  return zstdOnPath() || !hasZstdApi() ? 'binary' : 'builtin';
}

/**
 * The engine that decompresses the frames that are not raw: zlib when Node has it (no process to
 * start per frame), else the binary. Raw frames never reach either (see zstd-frames.ts).
 */
export function decompressEngine(): ZstdEngine {
  const forced = process.env.SITE_BACKUP_ZSTD;
  if (forced === 'binary' || forced === 'builtin') return forced;
  return hasZstdApi() ? 'builtin' : 'binary';
}

/**
 * A child process as a duplex stream: stdin in, stdout out; a non-zero exit is a stream error.
 * Writes to a process that already died are dropped rather than failing with EPIPE: its exit
 * code and message (`zstd: error 70 : Write error`) are the error worth reporting.
 */
export function processDuplex(cmd: string, args: string[]): Duplex {
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    if (stderr.length < 4096) stderr += d.toString();
  });
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  child.stdout.pipe(out, { end: false });
  child.stdin.on('error', () => undefined);
  const input = new Writable({
    write(chunk: Buffer, _enc, cb) {
      if (child.stdin.destroyed) return cb();
      child.stdin.write(chunk, () => cb());
    },
    final(cb) {
      if (child.stdin.destroyed) return cb();
      child.stdin.end(() => cb());
    },
  });
  const duplex = Duplex.from({ writable: input, readable: out });
  let stdoutEnded = false;
  let exit: number | null | undefined;
  const finish = () => {
    if (!stdoutEnded || exit === undefined) return;
    if (exit === 0) out.end();
    else out.destroy(new Error(`${cmd} exited with ${exit}: ${stderr.trim() || 'no message'}`));
  };
  child.stdout.on('end', () => {
    stdoutEnded = true;
    finish();
  });
  child.on('close', (code) => {
    exit = code;
    finish();
  });
  child.on('error', (e: NodeJS.ErrnoException) => {
    const msg = e.code === 'ENOENT' ? `${cmd} is not installed; install it, or use compression gzip or none` : e.message;
    duplex.destroy(new Error(msg));
  });
  duplex.on('close', () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  return duplex;
}

/** One zstd stream (one run of compressible content). */
function zstdCompressor(engine: ZstdEngine): Duplex {
  return engine === 'builtin'
    ? zlib.createZstdCompress({ chunkSize: 256 << 10, params: { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } })
    : processDuplex('zstd', ['-q', `-${ZSTD_LEVEL}`, '-T0', '-c']);
}

function zstdDecompressor(engine: ZstdEngine): Duplex {
  return engine === 'builtin' ? zlib.createZstdDecompress({ chunkSize: 256 << 10 }) : processDuplex('zstd', ['-q', '-d', '-c']);
}

/**
 * The compressed form of a byte stream, for the archive pipeline. zstd goes through the framing of
 * zstd-frames.ts directly, with no stream in between; gzip through zlib.
 */
export function compressChunks(c: Compression, source: AsyncIterable<Buffer>, signal?: AbortSignal): AsyncIterable<Buffer> {
  switch (c) {
    case 'none':
      return source;
    case 'gzip': {
      const gz = zlib.createGzip({ level: 6, chunkSize: 1 << 20 });
      pipeline(source, gz, signal ? { signal } : {}).catch((e: unknown) => gz.destroy(e as Error));
      return gz;
    }
    case 'zstd': {
      const engine = compressEngine();
      return encodeZstd(source, () => zstdCompressor(engine), signal);
    }
  }
}

/** zstd of pooled pieces, for the pack pipeline: leases pass through (see encodePieces). */
export function compressPieces(source: AsyncIterable<Piece>, signal?: AbortSignal, seek?: SeekOptions): AsyncIterable<Piece[]> {
  const engine = compressEngine();
  return encodePieces(source, () => zstdCompressor(engine), signal, seek);
}

/** zstd data as an async iterable of batches, decoded without a stream in between (see decodeZstdParts). */
export function decodeZstdChunks(source: AsyncIterable<Buffer>): AsyncIterable<Buffer[]> {
  const engine = decompressEngine();
  return decodeZstdParts(source, () => zstdDecompressor(engine));
}

export function decompressStream(c: Compression): Duplex | undefined {
  switch (c) {
    case 'none':
      return undefined;
    case 'gzip':
      return zlib.createGunzip();
    case 'zstd': {
      const engine = decompressEngine();
      return Duplex.from(async function* (source: AsyncIterable<Buffer>) {
        yield* decodeZstd(source, () => zstdDecompressor(engine));
      });
    }
  }
}
