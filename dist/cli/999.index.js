export const id = 999;
export const ids = [999];
export const modules = {

/***/ 39999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backupCommand: () => (/* binding */ backupCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/config/applies.ts
var applies = __webpack_require__(55070);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/backup-id.ts
var backup_id = __webpack_require__(31389);
// EXTERNAL MODULE: ./src/model/manifest.ts
var manifest = __webpack_require__(89452);
// EXTERNAL MODULE: ./src/config/common.ts + 2 modules
var config_common = __webpack_require__(93910);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
;// CONCATENATED MODULE: ./src/config/backup.ts






/** `pull-cache`: off, actions, or a folder (absolute, or relative to the working folder). */
function parsePullCache(src, store, cwd = process.cwd()) {
    const v = (0,source/* inputOrDefault */.N9)(src, 'pull-cache').trim();
    if (v === 'off' || v === '')
        return undefined;
    if (v === 'actions')
        return { kind: 'actions' };
    const hint = 'Use `off`, `actions`, or a folder on the runner such as `/var/cache/site-backup`.';
    if (/^(true|false|on|yes|no)$/i.test(v))
        throw new errors/* ConfigError */.x('pull-cache', `"${v}" is not a setting`, hint);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !v.startsWith('file:///'))
        throw new errors/* ConfigError */.x('pull-cache', 'is a URL; the kept export is a folder on this machine', hint);
    if (/[\n\r\0]/.test(v))
        throw new errors/* ConfigError */.x('pull-cache', 'holds a line break or NUL', hint);
    const dir = external_node_path_default().resolve(cwd, v.startsWith('file:///') ? decodeURIComponent(v.slice('file://'.length)) : v);
    // The store's listing and prune walk its folders: the kept export must not live among them.
    if (store.kind === 'local') {
        const within = (outer, inner) => {
            const rel = external_node_path_default().relative(outer, inner);
            return rel === '' || (rel !== '..' && !rel.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(rel));
        };
        if (within(store.root, dir) || within(dir, store.root))
            throw new errors/* ConfigError */.x('pull-cache', `"${dir}" overlaps the store folder "${store.root}"`, 'Give the kept export a folder of its own, outside the store.');
    }
    // A file in its place fails now, not when the kept export is written after the backup.
    return { kind: 'folder', dir: (0,config_common/* requireFolderOrAbsent */.qy)(dir, 'pull-cache', hint) };
}
/** GITHUB_EVENT_NAME -> trigger, as the contract's `trigger: auto` describes. */
function triggerFromEvent(eventName) {
    if (eventName === 'schedule')
        return 'scheduled';
    if (eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'merge_group')
        return 'pre-merge';
    return 'manual';
}
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
/** True when `s` is bech32 (BIP 173) with this human-readable part and a valid checksum. */
function bech32Valid(s, hrp) {
    const data = [...s.slice(hrp.length + 1)].map((c) => BECH32.indexOf(c));
    if (!s.startsWith(`${hrp}1`) || data.length < 6 || data.some((d) => d < 0))
        return { ok: false, dataBits: 0 };
    let chk = 1;
    for (const v of [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data]) {
        const top = chk >>> 25;
        chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
        for (let i = 0; i < 5; i++)
            if ((top >>> i) & 1)
                chk = (chk ^ BECH32_GEN[i]) >>> 0;
    }
    return { ok: chk === 1, dataBits: (data.length - 6) * 5 };
}
/**
 * `encrypt-to`, parsed before any export: each recipient must be an X25519 age public key with a
 * valid bech32 checksum. A typo would otherwise fail only after the whole export (or, worse,
 * encrypt to a key nobody holds).
 */
function parseRecipients(text) {
    if (!text)
        return [];
    const list = text.split(/[\s,]+/).filter(Boolean);
    for (const r of list) {
        // Bech32 is lower case only; the secret key (AGE-SECRET-KEY-1…) fails here too.
        if (!/^age1[02-9ac-hj-np-z]{20,}$/.test(r)) {
            throw new errors/* ConfigError */.x('encrypt-to', `"${r.slice(0, 12)}…" is not an age recipient`, 'Give public keys that start with `age1` (from `age-keygen -y key.txt`); never the secret key.');
        }
        const { ok, dataBits } = bech32Valid(r, 'age');
        if (!ok) {
            throw new errors/* ConfigError */.x('encrypt-to', `"${r.slice(0, 12)}…" has a bad checksum (a character is wrong or missing)`, 'Copy the recipient again from `age-keygen -y key.txt`.');
        }
        // 32 bytes of key: 52 five-bit groups (260 bits, the last 4 of them padding).
        if (Math.floor(dataBits / 8) !== 32) {
            throw new errors/* ConfigError */.x('encrypt-to', `"${r.slice(0, 12)}…" is not a 32-byte X25519 age public key`, 'Give recipients from `age-keygen -y key.txt`; plugin and SSH recipients are not supported.');
        }
    }
    return list;
}
function parseBackupConfig(src, env = process.env, cwd) {
    const common = (0,config_common/* parseCommon */.dw)(src, cwd);
    const compression = (0,source/* inputOrDefault */.N9)(src, 'compression');
    if (!manifest/* COMPRESSIONS */._7.includes(compression)) {
        throw new errors/* ConfigError */.x('compression', `unknown compression "${compression}"`, `Use one of: ${manifest/* COMPRESSIONS */._7.join(', ')}.`);
    }
    const t = (0,source/* inputOrDefault */.N9)(src, 'trigger');
    let trigger;
    if (t === 'auto')
        trigger = triggerFromEvent(env.GITHUB_EVENT_NAME);
    else if (backup_id/* TRIGGERS */.Qb.includes(t))
        trigger = t;
    else
        throw new errors/* ConfigError */.x('trigger', `unknown trigger "${t}"`, `Use auto, ${backup_id/* TRIGGERS */.Qb.join(', ')}.`);
    if (common.store.kind !== 'artifact' && common.store.restic && src.get('encrypt-to')) {
        throw new errors/* ConfigError */.x('encrypt-to', 'does not combine with `format: restic`: restic encrypts the whole repository with `restic-password` (symmetric), and age recipients cannot be added to it', 'Remove `encrypt-to` and keep `restic-password` safe, or use `format: archive` for backups only the age identity can read.');
    }
    const cfg = {
        ...common,
        compression: compression,
        seekable: (0,config_common/* parseBool */.q6)(src, 'seekable'),
        recipients: parseRecipients(src.get('encrypt-to')),
        trigger,
        timeoutMs: (0,config_common/* parseDurationInput */.ew)(src, 'timeout'),
    };
    const maxAge = (0,config_common/* parseDurationInput */.ew)(src, 'max-age');
    if (maxAge !== undefined)
        cfg.maxAgeMs = maxAge;
    const pullCache = parsePullCache(src, cfg.store, cwd);
    if (pullCache)
        cfg.pullCache = pullCache;
    return cfg;
}

// EXTERNAL MODULE: ./src/core/backup.ts + 3 modules
var backup = __webpack_require__(65210);
// EXTERNAL MODULE: ./src/platforms/index.ts + 30 modules
var platforms = __webpack_require__(606);
// EXTERNAL MODULE: ./src/report/errors.ts
var report_errors = __webpack_require__(22287);
// EXTERNAL MODULE: ./src/report/failure-summary.ts
var failure_summary = __webpack_require__(69853);
// EXTERNAL MODULE: ./src/report/status.ts
var report_status = __webpack_require__(16934);
// EXTERNAL MODULE: ./src/util/bytes.ts
var bytes = __webpack_require__(1671);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
;// CONCATENATED MODULE: ./src/report/summary.ts


/** The one line an artifact backup's summary carries (docs/immutable.md). */
const ARTIFACT_LOCK_NOTE = 'Artifacts cannot be locked: anyone with `actions: write` on this repository can delete this backup. For backups an attacker cannot erase, use S3 with `s3-object-lock` (docs/immutable.md).';
/** The job summary: one row per component, as a person checks a backup at a glance. */
function backupSummaryMarkdown(s) {
    if (s.skipped) {
        return `## Backup skipped: ${s.site}/${s.environment}\n\nA complete backup young enough already exists: \`${s.id}\` at ${s.location}\n`;
    }
    // Records are shown only when a platform counted them (JSON data exports), so other runs keep the short table.
    const withRecords = s.components.some((c) => c.exportCounts?.records !== undefined);
    const rows = s.components.map((c) => {
        const ratio = c.contentBytes > 0 ? `${((c.bytes / c.contentBytes) * 100).toFixed(1)}%` : '-';
        const records = withRecords ? ` ${c.exportCounts?.records ?? '-'} |` : '';
        return `| ${c.name} | ${c.files} |${records} ${(0,bytes/* formatBytes */.z)(c.contentBytes)} | ${(0,bytes/* formatBytes */.z)(c.bytes)} | ${ratio} | \`${c.sha256.slice(0, 12)}\` | ${(0,duration/* formatDuration */.a)(c.durationMs)} | ${(0,bytes/* formatRate */.C)(c.contentBytes, c.durationMs)} |`;
    });
    const total = s.components.reduce((n, c) => n + c.bytes, 0);
    return [
        `## Backup ${s.site}/${s.environment}: \`${s.id}\``,
        '',
        `| component | files |${withRecords ? ' records |' : ''} in | out | ratio | sha256 | duration | rate |`,
        `|---|---:|${withRecords ? '---:|' : ''}---:|---:|---:|---|---:|---:|`,
        ...rows,
        '',
        `Stored ${(0,bytes/* formatBytes */.z)(total)} at ${s.location}`,
        '',
        ...(s.lockNote ? [s.lockNote, ''] : []),
    ].join('\n');
}

// EXTERNAL MODULE: ./src/stores/index.ts + 1 modules
var stores = __webpack_require__(98844);
// EXTERNAL MODULE: ./src/stores/read-retry.ts
var read_retry = __webpack_require__(22443);
// EXTERNAL MODULE: ./src/commands/notify.ts + 3 modules
var notify = __webpack_require__(34908);
// EXTERNAL MODULE: ./src/commands/secrets.ts
var secrets = __webpack_require__(85575);
;// CONCATENATED MODULE: ./src/commands/backup.ts
















/** The summary's line on whether this backup can be deleted (docs/immutable.md). */
function lockNote(store, ref) {
    if (store.kind === 'artifact')
        return { lockNote: ARTIFACT_LOCK_NOTE };
    const s3 = store;
    const lock = typeof s3.expectedLock === 'function' ? s3.expectedLock(ref) : undefined;
    if (!lock)
        return {};
    return {
        lockNote: `Object Lock: every object ${lock.mode.toLowerCase()} until at least ${lock.until.toISOString().replace(/\.\d{3}Z$/, 'Z')} (what the retention policy keeps it for, plus the margin).`,
    };
}
/** The backup action and `site-backup backup`: config -> platform -> pipeline -> outputs. */
async function backupCommand(io, opts = {}) {
    (0,secrets/* maskSecretInputs */.q)(io.inputs, io.log);
    let cfg;
    let store;
    let notifier;
    const started = Date.now();
    try {
        notifier = await (0,notify/* startNotifier */.Z)(io, 'backup', opts.notify);
        cfg = parseBackupConfig(io.inputs, io.env, io.cwd);
        for (const w of (0,applies/* inapplicableInputs */.oI)(io.inputs, cfg.platform, cfg.store.kind))
            io.log.warn(w);
        store = await (0,stores/* openStore */.C)(cfg.store, io.log, io.env);
        const platform = await (0,platforms/* openPlatform */.W)(cfg.platform, { site: cfg.site, environment: cfg.environment, inputs: io.inputs, env: io.env, log: io.log, purpose: 'backup' }, io.env.RUNNER_TEMP ?? external_node_os_default().tmpdir());
        let result;
        try {
            result = await (0,backup/* runBackup */.Q)(cfg, {
                store,
                platform,
                log: io.log,
                env: io.env,
                ...(opts.progressIntervalMs ? { progressIntervalMs: opts.progressIntervalMs } : {}),
            });
        }
        finally {
            await platform.close();
        }
        io.setOutput('backup-id', result.id);
        io.setOutput('location', result.location);
        io.setOutput('bytes', String(result.bytes));
        io.setOutput('manifest', result.manifestUri);
        io.setOutput('skipped', String(result.skipped));
        const ref = { site: cfg.site, environment: cfg.environment, id: result.id };
        const manifestSha256 = result.manifestSha256 ?? (result.skipped ? await storedManifestSha256(store, ref) : undefined);
        if (manifestSha256)
            io.setOutput('manifest-sha256', manifestSha256);
        const artifact = store.kind === 'artifact' && !result.skipped ? store.knownArtifactId(ref) : undefined;
        if (artifact !== undefined) {
            io.setOutput('artifact-id', String(artifact));
            const url = artifactUrl(io.env, artifact);
            if (url)
                io.setOutput('artifact-url', url);
        }
        await io.summary(backupSummaryMarkdown({
            site: cfg.site,
            environment: cfg.environment,
            id: result.id,
            location: result.location,
            components: result.components,
            skipped: result.skipped,
            ...lockNote(store, ref),
        }));
        await (0,report_status/* writeStatus */.Kn)(io.env.RUNNER_TEMP, {
            outcome: result.skipped ? 'skipped' : 'success',
            site: cfg.site,
            environment: cfg.environment,
            backupId: result.id,
            finishedAt: new Date().toISOString(),
            ...runUrl(io.env),
        });
        await notifier?.success({ ...result, components: result.components.map((c) => c.name), elapsedMs: Date.now() - started });
        return result;
    }
    catch (e) {
        if (cfg) {
            // Our classification only: the status record feeds the public failure issue.
            const status = {
                outcome: 'failure',
                site: cfg.site,
                environment: cfg.environment,
                ...(0,report_errors/* failureStatusFields */.qv)(e, io.env),
                finishedAt: new Date().toISOString(),
                ...runUrl(io.env),
                ...(e instanceof errors/* ComponentError */.O ? { component: e.component } : {}),
            };
            await (0,report_status/* writeStatus */.Kn)(io.env.RUNNER_TEMP, status).catch(() => undefined);
        }
        const site = cfg?.site ?? io.inputs.get('site');
        const environment = cfg?.environment ?? io.inputs.get('environment') ?? 'production';
        const kept = e instanceof read_retry/* ReadBackError */.my && e.stored
            ? 'A manifest for this backup is in the store, but reading it back to confirm it failed; the backup was kept, not deleted. Verify it before relying on it.'
            : cfg
                ? `Nothing of this run was stored as a backup: without a manifest it is incomplete, and prune sweeps what is left of it. ${await (0,failure_summary/* newestKept */.D2)(store, cfg.site, cfg.environment)}`
                : 'Nothing was read or written: the inputs were refused before the backup started.';
        await io.summary((0,failure_summary/* failureSummaryMarkdown */.uR)({ action: 'backup', site, environment, error: e, env: io.env, kept })).catch(() => undefined);
        await notifier?.failure(e, io.env);
        throw e;
    }
}
/** sha256 of the manifest as the store holds it, for a backup this run did not write (max-age skip). */
async function storedManifestSha256(store, ref) {
    try {
        const h = (0,external_node_crypto_.createHash)('sha256');
        for await (const chunk of await store.read(ref, manifest/* MANIFEST_NAME */.ir))
            h.update(chunk);
        return h.digest('hex');
    }
    catch {
        return undefined;
    }
}
/** The artifact's page, as actions/upload-artifact links it: `<server>/<repo>/actions/runs/<run>/artifacts/<id>`. */
function artifactUrl(env, id) {
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return undefined;
    return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}
function runUrl(env) {
    const u = (0,manifest/* sourceFromEnv */.H2)(env).runUrl;
    return u ? { runUrl: u } : {};
}


/***/ }),

