import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, open as openFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import { ConfigError } from '../config/errors.js';
import { inputOrDefault } from '../config/source.js';
import type { Component } from '../model/manifest.js';
import { DivioApi, DivioApiError, type DivioServiceType } from './divio-api.js';
import { freshDir, moveChildren, msFromEnv, MissingSecretError, requireSecret, retriesFrom, retryDelayMs, secretHowTo } from './hosted.js';
import { ensureCli, pathWith, type ToolSpec } from './install.js';
import type { PlatformContext, PlatformDefinition, PlatformSession } from './platform.js';
import { TransientError, withRetries } from './retry.js';
import { Cli, exitText, lastOutput, type CliResult } from './run-cli.js';
import { requireFile, requireGzip, requireTree, VerificationError } from './verify.js';

// Divio, with divio-cli 4.0.5 (the latest release) and the API v3 it drives.
//
// What runs where, and why (../reference/platform-clis.md section 0, read from the release):
//   assets backup   API: backup STORAGE, download (trigger PULL), unpack. `app pull media` needs a
//                   local Docker project and replaces its data/media.
//   data backup     API: backup DATABASE, download (trigger PULL). `app pull db` has no -d in
//                   4.0.4/4.0.5 and loads the dump into a local Docker database.
//   assets restore  CLI: `divio app push media <env> <prefix> --remote-id <uuid> --noinput` in
//                   a minimal project home (.divio/config.json + data/media), all it needs.
//   data restore    API: backups/upload + backup-restores. `app push db` needs a project home
//                   and `docker compose config` to learn the database type.
// A slug given as `project` is resolved to the application UUID before anything else: the CLI
// would pass it through as if it were a UUID. The CLI is installed only when a restore needs it.

export const DIVIO_CLI: ToolSpec = {
  tool: 'divio-cli',
  bin: 'divio',
  defaultVersion: '4.0.5',
  method: { kind: 'pip', package: 'divio-cli' },
  // Prints `divio-cli 4.0.5 from …`. The group has no --version, and without --skip-check
  // `version` asks PyPI first.
  versionArgs: ['version', '--skip-check'],
};

/** The commands we run, as data. */
export const DIVIO_COMMANDS = {
  pushMedia: (env: string, prefix: string, appUuid: string) => ['app', 'push', 'media', env, prefix, '--remote-id', appUuid, '--noinput'],
};

const NO_CODE =
  'Divio apps deploy from a Git repository (yours, or the one Divio hosts); back that repository up from its Git host, for example with `platform: command` and `code-command: git clone --mirror <url> "$BACKUP_OUT/repo.git"`';

const PROJECT_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const PREFIX_RE = /^[A-Z0-9_]+$/;
const ZONE_RE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

/**
 * The zone as divio-cli uses it: a name, from which it builds https://control.<zone> (the netrc
 * host) and https://api.<zone>. The control panel URL (`https://control.<zone>`) is accepted too.
 */
export function divioZone(raw: string): string {
  const url = /^https?:\/\//i.test(raw) ? new URL(raw) : undefined;
  const zone = url ? url.hostname.replace(/^control\./, '') : raw.trim().toLowerCase();
  if (!ZONE_RE.test(zone) || (url && (url.port || !url.hostname.startsWith('control.') || url.pathname.replace(/\/+$/, '')))) {
    throw new ConfigError('divio-zone', `"${raw}" is not a Divio zone`, 'Use `divio.com`, a private zone name (the part after `control.` in its control panel URL), or that URL, without a port or path.');
  }
  return zone;
}

