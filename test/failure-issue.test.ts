import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pruneCommand } from '../src/commands/prune.js';
import { githubClient } from '../src/github/client.js';
import { makeBackupId } from '../src/model/backup-id.js';
import { classifyPruneFailure } from '../src/report/errors.js';
import { failureIssueBody, issueTitle, reportFailure, reportRecovery, type IssueTarget } from '../src/summaries/failure-issue.js';
import { statusPath, writeStatus } from '../src/report/status.js';
import { GitHubDouble } from './helpers/github-double.js';
import { registerIssues, type IssuesState } from './helpers/github-issues.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

// The failure issue against a local double of the GitHub REST API, with Octokit pointed at it
// through GITHUB_API_URL, driven through the prune command as the action runs it.

const NOW = new Date('2026-03-01T12:00:00Z');
const now = () => NOW;
const TOKEN = 'ghs_prunetesttoken1234567890';
const TITLE = 'Backup failing: acme/production';

let gh: GitHubDouble;
let issues: IssuesState;
let runnerTemp: string;
let root: string;

beforeAll(async () => {
  gh = new GitHubDouble();
  await gh.start();
});
afterAll(() => gh.stop());

beforeEach(async () => {
  // A fresh double state per test: routes registered again on a new double would pile up, so
  // reset the records of the one registered issues API instead.
  if (!issues) issues = registerIssues(gh);
  issues.issues.length = 0;
  issues.forbidWrites = false;
  issues.forbidAll = false;
  issues.dropLabels = false;
  issues.viewer = 'github-actions[bot]';
  issues.installationToken = true;
  issues.graphqlDown = false;
  gh.requests.length = 0;
  runnerTemp = await tempDir('sba-runner-');
  root = await tempDir('sba-issue-store-');
  // A week of nightly backups, the newest from 2026-02-28 03:00.
  for (let d = 22; d <= 28; d++) {
    const dir = path.join(root, 'acme/production', makeBackupId(new Date(Date.UTC(2026, 1, d, 3)), 'scheduled', `r${d}`));
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'data.tar.zst'), 'x');
    await writeFile(path.join(dir, 'manifest.json'), '{}');
  }
});

const env = () => ({
  GITHUB_API_URL: gh.url,
  GITHUB_REPOSITORY: `${issues.owner}/${issues.repo}`,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '777',
  RUNNER_TEMP: runnerTemp,
});
const inputs = (extra: Record<string, string> = {}) => ({
  site: 'acme',
  store: root,
  retention: 'daily=3',
  'github-token': TOKEN,
  ...extra,
});
const NEWEST = makeBackupId(new Date(Date.UTC(2026, 1, 28, 3)), 'scheduled', 'r28');

async function failedBackup(error: string): Promise<void> {
  await writeStatus(runnerTemp, {
    outcome: 'failure',
    site: 'acme',
    environment: 'production',
    component: 'data',
    error,
    runUrl: 'https://github.com/acme-org/sites/actions/runs/777',
    finishedAt: '2026-03-01T05:00:03.000Z',
  });
}

