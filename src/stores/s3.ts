import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  DeleteObjectsCommand,
  ListMultipartUploadsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type PutObjectCommandInput,
  type ServerSideEncryption,
  type StorageClass,
} from '@aws-sdk/client-s3';
import type { StoreSpec } from '../config/common.js';
import { ConfigError } from '../model/errors.js';
import { parseBackupId } from '../model/backup-id.js';
import { MANIFEST_NAME } from '../model/manifest.js';
import { lockOnBackup, policyFor } from '../retention/lock.js';
import { redact } from '../report/redact.js';
import type { Reporter } from '../report/reporter.js';
import { backoff, ReadBackError, readRetriesFrom } from './read-retry.js';
import { MAX_PARTS, PartPool, partSizeFor, uploadStream } from './s3-multipart.js';
import { SDK_MODE, contentMd5, headLock, lockShortfall, putLock, requireBucketLock, walkVersions, type ObjectLock } from './s3-lock.js';
import {
  BackupExistsError,
  ObjectReadError,
  groupBackups,
  isLayoutObject,
  isRecordName,
  type BackupRef,
  type BackupWriter,
  type LockState,
  type RecordName,
  type RemoveResult,
  type Store,
  type StoredBackup,
} from './store.js';

type S3Spec = Extract<StoreSpec, { kind: 's3' }>;
type Access = 'list' | 'write' | 'read' | 'delete';

export interface S3StoreOptions {
  /** Keys per ListObjectsV2 page (1 to 1000). Tests lower it to cross many pages cheaply. */
  pageSize?: number;
  /** The clock a new lock is measured from (a copy of an old backup is locked from now); tests move it. */
  now?: () => Date;
}

/** An Object Lock to write: SDK mode and retain-until date. */
type WriteLock = { mode: NonNullable<ObjectLock['mode']>; until: Date };

// Memory is PART_BUFFERS parts whatever the object's size (s3-multipart.ts): two parts in flight,
// or one in flight while the next fills.
const PART_BUFFERS = 2;

const DELETE_BATCH = 1000;
// Archive classes cannot be read back without a restore request: the manifest never goes there.
const ARCHIVE_CLASSES = new Set(['GLACIER', 'DEEP_ARCHIVE']);

const PERMISSION: Record<Access, string> = {
  list: 's3:ListBucket',
  write: 's3:PutObject',
  read: 's3:GetObject',
  delete: 's3:DeleteObject',
};
const VERB: Record<Access, string> = { list: 'listing', write: 'writing', read: 'reading', delete: 'deleting' };
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const CHAIN_HINT =
  'Credentials come only from the AWS SDK default chain: in GitHub Actions use aws-actions/configure-aws-credentials (OIDC) before this step; elsewhere AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN) or AWS_PROFILE.';

interface SdkError {
  name?: string;
  Code?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

function errorCode(e: unknown): string {
  const err = e as SdkError;
  return err?.Code ?? err?.name ?? '';
}

function httpStatus(e: unknown): number | undefined {
  return (e as SdkError)?.$metadata?.httpStatusCode;
}

/** The SDK default chain, except that keys in `env` win, so a caller's env is honoured without touching process.env. */
function credentialsFrom(env: NodeJS.ProcessEnv) {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) return undefined;
  return { accessKeyId, secretAccessKey, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) };
}

/** `s3://bucket/prefix`: S3 or any S3-compatible store (R2, MinIO, B2, Wasabi). */
type ListedEntry = { id: string; name: string; size: number; lastModified: Date };

export class S3Store implements Store {
  readonly kind = 's3' as const;
  private readonly client: S3Client;
  private readonly pageSize: number;
  /** Resumed GETs per object read before it fails as "could not read, try again". */
  private readonly readRetries: number;
  private readonly now: () => Date;
  /** `include-deleted`: keys whose readable version is an old one, hidden by a delete marker. */
  private readonly versions = new Map<string, string>();
  private readonly parts = new PartPool(PART_BUFFERS);

