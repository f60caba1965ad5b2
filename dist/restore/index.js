import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  parseBool,
  parseCommon,
  parseDurationInput,
  parseEnvironment,
  parseSite,
  refuseControlChars,
  requireFolderOrAbsent
} from "./chunk-I57ELGHG.js";
import {
  DumpRefused,
  guardedDump,
  scanDump,
  sqlClientFailure
} from "./chunk-2OE4HZ7R.js";
import {
  INPUTS,
  INPUT_READERS,
  envSource,
  inputOrDefault
} from "./chunk-5LGMOAVG.js";
import {
  VerificationError,
  walkFiles
} from "./chunk-6C6HLHJS.js";
import {
  ArchiveReadError,
  IntegrityError
} from "./chunk-H5OXPJJW.js";
import {
  readdirIfExists,
  unwritten
} from "./chunk-VGFCETJD.js";
import {
  pickBackup
} from "./chunk-TWJZNGYF.js";
import {
  childEnv,
  lastLines,
  runProcess
} from "./chunk-MHMSWIL4.js";
import {
  formatBytes,
  formatRate
} from "./chunk-OTFXQX3Q.js";
import {
  MAX_INDEX_BYTES,
  contentStarts,
  frameAt,
  parseIndex,
  storedStarts
} from "./chunk-HW7WNKRF.js";
import {
  Header,
  decodeZstdChunks,
  decompressStream,
  loadAge
} from "./chunk-BH5S2EFY.js";
import {
  installInterruptCleanup,
  makeStaging,
  sweepLeftovers
} from "./chunk-TLYYK3DI.js";
import "./chunk-3IYOPT4L.js";
import {
  ComponentError,
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import {
  addSecret,
  redact,
  secretsInEnv
} from "./chunk-CWCRKLXP.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  BackupExistsError,
  ObjectReadError,
  groupBackups,
  isLayoutObject,
  isRecordName,
  readObjectRange
} from "./chunk-6DWQDHOM.js";
import {
  BACKUP_ID_RE,
  MANIFEST_NAME,
  SITE_RE,
  _enum,
  array,
  boolean,
  lazy,
  literal,
  number,
  object,
  parseBackupId,
  sourceFromEnv,
  string
} from "./chunk-K42IPT4L.js";
import "./chunk-BB3JDYVJ.js";

// src/config/restore.ts
import path from "node:path";

// src/util/glob.ts
function toRegExp(glob) {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        i++;
        if (glob[i + 1] === "/") {
          i++;
          re += "(?:.*/)?";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "u");
}
function normalizeGlob(glob) {
  return glob.trim().replace(/^(\.\/)+/, "").replace(/\/+$/, "");
}
function globMatcher(globs) {
  const res = globs.map((g) => toRegExp(normalizeGlob(g)));
  return (p) => {
    for (let cut = p.length; cut > 0; cut = p.lastIndexOf("/", cut - 1)) {
      const head = p.slice(0, cut);
      if (res.some((r) => r.test(head))) return true;
    }
    return false;
  };
}

// src/config/backup-choice.ts
var EXAMPLE = "an id such as `20261121T050003Z-scheduled-r8812345`";
function isBackupChoice(v) {
  return v === "latest" || BACKUP_ID_RE.test(v);
}
function parseBackupChoice(src) {
  const v = inputOrDefault(src, "backup");
  if (!isBackupChoice(v)) {
    throw new ConfigError(
      "backup",
      `"${v}" is neither \`latest\` nor a backup id`,
      `Use \`latest\`, or ${EXAMPLE} (\`site-backup list\` shows them).`
    );
  }
  return v;
}

// src/config/restore.ts
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

// src/commands/verify.ts
import { mkdtemp as mkdtemp2, rename as rename4, rm as rm8 } from "node:fs/promises";
import os2 from "node:os";
import path10 from "node:path";

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

// src/model/check-record.ts
var ISO_UTC_RE = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?Z$/;
function isIsoInstant(s) {
  const m2 = ISO_UTC_RE.exec(s);
  if (!m2) return false;
  const [y, mo, d, h, mi, sec] = m2.slice(1, 7).map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi && t.getUTCSeconds() === sec;
}
function buildSchema() {
  const isoUtc = string().refine(isIsoInstant, "an ISO-8601 UTC instant (YYYY-MM-DDTHH:MM:SSZ) that exists");
  return object({
    format: literal(1),
    kind: _enum(["verify", "drill"]),
    site: string().regex(SITE_RE),
    environment: string().min(1),
    backup: string().regex(BACKUP_ID_RE),
    at: isoUtc,
    ok: boolean(),
    /** One line: "3 objects, sha256 ok" or "12 tables, 3,400 rows, check passed". */
    summary: string().max(500),
    /** At most 10 problems, each at most 300 characters. */
    problems: array(string().max(300)).max(10).default([]),
    durationMs: number().int().nonnegative().optional(),
    tool: object({ name: string(), version: string() }),
    runUrl: string().optional()
  });
}
var checkRecordSchema = lazy(buildSchema);
function serializeCheckRecord(r) {
  return JSON.stringify(checkRecordSchema().parse(r), null, 2) + "\n";
}
function boundedProblems(problems) {
  return problems.slice(0, 10).map((p) => p.length > 300 ? `${p.slice(0, 297)}...` : p);
}

