import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  retriesFrom,
  retryDelayMs
} from "./chunk-P4CWKVQJ.js";
import {
  VerificationError
} from "./chunk-6C6HLHJS.js";
import {
  childEnv,
  runProcess
} from "./chunk-MHMSWIL4.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  ZipError
} from "./chunk-UO337TEX.js";

// src/platforms/retry.ts
var TransientError = class extends Error {
  name = "TransientError";
};
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
      return;
    }
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
async function withRetries(fn, o) {
  const attempts = 1 + Math.max(0, o.retries);
  for (let attempt = 1; ; attempt++) {
    o.signal.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (e) {
      if (o.signal.aborted) throw o.signal.reason;
      if (!(e instanceof TransientError)) throw e;
      if (attempt >= attempts) {
        const tries = attempts === 1 ? "once" : `${attempts} times`;
        throw new Error(`${o.what} failed (tried ${tries}): ${e.message}${o.hint ? `. ${o.hint}` : ""}`, { cause: e });
      }
      const wait = o.delayMs * attempt;
      o.log.warn(`${o.what} failed on attempt ${attempt} of ${attempts}: ${e.message}; retrying in ${Math.round(wait / 1e3)}s`);
      await sleep(wait, o.signal);
    }
  }
}

// src/platforms/attempts.ts
function exportAttempts(ctx, o, body) {
  return withRetries(
    async (n) => {
      try {
        return await body(n);
      } catch (e) {
        if (e instanceof VerificationError || e instanceof ZipError) throw new TransientError(e.message, { cause: e });
        throw e;
      }
    },
    {
      what: o.what,
      retries: retriesFrom(ctx),
      delayMs: retryDelayMs(ctx),
      signal: o.signal,
      log: ctx.log,
      ...o.hint ? { hint: o.hint } : {}
    }
  );
}

// src/platforms/run-cli.ts
import { Writable } from "node:stream";
var MAX_LINES = 4e3;
var MAX_STDOUT = 8 * 1024 * 1024;
function quote(a) {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}
var Cli = class {
  constructor(ctx, bin, name, env, secrets) {
    this.ctx = ctx;
    this.bin = bin;
    this.name = name;
    this.env = env;
    this.secrets = secrets;
  }
  ctx;
  bin;
  name;
  env;
  secrets;
  /** Runs another program (bash, git) with this CLI's environment. */
  async exec(cmd, args, o) {
    for (const a of args) {
      for (const s of this.secrets) {
        if (s.length >= 4 && a.includes(s)) throw new Error(`refusing to run ${this.name}: a secret would appear on its command line`);
      }
    }
    const shown = cmd === this.bin ? this.name : cmd;
    this.ctx.log.info(`[${o.label}] $ ${redact([shown, ...args].map(quote).join(" "))}`);
    const lines = [];
    let stdout = "";
    const sink = o.captureStdout ? new Writable({
      write(chunk, _e, cb) {
        if (stdout.length < MAX_STDOUT) stdout += chunk.toString();
        cb();
      }
    }) : void 0;
    const r = await runProcess(cmd, args, {
      cwd: o.cwd,
      // Allow-listed (SECURITY.md): the CLI's own token passes, the runner's AWS/OIDC/GitHub
      // credentials, the inputs and the age identity do not; a restore pipes store bytes to it.
      env: { ...childEnv(this.env, ["*"]), ...o.env },
      signal: o.signal,
      ...o.input !== void 0 ? { input: o.input } : {},
      ...sink ? { stdout: sink } : {},
      onLine: (line) => {
        const text = line.split("\r").pop().trimEnd();
        if (!text) return;
        lines.push(text);
        if (lines.length > MAX_LINES) lines.shift();
        this.ctx.log.info(`[${o.label}] ${redact(text)}`);
      }
    });
    return { code: r.code, signal: r.signal, lines, stdout };
  }
  run(args, o) {
    return this.exec(this.bin, args, o);
  }
};
function lastOutput(r, n = 4) {
  const t = r.lines.map((l) => l.trim()).filter(Boolean).slice(-n).join(" | ");
  return t ? redact(t) : "(no output)";
}
function exitText(r) {
  return r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
}
function findLine(r, patterns) {
  return r.lines.find((l) => patterns.some((p) => p.test(l)));
}

// src/platforms/judge.ts
function judgeCli(what, r, v) {
  for (const rule of v.known ?? []) {
    const line = findLine(r, rule.lines);
    if (line) throw rule.error(line);
  }
  v.clearer?.(r);
  if (r.code !== 0 && v.exit !== "ignore") {
    const message = `${what} ${exitText(r)}: ${v.why ? `${v.why}; ` : ""}${lastOutput(r)}`;
    throw v.exit === "final" ? new Error(message) : new TransientError(message);
  }
  const fail = findLine(r, v.failed ?? []);
  if (fail) throw new TransientError(`${what} reported "${redact(fail.trim())}" (and exited 0)`);
}

export {
  TransientError,
  sleep,
  exportAttempts,
  Cli,
  lastOutput,
  exitText,
  findLine,
  judgeCli
};
