import { parseEnvironment, parseSite, parseStore } from '../config/common.js';
import { MANIFEST_NAME } from '../model/manifest.js';
import { openStore } from '../stores/index.js';
import type { StoredBackup } from '../stores/store.js';
import { formatBytes } from '../util/bytes.js';
import type { Io } from './io.js';

export interface ListedBackup {
  id: string;
  time: string;
  trigger: string;
  complete: boolean;
  /** Stored bytes of the component objects (manifest excluded), as the backup output reports. */
  bytes: number;
  objects: string[];
}

export function toListed(b: StoredBackup): ListedBackup {
  return {
    id: b.id,
    time: b.parsed.time.toISOString(),
    trigger: b.parsed.trigger,
    complete: b.complete,
    bytes: b.objects.filter((o) => o.name !== MANIFEST_NAME).reduce((n, o) => n + o.size, 0),
    objects: b.objects.map((o) => o.name),
  };
}

export function listTable(rows: ListedBackup[]): string {
  const header = ['ID', 'TIME (UTC)', 'TRIGGER', 'SIZE', 'STATUS'];
  const body = rows.map((r) => [r.id, r.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z'), r.trigger, formatBytes(r.bytes), r.complete ? 'complete' : 'INCOMPLETE (no manifest)']);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  return [header, ...body].map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}

/** `site-backup list`: every backup of a site and environment, newest first. */
export async function listCommand(io: Io, opts: { json?: boolean; write?: (s: string) => void } = {}): Promise<ListedBackup[]> {
  const site = parseSite(io.inputs);
  const environment = parseEnvironment(io.inputs);
  const store = await openStore(parseStore(io.inputs, io.cwd), io.log, io.env);
  const rows = (await store.list(site, environment)).map(toListed);
  const write = opts.write ?? ((s: string) => process.stdout.write(s));
  if (opts.json) write(JSON.stringify(rows, null, 2) + '\n');
  else if (rows.length === 0) io.log.info(`No backups of ${site}/${environment} yet.`);
  else write(listTable(rows));
  return rows;
}
