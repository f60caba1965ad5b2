import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tar from 'tar';
import { expect } from 'vitest';
import { backupCommand } from '../../src/commands/backup.js';
import { mapSource } from '../../src/config/source.js';
import type { BackupResult } from '../../src/core/backup.js';
import { parseManifest, type Component, type Manifest } from '../../src/model/manifest.js';
import { getPlatform } from '../../src/platforms/index.js';
import type { PlatformSession } from '../../src/platforms/platform.js';
import type { PlatformName } from '../../src/config/common.js';
import { testIo, type TestIo } from '../helpers/io.js';
import { tempDir } from '../helpers/tmp.js';

// What the platform tests share: a sandbox with the fake CLIs first on PATH, their call log and
// state folder, a local store; a backup through backupCommand; and readers for what happened.

export const FAKES_DIR = path.dirname(fileURLToPath(import.meta.url));
export const FAKE_BIN = path.join(FAKES_DIR, 'bin');

export interface Call {
  bin: string;
  argv: string[];
  cwd: string;
  secretsInEnv: string[];
  pid: number;
  netrc?: boolean;
}

export interface Sandbox {
  root: string;
  store: string;
  state: string;
  log: string;
  /** The environment for a run: fakes first on PATH, short waits. */
  env(extra?: Record<string, string | undefined>): NodeJS.ProcessEnv;
  calls(bin?: string): Call[];
  readState<T>(name: string): T | undefined;
}

export async function sandbox(name: string): Promise<Sandbox> {
  const root = await tempDir(`sba-${name}-`);
  const sb: Sandbox = {
    root,
    store: path.join(root, 'store'),
    state: path.join(root, 'state'),
    log: path.join(root, 'calls.jsonl'),
    env(extra = {}) {
      const e: NodeJS.ProcessEnv = {
        PATH: `${FAKE_BIN}${path.delimiter}${process.env.PATH}`,
        HOME: root,
        RUNNER_TEMP: path.join(root, 'runner-temp'),
        FAKE_LOG: sb.log,
        FAKE_STATE: sb.state,
        FAKE_POLL_MS: '1',
        SITE_BACKUP_RETRY_DELAY_MS: '5',
        SITE_BACKUP_POLL_MS: '5',
      };
      for (const [k, v] of Object.entries(extra)) {
        if (v === undefined) delete e[k];
        else e[k] = v;
      }
      return e;
    },
    calls(bin) {
      if (!existsSync(sb.log)) return [];
      const all = readFileSync(sb.log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Call);
      return bin ? all.filter((c) => c.bin === bin) : all;
    },
    readState<T>(name: string) {
      const f = path.join(sb.state, name);
      return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as T) : undefined;
    },
  };
  await mkdir(path.join(root, 'runner-temp'), { recursive: true });
  return sb;
}

export interface BackupRun {
  io: TestIo;
  result?: BackupResult;
  error?: Error;
}

/** `site-backup backup` in-process, with a local store and no compression (tar alone reads it back). */
export async function runBackup(sb: Sandbox, inputs: Record<string, string>, env: Record<string, string | undefined> = {}): Promise<BackupRun> {
  const io = testIo({ store: sb.store, compression: 'none', trigger: 'manual', timeout: '2m', ...inputs }, sb.env(env), sb.root);
  try {
    const result = await backupCommand(io);
    return { io, result };
  } catch (e) {
    return { io, error: e as Error };
  }
}

/** Every backup folder of a site/environment, and the manifests among them. */
export async function storedBackups(sb: Sandbox, site: string, environment: string): Promise<{ dirs: string[]; manifests: Manifest[] }> {
  const base = path.join(sb.store, site, environment);
  const dirs = existsSync(base) ? await readdir(base) : [];
  const manifests: Manifest[] = [];
  for (const d of dirs) {
    const f = path.join(base, d, 'manifest.json');
    if (existsSync(f)) manifests.push(parseManifest(await readFile(f, 'utf8')));
  }
  return { dirs, manifests };
}

/** A failed run: a clear error, and nothing that looks like a backup left in the store. */
export async function expectFailedWithoutManifest(sb: Sandbox, run: BackupRun, site: string, environment: string, message: RegExp): Promise<void> {
  expect(run.result, 'the backup should have failed').toBeUndefined();
  expect(run.error?.message).toMatch(message);
  const { manifests } = await storedBackups(sb, site, environment);
  expect(manifests).toEqual([]);
}

/** Extracts one component of a stored (uncompressed) backup, as the restore action would. */
export async function extractComponent(sb: Sandbox, site: string, environment: string, id: string, component: Component): Promise<string> {
  const dest = path.join(sb.root, 'restore', id, component);
  await mkdir(dest, { recursive: true });
  await tar.x({ file: path.join(sb.store, site, environment, id, `${component}.tar`), cwd: dest });
  return dest;
}

/** A platform session outside the backup pipeline, for restore tests. */
export async function openSession(sb: Sandbox, platform: PlatformName, inputs: Record<string, string>, env: Record<string, string | undefined>, environment = 'production'): Promise<{ session: PlatformSession; io: TestIo }> {
  const io = testIo(inputs, sb.env(env), sb.root);
  const workDir = path.join(sb.root, 'work', String(Date.now()) + Math.random().toString(36).slice(2));
  await mkdir(workDir, { recursive: true });
  const session = await getPlatform(platform).open({ site: inputs.site ?? 'acme', environment, inputs: mapSource(inputs), env: io.env, log: io.log, workDir });
  return { session, io };
}

/** No secret value ever appears in any recorded command line. */
export function expectNoSecretsInArgv(calls: Call[], secrets: string[]): void {
  expect(calls.length).toBeGreaterThan(0);
  for (const c of calls) {
    const line = c.argv.join(' ');
    for (const s of secrets) expect(line, `${c.bin} ${line}`).not.toContain(s);
  }
}

/** The argv of each call, with absolute (temporary) paths shortened to `<tmp>/<basename>`. */
export function argvOf(calls: Call[]): string[][] {
  return calls.map((c) => c.argv.map((a) => (path.isAbsolute(a) ? `<tmp>/${path.basename(a)}` : a)));
}
