import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  cell,
  code,
  markupCell
} from "./chunk-TIVNZVPQ.js";
import {
  parseEnvironment,
  parseSite
} from "./chunk-IDNKWZAP.js";
import {
  formatBytes
} from "./chunk-OTFXQX3Q.js";
import {
  classifyFailure,
  failureStatusFields,
  stepName
} from "./chunk-UBH3SLY2.js";
import {
  inputOrDefault
} from "./chunk-R65ZRAFA.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  sourceFromEnv
} from "./chunk-A5275KUL.js";
import {
  ComponentError,
  ConfigError
} from "./chunk-Y4QAI7FI.js";

// src/summaries/failure-summary.ts
var NEXT_STEP = {
  input: "Fix the input named above (the error says what it accepts) and run the workflow again.",
  collision: "Run the step again: it gets a new backup id. Give the backup and prune steps of a site one `concurrency` group so two runs never write at once.",
  timeout: "Raise `timeout` if the site needs longer, or check that the platform answers; the log shows how far the component got.",
  command: "Open the log at the error: it has the command's own output. Run the command by hand with the same environment to reproduce it.",
  content: "The log lists the suspect files: fix the export, or raise `accept-suspect-files` when they are expected.",
  integrity: "Restore or verify another backup (`backup: <id>`; `site-backup list` shows them), and check the store for damage.",
  store: "Check the store's credentials and permissions (for `artifact`, the job needs `permissions: actions: write`), then run again.",
  other: "Open the log at the error annotation. If the cause was passing (a network error, a platform outage), run the job again."
};
var TITLE = {
  backup: "Backup failed",
  restore: "Restore failed",
  verify: "Verify failed",
  prune: "Prune failed"
};
function failureSummaryMarkdown(s) {
  const c = classifyFailure(s.error);
  const what = s.error instanceof ConfigError ? `input \`${s.error.input}\`` : s.error instanceof ComponentError ? `the \`${s.error.component}\` component` : `the ${s.action}`;
  const step = stepName(s.env);
  const target = s.site ? ` ${s.site}/${s.environment ?? ""}` : "";
  const message = s.error instanceof ConfigError ? redact(s.error.message).split("\n")[0].slice(0, 500) : void 0;
  return [
    `## \u274C ${TITLE[s.action]}:${cell(target)}`,
    "",
    `**What failed**: ${what}${step ? ` in step ${code(step)}` : ""}.`,
    "",
    `**Why**: ${c.text}.`,
    "",
    // Our own sentence, with its code spans: kept on one line only.
    ...message ? ["> " + markupCell(message), ""] : [],
    `**What was kept**: ${s.kept}`,
    "",
    `**Next step**: ${NEXT_STEP[c.kind]}`,
    ""
  ].join("\n");
}
function newestKeptText(k, site, environment, now = /* @__PURE__ */ new Date()) {
  if (k.kind === "unopened") return "The store was not opened, so nothing in it was changed.";
  if (k.kind === "unlisted") return "The store could not be listed, so what it holds is unknown; nothing in it was deleted by this step.";
  if (!k.newest) return `No complete backup of ${site}/${environment} is in the store yet.`;
  const age = formatDuration(Math.max(0, now.getTime() - k.newest.time.getTime()));
  return `The newest complete backup, ${code(k.newest.id)} (${age} old), is in the store at ${k.newest.location}.`;
}

