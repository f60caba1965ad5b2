import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  RESTIC_MANIFEST_NAME,
  parseResticManifest
} from "./chunk-ZXOMNNHP.js";
import {
  decompressStream,
  formatBytes,
  pickBackup,
  readdirIfExists
} from "./chunk-43XKAJE6.js";
import {
  childEnv,
  lastLines,
  runProcess
} from "./chunk-CQ3S4G3Q.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import "./chunk-PJGVRTLV.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  external_exports
} from "./chunk-ZDWC3BGE.js";
import {
  ComponentError,
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/restic/restore.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { lstat, mkdir, mkdtemp as mkdtemp2, readdir as readdir2, readlink, rename, rm as rm2, rmdir } from "node:fs/promises";
import path3 from "node:path";

// src/core/restore.ts
import path from "node:path";

// src/util/text.ts
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

// src/archive/seek-index.ts
var FRAME_BYTES = 1 << 20;
var MAX_INDEX_BYTES = 256 << 20;
var hex64 = external_exports.string().regex(/^[0-9a-f]{64}$/);
var uint = external_exports.number().int().nonnegative();
var indexSchema = external_exports.object({
  format: external_exports.literal(1),
  object: external_exports.string(),
  frames: external_exports.array(external_exports.object({ stored: uint, content: uint, sha256: hex64 }).strict()),
  members: external_exports.array(
    external_exports.object({
      path: external_exports.string().min(1),
      type: external_exports.enum(["file", "dir", "symlink", "link"]),
      mode: uint,
      size: uint,
      mtime: external_exports.number().int(),
      linkpath: external_exports.string().optional(),
      frame: uint,
      offset: uint,
      headers: uint
    }).strict()
  )
});

// src/archive/age-range.ts
var CHUNK = 64 * 1024;
var TAG = 16;
var SEALED = CHUNK + TAG;
var AGE_HEAD_BYTES = 64 * 1024;

// src/core/table-restore.ts
var MAX_DUMP_BYTES = 512 << 20;

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
    const dir = path.join(cfg.restoreDir, component);
    return restoreCommandSet(component) ? `extract into ${dir}/, then run \`${component}-restore-command\` with $BACKUP_IN=${dir}` : `extract into ${dir}/ (no \`${component}-restore-command\` is set)`;
  }
  return `\`${cfg.platform}\` restores ${component} into environment \`${cfg.targetEnvironment}\``;
}

