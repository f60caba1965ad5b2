import { parseDurationInput, parseEnvironment, parseSite, parseStore, type StoreSpec } from './common.js';
import { ConfigError } from '../model/errors.js';
import { parseOptionalBackupChoice } from './backup-choice.js';
import type { InputName } from './inputs.js';
import type { InputSource } from './source.js';

// The copy action's inputs (and `site-backup copy`), parsed and checked before any byte moves.
// Each side is parsed by the same parseStore as `store`, through a view that reads `from-…` or
// `to-…` for the store's own options, so a store option added there is one input away here.

export type CopySide = 'from' | 'to';

export interface CopyConfig {
  site: string;
  environment: string;
  from: StoreSpec;
  to: StoreSpec;
  /** The `from` and `to` inputs as written, for messages and summaries (never credentials: none are inputs). */
  fromText: string;
  toText: string;
  /** One backup (an id or `latest`); undefined copies every complete one (within newerThanMs). */
  backup?: string;
  newerThanMs?: number;
  /** Bytes per second read from `from`; undefined is no limit. */
  limitRate?: number;
}

/** The store options each side takes; reading needs no storage class or encryption settings. */
const SIDE_OPTIONS: Record<CopySide, readonly string[]> = {
  from: ['s3-endpoint', 's3-region', 's3-force-path-style'],
  to: [
    's3-endpoint',
    's3-region',
    's3-force-path-style',
    's3-storage-class',
    's3-sse',
    's3-kms-key-id',
    's3-object-lock',
    's3-object-lock-margin',
  ],
};
/** Inputs both sides share as they are; the retention inputs are the `to` store's policy, which its locks follow. */
const SHARED = new Set(['format', 'restic-password', 'github-token', 'retention', 'retention-on-demand', 'retention-timezone']);

function sideName(side: CopySide, name: string): string | undefined {
  if (name === 'store') return side;
  if (SIDE_OPTIONS[side].includes(name)) return `${side}-${name}`;
  return SHARED.has(name) ? name : undefined;
}

/** `src` as parseStore expects it: `store` is `from` (or `to`), `s3-endpoint` is `from-s3-endpoint`… */
export function sideSource(src: InputSource, side: CopySide): InputSource {
  return {
    get(name) {
      const real = sideName(side, name);
      return real === undefined ? undefined : src.get(real as InputName);
    },
  };
}

/**
 * A store's input error, renamed to the input the user wrote (`to-s3-sse`, not `s3-sse`): from
 * parseStore, or from the store itself (a storage class the server refused).
 */
export function renamed(e: ConfigError, side: CopySide): ConfigError {
  const rename = (n: string) => sideName(side, n) ?? n;
  const out = new ConfigError(rename(e.input), '', '');
  // Also `name: value`, as a hint that says which value to set writes it.
  out.message = e.message.replace(/`([a-z0-9-]+)(:[^`]*)?`/g, (m, n: string, value: string | undefined) =>
    n === 'store' || SIDE_OPTIONS[side].includes(n) ? `\`${rename(n)}${value ?? ''}\`` : m,
  );
  return out;
}

/** One side of a copy, with its prefixed options (also `site-backup list --to`). */
export function parseSide(src: InputSource, side: CopySide, cwd: string): StoreSpec {
  if (!src.get(side)) {
    throw new ConfigError(
      side,
      'is required',
      `Name the store to copy ${side === 'from' ? 'from' : 'to'}: \`s3://bucket/prefix\` or a folder${side === 'from' ? ', or `artifact`' : ''}.`,
    );
  }
  try {
    return parseStore(sideSource(src, side), cwd);
  } catch (e) {
    throw e instanceof ConfigError ? renamed(e, side) : e;
  }
}

const RATE_UNITS: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9 };

/** `10M` is 10,000,000 bytes per second: decimal, as rclone's and curl's rate limits are. */
export function parseRate(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b(?:\/s)?)?$/i.exec(text.trim());
  const n = m ? Number(m[1]) * RATE_UNITS[m[2]!.toLowerCase()]! : NaN;
  if (!Number.isFinite(n) || n < 1024) {
    throw new ConfigError(
      'limit-rate',
      `"${text}" is not a rate of at least 1k bytes per second`,
      'Write bytes per second with an optional unit, such as `512k`, `10M` or `1G`, or leave it empty for no limit.',
    );
  }
  return Math.floor(n);
}

export function parseCopyConfig(src: InputSource, cwd = process.cwd()): CopyConfig {
  const cfg: CopyConfig = {
    site: parseSite(src),
    environment: parseEnvironment(src),
    from: parseSide(src, 'from', cwd),
    to: parseSide(src, 'to', cwd),
    fromText: src.get('from')!,
    toText: src.get('to')!,
  };
  checkPair(cfg);
  const backup = parseOptionalBackupChoice(src);
  if (backup !== undefined) cfg.backup = backup;
  const newerThan = parseDurationInput(src, 'newer-than');
  if (newerThan !== undefined) {
    if (backup !== undefined)
      throw new ConfigError(
        'newer-than',
        'is set together with `backup`',
        'Use one of them: `backup` copies one backup, `newer-than` every backup within that time.',
      );
    cfg.newerThanMs = newerThan;
  }
  const rate = src.get('limit-rate');
  if (rate !== undefined) cfg.limitRate = parseRate(rate);
  return cfg;
}

/** Pairs a copy cannot serve, refused before anything is listed. */
function checkPair(cfg: CopyConfig): void {
  if (cfg.to.kind === 'artifact') {
    throw new ConfigError(
      'to',
      'is `artifact`',
      "An artifact is staged whole on the runner's disk before upload, which a copy never does; copy into `s3://bucket/prefix` or a folder.",
    );
  }
  if (sameStore(cfg.from, cfg.to)) {
    throw new ConfigError(
      'to',
      'is the same store as `from`',
      'Copy into another bucket, prefix, endpoint or folder: a copy in the same place is no second copy.',
    );
  }
}

function sameStore(a: StoreSpec, b: StoreSpec): boolean {
  if (a.kind === 'local' && b.kind === 'local') return a.root === b.root;
  if (a.kind === 's3' && b.kind === 's3')
    return a.bucket === b.bucket && a.prefix === b.prefix && (a.endpoint ?? '') === (b.endpoint ?? '');
  return false;
}