// src/config/notify.ts
var WEBHOOK_ON = ["failure", "always"];
var KUMA_PATH_RE = /\/api\/push\/[^/]+\/?$/;
function expandPlaceholders(raw, site, environment) {
  return raw.replace(/\{site\}/g, site).replace(/\{environment\}/g, environment);
}
function parseHttpUrl(input, raw, example) {
  const hint = `Give the full URL from the monitor or chat service, such as \`${example}\`, from a repository secret.`;
  if (/[\s\0]/.test(raw)) throw new ConfigError(input, "holds a space, line break or NUL", hint);
  const left = /\{[^}]*\}/.exec(raw);
  if (left)
    throw new ConfigError(
      input,
      `holds the placeholder \`${left[0].slice(0, 20)}\`; only \`{site}\` and \`{environment}\` are replaced`,
      hint
    );
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(input, "is not a URL", hint);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new ConfigError(input, `is a ${url.protocol.replace(/:$/, "")} URL, not http(s)`, hint);
  return url;
}
function parseNotifyConfig(src, site, environment) {
  const cfg = {};
  const ping = src.get("ping-url");
  if (ping) {
    const url = parseHttpUrl("ping-url", expandPlaceholders(ping, site, environment), "https://hc-ping.com/<uuid>");
    cfg.ping = { url, style: KUMA_PATH_RE.test(url.pathname) ? "uptime-kuma" : "healthchecks" };
  }
  const on = inputOrDefault(src, "webhook-on");
  if (!WEBHOOK_ON.includes(on))
    throw new ConfigError("webhook-on", `"${on.slice(0, 40)}" is not a choice`, `Use ${WEBHOOK_ON.map((w) => `\`${w}\``).join(" or ")}.`);
  const hook = src.get("webhook-url");
  if (hook) cfg.webhook = { url: parseHttpUrl("webhook-url", hook, "https://hooks.slack.com/services/\u2026"), on };
  return cfg;
}

// src/notify/notifier.ts
import { randomUUID } from "node:crypto";

// src/notify/messages.ts
var MAX_BODY_BYTES = 10 * 1024;
var MAX_KUMA_MSG = 200;
function capBytes(text, max = MAX_BODY_BYTES) {
  if (Buffer.byteLength(text) <= max) return text;
  const marker = `
\u2026 (cut to ${Math.floor(max / 1024)} kB)`;
  let out = Buffer.from(text).subarray(0, max - Buffer.byteLength(marker)).toString("utf8");
  out = out.replace(/\uFFFD$/, "");
  return out + marker;
}
var clean = (text, max = MAX_BODY_BYTES) => capBytes(redact(text), max);
function successEvent(t, r) {
  const what = r.skipped ? `skipped: backup ${r.id} is younger than max-age` : `backup ${r.id} stored (${r.components.join(", ") || "no components"}; ${formatBytes(r.bytes)}) in ${formatDuration(r.elapsedMs)}`;
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: r.skipped ? "skipped" : "success" },
    { name: "Backup", value: r.id },
    ...r.skipped ? [] : [{ name: "Size", value: formatBytes(r.bytes) }],
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  return { kind: "success", text: clean(`${t.site}/${t.environment}: ${what}`).split("\n")[0], facts: cleanFacts(facts) };
}
function verifiedEvent(t, r) {
  const n = r.ids.length;
  const drill = r.drillRows === void 0 ? "" : `; the restore drill loaded ${r.drillRows} rows`;
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: "verified" },
    ...n ? [{ name: "Newest", value: r.ids[0] }] : [],
    ...r.drillRows === void 0 ? [] : [{ name: "Drill rows", value: String(r.drillRows) }],
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  const text = `${t.site}/${t.environment}: verified ${n} ${n === 1 ? "backup" : "backups"} (newest ${r.ids[0] ?? "none"})${drill} in ${formatDuration(r.elapsedMs)}`;
  return { kind: "success", text: clean(text).split("\n")[0], facts: cleanFacts(facts) };
}
function prunedEvent(t, r) {
  const removed = r.dryRun ? `${r.removed} would be removed (dry run)` : `${r.removed} removed`;
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: "pruned" },
    { name: "Kept", value: String(r.kept) },
    { name: r.dryRun ? "Would remove" : "Removed", value: String(r.removed) },
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  const text = `${t.site}/${t.environment}: pruned: ${r.kept} kept, ${removed} in ${formatDuration(r.elapsedMs)}`;
  return { kind: "success", text: clean(text).split("\n")[0], facts: cleanFacts(facts) };
}
function failureEvent(t, error, env) {
  const f = failureStatusFields(error, env);
  const lines = [
    `${t.site}/${t.environment}: ${t.action} failed.`,
    f.error,
    `Next step: ${NEXT_STEP[f.kind]}`,
    ...t.runUrl ? [`Run: ${t.runUrl}`] : []
  ];
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: "failure" },
    { name: "Kind", value: f.kind },
    ...f.step ? [{ name: "Step", value: f.step }] : [],
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  return { kind: "failure", text: clean(lines.join("\n")), facts: cleanFacts(facts) };
}
function cleanFacts(facts) {
  return facts.map((f) => ({ name: f.name, value: clean(f.value, 1024) }));
}
function pingRequest(ping, event, rid) {
  const url = new URL(ping.url);
  if (ping.style === "uptime-kuma") {
    if (event.kind === "start") return void 0;
    url.searchParams.set("status", event.kind === "success" ? "up" : "down");
    url.searchParams.set("msg", capChars(event.text.split("\n").slice(0, 2).join(" "), MAX_KUMA_MSG));
    return { method: "GET", url: url.href, body: "", contentType: "text/plain; charset=utf-8" };
  }
  const suffix = event.kind === "start" ? "/start" : event.kind === "failure" ? "/fail" : "";
  url.pathname = url.pathname.replace(/\/+$/, "") + suffix;
  url.searchParams.set("rid", rid);
  return { method: "POST", url: url.href, body: event.kind === "start" ? "" : event.text, contentType: "text/plain; charset=utf-8" };
}
function capChars(s, max) {
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max - 1).join("") + "\u2026";
}
var TITLES = {
  backup: { success: "\u2705 Backup succeeded", failure: "\u274C Backup failed" },
  verify: { success: "\u2705 Verify passed", failure: "\u274C Verify failed" },
  prune: { success: "\u2705 Prune succeeded", failure: "\u274C Prune failed" }
};
function webhookBody(t, event) {
  const title = `${TITLES[t.action][event.kind]}: ${t.site}/${t.environment}`;
  const text = capBytes(`${title}
