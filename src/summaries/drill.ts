import type { DrillResult } from '../core/drill.js';
import { cell, code } from '../report/markdown.js';
import { formatBytes } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';

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
    lines.push(
      '',
      `Check ${code(r.check.sql)}: **${r.check.ok ? 'passed' : 'failed'}** (${cell(
        r.check.output
          .slice(0, 3)
          .map((x) => x.join(' '))
          .join('; ') || 'no rows',
      )})`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
