import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  DumpRefused,
  scanDump
} from "./chunk-2OE4HZ7R.js";
import {
  Cli,
  exitText,
  exportAttempts,
  findLine,
  judgeCli,
  lastOutput
} from "./chunk-2DXEUMXM.js";
import {
  HOSTED_INPUTS,
  cliPath,
  definePlatform,
  freshDir,
  listInput,
  moveChildren,
  retriesFrom
} from "./chunk-H7UO7IMU.js";
import {
  VerificationError,
  requireGzip,
  requireSqlGzip,
  requireTree,
  treeStats
} from "./chunk-6C6HLHJS.js";
import "./chunk-VGFCETJD.js";
import "./chunk-L5TVWS74.js";
import "./chunk-MHMSWIL4.js";
import {
  inputOrDefault
} from "./chunk-R65ZRAFA.js";
import "./chunk-TLYYK3DI.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import "./chunk-UO337TEX.js";
import "./chunk-BB3JDYVJ.js";

// src/platforms/platformsh.ts
import { rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import path5 from "node:path";

// src/platforms/platformsh/cli.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
var NPM_PACKAGE = { kind: "npm", package: "@upsun/cli-linux-x64" };
var VERSION = "5.11.1";
var PLATFORMSH_CLI = {
  tool: "upsun-cli",
  bin: "platform",
  defaultVersion: VERSION,
  method: NPM_PACKAGE,
  binPath: "bin/upsun"
};
var UPSUN_CLI = { tool: "upsun-cli", bin: "upsun", defaultVersion: VERSION, method: NPM_PACKAGE, binPath: "bin/upsun" };
var PLATFORMSH_CONFIG = `# Written by site-backup: runs the Upsun CLI binary as the Platform.sh CLI.
application:
  name: "Platform.sh CLI (Upsun CLI binary, run by site-backup)"
  slug: "platformsh-cli"
  executable: "platform"
  env_prefix: "PLATFORMSH_CLI_"
  user_config_dir: ".platformsh"
  disabled_commands: [self:install, self:update]
service:
  name: "Platform.sh"
  env_prefix: "PLATFORM_"
  project_config_dir: ".platform"
  app_config_file: ".platform.app.yaml"
  project_config_flavor: "platform"
  console_url: "https://console.upsun.com"
api:
  base_url: "https://api.upsun.com"
  auth_url: "https://auth.upsun.com"
  oauth2_client_id: "platform-cli"
  organizations: true
  vendor_filter: "upsun"
ssh:
  domain_wildcards: ["*.platform.sh"]
detection:
  git_remote_name: "platform"
  git_domain: "platform.sh"
  site_domains: ["platform.sh", "platformsh.site"]
`;
var FLAVOURS = {
  platformsh: {
    kind: "platformsh",
    bin: "platform",
    tokenVar: "PLATFORMSH_CLI_TOKEN",
    prefix: "PLATFORMSH_CLI_",
    label: "Platform.sh",
    tool: PLATFORMSH_CLI,
    projectConfigDir: ".platform",
    config: PLATFORMSH_CONFIG
  },
  upsun: {
    kind: "upsun",
    bin: "upsun",
    tokenVar: "UPSUN_CLI_TOKEN",
    prefix: "UPSUN_CLI_",
    label: "Upsun",
    tool: UPSUN_CLI,
    projectConfigDir: ".upsun"
  }
};
async function openCli(ctx, f, token, installed) {
  const env2 = {
    ...ctx.env,
    [f.tokenVar]: token,
    // Every prompt answered with its default, and no update checks or migration prompts in a job.
    [`${f.prefix}NO_INTERACTION`]: "1",
    [`${f.prefix}UPDATES_CHECK`]: "0",
    PATH: cliPath(installed, ctx.env.PATH)
  };
  if (f.config && installed.source !== "path") {
    const file = path.join(ctx.workDir, `${f.kind}-cli.yaml`);
    await writeFile(file, f.config);
    env2.CLI_CONFIG_FILE = file;
  }
  return new Cli(ctx, installed.bin, f.bin, env2, [token]);
}
var AUTH = [
  /not logged in/i,
  /invalid (?:API )?token/i,
  /\[40[13]\]/,
  /\b(?:HTTP|status(?: code)?)\W{0,3}40[13]\b/i,
  /you do not have access to/i
];
var NOT_FOUND = [/specified project not found/i, /project not found/i, /specified environment not found/i, /environment not found/i];
function known(f, project, sub) {
  return [
    {
      lines: AUTH,
      error: (l) => new Error(`${f.bin} ${sub} was refused (${redact(l.trim())}): check ${f.tokenVar} and that its user can access project ${project}`)
    },
    { lines: NOT_FOUND, error: (l) => new Error(`${f.bin} ${sub}: ${redact(l.trim())} (check \`project\` and \`environment\`)`) },
    {
      // Seen with the CLIs bundled in wrapper 5.0.0 (legacy 4.10.x): they lack the public regions'
      // SSH host keys, added in legacy 4.12.0, so every SSH command fails on a fresh runner.
      lines: [/host key verification failed/i],
      error: () => new Error(
        `${f.bin} ${sub}: ssh refused the environment's host key ("Host key verification failed"). A ${f.bin} older than the one this release pins may lack the platform's host keys: leave \`cli-version\` empty, or remove the old ${f.bin} from PATH`
      )
    },
    {
      lines: [/protocol version mismatch/i],
      error: () => new Error(
        `${f.bin} ${sub}: rsync reported "protocol version mismatch": something in the app's .environment file prints output on login, which breaks rsync over SSH (platformsh/platformsh-docs#2234); make .environment silent`
      )
    }
  ];
}
function judge(f, project, r, sub) {
  judgeCli(`${f.bin} ${sub}`, r, { known: known(f, project, sub), exit: "ignore" });
}
async function checkedRun(cli, f, project, args, o, c) {
  const r = await cli.run(args, o);
  judgeCli(`${f.bin} ${c.sub}`, r, {
    known: known(f, project, c.sub),
    ...c.clearer ? { clearer: c.clearer } : {},
    ...c.why ? { why: c.why } : {},
    exit: c.transient ? "transient" : "final"
  });
  return r;
}

// src/platforms/platformsh/export.ts
import { readdir, rm } from "node:fs/promises";
import path2 from "node:path";

// src/platforms/platformsh/commands.ts
var env = (s, environment) => ["-p", s.project, "-e", environment, "--yes"];
var app = (s, environment) => [...env(s, environment), ...s.app ? ["-A", s.app] : []];
var SYSTEM_SCHEMAS = {
  mysql: /* @__PURE__ */ new Set(["information_schema", "performance_schema", "mysql", "sys"]),
  pgsql: /* @__PURE__ */ new Set(["postgres"])
};
var commands = {
  /** A clone of the environment's branch (git over the CLI's SSH setup). */
  projectGet: (s, environment, dir) => ["project:get", s.project, dir, "-e", environment, "--yes"],
  /** YAML on stdout; it carries database passwords, so it is captured, never logged. */
  relationships: (s, environment) => ["environment:relationships", ...app(s, environment)],
  /** The schemas the relationship's user can see: db:dump and sql take one at a time. */
  listSchemas: (s, environment, rel, scheme) => [
    "sql",
    ...app(s, environment),
    "-r",
    rel,
    // Tab-separated rows (mysql --batch --raw, with a header) or tuples only (psql -t).
    "--raw",
    scheme === "pgsql" ? "SELECT datname FROM pg_database WHERE NOT datistemplate AND datallowconn AND has_database_privilege(datname, 'CONNECT') ORDER BY 1" : "SHOW DATABASES"
  ],
  dbDump: (s, environment, rel, schema, file) => [
    "db:dump",
    ...app(s, environment),
    "-r",
    rel,
    "--schema",
    schema,
    "--gzip",
    "-f",
    file
  ],
  /** Reads SQL on stdin; without --schema the default schema. */
  sql: (s, environment, rel, schema) => [
    "sql",
    ...app(s, environment),
    "-r",
    rel,
    ...schema ? ["--schema", schema] : []
  ],
  /** --delete: the target is ours, and may hold the previous export (pull-cache); it ends as an exact mirror. */
  mountDownload: (s, environment, target) => [
    "mount:download",
    ...app(s, environment),
    "--all",
    "--target",
    target,
    "--delete"
  ],
  mountList: (s, environment) => ["mount:list", ...app(s, environment), "--paths"],
  mountUpload: (s, environment, source, mount) => [
    "mount:upload",
    ...app(s, environment),
    "--source",
    source,
    "--mount",
    mount
  ],
  /** --wait: without a TTY the CLI may otherwise return before the backup exists. */
  backupCreate: (s, environment, live) => [
    "backup:create",
    ...env(s, environment),
    ...live ? ["--live"] : [],
    "--wait"
  ],
  /** One id per line, newest first; exits 1 with "No backups found" when there are none. */
  backupList: (s, environment) => [
    "backup:list",
    ...env(s, environment),
    "--format",
    "plain",
    "--no-header",
    "--columns",
    "id"
  ],
  backupRestore: (s, environment, id, target) => [
    "backup:restore",
    id,
    ...env(s, environment),
    "--target",
    target
  ]
};

// src/platforms/platformsh/export.ts
var NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
var exportRun = (p, sub, args, o, clearer, why) => checkedRun(p.cli, p.f, p.scope.project, args, o, { sub, transient: true, ...clearer ? { clearer } : {}, ...why ? { why } : {} });
async function databases(p, environment, signal, label) {
  const stage = await freshDir(p.ctx, "psh-relationships");
  const r = await exportRun(p, "environment:relationships", commands.relationships(p.scope, environment), {
    cwd: stage,
    signal,
    label,
    captureStdout: true
  });
  const { parse: parseYaml } = await import("./dist-OXAK3KQN.js");
  let doc;
  try {
    doc = parseYaml(r.stdout);
  } catch (e) {
    throw new Error(`${p.f.bin} environment:relationships printed something that is not YAML (${e.message})`, { cause: e });
  }
  const found = [];
  for (const [rel, instances] of Object.entries(doc ?? {})) {
    const first = Array.isArray(instances) ? instances[0] : void 0;
    const scheme = first?.scheme === "mysql" ? "mysql" : first?.scheme === "pgsql" || first?.scheme === "postgresql" ? "pgsql" : void 0;
    if (scheme && NAME_RE.test(rel))
      found.push({ rel, scheme, ...typeof first?.path === "string" && first.path ? { path: first.path } : {} });
  }
  return found;
}
async function schemas(p, environment, db, signal) {
  const stage = await freshDir(p.ctx, `psh-schemas-${db.rel}`);
  const r = await exportRun(p, `sql -r ${db.rel} --raw`, commands.listSchemas(p.scope, environment, db.rel, db.scheme), {
    cwd: stage,
    signal,
    label: "data",
    captureStdout: true
  });
  const rows = r.stdout.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (db.scheme === "mysql" && rows[0] === "Database") rows.shift();
  const list = rows.filter((s) => !SYSTEM_SCHEMAS[db.scheme].has(s) || s === db.path);
  for (const s of list)
    if (!NAME_RE.test(s))
      throw new Error(`the ${db.rel} relationship lists a schema named "${redact(s).slice(0, 40)}", which we cannot use as a file name`);
  if (list.length === 0)
    throw new Error(
      `the ${db.rel} relationship's user sees no schema to dump (\`${p.f.bin} sql -r ${db.rel} --raw\` listed only system schemas)`
    );
  return list;
}
async function mountPaths(p, environment, cwd, signal, label) {
  const list = await checkedRun(
    p.cli,
    p.f,
    p.scope.project,
    commands.mountList(p.scope, environment),
    { cwd, signal, label, captureStdout: true },
    { sub: "mount:list" }
  );
  return list.stdout.split(/\r?\n/).map((s) => s.trim().replace(/^\/+|\/+$/g, "")).filter(Boolean);
}
async function pruneToMounts(dir, mounts, rel = "") {
  for (const name of await readdir(dir)) {
    const r = rel ? `${rel}/${name}` : name;
    if (mounts.includes(r)) continue;
    if (mounts.some((m) => m.startsWith(`${r}/`))) await pruneToMounts(path2.join(dir, name), mounts, r);
    else await rm(path2.join(dir, name), { recursive: true, force: true });
  }
}
var dumpName = (rel, schema) => `${rel}--${schema}.sql.gz`;
var retrying = (p, what, signal, body) => exportAttempts(p.ctx, { what, signal }, body);
async function chosenDatabases(p, signal) {
  const environment = p.ctx.environment;
  const dbs = await retrying(p, `${p.f.bin} environment:relationships`, signal, () => databases(p, environment, signal, "data"));
  const have = dbs.map((d) => d.rel).join(", ") || "none";
  if (p.rels) {
    const missing = p.rels.filter((r) => !dbs.some((d) => d.rel === r));
    if (missing.length)
      throw new Error(
        `\`platformsh-relationships\` names ${missing.join(", ")}, which the ${environment} environment has no database relationship for (it has ${have})`
      );
  }
  const chosen = p.rels ? dbs.filter((d) => p.rels.includes(d.rel)) : dbs;
  if (chosen.length === 0) {
    throw new Error(
      `the ${environment} environment has no MySQL, MariaDB or PostgreSQL relationship to dump; remove "data" from \`components\`, or name them in \`platformsh-relationships\``
    );
  }
  return chosen;
}
async function dumpSchema(p, db, schema, attempt, outDir, signal) {
  const { ctx } = p;
  const name = dumpName(db.rel, schema);
  const stage = await freshDir(ctx, `psh-dump-${attempt}`);
  const file = path2.join(stage, name);
  await exportRun(
    p,
    `db:dump -r ${db.rel} --schema ${schema}`,
    commands.dbDump(p.scope, ctx.environment, db.rel, schema, file),
    { cwd: stage, signal, label: "data" },
    void 0,
    "the remote dump failed"
  );
  const v = await requireSqlGzip(file, `the ${db.rel} dump of ${schema} (${name})`);
  ctx.log.info(`[data] ${name}: ${v.bytes} bytes of SQL, complete`);
  await moveChildren(stage, outDir, [name]);
}
function exporters(p) {
  const { ctx, f, cli, scope } = p;
  const environment = ctx.environment;
  return {
    async code(outDir, signal) {
      await retrying(p, `${f.bin} project:get`, signal, async (n) => {
        const stage = await freshDir(ctx, `psh-code-${n}`);
        const repo = path2.join(stage, "repo");
        await exportRun(p, "project:get", commands.projectGet(scope, environment, repo), { cwd: stage, signal, label: "code" });
        const head = await cli.exec("git", ["-C", repo, "rev-parse", "--verify", "HEAD"], { cwd: stage, signal, label: "code" });
        if (head.code !== 0)
          throw new VerificationError(`the clone of ${environment} has no commit (git rev-parse HEAD ${exitText(head)})`);
        await cli.exec("git", ["-C", repo, "clean", "-fdXq", "--", `${f.projectConfigDir}/local`], { cwd: stage, signal, label: "code" });
        const files = (await readdir(repo)).filter((x) => x !== ".git");
        if (files.length === 0) throw new VerificationError(`the ${environment} branch checked out no files`);
        await moveChildren(repo, outDir);
      });
    },
    async data(outDir, signal) {
      for (const db of await chosenDatabases(p, signal)) {
        const list = await retrying(p, `listing the schemas of ${db.rel}`, signal, () => schemas(p, environment, db, signal));
        ctx.log.info(
          `[data] ${db.rel}: dumping ${list.length} schema${list.length === 1 ? "" : "s"} (${list.join(", ")}); db:dump alone would take only the default one`
        );
        for (const schema of list)
          await retrying(
            p,
            `${f.bin} db:dump -r ${db.rel} --schema ${schema}`,
            signal,
            (n) => dumpSchema(p, db, schema, n, outDir, signal)
          );
      }
    },
    // Straight into outDir with --delete: an exact mirror, so a folder seeded with the previous
    // export (pull-cache) gets only what changed, and an attempt cut short leaves whole files
    // (rsync renames each one into place) that the next attempt completes.
    async assets(outDir, signal) {
      const seeded = (await readdir(outDir)).length > 0;
      await retrying(p, `${f.bin} mount:download`, signal, async (n) => {
        const stage = await freshDir(ctx, `psh-mounts-${n}`);
        await exportRun(
          p,
          "mount:download",
          commands.mountDownload(scope, environment, outDir),
          { cwd: stage, signal, label: "assets" },
          (r) => {
            if (findLine(r, [/no mounts/i]))
              throw new Error(
                `the ${environment} environment has no mounts, so there are no files to back up; remove "assets" from \`components\``
              );
          }
        );
        if (seeded) await pruneToMounts(outDir, await mountPaths(p, environment, stage, signal, "assets"));
        const s = await requireTree(outDir, "mount:download");
        ctx.log.info(`[assets] ${s.files} files, ${s.bytes} bytes from the mounts`);
      });
    }
  };
}

// src/platforms/platformsh/restore.ts
import { createReadStream } from "node:fs";
import { readdir as readdir2 } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import path3 from "node:path";
function parseDump(name) {
  const m = /^([A-Za-z0-9][A-Za-z0-9_.-]*?)(?:--([A-Za-z0-9][A-Za-z0-9_.-]*))?\.sql\.gz$/.exec(name);
  return m ? { rel: m[1], ...m[2] ? { schema: m[2] } : {} } : void 0;
}
async function refuseHostile(file, name, scheme) {
  const gunzip = createGunzip();
  const read = pipeline(createReadStream(file), gunzip);
  read.catch(() => void 0);
  try {
    await scanDump(gunzip, scheme === "pgsql" ? "psql" : "mysql");
    await read;
  } catch (e) {
    gunzip.destroy();
    if (e instanceof DumpRefused) throw new Error(`refused ${name}, nothing was imported: ${e.message}`, { cause: e });
    throw e;
  }
}
async function restoreData(p, inDir, target, signal) {
  const { f, cli, scope } = p;
  const dumps = (await readdir2(inDir)).filter((n) => n.endsWith(".sql.gz")).sort();
  if (dumps.length === 0) throw new Error("the data archive holds no <relationship>--<schema>.sql.gz dump");
  const dbs = await databases(p, target, signal, "data");
  for (const dump of dumps) {
    const parsed = parseDump(dump);
    if (!parsed) throw new Error(`unexpected dump name ${dump}`);
    const db = dbs.find((d) => d.rel === parsed.rel);
    if (!db)
      throw new Error(
        `${dump} is a dump of the ${parsed.rel} relationship, which the ${target} environment does not have (it has ${dbs.map((d) => d.rel).join(", ") || "none"})`
      );
    await requireGzip(path3.join(inDir, dump), dump);
    await refuseHostile(path3.join(inDir, dump), dump, db.scheme);
    const prefix = db.scheme === "pgsql" ? "\\set ON_ERROR_STOP on\n" : "";
    const r = await cli.exec(
      "bash",
      [
        "-o",
        "pipefail",
        "-c",
        '{ printf "%s" "$1"; gzip -dc -- "$2"; } | "$3" "${@:4}"',
        "restore-sql",
        prefix,
        path3.join(inDir, dump),
        cli.bin,
        ...commands.sql(scope, target, db.rel, parsed.schema)
      ],
      { cwd: inDir, signal, label: "data" }
    );
    judge(f, scope.project, r, `sql -r ${db.rel}`);
    if (r.code !== 0)
      throw new Error(
        `importing ${dump} with \`${f.bin} sql -r ${db.rel}${parsed.schema ? ` --schema ${parsed.schema}` : ""}\` ${exitText(r)}: ${lastOutput(r)}`
      );
  }
}
async function restoreAssets(p, inDir, target, signal) {
  const { f, cli, scope } = p;
  const mounts = await mountPaths(p, target, inDir, signal, "assets");
  let uploaded = 0;
  for (const m of mounts) {
    if (m.split("/").some((seg) => seg === ".." || seg === "")) continue;
    const src = path3.join(inDir, m);
    if ((await treeStats(src)).files === 0) continue;
    await checkedRun(
      cli,
      f,
      scope.project,
      commands.mountUpload(scope, target, src, m),
      { cwd: inDir, signal, label: "assets" },
      { sub: `mount:upload --mount ${m}` }
    );
    uploaded++;
  }
  if (uploaded === 0) {
    throw new Error(
      `none of the ${target} environment's mounts (${mounts.join(", ") || "none"}) has a folder in this archive (${(await readdir2(inDir)).join(", ")})`
    );
  }
}
async function restoreArchive(p, component, inDir, target, signal) {
  if (component === "code") {
    throw new Error(
      `${p.f.label} code lives in git: push the branch from this archive (it is a full clone: \`git push <${p.f.bin} remote> HEAD:${target}\`), or set \`platformsh-restore-from: snapshot\` to restore code, data and files together with backup:restore`
    );
  }
  if (component === "data") return restoreData(p, inDir, target, signal);
  return restoreAssets(p, inDir, target, signal);
}

// src/platforms/platformsh/snapshot.ts
import { readFile } from "node:fs/promises";
import path4 from "node:path";
var SNAPSHOT_FILE = "platform-snapshot.json";
async function listBackups(p, environment, signal, label) {
  const stage = await freshDir(p.ctx, "psh-backup-list");
  const r = await p.cli.run(commands.backupList(p.scope, environment), { cwd: stage, signal, label, captureStdout: true });
  judge(p.f, p.scope.project, r, "backup:list");
  if (r.code !== 0 && r.lines.some((l) => /no backups found/i.test(l))) return [];
  if (r.code !== 0) throw new Error(`${p.f.bin} backup:list ${exitText(r)}: ${lastOutput(r)}`);
  return r.stdout.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
}
async function takeSnapshot(p, mode, signal) {
  const { ctx, f, cli, scope } = p;
  const environment = ctx.environment;
  const live = mode === "live";
  const before = await listBackups(p, environment, signal, "snapshot");
  const stage = await freshDir(ctx, "psh-backup");
  const r = await checkedRun(
    cli,
    f,
    scope.project,
    commands.backupCreate(scope, environment, live),
    { cwd: stage, signal, label: "snapshot" },
    {
      sub: "backup:create",
      why: "the platform would not take a backup (another activity running, an inactive environment, or a user who is not an admin)"
    }
  );
  const after = await listBackups(p, environment, signal, "snapshot");
  const fresh = after.filter((id2) => !before.includes(id2));
  let id = r.lines.map((l) => /Backup name:\s*(\S+)/i.exec(l)?.[1]).find(Boolean);
  if (!id) {
    if (fresh.length !== 1) {
      throw new Error(
        `${f.bin} backup:create reported success but printed no backup name, and \`backup:list\` shows ${fresh.length} new backups, so which one it made is unknown`
      );
    }
    id = fresh[0];
    ctx.log.warn(`[snapshot] backup:create printed no backup name; recording ${id}, the one backup that was not listed before`);
  }
  if (!NAME_RE.test(id)) throw new Error(`${f.bin} backup:create printed an unexpected backup name "${redact(id).slice(0, 40)}"`);
  if (!after.includes(id)) throw new Error(`${f.bin} backup:create named backup ${id}, but \`backup:list\` does not list it`);
  const deleted = before.filter((b) => !after.includes(b));
  if (deleted.length) {
    ctx.log.warn(
      `[snapshot] the platform deleted ${deleted.length} older backup${deleted.length === 1 ? "" : "s"} of ${environment} to make room (its quota was reached): ${deleted.join(", ")}`
    );
  }
  ctx.log.info(`[snapshot] ${f.label} backup ${id} of ${scope.project}/${environment}${live ? " (live)" : ""}`);
  return {
    provider: f.kind,
    project: scope.project,
    environment,
    backupId: id,
    live,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...deleted.length ? { deletedBackups: deleted } : {}
  };
}
async function recorded(p, inDir) {
  let rec;
  try {
    rec = JSON.parse(await readFile(path4.join(inDir, SNAPSHOT_FILE), "utf8"));
  } catch {
    rec = void 0;
  }
  const id = rec?.backupId;
  if (typeof id !== "string" || !NAME_RE.test(id)) {
    throw new Error(
      "`platformsh-restore-from: snapshot` needs a platform backup recorded with this backup, and there is none; back up with `platformsh-backup: true`, or restore from the archive"
    );
  }
  if (rec?.project && rec.project !== p.scope.project)
    throw new Error(`the recorded platform backup ${id} belongs to project ${String(rec.project)}, not ${p.scope.project}`);
  const environment = typeof rec?.environment === "string" && NAME_RE.test(rec.environment) ? rec.environment : p.ctx.environment;
  return { id, environment };
}
async function restoreSnapshot(p, inDir, target, signal, label) {
  const { ctx, f, cli, scope } = p;
  const { id, environment } = await recorded(p, inDir);
  const existing = await listBackups(p, environment, signal, label);
  if (!existing.includes(id)) {
    throw new Error(
      `the platform backup ${id} recorded with this backup no longer exists on ${environment} (the platform deletes the oldest backup when a new one exceeds the quota, and backups expire); restore from the archive with \`platformsh-restore-from: archive\``
    );
  }
  const stage = await freshDir(ctx, "psh-restore");
  await checkedRun(
    cli,
    f,
    scope.project,
    commands.backupRestore(scope, environment, id, target),
    { cwd: stage, signal, label },
    {
      sub: `backup:restore ${id} --target ${target}`,
      why: "the backup is missing or not restorable, or the target is not active"
    }
  );
}

// src/platforms/platformsh.ts
var SNAPSHOT_MODES = ["false", "true", "live"];
function settings(ctx, kind) {
  const f = FLAVOURS[kind];
  const project = ctx.inputs.get("project");
  if (!project)
    throw new ConfigError(
      "project",
      `is required for \`platform: ${kind}\``,
      `Set it to the project ID (as in \`${f.bin} project:list\` or the console URL).`
    );
  if (!NAME_RE.test(project))
    throw new ConfigError("project", `"${project}" is not a project ID`, "Use the ID, such as `abcdefgh1234567`.");
  const app2 = ctx.inputs.get("platformsh-app");
  if (app2 && !NAME_RE.test(app2))
    throw new ConfigError("platformsh-app", `"${app2}" is not an app name`, "Use the `name` from the app's configuration.");
  const rels = listInput(ctx, "platformsh-relationships");
  for (const r of rels ?? [])
    if (!NAME_RE.test(r))
      throw new ConfigError("platformsh-relationships", `"${r}" is not a relationship name`, "List names such as `database,reports`.");
  const snapshotMode = inputOrDefault(ctx.inputs, "platformsh-backup").toLowerCase();
  if (!SNAPSHOT_MODES.includes(snapshotMode)) {
    throw new ConfigError(
      "platformsh-backup",
      `"${snapshotMode}" is not one of false, true, live`,
      "Use `true` for a platform-side backup with each run, `live` for one without downtime, or `false`."
    );
  }
  const restoreFrom = inputOrDefault(ctx.inputs, "platformsh-restore-from");
  if (restoreFrom !== "archive" && restoreFrom !== "snapshot") {
    throw new ConfigError(
      "platformsh-restore-from",
      `"${restoreFrom}" is not archive or snapshot`,
      "Use `archive` (our dumps and files) or `snapshot` (the platform backup recorded in the manifest)."
    );
  }
  return { project, ...app2 ? { app: app2 } : {}, ...rels ? { rels } : {}, snapshotMode, restoreFrom };
}
async function exportWithSnapshot(st, component, outDir, signal) {
  if (st.s.snapshotMode !== "false" && !st.snapshotTaken) {
    st.snapshotTaken = true;
    st.snapshot = await takeSnapshot(st.p, st.s.snapshotMode, signal);
  }
  await st.exportOne[component](outDir, signal);
  if (!st.snapshot) return;
  await rm2(path5.join(outDir, SNAPSHOT_FILE), { force: true });
  await writeFile2(path5.join(outDir, SNAPSHOT_FILE), JSON.stringify(st.snapshot, null, 2) + "\n");
  return { platformSnapshot: st.snapshot };
}
async function restoreOne(st, component, inDir, opts) {
  if (st.s.restoreFrom === "archive") return restoreArchive(st.p, component, inDir, opts.targetEnvironment, opts.signal);
  if (st.snapshotRestored) {
    st.p.ctx.log.info(`[${component}] already restored by backup:restore (it restores code, data and files together)`);
    return;
  }
  await restoreSnapshot(st.p, inDir, opts.targetEnvironment, opts.signal, component);
  st.snapshotRestored = true;
}
var handler = (c, mirrors = false) => ({
  export: (st, outDir, signal) => exportWithSnapshot(st, c, outDir, signal),
  restore: (st, inDir, opts) => restoreOne(st, c, inDir, opts),
  mirrors
});
var PSH_INPUTS = {
  "platformsh-app": { description: "Platform.sh/Upsun: the application name (`--app`) in a multi-app project." },
  "platformsh-relationships": {
    description: "Platform.sh/Upsun: database relationships to dump, separated by commas. Empty dumps every MySQL, MariaDB and PostgreSQL relationship; each schema of a relationship is dumped to its own file (`db:dump --schema`)."
  },
  "platformsh-backup": {
    description: "Platform.sh/Upsun: also take a platform-side `backup:create` and record it in the manifest as `platformSnapshot`: `false`, `true`, or `live` (adds `--live`: no downtime, but not guaranteed consistent).",
    default: "false",
    actions: ["backup"]
  },
  "platformsh-restore-from": {
    description: "Platform.sh/Upsun restores: `archive` imports our archives (`sql` and `mount:upload`); `snapshot` runs `backup:restore --target` with the platform backup recorded in the manifest (code, data and files together).",
    default: "archive",
    actions: ["restore"]
  }
};
function platformDefinition(kind) {
  const f = FLAVOURS[kind];
  return definePlatform({
    name: kind,
    summary: `${f.label} through the released ${f.bin} CLI: code with \`project:get\`, assets with \`mount:download\`, data with \`db:dump\` per schema; optionally a platform-side \`backup:create\`.`,
    inputs: PSH_INPUTS,
    reads: ["project", ...HOSTED_INPUTS],
    secrets: [
      {
        name: f.tokenVar,
        purpose: `the ${f.label} CLI needs an API token (a machine user's token from the console, Account > API tokens)`
      }
    ],
    check(ctx) {
      settings(ctx, kind);
      retriesFrom(ctx);
    },
    cli: f.tool,
    async open(ctx, { secrets, cli: installed }) {
      const s = settings(ctx, kind);
      const cli = await openCli(ctx, f, secrets[f.tokenVar], installed);
      const scope = { project: s.project, ...s.app ? { app: s.app } : {} };
      const p = { ctx, f, cli, scope, ...s.rels ? { rels: s.rels } : {} };
      return { p, s, exportOne: exporters(p), snapshotTaken: false, snapshotRestored: false };
    },
    // assets: mount:download --delete, an rsync mirror (pull-cache may seed it).
    components: { code: handler("code"), assets: handler("assets", true), data: handler("data") }
  });
}
var platformshPlatform = platformDefinition("platformsh");
var upsunPlatform = platformDefinition("upsun");
export {
  PLATFORMSH_CLI,
  SNAPSHOT_FILE,
  UPSUN_CLI,
  platformshPlatform,
  upsunPlatform
};
