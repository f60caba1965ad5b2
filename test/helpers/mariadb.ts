import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { onQuietPort, portInUseIn } from './ports.js';
import { provisioned } from './real-cli.js';

// A throw-away MariaDB server on loopback for integration tests (ssh round trip, restore drill).
//
//   const db = await startMariaDb();           // in beforeAll; ~1 s (the first one of a machine: a few more)
//   await db.exec('CREATE DATABASE shop');     // as root over the socket
//   await db.exec('SELECT 1', 'shop');         // tab-separated rows, no header
//   const before = await db.dump('shop');      // canonical text dump, for byte comparisons
//   await db.stop();                           // in afterAll; also removes the data folder
//
// The server runs from the Debian packages (`mariadb-server`): no defaults files are read
// (`--no-defaults`), so nothing on the machine changes how it behaves. It listens on
// 127.0.0.1:<random port> and on its own socket; `user`/`password` is an account with every
// privilege that works from both. Root has no password and is reached over the socket only.
// A server left running by a crashed test is killed when the test process exits.
// mariadb-install-db runs once per machine (its pristine data folder is kept in the test cache,
// keyed by the mariadbd binary); every server starts on its own copy of that folder.

export interface MariaDb {
  /** Always 127.0.0.1. */
  host: string;
  port: number;
  /** The server's unix socket (the `localhost` connections of the mysql clients). */
  socket: string;
  /** An account with ALL PRIVILEGES, for `user@'%'` and `user@'localhost'`. */
  user: string;
  password: string;
  /** Runs SQL as root over the socket (stdin, so any size); resolves with stdout (`-N -B`). */
  exec(sql: string, database?: string): Promise<string>;
  /**
   * A deterministic dump of one database: no dates, no server version comments, binary columns
   * as hex, rows in primary-key order. Two databases with the same content give the same string.
   */
  dump(database: string): Promise<string>;
  /** Stops the server (SIGTERM, then SIGKILL after 20 s) and removes its folder. Idempotent. */
  stop(): Promise<void>;
  /** The tail of the server's error log, for failure messages. */
  logTail(): string;
}

export interface MariaDbOptions {
  /** Name of the privileged account created at start; default `app`. */
  user?: string;
  /** Its password; default a random `[a-z0-9]` one. Any characters work (it is SQL-escaped). */
  password?: string;
}

const BINARIES = ['mariadb-install-db', 'mariadbd', 'mariadb', 'mariadb-dump'] as const;
// mariadbd lives in /usr/sbin, which is not on a non-root user's PATH on Debian.
const EXTRA_DIRS = ['/usr/sbin', '/usr/local/sbin', '/sbin', '/usr/bin'];

/** The absolute path of a program, looked up on PATH and in the sbin folders; undefined if absent. */
export function findProgram(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dirs = [...(env.PATH ?? '').split(path.delimiter).filter(Boolean), ...EXTRA_DIRS];
  for (const d of dirs) {
    const p = path.join(d, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** Which MariaDB programs are missing (empty when startMariaDb can run). */
export function mariaDbMissing(): string[] {
  return BINARIES.filter((b) => !findProgram(b));
}

/** A temp folder short enough for a unix socket path (108 bytes on Linux). */
async function shortTempDir(prefix: string): Promise<string> {
  const base = os.tmpdir().length <= 60 ? os.tmpdir() : '/tmp';
  return mkdtemp(path.join(base, prefix));
}

/** Runs a program to completion; rejects with its output when it exits non-zero. */
function run(
  cmd: string,
  args: string[],
  input?: string,
  timeoutMs = 120_000,
  env: NodeJS.ProcessEnv = {},
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (code === 0) resolve({ stdout, stderr });
      else
        reject(
          new Error(`${path.basename(cmd)} ${sig ? `was killed by ${sig}` : `exited with ${code}`}: ${stderr.trim() || stdout.trim()}`),
        );
    });
  });
}

const sqlString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** Starts a fresh server (new data folder, random port). Rejects with the server's log if it cannot start. */
export async function startMariaDb(opts: MariaDbOptions = {}): Promise<MariaDb> {
  return onQuietPort((port) => startOnce(opts, port));
}

