import { createHash } from 'node:crypto';
import {
  GetObjectLockConfigurationCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutObjectRetentionCommand,
  type ObjectLockMode,
  type S3Client,
} from '@aws-sdk/client-s3';
import { ConfigError } from '../model/errors.js';
import type { LockMode } from '../retention/lock.js';

// S3 Object Lock and versions for the S3 store (docs/immutable.md): the bucket check, the lock
// of one object as HeadObject reports it (GetObjectRetention is a second call and a second
// permission for the same answer), extending a lock, and walking the versions of a prefix.

export const SDK_MODE: Record<LockMode, ObjectLockMode> = { governance: 'GOVERNANCE', compliance: 'COMPLIANCE' };

export interface ObjectLock {
  mode?: ObjectLockMode;
  until?: Date;
}

const ENABLE_HINT =
  'Object Lock is switched on per bucket: create a new bucket with it (`aws s3api create-bucket --bucket NAME --object-lock-enabled-for-bucket`), or on an existing bucket enable versioning and then `aws s3api put-object-lock-configuration --bucket NAME --object-lock-configuration ObjectLockEnabled=Enabled`; or set `s3-object-lock: off`. See docs/immutable.md.';

/** Refuses, before any export, a bucket that cannot hold locked objects. */
export async function requireBucketLock(client: S3Client, bucket: string): Promise<void> {
  let enabled: string | undefined;
  try {
    const r = await client.send(new GetObjectLockConfigurationCommand({ Bucket: bucket }));
    enabled = r.ObjectLockConfiguration?.ObjectLockEnabled;
  } catch (e) {
    const err = e as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
    const code = err.Code ?? err.name ?? '';
    if (code === 'AccessDenied') {
      throw new ConfigError(
        's3-object-lock',
        `the credentials may not read the Object Lock configuration of bucket "${bucket}" (AccessDenied)`,
        "Grant s3:GetBucketObjectLockConfiguration on the bucket (docs/immutable.md has the backup role's policy).",
      );
    }
    if (code !== 'ObjectLockConfigurationNotFoundError' && err.$metadata?.httpStatusCode !== 404 && code !== 'NotImplemented') throw e;
  }
  if (enabled !== 'Enabled')
    throw new ConfigError(
      's3-object-lock',
      `bucket "${bucket}" does not have Object Lock enabled, so its objects cannot be locked`,
      ENABLE_HINT,
    );
}

export async function headLock(client: S3Client, bucket: string, key: string, versionId?: string): Promise<ObjectLock> {
  const r = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }));
  return {
    ...(r.ObjectLockMode ? { mode: r.ObjectLockMode } : {}),
    ...(r.ObjectLockRetainUntilDate ? { until: r.ObjectLockRetainUntilDate } : {}),
  };
}

/** Sets a lock. Callers only ever pass a later date than the one the object has: S3 refuses a shorter compliance lock, and governance would need a bypass the roles do not have. */
export async function putLock(
  client: S3Client,
  bucket: string,
  key: string,
  mode: ObjectLockMode,
  until: Date,
  versionId?: string,
): Promise<void> {
  await client.send(
    new PutObjectRetentionCommand({
      Bucket: bucket,
      Key: key,
      ...(versionId ? { VersionId: versionId } : {}),
      Retention: { Mode: mode, RetainUntilDate: until },
    }),
  );
}

/** Why an object's lock falls short of `mode` until `until`, or undefined when it holds. */
export function lockShortfall(lock: ObjectLock, mode: ObjectLockMode, until: Date): string | undefined {
  if (!lock.mode || !lock.until) return `is not locked (expected ${mode} until ${until.toISOString()})`;
  if (lock.mode !== mode) return `is locked in ${lock.mode} mode, expected ${mode}`;
  // Dates come back in whole seconds; a lock set to the millisecond reads back up to 1 s early.
  if (lock.until.getTime() < until.getTime() - 1000)
    return `is locked only until ${lock.until.toISOString()}, expected at least ${until.toISOString()}`;
  return undefined;
}

/** Content-MD5 of a request body we hold whole: S3 insists on it for any write that carries a lock. */
export function contentMd5(body: unknown): string | undefined {
  if (typeof body === 'string' || body instanceof Uint8Array) return createHash('md5').update(body).digest('base64');
  return undefined;
}

export interface VersionEntry {
  key: string;
  versionId: string;
  size: number;
  lastModified: Date;
  /** The current version: not hidden by a delete marker. */
  current: boolean;
}

/**
 * Every key under `prefix` that has a readable version: its current version when the newest
 * version is not a delete marker, else its newest older version (deleted, but still there).
 * Throws on a partial listing, as the plain walk does.
 */
export async function walkVersions(client: S3Client, bucket: string, prefix: string): Promise<VersionEntry[]> {
  type V = { key: string; versionId: string; size: number; lastModified: Date; marker: boolean; latest: boolean };
  const all: V[] = [];
  let keyMarker: string | undefined;
  let versionMarker: string | undefined;
  for (let page = 0; ; page++) {
    if (page > 100_000) throw new Error(`listing the versions under ${prefix} did not end; refusing a partial listing`);
    const r = await client.send(
      new ListObjectVersionsCommand({ Bucket: bucket, Prefix: prefix, KeyMarker: keyMarker, VersionIdMarker: versionMarker }),
    );
    for (const v of r.Versions ?? []) {
      if (!v.Key || !v.VersionId || v.Size === undefined || !v.LastModified)
        throw new Error(`listing the versions under ${prefix} returned a malformed entry; refusing a partial listing`);
      all.push({
        key: v.Key,
        versionId: v.VersionId,
        size: v.Size,
        lastModified: v.LastModified,
        marker: false,
        latest: v.IsLatest === true,
      });
    }
    for (const m of r.DeleteMarkers ?? []) {
      if (!m.Key || !m.LastModified) continue;
      all.push({
        key: m.Key,
        versionId: m.VersionId ?? '',
        size: 0,
        lastModified: m.LastModified,
        marker: true,
        latest: m.IsLatest === true,
      });
    }
    if (!r.IsTruncated) break;
    if (!r.NextKeyMarker || (r.NextKeyMarker === keyMarker && r.NextVersionIdMarker === versionMarker))
      throw new Error(`listing the versions under ${prefix} was truncated without a usable marker; refusing a partial listing`);
    keyMarker = r.NextKeyMarker;
    versionMarker = r.NextVersionIdMarker;
  }
  const byKey = new Map<string, V[]>();
  for (const v of all) byKey.set(v.key, [...(byKey.get(v.key) ?? []), v]);
  const out: VersionEntry[] = [];
  for (const [key, versions] of byKey) {
    // Newest first: S3 lists a key's versions so, but markers come in their own list.
    versions.sort((a, b) => (a.latest ? -1 : b.latest ? 1 : b.lastModified.getTime() - a.lastModified.getTime()));
    const head = versions[0]!;
    const readable = versions.find((v) => !v.marker);
    if (!readable) continue;
    out.push({
      key,
      versionId: readable.versionId,
      size: readable.size,
      lastModified: readable.lastModified,
      current: !head.marker && head === readable,
    });
  }
  return out;
}
