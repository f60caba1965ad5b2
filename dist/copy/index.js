import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  CopyError,
  INPUTS,
  envSource,
  formatBytes,
  formatRate,
  parseCopyConfig,
  readdirIfExists,
  runCopy,
  unwritten
} from "./chunk-ZLVQRLND.js";
import {
  installInterruptCleanup,
  sweepLeftovers
} from "./chunk-CVY4I4TV.js";
import {
  formatDuration
} from "./chunk-DFAA5AVF.js";
import {
  addSecret,
  redact,
  secretsInEnv
} from "./chunk-CWCRKLXP.js";
import {
  BackupExistsError,
  groupBackups,
  isLayoutObject,
  isRecordName
} from "./chunk-PJGVRTLV.js";
import {
  MANIFEST_NAME,
  SITE_RE,
  parseBackupId
} from "./chunk-ZDWC3BGE.js";
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

// src/stores/local.ts
import { close as fsClose, createReadStream, createWriteStream, open as fsOpen, read as fsRead } from "node:fs";
import { link, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { pathToFileURL } from "node:url";

// src/util/limit.ts
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

// src/stores/local.ts
var LocalStore = class {
  constructor(root) {
    this.root = root;
  }
  root;
  kind = "local";
  dir(ref) {
    return path.join(this.root, ref.site, ref.environment, ref.id);
  }
  location(ref) {
    return pathToFileURL(this.dir(ref)).href + "/";
  }
  objectUri(ref, name) {
    return pathToFileURL(path.join(this.dir(ref), name)).href;
  }
  async createWriter(ref) {
    const dir = this.dir(ref);
    await mkdir(path.dirname(dir), { recursive: true });
    try {
      await mkdir(dir);
    } catch (e) {
      if (e.code === "EEXIST") throw new BackupExistsError(this.location(ref));
      throw e;
    }
    return {
      async put(name, body) {
        const tmp = path.join(dir, `.${name}.partial`);
        await pipeline(body, createWriteStream(tmp));
        await rename(tmp, path.join(dir, name));
      },
      async putLent(name, batches) {
        const tmp = path.join(dir, `.${name}.partial`);
        const fh = await open(tmp, "wx");
        try {
          for await (const batch of batches) {
            for (let rest = batch; rest.length > 0; ) rest = unwritten(rest, (await fh.writev(rest)).bytesWritten);
          }
        } finally {
          await fh.close();
        }
        await rename(tmp, path.join(dir, name));
      },
      async commit(manifestJson) {
        const tmp = path.join(dir, `.${MANIFEST_NAME}.partial`);
        await writeFile(tmp, manifestJson);
        try {
          await link(tmp, path.join(dir, MANIFEST_NAME));
        } catch (e) {
          if (e.code === "EEXIST")
            throw new BackupExistsError(pathToFileURL(path.join(dir, MANIFEST_NAME)).href);
          throw e;
        } finally {
          await rm(tmp, { force: true });
        }
      },
      async abort() {
        await rm(dir, { recursive: true, force: true });
      }
    };
  }
  async list(site, environment) {
    const base = path.join(this.root, site, environment);
    const ids = await readdirIfExists(base);
    if (!ids) return [];
    const entries = [];
    for (const id of ids) await statEntries(base, id, entries);
    return groupBackups(site, environment, entries);
  }
  async listAll(options = {}) {
    if (options.sizes === "incomplete") return this.listAllUnsized();
    const out = [];
    for (const site of await readdirIfExists(this.root) ?? []) {
      if (!SITE_RE.test(site) || !(await statOrGone(path.join(this.root, site)))?.isDirectory()) continue;
      for (const environment of await readdirIfExists(path.join(this.root, site)) ?? []) {
        if ((await statOrGone(path.join(this.root, site, environment)))?.isDirectory()) out.push(...await this.list(site, environment));
      }
    }
    return out;
  }
  /**
   * listAll({ sizes: 'incomplete' }): a readdir per folder and no stat per object, several sites
   * at a time. A folder holding manifest.json is a complete backup, listed `unsized` (its
   * manifest has the sizes); any other folder is listed by list(), stats and all, since its
   * objects' sizes and times are all there is to know about it.
   */
  async listAllUnsized() {
    const sites = (await subfolders(this.root)).filter((s) => SITE_RE.test(s));
    const envs = await mapLimit(sites, LIST_CONCURRENCY, (site) => subfolders(path.join(this.root, site)));
    const pairs = sites.flatMap((site, i) => envs[i].map((environment) => [site, environment]));
    const out = await mapLimit(pairs, LIST_CONCURRENCY, async ([site, environment]) => {
      const base = path.join(this.root, site, environment);
      const complete = [];
      const rest = [];
      for (const id of await subfolders(base)) {
        const names = await readdirIfExists(path.join(base, id));
        if (!names) continue;
        if (!names.includes(MANIFEST_NAME)) {
          await statEntries(base, id, rest);
          continue;
        }
        const at = parseBackupId(id)?.time ?? /* @__PURE__ */ new Date(0);
        for (const name of names) complete.push({ id, name, size: 0, lastModified: at });
      }
      const unsized = groupBackups(site, environment, complete).map((b) => ({ ...b, unsized: true }));
      return [...unsized, ...groupBackups(site, environment, rest)].sort((a, b) => a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
    });
    return out.flat();
  }
  async read(ref, name) {
    const p = path.join(this.dir(ref), name);
    await stat(p);
    return createReadStream(p);
  }
  async readRange(ref, name, start, end) {
    const s = createReadStream(path.join(this.dir(ref), name), { start, end: end - 1, highWaterMark: 512 << 10 });
    await new Promise((resolve, reject) => {
      s.once("open", () => resolve());
      s.once("error", reject);
    });
    return s;
  }
  async readSmall(ref, name, limit) {
    const fd = await new Promise((res, rej) => fsOpen(path.join(this.dir(ref), name), "r", (e, n) => e ? rej(e) : res(n)));
    try {
      let buf = Buffer.allocUnsafe(Math.min(limit + 1, 8192));
      let n = 0;
      for (; ; ) {
        const got = await new Promise((res, rej) => fsRead(fd, buf, n, buf.length - n, null, (e, k) => e ? rej(e) : res(k)));
        if (got === 0) return buf.subarray(0, n);
        if ((n += got) > limit) return void 0;
        if (n === buf.length) buf = Buffer.concat([buf, Buffer.allocUnsafe(Math.min(buf.length, limit + 1 - n))]);
      }
    } finally {
      await new Promise((res) => fsClose(fd, () => res()));
    }
  }
  /** Replaces the record atomically (temporary name, then rename), and only in an existing backup folder. */
  async writeRecord(ref, name, json) {
    const dir = this.dir(ref);
    if (!(await statOrGone(dir))?.isDirectory())
      throw new Error(`backup ${ref.id} is not in the store (removed meanwhile?); its ${name} was not written`);
    const tmp = path.join(dir, `.${name}.partial`);
    await writeFile(tmp, json);
    await rename(tmp, path.join(dir, name));
  }
  async remove(backups) {
    const result = { removed: [], errors: [] };
    for (const b of backups) {
      const dir = this.dir(b);
      let ok = true;
      const names = [...b.objects.map((o) => o.name), ...(b.records ?? []).map((r) => r.name)].filter(
        (n) => n && (isLayoutObject(n) || isRecordName(n))
      );
      names.sort((x, y) => x === MANIFEST_NAME ? -1 : y === MANIFEST_NAME ? 1 : isRecordName(x) ? 1 : isRecordName(y) ? -1 : 0);
      for (const name of names) {
        try {
          await rm(path.join(dir, name), { force: true });
        } catch (e) {
          ok = false;
          result.errors.push({ key: path.join(dir, name), message: e.message });
        }
      }
      for (const name of await readdir(dir).catch(() => [])) {
        const m = /^\.(.+)\.partial$/.exec(name);
        if (m && (isLayoutObject(m[1]) || isRecordName(m[1]))) await rm(path.join(dir, name), { force: true });
      }
      await rmdir(dir).catch(() => void 0);
      if (ok) result.removed.push(b.id);
    }
    return result;
  }
};
async function statEntries(base, id, entries) {
  const d = path.join(base, id);
  const st = await statOrGone(d);
  if (!st?.isDirectory()) return;
  const names = await readdirIfExists(d);
  if (!names) return;
  if (names.length === 0) {
    entries.push({ id, name: "", size: 0, lastModified: st.mtime });
  }
  for (const name of names) {
    const s = await statOrGone(path.join(d, name));
    if (s) entries.push({ id, name, size: s.size, lastModified: s.mtime });
  }
}
var LIST_CONCURRENCY = 16;
async function subfolders(p) {
  let found;
  try {
    found = await readdir(p, { withFileTypes: true });
  } catch (e) {
    if (e.code === "ENOENT") return [];
    throw e;
  }
  const out = [];
  for (const d of found)
    if (d.isDirectory() || d.isSymbolicLink() && (await statOrGone(path.join(p, d.name)))?.isDirectory()) out.push(d.name);
  return out;
}
async function statOrGone(p) {
  try {
    return await stat(p);
  } catch (e) {
    if (e.code === "ENOENT" && !await lstat(p).catch(() => void 0)) return void 0;
    throw e;
  }
}

// src/stores/index.ts
async function openStore(spec, log, env = process.env) {
  if (spec.kind !== "artifact" && spec.restic) {
    const { openResticStore } = await import("./store-FCC45AC3.js");
    return openResticStore(spec, log, env);
  }
  switch (spec.kind) {
    case "local":
      return new LocalStore(spec.root);
    case "s3": {
      const { S3Store } = await import("./s3-4BAETLX5.js");
      return new S3Store(spec, log, env);
    }
    case "artifact": {
      const { ArtifactStore } = await import("./artifact-EKJYMF6B.js");
      return new ArtifactStore(spec, log, env);
    }
  }
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
  if (cfg.from.kind !== "artifact" && cfg.from.restic) return resticCopyCommand(io, cfg, deps);
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
  const { openResticStore } = await import("./store-FCC45AC3.js");
  const { runResticCopy } = await import("./copy-restic-R6QK3ZUZ.js");
  const from = await openResticStore(cfg.from, io.log, sideEnv(io.env, "from"));
  const to = await openResticStore(cfg.to, io.log, sideEnv(io.env, "to"));
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