// src/core/tool.ts
var TOOL = { name: "site-backup-action", version: "1.0.0" };

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
function drillRecord(ctx, backupId, result, error2) {
  const ok = !error2 && !!result;
  const loaded = result ? `${result.tables.length} tables, ${result.totalRows} rows into ${result.engine}` : "not loaded";
  const check = result?.check ? `, check ${result.check.ok ? "passed" : "failed"}` : "";
  return {
    ...base(ctx, "drill", backupId),
    ok,
    summary: `${loaded}${check}`,
    problems: error2 ? boundedProblems([redact(error2.message)]) : [],
    ...result?.durationMs ? { durationMs: Math.round(result.durationMs) } : {}
  };
}
async function writeCheckRecord(store, ref, name, record, log) {
  if (!store?.writeRecord) {
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

// src/report/markdown.ts
var CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var HTML_ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;" };
function cell(s) {
  return s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ").replace(CONTROL_RE, " ").replace(/[&<>|]/g, (c) => HTML_ENTITY[c]).replace(/[\\`*~[\]]/g, "\\$&").replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, "\\_").replace(/:\/\//g, "\\://").replace(/\bwww\./gi, (m2) => `${m2.slice(0, 3)}\\.`);
}
function markupCell(s) {
  return s.replace(/\|/g, "\\|").replace(/\s*\r?\n\s*/g, " ");
}
function code(s) {
  const one = s.replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...[...one.matchAll(/`+/g)].map((m2) => m2[0].length));
  const fence = "`".repeat(longest + 1);
  return longest ? `${fence} ${one} ${fence}` : `${fence}${one}${fence}`;
}

// src/summaries/drill.ts
function drillSummaryMarkdown(r, backupId) {
  const lines = [
    `### Restore drill: \`${backupId}\` into ${r.engine} (\`${r.client}\`)`,
    "",
    `Loaded ${r.dumps.length} ${r.dumps.length === 1 ? "dump" : "dumps"} (${r.dumps.map((d) => `${cell(d.file)} ${formatBytes(d.bytes)} in ${formatDuration(d.durationMs)}`).join(", ")}): **${r.tables.length} tables, ${r.totalRows} rows**, in ${formatDuration(r.durationMs)}.`,
    "",
    "| table | rows |",
    "|---|---:|",
    ...r.tables.slice(0, 100).map((t) => `| ${cell(`${t.schema}.${t.table}`)} | ${t.rows} |`)
  ];
  if (r.tables.length > 100) lines.push(`| \u2026 ${r.tables.length - 100} more | |`);
  if (r.check) {
    lines.push(
      "",
      `Check ${code(r.check.sql)}: **${r.check.ok ? "passed" : "failed"}** (${cell(
        r.check.output.slice(0, 3).map((x) => x.join(" ")).join("; ") || "no rows"
      )})`
    );
  }
  lines.push("");
  return lines.join("\n");
}

// src/summaries/verify.ts
function verifySummaryMarkdown(r) {
  const ok = r.damage.length === 0;
  const lines = [`## Verify ${r.site}/${r.environment}: ${ok ? "all backups intact" : `${r.damage.length} damaged`}`, ""];
  lines.push("| backup | object | bytes | files | result | time |", "|---|---|---:|---:|---|---:|");
  for (const c of r.checks) {
    if (c.inProgress) lines.push(`| \`${c.id}\` | | | | incomplete, written less than an hour ago (still running?) | |`);
    for (const d of c.damage.filter((x) => !c.objects.some((o) => o.object === x.object)))
      lines.push(`| \`${c.id}\` | ${cell(d.object)} | | | **DAMAGED**: ${cell(d.problem)} | |`);
    for (const o of c.objects) {
      const result = o.ok ? o.notDecoded ? `sha256 ok (${o.notDecoded})` : "sha256 ok, archive safe" : `**DAMAGED**: ${cell(o.problem ?? "")}`;
      lines.push(
        `| \`${c.id}\` | ${o.object} | ${formatBytes(o.bytes)} | ${o.listing?.files ?? ""} | ${result} | ${formatDuration(o.durationMs)} |`
      );
    }
  }
  lines.push("", `Checked ${r.checks.length} ${r.checks.length === 1 ? "backup" : "backups"} in ${formatDuration(r.durationMs)}.`, "");
  return lines.join("\n");
}

// src/core/drill.ts
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { access, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import path2 from "node:path";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
var DrillError = class extends Error {
  name = "DrillError";
};
async function findDumps(dir, engine) {
  const re = engine === "postgres" ? /\.(sql(\.gz|\.zst)?|dump)$/i : /\.sql(\.gz|\.zst)?$/i;
  const out = [];
  const walk = async (d) => {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : 1)) {
      const p = path2.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && re.test(e.name)) out.push(p);
    }
  };
  await walk(dir);
  return out;
}
async function onPath(names, env) {
  for (const n of names) {
    for (const dir of (env.PATH ?? "").split(path2.delimiter).filter(Boolean)) {
      try {
        await access(path2.join(dir, n));
        return n;
      } catch {
      }
    }
  }
  return void 0;
}
async function runClient(cmd, args, o) {
  const r = await runProcess(cmd, args, {
    env: o.env,
    ...o.input ? { input: o.input } : {},
    ...o.signal ? { signal: o.signal } : {},
    ...o.onLine ? { onLine: o.onLine } : {}
  }).catch((e) => {
    const refused = o.input && o.input.errored;
    throw refused instanceof DumpRefused ? new DrillError(refused.message) : new DrillError(redact(e.message));
  });
  if (r.code === 0) return;
  o.log.warn(`drill: ${cmd} said: ${redact(lastLines(r.stderrTail)) || "(nothing)"}`);
  throw new DrillError(sqlClientFailure(cmd, r, o.lineOffset));
}
function dumpStream(file) {
  const raw = createReadStream(file);
  const c = /\.gz$/i.test(file) ? decompressStream("gzip") : /\.zst$/i.test(file) ? decompressStream("zstd") : void 0;
  if (!c) return raw;
  pipeline(raw, c).catch((e) => c.destroy(e));
  return c;
}
async function runQuery(cmd, args, env, log, signal) {
  const rows = [];
  await runClient(cmd, args, {
    env,
    log,
    ...signal ? { signal } : {},
    onLine: (line, stream) => {
      if (stream === "stdout") rows.push(line.split("	"));
    }
  });
  return rows;
}
async function sandboxFlag(bin, env) {
  const out = [];
  await runProcess(bin, ["--no-defaults", "--help"], { env, onLine: (l, s) => s === "stdout" && out.push(l) }).catch(() => void 0);
  const help = out.join("\n");
  if (/^\s*--sandbox\b/m.test(help)) return "--sandbox";
  if (/^\s*--commands\b/m.test(help)) return "--commands=OFF";
  return void 0;
}
async function mariadbClient(t, env, tmpRoot, log, signal) {
  const bin = await onPath(["mariadb", "mysql"], env);
  if (!bin) throw new DrillError("neither `mariadb` nor `mysql` (the client) is installed; on Ubuntu: sudo apt-get install mariadb-client");
  const sandbox = await sandboxFlag(bin, env);
  if (!sandbox) {
    throw new DrillError(
      `the \`${bin}\` client cannot be told to ignore client commands in a dump (no \`--sandbox\` or \`--commands\`); install MariaDB's client 10.6.18/10.11.8 or later (sudo apt-get install mariadb-client) or MySQL's 8.0.40 or later`
    );
  }
  const dir = await mkdtemp(path2.join(tmpRoot, "site-backup-drill-"));
  const cnf = path2.join(dir, "client.cnf");
  const q = (v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  const lines = ["[client]"];
  if (t.user) lines.push(`user=${q(t.user)}`);
  if (t.password !== void 0) lines.push(`password=${q(t.password)}`);
  if (t.socket) lines.push(`socket=${q(t.socket)}`);
  else {
    lines.push(`host=${q(t.host === "localhost" || !t.host ? "127.0.0.1" : t.host)}`, "protocol=TCP");
    if (t.port) lines.push(`port=${t.port}`);
  }
  await writeFile(cnf, lines.join("\n") + "\n", { mode: 384 });
  const base2 = [
    `--defaults-extra-file=${cnf}`,
    sandbox,
    "--local-infile=0",
    "--batch",
    "--skip-column-names",
    "--default-character-set=utf8mb4"
  ];
  return {
    name: bin,
    dialect: "mysql",
    query: (sql, db) => runQuery(bin, [...base2, "-e", sql, ...db ? [db] : []], env, log, signal),
    load: (file, db) => runClient(bin, [...base2, db], { env, log, input: guardedDump(dumpStream(file), "mysql"), ...signal ? { signal } : {} }),
    scan: async (file) => void await scanDump(dumpStream(file), "mysql"),
    listDatabases: async () => (await runQuery(bin, [...base2, "-e", "SHOW DATABASES"], env, log, signal)).map((r) => r[0]),
    quote: (id) => `\`${id.replace(/`/g, "``")}\``,
    close: () => rm(dir, { recursive: true, force: true })
  };
}
async function psqlRestricts(bin, env) {
  const out = [];
  await runProcess(bin, ["--version"], { env, onLine: (l) => out.push(l) }).catch(() => void 0);
  const m2 = /(\d+)\.(\d+)/.exec(out.join(" "));
  if (!m2) return false;
  const [major, minor] = [Number(m2[1]), Number(m2[2])];
  const fixed = { 13: 22, 14: 19, 15: 14, 16: 10, 17: 6 };
  return major > 17 || fixed[major] !== void 0 && minor >= fixed[major];
}
async function postgresClient(t, env, log, signal) {
  const bin = await onPath(["psql"], env);
  if (!bin) throw new DrillError("`psql` is not installed; on Ubuntu: sudo apt-get install postgresql-client");
  if (!await psqlRestricts(bin, env)) {
    throw new DrillError(
      "this `psql` cannot be locked against meta-commands in a dump (`\\restrict`); install postgresql-client 17.6, 16.10, 15.14, 14.19, 13.22 or later"
    );
  }
  const pgEnv = { ...env, PGCONNECT_TIMEOUT: "20" };
  if (t.password !== void 0) pgEnv.PGPASSWORD = t.password;
  const conn = (db) => [
    ...t.socket ? ["-h", t.socket] : ["-h", t.host || "127.0.0.1"],
    ...t.port ? ["-p", String(t.port)] : [],
    ...t.user ? ["-U", t.user] : [],
    "-d",
    db
  ];
  const base2 = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-v", "VERBOSITY=verbose", "-A", "-t", "-F", "	"];
  return {
    name: bin,
    dialect: "psql",
    query: (sql, db) => runQuery(bin, [...base2, ...conn(db ?? "postgres"), "-c", sql], pgEnv, log, signal),
    load: (file, db) => /\.dump$/i.test(file) ? runClient("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", ...conn(db)], {
      env: pgEnv,
      log,
      input: createReadStream(file),
      ...signal ? { signal } : {}
    }) : (
      // Our own \restrict, with a key the dump cannot know, locks psql against every
      // meta-command that follows; the dump's own \restrict lines are left out.
      runClient(bin, [...base2, ...conn(db), "-f", "-"], {
        env: pgEnv,
        log,
        input: guardedDump(dumpStream(file), "psql", void 0, `\\restrict ${randomBytes(16).toString("hex")}
`),
        lineOffset: 1,
        ...signal ? { signal } : {}
      })
    ),
    scan: (file) => /\.dump$/i.test(file) ? scanCustomDump(file, pgEnv, signal) : scanDump(dumpStream(file), "psql").then(() => void 0),
    listDatabases: async () => (await runQuery(bin, [...base2, ...conn("postgres"), "-c", "SELECT datname FROM pg_database"], pgEnv, log, signal)).map((r) => r[0]),
    quote: (id) => `"${id.replace(/"/g, '""')}"`,
    close: async () => {
    }
  };
}
async function scanCustomDump(file, env, signal) {
  const sql = new PassThrough();
  const scanned = scanDump(sql, "psql");
  scanned.catch(() => sql.resume());
  const r = await runProcess("pg_restore", ["-f", "-", file], { env, stdout: sql, ...signal ? { signal } : {} });
  await scanned;
  if (r.code !== 0)
    throw new DrillError(`pg_restore could not read ${path2.basename(file)} (${r.signal ? `killed by ${r.signal}` : `exit ${r.code}`})`);
}
function checkPassed(rows) {
  const first = rows[0]?.[0];
  if (first === void 0) return true;
  return !["", "0", "false", "f", "null"].includes(first.trim().toLowerCase());
}
async function countRows(client, engine, databases) {
  const tables = [];
  for (const db of databases) {
    const sql = engine === "mariadb" ? `SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema = DATABASE() ORDER BY table_name` : `SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY table_schema, table_name`;
    for (const r of await client.query(sql, db)) tables.push({ db, schema: r[0], table: r[1] });
  }
  const out = [];
  for (const db of databases) {
    const mine = tables.filter((t) => t.db === db);
    for (let i = 0; i < mine.length; i += 50) {
      const batch = mine.slice(i, i + 50);
      const sql = batch.map((t, j) => `SELECT ${j}, COUNT(*) FROM ${client.quote(t.schema)}.${client.quote(t.table)}`).join(" UNION ALL ");
      for (const r of await client.query(sql, db)) {
        const t = batch[Number(r[0])];
        out.push({ schema: t.schema, table: t.table, rows: Number(r[1]) });
      }
    }
  }
  return out;
}
var SYSTEM_DATABASES = {
  mariadb: ["information_schema", "mysql", "performance_schema", "sys"],
  postgres: ["postgres", "template0", "template1"]
};
async function guardServer(client, target) {
  const db = target.database;
  const before = await client.listDatabases();
  const others = before.filter((d) => d !== db && !SYSTEM_DATABASES[target.engine].includes(d));
  if (others.length > 0) {
    throw new DrillError(
      `the drill server holds ${others.length} ${others.length === 1 ? "database" : "databases"} the drill did not create (${others.slice(0, 3).map((d) => `\`${d}\``).join(
        ", "
      )}${others.length > 3 ? ", \u2026" : ""}); the drill loads untrusted dumps, so point \`drill-database-url\` at a throwaway server that holds nothing else, such as a service container`
    );
  }
  if (!before.includes(db)) return true;
  const n = target.engine === "mariadb" ? await client.query(`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${db}'`) : await client.query(
    `SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
    db
  );
  if (Number(n[0]?.[0] ?? 0) > 0) {
    throw new DrillError(
      `the drill database \`${db}\` already holds ${n[0][0]} tables; the drill only loads into an empty database (drop it, or name another one in \`drill-database-url\`)`
    );
  }
  return false;
}
async function scanDumps(client, dataDir, dumps) {
  for (const file of dumps) {
    try {
      await client.scan(file);
    } catch (e) {
      const rel = path2.relative(dataDir, file);
      if (e instanceof DumpRefused) throw new DrillError(`refused ${rel}, nothing was loaded: ${e.message}`, { cause: e });
      throw new DrillError(`could not read ${rel}: ${redact(e.message)}`, { cause: e });
    }
  }
}
async function loadDumps(client, dataDir, dumps, db, log) {
  const loads = [];
  for (const file of dumps) {
    const t = Date.now();
    const rel = path2.relative(dataDir, file);
    const bytes = (await stat(file)).size;
    log.info(
      `drill: loading ${rel} (${formatBytes(bytes)}) into ${client.dialect === "mysql" ? "mariadb" : "postgres"} database \`${db}\`\u2026`
    );
    try {
      await client.load(file, db);
    } catch (e) {
      throw new DrillError(`loading ${rel} failed: ${e.message}`, { cause: e });
    }
    loads.push({ file: rel, bytes, durationMs: Date.now() - t });
    log.info(`drill: loaded ${rel} in ${formatDuration(Date.now() - t)}`);
  }
  return loads;
}
async function runCheck(client, sql, db, result, log) {
  let output;
  try {
    output = await client.query(sql, db);
  } catch (e) {
    throw new DrillError(`the check \`drill-sql\` failed: ${e.message}`, { cause: e });
  }
  const ok = checkPassed(output);
  result.check = { sql, output: output.slice(0, 20), ok };
  log.info(
    `drill: check ${ok ? "passed" : "FAILED"}: ${output.slice(0, 5).map((r) => r.join(" ")).join(" | ") || "(no rows)"}`
  );
  if (!ok)
    throw Object.assign(new DrillError(`the check \`drill-sql\` returned ${JSON.stringify(output[0]?.[0])}, which counts as failed`), {
      result
    });
}
async function runDrill(dataDir, target, opts) {
  const started = Date.now();
  const { log } = opts;
  const dumps = await findDumps(dataDir, target.engine);
  if (dumps.length === 0) {
    throw new DrillError(
      `the data component holds no SQL dump (${target.engine === "postgres" ? "*.sql, *.sql.gz, *.sql.zst or *.dump" : "*.sql, *.sql.gz or *.sql.zst"}), so there is nothing to load`
    );
  }
  const env = childEnv(opts.env, target.engine === "postgres" ? ["PGSSLMODE", "PGSSLROOTCERT", "PGSSLCERT", "PGSSLKEY"] : []);
  const client = target.engine === "mariadb" ? await mariadbClient(target, env, opts.tmpRoot, log, opts.signal) : await postgresClient(target, env, log, opts.signal);
  const created = [];
  const db = target.database;
  try {
    const create = await guardServer(client, target);
    await scanDumps(client, dataDir, dumps);
    if (create) {
      await client.query(`CREATE DATABASE ${client.quote(db)}`);
      created.push(db);
    }
    const loads = await loadDumps(client, dataDir, dumps, db, log);
    const tables = await countRows(client, target.engine, [db]);
    const totalRows = tables.reduce((n, t) => n + t.rows, 0);
    log.info(`drill: ${tables.length} tables, ${totalRows} rows`);
    const result = {
      engine: target.engine,
      client: client.name,
      database: db,
      dumps: loads,
      tables,
      totalRows,
      durationMs: 0
    };
    if (opts.sql) await runCheck(client, opts.sql, db, result, log);
    if (tables.length === 0) throw Object.assign(new DrillError("the dumps loaded but created no tables"), { result });
    result.durationMs = Date.now() - started;
    return result;
  } finally {
    for (const d of created.reverse()) {
      await client.query(`DROP DATABASE IF EXISTS ${client.quote(d)}`).catch((e) => log.warn(`drill: could not drop \`${d}\`: ${e.message}`));
    }
    await client.close();
  }
}
async function drillStoredBackup(reader, backup, target, o) {
  const opened = await reader.open(backup);
  const data = opened.manifest.components.find((c) => c.name === "data");
  if (!data)
    throw new Error(
      `backup ${backup.id} has no data component to drill (it holds ${opened.manifest.components.map((c) => c.name).join(", ")})`
    );
  if (data.encryption === "age" && o.identities.length === 0)
    throw new ConfigError(
      "decrypt-identity",
      `the data of ${backup.id} is age-encrypted`,
      "Set `decrypt-identity` so the drill can decrypt it."
    );
  const work = await mkdtemp(path2.join(o.tmpRoot, "site-backup-drill-"));
  try {
    const reuse = o.checked?.backupId === backup.id && o.checked.object === data.object ? o.checked.file : void 0;
    if (reuse) o.log.info(`drill: using ${backup.id}/${data.object} as verify downloaded and checked it`);
    const dir = path2.join(work, "data");
    await mkdir(dir, { mode: 448 });
    const got = await opened.materialise(data, dir, {
      identities: o.identities,
      log: o.log,
      tmp: work,
      ...reuse ? { checkedCopy: reuse } : {}
    });
    if (got.problem) throw new IntegrityError([{ backup: backup.id, object: data.object, problem: got.problem }], "drill refused");
    if (got.listError) throw got.listError;
    if (opened.origin) o.log.info(`drill: restored the data of ${backup.id} from ${opened.origin}`);
    const { identities: _i, checked: _c, ...drill } = o;
    return await runDrill(dir, target, { ...drill, tmpRoot: work });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// src/core/verify.ts
import { rm as rm3 } from "node:fs/promises";

// src/stores/local.ts
import { close as fsClose, createReadStream as createReadStream2, createWriteStream, open as fsOpen, read as fsRead } from "node:fs";
import { link, lstat, mkdir as mkdir2, open, readdir as readdir2, rename, rm as rm2, rmdir, stat as stat2, writeFile as writeFile2 } from "node:fs/promises";
import path3 from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";
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
    return path3.join(this.root, ref.site, ref.environment, ref.id);
  }
  location(ref) {
    return pathToFileURL(this.dir(ref)).href + "/";
  }
  objectUri(ref, name) {
    return pathToFileURL(path3.join(this.dir(ref), name)).href;
  }
  async createWriter(ref) {
    const dir = this.dir(ref);
    await mkdir2(path3.dirname(dir), { recursive: true });
    try {
      await mkdir2(dir);
    } catch (e) {
      if (e.code === "EEXIST") throw new BackupExistsError(this.location(ref));
      throw e;
    }
    return {
      async put(name, body) {
        const tmp = path3.join(dir, `.${name}.partial`);
        await pipeline2(body, createWriteStream(tmp));
        await rename(tmp, path3.join(dir, name));
      },
      async putLent(name, batches) {
        const tmp = path3.join(dir, `.${name}.partial`);
        const fh = await open(tmp, "wx");
        try {
          for await (const batch of batches) {
            for (let rest = batch; rest.length > 0; ) rest = unwritten(rest, (await fh.writev(rest)).bytesWritten);
          }
        } finally {
          await fh.close();
        }
        await rename(tmp, path3.join(dir, name));
      },
      async commit(manifestJson) {
        const tmp = path3.join(dir, `.${MANIFEST_NAME}.partial`);
        await writeFile2(tmp, manifestJson);
        try {
          await link(tmp, path3.join(dir, MANIFEST_NAME));
        } catch (e) {
          if (e.code === "EEXIST")
            throw new BackupExistsError(pathToFileURL(path3.join(dir, MANIFEST_NAME)).href);
          throw e;
        } finally {
          await rm2(tmp, { force: true });
        }
      },
      async abort() {
        await rm2(dir, { recursive: true, force: true });
      }
    };
  }
  async list(site, environment) {
    const base2 = path3.join(this.root, site, environment);
    const ids = await readdirIfExists(base2);
    if (!ids) return [];
    const entries = [];
    for (const id of ids) await statEntries(base2, id, entries);
    return groupBackups(site, environment, entries);
  }
  async listAll(options = {}) {
    if (options.sizes === "incomplete") return this.listAllUnsized();
    const out = [];
    for (const site of await readdirIfExists(this.root) ?? []) {
      if (!SITE_RE.test(site) || !(await statOrGone(path3.join(this.root, site)))?.isDirectory()) continue;
      for (const environment of await readdirIfExists(path3.join(this.root, site)) ?? []) {
        if ((await statOrGone(path3.join(this.root, site, environment)))?.isDirectory()) out.push(...await this.list(site, environment));
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
    const envs = await mapLimit(sites, LIST_CONCURRENCY, (site) => subfolders(path3.join(this.root, site)));
    const pairs = sites.flatMap((site, i) => envs[i].map((environment) => [site, environment]));
    const out = await mapLimit(pairs, LIST_CONCURRENCY, async ([site, environment]) => {
      const base2 = path3.join(this.root, site, environment);
      const complete = [];
      const rest = [];
      for (const id of await subfolders(base2)) {
        const names = await readdirIfExists(path3.join(base2, id));
        if (!names) continue;
        if (!names.includes(MANIFEST_NAME)) {
          await statEntries(base2, id, rest);
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
    const p = path3.join(this.dir(ref), name);
    await stat2(p);
    return createReadStream2(p);
  }
  async readRange(ref, name, start, end) {
    const s = createReadStream2(path3.join(this.dir(ref), name), { start, end: end - 1, highWaterMark: 512 << 10 });
    await new Promise((resolve, reject) => {
      s.once("open", () => resolve());
      s.once("error", reject);
    });
    return s;
  }
  async readSmall(ref, name, limit) {
    const fd = await new Promise((res, rej) => fsOpen(path3.join(this.dir(ref), name), "r", (e, n) => e ? rej(e) : res(n)));
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
    const tmp = path3.join(dir, `.${name}.partial`);
    await writeFile2(tmp, json);
    await rename(tmp, path3.join(dir, name));
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
          await rm2(path3.join(dir, name), { force: true });
        } catch (e) {
          ok = false;
          result.errors.push({ key: path3.join(dir, name), message: e.message });
        }
      }
      for (const name of await readdir2(dir).catch(() => [])) {
        const m2 = /^\.(.+)\.partial$/.exec(name);
        if (m2 && (isLayoutObject(m2[1]) || isRecordName(m2[1]))) await rm2(path3.join(dir, name), { force: true });
      }
      await rmdir(dir).catch(() => void 0);
      if (ok) result.removed.push(b.id);
    }
    return result;
  }
};
async function statEntries(base2, id, entries) {
  const d = path3.join(base2, id);
  const st = await statOrGone(d);
  if (!st?.isDirectory()) return;
  const names = await readdirIfExists(d);
  if (!names) return;
  if (names.length === 0) {
    entries.push({ id, name: "", size: 0, lastModified: st.mtime });
  }
  for (const name of names) {
    const s = await statOrGone(path3.join(d, name));
    if (s) entries.push({ id, name, size: s.size, lastModified: s.mtime });
  }
}
var LIST_CONCURRENCY = 16;
async function subfolders(p) {
  let found;
  try {
    found = await readdir2(p, { withFileTypes: true });
  } catch (e) {
    if (e.code === "ENOENT") return [];
    throw e;
  }
  const out = [];
  for (const d of found)
    if (d.isDirectory() || d.isSymbolicLink() && (await statOrGone(path3.join(p, d.name)))?.isDirectory()) out.push(d.name);
  return out;
}
async function statOrGone(p) {
  try {
    return await stat2(p);
  } catch (e) {
    if (e.code === "ENOENT" && !await lstat(p).catch(() => void 0)) return void 0;
    throw e;
  }
}

// src/stores/index.ts
async function openStore(spec, log, env = process.env) {
  if (spec.kind !== "artifact" && spec.restic)
    throw new Error("internal: a `format: restic` store holds restic repositories; open it with openPlace");
  switch (spec.kind) {
    case "local":
      return new LocalStore(spec.root);
    case "s3": {
      const { S3Store } = await import("./s3-YAUDSJZF.js");
      return new S3Store(spec, log, env);
    }
    case "artifact": {
      const { ArtifactStore } = await import("./artifact-WHESKA46.js");
      return new ArtifactStore(spec, log, env);
    }
  }
}

// src/formats/place.ts
import { buffer } from "node:stream/consumers";
function archivePlace(store) {
  return {
    format: "archive",
    kind: store.kind,
    store,
    location: (ref) => store.location(ref),
    manifestUri: (ref) => store.objectUri(ref, MANIFEST_NAME),
    list: (site, environment) => store.list(site, environment),
    remove: (backups) => store.remove(backups),
    manifestBytes: async (ref) => buffer(await store.read(ref, MANIFEST_NAME))
  };
}
function resticPlace(repo) {
  return {
    format: "restic",
    kind: repo.kind,
    repo,
    location: (ref) => repo.location(ref),
    manifestUri: (ref) => `${repo.location(ref)}/${MANIFEST_NAME}`,
    list: (site, environment) => repo.list(site, environment),
    remove: (backups) => repo.remove(backups),
    manifestBytes: (ref) => repo.manifestBytes(ref)
  };
}

// src/formats/index.ts
function formatOf(spec) {
  return spec.kind !== "artifact" && spec.restic ? "restic" : "archive";
}
async function openPlace(spec, log, env = process.env) {
  if (formatOf(spec) === "restic") {
    const { openResticStore } = await import("./store-7IMZYDPN.js");
    return resticPlace(await openResticStore(spec, log, env));
  }
  return archivePlace(await openStore(spec, log, env));
}
function readerFor(place) {
  if (place.format === "restic") {
    const reader2 = lazy(async () => (await import("./reader-4H7N4DJJ.js")).resticReader(place.repo));
    return {
      open: async (backup) => (await reader2()).open(backup),
      checkStore: async (site, o) => (await reader2()).checkStore(site, o)
    };
  }
  const reader = lazy(async () => (await import("./reader-7EI3UTTZ.js")).archiveReader(place.store));
  return { open: async (backup) => (await reader()).open(backup) };
}

// src/core/index-object.ts
import { createHash } from "node:crypto";
var IndexError = class extends Error {
  name = "IndexError";
};
async function readIndexBody(store, ref, c) {
  const entry = c.index;
  const where = `${ref.id}/${entry.object}`;
  if (entry.bytes > MAX_INDEX_BYTES) throw new IndexError(`${where} is ${entry.bytes} bytes, larger than an index may be`);
  const chunks = [];
  let n = 0;
  for await (const chunk of await store.read(ref, entry.object)) {
    n += chunk.length;
    if (n > entry.bytes)
      throw new IndexError(`${where} is larger than the manifest's ${entry.bytes} bytes: refusing it, nothing was written`);
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  const sha = createHash("sha256").update(body).digest("hex");
  if (body.length !== entry.bytes || sha !== entry.sha256) {
    throw new IndexError(
      `${where} does not match the manifest (${body.length} bytes, sha256 ${sha.slice(0, 12)}\u2026; the manifest says ${entry.bytes} bytes, ${entry.sha256.slice(0, 12)}\u2026): refusing it, nothing was written`
    );
  }
  return body;
}
async function decodeIndex(body, where, c, identities) {
  let plain = body;
  if (c.encryption === "age") {
    const { Decrypter } = await loadAge();
    const d = new Decrypter();
    for (const id of identities) d.addIdentity(id);
    try {
      plain = Buffer.from(await d.decrypt(body));
    } catch (e) {
      throw new IndexError(`${where} cannot be decrypted with the given identities (${e.message})`);
    }
  }
  try {
    const index = parseIndex(plain, where, c.bytes);
    if (index.object !== c.object) throw new Error(`${where} describes ${index.object}, not ${c.object}`);
    return index;
  } catch (e) {
    throw new IndexError(`${e.message}: refusing it, nothing was written`);
  }
}
async function loadIndex(store, ref, c, identities) {
  const body = await readIndexBody(store, ref, c);
  return { index: await decodeIndex(body, `${ref.id}/${c.index.object}`, c, identities), bytes: body.length };
}
async function indexDamage(store, ref, c, identities) {
  if (!c.index) return void 0;
  const where = `${ref.id}/${c.index.object}`;
  try {
    const body = await readIndexBody(store, ref, c);
    if (c.encryption === "age" && identities.length === 0) return void 0;
    await decodeIndex(body, where, c, identities);
    return void 0;
  } catch (e) {
    if (e instanceof ObjectReadError || isAbort(e)) throw e;
    if (!(e instanceof IndexError)) return `cannot be read: ${redact(e.message)}`;
    const msg = e.message.replace(/: refusing it, nothing was written$/, "");
    return msg.startsWith(where) ? msg.slice(where.length).replace(/^:? /, "") : msg;
  }
}
function isAbort(e) {
  return e instanceof Error && (e.name === "AbortError" || e.name === "TimeoutError");
}

// src/core/verify.ts
function backupsNewerThan(list, ms, now) {
  return list.filter((b) => now.getTime() - b.parsed.time.getTime() <= ms);
}
var IN_PROGRESS_GRACE_MS = 36e5;
async function auditLocks(b, deps, result) {
  const store = deps.place.store;
  if (!store?.lockAudit) return;
  let findings;
  try {
    findings = await store.lockAudit(b);
  } catch (e) {
    findings = [{ object: MANIFEST_NAME, problem: `its Object Lock could not be read: ${redact(e.message)}` }];
  }
  for (const f of findings) {
    deps.log.info(`${b.id}/${f.object}: LOCK ${f.problem}`);
    result.damage.push({ backup: b.id, object: f.object, problem: `Object Lock: ${f.problem}` });
  }
}
async function checkBackup(b, deps) {
  const now = (deps.now ?? (() => /* @__PURE__ */ new Date()))();
  const result = { id: b.id, complete: b.complete, objects: [], damage: [] };
  if (!b.complete) {
    if (now.getTime() - b.lastModified.getTime() < IN_PROGRESS_GRACE_MS) {
      result.inProgress = true;
      return result;
    }
    result.damage.push({ backup: b.id, object: MANIFEST_NAME, problem: "is missing: the backup is incomplete and can never be restored" });
    return result;
  }
  let opened;
  try {
    opened = await (deps.reader ?? readerFor(deps.place)).open(b);
  } catch (e) {
    if (e instanceof ObjectReadError) throw e;
    result.damage.push({ backup: b.id, object: MANIFEST_NAME, problem: e.message });
    return result;
  }
  const manifest = opened.manifest;
  result.manifest = manifest;
  await auditLocks(b, deps, result);
  const components = deps.components ? manifest.components.filter((c) => deps.components.includes(c.name)) : manifest.components;
  const early = opened.early(components);
  const work = await makeStaging(deps.tmpRoot, "verify");
  try {
    for (const c of components) {
      const listed = early.find((d) => d.object === c.object);
      if (listed) {
        result.damage.push(listed);
        result.objects.push({ component: c.name, object: c.object, bytes: c.bytes, ok: false, problem: listed.problem, durationMs: 0 });
        continue;
      }
      result.objects.push(await checkComponent(opened, c, deps, work, result));
      const indexProblem = deps.place.store && await indexDamage(deps.place.store, b, c, deps.identities);
      if (indexProblem) result.damage.push({ backup: b.id, object: c.index.object, problem: indexProblem });
    }
  } finally {
    await rm3(work, { recursive: true, force: true });
  }
  return result;
}
async function checkComponent(opened, c, deps, tmp, result) {
  const b = opened.backup;
  const onVerified = deps.onVerified;
  const f = await opened.check(c, {
    identities: deps.identities,
    log: deps.log,
    tmp,
    ...deps.signal ? { signal: deps.signal } : {},
    ...onVerified ? { onVerified: (file) => onVerified(b, c, file) } : {}
  });
  const check = { component: c.name, object: c.object, bytes: f.bytes, ok: !f.problem, durationMs: f.durationMs };
  if (f.problem) {
    check.problem = f.problem;
    result.damage.push({ backup: b.id, object: c.object, problem: f.problem });
  } else if (f.listing) check.listing = f.listing;
  if (f.notDecoded) check.notDecoded = f.notDecoded;
  if (opened.format === "archive")
    deps.log.info(
      `${b.id}/${c.object}: ${check.ok ? "ok" : "DAMAGED"}, ${formatBytes(f.bytes)} in ${formatDuration(f.durationMs)} (${formatRate(f.bytes, f.durationMs)})${check.listing ? `, ${check.listing.files} files` : ""}${check.problem ? `: ${check.problem}` : ""}`
    );
  return check;
}
async function verifyBackups(site, environment, backups, deps) {
  const started = Date.now();
  const checks = [];
  const reader = deps.reader ?? readerFor(deps.place);
  for (const b of backups) checks.push(await checkBackup(b, { ...deps, reader }));
  if (reader.checkStore && checks.length > 0) await storeCheck(reader.checkStore, site, checks[0], deps);
  return { site, environment, checks, damage: checks.flatMap((c) => c.damage), durationMs: Date.now() - started };
}
async function storeCheck(run, site, newest, deps) {
  const r = await run(site, { log: deps.log, ...deps.signal ? { signal: deps.signal } : {} });
  if (r.problem) {
    newest.damage.push({ backup: newest.id, object: r.what, problem: r.problem });
    for (const o of newest.objects) {
      o.ok = false;
      o.problem = "the repository check failed";
    }
  }
  for (const o of newest.objects) o.durationMs = r.durationMs;
}

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

// src/summaries/failure-summary.ts
var NEXT_STEP = {
  input: "Fix the input named above (the error says what it accepts) and run the workflow again.",
  collision: "Run the step again: it gets a new backup id. Give the backup and prune steps of a site one `concurrency` group so two runs never write at once.",
  timeout: "Raise `timeout` if the site needs longer, or check that the platform answers; the log shows how far the component got.",
  command: "Open the log at the error: it has the command's own output. Run the command by hand with the same environment to reproduce it.",
  content: "The log lists the suspect files: fix the export, or raise `accept-suspect-files` when they are expected.",
  integrity: "Restore or verify another backup (`backup: <id>`; `site-backup list` shows them), and check the store for damage.",
  store: "Check the store's credentials and permissions (for `artifact`, the job needs `permissions: actions: write`), then run again.",
  other: "Open the log at the error annotation. If the cause was passing (a network error, a platform outage), run the job again."
};
var TITLE = {
  backup: "Backup failed",
  restore: "Restore failed",
  verify: "Verify failed",
  prune: "Prune failed"
};
function failureSummaryMarkdown(s) {
  const c = classifyFailure(s.error);
  const what = s.error instanceof ConfigError ? `input \`${s.error.input}\`` : s.error instanceof ComponentError ? `the \`${s.error.component}\` component` : `the ${s.action}`;
  const step = stepName(s.env);
  const target = s.site ? ` ${s.site}/${s.environment ?? ""}` : "";
  const message = s.error instanceof ConfigError ? redact(s.error.message).split("\n")[0].slice(0, 500) : void 0;
  return [
    `## \u274C ${TITLE[s.action]}:${cell(target)}`,
    "",
    `**What failed**: ${what}${step ? ` in step ${code(step)}` : ""}.`,
    "",
    `**Why**: ${c.text}.`,
    "",
    // Our own sentence, with its code spans: kept on one line only.
    ...message ? ["> " + markupCell(message), ""] : [],
    `**What was kept**: ${s.kept}`,
    "",
    `**Next step**: ${NEXT_STEP[c.kind]}`,
    ""
  ].join("\n");
}

// src/config/notify.ts
var WEBHOOK_ON = ["failure", "always"];
var KUMA_PATH_RE = /\/api\/push\/[^/]+\/?$/;
function expandPlaceholders(raw, site, environment) {
  return raw.replace(/\{site\}/g, site).replace(/\{environment\}/g, environment);
}
function parseHttpUrl(input, raw, example) {
  const hint = `Give the full URL from the monitor or chat service, such as \`${example}\`, from a repository secret.`;
  if (/[\s\0]/.test(raw)) throw new ConfigError(input, "holds a space, line break or NUL", hint);
  const left = /\{[^}]*\}/.exec(raw);
  if (left)
    throw new ConfigError(
      input,
      `holds the placeholder \`${left[0].slice(0, 20)}\`; only \`{site}\` and \`{environment}\` are replaced`,
      hint
    );
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(input, "is not a URL", hint);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new ConfigError(input, `is a ${url.protocol.replace(/:$/, "")} URL, not http(s)`, hint);
  return url;
}
function parseNotifyConfig(src, site, environment) {
  const cfg = {};
  const ping = src.get("ping-url");
  if (ping) {
    const url = parseHttpUrl("ping-url", expandPlaceholders(ping, site, environment), "https://hc-ping.com/<uuid>");
    cfg.ping = { url, style: KUMA_PATH_RE.test(url.pathname) ? "uptime-kuma" : "healthchecks" };
  }
  const on = inputOrDefault(src, "webhook-on");
  if (!WEBHOOK_ON.includes(on))
    throw new ConfigError("webhook-on", `"${on.slice(0, 40)}" is not a choice`, `Use ${WEBHOOK_ON.map((w) => `\`${w}\``).join(" or ")}.`);
  const hook = src.get("webhook-url");
  if (hook) cfg.webhook = { url: parseHttpUrl("webhook-url", hook, "https://hooks.slack.com/services/\u2026"), on };
  return cfg;
}

// src/notify/notifier.ts
import { randomUUID } from "node:crypto";

// src/notify/messages.ts
var MAX_BODY_BYTES = 10 * 1024;
var MAX_KUMA_MSG = 200;
function capBytes(text, max = MAX_BODY_BYTES) {
  if (Buffer.byteLength(text) <= max) return text;
  const marker = `
\u2026 (cut to ${Math.floor(max / 1024)} kB)`;
  let out = Buffer.from(text).subarray(0, max - Buffer.byteLength(marker)).toString("utf8");
  out = out.replace(/\uFFFD$/, "");
  return out + marker;
}
var clean = (text, max = MAX_BODY_BYTES) => capBytes(redact(text), max);
function successEvent(t, r) {
  const what = r.skipped ? `skipped: backup ${r.id} is younger than max-age` : `backup ${r.id} stored (${r.components.join(", ") || "no components"}; ${formatBytes(r.bytes)}) in ${formatDuration(r.elapsedMs)}`;
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: r.skipped ? "skipped" : "success" },
    { name: "Backup", value: r.id },
    ...r.skipped ? [] : [{ name: "Size", value: formatBytes(r.bytes) }],
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  return { kind: "success", text: clean(`${t.site}/${t.environment}: ${what}`).split("\n")[0], facts: cleanFacts(facts) };
}
function verifiedEvent(t, r) {
  const n = r.ids.length;
  const drill = r.drillRows === void 0 ? "" : `; the restore drill loaded ${r.drillRows} rows`;
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: "verified" },
    ...n ? [{ name: "Newest", value: r.ids[0] }] : [],
    ...r.drillRows === void 0 ? [] : [{ name: "Drill rows", value: String(r.drillRows) }],
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  const text = `${t.site}/${t.environment}: verified ${n} ${n === 1 ? "backup" : "backups"} (newest ${r.ids[0] ?? "none"})${drill} in ${formatDuration(r.elapsedMs)}`;
  return { kind: "success", text: clean(text).split("\n")[0], facts: cleanFacts(facts) };
}
function prunedEvent(t, r) {
  const removed = r.dryRun ? `${r.removed} would be removed (dry run)` : `${r.removed} removed`;
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: "pruned" },
    { name: "Kept", value: String(r.kept) },
    { name: r.dryRun ? "Would remove" : "Removed", value: String(r.removed) },
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  const text = `${t.site}/${t.environment}: pruned: ${r.kept} kept, ${removed} in ${formatDuration(r.elapsedMs)}`;
  return { kind: "success", text: clean(text).split("\n")[0], facts: cleanFacts(facts) };
}
function failureEvent(t, error2, env) {
  const f = failureStatusFields(error2, env);
  const lines = [
    `${t.site}/${t.environment}: ${t.action} failed.`,
    f.error,
    `Next step: ${NEXT_STEP[f.kind]}`,
    ...t.runUrl ? [`Run: ${t.runUrl}`] : []
  ];
  const facts = [
    { name: "Site", value: `${t.site}/${t.environment}` },
    { name: "Outcome", value: "failure" },
    { name: "Kind", value: f.kind },
    ...f.step ? [{ name: "Step", value: f.step }] : [],
    ...t.runUrl ? [{ name: "Run", value: t.runUrl }] : []
  ];
  return { kind: "failure", text: clean(lines.join("\n")), facts: cleanFacts(facts) };
}
function cleanFacts(facts) {
  return facts.map((f) => ({ name: f.name, value: clean(f.value, 1024) }));
}
function pingRequest(ping, event, rid) {
  const url = new URL(ping.url);
  if (ping.style === "uptime-kuma") {
    if (event.kind === "start") return void 0;
    url.searchParams.set("status", event.kind === "success" ? "up" : "down");
    url.searchParams.set("msg", capChars(event.text.split("\n").slice(0, 2).join(" "), MAX_KUMA_MSG));
    return { method: "GET", url: url.href, body: "", contentType: "text/plain; charset=utf-8" };
  }
  const suffix = event.kind === "start" ? "/start" : event.kind === "failure" ? "/fail" : "";
  url.pathname = url.pathname.replace(/\/+$/, "") + suffix;
  url.searchParams.set("rid", rid);
  return { method: "POST", url: url.href, body: event.kind === "start" ? "" : event.text, contentType: "text/plain; charset=utf-8" };
}
function capChars(s, max) {
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max - 1).join("") + "\u2026";
}
var TITLES = {
  backup: { success: "\u2705 Backup succeeded", failure: "\u274C Backup failed" },
  verify: { success: "\u2705 Verify passed", failure: "\u274C Verify failed" },
  prune: { success: "\u2705 Prune succeeded", failure: "\u274C Prune failed" }
};
function webhookBody(t, event) {
  const title = `${TITLES[t.action][event.kind]}: ${t.site}/${t.environment}`;
  const text = capBytes(`${title}
${event.text}`);
  const color = event.kind === "failure" ? { slack: "danger", teams: "D13438" } : { slack: "good", teams: "2EB67D" };
  return JSON.stringify({
    text,
    attachments: [
      {
        color: color.slack,
        fallback: title,
        fields: event.facts.map((f) => ({ title: f.name, value: f.value, short: f.value.length <= 40 }))
      }
    ],
    "@type": "MessageCard",
    "@context": "https://schema.org/extensions",
    summary: title,
    title,
    themeColor: color.teams,
    sections: [{ facts: event.facts }]
  });
}

// src/notify/notifier.ts
var NOTIFY_BUDGET_MS = 1e4;
var httpSend = async (req, timeoutMs) => {
  try {
    const res = await fetch(req.url, {
      method: req.method,
      headers: { "content-type": req.contentType, "user-agent": "site-backup" },
      ...req.method === "POST" ? { body: req.body } : {},
      signal: AbortSignal.timeout(timeoutMs)
    });
    await res.body?.cancel().catch(() => void 0);
    return res.ok ? { ok: true } : { ok: false, reason: `answered HTTP ${res.status}` };
  } catch (e) {
    return { ok: false, reason: sendFailure(e, timeoutMs) };
  }
};
function sendFailure(e, timeoutMs) {
  const err = e;
  if (err.name === "TimeoutError" || err.cause?.name === "TimeoutError") return `gave no answer within ${(timeoutMs / 1e3).toFixed(1)} s`;
  const code2 = typeof err.cause?.code === "string" && /^[A-Z_]+$/.test(err.cause.code) ? ` (${err.cause.code})` : "";
  return `could not be reached${code2}`;
}
var Notifier = class {
  constructor(cfg, target, log, opts = {}) {
    this.cfg = cfg;
    this.target = target;
    this.log = log;
    this.rid = opts.rid ?? randomUUID();
    this.budgetMs = opts.budgetMs ?? NOTIFY_BUDGET_MS;
    this.send = opts.send ?? httpSend;
    this.now = opts.now ?? Date.now;
  }
  cfg;
  target;
  log;
  rid;
  spentMs = 0;
  budgetMs;
  send;
  now;
  /** The start ping, before anything is exported. */
  async start() {
    await this.safely(() => this.deliver(this.outgoing({ kind: "start" }), this.budgetMs / 2));
  }
  async success(info2) {
    await this.safely(() => this.deliver(this.outgoing(successEvent(this.target, info2)), Infinity));
  }
  async verified(info2) {
    await this.safely(() => this.deliver(this.outgoing(verifiedEvent(this.target, info2)), Infinity));
  }
  async pruned(info2) {
    await this.safely(() => this.deliver(this.outgoing(prunedEvent(this.target, info2)), Infinity));
  }
  async failure(error2, env) {
    await this.safely(() => this.deliver(this.outgoing(failureEvent(this.target, error2, env)), Infinity));
  }
  /** A notifier that throws would turn a good backup into a failed one: it warns instead. */
  async safely(fn) {
    try {
      await fn();
    } catch {
      this.log.warn(`A ping or webhook post could not be prepared; the monitor may alert. The ${this.target.action}'s outcome stands.`);
    }
  }
  outgoing(event) {
    const out = [];
    const ping = this.cfg.ping && pingRequest(this.cfg.ping, event, this.rid);
    if (ping) out.push({ what: `\`ping-url\` ${event.kind === "failure" ? "fail" : event.kind} ping`, req: ping });
    const hook = this.cfg.webhook;
    if (hook && event.kind !== "start" && (event.kind === "failure" || hook.on === "always")) {
      out.push({
        what: "`webhook-url` post",
        req: { method: "POST", url: hook.url.href, body: webhookBody(this.target, event), contentType: "application/json" }
      });
    }
    return out;
  }
  /** Sends them side by side, within what is left of the budget (and `limitMs`); failures are warnings. */
  async deliver(list, limitMs) {
    if (list.length === 0) return;
    const timeoutMs = Math.floor(Math.min(limitMs, this.budgetMs - this.spentMs));
    const started = this.now();
    try {
      if (timeoutMs <= 0) {
        for (const o of list)
          this.log.warn(
            `The ${o.what} was not sent: pings have used their ${this.budgetMs / 1e3} s for this run. The ${this.target.action}'s outcome stands.`
          );
        return;
      }
      const results = await Promise.all(
        list.map((o) => this.send(o.req, timeoutMs).catch(() => ({ ok: false, reason: "failed" })))
      );
      results.forEach((r, i) => {
        if (!r.ok)
          this.log.warn(
            `The ${list[i].what} to ${new URL(list[i].req.url).host} ${r.reason}; the monitor may alert. The ${this.target.action}'s outcome stands.`
          );
      });
    } finally {
      this.spentMs += Math.max(0, this.now() - started);
    }
  }
};