/** What a database download is, by its first bytes. */
async function dumpKind(file: string): Promise<'pg-custom' | 'gzip' | 'sql' | 'markup' | 'unknown'> {
  const fh = await openFile(file, 'r');
  try {
    const head = Buffer.alloc(64);
    const { bytesRead } = await fh.read(head, 0, 64, 0);
    const b = head.subarray(0, bytesRead);
    if (b.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg-custom';
    if (b[0] === 0x1f && b[1] === 0x8b) return 'gzip';
    const t = b.toString('utf8').trimStart();
    if (t.startsWith('<')) return 'markup';
    if (t.startsWith('--') || t.startsWith('/*') || /^(SET|CREATE|DROP|INSERT)\b/i.test(t)) return 'sql';
    return 'unknown';
  } finally {
    await fh.close();
  }
}

async function verifyDump(file: string): Promise<'pg-custom' | 'gzip' | 'sql'> {
  await requireFile(file, 'the database dump');
  const kind = await dumpKind(file);
  if (kind === 'markup') throw new VerificationError('the database download is an XML or HTML page (an error from the storage), not a dump');
  if (kind === 'unknown') throw new VerificationError('the database download is neither a pg_dump archive, gzip, nor SQL text');
  if (kind === 'gzip') await requireGzip(file, 'the database dump');
  return kind;
}

/** Unpacks a media tarball: files and folders only (links and devices have no place in media). */
async function unpackMedia(file: string, dest: string, log: PlatformContext['log']): Promise<void> {
  await requireGzip(file, 'the media download');
  const skipped: string[] = [];
  try {
    await tar.x({
      file,
      cwd: dest,
      strict: true,
      filter: (p, entry) => {
        const type = (entry as { type?: string }).type;
        const ok = type === 'File' || type === 'OldFile' || type === 'ContiguousFile' || type === 'Directory';
        if (!ok) skipped.push(p);
        return ok;
      },
    });
  } catch (e) {
    throw new VerificationError(`the media download is not a complete tar.gz (${(e as Error).message})`);
  }
  if (skipped.length) log.warn(`[assets] skipped ${skipped.length} link or special entries: ${skipped.slice(0, 5).join(', ')}`);
}

export const divioPlatform: PlatformDefinition = {
  name: 'divio',
  async open(ctx: PlatformContext): Promise<PlatformSession> {
    const token = requireSecret(ctx, 'DIVIO_TOKEN', 'divio needs an access token from https://control.divio.com/account/access-tokens/');
    const project = ctx.inputs.get('project');
    if (!project) throw new ConfigError('project', 'is required for `platform: divio`', 'Set it to the application UUID or slug (the `--remote-id` of divio-cli).');
    if (!PROJECT_RE.test(project)) throw new ConfigError('project', `"${project}" is not an application UUID, numeric id or slug`, 'Use the UUID or slug from the Control Panel.');
    const prefix = inputOrDefault(ctx.inputs, 'divio-prefix')!.toUpperCase();
    if (!PREFIX_RE.test(prefix)) throw new ConfigError('divio-prefix', `"${prefix}" is not a service prefix`, 'Use `DEFAULT`, or the prefix shown for the service in the Control Panel.');
    const zone = divioZone(ctx.inputs.get('divio-zone') ?? ctx.env.DIVIO_ZONE ?? 'divio.com');
    const retries = retriesFrom(ctx);
    const api = new DivioApi({ zone, token, pollMs: msFromEnv(ctx, 'SITE_BACKUP_POLL_MS', 2000) });
    const setup = AbortSignal.timeout(120_000);

    // The token check `divio login --check` makes, then the slug: both fail early and clearly.
    try {
      await api.me(setup);
    } catch (e) {
      if (e instanceof DivioApiError && (e.status === 401 || e.status === 403)) {
        throw new MissingSecretError('DIVIO_TOKEN', `was not accepted by Divio (GET ${api.base}/iam/v3/me/ answered ${e.status})`, `Create a new token at https://control.${zone}/account/access-tokens/. ${secretHowTo('DIVIO_TOKEN')}`);
      }
      throw e;
    }
    let appUuid: string;
    try {
      appUuid = await api.applicationUuid(project, setup);
    } catch (e) {
      if (e instanceof DivioApiError) throw new ConfigError('project', e.message, 'Use the application UUID from the Control Panel (Settings), or a slug this token can see.');
      throw e;
    }
    if (appUuid !== project.toLowerCase()) ctx.log.info(`Divio application "${project}" is ${appUuid}`);

    const service = async (env: string, type: DivioServiceType, signal: AbortSignal) => {
      const envUuid = await api.environmentUuid(appUuid, env, signal);
      return { envUuid, si: await api.serviceInstance(envUuid, type, prefix, signal) };
    };

    const retrying = (what: string, signal: AbortSignal, body: (n: number) => Promise<void>) =>
      withRetries(
        async (n) => {
          try {
            await body(n);
          } catch (e) {
            if (e instanceof VerificationError) throw new TransientError(e.message);
            throw e;
          }
        },
        { what, retries, delayMs: retryDelayMs(ctx), signal, log: ctx.log },
      );

    // divio-cli, only for `app push media`: installed on first use, its token in a netrc file of
    // ours (it has no token variable, and `divio login <token>` would put it on a command line),
    // its settings in a config folder of ours: an update check timestamp, so it does not ask
    // PyPI (`disable_update_check` makes 4.0.5 crash: check_for_updates returns None), and no
    // Sentry DSN, so an unexpected error is not reported to Divio's Sentry.
    const netrc = path.join(ctx.workDir, 'divio.netrc');
    let cli: Cli | undefined;
    const divio = async (): Promise<Cli> => {
      if (cli) return cli;
      const installed = await ensureCli(ctx, DIVIO_CLI);
      await writeFile(netrc, `machine control.${zone}\n\tlogin site-backup\n\tpassword ${token}\n`, { mode: 0o600 });
      await chmod(netrc, 0o600);
      const config = path.join(ctx.workDir, 'divio-config');
      await mkdir(path.join(config, 'divio'), { recursive: true });
      await writeFile(path.join(config, 'divio', 'config.json'), JSON.stringify({ update_check_timestamp: Math.floor(Date.now() / 1000), 'sentry-dsn': '' }) + '\n');
      const env: NodeJS.ProcessEnv = { ...ctx.env, NETRC_PATH: netrc, XDG_CONFIG_HOME: config, DIVIO_ZONE: zone, PATH: pathWith(installed.binDir, ctx.env.PATH) };
      cli = new Cli(ctx, installed.bin, 'divio', env, [token]);
      return cli;
    };
    const judge = (r: CliResult, sub: string): void => {
      if (r.code === 0) return;
      const refused = r.lines.find((l) => /Login failed|Invalid token|not logged in/i.test(l));
      if (refused) throw new DivioApiError(`divio ${sub} was refused (${refused.trim()}): check DIVIO_TOKEN`);
      throw new TransientError(`divio ${sub} ${exitText(r)}: ${lastOutput(r)}`);
    };

    const exporters: Partial<Record<Component, (outDir: string, signal: AbortSignal) => Promise<void>>> = {
      async data(outDir, signal) {
        await retrying('the Divio database backup', signal, async (n) => {
          const stage = await freshDir(ctx, `divio-db-${n}`);
          const name = `${ctx.environment}-database.dump`;
          const { envUuid, si } = await service(ctx.environment, 'DATABASE', signal);
          ctx.log.info(`[data] creating a database backup of ${project}/${ctx.environment} (${prefix}) through the Divio API`);
          const bytes = await api.pull(envUuid, si, path.join(stage, name), signal);
          const kind = await verifyDump(path.join(stage, name));
          ctx.log.info(`[data] ${name}: ${bytes} bytes, ${kind === 'pg-custom' ? 'pg_dump custom format (restore with pg_restore)' : kind === 'gzip' ? 'gzip, complete' : 'SQL text'}`);
          await moveChildren(stage, outDir, [name]);
        });
      },
      async assets(outDir, signal) {
        await retrying('the Divio media backup', signal, async (n) => {
          const stage = await freshDir(ctx, `divio-media-${n}`);
          const { envUuid, si } = await service(ctx.environment, 'STORAGE', signal);
          ctx.log.info(`[assets] creating a media backup of ${project}/${ctx.environment} (${prefix}) through the Divio API`);
          const file = path.join(stage, 'media.tar.gz');
          const bytes = await api.pull(envUuid, si, file, signal);
          ctx.log.info(`[assets] downloaded ${bytes} bytes`);
          const media = path.join(stage, 'media');
          await mkdir(media);
          await unpackMedia(file, media, ctx.log);
          const s = await requireTree(media, 'the media backup');
          ctx.log.info(`[assets] ${s.files} media files, ${s.bytes} bytes`);
          await moveChildren(media, outDir);
        });
      },
    };

    const restorers: Partial<Record<Component, (inDir: string, target: string, signal: AbortSignal) => Promise<void>>> = {
      async data(inDir, target, signal) {
        const dumps = (await readdir(inDir)).filter((n) => n.endsWith('.dump') || n.endsWith('.sql') || n.endsWith('.sql.gz'));
        if (dumps.length !== 1) throw new Error(`the data archive should hold one database dump, and holds ${dumps.length}: ${dumps.join(', ') || 'none'}`);
        const file = path.join(inDir, dumps[0]!);
        await verifyDump(file).catch((e: Error) => {
          throw new Error(`refusing to upload ${dumps[0]}: ${e.message}`);
        });
        const { envUuid, si } = await service(target, 'DATABASE', signal);
        ctx.log.info(`[data] uploading ${dumps[0]} to ${project}/${target} (${prefix}) and restoring it through the Divio API`);
        await api.push(envUuid, si, file, signal);
      },
      async assets(inDir, target, signal) {
        // Fail on a wrong target here, with its name, not in the CLI (an IndexError traceback).
        await service(target, 'STORAGE', signal);
        const home = await freshDir(ctx, 'divio-push-media');
        await mkdir(path.join(home, '.divio'));
        await writeFile(path.join(home, '.divio', 'config.json'), JSON.stringify({ application_uuid: appUuid, zone }, null, 2) + '\n');
        await cp(inDir, path.join(home, 'data', 'media'), { recursive: true, verbatimSymlinks: true });
        await requireTree(path.join(home, 'data', 'media'), 'the media to push');
        if (existsSync(path.join(home, 'data', 'media', 'MANIFEST'))) {
          ctx.log.warn('[assets] divio-cli leaves out a top-level MANIFEST of data/media ("partial uploads are currently not supported"): it is not restored');
        }
        const r = await (await divio()).run(DIVIO_COMMANDS.pushMedia(target, prefix, appUuid), { cwd: home, signal, label: 'assets' });
        judge(r, 'app push media');
      },
    };

    return {
      components: ['assets', 'data'],
      explainUnsupported: (c) => (c === 'code' ? NO_CODE : `divio covers assets and data; "${c}" is not one of them`),
      async export(component, outDir, signal) {
        const fn = exporters[component];
        if (!fn) throw new Error(NO_CODE);
        await fn(outDir, signal);
      },
      async restore(component, inDir, opts) {
        const fn = restorers[component];
        if (!fn) throw new Error(NO_CODE);
        await fn(inDir, opts.targetEnvironment, opts.signal);
      },
      async close() {
        // The work folder goes too, but the token file should not outlive the session by a second.
        await rm(netrc, { force: true });
      },
    };
  },
};
