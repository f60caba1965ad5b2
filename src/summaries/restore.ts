import path from 'node:path';
import type { PartialComponent } from '../core/partial-restore.js';
import type { RestoreResult } from '../core/restore.js';
import { cell } from '../report/markdown.js';
import { formatBytes } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';

// The job summary of a restore, a dry run, and a `--path` or `--table` restore, from the
// result the command got back. Pure.

/** The job summary of a restore or a dry run. Pure. */
export function restoreSummaryMarkdown(r: RestoreResult, storeLocation: string): string {
  const p = r.plan;
  if (r.partial) return partialSummaryMarkdown(r, r.partial, storeLocation);
  const head = r.dryRun ? `## Restore plan (dry run): ${p.site}` : `## Restored ${p.site}`;
  const lines = [
    `${head} from \`${p.backupId}\``,
    '',
    `- **Backup**: \`${p.backupId}\` of \`${p.sourceEnvironment}\`, made ${p.manifest.createdAt} (${p.manifest.trigger}) by ${p.manifest.tool.name} ${p.manifest.tool.version}${p.manifest.source.runUrl ? ` in [this run](${p.manifest.source.runUrl})` : ''}`,
    `- **From**: ${storeLocation}`,
    `- **Into**: environment \`${p.targetEnvironment}\` with platform \`${p.platform}\``,
    '',
  ];
  if (r.dryRun) {
    lines.push('| component | object | stored | sha256 | files | content | operation |', '|---|---|---:|---|---:|---:|---|');
    for (const c of p.components)
      lines.push(
        `| ${c.component} | ${c.object} | ${formatBytes(c.bytes)} | \`${c.sha256.slice(0, 12)}\` | ${c.files} | ${formatBytes(c.contentBytes)} | ${cell(c.operation)} |`,
      );
    lines.push(
      '',
      `Nothing was downloaded or changed.${p.needsConfirm ? ` \`${p.targetEnvironment}\` is protected: a real run needs \`confirm: ${p.needsConfirm}\`.` : ''}`,
    );
  } else {
    lines.push('| component | object | stored | files | content | download + verify | restore |', '|---|---|---:|---:|---:|---:|---:|');
    for (const c of r.components) {
      lines.push(
        `| ${c.component} | ${c.object} | ${formatBytes(c.bytes)} | ${c.listing.files} | ${formatBytes(c.listing.contentBytes)} | ${formatDuration(c.downloadMs)} | ${formatDuration(c.restoreMs)} |`,
      );
    }
    lines.push('', `Every object's sha256 matched the manifest before anything changed. Took ${formatDuration(r.durationMs)} in all.`);
  }
  lines.push('');
  return lines.join('\n');
}

/** The job summary of a `--path` restore: what matched, and the bytes read against each component's size. */
function partialSummaryMarkdown(r: RestoreResult, parts: PartialComponent[], storeLocation: string): string {
  const p = r.plan;
  const read = parts.reduce((n, c) => n + c.read, 0);
  const stored = parts.reduce((n, c) => n + c.bytes, 0);
  const lines = [
    `## ${r.dryRun ? 'Files matching (dry run)' : 'Restored files'} of ${p.site} from \`${p.backupId}\``,
    '',
    `- **Backup**: \`${p.backupId}\` of \`${p.sourceEnvironment}\`, made ${p.manifest.createdAt} (${p.manifest.trigger})`,
    `- **From**: ${storeLocation}`,
    `- **Read**: ${formatBytes(read)} of ${formatBytes(stored)} stored`,
    '',
    ...partialSummaryLines(parts, r.dryRun),
    '',
    ...(r.tables ?? []).map(
      (t) =>
        `- Table \`${t.table}\` from \`${t.dump}\`: \`${path.basename(t.file)}\` (${formatBytes(t.bytes)}), not loaded; load it with \`${t.load}\``,
    ),
    ...(r.tables?.length ? [''] : []),
    r.dryRun
      ? 'Only the manifest and the member indexes were read; nothing was written.'
      : `Every byte read was checked before anything was written into the restore folder. Took ${formatDuration(r.durationMs)} in all.`,
    '',
  ];
  return lines.join('\n');
}

/** The job summary's table: what matched and the bytes read against each component's size. */
export function partialSummaryLines(parts: PartialComponent[], dryRun: boolean): string[] {
  const lines = ['| component | object | matched | read | stored | took |', '|---|---|---:|---:|---:|---:|'];
  for (const p of parts) {
    lines.push(
      `| ${p.component} | ${p.object} | ${p.seekable || !dryRun ? p.entries.length : '?'} | ${formatBytes(p.read)} | ${formatBytes(p.bytes)} | ${formatDuration(p.durationMs)} |`,
    );
  }
  return lines;
}
