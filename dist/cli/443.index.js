export const id = 443;
export const ids = [443,285];
export const modules = {

/***/ 91443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pruneCommand: () => (/* binding */ pruneCommand)
});

// EXTERNAL MODULE: ./src/config/common.ts + 2 modules
var common = __webpack_require__(93910);
// EXTERNAL MODULE: ./src/retention/policy.ts
var policy = __webpack_require__(24310);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
;// CONCATENATED MODULE: ./src/config/prune.ts




// The prune action's inputs, parsed and checked (the action and `site-backup prune`).
const BACKUP_OUTCOMES = ['success', 'failure', 'cancelled', 'skipped'];
function parsePruneConfig(src, cwd = process.cwd()) {
    const cfg = {
        site: (0,common/* parseSite */.X_)(src),
        environment: (0,common/* parseEnvironment */.Nq)(src),
        store: (0,common/* parseStore */.Pv)(src, cwd),
        storeText: (0,source/* inputOrDefault */.N9)(src, 'store'),
        scheduled: (0,policy/* parsePolicy */.ON)((0,source/* inputOrDefault */.N9)(src, 'retention'), 'retention'),
        onDemand: (0,policy/* parsePolicy */.ON)((0,source/* inputOrDefault */.N9)(src, 'retention-on-demand'), 'retention-on-demand'),
        timeZone: (0,policy/* parseTimeZone */.VL)((0,source/* inputOrDefault */.N9)(src, 'retention-timezone')),
        dryRun: (0,common/* parseBool */.q6)(src, 'dry-run'),
        issueLabels: parseLabels((0,source/* inputOrDefault */.N9)(src, 'issue-labels') ?? ''),
    };
    if (cfg.store.kind === 's3' && cfg.store.objectLock)
        cfg.lock = cfg.store.objectLock;
    const maxAge = (0,common/* parseDurationInput */.ew)(src, 'max-age');
    if (maxAge !== undefined)
        cfg.maxAgeMs = maxAge;
    const outcome = src.get('backup-outcome')?.toLowerCase();
    if (outcome !== undefined) {
        if (!BACKUP_OUTCOMES.includes(outcome)) {
            throw new errors/* ConfigError */.x('backup-outcome', `"${outcome}" is not a step outcome`, 'Pass `${{ steps.<backup step id>.outcome }}`: `success`, `failure`, `cancelled` or `skipped`.');
        }
        cfg.backupOutcome = outcome;
    }
    return cfg;
}
function parseLabels(text) {
    const labels = [
        ...new Set(text
            .split(/[\n,]+/)
            .map((l) => l.trim())
            .filter(Boolean)),
    ];
    if (labels.length === 0)
        throw new errors/* ConfigError */.x('issue-labels', 'is empty', 'Give at least one label, such as `backup-failure`: the failure issue is found again by its label and title.');
    return labels;
}

// EXTERNAL MODULE: ./src/core/prune.ts + 2 modules
var prune = __webpack_require__(66539);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/model/manifest.ts
var manifest = __webpack_require__(89452);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/report/errors.ts
var report_errors = __webpack_require__(22287);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/report/status.ts
var report_status = __webpack_require__(16934);
;// CONCATENATED MODULE: ./src/report/failure-issue.ts








