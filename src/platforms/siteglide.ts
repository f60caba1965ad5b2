import { cp, lstat, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Component } from '../model/manifest.js';
import { definePlatform } from './define.js';
import { redact } from '../report/redact.js';
import { exportAttempts } from './attempts.js';
import { freshDir, HOSTED_INPUTS, moveChildren, retriesFrom } from './hosted.js';
import { cliPath, type ToolSpec } from './install.js';
import {
  mpkitCredentials,
  mpkitEnv,
  mpkitSecrets,
  mpkitSecretValues,
  throwIfFailed,
  throwIfRefused,
  type MpkitCommand as Command,
} from './mpkit.js';
import type { ExportResult, PlatformContext } from './platform.js';
import { TransientError } from './retry.js';
import { Cli, exitText, findLine, lastOutput, type CliResult } from './run-cli.js';
import { requireRecordExport, requireTree, treeStats, VerificationError } from './verify.js';

// Siteglide (on platformOS) through the released siteglide-cli 1.10.3, as its source and a run
// against our API double show it (../shared/reference/platform-clis.md, section 0):
//   code   = `pull <env>`               -> marketplace_builder/, modules/ (and the text assets)
//   assets = `export <env> -a -w`       -> marketplace_builder/assets/ (every asset)
//   data   = `export <env> -p data.json`-> data.json, and the record files it references in .tmp/
//   restore: `deploy <env>` for code, `deploy <env> -w` for code with assets; data has no import.
// Every command asks "(Y/n)" and proceeds only on exactly `Y`, which we answer on stdin. Jobs are
// polled 80 times, 1.5 s apart, then the CLI gives up while the platform keeps working; `export`
// reports failures with a spinner and exits 0; downloads never check the HTTP status (error
// bodies are saved under the file's name: the common content check of every export catches
// them). So we retry, read the output, and trust files.

// ---- The CLI: install, auth, version ------------------------------------------------------------

export const SITEGLIDE_CLI: ToolSpec = {
  tool: 'siteglide-cli',
  bin: 'siteglide-cli',
  defaultVersion: '1.10.3',
  // Its dependencies' install scripts fetch image tools from GitHub for `migrate` only.
  method: { kind: 'npm', package: '@siteglide/siteglide-cli', ignoreScripts: true },
  versionArgs: ['--version'],
};

/** The child environment: MPKIT_* override every config file (lib/settings.js), so none is written. */
function cliEnv(ctx: PlatformContext, creds: ReturnType<typeof mpkitCredentials>, pathValue: string): NodeJS.ProcessEnv {
  return {
    ...ctx.env,
    ...mpkitEnv(creds),
    PATH: pathValue,
    // Plain lines: lib/logger.js drops chalk with NO_COLOR, and chalk colours a GitHub runner otherwise.
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    NO_UPDATE_NOTIFIER: '1',
    // A DEBUG in the job's environment makes lib/ServerError.js dump every failed request, its
    // Authorization header included, and its "Unauthorized error:" line would turn a locked site
    // into a refused token for our checks, which read this output.
    DEBUG: '',
  };
}

// ---- Commands, as data ------------------------------------------------------------------------

export const COMMANDS = {
  pull: (env: string): Command => ({ name: 'pull', args: ['pull', env], failed: [/pull failed/i] }),
  /**
   * `-a` skips only the code zip: the data export still runs alongside (siteglide-cli-export.js),
   * and when that job outlives the poll limit it prints "Data Export failed" and exits 0 with
   * every asset saved. Its lines say nothing about the assets, so they are not failures here.
   */
  assets: (env: string): Command => ({ name: 'export -a -w', args: ['export', env, '-a', '-w'], failed: [/asset download failed/i] }),
  /** Also re-pulls the code and the text assets alongside; only the data phase matters for data. */
  data: (env: string): Command => ({ name: 'export', args: ['export', env, '-p', DATA_FILE], failed: [/data export (failed|error)/i] }),
  deploy: (env: string, withAssets: boolean): Command => ({
    name: withAssets ? 'deploy -w' : 'deploy',
    args: ['deploy', env, ...(withAssets ? ['-w'] : [])],
    failed: [],
  }),
};

const DATA_FILE = 'data.json';
/** 1.10 writes marketplace_builder/; later releases may call the same folder app/. */
const SITE_ROOTS = ['marketplace_builder', 'app'];

