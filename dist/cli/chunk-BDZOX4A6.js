import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  ReadBackError
} from "./chunk-4WHPXNRH.js";
import {
  writeStatus
} from "./chunk-3DDH7VCA.js";
import {
  inapplicableInputs,
  openPlatform,
  startNotifier
} from "./chunk-34PKCNCV.js";
import {
  failureSummaryMarkdown,
  newestKeptText
} from "./chunk-EOV4YIFL.js";
import {
  maskSecretInputs
} from "./chunk-OGGUYU7W.js";
import {
  openStore
} from "./chunk-WOVYGYCH.js";
import {
  parseBool,
  parseCommon,
  parseDurationInput,
  requireFolderOrAbsent
} from "./chunk-PXQUJKPQ.js";
import {
  failureStatusFields
} from "./chunk-UBH3SLY2.js";
import {
  inputOrDefault
} from "./chunk-W566TAXC.js";
import {
  runBackup
} from "./chunk-KQMAOM6Q.js";
import {
  formatBytes,
  formatRate
} from "./chunk-OTFXQX3Q.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  COMPRESSIONS,
  MANIFEST_NAME,
  TRIGGERS,
  sourceFromEnv
} from "./chunk-5CIGDVM5.js";
import {
  ComponentError,
  ConfigError
} from "./chunk-Y4QAI7FI.js";

// src/commands/backup.ts
import { createHash } from "node:crypto";
import os from "node:os";

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
function lockNote(store, ref) {
  if (store.kind === "artifact") return { lockNote: ARTIFACT_LOCK_NOTE };
  const s3 = store;
  const lock = typeof s3.expectedLock === "function" ? s3.expectedLock(ref) : void 0;
  if (!lock) return {};
  return {
    lockNote: `Object Lock: every object ${lock.mode.toLowerCase()} until at least ${lock.until.toISOString().replace(/\.\d{3}Z$/, "Z")} (what the retention policy keeps it for, plus the margin).`
  };
}
async function backupCommand(io, opts = {}) {
  maskSecretInputs(io.inputs, io.log);
  let cfg;
  let store;
  let notifier;
  const started = Date.now();
  try {
    notifier = await startNotifier(io, "backup", opts.notify);
    cfg = parseBackupConfig(io.inputs, io.env, io.cwd);
    for (const w of inapplicableInputs(io.inputs, cfg.platform, cfg.store.kind)) io.log.warn(w);
    store = await openStore(cfg.store, io.log, io.env);
    const platform = await openPlatform(
      cfg.platform,
      { site: cfg.site, environment: cfg.environment, inputs: io.inputs, env: io.env, log: io.log, purpose: "backup" },
      io.env.RUNNER_TEMP ?? os.tmpdir()
    );
    let result;
    try {
      result = await runBackup(cfg, {
        store,
        platform,
        log: io.log,
        env: io.env,
        ...opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}
      });
    } finally {
      await platform.close();
    }
    io.setOutput("backup-id", result.id);
    io.setOutput("location", result.location);
    io.setOutput("bytes", String(result.bytes));
    io.setOutput("manifest", result.manifestUri);
    io.setOutput("skipped", String(result.skipped));
    const ref = { site: cfg.site, environment: cfg.environment, id: result.id };
    const manifestSha256 = result.manifestSha256 ?? (result.skipped ? await storedManifestSha256(store, ref) : void 0);
    if (manifestSha256) io.setOutput("manifest-sha256", manifestSha256);
    const artifact = store.kind === "artifact" && !result.skipped ? store.knownArtifactId(ref) : void 0;
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
        ...lockNote(store, ref)
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
    await notifier?.success({ ...result, components: result.components.map((c) => c.name), elapsedMs: Date.now() - started });
    return result;
  } catch (e) {
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
    const kept = e instanceof ReadBackError && e.stored ? "A manifest for this backup is in the store, but reading it back to confirm it failed; the backup was kept, not deleted. Verify it before relying on it." : cfg ? `Nothing of this run was stored as a backup: without a manifest it is incomplete, and prune sweeps what is left of it. ${newestKeptText(await newestKept(store, cfg.site, cfg.environment), cfg.site, cfg.environment)}` : "Nothing was read or written: the inputs were refused before the backup started.";
    await io.summary(failureSummaryMarkdown({ action: "backup", site, environment, error: e, env: io.env, kept })).catch(() => void 0);
    await notifier?.failure(e, io.env);
    throw e;
  }
}
async function newestKept(store, site, environment) {
  if (!store) return { kind: "unopened" };
  try {
    const newest = (await store.list(site, environment)).find((b) => b.complete);
    return { kind: "listed", ...newest ? { newest: { id: newest.id, time: newest.parsed.time, location: store.location(newest) } } : {} };
  } catch {
    return { kind: "unlisted" };
  }
}
async function storedManifestSha256(store, ref) {
  try {
    const h = createHash("sha256");
    for await (const chunk of await store.read(ref, MANIFEST_NAME)) h.update(chunk);
    return h.digest("hex");
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
