import { parseLabels, type BackupOutcome, type PruneConfig } from '../config/prune.js';
import { PruneError, type PruneResult } from '../core/prune.js';
import { newestComplete } from '../stores/listing.js';
import { githubClient, repoFromEnv, requestMessage, requestStatus, tokenLogin, type GitHubClient } from '../github/client.js';
import { sourceFromEnv } from '../model/manifest.js';
import { formatOf, type BackupPlace } from '../formats/index.js';
import { formatDuration } from '../util/duration.js';
import { classifyPruneFailure } from '../report/errors.js';
import { redact } from '../report/redact.js';
import type { Reporter } from '../report/reporter.js';
import { readStatus, type BackupStatus } from '../report/status.js';

// The failure issue: exactly one open issue per site and environment, titled
// `Backup failing: <site>/<environment>` and labelled by `issue-labels`. A failure creates it or,
// when it is open already, adds a comment; the next good backup comments "recovered" and closes
// it. Everything written passes through redact(), so secrets never reach an issue.

export interface IssueTarget {
  client: GitHubClient;
  owner: string;
  repo: string;
  site: string;
  environment: string;
  labels: string[];
}

export interface FailureItem {
  /** One line: "the backup failed in component `data`", "prune refused to delete anything". */
  what: string;
  /** An error excerpt, shown in a code block. */
  detail?: string;
}

export interface GoodBackup {
  id: string;
  time: Date;
  /** Where it lives (a folder URI or an artifact name); never holds credentials. */
  location: string;
}

export interface FailureReport {
  failures: FailureItem[];
  when: Date;
  runUrl?: string;
  newestGood?: GoodBackup;
  /** The backups could not be listed, so the newest good one is not known. */
  newestUnknown?: boolean;
  /** The `store` input, for the restore instructions. */
  store: string;
  /** The store holds `format: restic` repositories: the instructions name the format and password. */
  restic?: boolean;
  now: Date;
}

export interface Recovery {
  backupId: string;
  runUrl?: string;
  /** Close only issues opened before this time: a backup older than the issue is no recovery. */
  backupTime?: Date;
}

export interface OpenIssue {
  number: number;
  title: string;
  html_url: string;
  created_at: string;
  labels: string[];
}

export type IssueAction =
  { action: 'created' | 'commented'; number: number; url: string } | { action: 'closed'; number: number; url: string } | { action: 'none' };

/** A request the token was not allowed to make, or an API that refused: says how to fix it. */
export class IssueAccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IssueAccessError';
  }
}

export function issueTitle(site: string, environment: string): string {
  return `Backup failing: ${site}/${environment}`;
}

/** Turns an Octokit failure into a sentence that says what to change. */
export function explainIssueError(e: unknown, doing: string): Error {
  const status = requestStatus(e);
  const said = redact(requestMessage(e));
  if (status === 401) {
    return new IssueAccessError(
      `Could not ${doing}: the github-token was rejected (HTTP 401: ${said}). Pass a valid token in \`github-token\` (the default \`\${{ github.token }}\` works).`,
    );
  }
  if (status === 403 || status === 404) {
    return new IssueAccessError(
      `Could not ${doing}: the github-token lacks \`issues: write\` (HTTP ${status}: ${said}). Add \`permissions:\` with \`issues: write\` to the job (keep \`contents: read\`), or pass a token that may write issues in this repository.`,
    );
  }
  if (status === 410) {
    return new IssueAccessError(
      `Could not ${doing}: issues are disabled in this repository (HTTP 410). Enable them in the repository settings, or the failure issue cannot be kept.`,
    );
  }
  return new Error(`Could not ${doing}: ${status ? `HTTP ${status}: ` : ''}${said}`);
}

async function call<T>(doing: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw explainIssueError(e, doing);
  }
}

interface RawIssue {
  number: number;
  title: string;
  html_url: string;
  created_at: string;
  pull_request?: unknown;
  labels: (string | { name?: string })[];
  user?: { login?: string } | null;
}

const toOpen = (i: RawIssue): OpenIssue => ({
  number: i.number,
  title: i.title,
  html_url: i.html_url,
  created_at: i.created_at,
  labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
});

/**
 * The open failure issues of this site and environment, oldest first. Found by label and title;
 * when a token without push access created the issue, GitHub dropped its labels, so the most
 * recent open issues are also searched by title alone. Anyone may open an issue with that title,
 * and it would then be commented on and closed as ours: by title alone, only an issue opened by
 * the token's own identity counts (none, when the identity cannot be learned).
 */
