// The fleet summary: one row per site in the sites file, with what this run did (from the status
// files the backup steps leave) and what the store holds now (its newest complete backup).
// The store is the truth: a job that died before reporting still shows its last good backup.
import { parseStore } from '../config/common.js';
import { mapSource } from '../config/source.js';
import { MANIFEST_NAME } from '../model/manifest.js';
import { cell } from '../report/markdown.js';
import { readStatus, type BackupStatus } from '../report/status.js';
import type { Reporter } from '../report/reporter.js';
import { openPlace } from '../formats/index.js';
import { newestComplete as newestOf } from '../stores/listing.js';
import type { StoredBackup } from '../stores/store.js';
import { formatBytes } from '../util/bytes.js';
import type { FleetTarget } from './sites-file.js';

export interface NewestBackup {
  id: string;
  time: Date;
  /** Stored bytes of the component objects, manifest excluded (as the backup's `bytes` output). */
  bytes: number;
}

export interface SiteReport {
  target: FleetTarget;
  status?: BackupStatus;
  newest?: NewestBackup;
  /** Why the store could not be listed; the row still shows this run's status. */
  listError?: string;
}

export function newestComplete(backups: readonly StoredBackup[]): NewestBackup | undefined {
  const b = newestOf(backups);
  if (!b) return undefined;
  return { id: b.id, time: b.parsed.time, bytes: b.objects.filter((o) => o.name !== MANIFEST_NAME).reduce((n, o) => n + o.size, 0) };
}

function age(ms: number): string {
  if (ms < 0) return 'just now';
  const h = Math.floor(ms / 3_600_000);
  if (h < 1) return `${Math.max(1, Math.round(ms / 60_000))}m`;
  if (h < 48) return `${h}h`;
  return `${Math.floor(h / 24)}d`;
}

const LABEL: Record<BackupStatus['outcome'] | 'none', string> = {
  success: '✅ backed up',
  skipped: '⏭️ fresh enough, skipped',
  failure: '❌ failed',
  none: '⚠️ no report',
};

/** Markdown for the job summary: failures first, then every other site in file order. */
export function fleetSummaryMarkdown(reports: readonly SiteReport[], now: Date = new Date()): string {
  const outcome = (r: SiteReport) => r.status?.outcome ?? 'none';
  const count = (o: string) => reports.filter((r) => outcome(r) === o).length;
  const order = (r: SiteReport) => (outcome(r) === 'failure' ? 0 : outcome(r) === 'none' ? 1 : 2);
  const rows = [...reports].map((r, i) => ({ r, i })).sort((a, b) => order(a.r) - order(b.r) || a.i - b.i);
  const lines = [
    `## Fleet backup: ${reports.length} site${reports.length === 1 ? '' : 's'}`,
    '',
    `${count('success')} backed up, ${count('skipped')} skipped (fresh enough), ${count('failure')} failed, ${count('none')} without a report.`,
    '',
    '| site | environment | platform | status | size | newest backup | age |',
    '|---|---|---|---|---:|---|---:|',
  ];
  for (const { r } of rows) {
    let status = LABEL[outcome(r)];
    if (r.status?.outcome === 'failure') {
      const what = r.status.component ? ` (${r.status.component})` : '';
      status += r.status.runUrl ? ` [log](${r.status.runUrl})${what}` : what;
    }
    const newest = r.newest ? `\`${r.newest.id}\`` : r.listError ? `listing failed: ${cell(r.listError.slice(0, 120))}` : 'none';
    lines.push(
      `| ${r.target.site} | ${r.target.environment} | ${r.target.platform} | ${status} | ${r.newest ? formatBytes(r.newest.bytes) : ''} | ${newest} | ${r.newest ? age(now.getTime() - r.newest.time.getTime()) : ''} |`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Reads each target's status file and lists its store, a few at a time. */
export async function gatherReports(
  targets: readonly FleetTarget[],
  opts: { statusDir?: string; log: Reporter; env: NodeJS.ProcessEnv; cwd: string; list?: boolean; concurrency?: number },
): Promise<SiteReport[]> {
  const reports: SiteReport[] = targets.map((target) => ({ target }));
  let next = 0;
  const worker = async () => {
    while (next < reports.length) {
      const r = reports[next++]!;
      const status = await readStatus(opts.statusDir, r.target.site, r.target.environment);
      if (status) r.status = status;
      if (opts.list === false) continue;
      try {
        const spec = parseStore(mapSource({ store: r.target.store, ...r.target.inputs }), opts.cwd);
        const newest = newestComplete(await (await openPlace(spec, opts.log, opts.env)).list(r.target.site, r.target.environment));
        if (newest) r.newest = newest;
      } catch (e) {
        r.listError = (e as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 8, reports.length)) }, worker));
  return reports;
}
