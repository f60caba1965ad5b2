import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { extractZip, ZipError } from '../archive/zip.js';
import { ConfigError } from '../config/errors.js';
import { parseBool } from '../config/common.js';
import { inputOrDefault } from '../config/source.js';
import type { Component } from '../model/manifest.js';
import { freshDir, isProtectedEnvironment, listInput, move, moveChildren, protectedEnvironments, retriesFrom, retryDelayMs } from './hosted.js';
import { ensureCli, pathWith, type ToolSpec } from './install.js';
import { AUTH_FAILURE, mpkitCredentials, mpkitEnv } from './mpkit.js';
import type { PlatformContext, PlatformDefinition, PlatformSession } from './platform.js';
import { TransientError, withRetries } from './retry.js';
import { Cli, exitText, findLine, lastOutput, type CliResult } from './run-cli.js';
import { requireFile, requireRecordExport, requireTree, requireZip, VerificationError } from './verify.js';

// platformOS through pos-cli 6.x:
//   code = `pull <env> -p app.zip` (only app/) plus `modules pull <env> <module>` for each module
//   data = `data export <env> -p data.zip --zip` (CSV, the form `data import --zip` takes back),
//          or the JSON form, which also downloads the files attached to records into tmp/
// pos-cli polls every 5 s with no limit, treats unknown statuses as "keep polling", and on a
// `failed` status prints a spinner failure and exits 0. Our component timeout is what ends a
// stuck export, and the zip/JSON is read through before it counts.

export const POS_CLI: ToolSpec = {
  tool: 'pos-cli',
  bin: 'pos-cli',
  defaultVersion: '6.4.0',
  method: { kind: 'npm', package: '@platformos/pos-cli' },
};

const DATA_FORMATS = ['zip', 'json', 'both'] as const;
type DataFormat = (typeof DATA_FORMATS)[number];

const NO_ASSETS =
  'platformOS has no CLI export of uploaded files ("the user cannot manually request exporting all of the files uploaded to the instance": ask platformOS support, or copy the instance with `pos-cli clone init`, which copies uploads too). ' +
  'Files attached to records are covered by `data` with `platformos-data-format: json` or `both`, which downloads them next to data.json';

const MODULE_RE = /^[A-Za-z0-9][A-Za-z0-9_.@-]*$/;

async function isDir(p: string): Promise<boolean> {
  try {
    return (await lstat(p)).isDirectory();
  } catch {
    return false;
  }
}

