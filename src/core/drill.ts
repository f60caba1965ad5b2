import { createReadStream } from 'node:fs';
import { access, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { decompressStream } from '../archive/compress.js';
import { ConfigError } from '../config/errors.js';
import { cell } from '../report/markdown.js';
import { redact } from '../report/redact.js';
import type { Reporter } from '../report/reporter.js';
import { formatBytes } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';
import { lastLines, runProcess } from '../util/exec.js';

// The restore drill: load the dumps of a backup's data component into a throwaway database and
// ask it questions. A dump that verifies byte for byte can still fail to load (a dump cut short by
// the host's CLI, a charset the server rejects); only loading it proves it restores.
// It talks to the server through the stock command line clients (mariadb/mysql, psql), which
// every runner image and database host has, rather than a driver bundled into the action.

export type DrillEngine = 'mariadb' | 'postgres';

export interface DrillTarget {
  engine: DrillEngine;
  host?: string;
  port?: number;
  /** A Unix socket (MariaDB) or socket folder (PostgreSQL), instead of host and port. */
  socket?: string;
  user?: string;
  password?: string;
  database: string;
}

const DB_NAME_RE = /^[A-Za-z0-9_]{1,64}$/;
export const DEFAULT_DRILL_DATABASE = 'site_backup_drill';

/** `mysql://user:pass@host:port/db?socket=/path` or `postgres://…`. Errors never echo the URL. */
export function parseDrillUrl(text: string): DrillTarget {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new ConfigError('drill-database-url', 'is not a URL', 'Write it as `mysql://user:password@127.0.0.1:3306/drill` or `postgres://user:password@127.0.0.1:5432/drill`.');
  }
  const scheme = u.protocol.replace(/:$/, '').toLowerCase();
  const engine: DrillEngine | undefined = ['mysql', 'mariadb'].includes(scheme) ? 'mariadb' : ['postgres', 'postgresql'].includes(scheme) ? 'postgres' : undefined;
  if (!engine) {
    throw new ConfigError('drill-database-url', `scheme "${scheme}" is not supported`, 'Use `mysql://` (or `mariadb://`) for MariaDB and MySQL, `postgres://` for PostgreSQL.');
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || DEFAULT_DRILL_DATABASE;
  if (!DB_NAME_RE.test(database)) {
    throw new ConfigError('drill-database-url', `database name "${database}" is not plain`, 'Use letters, digits and `_` only, such as `/site_backup_drill`.');
  }
  const t: DrillTarget = { engine, database };
  if (u.hostname) t.host = u.hostname.replace(/^\[|\]$/g, '');
  if (u.port) t.port = Number(u.port);
  if (u.username) t.user = decodeURIComponent(u.username);
  if (u.password) t.password = decodeURIComponent(u.password);
  const socket = u.searchParams.get('socket') ?? u.searchParams.get('host');
  if (socket) t.socket = socket;
  return t;
}

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

/** Runs a client with `input` streamed to stdin; throws with the end of stderr on failure. */
async function runWithStdin(cmd: string, args: string[], input: Readable, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<void> {
  const r = await runProcess(cmd, args, { env, input, ...(signal ? { signal } : {}) }).catch((e: Error) => {
    throw new DrillError(e.message);
  });
  if (r.code !== 0) throw new DrillError(`${cmd} ${r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`}: ${redact(lastLines(r.stderrTail)) || 'no message'}`);
}

interface SqlClient {
  readonly name: string;
  query(sql: string, database?: string): Promise<string[][]>;
  load(file: string, database: string): Promise<void>;
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

async function runQuery(cmd: string, args: string[], env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<string[][]> {
  const rows: string[][] = [];
  const r = await runProcess(cmd, args, {
    env,
    ...(signal ? { signal } : {}),
    onLine: (line, stream) => {
      if (stream === 'stdout') rows.push(line.split('\t'));
    },
  });
  if (r.code !== 0) throw new DrillError(`${cmd} ${r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`}: ${redact(lastLines(r.stderrTail)) || 'no message'}`);
  return rows;
}

async function mariadbClient(t: DrillTarget, env: NodeJS.ProcessEnv, tmpRoot: string, signal?: AbortSignal): Promise<SqlClient> {
  const bin = await onPath(['mariadb', 'mysql'], env);
  if (!bin) throw new DrillError('neither `mariadb` nor `mysql` (the client) is installed; on Ubuntu: sudo apt-get install mariadb-client');
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
  const base = [`--defaults-extra-file=${cnf}`, '--batch', '--skip-column-names', '--default-character-set=utf8mb4'];
  return {
    name: bin,
    query: (sql, db) => runQuery(bin, [...base, '-e', sql, ...(db ? [db] : [])], env, signal),
    load: (file, db) => runWithStdin(bin, [...base, db], dumpStream(file), env, signal),
    listDatabases: async () => (await runQuery(bin, [...base, '-e', 'SHOW DATABASES'], env, signal)).map((r) => r[0]!),
    quote: (id) => `\`${id.replace(/`/g, '``')}\``,
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

async function postgresClient(t: DrillTarget, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<SqlClient> {
  const bin = await onPath(['psql'], env);
  if (!bin) throw new DrillError('`psql` is not installed; on Ubuntu: sudo apt-get install postgresql-client');
  const pgEnv: NodeJS.ProcessEnv = { ...env, PGCONNECT_TIMEOUT: '20' };
  if (t.password !== undefined) pgEnv.PGPASSWORD = t.password;
  const conn = (db: string) => [
    ...(t.socket ? ['-h', t.socket] : ['-h', t.host || '127.0.0.1']),
    ...(t.port ? ['-p', String(t.port)] : []),
    ...(t.user ? ['-U', t.user] : []),
    '-d',
    db,
  ];
  const base = ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-A', '-t', '-F', '\t'];
  return {
    name: bin,
    query: (sql, db) => runQuery(bin, [...base, ...conn(db ?? 'postgres'), '-c', sql], pgEnv, signal),
    load: (file, db) =>
      /\.dump$/i.test(file)
        ? runWithStdin('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', ...conn(db)], createReadStream(file), pgEnv, signal)
        : runWithStdin(bin, [...base, ...conn(db), '-f', '-'], dumpStream(file), pgEnv, signal),
    listDatabases: async () => (await runQuery(bin, [...base, ...conn('postgres'), '-c', 'SELECT datname FROM pg_database'], pgEnv, signal)).map((r) => r[0]!),
    quote: (id) => `"${id.replace(/"/g, '""')}"`,
    close: async () => {},
  };
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

/**
 * Loads every dump under `dataDir` into the drill database, counts the rows of every table it
 * made, and runs the user's check. The drill database must be empty (or absent, then created):
 * the drill never loads over data it did not put there. Databases it created are dropped after.
 */
export async function runDrill(dataDir: string, target: DrillTarget, opts: DrillOptions): Promise<DrillResult> {
  const started = Date.now();
  const { log } = opts;
  const dumps = await findDumps(dataDir, target.engine);
  if (dumps.length === 0) {
    throw new DrillError(`the data component holds no SQL dump (${target.engine === 'postgres' ? '*.sql, *.sql.gz, *.sql.zst or *.dump' : '*.sql, *.sql.gz or *.sql.zst'}), so there is nothing to load`);
  }
  const client = target.engine === 'mariadb' ? await mariadbClient(target, opts.env, opts.tmpRoot, opts.signal) : await postgresClient(target, opts.env, opts.signal);
  const created: string[] = [];
  try {
    const before = await client.listDatabases();
    const db = target.database;
    if (before.includes(db)) {
      const n = target.engine === 'mariadb'
        ? await client.query(`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${db}'`)
        : await client.query(`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`, db);
      if (Number(n[0]?.[0] ?? 0) > 0) {
        throw new DrillError(`the drill database \`${db}\` already holds ${n[0]![0]} tables; the drill only loads into an empty database (drop it, or name another one in \`drill-database-url\`)`);
      }
    } else {
      await client.query(`CREATE DATABASE ${client.quote(db)}`);
      created.push(db);
    }
    const loads: DumpLoad[] = [];
    for (const file of dumps) {
      const t = Date.now();
      const rel = path.relative(dataDir, file);
      const bytes = (await stat(file)).size;
      log.info(`drill: loading ${rel} (${formatBytes(bytes)}) into ${target.engine} database \`${db}\`…`);
      try {
        await client.load(file, db);
      } catch (e) {
        throw new DrillError(`loading ${rel} failed: ${(e as Error).message}`, { cause: e });
      }
      loads.push({ file: rel, bytes, durationMs: Date.now() - t });
      log.info(`drill: loaded ${rel} in ${formatDuration(Date.now() - t)}`);
    }
    // A dump made with --databases creates and fills its own databases; count those too.
    const after = await client.listDatabases();
    const fresh = target.engine === 'mariadb' ? after.filter((d) => !before.includes(d) && d !== db) : [];
    created.push(...fresh);
    const tables = await countRows(client, target.engine, [db, ...fresh]);
    const totalRows = tables.reduce((n, t) => n + t.rows, 0);
    log.info(`drill: ${tables.length} tables, ${totalRows} rows`);
    const result: DrillResult = { engine: target.engine, client: client.name, database: db, dumps: loads, tables, totalRows, durationMs: 0 };
    if (opts.sql) {
      let output: string[][];
      try {
        output = await client.query(opts.sql, db);
      } catch (e) {
        throw new DrillError(`the check \`drill-sql\` failed: ${(e as Error).message}`, { cause: e });
      }
      const ok = checkPassed(output);
      result.check = { sql: opts.sql, output: output.slice(0, 20), ok };
      log.info(`drill: check ${ok ? 'passed' : 'FAILED'}: ${output.slice(0, 5).map((r) => r.join(' ')).join(' | ') || '(no rows)'}`);
      if (!ok) throw Object.assign(new DrillError(`the check \`drill-sql\` returned ${JSON.stringify(output[0]?.[0])}, which counts as failed`), { result });
    }
    if (tables.length === 0) throw Object.assign(new DrillError('the dumps loaded but created no tables'), { result });
    result.durationMs = Date.now() - started;
    return result;
  } finally {
    for (const d of created.reverse()) {
      await client.query(`DROP DATABASE IF EXISTS ${client.quote(d)}`).catch((e: unknown) => log.warn(`drill: could not drop \`${d}\`: ${(e as Error).message}`));
    }
    await client.close();
  }
}

/** The drill's part of the job summary. Pure. */
export function drillSummaryMarkdown(r: DrillResult, backupId: string): string {
  const lines = [
    `### Restore drill: \`${backupId}\` into ${r.engine} (\`${r.client}\`)`,
    '',
    `Loaded ${r.dumps.length} ${r.dumps.length === 1 ? 'dump' : 'dumps'} (${r.dumps.map((d) => `${cell(d.file)} ${formatBytes(d.bytes)} in ${formatDuration(d.durationMs)}`).join(', ')}): **${r.tables.length} tables, ${r.totalRows} rows**, in ${formatDuration(r.durationMs)}.`,
    '',
    '| table | rows |',
    '|---|---:|',
    ...r.tables.slice(0, 100).map((t) => `| ${cell(`${t.schema}.${t.table}`)} | ${t.rows} |`),
  ];
  if (r.tables.length > 100) lines.push(`| … ${r.tables.length - 100} more | |`);
  if (r.check) {
    lines.push('', `Check \`${cell(r.check.sql)}\`: **${r.check.ok ? 'passed' : 'failed'}** (${cell(r.check.output.slice(0, 3).map((x) => x.join(' ')).join('; ') || 'no rows')})`);
  }
  lines.push('');
  return lines.join('\n');
}
