import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  PruneError,
  runPrune
} from "./chunk-UVAOLR3D.js";
import {
  readStatus
} from "./chunk-3DDH7VCA.js";
import {
  failureSummaryMarkdown,
  startNotifier
} from "./chunk-WJS3LIDB.js";
import {
  maskSecretInputs
} from "./chunk-6ZEH7XGM.js";
import {
  cell,
  code,
  table
} from "./chunk-TIVNZVPQ.js";
import {
  formatOf,
  openPlace
} from "./chunk-CJ5YKCK7.js";
import {
  parseBool,
  parseDurationInput,
  parseEnvironment,
  parseSite,
  parseStore
} from "./chunk-IDNKWZAP.js";
import "./chunk-VGFCETJD.js";
import {
  newestComplete
} from "./chunk-GZMYM6CX.js";
import {
  formatBytes
} from "./chunk-OTFXQX3Q.js";
import {
  classifyPruneFailure
} from "./chunk-UBH3SLY2.js";
import {
  inputOrDefault
} from "./chunk-R65ZRAFA.js";
import "./chunk-GDMYLTKY.js";
import {
  parsePolicy,
  parseTimeZone
} from "./chunk-4PEM3UII.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  githubClient,
  repoFromEnv,
  requestMessage,
  requestStatus,
  tokenLogin
} from "./chunk-O6ZIP6H5.js";
import "./chunk-AGJ5KK22.js";
import "./chunk-HJ2OZ5QV.js";
import {
  sourceFromEnv
} from "./chunk-A5275KUL.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/config/prune.ts
var BACKUP_OUTCOMES = ["success", "failure", "cancelled", "skipped"];
function parsePruneConfig(src, cwd = process.cwd()) {
  const cfg = {
    site: parseSite(src),
    environment: parseEnvironment(src),
    store: parseStore(src, cwd),
    storeText: inputOrDefault(src, "store"),
    scheduled: parsePolicy(inputOrDefault(src, "retention"), "retention"),
    onDemand: parsePolicy(inputOrDefault(src, "retention-on-demand"), "retention-on-demand"),
    timeZone: parseTimeZone(inputOrDefault(src, "retention-timezone")),
    dryRun: parseBool(src, "dry-run"),
    issueLabels: parseLabels(inputOrDefault(src, "issue-labels") ?? "")
  };
  if (cfg.store.kind === "s3" && cfg.store.objectLock) cfg.lock = cfg.store.objectLock;
  const maxAge = parseDurationInput(src, "max-age");
  if (maxAge !== void 0) cfg.maxAgeMs = maxAge;
  const outcome = src.get("backup-outcome")?.toLowerCase();
  if (outcome !== void 0) {
    if (!BACKUP_OUTCOMES.includes(outcome)) {
      throw new ConfigError(
        "backup-outcome",
        `"${outcome}" is not a step outcome`,
        "Pass `${{ steps.<backup step id>.outcome }}`: `success`, `failure`, `cancelled` or `skipped`."
      );
    }
    cfg.backupOutcome = outcome;
  }
  return cfg;
}
function parseLabels(text) {
  const labels = [
    ...new Set(
      text.split(/[\n,]+/).map((l) => l.trim()).filter(Boolean)
    )
  ];
  if (labels.length === 0)
    throw new ConfigError(
      "issue-labels",
      "is empty",
      "Give at least one label, such as `backup-failure`: the failure issue is found again by its label and title."
    );
  return labels;
}

