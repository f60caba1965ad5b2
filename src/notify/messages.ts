// What the pings and the webhook say. Pure: the sender (notify/notifier.ts) only moves these bytes.
//
// Everything here leaves GitHub for a monitor or a chat channel, a place as public as the failure
// issue, so it is built the same way: our classification of a failure (report/errors.ts), never a
// command's or a server's output, passed through redact() and then capped. Redaction comes first:
// a cap that cut a secret in two would leave a prefix that no longer matches it.
import type { NotifyConfig } from '../config/notify.js';
import { failureStatusFields, type FailureClass } from '../report/errors.js';
import { NEXT_STEP } from '../summaries/failure-summary.js';
import { redact } from '../report/redact.js';
import { formatBytes } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';

/** A ping's body, and the webhook's text, are held to 10 kB: monitors keep only the start of a body, and a channel shows less. */
export const MAX_BODY_BYTES = 10 * 1024;
/** Uptime Kuma takes its message in the query string: a line, not a report. */
const MAX_KUMA_MSG = 200;

export interface NotifyTarget {
  /** What pings: a backup, a verify run (the restore action's `mode: verify`) or a prune. */
  action: 'backup' | 'verify' | 'prune';
  site: string;
  environment: string;
  runUrl?: string;
}

export interface Fact {
  name: string;
  value: string;
}

/** One thing to tell the monitor and the channel. `text` is already redacted and capped. */
export type NotifyEvent =
  { kind: 'start' } | { kind: 'success'; text: string; facts: Fact[] } | { kind: 'failure'; text: string; facts: Fact[] };

/** The longest prefix of `text` that fits in `max` UTF-8 bytes with its marker, never a split character. */
export function capBytes(text: string, max = MAX_BODY_BYTES): string {
  if (Buffer.byteLength(text) <= max) return text;
  const marker = `\n… (cut to ${Math.floor(max / 1024)} kB)`;
  let out = Buffer.from(text)
    .subarray(0, max - Buffer.byteLength(marker))
    .toString('utf8');
  // A multi-byte character cut in two decodes as U+FFFD: drop it.
  out = out.replace(/\uFFFD$/, '');
  return out + marker;
}

/** Redact, then cap: the order matters (see the top of this file). */
export const clean = (text: string, max = MAX_BODY_BYTES): string => capBytes(redact(text), max);

export interface SuccessInfo {
  id: string;
  skipped: boolean;
  bytes: number;
  components: readonly string[];
  elapsedMs: number;
}

/** The one line a success ping carries: what was stored, how much, how long it took. */
export function successEvent(t: NotifyTarget, r: SuccessInfo): NotifyEvent {
  const what = r.skipped
    ? `skipped: backup ${r.id} is younger than max-age`
    : `backup ${r.id} stored (${r.components.join(', ') || 'no components'}; ${formatBytes(r.bytes)}) in ${formatDuration(r.elapsedMs)}`;
  const facts: Fact[] = [
    { name: 'Site', value: `${t.site}/${t.environment}` },
    { name: 'Outcome', value: r.skipped ? 'skipped' : 'success' },
    { name: 'Backup', value: r.id },
    ...(r.skipped ? [] : [{ name: 'Size', value: formatBytes(r.bytes) }]),
    ...(t.runUrl ? [{ name: 'Run', value: t.runUrl }] : []),
  ];
  return { kind: 'success', text: clean(`${t.site}/${t.environment}: ${what}`).split('\n')[0]!, facts: cleanFacts(facts) };
}

export interface VerifyInfo {
  /** The backups checked, newest first. */
  ids: readonly string[];
  drillRows?: number;
  elapsedMs: number;
}

/** The one line a passed verify carries: how many backups, the newest, the drill's rows. */
export function verifiedEvent(t: NotifyTarget, r: VerifyInfo): NotifyEvent {
  const n = r.ids.length;
  const drill = r.drillRows === undefined ? '' : `; the restore drill loaded ${r.drillRows} rows`;
  const facts: Fact[] = [
    { name: 'Site', value: `${t.site}/${t.environment}` },
    { name: 'Outcome', value: 'verified' },
    ...(n ? [{ name: 'Newest', value: r.ids[0]! }] : []),
    ...(r.drillRows === undefined ? [] : [{ name: 'Drill rows', value: String(r.drillRows) }]),
    ...(t.runUrl ? [{ name: 'Run', value: t.runUrl }] : []),
  ];
  const text = `${t.site}/${t.environment}: verified ${n} ${n === 1 ? 'backup' : 'backups'} (newest ${r.ids[0] ?? 'none'})${drill} in ${formatDuration(r.elapsedMs)}`;
  return { kind: 'success', text: clean(text).split('\n')[0]!, facts: cleanFacts(facts) };
}

export interface PruneInfo {
  kept: number;
  removed: number;
  dryRun: boolean;
  elapsedMs: number;
}

