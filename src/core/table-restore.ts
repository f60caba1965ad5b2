import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ConfigError } from '../model/errors.js';
import type { ManifestComponent } from '../model/manifest.js';
import type { OpenedBackup } from '../formats/reader.js';
import { formatBytes } from '../util/bytes.js';
import { makeStaging } from '../util/cleanup.js';
import { oneComponent, type PartialComponent, type PartialConfig, type PartialDeps } from './partial-restore.js';
import { detectDialect, extractTable, tablesIn, type Dialect } from './sql-split.js';

// `restore --table`: the data component's dump files read (by range where the archive is
// seekable), each requested table's statements cut out of the plain dump that holds it, and
// written as one SQL file into `restore-dir`, never loaded.

/** Dumps are read whole into memory to be split; past this, a scratch database is the way. */
const MAX_DUMP_BYTES = 512 << 20;
const DUMP_RE = /\.(sql|dump|pgdump|backup)(\.gz)?$/i;
/** The same files as globs, for a dry run's listing. */
export const DUMP_GLOBS = ['**/*.sql', '**/*.sql.gz', '**/*.dump', '**/*.dump.gz', '**/*.pgdump', '**/*.backup'];

export interface TableFile {
  table: string;
  dump: string;
  file: string;
  bytes: number;
  dialect: Dialect;
  load: string;
}

function loadHint(d: Dialect, file: string): string {
  return d === 'mysql' ? `mysql <database> < ${file}` : `psql -d <database> -v ON_ERROR_STOP=1 -f ${file}`;
}

/** A file name for a table: safe characters kept, the rest replaced, a short hash when anything was. */
function fileFor(dump: string, table: string): string {
  const stem = path.basename(dump).replace(DUMP_RE, '');
  const safe = `${stem}.${table}`.replace(/[^A-Za-z0-9._-]/g, '_');
  return safe === `${stem}.${table}` ? `${safe}.sql` : `${safe}-${createHash('sha256').update(table).digest('hex').slice(0, 6)}.sql`;
}

async function dumpFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(dir, rel), { withFileTypes: true }).catch(() => [])) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await dumpFiles(dir, p)));
    else if (e.isFile() && DUMP_RE.test(e.name)) out.push(p);
  }
  return out.sort();
}

async function readDump(file: string, name: string): Promise<Buffer> {
  let b = await readFile(file);
  if (b[0] === 0x1f && b[1] === 0x8b) b = gunzipSync(b, { maxOutputLength: MAX_DUMP_BYTES });
  if (b.length > MAX_DUMP_BYTES)
    throw new Error(`${name} is larger than ${formatBytes(MAX_DUMP_BYTES)}: restore it with --path and load it into a scratch database`);
  return b;
}

/** Splits the restored dumps; one file per table into `outDir` (which must not hold it yet). */
async function splitDumps(work: string, tables: string[], outDir: string): Promise<TableFile[]> {
  const found: (TableFile & { text: string })[] = [];
  const problems: string[] = [];
  const seen: string[] = [];
  for (const dump of await dumpFiles(work)) {
    let sql: string;
    let d: Dialect;
    try {
      const b = await readDump(path.join(work, dump), dump);
      d = detectDialect(b, dump);
      sql = b.toString('utf8');
    } catch (e) {
      problems.push((e as Error).message);
      continue;
    }
    seen.push(...tablesIn(sql, d).map((t) => `${t} (${dump})`));
    for (const t of tables) {
      const text = extractTable(sql, d, t);
      if (text === undefined) continue;
      const name = fileFor(dump, t);
      const header = `-- Table ${t} from ${dump}, cut out of the dump by site-backup-action. Not loaded: load it with\n--   ${loadHint(d, name)}\n\n`;
      found.push({
        table: t,
        dump,
        file: path.join(outDir, name),
        bytes: Buffer.byteLength(header + text),
        dialect: d,
        load: loadHint(d, path.join(outDir, name)),
        text: header + text,
      });
    }
  }
  const missing = tables.filter((t) => !found.some((f) => f.table === t));
  if (missing.length) {
    const why = [...problems, seen.length ? `the dumps hold ${seen.slice(0, 30).join(', ')}` : 'no plain dump with tables was found'].join(
      '; ',
    );
    throw new ConfigError(
      'table',
      `no table ${missing.map((t) => JSON.stringify(t)).join(', ')} in the data component (${why}); nothing was written`,
      'Give the table name as the dump writes it (without quotes; `schema.table` or just `table`).',
    );
  }
  // Written only once every table was found; an existing file is never replaced.
  await mkdir(outDir, { recursive: true });
  for (const f of found) await writeFile(f.file, f.text, { flag: 'wx', mode: 0o600 });
  return found.map(({ text: _t, ...f }) => f);
}

/** `restore --table`: reads the data component's dumps and writes each table's SQL file into `restore-dir`. */
export async function restoreTables(
  cfg: PartialConfig & { tables: string[] },
  deps: PartialDeps,
  opened: OpenedBackup,
  chosen: ManifestComponent[],
): Promise<{ part: PartialComponent; files: TableFile[] }> {
  const backup = opened.backup;
  const data = chosen.find((c) => c.name === 'data');
  if (!data)
    throw new ConfigError(
      'table',
      `backup ${backup.id} restores no data component here`,
      'Tables come from the data component: leave `components` empty or include `data`.',
    );
  const work = await makeStaging(deps.tmpRoot, 'tables');
  try {
    const tree = path.join(work, 'dumps');
    await mkdir(tree, { mode: 0o700 });
    const part = await oneComponent({ ...cfg, paths: DUMP_GLOBS, dryRun: false }, deps, opened, data, (p) => DUMP_RE.test(p), tree);
    const files = await splitDumps(tree, cfg.tables, cfg.restoreDir);
    for (const f of files)
      deps.log.info(
        `data: table ${f.table} from ${f.dump} written to ${f.file} (${formatBytes(f.bytes)}); it was not loaded. Load it with: ${f.load}`,
      );
    deps.log.info(`data: read ${formatBytes(part.read)} of ${formatBytes(part.bytes)} stored`);
    return { part, files };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
