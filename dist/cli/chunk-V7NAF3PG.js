import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  writeStatus
} from "./chunk-3DDH7VCA.js";
import {
  inapplicableInputs,
  openPlatform
} from "./chunk-PHBIVPQ3.js";
import {
  failureSummaryMarkdown,
  newestKeptText,
  startNotifier
} from "./chunk-WJS3LIDB.js";
import {
  maskSecretInputs
} from "./chunk-6ZEH7XGM.js";
import {
  beginWriter,
  openPlace
} from "./chunk-CJ5YKCK7.js";
import {
  parseBool,
  parseCommon,
  parseDurationInput,
  requireFolderOrAbsent
} from "./chunk-IDNKWZAP.js";
import {
  startProgress
} from "./chunk-NFRKXYRZ.js";
import {
  actionsCache
} from "./chunk-L5TVWS74.js";
import {
  formatBytes,
  formatRate
} from "./chunk-OTFXQX3Q.js";
import {
  TOOL
} from "./chunk-5A26CKDP.js";
import {
  failureStatusFields
} from "./chunk-UBH3SLY2.js";
import {
  inputOrDefault
} from "./chunk-R65ZRAFA.js";
import {
  makeStaging
} from "./chunk-TLYYK3DI.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  ReadBackError
} from "./chunk-4WHPXNRH.js";
import {
  COMPRESSIONS,
  MANIFEST_NAME,
  TRIGGERS,
  backupIdSuffix,
  makeBackupId,
  sourceFromEnv
} from "./chunk-A5275KUL.js";
import {
  ComponentError,
  ConfigError
} from "./chunk-Y4QAI7FI.js";

// src/commands/backup.ts
import { createHash as createHash2 } from "node:crypto";
import os2 from "node:os";

