import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { parseFlags } from '../src/cli.js';
import { COMMANDS } from '../src/commands/index.js';
import { restoreCommand } from '../src/commands/restore.js';
import { parsePaths, parseRestoreConfig } from '../src/config/restore.js';
import { mapSource } from '../src/config/source.js';
import type { Compression } from '../src/model/manifest.js';
import { testIo } from './helpers/io.js';
import { shq, tree } from './helpers/restore-fixtures.js';
import { startS3Proxy, type S3Proxy } from './helpers/s3-proxy.js';
import { useS3rver } from './helpers/s3rver.js';
import { tempDir } from './helpers/tmp.js';

// `restore --path` on seekable archives (issue 22): every compression and encryption, one file,
// a glob, entries in the first and the last frame, a file larger than a frame, a symlink, a hard
// link and a pax name; the same objects still read whole by `zstd -d | tar -x`; bytes fetched
// over S3 counted by a proxy; tampered indexes and frames refused with nothing written.

const LONG = `${'ü'.repeat(60)}-long name.txt`;
const MiB = 1 << 20;

let root: string;
let site: string;
let identity: string;
let recipient: string;
let keyFile: string;

beforeAll(async () => {
  root = await tempDir('sba-seekable-');
  site = path.join(root, 'site');
  await mkdir(path.join(site, 'd'), { recursive: true });
  await writeFile(path.join(site, 'a-first.txt'), 'the first entry\n');
  await writeFile(path.join(site, 'big.bin'), randomBytes(2 * MiB + 12345));
  for (let i = 1; i <= 40; i++) await writeFile(path.join(site, 'd', `f${String(i).padStart(2, '0')}.txt`), `line ${i}\n`.repeat(i * 400));
  await writeFile(path.join(site, 'd', 'mid.bin'), randomBytes(700_000));
  await symlink('d/f01.txt', path.join(site, 'sl'));
  await link(path.join(site, 'd', 'f02.txt'), path.join(site, 'hl'));
  await writeFile(path.join(site, LONG), 'pax header name\n');
  await writeFile(path.join(site, 'z-last.txt'), 'the last entry\n');
  identity = await generateIdentity();
  recipient = await identityToRecipient(identity);
  keyFile = path.join(root, 'key.txt');
  await writeFile(keyFile, identity + '\n');
});

function backupInputs(name: string, compression: Compression, encrypted: boolean, store: Record<string, string>): Record<string, string> {
  return {
    platform: 'command',
    site: name,
    environment: 'staging',
    compression,
    'assets-command': `cp -a ${shq(site)}/. "$BACKUP_OUT"`,
    ...(encrypted ? { 'encrypt-to': recipient } : {}),
    ...store,
  };
}

async function backup(
  name: string,
  compression: Compression,
  encrypted: boolean,
  store: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
) {
  const rt = path.join(root, `rt-${name}`);
  await mkdir(rt, { recursive: true });
  return backupCommand(testIo(backupInputs(name, compression, encrypted, store), { ...env, RUNNER_TEMP: rt }, root));
}

async function restore(
  name: string,
  paths: string[],
  store: Record<string, string>,
  opts: { encrypted: boolean; dryRun?: boolean; env?: NodeJS.ProcessEnv; dir?: string },
) {
  const dir = opts.dir ?? path.join(root, 'out', `${name}-${randomBytes(3).toString('hex')}`);
  const io = testIo(
    {
      platform: 'command',
      site: name,
      environment: 'staging',
      ...store,
      'restore-dir': dir,
      path: paths.join('\n'),
      ...(opts.encrypted ? { 'decrypt-identity': identity } : {}),
      ...(opts.dryRun ? { 'dry-run': 'true' } : {}),
    },
    { ...opts.env, RUNNER_TEMP: path.join(root, `rt-${name}`) },
    root,
  );
  const r = await restoreCommand(io);
  return { r, dir, io };
}

/** The tree of `site` limited to the given relative paths (and what is below them). */
async function expected(paths: string[]): Promise<Record<string, string>> {
  const all = await tree(site);
  return Object.fromEntries(
    Object.entries(all).filter(([k]) => paths.some((p) => k === p || k.startsWith(`${p}/`) || p.startsWith(`${k}/`))),
  );
}