/***/ 65210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ runBackup),
  N: () => (/* binding */ selectComponents)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/archive/age.ts
var age = __webpack_require__(16477);
// EXTERNAL MODULE: ./src/archive/compress.ts + 1 modules
var compress = __webpack_require__(21678);
;// CONCATENATED MODULE: ./src/archive/pool.ts
// Reused buffers for the pack pipeline. Reading a gigabyte into fresh buffers costs the garbage
// collector more than the reads themselves: every few megabytes of new external memory start a
// full mark-compact (61 of them in one 1 GiB bench backup, 0.65 s of the main thread). A pack
// instead reads into a few buffers and takes each back once every stage is done with it.
//
// Ownership is counted: a Lease starts with one reference, each piece cut from it (a zstd block,
// a raw frame's payload) retains one, and whoever holds a reference releases it when the bytes
// have left (written to the compressor, the file or a copy). The last release returns the buffer.
/** A pooled buffer, back in the pool when its last holder releases it. */
class Lease {
    pool;
    buf;
    refs = 1;
    constructor(pool, buf) {
        this.pool = pool;
        this.buf = buf;
    }
    retain() {
        this.refs++;
        return this;
    }
    release() {
        if (--this.refs === 0)
            this.pool.put(this.buf);
        else if (this.refs < 0)
            throw new Error('a pooled buffer was released twice');
    }
}
/** Releases the pieces' leases: the caller is done with their bytes. */
function releaseAll(pieces) {
    for (const p of pieces)
        p.lease?.release();
}
/**
 * A fixed set of equal buffers. lease() waits while all are out, which bounds the memory of the
 * whole pipeline behind it; close() makes waiting and later lease() calls fail, so a producer
 * never waits forever on buffers a failed stage will not give back.
 */
