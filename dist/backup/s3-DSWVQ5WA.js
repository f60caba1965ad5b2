import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  lockOnBackup,
  policyFor
} from "./chunk-6LRQM5XH.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import "./chunk-ZZX2MHPD.js";
import {
  MAX_PARTS,
  PartPool,
  partSizeFor,
  uploadStream
} from "./chunk-3W5RPCNN.js";
import {
  require_dist_cjs
} from "./chunk-ACPUUD43.js";
import "./chunk-5D2SZGSG.js";
import {
  ReadBackError,
  backoff,
  readRetriesFrom
} from "./chunk-4WHPXNRH.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import {
  BackupExistsError,
  ObjectReadError,
  groupBackups,
  isLayoutObject,
  isRecordName
} from "./chunk-AYPIQNH4.js";
import {
  MANIFEST_NAME,
  parseBackupId
} from "./chunk-4FVHBC72.js";
import {
  __toESM
} from "./chunk-BB3JDYVJ.js";

// src/stores/s3.ts
var import_client_s32 = __toESM(require_dist_cjs(), 1);
import { createHash as createHash2 } from "node:crypto";
import { Readable } from "node:stream";

// src/stores/s3-lock.ts
var import_client_s3 = __toESM(require_dist_cjs(), 1);
import { createHash } from "node:crypto";
var SDK_MODE = { governance: "GOVERNANCE", compliance: "COMPLIANCE" };
var ENABLE_HINT = "Object Lock is switched on per bucket: create a new bucket with it (`aws s3api create-bucket --bucket NAME --object-lock-enabled-for-bucket`), or on an existing bucket enable versioning and then `aws s3api put-object-lock-configuration --bucket NAME --object-lock-configuration ObjectLockEnabled=Enabled`; or set `s3-object-lock: off`. See docs/immutable.md.";
async function requireBucketLock(client, bucket) {
  let enabled;
  try {
    const r = await client.send(new import_client_s3.GetObjectLockConfigurationCommand({ Bucket: bucket }));
    enabled = r.ObjectLockConfiguration?.ObjectLockEnabled;
  } catch (e) {
    const err = e;
    const code = err.Code ?? err.name ?? "";
    if (code === "AccessDenied") {
      throw new ConfigError(
        "s3-object-lock",
        `the credentials may not read the Object Lock configuration of bucket "${bucket}" (AccessDenied)`,
        "Grant s3:GetBucketObjectLockConfiguration on the bucket (docs/immutable.md has the backup role's policy)."
      );
    }
    if (code !== "ObjectLockConfigurationNotFoundError" && err.$metadata?.httpStatusCode !== 404 && code !== "NotImplemented") throw e;
  }
  if (enabled !== "Enabled")
    throw new ConfigError(
      "s3-object-lock",
      `bucket "${bucket}" does not have Object Lock enabled, so its objects cannot be locked`,
      ENABLE_HINT
    );
}
async function headLock(client, bucket, key, versionId) {
  const r = await client.send(new import_client_s3.HeadObjectCommand({ Bucket: bucket, Key: key, ...versionId ? { VersionId: versionId } : {} }));
  return {
    ...r.ObjectLockMode ? { mode: r.ObjectLockMode } : {},
    ...r.ObjectLockRetainUntilDate ? { until: r.ObjectLockRetainUntilDate } : {}
  };
}
async function putLock(client, bucket, key, mode, until, versionId) {
  await client.send(
    new import_client_s3.PutObjectRetentionCommand({
      Bucket: bucket,
      Key: key,
      ...versionId ? { VersionId: versionId } : {},
      Retention: { Mode: mode, RetainUntilDate: until }
    })
  );
}
function lockShortfall(lock, mode, until) {
  if (!lock.mode || !lock.until) return `is not locked (expected ${mode} until ${until.toISOString()})`;
  if (lock.mode !== mode) return `is locked in ${lock.mode} mode, expected ${mode}`;
  if (lock.until.getTime() < until.getTime() - 1e3)
    return `is locked only until ${lock.until.toISOString()}, expected at least ${until.toISOString()}`;
  return void 0;
}
function contentMd5(body) {
  if (typeof body === "string" || body instanceof Uint8Array) return createHash("md5").update(body).digest("base64");
  return void 0;
}
async function walkVersions(client, bucket, prefix) {
  const all = [];
  let keyMarker;
  let versionMarker;
  for (let page = 0; ; page++) {
    if (page > 1e5) throw new Error(`listing the versions under ${prefix} did not end; refusing a partial listing`);
    const r = await client.send(
      new import_client_s3.ListObjectVersionsCommand({ Bucket: bucket, Prefix: prefix, KeyMarker: keyMarker, VersionIdMarker: versionMarker })
    );
    for (const v of r.Versions ?? []) {
      if (!v.Key || !v.VersionId || v.Size === void 0 || !v.LastModified)
        throw new Error(`listing the versions under ${prefix} returned a malformed entry; refusing a partial listing`);
      all.push({
        key: v.Key,
        versionId: v.VersionId,
        size: v.Size,
        lastModified: v.LastModified,
        marker: false,
        latest: v.IsLatest === true
      });
    }
    for (const m of r.DeleteMarkers ?? []) {
      if (!m.Key || !m.LastModified) continue;
      all.push({
        key: m.Key,
        versionId: m.VersionId ?? "",
        size: 0,
        lastModified: m.LastModified,
        marker: true,
        latest: m.IsLatest === true
      });
    }
    if (!r.IsTruncated) break;
    if (!r.NextKeyMarker || r.NextKeyMarker === keyMarker && r.NextVersionIdMarker === versionMarker)
      throw new Error(`listing the versions under ${prefix} was truncated without a usable marker; refusing a partial listing`);
    keyMarker = r.NextKeyMarker;
    versionMarker = r.NextVersionIdMarker;
  }
  const byKey = /* @__PURE__ */ new Map();
  for (const v of all) byKey.set(v.key, [...byKey.get(v.key) ?? [], v]);
  const out = [];
  for (const [key, versions] of byKey) {
    versions.sort((a, b) => a.latest ? -1 : b.latest ? 1 : b.lastModified.getTime() - a.lastModified.getTime());
    const head = versions[0];
    const readable = versions.find((v) => !v.marker);
    if (!readable) continue;
    out.push({
      key,
      versionId: readable.versionId,
      size: readable.size,
      lastModified: readable.lastModified,
      current: !head.marker && head === readable
    });
  }
  return out;
}