/**
 * `deploy` ends every failure with exit 1: its wrapper prints its own message and exits before the
 * push's codes 2 (over 50 MB) and 3 (syntax error) can surface (siteglide-cli-deploy.js). So the
 * printed lines say what happened, first match wins.
 */
const DEPLOY_FAILURES: { line: RegExp; explain: (r: CliResult) => string }[] = [
  {
    line: /codebase is more than 50mb/i,
    explain: () =>
      "the code is over Siteglide's 50 MB limit for marketplace_builder/ and modules/ (assets are not counted); move large files out of the code, for example into assets",
  },
  {
    line: /contains invalid syntax/i,
    explain: (r) =>
      `Siteglide found a syntax error in the code${detail(r, /\[Error Details\]/)}; fix it in the backup's code or in the site, then restore again`,
  },
  { line: /total assets size must be smaller than 5GB/i, explain: () => 'the assets are over the 5 GB limit of one assets upload' },
  { line: /deploying assets failed/i, explain: () => 'the assets upload failed (presign, upload or manifest); the code was not deployed' },
  {
    line: /correct permissions and your site is not locked/i,
    explain: (r) =>
      `the deploy was refused${detail(r, /^\[\d{3}\]/)}: check that the token may deploy to this site and that the site is not locked or still being created`,
  },
];

function detail(r: CliResult, re: RegExp): string {
  const l = findLine(r, [re]);
  return l ? ` (${redact(l.trim())})` : '';
}

const GIVE_UP_HINT =
  "siteglide-cli polls for about 2 minutes and then gives up even though the platform is still working; large sites can need several attempts (raise `retries`), or ask Siteglide support about the site's export time";

async function siteRoot(dir: string): Promise<string | undefined> {
  for (const r of SITE_ROOTS) {
    try {
      if ((await lstat(path.join(dir, r))).isDirectory()) return r;
    } catch {
      /* not this one */
    }
  }
  return undefined;
}

/** Runs one command and decides, from its exit code and lines, whether it worked. */
class SiteglideCli {
  constructor(
    private readonly ctx: PlatformContext,
    private readonly cli: Cli,
  ) {}

  async run(cmd: Command, o: { cwd: string; signal: AbortSignal; label: string }): Promise<CliResult> {
    const r = await this.cli.run(cmd.args, { ...o, input: 'Y\n' });
    const what = `siteglide-cli ${cmd.name}`;
    if (findLine(r, [/\[Cancelled\]/]))
      throw new Error(`${what} was cancelled at its (Y/n) prompt; it proceeds only on exactly "Y": ${lastOutput(r)}`);
    throwIfRefused(what, r, 'Renew the token (`siteglide-cli add <env>` writes a new one into .siteglide-config)');
    return r;
  }

  /** For exports: a non-zero exit or a failure line is worth another attempt. */
  async export(cmd: Command, o: { cwd: string; signal: AbortSignal; label: string }): Promise<CliResult> {
    const r = await this.run(cmd, o);
    throwIfFailed(`siteglide-cli ${cmd.name}`, r, cmd.failed);
    return r;
  }

  /** Runs `body` in a fresh folder, again on transient failures and on output that does not check out. */
  retrying(component: Component, what: string, signal: AbortSignal, body: (stage: string) => Promise<void>): Promise<void> {
    return exportAttempts(this.ctx, { what, signal, hint: GIVE_UP_HINT }, async (n) =>
      body(await freshDir(this.ctx, `siteglide-${component}-${n}`)),
    );
  }
}

// ---- Export -----------------------------------------------------------------------------------

class Exporter {
  constructor(
    private readonly ctx: PlatformContext,
    private readonly sg: SiteglideCli,
  ) {}

  async code(outDir: string, signal: AbortSignal): Promise<void> {
    await this.sg.retrying('code', 'siteglide-cli pull', signal, async (stage) => {
      const r = await this.sg.export(COMMANDS.pull(this.ctx.environment), { cwd: stage, signal, label: 'code' });
      // A text asset whose download fails never settles its promise (siteglide-cli-pull.js), so
      // no text asset is written and the process simply runs out of work: exit 0, no success line.
      if (!findLine(r, [/Pulled files/])) {
        throw new TransientError(
          `siteglide-cli pull exited 0 without "Pulled files": a text asset download (CSS, JS, JSON ...) failed, and then it writes none of them (${lastOutput(r)})`,
        );
      }
      const root = await siteRoot(stage);
      if (!root) throw new VerificationError('siteglide-cli pull wrote no marketplace_builder/ folder');
      if ((await readdir(stage)).includes('marketplace_builder.zip')) {
        throw new VerificationError('siteglide-cli pull left marketplace_builder.zip behind: the download or unzip did not finish');
      }
      await requireTree(path.join(stage, root), `the code (${root}/)`);
      await moveChildren(stage, outDir, [root, 'modules']);
    });
  }

