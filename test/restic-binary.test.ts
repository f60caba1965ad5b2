import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atLeast, findRestic, parseResticVersion, PINNED_VERSION } from '../src/restic/binary.js';
import type { CacheBackend } from '../src/platforms/install.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

// Finding restic: PATH first (with the minimum version checked), then the pinned release in the
// tool folder, the Actions cache, or a download whose SHA-256 must match the published one.

async function fakeRestic(dir: string, version: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const bin = path.join(dir, 'restic');
  await writeFile(bin, `#!/bin/sh\necho "restic ${version} compiled with go1.22 on linux/amd64"\n`);
  await chmod(bin, 0o755);
  return bin;
}

const arch = `${process.platform === 'darwin' ? 'darwin' : 'linux'}_${process.arch === 'arm64' ? 'arm64' : 'amd64'}`;

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
    await expect(findRestic({ env: { PATH: path.join(dir, 'old') }, log: testIo({}).log, toolRoot: dir })).rejects.toThrow(/restic 0\.13\.1 at .* is too old: format restic needs 0\.14\.0 or later/);
  });

  it('uses the pinned restic from the tool folder or the Actions cache before downloading', async () => {
    const dir = await tempDir();
    const pinnedDir = path.join(dir, 'tools', 'site-backup', 'restic', PINNED_VERSION, arch);
    await fakeRestic(pinnedDir, PINNED_VERSION);
    const fromToolDir = await findRestic({ env: { PATH: '' }, log: testIo({}).log, toolRoot: path.join(dir, 'tools') });
    expect(fromToolDir).toMatchObject({ source: 'tool-dir', bin: path.join(pinnedDir, 'restic') });

    const keys: string[] = [];
    const cache: CacheBackend = {
      available: () => true,
      restore: async (paths, key) => {
        keys.push(key);
        await fakeRestic(paths[0]!, PINNED_VERSION);
        return key;
      },
      save: async () => undefined,
    };
    const fromCache = await findRestic({ env: { PATH: '' }, log: testIo({}).log, toolRoot: path.join(dir, 'empty'), cache });
    expect(fromCache.source).toBe('cache');
    expect(keys).toEqual([`site-backup-restic-${PINNED_VERSION}-${arch}`]);
  });

  it('refuses a download whose SHA-256 is not the one the release publishes', async () => {
    const dir = await tempDir();
    const urls: string[] = [];
    const fetchImpl = (async (url: string) => {
      urls.push(url);
      return new Response('not restic');
    }) as unknown as typeof fetch;
    const none: CacheBackend = { available: () => false, restore: async () => undefined, save: async () => undefined };
    await expect(findRestic({ env: { PATH: '' }, log: testIo({}).log, toolRoot: dir, cache: none, fetchImpl })).rejects.toThrow(/has sha256 [0-9a-f]{64}, but its release publishes [0-9a-f]{64}: refusing to run it/);
    expect(urls).toEqual([`https://github.com/restic/restic/releases/download/v${PINNED_VERSION}/restic_${PINNED_VERSION}_${arch}.bz2`]);
  });
});