// src/commands/notify.ts
async function startNotifier(io, action, opts = {}) {
  if (!io.inputs.get("ping-url") && !io.inputs.get("webhook-url") && !io.inputs.get("webhook-on")) return void 0;
  const site = parseSite(io.inputs);
  const environment = parseEnvironment(io.inputs);
  const cfg = parseNotifyConfig(io.inputs, site, environment);
  if (!cfg.ping && !cfg.webhook) return void 0;
  if (cfg.ping) io.log.setSecret(cfg.ping.url.href);
  const runUrl = sourceFromEnv(io.env).runUrl;
  const notifier = new Notifier(cfg, { action, site, environment, ...runUrl ? { runUrl } : {} }, io.log, opts);
  await notifier.start();
  return notifier;
}

// src/commands/restore.ts
import os from "node:os";

// src/config/applies.ts
var INPUT_PLATFORMS = INPUT_READERS;
var INPUT_STORES = {
  "s3-endpoint": ["s3"],
  "s3-region": ["s3"],
  "s3-force-path-style": ["s3"],
  "s3-storage-class": ["s3"],
  "s3-sse": ["s3"],
  "s3-kms-key-id": ["s3"],
  "artifact-retention-days": ["artifact"]
};
function inapplicableInputs(src, platform, store) {
  const out = [];
  const given = (name) => {
    const v = src.get(name);
    return v !== void 0 && v !== INPUTS[name].default;
  };
  for (const [name, platforms] of Object.entries(INPUT_PLATFORMS)) {
    if (!platforms.includes(platform) && given(name)) {
      out.push(
        `Input \`${name}\` is set but \`platform: ${platform}\` does not use it (only ${platforms.map((p) => `\`${p}\``).join(", ")}), so it is ignored. Remove it, or check \`platform\`.`
      );
    }
  }
  for (const [name, kinds] of Object.entries(INPUT_STORES)) {
    if (!kinds.includes(store) && given(name)) {
      out.push(
        `Input \`${name}\` is set but the store is ${store === "local" ? "a folder" : store === "s3" ? "S3" : "`artifact`"}, which does not use it, so it is ignored. Remove it, or check \`store\`.`
      );
    }
  }
  return out;
}

