import { createHash, randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, readFile, readdir, readlink, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import type { BackupConfig } from '../../src/config/backup.js';
import { mapSource } from '../../src/config/source.js';
import { runBackup, type BackupResult } from '../../src/core/backup.js';
import { archivePlace } from '../../src/formats/index.js';
import type { Trigger } from '../../src/model/backup-id.js';
import type { Compression, Component } from '../../src/model/manifest.js';
import { commandPlatform } from '../../src/platforms/command.js';
import type { Reporter } from '../../src/report/reporter.js';
import { LocalStore } from '../../src/stores/local.js';
import type { Store } from '../../src/stores/store.js';
import { tempDir } from './tmp.js';

// Shared by the restore, verify and drill tests: a small but awkward site, a way to back it up
// with the real pipeline, a byte-exact tree comparison, and raw tar building for hostile archives.

export const quiet = (): Reporter & { lines: string[] } => {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warn: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    setSecret: () => undefined,
  };
};

export const shq = (p: string): string => `'${p.replace(/'/g, `'\\''`)}'`;

/**
 * A site whose three components hold what trips up naive archivers: nested folders, an empty
 * file, an executable, a relative symlink, unicode and space in names, incompressible binary
 * data larger than one stream chunk, and a SQL dump.
 */
export async function makeSite(root: string): Promise<Record<Component, string>> {
  const dirs = { code: path.join(root, 'code'), assets: path.join(root, 'assets'), data: path.join(root, 'data') };
  await mkdir(path.join(dirs.code, 'src', 'lib'), { recursive: true });
  await writeFile(path.join(dirs.code, 'index.php'), '<?php require "src/lib/app.php";\n');
  await writeFile(path.join(dirs.code, 'src', 'lib', 'app.php'), '<?php echo "héllo";\n'.repeat(500));
  await writeFile(path.join(dirs.code, 'empty.txt'), '');
  await writeFile(path.join(dirs.code, 'deploy.sh'), '#!/bin/sh\necho deploy\n');
  await chmod(path.join(dirs.code, 'deploy.sh'), 0o755);
  await symlink('src/lib/app.php', path.join(dirs.code, 'current.php'));
  await mkdir(path.join(dirs.assets, 'img', 'ünïcode dir'), { recursive: true });
  await writeFile(path.join(dirs.assets, 'img', 'photo.bin'), randomBytes(1_500_000));
  await writeFile(path.join(dirs.assets, 'img', 'ünïcode dir', 'a b.txt'), 'spaces and unicode\n');
  await mkdir(dirs.data);
  const rows = Array.from({ length: 300 }, (_, i) => `(${i + 1}, 'customer ${i + 1}', ${(i * 7) % 100})`).join(',\n');
  await writeFile(
    path.join(dirs.data, 'shop.sql'),
    `CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, score INT NOT NULL);\nINSERT INTO customers VALUES\n${rows};\nCREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL);\nINSERT INTO orders VALUES ${Array.from({ length: 42 }, (_, i) => `(${i + 1}, ${(i % 300) + 1})`).join(', ')};\n`,
  );
  return dirs;
}

/** Backs a site up with the real pipeline (command platform copying the folders), at `now`. */
/** A start time `h` hours ago, to the second (backup ids carry seconds). */
export const hoursAgo = (h: number): Date => new Date(Math.floor((Date.now() - h * 3_600_000) / 1000) * 1000);

/** A temporary root holding a folder store, the sample site and a RUNNER_TEMP; removed after the file. */
export async function localSiteFixture(
  prefix: string,
): Promise<{ root: string; storeRoot: string; store: LocalStore; dirs: Record<Component, string>; tmp: string }> {
  const root = await tempDir(prefix);
  const storeRoot = path.join(root, 'store');
  const tmp = path.join(root, 'tmp');
  await mkdir(tmp);
  return { root, storeRoot, store: new LocalStore(storeRoot), dirs: await makeSite(path.join(root, 'site')), tmp };
}

export async function backupSite(opts: {
  store: Store;
  site: string;
  environment?: string;
  dirs: Partial<Record<Component, string>>;
  compression?: Compression;
  recipients?: string[];
  now?: Date;
  trigger?: Trigger;
  tmpRoot: string;
}): Promise<BackupResult> {
  const inputs: Record<string, string> = {};
  for (const [c, d] of Object.entries(opts.dirs)) inputs[`${c}-command`] = `cp -a ${shq(d)}/. "$BACKUP_OUT"`;
  const log = quiet();
  const platform = await commandPlatform.open({
    site: opts.site,
    environment: opts.environment ?? 'production',
    inputs: mapSource(inputs),
    env: { PATH: process.env.PATH },
    log,
    workDir: opts.tmpRoot,
  });
  const cfg: BackupConfig = {
    platform: 'command',
    site: opts.site,
    environment: opts.environment ?? 'production',
    store: { kind: 'local', root: '/unused' },
    compression: opts.compression ?? 'zstd',
    seekable: true,
    recipients: opts.recipients ?? [],
    trigger: opts.trigger ?? 'scheduled',
    timeoutMs: 120_000,
  };
  const now = opts.now ?? new Date();
  try {
    return await runBackup(cfg, {
      place: archivePlace(opts.store),
      platform,
      log,
      env: { PATH: process.env.PATH },
      now: () => now,
      tmpRoot: opts.tmpRoot,
    });
  } finally {
    await platform.close();
  }
}

/** Every entry under `dir`: type, mode bits, and content digest or link target. */
export async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (d: string, rel: string) => {
    for (const name of (await readdir(d)).sort()) {
      const p = path.join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = await lstat(p);
      if (st.isSymbolicLink()) out[r] = `link -> ${await readlink(p)}`;
      else if (st.isDirectory()) {
        out[r] = 'dir';
        await walk(p, r);
      } else if (st.isFile())
        out[r] = `file ${(st.mode & 0o111) !== 0 ? 'x' : '-'} ${st.size} ${createHash('sha256')
          .update(await readFile(p))
          .digest('hex')}`;
      else out[r] = 'other';
    }
  };
  await walk(dir, '');
  return out;
}

export async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

export interface RawEntry {
  path: string;
  type?: tar.Header['type'];
  linkpath?: string;
  body?: string | Buffer;
  mode?: number;
}

/**
 * A tar built block by block from headers, so it can hold what `tar.c` would never write
 * (`../`, absolute paths, devices). Two zero blocks end it, as POSIX requires.
 */
export function rawTar(entries: RawEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const e of entries) {
    const body = e.body === undefined ? Buffer.alloc(0) : Buffer.from(e.body);
    const type = e.type ?? 'File';
    const h = new tar.Header({
      path: e.path,
      type,
      mode: e.mode ?? (type === 'Directory' ? 0o755 : 0o644),
      size: type === 'File' ? body.length : 0,
      mtime: new Date('2026-01-01T00:00:00Z'),
      uid: 0,
      gid: 0,
      ...(e.linkpath !== undefined ? { linkpath: e.linkpath } : {}),
      ...(type === 'CharacterDevice' || type === 'BlockDevice' ? { devmaj: 1, devmin: 3 } : {}),
    });
    const block = Buffer.alloc(512);
    h.encode(block, 0);
    blocks.push(block);
    if (type === 'File' && body.length) {
      blocks.push(body, Buffer.alloc((512 - (body.length % 512)) % 512));
    }
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}
