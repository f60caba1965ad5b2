import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { listCommand, type ListedBackup } from '../src/commands/list.js';
import { pruneCommand } from '../src/commands/prune.js';
import { restoreCommand } from '../src/commands/restore.js';
import { verifyCommand } from '../src/commands/verify.js';
import { parseBackupConfig } from '../src/config/backup.js';
import { mapSource } from '../src/config/source.js';
import { failureIssueBody } from '../src/summaries/failure-issue.js';
import { openPlace } from '../src/formats/index.js';
import { testIo } from './helpers/io.js';
import { describeWithTools } from './helpers/requires.js';
import { tempDir } from './helpers/tmp.js';

// format: restic end to end on a folder store, with the real restic (Debian's 0.14 in CI):
// backup twice (the second adds next to nothing), list, prune exactly what the planner chose,
// verify with restic check, restore into another environment, and two first backups of one
// site racing to create its repository.

const hasRestic = spawnSync('restic', ['version']).status === 0;
const PASSWORD = 'correct horse battery staple 11';

let root: string;
let site: string;

function inputs(store: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    platform: 'command',
    site: 'shop',
    environment: 'production',
    store,
    format: 'restic',
    'restic-password': PASSWORD,
    trigger: 'manual',
    'code-command': `cp -a '${site}/code/.' "$BACKUP_OUT/"`,
    'assets-command': `cp -a '${site}/assets/.' "$BACKUP_OUT/"`,
    'data-command': `cp -a '${site}/data/.' "$BACKUP_OUT/"`,
    ...extra,
  };
}

/**
 * The runner's temp folder, as a runner gives every job of it: restic's parent snapshot is found
 * through the staging path under it, so it must be this test's own, never the machine's /tmp
 * that another test process (backing up a site of the same name) may be staging in.
 */
function runner(): NodeJS.ProcessEnv {
  return { RUNNER_TEMP: path.join(root, 'runner-temp') };
}

