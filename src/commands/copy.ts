import { parseCopyConfig, type CopyConfig } from '../config/copy.js';
import { ConfigError } from '../model/errors.js';
import { CopyError, runCopy, type CopyResult } from '../core/copy.js';
import { code, table } from '../report/markdown.js';
import { redact } from '../report/redact.js';
import { formatOf, openPlace } from '../formats/index.js';
import { openStore } from '../stores/index.js';
import type { Store } from '../stores/store.js';
import { formatBytes, formatRate } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';
import { RateLimiter, type Clock } from '../util/rate.js';
import type { Io } from '../config/io.js';
import type { StoreSpec } from '../config/common.js';
import { maskSecretInputs } from './secrets.js';

// The copy action and `site-backup copy`: a second, verified copy of a site's backups in another
// store (3-2-1). Inputs are parsed in config/copy.ts, the copy itself is core/copy.ts. Run it in
// the backup's concurrency group, after the backup, so it never lists a backup still being written
// as incomplete and never races a prune of the same store.

export interface CopyCommandDeps {
  /** Stores to use instead of the ones `from` and `to` name (tests wrap real stores). */
  from?: Store;
  to?: Store;
  now?: () => Date;
  clock?: Clock;
}

export async function copyCommand(io: Io, deps: CopyCommandDeps = {}): Promise<CopyResult> {
  maskSecretInputs(io.inputs, io.log);
  io.log.setSecret(io.inputs.get('github-token') ?? io.env.GITHUB_TOKEN);
  // Every input is checked before either store is opened: a bad `to` fails before a byte is read.
  const cfg = parseCopyConfig(io.inputs, io.cwd);
  // Both sides have one `format` (config/copy.ts): archives are copied object by object, restic by `restic copy`.
  if (formatOf(cfg.from) === 'restic') return resticCopyCommand(io, cfg, deps);
  const from = deps.from ?? (await openStore(cfg.from, io.log, sideEnv(io.env, 'from')));
  const to = deps.to ?? (await openStore(cfg.to, io.log, sideEnv(io.env, 'to')));
  const limiter = cfg.limitRate ? new RateLimiter(cfg.limitRate, deps.clock) : undefined;
  return reported(io, cfg, () =>
    runCopy(cfg, { from, to, log: io.log, ...(deps.now ? { now: deps.now } : {}), ...(limiter ? { limiter } : {}) }),
  );
}

/** The outputs and the summary, written whether the copy succeeded or some backups failed. */
async function reported(io: Io, cfg: CopyConfig, copy: () => Promise<CopyResult>): Promise<CopyResult> {
  let result: CopyResult;
  try {
    result = await copy();
  } catch (e) {
    if (e instanceof CopyError) await report(io, cfg, e.result);
    throw e;
  }
  await report(io, cfg, result);
  return result;
}

/** `format: restic`: `restic copy`, run in the destination's repository with the source's as its second. */
async function resticCopyCommand(io: Io, cfg: CopyConfig, deps: CopyCommandDeps): Promise<CopyResult> {
  if (cfg.from.kind === 's3' && CREDENTIALS.some((k) => sideEnv(io.env, 'from')[k] !== sideEnv(io.env, 'to')[k])) {
    // restic reads both repositories of a copy with one set of S3 credentials from its environment.
    throw new ConfigError(
      'format',
      'is `restic`, and the two sides have different S3 credentials (COPY_FROM_AWS_* or COPY_TO_AWS_*)',
      'restic copy reads both repositories with one set of credentials, so give one key pair that can read `from` and write `to`, or use `format: archive` for a copy between two accounts.',
    );
  }
  const { runResticCopy } = await import('../core/copy-restic.js');
  const from = await openRepository(io, cfg.from, 'from');
  const to = await openRepository(io, cfg.to, 'to');
  return reported(io, cfg, () =>
    runResticCopy(cfg, {
      from,
      to,
      log: io.log,
      ...(deps.now ? { now: deps.now } : {}),
      ...(cfg.limitRate ? { limitRate: cfg.limitRate } : {}),
    }),
  );
}

/** One side's restic repository, opened where every command opens a place (formats/index.ts). */
async function openRepository(io: Io, spec: StoreSpec, side: 'from' | 'to') {
  const place = await openPlace(spec, io.log, sideEnv(io.env, side));
  // parseCopyConfig gives both sides one format.
  if (place.format !== 'restic') throw new Error(`internal: the copy's ${side} side is not a restic repository`);
  return place.repo;
}

const CREDENTIALS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'] as const;

/**
 * Each side's S3 credentials: `COPY_FROM_AWS_ACCESS_KEY_ID` (and `…_SECRET_ACCESS_KEY`,
 * `…_SESSION_TOKEN`) where set, for a copy between two providers (AWS to R2) that share no
 * account; otherwise the usual chain, as every store reads it. A side's own key pair never mixes
 * with the shared session token.
 */
export function sideEnv(env: NodeJS.ProcessEnv, side: 'from' | 'to'): NodeJS.ProcessEnv {
  const prefix = `COPY_${side.toUpperCase()}_`;
  if (!env[`${prefix}AWS_ACCESS_KEY_ID`]) return env;
  const out: NodeJS.ProcessEnv = { ...env };
  for (const k of CREDENTIALS) {
    if (env[prefix + k]) out[k] = env[prefix + k];
    else delete out[k];
  }
  return out;
}

async function report(io: Io, cfg: CopyConfig, r: CopyResult): Promise<void> {
  io.setOutput('copied', String(r.copied));
  io.setOutput('up-to-date', String(r.upToDate));
  io.log.info(
    `${r.copied} copied, ${r.upToDate} already there, ${r.failed} failed; ${formatBytes(r.bytes)} in ${formatDuration(r.durationMs)} (${formatRate(r.bytes, r.durationMs)}).`,
  );
  await io.summary(copySummaryMarkdown(cfg, r));
}

const STATUS: Record<string, string> = { copied: 'copied', 'up-to-date': 'already there', failed: '**failed**' };

export function copySummaryMarkdown(cfg: CopyConfig, r: CopyResult): string {
  const head = `### Copy of ${cfg.site}/${cfg.environment}: ${r.failed ? `${r.failed} failed` : 'ok'}\n\nFrom ${code(cfg.fromText)} to ${code(cfg.toText)}: ${r.copied} copied, ${r.upToDate} already there, ${r.failed} failed, ${formatBytes(r.bytes)}.\n`;
  if (r.outcomes.length === 0) return `${head}\nNo complete backup to copy.\n`;
  const rows = r.outcomes.map((o) => [
    code(o.id),
    STATUS[o.status]!,
    o.bytes ? formatBytes(o.bytes) : '-',
    o.status === 'copied' ? formatRate(o.bytes, o.durationMs) : '-',
    redact(o.problem ?? ''),
  ]);
  return `${head}\n${table(['backup', 'status', 'size', 'rate', 'problem'], rows, ['left', 'left', 'right', 'right']).join('\n')}\n`;
}
