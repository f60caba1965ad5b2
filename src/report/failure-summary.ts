import { ComponentError, ConfigError } from '../model/errors.js';
import type { Store } from '../stores/store.js';
import { formatDuration } from '../util/duration.js';
import { classifyFailure, stepName, type FailureClass } from './errors.js';
import { cell, code, markupCell } from './markdown.js';
import { redact } from './redact.js';

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

/** "The newest complete backup is …": what a failed backup or prune leaves to restore from. */
export async function newestKept(store: Store | undefined, site: string, environment: string, now = new Date()): Promise<string> {
  if (!store) return 'The store was not opened, so nothing in it was changed.';
  try {
    const newest = (await store.list(site, environment)).find((b) => b.complete);
    if (!newest) return `No complete backup of ${site}/${environment} is in the store yet.`;
    return `The newest complete backup, ${code(newest.id)} (${formatDuration(Math.max(0, now.getTime() - newest.parsed.time.getTime()))} old), is in the store at ${store.location(newest)}.`;
  } catch {
    return 'The store could not be listed, so what it holds is unknown; nothing in it was deleted by this step.';
  }
}