const PICK = ['a-first.txt', 'd/f1*.txt', 'big.bin', 'sl', 'hl', LONG, 'z-last.txt'];
const PICKED = ['a-first.txt', ...Array.from({ length: 10 }, (_, i) => `d/f1${i}.txt`), 'big.bin', 'sl', 'hl', LONG, 'z-last.txt'];

const CASES: [Compression, boolean][] = [
  ['zstd', false],
  ['zstd', true],
  ['none', false],
  ['none', true],
  ['gzip', false],
  ['gzip', true],
];

describe('restore --path from a folder store', () => {
  const store = () => ({ store: path.join(root, 'store') });

  it.each(CASES)(
    '%s, age=%s: the picked entries match the originals, and the whole object still reads with zstd/tar',
    async (compression, encrypted) => {
      const name = `local-${compression}${encrypted ? '-age' : ''}`;
      const b = await backup(name, compression, encrypted, store());
      const m = b.manifest!.components[0]!;
      expect(Boolean(m.index)).toBe(compression !== 'gzip');

      const { r, dir } = await restore(name, PICK, store(), { encrypted });
      const got = await tree(path.join(dir, 'assets'));
      // Folders come along as parents; compare the entries picked.
      const want = await expected(PICKED);
      for (const [k, v] of Object.entries(want)) if (v !== 'dir') expect(got[k], k).toBe(v);
      expect(
        Object.keys(got)
          .filter((k) => got[k] !== 'dir')
          .sort(),
      ).toEqual(
        Object.keys(want)
          .filter((k) => want[k] !== 'dir')
          .sort(),
      );
      const part = r.partial![0]!;
      expect(part.seekable).toBe(compression !== 'gzip');
      if (part.seekable) expect(part.read).toBeLessThan(m.bytes);

      // One file alone, and a hard link alone (its content comes from the file it links to).
      for (const one of ['d/f05.txt', 'hl']) {
        const single = await restore(name, [one], store(), { encrypted });
        expect(await tree(path.join(single.dir, 'assets'))).toEqual(await expected([one]));
      }

      // The same object, whole, with the standard tools.
      if (compression !== 'gzip') {
        const obj = path.join(root, 'store', name, 'staging', b.id, m.object);
        const whole = path.join(root, 'whole', name);
        await mkdir(whole, { recursive: true });
        const dec = encrypted ? `age -d -i ${shq(keyFile)} ${shq(obj)}` : `cat ${shq(obj)}`;
        execFileSync('bash', ['-c', `set -o pipefail; ${dec} | ${compression === 'zstd' ? 'zstd -dc |' : ''} tar -x -C ${shq(whole)}`]);
        expect(await tree(whole)).toEqual(await tree(site));
      }
    },
  );

  it('a dry run lists the matches and their sizes and writes nothing', async () => {
    const name = 'local-dry';
    await backup(name, 'zstd', false, store());
    const { r, dir, io } = await restore(name, ['d/f0*.txt'], store(), { encrypted: false, dryRun: true });
    expect(r.partial![0]!.entries.map((e) => e.path)).toEqual(Array.from({ length: 9 }, (_, i) => `d/f0${i + 1}.txt`));
    expect(io.lines.join('\n')).toMatch(/9 entries match/);
    expect(io.summaries.join('\n')).toMatch(/Files matching \(dry run\)/);
    await expect(readdir(dir)).rejects.toThrow(/ENOENT/);
  });

  it('a glob that matches nothing is an error naming the input, and nothing is written', async () => {
    const name = 'local-none';
    await backup(name, 'zstd', false, store());
    const dir = path.join(root, 'out', 'none');
    await expect(restore(name, ['nope/*.txt'], store(), { encrypted: false, dir })).rejects.toThrow(
      /Input `path`: no entry of backup .* matches "nope\/\*\.txt"/,
    );
    await expect(readdir(dir)).rejects.toThrow(/ENOENT/);
  });

  it.each([false, true])('a changed index or frame is refused, named, and nothing is written (age=%s)', async (encrypted) => {
    const name = `local-tamper${encrypted ? '-age' : ''}`;
    const b = await backup(name, 'zstd', encrypted, store());
    const m = b.manifest!.components[0]!;
    const folder = path.join(root, 'store', name, 'staging', b.id);
    const flip = async (file: string, at: number) => {
      const bytes = await readFile(path.join(folder, file));
      bytes[at] = bytes[at]! ^ 0x10;
      await writeFile(path.join(folder, file), bytes);
      return () => {
        bytes[at] = bytes[at]! ^ 0x10;
        return writeFile(path.join(folder, file), bytes);
      };
    };
    const undoIndex = await flip(m.index!.object, 20);
    const dir1 = path.join(root, 'out', `${name}-1`);
    await expect(restore(name, ['z-last.txt'], store(), { encrypted, dir: dir1 })).rejects.toThrow(
      new RegExp(`${b.id}/${m.index!.object.replace(/\./g, '\\.')} does not match the manifest`),
    );
    await expect(readdir(dir1)).rejects.toThrow(/ENOENT/);
    await undoIndex();

    // A byte inside big.bin's content: the frame (or, with age, the chunk) that holds it.
    await flip(m.object, 1000 + MiB);
    const dir2 = path.join(root, 'out', `${name}-2`);
    const err = encrypted ? /age chunk \d+ .*failed authentication/ : /frame \d+ does not match the sha256 in its index/;
    await expect(restore(name, ['big.bin'], store(), { encrypted, dir: dir2 })).rejects.toThrow(
      new RegExp(`${b.id}/${m.object.replace(/\./g, '\\.')}: ${err.source}`),
    );
    await expect(readdir(dir2)).rejects.toThrow(/ENOENT/);
  });
});

