import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { redact } from '../../report/redact.js';
import { DumpScanner, type DumpRefused } from '../../util/dump-guard.js';

/** The dump's name inside data.tar.*. */
export const DUMP_FILE = 'database.sql.gz';

export interface DumpCheck {
  flavor: 'MySQL/MariaDB' | 'PostgreSQL' | 'SQLite';
  gzBytes: number;
  sqlBytes: number;
  marker: string;
}

const MARKERS: [RegExp, DumpCheck['flavor']][] = [
  [/^-- Dump completed/, 'MySQL/MariaDB'],
  [/^-- PostgreSQL database dump complete/, 'PostgreSQL'],
  [/^COMMIT;$/, 'SQLite'],
];

/**
 * Both readings of a dump at once (the flavor is known only at its end); each keeps its first
 * refusal. A restore then refuses the dump its flavor's client would have obeyed.
 */
class DumpReadings {
  private readonly scanners: { mysql: DumpScanner; psql: DumpScanner };
  private readonly refused: { mysql?: DumpRefused; psql?: DumpRefused } = {};
  private rest = '';
  constructor(database: string | undefined) {
    this.scanners = { mysql: new DumpScanner('mysql', database), psql: new DumpScanner('psql', database) };
  }
  push(chunk: Buffer): void {
    const lines = (this.rest + chunk.toString('latin1')).split('\n');
    this.rest = lines.pop() ?? '';
    for (const l of lines) this.each(l);
  }
  end(): void {
    if (this.rest) this.each(this.rest);
    for (const k of ['mysql', 'psql'] as const) this.guard(k, () => this.scanners[k].end());
  }
  refusal(flavor: DumpCheck['flavor']): DumpRefused | undefined {
    return flavor === 'PostgreSQL' ? this.refused.psql : this.refused.mysql;
  }
  private each(line: string): void {
    for (const k of ['mysql', 'psql'] as const) if (!this.refused[k]) this.guard(k, () => this.scanners[k].line(line));
  }
  private guard(k: 'mysql' | 'psql', f: () => unknown): void {
    try {
      f();
    } catch (e) {
      this.refused[k] ??= e as DumpRefused;
    }
  }
}

/**
 * A dump counts only when it is non-empty, decompresses completely, and ends with its tool's
 * completion line: mysqldump writes "-- Dump completed" last, so a dump cut off by a dropped
 * connection or a killed server lacks it even when every exit code said 0.
 */
export async function verifyDump(file: string, guard?: { database?: string }): Promise<DumpCheck> {
  const gzBytes = (await stat(file)).size;
  const readings = guard ? new DumpReadings(guard.database) : undefined;
  if (gzBytes === 0) throw new Error('the database dump is empty (0 bytes)');
  let sqlBytes = 0;
  let tail = '';
  try {
    await pipeline(createReadStream(file), createGunzip(), async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) {
        sqlBytes += chunk.length;
        readings?.push(chunk);
        tail = (tail + chunk.toString('latin1')).slice(-4096);
      }
    });
  } catch (e) {
    throw new Error(`the database dump is not valid gzip (${(e as Error).message}); it was probably cut off`, { cause: e });
  }
  if (sqlBytes === 0) throw new Error('the database dump is empty once decompressed');
  // pg_dump closes its marker with a bare `--`, and since 17.6/16.10 (CVE-2025-8714) adds
  // `\unrestrict <key>` after it: step over both to reach the completion line.
  const lines = tail
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  while (lines.length > 1 && /^(--|\\unrestrict\b.*)$/.test(lines[lines.length - 1]!)) lines.pop();
  const last = lines.pop() ?? '';
  for (const [re, flavor] of MARKERS) {
    if (!re.test(last)) continue;
    readings?.end();
    const refused = readings?.refusal(flavor);
    // The store is hostile: a dump holding client commands or other databases never reaches a client.
    if (refused) throw new Error(`refused the database dump, nothing was sent to the host: ${refused.message}`, { cause: refused });
    return { flavor, gzBytes, sqlBytes, marker: last.slice(0, 60) };
  }
  throw new Error(
    `the database dump is incomplete: it does not end with the dump tool's completion line (last line: "${redact(last.slice(0, 80))}")`,
  );
}
