import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_RE } from '../model/backup-id.js';
import { COMPONENTS, type Component } from '../model/manifest.js';
import { parseResticOptions, type ResticOptions } from './restic.js';
import type { LockSettings } from '../retention/lock.js';
import { parseDuration } from '../util/duration.js';
import { ConfigError } from '../model/errors.js';
import { parseIncludeDeleted, parseObjectLock } from './lock.js';
import { PLATFORMS } from './platforms.generated.js';
import { inputOrDefault, type InputSource } from './source.js';
import type { InputName } from './inputs.js';

// Derived from the platform registry by `npm run gen` (src/platforms/registry.ts).
export { PLATFORMS };
export type PlatformName = (typeof PLATFORMS)[number];

/**
 * A folder we will write into must be a folder, or not exist yet below a folder: a file there
 * (or a file where a parent folder should be: ENOTDIR) fails now, not after the export or the
 * download. Nothing is created here.
 */
export function requireFolderOrAbsent(p: string, input: InputName, fix: string): string {
  for (let cur = p; ; cur = path.dirname(cur)) {
    let st;
    try {
      st = statSync(cur);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && path.dirname(cur) !== cur) continue;
      if (code === 'ENOTDIR') continue; // a file further up: found as the walk goes on
      throw new ConfigError(input, `${p} cannot be checked (${code ?? 'error'})`, fix);
    }
    if (st.isDirectory()) return p;
    throw new ConfigError(
      input,
      cur === p ? `${p} exists and is not a folder` : `${cur} is a file, so ${p} cannot be a folder below it`,
      fix,
    );
  }
}

const STORE_FIX = 'Point `store` at a folder (it is created when missing), an `s3://` URL or `artifact`.';

/** Control characters (a newline from a pasted value, an escape) never belong in a name or path. */
export function refuseControlChars(input: InputName, v: string, fix: string): void {
  // eslint-disable-next-line no-control-regex
  const m = /[\x00-\x1f\x7f]/.exec(v);
  if (m)
    throw new ConfigError(input, `holds a control character (code ${m[0].charCodeAt(0)}${m[0] === '\n' ? ', a line break' : ''})`, fix);
}

export type StoreSpec =
  | { kind: 'local'; root: string; restic?: ResticOptions }
  | {
      kind: 's3';
      restic?: ResticOptions;
      bucket: string;
      prefix: string;
      endpoint?: string;
      region?: string;
      forcePathStyle: boolean;
      storageClass?: string;
      sse?: string;
      kmsKeyId?: string;
      /** `s3-object-lock`: every object of a backup is written locked (docs/immutable.md). */
      objectLock?: LockSettings;
      /** `include-deleted`: list and read backups whose objects are only old versions now. */
      includeDeleted?: boolean;
    }
  | {
      kind: 'artifact';
      retentionDays?: number;
      /** From `github-token`; the store falls back to GITHUB_TOKEN (the CLI's usual way to pass it). */
      token?: string;
    };

/** The settings every action and CLI command shares. */
export interface CommonConfig {
  platform: PlatformName;
  site: string;
  environment: string;
  store: StoreSpec;
  /** Undefined means "all the platform can export". */
  components?: Component[];
}

const ENV_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Platforms registered at run time (platforms/index.ts registerPlatform), beside the generated list. */
const ADDED_PLATFORMS: string[] = [];

/** Lets parsePlatform accept a platform that registerPlatform added; the config cannot import the platforms. */
export function acceptPlatformName(name: string): void {
  if (!ADDED_PLATFORMS.includes(name)) ADDED_PLATFORMS.push(name);
}

export function parsePlatform(src: InputSource): PlatformName {
  const v = inputOrDefault(src, 'platform')!;
  const known: readonly string[] = [...PLATFORMS, ...ADDED_PLATFORMS];
  if (!known.includes(v)) {
    throw new ConfigError('platform', `unknown platform "${v}"`, `Use one of: ${known.join(', ')}.`);
  }
  return v as PlatformName;
}

export function parseSite(src: InputSource): string {
  const v = src.get('site');
  if (!v)
    throw new ConfigError('site', 'is required', 'Give the site a name such as `acme-shop` (lower case letters, digits, `.`, `_`, `-`).');
  if (!SITE_RE.test(v) || v.length > 100) {
    throw new ConfigError(
      'site',
      `"${v}" is not a valid site name`,
      'Use lower case letters, digits, `.`, `_` and `-`, starting with a letter or digit (no `/`, `..` or spaces).',
    );
  }
  return v;
}