class BufferPool {
    size;
    free = [];
    waiting = [];
    error;
    constructor(size, count) {
        this.size = size;
        for (let i = 0; i < count; i++)
            this.free.push(Buffer.allocUnsafeSlow(size));
    }
    /** Buffers in the pool now: all of them once every lease is released. */
    get available() {
        return this.free.length;
    }
    async lease() {
        if (this.error)
            throw this.error;
        const b = this.free.pop() ?? (await new Promise((resolve, reject) => this.waiting.push({ resolve, reject })));
        return new Lease(this, b);
    }
    put(buf) {
        const w = this.waiting.shift();
        if (w)
            w.resolve(buf);
        else
            this.free.push(buf);
    }
    close(e) {
        this.error ??= e;
        for (const w of this.waiting.splice(0))
            w.reject(this.error);
    }
}

// EXTERNAL MODULE: ./src/archive/seek-index.ts
var seek_index = __webpack_require__(78497);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
;// CONCATENATED MODULE: ./src/archive/tar-writer.ts



const BLOCK = 512;
const ZEROS = Buffer.alloc(BLOCK * 2);
/** Modes as node-tar writes them (mode-fix.js): permission bits, and searchable where readable for folders. */
function entryMode(mode, isDir) {
    let m = mode & 0o7777;
    if (isDir) {
        if (m & 0o400)
            m |= 0o100;
        if (m & 0o40)
            m |= 0o10;
        if (m & 0o4)
            m |= 0o1;
    }
    return m;
}
/** Fills pooled buffers in order and hands each one on when it is full. */
class Filler {
    pool;
    lease;
    fill = 0;
    /** Bytes written before the current buffer. */
    before = 0;
    constructor(pool) {
        this.pool = pool;
    }
    /** The current buffer, with room; a full one comes back from take() first. */
    async room() {
        this.lease ??= await this.pool.lease();
        return { buf: this.lease.buf, at: this.fill, space: this.lease.buf.length - this.fill };
    }
    /** Marks n bytes written at the fill point; returns the buffer as a piece once it is full. */
    advance(n) {
        this.fill += n;
        if (this.fill < this.lease.buf.length)
            return undefined;
        return this.take();
    }
    /** Offset in the tar stream of the next byte written. */
    get offset() {
        return this.before + this.fill;
    }
    /** Whatever is filled, as a piece (the last, partly filled buffer at the end). */
    take() {
        const lease = this.lease;
        if (!lease || this.fill === 0)
            return undefined;
        const piece = { buf: lease.buf.subarray(0, this.fill), lease };
        this.lease = undefined;
        this.before += this.fill;
        this.fill = 0;
        return piece;
    }
    /** Drops the buffer being filled (the stream failed). */
    discard() {
        this.lease?.release();
        this.lease = undefined;
    }
}
/** Records each member (and a frame start before it, when due) before any of its bytes leave. */
function recorder(log, offset) {
    let lastCut = 0;
    return (fields, type, headerBytes) => {
        if (!log)
            return;
        const at = offset();
        const size = fields.size ?? 0;
        if (at > lastCut && (at - lastCut >= log.frameBytes || size >= log.frameBytes)) {
            log.cuts.push(at);
            lastCut = at;
        }
        const m = {
            path: fields.path.replace(/\/$/, ''),
            type,
            mode: fields.mode ?? 0,
            size,
            mtime: Math.floor((fields.mtime?.getTime() ?? 0) / 1000),
            header: at,
            data: at + headerBytes,
        };
        if (fields.linkpath !== undefined)
            m.linkpath = fields.linkpath;
        log.members.push(m);
    };
}
/**
 * Streams `dir` as tar into buffers leased from `pool`. Each yielded piece holds a lease the
 * consumer must release once it is done with the bytes. `counts` is filled as entries are read.
 */
