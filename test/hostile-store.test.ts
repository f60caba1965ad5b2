import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreCommand } from '../src/commands/restore.js';
import { verifyCommand } from '../src/commands/verify.js';
import { DumpRefused, guardedDump, scanDump, type DumpDialect } from '../src/util/dump-guard.js';
import { childEnv } from '../src/util/exec.js';
import { LocalStore } from '../src/stores/local.js';
import { findProgram, mariaDbMissing, startMariaDb, type MariaDb } from './helpers/mariadb.js';
import { postgresMissing, startPostgres, type Pg } from './helpers/postgres.js';
import { backupSite, shq } from './helpers/restore-fixtures.js';
import { testIo, type TestIo } from './helpers/io.js';
import { describeWithTools } from './helpers/requires.js';
import { tempDir } from './helpers/tmp.js';

// A restore treats every byte from the store as hostile (issue 19). Whoever can write the store
// (the backup role) must not reach the restoring runner's shell, its credentials, other
// databases, or the records and summaries through a crafted dump.

/** What a runner's environment holds that a dump must never see. */
const SECRETS = {
  AWS_SECRET_ACCESS_KEY: 'awsSecretProbe9f2c41d7e0',
  AWS_SESSION_TOKEN: 'awsSessionProbe3b8e11aa',
  SITE_BACKUP_AGE_IDENTITY: 'AGE-SECRET-KEY-1PROBE8QX4Z7K2M9W5N3R6T0Y',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidcRequestProbe77c0d2',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.invalid/probe-url-5521',
  GITHUB_TOKEN: 'ghs_githubTokenProbe4410',
  INPUT_PROBE: 'inputProbeValue6620',
};
const SECRET_VALUES = Object.values(SECRETS);

async function refusal(text: string, dialect: DumpDialect, database?: string): Promise<DumpRefused | undefined> {
  try {
    await scanDump(Readable.from([Buffer.from(text, 'latin1')]), dialect, database);
    return undefined;
  } catch (e) {
    if (e instanceof DumpRefused) return e;
    throw e;
  }
}

