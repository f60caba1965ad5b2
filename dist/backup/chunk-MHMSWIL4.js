import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  trackGroup
} from "./chunk-TLYYK3DI.js";

// src/util/exec.ts
import { spawn } from "node:child_process";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { StringDecoder } from "node:string_decoder";
var TAIL = 8192;
var LINE_END_RE = /[\r\n]/;
var OutputTail = class {
  constructor(max = TAIL) {
    this.max = max;
  }
  max;
  text = "";
  skipping = false;
  decoder = new StringDecoder("utf8");
  /** Decodes a chunk and keeps it; returns the decoded text. */
  write(chunk) {
    const s = this.decoder.write(chunk);
    this.keep(s);
    return s;
  }
  /** The stream ended: an incomplete character left in the decoder is kept as U+FFFD. */
  end() {
    const s = this.decoder.end();
    this.keep(s);
    return s;
  }
  keep(s) {
    if (this.skipping) {
      const nl2 = s.search(LINE_END_RE);
      if (nl2 < 0) return;
      this.skipping = false;
      s = s.slice(nl2 + 1);
    }
    const all = this.text + s;
    if (all.length <= this.max) {
      this.text = all;
      return;
    }
    const start = all.length - this.max;
    if (LINE_END_RE.test(all[start - 1])) {
      this.text = all.slice(start);
      return;
    }
    const cut = all.slice(start);
    const nl = cut.search(LINE_END_RE);
    if (nl < 0) {
      this.text = "";
      this.skipping = true;
    } else {
      this.text = cut.slice(nl + 1);
    }
  }
};
function runProcess(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(abortError(opts.signal));
      return;
    }
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: [opts.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"],
      detached: true
    });
    const untrack = trackGroup(child.pid);
    const tails = { stdout: new OutputTail(), stderr: new OutputTail() };
    const lineBuf = { stdout: "", stderr: "" };
    const onText = (which, s) => {
      if (!opts.onLine) return;
      const lines = (lineBuf[which] + s).split(/\r?\n/);
      lineBuf[which] = lines.pop() ?? "";
      for (const l of lines) opts.onLine(l, which);
    };
    const [stdout, stderr] = [child.stdout, child.stderr];
    if (opts.stdout) stdout.pipe(opts.stdout);
    else stdout.on("data", (d) => onText("stdout", tails.stdout.write(d)));
    stderr.on("data", (d) => onText("stderr", tails.stderr.write(d)));
    const fed = feed(child.stdin, opts.input);
    let killTimer;
    const kill = () => {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
      }
      killTimer = setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
        }
      }, 5e3);
      killTimer.unref();
    };
    opts.signal?.addEventListener("abort", kill, { once: true });
    child.on("error", (e) => {
      untrack();
      opts.signal?.removeEventListener("abort", kill);
      reject(e.code === "ENOENT" ? new Error(`${cmd} is not installed or not on PATH`) : e);
    });
    child.on("close", (code, sig) => {
      untrack();
      opts.signal?.removeEventListener("abort", kill);
      if (killTimer) clearTimeout(killTimer);
      for (const which of ["stdout", "stderr"]) {
        lineBuf[which] += tails[which].end();
        if (lineBuf[which] && opts.onLine) opts.onLine(lineBuf[which], which);
      }
      if (opts.signal?.aborted) {
        reject(abortError(opts.signal));
        return;
      }
      if (fed.error && code === 0) {
        reject(new Error(`feeding ${cmd} failed: ${fed.error.message}`));
        return;
      }
      resolve({ code, signal: sig, stdoutTail: tails.stdout.text, stderrTail: tails.stderr.text });
    });
  });
}
function feed(stdin, input) {
  const fed = {};
  if (!stdin || input === void 0) return fed;
  stdin.on("error", () => void 0);
  if (input instanceof Readable) {
    pipeline(input, stdin).catch((e) => {
      fed.error = e;
    });
  } else stdin.end(input);
  return fed;
}
function abortError(signal) {
  return signal.reason instanceof Error ? signal.reason : new Error("aborted");
}
function lastLines(text, n = 5) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(-n).join(" | ");
}
var CHILD_BASE = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TERM",
  "TMPDIR",
  "TEMP",
  "TMP",
  "CI",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  "NODE_EXTRA_CA_CERTS",
  "GITHUB_ACTIONS",
  "GITHUB_WORKSPACE",
  "RUNNER_TEMP",
  "RUNNER_OS",
  "RUNNER_ARCH",
  "RUNNER_DEBUG"
]);
var CHILD_BASE_PREFIXES = ["LC_"];
var WITHHELD = [/^INPUT_/, /^AWS_/, /^ACTIONS_/, /^GITHUB_TOKEN$/, /^GH_TOKEN$/, /^SITE_BACKUP_AGE_IDENTITY/, /^RESTIC_/, /^AGE_/];
function withheldFromChildren(name) {
  return WITHHELD.some((re) => re.test(name));
}
function childEnv(env, allow = []) {
  const rest = allow.includes("*");
  const names = new Set(allow.filter((a) => !a.endsWith("*")));
  const prefixes = [...CHILD_BASE_PREFIXES, ...allow.filter((a) => a.endsWith("*") && a !== "*").map((a) => a.slice(0, -1))];
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === void 0) continue;
    if (CHILD_BASE.has(k) || names.has(k) || prefixes.some((p) => k.startsWith(p)) || rest && !withheldFromChildren(k)) out[k] = v;
  }
  return out;
}

export {
  runProcess,
  lastLines,
  childEnv
};