async function* tarPieces(dir, pool, counts, signal) {
    const out = new Filler(pool);
    const links = new Map();
    async function* copyIn(bytes) {
        let off = 0;
        while (off < bytes.length) {
            const r = await out.room();
            const n = Math.min(r.space, bytes.length - off);
            bytes.copy(r.buf, r.at, off, off + n);
            off += n;
            const full = out.advance(n);
            if (full)
                yield full;
        }
    }
    const record = recorder(counts.log, () => out.offset);
    async function* header(fields, type) {
        const h = new index_min/* Header */.Y9({ ...fields, uid: 0, gid: 0, uname: '', gname: '' });
        const pax = h.encode()
            ? new index_min/* Pax */.un({
                path: fields.path,
                linkpath: fields.linkpath,
                size: fields.size,
                mtime: fields.mtime,
                uid: 0,
                gid: 0,
                uname: '',
            }).encode()
            : undefined;
        record(fields, type, (pax?.length ?? 0) + BLOCK);
        // ustar cannot hold it (a long path or link, a size over 8 GiB): a pax header goes first.
        if (pax)
            yield* copyIn(pax);
        yield* copyIn(h.block);
    }
    async function* content(e, size) {
        const fh = await (0,promises_.open)(e.abs, 'r');
        try {
            let pos = 0;
            while (pos < size) {
                signal?.throwIfAborted();
                const r = await out.room();
                const want = Math.min(r.space, size - pos);
                const { bytesRead } = await fh.read(r.buf, r.at, want, pos);
                // Shrunk since lstat: the header already promised `size` bytes, so the archive cannot be finished.
                if (bytesRead === 0)
                    throw new Error(`${e.name}: the file shrank while it was archived (${pos} of ${size} bytes)`);
                pos += bytesRead;
                const full = out.advance(bytesRead);
                if (full)
                    yield full;
            }
        }
        finally {
            await fh.close();
        }
        const pad = (BLOCK - (size % BLOCK)) % BLOCK;
        if (pad)
            yield* copyIn(ZEROS.subarray(0, pad));
    }
    async function* entry(e) {
        signal?.throwIfAborted();
        const st = await (0,promises_.lstat)(e.abs);
        const mtime = st.mtime;
        if (st.isDirectory()) {
            yield* header({ path: `${e.name}/`, mode: entryMode(st.mode, true), size: 0, mtime, type: 'Directory' }, 'dir');
            for (const name of (await (0,promises_.readdir)(e.abs)).sort())
                yield* entry({ name: `${e.name}/${name}`, abs: external_node_path_default().join(e.abs, name) });
        }
        else if (st.isSymbolicLink()) {
            yield* header({ path: e.name, linkpath: await (0,promises_.readlink)(e.abs), mode: entryMode(st.mode, false), size: 0, mtime, type: 'SymbolicLink' }, 'symlink');
        }
        else if (st.isFile()) {
            counts.files++;
            counts.contentBytes += st.size;
            if (st.nlink > 1) {
                // A second name for a file already in the archive is stored as a hard link to the first.
                const key = `${st.dev}:${st.ino}`;
                const first = links.get(key);
                if (first !== undefined) {
                    yield* header({ path: e.name, linkpath: first, mode: entryMode(st.mode, false), size: 0, mtime, type: 'Link' }, 'link');
                    return;
                }
                links.set(key, e.name);
            }
            yield* header({ path: e.name, mode: entryMode(st.mode, false), size: st.size, mtime, type: 'File' }, 'file');
            if (st.size > 0)
                yield* content(e, st.size);
        }
        // Sockets, fifos and devices are left out, as node-tar leaves them out: they hold no content.
    }
    try {
        for (const name of (await (0,promises_.readdir)(dir)).sort())
            yield* entry({ name, abs: external_node_path_default().join(dir, name) });
        yield* copyIn(ZEROS);
        const last = out.take();
        if (last)
            yield last;
    }
    finally {
        out.discard();
    }
}

;// CONCATENATED MODULE: ./src/archive/pack.ts







/**
 * The pack's buffers: 1 MiB each, the read size (4 MiB reads measured slower on the bench), and
 * enough of them for every stage to hold what it may: the zstd framing's queue (4 MiB), the
 * incompressible blocks it holds while it decides (1 MiB), a batch at the store and the reads ahead.
 */
const BUFFER_SIZE = 1 << 20;
const BUFFERS = 16;
/** Plain buffers the caller may keep: pooled bytes are copied and their leases released. */
async function* owned(pieces) {
    for await (const p of pieces) {
        if (!p.lease)
            yield p.buf;
        else {
            const copy = Buffer.from(p.buf);
            p.lease.release();
            yield copy;
        }
    }
}
async function* flat(batches) {
    for await (const batch of batches)
        yield* batch;
}
/** One piece per batch; plain buffers become pieces without a lease. */
async function* batches(source) {
    for await (const x of source)
        yield [Buffer.isBuffer(x) ? { buf: x } : x];
}
/**
 * Streams `dir` as tar -> compression -> age -> sha256 into `sink`, which stores it. Nothing is
 * buffered whole and nothing is written to disk here: memory stays flat whatever the size.
 * The sink gets batches of buffers lent to it: each is valid until it asks for the next (see
 * putBatches in stores/store.ts). The default path (zstd, no age) is zero-copy from the file
 * reads to the store, and so is `none`; gzip and age keep what they are given, so they get copies.
 * If either side fails, both are torn down and the first error is thrown.
 */