describe('dump guard', () => {
  it('passes what mariadb-dump writes: sandbox line, executable comments, triggers, escapes', async () => {
    const dump = [
      '/*M!999999\\- enable the sandbox mode */ ',
      '/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;',
      'DROP TABLE IF EXISTS `t`;',
      'CREATE TABLE `t` (`id` int NOT NULL, `note` text) ENGINE=InnoDB;',
      "INSERT INTO `t` VALUES (1,'it\\'s \\\\! not a command; USE other'),(2,'line\\nbreak'),(3,NULL),(4,\\N);",
      '-- a comment with \\! in it',
      '/* and \\! in a block comment */',
      'DELIMITER ;;',
      "/*!50003 CREATE*/ /*!50003 TRIGGER `t_bi` BEFORE INSERT ON `t` FOR EACH ROW SET NEW.note = CONCAT(NEW.note, ';') */;;",
      'DELIMITER ;',
      '-- Dump completed on 2026-12-07 10:00:00',
    ].join('\n');
    expect(await refusal(dump, 'mysql')).toBeUndefined();
    expect(await refusal('USE `drill`;\nCREATE DATABASE /*!32312 IF NOT EXISTS*/ `drill`;\n', 'mysql', 'drill')).toBeUndefined();
  });

  it.each([
    ["\\! sh -c 'env > x'\n", 1, 'client-command'],
    ["CREATE TABLE t (id INT);\nsystem sh -c 'env > x'\n", 2, 'client-command'],
    ['SELECT 1; \\! touch x\n', 1, 'client-command'],
    ['/*!50000 \\! touch x */;\n', 1, 'client-command'],
    ['source /etc/passwd\n', 1, 'client-command'],
    ["SELECT 'a'\n\\T /tmp/tee\n", 2, 'client-command'],
    ['CREATE TABLE t (id INT);\nUSE acme_live;\n', 2, 'switches-database'],
    ['use `other`\n', 1, 'switches-database'],
    ['CREATE DATABASE /*!32312 IF NOT EXISTS*/ `acme_live`;\n', 1, 'creates-database'],
    ['DROP SCHEMA acme_live;\n', 1, 'other-database'],
    ["LOAD DATA LOCAL INFILE '/proc/self/environ' INTO TABLE t;\n", 1, 'file-access'],
    ['SELECT 1; delimiter $$\n', 1, 'ambiguous-syntax'],
    // Past the first few hundred characters of a statement only quotes, comments, backslashes
    // and the delimiter are looked at: a command after a long INSERT is still found.
    [`INSERT INTO t VALUES ${"(1,'x'),".repeat(100)}(2,'y'); \\! touch x\n`, 1, 'client-command'],
    [
      `DELIMITER ;;\nCREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW SET NEW.a = '${'z'.repeat(400)}';;\nsystem touch x\n`,
      3,
      'client-command',
    ],
  ])('refuses MariaDB/MySQL input %j at line %i (%s)', async (text, line, code) => {
    expect(await refusal(text, 'mysql')).toMatchObject({ line, code });
  });

  it('passes what pg_dump writes, COPY data and dollar-quoted bodies included, and drops its \\restrict lines', async () => {
    const dump = [
      '\\restrict Abc123',
      'SET standard_conforming_strings = on;',
      "SELECT pg_catalog.set_config('search_path', '', false);",
      "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $_$ SELECT E'\\\\! no' $_$;",
      'CREATE TABLE public.t (id integer, note text, a$b int);',
      'COPY public.t (id, note) FROM stdin;',
      '1\t\\\\! data, not a command',
      '2\t\\N',
      '\\.',
      "SELECT 'it''s \\ fine', E'\\'', $$ \\o |x $$;",
      '/* nested /* \\! */ still comment */',
      '-- \\! a comment',
      '\\unrestrict Abc123',
      '',
    ].join('\n');
    expect(await refusal(dump, 'psql')).toBeUndefined();
    const out: Buffer[] = [];
    for await (const c of guardedDump(Readable.from([Buffer.from(dump, 'latin1')]), 'psql', undefined, '\\restrict OURS\n'))
      out.push(c as Buffer);
    const text = Buffer.concat(out).toString('latin1');
    expect(text.startsWith('\\restrict OURS\nSET standard_conforming_strings')).toBe(true);
    expect(text).not.toContain('Abc123');
    expect(text).toContain('1\t\\\\! data, not a command\n');
  });

  it.each([
    ["\\! sh -c 'env > x'\n", 1],
    ['\\o |sh -c "cat > x"\nSELECT 1;\n', 1],
    ["\\copy (SELECT 1) TO PROGRAM 'touch x'\n", 1],
    ['CREATE TABLE t (id int);\n\\c other\n', 2],
    ['\\connect postgres\n', 1],
    ['SELECT 1; \\! touch x\n', 1],
    ['COPY t (id) FROM stdin; \\! touch x\n1\n\\.\n', 1],
    ['COPY t (id) FROM stdin;\n1\n\\.\n\\! touch x\n', 4],
    ['\\restrict k\n\\unrestrict k\n\\! touch x\n', 3],
    ['\\restrict k \\! touch x\n', 1],
  ])('refuses psql meta-command in %j at line %i', async (text, line) => {
    expect(await refusal(text, 'psql')).toMatchObject({ line, code: 'client-command' });
  });

  it.each([
    ["COPY t FROM PROGRAM 'touch x';\n", 'file-access'],
    ["COPY t TO '/tmp/x';\n", 'file-access'],
    ['CREATE DATABASE other;\n', 'creates-database'],
    ['SELECT 1$$ x $$;\n', 'ambiguous-syntax'],
  ])('refuses PostgreSQL statement %j (%s)', async (text, code) => {
    expect(await refusal(text, 'psql')).toMatchObject({ code });
  });
});

describe('child environment', () => {
  it('passes the base set and what is asked for; `*` never passes the withheld ones', () => {
    const env = { PATH: '/bin', HOME: '/h', LC_ALL: 'C', DB_HOST: 'db', PGSSLMODE: 'require', ...SECRETS };
    expect(childEnv(env)).toEqual({ PATH: '/bin', HOME: '/h', LC_ALL: 'C' });
    expect(childEnv(env, ['PG*'])).toEqual({ PATH: '/bin', HOME: '/h', LC_ALL: 'C', PGSSLMODE: 'require' });
    expect(childEnv(env, ['*'])).toEqual({ PATH: '/bin', HOME: '/h', LC_ALL: 'C', DB_HOST: 'db', PGSSLMODE: 'require' });
    expect(childEnv(env, ['*', 'AWS_SECRET_ACCESS_KEY'])).toMatchObject({ AWS_SECRET_ACCESS_KEY: SECRETS.AWS_SECRET_ACCESS_KEY });
  });
});

/** Every file under dir as text, for "no secret and no row reached the store". */
async function allText(dir: string): Promise<string> {
  const parts: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && /\.(json|html|md|txt)$/.test(e.name)) parts.push(await readFile(path.join(e.parentPath, e.name), 'utf8'));
  }
  return parts.join('\n');
}