// src/core/restore.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { chmod as chmod2, mkdir as mkdir6, rename as rename3, rm as rm6, rmdir as rmdir3, statfs } from "node:fs/promises";
import path7 from "node:path";

// src/util/text.ts
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

// src/core/partial-restore.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { lstat as lstat2, mkdir as mkdir4, readdir as readdir3, rename as rename2, rm as rm4, rmdir as rmdir2 } from "node:fs/promises";
import path5 from "node:path";

// src/core/seek-read.ts
import { createHash as createHash2 } from "node:crypto";
import { link as link2, lutimes, mkdir as mkdir3, open as open2, symlink, chmod, utimes } from "node:fs/promises";
import path4 from "node:path";

// src/archive/age-range.ts
import { createDecipheriv, hkdfSync } from "node:crypto";
var CHUNK = 64 * 1024;
var TAG = 16;
var SEALED = CHUNK + TAG;
var NONCE = 16;
var AGE_HEAD_BYTES = 64 * 1024;
async function openAgeFile(head, identities, objectBytes, where) {
  const macAt = head.indexOf("\n--- ");
  const end = macAt < 0 ? -1 : head.indexOf("\n", macAt + 1);
  if (end < 0 || end + 1 + NONCE > head.length) throw new Error(`${where}: no age header in its first ${head.length} bytes`);
  const headerSize = end + 1;
  const { Decrypter } = await loadAge();
  const d = new Decrypter();
  for (const id of identities) d.addIdentity(id);
  let fileKey;
  try {
    fileKey = await d.decryptHeader(head.subarray(0, headerSize));
  } catch (e) {
    throw new Error(`${where}: cannot decrypt its age header: ${e.message}`, { cause: e });
  }
  const nonce = head.subarray(headerSize, headerSize + NONCE);
  const streamKey = Buffer.from(hkdfSync("sha256", fileKey, nonce, "payload", 32));
  const payloadStart = headerSize + NONCE;
  const chunks = Math.max(1, Math.ceil((objectBytes - payloadStart) / SEALED));
  return { payloadStart, streamKey, chunks, objectBytes };
}
function sealedRange(f, from, to) {
  const first = Math.floor(from / CHUNK);
  const last = Math.floor((Math.max(to, from + 1) - 1) / CHUNK);
  return { start: f.payloadStart + first * SEALED, end: Math.min(f.objectBytes, f.payloadStart + (last + 1) * SEALED), first };
}
function openChunk(f, n, sealed, where) {
  if (n >= f.chunks) throw new Error(`${where}: chunk ${n} is past the end of the age payload`);
  const nonce = Buffer.alloc(12);
  nonce.writeUIntBE(n, 5, 6);
  if (n === f.chunks - 1) nonce[11] = 1;
  else if (sealed.length !== SEALED) throw new Error(`${where}: age chunk ${n} is short`);
  const d = createDecipheriv("chacha20-poly1305", f.streamKey, nonce, { authTagLength: TAG });
  d.setAuthTag(sealed.subarray(sealed.length - TAG));
  try {
    return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG)), d.final()]);
  } catch {
    throw new Error(
      `${where}: age chunk ${n} (bytes ${f.payloadStart + n * SEALED}-${f.payloadStart + n * SEALED + sealed.length - 1}) failed authentication: the object was changed`
    );
  }
}
async function* openSealed(f, sealed, from, to, where) {
  const { first } = sealedRange(f, from, to);
  let n = first;
  let pos = first * CHUNK;
  let pending = [];
  let have = 0;
  const emit = (sealedChunk) => {
    const plain = openChunk(f, n++, sealedChunk, where);
    const a = Math.max(0, from - pos);
    const b = Math.min(plain.length, to - pos);
    pos += plain.length;
    return b > a ? plain.subarray(a, b) : void 0;
  };
  for await (const c of sealed) {
    pending.push(c);
    have += c.length;
    while (have >= SEALED) {
      const all = Buffer.concat(pending);
      const out = emit(all.subarray(0, SEALED));
      pending = [all.subarray(SEALED)];
      have -= SEALED;
      if (out) yield out;
    }
  }
  if (have > 0) {
    const out = emit(Buffer.concat(pending));
    if (out) yield out;
  }
  if (pos < to) throw new Error(`${where}: the age payload ended before byte ${to} of its plaintext`);
}