  async assets(outDir: string, signal: AbortSignal): Promise<void> {
    await this.sg.retrying('assets', 'siteglide-cli export -a -w', signal, async (stage) => {
      const r = await this.sg.export(COMMANDS.assets(this.ctx.environment), { cwd: stage, signal, label: 'assets' });
      const root = await siteRoot(stage);
      if (!root) throw new VerificationError('siteglide-cli export -a -w wrote no assets (no marketplace_builder/ folder)');
      await requireTree(path.join(stage, root), 'the assets');
      const skipped = skippedAssets(r);
      // A download that failed outright is skipped without a word; only its count tells.
      const tally = /Downloaded (\d+) assets out of (\d+)/.exec(
        [...r.lines].reverse().find((l) => /Downloaded \d+ assets out of \d+/.test(l)) ?? '',
      );
      if (tally && Number(tally[1]) + skipped.length < Number(tally[2])) {
        throw new VerificationError(
          `siteglide-cli downloaded ${tally[1]} of ${tally[2]} assets, and skipped ${skipped.length} it cannot download: the rest failed without a message`,
        );
      }
      if (skipped.length > 0) {
        this.ctx.log.warn(
          `[assets] siteglide-cli skipped ${skipped.length} asset(s) with an extension it does not download ("Cannot download asset"); they are not in this backup: ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? `, and ${skipped.length - 5} more` : ''}`,
        );
      }
      const decoded = await decodeJsonAssets(path.join(stage, root));
      if (decoded > 0)
        this.ctx.log.info(
          `[assets] ${decoded} .json/.map asset(s) restored to their original text (siteglide-cli export saves them JSON-encoded a second time)`,
        );
      // The data export ran too (see COMMANDS.assets); only the assets belong here.
      await moveChildren(stage, outDir, [root]);
    });
  }

  async data(outDir: string, signal: AbortSignal): Promise<ExportResult> {
    let result: ExportResult = {};
    await this.sg.retrying('data', 'siteglide-cli export', signal, async (stage) => {
      await this.sg.export(COMMANDS.data(this.ctx.environment), { cwd: stage, signal, label: 'data' });
      // A record file that failed to download is `url: null` and a warning, with exit 0.
      const s = await requireRecordExport(path.join(stage, DATA_FILE), stage, '.tmp', DATA_FILE);
      this.ctx.log.info(`[data] ${DATA_FILE} holds ${s.records} records and references ${s.files} record files, all present`);
      // .tmp keeps its name: the JSON refers to `.tmp/attachments/<id>/<file>`.
      await moveChildren(stage, outDir, [DATA_FILE, '.tmp']);
      const t = await treeStats(outDir);
      result = { counts: { files: t.files, bytes: t.bytes, records: s.records } };
    });
    return result;
  }
}

/** The URLs of "Cannot download asset <url>" lines: extensions siteglide-cli has no branch for. */
function skippedAssets(r: CliResult): string[] {
  return r.lines.map((l) => /Cannot download asset (\S+)/.exec(l)?.[1]).filter((u): u is string => Boolean(u));
}

/**
 * `export` saves a text asset whose path contains `.json` or `.map` as JSON.stringify(text): the
 * file holds a JSON string literal of the original (siteglide-cli-export.js; `pull` does not).
 * Such a file parses to a string; that string is the original, and is what a deploy must upload.
 */
async function decodeJsonAssets(dir: string): Promise<number> {
  let n = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !/\.(json|map)/.test(e.name)) continue;
    const file = path.join(e.parentPath, e.name);
    const text = await readFile(file, 'utf8');
    if (!text.startsWith('"')) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    if (typeof value !== 'string') continue;
    await writeFile(file, value);
    n++;
  }
  return n;
}

// ---- Restore ----------------------------------------------------------------------------------

