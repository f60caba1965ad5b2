import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import path from 'node:path';
import type { Component } from '../../model/manifest.js';
import { DumpRefused, scanDump } from '../../util/dump-guard.js';
import { exitText, lastOutput } from '../run-cli.js';
import { requireGzip, treeStats } from '../verify.js';
import { checkedRun, judge } from './cli.js';
import { commands } from './commands.js';
import { databases, mountPaths, type Parts } from './export.js';

// The restorer for `platformsh-restore-from: archive`: each dump through `sql` into the target's
// relationship and schema, each mount folder through mount:upload. Code lives in git.
//
// `sql` runs psql without ON_ERROR_STOP, so a PostgreSQL dump with SQL errors would import what
// it could and exit 0. We put `\set ON_ERROR_STOP on` in front of every PostgreSQL dump: psql then
// stops at the first error and exits 3, and the CLI passes that code on. The mysql client stops at
// the first error by itself (exit 1).

/** `<rel>--<schema>.sql.gz`, or `<rel>.sql.gz` from archives made before each schema was dumped. */
function parseDump(name: string): { rel: string; schema?: string } | undefined {
  const m = /^([A-Za-z0-9][A-Za-z0-9_.-]*?)(?:--([A-Za-z0-9][A-Za-z0-9_.-]*))?\.sql\.gz$/.exec(name);
  return m ? { rel: m[1]!, ...(m[2] ? { schema: m[2] } : {}) } : undefined;
}

/**
 * `sql` feeds the dump to mysql/psql in the app container, whose environment holds the site's
 * secrets: a dump from the store is read through first and refused if it holds a client command
 * or leaves its schema (SECURITY.md, "The store is hostile input").
 */
async function refuseHostile(file: string, name: string, scheme: 'mysql' | 'pgsql'): Promise<void> {
  const gunzip = createGunzip();
  const read = pipeline(createReadStream(file), gunzip);
  // A broken gzip fails the scan too; a refusal stops reading, which ends the pipeline below.
  read.catch(() => undefined);
  try {
    await scanDump(gunzip, scheme === 'pgsql' ? 'psql' : 'mysql');
    await read;
  } catch (e) {
    gunzip.destroy();
    if (e instanceof DumpRefused) throw new Error(`refused ${name}, nothing was imported: ${e.message}`, { cause: e });
    throw e;
  }
}

async function restoreData(p: Parts, inDir: string, target: string, signal: AbortSignal): Promise<void> {
  const { f, cli, scope } = p;
  const dumps = (await readdir(inDir)).filter((n) => n.endsWith('.sql.gz')).sort();
  if (dumps.length === 0) throw new Error('the data archive holds no <relationship>--<schema>.sql.gz dump');
  const dbs = await databases(p, target, signal, 'data');
  for (const dump of dumps) {
    const parsed = parseDump(dump);
    if (!parsed) throw new Error(`unexpected dump name ${dump}`);
    const db = dbs.find((d) => d.rel === parsed.rel);
    if (!db)
      throw new Error(
        `${dump} is a dump of the ${parsed.rel} relationship, which the ${target} environment does not have (it has ${dbs.map((d) => d.rel).join(', ') || 'none'})`,
      );
    await requireGzip(path.join(inDir, dump), dump);
    await refuseHostile(path.join(inDir, dump), dump, db.scheme);
    const prefix = db.scheme === 'pgsql' ? '\\set ON_ERROR_STOP on\n' : '';
    const r = await cli.exec(
      'bash',
      [
        '-o',
        'pipefail',
        '-c',
        '{ printf "%s" "$1"; gzip -dc -- "$2"; } | "$3" "${@:4}"',
        'restore-sql',
        prefix,
        path.join(inDir, dump),
        cli.bin,
        ...commands.sql(scope, target, db.rel, parsed.schema),
      ],
      { cwd: inDir, signal, label: 'data' },
    );
    judge(f, scope.project, r, `sql -r ${db.rel}`);
    if (r.code !== 0)
      throw new Error(
        `importing ${dump} with \`${f.bin} sql -r ${db.rel}${parsed.schema ? ` --schema ${parsed.schema}` : ''}\` ${exitText(r)}: ${lastOutput(r)}`,
      );
  }
}

async function restoreAssets(p: Parts, inDir: string, target: string, signal: AbortSignal): Promise<void> {
  const { f, cli, scope } = p;
  // Each mount path of the target that the archive has a folder for.
  const mounts = await mountPaths(p, target, inDir, signal, 'assets');
  let uploaded = 0;
  for (const m of mounts) {
    if (m.split('/').some((seg) => seg === '..' || seg === '')) continue;
    const src = path.join(inDir, m);
    if ((await treeStats(src)).files === 0) continue;
    await checkedRun(
      cli,
      f,
      scope.project,
      commands.mountUpload(scope, target, src, m),
      { cwd: inDir, signal, label: 'assets' },
      { sub: `mount:upload --mount ${m}` },
    );
    uploaded++;
  }
  if (uploaded === 0) {
    throw new Error(
      `none of the ${target} environment's mounts (${mounts.join(', ') || 'none'}) has a folder in this archive (${(await readdir(inDir)).join(', ')})`,
    );
  }
}

export async function restoreArchive(p: Parts, component: Component, inDir: string, target: string, signal: AbortSignal): Promise<void> {
  if (component === 'code') {
    throw new Error(
      `${p.f.label} code lives in git: push the branch from this archive (it is a full clone: \`git push <${p.f.bin} remote> HEAD:${target}\`), or set \`platformsh-restore-from: snapshot\` to restore code, data and files together with backup:restore`,
    );
  }
  if (component === 'data') return restoreData(p, inDir, target, signal);
  return restoreAssets(p, inDir, target, signal);
}