// src/core/drill.ts
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { access, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import path2 from "node:path";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/util/dump-guard.ts
import { Transform } from "node:stream";
var DumpRefused = class extends Error {
  constructor(code2, line, why) {
    super(`line ${line} ${why} (${code2})`);
    this.code = code2;
    this.line = line;
    this.why = why;
  }
  code;
  line;
  why;
  name = "DumpRefused";
};
var MYSQL_CLIENT_WORDS = /* @__PURE__ */ new Set([
  "system",
  "source",
  "tee",
  "notee",
  "pager",
  "nopager",
  "connect",
  "charset",
  "edit",
  "ego",
  "go",
  "print",
  "prompt",
  "quit",
  "exit",
  "rehash",
  "status",
  "warnings",
  "nowarning",
  "help",
  "clear",
  "resetconnection",
  "query_attributes",
  "ssl_session_data_print"
]);
var HEAD_MAX = 300;
var IDENT_CONT = /[A-Za-z0-9_$\u0080-\u00ff]/;
var IDENT_START = /[A-Za-z_\u0080-\u00ff]/;
var DOLLAR_TAG = /^\$([A-Za-z_\u0080-\u00ff][A-Za-z0-9_\u0080-\u00ff]*)?\$/;
var PG_RESTRICT_LINE = /^\s*\\(un)?restrict\s+[A-Za-z0-9]+\s*$/;
function unquote(name) {
  return (name ?? "").replace(/^[`"']|[`"';]$/g, "");
}
var DumpScanner = class {
  constructor(dialect, database) {
    this.dialect = dialect;
    this.database = database;
  }
  dialect;
  database;
  state = "N";
  lineNo = 0;
  delimiter = ";";
  head = "";
  headLine = 0;
  started = false;
  tag = "";
  depth = 0;
  copyPending = false;
  /** The identifier-ish word being read in N state, for `$` and `E'` (PostgreSQL). */
  word = "";
  special = { delimiter: "", re: /$^/g };
  get lines() {
    return this.lineNo;
  }
  line(text) {
    this.lineNo++;
    const s = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (this.state === "COPY") {
      if (s === "\\.") this.state = "N";
      return true;
    }
    if (this.dialect === "psql" && this.state === "N" && !this.started && PG_RESTRICT_LINE.test(s)) return false;
    if (this.dialect === "mysql") this.mysqlLine(s);
    else this.psqlLine(s);
    if (this.started) this.add(" ");
    if (this.copyPending) {
      this.copyPending = false;
      this.state = "COPY";
    }
    return true;
  }
  /** The end of the dump: a statement left without its delimiter is still sent by the client. */
  end() {
    if (this.started) this.finish();
  }
  refuse(code2, why, line = this.lineNo) {
    throw new DumpRefused(code2, line, why);
  }
  add(text) {
    if (!this.started) {
      if (!text.trim()) return;
      this.started = true;
      this.headLine = this.lineNo;
    }
    if (this.head.length < HEAD_MAX) this.head += text;
  }
  /** Skips quoted text from i; returns where it stopped (the line's end if still inside). */
  quoted(s, i, quote, backslash) {
    let j = i;
    let slash = backslash ? s.indexOf("\\", j) : -1;
    for (; ; ) {
      const end = s.indexOf(quote, j);
      if (slash >= 0 && (end < 0 || slash < end)) {
        j = slash + 2;
        slash = s.indexOf("\\", j);
        continue;
      }
      if (end < 0) return s.length;
      if (this.dialect === "psql" && s[end + 1] === quote) {
        j = end + 2;
        continue;
      }
      this.state = "N";
      return end + 1;
    }
  }
  mysqlLine(s) {
    let i = 0;
    while (i < s.length) {
      if (this.state === "SQ" || this.state === "DQ" || this.state === "BT") {
        const j = this.quoted(s, i, this.state === "SQ" ? "'" : this.state === "DQ" ? '"' : "`", true);
        if (this.head.length < HEAD_MAX) this.add(s.slice(i, Math.min(j, i + HEAD_MAX)));
        i = j;
        continue;
      }
      if (this.state === "BC") {
        const j = s.indexOf("*/", i);
        if (j < 0) return;
        this.state = "N";
        i = j + 2;
        continue;
      }
      i = this.mysqlCode(s, i);
    }
  }
  /** One step in MySQL code outside quotes and comments; returns the next position. */
  mysqlCode(s, i) {
    if (this.started && this.head.length >= HEAD_MAX) {
      const next = this.skip(s, i);
      if (next !== i) return next;
    }
    const c = s[i];
    if (!this.started && /\S/.test(c) && /^delimiter\s/i.test(s.slice(i, i + 10))) {
      if (s.slice(0, i).trim()) this.refuse("ambiguous-syntax", "changes the delimiter in the middle of a line");
      const d = s.slice(i + 9).trim().split(/\s+/)[0] ?? "";
      if (!d || d.includes("\\")) this.refuse("ambiguous-syntax", "sets an unusual delimiter");
      this.delimiter = d;
      return s.length;
    }
    if (s.startsWith(this.delimiter, i)) {
      if (this.started) this.finish();
      return i + this.delimiter.length;
    }
    if (c === "\\") {
      if (s[i + 1] === "-" || s[i + 1] === "N") {
        this.add(s.slice(i, i + 2));
        return i + 2;
      }
      this.refuse("client-command", "holds a client command (a backslash command such as `\\!`)");
    }
    if (c === "'" || c === '"' || c === "`") {
      this.state = c === "'" ? "SQ" : c === '"' ? "DQ" : "BT";
      this.add(c);
      return i + 1;
    }
    if (c === "#" || c === "-" && s[i + 1] === "-" && (i + 2 >= s.length || /\s/.test(s[i + 2]))) return s.length;
    if (c === "/" && s[i + 1] === "*") {
      const exec = /^\/\*M?!\d*/.exec(s.slice(i, i + 12));
      if (exec) {
        this.add(" ");
        return i + exec[0].length;
      }
      this.state = "BC";
      return i + 2;
    }
    if (c === "*" && s[i + 1] === "/") {
      this.add(" ");
      return i + 2;
    }
    this.add(c);
    return i + 1;
  }
  /** The next position from i that may matter in MySQL code, or the line's end. */
  skip(s, i) {
    if (this.special.delimiter !== this.delimiter) {
      const d = this.delimiter.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
      this.special = { delimiter: this.delimiter, re: new RegExp(`['"\`\\\\#/*-]|${d}`, "g") };
    }
    this.special.re.lastIndex = i;
    const m = this.special.re.exec(s);
    return m ? m.index : s.length;
  }
  psqlLine(s) {
    let i = 0;
    this.word = "";
    while (i < s.length) {
      switch (this.state) {
        case "SQ":
        case "ESQ":
        case "DQ": {
          const j = this.quoted(s, i, this.state === "DQ" ? '"' : "'", this.state === "ESQ");
          if (this.head.length < HEAD_MAX) this.add(s.slice(i, Math.min(j, i + HEAD_MAX)));
          i = j;
          break;
        }
        case "DOL": {
          const j = s.indexOf(`$${this.tag}$`, i);
          if (j < 0) return;
          this.state = "N";
          i = j + this.tag.length + 2;
          break;
        }
        case "BC":
          i = this.psqlComment(s, i);
          break;
        default:
          i = this.psqlCode(s, i);
      }
    }
  }
  /** Inside PostgreSQL's nested block comments. */
  psqlComment(s, i) {
    for (let j = i; j < s.length - 1; j++) {
      if (s[j] === "/" && s[j + 1] === "*") {
        this.depth++;
        j++;
      } else if (s[j] === "*" && s[j + 1] === "/") {
        j++;
        if (--this.depth === 0) {
          this.state = "N";
          return j + 1;
        }
      }
    }
    return s.length;
  }
  /** One step in PostgreSQL code outside quotes and comments; returns the next position. */
  psqlCode(s, i) {
    const c = s[i];
    const word = this.word;
    this.word = IDENT_CONT.test(c) && (word || c !== "$") ? word + c : "";
    if (c === "\\")
      this.refuse("client-command", "holds a psql meta-command (a backslash command such as `\\!`, `\\o`, `\\copy` or `\\c`)");
    if (c === "-" && s[i + 1] === "-") return s.length;
    if (c === "/" && s[i + 1] === "*") {
      this.state = "BC";
      this.depth = 1;
      return i + 2;
    }
    if (c === ";") {
      if (this.started) this.finish();
      return i + 1;
    }
    if (c === "'") this.state = word === "e" || word === "E" ? "ESQ" : "SQ";
    else if (c === '"') this.state = "DQ";
    else if (c === "$") {
      if (word && !IDENT_START.test(word[0])) this.refuse("ambiguous-syntax", "puts `$` right after a number");
      const m = word ? null : DOLLAR_TAG.exec(s.slice(i, i + 70));
      if (m) {
        this.state = "DOL";
        this.tag = m[1] ?? "";
        this.word = "";
        this.add(" ");
        return i + m[0].length;
      }
    }
    this.add(c);
    return i + 1;
  }
  /** A whole statement has been read: judge it by how it starts. */
  finish() {
    const head = this.head.replace(/\s+/g, " ").trim().toLowerCase();
    const line = this.headLine;
    this.head = "";
    this.started = false;
    const first = /^[a-z_?]+/.exec(head)?.[0] ?? "";
    if (this.dialect === "mysql" && MYSQL_CLIENT_WORDS.has(first))
      this.refuse("client-command", `holds the client command \`${first}\``, line);
    if (first === "use") {
      if (unquote(head.split(" ")[1]) !== this.database?.toLowerCase())
        this.refuse("switches-database", "switches to another database (`USE`)", line);
      return;
    }
    const db = /^(create|drop|alter) (database|schema) (if (not )?exists )?(\S+)/.exec(head);
    if (db && (this.dialect === "mysql" || db[2] === "database") && unquote(db[5]) !== this.database?.toLowerCase()) {
      this.refuse(
        db[1] === "create" ? "creates-database" : "other-database",
        `${db[1] === "create" ? "creates" : "changes"} another database (\`${db[1].toUpperCase()} DATABASE\`)`,
        line
      );
    }
    if (this.dialect === "mysql" && /^load (data|xml)\b/.test(head)) this.refuse("file-access", "reads a file (`LOAD DATA`)", line);
    if (this.dialect === "psql" && first === "copy") {
      if (!/ from stdin\b/.test(head) || /\bprogram\b/.test(head))
        this.refuse(
          "file-access",
          "copies from or to something other than the dump itself (`COPY \u2026 FROM stdin` is the only form allowed)",
          line
        );
      this.copyPending = true;
    }
  }
};
var LineSplitter = class {
  constructor(each) {
    this.each = each;
  }
  each;
  rest = "";
  push(chunk) {
    const text = this.rest + (typeof chunk === "string" ? chunk : chunk.toString("latin1"));
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      this.each(text.slice(start, nl), true);
      start = nl + 1;
    }
    this.rest = text.slice(start);
  }
  end() {
    if (this.rest) this.each(this.rest, false);
    this.rest = "";
  }
};
async function scanDump(source, dialect, database) {
  const scanner = new DumpScanner(dialect, database);
  const split = new LineSplitter((l) => scanner.line(l));
  for await (const chunk of source) split.push(chunk);
  split.end();
  scanner.end();
  return scanner.lines;
}
function guardedDump(source, dialect, database, prefix = "") {
  const scanner = new DumpScanner(dialect, database);
  let out = [];
  const split = new LineSplitter((l, eol) => {
    if (scanner.line(l)) out.push(eol ? `${l}
` : l);
  });
  let first = true;
  const flush = (t) => {
    if (first && prefix) t.push(Buffer.from(prefix, "latin1"));
    first = false;
    if (out.length) t.push(Buffer.from(out.join(""), "latin1"));
    out = [];
  };
  const guard = new Transform({
    transform(chunk, _enc, cb) {
      try {
        split.push(chunk);
        flush(this);
        cb();
      } catch (e) {
        cb(e);
      }
    },
    final(cb) {
      try {
        split.end();
        scanner.end();
        flush(this);
        cb();
      } catch (e) {
        cb(e);
      }
    }
  });
  source.on("error", (e) => guard.destroy(e));
  return source.pipe(guard);
}
function sqlClientFailure(cmd, r, lineOffset = 0) {
  const text = r.stderrTail;
  const my = /ERROR (\d+) \(([0-9A-Z]{5})\)(?: at line (\d+))?/.exec(text);
  const pg = /:(\d+): (?:ERROR|FATAL):\s+([0-9A-Z]{5}):/.exec(text) ?? /(?:ERROR|FATAL):\s+([0-9A-Z]{5}):/.exec(text);
  const how = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
  if (my) return `${cmd} ${how}: error ${my[1]} (SQLSTATE ${my[2]})${my[3] ? ` at line ${Number(my[3]) - lineOffset}` : ""}`;
  if (pg)
    return pg.length === 3 ? `${cmd} ${how}: SQLSTATE ${pg[2]} at line ${Number(pg[1]) - lineOffset}` : `${cmd} ${how}: SQLSTATE ${pg[1]}`;
  return `${cmd} ${how}; its message is in the log`;
}

// src/core/drill.ts
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
  const base = [
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
    query: (sql, db) => runQuery(bin, [...base, "-e", sql, ...db ? [db] : []], env, log, signal),
    load: (file, db) => runClient(bin, [...base, db], { env, log, input: guardedDump(dumpStream(file), "mysql"), ...signal ? { signal } : {} }),
    scan: async (file) => void await scanDump(dumpStream(file), "mysql"),
    listDatabases: async () => (await runQuery(bin, [...base, "-e", "SHOW DATABASES"], env, log, signal)).map((r) => r[0]),
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
  const base = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-v", "VERBOSITY=verbose", "-A", "-t", "-F", "	"];
  return {
    name: bin,
    dialect: "psql",
    query: (sql, db) => runQuery(bin, [...base, ...conn(db ?? "postgres"), "-c", sql], pgEnv, log, signal),
    load: (file, db) => /\.dump$/i.test(file) ? runClient("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", ...conn(db)], {
      env: pgEnv,
      log,
      input: createReadStream(file),
      ...signal ? { signal } : {}
    }) : (
      // Our own \restrict, with a key the dump cannot know, locks psql against every
      // meta-command that follows; the dump's own \restrict lines are left out.
      runClient(bin, [...base, ...conn(db), "-f", "-"], {
        env: pgEnv,
        log,
        input: guardedDump(dumpStream(file), "psql", void 0, `\\restrict ${randomBytes(16).toString("hex")}
`),
        lineOffset: 1,
        ...signal ? { signal } : {}
      })
    ),
    scan: (file) => /\.dump$/i.test(file) ? scanCustomDump(file, pgEnv, signal) : scanDump(dumpStream(file), "psql").then(() => void 0),
    listDatabases: async () => (await runQuery(bin, [...base, ...conn("postgres"), "-c", "SELECT datname FROM pg_database"], pgEnv, log, signal)).map((r) => r[0]),
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

// src/restic/restore.ts
async function loadResticManifest(store, b) {
  const where = `${b.id}/${RESTIC_MANIFEST_NAME}`;
  const chunks = [];
  for await (const c of await store.read(b, RESTIC_MANIFEST_NAME)) chunks.push(c);
  const m = parseResticManifest(Buffer.concat(chunks).toString("utf8"), where);
  const mismatch = ["id", "site", "environment"].filter((k) => m[k] !== b[k]);
  if (mismatch.length)
    throw new Error(
      `${where} describes ${m.site}/${m.environment}/${m.id}, not the snapshot it is in (${b.site}/${b.environment}/${b.id})`
    );
  return { ...m, snapshot: b.snapshots[0] };
}
function manifestView(m) {
  const { backupFormat: _f, snapshot: _s, components, ...rest } = m;
  return {
    ...rest,
    components: components.map((c) => ({
      name: c.name,
      object: `${c.path}/`,
      compression: "none",
      encryption: "none",
      bytes: 0,
      sha256: m.snapshot ?? "",
      contentBytes: c.contentBytes,
      files: c.files
    }))
  };
}
async function scanRestored(root, dir = root, l = { entries: 0, files: 0, contentBytes: 0, directories: 0, symlinks: 0, hardlinks: 0 }) {
  for (const name of await readdir2(dir)) {
    const p = path3.join(dir, name);
    const st = await lstat(p);
    l.entries++;
    if (st.isDirectory()) {
      l.directories++;
      await scanRestored(root, p, l);
    } else if (st.isSymbolicLink()) {
      l.symlinks++;
      const target = await readlink(p);
      const resolved = path3.resolve(path3.dirname(p), target);
      if (path3.isAbsolute(target) || resolved !== root && !resolved.startsWith(root + path3.sep)) {
        throw new Error(`${path3.relative(root, p)} is a link to ${target}, outside the component: refusing to restore it`);
      }
    } else if (st.isFile()) {
      l.files++;
      l.contentBytes += st.size;
    } else {
      throw new Error(`${path3.relative(root, p)} is a device, socket or pipe: refusing to restore it`);
    }
  }
  return l;
}
async function restoreFolders(store, b, components, target, signal) {
  const repo = store.repo(b.site);
  await repo.ok(["restore", b.snapshots[0], "--target", target, "--verify", ...components.flatMap((c) => ["--include", `/${c}`])], {
    lock: true,
    ...signal ? { signal } : {}
  });
}
function planText(plan, m, from) {
  const lines = [
    `Restore plan: ${plan.site}/${plan.sourceEnvironment} backup ${plan.backupId} (restic snapshot ${m.snapshot?.slice(0, 8)}, made ${m.createdAt}, ${m.trigger}, platform ${m.platform})`,
    `  from   ${from}`,
    `  into   environment \`${plan.targetEnvironment}\` with platform \`${plan.platform}\`${plan.targetEnvironment !== plan.sourceEnvironment ? ` (a different environment than the backup's \`${plan.sourceEnvironment}\`)` : ""}`
  ];
  for (const c of plan.components)
    lines.push(
      `  ${c.component.padEnd(6)} ${c.object} ${plural(c.files, "file", "files")}, ${formatBytes(c.contentBytes)}: ${c.operation}`
    );
  lines.push("  restic checks every chunk it reads, and the restored files against the snapshot, before anything changes");
  if (plan.needsConfirm) lines.push(`  \`${plan.targetEnvironment}\` is protected: a real run needs \`confirm: ${plan.needsConfirm}\``);
  return lines.join("\n");
}
async function resticRestore(cfg, deps, restoreCommandSet = () => false) {
  const started = Date.now();
  const { store, log } = deps;
  if (!cfg.dryRun) checkConfirm(cfg);
  const backup = pickBackup(await store.list(cfg.site, cfg.environment), cfg.backup);
  const m = await loadResticManifest(store, backup);
  const chosen = cfg.components ?? m.components.map((c) => c.name);
  for (const c of chosen) {
    if (!m.components.some((x) => x.name === c)) {
      throw new ConfigError(
        "components",
        `backup ${m.id} holds no "${c}" component`,
        `It holds ${m.components.map((x) => x.name).join(", ")}; pick from those or leave \`components\` empty.`
      );
    }
  }
  const view = manifestView(m);
  const plan = {
    site: cfg.site,
    sourceEnvironment: cfg.environment,
    targetEnvironment: cfg.targetEnvironment,
    platform: cfg.platform,
    backupId: backup.id,
    manifest: view,
    components: planComponents(
      cfg,
      view.components.filter((c) => chosen.includes(c.name)),
      restoreCommandSet
    ),
    bytes: 0
  };
  if (isProtected(cfg.targetEnvironment, cfg.protectedEnvironments)) plan.needsConfirm = cfg.targetEnvironment;
  log.info(planText(plan, m, store.location(backup)));
  if (cfg.dryRun) {
    log.info("Dry run: nothing was downloaded, extracted or restored.");
    return { plan, dryRun: true, components: [], durationMs: Date.now() - started };
  }
  if (cfg.platform === "command") {
    for (const c of chosen) {
      const names = await readdirIfExists(path3.join(cfg.restoreDir, c)) ?? [];
      if (names.length > 0) {
        throw new ConfigError(
          "restore-dir",
          `${path3.join(cfg.restoreDir, c)} already holds ${plural(names.length, "entry", "entries")}, and restoring ${c} over them would mix two versions`,
          "Remove or move that folder, or point `restore-dir` at an empty or new folder."
        );
      }
    }
    await mkdir(cfg.restoreDir, { recursive: true });
  }
  const work = cfg.platform === "command" ? path3.join(cfg.restoreDir, `.site-backup-restic-${randomBytes2(4).toString("hex")}.partial`) : await mkdtemp2(path3.join(deps.tmpRoot, "site-backup-restore-"));
  try {
    await mkdir(work, { recursive: true, mode: 448 });
    const t0 = Date.now();
    await restoreFolders(store, backup, chosen, work, deps.signal);
    const downloadMs = Date.now() - t0;
    const listings = /* @__PURE__ */ new Map();
    for (const c of chosen) {
      const dir = path3.join(work, c);
      const l = await scanRestored(dir).catch((e) => {
        throw new Error(`refusing to restore ${backup.id}, nothing was changed: ${c}: ${e.message}`);
      });
      listings.set(c, l);
      log.info(
        `${c}: ${plural(l.files, "file", "files")}, ${formatBytes(l.contentBytes)} restored from the snapshot and verified by restic`
      );
    }
    const dirs = /* @__PURE__ */ new Map();
    for (const c of chosen) {
      if (cfg.platform === "command") {
        const final = path3.join(cfg.restoreDir, c);
        await rmdir(final).catch(() => void 0);
        await rename(path3.join(work, c), final);
        dirs.set(c, final);
      } else dirs.set(c, path3.join(work, c));
    }
    const platform = await deps.openPlatform();
    const restored = [];
    try {
      for (const c of chosen) {
        const t = Date.now();
        log.info(`${c}: restoring into \`${cfg.targetEnvironment}\`\u2026`);
        try {
          await platform.restore(c, dirs.get(c), {
            targetEnvironment: cfg.targetEnvironment,
            signal: deps.signal ?? new AbortController().signal
          });
        } catch (e) {
          const done = restored.map((r) => r.component);
          const state = done.length ? `${done.join(", ")} ${done.length === 1 ? "was" : "were"} restored already; ${c} may be partly restored` : `nothing was restored before it; ${c} may be partly restored`;
          throw new ComponentError(c, `restore into \`${cfg.targetEnvironment}\` failed (${state}): ${e.message}`, { cause: e });
        }
        restored.push({
          ...plan.components.find((p) => p.component === c),
          listing: listings.get(c),
          downloadMs,
          restoreMs: Date.now() - t,
          ...cfg.platform === "command" ? { dir: dirs.get(c) } : {}
        });
        log.info(`${c}: restored in ${formatDuration(Date.now() - t)}`);
      }
    } finally {
      await platform.close();
    }
    return { plan, dryRun: false, components: restored, durationMs: Date.now() - started };
  } finally {
    await rm2(work, { recursive: true, force: true });
  }
}
async function resticVerify(site, environment, backups, deps) {
  const started = Date.now();
  const { store, log } = deps;
  const checks = [];
  for (const b of backups) {
    const check = { id: b.id, complete: true, objects: [], damage: [] };
    try {
      const m = await loadResticManifest(store, b);
      check.manifest = manifestView(m);
      for (const c of m.components) {
        if (deps.components && !deps.components.includes(c.name)) continue;
        check.objects.push({ component: c.name, object: `${c.path}/`, bytes: c.contentBytes, ok: true, durationMs: 0 });
      }
    } catch (e) {
      check.damage.push({ backup: b.id, object: RESTIC_MANIFEST_NAME, problem: e.message });
    }
    checks.push(check);
  }
  if (backups.length > 0) {
    const repo = store.repo(site);
    const subset = store.options.readDataSubset;
    const t = Date.now();
    const r = await repo.run(["check", ...subset ? [`--read-data-subset=${subset}`] : []], {
      lock: true,
      ...deps.signal ? { signal: deps.signal } : {}
    });
    const took = Date.now() - t;
    log.info(
      `restic check${subset ? ` --read-data-subset=${subset}` : ""} of ${repo.display}: ${r.code === 0 ? "no errors" : "ERRORS"} in ${formatDuration(took)}`
    );
    const newest = checks[0];
    if (r.code !== 0) {
      const problem = repo.error("restic check", r).message;
      newest.damage.push({ backup: newest.id, object: "restic check", problem });
      for (const o of newest.objects) {
        o.ok = false;
        o.problem = "the repository check failed";
      }
    }
    for (const o of newest.objects) o.durationMs = took;
  }
  return { site, environment, checks, damage: checks.flatMap((c) => c.damage), durationMs: Date.now() - started };
}
async function resticDrill(store, ref, drill, o) {
  const work = await mkdtemp2(path3.join(o.tmpRoot, "site-backup-drill-"));
  try {
    const b = await store.snapshotOf(ref);
    const m = await loadResticManifest(store, b);
    if (!m.components.some((c) => c.name === "data"))
      throw new Error(`backup ${b.id} has no data component to drill (it holds ${m.components.map((c) => c.name).join(", ")})`);
    await restoreFolders(store, b, ["data"], work);
    const dir = path3.join(work, "data");
    await scanRestored(dir);
    o.log.info(`drill: restored the data of ${b.id} from restic snapshot ${b.snapshots[0].slice(0, 8)}`);
    return await runDrill(dir, drill.target, { ...drill.sql ? { sql: drill.sql } : {}, tmpRoot: work, log: o.log, env: o.env });
  } finally {
    await rm2(work, { recursive: true, force: true });
  }
}
export {
  loadResticManifest,
  resticDrill,
  resticRestore,
  resticVerify,
  restoreFolders
};
