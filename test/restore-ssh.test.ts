import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { restoreCommand } from '../src/commands/restore.js';
import { verifyCommand } from '../src/commands/verify.js';
import { findProgram, mariaDbMissing, startMariaDb, type MariaDb } from './helpers/mariadb.js';
import { LocalStore } from '../src/stores/local.js';
import { backupSite, exists, tree } from './helpers/restore-fixtures.js';
import { sshInputs as stackInputs, type SshStack, sshStackMissing, startSshd } from './helpers/ssh-stack.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';
import { describeWithTools } from './helpers/requires.js';

// The whole restore (choose, download, verify, list, extract, platform restore) with the real
// ssh platform against real sshd, rsync and MariaDB on loopback: a backup of production restored
// into a DIFFERENT database and site folder (target-environment staging), and then drilled.

const missing = [...sshStackMissing(), ...mariaDbMissing(), ...['zstd', 'gzip'].filter((p) => !findProgram(p))];

describeWithTools('restore through the ssh platform', missing, () => {
  let ssh: SshStack;
  let db: MariaDb;
  let work: string;
  let liveRoot: string;
  let stagingRoot: string;
  let store: string;
  let backupId = '';
  const password = `pw'"$ ${Date.now()}`;

  beforeAll(async () => {
    [ssh, db] = await Promise.all([startSshd(), startMariaDb({ password })]);
    work = await tempDir('sba-restore-ssh-');
    store = path.join(work, 'store');
    liveRoot = path.join(work, 'live', 'web');
    stagingRoot = path.join(work, 'staging', 'web');
    await mkdir(path.join(liveRoot, 'sites', 'default', 'files', 'styles'), { recursive: true });
    await mkdir(path.join(liveRoot, 'core'), { recursive: true });
    await writeFile(path.join(liveRoot, 'index.php'), '<?php require "core/boot.php";\n');
    await writeFile(path.join(liveRoot, 'core', 'boot.php'), '<?php // boot\n'.repeat(200));
    await symlink('core/boot.php', path.join(liveRoot, 'boot-link.php'));
    await writeFile(
      path.join(liveRoot, 'sites', 'default', 'files', 'styles', 'logo.png'),
      Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(70_000 - 8, 7)]),
    ); // PNG signature: exports are content-checked
    await writeFile(path.join(liveRoot, 'sites', 'default', 'files', 'notes with spaces.txt'), 'files\n');
    await db.exec(`CREATE DATABASE shop CHARACTER SET utf8mb4; USE shop;
      CREATE TABLE products (id INT PRIMARY KEY, name VARCHAR(50), price INT);
      CREATE TABLE orders (id INT PRIMARY KEY, product_id INT);
      INSERT INTO products VALUES ${Array.from({ length: 250 }, (_, i) => `(${i + 1}, 'p${i + 1}', ${i * 3})`).join(',')};
      INSERT INTO orders VALUES ${Array.from({ length: 777 }, (_, i) => `(${i + 1}, ${(i % 250) + 1})`).join(',')};
      CREATE DATABASE shop_staging CHARACTER SET utf8mb4;
      CREATE TABLE shop_staging.stale (id INT);`);
  });

  afterAll(async () => {
    await Promise.all([ssh?.stop(), db?.stop()]);
  });

  const sshInputs = (over: Record<string, string> = {}): Record<string, string> => ({
    ...stackInputs(ssh),
    site: 'acme',
    store,
    'site-root': liveRoot,
    'db-type': 'mariadb',
    'db-name': 'shop',
    'db-user': db.user,
    'db-host': '127.0.0.1',
    'db-port': String(db.port),
    ...over,
  });
  const env = () => ({ DB_PASSWORD: password, PATH: ssh.clientPath(), RUNNER_TEMP: work });

  it('restores a production backup into another database and site folder, byte for byte', async () => {
    const b = await backupCommand(testIo(sshInputs(), env(), work));
    backupId = b.id;
    const staging = sshInputs({ 'target-environment': 'staging', 'site-root': stagingRoot, 'db-name': 'shop_staging' });
    const io = testIo(staging, env(), work);
    const started = Date.now();
    const r = await restoreCommand(io);
    const ms = Date.now() - started;
    expect(r.plan.backupId).toBe(b.id);
    expect(r.components.map((c) => c.component)).toEqual(['code', 'assets', 'data']);
    expect(await db.dump('shop_staging')).toBe(await db.dump('shop'));
    expect(await tree(stagingRoot)).toEqual(await tree(liveRoot));
    expect(io.summaries[0]).toContain('environment `staging` with platform `ssh`');
    // The source is untouched.
    expect((await db.exec('SELECT COUNT(*) FROM orders', 'shop')).trim()).toBe('777');
    console.log(`ssh restore of ${b.bytes} stored bytes into shop_staging and another folder: ${ms} ms`);
  });

  it('refuses a damaged backup without a single ssh connection', async () => {
    const obj = path.join(store, 'acme', 'production', backupId, 'data.tar.zst');
    const good = await readFile(obj);
    const bad = Buffer.from(good);
    bad[bad.length - 100] = bad[bad.length - 100]! ^ 0x10;
    await writeFile(obj, bad);
    const before = ssh.commands().length;
    const other = path.join(work, 'never', 'web');
    await expect(
      restoreCommand(testIo(sshInputs({ 'target-environment': 'staging', 'site-root': other, 'db-name': 'shop_staging' }), env(), work)),
    ).rejects.toThrow(`${backupId}/data.tar.zst: sha256 is`);
    expect(ssh.commands().length).toBe(before); // no platform operation ran
    expect(await exists(other)).toBe(false);
    // Production, unconfirmed: refused before the store is even read.
    await writeFile(obj, good);
    await expect(restoreCommand(testIo(sshInputs(), env(), work))).rejects.toThrow('set `confirm: production`');
    expect(ssh.commands().length).toBe(before);
  });

  it('refuses a dump with client commands before the import, and the host client runs sandboxed', async () => {
    const marker = path.join(work, 'leaked.txt');
    const hostile = async (site: string, sql: string) => {
      const data = path.join(work, `${site}-data`);
      const tmp = path.join(work, `${site}-tmp`);
      await mkdir(data);
      await mkdir(tmp);
      await writeFile(path.join(data, 'database.sql.gz'), gzipSync(`${sql}\n-- Dump completed on 2026-12-07  1:00:00\n`));
      const b = await backupSite({ store: new LocalStore(store), site, dirs: { data }, now: new Date(Date.now() - 60_000), tmpRoot: tmp });
      const inputs = sshInputs({
        site,
        backup: b.id,
        components: 'data',
        'target-environment': 'staging',
        'site-root': stagingRoot,
        'db-name': 'shop_staging',
      });
      return restoreCommand(testIo(inputs, { ...env(), AWS_SECRET_ACCESS_KEY: 'awsSecretProbe42' }, work)).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
    };
    const before = ssh.commands().length;
    const refused = await hostile('acme-bang', `CREATE TABLE t (id INT);\n\\! sh -c 'env > ${marker}'`);
    expect(refused?.message).toMatch(/refused the database dump, nothing was sent to the host: line 2 .*\(client-command\)/);
    // Only the connection probe reached the host: no import script ever ran.
    const imports = () =>
      ssh
        .commands()
        .slice(before)
        .filter((c) => c.includes('gunzip'));
    expect(imports()).toEqual([]);
    const use = await hostile('acme-use', 'USE shop;\nDROP TABLE orders;');
    expect(use?.message).toMatch(/line 1 .*\(switches-database\)/);
    expect(imports()).toEqual([]);
    // Hidden from the scan (the client stops reading backslashes as escapes mid-dump): the host's
    // client is sandboxed, so it refuses the command instead of running it.
    const hidden = await hostile(
      'acme-hidden',
      `CREATE TABLE t (id INT);\nSET sql_mode = 'NO_BACKSLASH_ESCAPES';\nSELECT 'a\\'; \\! sh -c 'env > ${marker}' #';`,
    );
    expect(hidden).toBeDefined();
    expect(imports().length).toBe(1);
    expect(existsSync(marker)).toBe(false);
    // A failing statement quotes rows: the error (which summaries repeat) carries code and line.
    const rows = await hostile(
      'acme-rows',
      "CREATE TABLE c (email VARCHAR(80) PRIMARY KEY);\nINSERT INTO c VALUES ('bob.private@example.com');\nINSERT INTO c VALUES ('bob.private@example.com');",
    );
    expect(rows?.message).toMatch(/(mariadb|mysql) on 127\.0\.0\.1 exited with 1: error 1062 \(SQLSTATE 23000\) at line 3/);
    expect(rows?.message).not.toContain('bob.private');
    expect((await db.exec('SELECT COUNT(*) FROM orders', 'shop')).trim()).toBe('777');
  });

  it('drills the ssh backup (a gzipped mariadb-dump) into a throwaway database', async () => {
    // The drill runs only on a server that holds nothing but what it creates.
    await db.exec('DROP DATABASE shop; DROP DATABASE shop_staging');
    const url = `mysql://${db.user}:${encodeURIComponent(password)}@127.0.0.1:${db.port}/drill_acme`;
    const r = await verifyCommand(
      testIo({ site: 'acme', store, drill: 'true', 'drill-database-url': url, 'drill-sql': 'SELECT COUNT(*) FROM orders' }, env(), work),
    );
    expect(Object.fromEntries(r.drill!.tables.map((t) => [t.table, t.rows]))).toEqual({ orders: 777, products: 250 });
    expect(r.drill!.dumps.map((d) => d.file)).toEqual(['database.sql.gz']);
    console.log(`drill of the ssh backup: ${r.drill!.tables.map((t) => `${t.table}=${t.rows}`).join(', ')} in ${r.drill!.durationMs} ms`);
  });
});
