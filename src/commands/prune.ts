import { parseBool, parseDurationInput, parseEnvironment, parseSite, parseStore, type StoreSpec } from '../config/common.js';
import { ConfigError } from '../config/errors.js';
import { inputOrDefault, type InputSource } from '../config/source.js';
import { newestComplete, PruneError, runPrune, type PruneResult, type PruneRow, type PruneSettings } from '../core/prune.js';
import { githubClient, repoFromEnv } from '../github/client.js';
import { sourceFromEnv } from '../model/manifest.js';
import { reportFailure, reportRecovery, type FailureItem, type IssueAction, type IssueTarget } from '../report/failure-issue.js';
import { redact } from '../report/redact.js';
import { readStatus, type BackupStatus } from '../report/status.js';
import { parsePolicy, parseTimeZone } from '../retention/policy.js';
import { openStore } from '../stores/index.js';
import type { Store } from '../stores/store.js';
import type { Io } from './io.js';
import { maskSecretInputs } from './secrets.js';

// The prune action and `site-backup prune`: apply retention, then keep the failure issue in step
// with how the backup (and this prune) went.
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

export const BACKUP_OUTCOMES = ['success', 'failure', 'cancelled', 'skipped'] as const;
export type BackupOutcome = (typeof BACKUP_OUTCOMES)[number];

export interface PruneConfig extends PruneSettings {
  store: StoreSpec;
  /** The `store` input as written, for the restore instructions in the issue. */
  storeText: string;
  dryRun: boolean;
  backupOutcome?: BackupOutcome;
  issueLabels: string[];
}

export function parsePruneConfig(src: InputSource, cwd = process.cwd()): PruneConfig {
  const cfg: PruneConfig = {
    site: parseSite(src),
    environment: parseEnvironment(src),
    store: parseStore(src, cwd),
    storeText: inputOrDefault(src, 'store')!,
    scheduled: parsePolicy(inputOrDefault(src, 'retention')!, 'retention'),
    onDemand: parsePolicy(inputOrDefault(src, 'retention-on-demand')!, 'retention-on-demand'),
    timeZone: parseTimeZone(inputOrDefault(src, 'retention-timezone')!),
    dryRun: parseBool(src, 'dry-run'),
    issueLabels: parseLabels(inputOrDefault(src, 'issue-labels') ?? ''),
  };
  const maxAge = parseDurationInput(src, 'max-age');
  if (maxAge !== undefined) cfg.maxAgeMs = maxAge;
  const outcome = src.get('backup-outcome')?.toLowerCase();
  if (outcome !== undefined) {
    if (!(BACKUP_OUTCOMES as readonly string[]).includes(outcome)) {
      throw new ConfigError('backup-outcome', `"${outcome}" is not a step outcome`, 'Pass `${{ steps.<backup step id>.outcome }}`: `success`, `failure`, `cancelled` or `skipped`.');
    }
    cfg.backupOutcome = outcome as BackupOutcome;
  }
  return cfg;
}

function parseLabels(text: string): string[] {
  const labels = [...new Set(text.split(/[\n,]+/).map((l) => l.trim()).filter(Boolean))];
  if (labels.length === 0) throw new ConfigError('issue-labels', 'is empty', 'Give at least one label, such as `backup-failure`: the failure issue is found again by its label and title.');
  return labels;
}

export interface PruneCommandDeps {
  /** A store to use instead of the one `store` names (tests wrap a real store). */
  store?: Store;
  now?: () => Date;
  retryDelayMs?: number;
  /** Where the plan lines go; defaults to the reporter. */
  write?: (line: string) => void;
}

export interface PruneCommandResult extends PruneResult {
  issue?: IssueAction;
}

const utc = (d: Date) => d.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, 'Z');

function outcomeText(r: PruneRow): string {
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
  return rows.map((r) => `${outcomeText(r).toUpperCase().padEnd(ow)}  ${r.backup.id.padEnd(w)}  ${utc(r.backup.parsed.time)}  ${r.reasons.join(', ')}`);
}

