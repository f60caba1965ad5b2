import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  ArchiveReadError,
  extractArchive,
  judgeEntries,
  safeUnpackFile,
  scanArchive,
  UnsafeArchiveError,
  type EntryInfo,
} from '../src/archive/unpack.js';
import { exists, rawTar, tree, type RawEntry } from './helpers/restore-fixtures.js';
import { tempDir } from './helpers/tmp.js';

const file = (p: string): EntryInfo => ({ path: p, type: 'File' });
const dir = (p: string): EntryInfo => ({ path: p, type: 'Directory' });
const sym = (p: string, linkpath: string): EntryInfo => ({ path: p, type: 'SymbolicLink', linkpath });
const hard = (p: string, linkpath: string): EntryInfo => ({ path: p, type: 'Link', linkpath });

describe('EntryGuard: judging entries as if extracted into an empty folder', () => {
  it('accepts plain files, folders, and links that stay inside', () => {
    expect(
      judgeEntries([
        dir('./'),
        dir('src/'),
        file('src/a.php'),
        file('./index.php'),
        sym('current', 'src'),
        sym('src/b.php', '../index.php'),
        sym('vendor/bin/tool', '../../src/a.php'),
        hard('copy.php', 'src/a.php'),
        sym('dangling', 'not/yet/there'),
      ]),
    ).toEqual([]);
  });

  it.each<[string, EntryInfo[], RegExp]>([
    ['a ../ path', [file('../evil.sh')], /"\.\.\/evil\.sh" has a "\.\." segment/],
    ['a ../ in the middle', [file('a/../../evil')], /has a "\.\." segment/],
    ['an absolute path', [file('/etc/cron.d/evil')], /"\/etc\/cron\.d\/evil" is an absolute path/],
    ['a Windows drive path', [file('C:/Windows/evil')], /absolute path/],
    ['a backslash ..', [file('a\\..\\..\\evil')], /has a "\.\." segment/],
    ['a symlink out by ..', [sym('up', '../outside')], /"up" is a symlink to "\.\.\/outside", which points outside the target/],
    ['a deep symlink out by ..', [sym('a/b/up', '../../../etc/passwd')], /points outside the target/],
    ['an absolute symlink', [sym('pw', '/etc/passwd')], /links to the absolute path "\/etc\/passwd", outside the target/],
    ['a hard link out', [hard('h', '../../etc/shadow')], /hard link to "\.\.\/\.\.\/etc\/shadow"/],
    ['an absolute hard link', [hard('h', '/etc/shadow')], /absolute path/],
    ['a character device', [{ path: 'null', type: 'CharacterDevice' }], /"null" is a CharacterDevice entry/],
    ['a block device', [{ path: 'sda', type: 'BlockDevice' }], /BlockDevice entry/],
    ['a FIFO', [{ path: 'pipe', type: 'FIFO' }], /FIFO entry/],
    ['a file replacing the target folder', [file('./')], /would replace the target folder/],
    // Harmless alone, each: a/b -> .. is the root, but then x -> a/b/.. walks above it.
    [
      'a symlink chain that escapes only when followed',
      [sym('a/b', '..'), sym('x', 'a/b/..')],
      /"x" is a symlink to "a\/b\/\.\.", which points outside/,
    ],
    // The same pair the other way round: x is fine when read, the later link makes it escape.
    [
      'a later link that turns an earlier one outward',
      [sym('x', 'a/b/..'), sym('a/b', '..')],
      /"x" is a symlink to "a\/b\/\.\.", which points outside/,
    ],
    ['a symlink loop', [sym('l1', 'l2'), sym('l2', 'l1'), file('l1/x')], /passes through a symlink that leads outside/],
    // tar never stores a path below a symlink, and nothing is written through one.
    [
      'a file below a symlink that stays inside',
      [dir('src/'), sym('current', 'src'), file('current/c.php')],
      /"current\/c\.php" lies below "current", a symlink of the archive/,
    ],
    [
      'a file below a symlink declared after it',
      [dir('a/'), file('a/x'), sym('a', '.')],
      /"a\/x" lies below "a", a symlink of the archive/,
    ],
    ['a hard link to a later file', [hard('h', 'f'), file('f')], /"h" is a hard link to "f", which is not an earlier file of the archive/],
    ['a file below a file', [file('a'), file('a/b')], /"a\/b" lies below "a", a file of the archive/],
    ['a file below a file that comes later', [dir('a/'), file('a/b'), file('a')], /"a\/b" lies below "a", a file of the archive/],
    ['a hard link to a folder', [dir('d/'), hard('h', 'd')], /which is not an earlier file/],
    ['a hard link to itself', [hard('h', 'h')], /which is not an earlier file/],
    [
      'a hard link below a symlink',
      [dir('src/'), file('src/a'), sym('cur', 'src'), hard('h', 'cur/a')],
      /lies below a symlink of the archive/,
    ],
  ])('refuses %s', (_name, entries, re) => {
    const problems = judgeEntries(entries);
    expect(problems.join('\n')).toMatch(re);
  });

  it('names every unsafe entry, not only the first', () => {
    const problems = judgeEntries([file('ok.txt'), file('../a'), file('/b'), { path: 'c', type: 'FIFO' }]);
    expect(problems).toHaveLength(3);
  });
});

async function scan(entries: RawEntry[]) {
  return scanArchive(Readable.from([rawTar(entries)]), 'code.tar');
}

