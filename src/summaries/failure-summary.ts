import { ComponentError, ConfigError } from '../model/errors.js';
import { formatDuration } from '../util/duration.js';
import { classifyFailure, stepName, type FailureClass } from '../report/errors.js';
import { cell, code, markupCell } from '../report/markdown.js';
import { redact } from '../report/redact.js';

// The job summary of a failed step: what failed, why, what was kept, and what to do next, so a
// person who opens the run sees more than one annotation (the summary used to be empty).

export type FailedAction = 'backup' | 'restore' | 'verify' | 'prune';

/** What to do about each kind of failure (classifyFailure). Written for Actions; the CLI speaks it as flags. */
export const NEXT_STEP: Record<FailureClass['kind'], string> = {
  input: 'Fix the input named above (the error says what it accepts) and run the workflow again.',
  collision:
    'Run the step again: it gets a new backup id. Give the backup and prune steps of a site one `concurrency` group so two runs never write at once.',
  timeout: 'Raise `timeout` if the site needs longer, or check that the platform answers; the log shows how far the component got.',
  command: "Open the log at the error: it has the command's own output. Run the command by hand with the same environment to reproduce it.",
  content: 'The log lists the suspect files: fix the export, or raise `accept-suspect-files` when they are expected.',
  integrity: 'Restore or verify another backup (`backup: <id>`; `site-backup list` shows them), and check the store for damage.',
  store: "Check the store's credentials and permissions (for `artifact`, the job needs `permissions: actions: write`), then run again.",
  other: 'Open the log at the error annotation. If the cause was passing (a network error, a platform outage), run the job again.',
};

export interface FailureSummary {
  action: FailedAction;
  site?: string | undefined;
  environment?: string | undefined;
  error: unknown;
  env: NodeJS.ProcessEnv;
  /** Markdown sentences: what of the site and its backups is as it was. */
  kept: string;
}

const TITLE: Record<FailedAction, string> = {
  backup: 'Backup failed',
  restore: 'Restore failed',
  verify: 'Verify failed',
  prune: 'Prune failed',
};

export function failureSummaryMarkdown(s: FailureSummary): string {
  const c = classifyFailure(s.error);
  const what =
    s.error instanceof ConfigError
      ? `input \`${s.error.input}\``
      : s.error instanceof ComponentError
        ? `the \`${s.error.component}\` component`
        : `the ${s.action}`;
  const step = stepName(s.env);
  const target = s.site ? ` ${s.site}/${s.environment ?? ''}` : '';
  // An input's error is ours and says how to fix it; any other error can quote a command's or a
  // server's output, which stays in the (masked) log: the summary has the classification only.
  const message = s.error instanceof ConfigError ? redact(s.error.message).split('\n')[0]!.slice(0, 500) : undefined;
  return [
    `## ❌ ${TITLE[s.action]}:${cell(target)}`,
    '',
    `**What failed**: ${what}${step ? ` in step ${code(step)}` : ''}.`,
    '',
    `**Why**: ${c.text}.`,
    '',
    // Our own sentence, with its code spans: kept on one line only.
    ...(message ? ['> ' + markupCell(message), ''] : []),
    `**What was kept**: ${s.kept}`,
    '',
    `**Next step**: ${NEXT_STEP[c.kind]}`,
    '',
  ].join('\n');
}

/**
 * What a failed backup leaves to restore from, as the command found it in the store: the store
 * was never opened, its listing failed, or its newest complete backup (none when `newest` is absent).
 */
export type NewestKept =
  { kind: 'unopened' } | { kind: 'unlisted' } | { kind: 'listed'; newest?: { id: string; time: Date; location: string } };

/** "The newest complete backup is …": the sentence for what a failed backup or prune leaves to restore from. */
export function newestKeptText(k: NewestKept, site: string, environment: string, now = new Date()): string {
  if (k.kind === 'unopened') return 'The store was not opened, so nothing in it was changed.';
  if (k.kind === 'unlisted') return 'The store could not be listed, so what it holds is unknown; nothing in it was deleted by this step.';
  if (!k.newest) return `No complete backup of ${site}/${environment} is in the store yet.`;
  const age = formatDuration(Math.max(0, now.getTime() - k.newest.time.getTime()));
  return `The newest complete backup, ${code(k.newest.id)} (${age} old), is in the store at ${k.newest.location}.`;
}
