import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  definePlatform
} from "./chunk-P4CWKVQJ.js";
import "./chunk-DCXOFWG7.js";
import {
  parseBool
} from "./chunk-I57ELGHG.js";
import {
  DumpScanner,
  sqlClientFailure
} from "./chunk-2OE4HZ7R.js";
import {
  inputOrDefault
} from "./chunk-5LGMOAVG.js";
import {
  childEnv,
  lastLines,
  runProcess
} from "./chunk-MHMSWIL4.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-3IYOPT4L.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import "./chunk-ZZX2MHPD.js";
import "./chunk-K42IPT4L.js";
import "./chunk-BB3JDYVJ.js";

// src/platforms/ssh/config.ts
import path from "node:path";
var DB_PASSWORD_ENV = "DB_PASSWORD";
var DB_TYPES = ["mysql", "mariadb", "pgsql", "none"];
var HOST_RE = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9_][A-Za-z0-9_.:-]*)$/;
var USER_RE = /^[A-Za-z0-9_][A-Za-z0-9_.@-]*$/;
var DB_WORD_RE = /^[A-Za-z0-9_$][A-Za-z0-9_$.@-]*$/;
function list(v) {
  return (v ?? "").split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}
function remotePath(name, v) {
  if (/[\n\r\0]/.test(v) || v.startsWith("~") || v.startsWith("-")) {
    throw new ConfigError(
      name,
      `"${v}" is not a usable path`,
      "Give an absolute path (`/var/www/site`), or one relative to the SSH login folder; `~` is not expanded."
    );
  }
  return v.length > 1 ? v.replace(/\/+$/, "") : v;
}
function port(src, name) {
  const v = inputOrDefault(src, name);
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new ConfigError(name, `"${v}" is not a port number`, "Use a whole number from 1 to 65535.");
  return n;
}
function dbWord(src, name) {
  const v = src.get(name);
  if (v !== void 0 && !DB_WORD_RE.test(v)) {
    throw new ConfigError(
      name,
      `"${v}" is not a database name this platform accepts`,
      "Use letters, digits, `_`, `$`, `.`, `@` and `-`, not starting with `-`."
    );
  }
  return v;
}
function parseSshLogin(src) {
  const host = src.get("ssh-host");
  if (!host)
    throw new ConfigError(
      "ssh-host",
      "is required for `platform: ssh`",
      "Set it to the host name or address of the server that holds the site."
    );
  if (!HOST_RE.test(host) || host.startsWith("-"))
    throw new ConfigError(
      "ssh-host",
      `"${host}" is not a host name`,
      "Give a host name or IP address only, without user@ or :port (use `ssh-user` and `ssh-port`)."
    );
  const user = src.get("ssh-user");
  if (user !== void 0 && !USER_RE.test(user))
    throw new ConfigError("ssh-user", `"${user}" is not a user name`, "Give the login name only.");
  const acceptNewHostKey = parseBool(src, "ssh-accept-new-host-key");
  const knownHosts = (src.get("ssh-known-hosts") ?? "").replace(/\r\n/g, "\n");
  if (!knownHosts && !acceptNewHostKey) {
    throw new ConfigError(
      "ssh-known-hosts",
      "is required: the host key must be known before a backup connects",
      "Set it to the output of `ssh-keyscan -p <port> <host>` (check the fingerprint out of band), stored as a secret or variable. Only to trust the first key seen, set `ssh-accept-new-host-key: true`."
    );
  }
  return { host, user, acceptNewHostKey, knownHosts };
}
function parseSshConfig(src, env) {
  const { host, user, acceptNewHostKey, knownHosts } = parseSshLogin(src);
  const siteRootRaw = src.get("site-root");
  if (!siteRootRaw)
    throw new ConfigError(
      "site-root",
      "is required for `platform: ssh`",
      "Set it to the folder of the site on the host (for Drupal, the folder that holds index.php and sites/)."
    );
  const siteRoot = remotePath("site-root", siteRootRaw);
  const filesRaw = inputOrDefault(src, "files-path");
  const filesPath = filesRaw === "none" ? void 0 : remotePath("files-path", filesRaw);
  const dbType = inputOrDefault(src, "db-type");
  if (!DB_TYPES.includes(dbType))
    throw new ConfigError("db-type", `unknown database type "${dbType}"`, `Use one of: ${DB_TYPES.join(", ")}.`);
  const drushRaw = inputOrDefault(src, "drush");
  const drush = drushRaw === "auto" ? "auto" : ["false", "no", "off", "none"].includes(drushRaw.toLowerCase()) ? "none" : drushRaw;
  if (drush !== "auto" && drush !== "none" && /[\n\r\0]/.test(drush))
    throw new ConfigError("drush", "is not a path", "Use `auto`, `false`, or the path of drush on the host.");
  const drupalUri = src.get("drupal-uri");
  if (drupalUri !== void 0 && /[\s'"\\]/.test(drupalUri))
    throw new ConfigError("drupal-uri", `"${drupalUri}" is not a site URI`, "Use the site name as in sites/<name>, such as `example.com`.");
  const password = env[DB_PASSWORD_ENV];
  if (password !== void 0 && /[\n\r\0]/.test(password)) {
    throw new ConfigError(
      DB_PASSWORD_ENV,
      "contains a line break",
      "Database passwords with line breaks cannot be passed to the clients; change the password."
    );
  }
  const cfg = {
    host,
    port: port(src, "ssh-port"),
    knownHosts,
    acceptNewHostKey,
    siteRoot,
    codeExclude: list(src.get("code-exclude")),
    dbType,
    drush
  };
  if (user) cfg.user = user;
  const key = src.get("ssh-key");
  if (key) cfg.key = key;
  if (filesPath) cfg.filesPath = filesPath;
  const dbName = dbWord(src, "db-name");
  if (dbName) cfg.dbName = dbName;
  const dbUser = dbWord(src, "db-user");
  if (dbUser) cfg.dbUser = dbUser;
  const dbHost = src.get("db-host");
  if (dbHost !== void 0) {
    if (!HOST_RE.test(dbHost) && !dbHost.startsWith("/"))
      throw new ConfigError(
        "db-host",
        `"${dbHost}" is not a host name`,
        "Give a host name or IP address as the host sees it (often `localhost`)."
      );
    cfg.dbHost = dbHost;
  }
  const dbPort = port(src, "db-port");
  if (dbPort) cfg.dbPort = dbPort;
  if (drupalUri) cfg.drupalUri = drupalUri;
  if (password) cfg.dbPassword = password;
  return cfg;
}
function filesLocation(cfg) {
  if (!cfg.filesPath) return void 0;
  if (path.posix.isAbsolute(cfg.filesPath)) {
    const rel2 = path.posix.relative(cfg.siteRoot, cfg.filesPath);
    const inside = path.posix.isAbsolute(cfg.siteRoot) && rel2 && !rel2.startsWith("..") && !path.posix.isAbsolute(rel2);
    return inside ? { dir: cfg.filesPath, exclude: `/${rel2}/` } : { dir: cfg.filesPath };
  }
  const rel = path.posix.normalize(cfg.filesPath).replace(/\/+$/, "");
  const dir = path.posix.join(cfg.siteRoot, rel);
  return rel.startsWith("..") ? { dir } : { dir, exclude: `/${rel}/` };
}

// src/platforms/ssh/session.ts
import { createHash, randomBytes } from "node:crypto";
import { createReadStream as createReadStream2, createWriteStream } from "node:fs";
import { chmod, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path2 from "node:path";
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";

// src/platforms/ssh/dump-checks.ts
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
var DUMP_FILE = "database.sql.gz";
var MARKERS = [
  [/^-- Dump completed/, "MySQL/MariaDB"],
  [/^-- PostgreSQL database dump complete/, "PostgreSQL"],
  [/^COMMIT;$/, "SQLite"]
];
var DumpReadings = class {
  scanners;
  refused = {};
  rest = "";
  constructor(database) {
    this.scanners = { mysql: new DumpScanner("mysql", database), psql: new DumpScanner("psql", database) };
  }
  push(chunk) {
    const lines = (this.rest + chunk.toString("latin1")).split("\n");
    this.rest = lines.pop() ?? "";
    for (const l of lines) this.each(l);
  }
  end() {
    if (this.rest) this.each(this.rest);
    for (const k of ["mysql", "psql"]) this.guard(k, () => this.scanners[k].end());
  }
  refusal(flavor) {
    return flavor === "PostgreSQL" ? this.refused.psql : this.refused.mysql;
  }
  each(line) {
    for (const k of ["mysql", "psql"]) if (!this.refused[k]) this.guard(k, () => this.scanners[k].line(line));
  }
  guard(k, f) {
    try {
      f();
    } catch (e) {
      this.refused[k] ??= e;
    }
  }
};
async function verifyDump(file, guard) {
  const gzBytes = (await stat(file)).size;
  const readings = guard ? new DumpReadings(guard.database) : void 0;
  if (gzBytes === 0) throw new Error("the database dump is empty (0 bytes)");
  let sqlBytes = 0;
  let tail = "";
  try {
    await pipeline(createReadStream(file), createGunzip(), async (source) => {
      for await (const chunk of source) {
        sqlBytes += chunk.length;
        readings?.push(chunk);
        tail = (tail + chunk.toString("latin1")).slice(-4096);
      }
    });
  } catch (e) {
    throw new Error(`the database dump is not valid gzip (${e.message}); it was probably cut off`, { cause: e });
  }
  if (sqlBytes === 0) throw new Error("the database dump is empty once decompressed");
  const lines = tail.split("\n").map((l) => l.trim()).filter(Boolean);
  while (lines.length > 1 && /^(--|\\unrestrict\b.*)$/.test(lines[lines.length - 1])) lines.pop();
  const last = lines.pop() ?? "";
  for (const [re, flavor] of MARKERS) {
    if (!re.test(last)) continue;
    readings?.end();
    const refused = readings?.refusal(flavor);
    if (refused) throw new Error(`refused the database dump, nothing was sent to the host: ${refused.message}`, { cause: refused });
    return { flavor, gzBytes, sqlBytes, marker: last.slice(0, 60) };
  }
  throw new Error(
    `the database dump is incomplete: it does not end with the dump tool's completion line (last line: "${redact(last.slice(0, 80))}")`
  );
}

// src/platforms/ssh/scripts.ts
var STATUS_MARK = "SITE_BACKUP_STATUS=";
var PROBE_MARK = "SITE_BACKUP_PROBE_OK";
function sq(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
function remoteCommand(script) {
  return `sh -c ${sq(script)}`;
}
function mysqlPasswordLine(password) {
  if (!password) return "";
  return `password="${password.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
function credentialLine(type, password) {
  if (type === "drush") return "\n";
  if (type === "pgsql") return `${password ?? ""}
`;
  return `${mysqlPasswordLine(password)}
`;
}
var READ_CRED = `IFS= read -r sb_cred || sb_cred=`;
var MYSQL_CNF_FD3 = `exec 3<<SB_CNF
[client]
$sb_cred
SB_CNF`;
function mysqlConnArgs(db) {
  const a = [];
  if (db.host) a.push(`--host=${sq(db.host)}`);
  if (db.port) a.push(`--port=${db.port}`);
  if (db.user) a.push(`--user=${sq(db.user)}`);
  return a.join(" ");
}
function pgConnArgs(db) {
  const a = [];
  if (db.host) a.push(`--host=${sq(db.host)}`);
  if (db.port) a.push(`--port=${db.port}`);
  if (db.user) a.push(`--username=${sq(db.user)}`);
  return a.join(" ");
}
function pickProgram(variable, names, what) {
  const tests = names.map((n, i) => `${i === 0 ? "if" : "elif"} command -v ${n} >/dev/null 2>&1; then ${variable}=${n}`).join("\n");
  return `${tests}
else echo "site-backup: no ${what} on the host (looked for ${names.join(", ")})" >&2; exit 127
fi`;
}
function mysqlDumpScript(db) {
  const names = db.type === "mariadb" ? ["mariadb-dump", "mysqldump"] : ["mysqldump", "mariadb-dump"];
  return `${READ_CRED}
${MYSQL_CNF_FD3}
${pickProgram("sb_dump", names, "mysqldump")}
{ "$sb_dump" --defaults-extra-file=/dev/fd/3 ${mysqlConnArgs(db)} --single-transaction --quick --no-tablespaces --hex-blob --triggers --default-character-set=utf8mb4 ${sq(db.name)}; echo "${STATUS_MARK}$?" >&2; } | gzip -c`;
}
function pgDumpScript(db) {
  return `${READ_CRED}
if [ -n "$sb_cred" ]; then PGPASSWORD=$sb_cred; export PGPASSWORD; fi
${pickProgram("sb_dump", ["pg_dump"], "pg_dump")}
{ "$sb_dump" ${pgConnArgs(db)} --no-password --format=plain --no-owner --no-privileges --clean --if-exists ${sq(db.name)}; echo "${STATUS_MARK}$?" >&2; } | gzip -c`;
}
function drushCall(t) {
  return `${sq(t.drush)} --root=${sq(t.root)}${t.uri ? ` --uri=${sq(t.uri)}` : ""} --yes`;
}
function drushDumpScript(t) {
  return `${READ_CRED}
sb_tmp=$(mktemp -d "\${TMPDIR:-/tmp}/site-backup.XXXXXX") || exit 70
trap 'rm -rf "$sb_tmp"' EXIT
trap 'exit 143' HUP INT TERM PIPE
mkfifo "$sb_tmp/dump.sql.gz" || exit 70
exec 4<>"$sb_tmp/dump.sql.gz"
cat "$sb_tmp/dump.sql.gz" 4>&- &
sb_reader=$!
cd ${sq(t.root)} && ${drushCall(t)} sql:dump --gzip --result-file="$sb_tmp/dump.sql" 4>&- >&2
sb_status=$?
exec 4>&-
wait "$sb_reader"
echo "${STATUS_MARK}$sb_status" >&2`;
}
var MYSQL_DROP_ALL = [
  "SET SESSION group_concat_max_len = 1073741824;",
  "SET FOREIGN_KEY_CHECKS = 0;",
  ...["VIEW", "TABLE"].flatMap((kind) => [
    `SET @sb_list = (SELECT GROUP_CONCAT(CONCAT('\`', REPLACE(TABLE_NAME, '\`', '\`\`'), '\`')) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE ${kind === "VIEW" ? "= 'VIEW'" : "<> 'VIEW'"});`,
    `SET @sb_sql = IF(@sb_list IS NULL, 'DO 0', CONCAT('DROP ${kind} ', @sb_list));`,
    "PREPARE sb_stmt FROM @sb_sql;",
    "EXECUTE sb_stmt;",
    "DEALLOCATE PREPARE sb_stmt;"
  ]),
  "SET FOREIGN_KEY_CHECKS = 1;"
].join("\n");
var MYSQL_SANDBOX = `sb_safe=
if "$sb_client" --no-defaults --help 2>/dev/null | grep -q -e ' --sandbox'; then sb_safe=--sandbox
elif "$sb_client" --no-defaults --help 2>/dev/null | grep -q -e ' --commands'; then sb_safe=--commands=OFF
fi`;
function mysqlRestoreScript(db) {
  const names = db.type === "mariadb" ? ["mariadb", "mysql"] : ["mysql", "mariadb"];
  return `${READ_CRED}
${MYSQL_CNF_FD3}
${pickProgram("sb_client", names, "mysql client")}
${MYSQL_SANDBOX}
{ printf '%s\\n' ${sq(MYSQL_DROP_ALL)}; gunzip -c; echo "${STATUS_MARK}$?" >&2; } | "$sb_client" --defaults-extra-file=/dev/fd/3 $sb_safe --local-infile=0 ${mysqlConnArgs(db)} --default-character-set=utf8mb4 --batch ${sq(db.name)}`;
}
var PSQL_RESTRICTS = `sb_restrict=0
set -- $("$sb_client" --version 2>/dev/null | sed -n 's/^[^0-9]*\\([0-9][0-9]*\\)\\.\\([0-9][0-9]*\\).*/\\1 \\2/p')
case "\${1:-0}" in
13) [ "\${2:-0}" -ge 22 ] && sb_restrict=1 ;;
14) [ "\${2:-0}" -ge 19 ] && sb_restrict=1 ;;
15) [ "\${2:-0}" -ge 14 ] && sb_restrict=1 ;;
16) [ "\${2:-0}" -ge 10 ] && sb_restrict=1 ;;
17) [ "\${2:-0}" -ge 6 ] && sb_restrict=1 ;;
*) [ "\${1:-0}" -ge 18 ] && sb_restrict=1 ;;
esac`;
function pgRestoreScript(db, restrictKey) {
  if (!/^[A-Za-z0-9]+$/.test(restrictKey)) throw new Error("restrict key must be alphanumeric");
  return `${READ_CRED}