describe('the failure issue', () => {
  it('is created on a backup failure with what failed, when, the run, the newest good backup and how to restore', async () => {
    await failedBackup(
      'mysqldump: Got error: 1045: Access denied for user "acme"@"db" (using password: YES) via mysql://acme:hunter22@db.internal/acme',
    );
    const io = testIo(inputs({ 'backup-outcome': 'failure' }), env());
    const r = await pruneCommand(io, { now });
    expect(r.issue).toMatchObject({ action: 'created', number: 1 });
    expect(issues.open()).toHaveLength(1);
    const issue = issues.issues[0]!;
    expect(issue.title).toBe(TITLE);
    expect(issue.labels).toEqual(['backup-failure']);
    expect(issue.body).toContain('The backup failed in component `data`.');
    expect(issue.body).toContain('Access denied for user');
    expect(issue.body).toContain('mysql://acme:***@db.internal/acme');
    expect(issue.body).not.toContain('hunter22');
    expect(issue.body).toContain('**When:** 2026-03-01 05:00:03 UTC in [this run](https://github.com/acme-org/sites/actions/runs/777).');
    expect(issue.body).toContain(
      `**Newest good backup:** \`${NEWEST}\` from 2026-02-28 03:00:00 UTC, **33h0m old**, at \`file://${root}/acme/production/${NEWEST}/\`.`,
    );
    expect(issue.body).toContain('uses: site-backup-action/site-backup-action/restore@v1');
    expect(issue.body).toContain(`backup: ${NEWEST}`);
    expect(issue.body).toContain(`site-backup restore --site acme --environment production --store '${root}' --backup ${NEWEST}`);
    // Prune still did its job, and Octokit authenticated with the token.
    expect(await readdir(path.join(root, 'acme/production'))).toHaveLength(3);
    expect(gh.requests.every((q) => q.headers.authorization === `token ${TOKEN}`)).toBe(true);
    expect(io.lines.join('\n')).toContain('Failure issue #1 created: https://github.com/acme-org/sites/issues/1');
    expect(io.outputs['issue-url']).toBe('https://github.com/acme-org/sites/issues/1');
  });

  it('gets a comment, not a second issue, on the next failure', async () => {
    await failedBackup('platform CLI exited 0 but wrote no files');
    await pruneCommand(testIo(inputs({ 'backup-outcome': 'failure' }), env()), { now });
    // A cancelled step leaves no status record.
    await rm(statusPath(runnerTemp, 'acme', 'production'));
    const r = await pruneCommand(testIo(inputs({ 'backup-outcome': 'cancelled' }), env()), { now });
    expect(r.issue).toMatchObject({ action: 'commented', number: 1 });
    expect(issues.issues).toHaveLength(1);
    expect(issues.issues[0]!.comments).toHaveLength(1);
    expect(issues.issues[0]!.comments[0]).toMatch(/^\*\*Failed again\.\*\*\n\n- The backup step was cancelled \(timed out or stopped\)\./);
    expect(issues.issues[0]!.comments[0]).toContain(`**Newest good backup:** \`${NEWEST}\``);
  });

  it('is found by label and title: other titles, other labels and pull requests do not count, duplicates are closed', async () => {
    issues.add({ title: TITLE, labels: ['something-else'], created_at: '2026-01-01T00:00:00Z' });
    issues.add({ title: TITLE, labels: ['backup-failure'], pull_request: true, created_at: '2026-01-02T00:00:00Z' });
    issues.add({ title: 'Backup failing: acme/staging', labels: ['backup-failure'], created_at: '2026-01-03T00:00:00Z' });
    // 250 open failure issues of other sites first, so the right one is only on the third page.
    for (let i = 0; i < 250; i++)
      issues.add({ title: `Backup failing: site${i}/production`, labels: ['backup-failure'], created_at: '2026-01-04T00:00:00Z' });
    const mine = issues.add({ title: TITLE, labels: ['backup-failure', 'ops'], created_at: '2026-01-05T00:00:00Z' });
    const dup = issues.add({ title: TITLE, labels: ['backup-failure'], created_at: '2026-01-06T00:00:00Z' });

    const r = await pruneCommand(testIo(inputs({ 'backup-outcome': 'failure' }), env()), { now });
    expect(r.issue).toMatchObject({ action: 'commented', number: mine.number });
    expect(mine.comments).toHaveLength(1);
    expect(dup).toMatchObject({ state: 'closed', state_reason: 'not_planned', comments: [`Duplicate of #${mine.number}.`] });
    expect(
      issues.issues.filter((i) => i.title === TITLE && !i.pull_request && i.labels.includes('backup-failure') && i.state === 'open'),
    ).toEqual([mine]);
    expect(issues.issues[0]!.comments).toEqual([]);
    const lists = gh.requests.filter((q) => q.method === 'GET');
    expect(lists.map((q) => q.query.get('page') ?? '1')).toEqual(['1', '2', '3']);
    expect(lists.every((q) => q.query.get('labels') === 'backup-failure' && q.query.get('state') === 'open')).toBe(true);
  });

  it('is found by title when GitHub dropped its labels, and gets them', async () => {
    issues.dropLabels = true;
    await pruneCommand(testIo(inputs({ 'backup-outcome': 'failure', 'issue-labels': 'backup-failure, ops' }), env()), { now });
    expect(issues.issues[0]!.labels).toEqual([]);
    const r = await pruneCommand(testIo(inputs({ 'backup-outcome': 'failure', 'issue-labels': 'backup-failure, ops' }), env()), { now });
    expect(r.issue).toMatchObject({ action: 'commented', number: 1 });
    expect(issues.issues).toHaveLength(1);
    expect(issues.issues[0]!.labels).toEqual(['backup-failure', 'ops']);
  });

  it("by title alone, only an issue opened by the token's own identity counts", async () => {
    // Unlabelled issues with the title: one opened by someone else, one by this token's identity.
    const planted = issues.add({ title: TITLE, user: 'mallory', created_at: '2026-02-01T00:00:00Z' });
    let r = await pruneCommand(testIo(inputs({ 'backup-outcome': 'failure' }), env()), { now });
    expect(r.issue).toMatchObject({ action: 'created', number: 2 });
    expect(planted.comments).toEqual([]);
    expect(gh.requests.some((q) => q.path === '/graphql')).toBe(true);

    // Ours, unlabelled (as when GitHub dropped the labels): found by title and author.
    issues.issues.length = 0;
    issues.add({ title: TITLE, user: 'mallory', created_at: '2026-02-01T00:00:00Z' });
    const mine = issues.add({ title: TITLE, created_at: '2026-02-02T00:00:00Z' });
    r = await pruneCommand(testIo(inputs({ 'backup-outcome': 'failure' }), env()), { now });
    expect(r.issue).toMatchObject({ action: 'commented', number: mine.number });
    expect(issues.issues[0]!.comments).toEqual([]);

    // A user's token, with GraphQL down: GET /user names it.
    issues.graphqlDown = true;
    issues.installationToken = false;
    issues.viewer = 'ops-bot-user';
    const theirs = issues.add({ title: TITLE, user: 'ops-bot-user', created_at: '2026-02-03T00:00:00Z' });
    mine.state = 'closed';
    r = await pruneCommand(testIo(inputs({ 'backup-outcome': 'failure' }), env()), { now });
    expect(r.issue).toMatchObject({ action: 'commented', number: theirs.number });

    // No identity to be learned at all: nothing found by title alone counts, a new issue is opened.
    issues.installationToken = true;
    issues.issues.length = 0;
    const unknown = issues.add({ title: TITLE, user: 'ops-bot-user', created_at: '2026-02-04T00:00:00Z' });
    r = await pruneCommand(testIo(inputs({ 'backup-outcome': 'failure' }), env()), { now });
    expect(r.issue).toMatchObject({ action: 'created', number: 2 });
    expect(unknown.comments).toEqual([]);
  });

  it('is closed with "recovered" and the new backup id when the backup succeeds', async () => {
    await failedBackup('boom');
    await pruneCommand(testIo(inputs({ 'backup-outcome': 'failure' }), env()), { now });
    await writeStatus(runnerTemp, {
      outcome: 'success',
      site: 'acme',
      environment: 'production',
      backupId: NEWEST,
      finishedAt: NOW.toISOString(),
      runUrl: 'https://github.com/acme-org/sites/actions/runs/778',
    });
    const io = testIo(inputs({ 'backup-outcome': 'success' }), env());
    const r = await pruneCommand(io, { now });
    expect(r.issue).toMatchObject({ action: 'closed', number: 1 });
    expect(io.outputs['issue-url']).toBe('https://github.com/acme-org/sites/issues/1');
    expect(issues.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(issues.issues[0]!.comments).toEqual([
      `**Recovered:** backup \`${NEWEST}\` completed in [this run](https://github.com/acme-org/sites/actions/runs/778). Closing.`,
    ]);
    // A success with no issue open touches nothing but the listing.
    gh.requests.length = 0;
    const quiet = testIo(inputs({ 'backup-outcome': 'success' }), env());
    await pruneCommand(quiet, { now });
    expect(gh.requests.map((q) => q.method)).toEqual(['GET', 'GET']);
    expect(quiet.outputs['issue-url']).toBeUndefined();
    expect(issues.issues).toHaveLength(1);
  });

  it('reports a prune failure too, and a stale newest backup (max-age)', async () => {
    const stale = await pruneCommand(testIo(inputs({ 'backup-outcome': 'success', 'max-age': '24h' }), env()), { now }).catch(
      (e: Error) => e,
    );
    expect(stale).toBeInstanceOf(Error);
    expect(issues.issues).toHaveLength(1);
    expect(issues.issues[0]!.body).toContain('- Prune refused to delete anything: no backup is fresher than `max-age`.');
    expect(issues.issues[0]!.body).toMatch(/is 33h0m old: older than max-age 24h0m/);
    expect(await readdir(path.join(root, 'acme/production'))).toHaveLength(7);

    const bad = await pruneCommand(testIo(inputs({ retention: 'daily=-2' }), env()), { now }).catch((e: Error) => e);
    expect(String(bad)).toMatch(/Input `retention`: `daily=-2` is a negative count/);
    expect(issues.issues[0]!.comments[0]).toContain(
      '- Prune failed: input `retention` is not valid (the run log says how to fix it). The run log has the details.',
    );
    expect(issues.issues[0]!.comments[0]).toContain('**Newest good backup:** unknown: prune could not list the backups.');
  });

  it('closes when prune alone sees a backup fresher than max-age that is newer than the issue', async () => {
    issues.add({ title: TITLE, labels: ['backup-failure'], created_at: '2026-02-27T00:00:00Z' });
    const r = await pruneCommand(testIo(inputs({ 'max-age': '2d' }), env()), { now });
    expect(r.issue).toMatchObject({ action: 'closed' });
    // An issue opened after that backup stays open: that backup is no recovery from it.
    const later = issues.add({ title: TITLE, labels: ['backup-failure'], created_at: '2026-02-28T06:00:00Z' });
    const again = await pruneCommand(testIo(inputs({ 'max-age': '2d' }), env()), { now });
    expect(again.issue).toEqual({ action: 'none' });
    expect(later.state).toBe('open');
  });

  it('says what to fix when the token lacks issues: write (403), after pruning', async () => {
    issues.forbidWrites = true;
    await failedBackup('boom');
    const io = testIo(inputs({ 'backup-outcome': 'failure' }), env());
    const err = await pruneCommand(io, { now }).catch((e: Error) => e);
    expect(String(err)).toMatch(
      /Could not create the failure issue: the github-token lacks `issues: write` \(HTTP 403: Resource not accessible by integration\)\. Add `permissions:` with `issues: write` to the job/,
    );
    expect(await readdir(path.join(root, 'acme/production'))).toHaveLength(3);
    expect(io.outputs).toEqual({ kept: '3', removed: '4' });

    issues.forbidAll = true;
    const listing = await pruneCommand(testIo(inputs({ 'backup-outcome': 'failure' }), env()), { now }).catch((e: Error) => e);
    expect(String(listing)).toMatch(/Could not list the open failure issues: the github-token lacks `issues: write` \(HTTP 403/);
  });

  it('never leaks the token or registered secrets into the issue', async () => {
    await failedBackup(`curl: (22) The requested URL returned error: 401 with token ${TOKEN}`);
    await pruneCommand(testIo(inputs({ 'backup-outcome': 'failure' }), env()), { now });
    const body = issues.issues[0]!.body;
    expect(body).toContain('returned error: 401 with token ***');
    expect(JSON.stringify(gh.requests.map((q) => q.body))).not.toContain(TOKEN);
  });

  it('classifies a prune failure in its own words: what the store said stays in the run log', async () => {
    // A store whose listing fails with the system's own words (the folder is a file).
    const secretish = 'X-Amz-Signature=deadbeef0123';
    await rm(path.join(root, 'acme/production'), { recursive: true });
    await writeFile(path.join(root, 'acme/production'), 'not a folder');
    const io = testIo(inputs({ 'backup-outcome': 'success' }), env());
    const err = await pruneCommand(io, { now }).catch((e: Error) => e);
    expect(String(err)).toMatch(/listing the backups of acme\/production failed/);
    const body = issues.issues[0]!.body;
    expect(body).toContain(
      '- Prune failed: prune could not list the backups in the store, so nothing was deleted. The run log has the details.',
    );
    expect(body).not.toMatch(/ENOTDIR|scandir|not a directory|```\n {2}listing/);
    // restic's and S3's words are classified, never quoted.
    const restic = new Error(
      `restic forget failed (exit 1): Fatal: unable to open config file: Stat: The AWS Access Key Id you provided does not exist ${secretish}`,
    );
    const removeFailed = Object.assign(
      new Error(
        `2 of 3 backup(s) could not be deleted completely (s3://b/acme/x: AccessDenied ${secretish}). Deleting again is safe: run prune again.`,
      ),
      { name: 'PruneError' },
    );
    expect(classifyPruneFailure(restic)).toEqual({ kind: 'store', text: 'prune could not read from or delete in the store' });
    expect(classifyPruneFailure(removeFailed).text).toBe(
      '2 of 3 backup(s) could not be deleted completely from the store (deleting again is safe: the next prune retries)',
    );
    expect(classifyPruneFailure(new Error('boom: ' + secretish))).toEqual({ kind: 'other', text: 'prune failed' });
  });

  it('is skipped with a warning without a token or repository, and left alone in a dry run', async () => {
    await failedBackup('boom');
    const noRepo = testIo(inputs({ 'backup-outcome': 'failure' }), { ...env(), GITHUB_REPOSITORY: '' });
    await pruneCommand(noRepo, { now });
    expect(noRepo.lines).toContain('warning: The failure issue was not updated: GITHUB_REPOSITORY is not set.');
    const dry = testIo(inputs({ 'backup-outcome': 'failure', 'dry-run': 'true' }), env());
    await pruneCommand(dry, { now });
    expect(dry.lines.join('\n')).toContain(
      'Dry run: the failure issue is left alone (it would report: The backup failed in component `data`.)',
    );
    expect(gh.requests).toEqual([]);
  });
});

describe('failure issue API', () => {
  const target = (): IssueTarget => ({
    client: githubClient(TOKEN, { GITHUB_API_URL: gh.url }),
    owner: issues.owner,
    repo: issues.repo,
    site: 'shop',
    environment: 'live',
    labels: ['backup-failure'],
  });

  it('creates, comments, and closes through Octokit', async () => {
    const report = { failures: [{ what: 'Prune failed.' }], when: NOW, now: NOW, store: 's3://b/p' };
    expect(await reportFailure(target(), report)).toMatchObject({ action: 'created', number: 1 });
    expect(await reportFailure(target(), report)).toMatchObject({ action: 'commented', number: 1 });
    expect(await reportRecovery(target(), { backupId: 'x' })).toMatchObject({ action: 'closed', number: 1 });
    expect(await reportRecovery(target(), { backupId: 'x' })).toEqual({ action: 'none' });
    expect(issues.issues.map((i) => [i.title, i.state, i.comments.length])).toEqual([[issueTitle('shop', 'live'), 'closed', 2]]);
  });

  it('writes a body a person can act on', () => {
    const body = failureIssueBody('shop', 'live', {
      failures: [{ what: 'The backup failed.', detail: 'line 1\n```\nline 3' }],
      when: NOW,
      now: NOW,
      store: 's3://b/p',
      newestGood: { id: 'id1', time: new Date('2026-02-27T12:00:00Z'), location: 's3://b/p/shop/live/id1/' },
    });
    expect(body).toContain("  ```\n  line 1\n  '''\n  line 3\n  ```");
    expect(body).toContain('**Newest good backup:** `id1` from 2026-02-27 12:00:00 UTC, **2d0h old**, at `s3://b/p/shop/live/id1/`.');
    expect(body).toContain('**When:** 2026-03-01 12:00:00 UTC.');
  });
});