// src/summaries/failure-issue.ts
var IssueAccessError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "IssueAccessError";
  }
};
function issueTitle(site, environment) {
  return `Backup failing: ${site}/${environment}`;
}
function explainIssueError(e, doing) {
  const status = requestStatus(e);
  const said = redact(requestMessage(e));
  if (status === 401) {
    return new IssueAccessError(
      `Could not ${doing}: the github-token was rejected (HTTP 401: ${said}). Pass a valid token in \`github-token\` (the default \`\${{ github.token }}\` works).`
    );
  }
  if (status === 403 || status === 404) {
    return new IssueAccessError(
      `Could not ${doing}: the github-token lacks \`issues: write\` (HTTP ${status}: ${said}). Add \`permissions:\` with \`issues: write\` to the job (keep \`contents: read\`), or pass a token that may write issues in this repository.`
    );
  }
  if (status === 410) {
    return new IssueAccessError(
      `Could not ${doing}: issues are disabled in this repository (HTTP 410). Enable them in the repository settings, or the failure issue cannot be kept.`
    );
  }
  return new Error(`Could not ${doing}: ${status ? `HTTP ${status}: ` : ""}${said}`);
}
async function call(doing, fn) {
  try {
    return await fn();
  } catch (e) {
    throw explainIssueError(e, doing);
  }
}
var toOpen = (i) => ({
  number: i.number,
  title: i.title,
  html_url: i.html_url,
  created_at: i.created_at,
  labels: i.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean)
});
async function findOpenIssues(t) {
  const title = issueTitle(t.site, t.environment);
  const match = (i) => !i.pull_request && i.title === title;
  const labelled = await call(
    "list the open failure issues",
    () => t.client.paginate(t.client.rest.issues.listForRepo, {
      owner: t.owner,
      repo: t.repo,
      state: "open",
      labels: t.labels.join(","),
      per_page: 100
    })
  );
  let found = labelled.filter(match);
  if (found.length === 0) {
    const recent = [];
    let pages = 0;
    await call("list the open issues", async () => {
      for await (const page of t.client.paginate.iterator(t.client.rest.issues.listForRepo, {
        owner: t.owner,
        repo: t.repo,
        state: "open",
        sort: "created",
        direction: "desc",
        per_page: 100
      })) {
        recent.push(...page.data);
        if (++pages >= 3) break;
      }
    });
    const titled = recent.filter(match);
    const me = titled.length > 0 ? await tokenLogin(t.client) : void 0;
    found = me ? titled.filter((i) => i.user?.login === me) : [];
  }
  return found.map(toOpen).sort((a, b) => a.number - b.number);
}
var utc = (d) => d.toISOString().replace("T", " ").replace(/\.\d{3}Z$/, " UTC");
function failureLines(r) {
  const out = [];
  for (const f of r.failures) {
    out.push(`- ${f.what}`);
    if (f.detail) {
      const excerpt = f.detail.length > 1500 ? `${f.detail.slice(0, 1500)}\u2026` : f.detail;
      out.push(
        "",
        "  ```",
        ...excerpt.replace(/```/g, "'''").split("\n").map((l) => `  ${l}`),
        "  ```"
      );
    }
  }
  return out;
}
function newestLine(r) {
  if (r.newestUnknown) return "**Newest good backup:** unknown: prune could not list the backups.";
  if (!r.newestGood) return "**Newest good backup:** none found. There is no complete backup to restore.";
  const age = formatDuration(Math.max(0, r.now.getTime() - r.newestGood.time.getTime()));
  return `**Newest good backup:** \`${r.newestGood.id}\` from ${utc(r.newestGood.time)}, **${age} old**, at \`${r.newestGood.location}\`.`;
}
function whenLine(r) {
  return `**When:** ${utc(r.when)}${r.runUrl ? ` in [this run](${r.runUrl})` : ""}.`;
}
function failureIssueBody(site, environment, r) {
  const id = r.newestGood?.id ?? "latest";
  const lines = [
    `Backups of **${site}/${environment}** are failing.`,
    "",
    "**What failed:**",
    ...failureLines(r),
    "",
    whenLine(r),
    "",
    newestLine(r),
    "",
    "**How to restore** the newest good backup, from a workflow:",
    "",
    "```yaml",
    "- uses: site-backup-action/site-backup-action/restore@v1",
    "  with:",
    `    site: ${site}`,
    `    environment: ${environment}`,
    `    store: ${r.store}`,
    // The password line itself would look like a leaked secret to redact(): say it in words.
    ...r.restic ? ["    format: restic  # and restic-password, from the secret that holds the repository password"] : [],
    `    backup: ${id}`,
    "```",
    "",
    "or from a terminal:",
    "",
    "```sh",
    `site-backup restore --site ${site} --environment ${environment} --store '${r.store}'${r.restic ? " --format restic" : ""} --backup ${id}`,
    "```",
    "",
    "Each further failure adds a comment here; the next successful backup closes this issue."
  ];
  return redact(lines.join("\n"));
}
function failureCommentBody(r) {
  return redact(["**Failed again.**", "", ...failureLines(r), "", whenLine(r), "", newestLine(r)].join("\n"));
}
function recoveredCommentBody(r) {
  return redact(`**Recovered:** backup \`${r.backupId}\` completed${r.runUrl ? ` in [this run](${r.runUrl})` : ""}. Closing.`);
}
async function reportFailure(t, r) {
  const open = await findOpenIssues(t);
  if (open.length === 0) {
    const created = await call(
      "create the failure issue",
      () => t.client.rest.issues.create({
        owner: t.owner,
        repo: t.repo,
        title: issueTitle(t.site, t.environment),
        body: failureIssueBody(t.site, t.environment, r),
        labels: t.labels
      })
    );
    return { action: "created", number: created.data.number, url: created.data.html_url };
  }
  const [issue, ...duplicates] = open;
  await call(
    `comment on failure issue #${issue.number}`,
    () => t.client.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: issue.number, body: failureCommentBody(r) })
  );
  const missing = t.labels.filter((l) => !issue.labels.includes(l));
  if (missing.length > 0) {
    await call(
      `label failure issue #${issue.number}`,
      () => t.client.rest.issues.addLabels({ owner: t.owner, repo: t.repo, issue_number: issue.number, labels: missing })
    );
  }
  await closeDuplicates(t, issue, duplicates);
  return { action: "commented", number: issue.number, url: issue.html_url };
}
async function closeDuplicates(t, keep, duplicates) {
  for (const d of duplicates) {
    await call(`close duplicate issue #${d.number}`, async () => {
      await t.client.rest.issues.createComment({
        owner: t.owner,
        repo: t.repo,
        issue_number: d.number,
        body: `Duplicate of #${keep.number}.`
      });
      await t.client.rest.issues.update({
        owner: t.owner,
        repo: t.repo,
        issue_number: d.number,
        state: "closed",
        state_reason: "not_planned"
      });
    });
  }
}
async function reportRecovery(t, r) {
  const open = (await findOpenIssues(t)).filter((i) => !r.backupTime || new Date(i.created_at).getTime() < r.backupTime.getTime());
  if (open.length === 0) return { action: "none" };
  for (const issue of open) {
    await call(`close failure issue #${issue.number}`, async () => {
      await t.client.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: issue.number, body: recoveredCommentBody(r) });
      await t.client.rest.issues.update({
        owner: t.owner,
        repo: t.repo,
        issue_number: issue.number,
        state: "closed",
        state_reason: "completed"
      });
    });
  }
  return { action: "closed", number: open[0].number, url: open[0].html_url };
}
function backupFailure(outcome, status) {
  const failed = outcome === "failure" || outcome === "cancelled" || outcome === void 0 && status?.outcome === "failure";
  if (!failed) return void 0;
  let what = outcome === "cancelled" ? "The backup step was cancelled (timed out or stopped)" : "The backup failed";
  if (status?.outcome === "failure" && status.component) what += ` in component \`${status.component}\``;
  const item = { what: `${what}.` };
  if (status?.outcome === "failure" && status.error) item.detail = status.error;
  return item;
}
async function updateFailureIssue(c) {
  const io = { log: c.log, env: c.env };
  const status = await readStatus(io.env.RUNNER_TEMP, c.site, c.environment);
  const outcome = c.cfg?.backupOutcome;
  const failures = [];
  const bf = backupFailure(outcome, status);
  if (bf) failures.push(bf);
  if (c.failure) {
    const refused = c.failure instanceof PruneError && c.failure.refused;
    const said = classifyPruneFailure(c.failure).text;
    failures.push(
      refused ? { what: "Prune refused to delete anything: no backup is fresher than `max-age`.", detail: redact(said) } : { what: redact(`Prune failed: ${said}. The run log has the details.`) }
    );
  }
  let recovery;
  const newest = c.result ? newestComplete(c.result.plan.rows.map((r) => r.backup)) : void 0;
  if (failures.length === 0 && c.result) {
    const backupOk = outcome === "success" || outcome === void 0 && status !== void 0 && status.outcome !== "failure";
    if (backupOk) {
      const id = status?.backupId ?? newest?.id;
      if (id) recovery = { backupId: id };
    } else if (outcome === void 0 && status === void 0 && c.cfg?.maxAgeMs !== void 0 && newest) {
      recovery = { backupId: newest.id, backupTime: newest.parsed.time };
    }
  }
  if (failures.length === 0 && !recovery) return void 0;
  const repo = repoFromEnv(io.env);
  if (!c.token || !repo) {
    if (failures.length > 0)
      io.log.warn(`The failure issue was not updated: ${!repo ? "GITHUB_REPOSITORY is not set" : "there is no github-token"}.`);
    return void 0;
  }
  if (c.cfg?.dryRun) {
    io.log.info(
      failures.length > 0 ? `Dry run: the failure issue is left alone (it would report: ${failures.map((f) => f.what).join(" ")})` : `Dry run: an open failure issue would be closed as recovered by ${recovery.backupId}.`
    );
    return void 0;
  }
  const target = {
    client: githubClient(c.token, io.env),
    owner: repo.owner,
    repo: repo.repo,
    site: c.site,
    environment: c.environment,
    labels: c.cfg?.issueLabels ?? parseLabels(c.labelsText || "backup-failure")
  };
  const runUrl = status?.runUrl ?? sourceFromEnv(io.env).runUrl;
  if (failures.length > 0) {
    const when = status?.outcome === "failure" && status.finishedAt && !Number.isNaN(Date.parse(status.finishedAt)) ? new Date(status.finishedAt) : c.now;
    const report = {
      failures,
      when,
      store: c.cfg?.storeText ?? c.storeText,
      ...c.cfg && formatOf(c.cfg.store) === "restic" ? { restic: true } : {},
      now: c.now,
      ...runUrl ? { runUrl } : {},
      ...c.result ? {} : { newestUnknown: true },
      ...newest && c.place ? { newestGood: { id: newest.id, time: newest.parsed.time, location: c.place.location(newest) } } : {}
    };
    const done2 = await reportFailure(target, report);
    if (done2.action !== "none") io.log.info(`Failure issue #${done2.number} ${done2.action}: ${done2.url}`);
    return done2;
  }
  const done = await reportRecovery(target, { ...recovery, ...runUrl ? { runUrl } : {} });
  if (done.action === "closed") io.log.info(`Failure issue #${done.number} closed: backups recovered (${recovery.backupId}).`);
  return done;
}