if [ -n "$sb_cred" ]; then PGPASSWORD=$sb_cred; export PGPASSWORD; fi
${pickProgram("sb_client", ["psql"], "psql")}
${PSQL_RESTRICTS}
{ gunzip -c; echo "${STATUS_MARK}$?" >&2; } | { if [ "$sb_restrict" = 1 ]; then printf '%s\\n' '\\restrict ${restrictKey}'; sed '/^\\\\\\(un\\)\\{0,1\\}restrict [A-Za-z0-9]*$/d'; else printf '\\n'; cat; fi; } | "$sb_client" ${pgConnArgs(db)} --no-password --no-psqlrc --quiet --single-transaction --set=ON_ERROR_STOP=1 --set=VERBOSITY=verbose --file=- --dbname=${sq(db.name)} >/dev/null`;
}
var MYSQL_RESTORE_PREAMBLE_LINES = MYSQL_DROP_ALL.split("\n").length;
var PG_RESTORE_PREAMBLE_LINES = 1;
function drushRestoreScript(t) {
  return `${READ_CRED}
cd ${sq(t.root)} || exit 66
${drushCall(t)} sql:drop >&2 || { echo "site-backup: drush sql:drop failed" >&2; exit 1; }
{ gunzip -c; echo "${STATUS_MARK}$?" >&2; } | ${drushCall(t)} sql:cli >&2`;
}
function inspectScript(root, filesDir, drush) {
  const lines = [
    `if [ ! -d ${sq(root)} ]; then echo SITE_BACKUP_ROOT=missing; exit 0; fi`,
    "echo SITE_BACKUP_ROOT=ok",
    `cd ${sq(root)} || exit 66`
  ];
  if (filesDir !== void 0)
    lines.push(`if [ -d ${sq(filesDir)} ]; then echo SITE_BACKUP_FILES=ok; else echo SITE_BACKUP_FILES=missing; fi`);
  if (drush === "auto") {
    lines.push(
      'for d in "$PWD/vendor/bin/drush" "$PWD/../vendor/bin/drush"; do if [ -x "$d" ]; then echo "SITE_BACKUP_DRUSH=$d"; exit 0; fi; done',
      'd=$(command -v drush 2>/dev/null) && [ -n "$d" ] && echo "SITE_BACKUP_DRUSH=$d"'
    );
  } else if (drush !== "none") {
    lines.push(
      `if [ -x ${sq(drush)} ] || command -v ${sq(drush)} >/dev/null 2>&1; then echo SITE_BACKUP_DRUSH=${sq(drush)}; else echo SITE_BACKUP_DRUSH_MISSING; fi`
    );
  }
  lines.push("exit 0");
  return lines.join("\n");
}
var MODE_MARK = "SITE_BACKUP_MODE=";
function targetDirScript(dir) {
  return `mkdir -p ${sq(dir)} || exit 1
