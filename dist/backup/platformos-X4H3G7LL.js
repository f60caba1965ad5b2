import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  mpkitCredentials,
  mpkitEnv,
  mpkitSecretValues,
  mpkitSecrets,
  throwIfFailed,
  throwIfRefused
} from "./chunk-Q6EE6ABN.js";
import {
  Cli,
  TransientError,
  exportAttempts,
  findLine,
  lastOutput
} from "./chunk-3EE4X6SB.js";
import {
  HOSTED_INPUTS,
  cliPath,
  definePlatform,
  freshDir,
  isProtectedEnvironment,
  listInput,
  move,
  moveChildren,
  protectedEnvironments,
  retriesFrom
} from "./chunk-XAFGBW3O.js";
import "./chunk-MHMSWIL4.js";
import {
  parseBool
} from "./chunk-QAUHEZJI.js";
import {
  inputOrDefault
} from "./chunk-5LGMOAVG.js";
import {
  VerificationError,
  requireFile,
  requireRecordExport,
  requireTree,
  requireZip,
  treeStats
} from "./chunk-6C6HLHJS.js";
import "./chunk-VGFCETJD.js";
import "./chunk-DCXOFWG7.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-6LRQM5XH.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import "./chunk-ZZX2MHPD.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import "./chunk-4FVHBC72.js";
import {
  extractZip
} from "./chunk-UO337TEX.js";
import "./chunk-BB3JDYVJ.js";

