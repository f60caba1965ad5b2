export const id = 714;
export const ids = [714];
export const modules = {

/***/ 22443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ backoff),
/* harmony export */   h: () => (/* binding */ readRetriesFrom)
/* harmony export */ });
// The retry rule for reading a stored object over the network (S3, GitHub artifacts): a broken,
// refused or stalled transfer is tried again, resumed where the store allows it, after a jittered
// backoff, a bounded number of times per object. Only then does the read fail, as an
// ObjectReadError (store.ts): "could not read, try again", never "damaged".
/**
 * The retry budget for transient faults: SITE_BACKUP_READ_RETRIES (0 to 20, default 5). Five
 * resumes keep a read alive through a 30% reset rate with better than 99.9% odds per object.
 */
function readRetriesFrom(env) {
    const v = env.SITE_BACKUP_READ_RETRIES;
    if (v === undefined || v === '')
        return 5;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 20)
        throw new Error(`SITE_BACKUP_READ_RETRIES must be a whole number from 0 to 20 (the retries a transient read fault of the store gets, such as 8), got "${v}"`);
    return n;
}
/** Full jitter (AWS's advice): a random wait up to 200 ms × 2^attempt, at most 10 s. */
function backoff(attempt) {
    const cap = Math.min(10_000, 200 * 2 ** attempt);
    return new Promise((r) => setTimeout(r, Math.random() * cap));
}


/***/ }),

/***/ 59714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3Store: () => (/* binding */ S3Store)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53711);
/* harmony import */ var _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22358);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37827);
/* harmony import */ var _model_manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89452);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20649);
/* harmony import */ var _read_retry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(22443);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(34703);