export function parseEnvironment(src: InputSource, name: 'environment' | 'target-environment' = 'environment'): string {
  const v = name === 'environment' ? inputOrDefault(src, 'environment')! : src.get(name as InputName)!;
  if (!ENV_RE.test(v) || v.length > 100 || v.includes('..')) {
    throw new ConfigError(name, `"${v}" is not a valid environment name`, 'Use letters, digits, `.`, `_` and `-`, without `/` or `..`.');
  }
  return v;
}

export function parseBool(src: InputSource, name: InputName): boolean {
  const v = (inputOrDefault(src, name) ?? 'false').toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new ConfigError(name, `"${v}" is not a boolean`, 'Use `true` or `false`.');
}

/** The longest delay a Node timer keeps: 2^31-1 ms, about 24.8 days. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export function parseDurationInput(src: InputSource, name: InputName): number | undefined {
  const v = inputOrDefault(src, name);
  if (v === undefined) return undefined;
  const ms = parseDuration(v);
  if (ms === undefined) {
    throw new ConfigError(
      name,
      `"${v}" is not a duration`,
      'Write a number and a unit, such as `90s`, `30m`, `6h`, `7d` or `2w` (units combine: `1d12h`).',
    );
  }
  // `timeout` becomes a timer, and Node's timers overflow above 2^31-1 ms (24.8 days): a longer
  // one fired at once, and the run failed with "timed out … raise the timeout".
  if (name === 'timeout' && (ms <= 0 || ms > MAX_TIMER_MS)) {
    throw new ConfigError(
      name,
      `"${v}" is ${ms <= 0 ? 'not a positive duration' : 'longer than the longest timeout this runtime can keep (24 days)'}`,
      'Use a duration from `1s` to `24d`, such as `60m` or `6h`.',
    );
  }
  return ms;
}

export function parseComponents(src: InputSource): Component[] | undefined {
  const v = src.get('components');
  if (!v) return undefined;
  const names = v.split(/[\s,]+/).filter(Boolean);
  const out: Component[] = [];
  for (const n of names) {
    if (!(COMPONENTS as readonly string[]).includes(n)) {
      throw new ConfigError('components', `unknown component "${n}"`, `Use a comma-separated list of: ${COMPONENTS.join(', ')}.`);
    }
    if (!out.includes(n as Component)) out.push(n as Component);
  }
  return out;
}

function optional(src: InputSource, name: InputName): string | undefined {
  return inputOrDefault(src, name);
}

/** The `store` input, with `format: restic` (and its options) attached when set. */
export function parseStore(src: InputSource, cwd = process.cwd()): StoreSpec {
  const spec = parseStoreLocation(src, cwd);
  const restic = parseResticOptions(src, spec.kind);
  const out = restic && spec.kind !== 'artifact' ? { ...spec, restic } : spec;
  const lock = parseObjectLock(src, out);
  const includeDeleted = parseIncludeDeleted(src, out.kind, restic !== undefined);
  if (out.kind === 's3') {
    if (lock) out.objectLock = lock;
    if (includeDeleted) out.includeDeleted = true;
  }
  return out;
}

function parseStoreLocation(src: InputSource, cwd: string): StoreSpec {
  const v = inputOrDefault(src, 'store')!;
  refuseControlChars('store', v, `Remove it (a line break pasted with the value?). ${STORE_FIX}`);
  if (v === 'artifact') return parseArtifactStore(src);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(v)?.[1]?.toLowerCase();
  if (scheme === 's3') return parseS3Store(src, v);
  if (scheme === 'file') {
    let p: string;
    try {
      p = fileURLToPath(v);
    } catch {
      throw new ConfigError('store', `"${v}" is not a valid file URL`, 'Write `file:///absolute/path`, or a plain folder path.');
    }
    return { kind: 'local', root: requireFolderOrAbsent(p, 'store', STORE_FIX) };
  }
  if (scheme !== undefined) {
    throw new ConfigError(
      'store',
      `unsupported scheme "${scheme}://"`,
      'Use `s3://bucket/prefix` (any S3-compatible store, with `s3-endpoint`), `artifact`, `file:///abs/path` or a plain folder path.',
    );
  }
  return { kind: 'local', root: requireFolderOrAbsent(path.resolve(cwd, v), 'store', STORE_FIX) };
}

