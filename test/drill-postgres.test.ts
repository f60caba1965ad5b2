import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { closeSync, openSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyCommand } from '../src/commands/verify.js';
import { LocalStore } from '../src/stores/local.js';
import { findProgram } from './helpers/mariadb.js';
import { onQuietPort, portInUseIn } from './helpers/ports.js';
import { backupSite, shq } from './helpers/restore-fixtures.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';
import { describeWithTools } from './helpers/requires.js';

// The drill against a real PostgreSQL: a throwaway cluster (initdb) on loopback, trust auth, its
// own folder. PostgreSQL refuses to run as root, so as root it runs as the `postgres` account.

const PROGRAMS = ['initdb', 'postgres', 'psql', 'pg_dump', 'pg_restore'];
const missing = PROGRAMS.filter((p) => !findProgram(p));
const root = process.getuid?.() === 0;
const pgUid = (() => {
  if (!root) return undefined;
  try {
    return Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  } catch {
    return undefined;
  }
})();
if (root && pgUid === undefined) missing.push("a postgres account (Debian's postgresql package makes it)");
if (root && !findProgram('setpriv')) missing.push('setpriv');

/**
 * argv that runs a server program as the right account. setpriv execs the program itself, so the
 * signal that stops the server reaches postgres, not a wrapper that would not pass it on.
 */
const asPg = (cmd: string, args: string[]): [string, string[]] =>
  root
    ? [findProgram('setpriv')!, ['--reuid=postgres', '--regid=postgres', '--clear-groups', '--', findProgram(cmd)!, ...args]]
    : [findProgram(cmd)!, args];

describeWithTools('restore drill against a real PostgreSQL', missing, () => {
  let dir: string;
  let port: number;
  let server: ChildProcess;
  let storeRoot: string;
  let work: string;
  const psql = (sql: string, db = 'postgres') =>
    execFileSync('psql', [
      '-X',
      '-q',
      '-At',
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'postgres',
      '-d',
      db,
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      sql,
    ]).toString();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sba-pg-'));
    if (root) await chown(dir, pgUid!, 0);
    await chmod(dir, 0o700);
    const [init, initArgs] = asPg('initdb', ['-D', path.join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
    execFileSync(init, initArgs, { stdio: 'ignore' });
    process.once('exit', () => server?.kill('SIGKILL')); // never outlive a crashed test run
    port = await onQuietPort(async (p) => {
      const [pg, pgArgs] = asPg('postgres', [
        '-D',
        path.join(dir, 'data'),
        '-k',
        dir,
        '-p',
        String(p),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
      ]);
      // A log file, not a pipe: it tells a port another server took from any other failure.
      const logFile = path.join(dir, `postgres-${p}.log`);
      const logFd = openSync(logFile, 'a');
      server = spawn(pg, pgArgs, { stdio: ['ignore', logFd, logFd] });
      closeSync(logFd);
      const exited = new Promise((r) => server.once('exit', r));
      for (let i = 0; ; i++) {
        try {
          // Over the server's own socket: whatever else holds the TCP port never answers for it.
          execFileSync('psql', ['-X', '-q', '-At', '-h', dir, '-p', String(p), '-U', 'postgres', '-d', 'postgres', '-c', 'SELECT 1'], {
            stdio: 'pipe',
          });
          return p;
        } catch (e) {
          if (server.exitCode !== null || i > 200) {
            server.kill('SIGKILL');
            await exited;
            const log = await readFile(logFile, 'utf8');
            throw portInUseIn(p, log) ?? new Error(`postgres did not start: ${(e as Error).message}\n${log}`);
          }
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    });
    psql('CREATE DATABASE shop');
    psql(
      `CREATE TABLE customers (id INT PRIMARY KEY, name TEXT NOT NULL);
       CREATE SCHEMA billing;
       CREATE TABLE billing.invoices (id INT PRIMARY KEY, customer_id INT REFERENCES customers(id), cents INT);
       INSERT INTO customers SELECT g, 'customer ' || g FROM generate_series(1, 321) g;
       INSERT INTO billing.invoices SELECT g, (g % 321) + 1, g * 10 FROM generate_series(1, 1500) g;`,
      'shop',
    );
    work = await tempDir('sba-pg-drill-');
    storeRoot = path.join(work, 'store');
    for (const [file, format] of [
      ['shop.sql', ''],
      ['shop.dump', '-Fc'],
    ]) {
      await mkdir(path.join(work, `data-${file}`));
      execFileSync('bash', [
        '-c',
        `pg_dump ${format} -h 127.0.0.1 -p ${port} -U postgres shop > ${shq(path.join(work, `data-${file}`, file!))}`,
      ]);
    }
    // The drill runs only on a server that holds nothing but what it creates.
    psql('DROP DATABASE shop');
  });

  afterAll(async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const done = new Promise((r) => server.once('exit', r));
      server.kill('SIGINT'); // postgres' fast shutdown
      const t = setTimeout(() => server.kill('SIGKILL'), 20_000);
      await done;
      clearTimeout(t);
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['plain SQL (pg_dump > shop.sql)', 'shop.sql', ''],
    ['custom format (pg_dump -Fc > shop.dump)', 'shop.dump', '-Fc'],
  ])('loads %s and counts every table', async (_name, file, format) => {
    const data = path.join(work, `data-${file}`);
    const site = `pg-${format ? 'custom' : 'plain'}`;
    const tmp = path.join(work, `tmp-${site}`);
    await mkdir(tmp);
    await backupSite({ store: new LocalStore(storeRoot), site, dirs: { data }, now: new Date(Date.now() - 60_000), tmpRoot: tmp });
    const r = await verifyCommand(
      testIo(
        {
          site,
          store: storeRoot,
          drill: 'true',
          'drill-database-url': `postgres://postgres@127.0.0.1:${port}/site_backup_drill`,
          'drill-sql': 'SELECT COUNT(*) FROM billing.invoices WHERE cents > 0',
        },
        { RUNNER_TEMP: tmp },
        work,
      ),
    );
    const d = r.drill!;
    expect(d.engine).toBe('postgres');
    expect(Object.fromEntries(d.tables.map((t) => [`${t.schema}.${t.table}`, t.rows]))).toEqual({
      'billing.invoices': 1500,
      'public.customers': 321,
    });
    expect(d.check).toMatchObject({ ok: true, output: [['1500']] });
    expect(psql("SELECT COUNT(*) FROM pg_database WHERE datname = 'site_backup_drill'").trim()).toBe('0');
    console.log(`postgres drill (${file}): ${d.tables.map((t) => `${t.schema}.${t.table}=${t.rows}`).join(', ')} in ${d.durationMs} ms`);
  });
});
