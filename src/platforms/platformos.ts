import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { extractZip } from '../archive/zip.js';
import { parseBool } from '../config/common.js';
import { ConfigError } from '../model/errors.js';
import { inputOrDefault } from '../config/source.js';
import { definePlatform } from './define.js';
import { redact } from '../report/redact.js';
import { exportAttempts } from './attempts.js';
import {
  freshDir,
  HOSTED_INPUTS,
  isProtectedEnvironment,
  listInput,
  move,
  moveChildren,
  protectedEnvironments,
  retriesFrom,
} from './hosted.js';
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
import { Cli, findLine, lastOutput, type CliResult } from './run-cli.js';
import { requireFile, requireRecordExport, requireTree, requireZip, treeStats, VerificationError } from './verify.js';

// platformOS through the released pos-cli 6.4.0 (read from its source; ../shared/reference/
// platform-clis.md section 0 lists what the release really does):
//   code = `pull <env> -p app.zip` (app/ only) plus `modules pull <env> <module>` per module
//   data = `data export <env> -p data.zip --zip` (CSV, what `data import --zip` takes back), and/or
//          the JSON form, which also downloads the files attached to records into tmp/
// pos-cli polls every 5 s with no limit and on a `failed` job prints "Export failed" and exits 0,
// so the component timeout ends a stuck job and every file is read through before it counts.

// ---- The CLI: install, auth, version, and how it runs -----------------------------------------

export const POS_CLI: ToolSpec = {
  tool: 'pos-cli',
  bin: 'pos-cli',
  defaultVersion: '6.4.0',
  method: { kind: 'npm', package: '@platformos/pos-cli' },
  versionArgs: ['--version'],
};

/**
 * pos-cli reports to api.raygun.io without awaiting it (lib/logger/report.js, after `data export`,
 * `data import` and `deploy`). Where that host is unreachable or answers non-2xx, the rejection
 * is unhandled and Node ends the process with exit 1, possibly in the middle of writing data.zip.
 * The report has no switch, so a preload in every pos-cli process (NODE_OPTIONS reaches the
 * subcommand processes too) answers it locally: nothing leaves the runner, nothing can fail.
 */
const TELEMETRY_PRELOAD = `const f = globalThis.fetch;
globalThis.fetch = (input, init) => /^https?:\\/\\/api\\.raygun\\.io(\\/|:|$)/i.test(String(input?.url ?? input))
  ? Promise.resolve(new Response(null, { status: 202 }))
  : f(input, init);
`;
export const NO_TELEMETRY_OPTION = `--import=data:text/javascript;base64,${Buffer.from(TELEMETRY_PRELOAD).toString('base64')}`;

/** The child environment: MPKIT_* override every config file (lib/settings.js), so no .pos is written. */
function cliEnv(ctx: PlatformContext, creds: ReturnType<typeof mpkitCredentials>, pathValue: string): NodeJS.ProcessEnv {
  return {
    ...ctx.env,
    ...mpkitEnv(creds),
    PATH: pathValue,
    NODE_OPTIONS: [ctx.env.NODE_OPTIONS, NO_TELEMETRY_OPTION].filter(Boolean).join(' '),
    NO_UPDATE_NOTIFIER: '1',
    // With DEBUG set, pos-cli prints errors it otherwise swallows in the form its upload
    // warnings take, and the output is how a JSON import's dropped files are found.
    DEBUG: '',
  };
}

/** pos-cli 6.x declares Node >= 22 (its postinstall refuses anything older). */
const MIN_NODE = 22;

// ---- Commands, as data ------------------------------------------------------------------------

type DataKind = 'zip' | 'json';
const DATA_FILE: Record<DataKind, string> = { zip: 'data.zip', json: 'data.json' };
const zipFlag = (k: DataKind): string[] => (k === 'zip' ? ['--zip'] : []);

export const COMMANDS = {
  pull: (env: string): Command => ({ name: 'pull', args: ['pull', env, '-p', 'app.zip'], failed: [/export failed/i, /\[404\]/] }),
  modulesList: (env: string): Command => ({ name: 'modules list', args: ['modules', 'list', env], failed: [] }),
  /** Takes no path: the zip always lands as ./modules.zip, so each module gets its own folder. */
  modulesPull: (env: string, module: string): Command => ({
    name: `modules pull ${module}`,
    args: ['modules', 'pull', env, module],
    failed: [/pulling .* failed/i, /\[404\]/],
  }),
  dataExport: (env: string, k: DataKind): Command => ({
    name: 'data export',
    args: ['data', 'export', env, '-p', DATA_FILE[k], ...zipFlag(k)],
    failed: [/export failed/i, /\[404\]/],
  }),
  dataClean: (env: string): Command => ({
    name: 'data clean',
    args: ['data', 'clean', env, '--auto-confirm'],
    failed: [/clean(ing|up)? (has )?failed/i],
  }),
  dataImport: (env: string, k: DataKind): Command => ({
    name: 'data import',
    args: ['data', 'import', env, '-p', DATA_FILE[k], ...zipFlag(k)],
    failed: [/import failed/i],
  }),
  deploy: (env: string): Command => ({ name: 'deploy', args: ['deploy', env], failed: [/deploy failed/i] }),
};

