import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, open as openFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import * as tar from 'tar';
import { ConfigError } from '../model/errors.js';
import { inputOrDefault } from '../config/source.js';
import type { Component } from '../model/manifest.js';
import { redact } from '../report/redact.js';
import { DivioApi, DivioApiError, type DivioServiceType } from './divio-api.js';
import { exportAttempts } from './attempts.js';
import { definePlatform, type ComponentHandler } from './define.js';
import { freshDir, HOSTED_INPUTS, moveChildren, msFromEnv, MissingSecretError, retriesFrom, secretHowTo } from './hosted.js';
import { ensureCli, pathWith, type ToolSpec } from './install.js';
import { judgeCli } from './judge.js';
import type { PlatformContext } from './platform.js';
import { Cli } from './run-cli.js';
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
    throw new ConfigError(
      'divio-zone',
      `"${raw}" is not a Divio zone`,
      'Use `divio.com`, a private zone name (the part after `control.` in its control panel URL), or that URL, without a port or path.',
    );
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
  if (kind === 'markup')
    throw new VerificationError('the database download is an XML or HTML page (an error from the storage), not a dump');
  if (kind === 'unknown') throw new VerificationError('the database download is neither a pg_dump archive, gzip, nor SQL text');
  if (kind === 'gzip') await requireGzip(file, 'the database dump');
  return kind;
}