// src/core/seek-read.ts
var TamperError = class extends Error {
  name = "TamperError";
};
function selectMembers(ix, match, where) {
  const byPath = new Map(ix.members.map((m2) => [m2.path, m2]));
  const sel = { files: /* @__PURE__ */ new Map(), dirs: [], symlinks: [], matched: [] };
  for (const m2 of ix.members) {
    if (!match(m2.path)) continue;
    for (let i = m2.path.lastIndexOf("/"); i > 0; i = m2.path.lastIndexOf("/", i - 1)) {
      const up = byPath.get(m2.path.slice(0, i));
      if (up && up.type !== "dir")
        throw new TamperError(
          `${where}: entry ${JSON.stringify(m2.path)} lies below the ${up.type} ${JSON.stringify(up.path)}: refusing it, nothing was written`
        );
    }
    sel.matched.push(m2);
    if (m2.type === "dir") sel.dirs.push(m2);
    else if (m2.type === "symlink") sel.symlinks.push(m2);
    else {
      const target = m2.type === "file" ? m2 : byPath.get(m2.linkpath ?? "");
      if (!target || target.type !== "file")
        throw new TamperError(
          `${where}: hard link ${JSON.stringify(m2.path)} points to no file of the archive: refusing it, nothing was written`
        );
      const names = sel.files.get(target) ?? [];
      names.push(m2.path);
      sel.files.set(target, names);
    }
  }
  return sel;
}
function frameSpans(ix, members) {
  const cs = contentStarts(ix.frames);
  const wanted = [...members].map((m2) => {
    const start = cs[m2.frame] + m2.offset;
    const end = start + m2.headers + m2.size;
    return { m: m2, start, first: m2.frame, last: frameAt(cs, end - 1) };
  });
  wanted.sort((a, b) => a.start - b.start);
  const spans = [];
  for (const w of wanted) {
    const cur = spans[spans.length - 1];
    if (cur && w.first <= cur.last + 1) {
      cur.last = Math.max(cur.last, w.last);
      cur.members.push(w.m);
    } else spans.push({ first: w.first, last: w.last, members: [w.m] });
  }
  return spans;
}
async function* checkedFrames(source, ix, first, last, where) {
  let f = first;
  let left = ix.frames[f].stored;
  let hash = createHash2("sha256");
  const close = () => {
    const got = hash.digest("hex");
    if (got !== ix.frames[f].sha256)
      throw new TamperError(
        `${where}: frame ${f} does not match the sha256 in its index (the object was changed): refusing it, nothing was written`
      );
    f++;
    if (f <= last) {
      left = ix.frames[f].stored;
      hash = createHash2("sha256");
    }
  };
  for await (const c of source) {
    for (let off = 0; off < c.length; ) {
      if (f > last) throw new TamperError(`${where}: more bytes than frames ${first}-${last} hold`);
      const n = Math.min(left, c.length - off);
      const part = c.subarray(off, off + n);
      hash.update(part);
      off += n;
      left -= n;
      yield part;
      if (left === 0) close();
    }
  }
  if (f <= last) throw new TamperError(`${where}: the read ended inside frame ${f}`);
}
var Cursor = class {
  constructor(it, pos) {
    this.it = it;
    this.pos = pos;
  }
  it;
  pos;
  buf = Buffer.alloc(0);
  queue = [];
  async next() {
    while (this.buf.length === 0) {
      const b = this.queue.shift();
      if (b) {
        this.buf = b;
        continue;
      }
      const r = await this.it.next();
      if (r.done) return false;
      this.queue.push(...r.value.filter((x) => x.length > 0));
    }
    return true;
  }
  /** Up to `max` bytes (at least one), or throws at the end. */
  async chunk(max, what) {
    if (!await this.next()) throw new TamperError(`${what}: the archive ended early`);
    const n = Math.min(max, this.buf.length);
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    this.pos += n;
    return out;
  }
  async skipTo(p, what) {
    while (this.pos < p) await this.chunk(p - this.pos, what);
  }
  async take(n, what) {
    const parts = [];
    for (let got = 0; got < n; ) {
      const c = await this.chunk(n - got, what);
      parts.push(c);
      got += c.length;
    }
    return Buffer.concat(parts);
  }
};
function checkHeaders(raw, m2, where) {
  const h = new Header(raw.subarray(raw.length - 512));
  const pax = raw.length > 512 ? /\d+ path=([^\n]*)\n/.exec(raw.subarray(512, raw.length - 512).toString("utf8"))?.[1] : void 0;
  const name = (pax ?? h.path ?? "").replace(/\/$/, "");
  const ok = h.cksumValid && name === m2.path && (m2.type !== "file" || h.size === m2.size || raw.length > 512);
  if (!ok)
    throw new TamperError(
      `${where}: the archive's entry at ${JSON.stringify(m2.path)} is not the one its index describes: refusing it, nothing was written`
    );
}
async function writeMember(cur, m2, names, dest, where) {
  const first = path4.join(dest, names[0]);
  await mkdir3(path4.dirname(first), { recursive: true });
  const fh = await open2(first, "wx", 384);
  try {
    for (let left = m2.size; left > 0; ) {
      const c = await cur.chunk(Math.min(left, 1 << 20), where);
      await fh.write(c);
      left -= c.length;
    }
  } finally {
    await fh.close();
  }
  await chmod(first, m2.mode & 4095);
  await utimes(first, m2.mtime, m2.mtime);
  for (const other of names.slice(1)) {
    await mkdir3(path4.dirname(path4.join(dest, other)), { recursive: true });
    await link2(first, path4.join(dest, other));
  }
}
function rangeReader(store, ref, c, age, opts, where) {
  return (start, end) => {
    const counted = async function* (src) {
      for await (const b of src) {
        opts.signal?.throwIfAborted();
        opts.onRead(b.length);
        yield b;
      }
    };
    if (!age) return counted(readObjectRange(store, ref, c.object, start, end));
    const r = sealedRange(age, start, end);
    return openSealed(age, counted(readObjectRange(store, ref, c.object, r.start, r.end)), start, end, where);
  };
}
async function openAge(store, ref, c, opts, where) {
  const parts = [];
  for await (const b of readObjectRange(store, ref, c.object, 0, Math.min(c.bytes, AGE_HEAD_BYTES))) parts.push(b);
  const head = Buffer.concat(parts);
  opts.onRead(head.length);
  return openAgeFile(head, opts.identities, c.bytes, where);
}
async function readSelection(store, ref, c, ix, sel, dest, opts) {
  const where = `${ref.id}/${c.object}`;
  const age = c.encryption === "age" ? await openAge(store, ref, c, opts, where) : void 0;
  const read = rangeReader(store, ref, c, age, opts, where);
  const ss = storedStarts(ix.frames);
  const cs = contentStarts(ix.frames);
  for (const span of frameSpans(ix, sel.files.keys())) {
    const last = ix.frames[span.last];
    const frames = checkedFrames(read(ss[span.first], ss[span.last] + last.stored), ix, span.first, span.last, where);
    const decoded = c.compression === "zstd" ? decodeZstdChunks(frames) : (async function* () {
      for await (const b of frames) yield [b];
    })();
    const it = decoded[Symbol.asyncIterator]();
    const cur = new Cursor(it, cs[span.first]);
    try {
      for (const m2 of span.members) {
        await cur.skipTo(cs[m2.frame] + m2.offset, where);
        checkHeaders(await cur.take(m2.headers, where), m2, where);
        await writeMember(cur, m2, sel.files.get(m2), dest, where);
      }
      while ((await it.next()).done !== true) ;
    } finally {
      await it.return?.();
    }
  }
  await finishTree(sel, dest);
}
async function finishTree(sel, dest) {
  for (const d of sel.dirs) await mkdir3(path4.join(dest, d.path), { recursive: true });
  for (const s of sel.symlinks) {
    const p = path4.join(dest, s.path);
    await mkdir3(path4.dirname(p), { recursive: true });
    await symlink(s.linkpath ?? "", p);
    await lutimes(p, s.mtime, s.mtime);
  }
  for (const d of [...sel.dirs].sort((a, b) => b.path.length - a.path.length)) {
    await chmod(path4.join(dest, d.path), d.mode & 4095);
    await utimes(path4.join(dest, d.path), d.mtime, d.mtime);
  }
}

// src/core/partial-restore.ts
var MAX_LISTED = 200;
function listLines(c) {
  const head = `${c.component}: ${c.seekable ? `${plural(c.entries.length, "entry matches", "entries match")}` : `no member index (${c.object}): the whole object (${formatBytes(c.bytes)}) is read`}`;
  const rows = c.entries.slice(0, MAX_LISTED).map((e) => `  ${e.type === "file" || e.type === "link" ? formatBytes(e.size).padStart(10) : e.type.padStart(10)}  ${e.path}`);
  if (c.entries.length > MAX_LISTED) rows.push(`  \u2026 and ${c.entries.length - MAX_LISTED} more`);
  return [head, ...rows];
}
async function assertEmpty(dir) {
  const names = await readdirIfExists(dir) ?? [];
  if (names.length > 0) {
    throw new ConfigError(
      "restore-dir",
      `${dir} already holds ${plural(names.length, "entry", "entries")}, and restoring into it would mix two versions`,
      "Remove or move that folder, or point `restore-dir` at an empty or new folder."
    );
  }
}
async function wholeObject(deps, opened, c, match, dest, o) {
  const work = await makeStaging(deps.tmpRoot, `restore-${c.name}`);
  try {
    const tree = path5.join(work, "tree");
    await mkdir4(tree, { mode: 448 });
    const f = await opened.materialise(c, tree, {
      identities: o.identities,
      log: deps.log,
      tmp: work,
      paths: o.globs,
      ...deps.signal ? { signal: deps.signal } : {}
    });
    if (f.problem)
      throw new IntegrityError(
        [{ backup: opened.backup.id, object: c.object, problem: f.problem }],
        `refusing to restore ${opened.backup.id}, nothing was changed`
      );
    if (f.listError) throw f.listError;
    return await keepMatching(tree, match, dest);
  } finally {
    await rm4(work, { recursive: true, force: true });
  }
}
async function keepMatching(tree, match, dest) {
  const entries = [];
  const walk = async (rel) => {
    for (const name of (await readdir3(path5.join(tree, rel))).sort()) {
      const p = rel ? `${rel}/${name}` : name;
      const st = await lstat2(path5.join(tree, p));
      if (match(p)) {
        entries.push({
          path: p,
          type: st.isDirectory() ? "dir" : st.isSymbolicLink() ? "symlink" : "file",
          size: st.isFile() ? st.size : 0
        });
        await mkdir4(path5.dirname(path5.join(dest, p)), { recursive: true });
        await rename2(path5.join(tree, p), path5.join(dest, p));
      } else if (st.isDirectory()) await walk(p);
    }
  };
  await walk("");
  return entries;
}
function entriesOf(sel) {
  return sel.matched.map((m2) => ({ path: m2.path, type: m2.type, size: m2.size }));
}
async function oneComponent(cfg, deps, opened, c, match, dest) {
  const backup = opened.backup;
  const started = Date.now();
  const out = {
    component: c.name,
    object: c.object,
    bytes: c.bytes,
    read: 0,
    seekable: Boolean(c.index),
    entries: [],
    durationMs: 0
  };
  const store = deps.place.store;
  if (!c.index || !store) {
    if (dest) {
      out.entries = await wholeObject(deps, opened, c, match, dest, { identities: cfg.identities, globs: cfg.paths });
      out.read = c.bytes;
    }
  } else {
    const { index, bytes } = await loadIndex(store, backup, c, cfg.identities);
    out.read += bytes;
    const sel = selectMembers(index, match, `${backup.id}/${c.object}`);
    out.entries = entriesOf(sel);
    if (dest && sel.matched.length > 0) {
      await readSelection(store, backup, c, index, sel, dest, {
        identities: cfg.identities,
        ...deps.signal ? { signal: deps.signal } : {},
        onRead: (n) => out.read += n
      });
    }
  }
  out.durationMs = Date.now() - started;
  return out;
}
async function restorePaths(cfg, deps, opened, chosen) {
  const backup = opened.backup;
  const match = globMatcher(cfg.paths);
  const { log } = deps;
  if (cfg.dryRun) {
    const out = [];
    for (const c of chosen) out.push(await oneComponent(cfg, deps, opened, c, match, void 0));
    for (const c of out) log.info(listLines(c).join("\n"));
    log.info("Dry run: only the manifest and the member indexes were read; nothing was written.");
    return out;
  }
  for (const c of chosen) await assertEmpty(path5.join(cfg.restoreDir, c.name));
  const made = await mkdir4(cfg.restoreDir, { recursive: true });
  const staged = /* @__PURE__ */ new Map();
  let ok = false;
  try {
    const out = [];
    for (const c of chosen) {
      const dir = path5.join(cfg.restoreDir, `.site-backup-${c.name}-${randomBytes2(4).toString("hex")}.partial`);
      await mkdir4(dir, { mode: 448 });
      staged.set(c.name, dir);
      const r = await oneComponent(cfg, deps, opened, c, match, dir);
      log.info(
        `${listLines(r).join("\n")}
${c.name}: read ${formatBytes(r.read)} of ${formatBytes(r.bytes)} stored in ${formatDuration(r.durationMs)}`
      );
      out.push(r);
    }
    if (out.every((r) => r.entries.length === 0)) {
      throw new ConfigError(
        "path",
        `no entry of backup ${backup.id} matches ${cfg.paths.map((p) => JSON.stringify(p)).join(", ")}; nothing was written`,
        "Paths are relative to the component (`media/logo.png`, not `assets/media/logo.png`); `*` matches within a folder, `**` across folders. `--dry-run` lists what matches."
      );
    }
    for (const r of out) {
      const dir = staged.get(r.component);
      if (r.entries.length === 0) continue;
      const final = path5.join(cfg.restoreDir, r.component);
      await rmdir2(final).catch(() => void 0);
      await rename2(dir, final);
      staged.delete(r.component);
      r.dir = final;
    }
    ok = true;
    return out;
  } finally {
    for (const d of staged.values()) await rm4(d, { recursive: true, force: true });
    if (!ok && made !== void 0) await rm4(made, { recursive: true, force: true }).catch(() => void 0);
  }
}

// src/core/table-restore.ts
import { createHash as createHash3 } from "node:crypto";
import { mkdir as mkdir5, readFile, readdir as readdir4, rm as rm5, writeFile as writeFile3 } from "node:fs/promises";
import path6 from "node:path";
import { gunzipSync } from "node:zlib";

