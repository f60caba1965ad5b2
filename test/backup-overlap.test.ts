import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { ComponentError } from '../src/model/errors.js';
import { describeWithTools } from './helpers/requires.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

// The export of the next component runs while the previous one is packed and stored. Whichever
// fails first stops the other at once, leaves no manifest and no staging folder behind.

const hasZstd = spawnSync('zstd', ['--version']).status === 0;
let root: string;
let site: string;
let bin: string;
const savedPath = process.env.PATH;
const savedEngine = process.env.SITE_BACKUP_ZSTD;

beforeAll(async () => {
  root = await tempDir();
  site = path.join(root, 'site');
  mkdirSync(site);
  // Text, so it goes through the zstd binary (media would be stored as raw frames without it).
  writeFileSync(path.join(site, 'dump.sql'), 'INSERT INTO t VALUES (1);\n'.repeat(200_000));
  writeFileSync(path.join(site, 'photo.bin'), randomBytes(1 << 20));
  bin = path.join(root, 'bin');
  mkdirSync(bin);
});

afterEach(() => {
  process.env.PATH = savedPath;
  if (savedEngine === undefined) delete process.env.SITE_BACKUP_ZSTD;
  else process.env.SITE_BACKUP_ZSTD = savedEngine;
});

/** A `zstd` first on PATH: `script` runs instead of the real one. */
function fakeZstd(script: string): void {
  writeFileSync(path.join(bin, 'zstd'), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  process.env.PATH = `${bin}:${savedPath}`;
  process.env.SITE_BACKUP_ZSTD = 'binary';
}

async function failingBackup(name: string, inputs: Record<string, string>) {
  const store = path.join(root, `store-${name}`);
  const temp = path.join(root, `temp-${name}`);
  mkdirSync(temp);
  const started = Date.now();
  const err = await backupCommand(
    testIo({ site: 'acme', platform: 'command', store, components: 'code,data', ...inputs }, { RUNNER_TEMP: temp, PATH: process.env.PATH }),
  ).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  const seconds = (Date.now() - started) / 1000;
  const backups = existsSync(path.join(store, 'acme/production')) ? readdirSync(path.join(store, 'acme/production')) : [];
  const manifests = backups.filter((id) => existsSync(path.join(store, 'acme/production', id, 'manifest.json')));
  // What the backup staged (export folders); the status record is meant to stay.
  const staging = readdirSync(temp, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  return { err, seconds, manifests, staging };
}

describeWithTools('export ahead of packing', hasZstd ? [] : ['zstd'], () => {
  it('a packing failure stops the export running ahead: its error, no manifest, no folders left', async () => {
    fakeZstd('head -c 1000 >/dev/null; echo "zstd: error 70 : Write error : No space left on device" >&2; exit 70');
    const r = await failingBackup('pack-fails', {
      'code-command': `cp -a '${site}/.' "$BACKUP_OUT"`,
      // Still exporting when the packing of code fails; it must be stopped, not waited for.
      'data-command': `sleep 20; cp -a '${site}/.' "$BACKUP_OUT"`,
    });
    expect(r.err).toBeInstanceOf(ComponentError);
    expect((r.err as ComponentError).component).toBe('code');
    expect(r.err!.message).toMatch(/zstd exited with 70: zstd: error 70 : Write error/);
    expect(r.seconds).toBeLessThan(15);
    expect(r.manifests).toEqual([]);
    expect(r.staging).toEqual([]);
  });

  it('an export failure stops the packing of the previous component: its error, no manifest, no folders left', async () => {
    // A zstd that takes its time, so code is still being packed when data's export fails.
    fakeZstd('sleep 20; exec cat >/dev/null');
    const r = await failingBackup('export-fails', {
      'code-command': `cp -a '${site}/.' "$BACKUP_OUT"`,
      'data-command': 'echo "mysqldump: Got error: 2013: Lost connection" >&2; exit 3',
    });
    expect(r.err).toBeInstanceOf(ComponentError);
    expect((r.err as ComponentError).component).toBe('data');
    expect(r.err!.message).toMatch(/exited with 3: mysqldump: Got error: 2013: Lost connection/);
    expect(r.seconds).toBeLessThan(15);
    expect(r.manifests).toEqual([]);
    expect(r.staging).toEqual([]);
  });
});
