import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import { restoreCommand } from '../src/commands/restore.js';
import { ConfigError } from '../src/model/errors.js';
import { makeBackupId } from '../src/model/backup-id.js';
import { serializeManifest, type Component, type Compression } from '../src/model/manifest.js';
import { LocalStore } from '../src/stores/local.js';
import { backupSite, exists, makeSite, rawTar, tree, type RawEntry } from './helpers/restore-fixtures.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

let root: string;
let storeRoot: string;
let store: LocalStore;
let dirs: Record<Component, string>;
let identity: string;
let recipient: string;
let otherIdentity: string;
let runnerTemp: string;
let tmp: string;
let t0 = Date.parse('2026-03-01T02:00:00Z');
const nextTime = () => new Date((t0 += 3_600_000));

beforeAll(async () => {
  root = await tempDir('sba-restore-');
  storeRoot = path.join(root, 'store');
  store = new LocalStore(storeRoot);
  dirs = await makeSite(path.join(root, 'site'));
  identity = await generateIdentity();
  recipient = await identityToRecipient(identity);
  otherIdentity = await generateIdentity();
  runnerTemp = path.join(root, 'runner-temp');
  tmp = path.join(root, 'tmp');
  await mkdir(runnerTemp);
  await mkdir(tmp);
});

/**
 * A place to restore into that already holds a file of its own, and a folder the restore hooks
 * write markers into: a refusal must leave the first exactly as it was and the second empty.
 */
async function target(name: string) {
  const restoreDir = path.join(root, 'targets', name);
  const markers = path.join(root, 'markers', name);
  await mkdir(restoreDir, { recursive: true });
  await mkdir(markers, { recursive: true });
  await writeFile(path.join(restoreDir, 'keep.txt'), 'not ours');
  const hooks: Record<string, string> = {};
  for (const c of ['code', 'assets', 'data'])
    hooks[`${c}-restore-command`] = `printf '%s %s' "$BACKUP_IN" "$SITE_BACKUP_TARGET_ENVIRONMENT" > "$MARKERS/${c}"`;
  return {
    restoreDir,
    markers,
    hooks,
    env: { MARKERS: markers, RUNNER_TEMP: runnerTemp },
    async untouched() {
      expect(await readdir(restoreDir)).toEqual(['keep.txt']);
      expect(await readFile(path.join(restoreDir, 'keep.txt'), 'utf8')).toBe('not ours');
      expect(await readdir(markers)).toEqual([]); // no platform operation ran
      expect(await readdir(runnerTemp)).toEqual([]); // no download or plaintext left behind
    },
  };
}

function restoreIo(t: Awaited<ReturnType<typeof target>>, inputs: Record<string, string | undefined>) {
  return testIo({ platform: 'command', store: storeRoot, 'restore-dir': t.restoreDir, ...t.hooks, ...inputs }, t.env, root);
}