sb_mode=$(stat -c %a ${sq(dir)} 2>/dev/null || stat -f %Lp ${sq(dir)} 2>/dev/null) && echo "${MODE_MARK}$sb_mode"
exit 0`;
}

// src/platforms/ssh/errors.ts
function explainSshFailure(cfg, stderr) {
  const where = `${cfg.user ? `${cfg.user}@` : ""}${cfg.host}:${cfg.port}`;
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key for .* has changed/i.test(stderr)) {
    return `ssh: the host key of ${cfg.host}:${cfg.port} does not match \`ssh-known-hosts\`. The server was reinstalled or re-keyed, or someone is intercepting the connection. Verify the new key out of band before you update \`ssh-known-hosts\`.`;
  }
  if (/Host key verification failed|No \S+ host key is known|host key is not known/i.test(stderr)) {
    return `ssh: the host key of ${cfg.host}:${cfg.port} is not in \`ssh-known-hosts\`, so the connection was refused. Add the line that \`ssh-keyscan -p ${cfg.port} ${cfg.host}\` prints (check its fingerprint out of band); note that a port other than 22 is written \`[host]:port\`. Only to trust the first key seen, set \`ssh-accept-new-host-key: true\`.`;
  }
  if (/Load key .*(invalid format|error in libcrypto|incorrect passphrase|bad permissions)/i.test(stderr)) {
    return "ssh: `ssh-key` is not a usable private key (it must be an unencrypted OpenSSH or PEM private key, with its BEGIN and END lines).";
  }
  if (/Permission denied \(|Too many authentication failures|Authentication failed/i.test(stderr)) {
    return `ssh: authentication as ${where} failed: the server did not accept \`ssh-key\`. Check \`ssh-user\`, and that the key's public half is in that account's authorized_keys.`;
  }
  if (/Connection refused|Connection timed out|timed out during banner|Could not resolve hostname|No route to host|Network is unreachable|Connection closed by remote host|kex_exchange_identification/i.test(
    stderr
  )) {
    return `ssh: cannot connect to ${cfg.host}:${cfg.port} (${lastLines(stderr, 1)}). Check \`ssh-host\`, \`ssh-port\` and the server's firewall.`;
  }
  return void 0;
}
var RSYNC_CODES = {
  1: "syntax or usage error",
  2: "protocol incompatibility",
  3: "errors selecting input/output files or folders",
  5: "error starting the client-server protocol",
  10: "error in socket I/O",
  11: "error in file I/O (is the disk full?)",
  12: "error in the rsync protocol data stream (the connection or the remote rsync died)",
  20: "killed by a signal",
  23: "partial transfer: some files could not be read or written",
  30: "timeout in data send/receive",
  35: "timeout waiting for the daemon connection",
  127: "rsync is not installed on the host"
};
function sshFailure(cfg, what, r) {
  const known = explainSshFailure(cfg, r.stderrTail);
  if (known) return new Error(known);
  const why = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
  const tail = lastLines(
    r.stderrTail.split("\n").filter((l) => !l.startsWith(STATUS_MARK)).join("\n")
  );
  return new Error(`${what} ${why}${tail ? `: ${redact(tail)}` : ""}`);
}
function rsyncFailure(cfg, what, r) {
  const known = explainSshFailure(cfg, r.stderrTail);
  if (known) return new Error(known);
  const meaning = r.code !== null ? RSYNC_CODES[r.code] : void 0;
  const why = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}${meaning ? ` (${meaning})` : ""}`;
  const tail = lastLines(r.stderrTail);
  return new Error(`rsync of the ${what} ${why}${tail ? `: ${redact(tail)}` : ""}`);
}

// src/platforms/ssh/session.ts
function rsyncShell(args) {
  return args.map((a) => /^[A-Za-z0-9_./:=@%+,-]+$/.test(a) ? a : `'${a}'`).join(" ");
}
function fingerprint(keyB64) {
  return `SHA256:${createHash("sha256").update(Buffer.from(keyB64, "base64")).digest("base64").replace(/=+$/, "")}`;
}
var MIRROR = ["--delete", "--delete-excluded"];
var STATS_RE = /^(Number of files|Number of regular files transferred|Number of deleted files|Total file size|Total transferred file size|Total bytes received): ([\d,]+)/;
var SshSession = class {
  constructor(cfg, ctx) {
    this.cfg = cfg;
    this.ctx = ctx;
    this.components = cfg.dbType === "none" ? ["code", "assets"] : ["code", "assets", "data"];
    this.keyFile = path2.join(ctx.workDir, "ssh-key");
    this.knownHostsFile = path2.join(ctx.workDir, "ssh-known-hosts");
    this.childEnv = childEnv(ctx.env, ["SSH_AUTH_SOCK"]);
  }
  cfg;
  ctx;
  components;
  keyFile;
  knownHostsFile;
  childEnv;
  inspection;
  explainUnsupported(c) {
    if (c === "data")
      return "`db-type` is `none`, so no database is dumped; set `db-type` (mysql, mariadb, pgsql) and `db-name`, or let drush find the database";
    return `the ssh platform always covers ${c}`;
  }
  sshArgs() {
    const a = ["-T", "-p", String(this.cfg.port)];
    if (this.cfg.key) a.push("-i", this.keyFile, "-o", "IdentitiesOnly=yes");
    if (this.cfg.user) a.push("-l", this.cfg.user);
    a.push(
      "-o",
      "BatchMode=yes",
      "-o",
      `UserKnownHostsFile=${/\s/.test(this.knownHostsFile) ? `"${this.knownHostsFile}"` : this.knownHostsFile}`,
      "-o",
      "GlobalKnownHostsFile=/dev/null",
      "-o",
      `StrictHostKeyChecking=${this.cfg.acceptNewHostKey ? "accept-new" : "yes"}`,
      "-o",
      "HashKnownHosts=no",
      "-o",
      "UpdateHostKeys=no",
      "-o",
      "ConnectTimeout=30",
      "-o",
      "ServerAliveInterval=15",
      "-o",
      "ServerAliveCountMax=4",
      "-o",
      "ControlMaster=no",
      "-o",
      "ControlPath=none",
      "-o",
      "ClearAllForwardings=yes",
      "-o",
      "LogLevel=ERROR"
    );
    return a;
  }
  get hostArg() {
    return this.cfg.host.replace(/^\[(.*)\]$/, "$1");
  }
  /** `host:path` as rsync wants it (IPv6 in brackets). */
  remote(p) {
    const h = this.hostArg.includes(":") ? `[${this.hostArg}]` : this.hostArg;
    return `${h}:${p}`;
  }
  async ssh(script, opts) {
    let status;
    const out = [];
    const r = await runProcess("ssh", [...this.sshArgs(), "--", this.hostArg, remoteCommand(script)], {
      env: this.childEnv,
      input: opts.input ?? "",
      ...opts.signal ? { signal: opts.signal } : {},
      ...opts.stdout ? { stdout: opts.stdout } : {},
      onLine: (line, stream) => {
        if (stream === "stderr" && line.startsWith(STATUS_MARK)) {
          status = Number(line.slice(STATUS_MARK.length));
          return;
        }
        if (stream === "stdout") out.push(line);
        else if (line.trim()) this.ctx.log.info(`[${opts.tag}] ${redact(line)}`);
      }
    });
    return { ...r, ...status !== void 0 ? { status } : {}, stdout: out.join("\n") };
  }
  /** Throws the clearest error for a failed ssh run. */
  fail(what, r) {
    throw sshFailure(this.cfg, what, r);
  }
  async connect() {
    if (this.cfg.key) {
      let key = this.cfg.key.replace(/\r\n/g, "\n");
      if (!key.endsWith("\n")) key += "\n";
      await writeFile(this.keyFile, key, { mode: 384 });
    }
    await writeFile(this.knownHostsFile, this.cfg.knownHosts ? `${this.cfg.knownHosts.trimEnd()}
