import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  CopyError,
  INPUTS,
  envSource,
  formatOf,
  openPlace,
  openStore,
  parseCopyConfig,
  runCopy
} from "./chunk-4JAYPOJU.js";
import "./chunk-JGXZ5MXS.js";
import "./chunk-372SLAHS.js";
import {
  formatBytes,
  formatRate
} from "./chunk-OTFXQX3Q.js";
import "./chunk-JDDZRGIQ.js";
import "./chunk-XOLSYURX.js";
import {
  installInterruptCleanup,
  sweepLeftovers
} from "./chunk-TLYYK3DI.js";
import "./chunk-6LRQM5XH.js";
import {
  addSecret,
  redact,
  secretsInEnv
} from "./chunk-CWCRKLXP.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import "./chunk-DUSEQESR.js";
import "./chunk-GOA47NYZ.js";
import {
  ComponentError,
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/report/markdown.ts
function markupCell(s) {
  return s.replace(/\|/g, "\\|").replace(/\s*\r?\n\s*/g, " ");
}
function table(header, rows, align = []) {
  const line = (cells) => `| ${cells.map(markupCell).join(" | ")} |`;
  return [line(header), `|${header.map((_, i) => align[i] === "right" ? "---:" : "---").join("|")}|`, ...rows.map(line)];
}
function code(s) {
  const one = s.replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...[...one.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return longest ? `${fence} ${one} ${fence}` : `${fence}${one}${fence}`;
}

// src/util/rate.ts
import { Transform } from "node:stream";
var realClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
var RateLimiter = class {
  constructor(bytesPerSecond, clock = realClock, burstMs = 1e3) {
    this.bytesPerSecond = bytesPerSecond;
    this.clock = clock;
    this.burstMs = burstMs;
    if (!(bytesPerSecond > 0)) throw new Error(`a rate must be positive, got ${bytesPerSecond}`);
  }
  bytesPerSecond;
  clock;
  burstMs;
  start;
  sent = 0;
  /** Resolves when `bytes` more may pass. */
  async take(bytes) {
    const now = this.clock.now();
    if (this.start === void 0) this.start = now;
    const due = this.start + this.sent * 1e3 / this.bytesPerSecond;
    if (now - due > this.burstMs) {
      this.start = now;
      this.sent = 0;
    }
    this.sent += bytes;
    const wait = this.start + this.sent * 1e3 / this.bytesPerSecond - now;
    if (wait > this.burstMs) await this.clock.sleep(wait - this.burstMs);
  }
  /** A pass-through stream that waits for its turn before handing each chunk on. */
  stream() {
    return new Transform({
      transform: (chunk, _enc, cb) => {
        this.take(chunk.length).then(() => cb(null, chunk), cb);
      }
    });
  }
};

// src/commands/secrets.ts
function maskSecretInputs(inputs, log) {
  for (const [name, spec] of Object.entries(INPUTS)) {
    if (spec.secret) log.setSecret(inputs.get(name));
  }
}

// src/commands/copy.ts
async function copyCommand(io, deps = {}) {
  maskSecretInputs(io.inputs, io.log);
  io.log.setSecret(io.inputs.get("github-token") ?? io.env.GITHUB_TOKEN);
  const cfg = parseCopyConfig(io.inputs, io.cwd);
  if (formatOf(cfg.from) === "restic") return resticCopyCommand(io, cfg, deps);
  const from = deps.from ?? await openStore(cfg.from, io.log, sideEnv(io.env, "from"));
  const to = deps.to ?? await openStore(cfg.to, io.log, sideEnv(io.env, "to"));
  const limiter = cfg.limitRate ? new RateLimiter(cfg.limitRate, deps.clock) : void 0;
  return reported(
    io,
    cfg,
    () => runCopy(cfg, { from, to, log: io.log, ...deps.now ? { now: deps.now } : {}, ...limiter ? { limiter } : {} })
  );
}
async function reported(io, cfg, copy) {
  let result;
  try {
    result = await copy();
  } catch (e) {
    if (e instanceof CopyError) await report(io, cfg, e.result);
    throw e;
  }
  await report(io, cfg, result);
  return result;
}
async function resticCopyCommand(io, cfg, deps) {
  if (cfg.from.kind === "s3" && CREDENTIALS.some((k) => sideEnv(io.env, "from")[k] !== sideEnv(io.env, "to")[k])) {
    throw new ConfigError(
      "format",
      "is `restic`, and the two sides have different S3 credentials (COPY_FROM_AWS_* or COPY_TO_AWS_*)",
      "restic copy reads both repositories with one set of credentials, so give one key pair that can read `from` and write `to`, or use `format: archive` for a copy between two accounts."
    );
  }
  const { runResticCopy } = await import("./copy-restic-6ETK3ZWT.js");
  const from = await openRepository(io, cfg.from, "from");
  const to = await openRepository(io, cfg.to, "to");
  return reported(
    io,
    cfg,
    () => runResticCopy(cfg, {
      from,
      to,
      log: io.log,
      ...deps.now ? { now: deps.now } : {},
      ...cfg.limitRate ? { limitRate: cfg.limitRate } : {}
    })
  );
}
async function openRepository(io, spec, side) {
  const place = await openPlace(spec, io.log, sideEnv(io.env, side));
  if (place.format !== "restic") throw new Error(`internal: the copy's ${side} side is not a restic repository`);
  return place.repo;
}
var CREDENTIALS = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"];
function sideEnv(env, side) {
  const prefix = `COPY_${side.toUpperCase()}_`;
  if (!env[`${prefix}AWS_ACCESS_KEY_ID`]) return env;
  const out = { ...env };
  for (const k of CREDENTIALS) {
    if (env[prefix + k]) out[k] = env[prefix + k];
    else delete out[k];
  }
  return out;
}
async function report(io, cfg, r) {
  io.setOutput("copied", String(r.copied));
  io.setOutput("up-to-date", String(r.upToDate));
  io.log.info(
    `${r.copied} copied, ${r.upToDate} already there, ${r.failed} failed; ${formatBytes(r.bytes)} in ${formatDuration(r.durationMs)} (${formatRate(r.bytes, r.durationMs)}).`
  );
  await io.summary(copySummaryMarkdown(cfg, r));
}
var STATUS = { copied: "copied", "up-to-date": "already there", failed: "**failed**" };
function copySummaryMarkdown(cfg, r) {
  const head = `### Copy of ${cfg.site}/${cfg.environment}: ${r.failed ? `${r.failed} failed` : "ok"}

From ${code(cfg.fromText)} to ${code(cfg.toText)}: ${r.copied} copied, ${r.upToDate} already there, ${r.failed} failed, ${formatBytes(r.bytes)}.
`;
  if (r.outcomes.length === 0) return `${head}
No complete backup to copy.
`;
  const rows = r.outcomes.map((o) => [
    code(o.id),
    STATUS[o.status],
    o.bytes ? formatBytes(o.bytes) : "-",
    o.status === "copied" ? formatRate(o.bytes, o.durationMs) : "-",
    redact(o.problem ?? "")
  ]);
  return `${head}
${table(["backup", "status", "size", "rate", "problem"], rows, ["left", "left", "right", "right"]).join("\n")}
`;
}

// src/actions/io.ts
import os from "node:os";

// src/report/errors.ts
function errorTitle(e, what = "site-backup") {
  if (e instanceof ConfigError) return `input ${e.input}`;
  if (e instanceof ComponentError) return `${e.component} ${what} failed`;
  return `${what} failed`;
}

// src/actions/runner.ts
import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { EOL } from "node:os";
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function command(name, properties, message) {
  const props = Object.entries(properties).filter((e) => !!e[1]).map(([k, v]) => `${k}=${escapeProperty(v)}`).join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
function issue(name, properties, message) {
  process.stdout.write(command(name, properties, message) + EOL);
}
var info = (message) => void process.stdout.write(message + EOL);
var warning = (message) => issue("warning", {}, message);
var error = (message, title) => issue("error", { title }, message);
var setSecret = (value) => issue("add-mask", {}, value);
function outputEntry(name, value, delimiter = `ghadelimiter_${randomUUID()}`) {
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`);
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}
function setOutput(name, value, env = process.env) {
  const file = env.GITHUB_OUTPUT;
  if (file) appendFileSync(file, outputEntry(name, value), "utf8");
  else issue("set-output", { name }, value);
}
function appendSummary(markdown, env = process.env) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown + EOL, "utf8");
  else info(markdown);
}

// src/actions/io.ts
var actionReporter = {
  info: (m) => info(redact(m)),
  warn: (m) => warning(redact(m)),
  error: (m, title) => error(redact(m), title),
  setSecret: (v) => {
    if (!v) return;
    setSecret(v);
    for (const line of v.split(/\r?\n/)) if (line.trim().length >= 8 && line.trim() !== v.trim()) setSecret(line.trim());
    addSecret(v);
  }
};
function actionIo() {
  return {
    inputs: envSource(process.env),
    log: actionReporter,
    env: process.env,
    cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    setOutput: (name, value) => setOutput(name, redact(value)),
    summary: async (md) => appendSummary(redact(md))
  };
}
async function runAction(what, body) {
  for (const v of secretsInEnv(process.env)) actionReporter.setSecret(v);
  installInterruptCleanup();
  try {
    await sweepLeftovers(process.env.RUNNER_TEMP ?? os.tmpdir(), actionReporter);
    await body(actionIo());
  } catch (e) {
    error(redact(e.message), errorTitle(e, what));
    process.exitCode = 1;
  }
}

// src/actions/copy.ts
await runAction("copy", (io) => copyCommand(io));
