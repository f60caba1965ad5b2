// The fleet report's figures as Markdown, for the job summary of users who publish no page:
// the counts, then one row per site, the ones that need attention first. GitHub keeps at most
// 1 MiB of summary per step, so past MAX_ROWS the fresh sites are counted, not listed.
import { cell } from '../report/markdown.js';
import { formatBytes } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';
import type { CheckRecord } from '../model/check-record.js';
import { needsAttention, recordAgeMs, STATUSES, type FleetReport, type SiteView } from './report-data.js';
import { STATUS_LABEL } from './report-html.js';

export const MAX_ROWS = 500;

const ICON = { fresh: '🟢', due: '🟡', stale: '🔴', missing: '🔴', error: '🔴' } as const;

function check(r: CheckRecord | undefined, now: number): string {
  if (!r) return 'never';
  return `${r.ok ? 'ok' : '**FAILED**'} ${formatDuration(recordAgeMs(r, now))} ago`;
}

function siteLine(s: SiteView, now: number): string {
  const age =
    s.status === 'error'
      ? `cannot list: ${cell((s.error ?? '').slice(0, 120))}`
      : s.ageMs === undefined
        ? 'no backup'
        : `${formatDuration(s.ageMs)} / ${formatDuration(s.maxAgeMs)}`;
  const size = s.newest
    ? `${formatBytes(s.newest.stored)}${s.newest.content !== undefined ? ` (${formatBytes(s.newest.content)})` : ''}`
    : '';
  const complete = s.backups.filter((b) => b.complete);
  const kept = `${complete.filter((b) => b.keep).length} of ${complete.length}`;
  const inc = s.backups.length - complete.length;
  return `| ${ICON[s.status]} | ${cell(s.site)} | ${cell(s.environment)} | ${age} | ${size} | ${kept} | ${inc || ''} | ${check(s.verify, now)} | ${check(s.drill, now)} | ${cell(s.attention.join('; ').slice(0, 200))}${s.encrypted ? ' 🔒' : ''} |`;
}

export function fleetReportMarkdown(r: FleetReport, pageUrl?: string): string {
  const n = r.sites.length;
  const lines = [
    `## Fleet backups: ${n} ${n === 1 ? 'site' : 'sites'}`,
    '',
    STATUSES.map((s) => `${ICON[s]} ${r.counts[s]} ${STATUS_LABEL[s]}`).join(' · ') + ` · ${r.attention} need attention`,
    '',
  ];
  if (pageUrl) lines.push(`The full page, with charts and retention: ${pageUrl}`, '');
  lines.push(
    '| | site | environment | age / max-age | newest size (content) | backups kept | incomplete | last verify | last drill | attention |',
    '|---|---|---|---:|---:|---:|---:|---|---|---|',
  );
  const order = [...r.sites].sort((a, b) => Number(needsAttention(b)) - Number(needsAttention(a)));
  for (const s of order.slice(0, MAX_ROWS)) {
    // Each row inside its own boundary: one site's bad record shows on its row, the rest are listed.
    try {
      lines.push(siteLine(s, r.generatedAt));
    } catch (e) {
      lines.push(`| 🔴 | ${cell(s.site)} | ${cell(s.environment)} | cannot show this site: ${cell((e as Error).message)} | | | | | | |`);
    }
  }
  const rest = order.slice(MAX_ROWS);
  if (rest.length) {
    const bad = rest.filter(needsAttention).length;
    lines.push(
      '',
      `… and ${rest.length} more sites${bad ? `, ${bad} of them needing attention: the page lists them all` : ', all fresh with nothing to look at'}.`,
    );
  }
  lines.push('', `Read ${r.manifestsRead} manifests (no archives) in ${formatDuration(r.durationMs)}.`, '');
  return lines.join('\n');
}
