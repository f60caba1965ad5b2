import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyCommand } from '../src/commands/verify.js';
import { parseDrillUrl } from '../src/config/drill.js';
import { checkPassed } from '../src/core/drill.js';
import { LocalStore } from '../src/stores/local.js';
import { findProgram, mariaDbMissing, startMariaDb, type MariaDb } from './helpers/mariadb.js';
import { backupSite, shq } from './helpers/restore-fixtures.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';
import { describeWithTools } from './helpers/requires.js';

describe('drill inputs', () => {
  it('reads MariaDB and PostgreSQL URLs, with the password kept apart', () => {
    expect(parseDrillUrl('mysql://root:p%40ss@127.0.0.1:3307/drill')).toEqual({
      engine: 'mariadb',
      host: '127.0.0.1',
      port: 3307,
      user: 'root',
      password: 'p@ss',
      database: 'drill',
    });
    expect(parseDrillUrl('mariadb://app@localhost/?socket=/run/mysqld/mysqld.sock')).toEqual({
      engine: 'mariadb',
      host: 'localhost',
      user: 'app',
      socket: '/run/mysqld/mysqld.sock',
      database: 'site_backup_drill',
    });
    expect(parseDrillUrl('postgres://pg:secret@db:5432/check')).toMatchObject({
      engine: 'postgres',
      host: 'db',
      port: 5432,
      database: 'check',
    });
    expect(() => parseDrillUrl('mysql://root:hunter22@h/x;drop')).toThrow(/database name "x;drop" is not plain/);
    expect(() => parseDrillUrl('sqlite:///tmp/x')).toThrow(/scheme "sqlite" is not supported/);
    let msg = '';
    try {
      parseDrillUrl('not a url hunter22');
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).not.toContain('hunter22');
  });

  it('counts a check as failed only for a false-looking first value', () => {
    expect(checkPassed([['1']])).toBe(true);
    expect(checkPassed([['42', 'x']])).toBe(true);
    expect(checkPassed([])).toBe(true);
    for (const v of ['0', 'NULL', '', 'false', 'f']) expect(checkPassed([[v]])).toBe(false);
  });
});

const missing = mariaDbMissing();