// src/platforms/platformos.ts
import { lstat, readdir, rm } from "node:fs/promises";
import path from "node:path";
var POS_CLI = {
  tool: "pos-cli",
  bin: "pos-cli",
  defaultVersion: "6.4.0",
  method: { kind: "npm", package: "@platformos/pos-cli" },
  versionArgs: ["--version"]
};
var TELEMETRY_PRELOAD = `const f = globalThis.fetch;
globalThis.fetch = (input, init) => /^https?:\\/\\/api\\.raygun\\.io(\\/|:|$)/i.test(String(input?.url ?? input))
  ? Promise.resolve(new Response(null, { status: 202 }))
  : f(input, init);
`;
var NO_TELEMETRY_OPTION = `--import=data:text/javascript;base64,${Buffer.from(TELEMETRY_PRELOAD).toString("base64")}`;
function cliEnv(ctx, creds, pathValue) {
  return {
    ...ctx.env,
    ...mpkitEnv(creds),
    PATH: pathValue,
    NODE_OPTIONS: [ctx.env.NODE_OPTIONS, NO_TELEMETRY_OPTION].filter(Boolean).join(" "),
    NO_UPDATE_NOTIFIER: "1",
    // With DEBUG set, pos-cli prints errors it otherwise swallows in the form its upload
    // warnings take, and the output is how a JSON import's dropped files are found.
    DEBUG: ""
  };
}
var MIN_NODE = 22;
var DATA_FILE = { zip: "data.zip", json: "data.json" };
var zipFlag = (k) => k === "zip" ? ["--zip"] : [];
var COMMANDS = {
  pull: (env) => ({ name: "pull", args: ["pull", env, "-p", "app.zip"], failed: [/export failed/i, /\[404\]/] }),
  modulesList: (env) => ({ name: "modules list", args: ["modules", "list", env], failed: [] }),
  /** Takes no path: the zip always lands as ./modules.zip, so each module gets its own folder. */
  modulesPull: (env, module) => ({
    name: `modules pull ${module}`,
    args: ["modules", "pull", env, module],
    failed: [/pulling .* failed/i, /\[404\]/]
  }),
  dataExport: (env, k) => ({
    name: "data export",
    args: ["data", "export", env, "-p", DATA_FILE[k], ...zipFlag(k)],
    failed: [/export failed/i, /\[404\]/]
  }),
  dataClean: (env) => ({
    name: "data clean",
    args: ["data", "clean", env, "--auto-confirm"],
    failed: [/clean(ing|up)? (has )?failed/i]
  }),
  dataImport: (env, k) => ({
    name: "data import",
    args: ["data", "import", env, "-p", DATA_FILE[k], ...zipFlag(k)],
    failed: [/import failed/i]
  }),
  deploy: (env) => ({ name: "deploy", args: ["deploy", env], failed: [/deploy failed/i] })
};
var UPLOAD_WARNING = [/^\[\d\d:\d\d:\d\d\] "/, /\b(Upload|presignUrl) failed with status \d+/, /ENOENT/];
var DATA_FORMATS = ["zip", "json", "both"];
var NO_ASSETS = 'platformOS has no CLI export of uploaded files ("the user cannot manually request exporting all of the files uploaded to the instance": ask platformOS support, or copy the instance with `pos-cli clone init`, which copies uploads too). Files attached to records are covered by `data` with `platformos-data-format: json` or `both`, which downloads them next to data.json';
var MODULE_RE = /^[A-Za-z0-9][A-Za-z0-9_.@-]*$/;
async function isDir(p) {
  try {
    return (await lstat(p)).isDirectory();
  } catch {
    return false;
  }
}
function settings(ctx) {
  const format = inputOrDefault(ctx.inputs, "platformos-data-format");
  if (!DATA_FORMATS.includes(format)) {
    throw new ConfigError(
      "platformos-data-format",
      `unknown format "${format}"`,
      "Use `zip` (importable CSV), `json` (records and their files) or `both`."
    );
  }
  const modules = listInput(ctx, "platformos-modules");
  for (const m of modules ?? []) {
    if (m !== "none" && !MODULE_RE.test(m))
      throw new ConfigError("platformos-modules", `"${m}" is not a module name`, "List module names separated by commas, or `none`.");
  }
  return { format, modules: modules?.filter((m) => m !== "none"), clean: parseBool(ctx.inputs, "platformos-data-clean") };
}
var PosCli = class {
  constructor(ctx, cli) {
    this.ctx = ctx;
    this.cli = cli;
  }
  ctx;
  cli;
  async run(cmd, o) {
    const r = await this.cli.run(cmd.args, o);
    const what = `pos-cli ${cmd.name}`;
    throwIfRefused(what, r, "Renew the token (`pos-cli env refresh-token <env>` writes a new one into .pos)");
    throwIfFailed(what, r, cmd.failed);
    return r;
  }
  /** Runs `body` again on transient failures and on exports that do not read back whole. */
  retrying(what, signal, body) {
    return exportAttempts(this.ctx, { what, signal }, body);
  }
};
var Exporter = class {
  constructor(ctx, pos, s) {
    this.ctx = ctx;
    this.pos = pos;
    this.s = s;
  }
  ctx;
  pos;
  s;
  get env() {
    return this.ctx.environment;
  }
  async code(outDir, signal) {
    await this.pos.retrying("pos-cli pull", signal, async (n) => {
      const stage = await freshDir(this.ctx, `pos-code-${n}`);
      await this.pos.run(COMMANDS.pull(this.env), { cwd: stage, signal, label: "code" });
      const zip = path.join(stage, "app.zip");
      await requireZip(zip, "the code (app.zip)", signal);
      await extractZip(zip, path.join(stage, "x"), signal);
      await requireTree(path.join(stage, "x"), "the code in app.zip");
      await moveChildren(path.join(stage, "x"), outDir);
    });
    const modules = this.s.modules ?? await this.installedModules(signal);
    this.ctx.log.info(`[code] modules: ${modules.length ? modules.join(", ") : "none installed"}`);
    for (const m of modules) await this.module(m, outDir, signal);
  }
  async installedModules(signal) {
    let names = [];
    await this.pos.retrying("pos-cli modules list", signal, async (n) => {
      const stage = await freshDir(this.ctx, `pos-modules-list-${n}`);
      const r = await this.pos.run(COMMANDS.modulesList(this.env), { cwd: stage, signal, label: "code" });
      if (findLine(r, [/no installed modules/i])) {
        names = [];
        return;
      }
      if (!findLine(r, [/installed modules:/i])) {
        throw new TransientError(
          `pos-cli modules list exited ${r.code} without listing anything, which is how it reports a failed API call (${lastOutput(r)}); set \`platformos-modules\` to the modules to pull, or \`none\`, to skip the listing`
        );
      }
      names = r.lines.map((l) => /^\s*-\s+(\S+)\s*$/.exec(l)?.[1]).filter((m) => Boolean(m));
    });
    return names;
  }
  async module(name, outDir, signal) {
    await this.pos.retrying(`pos-cli modules pull ${name}`, signal, async (n) => {
      const stage = await freshDir(this.ctx, `pos-module-${name}-${n}`);
      await this.pos.run(COMMANDS.modulesPull(this.env, name), { cwd: stage, signal, label: "code" });
      const zip = path.join(stage, "modules.zip");
      await requireZip(zip, `module ${name} (modules.zip)`, signal);
      const x = path.join(stage, "x");
      await extractZip(zip, x, signal);
      let src;
      for (const c of [path.join(x, "modules", name), path.join(x, "app", "modules", name)]) if (await isDir(c)) src = c;
      if (!src && (await isDir(path.join(x, "public")) || await isDir(path.join(x, "private")))) src = x;
      if (!src)
        throw new VerificationError(
          `module ${name}: modules.zip has no modules/${name}/ folder (it holds: ${(await readdir(x)).slice(0, 5).join(", ")})`
        );
      await requireTree(src, `module ${name}`);
      await rm(path.join(outDir, "modules", name), { recursive: true, force: true });
      await move(src, path.join(outDir, "modules", name));
    });
  }
  async data(outDir, signal) {
    let records;
    if (this.s.format !== "json") await this.dataExport("zip", outDir, signal);
    if (this.s.format !== "zip") records = await this.dataExport("json", outDir, signal);
    if (records === void 0) return {};
    const t = await treeStats(outDir);
    return { counts: { files: t.files, bytes: t.bytes, records } };
  }
  /** Returns the number of records for the JSON form. */
  async dataExport(kind, outDir, signal) {
    let records;
    await this.pos.retrying(`pos-cli data export (${kind})`, signal, async (n) => {
      const stage = await freshDir(this.ctx, `pos-data-${kind}-${n}`);
      const file = DATA_FILE[kind];
      await this.pos.run(COMMANDS.dataExport(this.env, kind), { cwd: stage, signal, label: "data" });
      if (kind === "zip") {
        const z = await requireZip(path.join(stage, file), "the data export (data.zip)", signal);
        this.ctx.log.info(`[data] data.zip: ${z.files} files, ${z.bytes} bytes, every CRC checked`);
        await moveChildren(stage, outDir, [file]);
      } else {
        const s = await requireRecordExport(path.join(stage, file), stage, "tmp", "the data export (data.json)");
        this.ctx.log.info(`[data] data.json holds ${s.records} records and references ${s.files} record files, all present`);
        records = s.records;
        await moveChildren(stage, outDir, [file, "tmp"]);
      }
    });
    return records;
  }
};
var Restorer = class {
  constructor(ctx, pos, s) {
    this.ctx = ctx;
    this.pos = pos;
    this.s = s;
  }
  ctx;
  pos;
  s;
  async code(inDir, target, signal) {
    if (!await isDir(path.join(inDir, "app")) && !await isDir(path.join(inDir, "modules"))) {
      throw new Error("the code archive has neither app/ nor modules/ to deploy");
    }
    await this.pos.run(COMMANDS.deploy(target), { cwd: inDir, signal, label: "code" });
  }
  async data(inDir, target, signal) {
    const has = async (f) => requireFile(path.join(inDir, f), f).then(
      () => true,
      () => false
    );
    const kind = await has("data.zip") ? "zip" : await has("data.json") ? "json" : void 0;
    if (!kind) throw new Error("the data archive holds neither data.zip nor data.json");
    const refs = kind === "json" ? await requireRecordExport(path.join(inDir, "data.json"), inDir, "tmp", "the backup's data.json") : void 0;
    if (this.s.clean) await this.clean(inDir, target, signal);
    const r = await this.pos.run(COMMANDS.dataImport(target, kind), { cwd: inDir, signal, label: "data" });
    const dropped = kind === "json" ? r.lines.filter((l) => UPLOAD_WARNING.some((re) => re.test(l))) : [];
    if (dropped.length > 0) {
      throw new Error(
        `pos-cli data import into "${target}" exited 0, but ${dropped.length} of the ${refs.files} record file upload(s) failed (${redact(dropped[0].trim())}): pos-cli imports such a record without its attachments and images and only warns. Restore the data again once uploads work (the import merges into existing records), or back up with \`platformos-data-format: zip\` or \`both\`, so the restore imports data.zip`
      );
    }
  }
  async clean(inDir, target, signal) {
    if (isProtectedEnvironment(this.ctx, target)) {
      throw new Error(
        `refusing \`platformos-data-clean\` on "${target}": it is a protected environment (${protectedEnvironments(this.ctx).join(", ")}); the import merges into the existing records instead when the input is off`
      );
    }
    try {
      await this.pos.run(COMMANDS.dataClean(target), { cwd: inDir, signal, label: "data" });
    } catch (e) {
      if (/\b422\b/.test(e.message)) {
        throw new Error(
          `pos-cli data clean was refused by the instance (422): platformOS allows it only where it is enabled (staging); ${e.message}`,
          { cause: e }
        );
      }
      throw e;
    }
  }
};
var platformosPlatform = definePlatform({
  name: "platformos",
  summary: "platformOS through the released pos-cli: code with `pull` and `modules pull`, data with `data export`; restores deploy and `data import`.",
  inputs: {
    "platformos-modules": {
      description: "platformOS: modules to pull with the code, separated by commas. Empty pulls every installed module; `none` pulls none.",
      actions: ["backup"]
    },
    "platformos-data-format": {
      description: "platformOS: `zip` (the CSV export that `data import --zip` takes back), `json` (records plus the files attached to them, downloaded next to data.json) or `both`.",
      default: "zip",
      actions: ["backup"]
    },
    "platformos-data-clean": {
      description: "platformOS restores: run `pos-cli data clean` before importing the data. Refused on protected environments.",
      default: "false",
      actions: ["restore"]
    }
  },
  reads: HOSTED_INPUTS,
  secrets: mpkitSecrets("platformos"),
  readSecrets: (ctx) => mpkitSecretValues(mpkitCredentials(ctx, "platformos")),
  check(ctx) {
    settings(ctx);
    retriesFrom(ctx);
  },
  cli: POS_CLI,
  async open(ctx, { secrets, cli: installed }) {
    const creds = { url: secrets.MPKIT_URL, token: secrets.MPKIT_TOKEN, email: secrets.MPKIT_EMAIL };
    if (Number(process.versions.node.split(".")[0]) < MIN_NODE) {
      ctx.log.warn(
        `pos-cli ${installed.version} needs Node >= ${MIN_NODE}; it runs with this Node, ${process.version}. Run site-backup with Node ${MIN_NODE} or later.`
      );
    }
    const env = cliEnv(ctx, creds, cliPath(installed, ctx.env.PATH));
    const pos = new PosCli(ctx, new Cli(ctx, installed.bin, "pos-cli", env, [creds.token, creds.email]));
    const s = settings(ctx);
    return { exporter: new Exporter(ctx, pos, s), restorer: new Restorer(ctx, pos, s) };
  },
  components: {
    code: {
      export: (s, dir, signal) => s.exporter.code(dir, signal),
      restore: (s, dir, o) => s.restorer.code(dir, o.targetEnvironment, o.signal)
    },
    data: {
      export: (s, dir, signal) => s.exporter.data(dir, signal),
      restore: (s, dir, o) => s.restorer.data(dir, o.targetEnvironment, o.signal)
    }
  },
  explainUnsupported: (c) => c === "assets" ? NO_ASSETS : `platformos covers code and data; "${c}" is not one of them`
});
export {
  COMMANDS,
  NO_TELEMETRY_OPTION,
  POS_CLI,
  platformosPlatform
};