/** `store: artifact`, with its token and retention. */
function parseArtifactStore(src: InputSource): StoreSpec {
  const spec: StoreSpec = { kind: 'artifact' };
  // Not inputOrDefault: the registry default `${{ github.token }}` is an expression only the runner expands.
  const token = src.get('github-token');
  if (token) spec.token = token;
  const days = src.get('artifact-retention-days');
  if (days === undefined) return spec;
  const n = Number(days);
  if (!Number.isInteger(n) || n < 1 || n > 400) {
    throw new ConfigError(
      'artifact-retention-days',
      `"${days}" is not a whole number of days from 1 to 400`,
      'Use for example `30`, or leave it empty for the repository setting.',
    );
  }
  spec.retentionDays = n;
  return spec;
}

/** `store: s3://bucket/prefix` and the `s3-*` inputs, checked in the order a person reads them. */
function parseS3Store(src: InputSource, v: string): StoreSpec {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/i.exec(v);
  const bucket = m?.[1] ?? '';
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new ConfigError(
      'store',
      `"${v}" does not name a valid S3 bucket`,
      'Write `s3://bucket` or `s3://bucket/prefix`, with a bucket name of 3 to 63 lower case letters, digits, `.` and `-`.',
    );
  }
  const prefix = (m?.[2] ?? '').replace(/^\/+|\/+$/g, '');
  if (prefix.split('/').some((p) => p === '..' || p === '.')) {
    throw new ConfigError('store', `prefix "${prefix}" contains "." or ".." segments`, 'Use a plain prefix such as `backups/sites`.');
  }
  const endpoint = parseS3Endpoint(src);
  const { sse, kmsKeyId } = parseS3Encryption(src);
  const storageClass = optional(src, 's3-storage-class');
  if (storageClass !== undefined && !/^[A-Z_]+$/.test(storageClass)) {
    throw new ConfigError(
      's3-storage-class',
      `"${storageClass}" is not a storage class`,
      'Use an S3 storage class such as `STANDARD`, `STANDARD_IA` or `GLACIER_IR`.',
    );
  }
  const spec: StoreSpec = { kind: 's3', bucket, prefix, forcePathStyle: parseBool(src, 's3-force-path-style') };
  if (endpoint) spec.endpoint = endpoint;
  const region = optional(src, 's3-region');
  if (region) spec.region = region;
  if (storageClass) spec.storageClass = storageClass;
  if (sse) spec.sse = sse;
  if (kmsKeyId) spec.kmsKeyId = kmsKeyId;
  return spec;
}

function parseS3Endpoint(src: InputSource): string | undefined {
  const endpoint = optional(src, 's3-endpoint');
  if (endpoint === undefined) return undefined;
  try {
    const u = new URL(endpoint);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw new ConfigError(
      's3-endpoint',
      'is not an http(s) URL',
      'Write the endpoint as `https://<account>.r2.cloudflarestorage.com` or `http://127.0.0.1:9000`.',
    );
  }
  return endpoint;
}

/** `s3-sse` and `s3-kms-key-id`: a key id only means something with KMS encryption. */
function parseS3Encryption(src: InputSource): { sse?: string | undefined; kmsKeyId?: string | undefined } {
  const sse = optional(src, 's3-sse');
  if (sse !== undefined && sse !== 'AES256' && sse !== 'aws:kms' && sse !== 'aws:kms:dsse') {
    throw new ConfigError(
      's3-sse',
      `"${sse}" is not a server-side encryption mode`,
      'Use `AES256` or `aws:kms` (with `s3-kms-key-id`), or leave it empty.',
    );
  }
  const kmsKeyId = optional(src, 's3-kms-key-id');
  if (kmsKeyId !== undefined && !sse?.startsWith('aws:kms')) {
    throw new ConfigError('s3-kms-key-id', 'is set but `s3-sse` is not `aws:kms`', 'Set `s3-sse: aws:kms`, or remove the key id.');
  }
  return { sse, kmsKeyId };
}

export function parseCommon(src: InputSource, cwd?: string): CommonConfig {
  const cfg: CommonConfig = {
    platform: parsePlatform(src),
    site: parseSite(src),
    environment: parseEnvironment(src),
    store: parseStore(src, cwd),
  };
  if (cfg.store.kind === 'artifact') {
    // Artifact names join site, environment and id with `--`; a name holding `--` itself could
    // then match another site's backups, and prune deletes by that match.
    for (const [input, v] of [
      ['site', cfg.site],
      ['environment', cfg.environment],
    ] as const) {
      if (v.includes('--'))
        throw new ConfigError(
          input,
          `"${v}" contains "--", which the artifact store uses to separate site, environment and backup id`,
          'Use a single `-` or `.` instead, or an S3 or folder store.',
        );
    }
  }
  const components = parseComponents(src);
  if (components) cfg.components = components;
  return cfg;
}
