import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  boundedProblems,
  serializeCheckRecord
} from "./chunk-DISREDLV.js";
import {
  inapplicableInputs,
  openPlatform,
  startNotifier
} from "./chunk-34PKCNCV.js";
import {
  failureSummaryMarkdown
} from "./chunk-EOV4YIFL.js";
import {
  maskSecretInputs
} from "./chunk-OGGUYU7W.js";
import "./chunk-AECYB6ZT.js";
import "./chunk-ISUFTHLB.js";
import {
  drillSummaryMarkdown,
  normalizeGlob,
  restoreSummaryMarkdown,
  runDrill,
  runRestore
} from "./chunk-ASICMZVJ.js";
import {
  IntegrityError,
  backupsNewerThan,
  fetchObject,
  loadManifest,
  pickBackup,
  safeUnpackFile,
  verifyBackups,
  verifySummaryMarkdown
} from "./chunk-FOZWZYJM.js";
import "./chunk-2OE4HZ7R.js";
import "./chunk-TIVNZVPQ.js";
import {
  parseBackupChoice
} from "./chunk-TBKFJYQ6.js";
import {
  openStore
} from "./chunk-WOVYGYCH.js";
import {
  parseBool,
  parseCommon,
  parseDurationInput,
  parseEnvironment,
  refuseControlChars,
  requireFolderOrAbsent
} from "./chunk-PXQUJKPQ.js";
import "./chunk-GDMYLTKY.js";
import "./chunk-VGFCETJD.js";
import "./chunk-UBH3SLY2.js";
import {
  inputOrDefault
} from "./chunk-W566TAXC.js";
import "./chunk-4PEM3UII.js";
import "./chunk-FPDQBVEU.js";
import "./chunk-UQAASSIJ.js";
import "./chunk-YLZVTQOS.js";
import "./chunk-OTFXQX3Q.js";
import "./chunk-O7CNWCFR.js";
import {
  TOOL
} from "./chunk-5A26CKDP.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  isResticStore
} from "./chunk-ATQ5LIQX.js";
import {
  sourceFromEnv
} from "./chunk-5CIGDVM5.js";
import "./chunk-TLYYK3DI.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/commands/verify.ts
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import os2 from "node:os";
import path2 from "node:path";

// src/config/drill.ts
var DB_NAME_RE = /^[A-Za-z0-9_]{1,64}$/;
var DEFAULT_DRILL_DATABASE = "site_backup_drill";
function parseDrillUrl(text) {
  let u;
  try {
    u = new URL(text);
  } catch {
    throw new ConfigError(
      "drill-database-url",
      "is not a URL",
      "Write it as `mysql://user:password@127.0.0.1:3306/drill` or `postgres://user:password@127.0.0.1:5432/drill`."
    );
  }
  const scheme = u.protocol.replace(/:$/, "").toLowerCase();
  const engine = ["mysql", "mariadb"].includes(scheme) ? "mariadb" : ["postgres", "postgresql"].includes(scheme) ? "postgres" : void 0;
  if (!engine) {
    throw new ConfigError(
      "drill-database-url",
      `scheme "${scheme}" is not supported`,
      "Use `mysql://` (or `mariadb://`) for MariaDB and MySQL, `postgres://` for PostgreSQL."
    );
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, "")) || DEFAULT_DRILL_DATABASE;
  if (!DB_NAME_RE.test(database)) {
    throw new ConfigError(
      "drill-database-url",
      `database name "${database}" is not plain`,
      "Use letters, digits and `_` only, such as `/site_backup_drill`."
    );
  }
  const t = { engine, database };
  if (u.hostname) t.host = u.hostname.replace(/^\[|\]$/g, "");
  if (u.port) t.port = Number(u.port);
  if (u.username) t.user = decodeURIComponent(u.username);
  if (u.password) t.password = decodeURIComponent(u.password);
  const socket = u.searchParams.get("socket") ?? u.searchParams.get("host");
  if (socket) t.socket = socket;
  return t;
}