/** A request the token was not allowed to make, or an API that refused: says how to fix it. */
class IssueAccessError extends Error {
    constructor(message) {
        super(message);
        this.name = 'IssueAccessError';
    }
}
function issueTitle(site, environment) {
    return `Backup failing: ${site}/${environment}`;
}
/** Turns an Octokit failure into a sentence that says what to change. */
function explainIssueError(e, doing) {
    const status = (0,client/* requestStatus */.G2)(e);
    const said = (0,redact/* redact */.E$)((0,client/* requestMessage */.Vk)(e));
    if (status === 401) {
        return new IssueAccessError(`Could not ${doing}: the github-token was rejected (HTTP 401: ${said}). Pass a valid token in \`github-token\` (the default \`\${{ github.token }}\` works).`);
    }
    if (status === 403 || status === 404) {
        return new IssueAccessError(`Could not ${doing}: the github-token lacks \`issues: write\` (HTTP ${status}: ${said}). Add \`permissions:\` with \`issues: write\` to the job (keep \`contents: read\`), or pass a token that may write issues in this repository.`);
    }
    if (status === 410) {
        return new IssueAccessError(`Could not ${doing}: issues are disabled in this repository (HTTP 410). Enable them in the repository settings, or the failure issue cannot be kept.`);
    }
    return new Error(`Could not ${doing}: ${status ? `HTTP ${status}: ` : ''}${said}`);
}
async function call(doing, fn) {
    try {
        return await fn();
    }
    catch (e) {
        throw explainIssueError(e, doing);
    }
}
const toOpen = (i) => ({
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
async function findOpenIssues(t) {
    const title = issueTitle(t.site, t.environment);
    const match = (i) => !i.pull_request && i.title === title;
    const labelled = await call('list the open failure issues', () => t.client.paginate(t.client.rest.issues.listForRepo, {
        owner: t.owner,
        repo: t.repo,
        state: 'open',
        labels: t.labels.join(','),
        per_page: 100,
    }));
    let found = labelled.filter(match);
    if (found.length === 0) {
        const recent = [];
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
                recent.push(...page.data);
                if (++pages >= 3)
                    break;
            }
        });
        const titled = recent.filter(match);
        const me = titled.length > 0 ? await (0,client/* tokenLogin */.nu)(t.client) : undefined;
        found = me ? titled.filter((i) => i.user?.login === me) : [];
    }
    return found.map(toOpen).sort((a, b) => a.number - b.number);
}
const utc = (d) => d
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, ' UTC');
function failureLines(r) {
    const out = [];
    for (const f of r.failures) {
        out.push(`- ${f.what}`);
        if (f.detail) {
            const excerpt = f.detail.length > 1500 ? `${f.detail.slice(0, 1500)}…` : f.detail;
            out.push('', '  ```', ...excerpt
                .replace(/```/g, "'''")
                .split('\n')
                .map((l) => `  ${l}`), '  ```');
        }
    }
    return out;
}
function newestLine(r) {
    if (r.newestUnknown)
        return '**Newest good backup:** unknown: prune could not list the backups.';
    if (!r.newestGood)
        return '**Newest good backup:** none found. There is no complete backup to restore.';
    const age = (0,duration/* formatDuration */.a)(Math.max(0, r.now.getTime() - r.newestGood.time.getTime()));
    return `**Newest good backup:** \`${r.newestGood.id}\` from ${utc(r.newestGood.time)}, **${age} old**, at \`${r.newestGood.location}\`.`;
}
function whenLine(r) {
    return `**When:** ${utc(r.when)}${r.runUrl ? ` in [this run](${r.runUrl})` : ''}.`;
}
/** The issue body: what failed, when, the run, the newest good backup and how to restore it. */
function failureIssueBody(site, environment, r) {
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
    return (0,redact/* redact */.E$)(lines.join('\n'));
}
function failureCommentBody(r) {
    return (0,redact/* redact */.E$)(['**Failed again.**', '', ...failureLines(r), '', whenLine(r), '', newestLine(r)].join('\n'));
}
function recoveredCommentBody(r) {
    return (0,redact/* redact */.E$)(`**Recovered:** backup \`${r.backupId}\` completed${r.runUrl ? ` in [this run](${r.runUrl})` : ''}. Closing.`);
}
/** Creates the issue, or comments on the open one. Extra open duplicates are closed. */
async function reportFailure(t, r) {
    const open = await findOpenIssues(t);
    if (open.length === 0) {
        const created = await call('create the failure issue', () => t.client.rest.issues.create({
            owner: t.owner,
            repo: t.repo,
            title: issueTitle(t.site, t.environment),
            body: failureIssueBody(t.site, t.environment, r),
            labels: t.labels,
        }));
        return { action: 'created', number: created.data.number, url: created.data.html_url };
    }
    const [issue, ...duplicates] = open;
    await call(`comment on failure issue #${issue.number}`, () => t.client.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: issue.number, body: failureCommentBody(r) }));
    const missing = t.labels.filter((l) => !issue.labels.includes(l));
    if (missing.length > 0) {
        await call(`label failure issue #${issue.number}`, () => t.client.rest.issues.addLabels({ owner: t.owner, repo: t.repo, issue_number: issue.number, labels: missing }));
    }
    await closeDuplicates(t, issue, duplicates);
    return { action: 'commented', number: issue.number, url: issue.html_url };
}
/** Two runs racing can both create the issue; keep the oldest and close the rest. */
async function closeDuplicates(t, keep, duplicates) {
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
async function reportRecovery(t, r) {
    const open = (await findOpenIssues(t)).filter((i) => !r.backupTime || new Date(i.created_at).getTime() < r.backupTime.getTime());
    if (open.length === 0)
        return { action: 'none' };
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
    return { action: 'closed', number: open[0].number, url: open[0].html_url };
}
function backupFailure(outcome, status) {
    const failed = outcome === 'failure' || outcome === 'cancelled' || (outcome === undefined && status?.outcome === 'failure');
    if (!failed)
        return undefined;
    let what = outcome === 'cancelled' ? 'The backup step was cancelled (timed out or stopped)' : 'The backup failed';
    if (status?.outcome === 'failure' && status.component)
        what += ` in component \`${status.component}\``;
    const item = { what: `${what}.` };
    if (status?.outcome === 'failure' && status.error)
        item.detail = status.error;
    return item;
}
/**
 * The prune step's issue workflow: a failed backup (its outcome, or the status record it left in
 * RUNNER_TEMP) or a failed prune opens or comments on the failure issue; a positive sign of
 * recovery closes it. Returns what was done, or undefined when the issues were left alone.
 */
async function updateFailureIssue(c) {
    const io = { log: c.log, env: c.env };
    const status = await (0,report_status/* readStatus */.rk)(io.env.RUNNER_TEMP, c.site, c.environment);
    const outcome = c.cfg?.backupOutcome;
    const failures = [];
    const bf = backupFailure(outcome, status);
    if (bf)
        failures.push(bf);
    if (c.failure) {
        const refused = c.failure instanceof prune/* PruneError */.Pc && c.failure.refused;
        // Our words only: what restic or the store said stays in the run log.
        const said = (0,report_errors/* classifyPruneFailure */.VE)(c.failure).text;
        failures.push(refused
            ? { what: 'Prune refused to delete anything: no backup is fresher than `max-age`.', detail: (0,redact/* redact */.E$)(said) }
            : { what: (0,redact/* redact */.E$)(`Prune failed: ${said}. The run log has the details.`) });
    }
    // A recovery needs a positive sign: this job's backup succeeded (or found a young one), or,
    // with no backup step to go by, prune's own max-age check passed.
    let recovery;
    const newest = c.result ? (0,prune/* newestComplete */.g7)(c.result.plan.rows.map((r) => r.backup)) : undefined;
    if (failures.length === 0 && c.result) {
        const backupOk = outcome === 'success' || (outcome === undefined && status !== undefined && status.outcome !== 'failure');
        if (backupOk) {
            const id = status?.backupId ?? newest?.id;
            if (id)
                recovery = { backupId: id };
        }
        else if (outcome === undefined && status === undefined && c.cfg?.maxAgeMs !== undefined && newest) {
            recovery = { backupId: newest.id, backupTime: newest.parsed.time };
        }
    }
    if (failures.length === 0 && !recovery)
        return undefined;
    const repo = (0,client/* repoFromEnv */.K)(io.env);
    if (!c.token || !repo) {
        if (failures.length > 0)
            io.log.warn(`The failure issue was not updated: ${!repo ? 'GITHUB_REPOSITORY is not set' : 'there is no github-token'}.`);
        return undefined;
    }
    if (c.cfg?.dryRun) {
        io.log.info(failures.length > 0
            ? `Dry run: the failure issue is left alone (it would report: ${failures.map((f) => f.what).join(' ')})`
            : `Dry run: an open failure issue would be closed as recovered by ${recovery.backupId}.`);
        return undefined;
    }
    const target = {
        client: (0,client/* githubClient */.$f)(c.token, io.env),
        owner: repo.owner,
        repo: repo.repo,
        site: c.site,
        environment: c.environment,
        labels: c.cfg?.issueLabels ?? parseLabels(c.labelsText || 'backup-failure'),
    };
    const runUrl = status?.runUrl ?? (0,manifest/* sourceFromEnv */.H2)(io.env).runUrl;
    if (failures.length > 0) {
        const when = status?.outcome === 'failure' && status.finishedAt && !Number.isNaN(Date.parse(status.finishedAt))
            ? new Date(status.finishedAt)
            : c.now;
        const report = {
            failures,
            when,
            store: c.cfg?.storeText ?? c.storeText,
            ...(c.cfg && c.cfg.store.kind !== 'artifact' && c.cfg.store.restic ? { restic: true } : {}),
            now: c.now,
            ...(runUrl ? { runUrl } : {}),
            ...(c.result ? {} : { newestUnknown: true }),
            ...(newest && c.store ? { newestGood: { id: newest.id, time: newest.parsed.time, location: c.store.location(newest) } } : {}),
        };
        const done = await reportFailure(target, report);
        if (done.action !== 'none')
            io.log.info(`Failure issue #${done.number} ${done.action}: ${done.url}`);
        return done;
    }
    const done = await reportRecovery(target, { ...recovery, ...(runUrl ? { runUrl } : {}) });
    if (done.action === 'closed')
        io.log.info(`Failure issue #${done.number} closed: backups recovered (${recovery.backupId}).`);
    return done;
}

// EXTERNAL MODULE: ./src/report/failure-summary.ts
var failure_summary = __webpack_require__(69853);
// EXTERNAL MODULE: ./src/util/bytes.ts
var bytes = __webpack_require__(1671);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/prune-summary.ts



// What prune shows a person: one log line per backup, and the job summary (the kept backups on a
// timeline by rule, then the whole plan as a table).
const prune_summary_utc = (d) => d
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, 'Z');
function outcomeText(r) {
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
function planLines(result) {
    const rows = result.plan.rows;
    const w = Math.max(0, ...rows.map((r) => r.backup.id.length));
    const ow = Math.max(0, ...rows.map((r) => outcomeText(r).length));
    return rows.map((r) => `${outcomeText(r).toUpperCase().padEnd(ow)}  ${r.backup.id.padEnd(w)}  ${prune_summary_utc(r.backup.parsed.time)}  ${r.reasons.join(', ')}`);
}
const isKept = (r) => r.outcome !== 'removed' && r.outcome !== 'would remove';
/** The rule a reason names: `daily 2026-11-20` and `oldest daily …` are `daily`; `within 30d` stays whole. */
function ruleOf(reason) {
    const r = reason.replace(/^oldest /, '');
    if (r.startsWith('within '))
        return r.replace(/[:#;]/g, ' ');
    if (r.startsWith('newest complete'))
        return 'newest complete';
    if (r.startsWith('incomplete'))
        return 'incomplete';
    if (r.startsWith('policy is empty'))
        return 'empty policy (keeps all)';
    return r.split(' ')[0].replace(/[:#;]/g, ' ');
}
const TIMELINE_MAX = 150;
/**
 * The kept backups on a time axis, one row (section) per rule that kept them: a Mermaid gantt
 * chart of milestones, which GitHub renders in a job summary. A backup kept by two rules shows
 * in both rows. Names and sections never hold `:`, `#` or `;`, which end a Mermaid statement.
 */
function keptTimelineMermaid(site, environment, rows, max = TIMELINE_MAX) {
    const kept = rows.filter(isKept).slice(0, max);
    if (kept.length === 0)
        return undefined;
    const byRule = new Map();
    for (const r of kept) {
        for (const rule of new Set((r.reasons.length ? r.reasons : ['kept']).map(ruleOf))) {
            const list = byRule.get(rule) ?? [];
            list.push(r);
            byRule.set(rule, list);
        }
    }
    const at = (d) => d.toISOString().slice(0, 16).replace('T', ' ');
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
        for (const r of [...list].reverse())
            lines.push(`    ${r.backup.id.split('-')[0]} : milestone, ${at(r.backup.parsed.time)}, 0d`);
    }
    lines.push('```');
    return lines.join('\n');
}
const SUMMARY_ROWS = 1000;
function pruneSummaryMarkdown(cfg, result, error, env = {}) {
    const title = `## Prune ${cfg.site}/${cfg.environment}${result?.dryRun ? ' (dry run: nothing deleted)' : ''}`;
    const lines = [];
    if (error) {
        const kept = result
            ? `${result.kept} ${result.kept === 1 ? 'backup is' : 'backups are'} kept${result.removed ? ` (${result.removed} removed before it stopped)` : ''}; nothing else was deleted. The plan below says why each one is kept.`
            : 'Nothing was deleted: prune stopped before it planned anything.';
        lines.push((0,failure_summary/* failureSummaryMarkdown */.uR)({ action: 'prune', site: cfg.site, environment: cfg.environment, error, env, kept }));
    }
    lines.push(title, '');
    lines.push(`Scheduled backups: \`${cfg.scheduled.text}\` · on-demand: \`${cfg.onDemand.text}\` · periods in ${cfg.timeZone}`, '');
    if (!result)
        return lines.join('\n');
    const verb = result.dryRun ? 'would be removed' : 'removed';
    lines.push(`${result.kept} kept, ${result.removed} ${verb}.`, '');
    if (result.bytesHeldByLock !== undefined)
        lines.push(lockLine(result), '');
    if (result.plan.rows.length === 0) {
        lines.push('No backups found.', '');
        return lines.join('\n');
    }
    const timeline = keptTimelineMermaid(cfg.site, cfg.environment, result.plan.rows);
    if (timeline) {
        const kept = result.plan.rows.filter(isKept).length;
        lines.push(timeline, '');
        if (kept > TIMELINE_MAX)
            lines.push(`The timeline shows the newest ${TIMELINE_MAX} of ${kept} kept backups.`, '');
    }
    const locked = result.plan.rows.some((r) => r.lock);
    const rows = result.plan.rows.slice(0, SUMMARY_ROWS).map((r) => [
        (0,markdown/* code */.aY)(r.backup.id),
        prune_summary_utc(r.backup.parsed.time),
        `${r.backup.parsed.trigger}${r.class === 'incomplete' ? ' (incomplete)' : ''}`,
        // A failed deletion quotes the store's answer: text, never markup.
        (0,markdown/* cell */.Hn)(outcomeText(r)),
        (0,markdown/* cell */.Hn)(r.reasons.join(', ')),
        ...(locked ? [lockCell(r)] : []),
    ]);
    lines.push(...(0,markdown/* table */.tp)(['id', 'time (UTC)', 'trigger', 'kept/removed', 'reason', ...(locked ? ['Object Lock'] : [])], rows));
    if (result.plan.rows.length > SUMMARY_ROWS)
        lines.push('', `… and ${result.plan.rows.length - SUMMARY_ROWS} more (the log has the whole plan).`);
    lines.push('');
    return lines.join('\n');
}
/** `s3-object-lock`: the locks prune extended, and the storage the locks hold past the policy. */
function lockLine(result) {
    const n = result.locksExtended ?? 0;
    const extended = `${n} ${n === 1 ? "backup's lock" : "backups' locks"} ${result.dryRun ? 'would be ' : ''}extended to match the policy`;
    return `Object Lock: ${extended}; ${(0,bytes/* formatBytes */.z)(result.bytesHeldByLock ?? 0)} held under lock past the policy (removed backups whose locked versions stay until their dates; a lifecycle rule frees them after, see docs/immutable.md).`;
}
/** A row's lock: mode and date, and what prune did to it. */
function lockCell(r) {
    const l = r.lock;
    if (!l)
        return '';
    if (!l.until)
        return l.mode ? `${l.mode}, no date` : '**not locked**';
    const mode = (l.mode ?? '').toLowerCase();
    if (l.wouldExtendTo)
        return `${mode} until ${prune_summary_utc(l.until)}; would extend to ${prune_summary_utc(l.wouldExtendTo)}`;
    return `${mode} until ${prune_summary_utc(l.until)}${l.extendedFrom ? ` (extended from ${prune_summary_utc(l.extendedFrom)})` : ''}`;
}

// EXTERNAL MODULE: ./src/stores/index.ts + 1 modules
var stores = __webpack_require__(98844);
// EXTERNAL MODULE: ./src/commands/secrets.ts
var secrets = __webpack_require__(85575);
;// CONCATENATED MODULE: ./src/commands/prune.ts









/** The prune action and `site-backup prune`. */
async function pruneCommand(io, deps = {}) {
    (0,secrets/* maskSecretInputs */.q)(io.inputs, io.log);
    const token = io.inputs.get('github-token') ?? io.env.GITHUB_TOKEN;
    io.log.setSecret(token);
    const now = deps.now ?? (() => new Date());
    // Site and environment first: without them there is no issue to report a failure in.
    const site = (0,common/* parseSite */.X_)(io.inputs);
    const environment = (0,common/* parseEnvironment */.Nq)(io.inputs);
    let cfg;
    let store;
    let result;
    let failure;
    try {
        cfg = parsePruneConfig(io.inputs, io.cwd);
        store = deps.store ?? (await (0,stores/* openStore */.C)(cfg.store, io.log, io.env));
        io.log.info(`Pruning ${site}/${environment} in ${cfg.storeText}: scheduled ${cfg.scheduled.text}; on-demand ${cfg.onDemand.text}; periods in ${cfg.timeZone}${cfg.dryRun ? '; dry run' : ''}.`);
        result = await (0,prune/* runPrune */.uf)(cfg, {
            store,
            log: io.log,
            dryRun: cfg.dryRun,
            now,
            ...(deps.retryDelayMs !== undefined ? { retryDelayMs: deps.retryDelayMs } : {}),
        });
    }
    catch (e) {
        failure = e;
        if (e instanceof prune/* PruneError */.Pc && e.result)
            result = e.result;
    }
    if (result) {
        const write = deps.write ?? ((l) => io.log.info(l));
        for (const line of planLines(result))
            write(line);
        io.log.info(`${result.kept} kept, ${result.removed} ${result.dryRun ? 'would be removed (dry run)' : 'removed'}.`);
        io.setOutput('kept', String(result.kept));
        io.setOutput('removed', String(result.removed));
    }
    if (cfg)
        await io.summary(pruneSummaryMarkdown(cfg, result, failure, io.env));
    let issueError;
    try {
        const issue = await updateFailureIssue({
            site,
            environment,
            cfg,
            store,
            result,
            failure,
            token,
            now: now(),
            log: io.log,
            env: io.env,
            labelsText: (0,source/* inputOrDefault */.N9)(io.inputs, 'issue-labels') ?? '',
            storeText: (0,source/* inputOrDefault */.N9)(io.inputs, 'store') ?? '',
        });
        if (issue && issue.action !== 'none')
            io.setOutput('issue-url', issue.url);
        if (result && issue)
            result.issue = issue;
    }
    catch (e) {
        issueError = e;
    }
    if (failure) {
        if (issueError)
            io.log.error((0,redact/* redact */.E$)(issueError.message), 'failure issue');
        throw failure;
    }
    if (issueError)
        throw issueError;
    return result;
}


/***/ }),

/***/ 85575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ maskSecretInputs)
/* harmony export */ });
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64389);