// src/core/sql-split.ts
function detectDialect(head, name) {
  if (head.subarray(0, 5).toString("latin1") === "PGDMP") {
    throw new Error(
      `${name} is a PostgreSQL custom-format dump, which this cannot split: use \`pg_restore -t <table> -f <table>.sql ${name}\``
    );
  }
  const text = head.subarray(0, 4096).toString("utf8");
  if (/^-- PostgreSQL database dump/m.test(text)) return "postgres";
  if (/^-- (MySQL|MariaDB) dump/m.test(text)) return "mysql";
  throw new Error(
    `${name} is not a plain mysqldump/mariadb-dump or pg_dump file (its first lines do not say which), so it cannot be split safely: restore the file with --path and load it into a scratch database`
  );
}
function skipQuoted(s, i, q, backslash) {
  for (let j = i + 1; j < s.length; j++) {
    const c = s[j];
    if (backslash && c === "\\") j++;
    else if (c === q) {
      if (s[j + 1] === q) j++;
      else return j + 1;
    }
  }
  return s.length;
}
function skipToken(s, i, d) {
  const c = s[i];
  if (c === "'") return skipQuoted(s, i, "'", d === "mysql" || /[eE]/.test(s[i - 1] ?? ""));
  if (c === '"') return skipQuoted(s, i, '"', d === "mysql");
  if (c === "`" && d === "mysql") return skipQuoted(s, i, "`", false);
  if (c === "-" && s[i + 1] === "-") {
    const nl = s.indexOf("\n", i);
    return nl < 0 ? s.length : nl + 1;
  }
  if (c === "/" && s[i + 1] === "*") {
    const end = s.indexOf("*/", i + 2);
    return end < 0 ? s.length : end + 2;
  }
  if (c === "$" && d === "postgres") {
    const m2 = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(s.slice(i, i + 64));
    if (m2) {
      const end = s.indexOf(m2[0], i + m2[0].length);
      return end < 0 ? s.length : end + m2[0].length;
    }
  }
  return void 0;
}
function headOf(text) {
  let h = text.replace(/^(?:\s+|--[^\n]*(?:\n|$)|\/\*(?!!)[\s\S]*?\*\/)*/, "");
  const cond = /^\/\*!\d*\s*([\s\S]*?)\s*\*\/\s*;?$/.exec(h);
  if (cond) h = cond[1];
  return h;
}
function* statements(s, d) {
  let start = 0;
  let i = 0;
  while (i < s.length) {
    if (d === "mysql" && (i === 0 || s[i - 1] === "\n") && s.startsWith("DELIMITER ", i)) {
      const end = s.indexOf("\nDELIMITER ;", i);
      i = end < 0 ? s.length : s.indexOf("\n", end + 1) < 0 ? s.length : s.indexOf("\n", end + 1) + 1;
      const text2 = s.slice(start, i);
      yield { text: text2, head: headOf(text2) };
      start = i;
      continue;
    }
    if (d === "postgres" && s[i] === "\\" && (i === 0 || s[i - 1] === "\n")) {
      const nl = s.indexOf("\n", i);
      const before = s.slice(start, i);
      i = nl < 0 ? s.length : nl + 1;
      if (!headOf(before).trim()) start = i;
      continue;
    }
    const skip = skipToken(s, i, d);
    if (skip !== void 0) {
      i = skip;
      continue;
    }
    if (s[i] !== ";") {
      i++;
      continue;
    }
    i++;
    let text = s.slice(start, i);
    const head = headOf(text);
    if (d === "postgres" && /^COPY\b[\s\S]*\bFROM\s+stdin$/i.test(head.replace(/;$/, ""))) {
      const end = s.indexOf("\n\\.\n", i - 1);
      const stop = end < 0 ? s.length : end + 4;
      text = s.slice(start, stop);
      i = stop;
    }
    yield { text, head };
    start = i;
  }
  if (s.slice(start).trim()) yield { text: s.slice(start), head: headOf(s.slice(start)) };
}
function nameAt(s, d) {
  const parts = [];
  let i = 0;
  for (; ; ) {
    const q = s[i];
    if (q === '"' || q === "`" && d === "mysql") {
      const end = skipQuoted(s, i, q, false);
      parts.push(
        s.slice(i + 1, end - 1).split(q + q).join(q)
      );
      i = end;
    } else {
      const m2 = /^[A-Za-z0-9_$]+/.exec(s.slice(i));
      if (!m2) return parts.length ? parts : void 0;
      parts.push(m2[0]);
      i += m2[0].length;
    }
    if (s[i] !== ".") return parts;
    i++;
  }
}
var TABLE_LEADS = [
  /^CREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?/i,
  /^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?/i,
  /^ALTER\s+TABLE\s+(?:ONLY\s+)?/i,
  /^INSERT\s+(?:IGNORE\s+)?INTO\s+/i,
  /^REPLACE\s+INTO\s+/i,
  /^LOCK\s+TABLES\s+/i,
  /^COPY\s+/i,
  /^COMMENT\s+ON\s+(?:TABLE|COLUMN)\s+/i,
  /^CREATE\s+(?:UNIQUE\s+)?INDEX\s+[\s\S]*?\bON\s+(?:ONLY\s+)?/i,
  /^CREATE\s+TRIGGER\s+[\s\S]*?\bON\s+/i
];
function tableOf(head, d) {
  for (const re of TABLE_LEADS) {
    const m2 = re.exec(head);
    if (!m2) continue;
    const parts = nameAt(head.slice(m2[0].length), d);
    if (parts && /^COMMENT\s+ON\s+COLUMN/i.test(head)) return parts.slice(0, -1);
    return parts;
  }
  return void 0;
}
function sameTable(parts, wanted) {
  return parts !== void 0 && (parts[parts.length - 1] === wanted || parts.join(".") === wanted);
}
function ownedSequences(all, wanted) {
  const out = /* @__PURE__ */ new Set();
  for (const st of all) {
    const m2 = /^ALTER\s+SEQUENCE\s+/i.exec(st.head);
    if (!m2) continue;
    const seq = nameAt(st.head.slice(m2[0].length), "postgres");
    const by = /\bOWNED\s+BY\s+/i.exec(st.head);
    if (seq && by && sameTable(nameAt(st.head.slice(by.index + by[0].length), "postgres")?.slice(0, -1), wanted)) out.add(seq.join("."));
  }
  return out;
}
function isOwnedSequence(head, owned) {
  const m2 = /^(?:CREATE|ALTER)\s+SEQUENCE\s+(?:IF\s+NOT\s+EXISTS\s+)?/i.exec(head);
  if (m2) return owned.has(nameAt(head.slice(m2[0].length), "postgres")?.join(".") ?? "");
  const v = /^SELECT\s+pg_catalog\.setval\('([^']+)'/i.exec(head);
  return v !== void 0 && v !== null && owned.has(v[1].replace(/"/g, ""));
}
var DROPPED = /^(?:GRANT|REVOKE)\b|\bOWNER\s+TO\b/i;
function extractTable(sql, d, wanted) {
  const all = [...statements(sql, d)];
  const owned = d === "postgres" ? ownedSequences(all, wanted) : /* @__PURE__ */ new Set();
  const out = [];
  let seenTable = false;
  let current;
  let found = false;
  for (const st of all) {
    const t = tableOf(st.head, d);
    if (t) {
      seenTable = true;
      current = t;
    }
    if (!seenTable) {
      if (/^SET\b|^SELECT\s+pg_catalog\.set_config\b/i.test(st.head)) out.push(st.text.trim());
      continue;
    }
    if (DROPPED.test(st.head)) continue;
    const mine = t ? sameTable(t, wanted) : d === "mysql" ? sameTable(current, wanted) && !/^(?:CREATE|DROP)\b/i.test(st.head) : isOwnedSequence(st.head, owned);
    if (mine) {
      out.push(st.text.trim());
      if (t && /^CREATE\s+(?:UNLOGGED\s+)?TABLE/i.test(st.head)) found = true;
    }
  }
  return found ? out.join("\n\n") + "\n" : void 0;
}
function tablesIn(sql, d) {
  const out = [];
  for (const st of statements(sql, d)) {
    if (/^CREATE\s+(?:UNLOGGED\s+)?TABLE/i.test(st.head)) {
      const t = tableOf(st.head, d);
      if (t) out.push(t.join("."));
    }
  }
  return out;
}

// src/core/table-restore.ts
var MAX_DUMP_BYTES = 512 << 20;
var DUMP_RE = /\.(sql|dump|pgdump|backup)(\.gz)?$/i;
var DUMP_GLOBS = ["**/*.sql", "**/*.sql.gz", "**/*.dump", "**/*.dump.gz", "**/*.pgdump", "**/*.backup"];
function loadHint(d, file) {
  return d === "mysql" ? `mysql <database> < ${file}` : `psql -d <database> -v ON_ERROR_STOP=1 -f ${file}`;
}
function fileFor(dump, table) {
  const stem = path6.basename(dump).replace(DUMP_RE, "");
  const safe = `${stem}.${table}`.replace(/[^A-Za-z0-9._-]/g, "_");
  return safe === `${stem}.${table}` ? `${safe}.sql` : `${safe}-${createHash3("sha256").update(table).digest("hex").slice(0, 6)}.sql`;
}
async function dumpFiles(dir, rel = "") {
  const out = [];
  for (const e of await readdir4(path6.join(dir, rel), { withFileTypes: true }).catch(() => [])) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...await dumpFiles(dir, p));
    else if (e.isFile() && DUMP_RE.test(e.name)) out.push(p);
  }
  return out.sort();
}
async function readDump(file, name) {
  let b = await readFile(file);
  if (b[0] === 31 && b[1] === 139) b = gunzipSync(b, { maxOutputLength: MAX_DUMP_BYTES });
  if (b.length > MAX_DUMP_BYTES)
    throw new Error(`${name} is larger than ${formatBytes(MAX_DUMP_BYTES)}: restore it with --path and load it into a scratch database`);
  return b;
}
async function splitDumps(work, tables, outDir) {
  const found = [];
  const problems = [];
  const seen = [];
  for (const dump of await dumpFiles(work)) {
    let sql;
    let d;
    try {
      const b = await readDump(path6.join(work, dump), dump);
      d = detectDialect(b, dump);
      sql = b.toString("utf8");
    } catch (e) {
      problems.push(e.message);
      continue;
    }
    seen.push(...tablesIn(sql, d).map((t) => `${t} (${dump})`));
    for (const t of tables) {
      const text = extractTable(sql, d, t);
      if (text === void 0) continue;
      const name = fileFor(dump, t);
      const header = `-- Table ${t} from ${dump}, cut out of the dump by site-backup-action. Not loaded: load it with
--   ${loadHint(d, name)}

`;
      found.push({
        table: t,
        dump,
        file: path6.join(outDir, name),
        bytes: Buffer.byteLength(header + text),
        dialect: d,
        load: loadHint(d, path6.join(outDir, name)),
        text: header + text
      });
    }
  }
  const missing = tables.filter((t) => !found.some((f) => f.table === t));
  if (missing.length) {
    const why = [...problems, seen.length ? `the dumps hold ${seen.slice(0, 30).join(", ")}` : "no plain dump with tables was found"].join(
      "; "
    );
    throw new ConfigError(
      "table",
      `no table ${missing.map((t) => JSON.stringify(t)).join(", ")} in the data component (${why}); nothing was written`,
      "Give the table name as the dump writes it (without quotes; `schema.table` or just `table`)."
    );
  }
  await mkdir5(outDir, { recursive: true });
  for (const f of found) await writeFile3(f.file, f.text, { flag: "wx", mode: 384 });
  return found.map(({ text: _t, ...f }) => f);
}
async function restoreTables(cfg, deps, opened, chosen) {
  const backup = opened.backup;
  const data = chosen.find((c) => c.name === "data");
  if (!data)
    throw new ConfigError(
      "table",
      `backup ${backup.id} restores no data component here`,
      "Tables come from the data component: leave `components` empty or include `data`."
    );
  const work = await makeStaging(deps.tmpRoot, "tables");
  try {
    const tree = path6.join(work, "dumps");
    await mkdir5(tree, { mode: 448 });
    const part = await oneComponent({ ...cfg, paths: DUMP_GLOBS, dryRun: false }, deps, opened, data, (p) => DUMP_RE.test(p), tree);
    const files = await splitDumps(tree, cfg.tables, cfg.restoreDir);
    for (const f of files)
      deps.log.info(
        `data: table ${f.table} from ${f.dump} written to ${f.file} (${formatBytes(f.bytes)}); it was not loaded. Load it with: ${f.load}`
      );
    deps.log.info(`data: read ${formatBytes(part.read)} of ${formatBytes(part.bytes)} stored`);
    return { part, files };
  } finally {
    await rm5(work, { recursive: true, force: true });
  }
}

