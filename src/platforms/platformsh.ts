import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../config/errors.js';
import { inputOrDefault } from '../config/source.js';
import type { Component } from '../model/manifest.js';
import { freshDir, listInput, moveChildren, requireSecret, retriesFrom, retryDelayMs } from './hosted.js';
import { ensureCli, pathWith, type ToolSpec } from './install.js';
import type { PlatformContext, PlatformDefinition, PlatformSession, RestoreOptions } from './platform.js';
import { TransientError, withRetries } from './retry.js';
import { Cli, exitText, findLine, lastOutput, type CliResult } from './run-cli.js';
import { requireGzip, requireSqlGzip, requireTree, treeStats, VerificationError } from './verify.js';

// Platform.sh and Upsun: one PHP CLI behind two binaries (`platform`, `upsun`) that differ in
// their token variable and env prefix. Non-interactive throughout: the token comes from
// PLATFORMSH_CLI_TOKEN / UPSUN_CLI_TOKEN, <PREFIX>NO_INTERACTION=1 and --yes answer every prompt.
//   code   = `project:get <project> <dir> -e <env>`: a clone of the environment's git branch
//   data   = `db:dump -r <rel> -z -f <rel>.sql.gz` for each database relationship
//   assets = `mount:download --all --target <dir>` (rsync over SSH; one folder per mount path)
//   optionally `backup:create [--live]`, recorded in the manifest as platformSnapshot

interface Flavour {
  platform: 'platformsh' | 'upsun';
  bin: string;
  tokenVar: string;
  prefix: string;
  tool: ToolSpec;
  label: string;
}

// The released Go binary is the npm package @upsun/cli-linux-x64 (no bin entry: bin/upsun in it).
export const PLATFORMSH_CLI: ToolSpec = { tool: 'platformsh-cli', bin: 'platform', defaultVersion: '5.11.1', method: { kind: 'npm', package: '@upsun/cli-linux-x64' }, binPath: 'bin/upsun' };
export const UPSUN_CLI: ToolSpec = { tool: 'upsun-cli', bin: 'upsun', defaultVersion: '5.11.1', method: { kind: 'npm', package: '@upsun/cli-linux-x64' }, binPath: 'bin/upsun' };

const FLAVOURS: Record<'platformsh' | 'upsun', Flavour> = {
  platformsh: {
    platform: 'platformsh',
    bin: 'platform',
    tokenVar: 'PLATFORMSH_CLI_TOKEN',
    prefix: 'PLATFORMSH_CLI_',
    label: 'Platform.sh',
    tool: PLATFORMSH_CLI,
  },
  upsun: {
    platform: 'upsun',
    bin: 'upsun',
    tokenVar: 'UPSUN_CLI_TOKEN',
    prefix: 'UPSUN_CLI_',
    label: 'Upsun',
    tool: UPSUN_CLI,
  },
};

/** The file that carries the platform snapshot inside the archive, for snapshot restores. */
export const SNAPSHOT_FILE = 'platform-snapshot.json';

const DB_SCHEMES = new Set(['mysql', 'pgsql', 'postgresql']);
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const SNAPSHOT_MODES = ['false', 'true', 'live'] as const;

// Specific on purpose: file names in rsync output and dump errors ("Access denied for user", a
// database matter) must not read as a refused API token.
const AUTH = [/not logged in/i, /invalid (?:API )?token/i, /\[40[13]\]/, /\b(?:HTTP|status(?: code)?)\W{0,3}40[13]\b/i, /you do not have access to/i];
const NOT_FOUND = [/project not found/i, /specified project not found/i, /environment not found/i, /specified environment not found/i];

