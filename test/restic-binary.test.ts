import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, cp, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { atLeast, findRestic, parseResticVersion, PINNED_VERSION, type ResticRelease } from '../src/restic/binary.js';
import type { CacheBackend } from '../src/util/tool.js';
import { testIo } from './helpers/io.js';
import { describeWithTools } from './helpers/requires.js';
import { tempDir } from './helpers/tmp.js';

// Finding restic: PATH first (with the minimum version checked), then the pinned release in the
// tool folder, the Actions cache, or a download whose SHA-256 must match the published one. A
// copy in the tool folder or the cache runs only while it is what the verified download unpacks to.

async function fakeRestic(dir: string, version: string, extra = ''): Promise<string> {
  await mkdir(dir, { recursive: true });
  const bin = path.join(dir, 'restic');
  await writeFile(bin, `#!/bin/sh\n${extra}echo "restic ${version} compiled with go1.22 on linux/amd64"\n`);
  await chmod(bin, 0o755);
  return bin;
}

const arch = `${process.platform === 'darwin' ? 'darwin' : 'linux'}_${process.arch === 'arm64' ? 'arm64' : 'amd64'}`;
const none: CacheBackend = { available: () => false, restore: async () => undefined, save: async () => undefined };

/** A release of our own: a stand-in restic, bzip2'd, with its published SHA-256. */
async function fakeRelease(dir: string): Promise<{ release: ResticRelease; packed: Buffer; folder: string }> {
  const folder = path.join(dir, 'release');
  await fakeRestic(folder, PINNED_VERSION);
  const r = spawnSync('bzip2', ['-k', path.join(folder, 'restic')]);
  expect(r.status).toBe(0);
  const packed = readFileSync(path.join(folder, 'restic.bz2'));
  return { release: { version: PINNED_VERSION, sha256: { [arch]: createHash('sha256').update(packed).digest('hex') } }, packed, folder };
}

/** A PATH with bunzip2 and no restic (the machine's may have one in the same folder as bunzip2). */
async function bunzipOnly(dir: string): Promise<string> {
  const bin = path.join(dir, 'path-bin');
  await mkdir(bin, { recursive: true });
  const real = spawnSync('sh', ['-c', 'command -v bunzip2'], { encoding: 'utf8' }).stdout.trim();
  await symlink(real, path.join(bin, 'bunzip2'));
  return bin;
}

/** Serves `body` for the one release URL, counting requests. */
function serving(body: Buffer): { fetchImpl: typeof fetch; urls: string[] } {
  const urls: string[] = [];
  const fetchImpl = (async (url: string) => {
    urls.push(url);
    return new Response(new Uint8Array(body));
  }) as unknown as typeof fetch;
  return { fetchImpl, urls };
}

describe('restic binary', () => {
  it('reads versions and compares them', () => {
    expect(parseResticVersion('restic 0.14.0 compiled with go1.19.8 on linux/amd64')).toEqual([0, 14, 0]);
    expect(parseResticVersion('rustic 1.0')).toBeUndefined();
    expect(atLeast([0, 14, 0], [0, 14, 0])).toBe(true);
    expect(atLeast([0, 9, 6], [0, 14, 0])).toBe(false);
    expect(atLeast([1, 0, 0], [0, 14, 0])).toBe(true);
  });

  it('uses restic from PATH, and refuses one older than 0.14 with a clear error', async () => {
    const dir = await tempDir();
    await fakeRestic(path.join(dir, 'new'), '0.16.4');
    const found = await findRestic({ env: { PATH: path.join(dir, 'new') }, log: testIo({}).log, toolRoot: dir });
    expect(found).toMatchObject({ source: 'path', version: [0, 16, 4] });
    await fakeRestic(path.join(dir, 'old'), '0.13.1');
    await expect(findRestic({ env: { PATH: path.join(dir, 'old') }, log: testIo({}).log, toolRoot: dir })).rejects.toThrow(
      /restic 0\.13\.1 at .* is too old: format restic needs 0\.14\.0 or later/,
    );
  });

  it('keeps the version of a restic on PATH in the tool folder: a later run starts no restic to ask, a replaced one is asked', async () => {
    const dir = await tempDir();
    const asked = path.join(dir, 'asked');
    const note = `echo asked >> '${asked}'\n`;
    // Each run is a new process: the module (and its in-process memory of versions) is loaded afresh.
    const run = async () => {
      vi.resetModules();
      const { findRestic: find } = await import('../src/restic/binary.js');
      return find({ env: { PATH: path.join(dir, 'bin') }, log: testIo({}).log, toolRoot: path.join(dir, 'tools') });
    };
    const times = () => readFileSync(asked, 'utf8').split('\n').filter(Boolean).length;
    await fakeRestic(path.join(dir, 'bin'), '0.16.4', note);
    expect(await run()).toMatchObject({ source: 'path', version: [0, 16, 4] });
    expect(await run()).toMatchObject({ source: 'path', version: [0, 16, 4] });
    expect(times()).toBe(1);
    await fakeRestic(path.join(dir, 'bin'), '0.17.10', note);
    expect(await run()).toMatchObject({ source: 'path', version: [0, 17, 10] });
    expect(times()).toBe(2);
    // One too old is never kept: it is refused on every run.
    await fakeRestic(path.join(dir, 'bin'), '0.13.1', note);
    await expect(run()).rejects.toThrow(/too old/);
    await expect(run()).rejects.toThrow(/too old/);
    expect(times()).toBe(4);
  });

  it('refuses a download whose SHA-256 is not the one the release publishes', async () => {
    const dir = await tempDir();
    const { fetchImpl, urls } = serving(Buffer.from('not restic'));
    await expect(findRestic({ env: { PATH: '' }, log: testIo({}).log, toolRoot: dir, cache: none, fetchImpl })).rejects.toThrow(
      /has sha256 [0-9a-f]{64}, but its release publishes [0-9a-f]{64}: refusing to run it/,
    );
    expect(urls).toEqual([`https://github.com/restic/restic/releases/download/v${PINNED_VERSION}/restic_${PINNED_VERSION}_${arch}.bz2`]);
    expect(existsSync(path.join(dir, 'site-backup', 'restic', PINNED_VERSION, arch))).toBe(false);
  });
});