const SUMMARY_ROWS = 1000;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function pruneSummaryMarkdown(cfg: PruneConfig, result: PruneResult | undefined, error?: Error): string {
  const title = `## Prune ${cfg.site}/${cfg.environment}${result?.dryRun ? ' (dry run: nothing deleted)' : ''}`;
  const lines = [title, ''];
  lines.push(`Scheduled backups: \`${cfg.scheduled.text}\` · on-demand: \`${cfg.onDemand.text}\` · periods in ${cfg.timeZone}`, '');
  if (error) lines.push(`**${cell(error.message)}**`, '');
  if (!result) return lines.join('\n');
  const verb = result.dryRun ? 'would be removed' : 'removed';
  lines.push(`${result.kept} kept, ${result.removed} ${verb}.`, '');
  if (result.plan.rows.length === 0) {
    lines.push('No backups found.', '');
    return lines.join('\n');
  }
  lines.push('| id | time (UTC) | trigger | kept/removed | reason |', '|---|---|---|---|---|');
  for (const r of result.plan.rows.slice(0, SUMMARY_ROWS)) {
    lines.push(`| \`${r.backup.id}\` | ${utc(r.backup.parsed.time)} | ${r.backup.parsed.trigger}${r.class === 'incomplete' ? ' (incomplete)' : ''} | ${cell(outcomeText(r))} | ${cell(r.reasons.join(', '))} |`);
  }
  if (result.plan.rows.length > SUMMARY_ROWS) lines.push('', `… and ${result.plan.rows.length - SUMMARY_ROWS} more (the log has the whole plan).`);
  lines.push('');
  return lines.join('\n');
}

function backupFailure(outcome: BackupOutcome | undefined, status: BackupStatus | undefined): FailureItem | undefined {
  const failed = outcome === 'failure' || outcome === 'cancelled' || (outcome === undefined && status?.outcome === 'failure');
  if (!failed) return undefined;
  let what = outcome === 'cancelled' ? 'The backup step was cancelled (timed out or stopped)' : 'The backup failed';
  if (status?.outcome === 'failure' && status.component) what += ` in component \`${status.component}\``;
  const item: FailureItem = { what: `${what}.` };
  if (status?.outcome === 'failure' && status.error) item.detail = status.error;
  return item;
}

/** The prune action and `site-backup prune`. */
export async function pruneCommand(io: Io, deps: PruneCommandDeps = {}): Promise<PruneCommandResult> {
  maskSecretInputs(io.inputs, io.log);
  const token = io.inputs.get('github-token') ?? io.env.GITHUB_TOKEN;
  io.log.setSecret(token);
  const now = deps.now ?? (() => new Date());
  // Site and environment first: without them there is no issue to report a failure in.
  const site = parseSite(io.inputs);
  const environment = parseEnvironment(io.inputs);

  let cfg: PruneConfig | undefined;
  let store: Store | undefined;
  let result: PruneCommandResult | undefined;
  let failure: Error | undefined;
  try {
    cfg = parsePruneConfig(io.inputs, io.cwd);
    store = deps.store ?? (await openStore(cfg.store, io.log, io.env));
    io.log.info(`Pruning ${site}/${environment} in ${cfg.storeText}: scheduled ${cfg.scheduled.text}; on-demand ${cfg.onDemand.text}; periods in ${cfg.timeZone}${cfg.dryRun ? '; dry run' : ''}.`);
    result = await runPrune(cfg, { store, log: io.log, dryRun: cfg.dryRun, now, ...(deps.retryDelayMs !== undefined ? { retryDelayMs: deps.retryDelayMs } : {}) });
  } catch (e) {
    failure = e as Error;
    if (e instanceof PruneError && e.result) result = e.result;
  }

  if (result) {
    const write = deps.write ?? ((l: string) => io.log.info(l));
    for (const line of planLines(result)) write(line);
    io.log.info(`${result.kept} kept, ${result.removed} ${result.dryRun ? 'would be removed (dry run)' : 'removed'}.`);
    io.setOutput('kept', String(result.kept));
    io.setOutput('removed', String(result.removed));
  }
  if (cfg) await io.summary(pruneSummaryMarkdown(cfg, result, failure));

  let issueError: Error | undefined;
  try {
    const issue = await updateIssue(io, { site, environment, cfg, store, result, failure, token, now: now() });
    if (result && issue) result.issue = issue;
  } catch (e) {
    issueError = e as Error;
  }
  if (failure) {
    if (issueError) io.log.error(redact(issueError.message), 'failure issue');
    throw failure;
  }
  if (issueError) throw issueError;
  return result!;
}

