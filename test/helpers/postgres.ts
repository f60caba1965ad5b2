import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { findProgram } from './mariadb.js';
import { onQuietPort, portInUseIn } from './ports.js';

// A throw-away PostgreSQL server from Debian's packages, for the ssh platform's and the Upsun
// tests: its own data folder in /tmp, 127.0.0.1:<random port>, a socket in that folder.
//
//   const pg = await startPostgres(password);   // `app` (SUPERUSER) with that password
//   pg.psql('CREATE DATABASE main');             // as postgres over the socket, ON_ERROR_STOP
//   await pg.stop();

function pgBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(path.join(base, v, 'bin/postgres')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], 'bin') : undefined;
}

const bin = pgBin();
const isRoot = process.getuid?.() === 0;
// postgres refuses to run as root: as root, run it as the package's `postgres` account.
const asPostgres = isRoot ? findProgram('runuser') : undefined;
/** Which programs startPostgres needs but cannot find (empty when it can run). */
export function postgresMissing(): string[] {
  return [...(bin ? [] : ['postgresql']), ...(isRoot && !asPostgres ? ['runuser'] : [])];
}

/** Signals the postmaster itself: runuser does not pass signals on. */
function killPostmaster(data: string, signal: NodeJS.Signals): void {
  try {
    process.kill(Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]), signal);
  } catch {
    /* not started, or already gone */
  }
}

export interface Pg {
  port: number;
  psql(sql: string, db?: string): string;
  dump(db: string): string;
  stop(): Promise<void>;
}

/** A throw-away PostgreSQL on 127.0.0.1 with a superuser `app` (password auth over TCP). */
export async function startPostgres(appPassword: string): Promise<Pg> {
  return onQuietPort((port) => startOnce(appPassword, port));
}

async function startOnce(appPassword: string, port: number): Promise<Pg> {
  const dir = await mkdtemp('/tmp/pg-');
  const data = path.join(dir, 'data');
  const wrap = (cmd: string, args: string[]): [string, string[]] =>
    asPostgres ? [asPostgres, ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[], input?: string) => {
    const [c, a] = wrap(cmd, args);
    return execFileSync(c, a, { input: input ?? '', stdio: ['pipe', 'pipe', 'pipe'] }).toString();
  };
  run(path.join(bin!, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    // A throw-away cluster: no fsync of the fresh files (seconds on a busy disk), as the server runs with fsync=off.
    '--no-sync',
  ]);
  const [c, a] = wrap(path.join(bin!, 'postgres'), [
    '-D',
    data,
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-p',
    String(port),
    '-c',
    'fsync=off',
  ]);
  // A log file, not a pipe (a test that blocks must never stall the server): it tells a port
  // another server took from any other failure to start.
  const logFile = path.join(dir, 'postgres.log');
  const logFd = openSync(logFile, 'a');
  const child: ChildProcess = spawn(c, a, { stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      // Over the server's own socket: whatever else holds the TCP port never answers for it.
      run(path.join(bin!, 'pg_isready'), ['-h', dir, '-p', String(port)]);
      break;
    } catch {
      if (Date.now() > deadline || child.exitCode !== null) {
        if (child.exitCode === null) {
          killPostmaster(data, 'SIGKILL');
          child.kill('SIGKILL');
        }
        await exited;
        const log = readFileSync(logFile, 'utf8');
        await rm(dir, { recursive: true, force: true });
        throw portInUseIn(port, log) ?? new Error(`postgres did not start:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const psql = (sql: string, db = 'postgres') =>
    run(path.join(bin!, 'psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', dir, '-p', String(port), '-U', 'postgres', '-d', db], sql);
  psql(`CREATE ROLE app LOGIN SUPERUSER PASSWORD '${appPassword.replace(/'/g, "''")}';`);
  return {
    port,
    psql,
    // pg_dump 15.14+ wraps its output in \restrict/\unrestrict with a random key per run.
    dump: (db) =>
      run(path.join(bin!, 'pg_dump'), ['-h', dir, '-p', String(port), '-U', 'postgres', '--no-owner', '--no-privileges', db]).replace(
        /^\\(un)?restrict \S+$/gm,
        '\\$1restrict KEY',
      ),
    stop: async () => {
      // SIGINT: fast shutdown.
      killPostmaster(data, 'SIGINT');
      const t = setTimeout(() => killPostmaster(data, 'SIGKILL'), 20_000);
      await exited;
      clearTimeout(t);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