async function startOnce(opts: MariaDbOptions, port: number): Promise<MariaDb> {
  const missing = mariaDbMissing();
  if (missing.length)
    throw new Error(`MariaDB is not installed (missing ${missing.join(', ')}); apt-get install mariadb-server mariadb-client`);
  const bin = Object.fromEntries(BINARIES.map((b) => [b, findProgram(b)!])) as Record<(typeof BINARIES)[number], string>;
  const dir = await shortTempDir('mdb-');
  const dataDir = path.join(dir, 'data');
  const socket = path.join(dir, 'mysqld.sock');
  const errLog = path.join(dir, 'error.log');
  const tmpDir = path.join(dir, 'tmp');
  // mariadbd refuses to run as root unless told to, and --user is ignored otherwise.
  const userArg = process.getuid?.() === 0 ? ['--user=root'] : [];
  const user = opts.user ?? 'app';
  const password = opts.password ?? `pw${randomBytes(8).toString('hex')}`;

  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const killOnExit = () => child?.kill('SIGKILL');
  const logTail = () => {
    try {
      return readFileSync(errLog, 'utf8').split('\n').slice(-25).join('\n');
    } catch {
      return '(no error log)';
    }
  };
  const stop = async () => {
    process.off('exit', killOnExit);
    const c = child;
    child = undefined;
    if (c && c.exitCode === null && c.signalCode === null) {
      c.kill('SIGTERM');
      const t = setTimeout(() => c.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(t);
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    await mkdir(tmpDir, { recursive: true });
    await cp(await pristineDataDir(bin['mariadb-install-db'], bin.mariadbd, userArg), dataDir, { recursive: true });

    const logFd = openSync(errLog, 'a');
    child = spawn(
      bin.mariadbd,
      [
        '--no-defaults',
        ...userArg,
        `--datadir=${dataDir}`,
        `--socket=${socket}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        '--skip-networking=0',
        `--pid-file=${path.join(dir, 'mysqld.pid')}`,
        `--log-error=${errLog}`,
        `--tmpdir=${tmpDir}`,
        '--skip-name-resolve',
        // Small and quick: a test server holds kilobytes.
        '--innodb-buffer-pool-size=16M',
        '--innodb-log-file-size=8M',
        '--skip-log-bin',
        '--character-set-server=utf8mb4',
        '--collation-server=utf8mb4_unicode_ci',
      ],
      // A log file, not a pipe: a test that blocks (spawnSync) must never stall the server.
      { stdio: ['ignore', logFd, logFd] },
    );
    closeSync(logFd);
    const c = child;
    exited = new Promise((r) => c.once('exit', () => r()));
    process.on('exit', killOnExit);
    if (!(await waitReady(bin.mariadb, socket, c))) {
      const log = logTail();
      const taken = portInUseIn(port, log);
      if (taken) throw taken;
      throw new Error(`mariadbd did not start:\n${log}`);
    }

    const rootArgs = ['--no-defaults', `--socket=${socket}`, '-uroot', '--default-character-set=utf8mb4'];
    const exec = async (sql: string, database?: string) =>
      (await run(bin.mariadb, [...rootArgs, '-N', '-B', ...(database ? [database] : [])], sql)).stdout;
    await exec(
      [`'${user}'@'%'`, `'${user}'@'localhost'`]
        .map((u) => `CREATE USER ${u} IDENTIFIED BY ${sqlString(password)}; GRANT ALL PRIVILEGES ON *.* TO ${u} WITH GRANT OPTION;`)
        .join('\n') + '\nFLUSH PRIVILEGES;',
    );
    const dump = async (database: string) =>
      (
        await run(bin['mariadb-dump'], [
          ...rootArgs,
          '--skip-dump-date',
          '--skip-comments',
          '--hex-blob',
          '--order-by-primary',
          '--routines',
          '--triggers',
          database,
        ])
      ).stdout;
    return { host: '127.0.0.1', port, socket, user, password, exec, dump, stop, logTail };
  } catch (e) {
    await stop().catch(() => undefined);
    throw e;
  }
}

let pristine: Promise<string> | undefined;

/**
 * The data folder mariadb-install-db makes, never started itself: a server gets a copy. The
 * bootstrap takes seconds of a loaded machine per server (five servers in one test file), a copy
 * a fraction of one. Keyed by the binary and the user, so an upgraded mariadbd gets a new one.
 */
function pristineDataDir(installDb: string, mariadbd: string, userArg: string[]): Promise<string> {
  const st = statSync(mariadbd);
  const name = `mariadb-datadir-log8m-${st.size}-${Math.trunc(st.mtimeMs)}-${process.getuid?.() ?? 'u'}`;
  pristine ??= provisioned(name, async (stage) => {
    await installDataDir(installDb, path.join(stage, 'data'), path.join(stage, 'tmp'), userArg);
    await rm(path.join(stage, 'tmp'), { recursive: true, force: true });
  }).then((dir) => path.join(dir, 'data'));
  return pristine;
}

/**
 * A fresh data folder. The bootstrap server gets this instance's own temp folder: with the shared
 * default (/tmp), two bootstraps at once could meet on a temporary table's file and one failed
 * with "Unknown table 'mysql.tmp_user_sys'". Data folder, socket and temp folder all live under
 * the instance's own mkdtemp folder, so no two instances share any of them.
 */
async function installDataDir(installDb: string, dataDir: string, tmpDir: string, userArg: string[]): Promise<void> {
  await mkdir(tmpDir, { recursive: true });
  await run(
    installDb,
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--tmpdir=${tmpDir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      // The size the server runs with: a copy is 26 MB, not 114, and the server never resizes the log.
      '--innodb-log-file-size=8M',
      ...userArg,
    ],
    undefined,
    120_000,
    { TMPDIR: tmpDir },
  );
}

/** Polls until the server answers on its socket; false if it exited or took over 60 s. */
async function waitReady(client: string, socket: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      await run(client, ['--no-defaults', `--socket=${socket}`, '-uroot', '-N', '-B', '-e', 'SELECT 1'], undefined, 10_000);
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  return false;
}
