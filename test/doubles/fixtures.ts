import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import zlib from 'node:zlib';
import * as tar from 'tar';
import { listZip, openZipEntry } from '../../src/archive/zip.js';

// What the platform doubles serve and read back: files whose bytes are what their names say
// (the content check of every export reads magic numbers), zips as the platforms pack them, and
// tar.gz as Divio's storage holds media.

export const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 7)]);
export const JPEG = Buffer.concat([Buffer.from('ffd8ffe000104a464946', 'hex'), Buffer.alloc(64, 3), Buffer.from('ffd9', 'hex')]);
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
export const WOFF2 = Buffer.concat([Buffer.from('wOF2'), Buffer.alloc(60, 1)]);
export const AVIF = Buffer.concat([Buffer.from('0000001c6674797061766966', 'hex'), Buffer.alloc(40, 2)]);

/** A stored (uncompressed) zip, as the platforms' backup jobs hand them out. */
export function makeZip(files: Record<string, Buffer | string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const n = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += local.length + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** What arrived as a zip, read with our own zip reader: entry name -> bytes (directories left out). */
export async function zipEntries(buf: Buffer): Promise<Record<string, Buffer>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'double-zip-'));
  try {
    const file = path.join(dir, 'x.zip');
    await writeFile(file, buf);
    const out: Record<string, Buffer> = {};
    for (const e of await listZip(file)) if (!e.isDirectory) out[e.name] = await buffer(await openZipEntry(file, e.name));
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A tar.gz of `files` (path -> bytes), portable (no owner, no mtime noise). */
export async function tarGz(files: Map<string, Buffer>): Promise<Buffer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'double-tar-'));
  try {
    for (const [p, b] of files) {
      await mkdir(path.dirname(path.join(dir, p)), { recursive: true });
      await writeFile(path.join(dir, p), b);
    }
    const chunks: Buffer[] = [];
    const top = [...new Set([...files.keys()].map((p) => p.split('/')[0]!))].sort();
    for await (const c of tar.c({ gzip: true, cwd: dir, portable: true }, top) as AsyncIterable<Buffer>) chunks.push(c);
    return Buffer.concat(chunks);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The files of a tar or tar.gz file: path -> bytes (folders left out). */
export async function tarEntries(file: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  await tar.t({
    file,
    onReadEntry: (e) => {
      if (e.type !== 'File') return e.resume();
      const chunks: Buffer[] = [];
      e.on('data', (c: Buffer) => chunks.push(c));
      e.on('end', () => out.set(e.path.replace(/^\.\//, ''), Buffer.concat(chunks)));
    },
  });
  return out;
}

/** A tar.gz that arrived (an upload), strictly extracted: path -> bytes. */
export async function untarGz(data: Buffer): Promise<Map<string, Buffer>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'double-tar-'));
  try {
    await writeFile(path.join(dir, 'in.tar.gz'), data);
    await mkdir(path.join(dir, 'x'));
    await tar.x({ file: path.join(dir, 'in.tar.gz'), cwd: path.join(dir, 'x'), strict: true });
    const out = new Map<string, Buffer>();
    for (const e of await readdir(path.join(dir, 'x'), { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      const full = path.join(e.parentPath, e.name);
      out.set(path.relative(path.join(dir, 'x'), full).split(path.sep).join('/'), await readFile(full));
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
