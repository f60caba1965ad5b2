import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  backupsNewerThan,
  loadIndex,
  verifyBackups
} from "./chunk-NB55BVTA.js";
import {
  boundedProblems,
  serializeCheckRecord
} from "./chunk-JWIFPSW7.js";
import {
  inapplicableInputs,
  openPlatform
} from "./chunk-PHBIVPQ3.js";
import {
  failureSummaryMarkdown,
  startNotifier
} from "./chunk-WJS3LIDB.js";
import {
  maskSecretInputs
} from "./chunk-6ZEH7XGM.js";
import {
  cell,
  code
} from "./chunk-TIVNZVPQ.js";
import {
  parseBackupChoice
} from "./chunk-XPTFCSZ2.js";
import {
  openPlace,
  readerFor
} from "./chunk-CJ5YKCK7.js";
import {
  parseBool,
  parseCommon,
  parseDurationInput,
  parseEnvironment,
  refuseControlChars,
  requireFolderOrAbsent
} from "./chunk-IDNKWZAP.js";
import {
  DumpRefused,
  guardedDump,
  scanDump,
  sqlClientFailure
} from "./chunk-2OE4HZ7R.js";
import "./chunk-6C6HLHJS.js";
import {
  ArchiveReadError,
  IntegrityError
} from "./chunk-WBLXCC3B.js";
import "./chunk-NFRKXYRZ.js";
import {
  readdirIfExists
} from "./chunk-VGFCETJD.js";
import {
  pickBackup
} from "./chunk-GZMYM6CX.js";
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
  contentStarts,
  frameAt,
  storedStarts
} from "./chunk-L535WVBM.js";
import {
  Header,
  decodeZstdChunks,
  decompressStream,
  loadAge
} from "./chunk-XOLSYURX.js";
import {
  TOOL
} from "./chunk-5A26CKDP.js";
import "./chunk-UBH3SLY2.js";
import {
  plural
} from "./chunk-FPDQBVEU.js";
import {
  inputOrDefault
} from "./chunk-R65ZRAFA.js";
import {
  makeStaging
} from "./chunk-TLYYK3DI.js";
import "./chunk-GDMYLTKY.js";
import "./chunk-4PEM3UII.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  readObjectRange
} from "./chunk-HJ2OZ5QV.js";
import {
  sourceFromEnv
} from "./chunk-A5275KUL.js";
import {
  ComponentError,
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/commands/verify.ts
import { mkdtemp as mkdtemp2, rename as rename3, rm as rm5 } from "node:fs/promises";
import os2 from "node:os";
import path8 from "node:path";

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
  const m = /(\d+)\.(\d+)/.exec(out.join(" "));
  if (!m) return false;
  const [major, minor] = [Number(m[1]), Number(m[2])];
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

// src/commands/restore.ts
import os from "node:os";

// src/core/restore.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { chmod as chmod2, mkdir as mkdir5, rename as rename2, rm as rm4, rmdir as rmdir2, statfs } from "node:fs/promises";
import path6 from "node:path";

// src/core/partial-restore.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { lstat, mkdir as mkdir3, readdir as readdir2, rename, rm as rm2, rmdir } from "node:fs/promises";
import path4 from "node:path";

// src/core/seek-read.ts
import { createHash } from "node:crypto";
import { link, lutimes, mkdir as mkdir2, open, symlink, chmod, utimes } from "node:fs/promises";
import path3 from "node:path";

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
  const byPath = new Map(ix.members.map((m) => [m.path, m]));
  const sel = { files: /* @__PURE__ */ new Map(), dirs: [], symlinks: [], matched: [] };
  for (const m of ix.members) {
    if (!match(m.path)) continue;
    for (let i = m.path.lastIndexOf("/"); i > 0; i = m.path.lastIndexOf("/", i - 1)) {
      const up = byPath.get(m.path.slice(0, i));
      if (up && up.type !== "dir")
        throw new TamperError(
          `${where}: entry ${JSON.stringify(m.path)} lies below the ${up.type} ${JSON.stringify(up.path)}: refusing it, nothing was written`
        );
    }
    sel.matched.push(m);
    if (m.type === "dir") sel.dirs.push(m);
    else if (m.type === "symlink") sel.symlinks.push(m);
    else {
      const target = m.type === "file" ? m : byPath.get(m.linkpath ?? "");
      if (!target || target.type !== "file")
        throw new TamperError(
          `${where}: hard link ${JSON.stringify(m.path)} points to no file of the archive: refusing it, nothing was written`
        );
      const names = sel.files.get(target) ?? [];
      names.push(m.path);
      sel.files.set(target, names);
    }
  }
  return sel;
}
function frameSpans(ix, members) {
  const cs = contentStarts(ix.frames);
  const wanted = [...members].map((m) => {
    const start = cs[m.frame] + m.offset;
    const end = start + m.headers + m.size;
    return { m, start, first: m.frame, last: frameAt(cs, end - 1) };
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
  let hash = createHash("sha256");
  const close = () => {
    const got = hash.digest("hex");
    if (got !== ix.frames[f].sha256)
      throw new TamperError(
        `${where}: frame ${f} does not match the sha256 in its index (the object was changed): refusing it, nothing was written`
      );
    f++;
    if (f <= last) {
      left = ix.frames[f].stored;
      hash = createHash("sha256");
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
function checkHeaders(raw, m, where) {
  const h = new Header(raw.subarray(raw.length - 512));
  const pax = raw.length > 512 ? /\d+ path=([^\n]*)\n/.exec(raw.subarray(512, raw.length - 512).toString("utf8"))?.[1] : void 0;
  const name = (pax ?? h.path ?? "").replace(/\/$/, "");
  const ok = h.cksumValid && name === m.path && (m.type !== "file" || h.size === m.size || raw.length > 512);
  if (!ok)
    throw new TamperError(
      `${where}: the archive's entry at ${JSON.stringify(m.path)} is not the one its index describes: refusing it, nothing was written`
    );
}
async function writeMember(cur, m, names, dest, where) {
  const first = path3.join(dest, names[0]);
  await mkdir2(path3.dirname(first), { recursive: true });
  const fh = await open(first, "wx", 384);
  try {
    for (let left = m.size; left > 0; ) {
      const c = await cur.chunk(Math.min(left, 1 << 20), where);
      await fh.write(c);
      left -= c.length;
    }
  } finally {
    await fh.close();
  }
  await chmod(first, m.mode & 4095);
  await utimes(first, m.mtime, m.mtime);
  for (const other of names.slice(1)) {
    await mkdir2(path3.dirname(path3.join(dest, other)), { recursive: true });
    await link(first, path3.join(dest, other));
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
      for (const m of span.members) {
        await cur.skipTo(cs[m.frame] + m.offset, where);
        checkHeaders(await cur.take(m.headers, where), m, where);
        await writeMember(cur, m, sel.files.get(m), dest, where);
      }
      while ((await it.next()).done !== true) ;
    } finally {
      await it.return?.();
    }
  }
  await finishTree(sel, dest);
}
async function finishTree(sel, dest) {
  for (const d of sel.dirs) await mkdir2(path3.join(dest, d.path), { recursive: true });
  for (const s of sel.symlinks) {
    const p = path3.join(dest, s.path);
    await mkdir2(path3.dirname(p), { recursive: true });
    await symlink(s.linkpath ?? "", p);
    await lutimes(p, s.mtime, s.mtime);
  }
  for (const d of [...sel.dirs].sort((a, b) => b.path.length - a.path.length)) {
    await chmod(path3.join(dest, d.path), d.mode & 4095);
    await utimes(path3.join(dest, d.path), d.mtime, d.mtime);
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
    const tree = path4.join(work, "tree");
    await mkdir3(tree, { mode: 448 });
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
    await rm2(work, { recursive: true, force: true });
  }
}
async function keepMatching(tree, match, dest) {
  const entries = [];
  const walk = async (rel) => {
    for (const name of (await readdir2(path4.join(tree, rel))).sort()) {
      const p = rel ? `${rel}/${name}` : name;
      const st = await lstat(path4.join(tree, p));
      if (match(p)) {
        entries.push({
          path: p,
          type: st.isDirectory() ? "dir" : st.isSymbolicLink() ? "symlink" : "file",
          size: st.isFile() ? st.size : 0
        });
        await mkdir3(path4.dirname(path4.join(dest, p)), { recursive: true });
        await rename(path4.join(tree, p), path4.join(dest, p));
      } else if (st.isDirectory()) await walk(p);
    }
  };
  await walk("");
  return entries;
}
function entriesOf(sel) {
  return sel.matched.map((m) => ({ path: m.path, type: m.type, size: m.size }));
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
  for (const c of chosen) await assertEmpty(path4.join(cfg.restoreDir, c.name));
  const made = await mkdir3(cfg.restoreDir, { recursive: true });
  const staged = /* @__PURE__ */ new Map();
  let ok = false;
  try {
    const out = [];
    for (const c of chosen) {
      const dir = path4.join(cfg.restoreDir, `.site-backup-${c.name}-${randomBytes2(4).toString("hex")}.partial`);
      await mkdir3(dir, { mode: 448 });
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
      const final = path4.join(cfg.restoreDir, r.component);
      await rmdir(final).catch(() => void 0);
      await rename(dir, final);
      staged.delete(r.component);
      r.dir = final;
    }
    ok = true;
    return out;
  } finally {
    for (const d of staged.values()) await rm2(d, { recursive: true, force: true });
    if (!ok && made !== void 0) await rm2(made, { recursive: true, force: true }).catch(() => void 0);
  }
}

// src/core/table-restore.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdir as mkdir4, readFile, readdir as readdir3, rm as rm3, writeFile as writeFile2 } from "node:fs/promises";
import path5 from "node:path";
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
    const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(s.slice(i, i + 64));
    if (m) {
      const end = s.indexOf(m[0], i + m[0].length);
      return end < 0 ? s.length : end + m[0].length;
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
      const m = /^[A-Za-z0-9_$]+/.exec(s.slice(i));
      if (!m) return parts.length ? parts : void 0;
      parts.push(m[0]);
      i += m[0].length;
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
    const m = re.exec(head);
    if (!m) continue;
    const parts = nameAt(head.slice(m[0].length), d);
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
    const m = /^ALTER\s+SEQUENCE\s+/i.exec(st.head);
    if (!m) continue;
    const seq = nameAt(st.head.slice(m[0].length), "postgres");
    const by = /\bOWNED\s+BY\s+/i.exec(st.head);
    if (seq && by && sameTable(nameAt(st.head.slice(by.index + by[0].length), "postgres")?.slice(0, -1), wanted)) out.add(seq.join("."));
  }
  return out;
}
function isOwnedSequence(head, owned) {
  const m = /^(?:CREATE|ALTER)\s+SEQUENCE\s+(?:IF\s+NOT\s+EXISTS\s+)?/i.exec(head);
  if (m) return owned.has(nameAt(head.slice(m[0].length), "postgres")?.join(".") ?? "");
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
  const stem = path5.basename(dump).replace(DUMP_RE, "");
  const safe = `${stem}.${table}`.replace(/[^A-Za-z0-9._-]/g, "_");
  return safe === `${stem}.${table}` ? `${safe}.sql` : `${safe}-${createHash2("sha256").update(table).digest("hex").slice(0, 6)}.sql`;
}
async function dumpFiles(dir, rel = "") {
  const out = [];
  for (const e of await readdir3(path5.join(dir, rel), { withFileTypes: true }).catch(() => [])) {
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
      const b = await readDump(path5.join(work, dump), dump);
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
        file: path5.join(outDir, name),
        bytes: Buffer.byteLength(header + text),
        dialect: d,
        load: loadHint(d, path5.join(outDir, name)),
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
  await mkdir4(outDir, { recursive: true });
  for (const f of found) await writeFile2(f.file, f.text, { flag: "wx", mode: 384 });
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
    const tree = path5.join(work, "dumps");
    await mkdir4(tree, { mode: 448 });
    const part = await oneComponent({ ...cfg, paths: DUMP_GLOBS, dryRun: false }, deps, opened, data, (p) => DUMP_RE.test(p), tree);
    const files = await splitDumps(tree, cfg.tables, cfg.restoreDir);
    for (const f of files)
      deps.log.info(
        `data: table ${f.table} from ${f.dump} written to ${f.file} (${formatBytes(f.bytes)}); it was not loaded. Load it with: ${f.load}`
      );
    deps.log.info(`data: read ${formatBytes(part.read)} of ${formatBytes(part.bytes)} stored`);
    return { part, files };
  } finally {
    await rm3(work, { recursive: true, force: true });
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
    const dir = path6.join(cfg.restoreDir, component);
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
    for (const c of chosen) await assertEmptyTarget(path6.join(cfg.restoreDir, c.name), c.name);
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
        const final = path6.join(cfg.restoreDir, c.name);
        await rmdir2(final).catch(() => void 0);
        await rename2(dirs.get(c.name), final);
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
    for (const d of staged) await rm4(d, { recursive: true, force: true });
    await rm4(work, { recursive: true, force: true });
  }
}
async function privateDirs(cfg, chosen, work, staged) {
  const dirs = /* @__PURE__ */ new Map();
  if (cfg.platform === "command") await mkdir5(cfg.restoreDir, { recursive: true });
  for (const c of chosen) {
    let dir;
    if (cfg.platform === "command") {
      dir = path6.join(cfg.restoreDir, `.site-backup-${c.name}-${randomBytes3(4).toString("hex")}.partial`);
      staged.push(dir);
    } else {
      dir = path6.join(work, `extract-${c.name}`);
    }
    await mkdir5(dir, { mode: 448 });
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
    const up = path6.dirname(probe);
    if (up === probe) return;
    probe = up;
  }
}

// src/summaries/restore.ts
import path7 from "node:path";
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
      (t) => `- Table \`${t.table}\` from \`${t.dump}\`: \`${path7.basename(t.file)}\` (${formatBytes(t.bytes)}), not loaded; load it with \`${t.load}\``
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
  if (verifiedData) await rm5(verifiedData.dir, { recursive: true, force: true });
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
    const dir = await mkdtemp2(path8.join(tmpRoot, "site-backup-drill-"));
    verifiedData = { backupId: b.id, component: c, file: path8.join(dir, c.object), dir };
    await rename3(file, verifiedData.file);
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
    if (verifiedData) await rm5(verifiedData.dir, { recursive: true, force: true });
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
export {
  restoreOrVerify,
  verifyCommand
};