async function packDirectory(dir, opts, sink) {
    const { signal } = opts;
    const pool = new BufferPool(BUFFER_SIZE, BUFFERS);
    const counts = { files: 0, contentBytes: 0 };
    const seekable = opts.indexAs !== undefined && opts.compression !== 'gzip';
    const log = seekable ? { frameBytes: opts.frameBytes ?? seek_index/* FRAME_BYTES */.Kr, members: [], cuts: [] } : undefined;
    if (log)
        counts.log = log;
    const frames = [];
    const tarStream = tarPieces(dir, pool, counts, signal);
    let stored;
    if (opts.compression === 'zstd')
        stored = (0,compress/* compressPieces */.GT)(tarStream, signal, log ? { cuts: log.cuts, frames } : undefined);
    // Uncompressed, the pooled buffers themselves go to the store.
    else if (opts.compression === 'none')
        stored = batches(tarStream);
    else
        stored = batches((0,compress/* compressChunks */.$k)(opts.compression, owned(tarStream), signal));
    // Frames are hashed before age: the index's offsets and digests are those of the plaintext.
    const hasher = log ? new seek_index/* FrameHasher */.h4(opts.compression === 'zstd' ? (0,seek_index/* zstdFrameEnds */.X7)(frames) : (0,seek_index/* tarFrameEnds */.lx)(log)) : undefined;
    if (hasher)
        stored = hasher.tap(stored);
    if (opts.recipients.length > 0)
        stored = batches(await (0,age/* encryptStream */.B)(external_node_stream_.Readable.from(owned(flat(stored)), { objectMode: false }), opts.recipients));
    // The digest is taken as the bytes leave, so it covers exactly what the store receives.
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    let ended = false;
    async function* digested() {
        for await (const batch of stored) {
            signal?.throwIfAborted();
            const bufs = [];
            for (const p of batch) {
                hash.update(p.buf);
                bytes += p.buf.length;
                bufs.push(p.buf);
            }
            opts.onBytes?.(bytes);
            yield bufs;
            // The sink asked for the next batch: it is done with this one.
            releaseAll(batch);
        }
        ended = true;
    }
    try {
        await sink(digested());
        if (!ended)
            throw new Error('the store returned before reading the whole archive');
    }
    catch (e) {
        // The abort reason over the store's report of a stream that stopped.
        if (signal?.aborted)
            throw signal.reason;
        throw e;
    }
    finally {
        // Wakes a producer waiting for a buffer that a stopped stage will never give back.
        pool.close(new Error('the archive stream was closed'));
    }
    const result = { bytes, sha256: hash.digest('hex'), contentBytes: counts.contentBytes, files: counts.files };
    if (log && hasher) {
        const digests = hasher.finish();
        const data = opts.compression === 'zstd' ? frames.filter((f) => !f.skippable) : (0,seek_index/* tarFrames */.eP)(log, hasher.bytes);
        result.index = (0,seek_index/* buildIndex */.Xh)(opts.indexAs, log, data, digests.slice(0, data.length));
    }
    return result;
}

// EXTERNAL MODULE: ./src/core/index-object.ts
var index_object = __webpack_require__(37867);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/model/backup-id.ts
var backup_id = __webpack_require__(31389);
// EXTERNAL MODULE: ./src/model/manifest.ts
var model_manifest = __webpack_require__(89452);
// EXTERNAL MODULE: ./src/report/progress.ts
var progress = __webpack_require__(18991);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/restic/store.ts + 2 modules
var restic_store = __webpack_require__(53628);
// EXTERNAL MODULE: ./src/stores/store.ts
var stores_store = __webpack_require__(34703);
// EXTERNAL MODULE: ./src/util/cleanup.ts
var cleanup = __webpack_require__(4532);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/core/pull-cache.ts
var pull_cache = __webpack_require__(89827);
// EXTERNAL MODULE: ./src/core/tool.ts
var tool = __webpack_require__(80121);
;// CONCATENATED MODULE: ./src/core/backup.ts

















/** Which components to run: the requested ones, each checked against what the platform covers. */
function selectComponents(cfg, platform) {
    if (!cfg.components)
        return [...platform.components];
    for (const c of cfg.components) {
        if (!platform.components.includes(c)) {
            throw new errors/* ConfigError */.x('components', `platform \`${cfg.platform}\` cannot export "${c}": ${platform.explainUnsupported(c)}`, `Remove "${c}" from \`components\`, or leave \`components\` empty to take everything this platform covers (${platform.components.join(', ')}).`);
        }
    }
    return cfg.components;
}
/** A component folder counts only when it holds at least one file with content. */
async function hasContent(dir) {
    for (const name of await (0,promises_.readdir)(dir)) {
        const p = external_node_path_default().join(dir, name);
        const st = await (0,promises_.lstat)(p);
        if (st.isFile() && st.size > 0)
            return true;
        if (st.isDirectory() && (await hasContent(p)))
            return true;
    }
    return false;
}
/** The error a component failed with; a failure another component caused (it aborted this one) stays that one's. */
function componentError(stage, e) {
    const err = stage.controller.signal.aborted ? stage.controller.signal.reason : e;
    if (err instanceof errors/* ComponentError */.O)
        return err;
    return new errors/* ComponentError */.O(stage.component, (0,redact/* redact */.E$)(err?.message ?? String(err)), { cause: err });
}
async function endStage(stage) {
    clearTimeout(stage.timer);
    stage.progress.stop();
    if (stage.outDir)
        await (0,promises_.rm)(stage.outDir, { recursive: true, force: true });
}
/**
 * export -> archive -> store for each component, then the manifest, last. A failure anywhere
 * aborts the writer, so no manifest is written and the backup stays incomplete.
 */