// src/config/backup.ts
import path from "node:path";
function parsePullCache(src, store, cwd = process.cwd()) {
  const v = inputOrDefault(src, "pull-cache").trim();
  if (v === "off" || v === "") return void 0;
  if (v === "actions") return { kind: "actions" };
  const hint = "Use `off`, `actions`, or a folder on the runner such as `/var/cache/site-backup`.";
  if (/^(true|false|on|yes|no)$/i.test(v)) throw new ConfigError("pull-cache", `"${v}" is not a setting`, hint);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !v.startsWith("file:///"))
    throw new ConfigError("pull-cache", "is a URL; the kept export is a folder on this machine", hint);
  if (/[\n\r\0]/.test(v)) throw new ConfigError("pull-cache", "holds a line break or NUL", hint);
  const dir = path.resolve(cwd, v.startsWith("file:///") ? decodeURIComponent(v.slice("file://".length)) : v);
  if (store.kind === "local") {
    const within = (outer, inner) => {
      const rel = path.relative(outer, inner);
      return rel === "" || rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
    };
    if (within(store.root, dir) || within(dir, store.root))
      throw new ConfigError(
        "pull-cache",
        `"${dir}" overlaps the store folder "${store.root}"`,
        "Give the kept export a folder of its own, outside the store."
      );
  }
  return { kind: "folder", dir: requireFolderOrAbsent(dir, "pull-cache", hint) };
}
function triggerFromEvent(eventName) {
  if (eventName === "schedule") return "scheduled";
  if (eventName === "pull_request" || eventName === "pull_request_target" || eventName === "merge_group") return "pre-merge";
  return "manual";
}
var BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
var BECH32_GEN = [996825010, 642813549, 513874426, 1027748829, 705979059];
function bech32Valid(s, hrp) {
  const data = [...s.slice(hrp.length + 1)].map((c) => BECH32.indexOf(c));
  if (!s.startsWith(`${hrp}1`) || data.length < 6 || data.some((d) => d < 0)) return { ok: false, dataBits: 0 };
  let chk = 1;
  for (const v of [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data]) {
    const top = chk >>> 25;
    chk = ((chk & 33554431) << 5 ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if (top >>> i & 1) chk = (chk ^ BECH32_GEN[i]) >>> 0;
  }
  return { ok: chk === 1, dataBits: (data.length - 6) * 5 };
}
function parseRecipients(text) {
  if (!text) return [];
  const list = text.split(/[\s,]+/).filter(Boolean);
  for (const r of list) {
    if (!/^age1[02-9ac-hj-np-z]{20,}$/.test(r)) {
      throw new ConfigError(
        "encrypt-to",
        `"${r.slice(0, 12)}\u2026" is not an age recipient`,
        "Give public keys that start with `age1` (from `age-keygen -y key.txt`); never the secret key."
      );
    }
    const { ok, dataBits } = bech32Valid(r, "age");
    if (!ok) {
      throw new ConfigError(
        "encrypt-to",
        `"${r.slice(0, 12)}\u2026" has a bad checksum (a character is wrong or missing)`,
        "Copy the recipient again from `age-keygen -y key.txt`."
      );
    }
    if (Math.floor(dataBits / 8) !== 32) {
      throw new ConfigError(
        "encrypt-to",
        `"${r.slice(0, 12)}\u2026" is not a 32-byte X25519 age public key`,
        "Give recipients from `age-keygen -y key.txt`; plugin and SSH recipients are not supported."
      );
    }
  }
  return list;
}
function parseBackupConfig(src, env = process.env, cwd) {
  const common = parseCommon(src, cwd);
  const compression = inputOrDefault(src, "compression");
  if (!COMPRESSIONS.includes(compression)) {
    throw new ConfigError("compression", `unknown compression "${compression}"`, `Use one of: ${COMPRESSIONS.join(", ")}.`);
  }
  const t = inputOrDefault(src, "trigger");
  let trigger;
  if (t === "auto") trigger = triggerFromEvent(env.GITHUB_EVENT_NAME);
  else if (TRIGGERS.includes(t)) trigger = t;
  else throw new ConfigError("trigger", `unknown trigger "${t}"`, `Use auto, ${TRIGGERS.join(", ")}.`);
  if (common.store.kind !== "artifact" && common.store.restic && src.get("encrypt-to")) {
    throw new ConfigError(
      "encrypt-to",
      "does not combine with `format: restic`: restic encrypts the whole repository with `restic-password` (symmetric), and age recipients cannot be added to it",
      "Remove `encrypt-to` and keep `restic-password` safe, or use `format: archive` for backups only the age identity can read."
    );
  }
  const cfg = {
    ...common,
    compression,
    seekable: parseBool(src, "seekable"),
    recipients: parseRecipients(src.get("encrypt-to")),
    trigger,
    timeoutMs: parseDurationInput(src, "timeout")
  };
  const maxAge = parseDurationInput(src, "max-age");
  if (maxAge !== void 0) cfg.maxAgeMs = maxAge;
  const pullCache = parsePullCache(src, cfg.store, cwd);
  if (pullCache) cfg.pullCache = pullCache;
  return cfg;
}

// src/core/backup.ts
import { randomBytes } from "node:crypto";
import { readdir as readdir2, lstat as lstat2 } from "node:fs/promises";
import os from "node:os";
import path3 from "node:path";

// src/core/pull-cache.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { copyFile, cp, link, lstat, mkdir, readdir, readlink, rename, rm, symlink, utimes } from "node:fs/promises";
import path2 from "node:path";
var LAYOUT = "v1";
async function summarizeTree(root) {
  const h = createHash("sha256");
  let files = 0;
  let bytes = 0;
  const walk = async (dir, rel) => {
    for (const name of (await readdir(dir)).sort()) {
      const p = path2.join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = await lstat(p);
      const type = st.isDirectory() ? "d" : st.isSymbolicLink() ? "l" : st.isFile() ? "f" : "o";
      h.update(type === "d" ? `${r}\0d\0${st.mode}
` : `${r}\0${type}\0${st.size}\0${Math.floor(st.mtimeMs)}\0${st.mode}
`);
      if (st.isDirectory()) await walk(p, r);
      else if (st.isFile()) {
        files++;
        bytes += st.size;
      }
    }
  };
  await walk(root, "");
  return { files, bytes, fingerprint: h.digest("hex") };
}
async function linkTree(src, dst) {
  let copying = false;
  const walk = async (from, to) => {
    for (const e of await readdir(from, { withFileTypes: true })) {
      const a = path2.join(from, e.name);
      const b = path2.join(to, e.name);
      if (e.isDirectory()) {
        await mkdir(b, { mode: (await lstat(a)).mode & 4095 });
        await walk(a, b);
      } else if (e.isSymbolicLink()) {
        await symlink(await readlink(a), b);
      } else if (e.isFile()) {
        if (!copying) {
          try {
            await link(a, b);
            continue;
          } catch (err) {
            const code = err.code;
            if (code !== "EXDEV" && code !== "EPERM" && code !== "EMLINK") throw err;
            copying = true;
          }
        }
        const st = await lstat(a);
        await copyFile(a, b);
        await utimes(b, st.atime, st.mtime);
      }
    }
  };
  await walk(src, dst);
}
async function moveTree(src, dest) {
  await mkdir(path2.dirname(dest), { recursive: true, mode: 448 });
  try {
    await rename(src, dest);
  } catch (e) {
    if (e.code !== "EXDEV") throw e;
    await cp(src, dest, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true, errorOnExist: true, force: false });
    await rm(src, { recursive: true, force: true });
  }
}
function repositoryIsPublic(env) {
  if (!env.GITHUB_EVENT_PATH) return void 0;
  try {
    const ev = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    if (ev.repository?.visibility === "public" || ev.repository?.private === false) return true;
    if (ev.repository?.private === true) return false;
  } catch {
  }
  return void 0;
}
var safe = (s) => s.replace(/[^A-Za-z0-9._-]/g, "_");
var PullCache = class {
  constructor(cfg, mirrored, root, mode, deps, cache) {
    this.cfg = cfg;
    this.mirrored = mirrored;
    this.root = root;
    this.mode = mode;
    this.deps = deps;
    this.cache = cache;
  }
  cfg;
  mirrored;
  root;
  mode;
  deps;
  cache;
  held = /* @__PURE__ */ new Map();
  /** Per component: the Actions cache entry it was restored from, and the restored tree's fingerprint. */
  restored = /* @__PURE__ */ new Map();
  /** The kept export of a component. In `actions` mode this exact path string is part of the cache entry's version. */
  keptDir(component) {
    return path2.join(this.root, safe(this.cfg.platform), safe(this.cfg.site), safe(this.cfg.environment), component);
  }
  /** The Actions cache key prefix of a component: every entry of it starts so; the newest is restored. */
  keyPrefix(component) {
    return `site-backup-pull-${LAYOUT}-${safe(this.cfg.platform)}-${safe(this.cfg.site)}-${safe(this.cfg.environment)}-${component}-`;
  }
  /** Fills the (empty) `outDir` with the kept export of `component`, when there is one. Never throws. */
  async seed(component, outDir) {
    if (!this.mirrored.has(component)) return;
    const { log } = this.deps;
    const kept = this.keptDir(component);
    const started = Date.now();
    let from = "";
    let restoredKey;
    try {
      if (this.mode === "actions") {
        await rm(kept, { recursive: true, force: true });
        const prefix = this.keyPrefix(component);
        const key = restoredKey = await this.cache.restore([kept], prefix, [prefix]);
        if (!key) {
          log.info(
            `pull-cache: ${component}: no kept export in the Actions cache yet (${prefix}*): a full pull; it is kept for the next backup once this one succeeds`
          );
          return;
        }
        from = ` restored from the Actions cache (${key}) in ${((Date.now() - started) / 1e3).toFixed(1)} s,`;
      }
      const st = await lstat(kept).catch(() => void 0);
      if (!st?.isDirectory()) {
        log.info(
          `pull-cache: ${component}: no kept export in ${kept} yet: a full pull; it is kept for the next backup once this one succeeds`
        );
        return;
      }
      const s = await summarizeTree(kept);
      if (restoredKey) this.restored.set(component, { key: restoredKey, fingerprint: s.fingerprint });
      await linkTree(kept, outDir);
      log.info(
        `pull-cache: ${component}: seeded with the export of the last successful backup (${s.files} files, ${formatBytes(s.bytes)}),${from} so rsync transfers only what changed`
      );
    } catch (e) {
      log.warn(`pull-cache: ${component}: could not seed from the kept export (${e.message}); pulling everything`);
      for (const n of await readdir(outDir).catch(() => [])) await rm(path2.join(outDir, n), { recursive: true, force: true });
    }
  }
  /** After `component` is packed: moves its export aside until the backup commits. Never throws. */
  async hold(component, outDir) {
    if (!this.mirrored.has(component)) return;
    try {
      const holder = await makeStaging(this.deps.tmpRoot, "pull");
      const dir = path2.join(holder, component);
      await rename(outDir, dir);
      this.held.set(component, { holder, dir });
    } catch (e) {
      this.deps.log.warn(`pull-cache: ${component}: could not keep the export (${e.message}); the next backup pulls it in full`);
    }
  }
  /** After the commit point: each held export replaces the kept one (and is saved to the Actions cache). Never throws. */
  async keep() {
    const { log, env } = this.deps;
    for (const [component, h] of this.held) {
      const kept = this.keptDir(component);
      try {
        const s = await summarizeTree(h.dir);
        const old = `${kept}.old-${process.pid}-${Date.now()}`;
        await rename(kept, old).catch((e) => {
          if (e.code !== "ENOENT") throw e;
        });
        try {
          await moveTree(h.dir, kept);
        } finally {
          await rm(old, { recursive: true, force: true });
        }
        for (const n of await readdir(path2.dirname(kept))) {
          if (n.startsWith(`${component}.old-`)) await rm(path2.join(path2.dirname(kept), n), { recursive: true, force: true });
        }
        if (this.mode === "folder") {
          log.info(`pull-cache: ${component}: kept this export (${s.files} files, ${formatBytes(s.bytes)}) in ${kept} for the next backup`);
          continue;
        }
        const was = this.restored.get(component);
        if (was && was.fingerprint === s.fingerprint) {
          log.info(`pull-cache: ${component}: unchanged since the Actions cache entry ${was.key}; not saved again`);
          continue;
        }
        const key = `${this.keyPrefix(component)}${safe(env.GITHUB_RUN_ID ?? "run")}-${safe(env.GITHUB_RUN_ATTEMPT ?? "1")}-${(this.deps.now ?? Date.now)()}`;
        const started = Date.now();
        await this.cache.save([kept], key);
        log.info(
          `pull-cache: ${component}: saved this export (${s.files} files, ${formatBytes(s.bytes)}) to the Actions cache as ${key} in ${((Date.now() - started) / 1e3).toFixed(1)} s`
        );
      } catch (e) {
        log.warn(`pull-cache: ${component}: could not keep this export (${e.message}); the next backup pulls it in full`);
      } finally {
        await rm(h.holder, { recursive: true, force: true });
      }
    }
    this.held.clear();
  }
  /** After a failure: the held exports go; the kept ones are as they were before this run. */
  async discard() {
    for (const h of this.held.values()) await rm(h.holder, { recursive: true, force: true });
    this.held.clear();
  }
};
async function openPullCache(cfg, platform, components, deps) {
  const setting = cfg.pullCache;
  if (!setting) return void 0;
  const { env, log } = deps;
  const mirrored = new Set(components.filter((c) => platform.mirrors?.(c) ?? false));
  if (mirrored.size === 0) {
    log.info(
      `pull-cache: platform \`${cfg.platform}\` pulls none of ${components.join(", ")} with rsync, so there is nothing to keep; every backup exports in full`
    );
    return void 0;
  }
  const cache = deps.cache ?? actionsCache;
  if (setting.kind === "actions") {
    if (repositoryIsPublic(env)) {
      throw new ConfigError(
        "pull-cache",
        "is `actions` on a public repository: every workflow of the repository, pull requests from forks included, can restore its cache entries, and the kept export holds the site's files unencrypted (code with its settings files, uploads)",
        "Use `off`, or a folder on a self-hosted runner."
      );
    }
    if (!cache.available(env)) {
      log.warn(
        "pull-cache: `actions` needs the Actions cache, which only an action step under GitHub Actions can reach; pulling everything. Outside Actions, give a folder instead."
      );
      return void 0;
    }
  }
  const root = setting.kind === "folder" ? setting.dir : path2.join(env.RUNNER_TEMP ?? deps.tmpRoot, "sba-pull-cache");
  log.info(
    `pull-cache: ${[...mirrored].join(" and ")} start from the export kept by the last successful backup (${setting.kind === "folder" ? root : "Actions cache"})`
  );
  return new PullCache(cfg, mirrored, root, setting.kind, deps, cache);
}

