import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { decompressStream } from '../archive/compress.js';
import type { DrillEngine, DrillTarget } from '../config/drill.js';
import { ConfigError } from '../model/errors.js';
import { IntegrityError } from '../formats/archive/fetch.js';
import type { BackupReader } from '../formats/reader.js';
import type { StoredBackup } from '../stores/store.js';
import { redact } from '../report/redact.js';
import type { Reporter } from '../report/reporter.js';
import { formatBytes } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';
import { DumpRefused, guardedDump, scanDump, sqlClientFailure, type DumpDialect } from '../util/dump-guard.js';
import { childEnv, lastLines, runProcess } from '../util/exec.js';

// The restore drill: load the dumps of a backup's data component into a throwaway database and
// ask it questions. A dump that verifies byte for byte can still fail to load (a dump cut short by
// the host's CLI, a charset the server rejects); only loading it proves it restores.
// It talks to the server through the stock command line clients (mariadb/mysql, psql), which
// every runner image and database host has, rather than a driver bundled into the action.

export interface DumpLoad {
  file: string;
  bytes: number;
  durationMs: number;
}

export interface TableCount {
  schema: string;
  table: string;
  rows: number;
}

export interface DrillResult {
  engine: DrillEngine;
  client: string;
  database: string;
  dumps: DumpLoad[];
  tables: TableCount[];
  totalRows: number;
  check?: { sql: string; output: string[][]; ok: boolean };
  durationMs: number;
}

export class DrillError extends Error {
  override name = 'DrillError';
}

/** The dumps in an extracted data component, in a stable order. */
export async function findDumps(dir: string, engine: DrillEngine): Promise<string[]> {
  const re = engine === 'postgres' ? /\.(sql(\.gz|\.zst)?|dump)$/i : /\.sql(\.gz|\.zst)?$/i;
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && re.test(e.name)) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

async function onPath(names: string[], env: NodeJS.ProcessEnv): Promise<string | undefined> {
  for (const n of names) {
    for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
      try {
        await access(path.join(dir, n));
        return n;
      } catch {}
    }
  }
  return undefined;
}

/** Runs a client; on failure logs its redacted output and throws with the facts only. */
async function runClient(
  cmd: string,
  args: string[],
  o: {
    env: NodeJS.ProcessEnv;
    log: Reporter;
    input?: Readable;
    lineOffset?: number;
    signal?: AbortSignal;
    onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  },
): Promise<void> {
  const r = await runProcess(cmd, args, {
    env: o.env,
    ...(o.input ? { input: o.input } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.onLine ? { onLine: o.onLine } : {}),
  }).catch((e: Error) => {
    // A refused dump fails the stream that feeds the client; say that, not the broken pipe.
    const refused = o.input && (o.input as Readable & { errored?: unknown }).errored;
    throw refused instanceof DumpRefused ? new DrillError(refused.message) : new DrillError(redact(e.message));
  });
  if (r.code === 0) return;
  o.log.warn(`drill: ${cmd} said: ${redact(lastLines(r.stderrTail)) || '(nothing)'}`);
  throw new DrillError(sqlClientFailure(cmd, r, o.lineOffset));
}

interface SqlClient {
  readonly name: string;
  readonly dialect: DumpDialect;
  query(sql: string, database?: string): Promise<string[][]>;
  load(file: string, database: string): Promise<void>;
  /** Reads a dump as the client would and throws DumpRefused for what a plain dump never holds. */
  scan(file: string): Promise<void>;
  listDatabases(): Promise<string[]>;
  quote(ident: string): string;
  close(): Promise<void>;
}

function dumpStream(file: string): Readable {
  const raw = createReadStream(file);
  const c = /\.gz$/i.test(file) ? decompressStream('gzip') : /\.zst$/i.test(file) ? decompressStream('zstd') : undefined;
  if (!c) return raw;
  pipeline(raw, c).catch((e: unknown) => c.destroy(e as Error));
  return c as unknown as Readable;
}

async function runQuery(cmd: string, args: string[], env: NodeJS.ProcessEnv, log: Reporter, signal?: AbortSignal): Promise<string[][]> {
  const rows: string[][] = [];
  await runClient(cmd, args, {
    env,
    log,
    ...(signal ? { signal } : {}),
    onLine: (line, stream) => {
      if (stream === 'stdout') rows.push(line.split('\t'));
    },
  });
  return rows;
}