` : "", { mode: 384 });
    const before = this.cfg.knownHosts;
    const r = await this.ssh(`echo ${PROBE_MARK}`, { signal: AbortSignal.timeout(9e4), tag: "ssh" }).catch((e) => {
      throw new Error(`ssh: no answer from ${this.cfg.host}:${this.cfg.port}: ${e.message}`, { cause: e });
    });
    if (r.code !== 0 || !r.stdout.includes(PROBE_MARK)) this.fail(`ssh to ${this.cfg.host}:${this.cfg.port}`, r);
    if (this.cfg.acceptNewHostKey) {
      const now = await readFile(this.knownHostsFile, "utf8");
      const added = now.split("\n").filter((l) => l.trim() && !before.includes(l.trim()));
      for (const line of added) {
        const [, type, b64] = line.trim().split(/\s+/);
        this.ctx.log.warn(
          `ssh-accept-new-host-key: trusted the host key ${type} ${b64 ? fingerprint(b64) : ""} of ${this.cfg.host}:${this.cfg.port} without checking it. Check this fingerprint with the host's administrator, then set \`ssh-known-hosts\` to: ${line.trim()}`
        );
      }
    }
    this.ctx.log.info(`ssh: connected to ${this.cfg.user ? `${this.cfg.user}@` : ""}${this.cfg.host}:${this.cfg.port}`);
  }
  async inspect(signal) {
    if (this.inspection) return this.inspection;
    const files = filesLocation(this.cfg);
    const drushMode = this.cfg.drush === "auto" && this.cfg.dbName ? "none" : this.cfg.drush;
    const r = await this.ssh(inspectScript(this.cfg.siteRoot, files?.dir, drushMode), { signal, tag: "ssh" });
    if (r.code !== 0) this.fail("inspecting the host", r);
    const lines = r.stdout.split("\n").map((l) => l.trim());
    const ins = { rootExists: lines.includes("SITE_BACKUP_ROOT=ok") };
    if (lines.includes("SITE_BACKUP_FILES=ok")) ins.filesExist = true;
    else if (lines.includes("SITE_BACKUP_FILES=missing")) ins.filesExist = false;
    const d = lines.find((l) => l.startsWith("SITE_BACKUP_DRUSH="));
    if (d) ins.drush = d.slice("SITE_BACKUP_DRUSH=".length);
    if (lines.includes("SITE_BACKUP_DRUSH_MISSING")) ins.drushMissing = true;
    this.inspection = ins;
    return ins;
  }
  requireRoot(ins) {
    if (!ins.rootExists) {
      throw new Error(
        `site-root "${this.cfg.siteRoot}" does not exist on ${this.cfg.host} (as seen by ${this.cfg.user ?? "the ssh user"}). Check \`site-root\`: it is an absolute path, or relative to the login folder.`
      );
    }
  }
  async rsync(args, what, signal, pull = false) {
    const stats = /* @__PURE__ */ new Map();
    const r = await runProcess(
      "rsync",
      ["-rlpt", "--protect-args", ...pull ? ["--stats"] : [], "-e", rsyncShell(["ssh", ...this.sshArgs()]), ...args],
      {
        env: this.childEnv,
        signal,
        onLine: (line, stream) => {
          const m = pull && stream === "stdout" ? STATS_RE.exec(line) : null;
          if (m) stats.set(m[1], m[2].replace(/,/g, ""));
          else if (pull && stream === "stdout" && /^(Number of|Total |Literal data|Matched data|File list|sent |total size)/.test(line))
            return;
          else if (line.trim()) this.ctx.log.info(`[${what}] ${redact(line)}`);
        }
      }
    );
    if (stats.size) {
      const n = (k) => stats.get(k) ?? "?";
      this.ctx.log.info(
        `[${what}] rsync: ${n("Number of regular files transferred")} of ${n("Number of files")} files transferred, ${n("Number of deleted files")} deleted; ${n("Total transferred file size")} of ${n("Total file size")} bytes of file content sent, ${n("Total bytes received")} bytes received over ssh`
      );
    }
    if (r.code === 0) return;
    if (r.code === 24) {
      this.ctx.log.warn(`${what}: some files vanished during the copy (rsync exit 24); the rest was copied`);
      return;
    }
    throw rsyncFailure(this.cfg, what, r);
  }
  excludes() {
    const files = filesLocation(this.cfg);
    return [...files?.exclude ? [files.exclude] : [], ...this.cfg.codeExclude].map((p) => `--exclude=${p}`);
  }
  /** drush for this session's database, or undefined to use the database clients directly. */
  drushTarget(ins) {
    if (this.cfg.drush === "none") return void 0;
    if (this.cfg.drush !== "auto" && ins.drushMissing) {
      throw new Error(
        `drush "${this.cfg.drush}" is not executable on ${this.cfg.host}. Set \`drush\` to its path (relative paths start at site-root), to \`auto\`, or to \`false\`.`
      );
    }
    if (!ins.drush) return void 0;
    const t = { drush: ins.drush, root: this.cfg.siteRoot };
    if (this.cfg.drupalUri) t.uri = this.cfg.drupalUri;
    return t;
  }
  dbTarget() {
    if (this.cfg.dbType === "none") throw new Error("db-type is none");
    if (!this.cfg.dbName) {
      throw new ConfigError(
        "db-name",
        `is not set, and ${this.cfg.drush === "none" ? "drush is turned off" : `no drush was found under ${this.cfg.siteRoot}/vendor/bin, ${this.cfg.siteRoot}/../vendor/bin or on the PATH`}`,
        "Set `db-name` (and `db-user`, `db-host`, `db-port` as needed, with the password in the DB_PASSWORD environment variable), or point `drush` at the site's drush."
      );
    }
    const t = { type: this.cfg.dbType, name: this.cfg.dbName };
    if (this.cfg.dbUser) t.user = this.cfg.dbUser;
    if (this.cfg.dbHost) t.host = this.cfg.dbHost;
    if (this.cfg.dbPort) t.port = this.cfg.dbPort;
    return t;
  }
  /** code and assets are rsync mirrors (see MIRROR below); the data dump is written afresh. */
  mirrors(component2) {
    return component2 !== "data";
  }
  async export(component2, outDir, signal) {
    const ins = await this.inspect(signal);
    this.requireRoot(ins);
    if (component2 === "code") {
      await this.rsync(
        ["--compress", ...MIRROR, ...this.excludes(), `${this.remote(this.cfg.siteRoot)}/`, `${outDir}/`],
        "code",
        signal,
        true
      );
      return;
    }
    if (component2 === "assets") {
      const files = filesLocation(this.cfg);
      if (!files)
        throw new ConfigError(
          "files-path",
          "is `none`, so there are no assets to copy",
          "Set `files-path` to the files folder, or leave `assets` out of `components`."
        );
      if (ins.filesExist === false) {
        throw new Error(
          `the files folder "${files.dir}" does not exist on ${this.cfg.host}. Set \`files-path\` (relative to site-root; for Aegir, \`sites/<site>/files\`), or leave \`assets\` out of \`components\`.`
        );
      }
      await this.rsync([...MIRROR, `${this.remote(files.dir)}/`, `${outDir}/`], "assets", signal, true);
      return;
    }
    await this.exportData(outDir, ins, signal);
  }
  async exportData(outDir, ins, signal) {
    const drush = this.drushTarget(ins);
    const db = drush ? void 0 : this.dbTarget();
    const script = drush ? drushDumpScript(drush) : db.type === "pgsql" ? pgDumpScript(db) : mysqlDumpScript(db);
    const tool = drush ? "drush sql:dump" : db.type === "pgsql" ? "pg_dump" : "mysqldump";
    this.ctx.log.info(`data: dumping ${drush ? `through ${drush.drush}` : `database ${db.name} with ${tool}`}`);
    const file = path2.join(outDir, DUMP_FILE);
    const ws = createWriteStream(file, { mode: 384 });
    const done = finished(ws);
    let r;
    try {
      r = await this.ssh(script, {
        input: credentialLine(drush ? "drush" : db.type, this.cfg.dbPassword),
        stdout: ws,
        signal,
        tag: "data"
      });
    } finally {
      if (!ws.writableEnded) ws.end();
      await done.catch(() => void 0);
    }
    if (r.code === 255 || explainSshFailure(this.cfg, r.stderrTail)) this.fail(tool, r);
    if (r.status === void 0) this.fail(`${tool} did not finish (the connection or the remote shell ended early), and ssh`, r);
    if (r.status !== 0) this.fail(`${tool} on ${this.cfg.host}`, { ...r, code: r.status });
    if (r.code !== 0) this.fail(`compressing the dump on ${this.cfg.host}`, r);
    const v = await verifyDump(file);
    this.ctx.log.info(`data: ${v.flavor} dump verified: ${v.sqlBytes} bytes of SQL, ${v.gzBytes} bytes gzipped, ends with "${v.marker}"`);
  }
  async restore(component2, inDir, opts) {
    const signal = opts.signal;
    if (component2 === "code") {
      await this.prepareTarget(this.cfg.siteRoot, inDir, signal, "code");
      await this.rsync(["--compress", "--delete", ...this.excludes(), `${inDir}/`, `${this.remote(this.cfg.siteRoot)}/`], "code", signal);
      return;
    }
    if (component2 === "assets") {
      const files = filesLocation(this.cfg);
      if (!files)
        throw new ConfigError(
          "files-path",
          "is `none`, so there is nowhere to restore the assets to",
          "Set `files-path` to the files folder of the target site."
        );
      await this.prepareTarget(files.dir, inDir, signal, "assets");
      await this.rsync(["--delete", `${inDir}/`, `${this.remote(files.dir)}/`], "assets", signal);
      return;
    }
    await this.restoreData(inDir, signal);
  }
  /**
   * Creates the target folder on the host and gives `inDir` the target's mode. rsync copies the
   * mode of the source folder itself (`inDir/`) onto the target, and restore stages archives in
   * private 0700 folders: without this the site root or files folder would end up unreadable to
   * the web server.
   */
  async prepareTarget(dir, inDir, signal, tag) {
    const r = await this.ssh(targetDirScript(dir), { signal, tag });
    if (r.code !== 0) this.fail(`creating ${dir} on ${this.cfg.host}`, r);
    const m = new RegExp(`^${MODE_MARK}([0-7]{3,4})$`, "m").exec(r.stdout);
    await chmod(inDir, m ? parseInt(m[1], 8) : 493);
  }
  async restoreData(inDir, signal) {
    const dumps = (await readdir(inDir)).filter((n) => n.endsWith(".sql.gz"));
    if (dumps.length !== 1)
      throw new Error(`the data archive should hold one *.sql.gz dump, but holds ${dumps.length ? dumps.join(", ") : "none"}`);
    const file = path2.join(inDir, dumps[0]);
    const v = await verifyDump(file, {});
    let drush;
    if (this.cfg.drush !== "none" && !(this.cfg.drush === "auto" && this.cfg.dbName)) {
      const ins = await this.inspect(signal);
      this.requireRoot(ins);
      drush = this.drushTarget(ins);
    }
    const db = drush ? void 0 : this.dbTarget();
    if (db && db.type === "pgsql" !== (v.flavor === "PostgreSQL")) {
      throw new Error(
        `the backup holds a ${v.flavor} dump, but the target \`db-type\` is ${db.type}; restore it into a ${v.flavor === "PostgreSQL" ? "pgsql" : "mysql or mariadb"} database`
      );
    }
    const script = drush ? drushRestoreScript(drush) : db.type === "pgsql" ? pgRestoreScript(db, randomBytes(16).toString("hex")) : mysqlRestoreScript(db);
    const tool = drush ? "drush sql:cli" : db.type === "pgsql" ? "psql" : "mysql";
    this.ctx.log.info(
      `data: importing ${v.sqlBytes} bytes of SQL ${drush ? `through ${drush.drush}` : `into database ${db.name}`}${drush ? "" : " (its existing tables are dropped first)"}`
    );
    const cred = credentialLine(drush ? "drush" : db.type, this.cfg.dbPassword);
    async function* feed() {
      yield Buffer.from(cred);
      yield* createReadStream2(file);
    }
    const r = await this.ssh(script, { input: Readable.from(feed()), signal, tag: "data" });
    const status = r.status;
    for (const line of r.stdout.split("\n")) if (line.trim()) this.ctx.log.info(`[data] ${redact(line)}`);
    if (r.code === 255 || explainSshFailure(this.cfg, r.stderrTail)) this.fail(tool, r);
    if (r.code !== 0) {
      this.ctx.log.warn(
        `[data] ${tool} said: ${redact(
          lastLines(
            r.stderrTail.split("\n").filter((l) => !l.startsWith(STATUS_MARK)).join("\n")
          )
        ) || "(nothing)"}`
      );
      const offset = drush ? 0 : db.type === "pgsql" ? PG_RESTORE_PREAMBLE_LINES : MYSQL_RESTORE_PREAMBLE_LINES;
      throw new Error(sqlClientFailure(`${tool} on ${this.cfg.host}`, r, offset));
    }
    if (status !== void 0 && status !== 0) this.fail(`decompressing the dump on ${this.cfg.host}`, { ...r, code: status });
    if (status === void 0) this.fail(`the import did not finish (the connection or the remote shell ended early), and ${tool}`, r);
    this.ctx.log.info(`data: imported into ${drush ? `the site at ${this.cfg.siteRoot}` : `database ${db.name}`}`);
  }
  async close() {
    await rm(this.keyFile, { force: true });
    await rm(this.knownHostsFile, { force: true });
  }
};