/** Everything a person or a later job sees of a run: log, summary, outputs, records in the store. */
async function seen(io: TestIo, storeRoot: string): Promise<string> {
  return [
    io.lines.join('\n'),
    io.summaries.join('\n'),
    JSON.stringify(io.outputs),
    io.errors.map((e) => e.message).join('\n'),
    await allText(storeRoot),
  ].join('\n');
}

interface Drilled {
  io: TestIo;
  error: Error | undefined;
  marker: string;
}

/** Backs up `files` as the data component of a fresh site and drills it with the secrets in env. */
function drillHarness(root: () => string, url: () => string) {
  let n = 0;
  return async (files: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}): Promise<Drilled> => {
    const site = `hostile-${++n}`;
    const dir = path.join(root(), site);
    const data = path.join(dir, 'data');
    const tmp = path.join(dir, 'tmp');
    await mkdir(data, { recursive: true });
    await mkdir(tmp);
    const marker = path.join(dir, 'leaked.txt');
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(data, name), text.replaceAll('MARKER', marker));
    const storeRoot = path.join(root(), 'store');
    await backupSite({ store: new LocalStore(storeRoot), site, dirs: { data }, now: new Date(Date.now() - 60_000), tmpRoot: tmp });
    const io = testIo(
      { site, store: storeRoot, drill: 'true', 'drill-database-url': url() },
      { RUNNER_TEMP: tmp, ...SECRETS, ...extraEnv },
      dir,
    );
    const error = await verifyCommand(io).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    return { io, error, marker };
  };
}

async function expectHarmless(d: Drilled, storeRoot: string): Promise<void> {
  expect(d.error).toBeDefined();
  expect(existsSync(d.marker)).toBe(false);
  const all = await seen(d.io, storeRoot);
  for (const v of SECRET_VALUES) expect(all).not.toContain(v);
}