/**
 * The flag that stops the client obeying commands inside its input: MariaDB's `--sandbox`
 * (10.5.25, 10.6.18, 10.11.8, 11.0.6 and later), MySQL's `--commands=OFF` (8.0.40 and later).
 */
async function sandboxFlag(bin: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const out: string[] = [];
  await runProcess(bin, ['--no-defaults', '--help'], { env, onLine: (l, s) => s === 'stdout' && out.push(l) }).catch(() => undefined);
  const help = out.join('\n');
  if (/^\s*--sandbox\b/m.test(help)) return '--sandbox';
  if (/^\s*--commands\b/m.test(help)) return '--commands=OFF';
  return undefined;
}

async function mariadbClient(
  t: DrillTarget,
  env: NodeJS.ProcessEnv,
  tmpRoot: string,
  log: Reporter,
  signal?: AbortSignal,
): Promise<SqlClient> {
  const bin = await onPath(['mariadb', 'mysql'], env);
  if (!bin) throw new DrillError('neither `mariadb` nor `mysql` (the client) is installed; on Ubuntu: sudo apt-get install mariadb-client');
  const sandbox = await sandboxFlag(bin, env);
  if (!sandbox) {
    throw new DrillError(
      `the \`${bin}\` client cannot be told to ignore client commands in a dump (no \`--sandbox\` or \`--commands\`); install MariaDB's client 10.6.18/10.11.8 or later (sudo apt-get install mariadb-client) or MySQL's 8.0.40 or later`,
    );
  }
  // The password goes into an option file only we can read, never onto a command line.
  const dir = await mkdtemp(path.join(tmpRoot, 'site-backup-drill-'));
  const cnf = path.join(dir, 'client.cnf');
  const q = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const lines = ['[client]'];
  if (t.user) lines.push(`user=${q(t.user)}`);
  if (t.password !== undefined) lines.push(`password=${q(t.password)}`);
  if (t.socket) lines.push(`socket=${q(t.socket)}`);
  else {
    // "localhost" would make the client look for a socket; the URL means TCP.
    lines.push(`host=${q(t.host === 'localhost' || !t.host ? '127.0.0.1' : t.host)}`, 'protocol=TCP');
    if (t.port) lines.push(`port=${t.port}`);
  }
  await writeFile(cnf, lines.join('\n') + '\n', { mode: 0o600 });
  // --local-infile=0: a dump's LOAD DATA LOCAL must not read the runner's files.
  const base = [
    `--defaults-extra-file=${cnf}`,
    sandbox,
    '--local-infile=0',
    '--batch',
    '--skip-column-names',
    '--default-character-set=utf8mb4',
  ];
  return {
    name: bin,
    dialect: 'mysql',
    query: (sql, db) => runQuery(bin, [...base, '-e', sql, ...(db ? [db] : [])], env, log, signal),
    load: (file, db) =>
      runClient(bin, [...base, db], { env, log, input: guardedDump(dumpStream(file), 'mysql'), ...(signal ? { signal } : {}) }),
    scan: async (file) => void (await scanDump(dumpStream(file), 'mysql')),
    listDatabases: async () => (await runQuery(bin, [...base, '-e', 'SHOW DATABASES'], env, log, signal)).map((r) => r[0]!),
    quote: (id) => `\`${id.replace(/`/g, '``')}\``,
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

/** psql 17.6, 16.10, 15.14, 14.19, 13.22 and later know `\restrict` (CVE-2025-8714). */
async function psqlRestricts(bin: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const out: string[] = [];
  await runProcess(bin, ['--version'], { env, onLine: (l) => out.push(l) }).catch(() => undefined);
  const m = /(\d+)\.(\d+)/.exec(out.join(' '));
  if (!m) return false;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  const fixed: Record<number, number> = { 13: 22, 14: 19, 15: 14, 16: 10, 17: 6 };
  return major > 17 || (fixed[major] !== undefined && minor >= fixed[major]);
}

