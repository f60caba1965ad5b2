import type { PruneConfig } from '../config/prune.js';
import type { PruneResult, PruneRow } from '../core/prune.js';
import { failureSummaryMarkdown } from './failure-summary.js';
import { formatBytes } from '../util/bytes.js';
import { cell, code, table } from '../report/markdown.js';

// What prune shows a person: one log line per backup, and the job summary (the kept backups on a
// timeline by rule, then the whole plan as a table).

const utc = (d: Date) =>
  d
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, 'Z');

export function outcomeText(r: PruneRow): string {
  switch (r.outcome) {
    case 'kept':
      return 'kept';
    case 'removed':
      return 'removed';
    case 'would remove':
      return 'would remove';
    case 'refused':
      return 'kept (prune refused)';
    case 'failed':
      return `NOT removed: ${r.error ?? 'failed'}`;
    case 'unchanged':
      return 'not removed';
  }
}

/** One line per backup, for the log: the whole plan, dry run or not. */
export function planLines(result: PruneResult): string[] {
  const rows = result.plan.rows;
  const w = Math.max(0, ...rows.map((r) => r.backup.id.length));
  const ow = Math.max(0, ...rows.map((r) => outcomeText(r).length));
  return rows.map(
    (r) => `${outcomeText(r).toUpperCase().padEnd(ow)}  ${r.backup.id.padEnd(w)}  ${utc(r.backup.parsed.time)}  ${r.reasons.join(', ')}`,
  );
}

const isKept = (r: PruneRow) => r.outcome !== 'removed' && r.outcome !== 'would remove';

/** The rule a reason names: `daily 2026-11-20` and `oldest daily …` are `daily`; `within 30d` stays whole. */
export function ruleOf(reason: string): string {
  const r = reason.replace(/^oldest /, '');
  if (r.startsWith('within ')) return r.replace(/[:#;]/g, ' ');
  if (r.startsWith('newest complete')) return 'newest complete';
  if (r.startsWith('incomplete')) return 'incomplete';
  if (r.startsWith('policy is empty')) return 'empty policy (keeps all)';
  return r.split(' ')[0]!.replace(/[:#;]/g, ' ');
}

export const TIMELINE_MAX = 150;

/**
 * The kept backups on a time axis, one row (section) per rule that kept them: a Mermaid gantt
 * chart of milestones, which GitHub renders in a job summary. A backup kept by two rules shows
 * in both rows. Names and sections never hold `:`, `#` or `;`, which end a Mermaid statement.
 */
export function keptTimelineMermaid(site: string, environment: string, rows: PruneRow[], max = TIMELINE_MAX): string | undefined {
  const kept = rows.filter(isKept).slice(0, max);
  if (kept.length === 0) return undefined;
  const byRule = new Map<string, PruneRow[]>();
  for (const r of kept) {
    for (const rule of new Set((r.reasons.length ? r.reasons : ['kept']).map(ruleOf))) {
      const list = byRule.get(rule) ?? [];
      list.push(r);
      byRule.set(rule, list);
    }
  }
  const at = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');
  const lines = [
    '```mermaid',
    'gantt',
    `    title Kept backups of ${site}/${environment} by rule (UTC)`,
    '    dateFormat YYYY-MM-DD HH:mm',
    '    axisFormat %Y-%m-%d',
  ];
  for (const [rule, list] of byRule) {
    lines.push(`    section ${rule}`);
    // Oldest first along the axis; the id's time stamp is short and unique enough as a label.
    for (const r of [...list].reverse()) lines.push(`    ${r.backup.id.split('-')[0]} : milestone, ${at(r.backup.parsed.time)}, 0d`);
  }
  lines.push('```');
  return lines.join('\n');
}

const SUMMARY_ROWS = 1000;

export function pruneSummaryMarkdown(
  cfg: PruneConfig,
  result: PruneResult | undefined,
  error?: Error,
  env: NodeJS.ProcessEnv = {},
): string {
  const title = `## Prune ${cfg.site}/${cfg.environment}${result?.dryRun ? ' (dry run: nothing deleted)' : ''}`;
  const lines: string[] = [];
  if (error) {
    const kept = result
      ? `${result.kept} ${result.kept === 1 ? 'backup is' : 'backups are'} kept${result.removed ? ` (${result.removed} removed before it stopped)` : ''}; nothing else was deleted. The plan below says why each one is kept.`
      : 'Nothing was deleted: prune stopped before it planned anything.';
    lines.push(failureSummaryMarkdown({ action: 'prune', site: cfg.site, environment: cfg.environment, error, env, kept }));
  }
  lines.push(title, '');
  lines.push(`Scheduled backups: \`${cfg.scheduled.text}\` · on-demand: \`${cfg.onDemand.text}\` · periods in ${cfg.timeZone}`, '');
  if (!result) return lines.join('\n');
  const verb = result.dryRun ? 'would be removed' : 'removed';
  lines.push(`${result.kept} kept, ${result.removed} ${verb}.`, '');
  if (result.bytesHeldByLock !== undefined) lines.push(lockLine(result), '');
  if (result.plan.rows.length === 0) {
    lines.push('No backups found.', '');
    return lines.join('\n');
  }
  const timeline = keptTimelineMermaid(cfg.site, cfg.environment, result.plan.rows);
  if (timeline) {
    const kept = result.plan.rows.filter(isKept).length;
    lines.push(timeline, '');
    if (kept > TIMELINE_MAX) lines.push(`The timeline shows the newest ${TIMELINE_MAX} of ${kept} kept backups.`, '');
  }
  const locked = result.plan.rows.some((r) => r.lock);
  const rows = result.plan.rows.slice(0, SUMMARY_ROWS).map((r) => [
    code(r.backup.id),
    utc(r.backup.parsed.time),
    `${r.backup.parsed.trigger}${r.class === 'incomplete' ? ' (incomplete)' : ''}`,
    // A failed deletion quotes the store's answer: text, never markup.
    cell(outcomeText(r)),
    cell(r.reasons.join(', ')),
    ...(locked ? [lockCell(r)] : []),
  ]);
  lines.push(...table(['id', 'time (UTC)', 'trigger', 'kept/removed', 'reason', ...(locked ? ['Object Lock'] : [])], rows));
  if (result.plan.rows.length > SUMMARY_ROWS)
    lines.push('', `… and ${result.plan.rows.length - SUMMARY_ROWS} more (the log has the whole plan).`);
  lines.push('');
  return lines.join('\n');
}

/** `s3-object-lock`: the locks prune extended, and the storage the locks hold past the policy. */
function lockLine(result: PruneResult): string {
  const n = result.locksExtended ?? 0;
  const extended = `${n} ${n === 1 ? "backup's lock" : "backups' locks"} ${result.dryRun ? 'would be ' : ''}extended to match the policy`;
  return `Object Lock: ${extended}; ${formatBytes(result.bytesHeldByLock ?? 0)} held under lock past the policy (removed backups whose locked versions stay until their dates; a lifecycle rule frees them after, see docs/immutable.md).`;
}

/** A row's lock: mode and date, and what prune did to it. */
export function lockCell(r: PruneRow): string {
  const l = r.lock;
  if (!l) return '';
  if (!l.until) return l.mode ? `${l.mode}, no date` : '**not locked**';
  const mode = (l.mode ?? '').toLowerCase();
  if (l.wouldExtendTo) return `${mode} until ${utc(l.until)}; would extend to ${utc(l.wouldExtendTo)}`;
  return `${mode} until ${utc(l.until)}${l.extendedFrom ? ` (extended from ${utc(l.extendedFrom)})` : ''}`;
}