export async function findOpenIssues(t: IssueTarget): Promise<OpenIssue[]> {
  const title = issueTitle(t.site, t.environment);
  const match = (i: RawIssue) => !i.pull_request && i.title === title;
  const labelled = await call('list the open failure issues', () =>
    t.client.paginate(t.client.rest.issues.listForRepo, {
      owner: t.owner,
      repo: t.repo,
      state: 'open',
      labels: t.labels.join(','),
      per_page: 100,
    }),
  );
  let found = (labelled as RawIssue[]).filter(match);
  if (found.length === 0) {
    const recent: RawIssue[] = [];
    let pages = 0;
    await call('list the open issues', async () => {
      for await (const page of t.client.paginate.iterator(t.client.rest.issues.listForRepo, {
        owner: t.owner,
        repo: t.repo,
        state: 'open',
        sort: 'created',
        direction: 'desc',
        per_page: 100,
      })) {
        recent.push(...(page.data as RawIssue[]));
        if (++pages >= 3) break;
      }
    });
    const titled = recent.filter(match);
    const me = titled.length > 0 ? await tokenLogin(t.client) : undefined;
    found = me ? titled.filter((i) => i.user?.login === me) : [];
  }
  return found.map(toOpen).sort((a, b) => a.number - b.number);
}

const utc = (d: Date) =>
  d
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' UTC');

function failureLines(r: FailureReport): string[] {
  const out: string[] = [];
  for (const f of r.failures) {
    out.push(`- ${f.what}`);
    if (f.detail) {
      const excerpt = f.detail.length > 1500 ? `${f.detail.slice(0, 1500)}…` : f.detail;
      out.push(
        '',
        '  ```',
        ...excerpt
          .replace(/```/g, "'''")
          .split('\n')
          .map((l) => `  ${l}`),
        '  ```',
      );
    }
  }
  return out;
}

function newestLine(r: FailureReport): string {
  if (r.newestUnknown) return '**Newest good backup:** unknown: prune could not list the backups.';
  if (!r.newestGood) return '**Newest good backup:** none found. There is no complete backup to restore.';
  const age = formatDuration(Math.max(0, r.now.getTime() - r.newestGood.time.getTime()));
  return `**Newest good backup:** \`${r.newestGood.id}\` from ${utc(r.newestGood.time)}, **${age} old**, at \`${r.newestGood.location}\`.`;
}

function whenLine(r: FailureReport): string {
  return `**When:** ${utc(r.when)}${r.runUrl ? ` in [this run](${r.runUrl})` : ''}.`;
}

/** The issue body: what failed, when, the run, the newest good backup and how to restore it. */
export function failureIssueBody(site: string, environment: string, r: FailureReport): string {
  const id = r.newestGood?.id ?? 'latest';
  const lines = [
    `Backups of **${site}/${environment}** are failing.`,
    '',
    '**What failed:**',
    ...failureLines(r),
    '',
    whenLine(r),
    '',
    newestLine(r),
    '',
    '**How to restore** the newest good backup, from a workflow:',
    '',
    '```yaml',
    '- uses: site-backup-action/site-backup-action/restore@v1',
    '  with:',
    `    site: ${site}`,
    `    environment: ${environment}`,
    `    store: ${r.store}`,
    // The password line itself would look like a leaked secret to redact(): say it in words.
    ...(r.restic ? ['    format: restic  # and restic-password, from the secret that holds the repository password'] : []),
    `    backup: ${id}`,
    '```',
    '',
    'or from a terminal:',
    '',
    '```sh',
    `site-backup restore --site ${site} --environment ${environment} --store '${r.store}'${r.restic ? ' --format restic' : ''} --backup ${id}`,
    '```',
    '',
    'Each further failure adds a comment here; the next successful backup closes this issue.',
  ];
  return redact(lines.join('\n'));
}

export function failureCommentBody(r: FailureReport): string {
  return redact(['**Failed again.**', '', ...failureLines(r), '', whenLine(r), '', newestLine(r)].join('\n'));
}

export function recoveredCommentBody(r: Recovery): string {
  return redact(`**Recovered:** backup \`${r.backupId}\` completed${r.runUrl ? ` in [this run](${r.runUrl})` : ''}. Closing.`);
}

/** Creates the issue, or comments on the open one. Extra open duplicates are closed. */
export async function reportFailure(t: IssueTarget, r: FailureReport): Promise<IssueAction> {
  const open = await findOpenIssues(t);
  if (open.length === 0) {
    const created = await call('create the failure issue', () =>
      t.client.rest.issues.create({
        owner: t.owner,
        repo: t.repo,
        title: issueTitle(t.site, t.environment),
        body: failureIssueBody(t.site, t.environment, r),
        labels: t.labels,
      }),
    );
    return { action: 'created', number: created.data.number, url: created.data.html_url };
  }
  const [issue, ...duplicates] = open;
  await call(`comment on failure issue #${issue!.number}`, () =>
    t.client.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: issue!.number, body: failureCommentBody(r) }),
  );
  const missing = t.labels.filter((l) => !issue!.labels.includes(l));
  if (missing.length > 0) {
    await call(`label failure issue #${issue!.number}`, () =>
      t.client.rest.issues.addLabels({ owner: t.owner, repo: t.repo, issue_number: issue!.number, labels: missing }),
    );
  }
  await closeDuplicates(t, issue!, duplicates);
  return { action: 'commented', number: issue!.number, url: issue!.html_url };
}