async function postgresClient(t: DrillTarget, env: NodeJS.ProcessEnv, log: Reporter, signal?: AbortSignal): Promise<SqlClient> {
  const bin = await onPath(['psql'], env);
  if (!bin) throw new DrillError('`psql` is not installed; on Ubuntu: sudo apt-get install postgresql-client');
  if (!(await psqlRestricts(bin, env))) {
    throw new DrillError(
      'this `psql` cannot be locked against meta-commands in a dump (`\\restrict`); install postgresql-client 17.6, 16.10, 15.14, 14.19, 13.22 or later',
    );
  }
  const pgEnv: NodeJS.ProcessEnv = { ...env, PGCONNECT_TIMEOUT: '20' };
  if (t.password !== undefined) pgEnv.PGPASSWORD = t.password;
  const conn = (db: string) => [
    ...(t.socket ? ['-h', t.socket] : ['-h', t.host || '127.0.0.1']),
    ...(t.port ? ['-p', String(t.port)] : []),
    ...(t.user ? ['-U', t.user] : []),
    '-d',
    db,
  ];
  // VERBOSITY=verbose puts the SQLSTATE into every error, so a failure can be told by its code.
  const base = ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-v', 'VERBOSITY=verbose', '-A', '-t', '-F', '\t'];
  return {
    name: bin,
    dialect: 'psql',
    query: (sql, db) => runQuery(bin, [...base, ...conn(db ?? 'postgres'), '-c', sql], pgEnv, log, signal),
    load: (file, db) =>
      /\.dump$/i.test(file)
        ? runClient('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', ...conn(db)], {
            env: pgEnv,
            log,
            input: createReadStream(file),
            ...(signal ? { signal } : {}),
          })
        : // Our own \restrict, with a key the dump cannot know, locks psql against every
          // meta-command that follows; the dump's own \restrict lines are left out.
          runClient(bin, [...base, ...conn(db), '-f', '-'], {
            env: pgEnv,
            log,
            input: guardedDump(dumpStream(file), 'psql', undefined, `\\restrict ${randomBytes(16).toString('hex')}\n`),
            lineOffset: 1,
            ...(signal ? { signal } : {}),
          }),
    scan: (file) =>
      /\.dump$/i.test(file) ? scanCustomDump(file, pgEnv, signal) : scanDump(dumpStream(file), 'psql').then(() => undefined),
    listDatabases: async () =>
      (await runQuery(bin, [...base, ...conn('postgres'), '-c', 'SELECT datname FROM pg_database'], pgEnv, log, signal)).map((r) => r[0]!),
    quote: (id) => `"${id.replace(/"/g, '""')}"`,
    close: async () => {},
  };
}

/** A custom-format dump, read as the SQL pg_restore would send (`pg_restore -f -`, no server). */
async function scanCustomDump(file: string, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<void> {
  const sql = new PassThrough();
  const scanned = scanDump(sql, 'psql');
  scanned.catch(() => sql.resume());
  const r = await runProcess('pg_restore', ['-f', '-', file], { env, stdout: sql, ...(signal ? { signal } : {}) });
  await scanned;
  if (r.code !== 0)
    throw new DrillError(`pg_restore could not read ${path.basename(file)} (${r.signal ? `killed by ${r.signal}` : `exit ${r.code}`})`);
}

/** The check passes unless the SQL failed or its first value reads as false. */
export function checkPassed(rows: string[][]): boolean {
  const first = rows[0]?.[0];
  if (first === undefined) return true;
  return !['', '0', 'false', 'f', 'null'].includes(first.trim().toLowerCase());
}

export interface DrillOptions {
  /** The user's check, run in the drill database after the load. */
  sql?: string;
  tmpRoot: string;
  log: Reporter;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

async function countRows(client: SqlClient, engine: DrillEngine, databases: string[]): Promise<TableCount[]> {
  const tables: { schema: string; table: string; db: string }[] = [];
  for (const db of databases) {
    const sql =
      engine === 'mariadb'
        ? `SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema = DATABASE() ORDER BY table_name`
        : `SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY table_schema, table_name`;
    for (const r of await client.query(sql, db)) tables.push({ db, schema: r[0]!, table: r[1]! });
  }
  // Exact counts, not the statistics' estimates (InnoDB's TABLE_ROWS can be far off), 50 a query.
  const out: TableCount[] = [];
  for (const db of databases) {
    const mine = tables.filter((t) => t.db === db);
    for (let i = 0; i < mine.length; i += 50) {
      const batch = mine.slice(i, i + 50);
      const sql = batch.map((t, j) => `SELECT ${j}, COUNT(*) FROM ${client.quote(t.schema)}.${client.quote(t.table)}`).join(' UNION ALL ');
      for (const r of await client.query(sql, db)) {
        const t = batch[Number(r[0])]!;
        out.push({ schema: t.schema, table: t.table, rows: Number(r[1]) });
      }
    }
  }
  return out;
}

/** Databases every server has; any other one on the drill server belongs to someone. */
const SYSTEM_DATABASES: Record<DrillEngine, string[]> = {
  mariadb: ['information_schema', 'mysql', 'performance_schema', 'sys'],
  postgres: ['postgres', 'template0', 'template1'],
};

/**
 * The drill loads hostile SQL, so it runs only on a server that holds nothing else: no database
 * but the system ones and the drill database, and that one empty. Returns whether the drill
 * database has to be created.
 */
async function guardServer(client: SqlClient, target: DrillTarget): Promise<boolean> {
  const db = target.database;
  const before = await client.listDatabases();
  const others = before.filter((d) => d !== db && !SYSTEM_DATABASES[target.engine].includes(d));
  if (others.length > 0) {
    throw new DrillError(
      `the drill server holds ${others.length} ${others.length === 1 ? 'database' : 'databases'} the drill did not create (${others
        .slice(0, 3)
        .map((d) => `\`${d}\``)
        .join(
          ', ',
        )}${others.length > 3 ? ', …' : ''}); the drill loads untrusted dumps, so point \`drill-database-url\` at a throwaway server that holds nothing else, such as a service container`,
    );
  }
  if (!before.includes(db)) return true;
  const n =
    target.engine === 'mariadb'
      ? await client.query(`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${db}'`)
      : await client.query(
          `SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
          db,
        );
  if (Number(n[0]?.[0] ?? 0) > 0) {
    throw new DrillError(
      `the drill database \`${db}\` already holds ${n[0]![0]} tables; the drill only loads into an empty database (drop it, or name another one in \`drill-database-url\`)`,
    );
  }
  return false;
}