/** The one line a finished prune carries: how many backups it kept and removed. */
export function prunedEvent(t: NotifyTarget, r: PruneInfo): NotifyEvent {
  const removed = r.dryRun ? `${r.removed} would be removed (dry run)` : `${r.removed} removed`;
  const facts: Fact[] = [
    { name: 'Site', value: `${t.site}/${t.environment}` },
    { name: 'Outcome', value: 'pruned' },
    { name: 'Kept', value: String(r.kept) },
    { name: r.dryRun ? 'Would remove' : 'Removed', value: String(r.removed) },
    ...(t.runUrl ? [{ name: 'Run', value: t.runUrl }] : []),
  ];
  const text = `${t.site}/${t.environment}: pruned: ${r.kept} kept, ${removed} in ${formatDuration(r.elapsedMs)}`;
  return { kind: 'success', text: clean(text).split('\n')[0]!, facts: cleanFacts(facts) };
}

/**
 * The failure as the failure issue tells it: the step, our classification, what to do next and
 * the run. The error's own message is never quoted (it may hold a command's output).
 */
export function failureEvent(t: NotifyTarget, error: unknown, env: NodeJS.ProcessEnv): NotifyEvent {
  const f = failureStatusFields(error, env);
  const lines = [
    `${t.site}/${t.environment}: ${t.action} failed.`,
    f.error,
    `Next step: ${NEXT_STEP[f.kind as FailureClass['kind']]}`,
    ...(t.runUrl ? [`Run: ${t.runUrl}`] : []),
  ];
  const facts: Fact[] = [
    { name: 'Site', value: `${t.site}/${t.environment}` },
    { name: 'Outcome', value: 'failure' },
    { name: 'Kind', value: f.kind },
    ...(f.step ? [{ name: 'Step', value: f.step }] : []),
    ...(t.runUrl ? [{ name: 'Run', value: t.runUrl }] : []),
  ];
  return { kind: 'failure', text: clean(lines.join('\n')), facts: cleanFacts(facts) };
}

function cleanFacts(facts: Fact[]): Fact[] {
  return facts.map((f) => ({ name: f.name, value: clean(f.value, 1024) }));
}

export interface OutgoingRequest {
  /** GET where the service reads only the URL (older Uptime Kuma routes only GET). */
  method: 'GET' | 'POST';
  url: string;
  body: string;
  contentType: string;
}

/**
 * The ping for an event, or undefined when the monitor has no such ping (Uptime Kuma has no
 * start). healthchecks.io: `/start`, the URL itself, `/fail`, each with `?rid=` so the monitor
 * pairs a start with its end and measures the run.
 */
export function pingRequest(ping: NonNullable<NotifyConfig['ping']>, event: NotifyEvent, rid: string): OutgoingRequest | undefined {
  const url = new URL(ping.url);
  if (ping.style === 'uptime-kuma') {
    if (event.kind === 'start') return undefined;
    url.searchParams.set('status', event.kind === 'success' ? 'up' : 'down');
    url.searchParams.set('msg', capChars(event.text.split('\n').slice(0, 2).join(' '), MAX_KUMA_MSG));
    return { method: 'GET', url: url.href, body: '', contentType: 'text/plain; charset=utf-8' };
  }
  const suffix = event.kind === 'start' ? '/start' : event.kind === 'failure' ? '/fail' : '';
  url.pathname = url.pathname.replace(/\/+$/, '') + suffix;
  url.searchParams.set('rid', rid);
  return { method: 'POST', url: url.href, body: event.kind === 'start' ? '' : event.text, contentType: 'text/plain; charset=utf-8' };
}

function capChars(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…';
}

const TITLES = {
  backup: { success: '✅ Backup succeeded', failure: '❌ Backup failed' },
  verify: { success: '✅ Verify passed', failure: '❌ Verify failed' },
  prune: { success: '✅ Prune succeeded', failure: '❌ Prune failed' },
} as const;

/**
 * One JSON body both chat services take: Slack's incoming webhooks read `text` and
 * `attachments[].fields` and ignore the rest; Teams' incoming webhooks read the MessageCard keys
 * (`@type`, `summary`, `title`, `text`, `sections[].facts`) and ignore the rest.
 */
export function webhookBody(t: NotifyTarget, event: Exclude<NotifyEvent, { kind: 'start' }>): string {
  const title = `${TITLES[t.action][event.kind]}: ${t.site}/${t.environment}`;
  const text = capBytes(`${title}\n${event.text}`);
  const color = event.kind === 'failure' ? { slack: 'danger', teams: 'D13438' } : { slack: 'good', teams: '2EB67D' };
  return JSON.stringify({
    text,
    attachments: [
      {
        color: color.slack,
        fallback: title,
        fields: event.facts.map((f) => ({ title: f.name, value: f.value, short: f.value.length <= 40 })),
      },
    ],
    '@type': 'MessageCard',
    '@context': 'https://schema.org/extensions',
    summary: title,
    title,
    themeColor: color.teams,
    sections: [{ facts: event.facts }],
  });
}
