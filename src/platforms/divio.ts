import { open as openFile, chmod, cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import { ConfigError } from '../config/errors.js';
import { inputOrDefault } from '../config/source.js';
import type { Component } from '../model/manifest.js';
import { DivioApi, divioEndpoints } from './divio-api.js';
import { freshDir, moveChildren, msFromEnv, MissingSecretError, requireSecret, retriesFrom, retryDelayMs, secretHowTo } from './hosted.js';
import { ensureCli, pathWith, type ToolSpec } from './install.js';
import type { PlatformContext, PlatformDefinition, PlatformSession } from './platform.js';
import { TransientError, withRetries } from './retry.js';
import { Cli, exitText, findLine, lastOutput, type CliResult } from './run-cli.js';
import { requireFile, requireGzip, requireTree, VerificationError } from './verify.js';

// Divio through divio-cli 4.x and the API v3 it drives.
//   data   = `divio app pull db <env> <prefix> --remote-id <app> -d <file>`: outside a local
//            project it saves the dump to a file instead of loading it into Docker
//   assets = the media backup through the API calls the CLI makes (see divio-api.ts), because
//            `app pull media` works only inside a local Docker project
// divio-cli has no token variable; `divio login <token>` would put the token on a command line.
// So we write the .netrc it reads ourselves (mode 600, in the session's work folder, named by
// NETRC_PATH) and check it with `divio login --check`.

export const DIVIO_CLI: ToolSpec = {
  tool: 'divio-cli',
  bin: 'divio',
  defaultVersion: '4.0.4',
  method: { kind: 'pip', package: 'divio-cli' },
};

const NO_CODE =
  'Divio apps deploy from a Git repository (yours, or the one Divio hosts); back that repository up from its Git host, for example with `platform: command` and `code-command: git clone --mirror <url> "$BACKUP_OUT/repo.git"`';

const AUTH = [/invalid token/i, /login failed/i, /not logged in/i, /authentication (?:failed|required)/i, /\b(?:HTTP|status(?: code)?)\W{0,3}40[13]\b/i];
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const PREFIX_RE = /^[A-Z0-9_]+$/;

/** What a Divio database download is, by its first bytes. */
async function dumpKind(file: string): Promise<'pg-custom' | 'gzip' | 'sql' | 'html' | 'unknown'> {
  const fh = await openFile(file, 'r');
  try {
    const head = Buffer.alloc(64);
    const { bytesRead } = await fh.read(head, 0, 64, 0);
    const b = head.subarray(0, bytesRead);
    if (b.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg-custom';
    if (b[0] === 0x1f && b[1] === 0x8b) return 'gzip';
    const t = b.toString('utf8').trimStart();
    if (t.startsWith('<')) return 'html';
    if (t.startsWith('--') || t.startsWith('/*') || /^(SET|CREATE|DROP|INSERT)\b/i.test(t)) return 'sql';
    return 'unknown';
  } finally {
    await fh.close();
  }
}

export const divioPlatform: PlatformDefinition = {
  name: 'divio',
  async open(ctx: PlatformContext): Promise<PlatformSession> {
    const token = requireSecret(ctx, 'DIVIO_TOKEN', 'divio needs an access token from https://control.divio.com/account/access-tokens/');
    const project = ctx.inputs.get('project');
    if (!project) throw new ConfigError('project', 'is required for `platform: divio`', 'Set it to the application UUID or slug (the `--remote-id` of divio-cli).');
    if (!NAME_RE.test(project)) throw new ConfigError('project', `"${project}" is not an application UUID or slug`, 'Use the UUID or slug from the Control Panel.');
    const prefix = inputOrDefault(ctx.inputs, 'divio-prefix')!.toUpperCase();
    if (!PREFIX_RE.test(prefix)) throw new ConfigError('divio-prefix', `"${prefix}" is not a service prefix`, 'Use `DEFAULT`, or the prefix shown for the service in the Control Panel.');
    const zone = ctx.inputs.get('divio-zone') ?? ctx.env.DIVIO_ZONE ?? 'divio.com';
    let endpoints;
    try {
      endpoints = divioEndpoints(zone);
      new URL(endpoints.control);
    } catch {
      throw new ConfigError('divio-zone', `"${zone}" is not a zone`, 'Use `divio.com`, a private zone name, or its https URL.');
    }
    const retries = retriesFrom(ctx);
    const installed = await ensureCli(ctx, DIVIO_CLI);

    // The credentials file divio-cli reads (netrc: machine <control host>, password <token>).
    const netrc = path.join(ctx.workDir, 'divio.netrc');
    await writeFile(netrc, `machine ${new URL(endpoints.control).hostname}\n\tlogin site-backup\n\tpassword ${token}\n`, { mode: 0o600 });
    await chmod(netrc, 0o600);
    const env: NodeJS.ProcessEnv = { ...ctx.env, NETRC_PATH: netrc, DIVIO_ZONE: zone, PATH: pathWith(installed.binDir, ctx.env.PATH) };
    const cli = new Cli(ctx, installed.bin, 'divio', env, [token]);
    const api = new DivioApi({ base: endpoints.api, token, pollMs: msFromEnv(ctx, 'SITE_BACKUP_POLL_MS', 2000) });

    const check = await cli.run(['login', '--check'], { cwd: ctx.workDir, signal: AbortSignal.timeout(120_000), label: 'divio' });
    if (check.code !== 0) {
      throw new MissingSecretError('DIVIO_TOKEN', `was not accepted by Divio (\`divio login --check\` ${exitText(check)}: ${lastOutput(check)})`, `Create a new token at ${endpoints.control}/account/access-tokens/. ${secretHowTo('DIVIO_TOKEN')}`);
    }

    const judge = (r: CliResult, sub: string): void => {
      const auth = findLine(r, AUTH);
      if (auth) throw new Error(`divio ${sub} was refused (${auth.trim()}): check DIVIO_TOKEN and that its user can access ${project}`);
      if (r.code !== 0) throw new TransientError(`divio ${sub} ${exitText(r)}: ${lastOutput(r)}`);
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

    const verifyDump = async (file: string): Promise<'pg-custom' | 'gzip' | 'sql'> => {
      await requireFile(file, 'the database dump');
      const kind = await dumpKind(file);
      if (kind === 'html') throw new VerificationError('the database download is an HTML page (an error from the storage), not a dump');
      if (kind === 'unknown') throw new VerificationError('the database download is neither a pg_dump archive, gzip, nor SQL text');
      if (kind === 'gzip') await requireGzip(file, 'the database dump');
      return kind;
    };

    const exporters: Partial<Record<Component, (outDir: string, signal: AbortSignal) => Promise<void>>> = {
      async data(outDir, signal) {
        await retrying('divio app pull db', signal, async (n) => {
          const stage = await freshDir(ctx, `divio-db-${n}`);
          const name = `${ctx.environment}-database.dump`;
          const r = await cli.run(['app', 'pull', 'db', ctx.environment, prefix, '--remote-id', project, '-d', path.join(stage, name)], { cwd: stage, signal, label: 'data' });
          judge(r, 'app pull db');
          const kind = await verifyDump(path.join(stage, name));
          ctx.log.info(`[data] ${name}: ${kind === 'pg-custom' ? 'pg_dump custom format (restore with pg_restore)' : kind === 'gzip' ? 'gzip, complete' : 'SQL text'}`);
          await moveChildren(stage, outDir, [name]);
        });
      },
      async assets(outDir, signal) {
        await retrying('the Divio media backup', signal, async (n) => {
          // DivioApiError (a refused token, a missing app) is not transient: withRetries lets it through.
          const stage = await freshDir(ctx, `divio-media-${n}`);
          const app = await api.applicationUuid(project, signal);
          const envUuid = await api.environmentUuid(app, ctx.environment, signal);
          const si = await api.serviceInstance(envUuid, 'STORAGE', prefix, signal);
          ctx.log.info(`[assets] creating a media backup of ${project}/${ctx.environment} (${prefix})`);
          const { backup, siBackup } = await api.backup(envUuid, si, signal);
          const url = await api.downloadUrl(backup, siBackup, signal);
          const file = path.join(stage, 'media.tar.gz');
          const bytes = await api.fetchTo(url, file, signal);
          ctx.log.info(`[assets] downloaded ${bytes} bytes`);
          await requireGzip(file, 'the media download');
          const media = path.join(stage, 'media');
          await mkdir(media);
          const skipped: string[] = [];
          try {
            await tar.x({
              file,
              cwd: media,
              strict: true,
              // Files and folders only: links and devices have no place in a media folder.
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
          if (skipped.length) ctx.log.warn(`[assets] skipped ${skipped.length} link or special entries: ${skipped.slice(0, 5).join(', ')}`);
          const s = await requireTree(media, 'the media backup');
          ctx.log.info(`[assets] ${s.files} media files, ${s.bytes} bytes`);
          await moveChildren(media, outDir);
        });
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
        const target = opts.targetEnvironment;
        if (component === 'code') throw new Error(NO_CODE);
        if (component === 'data') {
          const dumps = (await readdir(inDir)).filter((n) => n.endsWith('.dump') || n.endsWith('.sql') || n.endsWith('.sql.gz'));
          if (dumps.length !== 1) throw new Error(`the data archive should hold one database dump, and holds ${dumps.length}: ${dumps.join(', ') || 'none'}`);
          const file = path.join(inDir, dumps[0]!);
          const kind = await verifyDump(file).catch((e: Error) => {
            throw new Error(`refusing to push ${dumps[0]}: ${e.message}`);
          });
          const args = ['app', 'push', 'db', target, prefix, '--remote-id', project, '-d', file, '--noinput', ...(kind === 'pg-custom' ? ['--binary'] : [])];
          const r = await cli.run(args, { cwd: ctx.workDir, signal: opts.signal, label: 'data' });
          judge(r, 'app push db');
          return;
        }
        // assets: `push media` tars data/media of a local project. We lay out the minimum it
        // reads, a project settings file and data/media, and let it do the upload and restore.
        const home = await freshDir(ctx, 'divio-push-media');
        await mkdir(path.join(home, '.divio'));
        await writeFile(path.join(home, '.divio', 'config.json'), JSON.stringify({ id: project, application_uuid: project, slug: project, zone }, null, 2) + '\n');
        await cp(inDir, path.join(home, 'data', 'media'), { recursive: true, verbatimSymlinks: true });
        await requireTree(path.join(home, 'data', 'media'), 'the media to push').catch((e: Error) => {
          throw new Error(e.message);
        });
        const r = await cli.run(['app', 'push', 'media', target, prefix, '--remote-id', project, '--noinput'], { cwd: home, signal: opts.signal, label: 'assets' });
        judge(r, 'app push media');
      },
      async close() {
        // The work folder goes too, but the token file should not outlive the session by a second.
        await rm(netrc, { force: true });
      },
    };
  },
};