describe('restore round trips on the local store', () => {
  const cases: [Compression, boolean][] = [
    ['zstd', false],
    ['zstd', true],
    ['gzip', false],
    ['gzip', true],
    ['none', false],
    ['none', true],
  ];
  it.each(cases)(
    '%s, encrypted=%s: every component comes back byte-identical, into another environment',
    async (compression, encrypted) => {
      const site = `rt-${compression}-${encrypted ? 'age' : 'plain'}`;
      const b = await backupSite({
        store,
        site,
        environment: 'staging',
        dirs,
        compression,
        recipients: encrypted ? [recipient] : [],
        now: nextTime(),
        tmpRoot: tmp,
      });
      const t = await target(site);
      const io = restoreIo(t, {
        site,
        environment: 'staging',
        'target-environment': 'qa',
        ...(encrypted ? { 'decrypt-identity': `# created: 2026-01-01\n# public key: ${recipient}\n${identity}\n` } : {}),
      });
      const started = Date.now();
      const r = await restoreCommand(io);
      const ms = Date.now() - started;

      expect(r.plan.backupId).toBe(b.id);
      expect(io.outputs['backup-id']).toBe(b.id);
      for (const c of ['code', 'assets', 'data'] as const) {
        expect(await tree(path.join(t.restoreDir, c))).toEqual(await tree(dirs[c]));
        // The hook ran after extraction, with $BACKUP_IN at the component and the target named.
        expect(await readFile(path.join(t.markers, c), 'utf8')).toBe(`${path.join(t.restoreDir, c)} qa`);
      }
      expect((await readdir(t.restoreDir)).sort()).toEqual(['assets', 'code', 'data', 'keep.txt']); // no staging folders left
      expect(await readdir(runnerTemp)).toEqual([]);
      const summary = io.summaries.join('\n');
      expect(summary).toContain(`## Restored ${site} from \`${b.id}\``);
      expect(summary).toContain('environment `qa`');
      expect(summary).toMatch(/\| assets \| assets\.tar[.a-z]* \|/);
      if (encrypted) {
        expect(io.secrets).toContain(`# created: 2026-01-01\n# public key: ${recipient}\n${identity}`);
        expect(io.lines.join('\n') + summary).not.toContain(identity);
      }
      console.log(`round trip ${compression}${encrypted ? '+age' : ''}: restore of ${b.bytes} stored bytes took ${ms} ms`);
    },
  );

  it('restores only the components asked for, and the newest complete backup for `latest`', async () => {
    const site = 'subset';
    await backupSite({ store, site, environment: 'staging', dirs, now: nextTime(), tmpRoot: tmp });
    const newer = await backupSite({ store, site, environment: 'staging', dirs: { data: dirs.data }, now: nextTime(), tmpRoot: tmp });
    // A newer backup that never finished (no manifest) is skipped by `latest`.
    await mkdir(path.join(storeRoot, site, 'staging', makeBackupId(nextTime(), 'manual', 'unfinished')), { recursive: true });
    await writeFile(path.join(storeRoot, site, 'staging', makeBackupId(new Date(t0), 'manual', 'unfinished'), 'data.tar.zst'), 'partial');
    const t = await target(site);
    const r = await restoreCommand(restoreIo(t, { site, environment: 'staging', components: 'data' }));
    expect(r.plan.backupId).toBe(newer.id);
    expect((await readdir(t.restoreDir)).sort()).toEqual(['data', 'keep.txt']);
    expect(await tree(path.join(t.restoreDir, 'data'))).toEqual(await tree(dirs.data));
    await expect(
      restoreCommand(restoreIo(await target(`${site}-2`), { site, environment: 'staging', components: 'code' })),
    ).rejects.toThrow(/holds no "code" component/);
  });

  it('dry-run shows objects, sizes, operations and the target, and changes nothing', async () => {
    const site = 'dry';
    const b = await backupSite({ store, site, dirs, now: nextTime(), tmpRoot: tmp });
    const t = await target(site);
    const io = restoreIo(t, { site, 'dry-run': 'true' }); // production, and no confirm: a plan needs none
    const r = await restoreCommand(io);
    expect(r.dryRun).toBe(true);
    await t.untouched();
    const log = io.lines.join('\n');
    expect(log).toContain(`backup ${b.id}`);
    expect(log).toMatch(/code\s+code\.tar\.zst [\d.]+ (B|KiB|MiB) stored, 4 files/);
    expect(log).toContain(`extract into ${path.join(t.restoreDir, 'data')}/, then run \`data-restore-command\``);
    expect(log).toContain('a real run needs `confirm: production`');
    expect(io.summaries[0]).toContain('Restore plan (dry run)');
    expect(io.summaries[0]).toContain('Nothing was downloaded or changed.');
  });

  it('dry-run of an age-encrypted backup without decrypt-identity prints the plan and says the real run needs the key', async () => {
    const site = 'dry-age';
    await backupSite({ store, site, dirs, recipients: [recipient], now: nextTime(), tmpRoot: tmp });
    const t = await target(site);
    const io = restoreIo(t, { site, 'dry-run': 'true' });
    const r = await restoreCommand(io);
    expect(r.dryRun).toBe(true);
    await t.untouched();
    expect(io.lines.join('\n')).toContain(
      'code.tar.zst.age, assets.tar.zst.age, data.tar.zst.age age-encrypted: a real run needs `decrypt-identity`',
    );
    // The real run still refuses before downloading anything.
    const real = restoreIo(t, { site, confirm: 'production' });
    await expect(restoreCommand(real)).rejects.toThrow(/age-encrypted .* and no identity was given/);
    await t.untouched();
  });
});

