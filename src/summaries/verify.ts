import type { VerifyReport } from '../core/verify.js';
import { cell } from '../report/markdown.js';
import { formatBytes } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';

/** The job summary of a verify run. Pure. */
export function verifySummaryMarkdown(r: VerifyReport): string {
  const ok = r.damage.length === 0;
  const lines = [`## Verify ${r.site}/${r.environment}: ${ok ? 'all backups intact' : `${r.damage.length} damaged`}`, ''];
  lines.push('| backup | object | bytes | files | result | time |', '|---|---|---:|---:|---|---:|');
  for (const c of r.checks) {
    if (c.inProgress) lines.push(`| \`${c.id}\` | | | | incomplete, written less than an hour ago (still running?) | |`);
    for (const d of c.damage.filter((x) => !c.objects.some((o) => o.object === x.object)))
      lines.push(`| \`${c.id}\` | ${cell(d.object)} | | | **DAMAGED**: ${cell(d.problem)} | |`);
    for (const o of c.objects) {
      const result = o.ok
        ? o.notDecoded
          ? `sha256 ok (${o.notDecoded})`
          : 'sha256 ok, archive safe'
        : `**DAMAGED**: ${cell(o.problem ?? '')}`;
      lines.push(
        `| \`${c.id}\` | ${o.object} | ${formatBytes(o.bytes)} | ${o.listing?.files ?? ''} | ${result} | ${formatDuration(o.durationMs)} |`,
      );
    }
  }
  lines.push('', `Checked ${r.checks.length} ${r.checks.length === 1 ? 'backup' : 'backups'} in ${formatDuration(r.durationMs)}.`, '');
  return lines.join('\n');
}