// src/core/backup.ts
function selectComponents(cfg, platform) {
  if (!cfg.components) return [...platform.components];
  for (const c of cfg.components) {
    if (!platform.components.includes(c)) {
      throw new ConfigError(
        "components",
        `platform \`${cfg.platform}\` cannot export "${c}": ${platform.explainUnsupported(c)}`,
        `Remove "${c}" from \`components\`, or leave \`components\` empty to take everything this platform covers (${platform.components.join(", ")}).`
      );
    }
  }
  return cfg.components;
}
async function hasContent(dir) {
  for (const name of await readdir2(dir)) {
    const p = path3.join(dir, name);
    const st = await lstat2(p);
    if (st.isFile() && st.size > 0) return true;
    if (st.isDirectory() && await hasContent(p)) return true;
  }
  return false;
}
function componentError(stage, e) {
  const err = stage.controller.signal.aborted ? stage.controller.signal.reason : e;
  if (err instanceof ComponentError) return err;
  return new ComponentError(stage.component, redact(err?.message ?? String(err)), { cause: err });
}
function endStage(stage) {
  clearTimeout(stage.timer);
  stage.progress.stop();
  stage.unhook();
}
async function youngBackup(cfg, deps, now) {
  if (cfg.maxAgeMs === void 0) return void 0;
  const { place, log } = deps;
  const young = (await place.list(cfg.site, cfg.environment)).find((b) => b.complete);
  if (!young || now().getTime() - young.parsed.time.getTime() >= cfg.maxAgeMs) return void 0;
  log.info(
    `A complete backup ${formatDuration(now().getTime() - young.parsed.time.getTime())} old exists (${young.id}), younger than max-age ${formatDuration(cfg.maxAgeMs)}: skipping.`
  );
  return {
    skipped: true,
    id: young.id,
    location: place.location(young),
    manifestUri: place.manifestUri(young),
    bytes: young.objects.filter((o) => o.name !== MANIFEST_NAME).reduce((n, o) => n + o.size, 0),
    components: []
  };
}
function beginExport(run, component) {
  const { cfg, writer } = run;
  const controller = new AbortController();
  const onWriterFailed = () => controller.abort(writer.failed.reason);
  writer.failed.addEventListener("abort", onWriterFailed, { once: true });
  if (writer.failed.aborted) onWriterFailed();
  const stage = {
    component,
    started: Date.now(),
    controller,
    timer: setTimeout(
      () => controller.abort(
        new Error(`timed out after ${formatDuration(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer)`)
      ),
      cfg.timeoutMs
    ),
    progress: startProgress(component, run.log, run.progressIntervalMs, void 0, { phase: "exporting" }),
    exported: Promise.resolve(void 0),
    unhook: () => writer.failed.removeEventListener("abort", onWriterFailed)
  };
  stage.exported = (async () => {
    stage.outDir = await writer.stage(component);
    await run.pulls?.seed(component, stage.outDir);
    stage.progress.phase("exporting", { dir: stage.outDir });
    const exported = await run.platform.export(component, stage.outDir, controller.signal);
    if (controller.signal.aborted) throw controller.signal.reason;
    if (!await hasContent(stage.outDir)) {
      throw new Error(
        "the export produced no files (an empty export is treated as a failure, since several platform CLIs exit 0 when they fail)"
      );
    }
    return exported;
  })();
  stage.exported.catch(() => void 0);
  return stage;
}
async function addStage(run, stage, exported) {
  try {
    return await run.writer.add({
      component: stage.component,
      dir: stage.outDir,
      exported,
      started: stage.started,
      progress: stage.progress,
      signal: stage.controller.signal
    });
  } catch (e) {
    throw componentError(stage, e);
  } finally {
    endStage(stage);
  }
}
async function runComponents(run, components) {
  const live = /* @__PURE__ */ new Set();
  const adds = [];
  let failure;
  let platformSnapshot;
  const fail = (stage, e) => {
    if (failure !== void 0) return;
    failure = componentError(stage, e);
    for (const other of live) if (other !== stage) other.controller.abort(new Error("stopped because another component failed"));
  };
  for (let i = 0; i < components.length && failure === void 0; i++) {
    if (i >= 2) await adds[i - 2].catch(() => void 0);
    if (failure !== void 0) break;
    const stage = beginExport(run, components[i]);
    live.add(stage);
    let exported;
    try {
      exported = await stage.exported;
    } catch (e) {
      fail(stage, e);
      live.delete(stage);
      endStage(stage);
      if (stage.outDir) await run.writer.unstage(stage.outDir);
      break;
    }
    if (exported?.platformSnapshot) platformSnapshot = exported.platformSnapshot;
    const added = addStage(run, stage, exported);
    added.then(
      () => live.delete(stage),
      (e) => {
        live.delete(stage);
        fail(stage, e);
      }
    );
    adds.push(added);
  }
  const settled = await Promise.allSettled(adds);
  if (run.writer.failed.aborted) throw run.writer.failed.reason;
  if (failure !== void 0) throw failure;
  const reports = settled.map((r) => r.value);
  return { reports, ...platformSnapshot ? { platformSnapshot } : {} };
}
async function runBackup(cfg, deps) {
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const { place, platform, log } = deps;
  const skipped = await youngBackup(cfg, deps, now);
  if (skipped) return skipped;
  const components = selectComponents(cfg, platform);
  const createdAt = now();
  const ref = {
    site: cfg.site,
    environment: cfg.environment,
    id: makeBackupId(
      createdAt,
      cfg.trigger,
      backupIdSuffix(env, () => randomBytes(4).toString("hex"))
    )
  };
  const tmpRoot = deps.tmpRoot ?? env.RUNNER_TEMP ?? os.tmpdir();
  const pulls = await openPullCache(cfg, platform, components, { env, log, tmpRoot, ...deps.cache ? { cache: deps.cache } : {} });
  const ctx = {
    cfg,
    ref,
    log,
    tmpRoot,
    ...deps.progressIntervalMs !== void 0 ? { progressIntervalMs: deps.progressIntervalMs } : {},
    stored: async (component, dir) => pulls?.hold(component, dir)
  };
  const writer = await beginWriter(ctx, place);
  log.info(`Backing up ${cfg.site}/${cfg.environment} (${components.join(", ")}) as ${ref.id} to ${writer.where}`);
  const run = { cfg, platform, log, writer, pulls, progressIntervalMs: deps.progressIntervalMs };
  try {
    const { reports, platformSnapshot } = await runComponents(run, components);
    const head = {
      format: 1,
      id: ref.id,
      site: cfg.site,
      environment: cfg.environment,
      platform: cfg.platform,
      trigger: cfg.trigger,
      createdAt: createdAt.toISOString(),
      finishedAt: now().toISOString(),
      tool: TOOL,
      source: sourceFromEnv(env),
      ...platformSnapshot ? { platformSnapshot } : {}
    };
    const committed = await writer.commit(head, reports);
    await pulls?.keep();
    return { skipped: false, id: ref.id, location: place.location(ref), ...committed, components: reports };
  } catch (e) {
    await pulls?.discard();
    await writer.abort().catch(
      (abortErr) => log.warn(`could not clean up the incomplete backup: ${abortErr.message}; prune sweeps it after 24 h`)
    );
    throw e;
  }
}

