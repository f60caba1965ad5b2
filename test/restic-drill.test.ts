import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { verifyCommand } from '../src/commands/verify.js';
import { mariaDbMissing, startMariaDb, type MariaDb } from './helpers/mariadb.js';
import { testIo } from './helpers/io.js';
import { describeWithTools } from './helpers/requires.js';
import { tempDir } from './helpers/tmp.js';

// The restore drill on format restic: verify (restic check) and then the data folder restored
// out of the snapshot and loaded into a real, throwaway MariaDB.

const missing = [...mariaDbMissing(), ...(spawnSync('restic', ['version']).status === 0 ? [] : ['restic'])];

describeWithTools('restore drill on format restic against a real MariaDB', missing, () => {
  let db: MariaDb;
  let root: string;
  beforeAll(async () => {
    db = await startMariaDb();
    root = await tempDir('sba-restic-drill-');
    await mkdir(path.join(root, 'dump'));
    const rows = Array.from({ length: 700 }, (_, i) => `(${i + 1}, 'order ${i + 1}')`).join(',');
    await writeFile(
      path.join(root, 'dump', 'shop.sql'),
      `CREATE TABLE orders (id INT PRIMARY KEY, note VARCHAR(40));\nINSERT INTO orders VALUES ${rows};\n`,
    );
  }, 120_000);
  afterAll(() => db?.stop());

  it('restores the data folder from the snapshot and loads it', async () => {
    const inputs = {
      site: 'drill',
      platform: 'command',
      store: path.join(root, 'store'),
      format: 'restic',
      'restic-password': 'drill password 1',
      'data-command': `cp '${root}/dump/shop.sql' "$BACKUP_OUT/"`,
    };
    const b = await backupCommand(testIo(inputs, {}, root));
    const url = `mysql://${db.user}:${encodeURIComponent(db.password)}@127.0.0.1:${db.port}/site_backup_drill`;
    const io = testIo(
      { ...inputs, drill: 'true', 'drill-database-url': url, 'drill-sql': 'SELECT COUNT(*) = 700 FROM orders' },
      { RUNNER_TEMP: root },
      root,
    );
    const r = await verifyCommand(io);
    expect(r.report.damage).toEqual([]);
    expect(io.lines.join('\n')).toMatch(new RegExp(`drill: restored the data of ${b.id} from restic snapshot [0-9a-f]{8}`));
    expect(r.drill!.totalRows).toBe(700);
    expect(io.outputs['drill-rows']).toBe('700');
  }, 120_000);
});