/** Two runs racing can both create the issue; keep the oldest and close the rest. */
async function closeDuplicates(t: IssueTarget, keep: OpenIssue, duplicates: OpenIssue[]): Promise<void> {
  for (const d of duplicates) {
    await call(`close duplicate issue #${d.number}`, async () => {
      await t.client.rest.issues.createComment({
        owner: t.owner,
        repo: t.repo,
        issue_number: d.number,
        body: `Duplicate of #${keep.number}.`,
      });
      await t.client.rest.issues.update({
        owner: t.owner,
        repo: t.repo,
        issue_number: d.number,
        state: 'closed',
        state_reason: 'not_planned',
      });
    });
  }
}

/** Comments "recovered" and closes every open failure issue of this site and environment. */
export async function reportRecovery(t: IssueTarget, r: Recovery): Promise<IssueAction> {
  const open = (await findOpenIssues(t)).filter((i) => !r.backupTime || new Date(i.created_at).getTime() < r.backupTime.getTime());
  if (open.length === 0) return { action: 'none' };
  for (const issue of open) {
    await call(`close failure issue #${issue.number}`, async () => {
      await t.client.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: issue.number, body: recoveredCommentBody(r) });
      await t.client.rest.issues.update({
        owner: t.owner,
        repo: t.repo,
        issue_number: issue.number,
        state: 'closed',
        state_reason: 'completed',
      });
    });
  }
  return { action: 'closed', number: open[0]!.number, url: open[0]!.html_url };
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

/** What the prune step knows when it keeps the failure issue in step. */
export interface PruneIssueContext {
  site: string;
  environment: string;
  cfg?: PruneConfig | undefined;
  /** Where the backups are, to name the newest good one's location. */
  place?: Pick<BackupPlace, 'location'> | undefined;
  result?: PruneResult | undefined;
  failure?: Error | undefined;
  token?: string | undefined;
  now: Date;
  log: Reporter;
  env: NodeJS.ProcessEnv;
  /** The raw `issue-labels` and `store` inputs, for when the config could not be parsed. */
  labelsText: string;
  storeText: string;
}

/**
 * The prune step's issue workflow: a failed backup (its outcome, or the status record it left in
 * RUNNER_TEMP) or a failed prune opens or comments on the failure issue; a positive sign of
 * recovery closes it. Returns what was done, or undefined when the issues were left alone.
 */
export async function updateFailureIssue(c: PruneIssueContext): Promise<IssueAction | undefined> {
  const io = { log: c.log, env: c.env };
  const status = await readStatus(io.env.RUNNER_TEMP, c.site, c.environment);
  const outcome = c.cfg?.backupOutcome;
  const failures: FailureItem[] = [];
  const bf = backupFailure(outcome, status);
  if (bf) failures.push(bf);
  if (c.failure) {
    const refused = c.failure instanceof PruneError && c.failure.refused;
    // Our words only: what restic or the store said stays in the run log.
    const said = classifyPruneFailure(c.failure).text;
    failures.push(
      refused
        ? { what: 'Prune refused to delete anything: no backup is fresher than `max-age`.', detail: redact(said) }
        : { what: redact(`Prune failed: ${said}. The run log has the details.`) },
    );
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
    if (failures.length > 0)
      io.log.warn(`The failure issue was not updated: ${!repo ? 'GITHUB_REPOSITORY is not set' : 'there is no github-token'}.`);
    return undefined;
  }
  if (c.cfg?.dryRun) {
    io.log.info(
      failures.length > 0
        ? `Dry run: the failure issue is left alone (it would report: ${failures.map((f) => f.what).join(' ')})`
        : `Dry run: an open failure issue would be closed as recovered by ${recovery!.backupId}.`,
    );
    return undefined;
  }

  const target: IssueTarget = {
    client: githubClient(c.token, io.env),
    owner: repo.owner,
    repo: repo.repo,
    site: c.site,
    environment: c.environment,
    labels: c.cfg?.issueLabels ?? parseLabels(c.labelsText || 'backup-failure'),
  };
  const runUrl = status?.runUrl ?? sourceFromEnv(io.env).runUrl;
  if (failures.length > 0) {
    const when =
      status?.outcome === 'failure' && status.finishedAt && !Number.isNaN(Date.parse(status.finishedAt))
        ? new Date(status.finishedAt)
        : c.now;
    const report = {
      failures,
      when,
      store: c.cfg?.storeText ?? c.storeText,
      ...(c.cfg && formatOf(c.cfg.store) === 'restic' ? { restic: true } : {}),
      now: c.now,
      ...(runUrl ? { runUrl } : {}),
      ...(c.result ? {} : { newestUnknown: true }),
      ...(newest && c.place ? { newestGood: { id: newest.id, time: newest.parsed.time, location: c.place.location(newest) } } : {}),
    };
    const done = await reportFailure(target, report);
    if (done.action !== 'none') io.log.info(`Failure issue #${done.number} ${done.action}: ${done.url}`);
    return done;
  }
  const done = await reportRecovery(target, { ...recovery!, ...(runUrl ? { runUrl } : {}) });
  if (done.action === 'closed') io.log.info(`Failure issue #${done.number} closed: backups recovered (${recovery!.backupId}).`);
  return done;
}