// src/summaries/backup.ts
var ARTIFACT_LOCK_NOTE = "Artifacts cannot be locked: anyone with `actions: write` on this repository can delete this backup. For backups an attacker cannot erase, use S3 with `s3-object-lock` (docs/immutable.md).";
function backupSummaryMarkdown(s) {
  if (s.skipped) {
    return `## Backup skipped: ${s.site}/${s.environment}

A complete backup young enough already exists: \`${s.id}\` at ${s.location}
`;
  }
  const withRecords = s.components.some((c) => c.exportCounts?.records !== void 0);
  const rows = s.components.map((c) => {
    const ratio = c.contentBytes > 0 ? `${(c.bytes / c.contentBytes * 100).toFixed(1)}%` : "-";
    const records = withRecords ? ` ${c.exportCounts?.records ?? "-"} |` : "";
    return `| ${c.name} | ${c.files} |${records} ${formatBytes(c.contentBytes)} | ${formatBytes(c.bytes)} | ${ratio} | \`${c.sha256.slice(0, 12)}\` | ${formatDuration(c.durationMs)} | ${formatRate(c.contentBytes, c.durationMs)} |`;
  });
  const total = s.components.reduce((n, c) => n + c.bytes, 0);
  return [
    `## Backup ${s.site}/${s.environment}: \`${s.id}\``,
    "",
    `| component | files |${withRecords ? " records |" : ""} in | out | ratio | sha256 | duration | rate |`,
    `|---|---:|${withRecords ? "---:|" : ""}---:|---:|---:|---|---:|---:|`,
    ...rows,
    "",
    `Stored ${formatBytes(total)} at ${s.location}`,
    "",
    ...s.lockNote ? [s.lockNote, ""] : []
  ].join("\n");
}

