import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import { describe, expect, it } from 'vitest';
import { restoreCommand } from '../src/commands/restore.js';
import { verifyCommand } from '../src/commands/verify.js';
import { serializeManifest } from '../src/model/manifest.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

// Bounded restores: an archive that holds more than its manifest declares is refused at the first
// entry past the bound, with nothing left behind. A few KB of gzip expand to 64 MiB here.

const ID = '20261121T050003Z-manual-lbomb01';
const BIG = 64 * 1024 * 1024;

async function bombBackup(root: string, declared: { contentBytes: number; files: number }): Promise<string> {
  const src = path.join(root, 'src');
  await mkdir(src, { recursive: true });
  await writeFile(path.join(src, 'small.sql'), 'select 1;\n');
  await writeFile(path.join(src, 'zeros.sql'), '');
  await truncate(path.join(src, 'zeros.sql'), BIG); // sparse: costs no disk here
  const store = path.join(root, 'store');
  const dir = path.join(store, 'acme/production', ID);
  await mkdir(dir, { recursive: true });
  const object = path.join(dir, 'data.tar.gz');
  await tar.c({ gzip: { level: 9 }, cwd: src, file: object, portable: true }, ['small.sql', 'zeros.sql']);
  const bytes = await readFile(object);
  await writeFile(
    path.join(dir, 'manifest.json'),
    serializeManifest({
      format: 1,
      id: ID,
      site: 'acme',
      environment: 'production',
      platform: 'command',
      trigger: 'manual',
      createdAt: '2026-11-21T05:00:03.000Z',
      finishedAt: '2026-11-21T05:00:04.000Z',
      tool: { name: 'site-backup-action', version: 'test' },
      source: {},
      components: [
        {
          name: 'data',
          object: 'data.tar.gz',
          compression: 'gzip',
          encryption: 'none',
          bytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          ...declared,
        },
      ],
    }),
  );
  return store;
}

describe('bounded restores', () => {
  it("refuses an archive whose content exceeds the manifest's contentBytes, extracting nothing", async () => {
    const root = await tempDir('sba-bomb-');
    const store = await bombBackup(root, { contentBytes: 10, files: 2 });
    expect((await readFile(path.join(store, 'acme/production', ID, 'data.tar.gz'))).length).toBeLessThan(1024 * 1024);
    const restoreDir = path.join(root, 'restored');
    const runnerTemp = path.join(root, 'runner');
    await mkdir(runnerTemp);
    const io = testIo(
      { site: 'acme', platform: 'command', store, 'restore-dir': restoreDir, confirm: 'production', 'data-restore-command': 'true' },
      { RUNNER_TEMP: runnerTemp },
      root,
    );
    await expect(restoreCommand(io)).rejects.toThrow(
      /data\.tar\.gz: holds more than its manifest declares \(more than 10 bytes of file content\)/,
    );
    expect(await readdir(restoreDir).catch(() => [])).toEqual([]);
    expect(await readdir(runnerTemp)).toEqual([]);
  });

  it('checks free space for what the manifest declares before extracting anything', async () => {
    const root = await tempDir('sba-bomb-');
    // Honest archive, but a manifest declaring a petabyte: no disk here holds that.
    const store = await bombBackup(root, { contentBytes: 2 ** 50, files: 2 });
    const restoreDir = path.join(root, 'restored');
    const io = testIo(
      { site: 'acme', platform: 'command', store, 'restore-dir': restoreDir, confirm: 'production', 'data-restore-command': 'true' },
      { RUNNER_TEMP: root },
      root,
    );
    const err = await restoreCommand(io).catch((e: unknown) => e as Error);
    expect((err as Error).message).toMatch(/not enough free space in .*restored: the backup holds .* and .* is free; nothing was changed/);
    expect(await readdir(restoreDir).catch(() => [])).toEqual([]);
  });

  it('refuses more files than declared, and verify calls it damage', async () => {
    const root = await tempDir('sba-bomb-');
    const store = await bombBackup(root, { contentBytes: BIG + 10, files: 1 });
    const io = testIo({ site: 'acme', store }, {}, root);
    const r = await verifyCommand(io).catch((e: unknown) => e as Error);
    const text = JSON.stringify(r instanceof Error ? r.message : r) + io.lines.join('\n');
    expect(text).toMatch(/holds more than its manifest declares \(more than 1 files\)/);
  });
});