describeWithTools('a hostile store against the drill on a real MariaDB', mariaDbMissing(), () => {
  let db: MariaDb;
  let root: string;
  const userDatabases = async () =>
    (await db.exec('SHOW DATABASES'))
      .split('\n')
      .filter((d) => d && !['information_schema', 'mysql', 'performance_schema', 'sys'].includes(d));
  beforeAll(async () => {
    db = await startMariaDb();
    root = await tempDir('sba-hostile-mdb-');
  }, 120_000);
  afterAll(() => db?.stop());
  const url = () => `mysql://${db.user}:${encodeURIComponent(db.password)}@127.0.0.1:${db.port}/site_backup_drill`;
  const drill = drillHarness(() => root, url);

  it.each([
    [
      '\\! in the dump',
      "CREATE TABLE t (id INT);\n\\! sh -c 'env > MARKER'\nINSERT INTO t VALUES (1);\n",
      /refused acme\.sql, nothing was loaded: line 2 .*\(client-command\)/,
    ],
    ['system in the dump', "CREATE TABLE t (id INT);\nsystem sh -c 'env > MARKER'\n", /line 2 .*`system` \(client-command\)/],
    [
      'USE another database (mysqldump --databases)',
      'CREATE DATABASE IF NOT EXISTS acme_live;\nUSE acme_live;\nCREATE TABLE t (id INT);\n',
      /line 1 .*\(creates-database\)/,
    ],
    ['USE another database alone', 'CREATE TABLE t (id INT);\nUSE mysql;\nCREATE TABLE t2 (id INT);\n', /line 2 .*\(switches-database\)/],
  ])('refuses %s before loading anything', async (_name, sql, message) => {
    const d = await drill({ 'acme.sql': sql });
    expect(d.error?.message).toMatch(message);
    await expectHarmless(d, path.join(root, 'store'));
    expect(await userDatabases()).toEqual([]);
  });

  it('a command hidden from the scan (NO_BACKSLASH_ESCAPES) is stopped by the client sandbox', async () => {
    const d = await drill({
      'acme.sql': "CREATE TABLE t (id INT);\nSET sql_mode = 'NO_BACKSLASH_ESCAPES';\nSELECT 'a\\'; \\! sh -c 'env > MARKER' #';\n",
    });
    await expectHarmless(d, path.join(root, 'store'));
    expect(await userDatabases()).toEqual([]);
  });

  it('a failing statement that quotes rows leaves a code and a line in the records, the rows only in the log', async () => {
    const sql = [
      'CREATE TABLE customers (email VARCHAR(100) PRIMARY KEY, name VARCHAR(100));',
      "INSERT INTO customers VALUES ('alice@example.com','Alice');",
      "INSERT INTO customers VALUES ('bob.private@example.com','Bob Private');",
      "INSERT INTO customers VALUES ('bob.private@example.com','Bob Private');",
    ].join('\n');
    const d = await drill({ 'acme.sql': sql });
    expect(d.error?.message).toMatch(/^loading acme\.sql failed: (mariadb|mysql) exited with 1: error 1062 \(SQLSTATE 23000\) at line 4$/);
    const records = await allText(path.join(root, 'store'));
    expect(records).toContain('error 1062 (SQLSTATE 23000) at line 4');
    expect(records + d.io.summaries.join('\n')).not.toContain('bob.private');
    expect(d.io.summaries.join('\n')).toContain('at line 4');
    expect(d.io.lines.join('\n')).toContain('Duplicate entry');
    expect(await userDatabases()).toEqual([]);
  });

  it('refuses a server that holds a database the drill did not create, and leaves it alone', async () => {
    await db.exec('CREATE DATABASE customer_live; CREATE TABLE customer_live.orders (id INT); INSERT INTO customer_live.orders VALUES (1)');
    try {
      const d = await drill({ 'acme.sql': 'CREATE TABLE t (id INT);\nDROP TABLE IF EXISTS customer_live.orders;\n' });
      expect(d.error?.message).toMatch(/the drill server holds 1 database the drill did not create \(`customer_live`\)/);
      expect((await db.exec('SELECT COUNT(*) FROM orders', 'customer_live')).trim()).toBe('1');
      expect(await userDatabases()).toEqual(['customer_live']);
    } finally {
      await db.exec('DROP DATABASE customer_live');
    }
  });

  it("runs the client with an allow-listed environment: no credentials but the drill server's", async () => {
    const bin = path.join(root, 'wrapped-bin');
    const envDir = path.join(root, 'client-env');
    await mkdir(bin);
    await mkdir(envDir);
    // The real client, wrapped to record the environment it was started with.
    await writeFile(path.join(bin, 'mariadb'), `#!/bin/sh\nenv > ${shq(envDir)}/env-$$\nexec ${shq(findProgram('mariadb')!)} "$@"\n`);
    await chmod(path.join(bin, 'mariadb'), 0o755);
    const d = await drill(
      { 'acme.sql': 'CREATE TABLE t (id INT);\nINSERT INTO t VALUES (1), (2);\n' },
      { PATH: `${bin}:${process.env.PATH}`, DB_HOST: 'prod-db.internal' },
    );
    expect(d.error).toBeUndefined();
    const files = await readdir(envDir);
    expect(files.length).toBeGreaterThan(2);
    const envs = (await Promise.all(files.map((f) => readFile(path.join(envDir, f), 'utf8')))).join('\n');
    expect(envs).toContain(`PATH=${bin}:`);
    for (const v of [...SECRET_VALUES, 'prod-db.internal']) expect(envs).not.toContain(v);
  });
});

