import { LOCK_MODES, type LockSettings } from '../retention/lock.js';
import { parsePolicy, parseTimeZone } from '../retention/policy.js';
import { parseDuration } from '../util/duration.js';
import { ConfigError } from '../model/errors.js';
import { inputOrDefault, type InputSource } from './source.js';

// `s3-object-lock` and its margin, checked with the store before anything else happens: a lock
// that cannot be honoured is refused here, not after an export (docs/immutable.md).

/** The lock settings, or undefined when `s3-object-lock` is `off`. */
export function parseObjectLock(src: InputSource, spec: { kind: 'local' | 's3' | 'artifact'; restic?: unknown }): LockSettings | undefined {
  const v = inputOrDefault(src, 's3-object-lock')!.toLowerCase();
  if (!(LOCK_MODES as readonly string[]).includes(v)) {
    throw new ConfigError(
      's3-object-lock',
      `"${v}" is not a lock mode`,
      'Use `off`, `governance` (an admin with s3:BypassGovernanceRetention can still delete) or `compliance` (nobody can delete until the date, not even the account root).',
    );
  }
  if (v === 'off') return undefined;
  if (spec.kind !== 's3') {
    throw new ConfigError(
      's3-object-lock',
      `needs an S3 store; \`store\` is ${spec.kind === 'artifact' ? '`artifact`: GitHub artifacts cannot be locked, and anyone with `actions: write` can delete them' : 'a folder'}`,
      'Use `store: s3://bucket/prefix` on a bucket with Object Lock enabled, or set `s3-object-lock: off`.',
    );
  }
  if (spec.restic) {
    throw new ConfigError(
      's3-object-lock',
      "does not combine with `format: restic`: a restic repository rewrites and deletes its own index and pack files when it prunes, so locked files would break every prune, and a snapshot's data is shared with every other snapshot, so no single backup can be locked for its own retention",
      'Use `format: archive` for locked backups, or set `s3-object-lock: off` (see docs/immutable.md).',
    );
  }
  const marginText = inputOrDefault(src, 's3-object-lock-margin')!;
  const marginMs = parseDuration(marginText);
  if (marginMs === undefined)
    throw new ConfigError(
      's3-object-lock-margin',
      `"${marginText}" is not a duration`,
      'Write a number and a unit, such as `1d`, `12h` or `30m`.',
    );
  return {
    mode: v as LockSettings['mode'],
    marginMs,
    scheduled: parsePolicy(inputOrDefault(src, 'retention')!, 'retention'),
    onDemand: parsePolicy(inputOrDefault(src, 'retention-on-demand')!, 'retention-on-demand'),
    timeZone: parseTimeZone(inputOrDefault(src, 'retention-timezone')!),
  };
}

/** `include-deleted`: only a versioned S3 bucket keeps what was deleted. */
export function parseIncludeDeleted(src: InputSource, kind: 'local' | 's3' | 'artifact', restic: boolean): boolean {
  const v = (src.get('include-deleted') ?? 'false').toLowerCase();
  if (!['true', 'false', 'yes', 'no', '1', '0', 'on', 'off'].includes(v))
    throw new ConfigError('include-deleted', `"${v}" is not a boolean`, 'Use `true` or `false`.');
  const on = ['true', 'yes', '1', 'on'].includes(v);
  if (on && (kind !== 's3' || restic)) {
    throw new ConfigError(
      'include-deleted',
      `needs a versioned S3 store with \`format: archive\`; ${kind !== 's3' ? `a ${kind === 'artifact' ? 'GitHub artifact' : 'folder'} store keeps nothing it deleted` : 'restic keeps no versions of its own'}`,
      'Remove `include-deleted`, or point `store` at the versioned (Object Lock) bucket.',
    );
  }
  return on;
}