/** Every dump is read through before the first is loaded: a refusal leaves the server untouched. */
async function scanDumps(client: SqlClient, dataDir: string, dumps: string[]): Promise<void> {
  for (const file of dumps) {
    try {
      await client.scan(file);
    } catch (e) {
      const rel = path.relative(dataDir, file);
      if (e instanceof DumpRefused) throw new DrillError(`refused ${rel}, nothing was loaded: ${e.message}`, { cause: e });
      throw new DrillError(`could not read ${rel}: ${redact((e as Error).message)}`, { cause: e });
    }
  }
}

async function loadDumps(client: SqlClient, dataDir: string, dumps: string[], db: string, log: Reporter): Promise<DumpLoad[]> {
  const loads: DumpLoad[] = [];
  for (const file of dumps) {
    const t = Date.now();
    const rel = path.relative(dataDir, file);
    const bytes = (await stat(file)).size;
    log.info(
      `drill: loading ${rel} (${formatBytes(bytes)}) into ${client.dialect === 'mysql' ? 'mariadb' : 'postgres'} database \`${db}\`…`,
    );
    try {
      await client.load(file, db);
    } catch (e) {
      throw new DrillError(`loading ${rel} failed: ${(e as Error).message}`, { cause: e });
    }
    loads.push({ file: rel, bytes, durationMs: Date.now() - t });
    log.info(`drill: loaded ${rel} in ${formatDuration(Date.now() - t)}`);
  }
  return loads;
}

async function runCheck(client: SqlClient, sql: string, db: string, result: DrillResult, log: Reporter): Promise<void> {
  let output: string[][];
  try {
    output = await client.query(sql, db);
  } catch (e) {
    throw new DrillError(`the check \`drill-sql\` failed: ${(e as Error).message}`, { cause: e });
  }
  const ok = checkPassed(output);
  result.check = { sql, output: output.slice(0, 20), ok };
  log.info(
    `drill: check ${ok ? 'passed' : 'FAILED'}: ${
      output
        .slice(0, 5)
        .map((r) => r.join(' '))
        .join(' | ') || '(no rows)'
    }`,
  );
  if (!ok)
    throw Object.assign(new DrillError(`the check \`drill-sql\` returned ${JSON.stringify(output[0]?.[0])}, which counts as failed`), {
      result,
    });
}

/**
 * Loads every dump under `dataDir` into the drill database, counts the rows of every table it
 * made, and runs the user's check. The server must hold no database the drill did not create
 * (the drill database may exist if empty), and no dump may leave the drill database (`USE`,
 * `\c`, `CREATE DATABASE`) or hold a client command: every dump is read through first and
 * refused before anything is loaded. The databases it created are dropped after.
 */