describeWithTools('a hostile store against the drill on a real PostgreSQL', postgresMissing(), () => {
  let pg: Pg;
  let root: string;
  const password = 'pgProbePassword5512';
  const userDatabases = () =>
    pg
      .psql(
        "\\pset tuples_only on\n\\pset format unaligned\nSELECT datname FROM pg_database WHERE datname NOT IN ('postgres', 'template0', 'template1')",
      )
      .trim();
  beforeAll(async () => {
    pg = await startPostgres(password);
    root = await tempDir('sba-hostile-pg-');
  }, 120_000);
  afterAll(() => pg?.stop());
  const url = () => `postgres://app:${password}@127.0.0.1:${pg.port}/site_backup_drill`;
  const drill = drillHarness(() => root, url);

  it.each([
    ['\\!', "CREATE TABLE t (id int);\n\\! sh -c 'env > MARKER'\n"],
    ['\\o |cmd', "CREATE TABLE t (id int);\n\\o |sh -c 'env > MARKER'\nSELECT 1;\n"],
    ['\\copy … program', 'CREATE TABLE t (id int);\n\\copy (SELECT 1) TO PROGRAM \'sh -c "env > MARKER"\'\n'],
    ['\\c another database', 'CREATE TABLE t (id int);\n\\c postgres\nCREATE TABLE t2 (id int);\n'],
  ])('refuses %s before loading anything', async (_name, sql) => {
    const d = await drill({ 'acme.sql': sql });
    expect(d.error?.message).toMatch(/refused acme\.sql, nothing was loaded: line 2 .*\(client-command\)/);
    await expectHarmless(d, path.join(root, 'store'));
    expect(userDatabases()).toBe('');
  });

  it('refuses CREATE DATABASE and COPY FROM PROGRAM', async () => {
    const a = await drill({ 'acme.sql': 'CREATE DATABASE acme_live;\n' });
    expect(a.error?.message).toMatch(/line 1 .*\(creates-database\)/);
    const b = await drill({ 'acme.sql': 'CREATE TABLE t (id int);\nCOPY t FROM PROGRAM \'sh -c "env > MARKER; echo 1"\';\n' });
    expect(b.error?.message).toMatch(/line 2 .*\(file-access\)/);
    await expectHarmless(b, path.join(root, 'store'));
    expect(userDatabases()).toBe('');
  });

  it("a meta-command hidden from the scan (standard_conforming_strings off) is stopped by psql's \\restrict", async () => {
    const d = await drill({
      'acme.sql': "CREATE TABLE t (id int);\nSET standard_conforming_strings = off;\nSELECT 'a\\'' \\! sh -c 'env > MARKER' --'\n;\n",
    });
    await expectHarmless(d, path.join(root, 'store'));
    expect(userDatabases()).toBe('');
  });

  it('a failing statement that quotes rows leaves a SQLSTATE and a line in the records, the rows only in the log', async () => {
    const sql = [
      'CREATE TABLE customers (email text PRIMARY KEY);',
      "INSERT INTO customers VALUES ('alice@example.com');",
      "INSERT INTO customers VALUES ('bob.private@example.com');",
      "INSERT INTO customers VALUES ('bob.private@example.com');",
    ].join('\n');
    const d = await drill({ 'acme.sql': sql });
    expect(d.error?.message).toBe('loading acme.sql failed: psql exited with 3: SQLSTATE 23505 at line 4');
    expect((await allText(path.join(root, 'store'))) + d.io.summaries.join('\n')).not.toContain('bob.private');
    expect(d.io.lines.join('\n')).toContain('bob.private@example.com');
    expect(userDatabases()).toBe('');
  });

  it('refuses a server that holds a database the drill did not create', async () => {
    pg.psql('CREATE DATABASE customer_live');
    try {
      const d = await drill({ 'acme.sql': 'CREATE TABLE t (id int);\n' });
      expect(d.error?.message).toMatch(/the drill server holds 1 database the drill did not create \(`customer_live`\)/);
    } finally {
      pg.psql('DROP DATABASE customer_live');
    }
  });
});

describe('command platform restore commands', () => {
  it("see the step's own variables but no credentials, inputs or identity", async () => {
    const root = await tempDir('sba-hostile-cmd-');
    const data = path.join(root, 'data');
    const tmp = path.join(root, 'tmp');
    await mkdir(data);
    await mkdir(tmp);
    await writeFile(path.join(data, 'acme.sql'), 'CREATE TABLE t (id INT);\n');
    const storeRoot = path.join(root, 'store');
    const b = await backupSite({
      store: new LocalStore(storeRoot),
      site: 'acme',
      dirs: { data },
      now: new Date(Date.now() - 60_000),
      tmpRoot: tmp,
    });
    const io = testIo(
      {
        site: 'acme',
        platform: 'command',
        store: storeRoot,
        backup: b.id,
        'restore-dir': path.join(root, 'restore'),
        confirm: 'production',
        'data-restore-command': 'env > "$OUT_DIR/env.txt"',
      },
      { RUNNER_TEMP: tmp, OUT_DIR: root, DB_HOST: 'db.internal', ...SECRETS },
      root,
    );
    await restoreCommand(io);
    const env = await readFile(path.join(root, 'env.txt'), 'utf8');
    expect(env).toContain('DB_HOST=db.internal');
    expect(env).toMatch(/^BACKUP_IN=/m);
    for (const name of Object.keys(SECRETS)) expect(env).not.toMatch(new RegExp(`^${name}=`, 'm'));
    for (const v of SECRET_VALUES) expect(env).not.toContain(v);
    // A failing restore command's output (a client quoting rows) stays in the log.
    const failing = testIo(
      {
        site: 'acme',
        platform: 'command',
        store: storeRoot,
        backup: b.id,
        'restore-dir': path.join(root, 'restore2'),
        confirm: 'production',
        'data-restore-command': `echo "ERROR 1062 (23000) at line 4: Duplicate entry 'bob.private@example.com' for key 'PRIMARY'" >&2; exit 1`,
      },
      { RUNNER_TEMP: tmp },
      root,
    );
    await expect(restoreCommand(failing)).rejects.toThrow(/data-restore-command exited with 1: error 1062 \(SQLSTATE 23000\) at line 4/);
    expect(failing.summaries.join('\n')).not.toContain('bob.private');
    expect(failing.lines.join('\n')).toContain('bob.private');
  });
});