// src/config/restore.ts
import path from "node:path";
var DEFAULT_PROTECTED = ["production", "live", "main", "master"];
var IDENTITY_RE = /^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/;
function parseIdentities(text) {
  if (!text) return [];
  const out = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith("#")) continue;
    for (const word of line.split(/[\s,]+/).filter(Boolean)) {
      if (IDENTITY_RE.test(word)) {
        out.push(word);
        continue;
      }
      const hint = word.startsWith("age1") ? "that is a public recipient; restore needs the secret key" : "it is not an age identity";
      throw new ConfigError(
        "decrypt-identity",
        `line ${i + 1}: ${hint}`,
        "Pass the whole key file from `age-keygen` (lines starting `AGE-SECRET-KEY-1`), from a secret."
      );
    }
  }
  return out;
}
function parseRestoreConfig(src, cwd = process.cwd()) {
  const common = parseCommon(src, cwd);
  const target = src.get("target-environment") ? parseEnvironment(src, "target-environment") : common.environment;
  const prot = (inputOrDefault(src, "protected-environments") ?? DEFAULT_PROTECTED.join(",")).split(/[\s,]+/).filter(Boolean);
  const cfg = {
    ...common,
    backup: parseBackupChoice(src),
    targetEnvironment: target,
    identities: parseIdentities(src.get("decrypt-identity")),
    dryRun: parseBool(src, "dry-run"),
    restoreDir: parseRestoreDir(src, common.platform, cwd),
    protectedEnvironments: prot
  };
  const confirm = src.get("confirm");
  if (confirm !== void 0) cfg.confirm = confirm;
  const paths = parsePaths(src.get("path"));
  if (paths.length) cfg.paths = paths;
  const tables = (src.get("table") ?? "").split(/\r?\n/).map((t) => t.trim()).filter(Boolean);
  if (tables.length) {
    if (paths.length)
      throw new ConfigError("table", "cannot be combined with `path`", "Run one restore for the files and one for the tables.");
    cfg.tables = tables;
  }
  return cfg;
}
function parseRestoreDir(src, platform, cwd) {
  const v = inputOrDefault(src, "restore-dir");
  const dir = path.resolve(cwd, v);
  if (platform !== "command") return dir;
  const fix = "Point `restore-dir` at a folder, or at a new one (it is created; each component gets a subfolder).";
  refuseControlChars("restore-dir", v, fix);
  return requireFolderOrAbsent(dir, "restore-dir", fix);
}
function parsePaths(text) {
  const out = [];
  for (const line of (text ?? "").split(/\r?\n/)) {
    const g = normalizeGlob(line);
    if (!line.trim()) continue;
    if (!g || g.startsWith("/") || g.split("/").some((s) => s === ".." || s === ".") || g.includes("\0")) {
      throw new ConfigError(
        "path",
        `${JSON.stringify(line.trim())} is not a relative path inside a component`,
        "Give paths as the archive holds them, relative to the component and without `..`: `media/logo.png`, `**/*.pdf`, `sites/default/files`."
      );
    }
    out.push(g);
  }
  return out;
}
function parseMode(src) {
  const v = inputOrDefault(src, "mode");
  if (v !== "restore" && v !== "verify") throw new ConfigError("mode", `unknown mode "${v}"`, "Use `restore` or `verify`.");
  return v;
}

// src/config/verify.ts
function parseVerifyConfig(src, cwd) {
  const cfg = {
    ...parseCommon(src, cwd),
    backup: parseBackupChoice(src),
    identities: parseIdentities(src.get("decrypt-identity"))
  };
  const newer = parseDurationInput(src, "newer-than");
  if (newer !== void 0) {
    if (cfg.backup !== "latest") {
      throw new ConfigError(
        "newer-than",
        `is set together with \`backup: ${cfg.backup}\``,
        "Use one: `backup` for one backup, or `newer-than` for every backup of a period."
      );
    }
    cfg.newerThanMs = newer;
  }
  if (parseBool(src, "drill")) {
    const url = src.get("drill-database-url");
    if (!url) {
      throw new ConfigError(
        "drill-database-url",
        "is required with `drill: true`",
        "Point it at a throwaway server, such as a `mariadb` service container: `mysql://root:${{ env.DB_PASSWORD }}@127.0.0.1:3306/drill`."
      );
    }
    const sql = src.get("drill-sql");
    cfg.drill = { target: parseDrillUrl(url), ...sql ? { sql } : {} };
  }
  return cfg;
}

