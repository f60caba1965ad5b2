import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  ComponentError,
  ConfigError
} from "./chunk-Y4QAI7FI.js";

// src/report/errors.ts
function errorTitle(e, what = "site-backup") {
  if (e instanceof ConfigError) return `input ${e.input}`;
  if (e instanceof ComponentError) return `${e.component} ${what} failed`;
  return `${what} failed`;
}
function chain(e) {
  const out = [];
  for (let cur = e, depth = 0; cur && depth < 8; cur = cur.cause, depth++) {
    const c = cur;
    const request = typeof c.request === "string" && typeof c.reason === "string" ? { request: c.request, reason: c.reason } : {};
    out.push({
      name: c.name ?? "Error",
      message: c.message ?? String(cur),
      ...c.component ? { component: c.component } : {},
      ...c.input ? { input: c.input } : {},
      ...request
    });
  }
  return out;
}
function classifyFailure(e) {
  const links = chain(e);
  const component = links.find((l) => l.component)?.component;
  const where = component ? `the \`${component}\` component` : "the backup";
  const input = links.find((l) => l.input)?.input;
  if (input) return { kind: "input", text: `input \`${input}\` is not valid (the run log says how to fix it)` };
  const has = (name) => links.some((l) => l.name === name);
  if (has("BackupExistsError"))
    return { kind: "collision", text: `${where} found a backup with the same id already in the store; nothing was replaced` };
  const inner = links[links.length - 1].message.replace(/^[a-z]+: /, "");
  const timeout = /^timed out after (\S+)/.exec(inner);
  if (timeout) return { kind: "timeout", text: `${where} timed out after ${timeout[1]} (raise \`timeout\` if the site needs longer)` };
  const cmd = /^([a-z]+(?:-restore)?-command) (exited with \d+|was killed by SIG[A-Z0-9]+)/.exec(inner);
  if (cmd) return { kind: "command", text: `${where} failed: \`${cmd[1]}\` ${cmd[2]}` };
  if (has("VerificationError"))
    return { kind: "content", text: `${where} failed its content checks: the export is missing files, or holds empty or error-page files` };
  if (has("IntegrityError")) return { kind: "integrity", text: `${where} failed its checksum or size checks` };
  const req = links.find((l) => l.request);
  if (req) return { kind: "store", text: `${where} failed at ${req.request}, which failed after its retries (${req.reason})` };
  if (/\bS3\b|\bstore\b|artifact/i.test(inner) && !has("ProcessError"))
    return { kind: "store", text: `${where} could not be written to or read from the store` };
  return { kind: "other", text: `${where} failed` };
}
function classifyPruneFailure(e) {
  const links = chain(e);
  const input = links.find((l) => l.input)?.input;
  if (input) return { kind: "input", text: `input \`${input}\` is not valid (the run log says how to fix it)` };
  const top = links[0].message;
  const refused = /^Prune refused to delete anything: (.*?)\. Backups may be failing/s.exec(top);
  if (refused) return { kind: "other", text: `prune refused to delete anything: ${refused[1]}` };
  if (/^listing the backups of \S+ failed/.test(top))
    return { kind: "store", text: "prune could not list the backups in the store, so nothing was deleted" };
  const raced = /changed between planning and deleting (\d+) times/.exec(top);
  if (raced) {
    return {
      kind: "collision",
      text: `the backups changed between planning and deleting ${raced[1]} times, so nothing was deleted (give the backup and prune jobs the same \`concurrency\` group)`
    };
  }
  const partial = /^(\d+) of (\d+) backup\(s\) could not be deleted/.exec(top);
  if (partial)
    return {
      kind: "store",
      text: `${partial[1]} of ${partial[2]} backup(s) could not be deleted completely from the store (deleting again is safe: the next prune retries)`
    };
  const inner = links[links.length - 1].message;
  const timeout = /^timed out after (\S+)/.exec(inner);
  if (timeout) return { kind: "timeout", text: `prune timed out after ${timeout[1]}` };
  if (/\bS3\b|\bstore\b|artifact|restic/i.test(inner)) return { kind: "store", text: "prune could not read from or delete in the store" };
  return { kind: "other", text: "prune failed" };
}
function stepName(env) {
  const step = env.GITHUB_ACTION;
  if (!step) return void 0;
  return env.GITHUB_JOB ? `${env.GITHUB_JOB} / ${step}` : step;
}
function failureStatusFields(e, env) {
  const c = classifyFailure(e);
  const step = stepName(env);
  return { error: `${step ? `Step \`${step}\`: ` : ""}${c.text}. The run log has the details.`, kind: c.kind, ...step ? { step } : {} };
}

export {
  errorTitle,
  classifyFailure,
  classifyPruneFailure,
  stepName,
  failureStatusFields
};