describe('refusals that change nothing', () => {
  it('a flipped byte in one stored object: the object is named, nothing is extracted, no hook runs', async () => {
    const site = 'flip';
    const b = await backupSite({ store, site, environment: 'staging', dirs, now: nextTime(), tmpRoot: tmp });
    const obj = path.join(storeRoot, site, 'staging', b.id, 'assets.tar.zst');
    const bytes = await readFile(obj);
    const mid = Math.floor(bytes.length / 2);
    bytes[mid] = bytes[mid]! ^ 0x01;
    await writeFile(obj, bytes);
    const t = await target(site);
    const err = await restoreCommand(restoreIo(t, { site, environment: 'staging' })).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain(`refusing to restore ${b.id}, nothing was changed`);
    expect((err as Error).message).toMatch(
      new RegExp(
        `${b.id}/assets\\.tar\\.zst: sha256 is [0-9a-f]{64}, the manifest says ${b.components.find((c) => c.name === 'assets')!.sha256}`,
      ),
    );
    expect((err as Error).message).not.toContain('code.tar.zst'); // the intact ones are not blamed
    await t.untouched();
  });

  it('an object of the wrong size is refused from the listing, before any download', async () => {
    const site = 'short';
    const b = await backupSite({ store, site, environment: 'staging', dirs, now: nextTime(), tmpRoot: tmp });
    const obj = path.join(storeRoot, site, 'staging', b.id, 'code.tar.zst');
    await writeFile(obj, (await readFile(obj)).subarray(0, 100));
    const t = await target(site);
    await expect(restoreCommand(restoreIo(t, { site, environment: 'staging' }))).rejects.toThrow(
      /code\.tar\.zst: is 100 bytes in the store, the manifest says \d+/,
    );
    await t.untouched();
  });

  it('a backup without a manifest is never restored', async () => {
    const site = 'nomanifest';
    const b = await backupSite({ store, site, environment: 'staging', dirs, now: nextTime(), tmpRoot: tmp });
    await rm(path.join(storeRoot, site, 'staging', b.id, 'manifest.json'));
    const t = await target(site);
    await expect(restoreCommand(restoreIo(t, { site, environment: 'staging', backup: b.id }))).rejects.toThrow(
      `backup ${b.id} has no manifest.json: it is incomplete`,
    );
    await expect(restoreCommand(restoreIo(t, { site, environment: 'staging' }))).rejects.toThrow(
      /no complete backup of nomanifest\/staging exists \(1 incomplete backup has no manifest/,
    );
    await t.untouched();
  });

  it('a manifest that belongs to another backup is refused', async () => {
    const site = 'moved';
    const b = await backupSite({ store, site, environment: 'staging', dirs: { data: dirs.data }, now: nextTime(), tmpRoot: tmp });
    const otherId = makeBackupId(nextTime(), 'manual', 'copy');
    const { cp } = await import('node:fs/promises');
    await cp(path.join(storeRoot, site, 'staging', b.id), path.join(storeRoot, site, 'staging', otherId), { recursive: true });
    const t = await target(site);
    await expect(restoreCommand(restoreIo(t, { site, environment: 'staging', backup: otherId }))).rejects.toThrow(
      /describes moved\/staging\/\S+, not the folder it is in/,
    );
    await t.untouched();
  });

  it('a wrong age identity, or none, is refused before anything is extracted', async () => {
    const site = 'wrongkey';
    await backupSite({ store, site, environment: 'staging', dirs, recipients: [recipient], now: nextTime(), tmpRoot: tmp });
    const t = await target(site);
    await expect(restoreCommand(restoreIo(t, { site, environment: 'staging', 'decrypt-identity': otherIdentity }))).rejects.toThrow(
      /code\.tar\.zst\.age: cannot be decrypted with the given identity/,
    );
    await t.untouched();
    const none = await restoreCommand(restoreIo(t, { site, environment: 'staging' })).catch((e: unknown) => e);
    expect(none).toBeInstanceOf(ConfigError);
    expect((none as ConfigError).input).toBe('decrypt-identity');
    await t.untouched();
    await expect(restoreCommand(restoreIo(t, { site, environment: 'staging', 'decrypt-identity': recipient }))).rejects.toThrow(
      /that is a public recipient; restore needs the secret key/,
    );
    await t.untouched();
  });

  const declaredCounts = (entries: RawEntry[]) => {
    const files = entries.filter((e) => (e.type ?? 'File') === 'File');
    return { contentBytes: files.reduce((n, e) => n + Buffer.byteLength(e.body ?? ''), 0), files: files.length };
  };

  /** A backup written by hand: a crafted archive with a correct manifest, so only extraction can catch it. */
  async function craftedBackup(site: string, entries: RawEntry[]): Promise<string> {
    const id = makeBackupId(nextTime(), 'manual', 'crafted');
    const body = rawTar(entries);
    const w = await store.createWriter({ site, environment: 'staging', id });
    const { Readable } = await import('node:stream');
    await w.put('code.tar', Readable.from([body]));
    await w.put('data.tar', Readable.from([rawTar([{ path: 'db.sql', body: 'SELECT 1;\n' }])]));
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    const dataBody = rawTar([{ path: 'db.sql', body: 'SELECT 1;\n' }]);
    await w.commit(
      serializeManifest({
        format: 1,
        id,
        site,
        environment: 'staging',
        platform: 'command',
        trigger: 'manual',
        createdAt: '2026-03-01T00:00:00Z',
        finishedAt: '2026-03-01T00:00:01Z',
        tool: { name: 'site-backup-action', version: '0.1.0' },
        source: {},
        components: [
          // data first: a refusal in code must stop data from being extracted too.
          {
            name: 'data',
            object: 'data.tar',
            compression: 'none',
            encryption: 'none',
            bytes: dataBody.length,
            sha256: sha(dataBody),
            contentBytes: 10,
            files: 1,
          },
          // Counts that match the archive: only the hostile entry may be what refuses it.
          {
            name: 'code',
            object: 'code.tar',
            compression: 'none',
            encryption: 'none',
            bytes: body.length,
            sha256: sha(body),
            ...declaredCounts(entries),
          },
        ],
      }),
    );
    return id;
  }

  it.each<[string, RawEntry[], RegExp, string?]>([
    [
      '../',
      [
        { path: 'index.php', body: 'ok' },
        { path: '../escaped.txt', body: 'pwned' },
      ],
      /"\.\.\/escaped\.txt" has a "\.\." segment/,
      'escaped.txt',
    ],
    [
      'an absolute path',
      [
        { path: 'index.php', body: 'ok' },
        { path: `/tmp/sba-restore-absolute-${process.pid}.txt`, body: 'pwned' },
      ],
      /is an absolute path/,
    ],
    [
      'an escaping symlink',
      [
        { path: 'index.php', body: 'ok' },
        { path: 'up', type: 'SymbolicLink', linkpath: '..' },
        { path: 'up/escaped.txt', body: 'pwned' },
      ],
      /"up" is a symlink to "\.\.", which points outside the target/,
      'escaped.txt',
    ],
    [
      'a device entry',
      [
        { path: 'index.php', body: 'ok' },
        { path: 'null', type: 'CharacterDevice' },
      ],
      /"null" is a CharacterDevice entry/,
    ],
  ])('an archive with %s is refused whole', async (name, entries, re, escapeName) => {
    const site = `hostile-${name.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}`;
    const id = await craftedBackup(site, entries);
    const t = await target(site);
    const err = await restoreCommand(restoreIo(t, { site, environment: 'staging' })).catch((e: Error) => e);
    expect((err as Error).message).toMatch(re);
    expect((err as Error).message).toContain(`refusing to restore ${id}, nothing was changed: code.tar: refused the whole archive`);
    await t.untouched();
    if (escapeName) expect(await exists(path.join(path.dirname(t.restoreDir), escapeName))).toBe(false);
    expect(await exists(`/tmp/sba-restore-absolute-${process.pid}.txt`)).toBe(false);
  });
});

describe('protected environments', () => {
  it('refuses production without confirm, shows what to type, and downloads nothing', async () => {
    const site = 'prot';
    await backupSite({ store, site, dirs: { data: dirs.data }, now: nextTime(), tmpRoot: tmp });
    const t = await target(site);
    const err = await restoreCommand(restoreIo(t, { site })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).input).toBe('confirm');
    expect((err as Error).message).toContain('restoring into `production` overwrites a protected environment of prot');
    expect((err as Error).message).toContain('set `confirm: production` (CLI: `--confirm production`)');
    await t.untouched();

    // Close is not enough: the exact name.
    await expect(restoreCommand(restoreIo(t, { site, confirm: 'Production' }))).rejects.toThrow(
      /is "Production", which is not the exact target name/,
    );
    await t.untouched();

    // Restoring from staging into `live` is guarded by the target, not the source.
    await backupSite({ store, site, environment: 'staging', dirs: { data: dirs.data }, now: nextTime(), tmpRoot: tmp });
    await expect(restoreCommand(restoreIo(t, { site, environment: 'staging', 'target-environment': 'live' }))).rejects.toThrow(
      /set `confirm: live`/,
    );
    // A custom list replaces the default one.
    await expect(
      restoreCommand(restoreIo(t, { site, environment: 'staging', 'protected-environments': 'staging, prod-eu' })),
    ).rejects.toThrow(/set `confirm: staging`/);
    await t.untouched();

    const r = await restoreCommand(restoreIo(t, { site, confirm: 'production' }));
    expect(r.components.map((c) => c.component)).toEqual(['data']);
    expect(await tree(path.join(t.restoreDir, 'data'))).toEqual(await tree(dirs.data));
  });

  it('refuses to restore over a component folder that already holds files', async () => {
    const site = 'occupied';
    await backupSite({ store, site, environment: 'staging', dirs: { data: dirs.data }, now: nextTime(), tmpRoot: tmp });
    const t = await target(site);
    await mkdir(path.join(t.restoreDir, 'data'));
    await writeFile(path.join(t.restoreDir, 'data', 'old.sql'), 'old');
    await expect(restoreCommand(restoreIo(t, { site, environment: 'staging' }))).rejects.toThrow(
      /Input `restore-dir`: .*data already holds 1 entry/,
    );
    expect(await readdir(path.join(t.restoreDir, 'data'))).toEqual(['old.sql']);
    expect(await readdir(t.markers)).toEqual([]);
  });
});
