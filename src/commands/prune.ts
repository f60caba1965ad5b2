import { parseEnvironment, parseSite } from '../config/common.js';
import { parsePruneConfig, type PruneConfig } from '../config/prune.js';
import { inputOrDefault } from '../config/source.js';
import { PruneError, runPrune, type PruneResult } from '../core/prune.js';
import { updateFailureIssue, type IssueAction } from '../summaries/failure-issue.js';
import { planLines, pruneSummaryMarkdown } from '../summaries/prune.js';
import { redact } from '../report/redact.js';
import type { NotifierOptions, Notifier } from '../notify/notifier.js';
import { openPlace, type BackupPlace } from '../formats/index.js';
import type { Io } from '../config/io.js';
import { startNotifier } from './notify.js';
import { maskSecretInputs } from './secrets.js';

// The prune action and `site-backup prune`: apply retention, then keep the failure issue in step
// with how the backup (and this prune) went. The inputs are parsed in config/prune.ts, the
// summary is written by summaries/prune.ts, the issue kept by summaries/failure-issue.ts.
//
// Run it in the same job as the backup, after it, with `if: always()`, and give backup and prune
// of a site one `concurrency` group so they never interleave:
//
//   concurrency: { group: site-backup-acme-production, cancel-in-progress: false }
//   steps:
//     - id: backup
//       uses: site-backup-action/site-backup-action@v1
//       with: { site: acme, store: s3://acme-backups/sites }
//     - if: always()
//       uses: site-backup-action/site-backup-action/prune@v1
//       with: { site: acme, store: s3://acme-backups/sites, backup-outcome: '${{ steps.backup.outcome }}' }

export interface PruneCommandDeps {
  /** Where to prune instead of the store `store` names (tests wrap a real store). */
  place?: BackupPlace;
  now?: () => Date;
  retryDelayMs?: number;
  /** Where the plan lines go; defaults to the reporter. */
  write?: (line: string) => void;
  /** How `ping-url` is pinged (tests bound the budget or point it at a receiver). */
  notify?: NotifierOptions;
}

export interface PruneCommandResult extends PruneResult {
  issue?: IssueAction;
}

/** Reads the config, opens the store and prunes; a failure is kept (with what was planned) for the summary and the issue. */
async function prune(
  io: Io,
  deps: PruneCommandDeps,
  now: () => Date,
): Promise<{ cfg?: PruneConfig; place?: BackupPlace; result?: PruneCommandResult; failure?: Error; notifier?: Notifier }> {
  const out: { cfg?: PruneConfig; place?: BackupPlace; result?: PruneCommandResult; failure?: Error; notifier?: Notifier } = {};
  try {
    // First, so that a prune refused for a bad input still sends its fail ping.
    out.notifier = await startNotifier(io, 'prune', deps.notify);
    const cfg = (out.cfg = parsePruneConfig(io.inputs, io.cwd));
    const place = (out.place = deps.place ?? (await openPlace(cfg.store, io.log, io.env)));
    io.log.info(
      `Pruning ${cfg.site}/${cfg.environment} in ${cfg.storeText}: scheduled ${cfg.scheduled.text}; on-demand ${cfg.onDemand.text}; periods in ${cfg.timeZone}${cfg.dryRun ? '; dry run' : ''}.`,
    );
    out.result = await runPrune(cfg, {
      place,
      log: io.log,
      dryRun: cfg.dryRun,
      now,
      ...(deps.retryDelayMs !== undefined ? { retryDelayMs: deps.retryDelayMs } : {}),
    });
  } catch (e) {
    out.failure = e as Error;
    if (e instanceof PruneError && e.result) out.result = e.result;
  }
  return out;
}

/** The prune action and `site-backup prune`. */
export async function pruneCommand(io: Io, deps: PruneCommandDeps = {}): Promise<PruneCommandResult> {
  maskSecretInputs(io.inputs, io.log);
  const token = io.inputs.get('github-token') ?? io.env.GITHUB_TOKEN;
  io.log.setSecret(token);
  const now = deps.now ?? (() => new Date());
  const started = Date.now();
  // Site and environment first: without them there is no issue to report a failure in.
  const site = parseSite(io.inputs);
  const environment = parseEnvironment(io.inputs);
  const { cfg, place, result, failure, notifier } = await prune(io, deps, now);

  if (result) {
    const write = deps.write ?? ((l: string) => io.log.info(l));
    for (const line of planLines(result)) write(line);
    io.log.info(`${result.kept} kept, ${result.removed} ${result.dryRun ? 'would be removed (dry run)' : 'removed'}.`);
    io.setOutput('kept', String(result.kept));
    io.setOutput('removed', String(result.removed));
  }
  if (cfg) await io.summary(pruneSummaryMarkdown(cfg, result, failure, io.env));

  let issueError: Error | undefined;
  try {
    const issue = await updateFailureIssue({
      site,
      environment,
      cfg,
      place,
      result,
      failure,
      token,
      now: now(),
      log: io.log,
      env: io.env,
      labelsText: inputOrDefault(io.inputs, 'issue-labels') ?? '',
      storeText: inputOrDefault(io.inputs, 'store') ?? '',
    });
    if (issue && issue.action !== 'none') io.setOutput('issue-url', issue.url);
    if (result && issue) result.issue = issue;
  } catch (e) {
    issueError = e as Error;
  }
  // The ping says how this step ends: a failure issue that could not be kept fails it too.
  if (failure ?? issueError) await notifier?.failure(failure ?? issueError, io.env);
  else if (result)
    await notifier?.pruned({ kept: result.kept, removed: result.removed, dryRun: result.dryRun, elapsedMs: Date.now() - started });
  if (failure) {
    if (issueError) io.log.error(redact(issueError.message), 'failure issue');
    throw failure;
  }
  if (issueError) throw issueError;
  return result!;
}