// src/summaries/prune.ts
var utc2 = (d) => d.toISOString().replace("T", " ").replace(/\.\d{3}Z$/, "Z");
function outcomeText(r) {
  switch (r.outcome) {
    case "kept":
      return "kept";
    case "removed":
      return "removed";
    case "would remove":
      return "would remove";
    case "refused":
      return "kept (prune refused)";
    case "failed":
      return `NOT removed: ${r.error ?? "failed"}`;
    case "unchanged":
      return "not removed";
  }
}
function planLines(result) {
  const rows = result.plan.rows;
  const w = Math.max(0, ...rows.map((r) => r.backup.id.length));
  const ow = Math.max(0, ...rows.map((r) => outcomeText(r).length));
  return rows.map(
    (r) => `${outcomeText(r).toUpperCase().padEnd(ow)}  ${r.backup.id.padEnd(w)}  ${utc2(r.backup.parsed.time)}  ${r.reasons.join(", ")}`
  );
}
var isKept = (r) => r.outcome !== "removed" && r.outcome !== "would remove";
function ruleOf(reason) {
  const r = reason.replace(/^oldest /, "");
  if (r.startsWith("within ")) return r.replace(/[:#;]/g, " ");
  if (r.startsWith("newest complete")) return "newest complete";
  if (r.startsWith("incomplete")) return "incomplete";
  if (r.startsWith("policy is empty")) return "empty policy (keeps all)";
  return r.split(" ")[0].replace(/[:#;]/g, " ");
}
var TIMELINE_MAX = 150;
function keptTimelineMermaid(site, environment, rows, max = TIMELINE_MAX) {
  const kept = rows.filter(isKept).slice(0, max);
  if (kept.length === 0) return void 0;
  const byRule = /* @__PURE__ */ new Map();
  for (const r of kept) {
    for (const rule of new Set((r.reasons.length ? r.reasons : ["kept"]).map(ruleOf))) {
      const list = byRule.get(rule) ?? [];
      list.push(r);
      byRule.set(rule, list);
    }
  }
  const at = (d) => d.toISOString().slice(0, 16).replace("T", " ");
  const lines = [
    "```mermaid",
    "gantt",
    `    title Kept backups of ${site}/${environment} by rule (UTC)`,
    "    dateFormat YYYY-MM-DD HH:mm",
    "    axisFormat %Y-%m-%d"
  ];
  for (const [rule, list] of byRule) {
    lines.push(`    section ${rule}`);
    for (const r of [...list].reverse()) lines.push(`    ${r.backup.id.split("-")[0]} : milestone, ${at(r.backup.parsed.time)}, 0d`);
  }
  lines.push("```");
  return lines.join("\n");
}
var SUMMARY_ROWS = 1e3;
function pruneSummaryMarkdown(cfg, result, error, env = {}) {
  const title = `## Prune ${cfg.site}/${cfg.environment}${result?.dryRun ? " (dry run: nothing deleted)" : ""}`;
  const lines = [];
  if (error) {
    const kept = result ? `${result.kept} ${result.kept === 1 ? "backup is" : "backups are"} kept${result.removed ? ` (${result.removed} removed before it stopped)` : ""}; nothing else was deleted. The plan below says why each one is kept.` : "Nothing was deleted: prune stopped before it planned anything.";
    lines.push(failureSummaryMarkdown({ action: "prune", site: cfg.site, environment: cfg.environment, error, env, kept }));
  }
  lines.push(title, "");
  lines.push(`Scheduled backups: \`${cfg.scheduled.text}\` \xB7 on-demand: \`${cfg.onDemand.text}\` \xB7 periods in ${cfg.timeZone}`, "");
  if (!result) return lines.join("\n");
  const verb = result.dryRun ? "would be removed" : "removed";
  lines.push(`${result.kept} kept, ${result.removed} ${verb}.`, "");
  if (result.bytesHeldByLock !== void 0) lines.push(lockLine(result), "");
  if (result.plan.rows.length === 0) {
    lines.push("No backups found.", "");
    return lines.join("\n");
  }
  const timeline = keptTimelineMermaid(cfg.site, cfg.environment, result.plan.rows);
  if (timeline) {
    const kept = result.plan.rows.filter(isKept).length;
    lines.push(timeline, "");
    if (kept > TIMELINE_MAX) lines.push(`The timeline shows the newest ${TIMELINE_MAX} of ${kept} kept backups.`, "");
  }
  const locked = result.plan.rows.some((r) => r.lock);
  const rows = result.plan.rows.slice(0, SUMMARY_ROWS).map((r) => [
    code(r.backup.id),
    utc2(r.backup.parsed.time),
    `${r.backup.parsed.trigger}${r.class === "incomplete" ? " (incomplete)" : ""}`,
    // A failed deletion quotes the store's answer: text, never markup.
    cell(outcomeText(r)),
    cell(r.reasons.join(", ")),
    ...locked ? [lockCell(r)] : []
  ]);
  lines.push(...table(["id", "time (UTC)", "trigger", "kept/removed", "reason", ...locked ? ["Object Lock"] : []], rows));
  if (result.plan.rows.length > SUMMARY_ROWS)
    lines.push("", `\u2026 and ${result.plan.rows.length - SUMMARY_ROWS} more (the log has the whole plan).`);
  lines.push("");
  return lines.join("\n");
}
function lockLine(result) {
  const n = result.locksExtended ?? 0;
  const extended = `${n} ${n === 1 ? "backup's lock" : "backups' locks"} ${result.dryRun ? "would be " : ""}extended to match the policy`;
  return `Object Lock: ${extended}; ${formatBytes(result.bytesHeldByLock ?? 0)} held under lock past the policy (removed backups whose locked versions stay until their dates; a lifecycle rule frees them after, see docs/immutable.md).`;
}
function lockCell(r) {
  const l = r.lock;
  if (!l) return "";
  if (!l.until) return l.mode ? `${l.mode}, no date` : "**not locked**";
  const mode = (l.mode ?? "").toLowerCase();
  if (l.wouldExtendTo) return `${mode} until ${utc2(l.until)}; would extend to ${utc2(l.wouldExtendTo)}`;
  return `${mode} until ${utc2(l.until)}${l.extendedFrom ? ` (extended from ${utc2(l.extendedFrom)})` : ""}`;
}

// src/commands/prune.ts
async function prune(io, deps, now) {
  const out = {};
  try {
    out.notifier = await startNotifier(io, "prune", deps.notify);
    const cfg = out.cfg = parsePruneConfig(io.inputs, io.cwd);
    const place = out.place = deps.place ?? await openPlace(cfg.store, io.log, io.env);
    io.log.info(
      `Pruning ${cfg.site}/${cfg.environment} in ${cfg.storeText}: scheduled ${cfg.scheduled.text}; on-demand ${cfg.onDemand.text}; periods in ${cfg.timeZone}${cfg.dryRun ? "; dry run" : ""}.`
    );
    out.result = await runPrune(cfg, {
      place,
      log: io.log,
      dryRun: cfg.dryRun,
      now,
      ...deps.retryDelayMs !== void 0 ? { retryDelayMs: deps.retryDelayMs } : {}
    });
  } catch (e) {
    out.failure = e;
    if (e instanceof PruneError && e.result) out.result = e.result;
  }
  return out;
}
async function pruneCommand(io, deps = {}) {
  maskSecretInputs(io.inputs, io.log);
  const token = io.inputs.get("github-token") ?? io.env.GITHUB_TOKEN;
  io.log.setSecret(token);
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const started = Date.now();
  const site = parseSite(io.inputs);
  const environment = parseEnvironment(io.inputs);
  const { cfg, place, result, failure, notifier } = await prune(io, deps, now);
  if (result) {
    const write = deps.write ?? ((l) => io.log.info(l));
    for (const line of planLines(result)) write(line);
    io.log.info(`${result.kept} kept, ${result.removed} ${result.dryRun ? "would be removed (dry run)" : "removed"}.`);
    io.setOutput("kept", String(result.kept));
    io.setOutput("removed", String(result.removed));
  }
  if (cfg) await io.summary(pruneSummaryMarkdown(cfg, result, failure, io.env));
  let issueError;
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
      labelsText: inputOrDefault(io.inputs, "issue-labels") ?? "",
      storeText: inputOrDefault(io.inputs, "store") ?? ""
    });
    if (issue && issue.action !== "none") io.setOutput("issue-url", issue.url);
    if (result && issue) result.issue = issue;
  } catch (e) {
    issueError = e;
  }
  if (failure ?? issueError) await notifier?.failure(failure ?? issueError, io.env);
  else if (result)
    await notifier?.pruned({ kept: result.kept, removed: result.removed, dryRun: result.dryRun, elapsedMs: Date.now() - started });
  if (failure) {
    if (issueError) io.log.error(redact(issueError.message), "failure issue");
    throw failure;
  }
  if (issueError) throw issueError;
  return result;
}
export {
  pruneCommand
};