// src/commands/backup.ts
function lockNote(place, ref) {
  if (place.kind === "artifact") return { lockNote: ARTIFACT_LOCK_NOTE };
  const s3 = place.store;
  const lock = typeof s3?.expectedLock === "function" ? s3.expectedLock(ref) : void 0;
  if (!lock) return {};
  return {
    lockNote: `Object Lock: every object ${lock.mode.toLowerCase()} until at least ${lock.until.toISOString().replace(/\.\d{3}Z$/, "Z")} (what the retention policy keeps it for, plus the margin).`
  };
}
async function backupCommand(io, opts = {}) {
  maskSecretInputs(io.inputs, io.log);
  let cfg;
  let place;
  let notifier;
  const started = Date.now();
  try {
    notifier = await startNotifier(io, "backup", opts.notify);
    cfg = parseBackupConfig(io.inputs, io.env, io.cwd);
    for (const w of inapplicableInputs(io.inputs, cfg.platform, cfg.store.kind)) io.log.warn(w);
    place = await openPlace(cfg.store, io.log, io.env);
    const platform = await openPlatform(
      cfg.platform,
      { site: cfg.site, environment: cfg.environment, inputs: io.inputs, env: io.env, log: io.log, purpose: "backup" },
      io.env.RUNNER_TEMP ?? os2.tmpdir()
    );
    let result;
    try {
      result = await runBackup(cfg, {
        place,
        platform,
        log: io.log,
        env: io.env,
        ...opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}
      });
    } finally {
      await platform.close();
    }
    await reportSuccess(io, cfg, place, result);
    await notifier?.success({ ...result, components: result.components.map((c) => c.name), elapsedMs: Date.now() - started });
    return result;
  } catch (e) {
    await reportFailure(io, e, cfg, place);
    await notifier?.failure(e, io.env);
    throw e;
  }
}
async function reportSuccess(io, cfg, place, result) {
  io.setOutput("backup-id", result.id);
  io.setOutput("location", result.location);
  io.setOutput("bytes", String(result.bytes));
  io.setOutput("manifest", result.manifestUri);
  io.setOutput("skipped", String(result.skipped));
  const ref = { site: cfg.site, environment: cfg.environment, id: result.id };
  const manifestSha256 = result.manifestSha256 ?? (result.skipped ? await storedManifestSha256(place, ref) : void 0);
  if (manifestSha256) io.setOutput("manifest-sha256", manifestSha256);
  const artifact = place.kind === "artifact" && !result.skipped ? place.store.knownArtifactId(ref) : void 0;
  if (artifact !== void 0) {
    io.setOutput("artifact-id", String(artifact));
    const url = artifactUrl(io.env, artifact);
    if (url) io.setOutput("artifact-url", url);
  }
  await io.summary(
    backupSummaryMarkdown({
      site: cfg.site,
      environment: cfg.environment,
      id: result.id,
      location: result.location,
      components: result.components,
      skipped: result.skipped,
      ...lockNote(place, ref)
    })
  );
  await writeStatus(io.env.RUNNER_TEMP, {
    outcome: result.skipped ? "skipped" : "success",
    site: cfg.site,
    environment: cfg.environment,
    backupId: result.id,
    finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...runUrl(io.env)
  });
}
async function reportFailure(io, e, cfg, place) {
  if (cfg) {
    const status = {
      outcome: "failure",
      site: cfg.site,
      environment: cfg.environment,
      ...failureStatusFields(e, io.env),
      finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
      ...runUrl(io.env),
      ...e instanceof ComponentError ? { component: e.component } : {}
    };
    await writeStatus(io.env.RUNNER_TEMP, status).catch(() => void 0);
  }
  const site = cfg?.site ?? io.inputs.get("site");
  const environment = cfg?.environment ?? io.inputs.get("environment") ?? "production";
  const kept = e instanceof ReadBackError && e.stored ? "A manifest for this backup is in the store, but reading it back to confirm it failed; the backup was kept, not deleted. Verify it before relying on it." : cfg ? `Nothing of this run was stored as a backup: without a manifest it is incomplete, and prune sweeps what is left of it. ${newestKeptText(await newestKept(place, cfg.site, cfg.environment), cfg.site, cfg.environment)}` : "Nothing was read or written: the inputs were refused before the backup started.";
  await io.summary(failureSummaryMarkdown({ action: "backup", site, environment, error: e, env: io.env, kept })).catch(() => void 0);
}
async function newestKept(place, site, environment) {
  if (!place) return { kind: "unopened" };
  try {
    const newest = (await place.list(site, environment)).find((b) => b.complete);
    return { kind: "listed", ...newest ? { newest: { id: newest.id, time: newest.parsed.time, location: place.location(newest) } } : {} };
  } catch {
    return { kind: "unlisted" };
  }
}
async function storedManifestSha256(place, ref) {
  try {
    return createHash2("sha256").update(await place.manifestBytes(ref)).digest("hex");
  } catch {
    return void 0;
  }
}
function artifactUrl(env, id) {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return void 0;
  return `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}
function runUrl(env) {
  const u = sourceFromEnv(env).runUrl;
  return u ? { runUrl: u } : {};
}

export {
  backupCommand
};