// src/stores/s3.ts
var PART_BUFFERS = 2;
var DELETE_BATCH = 1e3;
var ARCHIVE_CLASSES = /* @__PURE__ */ new Set(["GLACIER", "DEEP_ARCHIVE"]);
var PERMISSION = {
  list: "s3:ListBucket",
  write: "s3:PutObject",
  read: "s3:GetObject",
  delete: "s3:DeleteObject"
};
var VERB = { list: "listing", write: "writing", read: "reading", delete: "deleting" };
var UNREACHABLE = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
var CHAIN_HINT = "Credentials come only from the AWS SDK default chain: in GitHub Actions use aws-actions/configure-aws-credentials (OIDC) before this step; elsewhere AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN) or AWS_PROFILE.";
function errorCode(e) {
  const err = e;
  return err?.Code ?? err?.name ?? "";
}
function httpStatus(e) {
  return e?.$metadata?.httpStatusCode;
}
function credentialsFrom(env) {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) return void 0;
  return { accessKeyId, secretAccessKey, ...env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {} };
}
var S3Store = class {
  constructor(spec, log, env, opts = {}) {
    this.spec = spec;
    this.log = log;
    this.env = env;
    log.setSecret(env.AWS_SECRET_ACCESS_KEY);
    log.setSecret(env.AWS_SESSION_TOKEN);
    const pageSize = opts.pageSize ?? Number(env.SITE_BACKUP_S3_PAGE_SIZE || 1e3);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1e3)
      throw new Error(`S3 listing page size must be 1 to 1000, got ${pageSize}`);
    this.pageSize = pageSize;
    this.readRetries = readRetriesFrom(env);
    this.now = opts.now ?? (() => /* @__PURE__ */ new Date());
    this.client = new import_client_s32.S3Client({
      region: spec.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? "us-east-1",
      endpoint: spec.endpoint,
      forcePathStyle: spec.forcePathStyle,
      credentials: credentialsFrom(env),
      followRegionRedirects: true,
      // Trailing CRC checksums (aws-chunked) are refused by several S3-compatible stores. Every
      // object's sha256 is in the manifest and checked on restore, and parts are signed buffers.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      // A black-holed endpoint would otherwise hang the job until its timeout.
      requestHandler: { connectionTimeout: 15e3 },
      // Each request (500, 503 SlowDown, a reset before the answer) is retried with the SDK's
      // jittered backoff; the same budget as resumed reads, so a user raises both at once.
      maxAttempts: this.readRetries + 1
    });
    this.client.middlewareStack.add(
      (next, context) => async (args) => {
        const req = args.request;
        if (context.commandName === "DeleteObjectsCommand" && req.headers && typeof req.body === "string") {
          req.headers["content-md5"] = createHash2("md5").update(req.body).digest("base64");
        }
        return next(args);
      },
      { step: "build", name: "siteBackupDeleteObjectsMd5" }
    );
    if (spec.objectLock) {
      this.client.middlewareStack.add(
        (next, context) => async (args) => {
          const req = args.request;
          if ((context.commandName === "PutObjectCommand" || context.commandName === "UploadPartCommand") && req.headers && !req.headers["content-md5"]) {
            const md5 = contentMd5(req.body);
            if (md5) req.headers["content-md5"] = md5;
          }
          return next(args);
        },
        { step: "build", name: "siteBackupLockMd5" }
      );
    }
  }
  spec;
  log;
  env;
  kind = "s3";
  client;
  pageSize;
  /** Resumed GETs per object read before it fails as "could not read, try again". */
  readRetries;
  now;
  /** `include-deleted`: keys whose readable version is an old one, hidden by a delete marker. */
  versions = /* @__PURE__ */ new Map();
  parts = new PartPool(PART_BUFFERS);
  base(site, environment) {
    return [this.spec.prefix, site, environment].filter(Boolean).join("/") + "/";
  }
  key(ref, name) {
    return `${this.base(ref.site, ref.environment)}${ref.id}/${name}`;
  }
  uri(key) {
    return `s3://${this.spec.bucket}/${key}`;
  }
  location(ref) {
    return this.uri(this.key(ref, ""));
  }
  objectUri(ref, name) {
    return this.uri(this.key(ref, name));
  }
  encryption() {
    return {
      ...this.spec.sse ? { ServerSideEncryption: this.spec.sse } : {},
      ...this.spec.kmsKeyId ? { SSEKMSKeyId: this.spec.kmsKeyId } : {}
    };
  }
  /**
   * The lock a backup should have (docs/immutable.md): until the earliest moment its retention
   * policy could release it, plus the margin. Undefined without `s3-object-lock`.
   */
  expectedLock(ref) {
    const lock = this.spec.objectLock;
    if (!lock) return void 0;
    const parsed = parseBackupId(ref.id);
    if (!parsed) throw new Error(`not a backup id: ${ref.id}`);
    const until = lockOnBackup(parsed.time.getTime(), policyFor(lock, parsed.trigger), lock.timeZone, lock.marginMs);
    return { mode: SDK_MODE[lock.mode], until: new Date(Math.ceil(until / 1e3) * 1e3) };
  }
  /** The lock written: the expected one, but never ending sooner than now + the margin (a copy of an old backup). */
  writeLock(ref) {
    const lock = this.expectedLock(ref);
    if (!lock) return void 0;
    const floor = Math.ceil((this.now().getTime() + this.spec.objectLock.marginMs) / 1e3) * 1e3;
    return floor > lock.until.getTime() ? { ...lock, until: new Date(floor) } : lock;
  }
  /**
   * Checks an object holds at least the backup's expected lock; where it does not (a multipart
   * upload on some stores), sets the lock a write would set now, then reads it back.
   */
  async ensureLocked(key, ref) {
    const expected = this.expectedLock(ref);
    const fix = this.writeLock(ref);
    try {
      if (!lockShortfall(await headLock(this.client, this.spec.bucket, key), expected.mode, expected.until)) return;
      await putLock(this.client, this.spec.bucket, key, fix.mode, fix.until);
    } catch (e) {
      throw this.explain(e, "write", key);
    }
    const problem = lockShortfall(await headLock(this.client, this.spec.bucket, key), expected.mode, expected.until);
    if (problem)
      throw new Error(
        `${this.uri(key)} ${problem}, and setting its retention did not take (if it is locked but HeadObject does not show it, grant s3:GetObjectRetention): a backup whose objects are not all locked gets no manifest`
      );
  }
  async createWriter(ref) {
    const locked = this.spec.objectLock !== void 0;
    await this.preflight(ref);
    if (locked)
      await requireBucketLock(this.client, this.spec.bucket).catch(
        (e) => Promise.reject(this.explain(e, "list", this.key(ref, "")))
      );
    const written = /* @__PURE__ */ new Set();
    const attempt = async (key, access, run) => {
      written.add(key);
      try {
        await run();
      } catch (e) {
        const status = httpStatus(e);
        if (status !== void 0 && status >= 400 && status < 500) written.delete(key);
        throw this.explain(e, access, key);
      }
    };
    return {
      put: async (name, body, size) => {
        if (!isLayoutObject(name) || name === MANIFEST_NAME) throw new Error(`not a backup object name: ${name}`);
        const key = this.key(ref, name);
        return attempt(key, "write", async () => {
          const lock = this.writeLock(ref);
          const etag = await this.upload(key, body, lock, size);
          const after = this.writeLock(ref);
          if (after && (!etag || /-\d+"?$/.test(etag))) await putLock(this.client, this.spec.bucket, key, after.mode, after.until);
        });
      },
      commit: async (manifestJson) => {
        const key = this.key(ref, MANIFEST_NAME);
        try {
          if (locked) await Promise.all([...written].map((k) => this.ensureLocked(k, ref)));
          await attempt(key, "write", async () => {
            await this.putManifest(key, manifestJson, this.writeLock(ref));
            if (locked) await this.ensureLocked(key, ref);
          });
        } catch (e) {
          if (e instanceof BackupExistsError) written.delete(key);
          if (e instanceof ReadBackError) written.delete(key);
          if (e instanceof ReadBackError && e.stored) written.clear();
          throw e;
        }
      },
      abort: async () => {
        if (written.size === 0) return;
        const failed = [...await this.deleteKeys([...written])];
        if (failed.length > 0)
          throw new Error(`${failed.length} object(s) could not be deleted, first ${this.uri(failed[0][0])}: ${failed[0][1]}`);
      }
    };
  }
  /**
   * Fails fast, before a long export, when the bucket is missing or the credentials are wrong.
   * A plain AccessDenied is let through: a write-only role (no s3:ListBucket) is a sound setup.
   */
  async preflight(ref) {
    let page;
    try {
      page = await this.client.send(new import_client_s32.ListObjectsV2Command({ Bucket: this.spec.bucket, Prefix: this.key(ref, ""), MaxKeys: 100 }));
    } catch (e) {
      if (errorCode(e) === "AccessDenied") {
        this.log.info(`Cannot list ${this.uri(this.base(ref.site, ref.environment))} (no s3:ListBucket); writing anyway.`);
        return;
      }
      throw this.explain(e, "list", this.key(ref, ""));
    }
    const prefix = this.key(ref, "");
    if ((page.Contents ?? []).some((o) => isLayoutObject((o.Key ?? "").slice(prefix.length))))
      throw new BackupExistsError(this.location(ref));
  }
  /** Returns the object's ETag. */
  upload(key, body, lock, size) {
    const params = {
      Bucket: this.spec.bucket,
      Key: key,
      ContentType: "application/octet-stream",
      ...this.spec.storageClass ? { StorageClass: this.spec.storageClass } : {},
      ...this.encryption(),
      ...lock ? { ObjectLockMode: lock.mode, ObjectLockRetainUntilDate: lock.until } : {}
    };
    return uploadStream(this.client, params, body, {
      partSize: partSizeFor(size),
      buffers: PART_BUFFERS,
      maxParts: MAX_PARTS,
      pool: this.parts,
      // The explained error, since the archive pipeline reports whichever side failed first.
      stopWith: (e) => this.explain(e, "write", key)
    });
  }
  /**
   * The commit point, written once. `If-None-Match: *` keeps a second writer from replacing a
   * finished backup's manifest where the store supports it. Some S3-compatible stores ignore the
   * header (s3rver, older MinIO), so the key is also checked before, and read back after: a
   * manifest that is not byte for byte ours means another writer got there, and the step fails.
   */
  async putManifest(key, json, lock) {
    const before = await this.readOwn(key, "checking that no other backup has this id before writing its manifest");
    if (before === json) return;
    if (before !== void 0) throw new BackupExistsError(this.uri(key));
    await this.putManifestOnce(key, json, lock);
    const after = await this.readOwn(key, "reading the manifest back after writing it", {});
    if (after !== json) throw new BackupExistsError(this.uri(key));
  }
  async putManifestOnce(key, json, lock) {
    const sc = this.spec.storageClass;
    const input = {
      Bucket: this.spec.bucket,
      Key: key,
      Body: json,
      ContentType: "application/json",
      ...sc && !ARCHIVE_CLASSES.has(sc) ? { StorageClass: sc } : {},
      ...this.encryption(),
      ...lock ? { ObjectLockMode: lock.mode, ObjectLockRetainUntilDate: lock.until } : {}
    };
    try {
      await this.client.send(new import_client_s32.PutObjectCommand({ ...input, IfNoneMatch: "*" }));
    } catch (e) {
      const code = errorCode(e);
      if (code === "NotImplemented" || httpStatus(e) === 501) {
        await this.client.send(new import_client_s32.PutObjectCommand(input));
        return;
      }
      if (code === "PreconditionFailed" || code === "ConditionalRequestConflict") {
        const existing = await this.readOwn(key, "reading the manifest that refused our conditional write", {
          note: "A manifest is there (ours, if a retry of our write got this answer, or another backup's), so nothing of the backup was deleted; `list` and verify show which."
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
  async readOwn(key, why, stored) {
    try {
      const chunks = [];
      for await (const c of await this.readKey(key)) chunks.push(c);
      return Buffer.concat(chunks).toString();
    } catch (e) {
      if (errorCode(e) === "NoSuchKey" || errorCode(e.cause) === "NoSuchKey") return void 0;
      if (e instanceof ConfigError) throw e;
      throw new ReadBackError(
        { request: `GET ${this.uri(key)}`, why, retries: this.readRetries, stored: stored !== void 0, ...stored },
        e
      );
    }
  }
  async list(site, environment) {
    const entries = [];
    await this.walkOrVersions(this.base(site, environment), (rest, o) => {
      const slash = rest.indexOf("/");
      if (slash <= 0) return;
      entries.push({ id: rest.slice(0, slash), name: rest.slice(slash + 1), ...o });
    });
    return this.markDeleted(groupBackups(site, environment, entries));
  }
  async listAll() {
    const byTarget = /* @__PURE__ */ new Map();
    await this.walkOrVersions(this.spec.prefix ? `${this.spec.prefix}/` : "", (rest, o) => {
      const parts = rest.split("/");
      if (parts.length !== 4 || parts.some((p) => !p)) return;
      const k = `${parts[0]}/${parts[1]}`;
      const list = byTarget.get(k) ?? [];
      list.push({ id: parts[2], name: parts[3], ...o });
      byTarget.set(k, list);
    });
    return [...byTarget].flatMap(([k, entries]) => {
      const [site, environment] = k.split("/");
      return this.markDeleted(groupBackups(site, environment, entries));
    });
  }
  /**
   * The plain walk, or with `include-deleted` the versions walk: each key's current version, or
   * its newest old one where a delete marker hides it (remembered, so read() gets that version).
   */
  async walkOrVersions(base, each) {
    if (!this.spec.includeDeleted) return this.walk(base, each);
    let versions;
    try {
      versions = await walkVersions(this.client, this.spec.bucket, base);
    } catch (e) {
      throw this.explain(e, "list", base);
    }
    for (const v of versions) {
      if (v.current) this.versions.delete(v.key);
      else this.versions.set(v.key, v.versionId);
      each(v.key.slice(base.length), { size: v.size, lastModified: v.lastModified });
    }
  }
  markDeleted(backups) {
    if (this.versions.size === 0) return backups;
    for (const b of backups) if (b.objects.some((o) => this.versions.has(this.key(b, o.name)))) b.deleted = true;
    return backups;
  }
  async countDeleted(site, environment) {
    const base = this.base(site, environment);
    let versions;
    try {
      versions = await walkVersions(this.client, this.spec.bucket, base);
    } catch {
      return void 0;
    }
    return versions.filter((v) => !v.current && v.key.endsWith(`/${MANIFEST_NAME}`) && v.key.slice(base.length).split("/").length === 2).length;
  }
  layoutKeys(b) {
    return b.objects.filter((o) => isLayoutObject(o.name)).map((o) => {
      const key = this.key(b, o.name);
      const versionId = this.versions.get(key);
      return versionId ? { name: o.name, key, versionId } : { name: o.name, key };
    });
  }
  async lockStates(b) {
    return Promise.all(
      this.layoutKeys(b).map(async (o) => {
        try {
          return { name: o.name, ...await headLock(this.client, this.spec.bucket, o.key, o.versionId) };
        } catch (e) {
          throw this.explain(e, "read", o.key);
        }
      })
    );
  }
  async extendLocks(b, until) {
    const mode = SDK_MODE[this.spec.objectLock?.mode ?? "governance"];
    const at = new Date(Math.ceil(until.getTime() / 1e3) * 1e3);
    let extended = 0;
    for (const [i, state] of (await this.lockStates(b)).entries()) {
      if (state.until && state.until.getTime() >= at.getTime()) continue;
      const o = this.layoutKeys(b)[i];
      try {
        await putLock(this.client, this.spec.bucket, o.key, state.mode ?? mode, at, o.versionId);
      } catch (e) {
        throw this.explain(e, "write", o.key);
      }
      extended++;
    }
    return extended;
  }
  async lockAudit(b) {
    const expected = this.expectedLock(b);
    if (!expected) return [];
    const states = await this.lockStates(b);
    return states.flatMap((s) => {
      const problem = lockShortfall(s, expected.mode, expected.until);
      return problem ? [{ object: s.name, problem }] : [];
    });
  }
  /**
   * Every key under `base`, page by page, as its path below `base`. No Delimiter: some servers
   * get it wrong, and a flat walk sees every key under every id. Anything odd in any page fails
   * the whole listing: prune deletes based on it.
   */
  async walk(base, each) {
    const seenKeys = /* @__PURE__ */ new Set();
    const seenTokens = /* @__PURE__ */ new Set();
    let token;
    for (; ; ) {
      let page;
      try {
        page = await this.client.send(
          new import_client_s32.ListObjectsV2Command({ Bucket: this.spec.bucket, Prefix: base, MaxKeys: this.pageSize, ContinuationToken: token })
        );
      } catch (e) {
        throw this.explain(e, "list", base);
      }
      for (const o of page.Contents ?? []) {
        if (o.Key === void 0 || o.Size === void 0 || o.LastModified === void 0 || !o.Key.startsWith(base)) {
          throw new Error(`listing ${this.uri(base)} returned a malformed entry (${o.Key ?? "no key"}); refusing a partial listing`);
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
  async getObject(key, range) {
    try {
      const r = await this.client.send(
        new import_client_s32.GetObjectCommand({
          Bucket: this.spec.bucket,
          Key: key,
          ...this.versions.has(key) ? { VersionId: this.versions.get(key) } : {},
          ...range ? { Range: `bytes=${range.from}-`, ...range.etag ? { IfMatch: range.etag } : {} } : {}
        })
      );
      if (!r.Body) throw new Error(`the store returned no body for ${this.uri(key)}`);
      return { body: r.Body instanceof Readable ? r.Body : Readable.fromWeb(r.Body), etag: r.ETag, length: r.ContentLength };
    } catch (e) {
      if (errorCode(e) === "NoSuchKey")
        throw new Error(`object ${this.uri(key)} does not exist (NoSuchKey): the backup is incomplete or was removed`, { cause: e });
      throw this.explain(e, "read", key);
    }
  }
  /**
   * The object's bytes, resumed where they stopped when the connection breaks mid-body: a ranged
   * GET from the next byte, pinned to the same object by its ETag, after a jittered backoff, up
   * to `readRetries` times per object. Only then does the read fail, as an ObjectReadError ("could
   * not read, try again"), which verify and restore never count as damage.
   */
  async abortStaleUploads(site, environment, olderThan) {
    const base = this.base(site, environment);
    let aborted = 0;
    let keyMarker;
    let uploadIdMarker;
    for (let page = 0; page < 1e3; page++) {
      let r;
      try {
        r = await this.client.send(
          new import_client_s32.ListMultipartUploadsCommand({ Bucket: this.spec.bucket, Prefix: base, KeyMarker: keyMarker, UploadIdMarker: uploadIdMarker })
        );
      } catch (e) {
        throw this.explain(e, "list", base);
      }
      for (const u of r.Uploads ?? []) {
        if (!u.Key || !u.UploadId || !u.Initiated || u.Initiated >= olderThan) continue;
        const rest = u.Key.slice(base.length).split("/");
        if (rest.length !== 2 || !isLayoutObject(rest[1])) continue;
        try {
          await this.client.send(new import_client_s32.AbortMultipartUploadCommand({ Bucket: this.spec.bucket, Key: u.Key, UploadId: u.UploadId }));
          aborted++;
        } catch (e) {
          if (errorCode(e) !== "NoSuchUpload") throw this.explain(e, "delete", u.Key);
        }
      }
      if (!r.IsTruncated) break;
      keyMarker = r.NextKeyMarker;
      uploadIdMarker = r.NextUploadIdMarker;
    }
    return aborted;
  }
  async read(ref, name) {
    return this.readKey(this.key(ref, name));
  }
  async readKey(key) {
    const uri = this.uri(key);
    const budget = this.readRetries;
    let first;
    try {
      first = await this.getObject(key);
    } catch (e) {
      if (e instanceof ConfigError || e.cause && errorCode(e.cause) === "NoSuchKey")
        throw e;
      throw new ObjectReadError(uri, budget, e);
    }
    const resume = (from) => this.getObject(key, { from, ...first.etag ? { etag: first.etag } : {} });
    async function* bytes() {
      let body = first.body;
      let received = 0;
      let retries = 0;
      let failure;
      for (; ; ) {
        if (body) {
          try {
            for await (const chunk of body) {
              received += chunk.length;
              yield chunk;
            }
            if (first.length === void 0 || received >= first.length) return;
            failure = new Error(`the body ended after ${received} of ${first.length} bytes`);
          } catch (e) {
            failure = e;
          }
          body.destroy();
          body = void 0;
        }
        if (retries >= budget) throw new ObjectReadError(uri, retries, failure);
        retries++;
        await backoff(retries);
        try {
          body = (await resume(received)).body;
        } catch (e) {
          if (httpStatus(e.cause) === 412 || httpStatus(e) === 412) throw new ObjectReadError(uri, retries, e);
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
  async readRange(ref, name, start, end) {
    const key = this.key(ref, name);
    try {
      const r = await this.client.send(new import_client_s32.GetObjectCommand({ Bucket: this.spec.bucket, Key: key, Range: `bytes=${start}-${end - 1}` }));
      if (!r.Body) throw new Error(`the store returned no body for ${this.uri(key)}`);
      return r.Body instanceof Readable ? r.Body : Readable.fromWeb(r.Body);
    } catch (e) {
      if (errorCode(e) === "NoSuchKey")
        throw new Error(`object ${this.uri(key)} does not exist (NoSuchKey): the backup is incomplete or was removed`, { cause: e });
      if (e instanceof ConfigError) throw e;
      const explained = this.explain(e, "read", key);
      if (explained instanceof ConfigError) throw explained;
      throw new ObjectReadError(this.uri(key), 0, e);
    }
  }
  /** A plain PUT: a record is replaced by the next check of the same backup. */
  async writeRecord(ref, name, json) {
    const key = this.key(ref, name);
    try {
      await this.client.send(
        new import_client_s32.PutObjectCommand({ Bucket: this.spec.bucket, Key: key, Body: json, ContentType: "application/json", ...this.encryption() })
      );
    } catch (e) {
      throw this.explain(e, "write", key);
    }
  }
  /**
   * Every manifest first, in their own batches; then the other objects of only those backups
   * whose manifest is gone. So a failure leaves a backup incomplete, never complete but damaged.
   */
  async remove(backups) {
    const keysOf = (b) => [
      ...b.objects.filter((o) => isLayoutObject(o.name)),
      ...(b.records ?? []).filter((r) => isRecordName(r.name)),
      ...b.folderMarker ? [{ name: "" }] : []
    ].map((o) => ({ name: o.name, key: this.key(b, o.name) }));
    const manifests = backups.flatMap(
      (b) => keysOf(b).filter((o) => o.name === MANIFEST_NAME).map((o) => o.key)
    );
    const failed = await this.deleteKeys(manifests);
    const rest = backups.filter((b) => !failed.has(this.key(b, MANIFEST_NAME)));
    const others = await this.deleteKeys(
      rest.flatMap(
        (b) => keysOf(b).filter((o) => o.name !== MANIFEST_NAME).map((o) => o.key)
      )
    );
    for (const [k, m] of others) failed.set(k, m);
    return {
      removed: rest.filter((b) => keysOf(b).every((o) => !failed.has(o.key))).map((b) => b.id),
      errors: [...failed].map(([key, message]) => ({ key: this.uri(key), message }))
    };
  }
  /**
   * DeleteObjects in batches of at most 1000; returns the keys that failed, with why. A key
   * counts as deleted only when the store says so.
   */
  async deleteKeys(keys) {
    const failed = /* @__PURE__ */ new Map();
    for (let i = 0; i < keys.length; i += DELETE_BATCH) {
      const batch = keys.slice(i, i + DELETE_BATCH);
      try {
        const r = await this.client.send(
          new import_client_s32.DeleteObjectsCommand({ Bucket: this.spec.bucket, Delete: { Objects: batch.map((Key) => ({ Key })) } })
        );
        const errors = new Map((r.Errors ?? []).map((e) => [e.Key ?? "", `${e.Code ?? "Error"}: ${e.Message ?? "not deleted"}`]));
        const deleted = new Set((r.Deleted ?? []).map((d) => d.Key));
        for (const key of batch) {
          const err = errors.get(key) ?? (deleted.has(key) ? void 0 : "the store did not confirm the delete");
          if (err) failed.set(key, redact(err));
        }
      } catch (e) {
        const message = this.explain(e, "delete", batch[0]).message;
        for (const key of batch) failed.set(key, message);
      }
    }
    return failed;
  }
  /** A user-facing error for a failed S3 call: names the input to fix where it is configuration. */
  explain(e, access, key) {
    if (e instanceof ConfigError) return e;
    const code = errorCode(e);
    const err = e;
    const where = this.uri(key);
    const endpoint = this.spec.endpoint ? ` at ${redact(this.spec.endpoint)}` : "";
    const msg = redact(err?.message ?? String(e));
    const refused = this.explainRefusal(code, access, where, endpoint, msg);
    if (refused) return refused;
    const netCode = err?.code ?? "";
    if (UNREACHABLE.has(netCode) || UNREACHABLE.has(code)) {
      if (this.spec.endpoint) {
        return new ConfigError(
          "s3-endpoint",
          `could not connect to ${redact(this.spec.endpoint)} (${netCode || code})`,
          "Check the URL and port, and that this runner can reach it."
        );
      }
      return new Error(`could not reach S3 while ${VERB[access]} ${where} (${netCode || code}): check the network and \`s3-region\``, {
        cause: e
      });
    }
    if (!err?.$metadata && !netCode && e instanceof Error) return e;
    return new Error(`S3 error while ${VERB[access]} ${where}: ${code ? `${code}: ` : ""}${msg}`, { cause: e });
  }
  /**
   * The S3 codes that mean a setting or the credentials are wrong, each turned into the input to
   * fix; undefined for any other code, which explain handles by how the call failed.
   */
  explainRefusal(code, access, where, endpoint, msg) {
    switch (code) {
      case "NoSuchBucket":
        return new ConfigError(
          "store",
          `bucket "${this.spec.bucket}" does not exist${endpoint}`,
          "Create the bucket, or correct its name in `store`" + (this.spec.endpoint ? "." : " (and `s3-endpoint` if it is not on AWS).")
        );
      case "CredentialsProviderError":
        return new ConfigError("store", `no AWS credentials were found for ${VERB[access]} ${where}`, CHAIN_HINT);
      case "InvalidAccessKeyId":
        return new ConfigError(
          "store",
          `the store${endpoint} does not know the access key id (InvalidAccessKeyId) while ${VERB[access]} ${where}`,
          `Use keys issued for this store${this.spec.endpoint ? " (not AWS keys)" : ""}. ${CHAIN_HINT}`
        );
      case "SignatureDoesNotMatch":
        return new ConfigError(
          "store",
          `the request signature was refused (SignatureDoesNotMatch) while ${VERB[access]} ${where}`,
          `The secret key does not belong to the access key id. ${CHAIN_HINT}`
        );
      case "AccessDenied":
      case "AllAccessDisabled": {
        const arn = access === "list" ? `arn:aws:s3:::${this.spec.bucket}` : `arn:aws:s3:::${this.spec.bucket}/${this.spec.prefix ? `${this.spec.prefix}/` : ""}*`;
        const kms = this.spec.sse?.startsWith("aws:kms") && (access === "write" || access === "read") ? ` and ${access === "write" ? "kms:GenerateDataKey" : "kms:Decrypt"} on the KMS key` : "";
        return new ConfigError(
          "store",
          `access was refused (${code}) while ${VERB[access]} ${where}`,
          `Grant the credentials ${PERMISSION[access]} on ${arn}${kms}. ${CHAIN_HINT}`
        );
      }
      case "InvalidStorageClass":
        return new ConfigError(
          "s3-storage-class",
          `the store${endpoint} refused storage class "${this.spec.storageClass}"`,
          "Use a class this store supports; S3-compatible stores such as MinIO accept only `STANDARD`."
        );
      case "AuthorizationHeaderMalformed":
      case "PermanentRedirect":
        return new ConfigError(
          "s3-region",
          `the bucket "${this.spec.bucket}" is not in the region used (${msg})`,
          "Set `s3-region` to the bucket's region."
        );
    }
    if (code.startsWith("KMS.") || code === "KMSAccessDenied") {
      return new ConfigError(
        "s3-kms-key-id",
        `the KMS key was refused (${code}: ${msg})`,
        "Check the key id and that the credentials may use it (kms:GenerateDataKey, kms:Decrypt)."
      );
    }
    return void 0;
  }
};
export {
  S3Store
};
