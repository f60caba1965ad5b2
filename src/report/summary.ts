import type { ManifestComponent } from '../model/manifest.js';
import type { ExportCounts } from '../platforms/content-check.js';
import { formatBytes, formatRate } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';

export interface ComponentReport extends ManifestComponent {
  durationMs: number;
  /** What the platform exported, as checked after the export (records when the platform counts them). */
  exportCounts?: ExportCounts;
}

export interface BackupSummary {
  site: string;
  environment: string;
  id: string;
  location: string;
  components: ComponentReport[];
  skipped?: boolean;
}

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
  ].join('\n');
}
