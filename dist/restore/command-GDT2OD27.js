import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  definePlatform
} from "./chunk-P4CWKVQJ.js";
import "./chunk-DCXOFWG7.js";
import {
  sqlClientFailure
} from "./chunk-2OE4HZ7R.js";
import {
  childEnv,
  lastLines,
  runProcess
} from "./chunk-MHMSWIL4.js";
import "./chunk-TLYYK3DI.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  COMPONENTS
} from "./chunk-K42IPT4L.js";
import "./chunk-BB3JDYVJ.js";

// src/platforms/command.ts
var WHAT = { code: "the code", assets: "the assets", data: "the data (database dumps)" };
var RESTORE_WHAT = {
  code: "after the code is extracted, with `$BACKUP_IN` set to its folder.",
  assets: "after the assets are extracted, with `$BACKUP_IN` set to their folder.",
  data: 'after the data is extracted, with `$BACKUP_IN` set to its folder (for example `mysql acme < "$BACKUP_IN/acme.sql"`).'
};
var INPUTS = Object.fromEntries([
  ...COMPONENTS.map((c) => [
    `${c}-command`,
    {
      description: `For \`platform: command\`: a bash command that writes ${WHAT[c]} into the folder named by \`$BACKUP_OUT\`.`,
      actions: ["backup"]
    }
  ]),
  ...COMPONENTS.map((c) => [
    `${c}-restore-command`,
    { description: `For \`platform: command\`: a bash command run ${RESTORE_WHAT[c]}`, actions: ["restore"] }
  ])
]);
function commandsFor(ctx, suffix) {
  const m = /* @__PURE__ */ new Map();
  for (const c of COMPONENTS) {
    const cmd = ctx.inputs.get(`${c}${suffix}`);
    if (cmd) m.set(c, cmd);
  }
  return m;
}
async function run(s, component, script, extraEnv, signal) {
  const { ctx } = s;
  const base = ctx.purpose === "restore" ? childEnv(ctx.env, ["*"]) : ctx.env;
  const r = await runProcess("bash", ["-eo", "pipefail", "-c", script], {
    env: { ...base, ...extraEnv, SITE_BACKUP_SITE: ctx.site, SITE_BACKUP_ENVIRONMENT: ctx.environment, SITE_BACKUP_COMPONENT: component },
    signal,
    onLine: (line) => ctx.log.info(`[${component}] ${redact(line)}`)
  });
  if (r.code === 0) return;
  const why = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
  if (ctx.purpose === "restore") throw new Error(sqlClientFailure(`${component}-restore-command`, r));
  const tail = lastLines(r.stderrTail) || lastLines(r.stdoutTail);
  throw new Error(`${component}-command ${why}${tail ? `: ${redact(tail)}` : ""}`);
}
var handler = (c) => ({
  export: (s, outDir, signal) => run(s, c, s.backup.get(c), { BACKUP_OUT: outDir }, signal),
  async restore(s, inDir, opts) {
    const cmd = s.restore.get(c);
    if (!cmd) return;
    await run(s, c, cmd, { BACKUP_IN: inDir, SITE_BACKUP_TARGET_ENVIRONMENT: opts.targetEnvironment }, opts.signal);
  }
});
var commandPlatform = definePlatform({
  name: "command",
  summary: "Your own bash commands, one per component, each filling `$BACKUP_OUT`: any host we have no module for.",
  inputs: INPUTS,
  reads: ["restore-dir"],
  check(ctx) {
    if (commandsFor(ctx, "-command").size === 0 && ctx.purpose !== "restore") {
      throw new ConfigError(
        "code-command",
        "no component command is set for `platform: command`",
        'Set at least one of `code-command`, `assets-command` or `data-command` to a bash command that writes into "$BACKUP_OUT".'
      );
    }
  },
  async open(ctx) {
    return { ctx, backup: commandsFor(ctx, "-command"), restore: commandsFor(ctx, "-restore-command") };
  },
  components: { code: handler("code"), assets: handler("assets"), data: handler("data") },
  covers: (s) => [...s.backup.keys()],
  explainUnsupported: (c) => `no \`${c}-command\` is set; set it to a bash command that writes the ${c} into "$BACKUP_OUT"`
});
export {
  commandPlatform
};
