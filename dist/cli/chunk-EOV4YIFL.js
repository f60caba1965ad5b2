import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  cell,
  code,
  markupCell
} from "./chunk-TIVNZVPQ.js";
import {
  classifyFailure,
  stepName
} from "./chunk-UBH3SLY2.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
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

export {
  NEXT_STEP,
  failureSummaryMarkdown,
  newestKeptText
};