describeWithTools(
  'restic from the tool folder and the Actions cache',
  ['bzip2', 'bunzip2'].filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0),
  () => {
    it('installs the verified download, then uses that copy from the tool folder, and restores it from the Actions cache', async () => {
      const dir = await tempDir();
      const { release, packed } = await fakeRelease(dir);
      const env = { PATH: await bunzipOnly(dir) };
      const { fetchImpl, urls } = serving(packed);
      const installed = await findRestic({ env, log: testIo({}).log, toolRoot: path.join(dir, 'tools'), cache: none, fetchImpl, release });
      const pinnedDir = path.join(dir, 'tools', 'site-backup', 'restic', PINNED_VERSION, arch);
      expect(installed).toMatchObject({ source: 'installed', bin: path.join(pinnedDir, 'restic') });
      const again = await findRestic({ env, log: testIo({}).log, toolRoot: path.join(dir, 'tools'), cache: none, fetchImpl, release });
      expect(again.source).toBe('tool-dir');
      expect(urls.length).toBe(1);

      const keys: string[] = [];
      const cache: CacheBackend = {
        available: () => true,
        restore: async (paths, key) => {
          keys.push(key);
          await cp(pinnedDir, paths[0]!, { recursive: true });
          return key;
        },
        save: async () => undefined,
      };
      const fromCache = await findRestic({ env, log: testIo({}).log, toolRoot: path.join(dir, 'empty'), cache, fetchImpl, release });
      expect(fromCache.source).toBe('cache');
      expect(keys).toEqual([`site-backup-restic-v2-${PINNED_VERSION}-${arch}`]);
      expect(urls.length).toBe(1);
    });

    it('a restic swapped in the tool folder is never run: it is installed again from the verified download', async () => {
      const dir = await tempDir();
      const { release, packed, folder } = await fakeRelease(dir);
      const env = { PATH: await bunzipOnly(dir) };
      const pinnedDir = path.join(dir, 'tools', 'site-backup', 'restic', PINNED_VERSION, arch);
      await cp(folder, pinnedDir, { recursive: true });
      const marker = path.join(dir, 'tampered-ran');
      // Same version output, same verified download beside it: only the hash tells.
      await fakeRestic(pinnedDir, PINNED_VERSION, `echo ran > '${marker}'\n`);
      const { fetchImpl, urls } = serving(packed);
      const io = testIo({});
      const found = await findRestic({ env, log: io.log, toolRoot: path.join(dir, 'tools'), cache: none, fetchImpl, release });
      expect(found.source).toBe('installed');
      expect(existsSync(marker)).toBe(false);
      expect(urls.length).toBe(1);
      expect(readFileSync(found.bin)).toEqual(readFileSync(path.join(folder, 'restic')));
      expect(io.lines).toContainEqual(
        expect.stringMatching(
          /restic: the copy in .* holds a restic with sha256 [0-9a-f]{64}, not the [0-9a-f]{64} its verified download unpacks to: not running it; installing it again/,
        ),
      );
    });

    it('a cache entry with another download and program is never run: it is installed again', async () => {
      const dir = await tempDir();
      const { release, packed } = await fakeRelease(dir);
      const env = { PATH: await bunzipOnly(dir) };
      const marker = path.join(dir, 'tampered-ran');
      const cache: CacheBackend = {
        available: () => true,
        restore: async (paths, key) => {
          // Whoever wrote the entry replaced both the program and the download kept beside it.
          const bin = await fakeRestic(paths[0]!, PINNED_VERSION, `echo ran > '${marker}'\n`);
          expect(spawnSync('bzip2', ['-k', bin]).status).toBe(0);
          return key;
        },
        save: async () => undefined,
      };
      const { fetchImpl, urls } = serving(packed);
      const io = testIo({});
      const found = await findRestic({ env, log: io.log, toolRoot: path.join(dir, 'tools'), cache, fetchImpl, release });
      expect(found.source).toBe('installed');
      expect(existsSync(marker)).toBe(false);
      expect(urls.length).toBe(1);
      expect(io.lines).toContainEqual(
        expect.stringMatching(
          /restic: the cached copy \(site-backup-restic-v2-.*\) keeps a download with sha256 [0-9a-f]{64}, not the published [0-9a-f]{64}: not running it; installing it again/,
        ),
      );
    });
  },
);
