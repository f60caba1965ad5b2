import { parseEnvironment, parseSite, parseStore } from '../config/common.js';
import { parseSide } from '../config/copy.js';
import { MANIFEST_NAME } from '../model/manifest.js';
import { openPlace, type BackupPlace } from '../formats/index.js';
import type { StoredBackup } from '../stores/store.js';
import { ConfigError } from '../model/errors.js';
import { formatBytes } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';
import { printable } from '../util/text.js';
import type { Io } from '../config/io.js';

export interface ListedBackup {
  id: string;
  time: string;
  trigger: string;
  complete: boolean;
  /** Stored bytes of the component objects (manifest excluded), as the backup output reports. */
  bytes: number;
  objects: string[];
  /** With `include-deleted`: deleted (delete markers), but its versions remain and it can be restored. */
  deleted?: true;
  /** With `--to`: the stores that hold this backup complete (`--store`, the copy store, or both). */
  heldBy?: string[];
}

export function toListed(b: StoredBackup): ListedBackup {
  return {
    id: b.id,
    time: b.parsed.time.toISOString(),
    trigger: b.parsed.trigger,
    complete: b.complete,
    bytes: b.objects.filter((o) => o.name !== MANIFEST_NAME).reduce((n, o) => n + o.size, 0),
    objects: b.objects.map((o) => o.name),
    ...(b.deleted ? { deleted: true as const } : {}),
  };
}

