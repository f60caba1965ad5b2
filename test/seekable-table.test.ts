import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { restoreCommand } from '../src/commands/restore.js';
import { detectDialect } from '../src/core/sql-split.js';
import { testIo } from './helpers/io.js';
import { findProgram, mariaDbMissing, startMariaDb, type MariaDb } from './helpers/mariadb.js';
import { postgresMissing, startPostgres, type Pg } from './helpers/postgres.js';
import { describeWithTools } from './helpers/requires.js';
import { shq } from './helpers/restore-fixtures.js';
import { tempDir } from './helpers/tmp.js';

// `restore --table` on dumps from real MariaDB and PostgreSQL servers: a table whose name needs
// quoting, rows holding the text of a CREATE TABLE, and the extracted file loaded into a fresh
// database gives the same rows; the other tables stay out.

const EVIL = "CREATE TABLE evil (x int); DROP TABLE other; -- it's data";

async function backupAndCut(root: string, name: string, dumpFile: string, dump: string, table: string) {
  const data = path.join(root, `${name}-data`);
  await mkdir(data, { recursive: true });
  await writeFile(path.join(data, dumpFile), dump);
  await writeFile(path.join(data, 'notes.txt'), 'not a dump\n');
  const store = { store: path.join(root, 'store') };
  const rt = path.join(root, `rt-${name}`);
  await mkdir(rt, { recursive: true });
  await backupCommand(
    testIo(
      { platform: 'command', site: name, environment: 'staging', 'data-command': `cp -a ${shq(data)}/. "$BACKUP_OUT"`, ...store },
      { RUNNER_TEMP: rt },
      root,
    ),
  );
  const out = path.join(root, `${name}-out`);
  const io = testIo(
    { platform: 'command', site: name, environment: 'staging', ...store, 'restore-dir': out, table },
    { RUNNER_TEMP: rt },
    root,
  );
  const r = await restoreCommand(io);
  expect(r.tables).toHaveLength(1);
  const file = r.tables![0]!.file;
  expect(await readdir(out)).toEqual([path.basename(file)]);
  expect(io.lines.join('\n')).toMatch(/it was not loaded\. Load it with: /);
  expect(r.partial![0]!.seekable).toBe(true);
  return readFile(file, 'utf8');
}

describeWithTools('restore --table from a MariaDB dump', mariaDbMissing(), () => {
  let db: MariaDb;
  let root: string;
  beforeAll(async () => {
    root = await tempDir('sba-table-my-');
    db = await startMariaDb();
  });
  afterAll(async () => {
    await db?.stop();
  });

  it('cuts out `order items` (quoted name, a row holding CREATE TABLE) and it loads into a fresh database with the same rows', async () => {
    await db.exec('CREATE DATABASE shop; CREATE DATABASE fresh;');
    await db.exec(
      `CREATE TABLE \`order items\` (id INT PRIMARY KEY AUTO_INCREMENT, body TEXT, n INT, KEY byn (n));
       INSERT INTO \`order items\` (body, n) VALUES ('${EVIL.replace(/'/g, "''")}', 1), ('line\\nbreak\\ttab', 2), (NULL, 3);
       CREATE TABLE other (id INT PRIMARY KEY); INSERT INTO other VALUES (7);`,
      'shop',
    );
    const dump = execFileSync(findProgram('mariadb-dump')!, ['--no-defaults', `--socket=${db.socket}`, '-u', 'root', 'shop']).toString();
    expect(detectDialect(Buffer.from(dump), 'shop.sql')).toBe('mysql');
    const sql = await backupAndCut(root, 'my', 'shop.sql', dump, 'order items');
    expect(sql).not.toMatch(/CREATE TABLE `other`/);
    await db.exec(sql, 'fresh');
    expect(await db.exec('SHOW TABLES', 'fresh')).toBe('order items\n');
    const rows =
      'SELECT COUNT(*), MD5(GROUP_CONCAT(CONCAT_WS(0x1f, id, IFNULL(body, 0x00), n) ORDER BY id SEPARATOR 0x1e)) FROM `order items`';
    expect(await db.exec(rows, 'fresh')).toBe(await db.exec(rows, 'shop'));
    expect(await db.exec('CHECKSUM TABLE `order items`', 'fresh')).toBe(
      (await db.exec('CHECKSUM TABLE `order items`', 'shop')).replace('shop.', 'fresh.'),
    );
  });
});

describeWithTools('restore --table from a PostgreSQL dump', postgresMissing(), () => {
  let pg: Pg;
  let root: string;
  beforeAll(async () => {
    root = await tempDir('sba-table-pg-');
    pg = await startPostgres('secret-pw');
  });
  afterAll(async () => {
    await pg?.stop();
  });

  it('cuts out "Order Items" with its sequence and keys, and it loads into a fresh database with the same rows', async () => {
    pg.psql('CREATE DATABASE shop;');
    pg.psql('CREATE DATABASE fresh;');
    pg.psql(
      `CREATE TABLE "Order Items" (id serial PRIMARY KEY, body text, n int);
       CREATE INDEX "by n" ON "Order Items" (n);
       INSERT INTO "Order Items" (body, n) VALUES ('${EVIL.replace(/'/g, "''")}', 1), (E'line\\nbreak\\ttab \\\\. end', 2), (NULL, 3);
       CREATE TABLE other (id int PRIMARY KEY); INSERT INTO other VALUES (7);
       CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;`,
      'shop',
    );
    const sql = await backupAndCut(root, 'pg', 'shop.sql', pg.dump('shop'), 'Order Items');
    expect(sql).not.toMatch(/CREATE TABLE public\.other/);
    pg.psql(sql, 'fresh');
    const rows = `SELECT count(*), md5(string_agg(t::text, ',' ORDER BY id)) FROM "Order Items" t`;
    expect(pg.psql(rows, 'fresh')).toBe(pg.psql(rows, 'shop'));
    expect(pg.psql(`SELECT string_agg(tablename, ',') FROM pg_tables WHERE schemaname = 'public'`, 'fresh')).toMatch(/Order Items/);
    expect(pg.psql(`SELECT string_agg(tablename, ',') FROM pg_tables WHERE schemaname = 'public'`, 'fresh')).not.toMatch(/other/);
    // The sequence came along and goes on from where it was.
    expect(pg.psql(`INSERT INTO "Order Items" (n) VALUES (4) RETURNING id`, 'fresh')).toMatch(/\b4\b/);
  });

  it('refuses a custom-format dump and says to use pg_restore -t', () => {
    expect(() => detectDialect(Buffer.from('PGDMP\x01\x0e\x00'), 'shop.dump')).toThrow(/custom-format dump.*pg_restore -t <table>/);
    expect(() => detectDialect(Buffer.from('INSERT INTO x VALUES (1);'), 'x.sql')).toThrow(/cannot be split safely/);
  });
});
