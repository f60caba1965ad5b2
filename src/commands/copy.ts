import { parseCopyConfig, type CopyConfig } from '../config/copy.js';
import { CopyError, runCopy, type CopyResult } from '../core/copy.js';
import { code, table } from '../report/markdown.js';
import { redact } from '../report/redact.js';
import { openStore } from '../stores/index.js';
import type { Store } from '../stores/store.js';
import { formatBytes, formatRate } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';
import { RateLimiter, type Clock } from '../util/rate.js';
import type { Io } from '../config/io.js';
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
  const from = deps.from ?? (await openStore(cfg.from, io.log, sideEnv(io.env, 'from')));
  const to = deps.to ?? (await openStore(cfg.to, io.log, sideEnv(io.env, 'to')));
  const limiter = cfg.limitRate ? new RateLimiter(cfg.limitRate, deps.clock) : undefined;
  let result: CopyResult;
  try {
    result = await runCopy(cfg, { from, to, log: io.log, ...(deps.now ? { now: deps.now } : {}), ...(limiter ? { limiter } : {}) });
  } catch (e) {
    if (e instanceof CopyError) await report(io, cfg, e.result);
    throw e;
  }
  await report(io, cfg, result);
  return result;
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