// src/platforms/ssh/index.ts
var SSH_INPUTS = {
  "ssh-host": {
    description: "SSH: the host name or address of the server that holds the site."
  },
  "ssh-user": {
    description: "SSH: the login name. Empty uses the SSH client default."
  },
  "ssh-port": {
    description: "SSH: the port of the SSH server.",
    default: "22"
  },
  "ssh-key": {
    description: "SSH: an unencrypted private key (OpenSSH or PEM), from a secret. It is written to a mode-600 file for the run and deleted afterwards. Empty uses the SSH agent and default keys.",
    secret: true
  },
  "ssh-known-hosts": {
    description: "SSH: the known_hosts line(s) of the server, as `ssh-keyscan -p <port> <host>` prints them (verify the fingerprint out of band). Required: an unknown host key is refused unless `ssh-accept-new-host-key` is `true`."
  },
  "ssh-accept-new-host-key": {
    description: "SSH: trust a host key that is not in `ssh-known-hosts` on first use (`StrictHostKeyChecking=accept-new`) and print it with a warning, so you can pin it. A changed key is always refused.",
    default: "false"
  },
  "site-root": {
    description: "SSH: the folder of the site on the host (for Drupal, the one with index.php and sites/); absolute, or relative to the login folder."
  },
  "files-path": {
    description: "SSH: the files folder (the `assets` component), relative to `site-root` or absolute; it is left out of `code`. Aegir: `sites/<site>/files`. `none` when the site has none.",
    default: "sites/default/files"
  },
  "code-exclude": {
    description: "SSH: more rsync exclude patterns for `code`, separated by commas or new lines (for example `/sites/*/private/`, `*.log`). Excluded paths are also left alone by a restore."
  },
  "db-type": {
    description: "SSH: the database: `mysql`, `mariadb`, `pgsql`, or `none` (no `data` component). Used when the database is dumped directly rather than through drush.",
    default: "mysql"
  },
  "db-name": {
    description: "SSH: the database to dump (or, on restore, to replace). When set, mysqldump/pg_dump are used directly; when empty, drush finds the database from the site settings."
  },
  "db-user": {
    description: "SSH: the database account. Empty uses the client default (for example `~/.my.cnf` on the host). The password comes from the `DB_PASSWORD` environment variable."
  },
  "db-host": {
    description: "SSH: the database host as the server sees it. Empty uses the local socket."
  },
  "db-port": {
    description: "SSH: the database port. Empty uses the client default."
  },
  drush: {
    description: "SSH: `auto` uses drush (`sql:dump --gzip`, `sql:cli`) when `db-name` is empty and drush is found in `vendor/bin` or on PATH; `false` never does; or the path of drush on the host.",
    default: "auto"
  },
  "drupal-uri": {
    description: "SSH: the Drupal site of a multisite (drush `--uri`), such as `example.com` on Aegir."
  }
};
var sshPlatform = definePlatform({
  name: "ssh",
  summary: "A server reached over SSH (Aegir, Drupal, any host): code and files with rsync, the database dumped on the host (mysqldump, pg_dump or drush).",
  inputs: SSH_INPUTS,
  async open(ctx) {
    const cfg = parseSshConfig(ctx.inputs, ctx.env);
    ctx.log.setSecret(cfg.dbPassword);
    const session = new SshSession(cfg, ctx);
    try {
      await session.connect();
    } catch (e) {
      await session.close();
      throw e;
    }
    return session;
  },
  components: { code: component("code"), assets: component("assets"), data: component("data") },
  covers: (s) => s.components,
  explainUnsupported: (c, s) => s.explainUnsupported(c),
  close: (s) => s.close()
});
function component(c) {
  return {
    export: (s, outDir, signal) => s.export(c, outDir, signal),
    restore: (s, inDir, opts) => s.restore(c, inDir, opts),
    mirrors: c !== "data"
    // code and assets are rsync mirrors; the data dump is written afresh
  };
}
export {
  DB_PASSWORD_ENV,
  DUMP_FILE,
  explainSshFailure,
  filesLocation,
  parseSshConfig,
  sshPlatform,
  verifyDump
};
