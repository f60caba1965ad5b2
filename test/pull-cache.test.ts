import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackupConfig, parsePullCache } from '../src/config/backup.js';
import { ConfigError } from '../src/model/errors.js';
import { mapSource } from '../src/config/source.js';
import { runBackup as runCore, type BackupResult } from '../src/core/backup.js';
import { linkTree } from '../src/core/pull-cache.js';
import { openPlatform } from '../src/platforms/index.js';
import type { CacheBackend } from '../src/platforms/install.js';
import { testIo, type TestIo } from './helpers/io.js';
import { findProgram } from './helpers/mariadb.js';
import { describeWithTools } from './helpers/requires.js';
import { sshInputs, type SshStack, sshStackMissing, startSshd } from './helpers/ssh-stack.js';
import { extractComponent, runBackup, storedBackups } from './helpers/stored.js';
import { tempDir } from './helpers/tmp.js';
import { listTree } from './helpers/tree.js';

// pull-cache (issue 11 item 4): the export of rsync-pulled components is kept after a successful
// backup and seeds the next pull, so rsync moves only what changed. Against a real sshd and real
// rsync on loopback: what the second pull transfers (rsync's own --stats, and the inodes of the
// files it left alone), that it is still an exact mirror (deletions, changed excludes), that it
// equals a fresh full pull, that a failed backup leaves the kept export as it was, and the
// Actions cache path through a folder-backed stand-in of the cache.

/** Paths, types, sizes, mtimes and contents of a tree (modes are the archive's, compared elsewhere). */
const tree = (root: string) => listTree(root);

/** inode of every regular file, by relative path. */
function inodes(root: string): Map<string, number> {
  const m = new Map<string, number>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      const st = lstatSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) m.set(path.relative(root, p), st.ino);
    }
  };
  walk(root);
  return m;
}

/** The one-line rsync summary the ssh session logs for a pull. */
function rsyncLine(lines: string[], component: string): { transferred: number; files: number; deleted: number; sent: number } {
  const l = lines.find((x) => x.startsWith(`[${component}] rsync: `));
  const m = l && /rsync: (\d+) of (\d+) files transferred, (\d+) deleted; (\d+) of \d+ bytes/.exec(l);
  if (!m) throw new Error(`no rsync summary for ${component} in:\n${lines.join('\n')}`);
  return { transferred: Number(m[1]), files: Number(m[2]), deleted: Number(m[3]), sent: Number(m[4]) };
}

describe('pull-cache input', () => {
  const store = { kind: 'local' as const, root: '/srv/backups' };
  const parse = (v: string) => parsePullCache(mapSource({ 'pull-cache': v }), store, '/work/dir');

  it('off (the default) and actions', () => {
    expect(parsePullCache(mapSource({}), store)).toBeUndefined();
    expect(parse('off')).toBeUndefined();
    expect(parse('actions')).toEqual({ kind: 'actions' });
  });

  it('a folder: absolute, relative to the working folder, or file:///', () => {
    expect(parse('/var/cache/sb')).toEqual({ kind: 'folder', dir: '/var/cache/sb' });
    expect(parse('kept')).toEqual({ kind: 'folder', dir: '/work/dir/kept' });
    expect(parse('file:///var/cache/sb')).toEqual({ kind: 'folder', dir: '/var/cache/sb' });
  });

  it('refuses early, naming the input: booleans, URLs, and a folder that overlaps the store', () => {
    for (const [v, re] of [
      ['true', /`pull-cache`.*"true" is not a setting/],
      ['s3://bucket/kept', /`pull-cache`.*is a URL/],
      ['/srv/backups/kept', /`pull-cache`.*overlaps the store folder/],
      ['/srv', /`pull-cache`.*overlaps the store folder/],
    ] as const) {
      let err: unknown;
      try {
        parse(v);
      } catch (e) {
        err = e;
      }
      expect(err, v).toBeInstanceOf(ConfigError);
      expect(String(err)).toMatch(re);
    }
    // A sibling whose name starts like the store's is not inside it.
    expect(parse('/srv/backups-kept')).toEqual({ kind: 'folder', dir: '/srv/backups-kept' });
  });
});