// src/core/restore.ts
function isProtected(env, list) {
  return list.some((p) => p.toLowerCase() === env.toLowerCase());
}
function checkConfirm(cfg) {
  if (!isProtected(cfg.targetEnvironment, cfg.protectedEnvironments)) return;
  if (cfg.confirm === cfg.targetEnvironment) return;
  const got = cfg.confirm === void 0 ? "is empty" : `is "${cfg.confirm}", which is not the exact target name`;
  throw new ConfigError(
    "confirm",
    `${got}; restoring into \`${cfg.targetEnvironment}\` overwrites a protected environment of ${cfg.site}`,
    `To go ahead, set \`confirm: ${cfg.targetEnvironment}\` (CLI: \`--confirm ${cfg.targetEnvironment}\`). Protected environments: ${cfg.protectedEnvironments.join(", ")} (input \`protected-environments\`). Try \`dry-run: true\` first to see the plan.`
  );
}
function planComponents(cfg, chosen, restoreCommandSet) {
  return chosen.map((c) => ({
    component: c.name,
    object: c.object,
    bytes: c.bytes,
    compression: c.compression,
    encryption: c.encryption,
    files: c.files,
    contentBytes: c.contentBytes,
    sha256: c.sha256,
    operation: describeOperation(cfg, c.name, restoreCommandSet)
  }));
}
function describeOperation(cfg, component, restoreCommandSet) {
  if (cfg.platform === "command") {
    const dir = path7.join(cfg.restoreDir, component);
    return restoreCommandSet(component) ? `extract into ${dir}/, then run \`${component}-restore-command\` with $BACKUP_IN=${dir}` : `extract into ${dir}/ (no \`${component}-restore-command\` is set)`;
  }
  return `\`${cfg.platform}\` restores ${component} into environment \`${cfg.targetEnvironment}\``;
}
function chooseComponents(manifest, requested) {
  if (!requested) return manifest.components;
  const out = [];
  for (const r of requested) {
    const c = manifest.components.find((x) => x.name === r);
    if (!c) {
      throw new ConfigError(
        "components",
        `backup ${manifest.id} holds no "${r}" component`,
        `It holds ${manifest.components.map((x) => x.name).join(", ")}; pick from those or leave \`components\` empty.`
      );
    }
    out.push(c);
  }
  return out;
}
async function assertEmptyTarget(dir, component) {
  const names = await readdirIfExists(dir) ?? [];
  if (names.length > 0) {
    throw new ConfigError(
      "restore-dir",
      `${dir} already holds ${names.length} ${names.length === 1 ? "entry" : "entries"}, and restoring ${component} over them would mix two versions`,
      "Remove or move that folder, or point `restore-dir` at an empty or new folder."
    );
  }
}
async function planRestore(cfg, place, restoreCommandSet = () => false) {
  const list = await place.list(cfg.site, cfg.environment);
  const opened = await readerFor(place).open(pickBackup(list, cfg.backup));
  const { backup, manifest } = opened;
  const chosen = chooseComponents(manifest, cfg.components);
  const plan = {
    site: cfg.site,
    sourceEnvironment: cfg.environment,
    targetEnvironment: cfg.targetEnvironment,
    platform: cfg.platform,
    backupId: backup.id,
    manifest,
    components: planComponents(cfg, chosen, restoreCommandSet),
    bytes: chosen.reduce((n, c) => n + c.bytes, 0)
  };
  if (opened.origin) plan.origin = opened.origin;
  if (isProtected(cfg.targetEnvironment, cfg.protectedEnvironments)) plan.needsConfirm = cfg.targetEnvironment;
  return { plan, backup, opened, chosen };
}
function planText(plan, storeLocation) {
  const lines = [
    `Restore plan: ${plan.site}/${plan.sourceEnvironment} backup ${plan.backupId} (${plan.origin ? `${plan.origin}, ` : ""}made ${plan.manifest.createdAt}, ${plan.manifest.trigger}, platform ${plan.manifest.platform})`,
    `  from   ${storeLocation}`,
    `  into   environment \`${plan.targetEnvironment}\` with platform \`${plan.platform}\`${plan.targetEnvironment !== plan.sourceEnvironment ? ` (a different environment than the backup's \`${plan.sourceEnvironment}\`)` : ""}`
  ];
  const folders = plan.origin !== void 0 && plan.bytes === 0;
  for (const c of plan.components) {
    lines.push(
      folders ? `  ${c.component.padEnd(6)} ${c.object} ${plural(c.files, "file", "files")}, ${formatBytes(c.contentBytes)}: ${c.operation}` : `  ${c.component.padEnd(6)} ${c.object} ${formatBytes(c.bytes)} stored, ${plural(c.files, "file", "files")}, ${formatBytes(c.contentBytes)}, sha256 ${c.sha256.slice(0, 12)}${c.encryption === "age" ? ", age-encrypted" : ""}: ${c.operation}`
    );
  }
  lines.push(
    folders ? "  restic checks every chunk it reads, and the restored files against the snapshot, before anything changes" : `  total  ${formatBytes(plan.bytes)} to download and verify (sha256) before anything changes`
  );
  if (plan.needsConfirm) lines.push(`  \`${plan.targetEnvironment}\` is protected: a real run needs \`confirm: ${plan.needsConfirm}\``);
  return lines.join("\n");
}
function noIdentityError(id, encrypted) {
  return new ConfigError(
    "decrypt-identity",
    `backup ${id} is age-encrypted (${encrypted.join(", ")}) and no identity was given`,
    "Set `decrypt-identity` from a secret holding the age key file (`AGE-SECRET-KEY-1\u2026`) whose public key was in `encrypt-to`."
  );
}
var someOnly = (cfg) => Boolean(cfg.paths?.length || cfg.tables?.length);
async function runRestore(cfg, deps, restoreCommandSet = () => false) {
  const started = Date.now();
  const { place, log } = deps;
  if (!cfg.dryRun && !someOnly(cfg)) checkConfirm(cfg);
  const { plan, backup, opened, chosen } = await planRestore(cfg, place, restoreCommandSet);
  log.info(planText(plan, place.location(backup)));
  const encrypted = chosen.filter((c) => c.encryption === "age").map((c) => c.object);
  const missingIdentity = encrypted.length > 0 && cfg.identities.length === 0;
  if (someOnly(cfg)) {
    if (missingIdentity) throw noIdentityError(backup.id, encrypted);
    const some = await restoreSome(cfg, deps, opened, chosen);
    return { ...some, plan, dryRun: cfg.dryRun, components: [], durationMs: Date.now() - started };
  }
  if (cfg.dryRun) {
    if (missingIdentity) log.info(`  ${encrypted.join(", ")} age-encrypted: a real run needs \`decrypt-identity\``);
    log.info("Dry run: nothing was downloaded, extracted or restored.");
    return { plan, dryRun: true, components: [], durationMs: Date.now() - started };
  }
  if (missingIdentity) throw noIdentityError(backup.id, encrypted);
  const early = opened.early(chosen);
  if (early.length) throw new IntegrityError(early, `refusing to restore ${backup.id}, nothing was changed`);
  if (cfg.platform === "command") {
    for (const c of chosen) await assertEmptyTarget(path7.join(cfg.restoreDir, c.name), c.name);
  }
  const restored = await restoreWhole(cfg, deps, opened, plan, chosen);
  return { plan, dryRun: false, components: restored, durationMs: Date.now() - started };
}
async function restoreWhole(cfg, deps, opened, plan, chosen) {
  const work = await makeStaging(deps.tmpRoot, "restore");
  const staged = [];
  try {
    await requireFreeSpace(
      cfg.platform === "command" ? cfg.restoreDir : work,
      chosen.reduce((n, c) => n + c.contentBytes, 0)
    );
    const dirs = await privateDirs(cfg, chosen, work, staged);
    const read = await materialiseAll(cfg, deps, opened, chosen, dirs, work);
    if (cfg.platform === "command") {
      for (const c of chosen) {
        const final = path7.join(cfg.restoreDir, c.name);
        await rmdir3(final).catch(() => void 0);
        await rename3(dirs.get(c.name), final);
        staged.splice(staged.indexOf(dirs.get(c.name)), 1);
        dirs.set(c.name, final);
      }
    }
    return await platformRestore(cfg, deps, plan, chosen, dirs, read);
  } catch (e) {
    if (e instanceof ArchiveReadError && !/nothing was changed/.test(e.message) && staged.length) {
      e.message += " (the partly extracted folder was removed)";
    }
    throw e;
  } finally {
    for (const d of staged) await rm6(d, { recursive: true, force: true });
    await rm6(work, { recursive: true, force: true });
  }
}
async function privateDirs(cfg, chosen, work, staged) {
  const dirs = /* @__PURE__ */ new Map();
  if (cfg.platform === "command") await mkdir6(cfg.restoreDir, { recursive: true });
  for (const c of chosen) {
    let dir;
    if (cfg.platform === "command") {
      dir = path7.join(cfg.restoreDir, `.site-backup-${c.name}-${randomBytes3(4).toString("hex")}.partial`);
      staged.push(dir);
    } else {
      dir = path7.join(work, `extract-${c.name}`);
    }
    await mkdir6(dir, { mode: 448 });
    dirs.set(c.name, dir);
  }
  return dirs;
}
async function materialiseAll(cfg, deps, opened, chosen, dirs, work) {
  const { log } = deps;
  const id = opened.backup.id;
  const results = await atOnce(
    chosen,
    deps.signal,
    opened.parallel,
    (c, signal) => opened.materialise(c, dirs.get(c.name), { identities: cfg.identities, log, tmp: work, signal })
  );
  const damage = [];
  for (const [i, c] of chosen.entries()) {
    const f = results[i];
    if (opened.format === "archive")
      log.info(
        `${c.name}: downloaded ${formatBytes(f.bytes)} in ${formatDuration(f.durationMs)} (${formatRate(f.bytes, f.durationMs)}), sha256 ${f.problem ? `MISMATCH: ${f.problem}` : "ok"}`
      );
    if (f.problem) damage.push({ backup: id, object: c.object, problem: f.problem });
  }
  if (damage.length) throw new IntegrityError(damage, `refusing to restore ${id}, nothing was changed`);
  const out = /* @__PURE__ */ new Map();
  for (const [i, c] of chosen.entries()) {
    const f = results[i];
    if (f.listError) {
      f.listError.message = `refusing to restore ${id}, nothing was changed: ${f.listError.message}`;
      throw f.listError;
    }
    const l = f.listing;
    out.set(c.name, { listing: l, readMs: f.durationMs });
    log.info(
      opened.format === "archive" ? `${c.name}: ${plural(l.entries, "entry", "entries")} checked and extracted (${plural(l.files, "file", "files")}, ${formatBytes(l.contentBytes)}), all inside the target` : `${c.name}: ${plural(l.files, "file", "files")}, ${formatBytes(l.contentBytes)} restored from the snapshot and verified by restic`
    );
    await chmod2(dirs.get(c.name), 493);
  }
  return out;
}
async function platformRestore(cfg, deps, plan, chosen, dirs, read) {
  const { log } = deps;
  const platform = await deps.openPlatform();
  const restored = [];
  try {
    for (const c of chosen) {
      const t = Date.now();
      log.info(`${c.name}: restoring into \`${cfg.targetEnvironment}\`\u2026`);
      try {
        await platform.restore(c.name, dirs.get(c.name), {
          targetEnvironment: cfg.targetEnvironment,
          signal: deps.signal ?? new AbortController().signal
        });
      } catch (e) {
        const done = restored.map((r) => r.component);
        const state = done.length ? `${done.join(", ")} ${done.length === 1 ? "was" : "were"} restored already; ${c.name} may be partly restored` : `nothing was restored before it; ${c.name} may be partly restored`;
        throw new ComponentError(c.name, `restore into \`${cfg.targetEnvironment}\` failed (${state}): ${e.message}`, {
          cause: e
        });
      }
      restored.push({
        ...plan.components.find((p) => p.component === c.name),
        listing: read.get(c.name).listing,
        downloadMs: read.get(c.name).readMs,
        restoreMs: Date.now() - t,
        ...cfg.platform === "command" ? { dir: dirs.get(c.name) } : {}
      });
      log.info(`${c.name}: restored in ${formatDuration(Date.now() - t)}`);
    }
  } finally {
    await platform.close();
  }
  return restored;
}
async function restoreSome(cfg, deps, opened, chosen) {
  const id = opened.backup.id;
  const early = cfg.dryRun ? [] : opened.early(chosen);
  if (early.length) throw new IntegrityError(early, `refusing to restore ${id}, nothing was changed`);
  const base2 = { identities: cfg.identities, dryRun: cfg.dryRun, restoreDir: cfg.restoreDir };
  if (cfg.tables?.length && !cfg.dryRun) {
    const t = await restoreTables({ ...base2, paths: [], tables: cfg.tables }, deps, opened, chosen);
    return { partial: [t.part], tables: t.files };
  }
  const paths = cfg.paths?.length ? cfg.paths : DUMP_GLOBS;
  return {
    partial: await restorePaths({ ...base2, paths }, deps, opened, cfg.tables?.length ? chosen.filter((c) => c.name === "data") : chosen)
  };
}
async function atOnce(items, outer, parallel, fn) {
  const stop = new AbortController();
  const signal = outer ? AbortSignal.any([outer, stop.signal]) : stop.signal;
  let failure;
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length && !failure) {
      const i = next++;
      try {
        out[i] = await fn(items[i], signal);
      } catch (e) {
        failure ??= { error: e };
        stop.abort(new Error("stopped because another component failed"));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, parallel), items.length) }, worker));
  if (failure) throw failure.error;
  return out;
}
async function requireFreeSpace(dir, bytes) {
  let probe = dir;
  for (; ; ) {
    const st = await statfs(probe).catch(() => void 0);
    if (st) {
      const free = st.bavail * st.bsize;
      const need = Math.ceil(bytes * 1.01);
      if (free < need)
        throw new Error(
          `not enough free space in ${dir}: the backup holds ${formatBytes(bytes)} and ${formatBytes(free)} is free; nothing was changed`
        );
      return;
    }
    const up = path7.dirname(probe);
    if (up === probe) return;
    probe = up;
  }
}

// src/summaries/restore.ts
import path8 from "node:path";
function restoreSummaryMarkdown(r, storeLocation) {
  const p = r.plan;
  if (r.partial) return partialSummaryMarkdown(r, r.partial, storeLocation);
  const head = r.dryRun ? `## Restore plan (dry run): ${p.site}` : `## Restored ${p.site}`;
  const lines = [
    `${head} from \`${p.backupId}\``,
    "",
    `- **Backup**: \`${p.backupId}\` of \`${p.sourceEnvironment}\`, made ${p.manifest.createdAt} (${p.manifest.trigger}) by ${p.manifest.tool.name} ${p.manifest.tool.version}${p.manifest.source.runUrl ? ` in [this run](${p.manifest.source.runUrl})` : ""}`,
    `- **From**: ${storeLocation}`,
    `- **Into**: environment \`${p.targetEnvironment}\` with platform \`${p.platform}\``,
    ""
  ];
  if (r.dryRun) {
    lines.push("| component | object | stored | sha256 | files | content | operation |", "|---|---|---:|---|---:|---:|---|");
    for (const c of p.components)
      lines.push(
        `| ${c.component} | ${c.object} | ${formatBytes(c.bytes)} | \`${c.sha256.slice(0, 12)}\` | ${c.files} | ${formatBytes(c.contentBytes)} | ${cell(c.operation)} |`
      );
    lines.push(
      "",
      `Nothing was downloaded or changed.${p.needsConfirm ? ` \`${p.targetEnvironment}\` is protected: a real run needs \`confirm: ${p.needsConfirm}\`.` : ""}`
    );
  } else {
    lines.push("| component | object | stored | files | content | download + verify | restore |", "|---|---|---:|---:|---:|---:|---:|");
    for (const c of r.components) {
      lines.push(
        `| ${c.component} | ${c.object} | ${formatBytes(c.bytes)} | ${c.listing.files} | ${formatBytes(c.listing.contentBytes)} | ${formatDuration(c.downloadMs)} | ${formatDuration(c.restoreMs)} |`
      );
    }
    lines.push("", `Every object's sha256 matched the manifest before anything changed. Took ${formatDuration(r.durationMs)} in all.`);
  }
  lines.push("");
  return lines.join("\n");
}
function partialSummaryMarkdown(r, parts, storeLocation) {
  const p = r.plan;
  const read = parts.reduce((n, c) => n + c.read, 0);
  const stored = parts.reduce((n, c) => n + c.bytes, 0);
  const lines = [
    `## ${r.dryRun ? "Files matching (dry run)" : "Restored files"} of ${p.site} from \`${p.backupId}\``,
    "",
    `- **Backup**: \`${p.backupId}\` of \`${p.sourceEnvironment}\`, made ${p.manifest.createdAt} (${p.manifest.trigger})`,
    `- **From**: ${storeLocation}`,
    `- **Read**: ${formatBytes(read)} of ${formatBytes(stored)} stored`,
    "",
    ...partialSummaryLines(parts, r.dryRun),
    "",
    ...(r.tables ?? []).map(
      (t) => `- Table \`${t.table}\` from \`${t.dump}\`: \`${path8.basename(t.file)}\` (${formatBytes(t.bytes)}), not loaded; load it with \`${t.load}\``
    ),
    ...r.tables?.length ? [""] : [],
    r.dryRun ? "Only the manifest and the member indexes were read; nothing was written." : `Every byte read was checked before anything was written into the restore folder. Took ${formatDuration(r.durationMs)} in all.`,
    ""
  ];
  return lines.join("\n");
}
function partialSummaryLines(parts, dryRun) {
  const lines = ["| component | object | matched | read | stored | took |", "|---|---|---:|---:|---:|---:|"];
  for (const p of parts) {
    lines.push(
      `| ${p.component} | ${p.object} | ${p.seekable || !dryRun ? p.entries.length : "?"} | ${formatBytes(p.read)} | ${formatBytes(p.bytes)} | ${formatDuration(p.durationMs)} |`
    );
  }
  return lines;
}

// src/platforms/index.ts
import { rm as rm7 } from "node:fs/promises";

