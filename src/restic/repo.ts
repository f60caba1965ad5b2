import { mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { StoreSpec } from '../config/common.js';
import { ConfigError } from '../model/errors.js';
import { redact } from '../report/redact.js';
import type { Reporter } from '../report/reporter.js';
import { lastLines, runProcess } from '../util/exec.js';
import { atLeast, type ResticBinary } from './binary.js';

// One restic repository per site: <store>/<site>/restic. Staging and production of a site share
// its chunks (an export of staging is mostly production's content), and one site's lock never
// blocks another site. Every call hands restic the repository, the password and the S3
// credentials through its environment, never its arguments, so nothing secret reaches argv,
// `ps` or a log line.

export type ResticSpec = Exclude<StoreSpec, { kind: 'artifact' }>;

export class ResticError extends Error {
  override name = 'ResticError';
}

/** restic's words for a lock held by another process (exclusive for prune, shared for backup). */
const LOCKED_RE = /repository is already locked|unable to create lock/i;
const NO_REPO_RE =
  /Is there a repository at the following location\?|repository does not exist|config: (?:file does not exist|no such file)|The specified key does not exist/i;
const WRONG_PASSWORD_RE = /wrong password or no key found/i;

export interface RunResticOptions {
  /** Collect stdout in full (JSON listings can exceed the few KiB runProcess keeps). */
  capture?: boolean;
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  signal?: AbortSignal;
  /** The command takes a lock: wait for another process's lock instead of failing at once. */
  lock?: boolean;
  cwd?: string;
  /** More environment for this call only: `restic copy`'s source repository (`sourceEnv`). */
  env?: NodeJS.ProcessEnv;
}

export interface ResticRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RepoOptions {
  log: Reporter;
  /** How long a locked repository is waited for before giving up. */
  lockWaitMs?: number;
  lockPollMs?: number;
}

export class ResticRepo {
  /** `s3://bucket/prefix/<site>/restic` or the folder: how people write the store. */
  readonly display: string;
  readonly url: string;
  private readonly lockWaitMs: number;
  private readonly lockPollMs: number;

  constructor(
    readonly spec: ResticSpec,
    readonly site: string,
    readonly binary: ResticBinary,
    /** The child environment: the caller's, plus RESTIC_* and AWS_* as resolved. */
    private readonly env: NodeJS.ProcessEnv,
    private readonly opts: RepoOptions,
  ) {
    ({ url: this.url, display: this.display } = repositoryLocation(spec, site));
    this.lockWaitMs = opts.lockWaitMs ?? 10 * 60_000;
    this.lockPollMs = opts.lockPollMs ?? 10_000;
  }

  /** Extended options for the S3 backend; none of them secret. */
  private backendArgs(): string[] {
    if (this.spec.kind !== 's3') return [];
    const args: string[] = [];
    if (this.spec.forcePathStyle) args.push('-o', 's3.bucket-lookup=path');
    if (this.spec.region) args.push('-o', `s3.region=${this.spec.region}`);
    if (this.spec.storageClass) args.push('-o', `s3.storage-class=${this.spec.storageClass}`);
    return args;
  }

  async run(args: string[], o: RunResticOptions = {}): Promise<ResticRun> {
    const retryLock = o.lock && atLeast(this.binary.version, [0, 16, 0]);
    const full = [...this.backendArgs(), ...(retryLock ? [`--retry-lock=${Math.ceil(this.lockWaitMs / 1000)}s`] : []), ...args];
    const deadline = Date.now() + this.lockWaitMs;
    for (;;) {
      const chunks: Buffer[] = [];
      const r = await runProcess(this.binary.bin, full, {
        env: { ...this.env, ...o.env, RESTIC_REPOSITORY: this.url },
        ...(o.cwd ? { cwd: o.cwd } : {}),
        ...(o.signal ? { signal: o.signal } : {}),
        ...(o.onLine ? { onLine: o.onLine } : {}),
        ...(o.capture
          ? {
              stdout: new Writable({
                write(c: Buffer, _e, cb) {
                  chunks.push(c);
                  cb();
                },
              }),
            }
          : {}),
      });
      const run = { code: r.code, stdout: o.capture ? Buffer.concat(chunks).toString('utf8') : r.stdoutTail, stderr: r.stderrTail };
      // restic before 0.16 has no --retry-lock: wait here, so a prune of staging does not fail a
      // backup of production of the same site, nor the other way round.
      if (o.lock && !retryLock && r.code !== 0 && LOCKED_RE.test(r.stderrTail) && Date.now() < deadline) {
        this.opts.log.info(`restic: ${this.display} is locked by another job; waiting ${Math.round(this.lockPollMs / 1000)} s`);
        await new Promise((res) => setTimeout(res, this.lockPollMs));
        continue;
      }
      return run;
    }
  }

  /**
   * This repository as the source of a `restic copy` run in another: restic reads the second
   * repository and its password from RESTIC_FROM_*, so, like every call, nothing reaches argv.
   */
  sourceEnv(): NodeJS.ProcessEnv {
    const out: NodeJS.ProcessEnv = { RESTIC_FROM_REPOSITORY: this.url };
    for (const k of ['PASSWORD', 'PASSWORD_FILE', 'PASSWORD_COMMAND'] as const) {
      const v = this.env[`RESTIC_${k}`];
      if (v) out[`RESTIC_FROM_${k}`] = v;
    }
    return out;
  }

  /** Runs and throws a readable error unless restic exits 0. */
  async ok(args: string[], o: RunResticOptions = {}): Promise<ResticRun> {
    const r = await this.run(args, o);
    if (r.code !== 0) throw this.error(`restic ${args[0]}`, r);
    return r;
  }

  error(what: string, r: ResticRun): Error {
    const tail = redact(lastLines(r.stderr) || lastLines(r.stdout));
    if (WRONG_PASSWORD_RE.test(r.stderr)) {
      return new ConfigError(
        'restic-password',
        `does not open the restic repository ${this.display}`,
        'Use the password the repository was created with (the `restic-password` secret, or RESTIC_PASSWORD).',
      );
    }
    if (LOCKED_RE.test(r.stderr)) {
      return new ResticError(
        `${what} failed: ${this.display} stayed locked by another job for ${Math.round(this.lockWaitMs / 60_000)} min (${tail}). If no other backup or prune of this site runs, a crashed job left a stale lock: \`restic unlock\` removes it.`,
      );
    }
    return new ResticError(`${what} failed (exit ${r.code})${tail ? `: ${tail}` : ''}`);
  }

  /**
   * Opens the repository, creating it when it does not exist. Two first backups of one site
   * (staging and production, say) may get here together, and two `restic init` racing on one
   * location leave two master keys and one config, so the repository cannot be opened (seen
   * here in 8 of 12 tries on a folder). So the repository is created in a private folder
   * and then published in one step that only one job can win: a rename for a folder, a
   * conditional write (If-None-Match) of `config` for S3. The loser uses the winner's.
   */
  async ensureInitialised(
    publishS3?: (files: { key: string; body: Buffer }[]) => Promise<boolean>,
    knownMissing = false,
  ): Promise<'opened' | 'created' | 'joined'> {
    // A listing that just found no repository already was the probe (each open costs the
    // password's key derivation). Should another job create it meanwhile, the publish below
    // loses and this job joins theirs, exactly as when the probe ran.
    if (!knownMissing) {
      const probe = await this.run(['cat', 'config']);
      if (probe.code === 0) return 'opened';
      if (!NO_REPO_RE.test(probe.stderr)) throw this.error('opening the restic repository', probe);
    }

    const local = this.spec.kind === 'local';
    const parent = local ? path.dirname(this.url) : undefined;
    if (parent) await mkdir(parent, { recursive: true });
    const work = await mkdtemp(path.join(parent ?? (this.env.RUNNER_TEMP || os.tmpdir()), '.restic-init-'));
    try {
      const fresh = path.join(work, 'repo');
      const init = await runProcess(this.binary.bin, ['init', '--repository-version', '2'], {
        env: { ...this.env, RESTIC_REPOSITORY: fresh },
      });
      if (init.code !== 0) throw this.error('restic init', { code: init.code, stdout: init.stdoutTail, stderr: init.stderrTail });
      let won: boolean;
      if (local) {
        try {
          await rename(fresh, this.url);
          won = true;
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
          won = false;
        }
      } else {
        if (!publishS3) throw new Error('internal: an S3 repository needs a publisher');
        const keys = await readdir(path.join(fresh, 'keys'));
        // config first and conditionally: it decides the winner. The key follows; until it lands,
        // another job sees "no key found" for a moment and waits (below).
        won = await publishS3([
          { key: 'config', body: await readFile(path.join(fresh, 'config')) },
          ...(await Promise.all(keys.map(async (k) => ({ key: `keys/${k}`, body: await readFile(path.join(fresh, 'keys', k)) })))),
        ]);
      }
      // Won: the repository there is the one just made with this password, config and key
      // complete (the rename moved the whole folder; the publisher wrote the key after config),
      // so opening it again proves nothing. Lost: the winner's must open with this password,
      // and its key may land a moment after its config.
      for (let i = 0; !won; i++) {
        const again = await this.run(['cat', 'config']);
        if (again.code === 0) break;
        if (i >= 10 || !(WRONG_PASSWORD_RE.test(again.stderr) || NO_REPO_RE.test(again.stderr)))
          throw this.error('opening the new restic repository', again);
        await new Promise((res) => setTimeout(res, 1000));
      }
      this.opts.log.info(
        won ? `restic: created the repository ${this.display}` : `restic: another job created ${this.display} at the same time; using it`,
      );
      return won ? 'created' : 'joined';
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
}

/** Where the repository of a site lives, as restic wants it and as people read it. */
export function repositoryLocation(spec: ResticSpec, site: string): { url: string; display: string } {
  if (spec.kind === 'local') {
    const p = path.join(spec.root, site, 'restic');
    return { url: p, display: p };
  }
  const key = [spec.prefix, site, 'restic'].filter(Boolean).join('/');
  const host = spec.endpoint ? spec.endpoint.replace(/\/+$/, '') : `https://s3.${spec.region ? `${spec.region}.` : ''}amazonaws.com`;
  return { url: `s3:${host}/${spec.bucket}/${key}`, display: `s3://${spec.bucket}/${key}` };
}