/** Plain restic on the repository, as a person restoring without this tool would run it. */
function restic(repo: string, args: string[]): string {
  const r = spawnSync('restic', ['-r', repo, '--no-cache', ...args], {
    env: { PATH: process.env.PATH, RESTIC_PASSWORD: PASSWORD },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`restic ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

describeWithTools('format restic on a folder store (real restic)', hasRestic ? [] : ['restic'], () => {
  beforeAll(async () => {
    root = await tempDir('sba-restic-');
    site = path.join(root, 'site');
    await mkdir(path.join(root, 'runner-temp'));
    await mkdir(path.join(site, 'code', 'lib'), { recursive: true });
    await mkdir(path.join(site, 'assets', 'img'), { recursive: true });
    await mkdir(path.join(site, 'data'), { recursive: true });
    await writeFile(path.join(site, 'code', 'index.php'), '<?php echo "shop";\n');
    await writeFile(path.join(site, 'code', 'lib', 'cart.php'), '<?php function cart() { return []; }\n');
    for (let i = 0; i < 8; i++) await writeFile(path.join(site, 'assets', 'img', `p${i}.bin`), randomBytes(512 * 1024));
    await writeFile(
      path.join(site, 'data', 'shop.sql'),
      Array.from({ length: 3000 }, (_, i) => `INSERT INTO orders VALUES (${i}, 'order ${i}');`).join('\n'),
    );
  });

  it('backs up, adds almost nothing the second time, lists, prunes exactly the plan, verifies and restores', async () => {
    const store = path.join(root, 'store');
    const first = testIo(inputs(store), runner(), root);
    const r1 = await backupCommand(first);
    expect(r1.skipped).toBe(false);
    expect(first.outputs.location).toBe(`${path.join(store, 'shop', 'restic')}#${r1.id}`);
    expect(Number(first.outputs.bytes)).toBeGreaterThan(4 * 1024 * 1024 * 0.9);
    expect(first.lines.join('\n')).toMatch(/restic: created the repository/);
    expect(first.lines.join('\n')).not.toContain(PASSWORD);

    const second = testIo(inputs(store), runner(), root);
    const r2 = await backupCommand(second);
    // Same content, exported again (cp -a keeps mtimes; new inodes): only the new snapshot's
    // trees and the new manifest are stored.
    expect(Number(second.outputs.bytes)).toBeLessThan(Number(first.outputs.bytes) * 0.01);
    // With the first snapshot as parent, files whose size and mtime did not change are not
    // even read again; only the new manifest is.
    expect(second.lines.join('\n')).toMatch(/0 new, 1 changed, 11 unchanged files/);

    // The repository is plain restic: tags, host and the manifest at the snapshot root.
    const repo = path.join(store, 'shop', 'restic');
    const snaps = JSON.parse(restic(repo, ['snapshots', '--json'])) as { id: string; tags: string[]; hostname: string }[];
    expect(snaps).toHaveLength(2);
    expect(snaps[0]!.hostname).toBe('production');
    expect(snaps[0]!.tags).toEqual(expect.arrayContaining(['site:shop', 'environment:production', 'trigger:manual', `backup:${r1.id}`]));
    const manifest = JSON.parse(
      restic(repo, ['dump', snaps.find((s) => s.tags.includes(`backup:${r2.id}`))!.id, '/manifest.json']),
    ) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      format: 1,
      backupFormat: 'restic',
      id: r2.id,
      site: 'shop',
      environment: 'production',
      platform: 'command',
      trigger: 'manual',
    });
    expect((manifest.components as { name: string }[]).map((c) => c.name)).toEqual(['code', 'assets', 'data']);

    // A snapshot someone made with plain restic in the same repository is never ours to delete.
    restic(repo, ['backup', '--tag', 'by-hand', path.join(site, 'code')]);

    const r3 = await backupCommand(testIo(inputs(store), runner(), root));
    const listed = (await listCommand(testIo(inputs(store), runner(), root), { json: true, write: () => undefined })) as ListedBackup[];
    expect(listed.map((b) => b.id)).toEqual([r3.id, r2.id, r1.id].sort().reverse());
    expect(listed.every((b) => b.complete)).toBe(true);

    // max-age sees the restic backups too.
    const young = testIo(inputs(store, { 'max-age': '1h' }), runner(), root);
    expect((await backupCommand(young)).skipped).toBe(true);

    const pruneIo = testIo({ ...inputs(store), 'retention-on-demand': 'last=2' }, runner(), root);
    const pruned = await pruneCommand(pruneIo);
    const oldest = [r1.id, r2.id, r3.id].sort()[0]!;
    expect(pruned.plan.remove.map((b) => b.id)).toEqual([oldest]);
    expect(pruned.removed).toBe(1);
    const left = JSON.parse(restic(repo, ['snapshots', '--json'])) as { tags: string[] }[];
    expect(left.map((s) => s.tags.find((t) => t.startsWith('backup:')) ?? 'by-hand').sort()).toEqual(
      [
        'by-hand',
        ...[r1.id, r2.id, r3.id]
          .sort()
          .slice(1)
          .map((id) => `backup:${id}`),
      ].sort(),
    );

    const verifyIo = testIo({ ...inputs(store), 'restic-read-data-subset': 'all' }, runner(), root);
    const verified = await verifyCommand(verifyIo);
    expect(verified.report.damage).toEqual([]);
    expect(verifyIo.lines.join('\n')).toMatch(/restic check --read-data-subset=100% of .*: no errors/);

    // Dry run first: a plan, nothing written.
    const restoreDir = path.join(root, 'restored');
    const dry = testIo({ ...inputs(store), 'target-environment': 'staging', 'restore-dir': restoreDir, 'dry-run': 'true' }, runner(), root);
    const plan = await restoreCommand(dry);
    expect(plan.dryRun).toBe(true);
    await expect(readdir(restoreDir)).rejects.toThrow();
    // A protected target needs confirm.
    await expect(restoreCommand(testIo({ ...inputs(store), 'restore-dir': restoreDir }, runner(), root))).rejects.toThrow(/confirm/);

    const restoreIo = testIo({ ...inputs(store), 'target-environment': 'staging', 'restore-dir': restoreDir }, runner(), root);
    const restored = await restoreCommand(restoreIo);
    expect(restored.plan.backupId).toBe([r1.id, r2.id, r3.id].sort().at(-1));
    expect((await readdir(restoreDir)).sort()).toEqual(['assets', 'code', 'data']);
    expect(await readFile(path.join(restoreDir, 'code', 'lib', 'cart.php'), 'utf8')).toBe(
      await readFile(path.join(site, 'code', 'lib', 'cart.php'), 'utf8'),
    );
    expect(await readFile(path.join(restoreDir, 'assets', 'img', 'p7.bin'))).toEqual(
      await readFile(path.join(site, 'assets', 'img', 'p7.bin')),
    );
    expect(await readFile(path.join(restoreDir, 'data', 'shop.sql'), 'utf8')).toBe(
      await readFile(path.join(site, 'data', 'shop.sql'), 'utf8'),
    );

    // Damage one data file of the repository: verify reading all data finds it.
    const packs: string[] = [];
    for (const d of await readdir(path.join(repo, 'data')))
      for (const f of await readdir(path.join(repo, 'data', d))) packs.push(path.join(repo, 'data', d, f));
    const biggest = (await Promise.all(packs.map(async (p) => ({ p, n: (await readFile(p)).length })))).sort((a, b) => b.n - a.n)[0]!.p;
    const bytes = await readFile(biggest);
    const at = Math.floor(bytes.length / 2);
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
    await writeFile(biggest, bytes);
    await expect(verifyCommand(testIo({ ...inputs(store), 'restic-read-data-subset': 'all' }, runner(), root))).rejects.toThrow(
      /restic check failed/,
    );
  }, 120_000);

  it('opens the repository once per backup: a first backup creates it at once, a second lets restic find its parent', async () => {
    const store = path.join(root, 'once');
    // The real restic behind a shim that notes each command (the first word that is not an option).
    const shim = path.join(root, 'shim');
    const calls = path.join(root, 'restic-calls');
    await mkdir(shim);
    const real = spawnSync('sh', ['-c', 'command -v restic'], { encoding: 'utf8' }).stdout.trim();
    await writeFile(
      path.join(shim, 'restic'),
      `#!/bin/sh\nfor a; do case "$a" in -*) ;; *) echo "$a" >> '${calls}'; break ;; esac; done\nexec '${real}' "$@"\n`,
      { mode: 0o755 },
    );
    const env = { ...runner(), PATH: `${shim}${path.delimiter}${process.env.PATH}` };
    // `restic version` does not open the repository (and is asked once per process and program).
    const commands = async () => (await readFile(calls, 'utf8')).split('\n').filter((c) => c && c !== 'version');

    await backupCommand(testIo(inputs(store), env, root));
    // The folder has no repository (no config file): it is created at once, beside the exports,
    // with no failed `restic backup` and no probe before it.
    expect(await commands()).toEqual(['init', 'backup']);

    await writeFile(calls, '');
    const second = testIo(inputs(store), env, root);
    await backupCommand(second);
    // No `restic snapshots` for the parent: `restic backup` finds it by host and paths. (An
    // export slower than 2 s has the repository opened beside it: `cat config`.)
    expect((await commands()).filter((c) => c !== 'cat')).toEqual(['backup']);
    expect(second.lines.join('\n')).toMatch(/0 new, 1 changed, 11 unchanged files/);
  }, 120_000);

  it('two first backups of one site (staging and production) racing to create the repository both succeed', async () => {
    const store = path.join(root, 'race');
    const [a, b] = await Promise.all([
      backupCommand(testIo(inputs(store, { environment: 'staging' }), runner(), root)),
      backupCommand(testIo(inputs(store, { environment: 'production' }), runner(), root)),
    ]);
    expect(a.skipped || b.skipped).toBe(false);
    const repo = path.join(store, 'shop', 'restic');
    // One repository, one key: whichever job lost the race used the winner's.
    expect(await readdir(path.join(repo, 'keys'))).toHaveLength(1);
    const snaps = JSON.parse(restic(repo, ['snapshots', '--json'])) as { hostname: string }[];
    expect(snaps.map((s) => s.hostname).sort()).toEqual(['production', 'staging']);
    // One repository per site: a first backup of another environment with the same content
    // (a fresh staging copy, say) stores only its new snapshot's trees and manifest.
    const qa = await backupCommand(testIo(inputs(store, { environment: 'qa' }), runner(), root));
    expect(qa.bytes).toBeLessThan(Math.max(a.bytes, b.bytes) * 0.01);
  }, 120_000);

  it('a wrong password stops a slow export in seconds: the repository opens while the export runs', async () => {
    const store = path.join(root, 'wrong-password');
    await backupCommand(testIo(inputs(store), runner(), root));
    const started = Date.now();
    await expect(
      backupCommand(
        testIo(
          inputs(store, { 'restic-password': 'not the password', 'code-command': 'sleep 300', 'assets-command': 'sleep 300' }),
          runner(),
          root,
        ),
      ),
    ).rejects.toThrow(/Input `restic-password`/);
    // The export alone would take 300 s; opening the repository takes about one.
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('the failure issue tells how to restore a restic backup: format and password', () => {
    const id = '20261121T050003Z-scheduled-r8812345';
    const newestGood = { id, time: new Date('2026-11-21T05:00:03Z'), location: `s3://b/sites/shop/restic#${id}` };
    const body = failureIssueBody('shop', 'production', {
      failures: [{ what: 'The backup failed.' }],
      when: new Date(),
      now: new Date(),
      store: 's3://b/sites',
      restic: true,
      newestGood,
    });
    expect(body).toContain('    format: restic  # and restic-password, from the secret that holds the repository password');
    expect(body).toContain(`--store 's3://b/sites' --format restic --backup ${id}`);
  });

  it('refuses the artifact store, encrypt-to and a missing password, naming the input', async () => {
    const base = inputs(path.join(root, 'refused'));
    expect(() => parseBackupConfig(mapSource({ ...base, store: 'artifact' }))).toThrow(
      /Input `format`: `restic` cannot use the `artifact` store/,
    );
    expect(() =>
      parseBackupConfig(mapSource({ ...base, 'encrypt-to': 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p' })),
    ).toThrow(/Input `encrypt-to`: does not combine with `format: restic`/);
    const spec = parseBackupConfig(mapSource({ ...base, 'restic-password': '' })).store;
    await expect(openPlace(spec, testIo({}).log, { PATH: process.env.PATH })).rejects.toThrow(/Input `restic-password`/);
    const withEnv = await openPlace(spec, testIo({}).log, { PATH: process.env.PATH, RESTIC_PASSWORD: PASSWORD });
    expect(withEnv.format).toBe('restic');
    expect(withEnv.store).toBeUndefined();
  });
});