/** Masks every input marked secret before anything else can print it. */
function maskSecretInputs(inputs, log) {
    for (const [name, spec] of Object.entries(_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .m)) {
        if (spec.secret)
            log.setSecret(inputs.get(name));
    }
}


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   G2: () => (/* binding */ requestStatus),
/* harmony export */   K: () => (/* binding */ repoFromEnv),
/* harmony export */   Vk: () => (/* binding */ requestMessage),
/* harmony export */   nu: () => (/* binding */ tokenLogin)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, apiUrl */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);

const DEFAULT_API_URL = 'https://api.github.com';
function apiUrl(env = process.env) {
    return (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
}
/**
 * An Octokit for `token`, pointed at GITHUB_API_URL from `env` rather than from process.env:
 * @actions/github reads process.env once at import, which would ignore the env a command was given.
 */
function githubClient(token, env = process.env) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: apiUrl(env) });
}
/** GITHUB_REPOSITORY (`owner/name`), or undefined when it is missing or malformed. */
function repoFromEnv(env = process.env) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(env.GITHUB_REPOSITORY?.trim() ?? '');
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
/** The HTTP status of a failed Octokit request, when there was a response at all. */
function requestStatus(e) {
    const s = e?.status;
    return typeof s === 'number' && s > 0 ? s : undefined;
}
/** GitHub's own words for a failed request (its `message`), without the request URL or headers. */
function requestMessage(e) {
    const data = e?.response?.data;
    const m = data?.message;
    if (typeof m === 'string' && m)
        return m;
    return e?.message ?? String(e);
}
/**
 * The login the token acts as: `octocat` for a user's token, `github-actions[bot]` for the job's
 * GITHUB_TOKEN, `<app>[bot]` for an app's. GraphQL's `viewer` answers for every kind of token;
 * GET /user, tried next, refuses installation tokens. Undefined when neither answers.
 */