describe('linkTree', () => {
  it('hard-links files, recreates folders and links, so the seed costs no copy', async () => {
    const root = await tempDir('sba-linktree-');
    const src = path.join(root, 'src');
    mkdirSync(path.join(src, 'a/b'), { recursive: true });
    writeFileSync(path.join(src, 'a/b/f.txt'), 'x');
    writeFileSync(path.join(src, 'top.bin'), randomBytes(100));
    (await import('node:fs')).symlinkSync('a/b/f.txt', path.join(src, 'ln'));
    const dst = path.join(root, 'dst');
    mkdirSync(dst);
    await linkTree(src, dst);
    expect(tree(dst)).toEqual(tree(src));
    expect(statSync(path.join(dst, 'a/b/f.txt')).ino).toBe(statSync(path.join(src, 'a/b/f.txt')).ino);
    expect(readlinkSync(path.join(dst, 'ln'))).toBe('a/b/f.txt');
  });
});

describeWithTools('pull-cache over a real sshd and rsync', sshStackMissing(), () => {
  let ssh: SshStack;
  let work: string;
  let site: string;
  const files = () => path.join(site, 'files');
  const ASSETS = 400;

  beforeAll(async () => {
    ssh = await startSshd();
    work = await tempDir('sba-pull-');
    site = path.join(work, 'site');
    mkdirSync(path.join(site, 'lib'), { recursive: true });
    mkdirSync(path.join(site, 'cache'), { recursive: true });
    writeFileSync(path.join(site, 'index.php'), '<?php require "lib/boot.php";\n');
    writeFileSync(path.join(site, 'lib/boot.php'), '<?php // boot\n'.repeat(200));
    writeFileSync(path.join(site, 'cache/page.html'), '<html>cached</html>\n');
    for (let i = 0; i < ASSETS; i++) {
      const dir = path.join(files(), `d${i % 10}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `f${i}.dat`), randomBytes(8192 + i));
    }
  });
  afterAll(() => ssh?.stop());

  const inputs = (store: string, over: Record<string, string> = {}): Record<string, string> => ({
    ...sshInputs(ssh),
    site: 'acme',
    components: 'code,assets',
    'site-root': site,
    'files-path': 'files',
    'db-type': 'none',
    store,
    ...over,
  });
  const runnerEnv = (name: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
    const temp = path.join(work, `runner-temp-${name}`);
    mkdirSync(temp, { recursive: true });
    return { PATH: process.env.PATH, HOME: work, RUNNER_TEMP: temp, ...extra };
  };
  /**
   * Staging folders a run left in its RUNNER_TEMP (its status record is a file, and stays; so does
   * the tool folder, which stands in for RUNNER_TOOL_CACHE here and keeps restic's version).
   */
  const leftovers = (name: string) => {
    const temp = path.join(work, `runner-temp-${name}`);
    return readdirSync(temp).filter(
      (n) => n.startsWith('site-backup-') && n !== 'site-backup-tools' && statSync(path.join(temp, n)).isDirectory(),
    );
  };
  const kept = (root: string, c: string) => path.join(root, 'ssh', 'acme', 'production', c);

  describe('a folder on the runner', () => {
    let store: string;
    let keptRoot: string;
    let secondId = '';
    let secondLines: string[] = [];

    it('first backup: a full pull, kept only once the backup is complete', async () => {
      store = path.join(work, 'store-folder');
      keptRoot = path.join(work, 'kept');
      const run = await runBackup(store, inputs(store, { 'pull-cache': keptRoot }), runnerEnv('f1'), work);
      if (run.error) throw run.error;
      expect(rsyncLine(run.io.lines, 'assets')).toMatchObject({ transferred: ASSETS, deleted: 0 });
      expect(run.io.lines.join('\n')).toMatch(/pull-cache: assets: no kept export in .* yet: a full pull/);
      expect(tree(kept(keptRoot, 'assets'))).toEqual(tree(files()));
      expect(existsSync(path.join(kept(keptRoot, 'code'), 'cache/page.html'))).toBe(true);
      // The site's files, settings included: the folders around them are the runner user's alone.
      expect(statSync(path.dirname(kept(keptRoot, 'assets'))).mode & 0o077).toBe(0);
      expect(statSync(keptRoot).mode & 0o077).toBe(0);
      // Nothing of the run is left in the runner's temp folder.
      expect(leftovers('f1')).toEqual([]);
    });

    it('second backup: rsync moves only what changed, deletes what went, and applies a new exclude', async () => {
      const before = inodes(kept(keptRoot, 'assets'));
      // A run killed between its two renames left an old copy: the next keep removes it.
      mkdirSync(`${kept(keptRoot, 'assets')}.old-99999-1`);
      // 1% churn and then some: 4 files rewritten, 2 added, 3 deleted; and `cache/` newly excluded.
      for (const i of [0, 11, 22, 33]) writeFileSync(path.join(files(), `d${i % 10}`, `f${i}.dat`), randomBytes(9000));
      writeFileSync(path.join(files(), 'd1', 'new-a.dat'), randomBytes(5000));
      writeFileSync(path.join(files(), 'd2', 'new-b.dat'), randomBytes(5000));
      for (const i of [44, 55, 66]) rmSync(path.join(files(), `d${i % 10}`, `f${i}.dat`));
      const run = await runBackup(store, inputs(store, { 'pull-cache': keptRoot, 'code-exclude': '/cache' }), runnerEnv('f2'), work);
      if (run.error) throw run.error;
      secondId = run.result!.id;
      secondLines = run.io.lines;
      expect(run.io.lines.join('\n')).toMatch(/pull-cache: assets: seeded with the export of the last successful backup \(400 files/);
      const stats = rsyncLine(run.io.lines, 'assets');
      expect(stats).toMatchObject({ transferred: 6, deleted: 3 });
      expect(stats.sent).toBe(4 * 9000 + 2 * 5000);
      // The untouched files are the very inodes of the first pull: rsync never rewrote them.
      const after = inodes(kept(keptRoot, 'assets'));
      let same = 0;
      for (const [rel, ino] of after) if (before.get(rel) === ino) same++;
      expect(same).toBe(ASSETS - 4 - 3);
      expect(after.get('d0/f0.dat')).not.toBe(before.get('d0/f0.dat'));
      // An exact mirror: what the host has, no more.
      expect(tree(kept(keptRoot, 'assets'))).toEqual(tree(files()));
      expect(existsSync(path.join(kept(keptRoot, 'code'), 'cache'))).toBe(false);
      expect(readdirSync(path.dirname(kept(keptRoot, 'assets'))).sort()).toEqual(['assets', 'code']);
      const assets = await extractComponent(store, 'acme', 'production', 'assets', path.join(work, 'x2'), secondId);
      expect(tree(assets)).toEqual(tree(files()));
    });

    it('the incremental backup stores exactly what a fresh full pull stores', async () => {
      const fresh = path.join(work, 'store-fresh');
      const run = await runBackup(fresh, inputs(fresh, { 'code-exclude': '/cache' }), runnerEnv('fresh'), work);
      if (run.error) throw run.error;
      expect(rsyncLine(run.io.lines, 'assets').transferred).toBe(ASSETS - 3 + 2);
      for (const c of ['code', 'assets'] as const) {
        const a = await extractComponent(store, 'acme', 'production', c, path.join(work, `cmp-inc-${c}`), secondId);
        const b = await extractComponent(fresh, 'acme', 'production', c, path.join(work, `cmp-full-${c}`));
        expect(tree(a), c).toEqual(tree(b));
        // The tar holds the same entries with the same modes, not just the same files.
        const [ma, mb] = await Promise.all([storedBackups(store, 'acme', 'production'), storedBackups(fresh, 'acme', 'production')]);
        const ca = ma.manifests.find((m) => m.id === secondId)!.components.find((x) => x.name === c)!;
        const cb = mb.manifests[0]!.components.find((x) => x.name === c)!;
        expect([ca.files, ca.contentBytes], c).toEqual([cb.files, cb.contentBytes]);
      }
      expect(secondLines.join('\n')).toMatch(/pull-cache: assets: kept this export \(399 files/);
    });

    it('a failed backup leaves the kept export as it was', async () => {
      const before = tree(kept(keptRoot, 'assets'));
      const beforeIno = inodes(kept(keptRoot, 'assets'));
      writeFileSync(path.join(files(), 'd3', 'f3.dat'), randomBytes(7777));
      rmSync(path.join(files(), 'd4', 'f4.dat'));
      // assets is pulled (incrementally, through the kept export's links), then data fails: no manifest.
      const run = await runBackup(
        store,
        inputs(store, {
          'pull-cache': keptRoot,
          'code-exclude': '/cache',
          components: 'code,assets,data',
          'db-type': 'mariadb',
          'db-name': 'nope',
          'db-host': '127.0.0.1',
          'db-port': '1',
          drush: 'false',
        }),
        runnerEnv('f3', { DB_PASSWORD: 'x' }),
        work,
      );
      expect(run.error?.message).toMatch(/data/);
      expect(rsyncLine(run.io.lines, 'assets')).toMatchObject({ transferred: 1, deleted: 1 });
      expect(tree(kept(keptRoot, 'assets'))).toEqual(before);
      expect(inodes(kept(keptRoot, 'assets'))).toEqual(beforeIno);
      expect(leftovers('f3')).toEqual([]);
      expect((await storedBackups(store, 'acme', 'production')).manifests).toHaveLength(2);
    });
  });

  describeWithTools('format restic', findProgram('restic') ? [] : ['restic'], () => {
    it('the kept export seeds the pull and is kept once the snapshot exists', async () => {
      const store = path.join(work, 'store-restic');
      const keptRoot = path.join(work, 'kept-restic');
      const over = { 'pull-cache': keptRoot, 'code-exclude': '/cache', format: 'restic', 'restic-password': 'pull-cache-test-password' };
      // One RUNNER_TEMP for both runs, as a runner gives every job the same path: restic's
      // staging folder is then the same, and restic finds the parent snapshot by its paths.
      const first = await runBackup(store, inputs(store, over), runnerEnv('r'), work);
      if (first.error) throw first.error;
      expect(leftovers('r')).toEqual([]);
      writeFileSync(path.join(files(), 'd8', 'f8.dat'), randomBytes(4321));
      const second = await runBackup(store, inputs(store, over), runnerEnv('r'), work);
      if (second.error) throw second.error;
      const log = second.io.lines.join('\n');
      expect(log).toMatch(/pull-cache: assets: seeded with the export of the last successful backup/);
      expect(rsyncLine(second.io.lines, 'assets')).toMatchObject({ transferred: 1, deleted: 0 });
      // restic compared with the parent snapshot: the seeded files kept their size and mtime.
      // Changed: the rewritten asset and our manifest; every other file is read from the parent.
      const unchanged = /restic: snapshot \w+ in .*: 0 new, 2 changed, (\d+) unchanged files/.exec(log);
      const siteFiles = listTree(site).filter((l) => l.startsWith('F ') && !l.startsWith('F cache/')).length;
      expect(Number(unchanged?.[1])).toBe(siteFiles - 1);
      expect(tree(kept(keptRoot, 'assets'))).toEqual(tree(files()));
      expect(leftovers('r')).toEqual([]);
    });
  });

  describe('the Actions cache (a folder-backed stand-in)', () => {
    /** Entries in creation order; a restore key matches the newest entry it prefixes, as the service does. */
    function folderCache(dir: string): CacheBackend & { keys: string[]; events: string[] } {
      const keys: string[] = [];
      const events: string[] = [];
      return {
        keys,
        events,
        available: (env) => env.GITHUB_ACTIONS === 'true',
        async restore(paths, key, restoreKeys = []) {
          events.push(`restore ${key}`);
          const hit = keys.includes(key) ? key : [...keys].reverse().find((k) => restoreKeys.some((r) => k.startsWith(r)));
          if (!hit) return undefined;
          await cp(path.join(dir, hit), paths[0]!, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
          return hit;
        },
        async save(paths, key) {
          events.push(`save ${key}`);
          if (keys.includes(key)) throw new Error(`Unable to reserve cache with key ${key}, another job may be creating this cache.`);
          await cp(paths[0]!, path.join(dir, key), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
          keys.push(key);
        },
      };
    }

    /** One backup job on a fresh runner (its own RUNNER_TEMP), through the core with the cache stand-in. */
    async function job(
      name: string,
      store: string,
      cache: CacheBackend,
      extraEnv: Record<string, string> = {},
      over: Record<string, string> = {},
    ): Promise<{ io: TestIo; result?: BackupResult; error?: Error }> {
      const env = runnerEnv(name, {
        GITHUB_ACTIONS: 'true',
        ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
        GITHUB_RUN_ID: name,
        GITHUB_RUN_ATTEMPT: '1',
        ...extraEnv,
      });
      const io = testIo(
        { ...inputs(store, { 'pull-cache': 'actions', 'code-exclude': '/cache', ...over }), compression: 'none', trigger: 'manual' },
        env,
        work,
      );
      try {
        const cfg = parseBackupConfig(io.inputs, io.env, work);
        const { openPlace } = await import('../src/formats/index.js');
        const place = await openPlace(cfg.store, io.log, io.env);
        const platform = await openPlatform(
          'ssh',
          { site: 'acme', environment: 'production', inputs: io.inputs, env: io.env, log: io.log, purpose: 'backup' },
          env.RUNNER_TEMP!,
        );
        try {
          return { io, result: await runCore(cfg, { place, platform, log: io.log, env: io.env, cache }) };
        } finally {
          await platform.close();
        }
      } catch (e) {
        return { io, error: e as Error };
      }
    }

    it('restores the newest entry of this site/environment/component, saves a new one per run, and skips the save when nothing changed', async () => {
      const cache = folderCache(path.join(work, 'actions-cache'));
      await mkdir(path.join(work, 'actions-cache'), { recursive: true });
      const store = path.join(work, 'store-actions');
      const a = await job('101', store, cache);
      if (a.error) throw a.error;
      expect(cache.keys).toEqual([
        expect.stringMatching(/^site-backup-pull-v1-ssh-acme-production-code-101-1-\d+$/),
        expect.stringMatching(/^site-backup-pull-v1-ssh-acme-production-assets-101-1-\d+$/),
      ]);

      writeFileSync(path.join(files(), 'd5', 'f5.dat'), randomBytes(6000));
      const b = await job('102', store, cache);
      if (b.error) throw b.error;
      const log = b.io.lines.join('\n');
      expect(log).toMatch(
        /pull-cache: assets: seeded with the export of the last successful backup \(\d+ files, [^)]*\), restored from the Actions cache \(site-backup-pull-v1-ssh-acme-production-assets-101-1-\d+\)/,
      );
      expect(rsyncLine(b.io.lines, 'assets')).toMatchObject({ transferred: 1, deleted: 0 });
      expect(rsyncLine(b.io.lines, 'code')).toMatchObject({ transferred: 0, deleted: 0 });
      // code did not change: its entry is not uploaded again; assets did: a new entry.
      expect(log).toMatch(
        /pull-cache: code: unchanged since the Actions cache entry site-backup-pull-v1-ssh-acme-production-code-101-1-\d+; not saved again/,
      );
      expect(cache.keys.filter((k) => k.includes('-assets-102-1-'))).toHaveLength(1);
      expect(cache.keys.filter((k) => k.includes('-code-102-'))).toHaveLength(0);
      const assets = await extractComponent(store, 'acme', 'production', 'assets', path.join(work, 'x-actions'), b.result!.id);
      expect(tree(assets)).toEqual(tree(files()));
      // The newest assets entry holds this export exactly.
      const newest = cache.keys.filter((k) => k.includes('-assets-')).at(-1)!;
      expect(tree(path.join(work, 'actions-cache', newest))).toEqual(tree(files()));
    });

    it('a failed job saves nothing', async () => {
      const cache = folderCache(path.join(work, 'actions-cache-2'));
      await mkdir(path.join(work, 'actions-cache-2'), { recursive: true });
      // code and assets are pulled and packed, then data fails: no manifest, so nothing is saved.
      const r = await job(
        '201',
        path.join(work, 'store-actions-2'),
        cache,
        { DB_PASSWORD: 'x' },
        { components: 'code,assets,data', 'db-type': 'mariadb', 'db-name': 'nope', 'db-host': '127.0.0.1', 'db-port': '1', drush: 'false' },
      );
      expect(r.error?.message).toMatch(/data/);
      expect(rsyncLine(r.io.lines, 'assets').transferred).toBeGreaterThan(0);
      expect(cache.events.filter((e) => e.startsWith('save'))).toEqual([]);
    });

    it('refuses `actions` on a public repository, before anything is pulled', async () => {
      const ev = path.join(work, 'event.json');
      writeFileSync(ev, JSON.stringify({ repository: { full_name: 'o/r', private: false, visibility: 'public' } }));
      const cache = folderCache(path.join(work, 'actions-cache-3'));
      const r = await job('301', path.join(work, 'store-actions-3'), cache, { GITHUB_EVENT_PATH: ev });
      expect(r.error).toBeInstanceOf(ConfigError);
      expect(r.error?.message).toMatch(/`pull-cache`.*public repository.*pull requests from forks/);
      expect(cache.events).toEqual([]);
      expect(r.io.lines.some((l) => l.includes('rsync:'))).toBe(false);
    });
  });
});
