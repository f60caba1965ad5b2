import { cp, lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Component } from '../model/manifest.js';
import { freshDir, moveChildren, retriesFrom, retryDelayMs } from './hosted.js';
import { ensureCli, pathWith, type ToolSpec } from './install.js';
import { AUTH_FAILURE, mpkitCredentials, mpkitEnv } from './mpkit.js';
import type { PlatformContext, PlatformDefinition, PlatformSession } from './platform.js';
import { TransientError, withRetries } from './retry.js';
import { Cli, exitText, findLine, lastOutput, type CliResult } from './run-cli.js';
import { requireRecordExport, requireTree, treeStats, VerificationError } from './verify.js';

// Siteglide (on platformOS) through siteglide-cli 1.10.x:
//   code   = `pull <env>`          -> marketplace_builder/ and modules/
//   assets = `export <env> -a -w`  -> marketplace_builder/assets/... (images, PDFs, video, fonts)
//   data   = `export <env>`        -> data.json, with the record files under .tmp/ that it references
// Every command asks "(Y/n)" and proceeds only on exactly `Y`, which we answer on stdin. The CLI
// polls ~80 times, 1.5 s apart, then gives up ("Pull Failed") while the platform keeps working,
// and `export` reports its failures with a spinner but exits 0; so we retry, and trust files.

export const SITEGLIDE_CLI: ToolSpec = {
  tool: 'siteglide-cli',
  bin: 'siteglide-cli',
  defaultVersion: '1.10.3',
  // No install scripts: its imagemin dependencies download binaries from GitHub for `migrate` only.
  method: { kind: 'npm', package: '@siteglide/siteglide-cli', ignoreScripts: true },
};

/** 1.10 writes marketplace_builder/; later releases may call the same folder app/. */
const SITE_ROOTS = ['marketplace_builder', 'app'];
/** What the CLI leaves next to the site that is not part of it. */
const NOT_SITE = new Set(['.tmp', '.siteglide-config', 'node_modules', 'marketplace_builder.zip']);

const GIVE_UP_HINT =
  'siteglide-cli polls for about 2 minutes and then gives up even though the platform is still working; large sites can need several attempts (raise `retries`), or ask Siteglide support about the site\'s export time';

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

