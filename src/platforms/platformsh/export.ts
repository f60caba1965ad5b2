import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { redact } from '../../report/redact.js';
import type { Component } from '../../model/manifest.js';
import { exportAttempts } from '../attempts.js';
import { freshDir, moveChildren } from '../hosted.js';
import type { PlatformContext } from '../platform.js';
import { exitText, findLine, type Cli, type CliResult, type CliRunOptions } from '../run-cli.js';
import { requireSqlGzip, requireTree, VerificationError } from '../verify.js';
import { checkedRun, type FlavourSpec } from './cli.js';
import { commands, SYSTEM_SCHEMAS, type Scope } from './commands.js';

// The exporter: code (a clone of the branch), assets (every mount, with rsync over SSH), data
// (every schema of every database relationship), and the optional platform-side backup.

/** What an open session shares with its exporter and restorer. */
export interface Parts {
  ctx: PlatformContext;
  f: FlavourSpec;
  cli: Cli;
  scope: Scope;
  /** `platformsh-relationships`, when the user named them. */
  rels?: string[];
}

export const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export interface Database {
  rel: string;
  scheme: 'mysql' | 'pgsql';
  /** The relationship's default schema. */
  path?: string;
}

/** One CLI call of an export: a non-zero exit the CLI does not explain better is worth another attempt. */
const exportRun = (
  p: Parts,
  sub: string,
  args: string[],
  o: CliRunOptions,
  clearer?: (r: CliResult) => void,
  why?: string,
): Promise<CliResult> =>
  checkedRun(p.cli, p.f, p.scope.project, args, o, { sub, transient: true, ...(clearer ? { clearer } : {}), ...(why ? { why } : {}) });

/** The database relationships of an environment, read over SSH by environment:relationships. */
export async function databases(p: Parts, environment: string, signal: AbortSignal, label: string): Promise<Database[]> {
  const stage = await freshDir(p.ctx, 'psh-relationships');
  // stdout is kept out of the log: relationship URLs carry database passwords.
  const r = await exportRun(p, 'environment:relationships', commands.relationships(p.scope, environment), {
    cwd: stage,
    signal,
    label,
    captureStdout: true,
  });
  // The yaml package (~250 KB) loads for the data export only.
  const { parse: parseYaml } = await import('yaml');
  let doc: unknown;
  try {
    doc = parseYaml(r.stdout);
  } catch (e) {
    throw new Error(`${p.f.bin} environment:relationships printed something that is not YAML (${(e as Error).message})`, { cause: e });
  }
  const found: Database[] = [];
  for (const [rel, instances] of Object.entries((doc ?? {}) as Record<string, unknown>)) {
    const first = Array.isArray(instances) ? (instances[0] as { scheme?: unknown; path?: unknown } | undefined) : undefined;
    const scheme = first?.scheme === 'mysql' ? 'mysql' : first?.scheme === 'pgsql' || first?.scheme === 'postgresql' ? 'pgsql' : undefined;
    if (scheme && NAME_RE.test(rel))
      found.push({ rel, scheme, ...(typeof first?.path === 'string' && first.path ? { path: first.path } : {}) });
  }
  return found;
}

/** Every schema the relationship's user can see, system schemas left out. */
async function schemas(p: Parts, environment: string, db: Database, signal: AbortSignal): Promise<string[]> {
  const stage = await freshDir(p.ctx, `psh-schemas-${db.rel}`);
  const r = await exportRun(p, `sql -r ${db.rel} --raw`, commands.listSchemas(p.scope, environment, db.rel, db.scheme), {
    cwd: stage,
    signal,
    label: 'data',
    captureStdout: true,
  });
  const rows = r.stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  // mysql --batch prints a header row ("Database"); psql -t prints none.
  if (db.scheme === 'mysql' && rows[0] === 'Database') rows.shift();
  const list = rows.filter((s) => !SYSTEM_SCHEMAS[db.scheme].has(s) || s === db.path);
  for (const s of list)
    if (!NAME_RE.test(s))
      throw new Error(`the ${db.rel} relationship lists a schema named "${redact(s).slice(0, 40)}", which we cannot use as a file name`);
  if (list.length === 0)
    throw new Error(
      `the ${db.rel} relationship's user sees no schema to dump (\`${p.f.bin} sql -r ${db.rel} --raw\` listed only system schemas)`,
    );
  return list;
}

/** The environment's mount paths, as mount:list --paths prints them, without leading or trailing slashes. */
export async function mountPaths(p: Parts, environment: string, cwd: string, signal: AbortSignal, label: string): Promise<string[]> {
  const list = await checkedRun(
    p.cli,
    p.f,
    p.scope.project,
    commands.mountList(p.scope, environment),
    { cwd, signal, label, captureStdout: true },
    { sub: 'mount:list' },
  );
  return list.stdout
    .split(/\r?\n/)
    .map((s) => s.trim().replace(/^\/+|\/+$/g, ''))
    .filter(Boolean);
}

/**
 * Removes what lies outside every mount from a mirrored download: mount:download --delete
 * mirrors each mount it knows, so a mount the app no longer has (or any other leftover of the
 * seeded folder) would otherwise stay in the backup forever.
 */
async function pruneToMounts(dir: string, mounts: string[], rel = ''): Promise<void> {
  for (const name of await readdir(dir)) {
    const r = rel ? `${rel}/${name}` : name;
    if (mounts.includes(r)) continue;
    if (mounts.some((m) => m.startsWith(`${r}/`))) await pruneToMounts(path.join(dir, name), mounts, r);
    else await rm(path.join(dir, name), { recursive: true, force: true });
  }
}