// src/core/check-records.ts
function base(ctx, kind, backup) {
  const runUrl = sourceFromEnv(ctx.env).runUrl;
  return {
    format: 1,
    kind,
    site: ctx.site,
    environment: ctx.environment,
    backup,
    at: ctx.at.toISOString(),
    tool: { name: TOOL.name, version: TOOL.version },
    ...runUrl ? { runUrl } : {}
  };
}
function verifyRecord(ctx, check, durationMs) {
  if (!check.complete || check.inProgress) return void 0;
  const ok = check.damage.length === 0;
  const decoded = check.objects.filter((o) => o.listing).length;
  const n = check.objects.length;
  const summary = ok ? `${n} ${n === 1 ? "object" : "objects"}, sha256 ok${decoded ? `, ${decoded} ${decoded === 1 ? "archive" : "archives"} listed` : ""}${decoded < n ? `, ${n - decoded} not decoded (encrypted)` : ""}` : `${check.damage.length} damaged`;
  return {
    ...base(ctx, "verify", check.id),
    ok,
    summary,
    problems: boundedProblems(check.damage.map((d) => redact(`${d.object ? `${d.object}: ` : ""}${d.problem}`))),
    ...durationMs !== void 0 ? { durationMs: Math.max(0, Math.round(durationMs)) } : {}
  };
}
function drillRecord(ctx, backupId, result, error) {
  const ok = !error && !!result;
  const loaded = result ? `${result.tables.length} tables, ${result.totalRows} rows into ${result.engine}` : "not loaded";
  const check = result?.check ? `, check ${result.check.ok ? "passed" : "failed"}` : "";
  return {
    ...base(ctx, "drill", backupId),
    ok,
    summary: `${loaded}${check}`,
    problems: error ? boundedProblems([redact(error.message)]) : [],
    ...result?.durationMs ? { durationMs: Math.round(result.durationMs) } : {}
  };
}
async function writeCheckRecord(store, ref, name, record, log) {
  if (!store.writeRecord) {
    log.info(
      `${ref.id}: this store keeps no check records (artifacts cannot change once uploaded; restic keeps no backup folders), so the fleet report will not show this ${record.kind}`
    );
    return false;
  }
  try {
    await store.writeRecord(ref, name, serializeCheckRecord(record));
    return true;
  } catch (e) {
    log.warn(`${ref.id}: could not write ${name} (${redact(e.message)}); the ${record.kind} itself is unaffected`);
    return false;
  }
}

// src/commands/restore.ts
import os from "node:os";
async function restoreCommand(io) {
  maskSecretInputs(io.inputs, io.log);
  try {
    return await restoreSteps(io);
  } catch (e) {
    const untouched = e instanceof ConfigError || e instanceof IntegrityError || /nothing was changed|refus/i.test(e.message);
    const kept = `Restore never writes to the store: every backup in it is as it was. ${untouched ? "The target was not changed." : "The target may be partly restored: the log says which components finished. Run the restore again once the cause is fixed."}`;
    await io.summary(
      failureSummaryMarkdown({
        action: "restore",
        site: io.inputs.get("site"),
        environment: io.inputs.get("target-environment") ?? io.inputs.get("environment") ?? "production",
        error: e,
        env: io.env,
        kept
      })
    ).catch(() => void 0);
    throw e;
  }
}
async function restoreSteps(io) {
  const cfg = parseRestoreConfig(io.inputs, io.cwd);
  for (const w of inapplicableInputs(io.inputs, cfg.platform, cfg.store.kind)) io.log.warn(w);
  const store = await openStore(cfg.store, io.log, io.env);
  const tmpRoot = io.env.RUNNER_TEMP ?? os.tmpdir();
  const ctx = {
    site: cfg.site,
    environment: cfg.environment,
    inputs: io.inputs,
    purpose: "restore",
    env: io.env,
    log: io.log
  };
  const hasRestoreCommand = (c) => Boolean(io.inputs.get(`${c}-restore-command`));
  const result = await runRestore(
    cfg,
    {
      store,
      log: io.log,
      tmpRoot,
      openPlatform: () => openPlatform(cfg.platform, ctx, tmpRoot)
    },
    hasRestoreCommand
  );
  io.setOutput("backup-id", result.plan.backupId);
  await io.summary(
    restoreSummaryMarkdown(result, store.location({ site: cfg.site, environment: cfg.environment, id: result.plan.backupId }))
  );
  return result;
}

