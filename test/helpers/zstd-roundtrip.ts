// Run by test/zstd-frames.test.ts under the runner's Node 24 (the vitest process may be Node 20,
// which has no zstd in zlib): encodes and decodes mixed content with the engine that
// SITE_BACKUP_ZSTD names, and checks the result with the `zstd` binary too.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { compressChunks, compressEngine, decompressStream } from '../../src/archive/compress.js';

async function collect(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of source) out.push(Buffer.from(c));
  return Buffer.concat(out);
}

const text = Buffer.from('INSERT INTO t VALUES (1, "hello world");\n'.repeat(60_000));
const input = Buffer.concat([randomBytes(2 << 20), text, randomBytes(300_000), text.subarray(0, 7000), randomBytes(1 << 20)]);
const z = await collect(compressChunks('zstd', Readable.from([input])));
const cli = execFileSync('zstd', ['-d', '-c', '-q'], { input: z, maxBuffer: 1 << 30 }).equals(input);
const d = decompressStream('zstd')!;
const back = collect(d);
Readable.from([z.subarray(0, 12345), z.subarray(12345)]).pipe(d);
const ok = (await back).equals(input);
console.log(`${compressEngine()}: zstd -d ${cli ? 'ok' : 'DIFFERS'}, decode ${ok ? 'ok' : 'DIFFERS'}`);