export const siteglidePlatform: PlatformDefinition = {
  name: 'siteglide',
  async open(ctx: PlatformContext): Promise<PlatformSession> {
    const creds = mpkitCredentials(ctx, 'siteglide');
    const retries = retriesFrom(ctx);
    const installed = await ensureCli(ctx, SITEGLIDE_CLI);
    const env = { ...ctx.env, ...mpkitEnv(creds), PATH: pathWith(installed.binDir, ctx.env.PATH) };
    const cli = new Cli(ctx, installed.bin, 'siteglide-cli', env, [creds.token, creds.email]);
    let restoredCode: string | undefined;

    /** Decides what an exit means: permanent errors throw Error, retryable ones TransientError. */
    const judge = (r: CliResult, sub: string, failed: RegExp[]): void => {
      if (findLine(r, [/\[Cancelled\]/])) {
        throw new Error(`siteglide-cli ${sub} was cancelled at its (Y/n) prompt; it proceeds only on exactly "Y": ${lastOutput(r)}`);
      }
      const auth = findLine(r, AUTH_FAILURE);
      if (auth) throw new Error(`siteglide-cli ${sub} was refused (${auth.trim()}): check MPKIT_URL, MPKIT_TOKEN and MPKIT_EMAIL`);
      if (r.code !== 0) throw new TransientError(`siteglide-cli ${sub} ${exitText(r)}: ${lastOutput(r)}`);
      const fail = findLine(r, failed);
      // export reports failures with a spinner and still exits 0.
      if (fail) throw new TransientError(`siteglide-cli ${sub} reported "${fail.trim()}" (and exited 0)`);
    };

    const attempts = async (component: Component, what: string, signal: AbortSignal, body: (stage: string) => Promise<void>) => {
      await withRetries(
        async (n) => {
          const stage = await freshDir(ctx, `siteglide-${component}-${n}`);
          try {
            await body(stage);
          } catch (e) {
            if (e instanceof VerificationError) throw new TransientError(e.message);
            throw e;
          }
        },
        { what, retries, delayMs: retryDelayMs(ctx), signal, log: ctx.log, hint: GIVE_UP_HINT },
      );
    };

    const exporters: Record<Component, (outDir: string, signal: AbortSignal) => Promise<void>> = {
      async code(outDir, signal) {
        await attempts('code', 'siteglide-cli pull', signal, async (stage) => {
          const r = await cli.run(['pull', ctx.environment], { cwd: stage, signal, input: 'Y\n', label: 'code' });
          judge(r, 'pull', [/pull failed/i, /code export failed/i]);
          const root = await siteRoot(stage);
          if (!root) throw new VerificationError('siteglide-cli pull wrote no marketplace_builder/ folder');
          if ((await readdir(stage)).includes('marketplace_builder.zip')) {
            throw new VerificationError('siteglide-cli pull left marketplace_builder.zip behind: the download or unzip did not finish');
          }
          await requireTree(path.join(stage, root), `the code (${root}/)`);
          await moveChildren(stage, outDir, (await readdir(stage)).filter((n) => !NOT_SITE.has(n)));
        });
      },
      async assets(outDir, signal) {
        await attempts('assets', 'siteglide-cli export -a -w', signal, async (stage) => {
          const r = await cli.run(['export', ctx.environment, '-a', '-w'], { cwd: stage, signal, input: 'Y\n', label: 'assets' });
          judge(r, 'export -a -w', [/asset download failed/i, /cannot download asset/i, /export failed/i]);
          const root = await siteRoot(stage);
          if (!root) throw new VerificationError('siteglide-cli export -a -w wrote no assets (no marketplace_builder/ folder)');
          const s = await requireTree(path.join(stage, root), 'the assets');
          // Failed downloads are skipped silently, and a stream that broke leaves a 0-byte file.
          if (s.empty.length > 0) {
            throw new VerificationError(`${s.empty.length} asset file(s) came down empty (a download failed): ${s.empty.slice(0, 5).join(', ')}`);
          }
          await moveChildren(stage, outDir, [root]);
        });
      },
      async data(outDir, signal) {
        await attempts('data', 'siteglide-cli export', signal, async (stage) => {
          const r = await cli.run(['export', ctx.environment, '-p', 'data.json'], { cwd: stage, signal, input: 'Y\n', label: 'data' });
          // export also re-pulls the code alongside; only the data phase matters for this component.
          judge(r, 'export', [/data export (failed|error)/i]);
          const s = await requireRecordExport(path.join(stage, 'data.json'), stage, '.tmp', 'data.json');
          ctx.log.info(`[data] data.json holds ${s.records} records and references ${s.files} record files, all present`);
          // .tmp keeps its name: the JSON refers to `.tmp/attachments/<id>/<file>`.
          await moveChildren(stage, outDir, ['data.json', '.tmp']);
        });
      },
    };

    const deploy = async (dir: string, args: string[], label: string, signal: AbortSignal) => {
      const r = await cli.run(['deploy', ...args], { cwd: dir, signal, input: 'Y\n', label });
      if (findLine(r, [/\[Cancelled\]/])) throw new Error(`siteglide-cli deploy was cancelled at its (Y/n) prompt: ${lastOutput(r)}`);
      switch (r.code) {
        case 0:
          return;
        case 1:
          throw new Error(`siteglide-cli deploy exited with 1: the deploy was refused; check that the token may deploy to this site and that the site is not locked (${lastOutput(r)})`);
        case 2:
          throw new Error(
            `siteglide-cli deploy exited with 2: the code is over Siteglide's 50 MB limit for marketplace_builder/ and modules/ (assets excluded); move large files out of the code, for example into assets (${lastOutput(r)})`,
          );
        case 3:
          throw new Error(`siteglide-cli deploy exited with 3: Siteglide found a syntax error in the code; the deploy output names the file (${lastOutput(r)})`);
        default:
          throw new Error(`siteglide-cli deploy ${exitText(r)}: ${lastOutput(r)}`);
      }
    };

    return {
      components: ['code', 'assets', 'data'],
      explainUnsupported: (c) => `siteglide covers code, assets and data; "${c}" is not one of them`,
      async export(component, outDir, signal) {
        await exporters[component](outDir, signal);
      },
      async restore(component, inDir, opts) {
        const target = opts.targetEnvironment;
        if (component === 'data') {
          throw new Error(
            'siteglide data cannot be restored automatically: siteglide-cli has no import (its `import` command is disabled), and Siteglide Admin\'s CSV import does not take this format. ' +
              'The backup still holds every user, model and record as data.json, with the files they reference under .tmp/; import them with `pos-cli data import <env> -p data.json` against the same instance where its format is accepted, or by hand.',
          );
        }
        const root = await siteRoot(inDir);
        if (!root) throw new Error(`the ${component} archive has no marketplace_builder/ folder to deploy`);
        if (component === 'code') {
          await deploy(inDir, [target], 'code', opts.signal);
          restoredCode = inDir;
          return;
        }
        // assets: siteglide-cli uploads assets only as part of a full deploy (`deploy -w`). A full
        // deploy of an assets-only folder would replace the site's code with nothing, so the assets
        // go up together with the code restored just before.
        if (!restoredCode) {
          throw new Error(
            'siteglide assets are uploaded only by a full `siteglide-cli deploy -w`, which also replaces the code; restore `code` and `assets` together (code first) so the assets go up with the backed-up code',
          );
        }
        const merged = await freshDir(ctx, 'siteglide-deploy-with-assets');
        await cp(restoredCode, merged, { recursive: true, verbatimSymlinks: true });
        await cp(inDir, merged, { recursive: true, verbatimSymlinks: true, force: true });
        const s = await treeStats(path.join(merged, root, 'assets'));
        ctx.log.info(`[assets] deploying the code with ${s.files} asset files (${s.bytes} bytes)`);
        await deploy(merged, [target, '-w'], 'assets', opts.signal);
      },
      async close() {},
    };
  },
};
