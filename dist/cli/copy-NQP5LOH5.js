import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  CopyError,
  runCopy
} from "./chunk-YQEIVX6V.js";
import "./chunk-NB55BVTA.js";
import {
  maskSecretInputs
} from "./chunk-6ZEH7XGM.js";
import {
  code,
  table
} from "./chunk-TIVNZVPQ.js";
import {
  parseCopyConfig
} from "./chunk-MSEZ3H2W.js";
import "./chunk-XPTFCSZ2.js";
import {
  formatOf,
  openPlace,
  openStore
} from "./chunk-CJ5YKCK7.js";
import "./chunk-IDNKWZAP.js";
import "./chunk-WBLXCC3B.js";
import "./chunk-NFRKXYRZ.js";
import "./chunk-VGFCETJD.js";
import "./chunk-GZMYM6CX.js";
import {
  formatBytes,
  formatRate
} from "./chunk-OTFXQX3Q.js";
import "./chunk-L535WVBM.js";
import "./chunk-XOLSYURX.js";
import "./chunk-R65ZRAFA.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-GDMYLTKY.js";
import "./chunk-4PEM3UII.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import "./chunk-HJ2OZ5QV.js";
import "./chunk-A5275KUL.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

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
  const { runResticCopy } = await import("./copy-restic-52GPVNRE.js");
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
export {
  copyCommand,
  copySummaryMarkdown,
  sideEnv
};