async function tokenLogin(client) {
    try {
        const r = await client.graphql('query { viewer { login } }');
        if (typeof r.viewer?.login === 'string' && r.viewer.login)
            return r.viewer.login;
    }
    catch {
        /* try REST */
    }
    try {
        const r = await client.rest.users.getAuthenticated();
        return r.data.login || undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 69853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ newestKept),
/* harmony export */   uR: () => (/* binding */ failureSummaryMarkdown),
/* harmony export */   zM: () => (/* binding */ NEXT_STEP)
/* harmony export */ });
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37827);
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26518);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22287);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54285);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20649);





/** What to do about each kind of failure (classifyFailure). Written for Actions; the CLI speaks it as flags. */
const NEXT_STEP = {
    input: 'Fix the input named above (the error says what it accepts) and run the workflow again.',
    collision: 'Run the step again: it gets a new backup id. Give the backup and prune steps of a site one `concurrency` group so two runs never write at once.',
    timeout: 'Raise `timeout` if the site needs longer, or check that the platform answers; the log shows how far the component got.',
    command: "Open the log at the error: it has the command's own output. Run the command by hand with the same environment to reproduce it.",
    content: 'The log lists the suspect files: fix the export, or raise `accept-suspect-files` when they are expected.',
    integrity: 'Restore or verify another backup (`backup: <id>`; `site-backup list` shows them), and check the store for damage.',
    store: "Check the store's credentials and permissions (for `artifact`, the job needs `permissions: actions: write`), then run again.",
    other: 'Open the log at the error annotation. If the cause was passing (a network error, a platform outage), run the job again.',
};
const TITLE = {
    backup: 'Backup failed',
    restore: 'Restore failed',
    verify: 'Verify failed',
    prune: 'Prune failed',
};
function failureSummaryMarkdown(s) {
    const c = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyFailure */ .XE)(s.error);
    const what = s.error instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x
        ? `input \`${s.error.input}\``
        : s.error instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ComponentError */ .O
            ? `the \`${s.error.component}\` component`
            : `the ${s.action}`;
    const step = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .stepName */ .u)(s.env);
    const target = s.site ? ` ${s.site}/${s.environment ?? ''}` : '';
    // An input's error is ours and says how to fix it; any other error can quote a command's or a
    // server's output, which stays in the (masked) log: the summary has the classification only.
    const message = s.error instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x ? (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(s.error.message).split('\n')[0].slice(0, 500) : undefined;
    return [
        `## ❌ ${TITLE[s.action]}:${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .cell */ .Hn)(target)}`,
        '',
        `**What failed**: ${what}${step ? ` in step ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(step)}` : ''}.`,
        '',
        `**Why**: ${c.text}.`,
        '',
        // Our own sentence, with its code spans: kept on one line only.
        ...(message ? ['> ' + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .markupCell */ .tM)(message), ''] : []),
        `**What was kept**: ${s.kept}`,
        '',
        `**Next step**: ${NEXT_STEP[c.kind]}`,
        '',
    ].join('\n');
}
/** "The newest complete backup is …": what a failed backup or prune leaves to restore from. */
async function newestKept(store, site, environment, now = new Date()) {
    if (!store)
        return 'The store was not opened, so nothing in it was changed.';
    try {
        const newest = (await store.list(site, environment)).find((b) => b.complete);
        if (!newest)
            return `No complete backup of ${site}/${environment} is in the store yet.`;
        return `The newest complete backup, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .code */ .aY)(newest.id)} (${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(Math.max(0, now.getTime() - newest.parsed.time.getTime()))} old), is in the store at ${store.location(newest)}.`;
    }
    catch {
        return 'The store could not be listed, so what it holds is unknown; nothing in it was deleted by this step.';
    }
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tM: () => (/* binding */ markupCell),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
// The one Markdown helper for job summaries, issue bodies, summary.md and generated docs. A value
// from outside (a name listed from a store, an error, a file or table name) goes through cell():
// it can then neither break the table nor become a link, an image, emphasis or HTML on GitHub.
// Markup we wrote ourselves (code spans, emphasis, the inputs' own descriptions) goes through
// markupCell(), which only keeps it on one row of one cell.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const HTML_ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '|': '&#124;' };
/**
 * Plain text safe in one table cell or one line: HTML's `& < >` as entities; Markdown's
 * backslash, backtick and `* _ ~ [ ]` backslash-escaped (no link or image opens without a `[`,
 * no code span or emphasis starts); `|` as an entity, so the table keeps its columns; `://` and
 * `www.` broken up, so GitHub makes no bare link either; new lines and other control characters
 * folded to a space, so a name cannot start a line of its own.
 */
function cell(s) {
    return (s
        .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
        .replace(CONTROL_RE, ' ')
        .replace(/[&<>|]/g, (c) => HTML_ENTITY[c])
        .replace(/[\\`*~[\]]/g, '\\$&')
        // `_` inside a word (table_name) never emphasises: only one at a word's edge is escaped.
        .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
        .replace(/:\/\//g, '\\://')
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`));
}
/** Markdown we made, kept in one table cell: `|` escaped, new lines (and the spaces around them) folded to one space. */
function markupCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ');
}
/**
 * A GitHub table: a header, a separator (`---:` for right-aligned columns) and the rows. Cells
 * are Markdown the caller made: text from outside must go through cell() first, code through
 * code(); here each is only kept in its cell.
 */
function table(header, rows, align = []) {
    const line = (cells) => `| ${cells.map(markupCell).join(' | ')} |`;
    return [line(header), `|${header.map((_, i) => (align[i] === 'right' ? '---:' : '---')).join('|')}|`, ...rows.map(line)];
}
/** A code span that survives backticks in its text (CommonMark: a longer fence, padded). */
function code(s) {
    const one = s.replace(/[\r\n]+/g, ' ');
    const longest = Math.max(0, ...[...one.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return longest ? `${fence} ${one} ${fence}` : `${fence}${one}${fence}`;
}


/***/ }),

/***/ 16934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ writeStatus),
/* harmony export */   rk: () => (/* binding */ readStatus)
/* harmony export */ });
/* unused harmony export statusPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20649);



function statusPath(runnerTemp, site, environment) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, `site-backup-status--${site}--${environment}.json`);
}
async function writeStatus(runnerTemp, status) {
    if (!runnerTemp)
        return;
    const clean = { ...status };
    if (clean.error)
        clean.error = (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(clean.error).slice(0, 2000);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(statusPath(runnerTemp, status.site, status.environment), JSON.stringify(clean, null, 2) + '\n');
}
async function readStatus(runnerTemp, site, environment) {
    if (!runnerTemp)
        return undefined;
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(statusPath(runnerTemp, site, environment), 'utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ })

};