describe('scanArchive and extraction of hand-made archives', () => {
  it('lists a good archive and counts what it holds', async () => {
    const l = await scan([
      { path: 'src/', type: 'Directory' },
      { path: 'src/a.txt', body: 'hello' },
      { path: 'link', type: 'SymbolicLink', linkpath: 'src/a.txt' },
      { path: 'hard', type: 'Link', linkpath: 'src/a.txt' },
    ]);
    expect(l).toEqual({ entries: 4, files: 1, contentBytes: 5, directories: 1, symlinks: 1, hardlinks: 1 });
  });

  it.each<[string, RawEntry[], RegExp]>([
    [
      '../',
      [
        { path: 'ok.txt', body: 'fine' },
        { path: '../escape.txt', body: 'pwned' },
      ],
      /"\.\.\/escape\.txt" has a "\.\." segment/,
    ],
    [
      'an absolute path',
      [
        { path: 'ok.txt', body: 'fine' },
        { path: '/tmp/sba-absolute-escape.txt', body: 'pwned' },
      ],
      /is an absolute path/,
    ],
    [
      'an escaping symlink',
      [
        { path: 'ok.txt', body: 'fine' },
        { path: 'out', type: 'SymbolicLink', linkpath: '../../..' },
        { path: 'out/x', body: 'pwned' },
      ],
      /"out" is a symlink to "\.\.\/\.\.\/\.\.", which points outside/,
    ],
    [
      'a device entry',
      [
        { path: 'ok.txt', body: 'fine' },
        { path: 'dev/null', type: 'CharacterDevice' },
      ],
      /"dev\/null" is a CharacterDevice entry/,
    ],
  ])('refuses the whole archive with %s, and safeUnpackFile writes nothing', async (_name, entries, re) => {
    await expect(scan(entries)).rejects.toThrow(UnsafeArchiveError);
    await expect(scan(entries)).rejects.toThrow(re);

    const root = await tempDir('sba-unpack-');
    const archive = path.join(root, 'code.tar');
    await writeFile(archive, rawTar(entries));
    const target = path.join(root, 'deep', 'er', 'target');
    await mkdir(target, { recursive: true });
    await expect(safeUnpackFile(archive, 'code.tar', target, { compression: 'none', encryption: 'none', identities: [] })).rejects.toThrow(
      /refused the whole archive, nothing of it was kept/,
    );
    expect(await readdir(target)).toEqual([]); // not even the harmless ok.txt
    expect(await readdir(path.join(root, 'deep', 'er'))).toEqual(['target']);
    expect(await exists('/tmp/sba-absolute-escape.txt')).toBe(false);
  });

  it('the extraction writes nothing after the first unsafe entry, reads on, and names every unsafe entry', async () => {
    const entries: RawEntry[] = [
      { path: 'before.txt', body: 'written' },
      { path: '../first-escape.txt', body: 'pwned' },
      { path: 'after.txt', body: 'not written' },
      { path: 'up', type: 'SymbolicLink', linkpath: '../../outside' },
    ];
    const target = path.join(await tempDir('sba-unpack-'), 'private');
    await mkdir(target);
    const err = await extractArchive(Readable.from([rawTar(entries)]), target, 'code.tar').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnsafeArchiveError);
    expect((err as UnsafeArchiveError).problems).toHaveLength(2);
    expect((err as Error).message).toMatch(/2 unsafe entries/);
    expect((err as Error).message).toMatch(/first-escape\.txt/);
    expect((err as Error).message).toMatch(/"up" is a symlink/);
    // What came before the first unsafe entry is in the private folder (the caller removes it);
    // nothing after it was written.
    expect(await readdir(target)).toEqual(['before.txt']);
  });

  it('refuses a truncated archive and one with a damaged header as unreadable', async () => {
    const good = rawTar([{ path: 'a.txt', body: 'x'.repeat(2000) }]);
    await expect(scanArchive(Readable.from([good.subarray(0, 1024)]), 'data.tar')).rejects.toThrow(ArchiveReadError);
    const bad = Buffer.from(good);
    bad[10] = bad[10]! ^ 0xff; // inside the name field: the header checksum no longer matches
    await expect(scanArchive(Readable.from([bad]), 'data.tar')).rejects.toThrow(/data\.tar: cannot be read as a tar archive/);
  });

  it('extracts a safe archive exactly, links included, without setuid bits', async () => {
    const root = await tempDir('sba-unpack-ok-');
    const target = path.join(root, 't');
    await mkdir(target);
    await extractArchive(
      Readable.from([
        rawTar([
          { path: 'src/', type: 'Directory' },
          { path: 'src/a.txt', body: 'hello' },
          { path: 'suid', body: '#!/bin/sh\n', mode: 0o4755 },
          { path: 'link', type: 'SymbolicLink', linkpath: 'src/a.txt' },
          { path: 'hard', type: 'Link', linkpath: 'src/a.txt' },
        ]),
      ]),
      target,
      'code.tar',
    );
    const t = await tree(target);
    expect(t.link).toBe('link -> src/a.txt');
    expect(await readFile(path.join(target, 'hard'), 'utf8')).toBe('hello');
    expect(t.suid).toMatch(/^file x /);
    const { stat } = await import('node:fs/promises');
    expect((await stat(path.join(target, 'suid'))).mode & 0o7000).toBe(0);
  });
});