/** Whether a gzip file holds a tar (the CLI's `archived-binary` restores use `tar -xzOf`). */
async function gzipHoldsTar(file: string): Promise<boolean> {
  const fh = await openFile(file, 'r');
  try {
    const head = Buffer.alloc(65536);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    const inner = gunzipSync(head.subarray(0, bytesRead), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    return inner.subarray(257, 262).toString('latin1') === 'ustar';
  } finally {
    await fh.close();
  }
}

/**
 * The name a database download is stored under, by what it is, so the restore drill and a person
 * know how to load it: `.dump` (pg_dump custom format: pg_restore), `.sql` (PostgreSQL or MySQL
 * text), `.sql.gz`, or `.tar.gz` (a tar of the dump).
 */
async function dumpName(env: string, file: string, kind: 'pg-custom' | 'gzip' | 'sql'): Promise<string> {
  if (kind === 'pg-custom') return `${env}-database.dump`;
  if (kind === 'sql') return `${env}-database.sql`;
  return (await gzipHoldsTar(file)) ? `${env}-database.tar.gz` : `${env}-database.sql.gz`;
}

const DUMP_NAME_RE = /-database\.(?:dump|sql|sql\.gz|tar\.gz)$|\.(?:dump|sql|sql\.gz)$/;

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

/** One open Divio session: the inputs checked, the token accepted, the application resolved. */
interface Divio {
  ctx: PlatformContext;
  api: DivioApi;
  /** As the user gave it (for messages) and as Divio knows it (for every call). */
  project: string;
  appUuid: string;
  prefix: string;
  zone: string;
  token: string;
  /** The netrc divio-cli reads; removed at close. */
  netrc: string;
  cli?: Cli;
}

/** Inputs, token check (what `divio login --check` asks) and the slug: all fail early and clearly. */
async function connect(ctx: PlatformContext, token: string): Promise<Divio> {
  const project = ctx.inputs.get('project');
  if (!project)
    throw new ConfigError(
      'project',
      'is required for `platform: divio`',
      'Set it to the application UUID or slug (the `--remote-id` of divio-cli).',
    );
  if (!PROJECT_RE.test(project))
    throw new ConfigError(
      'project',
      `"${project}" is not an application UUID, numeric id or slug`,
      'Use the UUID or slug from the Control Panel.',
    );
  const prefix = inputOrDefault(ctx.inputs, 'divio-prefix')!.toUpperCase();
  if (!PREFIX_RE.test(prefix))
    throw new ConfigError(
      'divio-prefix',
      `"${prefix}" is not a service prefix`,
      'Use `DEFAULT`, or the prefix shown for the service in the Control Panel.',
    );
  const zone = divioZone(ctx.inputs.get('divio-zone') ?? ctx.env.DIVIO_ZONE ?? 'divio.com');
  retriesFrom(ctx); // a bad `retries` fails here, before Divio is asked anything
  const api = new DivioApi({ zone, token, pollMs: msFromEnv(ctx, 'SITE_BACKUP_POLL_MS', 2000) });
  const signal = AbortSignal.timeout(120_000);
  try {
    await api.me(signal);
  } catch (e) {
    if (e instanceof DivioApiError && (e.status === 401 || e.status === 403)) {
      throw new MissingSecretError(
        'DIVIO_TOKEN',
        `was not accepted by Divio (GET ${api.base}/iam/v3/me/ answered ${e.status})`,
        `Create a new token at https://control.${zone}/account/access-tokens/. ${secretHowTo('DIVIO_TOKEN')}`,
      );
    }
    throw e;
  }
  let appUuid: string;
  try {
    appUuid = await api.applicationUuid(project, signal);
  } catch (e) {
    if (e instanceof DivioApiError)
      throw new ConfigError(
        'project',
        e.message,
        'Use the application UUID from the Control Panel (Settings), or a slug this token can see.',
      );
    throw e;
  }
  if (appUuid !== project.toLowerCase()) ctx.log.info(`Divio application "${project}" is ${appUuid}`);
  return { ctx, api, project, appUuid, prefix, zone, token, netrc: path.join(ctx.workDir, 'divio.netrc') };
}

/** The environment's service instance of a type (with `divio-prefix`), as the CLI finds it. */
async function service(d: Divio, env: string, type: DivioServiceType, signal: AbortSignal): Promise<{ envUuid: string; si: string }> {
  const envUuid = await d.api.environmentUuid(d.appUuid, env, signal);
  return { envUuid, si: await d.api.serviceInstance(envUuid, type, d.prefix, signal) };
}

/**
 * divio-cli, installed on first use. Its token goes in a netrc file of ours (it has no token
 * variable, and `divio login <token>` would put it on a command line). Its settings go in a
 * config folder of ours: an update-check time of now, so it does not ask PyPI
 * (`disable_update_check` makes 4.0.5 crash: check_for_updates returns None), and no Sentry DSN,
 * so an unexpected error is not reported to Divio's Sentry. Its stdin is closed, so the prompt
 * its excepthook shows after such an error ends at once.
 */
async function divioCli(d: Divio): Promise<Cli> {
  if (d.cli) return d.cli;
  const installed = await ensureCli(d.ctx, DIVIO_CLI);
  await writeFile(d.netrc, `machine control.${d.zone}\n\tlogin site-backup\n\tpassword ${d.token}\n`, { mode: 0o600 });
  await chmod(d.netrc, 0o600);
  const config = path.join(d.ctx.workDir, 'divio-config');
  await mkdir(path.join(config, 'divio'), { recursive: true });
  await writeFile(
    path.join(config, 'divio', 'config.json'),
    JSON.stringify({ update_check_timestamp: Math.floor(Date.now() / 1000), 'sentry-dsn': '' }) + '\n',
  );
  const env: NodeJS.ProcessEnv = {
    ...d.ctx.env,
    NETRC_PATH: d.netrc,
    XDG_CONFIG_HOME: config,
    DIVIO_ZONE: d.zone,
    PATH: pathWith(installed.binDir, d.ctx.env.PATH),
  };
  d.cli = new Cli(d.ctx, installed.bin, 'divio', env, [d.token]);
  return d.cli;
}

/** A component on Divio: the service it lives in, how it comes out, how it goes back. */
interface DivioComponent {
  type: DivioServiceType;
  /** Downloads the service's backup into `stage` and leaves the component's files in `out`. */
  export(d: Divio, target: { envUuid: string; si: string }, stage: string, out: string, signal: AbortSignal): Promise<void>;
  restore(d: Divio, inDir: string, target: string, signal: AbortSignal): Promise<void>;
}

const COMPONENTS: Partial<Record<Component, DivioComponent>> = {
  assets: {
    type: 'STORAGE',
    async export(d, { envUuid, si }, stage, out, signal) {
      const file = path.join(stage, 'media.tar.gz');
      d.ctx.log.info(`[assets] downloaded ${await d.api.pull(envUuid, si, file, signal)} bytes`);
      const media = path.join(stage, 'media');
      await mkdir(media);
      await unpackMedia(file, media, d.ctx.log);
      const s = await requireTree(media, 'the media backup');
      d.ctx.log.info(`[assets] ${s.files} media files, ${s.bytes} bytes`);
      await moveChildren(media, out);
    },
    async restore(d, inDir, target, signal) {
      // A wrong target fails here, with its name, not in the CLI (an IndexError traceback).
      await service(d, target, 'STORAGE', signal);
      const home = await freshDir(d.ctx, 'divio-push-media');
      await mkdir(path.join(home, '.divio'));
      await writeFile(
        path.join(home, '.divio', 'config.json'),
        JSON.stringify({ application_uuid: d.appUuid, zone: d.zone }, null, 2) + '\n',
      );
      await cp(inDir, path.join(home, 'data', 'media'), { recursive: true, verbatimSymlinks: true });
      await requireTree(path.join(home, 'data', 'media'), 'the media to push');
      if (existsSync(path.join(home, 'data', 'media', 'MANIFEST'))) {
        d.ctx.log.warn(
          '[assets] divio-cli leaves out a top-level MANIFEST of data/media ("partial uploads are currently not supported"): it is not restored',
        );
      }
      const r = await (
        await divioCli(d)
      ).run(DIVIO_COMMANDS.pushMedia(target, d.prefix, d.appUuid), { cwd: home, signal, label: 'assets' });
      if (r.code === 0) return;
      judgeCli('divio app push media', r, {
        known: [
          {
            lines: [/Login failed|Invalid token/i],
            error: (line) => new DivioApiError(`divio app push media was refused (${redact(line.trim())}): check DIVIO_TOKEN`),
          },
        ],
        exit: 'final',
      });
    },
  },
  data: {
    type: 'DATABASE',
    async export(d, { envUuid, si }, stage, out, signal) {
      const download = path.join(stage, 'download');
      const bytes = await d.api.pull(envUuid, si, download, signal);
      const kind = await verifyDump(download);
      const name = await dumpName(d.ctx.environment, download, kind);
      await rename(download, path.join(stage, name));
      d.ctx.log.info(
        `[data] ${name}: ${bytes} bytes, ${kind === 'pg-custom' ? 'pg_dump custom format (restore with pg_restore)' : kind === 'gzip' ? 'gzip, complete' : 'SQL text'}`,
      );
      await moveChildren(stage, out, [name]);
    },
    async restore(d, inDir, target, signal) {
      const dumps = (await readdir(inDir)).filter((n) => DUMP_NAME_RE.test(n));
      if (dumps.length !== 1)
        throw new Error(`the data archive should hold one database dump, and holds ${dumps.length}: ${dumps.join(', ') || 'none'}`);
      const file = path.join(inDir, dumps[0]!);
      await verifyDump(file).catch((e: Error) => {
        throw new Error(`refusing to upload ${dumps[0]}: ${e.message}`);
      });
      const { envUuid, si } = await service(d, target, 'DATABASE', signal);
      d.ctx.log.info(`[data] uploading ${dumps[0]} to ${d.project}/${target} (${d.prefix}) and restoring it through the Divio API`);
      await d.api.push(envUuid, si, file, signal);
    },
  },
};

/** A check that failed (a cut-short or wrong download) is worth another backup. */
function exported(c: Component, spec: DivioComponent): ComponentHandler<Divio> {
  return {
    export: (d, outDir, signal) =>
      exportAttempts(d.ctx, { what: `the Divio ${spec.type} backup`, signal }, async (n) => {
        const stage = await freshDir(d.ctx, `divio-${c}-${n}`);
        const target = await service(d, d.ctx.environment, spec.type, signal);
        d.ctx.log.info(`[${c}] creating a ${spec.type} backup of ${d.project}/${d.ctx.environment} (${d.prefix}) through the Divio API`);
        await spec.export(d, target, stage, outDir, signal);
      }),
    restore: (d, inDir, opts) => spec.restore(d, inDir, opts.targetEnvironment, opts.signal),
  };
}

export const divioPlatform = definePlatform<Divio>({
  name: 'divio',
  summary: "Divio through its API (the backups of the database and media services), and divio-cli's `app push media` for restores.",
  inputs: {
    'divio-zone': {
      description: 'Divio: the control panel zone (`divio.com`, a private zone, or its URL). Empty uses `DIVIO_ZONE`, then `divio.com`.',
    },
    'divio-prefix': {
      description: 'Divio: the service prefix of the database and media storage (`DEFAULT` unless the app has several).',
      default: 'DEFAULT',
    },
  },
  reads: ['project', ...HOSTED_INPUTS],
  secrets: [{ name: 'DIVIO_TOKEN', purpose: 'divio needs an access token from https://control.divio.com/account/access-tokens/' }],
  cli: DIVIO_CLI,
  cliOnDemand: true,
  open: (ctx, { secrets }) => connect(ctx, secrets.DIVIO_TOKEN!),
  components: { assets: exported('assets', COMPONENTS.assets!), data: exported('data', COMPONENTS.data!) },
  explainUnsupported: (c) => (c === 'code' ? NO_CODE : `divio covers assets and data; "${c}" is not one of them`),
  // The work folder goes too, but the token file should not outlive the session by a second.
  close: (d) => rm(d.netrc, { force: true }),
});