export const platformosPlatform: PlatformDefinition = {
  name: 'platformos',
  async open(ctx: PlatformContext): Promise<PlatformSession> {
    const creds = mpkitCredentials(ctx, 'platformos');
    const retries = retriesFrom(ctx);
    const format = inputOrDefault(ctx.inputs, 'platformos-data-format') as DataFormat;
    if (!DATA_FORMATS.includes(format)) {
      throw new ConfigError('platformos-data-format', `unknown format "${format}"`, 'Use `zip` (importable CSV), `json` (records and their files) or `both`.');
    }
    const modulesInput = listInput(ctx, 'platformos-modules');
    for (const m of modulesInput ?? []) {
      if (m !== 'none' && !MODULE_RE.test(m)) throw new ConfigError('platformos-modules', `"${m}" is not a module name`, 'List module names separated by commas, or `none`.');
    }
    const clean = parseBool(ctx.inputs, 'platformos-data-clean');
    const installed = await ensureCli(ctx, POS_CLI);
    const env = { ...ctx.env, ...mpkitEnv(creds), PATH: pathWith(installed.binDir, ctx.env.PATH) };
    const cli = new Cli(ctx, installed.bin, 'pos-cli', env, [creds.token, creds.email]);

    const judge = (r: CliResult, sub: string, failed: RegExp[]): void => {
      const auth = findLine(r, AUTH_FAILURE);
      if (auth) throw new Error(`pos-cli ${sub} was refused (${auth.trim()}): check MPKIT_URL, MPKIT_TOKEN and MPKIT_EMAIL`);
      if (r.code !== 0) throw new TransientError(`pos-cli ${sub} ${exitText(r)}: ${lastOutput(r)}`);
      const fail = findLine(r, failed);
      if (fail) throw new TransientError(`pos-cli ${sub} reported "${fail.trim()}" (and exited 0)`);
    };

    const retrying = async (what: string, signal: AbortSignal, body: (n: number) => Promise<void>) => {
      await withRetries(
        async (n) => {
          try {
            await body(n);
          } catch (e) {
            if (e instanceof VerificationError || e instanceof ZipError) throw new TransientError(e.message);
            throw e;
          }
        },
        { what, retries, delayMs: retryDelayMs(ctx), signal, log: ctx.log },
      );
    };

    const installedModules = async (signal: AbortSignal): Promise<string[]> => {
      if (modulesInput) return modulesInput.filter((m) => m !== 'none');
      const stage = await freshDir(ctx, 'pos-modules-list');
      const r = await cli.run(['modules', 'list', ctx.environment], { cwd: stage, signal, label: 'code' });
      judge(r, 'modules list', []);
      if (findLine(r, [/no installed modules/i])) return [];
      const names = r.lines.map((l) => /^\s*-\s+(\S+)\s*$/.exec(l)?.[1]).filter((m): m is string => Boolean(m));
      if (!findLine(r, [/installed modules/i])) {
        throw new Error(`pos-cli modules list printed neither a module list nor "There are no installed modules": ${lastOutput(r)}`);
      }
      return names;
    };

    const pullModule = async (name: string, outDir: string, signal: AbortSignal) => {
      await retrying(`pos-cli modules pull ${name}`, signal, async (n) => {
        const stage = await freshDir(ctx, `pos-module-${name}-${n}`);
        // v6 takes no path: the zip always lands as ./modules.zip.
        const r = await cli.run(['modules', 'pull', ctx.environment, name], { cwd: stage, signal, label: 'code' });
        judge(r, `modules pull ${name}`, [/pulling .* failed/i, /export failed/i, /\[404\]/]);
        const zip = path.join(stage, 'modules.zip');
        await requireZip(zip, `module ${name} (modules.zip)`, signal);
        const x = path.join(stage, 'x');
        await extractZip(zip, x, signal);
        // The zip holds modules/<name>/…, or app/modules/<name>/… (platformos-documentation#997);
        // either way it belongs at modules/<name>/, where `pos-cli deploy` looks for it.
        const candidates = [path.join(x, 'modules', name), path.join(x, 'app', 'modules', name)];
        let src: string | undefined;
        for (const c of candidates) if (await isDir(c)) src = c;
        if (!src && ((await isDir(path.join(x, 'public'))) || (await isDir(path.join(x, 'private'))))) src = x;
        if (!src) throw new VerificationError(`module ${name}: modules.zip has no modules/${name}/ folder (it holds: ${(await readdir(x)).slice(0, 5).join(', ')})`);
        await requireTree(src, `module ${name}`);
        // The module's own pull is authoritative over any copy that came inside app.zip.
        await rm(path.join(outDir, 'modules', name), { recursive: true, force: true });
        await move(src, path.join(outDir, 'modules', name));
      });
    };

    const exportData = async (kind: 'zip' | 'json', outDir: string, signal: AbortSignal) => {
      await retrying(`pos-cli data export (${kind})`, signal, async (n) => {
        const stage = await freshDir(ctx, `pos-data-${kind}-${n}`);
        const file = kind === 'zip' ? 'data.zip' : 'data.json';
        const r = await cli.run(['data', 'export', ctx.environment, '-p', file, ...(kind === 'zip' ? ['--zip'] : [])], { cwd: stage, signal, label: 'data' });
        judge(r, 'data export', [/export failed/i, /\[404\]/]);
        if (kind === 'zip') {
          const z = await requireZip(path.join(stage, file), 'the data export (data.zip)', signal);
          ctx.log.info(`[data] data.zip: ${z.files} files, ${z.bytes} bytes, every CRC checked`);
          await moveChildren(stage, outDir, [file]);
        } else {
          // JSON mode does not wait for its file downloads before saying "Done".
          const s = await requireRecordExport(path.join(stage, file), stage, 'tmp', 'the data export (data.json)');
          ctx.log.info(`[data] data.json holds ${s.records} records and references ${s.files} record files, all present`);
          await moveChildren(stage, outDir, [file, 'tmp']);
        }
      });
    };

    const exporters: Partial<Record<Component, (outDir: string, signal: AbortSignal) => Promise<void>>> = {
      async code(outDir, signal) {
        await retrying('pos-cli pull', signal, async (n) => {
          const stage = await freshDir(ctx, `pos-code-${n}`);
          const r = await cli.run(['pull', ctx.environment, '-p', 'app.zip'], { cwd: stage, signal, label: 'code' });
          judge(r, 'pull', [/export failed/i, /\[404\]/]);
          const zip = path.join(stage, 'app.zip');
          await requireZip(zip, 'the code (app.zip)', signal);
          // Unpacked, so the archive holds the tree `pos-cli deploy` takes back as it is.
          await extractZip(zip, path.join(stage, 'x'), signal);
          await requireTree(path.join(stage, 'x'), 'the code in app.zip');
          await moveChildren(path.join(stage, 'x'), outDir);
        });
        const modules = await installedModules(signal);
        ctx.log.info(`[code] modules: ${modules.length ? modules.join(', ') : 'none installed'}`);
        for (const m of modules) await pullModule(m, outDir, signal);
      },
      async data(outDir, signal) {
        if (format === 'zip' || format === 'both') await exportData('zip', outDir, signal);
        if (format === 'json' || format === 'both') await exportData('json', outDir, signal);
      },
    };

    return {
      components: ['code', 'data'],
      explainUnsupported: (c) => (c === 'assets' ? NO_ASSETS : `platformos covers code and data; "${c}" is not one of them`),
      async export(component, outDir, signal) {
        const fn = exporters[component];
        if (!fn) throw new Error(NO_ASSETS);
        await fn(outDir, signal);
      },
      async restore(component, inDir, opts) {
        const target = opts.targetEnvironment;
        const signal = opts.signal;
        if (component === 'assets') throw new Error(NO_ASSETS);
        if (component === 'code') {
          if (!(await isDir(path.join(inDir, 'app'))) && !(await isDir(path.join(inDir, 'modules')))) {
            throw new Error('the code archive has neither app/ nor modules/ to deploy');
          }
          const r = await cli.run(['deploy', target], { cwd: inDir, signal, label: 'code' });
          const auth = findLine(r, AUTH_FAILURE);
          if (auth) throw new Error(`pos-cli deploy was refused (${auth.trim()}): check MPKIT_URL, MPKIT_TOKEN and MPKIT_EMAIL`);
          if (r.code !== 0 || findLine(r, [/deploy failed/i])) throw new Error(`pos-cli deploy ${exitText(r)}: ${lastOutput(r)}`);
          return;
        }
        // data
        const zip = path.join(inDir, 'data.zip');
        const json = path.join(inDir, 'data.json');
        const hasZip = await requireFile(zip, 'data.zip').then(() => true, () => false);
        const hasJson = await requireFile(json, 'data.json').then(() => true, () => false);
        if (!hasZip && !hasJson) throw new Error('the data archive holds neither data.zip nor data.json');
        if (clean) {
          // data clean wipes every record: never where a mistake costs the live site.
          if (isProtectedEnvironment(ctx, target)) {
            throw new Error(
              `refusing \`platformos-data-clean\` on "${target}": it is a protected environment (${protectedEnvironments(ctx).join(', ')}); the import merges into the existing records instead when the input is off`,
            );
          }
          const r = await cli.run(['data', 'clean', target, '--auto-confirm'], { cwd: inDir, signal, label: 'data' });
          if (findLine(r, [/\b422\b/])) throw new Error(`pos-cli data clean was refused by the instance (422): platformOS allows it only where it is enabled (staging); ${lastOutput(r)}`);
          if (r.code !== 0 || findLine(r, [/clean(ing)? failed/i])) throw new Error(`pos-cli data clean ${exitText(r)}: ${lastOutput(r)}`);
        }
        // The zip (CSV) is what import takes back losslessly; JSON re-uploads files from tmp/.
        const args = hasZip ? ['data', 'import', target, '-p', 'data.zip', '--zip'] : ['data', 'import', target, '-p', 'data.json'];
        const r = await cli.run(args, { cwd: inDir, signal, label: 'data' });
        const auth = findLine(r, AUTH_FAILURE);
        if (auth) throw new Error(`pos-cli data import was refused (${auth.trim()}): check MPKIT_URL, MPKIT_TOKEN and MPKIT_EMAIL`);
        if (r.code !== 0 || findLine(r, [/import failed/i])) throw new Error(`pos-cli data import ${exitText(r)}: ${lastOutput(r)}`);
      },
      async close() {},
    };
  },
};