interface IssueContext {
  site: string;
  environment: string;
  cfg?: PruneConfig;
  store?: Store;
  result?: PruneResult;
  failure?: Error;
  token?: string;
  now: Date;
}

async function updateIssue(io: Io, c: IssueContext): Promise<IssueAction | undefined> {
  const status = await readStatus(io.env.RUNNER_TEMP, c.site, c.environment);
  const outcome = c.cfg?.backupOutcome;
  const failures: FailureItem[] = [];
  const bf = backupFailure(outcome, status);
  if (bf) failures.push(bf);
  if (c.failure) {
    const refused = c.failure instanceof PruneError && c.failure.refused;
    failures.push({ what: refused ? 'Prune refused to delete anything: no backup is fresher than `max-age`.' : 'Prune failed.', detail: redact(c.failure.message) });
  }

  // A recovery needs a positive sign: this job's backup succeeded (or found a young one), or,
  // with no backup step to go by, prune's own max-age check passed.
  let recovery: { backupId: string; backupTime?: Date } | undefined;
  const newest = c.result ? newestComplete(c.result.plan.rows.map((r) => r.backup)) : undefined;
  if (failures.length === 0 && c.result) {
    const backupOk = outcome === 'success' || (outcome === undefined && status !== undefined && status.outcome !== 'failure');
    if (backupOk) {
      const id = status?.backupId ?? newest?.id;
      if (id) recovery = { backupId: id };
    } else if (outcome === undefined && status === undefined && c.cfg?.maxAgeMs !== undefined && newest) {
      recovery = { backupId: newest.id, backupTime: newest.parsed.time };
    }
  }
  if (failures.length === 0 && !recovery) return undefined;

  const repo = repoFromEnv(io.env);
  if (!c.token || !repo) {
    if (failures.length > 0) io.log.warn(`The failure issue was not updated: ${!repo ? 'GITHUB_REPOSITORY is not set' : 'there is no github-token'}.`);
    return undefined;
  }
  if (c.cfg?.dryRun) {
    io.log.info(failures.length > 0 ? `Dry run: the failure issue is left alone (it would report: ${failures.map((f) => f.what).join(' ')})` : `Dry run: an open failure issue would be closed as recovered by ${recovery!.backupId}.`);
    return undefined;
  }

  const target: IssueTarget = {
    client: githubClient(c.token, io.env),
    owner: repo.owner,
    repo: repo.repo,
    site: c.site,
    environment: c.environment,
    labels: c.cfg?.issueLabels ?? parseLabels(inputOrDefault(io.inputs, 'issue-labels') ?? 'backup-failure'),
  };
  const runUrl = status?.runUrl ?? sourceFromEnv(io.env).runUrl;
  if (failures.length > 0) {
    const when = status?.outcome === 'failure' && status.finishedAt && !Number.isNaN(Date.parse(status.finishedAt)) ? new Date(status.finishedAt) : c.now;
    const report = {
      failures,
      when,
      store: c.cfg?.storeText ?? inputOrDefault(io.inputs, 'store') ?? '',
      now: c.now,
      ...(runUrl ? { runUrl } : {}),
      ...(c.result ? {} : { newestUnknown: true }),
      ...(newest && c.store ? { newestGood: { id: newest.id, time: newest.parsed.time, location: c.store.location(newest) } } : {}),
    };
    const done = await reportFailure(target, report);
    if (done.action !== 'none') io.log.info(`Failure issue #${done.number} ${done.action}: ${done.url}`);
    return done;
  }
  const done = await reportRecovery(target, { ...recovery!, ...(runUrl ? { runUrl } : {}) });
  if (done.action === 'closed') io.log.info(`Failure issue #${done.number} closed: backups recovered (${recovery!.backupId}).`);
  return done;
}