describeWithTools('restore drill against a real MariaDB', missing, () => {
  let db: MariaDb;
  let root: string;
  let storeRoot: string;
  let store: LocalStore;
  let tmp: string;
  let dataDir: string;
  const sourceRows: Record<string, number> = {};

  beforeAll(async () => {
    db = await startMariaDb();
    root = await tempDir('sba-drill-');
    storeRoot = path.join(root, 'store');
    store = new LocalStore(storeRoot);
    tmp = path.join(root, 'tmp');
    await mkdir(tmp);
    // The "production" database: what a real site's data-command would dump.
    const customers = Array.from({ length: 1234 }, (_, i) => `(${i + 1}, 'customer ${i + 1} \\'quoted\\' ü', ${i % 97})`).join(',');
    const orders = Array.from({ length: 5000 }, (_, i) => `(${i + 1}, ${(i % 1234) + 1}, ${(i * 13) % 10000})`).join(',');
    await db.exec(
      `CREATE DATABASE shop; USE shop;
       CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(200) NOT NULL, segment INT NOT NULL) DEFAULT CHARSET=utf8mb4;
       CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL, cents INT NOT NULL, KEY (customer_id));
       CREATE TABLE sessions (id INT PRIMARY KEY);
       INSERT INTO customers VALUES ${customers};
       INSERT INTO orders VALUES ${orders};`,
    );
    for (const t of ['customers', 'orders', 'sessions'])
      sourceRows[t] = Number((await db.exec(`SELECT COUNT(*) FROM ${t}`, 'shop')).trim());
    // The data component, made the way users make it: mariadb-dump into $BACKUP_OUT, plus a
    // gzipped side dump of a second table.
    dataDir = path.join(root, 'data');
    await mkdir(dataDir);
    execFileSync('bash', [
      '-c',
      `${shq(findProgram('mariadb-dump')!)} --no-defaults --socket=${shq(db.socket)} -uroot --single-transaction shop > ${shq(path.join(dataDir, 'shop.sql'))}`,
    ]);
    await writeFile(
      path.join(dataDir, 'stats.sql.gz'),
      gzipSync(
        "CREATE TABLE visits (day DATE PRIMARY KEY, n INT);\nINSERT INTO visits VALUES ('2026-11-01', 10), ('2026-11-02', 12), ('2026-11-03', 7);\n",
      ),
    );
    // The drill runs only on a server that holds nothing but what it creates.
    await db.exec('DROP DATABASE shop');
  });

  afterAll(async () => {
    await db?.stop();
  });

  const url = () => `mysql://${db.user}:${encodeURIComponent(db.password)}@127.0.0.1:${db.port}/site_backup_drill`;

  it('loads the dumps of the newest backup, counts every row, runs the check, and drops what it made', async () => {
    const site = 'drill-shop';
    const b = await backupSite({ store, site, dirs: { data: dataDir }, now: new Date(Date.now() - 60_000), tmpRoot: tmp });
    const io = testIo(
      { site, store: storeRoot, drill: 'true', 'drill-database-url': url(), 'drill-sql': 'SELECT COUNT(*) > 1000 FROM customers' },
      { RUNNER_TEMP: tmp },
      root,
    );
    const started = Date.now();
    const r = await verifyCommand(io);
    const ms = Date.now() - started;
    const d = r.drill!;
    // The data object verify downloaded and checked is the one the drill restores: no second download.
    expect(io.lines).toContain(`drill: using ${b.id}/data.tar.zst as verify downloaded and checked it`);
    expect(readdirSync(tmp).filter((n) => n.startsWith('site-backup-drill-'))).toEqual([]);
    const rows = Object.fromEntries(d.tables.map((t) => [`${t.schema}.${t.table}`, t.rows]));
    expect(rows).toEqual({
      'site_backup_drill.customers': sourceRows.customers,
      'site_backup_drill.orders': sourceRows.orders,
      'site_backup_drill.sessions': 0,
      'site_backup_drill.visits': 3,
    });
    expect(d.totalRows).toBe(1234 + 5000 + 3);
    expect(d.check).toMatchObject({ ok: true, output: [['1']] });
    expect(io.outputs['drill-rows']).toBe(String(d.totalRows));
    expect(io.outputs['backup-id']).toBe(b.id);
    const summary = io.summaries.join('\n');
    expect(summary).toContain(`### Restore drill: \`${b.id}\` into mariadb`);
    expect(summary).toContain('**4 tables, 6237 rows**');
    expect(summary).toContain('| site_backup_drill.orders | 5000 |');
    expect(summary).toContain('Check `SELECT COUNT(*) > 1000 FROM customers`: **passed**');
    // Throwaway: the databases the drill created are gone, the source is untouched.
    const dbs = (await db.exec('SHOW DATABASES')).split('\n');
    expect(dbs).not.toContain('site_backup_drill');
    expect(dbs.filter((d) => d && !['information_schema', 'mysql', 'performance_schema', 'sys'].includes(d))).toEqual([]);
    // The password never reaches the log or the summary.
    expect(io.lines.join('\n') + summary).not.toContain(db.password);
    console.log(
      `drill: ${d.tables.length} tables, ${d.totalRows} rows (${d.tables.map((t) => `${t.schema}.${t.table}=${t.rows}`).join(', ')}); drill ${d.durationMs} ms, verify+drill ${ms} ms`,
    );
  });

  it('drills an encrypted backup over the unix socket', async () => {
    const site = 'drill-sealed';
    const id = await generateIdentity();
    await backupSite({
      store,
      site,
      dirs: { data: dataDir },
      recipients: [await identityToRecipient(id)],
      compression: 'gzip',
      now: new Date(Date.now() - 60_000),
      tmpRoot: tmp,
    });
    const sock = `mysql://${db.user}:${encodeURIComponent(db.password)}@localhost/drill2?socket=${encodeURIComponent(db.socket)}`;
    const r = await verifyCommand(
      testIo({ site, store: storeRoot, drill: 'true', 'drill-database-url': sock, 'decrypt-identity': id }, { RUNNER_TEMP: tmp }, root),
    );
    expect(r.drill!.tables.find((t) => t.table === 'customers')!.rows).toBe(1234);
    expect(r.drill!.database).toBe('drill2');
  });

  it('fails when the check comes back false, naming it, and still reports the row counts', async () => {
    const site = 'drill-shop';
    const io = testIo(
      {
        site,
        store: storeRoot,
        drill: 'true',
        'drill-database-url': url(),
        'drill-sql': 'SELECT COUNT(*) FROM orders WHERE cents > 100000',
      },
      { RUNNER_TEMP: tmp },
      root,
    );
    await expect(verifyCommand(io)).rejects.toThrow('the check `drill-sql` returned "0", which counts as failed');
    expect(io.summaries[0]).toContain('| site_backup_drill.orders | 5000 |');
    expect(io.summaries[0]).toContain('**Restore drill failed**');
    expect((await db.exec('SHOW DATABASES')).split('\n')).not.toContain('site_backup_drill');
  });

  it('fails on a dump that does not load, and on a drill database that already holds tables', async () => {
    const site = 'drill-broken';
    const broken = path.join(root, 'broken');
    await mkdir(broken);
    await writeFile(path.join(broken, 'cut.sql'), 'CREATE TABLE t (id INT PRIMARY KEY);\nINSERT INTO t VALUES (1), (2\n');
    await backupSite({ store, site, dirs: { data: broken }, now: new Date(Date.now() - 60_000), tmpRoot: tmp });
    await expect(
      verifyCommand(testIo({ site, store: storeRoot, drill: 'true', 'drill-database-url': url() }, { RUNNER_TEMP: tmp }, root)),
    ).rejects.toThrow(/loading cut\.sql failed: (mariadb|mysql) exited with 1: error 1064 \(SQLSTATE 42000\) at line 2$/);

    await db.exec('CREATE DATABASE busy; CREATE TABLE busy.keep (id INT)');
    const busy = `mysql://${db.user}:${encodeURIComponent(db.password)}@127.0.0.1:${db.port}/busy`;
    await expect(
      verifyCommand(
        testIo({ site: 'drill-shop', store: storeRoot, drill: 'true', 'drill-database-url': busy }, { RUNNER_TEMP: tmp }, root),
      ),
    ).rejects.toThrow('the drill database `busy` already holds 1 tables');
    expect((await db.exec('SHOW TABLES', 'busy')).trim()).toBe('keep');
    await db.exec('DROP DATABASE busy');
  });
});