/** Columns padded to their widest cell, two spaces apart: a terminal's table. Names come from the store, so every cell is made printable. */
function textTable(header: string[], rows: string[][]): string {
  const body = rows.map((r) => r.map(printable));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  return (
    [header, ...body]
      .map((r) =>
        r
          .map((c, i) => c.padEnd(widths[i]!))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

const utc = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z');

export function listTable(rows: ListedBackup[]): string {
  const held = rows.some((r) => r.heldBy);
  return textTable(
    ['ID', 'TIME (UTC)', 'TRIGGER', 'SIZE', 'STATUS', ...(held ? ['HELD BY'] : [])],
    rows.map((r) => [
      r.id,
      utc(r.time),
      r.trigger,
      formatBytes(r.bytes),
      `${r.complete ? 'complete' : 'INCOMPLETE (no manifest)'}${r.deleted ? ', DELETED (versions remain: restore with --include-deleted)' : ''}`,
      ...(held ? [r.heldBy?.join(', ') || '-'] : []),
    ]),
  );
}

/**
 * The backups of `--store` and of the copy store `--to` together, newest first: each with the
 * stores that hold it complete, so a backup not copied yet (or only in the copy) shows.
 */
export function withCopies(mine: StoredBackup[], theirs: StoredBackup[], names: { store: string; to: string }): ListedBackup[] {
  const rows = new Map<string, ListedBackup>();
  for (const [list, name] of [
    [mine, names.store],
    [theirs, names.to],
  ] as const) {
    for (const b of list) {
      const row = rows.get(b.id) ?? { ...toListed(b), complete: false, heldBy: [] };
      if (b.complete) {
        // The first complete listing describes it; an incomplete one elsewhere does not hide it.
        if (!row.complete) Object.assign(row, toListed(b), { heldBy: row.heldBy });
        row.heldBy!.push(name);
      }
      rows.set(b.id, row);
    }
  }
  return [...rows.values()].sort((x, y) => (x.id < y.id ? 1 : x.id > y.id ? -1 : 0));
}

/** One site and environment of a store, as `site-backup list` without `--site` shows it. */
export interface ListedTarget {
  site: string;
  environment: string;
  backups: number;
  incomplete: number;
  /** Stored bytes of all its backups, manifests excluded. */
  bytes: number;
  /** The newest complete backup, when there is one. */
  newest?: { id: string; time: string; ageMs: number };
}

export function listTargets(backups: StoredBackup[], now: Date): ListedTarget[] {
  const byTarget = new Map<string, ListedTarget>();
  // Newest first within each target, as every store's list() returns them.
  for (const b of [...backups].sort((x, y) => (x.id < y.id ? 1 : x.id > y.id ? -1 : 0))) {
    const key = `${b.site}/${b.environment}`;
    let t = byTarget.get(key);
    if (!t) byTarget.set(key, (t = { site: b.site, environment: b.environment, backups: 0, incomplete: 0, bytes: 0 }));
    t.backups++;
    t.bytes += toListed(b).bytes;
    if (!b.complete) t.incomplete++;
    else if (!t.newest)
      t.newest = { id: b.id, time: b.parsed.time.toISOString(), ageMs: Math.max(0, now.getTime() - b.parsed.time.getTime()) };
  }
  return [...byTarget.values()].sort((a, b) =>
    a.site === b.site ? a.environment.localeCompare(b.environment) : a.site.localeCompare(b.site),
  );
}

export function targetsTable(rows: ListedTarget[]): string {
  return textTable(
    ['SITE', 'ENVIRONMENT', 'BACKUPS', 'SIZE', 'NEWEST COMPLETE', 'TIME (UTC)', 'AGE'],
    rows.map((t) => [
      t.site,
      t.environment,
      t.incomplete ? `${t.backups} (${t.incomplete} incomplete)` : String(t.backups),
      formatBytes(t.bytes),
      t.newest?.id ?? 'NONE',
      t.newest ? utc(t.newest.time) : '-',
      t.newest ? formatDuration(t.newest.ageMs) : '-',
    ]),
  );
}

/** Without `include-deleted`: how many backups were deleted but can still be recovered (docs/immutable.md). */
async function noteDeleted(io: Io, place: BackupPlace, site: string, environment: string): Promise<void> {
  const store = place.store;
  if (!store?.countDeleted || io.inputs.get('include-deleted') === 'true') return;
  const n = await store.countDeleted(site, environment);
  if (n)
    io.log.info(
      `${n} deleted backup${n === 1 ? '' : 's'} of ${site}/${environment} can still be recovered (delete markers hide them; their versions remain): see them with --include-deleted, restore with restore --include-deleted.`,
    );
}

export interface ListOptions {
  json?: boolean;
  write?: (s: string) => void;
  now?: () => Date;
}

/**
 * `site-backup list`: every backup of a site and environment, newest first; without `--site`,
 * every site and environment in the store with its newest complete backup and its age.
 */
export async function listCommand(io: Io, opts: ListOptions = {}): Promise<ListedBackup[] | ListedTarget[]> {
  const write = opts.write ?? ((s: string) => process.stdout.write(s));
  const place = await openPlace(parseStore(io.inputs, io.cwd), io.log, io.env);
  // Every site in one walk is a byte store's: a restic store keeps one repository per site.
  const store = place.store;
  if (!io.inputs.get('site')) {
    if (io.inputs.get('to'))
      throw new ConfigError('site', 'is required with `to`', 'Name the site whose backups to compare between the two stores.');
    if (!store?.listAll)
      throw new ConfigError(
        'site',
        'is required for this store: it cannot list its sites (a restic store keeps one repository per site)',
        'Name the site whose backups to list.',
      );
    const only = io.inputs.get('environment') ? parseEnvironment(io.inputs) : undefined;
    const targets = listTargets(await store.listAll(), (opts.now ?? (() => new Date()))()).filter((t) => !only || t.environment === only);
    if (opts.json) write(JSON.stringify(targets, null, 2) + '\n');
    else if (targets.length === 0) io.log.info('No backups in this store yet.');
    else write(targetsTable(targets));
    return targets;
  }
  const site = parseSite(io.inputs);
  const environment = parseEnvironment(io.inputs);
  const rows = io.inputs.get('to') ? await listWithCopies(io, site, environment) : (await place.list(site, environment)).map(toListed);
  if (opts.json) write(JSON.stringify(rows, null, 2) + '\n');
  else if (rows.length === 0) io.log.info(`No backups of ${site}/${environment} yet.`);
  else write(listTable(rows));
  await noteDeleted(io, place, site, environment);
  return rows;
}

async function listWithCopies(io: Io, site: string, environment: string): Promise<ListedBackup[]> {
  const place = await openPlace(parseStore(io.inputs, io.cwd), io.log, io.env);
  const to = await openPlace(parseSide(io.inputs, 'to', io.cwd), io.log, io.env);
  const [mine, theirs] = await Promise.all([place.list(site, environment), to.list(site, environment)]);
  return withCopies(mine, theirs, { store: io.inputs.get('store') ?? 'store', to: io.inputs.get('to')! });
}