/** The dump file of one schema: `<relationship>--<schema>.sql.gz`, as the CLI's own default names join them. */
export const dumpName = (rel: string, schema: string) => `${rel}--${schema}.sql.gz`;

const retrying = <T>(p: Parts, what: string, signal: AbortSignal, body: (n: number) => Promise<T>): Promise<T> =>
  exportAttempts(p.ctx, { what, signal }, body);

/** The database relationships to dump: all of them, or those `platformsh-relationships` names. */
async function chosenDatabases(p: Parts, signal: AbortSignal): Promise<Database[]> {
  const environment = p.ctx.environment;
  const dbs = await retrying(p, `${p.f.bin} environment:relationships`, signal, () => databases(p, environment, signal, 'data'));
  const have = dbs.map((d) => d.rel).join(', ') || 'none';
  if (p.rels) {
    const missing = p.rels.filter((r) => !dbs.some((d) => d.rel === r));
    if (missing.length)
      throw new Error(
        `\`platformsh-relationships\` names ${missing.join(', ')}, which the ${environment} environment has no database relationship for (it has ${have})`,
      );
  }
  const chosen = p.rels ? dbs.filter((d) => p.rels!.includes(d.rel)) : dbs;
  if (chosen.length === 0) {
    throw new Error(
      `the ${environment} environment has no MySQL, MariaDB or PostgreSQL relationship to dump; remove "data" from \`components\`, or name them in \`platformsh-relationships\``,
    );
  }
  return chosen;
}

/** One attempt at one schema's dump, checked and moved into `outDir`. */
async function dumpSchema(p: Parts, db: Database, schema: string, attempt: number, outDir: string, signal: AbortSignal): Promise<void> {
  const { ctx } = p;
  const name = dumpName(db.rel, schema);
  const stage = await freshDir(ctx, `psh-dump-${attempt}`);
  const file = path.join(stage, name);
  // db:dump exits with the remote dump's code, when the remote shell has pipefail.
  await exportRun(
    p,
    `db:dump -r ${db.rel} --schema ${schema}`,
    commands.dbDump(p.scope, ctx.environment, db.rel, schema, file),
    { cwd: stage, signal, label: 'data' },
    undefined,
    'the remote dump failed',
  );
  // Without pipefail on the remote shell a failed dump still exits 0: check the file.
  const v = await requireSqlGzip(file, `the ${db.rel} dump of ${schema} (${name})`);
  ctx.log.info(`[data] ${name}: ${v.bytes} bytes of SQL, complete`);
  await moveChildren(stage, outDir, [name]);
}

export function exporters(p: Parts): Record<Component, (outDir: string, signal: AbortSignal) => Promise<void>> {
  const { ctx, f, cli, scope } = p;
  const environment = ctx.environment;
  return {
    async code(outDir, signal) {
      await retrying(p, `${f.bin} project:get`, signal, async (n) => {
        const stage = await freshDir(ctx, `psh-code-${n}`);
        const repo = path.join(stage, 'repo');
        await exportRun(p, 'project:get', commands.projectGet(scope, environment, repo), { cwd: stage, signal, label: 'code' });
        const head = await cli.exec('git', ['-C', repo, 'rev-parse', '--verify', 'HEAD'], { cwd: stage, signal, label: 'code' });
        if (head.code !== 0)
          throw new VerificationError(`the clone of ${environment} has no commit (git rev-parse HEAD ${exitText(head)})`);
        // project:get adds <config dir>/local (the CLI's own state, git-ignored): not the site's code.
        await cli.exec('git', ['-C', repo, 'clean', '-fdXq', '--', `${f.projectConfigDir}/local`], { cwd: stage, signal, label: 'code' });
        const files = (await readdir(repo)).filter((x) => x !== '.git');
        if (files.length === 0) throw new VerificationError(`the ${environment} branch checked out no files`);
        // The whole clone, .git included: the branch's history is part of the code.
        await moveChildren(repo, outDir);
      });
    },
    async data(outDir, signal) {
      for (const db of await chosenDatabases(p, signal)) {
        const list = await retrying(p, `listing the schemas of ${db.rel}`, signal, () => schemas(p, environment, db, signal));
        ctx.log.info(
          `[data] ${db.rel}: dumping ${list.length} schema${list.length === 1 ? '' : 's'} (${list.join(', ')}); db:dump alone would take only the default one`,
        );
        for (const schema of list)
          await retrying(p, `${f.bin} db:dump -r ${db.rel} --schema ${schema}`, signal, (n) =>
            dumpSchema(p, db, schema, n, outDir, signal),
          );
      }
    },
    // Straight into outDir with --delete: an exact mirror, so a folder seeded with the previous
    // export (pull-cache) gets only what changed, and an attempt cut short leaves whole files
    // (rsync renames each one into place) that the next attempt completes.
    async assets(outDir, signal) {
      const seeded = (await readdir(outDir)).length > 0;
      await retrying(p, `${f.bin} mount:download`, signal, async (n) => {
        const stage = await freshDir(ctx, `psh-mounts-${n}`);
        await exportRun(
          p,
          'mount:download',
          commands.mountDownload(scope, environment, outDir),
          { cwd: stage, signal, label: 'assets' },
          (r) => {
            if (findLine(r, [/no mounts/i]))
              throw new Error(
                `the ${environment} environment has no mounts, so there are no files to back up; remove "assets" from \`components\``,
              );
          },
        );
        if (seeded) await pruneToMounts(outDir, await mountPaths(p, environment, stage, signal, 'assets'));
        const s = await requireTree(outDir, 'mount:download');
        ctx.log.info(`[assets] ${s.files} files, ${s.bytes} bytes from the mounts`);
      });
    },
  };
}