// src/platforms/content-check.ts
import { open as open3 } from "node:fs/promises";
import path9 from "node:path";
var m = (offset, bytes) => ({
  offset,
  bytes: typeof bytes === "string" ? Buffer.from(bytes, "latin1") : Buffer.from(bytes)
});
var JPEG = { name: "a JPEG image", magic: [m(0, [255, 216, 255])] };
var PNG = { name: "a PNG image", magic: [m(0, [137, 80, 78, 71, 13, 10, 26, 10])] };
var GIF = { name: "a GIF image", magic: [m(0, "GIF87a"), m(0, "GIF89a")] };
var WEBP = {
  name: "a WebP image",
  magic: [],
  test: (h) => h.subarray(0, 4).toString("latin1") === "RIFF" && h.subarray(8, 12).toString("latin1") === "WEBP"
};
var BMP = { name: "a BMP image", magic: [m(0, "BM")] };
var ICO = { name: "an icon", magic: [m(0, [0, 0, 1, 0]), m(0, [0, 0, 2, 0])] };
var TIFF = { name: "a TIFF image", magic: [m(0, [73, 73, 42, 0]), m(0, [77, 77, 0, 42])] };
var PDF = { name: "a PDF", magic: [], test: (h) => h.subarray(0, 1024).includes("%PDF-") };
var ISO_BOXES = ["ftyp", "moov", "mdat", "free", "skip", "wide", "pnot"];
var ISO_MEDIA = {
  name: "an MP4/QuickTime file",
  magic: [],
  test: (h) => ISO_BOXES.includes(h.subarray(4, 8).toString("latin1"))
};
var WEBM = { name: "a WebM/Matroska file", magic: [m(0, [26, 69, 223, 163])] };
var MP3 = {
  name: "an MP3",
  magic: [m(0, "ID3")],
  test: (h) => h.subarray(0, 3).toString("latin1") === "ID3" || h[0] === 255 && ((h[1] ?? 0) & 224) === 224
};
var WAV = {
  name: "a WAV file",
  magic: [],
  test: (h) => h.subarray(0, 4).toString("latin1") === "RIFF" && h.subarray(8, 12).toString("latin1") === "WAVE"
};
var OGG = { name: "an Ogg file", magic: [m(0, "OggS")] };
var ZIP = {
  name: "a zip",
  magic: [m(0, [80, 75, 3, 4]), m(0, [80, 75, 5, 6]), m(0, [80, 75, 7, 8])]
};
var GZIP = { name: "a gzip file", magic: [m(0, [31, 139])] };
var BZIP2 = { name: "a bzip2 file", magic: [m(0, "BZh")] };
var XZ = { name: "an xz file", magic: [m(0, [253, 55, 122, 88, 90, 0])] };
var ZSTD = { name: "a zstd file", magic: [m(0, [40, 181, 47, 253])] };
var SEVENZ = { name: "a 7z archive", magic: [m(0, [55, 122, 188, 175, 39, 28])] };
var RAR = { name: "a RAR archive", magic: [m(0, "Rar!")] };
var TAR = { name: "a tar archive", magic: [m(257, "ustar")] };
var WOFF = { name: "a WOFF font", magic: [m(0, "wOFF")] };
var WOFF2 = { name: "a WOFF2 font", magic: [m(0, "wOF2")] };
var SFNT = { name: "a TrueType/OpenType font", magic: [m(0, [0, 1, 0, 0]), m(0, "true"), m(0, "ttcf"), m(0, "OTTO")] };
var JSON_START = /^[\s\uFEFF]*[[{"\d\-tfn]/;
var JSON_TYPE = { name: "JSON", magic: [], test: (h) => JSON_START.test(h.toString("utf8")) };
function looksLikeErrorBody(head) {
  const text = head.toString("utf8").replace(/^[\s\uFEFF]+/, "");
  return /^<(!doctype html|html|head|body)\b/i.test(text) || /^(<\?xml[^>]*>\s*)?<Error\b/.test(text) || /^[{[]/.test(text);
}
var SVG = { name: "an SVG image", magic: [], test: (h) => /<svg[\s>]/i.test(h.toString("utf8")) || !looksLikeErrorBody(h) };
var NOT_MARKUP = {
  name: "text",
  magic: [],
  test: (h) => !/^[\s\uFEFF]*<(\?xml|!doctype|html|head|body|error)\b/i.test(h.toString("utf8"))
};
var BY_EXTENSION = {
  jpg: JPEG,
  jpeg: JPEG,
  jpe: JPEG,
  jfif: JPEG,
  png: PNG,
  gif: GIF,
  webp: WEBP,
  bmp: BMP,
  ico: ICO,
  tif: TIFF,
  tiff: TIFF,
  avif: ISO_MEDIA,
  heic: ISO_MEDIA,
  heif: ISO_MEDIA,
  svg: SVG,
  pdf: PDF,
  mp4: ISO_MEDIA,
  m4v: ISO_MEDIA,
  mov: ISO_MEDIA,
  m4a: ISO_MEDIA,
  "3gp": ISO_MEDIA,
  webm: WEBM,
  mkv: WEBM,
  mp3: MP3,
  wav: WAV,
  ogg: OGG,
  oga: OGG,
  ogv: OGG,
  zip: ZIP,
  docx: ZIP,
  xlsx: ZIP,
  pptx: ZIP,
  odt: ZIP,
  ods: ZIP,
  jar: ZIP,
  epub: ZIP,
  gz: GZIP,
  tgz: GZIP,
  bz2: BZIP2,
  xz: XZ,
  zst: ZSTD,
  "7z": SEVENZ,
  rar: RAR,
  tar: TAR,
  woff: WOFF,
  woff2: WOFF2,
  ttf: SFNT,
  otf: SFNT,
  json: JSON_TYPE,
  js: NOT_MARKUP,
  mjs: NOT_MARKUP,
  css: NOT_MARKUP
};
var MUST_HAVE_CONTENT = new Set(Object.keys(BY_EXTENSION).filter((e) => !["js", "mjs", "css"].includes(e)));
var HEAD_BYTES = 4096;
var PARALLEL = 16;
function matches(type, head) {
  if (type.test) return type.test(head);
  return type.magic.some(
    (g) => head.length >= g.offset + g.bytes.length && head.subarray(g.offset, g.offset + g.bytes.length).equals(g.bytes)
  );
}
function describeContent(head) {
  const text = head.subarray(0, 512).toString("utf8").replace(/^[\s\uFEFF]+/, "");
  if (/^<\?xml[^>]*>\s*<Error\b/i.test(text) || /^<Error\b/.test(text)) return "an XML error body";
  if (/^<\?xml/i.test(text)) return "an XML document";
  if (/^<(!doctype html|html|head|body)\b/i.test(text)) return "an HTML page";
  if (/^[{[]/.test(text)) return "JSON text";
  for (const t of [JPEG, PNG, GIF, WEBP, PDF, ISO_MEDIA, WEBM, ZIP, GZIP, WOFF, WOFF2]) if (matches(t, head)) return t.name;
  const hex = [...head.subarray(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
  return `bytes ${hex}`;
}
function extensionOf(name) {
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return void 0;
  return name.slice(dot + 1).toLowerCase();
}
async function readHead(file) {
  const fh = await open3(file, "r");
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
async function inspectFile(file, size) {
  const ext = extensionOf(path9.basename(file));
  const type = ext ? BY_EXTENSION[ext] : void 0;
  if (!ext || !type) return void 0;
  if (size === 0) return MUST_HAVE_CONTENT.has(ext) ? `empty, but a .${ext} file always has content` : void 0;
  const head = await readHead(file);
  if (matches(type, head)) return void 0;
  return `named .${ext} but holds ${describeContent(head)}`;
}
async function scanExport(dir) {
  const counts = { files: 0, bytes: 0 };
  const suspects = [];
  const queue = [];
  await walkFiles(dir, (abs, rel, size) => {
    counts.files++;
    counts.bytes += size;
    queue.push({ abs, rel, size });
  });
  const found = new Array(queue.length);
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const i = next++;
      const f = queue[i];
      const reason = await inspectFile(f.abs, f.size);
      if (reason) found[i] = { path: f.rel, reason };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
  for (const s of found) if (s) suspects.push(s);
  return { counts, suspects };
}
var SHOWN = 5;
function listing(suspects) {
  const shown = suspects.slice(0, SHOWN).map((s) => `${s.path} (${s.reason})`);
  if (suspects.length > SHOWN) shown.push(`and ${suspects.length - SHOWN} more`);
  return shown.join("; ");
}
async function checkExportedContent(dir, opts) {
  const { counts, suspects } = await scanExport(dir);
  if (suspects.length === 0) return counts;
  if (suspects.length <= opts.acceptSuspect) {
    opts.log?.warn(
      `${opts.component}: accepted ${suspects.length} suspect file(s) (\`accept-suspect-files\` is ${opts.acceptSuspect}): ${listing(suspects)}`
    );
    return counts;
  }
  throw new VerificationError(
    // No component prefix: the pipeline's ComponentError adds it.
    `${suspects.length} file(s) whose content contradicts their name, or that are empty: ${listing(suspects)}. The platform probably answered the download with an error page, and the CLI saved it under the file's name. ` + (opts.acceptSuspect > 0 ? `\`accept-suspect-files\` accepts only ${opts.acceptSuspect}.` : "Fix or remove the files on the platform, or set `accept-suspect-files` to the number of such files you accept.")
  );
}
function acceptSuspectFrom(inputs) {
  const v = inputs.get("accept-suspect-files")?.trim();
  if (v === void 0 || v === "") return 0;
  if (!/^\d{1,9}$/.test(v)) {
    throw new ConfigError(
      "accept-suspect-files",
      `"${v}" is not a whole number`,
      "Give the number of files with wrong or empty content you accept (for example `2`), or `0` to accept none."
    );
  }
  return Number(v);
}

// src/platforms/registry.ts
var PLATFORM_MODULES = [
  { name: "siteglide", load: async () => (await import("./siteglide-4SKS6QH5.js")).siteglidePlatform },
  { name: "platformos", load: async () => (await import("./platformos-BJH7W2HZ.js")).platformosPlatform },
  { name: "platformsh", load: async () => (await import("./platformsh-WE26NN7C.js")).platformshPlatform },
  { name: "upsun", load: async () => (await import("./platformsh-WE26NN7C.js")).upsunPlatform },
  { name: "divio", load: async () => (await import("./divio-XT5AFDFF.js")).divioPlatform },
  { name: "ssh", load: async () => (await import("./ssh-JXX4H52S.js")).sshPlatform },
  { name: "command", load: async () => (await import("./command-GDT2OD27.js")).commandPlatform },
  { name: "plantanapp", load: async () => (await import("./plantanapp-M3O5MDA2.js")).plantanappPlatform }
];

// src/platforms/index.ts
var REGISTRY = new Map(PLATFORM_MODULES.map((p) => [p.name, p.load]));
async function getPlatform(name) {
  const load = REGISTRY.get(name);
  if (!load) throw new Error(`platform "${name}" is not available in this build`);
  return load();
}
async function openPlatform(name, ctx, tmpRoot) {
  const acceptSuspect = ctx.purpose === "restore" ? 0 : acceptSuspectFrom(ctx.inputs);
  const workDir = await makeStaging(tmpRoot, "work");
  let s;
  try {
    s = await (await getPlatform(name)).open({ ...ctx, workDir });
  } catch (e) {
    await rm7(workDir, { recursive: true, force: true });
    throw e;
  }
  return {
    components: s.components,
    explainUnsupported: (c) => s.explainUnsupported(c),
    mirrors: (c) => s.mirrors?.(c) ?? false,
    // Every platform's export is read back here: CLIs save error pages under the asset's name and
    // exit 0, so no platform may skip this. Platforms add their own checks and may count records.
    export: async (c, dir, signal) => {
      const result = await s.export(c, dir, signal) ?? {};
      signal.throwIfAborted();
      const counts = await checkExportedContent(dir, { component: c, acceptSuspect, log: ctx.log });
      const records = result.counts?.records;
      return { ...result, counts: records === void 0 ? counts : { ...counts, records } };
    },
    restore: (c, dir, opts) => s.restore(c, dir, opts),
    close: async () => {
      try {
        await s.close();
      } finally {
        await rm7(workDir, { recursive: true, force: true });
      }
    }
  };
}

// src/commands/secrets.ts
function maskSecretInputs(inputs, log) {
  for (const [name, spec] of Object.entries(INPUTS)) {
    if (spec.secret) log.setSecret(inputs.get(name));
  }
}

// src/commands/restore.ts
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
  const place = await openPlace(cfg.store, io.log, io.env);
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
      place,
      log: io.log,
      tmpRoot,
      openPlatform: () => openPlatform(cfg.platform, ctx, tmpRoot)
    },
    hasRestoreCommand
  );
  io.setOutput("backup-id", result.plan.backupId);
  await io.summary(
    restoreSummaryMarkdown(result, place.location({ site: cfg.site, environment: cfg.environment, id: result.plan.backupId }))
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
  const place = await openPlace(cfg.store, io.log, io.env);
  const tmpRoot = io.env.RUNNER_TEMP ?? os2.tmpdir();
  const list = await place.list(cfg.site, cfg.environment);
  const chosen = chooseBackups(io, cfg, list);
  const { report, verifiedData } = await verifyChosen(io, cfg, place, chosen, tmpRoot);
  const newest = report.checks.find((c) => c.complete && c.manifest);
  const problems = [];
  if (!newest)
    problems.push(
      cfg.newerThanMs !== void 0 ? `no complete backup was made in the last ${formatDuration(cfg.newerThanMs)}` : "no complete backup to verify"
    );
  if (newest) io.setOutput("backup-id", newest.id);
  io.setOutput("verified", report.checks.map((c) => c.id).join(","));
  const { drill, drillError } = cfg.drill && newest ? await drillNewest(io, cfg, place, list, newest, tmpRoot, verifiedData) : {};
  if (verifiedData) await rm8(verifiedData.dir, { recursive: true, force: true });
  await writeRecords(io, cfg, place, list, report, newest, drill, drillError);
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
async function verifyChosen(io, cfg, place, chosen, tmpRoot) {
  let verifiedData;
  const keepForDrill = async (b, c, file) => {
    if (verifiedData || c.name !== "data") return;
    const dir = await mkdtemp2(path10.join(tmpRoot, "site-backup-drill-"));
    verifiedData = { backupId: b.id, component: c, file: path10.join(dir, c.object), dir };
    await rename4(file, verifiedData.file);
  };
  try {
    const report = await verifyBackups(cfg.site, cfg.environment, chosen, {
      place,
      log: io.log,
      tmpRoot,
      identities: cfg.identities,
      ...cfg.components ? { components: cfg.components } : {},
      ...cfg.drill ? { onVerified: keepForDrill } : {}
    });
    return { report, verifiedData };
  } catch (e) {
    if (verifiedData) await rm8(verifiedData.dir, { recursive: true, force: true });
    throw e;
  }
}
async function drillNewest(io, cfg, place, list, newest, tmpRoot, verifiedData) {
  if (newest.damage.length > 0) return { drillError: new Error(`drill skipped: the newest backup ${newest.id} is damaged`) };
  try {
    const drill = await drillBackup(
      io,
      cfg,
      place,
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
async function writeRecords(io, cfg, place, list, report, newest, drill, drillError) {
  const ctx = { site: cfg.site, environment: cfg.environment, at: /* @__PURE__ */ new Date(), env: io.env };
  for (const c of report.checks) {
    const rec = verifyRecord(ctx, c);
    if (rec)
      await writeCheckRecord(
        place.store,
        list.find((b) => b.id === c.id),
        "last-verify.json",
        rec,
        io.log
      );
  }
  if (cfg.drill && newest && (drill || drillError))
    await writeCheckRecord(
      place.store,
      list.find((b) => b.id === newest.id),
      "last-drill.json",
      drillRecord(ctx, newest.id, drill, drillError),
      io.log
    );
}
async function drillBackup(io, cfg, place, backup, tmpRoot, verified) {
  return drillStoredBackup(readerFor(place), backup, cfg.drill.target, {
    ...cfg.drill.sql ? { sql: cfg.drill.sql } : {},
    identities: cfg.identities,
    tmpRoot,
    log: io.log,
    env: io.env,
    ...verified ? { checked: { backupId: verified.backupId, object: verified.component.object, file: verified.file } } : {}
  });
}
function restoreOrVerify(io) {
  return parseMode(io.inputs) === "verify" ? verifyCommand(io) : restoreCommand(io);
}

// src/actions/io.ts
import os3 from "node:os";

// src/actions/runner.ts
import { randomUUID as randomUUID2 } from "node:crypto";
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
function outputEntry(name, value, delimiter = `ghadelimiter_${randomUUID2()}`) {
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
  info: (m2) => info(redact(m2)),
  warn: (m2) => warning(redact(m2)),
  error: (m2, title) => error(redact(m2), title),
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
    await sweepLeftovers(process.env.RUNNER_TEMP ?? os3.tmpdir(), actionReporter);
    await body(actionIo());
  } catch (e) {
    error(redact(e.message), errorTitle(e, what));
    process.exitCode = 1;
  }
}

// src/actions/restore.ts
var mode = "restore";
try {
  mode = parseMode(envSource(process.env));
} catch {
}
await runAction(mode, (io) => restoreOrVerify(io));