function platformDefinition(kind: 'platformsh' | 'upsun'): PlatformDefinition {
  const f = FLAVOURS[kind];
  return {
    name: kind,
    async open(ctx: PlatformContext): Promise<PlatformSession> {
      const token = requireSecret(ctx, f.tokenVar, `the ${f.label} CLI needs an API token (a machine user's token from the console, Account > API tokens)`);
      const project = ctx.inputs.get('project');
      if (!project) throw new ConfigError('project', `is required for \`platform: ${kind}\``, `Set it to the project ID (as in \`${f.bin} project:list\` or the console URL).`);
      if (!NAME_RE.test(project)) throw new ConfigError('project', `"${project}" is not a project ID`, 'Use the ID, such as `abcdefgh1234567`.');
      const app = ctx.inputs.get('platformsh-app');
      if (app && !NAME_RE.test(app)) throw new ConfigError('platformsh-app', `"${app}" is not an app name`, 'Use the `name` from the app\'s configuration.');
      const rels = listInput(ctx, 'platformsh-relationships');
      for (const r of rels ?? []) if (!NAME_RE.test(r)) throw new ConfigError('platformsh-relationships', `"${r}" is not a relationship name`, 'List names such as `database,reports`.');
      const snapshotMode = inputOrDefault(ctx.inputs, 'platformsh-backup')!.toLowerCase();
      if (!(SNAPSHOT_MODES as readonly string[]).includes(snapshotMode)) {
        throw new ConfigError('platformsh-backup', `"${snapshotMode}" is not one of false, true, live`, 'Use `true` for a platform-side backup with each run, `live` for one without downtime, or `false`.');
      }
      const restoreFrom = inputOrDefault(ctx.inputs, 'platformsh-restore-from')!;
      if (restoreFrom !== 'archive' && restoreFrom !== 'snapshot') {
        throw new ConfigError('platformsh-restore-from', `"${restoreFrom}" is not archive or snapshot`, 'Use `archive` (our dumps and files) or `snapshot` (the platform backup recorded in the manifest).');
      }
      const retries = retriesFrom(ctx);
      const installed = await ensureCli(ctx, f.tool);
      const env: NodeJS.ProcessEnv = {
        ...ctx.env,
        [f.tokenVar]: token,
        [`${f.prefix}NO_INTERACTION`]: '1',
        // No update checks or migration prompts in a job.
        [`${f.prefix}UPDATES_CHECK`]: '0',
        PATH: pathWith(installed.binDir, ctx.env.PATH),
      };
      const cli = new Cli(ctx, installed.bin, f.bin, env, [token]);
      const scope = (environment: string) => ['-p', project, '-e', environment, ...(app ? ['-A', app] : []), '--yes'];
      let snapshot: Record<string, unknown> | undefined;
      let snapshotTaken = false;
      let snapshotRestored = false;

      const judge = (r: CliResult, sub: string): void => {
        const auth = findLine(r, AUTH);
        if (auth) throw new Error(`${f.bin} ${sub} was refused (${auth.trim()}): check ${f.tokenVar} and that its user can access project ${project}`);
        const nf = findLine(r, NOT_FOUND);
        if (nf) throw new Error(`${f.bin} ${sub}: ${nf.trim()} (check \`project\` and \`environment\`)`);
        if (findLine(r, [/protocol version mismatch/i])) {
          throw new Error(
            `${f.bin} ${sub}: rsync reported "protocol version mismatch": something in the app's .environment file prints output on login, which breaks rsync over SSH (platformsh/platformsh-docs#2234); make .environment silent`,
          );
        }
      };

      const retrying = <T>(what: string, signal: AbortSignal, body: (n: number) => Promise<T>) =>
        withRetries(
          async (n) => {
            try {
              return await body(n);
            } catch (e) {
              if (e instanceof VerificationError) throw new TransientError(e.message);
              throw e;
            }
          },
          { what, retries, delayMs: retryDelayMs(ctx), signal, log: ctx.log },
        );

      const relationships = async (signal: AbortSignal): Promise<string[]> => {
        if (rels) return rels;
        const stage = await freshDir(ctx, 'psh-relationships');
        // stdout is kept out of the log: relationship URLs carry database passwords.
        const r = await cli.run(['environment:relationships', ...scope(ctx.environment)], { cwd: stage, signal, label: 'data', captureStdout: true });
        judge(r, 'environment:relationships');
        if (r.code !== 0) throw new TransientError(`${f.bin} environment:relationships ${exitText(r)}: ${lastOutput(r)}`);
        let doc: unknown;
        try {
          doc = parseYaml(r.stdout);
        } catch (e) {
          throw new Error(`${f.bin} environment:relationships printed something that is not YAML (${(e as Error).message})`, { cause: e });
        }
        const names: string[] = [];
        for (const [name, instances] of Object.entries((doc ?? {}) as Record<string, unknown>)) {
          const first = Array.isArray(instances) ? (instances[0] as { scheme?: unknown } | undefined) : undefined;
          if (first && DB_SCHEMES.has(String(first.scheme))) names.push(name);
        }
        if (names.length === 0) {
          throw new Error(`the ${ctx.environment} environment has no MySQL, MariaDB or PostgreSQL relationship to dump; remove "data" from \`components\`, or name them in \`platformsh-relationships\``);
        }
        return names;
      };

      const takeSnapshot = async (signal: AbortSignal): Promise<Record<string, unknown>> => {
        const stage = await freshDir(ctx, 'psh-backup');
        const live = snapshotMode === 'live';
        // --wait: without a TTY the CLI may otherwise return before the backup exists.
        const r = await cli.run(['backup:create', ...scope(ctx.environment), ...(live ? ['--live'] : []), '--wait'], { cwd: stage, signal, label: 'snapshot' });
        judge(r, 'backup:create');
        if (r.code !== 0) {
          throw new Error(
            `${f.bin} backup:create ${exitText(r)}: the platform would not take a backup (another activity running, an inactive environment, or a user who is not an admin); ${lastOutput(r)}`,
          );
        }
        let id = r.lines.map((l) => /Backup name:\s*(\S+)/i.exec(l)?.[1]).find(Boolean);
        if (!id) {
          // Older releases print no name when the activity did not report one: ask the list.
          const l = await cli.run(['backup:list', ...scope(ctx.environment), '--format', 'plain', '--no-header', '--columns', 'id'], {
            cwd: stage,
            signal,
            label: 'snapshot',
            captureStdout: true,
          });
          if (l.code !== 0) {
            throw new Error(`${f.bin} backup:create reported success but printed no backup name, and \`backup:list\` ${exitText(l)} (it exits 1 when the environment has no backups): ${lastOutput(l)}`);
          }
          id = l.stdout.split(/\r?\n/).map((s) => s.trim()).find(Boolean);
          if (!id) throw new Error(`${f.bin} backup:create reported success, but \`backup:list\` lists no backup`);
          ctx.log.warn(`[snapshot] backup:create printed no backup name; recording the newest listed backup, ${id}`);
        }
        if (!NAME_RE.test(id)) throw new Error(`${f.bin} backup:create printed an unexpected backup name "${id.slice(0, 40)}"`);
        ctx.log.info(`[snapshot] ${f.label} backup ${id} of ${project}/${ctx.environment}${live ? ' (live)' : ''}`);
        return { provider: kind, project, environment: ctx.environment, backupId: id, live, createdAt: new Date().toISOString() };
      };

      const exporters: Record<Component, (outDir: string, signal: AbortSignal) => Promise<void>> = {
        async code(outDir, signal) {
          await retrying(`${f.bin} project:get`, signal, async (n) => {
            const stage = await freshDir(ctx, `psh-code-${n}`);
            const repo = path.join(stage, 'repo');
            const r = await cli.run(['project:get', project, repo, '-e', ctx.environment, '--yes'], { cwd: stage, signal, label: 'code' });
            judge(r, 'project:get');
            if (r.code !== 0) throw new TransientError(`${f.bin} project:get ${exitText(r)}: ${lastOutput(r)}`);
            const head = await cli.exec('git', ['-C', repo, 'rev-parse', '--verify', 'HEAD'], { cwd: stage, signal, label: 'code' });
            if (head.code !== 0) throw new VerificationError(`the clone of ${ctx.environment} has no commit (git rev-parse HEAD ${exitText(head)})`);
            const files = (await readdir(repo)).filter((x) => x !== '.git');
            if (files.length === 0) throw new VerificationError(`the ${ctx.environment} branch checked out no files`);
            // The whole clone, .git included: the branch's history is part of the code.
            await moveChildren(repo, outDir);
          });
        },
        async data(outDir, signal) {
          for (const rel of await relationships(signal)) {
            if (!NAME_RE.test(rel)) throw new Error(`unexpected relationship name "${rel}"`);
            await retrying(`${f.bin} db:dump -r ${rel}`, signal, async (n) => {
              const stage = await freshDir(ctx, `psh-dump-${rel}-${n}`);
              const file = path.join(stage, `${rel}.sql.gz`);
              const r = await cli.run(['db:dump', ...scope(ctx.environment), '-r', rel, '--gzip', '-f', file], { cwd: stage, signal, label: 'data' });
              judge(r, `db:dump -r ${rel}`);
              // db:dump exits with the remote dump's code.
              if (r.code !== 0) throw new TransientError(`${f.bin} db:dump -r ${rel} ${exitText(r)} (the remote dump failed): ${lastOutput(r)}`);
              const v = await requireSqlGzip(file, `the ${rel} dump`);
              ctx.log.info(`[data] ${rel}.sql.gz: ${v.bytes} bytes of SQL, complete`);
              await moveChildren(stage, outDir, [`${rel}.sql.gz`]);
            });
          }
        },
        async assets(outDir, signal) {
          await retrying(`${f.bin} mount:download`, signal, async (n) => {
            const stage = await freshDir(ctx, `psh-mounts-${n}`);
            const target = path.join(stage, 'mounts');
            const r = await cli.run(['mount:download', ...scope(ctx.environment), '--all', '--target', target], { cwd: stage, signal, label: 'assets' });
            judge(r, 'mount:download');
            if (findLine(r, [/no mounts/i])) {
              throw new Error(`the ${ctx.environment} environment has no mounts, so there are no files to back up; remove "assets" from \`components\``);
            }
            if (r.code !== 0) throw new TransientError(`${f.bin} mount:download ${exitText(r)}: ${lastOutput(r)}`);
            const s = await requireTree(target, 'mount:download');
            ctx.log.info(`[assets] ${s.files} files, ${s.bytes} bytes from the mounts`);
            await moveChildren(target, outDir);
          });
        },
      };

      const snapshotId = async (inDir: string, opts: RestoreOptions): Promise<string> => {
        // The manifest's record when the restore passes it; else the copy inside the archive.
        const passed = (opts as RestoreOptions & { platformSnapshot?: Record<string, unknown> }).platformSnapshot;
        let rec: Record<string, unknown> | undefined = passed;
        if (!rec) {
          try {
            rec = JSON.parse(await readFile(path.join(inDir, SNAPSHOT_FILE), 'utf8')) as Record<string, unknown>;
          } catch {
            rec = undefined;
          }
        }
        const id = rec?.backupId;
        if (typeof id !== 'string' || !NAME_RE.test(id)) {
          throw new Error(
            `\`platformsh-restore-from: snapshot\` needs a platform backup recorded with this backup, and there is none; back up with \`platformsh-backup: true\`, or restore from the archive`,
          );
        }
        if (rec?.project && rec.project !== project) throw new Error(`the recorded platform backup ${id} belongs to project ${String(rec.project)}, not ${project}`);
        return id;
      };

      const restoreArchive = async (component: Component, inDir: string, target: string, signal: AbortSignal) => {
        if (component === 'code') {
          throw new Error(
            `${f.label} code lives in git: push the branch from this archive (it is a full clone: \`git push <${f.bin} remote> HEAD:${target}\`), or set \`platformsh-restore-from: snapshot\` to restore code, data and files together with backup:restore`,
          );
        }
        if (component === 'data') {
          const dumps = (await readdir(inDir)).filter((n) => n.endsWith('.sql.gz')).sort();
          if (dumps.length === 0) throw new Error('the data archive holds no <relationship>.sql.gz dump');
          for (const dump of dumps) {
            const rel = dump.slice(0, -'.sql.gz'.length);
            if (!NAME_RE.test(rel)) throw new Error(`unexpected dump name ${dump}`);
            await requireGzip(path.join(inDir, dump), dump);
            // `sql` reads the dump on stdin; gunzip first (whether it takes .gz is unconfirmed).
            const r = await cli.exec('bash', ['-o', 'pipefail', '-c', 'gzip -dc -- "$1" | "$2" sql "${@:3}"', 'restore-sql', path.join(inDir, dump), cli.bin, ...scope(target), '-r', rel], {
              cwd: inDir,
              signal,
              label: 'data',
            });
            judge(r, `sql -r ${rel}`);
            if (r.code !== 0) throw new Error(`importing ${dump} with \`${f.bin} sql -r ${rel}\` ${exitText(r)}: ${lastOutput(r)}`);
          }
          return;
        }
        // assets: each mount path of the target that the archive has a folder for.
        const list = await cli.run(['mount:list', ...scope(target), '--paths'], { cwd: inDir, signal, label: 'assets', captureStdout: true });
        judge(list, 'mount:list');
        if (list.code !== 0) throw new Error(`${f.bin} mount:list ${exitText(list)}: ${lastOutput(list)}`);
        const mounts = list.stdout.split(/\r?\n/).map((s) => s.trim().replace(/^\/+|\/+$/g, '')).filter(Boolean);
        let uploaded = 0;
        for (const m of mounts) {
          if (m.split('/').some((seg) => seg === '..' || seg === '')) continue;
          const src = path.join(inDir, m);
          if ((await treeStats(src)).files === 0) continue;
          const r = await cli.run(['mount:upload', ...scope(target), '--source', src, '--mount', m], { cwd: inDir, signal, label: 'assets' });
          judge(r, `mount:upload --mount ${m}`);
          if (r.code !== 0) throw new Error(`${f.bin} mount:upload --mount ${m} ${exitText(r)}: ${lastOutput(r)}`);
          uploaded++;
        }
        if (uploaded === 0) {
          throw new Error(`none of the ${target} environment's mounts (${mounts.join(', ') || 'none'}) has a folder in this archive (${(await readdir(inDir)).join(', ')})`);
        }
      };

      return {
        components: ['code', 'assets', 'data'],
        explainUnsupported: (c) => `${kind} covers code, assets and data; "${c}" is not one of them`,
        async export(component, outDir, signal) {
          if (snapshotMode !== 'false' && !snapshotTaken) {
            // Once per run, before the first export, so it is as close to our copy as it can be.
            snapshotTaken = true;
            snapshot = await takeSnapshot(signal);
          }
          await exporters[component](outDir, signal);
          if (!snapshot) return;
          // Also inside each component's archive, so a snapshot restore works from any one of them.
          await writeFile(path.join(outDir, SNAPSHOT_FILE), JSON.stringify(snapshot, null, 2) + '\n');
          return { platformSnapshot: snapshot };
        },
        async restore(component, inDir, opts) {
          const target = opts.targetEnvironment;
          if (restoreFrom === 'archive') {
            await restoreArchive(component, inDir, target, opts.signal);
            return;
          }
          if (snapshotRestored) {
            ctx.log.info(`[${component}] already restored by backup:restore (it restores code, data and files together)`);
            return;
          }
          const id = await snapshotId(inDir, opts);
          const stage = await freshDir(ctx, 'psh-restore');
          const r = await cli.run(['backup:restore', id, ...scope(ctx.environment), '--target', target], { cwd: stage, signal: opts.signal, label: component });
          judge(r, 'backup:restore');
          if (r.code !== 0) throw new Error(`${f.bin} backup:restore ${id} --target ${target} ${exitText(r)}: the backup is missing or not restorable, or the target is not active; ${lastOutput(r)}`);
          snapshotRestored = true;
        },
        async close() {},
      };
    },
  };
}

export const platformshPlatform = platformDefinition('platformsh');
export const upsunPlatform = platformDefinition('upsun');