const PART_SIZE = 8 * 1024 * 1024;
// Memory is about (QUEUE_SIZE + 1) parts whatever the object's size.
const QUEUE_SIZE = 2;
const DELETE_BATCH = 1000;
// Archive classes cannot be read back without a restore request: the manifest never goes there.
const ARCHIVE_CLASSES = new Set(['GLACIER', 'DEEP_ARCHIVE']);
const PERMISSION = {
    list: 's3:ListBucket',
    write: 's3:PutObject',
    read: 's3:GetObject',
    delete: 's3:DeleteObject',
};
const VERB = { list: 'listing', write: 'writing', read: 'reading', delete: 'deleting' };
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const CHAIN_HINT = 'Credentials come only from the AWS SDK default chain: in GitHub Actions use aws-actions/configure-aws-credentials (OIDC) before this step; elsewhere AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN) or AWS_PROFILE.';
function errorCode(e) {
    const err = e;
    return err?.Code ?? err?.name ?? '';
}
function httpStatus(e) {
    return e?.$metadata?.httpStatusCode;
}
/** The SDK default chain, except that keys in `env` win, so a caller's env is honoured without touching process.env. */
function credentialsFrom(env) {
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey)
        return undefined;
    return { accessKeyId, secretAccessKey, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) };
}
class S3Store {
    spec;
    log;
    env;
    kind = 's3';
    client;
    pageSize;
    /** Resumed GETs per object read before it fails as "could not read, try again". */
    readRetries;
    /** In-flight uploads by key: a request that failed for good stops its upload (see upload()). */
    uploadFailed = new Map();
    constructor(spec, log, env, opts = {}) {
        this.spec = spec;
        this.log = log;
        this.env = env;
        log.setSecret(env.AWS_SECRET_ACCESS_KEY);
        log.setSecret(env.AWS_SESSION_TOKEN);
        const pageSize = opts.pageSize ?? Number(env.SITE_BACKUP_S3_PAGE_SIZE || 1000);
        if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000)
            throw new Error(`S3 listing page size must be 1 to 1000, got ${pageSize}`);
        this.pageSize = pageSize;
        this.readRetries = (0,_read_retry_js__WEBPACK_IMPORTED_MODULE_7__/* .readRetriesFrom */ .h)(env);
        this.client = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.S3Client({
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
        this.client.middlewareStack.add((next, context) => async (args) => {
            const req = args.request;
            if (context.commandName === 'DeleteObjectsCommand' && req.headers && typeof req.body === 'string') {
                req.headers['content-md5'] = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(req.body).digest('base64');
            }
            return next(args);
        }, { step: 'build', name: 'siteBackupDeleteObjectsMd5' });
        // lib-storage keeps its other part uploaders reading the stream after one part failed for
        // good (retries spent); this stops the whole upload at the first such failure.
        this.client.middlewareStack.add((next) => async (args) => {
            try {
                return await next(args);
            }
            catch (e) {
                const key = args.input.Key;
                if (key)
                    this.uploadFailed.get(key)?.(e);
                throw e;
            }
        }, { step: 'initialize', name: 'siteBackupStopUploadOnFailure' });
    }
    base(site, environment) {
        return [this.spec.prefix, site, environment].filter(Boolean).join('/') + '/';
    }
    key(ref, name) {
        return `${this.base(ref.site, ref.environment)}${ref.id}/${name}`;
    }
    uri(key) {
        return `s3://${this.spec.bucket}/${key}`;
    }
    location(ref) {
        return this.uri(this.key(ref, ''));
    }
    objectUri(ref, name) {
        return this.uri(this.key(ref, name));
    }
    encryption() {
        return {
            ...(this.spec.sse ? { ServerSideEncryption: this.spec.sse } : {}),
            ...(this.spec.kmsKeyId ? { SSEKMSKeyId: this.spec.kmsKeyId } : {}),
        };
    }
    async createWriter(ref) {
        await this.preflight(ref);
        // Keys that may exist because of this writer; a clear refusal from S3 means nothing was written.
        const written = new Set();
        const attempt = async (key, access, run) => {
            written.add(key);
            try {
                await run();
            }
            catch (e) {
                const status = httpStatus(e);
                if (status !== undefined && status >= 400 && status < 500)
                    written.delete(key);
                throw this.explain(e, access, key);
            }
        };
        return {
            put: async (name, body) => {
                if (!(0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .isLayoutObject */ ._)(name) || name === _model_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_NAME */ .ir)
                    throw new Error(`not a backup object name: ${name}`);
                const key = this.key(ref, name);
                return attempt(key, 'write', () => this.upload(key, body));
            },
            commit: async (manifestJson) => {
                const key = this.key(ref, _model_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_NAME */ .ir);
                try {
                    await attempt(key, 'write', () => this.putManifest(key, manifestJson));
                }
                catch (e) {
                    // Another backup's manifest: never ours to delete in abort().
                    if (e instanceof _store_js__WEBPACK_IMPORTED_MODULE_6__/* .BackupExistsError */ .j2)
                        written.delete(key);
                    throw e;
                }
            },
            abort: async () => {
                if (written.size === 0)
                    return;
                const failed = [...(await this.deleteKeys([...written]))];
                if (failed.length > 0)
                    throw new Error(`${failed.length} object(s) could not be deleted, first ${this.uri(failed[0][0])}: ${failed[0][1]}`);
            },
        };
    }
    /**
     * Fails fast, before a long export, when the bucket is missing or the credentials are wrong.
     * A plain AccessDenied is let through: a write-only role (no s3:ListBucket) is a sound setup.
     */
    async preflight(ref) {
        let page;
        try {
            page = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.ListObjectsV2Command({ Bucket: this.spec.bucket, Prefix: this.key(ref, ''), MaxKeys: 100 }));
        }
        catch (e) {
            if (errorCode(e) === 'AccessDenied') {
                this.log.info(`Cannot list ${this.uri(this.base(ref.site, ref.environment))} (no s3:ListBucket); writing anyway.`);
                return;
            }
            throw this.explain(e, 'list', this.key(ref, ''));
        }
        // A backup object under this id belongs to another writer: refuse before overwriting it.
        const prefix = this.key(ref, '');
        if ((page.Contents ?? []).some((o) => (0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .isLayoutObject */ ._)((o.Key ?? '').slice(prefix.length))))
            throw new _store_js__WEBPACK_IMPORTED_MODULE_6__/* .BackupExistsError */ .j2(this.location(ref));
    }
    async upload(key, body) {
        let failure;
        this.uploadFailed.set(key, (e) => {
            failure ??= e;
            // Ends the stream for every part uploader, so done() aborts the multipart upload and
            // returns only once that is done; Upload's own abort() would return before it.
            // The explained error, since the archive pipeline reports whichever side failed first.
            body.destroy(this.explain(e, 'write', key));
        });
        try {
            await new _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_2__.Upload({
                client: this.client,
                partSize: PART_SIZE,
                queueSize: QUEUE_SIZE,
                params: {
                    Bucket: this.spec.bucket,
                    Key: key,
                    Body: body,
                    ContentType: 'application/octet-stream',
                    ...(this.spec.storageClass ? { StorageClass: this.spec.storageClass } : {}),
                    ...this.encryption(),
                },
            }).done();
        }
        catch (e) {
            throw failure ?? e;
        }
        finally {
            this.uploadFailed.delete(key);
        }
    }
    /**
     * The commit point, written once. `If-None-Match: *` keeps a second writer from replacing a
     * finished backup's manifest where the store supports it. Some S3-compatible stores ignore the
     * header (s3rver, older MinIO), so the key is also checked before, and read back after: a
     * manifest that is not byte for byte ours means another writer got there, and the step fails.
     */
    async putManifest(key, json) {
        const before = await this.readText(key).catch((e) => (errorCode(e) === 'NoSuchKey' ? undefined : Promise.reject(e)));
        // The same bytes are our own earlier write (the manifest holds the unique id and digests).
        if (before === json)
            return;
        if (before !== undefined)
            throw new _store_js__WEBPACK_IMPORTED_MODULE_6__/* .BackupExistsError */ .j2(this.uri(key));
        await this.putManifestOnce(key, json);
        const after = await this.readText(key);
        if (after !== json)
            throw new _store_js__WEBPACK_IMPORTED_MODULE_6__/* .BackupExistsError */ .j2(this.uri(key));
    }
    async putManifestOnce(key, json) {
        const sc = this.spec.storageClass;
        const input = {
            Bucket: this.spec.bucket,
            Key: key,
            Body: json,
            ContentType: 'application/json',
            ...(sc && !ARCHIVE_CLASSES.has(sc) ? { StorageClass: sc } : {}),
            ...this.encryption(),
        };
        try {
            await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.PutObjectCommand({ ...input, IfNoneMatch: '*' }));
        }
        catch (e) {
            const code = errorCode(e);
            if (code === 'NotImplemented' || httpStatus(e) === 501) {
                await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.PutObjectCommand(input));
                return;
            }
            if (code === 'PreconditionFailed' || code === 'ConditionalRequestConflict') {
                // A retry of our own successful write also lands here: the same bytes mean it is ours.
                const existing = await this.readText(key).catch(() => undefined);
                if (existing === json)
                    return;
                throw new _store_js__WEBPACK_IMPORTED_MODULE_6__/* .BackupExistsError */ .j2(this.uri(key));
            }
            throw e;
        }
    }
    async readText(key) {
        const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.GetObjectCommand({ Bucket: this.spec.bucket, Key: key }));
        return (await r.Body?.transformToString()) ?? '';
    }
    async list(site, environment) {
        const entries = [];
        await this.walk(this.base(site, environment), (rest, o) => {
            const slash = rest.indexOf('/');
            if (slash <= 0)
                return; // a file beside the backups, such as a README
            entries.push({ id: rest.slice(0, slash), name: rest.slice(slash + 1), ...o });
        });
        return (0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .groupBackups */ .X8)(site, environment, entries);
    }
    async listAll() {
        const byTarget = new Map();
        await this.walk(this.spec.prefix ? `${this.spec.prefix}/` : '', (rest, o) => {
            const parts = rest.split('/');
            // <site>/<environment>/<id>/<name>; anything else under the prefix is not ours to list.
            if (parts.length !== 4 || parts.some((p) => !p))
                return;
            const k = `${parts[0]}/${parts[1]}`;
            const list = byTarget.get(k) ?? [];
            list.push({ id: parts[2], name: parts[3], ...o });
            byTarget.set(k, list);
        });
        return [...byTarget].flatMap(([k, entries]) => {
            const [site, environment] = k.split('/');
            return (0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .groupBackups */ .X8)(site, environment, entries);
        });
    }
    /**
     * Every key under `base`, page by page, as its path below `base`. No Delimiter: some servers
     * get it wrong, and a flat walk sees every key under every id. Anything odd in any page fails
     * the whole listing: prune deletes based on it.
     */
    async walk(base, each) {
        const seenKeys = new Set();
        const seenTokens = new Set();
        let token;
        for (;;) {
            let page;
            try {
                page = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.ListObjectsV2Command({ Bucket: this.spec.bucket, Prefix: base, MaxKeys: this.pageSize, ContinuationToken: token }));
            }
            catch (e) {
                throw this.explain(e, 'list', base);
            }
            for (const o of page.Contents ?? []) {
                if (o.Key === undefined || o.Size === undefined || o.LastModified === undefined || !o.Key.startsWith(base)) {
                    throw new Error(`listing ${this.uri(base)} returned a malformed entry (${o.Key ?? 'no key'}); refusing a partial listing`);
                }
                if (seenKeys.has(o.Key))
                    throw new Error(`listing ${this.uri(base)} returned ${o.Key} twice; refusing an inconsistent listing`);
                seenKeys.add(o.Key);
                each(o.Key.slice(base.length), { size: o.Size, lastModified: o.LastModified });
            }
            if (!page.IsTruncated)
                return;
            token = page.NextContinuationToken;
            if (!token || seenTokens.has(token)) {
                throw new Error(`listing ${this.uri(base)} was truncated without a usable continuation token; refusing a partial listing`);
            }
            seenTokens.add(token);
        }
    }
    async getObject(key, range) {
        try {
            const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.GetObjectCommand({ Bucket: this.spec.bucket, Key: key, ...(range ? { Range: `bytes=${range.from}-`, ...(range.etag ? { IfMatch: range.etag } : {}) } : {}) }));
            if (!r.Body)
                throw new Error(`the store returned no body for ${this.uri(key)}`);
            return { body: r.Body instanceof node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable ? r.Body : node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.fromWeb(r.Body), etag: r.ETag, length: r.ContentLength };
        }
        catch (e) {
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
    async abortStaleUploads(site, environment, olderThan) {
        const base = this.base(site, environment);
        let aborted = 0;
        let keyMarker;
        let uploadIdMarker;
        for (let page = 0; page < 1000; page++) {
            let r;
            try {
                r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.ListMultipartUploadsCommand({ Bucket: this.spec.bucket, Prefix: base, KeyMarker: keyMarker, UploadIdMarker: uploadIdMarker }));
            }
            catch (e) {
                throw this.explain(e, 'list', base);
            }
            for (const u of r.Uploads ?? []) {
                if (!u.Key || !u.UploadId || !u.Initiated || u.Initiated >= olderThan)
                    continue;
                // Only our own objects: `<id>/<layout name>` directly under the site's prefix.
                const rest = u.Key.slice(base.length).split('/');
                if (rest.length !== 2 || !(0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .isLayoutObject */ ._)(rest[1]))
                    continue;
                try {
                    await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.AbortMultipartUploadCommand({ Bucket: this.spec.bucket, Key: u.Key, UploadId: u.UploadId }));
                    aborted++;
                }
                catch (e) {
                    if (errorCode(e) !== 'NoSuchUpload')
                        throw this.explain(e, 'delete', u.Key);
                }
            }
            if (!r.IsTruncated)
                break;
            keyMarker = r.NextKeyMarker;
            uploadIdMarker = r.NextUploadIdMarker;
        }
        return aborted;
    }
    async read(ref, name) {
        const key = this.key(ref, name);
        const uri = this.uri(key);
        const budget = this.readRetries;
        let first;
        try {
            first = await this.getObject(key);
        }
        catch (e) {
            // Missing objects and configuration (access, bucket) are answers; the rest (5xx after the
            // SDK's retries, a network failure) says nothing about the backup.
            if (e instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x || e.cause && errorCode(e.cause) === 'NoSuchKey')
                throw e;
            throw new _store_js__WEBPACK_IMPORTED_MODULE_6__/* .ObjectReadError */ .Uf(uri, budget, e);
        }
        const resume = (from) => this.getObject(key, { from, ...(first.etag ? { etag: first.etag } : {}) });
        async function* bytes() {
            let body = first.body;
            let received = 0;
            let retries = 0;
            let failure;
            for (;;) {
                if (body) {
                    try {
                        for await (const chunk of body) {
                            received += chunk.length;
                            yield chunk;
                        }
                        // S3 always sends Content-Length; a body that ends short is a broken connection.
                        if (first.length === undefined || received >= first.length)
                            return;
                        failure = new Error(`the body ended after ${received} of ${first.length} bytes`);
                    }
                    catch (e) {
                        failure = e;
                    }
                    body.destroy();
                    body = undefined;
                }
                if (retries >= budget)
                    throw new _store_js__WEBPACK_IMPORTED_MODULE_6__/* .ObjectReadError */ .Uf(uri, retries, failure);
                retries++;
                await (0,_read_retry_js__WEBPACK_IMPORTED_MODULE_7__/* .backoff */ .J)(retries);
                try {
                    body = (await resume(received)).body;
                }
                catch (e) {
                    // A changed object (412) is not transient: the bytes already read belong to another.
                    if (httpStatus(e.cause) === 412 || httpStatus(e) === 412)
                        throw new _store_js__WEBPACK_IMPORTED_MODULE_6__/* .ObjectReadError */ .Uf(uri, retries, e);
                    failure = e;
                }
            }
        }
        return node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from(bytes(), { objectMode: false });
    }
    /** A plain PUT: a record is replaced by the next check of the same backup. */
    async writeRecord(ref, name, json) {
        const key = this.key(ref, name);
        try {
            await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.PutObjectCommand({ Bucket: this.spec.bucket, Key: key, Body: json, ContentType: 'application/json', ...this.encryption() }));
        }
        catch (e) {
            throw this.explain(e, 'write', key);
        }
    }
    /**
     * Every manifest first, in their own batches; then the other objects of only those backups
     * whose manifest is gone. So a failure leaves a backup incomplete, never complete but damaged.
     */
    async remove(backups) {
        // Check records go in the second round, with the objects: never before the manifest.
        const keysOf = (b) => [...b.objects.filter((o) => (0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .isLayoutObject */ ._)(o.name)), ...(b.records ?? []).filter((r) => (0,_store_js__WEBPACK_IMPORTED_MODULE_6__/* .isRecordName */ .lx)(r.name))].map((o) => ({ name: o.name, key: this.key(b, o.name) }));
        const manifests = backups.flatMap((b) => keysOf(b).filter((o) => o.name === _model_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_NAME */ .ir).map((o) => o.key));
        const failed = await this.deleteKeys(manifests);
        const rest = backups.filter((b) => !failed.has(this.key(b, _model_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_NAME */ .ir)));
        const others = await this.deleteKeys(rest.flatMap((b) => keysOf(b).filter((o) => o.name !== _model_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_NAME */ .ir).map((o) => o.key)));
        for (const [k, m] of others)
            failed.set(k, m);
        return {
            removed: rest.filter((b) => keysOf(b).every((o) => !failed.has(o.key))).map((b) => b.id),
            errors: [...failed].map(([key, message]) => ({ key: this.uri(key), message })),
        };
    }
    /**
     * DeleteObjects in batches of at most 1000; returns the keys that failed, with why. A key
     * counts as deleted only when the store says so.
     */
    async deleteKeys(keys) {
        const failed = new Map();
        for (let i = 0; i < keys.length; i += DELETE_BATCH) {
            const batch = keys.slice(i, i + DELETE_BATCH);
            try {
                const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_8__.DeleteObjectsCommand({ Bucket: this.spec.bucket, Delete: { Objects: batch.map((Key) => ({ Key })) } }));
                const errors = new Map((r.Errors ?? []).map((e) => [e.Key ?? '', `${e.Code ?? 'Error'}: ${e.Message ?? 'not deleted'}`]));
                const deleted = new Set((r.Deleted ?? []).map((d) => d.Key));
                for (const key of batch) {
                    const err = errors.get(key) ?? (deleted.has(key) ? undefined : 'the store did not confirm the delete');
                    if (err)
                        failed.set(key, (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(err));
                }
            }
            catch (e) {
                const message = this.explain(e, 'delete', batch[0]).message;
                for (const key of batch)
                    failed.set(key, message);
            }
        }
        return failed;
    }
    /** A user-facing error for a failed S3 call: names the input to fix where it is configuration. */
    explain(e, access, key) {
        if (e instanceof _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x)
            return e;
        const code = errorCode(e);
        const err = e;
        const where = this.uri(key);
        const endpoint = this.spec.endpoint ? ` at ${(0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(this.spec.endpoint)}` : '';
        const msg = (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(err?.message ?? String(e));
        switch (code) {
            case 'NoSuchBucket':
                return new _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x('store', `bucket "${this.spec.bucket}" does not exist${endpoint}`, 'Create the bucket, or correct its name in `store`' + (this.spec.endpoint ? '.' : ' (and `s3-endpoint` if it is not on AWS).'));
            case 'CredentialsProviderError':
                return new _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x('store', `no AWS credentials were found for ${VERB[access]} ${where}`, CHAIN_HINT);
            case 'InvalidAccessKeyId':
                return new _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x('store', `the store${endpoint} does not know the access key id (InvalidAccessKeyId) while ${VERB[access]} ${where}`, `Use keys issued for this store${this.spec.endpoint ? ' (not AWS keys)' : ''}. ${CHAIN_HINT}`);
            case 'SignatureDoesNotMatch':
                return new _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x('store', `the request signature was refused (SignatureDoesNotMatch) while ${VERB[access]} ${where}`, `The secret key does not belong to the access key id. ${CHAIN_HINT}`);
            case 'AccessDenied':
            case 'AllAccessDisabled': {
                const arn = access === 'list' ? `arn:aws:s3:::${this.spec.bucket}` : `arn:aws:s3:::${this.spec.bucket}/${this.spec.prefix ? `${this.spec.prefix}/` : ''}*`;
                const kms = this.spec.sse?.startsWith('aws:kms') && (access === 'write' || access === 'read') ? ` and ${access === 'write' ? 'kms:GenerateDataKey' : 'kms:Decrypt'} on the KMS key` : '';
                return new _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x('store', `access was refused (${code}) while ${VERB[access]} ${where}`, `Grant the credentials ${PERMISSION[access]} on ${arn}${kms}. ${CHAIN_HINT}`);
            }
            case 'InvalidStorageClass':
                return new _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x('s3-storage-class', `the store${endpoint} refused storage class "${this.spec.storageClass}"`, 'Use a class this store supports; S3-compatible stores such as MinIO accept only `STANDARD`.');
            case 'AuthorizationHeaderMalformed':
            case 'PermanentRedirect':
                return new _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x('s3-region', `the bucket "${this.spec.bucket}" is not in the region used (${msg})`, 'Set `s3-region` to the bucket\'s region.');
        }
        if (code.startsWith('KMS.') || code === 'KMSAccessDenied') {
            return new _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x('s3-kms-key-id', `the KMS key was refused (${code}: ${msg})`, 'Check the key id and that the credentials may use it (kms:GenerateDataKey, kms:Decrypt).');
        }
        const netCode = err?.code ?? '';
        if (UNREACHABLE.has(netCode) || UNREACHABLE.has(code)) {
            if (this.spec.endpoint) {
                return new _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x('s3-endpoint', `could not connect to ${(0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(this.spec.endpoint)} (${netCode || code})`, 'Check the URL and port, and that this runner can reach it.');
            }
            return new Error(`could not reach S3 while ${VERB[access]} ${where} (${netCode || code}): check the network and \`s3-region\``, { cause: e });
        }
        // Not from S3 at all (the archive stream being written failed, say): keep it as it is.
        if (!err?.$metadata && !netCode && e instanceof Error)
            return e;
        return new Error(`S3 error while ${VERB[access]} ${where}: ${code ? `${code}: ` : ''}${msg}`, { cause: e });
    }
}


/***/ })

};
