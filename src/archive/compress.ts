import { spawn } from 'node:child_process';
import { Duplex, PassThrough } from 'node:stream';
import zlib from 'node:zlib';
import type { Compression } from '../model/manifest.js';

// Node 22.15+ and 24 have zstd in zlib; Node 20 does not, so there we stream through the zstd
// binary that Ubuntu runners and most servers ship. Both produce standard .zst frames.
const ZSTD_LEVEL = 3;

export function hasBuiltinZstd(): boolean {
  return typeof (zlib as { createZstdCompress?: unknown }).createZstdCompress === 'function' && !process.env.SITE_BACKUP_ZSTD_BINARY;
}

/** A child process as a duplex stream: stdin in, stdout out; a non-zero exit is a stream error. */
export function processDuplex(cmd: string, args: string[]): Duplex {
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    if (stderr.length < 4096) stderr += d.toString();
  });
  const out = new PassThrough();
  child.stdout.pipe(out, { end: false });
  const duplex = Duplex.from({ writable: child.stdin, readable: out });
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

export function compressStream(c: Compression): Duplex | undefined {
  switch (c) {
    case 'none':
      return undefined;
    case 'gzip':
      return zlib.createGzip({ level: 6, chunkSize: 1 << 20 });
    case 'zstd':
      return hasBuiltinZstd()
        ? zlib.createZstdCompress({ chunkSize: 1 << 20, params: { [zlib.constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } })
        : processDuplex('zstd', ['-q', `-${ZSTD_LEVEL}`, '-c']);
  }
}

export function decompressStream(c: Compression): Duplex | undefined {
  switch (c) {
    case 'none':
      return undefined;
    case 'gzip':
      return zlib.createGunzip();
    case 'zstd':
      return hasBuiltinZstd() ? zlib.createZstdDecompress() : processDuplex('zstd', ['-q', '-d', '-c']);
  }
}
