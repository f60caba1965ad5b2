import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { backupCommand } from '../src/commands/backup.js';
import { sshPlatform } from '../src/platforms/ssh/index.js';
import { findProgram } from './helpers/mariadb.js';
import { postgresMissing, startPostgres, type Pg } from './helpers/postgres.js';
import { sshInputs, type SshStack, sshStackMissing, startSshd } from './helpers/ssh-stack.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';
import { describeWithTools } from './helpers/requires.js';

// The ssh platform's pg_dump/psql path against a real PostgreSQL server. PostgreSQL is optional
// from Debian's package; .ci/run installs it, so under CI its absence fails the test.

const missing = [...sshStackMissing(), ...postgresMissing(), ...(findProgram('zstd') ? [] : ['zstd'])];

describeWithTools('ssh platform with PostgreSQL (pg_dump over ssh, psql restore)', missing, () => {
  let ssh: SshStack;
  let pg: Pg;
  let work: string;
  const password = `pg'pw"#$\\ ${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    [ssh, pg] = await Promise.all([startSshd(), startPostgres(password)]);
    work = await tempDir('sba-ssh-pg-');
    mkdirSync(path.join(work, 'site'));
    pg.psql('CREATE DATABASE shop;');
    pg.psql(
      `CREATE TABLE items (id serial PRIMARY KEY, name text NOT NULL, data bytea, price numeric(10,2));
       INSERT INTO items (name, data, price) SELECT 'item ' || g || ' ünïcödé ☃', decode(md5(g::text), 'hex'), g * 1.5 FROM generate_series(1, 2000) g;
       CREATE VIEW cheap AS SELECT id, name FROM items WHERE price < 10;`,
      'shop',
    );
  });
  afterAll(async () => {
    await Promise.all([ssh?.stop(), pg?.stop()]);
  });

  it('dumps, verifies, and restores into the same and into another database', async () => {
    const inputs = {
      ...sshInputs(ssh),
      site: 'acme',
      store: path.join(work, 'store'),
      components: 'data',
      'site-root': path.join(work, 'site'),
      'db-type': 'pgsql',
      'db-name': 'shop',
      'db-user': 'app',
      'db-host': '127.0.0.1',
      'db-port': String(pg.port),
    };
    const env = { DB_PASSWORD: password, PATH: ssh.clientPath() };
    const before = pg.dump('shop');
    const io = testIo(inputs, env);
    const result = await backupCommand(io);
    expect(io.lines.join('\n')).toMatch(/data: PostgreSQL dump verified/);
    const dir = path.join(work, 'store/acme/production', result.id);
    const extracted = path.join(work, 'x');
    mkdirSync(extracted);
    execFileSync('sh', ['-c', 'zstd -q -d -c -- "$1" | tar -x -f - -C "$2"', 'sh', path.join(dir, 'data.tar.zst'), extracted]);

    pg.psql("UPDATE items SET name = 'gone' WHERE id < 500; DROP VIEW cheap;", 'shop');
    pg.psql('CREATE DATABASE shop_copy;');
    for (const target of ['shop', 'shop_copy']) {
      const rio = testIo({ ...inputs, 'db-name': target }, env);
      const wd = path.join(work, `wd-${target}`);
      mkdirSync(wd);
      const s = await sshPlatform.open({
        site: 'acme',
        environment: 'production',
        inputs: rio.inputs,
        env: rio.env,
        log: rio.log,
        workDir: wd,
      });
      await s.restore('data', extracted, { targetEnvironment: 'production', signal: AbortSignal.timeout(60_000) });
      await s.close();
      expect(pg.dump(target), target).toBe(before);
    }
    const seen = [ssh.clientArgv(), ssh.remoteArgv(), ssh.commands().join('\n')].join('\n');
    expect(ssh.remoteArgv()).toMatch(/^pg_dump /m);
    expect(ssh.remoteArgv()).toMatch(/^psql /m);
    expect(seen).not.toContain(password);
    writeFileSync(path.join(work, 'done'), '');
  });

  it('refuses to load a PostgreSQL dump into a MySQL target', async () => {
    const extracted = path.join(work, 'x');
    const rio = testIo(
      {
        ...sshInputs(ssh),
        site: 'acme',
        'site-root': path.join(work, 'site'),
        'db-type': 'mysql',
        'db-name': 'shop',
      },
      { PATH: ssh.clientPath() },
    );
    const wd = path.join(work, 'wd-mismatch');
    mkdirSync(wd);
    const s = await sshPlatform.open({
      site: 'acme',
      environment: 'production',
      inputs: rio.inputs,
      env: rio.env,
      log: rio.log,
      workDir: wd,
    });
    await expect(s.restore('data', extracted, { targetEnvironment: 'production', signal: AbortSignal.timeout(60_000) })).rejects.toThrow(
      /holds a PostgreSQL dump, but the target `db-type` is mysql/,
    );
    await s.close();
  });

  it('locks the host psql with \\restrict: a meta-command hidden from the read-through does not run; a failing row is reported by SQLSTATE', async () => {
    const marker = path.join(work, 'leaked.txt');
    pg.psql('CREATE DATABASE hostile_copy;');
    const restore = async (name: string, sql: string) => {
      const dir = path.join(work, name);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'database.sql.gz'), gzipSync(`${sql}\n-- PostgreSQL database dump complete\n`));
      const rio = testIo(
        {
          ...sshInputs(ssh),
          site: 'acme',
          'site-root': path.join(work, 'site'),
          'db-type': 'pgsql',
          'db-name': 'hostile_copy',
          'db-user': 'app',
          'db-host': '127.0.0.1',
          'db-port': String(pg.port),
        },
        { DB_PASSWORD: password, PATH: ssh.clientPath() },
      );
      const wd = path.join(work, `wd-${name}`);
      mkdirSync(wd);
      const s = await sshPlatform.open({
        site: 'acme',
        environment: 'production',
        inputs: rio.inputs,
        env: rio.env,
        log: rio.log,
        workDir: wd,
      });
      try {
        return await s.restore('data', dir, { targetEnvironment: 'production', signal: AbortSignal.timeout(60_000) }).then(
          () => undefined,
          (e: unknown) => e as Error,
        );
      } finally {
        await s.close();
      }
    };
    // With standard_conforming_strings off, psql reads `'a\''` as a whole string and `\!` as
    // outside it; the read-through (standard strings) sees it inside: only \restrict stops it.
    const hidden = await restore('hidden', `SET standard_conforming_strings = off;\nSELECT 'a\\'' \\! sh -c 'touch ${marker}' --'\n;`);
    expect(hidden?.message).toMatch(/psql on 127\.0\.0\.1 exited with 3/);
    expect(existsSync(marker)).toBe(false);
    const rows = await restore(
      'rows',
      "CREATE TABLE c (email text PRIMARY KEY);\nINSERT INTO c VALUES ('bob.private@example.com');\nINSERT INTO c VALUES ('bob.private@example.com');",
    );
    expect(rows?.message).toMatch(/psql on 127\.0\.0\.1 exited with 3: SQLSTATE 23505 at line 3/);
    expect(rows?.message).not.toContain('bob.private');
  });
});