  constructor(
    readonly spec: S3Spec,
    readonly log: Reporter,
    readonly env: NodeJS.ProcessEnv,
    opts: S3StoreOptions = {},
  ) {
    log.setSecret(env.AWS_SECRET_ACCESS_KEY);
    log.setSecret(env.AWS_SESSION_TOKEN);
    const pageSize = opts.pageSize ?? Number(env.SITE_BACKUP_S3_PAGE_SIZE || 1000);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000)
      throw new Error(`S3 listing page size must be 1 to 1000, got ${pageSize}`);
    this.pageSize = pageSize;
    this.readRetries = readRetriesFrom(env);
    this.now = opts.now ?? (() => new Date());
    this.client = new S3Client({
      region: spec.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
      endpoint: spec.endpoint,
      forcePathStyle: spec.forcePathStyle,
      credentials: credentialsFrom(env),
      followRegionRedirects: true,
      // Trailing CRC checksums (aws-chunked) are refused by several S3-compatible stores. Every
      // object's sha256 is in the manifest and checked on restore, and parts are signed buffers.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // A black-holed endpoint would otherwise hang the job until its timeout.
      requestHandler: { connectionTimeout: 15_000 },
      // Each request (500, 503 SlowDown, a reset before the answer) is retried with the SDK's
      // jittered backoff; the same budget as resumed reads, so a user raises both at once.
      maxAttempts: this.readRetries + 1,
    });
    // DeleteObjects: AWS takes the SDK's CRC32, but MinIO, Ceph and others insist on Content-MD5.
    this.client.middlewareStack.add(
      (next, context) => async (args) => {
        const req = args.request as { headers?: Record<string, string>; body?: unknown };
        if (context.commandName === 'DeleteObjectsCommand' && req.headers && typeof req.body === 'string') {
          req.headers['content-md5'] = createHash('md5').update(req.body).digest('base64');
        }
        return next(args);
      },
      { step: 'build', name: 'siteBackupDeleteObjectsMd5' },
    );
    // S3 refuses a write that carries a lock without Content-MD5 (or a trailing checksum, which
    // several stores refuse): every such body is a buffer we hold whole, the manifest or a part.
    if (spec.objectLock) {
      this.client.middlewareStack.add(
        (next, context) => async (args) => {
          const req = args.request as { headers?: Record<string, string>; body?: unknown };
          if (
            (context.commandName === 'PutObjectCommand' || context.commandName === 'UploadPartCommand') &&
            req.headers &&
            !req.headers['content-md5']
          ) {
            const md5 = contentMd5(req.body);
            if (md5) req.headers['content-md5'] = md5;
          }
          return next(args);
        },
        { step: 'build', name: 'siteBackupLockMd5' },
      );
    }
  }

  private base(site: string, environment: string): string {
    return [this.spec.prefix, site, environment].filter(Boolean).join('/') + '/';
  }

  private key(ref: BackupRef, name: string): string {
    return `${this.base(ref.site, ref.environment)}${ref.id}/${name}`;
  }

  private uri(key: string): string {
    return `s3://${this.spec.bucket}/${key}`;
  }

  location(ref: BackupRef): string {
    return this.uri(this.key(ref, ''));
  }

  objectUri(ref: BackupRef, name: string): string {
    return this.uri(this.key(ref, name));
  }

  private encryption(): Pick<PutObjectCommandInput, 'ServerSideEncryption' | 'SSEKMSKeyId'> {
    return {
      ...(this.spec.sse ? { ServerSideEncryption: this.spec.sse as ServerSideEncryption } : {}),
      ...(this.spec.kmsKeyId ? { SSEKMSKeyId: this.spec.kmsKeyId } : {}),
    };
  }

  /**
   * The lock a backup should have (docs/immutable.md): until the earliest moment its retention
   * policy could release it, plus the margin. Undefined without `s3-object-lock`.
   */
  expectedLock(ref: BackupRef): WriteLock | undefined {
    const lock = this.spec.objectLock;
    if (!lock) return undefined;
    const parsed = parseBackupId(ref.id);
    if (!parsed) throw new Error(`not a backup id: ${ref.id}`);
    const until = lockOnBackup(parsed.time.getTime(), policyFor(lock, parsed.trigger), lock.timeZone, lock.marginMs);
    // Whole seconds, rounded up: S3 keeps no milliseconds, and a lock is never cut short.
    return { mode: SDK_MODE[lock.mode], until: new Date(Math.ceil(until / 1000) * 1000) };
  }

  /** The lock written: the expected one, but never ending sooner than now + the margin (a copy of an old backup). */
  private writeLock(ref: BackupRef): WriteLock | undefined {
    const lock = this.expectedLock(ref);
    if (!lock) return undefined;
    const floor = Math.ceil((this.now().getTime() + this.spec.objectLock!.marginMs) / 1000) * 1000;
    return floor > lock.until.getTime() ? { ...lock, until: new Date(floor) } : lock;
  }

  /**
   * Checks an object holds at least the backup's expected lock; where it does not (a multipart
   * upload on some stores), sets the lock a write would set now, then reads it back.
   */
  private async ensureLocked(key: string, ref: BackupRef): Promise<void> {
    const expected = this.expectedLock(ref)!;
    const fix = this.writeLock(ref)!;
    try {
      if (!lockShortfall(await headLock(this.client, this.spec.bucket, key), expected.mode, expected.until)) return;
      await putLock(this.client, this.spec.bucket, key, fix.mode, fix.until);
    } catch (e) {
      throw this.explain(e, 'write', key);
    }
    const problem = lockShortfall(await headLock(this.client, this.spec.bucket, key), expected.mode, expected.until);
    if (problem)
      throw new Error(
        `${this.uri(key)} ${problem}, and setting its retention did not take (if it is locked but HeadObject does not show it, grant s3:GetObjectRetention): a backup whose objects are not all locked gets no manifest`,
      );
  }

  async createWriter(ref: BackupRef): Promise<BackupWriter> {
    // Each write takes the lock anew: a date measured from now must still be ahead when the
    // manifest goes up hours later (S3 refuses a date in the past).
    const locked = this.spec.objectLock !== undefined;
    await this.preflight(ref);
    if (locked)
      await requireBucketLock(this.client, this.spec.bucket).catch((e: unknown) =>
        Promise.reject(this.explain(e, 'list', this.key(ref, ''))),
      );
    // Keys that may exist because of this writer; a clear refusal from S3 means nothing was written.
    const written = new Set<string>();
    const attempt = async (key: string, access: Access, run: () => Promise<void>) => {
      written.add(key);
      try {
        await run();
      } catch (e) {
        const status = httpStatus(e);
        if (status !== undefined && status >= 400 && status < 500) written.delete(key);
        throw this.explain(e, access, key);
      }
    };
    return {
      put: async (name, body, size) => {
        if (!isLayoutObject(name) || name === MANIFEST_NAME) throw new Error(`not a backup object name: ${name}`);
        const key = this.key(ref, name);
        return attempt(key, 'write', async () => {
          const lock = this.writeLock(ref);
          const etag = await this.upload(key, body, lock, size);
          // A multipart ETag ends in -<parts>: some stores drop the lock headers of such an
          // upload, so its retention is set now; commit() reads every lock back anyway.
          const after = this.writeLock(ref);
          if (after && (!etag || /-\d+"?$/.test(etag))) await putLock(this.client, this.spec.bucket, key, after.mode, after.until);
        });
      },
      commit: async (manifestJson) => {
        const key = this.key(ref, MANIFEST_NAME);
        try {
          // The audit before the commit point: every object locked, or no manifest.
          if (locked) await Promise.all([...written].map((k) => this.ensureLocked(k, ref)));
          await attempt(key, 'write', async () => {
            await this.putManifest(key, manifestJson, this.writeLock(ref));
            if (locked) await this.ensureLocked(key, ref);
          });
        } catch (e) {
          // Another backup's manifest: never ours to delete in abort().
          if (e instanceof BackupExistsError) written.delete(key);
          // A manifest we could not read may be another backup's: never ours to delete. And one
          // that is stored, only not confirmed: deleting the rest would break a backup that may be whole.
          if (e instanceof ReadBackError) written.delete(key);
          if (e instanceof ReadBackError && e.stored) written.clear();
          throw e;
        }
      },
      abort: async () => {
        if (written.size === 0) return;
        const failed = [...(await this.deleteKeys([...written]))];
        if (failed.length > 0)
          throw new Error(`${failed.length} object(s) could not be deleted, first ${this.uri(failed[0]![0])}: ${failed[0]![1]}`);
      },
    };
  }

  /**
   * Fails fast, before a long export, when the bucket is missing or the credentials are wrong.
   * A plain AccessDenied is let through: a write-only role (no s3:ListBucket) is a sound setup.
   */
  private async preflight(ref: BackupRef): Promise<void> {
    let page;
    try {
      page = await this.client.send(new ListObjectsV2Command({ Bucket: this.spec.bucket, Prefix: this.key(ref, ''), MaxKeys: 100 }));
    } catch (e) {
      if (errorCode(e) === 'AccessDenied') {
        this.log.info(`Cannot list ${this.uri(this.base(ref.site, ref.environment))} (no s3:ListBucket); writing anyway.`);
        return;
      }
      throw this.explain(e, 'list', this.key(ref, ''));
    }
    // A backup object under this id belongs to another writer: refuse before overwriting it.
    const prefix = this.key(ref, '');
    if ((page.Contents ?? []).some((o) => isLayoutObject((o.Key ?? '').slice(prefix.length))))
      throw new BackupExistsError(this.location(ref));
  }

  /** Returns the object's ETag. */
  private upload(key: string, body: Readable, lock?: WriteLock, size?: number): Promise<string | undefined> {
    const params = {
      Bucket: this.spec.bucket,
      Key: key,
      ContentType: 'application/octet-stream',
      ...(this.spec.storageClass ? { StorageClass: this.spec.storageClass as StorageClass } : {}),
      ...this.encryption(),
      ...(lock ? { ObjectLockMode: lock.mode, ObjectLockRetainUntilDate: lock.until } : {}),
    };
    return uploadStream(this.client, params, body, {
      partSize: partSizeFor(size),
      buffers: PART_BUFFERS,
      maxParts: MAX_PARTS,
      pool: this.parts,
      // The explained error, since the archive pipeline reports whichever side failed first.
      stopWith: (e) => this.explain(e, 'write', key),
    });
  }

  /**
   * The commit point, written once. `If-None-Match: *` keeps a second writer from replacing a
   * finished backup's manifest where the store supports it. Some S3-compatible stores ignore the
   * header (s3rver, older MinIO), so the key is also checked before, and read back after: a
   * manifest that is not byte for byte ours means another writer got there, and the step fails.
   */
  private async putManifest(key: string, json: string, lock?: WriteLock): Promise<void> {
    const before = await this.readOwn(key, 'checking that no other backup has this id before writing its manifest');
    // The same bytes are our own earlier write (the manifest holds the unique id and digests).
    if (before === json) return;
    if (before !== undefined) throw new BackupExistsError(this.uri(key));
    await this.putManifestOnce(key, json, lock);
    const after = await this.readOwn(key, 'reading the manifest back after writing it', {});
    if (after !== json) throw new BackupExistsError(this.uri(key));
  }

  private async putManifestOnce(key: string, json: string, lock?: WriteLock): Promise<void> {
    const sc = this.spec.storageClass;
    const input: PutObjectCommandInput = {
      Bucket: this.spec.bucket,
      Key: key,
      Body: json,
      ContentType: 'application/json',
      ...(sc && !ARCHIVE_CLASSES.has(sc) ? { StorageClass: sc as StorageClass } : {}),
      ...this.encryption(),
      ...(lock ? { ObjectLockMode: lock.mode, ObjectLockRetainUntilDate: lock.until } : {}),
    };
    try {
      await this.client.send(new PutObjectCommand({ ...input, IfNoneMatch: '*' }));
    } catch (e) {
      const code = errorCode(e);
      if (code === 'NotImplemented' || httpStatus(e) === 501) {
        await this.client.send(new PutObjectCommand(input));
        return;
      }
      if (code === 'PreconditionFailed' || code === 'ConditionalRequestConflict') {
        // A retry of our own successful write also lands here: the same bytes mean it is ours.
        const existing = await this.readOwn(key, 'reading the manifest that refused our conditional write', {
          note: "A manifest is there (ours, if a retry of our write got this answer, or another backup's), so nothing of the backup was deleted; `list` and verify show which.",
        });
        if (existing === json) return;
        throw new BackupExistsError(this.uri(key));
      }
      throw e;
    }
  }

  /**
   * One of our own writes, read back through the same retries and resumes as verify's reads
   * (readKey): one reset on this GET used to fail the backup and delete a backup fully stored.
   * Undefined when the object does not exist. `stored`: a manifest is there (see ReadBackError).
   */
  private async readOwn(key: string, why: string, stored?: { note?: string }): Promise<string | undefined> {
    try {
      const chunks: Buffer[] = [];
      for await (const c of await this.readKey(key)) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString();
    } catch (e) {
      if (errorCode(e) === 'NoSuchKey' || errorCode((e as { cause?: unknown }).cause) === 'NoSuchKey') return undefined;
      if (e instanceof ConfigError) throw e;
      throw new ReadBackError(
        { request: `GET ${this.uri(key)}`, why, retries: this.readRetries, stored: stored !== undefined, ...stored },
        e,
      );
    }
  }

  async list(site: string, environment: string): Promise<StoredBackup[]> {
    const entries: ListedEntry[] = [];
    await this.walkOrVersions(this.base(site, environment), (rest, o) => {
      const slash = rest.indexOf('/');
      if (slash <= 0) return; // a file beside the backups, such as a README
      entries.push({ id: rest.slice(0, slash), name: rest.slice(slash + 1), ...o });
    });
    return this.markDeleted(groupBackups(site, environment, entries));
  }

  async listAll(): Promise<StoredBackup[]> {
    const byTarget = new Map<string, ListedEntry[]>();
    await this.walkOrVersions(this.spec.prefix ? `${this.spec.prefix}/` : '', (rest, o) => {
      const parts = rest.split('/');
      // <site>/<environment>/<id>/<name>; anything else under the prefix is not ours to list.
      if (parts.length !== 4 || parts.some((p) => !p)) return;
      const k = `${parts[0]}/${parts[1]}`;
      const list = byTarget.get(k) ?? [];
      list.push({ id: parts[2]!, name: parts[3]!, ...o });
      byTarget.set(k, list);
    });
    return [...byTarget].flatMap(([k, entries]) => {
      const [site, environment] = k.split('/') as [string, string];
      return this.markDeleted(groupBackups(site, environment, entries));
    });
  }

  /**
   * The plain walk, or with `include-deleted` the versions walk: each key's current version, or
   * its newest old one where a delete marker hides it (remembered, so read() gets that version).
   */
  private async walkOrVersions(base: string, each: (rest: string, o: { size: number; lastModified: Date }) => void): Promise<void> {
    if (!this.spec.includeDeleted) return this.walk(base, each);
    let versions;
    try {
      versions = await walkVersions(this.client, this.spec.bucket, base);
    } catch (e) {
      throw this.explain(e, 'list', base);
    }
    for (const v of versions) {
      if (v.current) this.versions.delete(v.key);
      else this.versions.set(v.key, v.versionId);
      each(v.key.slice(base.length), { size: v.size, lastModified: v.lastModified });
    }
  }

  private markDeleted(backups: StoredBackup[]): StoredBackup[] {
    if (this.versions.size === 0) return backups;
    for (const b of backups) if (b.objects.some((o) => this.versions.has(this.key(b, o.name)))) b.deleted = true;
    return backups;
  }

  async countDeleted(site: string, environment: string): Promise<number | undefined> {
    const base = this.base(site, environment);
    let versions;
    try {
      versions = await walkVersions(this.client, this.spec.bucket, base);
    } catch {
      // No s3:ListBucketVersions, or a store without versions: list says nothing about them.
      return undefined;
    }
    return versions.filter((v) => !v.current && v.key.endsWith(`/${MANIFEST_NAME}`) && v.key.slice(base.length).split('/').length === 2)
      .length;
  }

  private layoutKeys(b: StoredBackup): { name: string; key: string; versionId?: string }[] {
    return b.objects
      .filter((o) => isLayoutObject(o.name))
      .map((o) => {
        const key = this.key(b, o.name);
        const versionId = this.versions.get(key);
        return versionId ? { name: o.name, key, versionId } : { name: o.name, key };
      });
  }

  async lockStates(b: StoredBackup): Promise<LockState[]> {
    return Promise.all(
      this.layoutKeys(b).map(async (o) => {
        try {
          return { name: o.name, ...(await headLock(this.client, this.spec.bucket, o.key, o.versionId)) };
        } catch (e) {
          throw this.explain(e, 'read', o.key);
        }
      }),
    );
  }

  async extendLocks(b: StoredBackup, until: Date): Promise<number> {
    const mode = SDK_MODE[this.spec.objectLock?.mode ?? 'governance'];
    const at = new Date(Math.ceil(until.getTime() / 1000) * 1000);
    let extended = 0;
    for (const [i, state] of (await this.lockStates(b)).entries()) {
      // Never shorter, and never another mode: a compliance lock stays one.
      if (state.until && state.until.getTime() >= at.getTime()) continue;
      const o = this.layoutKeys(b)[i]!;
      try {
        await putLock(this.client, this.spec.bucket, o.key, (state.mode as WriteLock['mode'] | undefined) ?? mode, at, o.versionId);
      } catch (e) {
        throw this.explain(e, 'write', o.key);
      }
      extended++;
    }
    return extended;
  }

  async lockAudit(b: StoredBackup): Promise<{ object: string; problem: string }[]> {
    const expected = this.expectedLock(b);
    if (!expected) return [];
    const states = await this.lockStates(b);
    return states.flatMap((s) => {
      const problem = lockShortfall(s as ObjectLock, expected.mode, expected.until);
      return problem ? [{ object: s.name, problem }] : [];
    });
  }

  /**
   * Every key under `base`, page by page, as its path below `base`. No Delimiter: some servers
   * get it wrong, and a flat walk sees every key under every id. Anything odd in any page fails
   * the whole listing: prune deletes based on it.
   */
  private async walk(base: string, each: (rest: string, o: { size: number; lastModified: Date }) => void): Promise<void> {
    const seenKeys = new Set<string>();
    const seenTokens = new Set<string>();
    let token: string | undefined;
    for (;;) {
      let page;
      try {
        page = await this.client.send(
          new ListObjectsV2Command({ Bucket: this.spec.bucket, Prefix: base, MaxKeys: this.pageSize, ContinuationToken: token }),
        );
      } catch (e) {
        throw this.explain(e, 'list', base);
      }
      for (const o of page.Contents ?? []) {
        if (o.Key === undefined || o.Size === undefined || o.LastModified === undefined || !o.Key.startsWith(base)) {
          throw new Error(`listing ${this.uri(base)} returned a malformed entry (${o.Key ?? 'no key'}); refusing a partial listing`);
        }
        if (seenKeys.has(o.Key)) throw new Error(`listing ${this.uri(base)} returned ${o.Key} twice; refusing an inconsistent listing`);
        seenKeys.add(o.Key);
        each(o.Key.slice(base.length), { size: o.Size, lastModified: o.LastModified });
      }
      if (!page.IsTruncated) return;
      token = page.NextContinuationToken;
      if (!token || seenTokens.has(token)) {
        throw new Error(`listing ${this.uri(base)} was truncated without a usable continuation token; refusing a partial listing`);
      }
      seenTokens.add(token);
    }
  }

  private async getObject(key: string, range?: { from: number; etag?: string }) {
    try {
      const r = await this.client.send(
        new GetObjectCommand({
          Bucket: this.spec.bucket,
          Key: key,
          ...(this.versions.has(key) ? { VersionId: this.versions.get(key)! } : {}),
          ...(range ? { Range: `bytes=${range.from}-`, ...(range.etag ? { IfMatch: range.etag } : {}) } : {}),
        }),
      );
      if (!r.Body) throw new Error(`the store returned no body for ${this.uri(key)}`);
      return { body: r.Body instanceof Readable ? r.Body : Readable.fromWeb(r.Body as never), etag: r.ETag, length: r.ContentLength };
    } catch (e) {
      if (errorCode(e) === 'NoSuchKey')
        throw new Error(`object ${this.uri(key)} does not exist (NoSuchKey): the backup is incomplete or was removed`, { cause: e });
      throw this.explain(e, 'read', key);
    }
  }

  /**
   * The object's bytes, resumed where they stopped when the connection breaks mid-body: a ranged
   * GET from the next byte, pinned to the same object by its ETag, after a jittered backoff, up
   * to `readRetries` times per object. Only then does the read fail, as an ObjectReadError ("could
   * not read, try again"), which verify and restore never count as damage.
   */
  async abortStaleUploads(site: string, environment: string, olderThan: Date): Promise<number> {
    const base = this.base(site, environment);
    let aborted = 0;
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    for (let page = 0; page < 1000; page++) {
      let r;
      try {
        r = await this.client.send(
          new ListMultipartUploadsCommand({ Bucket: this.spec.bucket, Prefix: base, KeyMarker: keyMarker, UploadIdMarker: uploadIdMarker }),
        );
      } catch (e) {
        throw this.explain(e, 'list', base);
      }
      for (const u of r.Uploads ?? []) {
        if (!u.Key || !u.UploadId || !u.Initiated || u.Initiated >= olderThan) continue;
        // Only our own objects: `<id>/<layout name>` directly under the site's prefix.
        const rest = u.Key.slice(base.length).split('/');
        if (rest.length !== 2 || !isLayoutObject(rest[1]!)) continue;
        try {
          await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.spec.bucket, Key: u.Key, UploadId: u.UploadId }));
          aborted++;
        } catch (e) {
          if (errorCode(e) !== 'NoSuchUpload') throw this.explain(e, 'delete', u.Key);
        }
      }
      if (!r.IsTruncated) break;
      keyMarker = r.NextKeyMarker;
      uploadIdMarker = r.NextUploadIdMarker;
    }
    return aborted;
  }

  async read(ref: BackupRef, name: string): Promise<Readable> {
    return this.readKey(this.key(ref, name));
  }

  private async readKey(key: string): Promise<Readable> {
    const uri = this.uri(key);
    const budget = this.readRetries;
    let first: Awaited<ReturnType<S3Store['getObject']>>;
    try {
      first = await this.getObject(key);
    } catch (e) {
      // Missing objects and configuration (access, bucket) are answers; the rest (5xx after the
      // SDK's retries, a network failure) says nothing about the backup.
      if (e instanceof ConfigError || ((e as { cause?: unknown }).cause && errorCode((e as { cause?: unknown }).cause) === 'NoSuchKey'))
        throw e;
      throw new ObjectReadError(uri, budget, e);
    }
    const resume = (from: number) => this.getObject(key, { from, ...(first.etag ? { etag: first.etag } : {}) });
    async function* bytes(): AsyncGenerator<Buffer> {
      let body: Readable | undefined = first.body;
      let received = 0;
      let retries = 0;
      let failure: unknown;
      for (;;) {
        if (body) {
          try {
            for await (const chunk of body) {
              received += (chunk as Buffer).length;
              yield chunk as Buffer;
            }
            // S3 always sends Content-Length; a body that ends short is a broken connection.
            if (first.length === undefined || received >= first.length) return;
            failure = new Error(`the body ended after ${received} of ${first.length} bytes`);
          } catch (e) {
            failure = e;
          }
          body.destroy();
          body = undefined;
        }
        if (retries >= budget) throw new ObjectReadError(uri, retries, failure);
        retries++;
        await backoff(retries);
        try {
          body = (await resume(received)).body;
        } catch (e) {
          // A changed object (412) is not transient: the bytes already read belong to another.
          if (httpStatus((e as { cause?: unknown }).cause) === 412 || httpStatus(e) === 412) throw new ObjectReadError(uri, retries, e);
          failure = e;
        }
      }
    }
    return Readable.from(bytes(), { objectMode: false });
  }

  /**
   * Bytes [start, end) by one ranged GET. No resume: a ranged restore reads little, and a broken
   * read is an ObjectReadError ("try again"), never damage.
   */
  async readRange(ref: BackupRef, name: string, start: number, end: number): Promise<Readable> {
    const key = this.key(ref, name);
    try {
      const r = await this.client.send(new GetObjectCommand({ Bucket: this.spec.bucket, Key: key, Range: `bytes=${start}-${end - 1}` }));
      if (!r.Body) throw new Error(`the store returned no body for ${this.uri(key)}`);
      return r.Body instanceof Readable ? r.Body : Readable.fromWeb(r.Body as never);
    } catch (e) {
      if (errorCode(e) === 'NoSuchKey')
        throw new Error(`object ${this.uri(key)} does not exist (NoSuchKey): the backup is incomplete or was removed`, { cause: e });
      if (e instanceof ConfigError) throw e;
      const explained = this.explain(e, 'read', key);
      if (explained instanceof ConfigError) throw explained;
      throw new ObjectReadError(this.uri(key), 0, e);
    }
  }

  /** A plain PUT: a record is replaced by the next check of the same backup. */
  async writeRecord(ref: BackupRef, name: RecordName, json: string): Promise<void> {
    const key = this.key(ref, name);
    try {
      await this.client.send(
        new PutObjectCommand({ Bucket: this.spec.bucket, Key: key, Body: json, ContentType: 'application/json', ...this.encryption() }),
      );
    } catch (e) {
      throw this.explain(e, 'write', key);
    }
  }

  /**
   * Every manifest first, in their own batches; then the other objects of only those backups
   * whose manifest is gone. So a failure leaves a backup incomplete, never complete but damaged.
   */
  async remove(backups: StoredBackup[]): Promise<RemoveResult> {
    // Check records go in the second round, with the objects: never before the manifest.
    // The empty `<id>/` folder object goes last too: it is the folder itself, holding nothing.
    const keysOf = (b: StoredBackup) =>
      [
        ...b.objects.filter((o) => isLayoutObject(o.name)),
        ...(b.records ?? []).filter((r) => isRecordName(r.name)),
        ...(b.folderMarker ? [{ name: '' }] : []),
      ].map((o) => ({ name: o.name, key: this.key(b, o.name) }));
    const manifests = backups.flatMap((b) =>
      keysOf(b)
        .filter((o) => o.name === MANIFEST_NAME)
        .map((o) => o.key),
    );
    const failed = await this.deleteKeys(manifests);
    const rest = backups.filter((b) => !failed.has(this.key(b, MANIFEST_NAME)));
    const others = await this.deleteKeys(
      rest.flatMap((b) =>
        keysOf(b)
          .filter((o) => o.name !== MANIFEST_NAME)
          .map((o) => o.key),
      ),
    );
    for (const [k, m] of others) failed.set(k, m);
    return {
      removed: rest.filter((b) => keysOf(b).every((o) => !failed.has(o.key))).map((b) => b.id),
      errors: [...failed].map(([key, message]) => ({ key: this.uri(key), message })),
    };
  }

  /**
   * DeleteObjects in batches of at most 1000; returns the keys that failed, with why. A key
   * counts as deleted only when the store says so.
   */
  private async deleteKeys(keys: string[]): Promise<Map<string, string>> {
    const failed = new Map<string, string>();
    for (let i = 0; i < keys.length; i += DELETE_BATCH) {
      const batch = keys.slice(i, i + DELETE_BATCH);
      try {
        const r = await this.client.send(
          new DeleteObjectsCommand({ Bucket: this.spec.bucket, Delete: { Objects: batch.map((Key) => ({ Key })) } }),
        );
        const errors = new Map((r.Errors ?? []).map((e) => [e.Key ?? '', `${e.Code ?? 'Error'}: ${e.Message ?? 'not deleted'}`]));
        const deleted = new Set((r.Deleted ?? []).map((d) => d.Key));
        for (const key of batch) {
          const err = errors.get(key) ?? (deleted.has(key) ? undefined : 'the store did not confirm the delete');
          if (err) failed.set(key, redact(err));
        }
      } catch (e) {
        const message = this.explain(e, 'delete', batch[0]!).message;
        for (const key of batch) failed.set(key, message);
      }
    }
    return failed;
  }

  /** A user-facing error for a failed S3 call: names the input to fix where it is configuration. */
  private explain(e: unknown, access: Access, key: string): Error {
    if (e instanceof ConfigError) return e;
    const code = errorCode(e);
    const err = e as SdkError;
    const where = this.uri(key);
    const endpoint = this.spec.endpoint ? ` at ${redact(this.spec.endpoint)}` : '';
    const msg = redact(err?.message ?? String(e));
    const refused = this.explainRefusal(code, access, where, endpoint, msg);
    if (refused) return refused;
    const netCode = err?.code ?? '';
    if (UNREACHABLE.has(netCode) || UNREACHABLE.has(code)) {
      if (this.spec.endpoint) {
        return new ConfigError(
          's3-endpoint',
          `could not connect to ${redact(this.spec.endpoint)} (${netCode || code})`,
          'Check the URL and port, and that this runner can reach it.',
        );
      }
      return new Error(`could not reach S3 while ${VERB[access]} ${where} (${netCode || code}): check the network and \`s3-region\``, {
        cause: e,
      });
    }
    // Not from S3 at all (the archive stream being written failed, say): keep it as it is.
    if (!err?.$metadata && !netCode && e instanceof Error) return e;
    return new Error(`S3 error while ${VERB[access]} ${where}: ${code ? `${code}: ` : ''}${msg}`, { cause: e });
  }

  /**
   * The S3 codes that mean a setting or the credentials are wrong, each turned into the input to
   * fix; undefined for any other code, which explain handles by how the call failed.
   */
  private explainRefusal(code: string, access: Access, where: string, endpoint: string, msg: string): ConfigError | undefined {
    switch (code) {
      case 'NoSuchBucket':
        return new ConfigError(
          'store',
          `bucket "${this.spec.bucket}" does not exist${endpoint}`,
          'Create the bucket, or correct its name in `store`' + (this.spec.endpoint ? '.' : ' (and `s3-endpoint` if it is not on AWS).'),
        );
      case 'CredentialsProviderError':
        return new ConfigError('store', `no AWS credentials were found for ${VERB[access]} ${where}`, CHAIN_HINT);
      case 'InvalidAccessKeyId':
        return new ConfigError(
          'store',
          `the store${endpoint} does not know the access key id (InvalidAccessKeyId) while ${VERB[access]} ${where}`,
          `Use keys issued for this store${this.spec.endpoint ? ' (not AWS keys)' : ''}. ${CHAIN_HINT}`,
        );
      case 'SignatureDoesNotMatch':
        return new ConfigError(
          'store',
          `the request signature was refused (SignatureDoesNotMatch) while ${VERB[access]} ${where}`,
          `The secret key does not belong to the access key id. ${CHAIN_HINT}`,
        );
      case 'AccessDenied':
      case 'AllAccessDisabled': {
        const arn =
          access === 'list'
            ? `arn:aws:s3:::${this.spec.bucket}`
            : `arn:aws:s3:::${this.spec.bucket}/${this.spec.prefix ? `${this.spec.prefix}/` : ''}*`;
        const kms =
          this.spec.sse?.startsWith('aws:kms') && (access === 'write' || access === 'read')
            ? ` and ${access === 'write' ? 'kms:GenerateDataKey' : 'kms:Decrypt'} on the KMS key`
            : '';
        return new ConfigError(
          'store',
          `access was refused (${code}) while ${VERB[access]} ${where}`,
          `Grant the credentials ${PERMISSION[access]} on ${arn}${kms}. ${CHAIN_HINT}`,
        );
      }
      case 'InvalidStorageClass':
        return new ConfigError(
          's3-storage-class',
          `the store${endpoint} refused storage class "${this.spec.storageClass}"`,
          'Use a class this store supports; S3-compatible stores such as MinIO accept only `STANDARD`.',
        );
      case 'AuthorizationHeaderMalformed':
      case 'PermanentRedirect':
        return new ConfigError(
          's3-region',
          `the bucket "${this.spec.bucket}" is not in the region used (${msg})`,
          "Set `s3-region` to the bucket's region.",
        );
    }
    if (code.startsWith('KMS.') || code === 'KMSAccessDenied') {
      return new ConfigError(
        's3-kms-key-id',
        `the KMS key was refused (${code}: ${msg})`,
        'Check the key id and that the credentials may use it (kms:GenerateDataKey, kms:Decrypt).',
      );
    }
    return undefined;
  }
}