describe('restore --path over S3 reads only the frames it needs', () => {
  const s3 = useS3rver();
  let proxy: S3Proxy;
  beforeAll(async () => {
    proxy = await startS3Proxy(s3.endpoint);
  });
  afterAll(async () => {
    await proxy?.stop();
  });

  it.each([false, true])('one small file of a 5 MiB-plus archive: bytes fetched counted at the proxy (age=%s)', async (encrypted) => {
    const name = `s3-count${encrypted ? '-age' : ''}`;
    const inputs = { ...s3.inputs('sites'), 's3-endpoint': proxy.endpoint };
    const b = await backup(name, 'zstd', encrypted, inputs, s3.env);
    const m = b.manifest!.components[0]!;
    const before = proxy.requests.length;
    const { r, dir } = await restore(name, ['d/f07.txt'], inputs, { encrypted, env: s3.env });
    expect(await tree(path.join(dir, 'assets'))).toEqual(await expected(['d/f07.txt']));
    const gets = proxy.requests.slice(before).filter((q) => q.op === 'GetObject');
    const fetched = gets.reduce((n, q) => n + (q.responseBytes ?? 0), 0);
    const ofObject = gets.filter((q) => q.path.endsWith(`/${m.object}`));
    // Every read of the archive was ranged, and all of them together are about one frame.
    expect(ofObject.length).toBeGreaterThan(0);
    for (const q of ofObject) expect(q.headers.range).toMatch(/^bytes=\d+-\d+$/);
    const archiveBytes = ofObject.reduce((n, q) => n + (q.responseBytes ?? 0), 0);
    expect(archiveBytes).toBeLessThanOrEqual(2 * MiB);
    expect(r.partial![0]!.read).toBe(archiveBytes + m.index!.bytes);
    expect(fetched).toBeLessThan(m.bytes / 2);
    console.log(
      `s3 --path one file${encrypted ? ' (age)' : ''}: ${archiveBytes} archive bytes + ${m.index!.bytes} index of ${m.bytes} stored`,
    );
  });
});

describe('the path and table inputs', () => {
  it('--path and --table repeat on the CLI and arrive one per line', () => {
    expect(parseFlags(COMMANDS.restore!, ['--site', 'acme', '--path', 'a/*.txt', '--path=b c/d', '--table', 'x'])).toMatchObject({
      site: 'acme',
      path: 'a/*.txt\nb c/d',
      table: 'x',
    });
  });

  it('refuses paths outside a component, naming the input, before anything is read', () => {
    expect(parsePaths('media/*.png\n\n./docs/\n')).toEqual(['media/*.png', 'docs']);
    for (const bad of ['../etc/passwd', '/etc/passwd', 'a/../../b'])
      expect(() => parsePaths(bad)).toThrow(/Input `path`: .* is not a relative path inside a component/);
    expect(() => parseRestoreConfig(mapSource({ site: 'acme', path: 'a', table: 't' }))).toThrow(
      /Input `table`: cannot be combined with `path`/,
    );
  });
});
