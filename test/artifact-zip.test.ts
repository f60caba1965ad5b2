import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRangeSource, openEntry, readCentralDirectory, type RangeSource } from '../src/stores/artifact-zip.js';

// Made by Info-ZIP, not by us, so the reader is checked against another program's idea of ZIP64:
//   printf: code.tar.zst = bytes 0..255 twice, manifest.json = '{"format":1}\n',
//           data.tar = 'INSERT INTO t VALUES (1);\n' x 40
//   zip -X -fz -0 z.zip code.tar.zst manifest.json && zip -X -fz -9 z.zip data.tar
// -fz saturates the sizes and the central directory offset, so the ZIP64 end record, the locator
// and the per-entry ZIP64 extra fields (shorter in the central directory than locally) are all used.
const INFO_ZIP64 = Buffer.from(
  'UEsDBC0AAAAAAAAAIVx2NWEc//////////8MABQAY29kZS50YXIuenN0AQAQAAACAAAAAAAAAAIAAAAAAAAAAQIDBAUGBwgJCgsM' +
    'DQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZX' +
    'WFlaW1xdXl9gYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoOEhYaHiImKi4yNjo+QkZKTlJWWl5iZmpucnZ6foKGi' +
    'o6SlpqeoqaqrrK2ur7CxsrO0tba3uLm6u7y9vr/AwcLDxMXGx8jJysvMzc7P0NHS09TV1tfY2drb3N3e3+Dh4uPk5ebn6Onq6+zt' +
    '7u/w8fLz9PX29/j5+vv8/f7/AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4' +
    'OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKD' +
    'hIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3O' +
    'z9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/1BLAwQtAAAAAAAAACFcWJB9bf//////////' +
    'DQAUAG1hbmlmZXN0Lmpzb24BABAADQAAAAAAAAANAAAAAAAAAHsiZm9ybWF0IjoxfQpQSwMELQACAAgAAAAhXP0cJor/////////' +
    '/wgAFABkYXRhLnRhcgEAEAAQBAAAAAAAACUAAAAAAAAA8/QLdg0KUfD0C/FXKFEIc/QJdQ1W0DDUtObyHJUZlRmVGWEyAFBLAQIe' +
    'Ay0AAAAAAAAAIVx2NWEcAAIAAP////8MAAwAAAAAAAAAAACkgQAAAABjb2RlLnRhci56c3QBAAgAAAIAAAAAAABQSwECHgMtAAAA' +
    'AAAAACFcWJB9bQ0AAAD/////DQAMAAAAAAAAAAAApIE+AgAAbWFuaWZlc3QuanNvbgEACAANAAAAAAAAAFBLAQIeAy0AAgAIAAAA' +
    'IVz9HCaKJQAAAP////8IAAwAAAAAAAEAAACkgYoCAABkYXRhLnRhcgEACAAQBAAAAAAAAFBLBgYsAAAAAAAAAB4DLQAAAAAAAAAA' +
    'AAMAAAAAAAAAAwAAAAAAAADPAAAAAAAAAOkCAAAAAAAAUEsGBwAAAAC4AwAAAAAAAAEAAABQSwUGAAAAAAMAAwDPAAAA/////wAA',
  'base64',
);
const CODE = Buffer.from([...Array(512).keys()].map((i) => i % 256));
const DATA = Buffer.from('INSERT INTO t VALUES (1);\n'.repeat(40));
const MANIFEST = Buffer.from('{"format":1}\n');

function bufferSource(buf: Buffer): RangeSource & { ranges: [number, number][] } {
  const ranges: [number, number][] = [];
  return {
    ranges,
    size: async () => buf.length,
    stream: async (start, end) => {
      ranges.push([start, end]);
      return Readable.from([buf.subarray(start, end)]);
    },
  };
}

async function collect(r: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of r) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('zip reader', () => {
  it('reads a ZIP64 zip made by Info-ZIP: stored and deflated entries, exact bytes', async () => {
    const src = bufferSource(INFO_ZIP64);
    const entries = await readCentralDirectory(src);
    expect(entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['code.tar.zst', 0, 512],
      ['manifest.json', 0, 13],
      ['data.tar', 8, DATA.length],
    ]);
    const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
    expect(await collect(await openEntry(src, byName['code.tar.zst']!))).toEqual(CODE);
    expect(await collect(await openEntry(src, byName['manifest.json']!))).toEqual(MANIFEST);
    expect(await collect(await openEntry(src, byName['data.tar']!))).toEqual(DATA);
  });

  it('reads only the ranges it needs', async () => {
    const src = bufferSource(INFO_ZIP64);
    const entries = await readCentralDirectory(src);
    src.ranges.length = 0;
    await collect(await openEntry(src, entries.find((e) => e.name === 'manifest.json')!));
    const bytes = src.ranges.reduce((n, [a, b]) => n + b - a, 0);
    // 30 bytes of local header plus the 13 bytes of the file.
    expect(bytes).toBe(30 + 13);
  });

  it('fails the stream when the bytes do not match the CRC-32', async () => {
    const damaged = Buffer.from(INFO_ZIP64);
    const src0 = bufferSource(damaged);
    const code = (await readCentralDirectory(src0)).find((e) => e.name === 'code.tar.zst')!;
    damaged[code.localHeaderOffset + 30 + 12 + 20 + 100]! ^= 0xff;
    await expect(collect(await openEntry(bufferSource(damaged), code))).rejects.toThrow(/CRC-32/);
  });

  it('refuses files that are not zips, or cut short', async () => {
    await expect(readCentralDirectory(bufferSource(Buffer.from('not a zip at all, just some text')))).rejects.toThrow(/end-of-central-directory/);
    await expect(readCentralDirectory(bufferSource(INFO_ZIP64.subarray(0, INFO_ZIP64.length - 5)))).rejects.toThrow(/end-of-central-directory/);
    const cut = Buffer.concat([INFO_ZIP64.subarray(0, 100), INFO_ZIP64.subarray(INFO_ZIP64.length - 400)]);
    await expect(readCentralDirectory(bufferSource(cut))).rejects.toThrow();
  });
});

describe('httpRangeSource', () => {
  let server: Server;
  let url = '';
  let honourRange = true;
  const seen: (string | undefined)[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers.range);
      if (req.method === 'HEAD') {
        res.writeHead(200, { 'content-length': String(INFO_ZIP64.length) });
        return res.end();
      }
      const m = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
      if (honourRange && m) {
        const [a, b] = [Number(m[1]), Number(m[2])];
        res.writeHead(206, { 'content-range': `bytes ${a}-${b}/${INFO_ZIP64.length}`, 'content-length': String(b - a + 1) });
        return res.end(INFO_ZIP64.subarray(a, b + 1));
      }
      res.writeHead(200, { 'content-length': String(INFO_ZIP64.length) });
      res.end(INFO_ZIP64);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/blob.zip?sig=secret`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  for (const honour of [true, false]) {
    it(`returns exact bytes from a server that ${honour ? 'answers 206' : 'ignores Range (200)'}`, async () => {
      honourRange = honour;
      seen.length = 0;
      const src = httpRangeSource(url);
      const entries = await readCentralDirectory(src);
      const data = entries.find((e) => e.name === 'data.tar')!;
      expect(await collect(await openEntry(src, data))).toEqual(DATA);
      expect(seen.filter(Boolean).every((r) => /^bytes=\d+-\d+$/.test(r!))).toBe(true);
    });
  }
});