async function runBackup(cfg, deps) {
    const env = deps.env ?? process.env;
    const now = deps.now ?? (() => new Date());
    const { store, platform, log } = deps;
    if (cfg.maxAgeMs !== undefined) {
        const young = (await store.list(cfg.site, cfg.environment)).find((b) => b.complete);
        if (young && now().getTime() - young.parsed.time.getTime() < cfg.maxAgeMs) {
            log.info(`A complete backup ${(0,duration/* formatDuration */.a)(now().getTime() - young.parsed.time.getTime())} old exists (${young.id}), younger than max-age ${(0,duration/* formatDuration */.a)(cfg.maxAgeMs)}: skipping.`);
            return {
                skipped: true,
                id: young.id,
                location: store.location(young),
                manifestUri: store.objectUri(young, model_manifest/* MANIFEST_NAME */.ir),
                bytes: young.objects.filter((o) => o.name !== model_manifest/* MANIFEST_NAME */.ir).reduce((n, o) => n + o.size, 0),
                components: [],
            };
        }
    }
    // format: restic goes its own way from here (src/restic/backup.ts); max-age above serves both.
    if ((0,restic_store/* isResticStore */.c3)(store))
        return (await __webpack_require__.e(/* import() */ 262).then(__webpack_require__.bind(__webpack_require__, 82262))).resticBackup(cfg, { ...deps, store });
    const components = selectComponents(cfg, platform);
    const createdAt = now();
    const ref = {
        site: cfg.site,
        environment: cfg.environment,
        id: (0,backup_id/* makeBackupId */.KA)(createdAt, cfg.trigger, (0,backup_id/* backupIdSuffix */.fy)(env, () => (0,external_node_crypto_.randomBytes)(4).toString('hex'))),
    };
    // pull-cache: rsync-mirrored components start from the last successful backup's export.
    const tmpRoot = deps.tmpRoot ?? env.RUNNER_TEMP ?? external_node_os_default().tmpdir();
    const pulls = await (0,pull_cache/* openPullCache */.i4)(cfg, platform, components, { env, log, tmpRoot, ...(deps.cache ? { cache: deps.cache } : {}) });
    log.info(`Backing up ${cfg.site}/${cfg.environment} (${components.join(', ')}) as ${ref.id} to ${store.location(ref)}`);
    const writer = await store.createWriter(ref);
    const reports = [];
    let platformSnapshot;
    /** Starts one component's export: its folder, its timeout and its progress lines. */
    const beginExport = (component) => {
        const controller = new AbortController();
        const stage = {
            component,
            started: Date.now(),
            controller,
            timer: setTimeout(() => controller.abort(new Error(`timed out after ${(0,duration/* formatDuration */.a)(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer)`)), cfg.timeoutMs),
            progress: (0,progress/* startProgress */.o)(component, log, deps.progressIntervalMs, undefined, { phase: 'exporting' }),
            exported: Promise.resolve(undefined),
        };
        stage.exported = (async () => {
            stage.outDir = await (0,cleanup/* makeStaging */.me)(tmpRoot, component);
            await pulls?.seed(component, stage.outDir);
            stage.progress.phase('exporting', { dir: stage.outDir });
            const exported = await platform.export(component, stage.outDir, controller.signal);
            if (controller.signal.aborted)
                throw controller.signal.reason;
            if (!(await hasContent(stage.outDir))) {
                throw new Error('the export produced no files (an empty export is treated as a failure, since several platform CLIs exit 0 when they fail)');
            }
            return exported;
        })();
        // Awaited later; until then a rejection must not count as unhandled.
        stage.exported.catch(() => undefined);
        return stage;
    };
    /** Packs and stores one exported component; its folder is removed whatever happens. */
    const packStage = async (cur, exported) => {
        try {
            const name = (0,model_manifest/* objectName */.Hd)(cur.component, cfg.compression, cfg.recipients.length > 0);
            cur.progress.phase('packing and uploading', { noun: 'stored' });
            const packed = await packDirectory(cur.outDir, {
                compression: cfg.compression,
                recipients: cfg.recipients,
                onBytes: (b) => cur.progress.update(b),
                signal: cur.controller.signal,
                ...(cfg.seekable ? { indexAs: name } : {}),
            }, (batches) => (0,stores_store/* putBatches */.wS)(writer, name, batches));
            log.info(`${cur.component}: ${packed.files} files, ${packed.contentBytes} bytes in, ${packed.bytes} bytes stored, sha256 ${packed.sha256.slice(0, 12)}`);
            // Beside the archive, before the manifest: a backup whose index failed to store never commits.
            const index = packed.index ? await (0,index_object/* storeIndex */.eJ)(writer, cur.component, packed.index, cfg.recipients) : undefined;
            await pulls?.hold(cur.component, cur.outDir);
            return {
                name: cur.component,
                object: name,
                compression: cfg.compression,
                encryption: cfg.recipients.length > 0 ? 'age' : 'none',
                bytes: packed.bytes,
                sha256: packed.sha256,
                contentBytes: packed.contentBytes,
                files: packed.files,
                ...(index ? { index } : {}),
                durationMs: Date.now() - cur.started,
                ...(exported?.counts ? { exportCounts: exported.counts } : {}),
            };
        }
        catch (e) {
            throw componentError(cur, e);
        }
        finally {
            await endStage(cur);
        }
    };
    try {
        // Exports run one at a time (a platform's CLI or server is not asked twice at once), and
        // each component is packed and stored as soon as its export is done, while the next one
        // exports. Two components may pack at once: one's compressor and the other's reads, hashing
        // and writes then share the two cores of a runner instead of taking turns. At most two
        // components are in flight, so at most two folders exist and memory stays bounded.
        const live = new Set();
        const packs = [];
        let failure;
        const fail = (stage, e) => {
            if (failure !== undefined)
                return;
            failure = componentError(stage, e);
            for (const other of live)
                if (other !== stage)
                    other.controller.abort(new Error('stopped because another component failed'));
        };
        for (let i = 0; i < components.length && failure === undefined; i++) {
            if (i >= 2)
                await packs[i - 2].catch(() => undefined);
            if (failure !== undefined)
                break;
            const stage = beginExport(components[i]);
            live.add(stage);
            let exported;
            try {
                exported = await stage.exported;
            }
            catch (e) {
                fail(stage, e);
                live.delete(stage);
                await endStage(stage);
                break;
            }
            if (exported?.platformSnapshot)
                platformSnapshot = exported.platformSnapshot;
            const packed = packStage(stage, exported);
            packed.then(() => live.delete(stage), (e) => {
                live.delete(stage);
                fail(stage, e);
            });
            packs.push(packed);
        }
        // Every pack has ended (its processes stopped, its folder gone) before an error is reported.
        const settled = await Promise.allSettled(packs);
        if (failure !== undefined)
            throw failure;
        for (const r of settled)
            reports.push(r.value);
        const manifest = {
            format: 1,
            id: ref.id,
            site: cfg.site,
            environment: cfg.environment,
            platform: cfg.platform,
            trigger: cfg.trigger,
            createdAt: createdAt.toISOString(),
            finishedAt: now().toISOString(),
            tool: tool/* TOOL */.j,
            source: (0,model_manifest/* sourceFromEnv */.H2)(env),
            components: reports.map(({ durationMs: _d, exportCounts: _x, ...c }) => c),
        };
        if (platformSnapshot)
            manifest.platformSnapshot = platformSnapshot;
        // The commit point: before this line the backup does not exist for list, prune or restore.
        // No free text reaches the manifest: every field is an id, a name, a time, a size or a digest.
        const manifestJson = (0,model_manifest/* serializeManifest */.MZ)(manifest);
        await writer.commit(manifestJson);
        await pulls?.keep();
        const bytes = reports.reduce((n, c) => n + c.bytes, 0);
        return {
            skipped: false,
            id: ref.id,
            location: store.location(ref),
            manifestUri: store.objectUri(ref, model_manifest/* MANIFEST_NAME */.ir),
            bytes,
            manifestSha256: (0,external_node_crypto_.createHash)('sha256').update(manifestJson).digest('hex'),
            components: reports,
            manifest,
        };
    }
    catch (e) {
        await pulls?.discard();
        await writer
            .abort()
            .catch((abortErr) => log.warn(`could not clean up the incomplete backup: ${abortErr.message}; prune sweeps it after 24 h`));
        throw e;
    }
}


/***/ }),

/***/ 89827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i4: () => (/* binding */ openPullCache)
/* harmony export */ });
/* unused harmony exports summarizeTree, linkTree, PullCache */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37827);
/* harmony import */ var _util_tool_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65596);
/* harmony import */ var _util_bytes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1671);
/* harmony import */ var _util_cleanup_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4532);