/**
 * A JSON `data import` re-uploads each record file first; a failed upload is only a warning
 * (lib/data/uploadFiles.js: logger.Warn of the error, `[hh:mm:ss] "Upload failed with status 500"`),
 * the record is imported without its files and the exit code is 0.
 */
const UPLOAD_WARNING = [/^\[\d\d:\d\d:\d\d\] "/, /\b(Upload|presignUrl) failed with status \d+/, /ENOENT/];

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

interface Settings {
  format: DataFormat;
  /** undefined: every installed module. */
  modules: string[] | undefined;
  clean: boolean;
}

function settings(ctx: PlatformContext): Settings {
  const format = inputOrDefault(ctx.inputs, 'platformos-data-format') as DataFormat;
  if (!DATA_FORMATS.includes(format)) {
    throw new ConfigError(
      'platformos-data-format',
      `unknown format "${format}"`,
      'Use `zip` (importable CSV), `json` (records and their files) or `both`.',
    );
  }
  const modules = listInput(ctx, 'platformos-modules');
  for (const m of modules ?? []) {
    if (m !== 'none' && !MODULE_RE.test(m))
      throw new ConfigError('platformos-modules', `"${m}" is not a module name`, 'List module names separated by commas, or `none`.');
  }
  return { format, modules: modules?.filter((m) => m !== 'none'), clean: parseBool(ctx.inputs, 'platformos-data-clean') };
}

/** Runs one pos-cli command and decides, from its exit code and output, whether it worked. */
class PosCli {
  constructor(
    private readonly ctx: PlatformContext,
    private readonly cli: Cli,
  ) {}

  async run(cmd: Command, o: { cwd: string; signal: AbortSignal; label: string }): Promise<CliResult> {
    const r = await this.cli.run(cmd.args, o);
    const what = `pos-cli ${cmd.name}`;
    throwIfRefused(what, r, 'Renew the token (`pos-cli env refresh-token <env>` writes a new one into .pos)');
    throwIfFailed(what, r, cmd.failed);
    return r;
  }

  /** Runs `body` again on transient failures and on exports that do not read back whole. */
  retrying(what: string, signal: AbortSignal, body: (attempt: number) => Promise<void>): Promise<void> {
    return exportAttempts(this.ctx, { what, signal }, body);
  }
}

// ---- Export -----------------------------------------------------------------------------------

class Exporter {
  constructor(
    private readonly ctx: PlatformContext,
    private readonly pos: PosCli,
    private readonly s: Settings,
  ) {}

  private get env(): string {
    return this.ctx.environment;
  }

  async code(outDir: string, signal: AbortSignal): Promise<void> {
    await this.pos.retrying('pos-cli pull', signal, async (n) => {
      const stage = await freshDir(this.ctx, `pos-code-${n}`);
      await this.pos.run(COMMANDS.pull(this.env), { cwd: stage, signal, label: 'code' });
      const zip = path.join(stage, 'app.zip');
      await requireZip(zip, 'the code (app.zip)', signal);
      // Unpacked, so the archive holds the tree `pos-cli deploy` takes back as it is.
      await extractZip(zip, path.join(stage, 'x'), signal);
      await requireTree(path.join(stage, 'x'), 'the code in app.zip');
      await moveChildren(path.join(stage, 'x'), outDir);
    });
    const modules = this.s.modules ?? (await this.installedModules(signal));
    this.ctx.log.info(`[code] modules: ${modules.length ? modules.join(', ') : 'none installed'}`);
    for (const m of modules) await this.module(m, outDir, signal);
  }

  private async installedModules(signal: AbortSignal): Promise<string[]> {
    let names: string[] = [];
    await this.pos.retrying('pos-cli modules list', signal, async (n) => {
      const stage = await freshDir(this.ctx, `pos-modules-list-${n}`);
      const r = await this.pos.run(COMMANDS.modulesList(this.env), { cwd: stage, signal, label: 'code' });
      if (findLine(r, [/no installed modules/i])) {
        names = [];
        return;
      }
      if (!findLine(r, [/installed modules:/i])) {
        // bin/pos-cli-modules-list.js hands an API error to logger.Debug: nothing printed, exit 0.
        throw new TransientError(
          `pos-cli modules list exited ${r.code} without listing anything, which is how it reports a failed API call (${lastOutput(r)}); set \`platformos-modules\` to the modules to pull, or \`none\`, to skip the listing`,
        );
      }
      names = r.lines.map((l) => /^\s*-\s+(\S+)\s*$/.exec(l)?.[1]).filter((m): m is string => Boolean(m));
    });
    return names;
  }

  private async module(name: string, outDir: string, signal: AbortSignal): Promise<void> {
    await this.pos.retrying(`pos-cli modules pull ${name}`, signal, async (n) => {
      const stage = await freshDir(this.ctx, `pos-module-${name}-${n}`);
      await this.pos.run(COMMANDS.modulesPull(this.env, name), { cwd: stage, signal, label: 'code' });
      const zip = path.join(stage, 'modules.zip');
      await requireZip(zip, `module ${name} (modules.zip)`, signal);
      const x = path.join(stage, 'x');
      await extractZip(zip, x, signal);
      // The zip holds modules/<name>/…, or app/modules/<name>/… (platformos-documentation#997);
      // either way it belongs at modules/<name>/, where `pos-cli deploy` looks for it.
      let src: string | undefined;
      for (const c of [path.join(x, 'modules', name), path.join(x, 'app', 'modules', name)]) if (await isDir(c)) src = c;
      if (!src && ((await isDir(path.join(x, 'public'))) || (await isDir(path.join(x, 'private'))))) src = x;
      if (!src)
        throw new VerificationError(
          `module ${name}: modules.zip has no modules/${name}/ folder (it holds: ${(await readdir(x)).slice(0, 5).join(', ')})`,
        );
      await requireTree(src, `module ${name}`);
      // The module's own pull is authoritative over any copy that came inside app.zip.
      await rm(path.join(outDir, 'modules', name), { recursive: true, force: true });
      await move(src, path.join(outDir, 'modules', name));
    });
  }

  async data(outDir: string, signal: AbortSignal): Promise<ExportResult> {
    let records: number | undefined;
    if (this.s.format !== 'json') await this.dataExport('zip', outDir, signal);
    if (this.s.format !== 'zip') records = await this.dataExport('json', outDir, signal);
    if (records === undefined) return {};
    const t = await treeStats(outDir);
    return { counts: { files: t.files, bytes: t.bytes, records } };
  }

  /** Returns the number of records for the JSON form. */
  private async dataExport(kind: DataKind, outDir: string, signal: AbortSignal): Promise<number | undefined> {
    let records: number | undefined;
    await this.pos.retrying(`pos-cli data export (${kind})`, signal, async (n) => {
      const stage = await freshDir(this.ctx, `pos-data-${kind}-${n}`);
      const file = DATA_FILE[kind];
      await this.pos.run(COMMANDS.dataExport(this.env, kind), { cwd: stage, signal, label: 'data' });
      if (kind === 'zip') {
        // Read through, every CRC: a download cut short can still have said "Done".
        const z = await requireZip(path.join(stage, file), 'the data export (data.zip)', signal);
        this.ctx.log.info(`[data] data.zip: ${z.files} files, ${z.bytes} bytes, every CRC checked`);
        await moveChildren(stage, outDir, [file]);
      } else {
        // The JSON mode only warns when a record file fails to download.
        const s = await requireRecordExport(path.join(stage, file), stage, 'tmp', 'the data export (data.json)');
        this.ctx.log.info(`[data] data.json holds ${s.records} records and references ${s.files} record files, all present`);
        records = s.records;
        await moveChildren(stage, outDir, [file, 'tmp']);
      }
    });
    return records;
  }
}

// ---- Restore ----------------------------------------------------------------------------------

class Restorer {
  constructor(
    private readonly ctx: PlatformContext,
    private readonly pos: PosCli,
    private readonly s: Settings,
  ) {}

  async code(inDir: string, target: string, signal: AbortSignal): Promise<void> {
    if (!(await isDir(path.join(inDir, 'app'))) && !(await isDir(path.join(inDir, 'modules')))) {
      throw new Error('the code archive has neither app/ nor modules/ to deploy');
    }
    await this.pos.run(COMMANDS.deploy(target), { cwd: inDir, signal, label: 'code' });
  }

  async data(inDir: string, target: string, signal: AbortSignal): Promise<void> {
    const has = async (f: string) =>
      requireFile(path.join(inDir, f), f).then(
        () => true,
        () => false,
      );
    // The CSV zip is what import takes back whole; the JSON form re-uploads its files one by one.
    const kind: DataKind | undefined = (await has('data.zip')) ? 'zip' : (await has('data.json')) ? 'json' : undefined;
    if (!kind) throw new Error('the data archive holds neither data.zip nor data.json');
    // Every file the JSON references must be there before anything changes on the instance.
    const refs =
      kind === 'json' ? await requireRecordExport(path.join(inDir, 'data.json'), inDir, 'tmp', "the backup's data.json") : undefined;
    if (this.s.clean) await this.clean(inDir, target, signal);
    const r = await this.pos.run(COMMANDS.dataImport(target, kind), { cwd: inDir, signal, label: 'data' });
    const dropped = kind === 'json' ? r.lines.filter((l) => UPLOAD_WARNING.some((re) => re.test(l))) : [];
    if (dropped.length > 0) {
      throw new Error(
        `pos-cli data import into "${target}" exited 0, but ${dropped.length} of the ${refs!.files} record file upload(s) failed (${redact(dropped[0]!.trim())}): pos-cli imports such a record without its attachments and images and only warns. ` +
          'Restore the data again once uploads work (the import merges into existing records), or back up with `platformos-data-format: zip` or `both`, so the restore imports data.zip',
      );
    }
  }

  private async clean(inDir: string, target: string, signal: AbortSignal): Promise<void> {
    // data clean wipes every record: never where a mistake costs the live site.
    if (isProtectedEnvironment(this.ctx, target)) {
      throw new Error(
        `refusing \`platformos-data-clean\` on "${target}": it is a protected environment (${protectedEnvironments(this.ctx).join(', ')}); the import merges into the existing records instead when the input is off`,
      );
    }
    try {
      await this.pos.run(COMMANDS.dataClean(target), { cwd: inDir, signal, label: 'data' });
    } catch (e) {
      if (/\b422\b/.test((e as Error).message)) {
        throw new Error(
          `pos-cli data clean was refused by the instance (422): platformOS allows it only where it is enabled (staging); ${(e as Error).message}`,
          { cause: e },
        );
      }
      throw e;
    }
  }
}

// ---- The platform -----------------------------------------------------------------------------

interface PlatformOs {
  exporter: Exporter;
  restorer: Restorer;
}

export const platformosPlatform = definePlatform<PlatformOs>({
  name: 'platformos',
  summary:
    'platformOS through the released pos-cli: code with `pull` and `modules pull`, data with `data export`; restores deploy and `data import`.',
  inputs: {
    'platformos-modules': {
      description: 'platformOS: modules to pull with the code, separated by commas. Empty pulls every installed module; `none` pulls none.',
      actions: ['backup'],
    },
    'platformos-data-format': {
      description:
        'platformOS: `zip` (the CSV export that `data import --zip` takes back), `json` (records plus the files attached to them, downloaded next to data.json) or `both`.',
      default: 'zip',
      actions: ['backup'],
    },
    'platformos-data-clean': {
      description: 'platformOS restores: run `pos-cli data clean` before importing the data. Refused on protected environments.',
      default: 'false',
      actions: ['restore'],
    },
  },
  reads: HOSTED_INPUTS,
  secrets: mpkitSecrets('platformos'),
  readSecrets: (ctx) => mpkitSecretValues(mpkitCredentials(ctx, 'platformos')),
  check(ctx) {
    settings(ctx);
    retriesFrom(ctx); // a bad `retries` fails here, before anything is installed
  },
  cli: POS_CLI,
  async open(ctx, { secrets, cli: installed }) {
    const creds = { url: secrets.MPKIT_URL!, token: secrets.MPKIT_TOKEN!, email: secrets.MPKIT_EMAIL! };
    // npm tools run with our Node (cliPath puts it first), whatever `node` the runner has.
    if (Number(process.versions.node.split('.')[0]) < MIN_NODE) {
      ctx.log.warn(
        `pos-cli ${installed!.version} needs Node >= ${MIN_NODE}; it runs with this Node, ${process.version}. Run site-backup with Node ${MIN_NODE} or later.`,
      );
    }
    const env = cliEnv(ctx, creds, cliPath(installed!, ctx.env.PATH));
    const pos = new PosCli(ctx, new Cli(ctx, installed!.bin, 'pos-cli', env, [creds.token, creds.email]));
    const s = settings(ctx);
    return { exporter: new Exporter(ctx, pos, s), restorer: new Restorer(ctx, pos, s) };
  },
  components: {
    code: {
      export: (s, dir, signal) => s.exporter.code(dir, signal),
      restore: (s, dir, o) => s.restorer.code(dir, o.targetEnvironment, o.signal),
    },
    data: {
      export: (s, dir, signal) => s.exporter.data(dir, signal),
      restore: (s, dir, o) => s.restorer.data(dir, o.targetEnvironment, o.signal),
    },
  },
  explainUnsupported: (c) => (c === 'assets' ? NO_ASSETS : `platformos covers code and data; "${c}" is not one of them`),
});