const NO_DATA_IMPORT =
  "siteglide data cannot be restored automatically: siteglide-cli has no import (its `import` command is disabled), and Siteglide Admin's CSV import does not take this format. " +
  'The backup still holds every user, model and record as data.json, with the files they reference under .tmp/; import them with `pos-cli data import <env> -p data.json` against the same instance where its format is accepted, or by hand.';

class Restorer {
  /** The code folder restored in this session: assets go up only together with it. */
  private restoredCode: string | undefined;

  constructor(
    private readonly ctx: PlatformContext,
    private readonly sg: SiteglideCli,
  ) {}

  async code(inDir: string, target: string, signal: AbortSignal): Promise<void> {
    if (!(await siteRoot(inDir))) throw new Error('the code archive has no marketplace_builder/ folder to deploy');
    await this.deploy(inDir, target, false, 'code', signal);
    this.restoredCode = inDir;
  }

  /**
   * siteglide-cli uploads assets only as part of a full deploy (`deploy -w`). A full deploy of an
   * assets-only folder would replace the site's code with nothing, so the assets go up together
   * with the code restored just before.
   */
  async assets(inDir: string, target: string, signal: AbortSignal): Promise<void> {
    const root = await siteRoot(inDir);
    if (!root) throw new Error('the assets archive has no marketplace_builder/ folder to deploy');
    if (!this.restoredCode) {
      throw new Error(
        'siteglide assets are uploaded only by a full `siteglide-cli deploy -w`, which also replaces the code; restore `code` and `assets` together (code first) so the assets go up with the backed-up code',
      );
    }
    const merged = await freshDir(this.ctx, 'siteglide-deploy-with-assets');
    await cp(this.restoredCode, merged, { recursive: true, verbatimSymlinks: true });
    await cp(inDir, merged, { recursive: true, verbatimSymlinks: true, force: true });
    const s = await treeStats(path.join(merged, root, 'assets'));
    this.ctx.log.info(`[assets] deploying the code with ${s.files} asset files (${s.bytes} bytes)`);
    await this.deploy(merged, target, true, 'assets', signal);
  }

  private async deploy(dir: string, target: string, withAssets: boolean, label: string, signal: AbortSignal): Promise<void> {
    const cmd = COMMANDS.deploy(target, withAssets);
    const r = await this.sg.run(cmd, { cwd: dir, signal, label });
    if (r.code === 0) return;
    const what = `siteglide-cli ${cmd.name} ${exitText(r)}`;
    const known = DEPLOY_FAILURES.find((f) => findLine(r, [f.line]));
    throw new Error(`${what}: ${known ? known.explain(r) : 'the deploy failed'} (${lastOutput(r)})`);
  }
}

// ---- The platform -----------------------------------------------------------------------------

interface Siteglide {
  exporter: Exporter;
  restorer: Restorer;
}

export const siteglidePlatform = definePlatform<Siteglide>({
  name: 'siteglide',
  summary:
    'Siteglide (on platformOS) through the released siteglide-cli: code with `pull`, assets and data with `export`; restores deploy code and assets.',
  reads: HOSTED_INPUTS,
  secrets: mpkitSecrets('siteglide'),
  readSecrets: (ctx) => mpkitSecretValues(mpkitCredentials(ctx, 'siteglide')),
  check: (ctx) => void retriesFrom(ctx), // a bad `retries` fails here, before anything is installed
  cli: SITEGLIDE_CLI,
  async open(ctx, { secrets, cli: installed }) {
    const creds = { url: secrets.MPKIT_URL!, token: secrets.MPKIT_TOKEN!, email: secrets.MPKIT_EMAIL! };
    const cli = new Cli(ctx, installed!.bin, 'siteglide-cli', cliEnv(ctx, creds, cliPath(installed!, ctx.env.PATH)), [
      creds.token,
      creds.email,
    ]);
    const sg = new SiteglideCli(ctx, cli);
    return { exporter: new Exporter(ctx, sg), restorer: new Restorer(ctx, sg) };
  },
  components: {
    code: {
      export: (s, dir, signal) => s.exporter.code(dir, signal),
      restore: (s, dir, o) => s.restorer.code(dir, o.targetEnvironment, o.signal),
    },
    assets: {
      export: (s, dir, signal) => s.exporter.assets(dir, signal),
      restore: (s, dir, o) => s.restorer.assets(dir, o.targetEnvironment, o.signal),
    },
    data: { export: (s, dir, signal) => s.exporter.data(dir, signal), noRestore: NO_DATA_IMPORT },
  },
});