// Incremental pulls (`pull-cache`, issue 11 item 4). A component whose export is an rsync mirror
// (PlatformSession.mirrors) starts from the export kept by the last successful backup, so rsync
// moves only what changed. The life of a kept export:
//
//   seed:  kept -> outDir as hard links (free, and the kept copy stays intact: rsync replaces a
//          changed file by writing a new one and renaming it over the link, never through it);
//          from the Actions cache it is first restored, newest entry of this site/env/component.
//   hold:  once the component is packed (or snapshotted), outDir is moved aside, not deleted.
//   keep:  only after the backup's commit point (manifest or restic snapshot): the held folder
//          replaces the kept one, and in `actions` mode is saved under a new key.
//   discard: any failure: the held folders go, and the kept export is what it was before.
//
// A failed or partial export never becomes the kept one. The kept export holds exactly what the
// backup stored from the site (its files); no credential of ours is ever written into outDir.
// Nothing here fails a backup: a seed that cannot be made means a full pull, a keep that fails
// means a full pull next time, each with a warning.
/** Bump when the kept layout changes, so old Actions cache entries are never restored. */
const LAYOUT = 'v1';
/** Files, bytes and a fingerprint of a tree, from lstat alone (no file is read). */
async function summarizeTree(root) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let files = 0;
    let bytes = 0;
    const walk = async (dir, rel) => {
        for (const name of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir)).sort()) {
            const p = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name);
            const r = rel ? `${rel}/${name}` : name;
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(p);
            const type = st.isDirectory() ? 'd' : st.isSymbolicLink() ? 'l' : st.isFile() ? 'f' : 'o';
            // A folder's size and mtime say nothing about what a pull would transfer (and copies of the
            // tree need not keep them): its path and mode are enough.
            h.update(type === 'd' ? `${r}\0d\0${st.mode}\n` : `${r}\0${type}\0${st.size}\0${Math.floor(st.mtimeMs)}\0${st.mode}\n`);
            if (st.isDirectory())
                await walk(p, r);
            else if (st.isFile()) {
                files++;
                bytes += st.size;
            }
        }
    };
    await walk(root, '');
    return { files, bytes, fingerprint: h.digest('hex') };
}
/**
 * Fills the existing folder `dst` with `src`'s tree: regular files as hard links, falling back
 * to copies (with their mtimes, which rsync's quick check compares) across file systems.
 */
async function linkTree(src, dst) {
    let copying = false;
    const walk = async (from, to) => {
        for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(from, { withFileTypes: true })) {
            const a = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(from, e.name);
            const b = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(to, e.name);
            if (e.isDirectory()) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(b, { mode: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(a)).mode & 0o7777 });
                await walk(a, b);
            }
            else if (e.isSymbolicLink()) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.symlink)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(a), b);
            }
            else if (e.isFile()) {
                if (!copying) {
                    try {
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(a, b);
                        continue;
                    }
                    catch (err) {
                        const code = err.code;
                        if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK')
                            throw err;
                        copying = true;
                    }
                }
                const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(a);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(a, b);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.utimes)(b, st.atime, st.mtime);
            }
        }
    };
    await walk(src, dst);
}
/** Moves a folder to `dest` (absent), keeping mtimes when it has to copy across file systems. */
async function moveTree(src, dest) {
    // The kept export is the site's files, settings included: folders we create are the runner user's alone.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(dest), { recursive: true, mode: 0o700 });
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(src, dest);
    }
    catch (e) {
        if (e.code !== 'EXDEV')
            throw e;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.cp)(src, dest, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true, errorOnExist: true, force: false });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(src, { recursive: true, force: true });
    }
}
/** Whether the event's repository is public (the event payload says so); undefined when unknown. */
function repositoryIsPublic(env) {
    if (!env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const ev = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        if (ev.repository?.visibility === 'public' || ev.repository?.private === false)
            return true;
        if (ev.repository?.private === true)
            return false;
    }
    catch {
        /* no readable payload: unknown */
    }
    return undefined;
}
const safe = (s) => s.replace(/[^A-Za-z0-9._-]/g, '_');
class PullCache {
    cfg;
    mirrored;
    root;
    mode;
    deps;
    cache;
    held = new Map();
    /** Per component: the Actions cache entry it was restored from, and the restored tree's fingerprint. */
    restored = new Map();
    constructor(cfg, mirrored, root, mode, deps, cache) {
        this.cfg = cfg;
        this.mirrored = mirrored;
        this.root = root;
        this.mode = mode;
        this.deps = deps;
        this.cache = cache;
    }
    /** The kept export of a component. In `actions` mode this exact path string is part of the cache entry's version. */
    keptDir(component) {
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.root, safe(this.cfg.platform), safe(this.cfg.site), safe(this.cfg.environment), component);
    }
    /** The Actions cache key prefix of a component: every entry of it starts so; the newest is restored. */
    keyPrefix(component) {
        return `site-backup-pull-${LAYOUT}-${safe(this.cfg.platform)}-${safe(this.cfg.site)}-${safe(this.cfg.environment)}-${component}-`;
    }
    /** Fills the (empty) `outDir` with the kept export of `component`, when there is one. Never throws. */
    async seed(component, outDir) {
        if (!this.mirrored.has(component))
            return;
        const { log } = this.deps;
        const kept = this.keptDir(component);
        const started = Date.now();
        let from = '';
        let restoredKey;
        try {
            if (this.mode === 'actions') {
                // Only what the cache holds for this run: nothing an earlier job left in the folder.
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(kept, { recursive: true, force: true });
                const prefix = this.keyPrefix(component);
                const key = (restoredKey = await this.cache.restore([kept], prefix, [prefix]));
                if (!key) {
                    log.info(`pull-cache: ${component}: no kept export in the Actions cache yet (${prefix}*): a full pull; it is kept for the next backup once this one succeeds`);
                    return;
                }
                from = ` restored from the Actions cache (${key}) in ${((Date.now() - started) / 1000).toFixed(1)} s,`;
            }
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(kept).catch(() => undefined);
            if (!st?.isDirectory()) {
                log.info(`pull-cache: ${component}: no kept export in ${kept} yet: a full pull; it is kept for the next backup once this one succeeds`);
                return;
            }
            // The seed is the kept tree linked file by file: one summary serves both.
            const s = await summarizeTree(kept);
            if (restoredKey)
                this.restored.set(component, { key: restoredKey, fingerprint: s.fingerprint });
            await linkTree(kept, outDir);
            log.info(`pull-cache: ${component}: seeded with the export of the last successful backup (${s.files} files, ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z)(s.bytes)}),${from} so rsync transfers only what changed`);
        }
        catch (e) {
            log.warn(`pull-cache: ${component}: could not seed from the kept export (${e.message}); pulling everything`);
            // Whatever part of the seed arrived goes: the pull starts from an empty folder, as without a cache.
            for (const n of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(outDir).catch(() => []))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(outDir, n), { recursive: true, force: true });
        }
    }
    /** After `component` is packed: moves its export aside until the backup commits. Never throws. */
    async hold(component, outDir) {
        if (!this.mirrored.has(component))
            return;
        try {
            const holder = await (0,_util_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .makeStaging */ .me)(this.deps.tmpRoot, 'pull');
            const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(holder, component);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(outDir, dir);
            this.held.set(component, { holder, dir });
        }
        catch (e) {
            this.deps.log.warn(`pull-cache: ${component}: could not keep the export (${e.message}); the next backup pulls it in full`);
        }
    }
    /** After the commit point: each held export replaces the kept one (and is saved to the Actions cache). Never throws. */
    async keep() {
        const { log, env } = this.deps;
        for (const [component, h] of this.held) {
            const kept = this.keptDir(component);
            try {
                const s = await summarizeTree(h.dir);
                const old = `${kept}.old-${process.pid}-${Date.now()}`;
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(kept, old).catch((e) => {
                    if (e.code !== 'ENOENT')
                        throw e;
                });
                try {
                    await moveTree(h.dir, kept);
                }
                finally {
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(old, { recursive: true, force: true });
                }
                // What a run killed between the two renames above left behind.
                for (const n of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(kept))) {
                    if (n.startsWith(`${component}.old-`))
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(kept), n), { recursive: true, force: true });
                }
                if (this.mode === 'folder') {
                    log.info(`pull-cache: ${component}: kept this export (${s.files} files, ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z)(s.bytes)}) in ${kept} for the next backup`);
                    continue;
                }
                const was = this.restored.get(component);
                if (was && was.fingerprint === s.fingerprint) {
                    // Keys are immutable: an unchanged tree is not uploaded again, the next run restores the same entry.
                    log.info(`pull-cache: ${component}: unchanged since the Actions cache entry ${was.key}; not saved again`);
                    continue;
                }
                const key = `${this.keyPrefix(component)}${safe(env.GITHUB_RUN_ID ?? 'run')}-${safe(env.GITHUB_RUN_ATTEMPT ?? '1')}-${(this.deps.now ?? Date.now)()}`;
                const started = Date.now();
                await this.cache.save([kept], key);
                log.info(`pull-cache: ${component}: saved this export (${s.files} files, ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z)(s.bytes)}) to the Actions cache as ${key} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
            }
            catch (e) {
                log.warn(`pull-cache: ${component}: could not keep this export (${e.message}); the next backup pulls it in full`);
            }
            finally {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(h.holder, { recursive: true, force: true });
            }
        }
        this.held.clear();
    }
    /** After a failure: the held exports go; the kept ones are as they were before this run. */
    async discard() {
        for (const h of this.held.values())
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(h.holder, { recursive: true, force: true });
        this.held.clear();
    }
}
/**
 * The pull cache of this backup, or undefined when `pull-cache` is off, no chosen component is an
 * rsync mirror on this platform, or the Actions cache is out of reach (a warning says so).
 * Throws ConfigError for `actions` on a public repository.
 */
async function openPullCache(cfg, platform, components, deps) {
    const setting = cfg.pullCache;
    if (!setting)
        return undefined;
    const { env, log } = deps;
    const mirrored = new Set(components.filter((c) => platform.mirrors?.(c) ?? false));
    if (mirrored.size === 0) {
        log.info(`pull-cache: platform \`${cfg.platform}\` pulls none of ${components.join(', ')} with rsync, so there is nothing to keep; every backup exports in full`);
        return undefined;
    }
    const cache = deps.cache ?? _util_tool_js__WEBPACK_IMPORTED_MODULE_5__/* .actionsCache */ .kW;
    if (setting.kind === 'actions') {
        if (repositoryIsPublic(env)) {
            throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .x('pull-cache', "is `actions` on a public repository: every workflow of the repository, pull requests from forks included, can restore its cache entries, and the kept export holds the site's files unencrypted (code with its settings files, uploads)", 'Use `off`, or a folder on a self-hosted runner.');
        }
        if (!cache.available(env)) {
            log.warn('pull-cache: `actions` needs the Actions cache, which only an action step under GitHub Actions can reach; pulling everything. Outside Actions, give a folder instead.');
            return undefined;
        }
    }
    const root = setting.kind === 'folder' ? setting.dir : node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.RUNNER_TEMP ?? deps.tmpRoot, 'sba-pull-cache');
    log.info(`pull-cache: ${[...mirrored].join(' and ')} start from the export kept by the last successful backup (${setting.kind === 'folder' ? root : 'Actions cache'})`);
    return new PullCache(cfg, mirrored, root, setting.kind, deps, cache);
}


