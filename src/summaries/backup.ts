import type { ComponentReport } from '../model/component-report.js';
import { formatBytes, formatRate } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';

export interface BackupSummary {
  site: string;
  environment: string;
  id: string;
  location: string;
  components: ComponentReport[];
  skipped?: boolean;
  /** One line on whether the backup can be deleted: its Object Lock, or that artifacts cannot be locked. */
  lockNote?: string;
}

/** The one line an artifact backup's summary carries (docs/immutable.md). */
export const ARTIFACT_LOCK_NOTE =
  'Artifacts cannot be locked: anyone with `actions: write` on this repository can delete this backup. For backups an attacker cannot erase, use S3 with `s3-object-lock` (docs/immutable.md).';

/** The job summary: one row per component, as a person checks a backup at a glance. */
export function backupSummaryMarkdown(s: BackupSummary): string {
  if (s.skipped) {
    return `## Backup skipped: ${s.site}/${s.environment}\n\nA complete backup young enough already exists: \`${s.id}\` at ${s.location}\n`;
  }
  // Records are shown only when a platform counted them (JSON data exports), so other runs keep the short table.
  const withRecords = s.components.some((c) => c.exportCounts?.records !== undefined);
  const rows = s.components.map((c) => {
    const ratio = c.contentBytes > 0 ? `${((c.bytes / c.contentBytes) * 100).toFixed(1)}%` : '-';
    const records = withRecords ? ` ${c.exportCounts?.records ?? '-'} |` : '';
    return `| ${c.name} | ${c.files} |${records} ${formatBytes(c.contentBytes)} | ${formatBytes(c.bytes)} | ${ratio} | \`${c.sha256.slice(0, 12)}\` | ${formatDuration(c.durationMs)} | ${formatRate(c.contentBytes, c.durationMs)} |`;
  });
  const total = s.components.reduce((n, c) => n + c.bytes, 0);
  return [
    `## Backup ${s.site}/${s.environment}: \`${s.id}\``,
    '',
    `| component | files |${withRecords ? ' records |' : ''} in | out | ratio | sha256 | duration | rate |`,
    `|---|---:|${withRecords ? '---:|' : ''}---:|---:|---:|---|---:|---:|`,
    ...rows,
    '',
    `Stored ${formatBytes(total)} at ${s.location}`,
    '',
    ...(s.lockNote ? [s.lockNote, ''] : []),
  ].join('\n');
}
