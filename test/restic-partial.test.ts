import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { restoreCommand } from '../src/commands/restore.js';
import { testIo } from './helpers/io.js';
import { describeWithTools } from './helpers/requires.js';
import { tempDir } from './helpers/tmp.js';

// `path` and `table` on format restic, with the real restic: the paths become restic's include
// rules, the tables are cut out of the data folder's dumps as for archives, and nothing but the
// asked-for files appears in restore-dir.

const hasRestic = spawnSync('restic', ['version']).status === 0;
const PASSWORD = 'correct horse battery staple 12';

let root: string;
let store: string;

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  const site = path.join(root, 'site');
  return {
    platform: 'command',
    site: 'shop',
    environment: 'production',
    store,
    format: 'restic',
    'restic-password': PASSWORD,
    trigger: 'manual',
    'code-command': `cp -a '${site}/code/.' "$BACKUP_OUT/"`,
    'data-command': `cp -a '${site}/data/.' "$BACKUP_OUT/"`,
    ...extra,
  };
}

describeWithTools('format restic: restore path and table (real restic)', hasRestic ? [] : ['restic'], () => {
  beforeAll(async () => {
    root = await tempDir('sba-restic-partial-');
    store = path.join(root, 'store');
    const site = path.join(root, 'site');
    await mkdir(path.join(site, 'code', 'media', 'deep'), { recursive: true });
    await mkdir(path.join(site, 'data'), { recursive: true });
    await writeFile(path.join(site, 'code', 'index.php'), '<?php echo "shop";\n');
    await writeFile(path.join(site, 'code', 'media', 'notes.txt'), 'notes');
    await writeFile(path.join(site, 'code', 'media', 'deep', 'a.md'), '# a');
    await writeFile(
      path.join(site, 'data', 'shop.sql'),
      [
        '-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB',
        'CREATE TABLE `orders` (`id` int);',
        'INSERT INTO `orders` VALUES (1),(2);',
        'CREATE TABLE `users` (`id` int);',
        'INSERT INTO `users` VALUES (7);',
        '',
      ].join('\n'),
    );
    await backupCommand(testIo(inputs(), {}, root));
  });

  it('path: only the matching entries of the snapshot land in restore-dir', async () => {
    const restoreDir = path.join(root, 'paths');
    const io = testIo({ ...inputs(), 'restore-dir': restoreDir, path: 'media/notes.txt\n**/*.md' }, {}, root);
    const r = await restoreCommand(io);
    expect(r.partial?.map((p) => [p.component, p.entries.map((e) => e.path).sort()])).toEqual([
      ['code', ['media/deep/a.md', 'media/notes.txt']],
      ['data', []],
    ]);
    expect(await readdir(restoreDir)).toEqual(['code']);
    expect(await readFile(path.join(restoreDir, 'code', 'media', 'notes.txt'), 'utf8')).toBe('notes');
    expect(await readdir(path.join(restoreDir, 'code'))).toEqual(['media']);
  });

  it('path that matches nothing: a clear error and nothing written', async () => {
    const restoreDir = path.join(root, 'none');
    const io = testIo({ ...inputs(), 'restore-dir': restoreDir, path: 'nope/*.txt' }, {}, root);
    await expect(restoreCommand(io)).rejects.toThrow(/no entry of backup .* matches "nope\/\*\.txt"; nothing was written/);
    await expect(readdir(restoreDir)).rejects.toThrow();
  });

  it('table: one table cut out of the data folder dump, not loaded', async () => {
    const restoreDir = path.join(root, 'tables');
    const io = testIo({ ...inputs(), 'restore-dir': restoreDir, table: 'users' }, {}, root);
    const r = await restoreCommand(io);
    expect(r.tables?.map((t) => [t.table, t.dump])).toEqual([['users', 'shop.sql']]);
    const sql = await readFile(r.tables![0]!.file, 'utf8');
    expect(sql).toContain('INSERT INTO `users` VALUES (7);');
    expect(sql).not.toContain('orders');
  });
});