/***/ }),

/***/ 16934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ writeStatus),
/* harmony export */   rk: () => (/* binding */ readStatus)
/* harmony export */ });
/* unused harmony export statusPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20649);



function statusPath(runnerTemp, site, environment) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, `site-backup-status--${site}--${environment}.json`);
}
async function writeStatus(runnerTemp, status) {
    if (!runnerTemp)
        return;
    const clean = { ...status };
    if (clean.error)
        clean.error = (0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(clean.error).slice(0, 2000);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(statusPath(runnerTemp, status.site, status.environment), JSON.stringify(clean, null, 2) + '\n');
}
async function readStatus(runnerTemp, site, environment) {
    if (!runnerTemp)
        return undefined;
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(statusPath(runnerTemp, site, environment), 'utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 22443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ backoff),
/* harmony export */   h8: () => (/* binding */ readRetriesFrom),
/* harmony export */   my: () => (/* binding */ ReadBackError)
/* harmony export */ });
/* unused harmony export failureReason */
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
/**
 * Why a request failed, in a few words that are safe anywhere (a job summary, an issue): the
 * network error code (ECONNRESET), the store's error code (SlowDown) or the HTTP status. Never
 * the server's or SDK's own message, which can quote what we did not write.
 */
function failureReason(e) {
    for (let cur = e, depth = 0; cur && depth < 8; cur = cur.cause, depth++) {
        const c = cur;
        if (typeof c.code === 'string' && /^E[A-Z_]+$/.test(c.code))
            return c.code;
        if (c.$metadata) {
            const code = typeof c.Code === 'string' ? c.Code : typeof c.name === 'string' ? c.name : '';
            const status = c.$metadata.httpStatusCode;
            return [/^[A-Za-z.]{1,64}$/.test(code) ? code : '', status ? `HTTP ${status}` : ''].filter(Boolean).join(', ') || 'no answer';
        }
    }
    return 'the connection broke';
}
/**
 * A read of our own write that failed after every retry. It names the request and why it failed,
 * so the log and the job summary say more than "the backup failed". `stored`: a manifest is in
 * the store (our write succeeded, or the store refused it because one is there), so the backup is
 * kept, only unconfirmed, rather than deleted; `note` says which.
 */
class ReadBackError extends Error {
    name = 'ReadBackError';
    request;
    reason;
    stored;
    constructor(what, cause) {
        const reason = failureReason(cause);
        const kept = what.stored
            ? (what.note ??
                'The manifest was written (the store accepted it), so the backup was kept: `list` shows it, and verify reads it through.')
            : 'Nothing was replaced; run the backup again.';
        super(`${what.why}, ${what.request} failed after ${what.retries} retries (${reason}): ${cause?.message ?? String(cause)}. ${kept}`, { cause });
        this.request = what.request;
        this.reason = reason;
        this.stored = what.stored;
    }
}


/***/ })

};
