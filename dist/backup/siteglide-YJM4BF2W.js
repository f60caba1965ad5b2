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
  exitText,
  exportAttempts,
  findLine,
  lastOutput
} from "./chunk-3EE4X6SB.js";
import {
  HOSTED_INPUTS,
  cliPath,
  definePlatform,
  freshDir,
  moveChildren,
  retriesFrom
} from "./chunk-XAFGBW3O.js";
import "./chunk-MHMSWIL4.js";
import {
  VerificationError,
  requireRecordExport,
  requireTree,
  treeStats
} from "./chunk-6C6HLHJS.js";
import "./chunk-VGFCETJD.js";
import "./chunk-DCXOFWG7.js";
import "./chunk-TLYYK3DI.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-UO337TEX.js";
import "./chunk-BB3JDYVJ.js";

// src/platforms/siteglide.ts
import { cp, lstat, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
var SITEGLIDE_CLI = {
  tool: "siteglide-cli",
  bin: "siteglide-cli",
  defaultVersion: "1.10.3",
  // Its dependencies' install scripts fetch image tools from GitHub for `migrate` only.
  method: { kind: "npm", package: "@siteglide/siteglide-cli", ignoreScripts: true },
  versionArgs: ["--version"]
};
function cliEnv(ctx, creds, pathValue) {
  return {
    ...ctx.env,
    ...mpkitEnv(creds),
    PATH: pathValue,
    // Plain lines: lib/logger.js drops chalk with NO_COLOR, and chalk colours a GitHub runner otherwise.
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    NO_UPDATE_NOTIFIER: "1",
    // A DEBUG in the job's environment makes lib/ServerError.js dump every failed request, its
    // Authorization header included, and its "Unauthorized error:" line would turn a locked site
    // into a refused token for our checks, which read this output.
    DEBUG: ""
  };
}
var COMMANDS = {
  pull: (env) => ({ name: "pull", args: ["pull", env], failed: [/pull failed/i] }),
  /**
   * `-a` skips only the code zip: the data export still runs alongside (siteglide-cli-export.js),
   * and when that job outlives the poll limit it prints "Data Export failed" and exits 0 with
   * every asset saved. Its lines say nothing about the assets, so they are not failures here.
   */
  assets: (env) => ({ name: "export -a -w", args: ["export", env, "-a", "-w"], failed: [/asset download failed/i] }),
  /** Also re-pulls the code and the text assets alongside; only the data phase matters for data. */
  data: (env) => ({ name: "export", args: ["export", env, "-p", DATA_FILE], failed: [/data export (failed|error)/i] }),
  deploy: (env, withAssets) => ({
    name: withAssets ? "deploy -w" : "deploy",
    args: ["deploy", env, ...withAssets ? ["-w"] : []],
    failed: []
  })
};
var DATA_FILE = "data.json";
var SITE_ROOTS = ["marketplace_builder", "app"];
var DEPLOY_FAILURES = [
  {
    line: /codebase is more than 50mb/i,
    explain: () => "the code is over Siteglide's 50 MB limit for marketplace_builder/ and modules/ (assets are not counted); move large files out of the code, for example into assets"
  },
  {
    line: /contains invalid syntax/i,
    explain: (r) => `Siteglide found a syntax error in the code${detail(r, /\[Error Details\]/)}; fix it in the backup's code or in the site, then restore again`
  },
  { line: /total assets size must be smaller than 5GB/i, explain: () => "the assets are over the 5 GB limit of one assets upload" },
  { line: /deploying assets failed/i, explain: () => "the assets upload failed (presign, upload or manifest); the code was not deployed" },
  {
    line: /correct permissions and your site is not locked/i,
    explain: (r) => `the deploy was refused${detail(r, /^\[\d{3}\]/)}: check that the token may deploy to this site and that the site is not locked or still being created`
  }
];
function detail(r, re) {
  const l = findLine(r, [re]);
  return l ? ` (${redact(l.trim())})` : "";
}
var GIVE_UP_HINT = "siteglide-cli polls for about 2 minutes and then gives up even though the platform is still working; large sites can need several attempts (raise `retries`), or ask Siteglide support about the site's export time";
async function siteRoot(dir) {
  for (const r of SITE_ROOTS) {
    try {
      if ((await lstat(path.join(dir, r))).isDirectory()) return r;
    } catch {
    }
  }
  return void 0;
}
var SiteglideCli = class {
  constructor(ctx, cli) {
    this.ctx = ctx;
    this.cli = cli;
  }
  ctx;
  cli;
  async run(cmd, o) {
    const r = await this.cli.run(cmd.args, { ...o, input: "Y\n" });
    const what = `siteglide-cli ${cmd.name}`;
    if (findLine(r, [/\[Cancelled\]/]))
      throw new Error(`${what} was cancelled at its (Y/n) prompt; it proceeds only on exactly "Y": ${lastOutput(r)}`);
    throwIfRefused(what, r, "Renew the token (`siteglide-cli add <env>` writes a new one into .siteglide-config)");
    return r;
  }
  /** For exports: a non-zero exit or a failure line is worth another attempt. */
  async export(cmd, o) {
    const r = await this.run(cmd, o);
    throwIfFailed(`siteglide-cli ${cmd.name}`, r, cmd.failed);
    return r;
  }
  /** Runs `body` in a fresh folder, again on transient failures and on output that does not check out. */
  retrying(component, what, signal, body) {
    return exportAttempts(
      this.ctx,
      { what, signal, hint: GIVE_UP_HINT },
      async (n) => body(await freshDir(this.ctx, `siteglide-${component}-${n}`))
    );
  }
};
var Exporter = class {
  constructor(ctx, sg) {
    this.ctx = ctx;
    this.sg = sg;
  }
  ctx;
  sg;
  async code(outDir, signal) {
    await this.sg.retrying("code", "siteglide-cli pull", signal, async (stage) => {
      const r = await this.sg.export(COMMANDS.pull(this.ctx.environment), { cwd: stage, signal, label: "code" });
      if (!findLine(r, [/Pulled files/])) {
        throw new TransientError(
          `siteglide-cli pull exited 0 without "Pulled files": a text asset download (CSS, JS, JSON ...) failed, and then it writes none of them (${lastOutput(r)})`
        );
      }
      const root = await siteRoot(stage);
      if (!root) throw new VerificationError("siteglide-cli pull wrote no marketplace_builder/ folder");
      if ((await readdir(stage)).includes("marketplace_builder.zip")) {
        throw new VerificationError("siteglide-cli pull left marketplace_builder.zip behind: the download or unzip did not finish");
      }
      await requireTree(path.join(stage, root), `the code (${root}/)`);
      await moveChildren(stage, outDir, [root, "modules"]);
    });
  }
  async assets(outDir, signal) {
    await this.sg.retrying("assets", "siteglide-cli export -a -w", signal, async (stage) => {
      const r = await this.sg.export(COMMANDS.assets(this.ctx.environment), { cwd: stage, signal, label: "assets" });
      const root = await siteRoot(stage);
      if (!root) throw new VerificationError("siteglide-cli export -a -w wrote no assets (no marketplace_builder/ folder)");
      await requireTree(path.join(stage, root), "the assets");
      const skipped = skippedAssets(r);
      const tally = /Downloaded (\d+) assets out of (\d+)/.exec(
        [...r.lines].reverse().find((l) => /Downloaded \d+ assets out of \d+/.test(l)) ?? ""
      );
      if (tally && Number(tally[1]) + skipped.length < Number(tally[2])) {
        throw new VerificationError(
          `siteglide-cli downloaded ${tally[1]} of ${tally[2]} assets, and skipped ${skipped.length} it cannot download: the rest failed without a message`
        );
      }
      if (skipped.length > 0) {
        this.ctx.log.warn(
          `[assets] siteglide-cli skipped ${skipped.length} asset(s) with an extension it does not download ("Cannot download asset"); they are not in this backup: ${skipped.slice(0, 5).join(", ")}${skipped.length > 5 ? `, and ${skipped.length - 5} more` : ""}`
        );
      }
      const decoded = await decodeJsonAssets(path.join(stage, root));
      if (decoded > 0)
        this.ctx.log.info(
          `[assets] ${decoded} .json/.map asset(s) restored to their original text (siteglide-cli export saves them JSON-encoded a second time)`
        );
      await moveChildren(stage, outDir, [root]);
    });
  }
  async data(outDir, signal) {
    let result = {};
    await this.sg.retrying("data", "siteglide-cli export", signal, async (stage) => {
      await this.sg.export(COMMANDS.data(this.ctx.environment), { cwd: stage, signal, label: "data" });
      const s = await requireRecordExport(path.join(stage, DATA_FILE), stage, ".tmp", DATA_FILE);
      this.ctx.log.info(`[data] ${DATA_FILE} holds ${s.records} records and references ${s.files} record files, all present`);
      await moveChildren(stage, outDir, [DATA_FILE, ".tmp"]);
      const t = await treeStats(outDir);
      result = { counts: { files: t.files, bytes: t.bytes, records: s.records } };
    });
    return result;
  }
};
function skippedAssets(r) {
  return r.lines.map((l) => /Cannot download asset (\S+)/.exec(l)?.[1]).filter((u) => Boolean(u));
}
async function decodeJsonAssets(dir) {
  let n = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !/\.(json|map)/.test(e.name)) continue;
    const file = path.join(e.parentPath, e.name);
    const text = await readFile(file, "utf8");
    if (!text.startsWith('"')) continue;
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    if (typeof value !== "string") continue;
    await writeFile(file, value);
    n++;
  }
  return n;
}
var NO_DATA_IMPORT = "siteglide data cannot be restored automatically: siteglide-cli has no import (its `import` command is disabled), and Siteglide Admin's CSV import does not take this format. The backup still holds every user, model and record as data.json, with the files they reference under .tmp/; import them with `pos-cli data import <env> -p data.json` against the same instance where its format is accepted, or by hand.";
var Restorer = class {
  constructor(ctx, sg) {
    this.ctx = ctx;
    this.sg = sg;
  }
  ctx;
  sg;
  /** The code folder restored in this session: assets go up only together with it. */
  restoredCode;
  async code(inDir, target, signal) {
    if (!await siteRoot(inDir)) throw new Error("the code archive has no marketplace_builder/ folder to deploy");
    await this.deploy(inDir, target, false, "code", signal);
    this.restoredCode = inDir;
  }
  /**
   * siteglide-cli uploads assets only as part of a full deploy (`deploy -w`). A full deploy of an
   * assets-only folder would replace the site's code with nothing, so the assets go up together
   * with the code restored just before.
   */
  async assets(inDir, target, signal) {
    const root = await siteRoot(inDir);
    if (!root) throw new Error("the assets archive has no marketplace_builder/ folder to deploy");
    if (!this.restoredCode) {
      throw new Error(
        "siteglide assets are uploaded only by a full `siteglide-cli deploy -w`, which also replaces the code; restore `code` and `assets` together (code first) so the assets go up with the backed-up code"
      );
    }
    const merged = await freshDir(this.ctx, "siteglide-deploy-with-assets");
    await cp(this.restoredCode, merged, { recursive: true, verbatimSymlinks: true });
    await cp(inDir, merged, { recursive: true, verbatimSymlinks: true, force: true });
    const s = await treeStats(path.join(merged, root, "assets"));
    this.ctx.log.info(`[assets] deploying the code with ${s.files} asset files (${s.bytes} bytes)`);
    await this.deploy(merged, target, true, "assets", signal);
  }
  async deploy(dir, target, withAssets, label, signal) {
    const cmd = COMMANDS.deploy(target, withAssets);
    const r = await this.sg.run(cmd, { cwd: dir, signal, label });
    if (r.code === 0) return;
    const what = `siteglide-cli ${cmd.name} ${exitText(r)}`;
    const known = DEPLOY_FAILURES.find((f) => findLine(r, [f.line]));
    throw new Error(`${what}: ${known ? known.explain(r) : "the deploy failed"} (${lastOutput(r)})`);
  }
};
var siteglidePlatform = definePlatform({
  name: "siteglide",
  summary: "Siteglide (on platformOS) through the released siteglide-cli: code with `pull`, assets and data with `export`; restores deploy code and assets.",
  reads: HOSTED_INPUTS,
  secrets: mpkitSecrets("siteglide"),
  readSecrets: (ctx) => mpkitSecretValues(mpkitCredentials(ctx, "siteglide")),
  check: (ctx) => void retriesFrom(ctx),
  // a bad `retries` fails here, before anything is installed
  cli: SITEGLIDE_CLI,
  async open(ctx, { secrets, cli: installed }) {
    const creds = { url: secrets.MPKIT_URL, token: secrets.MPKIT_TOKEN, email: secrets.MPKIT_EMAIL };
    const cli = new Cli(ctx, installed.bin, "siteglide-cli", cliEnv(ctx, creds, cliPath(installed, ctx.env.PATH)), [
      creds.token,
      creds.email
    ]);
    const sg = new SiteglideCli(ctx, cli);
    return { exporter: new Exporter(ctx, sg), restorer: new Restorer(ctx, sg) };
  },
  components: {
    code: {
      export: (s, dir, signal) => s.exporter.code(dir, signal),
      restore: (s, dir, o) => s.restorer.code(dir, o.targetEnvironment, o.signal)
    },
    assets: {
      export: (s, dir, signal) => s.exporter.assets(dir, signal),
      restore: (s, dir, o) => s.restorer.assets(dir, o.targetEnvironment, o.signal)
    },
    data: { export: (s, dir, signal) => s.exporter.data(dir, signal), noRestore: NO_DATA_IMPORT }
  }
});
export {
  COMMANDS,
  SITEGLIDE_CLI,
  siteglidePlatform
};
