import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import { expect } from 'vitest';
import { backupCommand } from '../../src/commands/backup.js';
import type { PlatformName } from '../../src/config/common.js';
import { mapSource } from '../../src/config/source.js';
import type { BackupResult } from '../../src/core/backup.js';
import { parseManifest, type Component, type Manifest } from '../../src/model/manifest.js';
import { openPlatform } from '../../src/platforms/index.js';
import type { PlatformSession } from '../../src/platforms/platform.js';
import { testIo, type TestIo } from './io.js';

// What the platform tests share: a backup run in-process against a local store, the reads of
// what it stored (manifests, one component extracted as the restore would), the check that a
// failed run left no backup, and a platform session outside the pipeline for restores of
// hand-made folders. Tests that run `site-backup` in its own process read the store the same way.

export interface BackupRun {
  io: TestIo;
  /** The local store the run wrote to. */
  store: string;
  result?: BackupResult;
  error?: Error;
}

/** `site-backup backup` in-process, with a local store and no compression (tar alone reads it back). */
export async function runBackup(store: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv, cwd: string): Promise<BackupRun> {
  const io = testIo({ store, compression: 'none', trigger: 'manual', timeout: '2m', ...inputs }, env, cwd);
  try {
    return { io, store, result: await backupCommand(io) };
  } catch (e) {
    return { io, store, error: e as Error };
  }
}

/** Every backup folder of a site/environment in a local store, and the manifests among them (complete backups). */
export async function storedBackups(store: string, site: string, environment: string): Promise<{ dirs: string[]; manifests: Manifest[] }> {
  const base = path.join(store, site, environment);
  const dirs = existsSync(base) ? await readdir(base) : [];
  const manifests: Manifest[] = [];
  for (const d of dirs) {
    const f = path.join(base, d, 'manifest.json');
    if (existsSync(f)) manifests.push(parseManifest(await readFile(f, 'utf8')));
  }
  return { dirs, manifests };
}

/**
 * One component of a stored (uncompressed) backup, extracted into a fresh folder under `into`, as
 * the restore would. Without `id`, the only backup of the site/environment.
 */
export async function extractComponent(
  store: string,
  site: string,
  environment: string,
  component: Component,
  into: string,
  id?: string,
): Promise<string> {
  const base = path.join(store, site, environment);
  const ids = id ? [id] : await readdir(base);
  if (ids.length !== 1) throw new Error(`${base} holds ${ids.length} backups; name the one to extract`);
  await mkdir(into, { recursive: true });
  const dest = await mkdtemp(path.join(into, `${component}-`));
  await tar.x({ file: path.join(base, ids[0]!, `${component}.tar`), cwd: dest });
  return dest;
}

/** A failed in-process run: a clear error, and nothing that looks like a backup left in the store. */
export async function expectFailedWithoutManifest(run: BackupRun, site: string, environment: string, message: RegExp): Promise<void> {
  expect(run.result, 'the backup should have failed').toBeUndefined();
  expect(run.error?.message).toMatch(message);
  expect((await storedBackups(run.store, site, environment)).manifests).toEqual([]);
}

/** A platform session outside the backup pipeline (with the content checks openPlatform adds), for restore tests. */
export async function openSession(
  platform: PlatformName,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv,
  root: string,
  environment = 'production',
): Promise<{ session: PlatformSession; io: TestIo }> {
  const io = testIo(inputs, env, root);
  const session = await openPlatform(
    platform,
    { site: inputs.site ?? 'acme', environment, inputs: mapSource({ platform, ...inputs }), env: io.env, log: io.log, purpose: 'restore' },
    root,
  );
  return { session, io };
}