${event.text}`);
  const color = event.kind === "failure" ? { slack: "danger", teams: "D13438" } : { slack: "good", teams: "2EB67D" };
  return JSON.stringify({
    text,
    attachments: [
      {
        color: color.slack,
        fallback: title,
        fields: event.facts.map((f) => ({ title: f.name, value: f.value, short: f.value.length <= 40 }))
      }
    ],
    "@type": "MessageCard",
    "@context": "https://schema.org/extensions",
    summary: title,
    title,
    themeColor: color.teams,
    sections: [{ facts: event.facts }]
  });
}

// src/notify/notifier.ts
var NOTIFY_BUDGET_MS = 1e4;
var httpSend = async (req, timeoutMs) => {
  try {
    const res = await fetch(req.url, {
      method: req.method,
      headers: { "content-type": req.contentType, "user-agent": "site-backup" },
      ...req.method === "POST" ? { body: req.body } : {},
      signal: AbortSignal.timeout(timeoutMs)
    });
    await res.body?.cancel().catch(() => void 0);
    return res.ok ? { ok: true } : { ok: false, reason: `answered HTTP ${res.status}` };
  } catch (e) {
    return { ok: false, reason: sendFailure(e, timeoutMs) };
  }
};
function sendFailure(e, timeoutMs) {
  const err = e;
  if (err.name === "TimeoutError" || err.cause?.name === "TimeoutError") return `gave no answer within ${(timeoutMs / 1e3).toFixed(1)} s`;
  const code2 = typeof err.cause?.code === "string" && /^[A-Z_]+$/.test(err.cause.code) ? ` (${err.cause.code})` : "";
  return `could not be reached${code2}`;
}
var Notifier = class {
  constructor(cfg, target, log, opts = {}) {
    this.cfg = cfg;
    this.target = target;
    this.log = log;
    this.rid = opts.rid ?? randomUUID();
    this.budgetMs = opts.budgetMs ?? NOTIFY_BUDGET_MS;
    this.send = opts.send ?? httpSend;
    this.now = opts.now ?? Date.now;
  }
  cfg;
  target;
  log;
  rid;
  spentMs = 0;
  budgetMs;
  send;
  now;
  /** The start ping, before anything is exported. */
  async start() {
    await this.safely(() => this.deliver(this.outgoing({ kind: "start" }), this.budgetMs / 2));
  }
  async success(info) {
    await this.safely(() => this.deliver(this.outgoing(successEvent(this.target, info)), Infinity));
  }
  async verified(info) {
    await this.safely(() => this.deliver(this.outgoing(verifiedEvent(this.target, info)), Infinity));
  }
  async pruned(info) {
    await this.safely(() => this.deliver(this.outgoing(prunedEvent(this.target, info)), Infinity));
  }
  async failure(error, env) {
    await this.safely(() => this.deliver(this.outgoing(failureEvent(this.target, error, env)), Infinity));
  }
  /** A notifier that throws would turn a good backup into a failed one: it warns instead. */
  async safely(fn) {
    try {
      await fn();
    } catch {
      this.log.warn(`A ping or webhook post could not be prepared; the monitor may alert. The ${this.target.action}'s outcome stands.`);
    }
  }
  outgoing(event) {
    const out = [];
    const ping = this.cfg.ping && pingRequest(this.cfg.ping, event, this.rid);
    if (ping) out.push({ what: `\`ping-url\` ${event.kind === "failure" ? "fail" : event.kind} ping`, req: ping });
    const hook = this.cfg.webhook;
    if (hook && event.kind !== "start" && (event.kind === "failure" || hook.on === "always")) {
      out.push({
        what: "`webhook-url` post",
        req: { method: "POST", url: hook.url.href, body: webhookBody(this.target, event), contentType: "application/json" }
      });
    }
    return out;
  }
  /** Sends them side by side, within what is left of the budget (and `limitMs`); failures are warnings. */
  async deliver(list, limitMs) {
    if (list.length === 0) return;
    const timeoutMs = Math.floor(Math.min(limitMs, this.budgetMs - this.spentMs));
    const started = this.now();
    try {
      if (timeoutMs <= 0) {
        for (const o of list)
          this.log.warn(
            `The ${o.what} was not sent: pings have used their ${this.budgetMs / 1e3} s for this run. The ${this.target.action}'s outcome stands.`
          );
        return;
      }
      const results = await Promise.all(
        list.map((o) => this.send(o.req, timeoutMs).catch(() => ({ ok: false, reason: "failed" })))
      );
      results.forEach((r, i) => {
        if (!r.ok)
          this.log.warn(
            `The ${list[i].what} to ${new URL(list[i].req.url).host} ${r.reason}; the monitor may alert. The ${this.target.action}'s outcome stands.`
          );
      });
    } finally {
      this.spentMs += Math.max(0, this.now() - started);
    }
  }
};

// src/commands/notify.ts
async function startNotifier(io, action, opts = {}) {
  if (!io.inputs.get("ping-url") && !io.inputs.get("webhook-url") && !io.inputs.get("webhook-on")) return void 0;
  const site = parseSite(io.inputs);
  const environment = parseEnvironment(io.inputs);
  const cfg = parseNotifyConfig(io.inputs, site, environment);
  if (!cfg.ping && !cfg.webhook) return void 0;
  if (cfg.ping) io.log.setSecret(cfg.ping.url.href);
  const runUrl = sourceFromEnv(io.env).runUrl;
  const notifier = new Notifier(cfg, { action, site, environment, ...runUrl ? { runUrl } : {} }, io.log, opts);
  await notifier.start();
  return notifier;
}

export {
  failureSummaryMarkdown,
  newestKeptText,
  startNotifier
};