export async function runDrill(dataDir: string, target: DrillTarget, opts: DrillOptions): Promise<DrillResult> {
  const started = Date.now();
  const { log } = opts;
  const dumps = await findDumps(dataDir, target.engine);
  if (dumps.length === 0) {
    throw new DrillError(
      `the data component holds no SQL dump (${target.engine === 'postgres' ? '*.sql, *.sql.gz, *.sql.zst or *.dump' : '*.sql, *.sql.gz or *.sql.zst'}), so there is nothing to load`,
    );
  }
  // The clients get no credentials but the drill server's own (SECURITY.md, allow-listed env).
  const env = childEnv(opts.env, target.engine === 'postgres' ? ['PGSSLMODE', 'PGSSLROOTCERT', 'PGSSLCERT', 'PGSSLKEY'] : []);
  const client =
    target.engine === 'mariadb'
      ? await mariadbClient(target, env, opts.tmpRoot, log, opts.signal)
      : await postgresClient(target, env, log, opts.signal);
  const created: string[] = [];
  const db = target.database;
  try {
    const create = await guardServer(client, target);
    await scanDumps(client, dataDir, dumps);
    if (create) {
      await client.query(`CREATE DATABASE ${client.quote(db)}`);
      created.push(db);
    }
    const loads = await loadDumps(client, dataDir, dumps, db, log);
    const tables = await countRows(client, target.engine, [db]);
    const totalRows = tables.reduce((n, t) => n + t.rows, 0);
    log.info(`drill: ${tables.length} tables, ${totalRows} rows`);
    const result: DrillResult = {
      engine: target.engine,
      client: client.name,
      database: db,
      dumps: loads,
      tables,
      totalRows,
      durationMs: 0,
    };
    if (opts.sql) await runCheck(client, opts.sql, db, result, log);
    if (tables.length === 0) throw Object.assign(new DrillError('the dumps loaded but created no tables'), { result });
    result.durationMs = Date.now() - started;
    return result;
  } finally {
    for (const d of created.reverse()) {
      await client
        .query(`DROP DATABASE IF EXISTS ${client.quote(d)}`)
        .catch((e: unknown) => log.warn(`drill: could not drop \`${d}\`: ${(e as Error).message}`));
    }
    await client.close();
  }
}

export interface DrillFromStoreOptions extends DrillOptions {
  identities: string[];
  /** The data object verify already read and checked, reused instead of reading it again. */
  checked?: { backupId: string; object: string; file: string };
}

/**
 * The drill on a stored backup, in either format: its data component read through the format's
 * reader (every byte checked) into a private folder, then loaded into the scratch database.
 */
export async function drillStoredBackup(
  reader: BackupReader,
  backup: StoredBackup,
  target: DrillTarget,
  o: DrillFromStoreOptions,
): Promise<DrillResult> {
  const opened = await reader.open(backup);
  const data = opened.manifest.components.find((c) => c.name === 'data');
  if (!data)
    throw new Error(
      `backup ${backup.id} has no data component to drill (it holds ${opened.manifest.components.map((c) => c.name).join(', ')})`,
    );
  if (data.encryption === 'age' && o.identities.length === 0)
    throw new ConfigError(
      'decrypt-identity',
      `the data of ${backup.id} is age-encrypted`,
      'Set `decrypt-identity` so the drill can decrypt it.',
    );
  const work = await mkdtemp(path.join(o.tmpRoot, 'site-backup-drill-'));
  try {
    const reuse = o.checked?.backupId === backup.id && o.checked.object === data.object ? o.checked.file : undefined;
    if (reuse) o.log.info(`drill: using ${backup.id}/${data.object} as verify downloaded and checked it`);
    const dir = path.join(work, 'data');
    await mkdir(dir, { mode: 0o700 });
    const got = await opened.materialise(data, dir, {
      identities: o.identities,
      log: o.log,
      tmp: work,
      ...(reuse ? { checkedCopy: reuse } : {}),
    });
    if (got.problem) throw new IntegrityError([{ backup: backup.id, object: data.object, problem: got.problem }], 'drill refused');
    if (got.listError) throw got.listError;
    if (opened.origin) o.log.info(`drill: restored the data of ${backup.id} from ${opened.origin}`);
    const { identities: _i, checked: _c, ...drill } = o;
    return await runDrill(dir, target, { ...drill, tmpRoot: work });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