// src/commands/verify.ts
async function verifyCommand(io, opts = {}) {
  let wrote = false;
  let notifier;
  const started = Date.now();
  const inner = {
    ...io,
    summary: async (md) => {
      wrote = true;
      await io.summary(md);
    }
  };
  try {
    maskSecretInputs(io.inputs, io.log);
    notifier = await startNotifier(io, "verify", opts.notify);
    const result = await verifySteps(inner);
    await notifier?.verified({
      ids: result.report.checks.map((c) => c.id),
      ...result.drill ? { drillRows: result.drill.totalRows } : {},
      elapsedMs: Date.now() - started
    });
    return result;
  } catch (e) {
    const kept = "Verify only reads: every backup in the store is as it was, and nothing else was changed.";
    if (!wrote)
      await io.summary(
        failureSummaryMarkdown({
          action: "verify",
          site: io.inputs.get("site"),
          environment: io.inputs.get("environment") ?? "production",
          error: e,
          env: io.env,
          kept
        })
      ).catch(() => void 0);
    await notifier?.failure(e, io.env);
    throw e;
  }
}
async function verifySteps(io) {
  maskSecretInputs(io.inputs, io.log);
  const cfg = parseVerifyConfig(io.inputs, io.cwd);
  const store = await openStore(cfg.store, io.log, io.env);
  const tmpRoot = io.env.RUNNER_TEMP ?? os2.tmpdir();
  const list = await store.list(cfg.site, cfg.environment);
  const chosen = chooseBackups(io, cfg, list);
  const { report, verifiedData } = await verifyChosen(io, cfg, store, chosen, tmpRoot);
  const newest = report.checks.find((c) => c.complete && c.manifest);
  const problems = [];
  if (!newest)
    problems.push(
      cfg.newerThanMs !== void 0 ? `no complete backup was made in the last ${formatDuration(cfg.newerThanMs)}` : "no complete backup to verify"
    );
  if (newest) io.setOutput("backup-id", newest.id);
  io.setOutput("verified", report.checks.map((c) => c.id).join(","));
  const { drill, drillError } = cfg.drill && newest ? await drillNewest(io, cfg, store, list, newest, tmpRoot, verifiedData) : {};
  if (verifiedData) await rm(verifiedData.dir, { recursive: true, force: true });
  await writeRecords(io, cfg, store, list, report, newest, drill, drillError);
  let md = verifySummaryMarkdown(report);
  if (drill && newest) md += "\n" + drillSummaryMarkdown(drill, newest.id);
  if (drillError) md += `
**Restore drill failed**: ${drillError.message}
`;
  if (problems.length) md += `
**${problems.join("; ")}**
`;
  await io.summary(md);
  if (report.damage.length > 0) {
    const n = report.damage.length;
    throw new IntegrityError(report.damage, `verify found ${n} damaged ${n === 1 ? "object" : "objects"}`);
  }
  if (problems.length) throw new Error(problems.join("; "));
  if (drillError) throw drillError;
  return { report, ...drill ? { drill } : {} };
}
function chooseBackups(io, cfg, list) {
  if (cfg.newerThanMs !== void 0) {
    const chosen2 = backupsNewerThan(list, cfg.newerThanMs, /* @__PURE__ */ new Date());
    io.log.info(
      `Verifying ${chosen2.length} ${chosen2.length === 1 ? "backup" : "backups"} of ${cfg.site}/${cfg.environment} made in the last ${formatDuration(cfg.newerThanMs)}`
    );
    return chosen2;
  }
  const chosen = [pickBackup(list, cfg.backup)];
  io.log.info(`Verifying ${cfg.site}/${cfg.environment} backup ${chosen[0].id}`);
  return chosen;
}
async function verifyChosen(io, cfg, store, chosen, tmpRoot) {
  let verifiedData;
  const keepForDrill = async (b, c, file) => {
    if (verifiedData || c.name !== "data") return;
    const dir = await mkdtemp(path2.join(tmpRoot, "site-backup-drill-"));
    verifiedData = { backupId: b.id, component: c, file: path2.join(dir, c.object), dir };
    await rename(file, verifiedData.file);
  };
  try {
    const report = await verifyBackups(cfg.site, cfg.environment, chosen, {
      store,
      log: io.log,
      tmpRoot,
      identities: cfg.identities,
      ...cfg.components ? { components: cfg.components } : {},
      ...cfg.drill ? { onVerified: keepForDrill } : {}
    });
    return { report, verifiedData };
  } catch (e) {
    if (verifiedData) await rm(verifiedData.dir, { recursive: true, force: true });
    throw e;
  }
}
async function drillNewest(io, cfg, store, list, newest, tmpRoot, verifiedData) {
  if (newest.damage.length > 0) return { drillError: new Error(`drill skipped: the newest backup ${newest.id} is damaged`) };
  try {
    const drill = await drillBackup(
      io,
      cfg,
      store,
      list.find((b) => b.id === newest.id),
      tmpRoot,
      verifiedData
    );
    io.setOutput("drill-rows", String(drill.totalRows));
    return { drill };
  } catch (e) {
    const partial = e.result;
    return { drillError: e, ...partial ? { drill: partial } : {} };
  }
}
async function writeRecords(io, cfg, store, list, report, newest, drill, drillError) {
  const ctx = { site: cfg.site, environment: cfg.environment, at: /* @__PURE__ */ new Date(), env: io.env };
  for (const c of report.checks) {
    const rec = verifyRecord(ctx, c);
    if (rec)
      await writeCheckRecord(
        store,
        list.find((b) => b.id === c.id),
        "last-verify.json",
        rec,
        io.log
      );
  }
  if (cfg.drill && newest && (drill || drillError))
    await writeCheckRecord(
      store,
      list.find((b) => b.id === newest.id),
      "last-drill.json",
      drillRecord(ctx, newest.id, drill, drillError),
      io.log
    );
}
async function drillBackup(io, cfg, store, backup, tmpRoot, verified) {
  if (isResticStore(store))
    return (await import("./restore-QSFEZGWJ.js")).resticDrill(store, backup, cfg.drill, { tmpRoot, log: io.log, env: io.env });
  const manifest = await loadManifest(store, backup);
  const data = manifest.components.find((c) => c.name === "data");
  if (!data)
    throw new Error(`backup ${backup.id} has no data component to drill (it holds ${manifest.components.map((c) => c.name).join(", ")})`);
  if (data.encryption === "age" && cfg.identities.length === 0) {
    throw new ConfigError(
      "decrypt-identity",
      `the data of ${backup.id} is age-encrypted`,
      "Set `decrypt-identity` so the drill can decrypt it."
    );
  }
  const work = await mkdtemp(path2.join(tmpRoot, "site-backup-drill-"));
  try {
    let file;
    if (verified?.backupId === backup.id && verified.component.object === data.object) {
      io.log.info(`drill: using ${backup.id}/${data.object} as verify downloaded and checked it`);
      file = verified.file;
    } else {
      file = path2.join(work, data.object);
      const f = await fetchObject(store, backup, data, file, void 0, io.log);
      if (f.problem) throw new IntegrityError([{ backup: backup.id, object: data.object, problem: f.problem }], "drill refused");
    }
    const dir = path2.join(work, "data");
    await mkdir(dir, { mode: 448 });
    await safeUnpackFile(file, data.object, dir, {
      compression: data.compression,
      encryption: data.encryption,
      identities: cfg.identities
    });
    await rm(file, { force: true });
    return await runDrill(dir, cfg.drill.target, {
      ...cfg.drill.sql ? { sql: cfg.drill.sql } : {},
      tmpRoot: work,
      log: io.log,
      env: io.env
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
function restoreOrVerify(io) {
  return parseMode(io.inputs) === "verify" ? verifyCommand(io) : restoreCommand(io);
}
export {
  restoreOrVerify,
  verifyCommand
};
