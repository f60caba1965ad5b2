export const id = 393;
export const ids = [393];
export const modules = {

/***/ 66393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  copyCommand: () => (/* binding */ copyCommand),
  copySummaryMarkdown: () => (/* binding */ copySummaryMarkdown),
  sideEnv: () => (/* binding */ sideEnv)
});

// EXTERNAL MODULE: ./src/config/copy.ts
var copy = __webpack_require__(94241);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/model/manifest.ts
var manifest = __webpack_require__(89452);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/stores/store.ts
var store = __webpack_require__(34703);
// EXTERNAL MODULE: ./src/util/bytes.ts
var util_bytes = __webpack_require__(1671);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/core/verify.ts + 1 modules
var verify = __webpack_require__(16025);
;// CONCATENATED MODULE: ./src/core/copy.ts










// A second copy of complete backups in another store (issue 21). Each backup is copied as a
// backup is written: objects first, each streamed from the source through a sha256 check against
// the source's manifest, then the manifest last, byte for byte the source's. The destination's
// writer is the one backups use, so its storage class, encryption and locks apply to the copies.
// A backup the destination already holds complete is compared by manifest and skipped; one it
// holds incomplete (a copy that was stopped) is removed and copied again.
const MAX_MANIFEST_BYTES = 4 << 20;
/** Some backups could not be copied; the others were. */
class CopyError extends Error {
    result;
    name = 'CopyError';
    constructor(result) {
        const bad = result.outcomes.filter((o) => o.status === 'failed');
        super(`${bad.length} of ${result.outcomes.length} ${result.outcomes.length === 1 ? 'backup' : 'backups'} could not be copied: ${bad.map((o) => `${o.id}: ${o.problem}`).join('; ')}`);
        this.result = result;
    }
}
/** A source object that does not match its manifest entry: the copy of that backup stops. */
class CopyIntegrityError extends Error {
    name = 'CopyIntegrityError';
}
/** The complete backups the config asks for, newest first. */
function backupsToCopy(list, cfg, now) {
    if (cfg.backup !== undefined)
        return [(0,verify/* pickBackup */.I4)(list, cfg.backup)];
    const within = cfg.newerThanMs !== undefined ? (0,verify/* backupsNewerThan */.YQ)(list, cfg.newerThanMs, now) : list;
    return within.filter((b) => b.complete);
}
async function runCopy(cfg, deps) {
    const started = Date.now();
    const now = (deps.now ?? (() => new Date()))();
    const todo = backupsToCopy(await deps.from.list(cfg.site, cfg.environment), cfg, now);
    const there = new Map((await deps.to.list(cfg.site, cfg.environment)).map((b) => [b.id, b]));
    deps.log.info(`${todo.length} complete ${todo.length === 1 ? 'backup' : 'backups'} of ${cfg.site}/${cfg.environment} to copy from ${cfg.fromText} to ${cfg.toText}.`);
    const outcomes = [];
    for (const b of todo) {
        const t0 = Date.now();
        try {
            outcomes.push(await copyBackup(b, there.get(b.id), deps));
        }
        catch (e) {
            // A setting the destination refused (a storage class it does not offer) fails every backup
            // alike: stop at the first, naming the input to change.
            if (e instanceof errors/* ConfigError */.x)
                throw (0,copy/* renamed */.fN)(e, 'to');
            const problem = (0,redact/* redact */.E$)(e.message);
            deps.log.error(`${b.id}: ${problem}`, `copy ${b.id}`);
            outcomes.push({ id: b.id, status: 'failed', bytes: 0, objects: 0, durationMs: Date.now() - t0, problem });
        }
    }
    const count = (s) => outcomes.filter((o) => o.status === s).length;
    const result = {
        site: cfg.site,
        environment: cfg.environment,
        outcomes,
        copied: count('copied'),
        upToDate: count('up-to-date'),
        failed: count('failed'),
        bytes: outcomes.reduce((n, o) => n + o.bytes, 0),
        durationMs: Date.now() - started,
    };
    if (result.failed)
        throw new CopyError(result);
    return result;
}
/** One backup: skipped when the destination holds the same, else copied objects first, manifest last. */
async function copyBackup(b, there, deps) {
    const started = Date.now();
    const { text, manifest } = await (0,verify/* loadManifestText */.VH)(deps.from, b);
    checkSource(b, manifest);
    if (there?.complete) {
        await sameAsSource(there, text, manifest, deps.to);
        deps.log.info(`${b.id}: already in ${deps.to.location(b)}, same manifest; skipped.`);
        return { id: b.id, status: 'up-to-date', bytes: 0, objects: 0, durationMs: Date.now() - started };
    }
    if (there)
        await clearIncomplete(there, deps);
    const writer = await deps.to.createWriter(b);
    try {
        for (const c of manifest.components)
            await copyObject(b, c, writer, deps);
        await writer.commit(text);
    }
    catch (e) {
        await writer
            .abort()
            .catch((err) => deps.log.warn(`${b.id}: could not remove the unfinished copy (${(0,redact/* redact */.E$)(err.message)}); without a manifest it is incomplete, and the next copy or prune removes it.`));
        throw e;
    }
    const bytes = manifest.components.reduce((n, c) => n + c.bytes, 0);
    const ms = Date.now() - started;
    deps.log.info(`${b.id}: copied ${manifest.components.length} objects, ${(0,util_bytes/* formatBytes */.z)(bytes)} in ${(0,duration/* formatDuration */.a)(ms)} (${(0,util_bytes/* formatRate */.C)(bytes, ms)}), manifest last.`);
    return { id: b.id, status: 'copied', bytes, objects: manifest.components.length, durationMs: ms };
}
/** What can be known before reading a byte: sizes in the listing, and object names used once. */
function checkSource(b, m) {
    const objects = new Set();
    for (const c of m.components) {
        if (objects.has(c.object))
            throw new CopyIntegrityError(`the source manifest lists ${c.object} twice`);
        objects.add(c.object);
    }
    const damage = (0,verify/* listingDamage */.Qi)(b, m.components);
    if (damage.length)
        throw new CopyIntegrityError(`in the source, ${damage.map((d) => `${d.object} ${d.problem}`).join('; ')}; nothing was copied (run verify on the source)`);
}
/** A complete backup at the destination must be this one: same manifest bytes, objects of the listed sizes. */
async function sameAsSource(there, text, m, to) {
    const theirs = await (0,store/* readSmallText */.Ft)(to, there, manifest/* MANIFEST_NAME */.ir, MAX_MANIFEST_BYTES);
    if (theirs !== text) {
        throw new Error(`the destination already holds a backup with this id whose ${manifest/* MANIFEST_NAME */.ir} differs from the source's; it was left as it is (a copy never replaces a backup): check both with verify`);
    }
    const damage = (0,verify/* listingDamage */.Qi)(there, m.components);
    if (damage.length) {
        throw new Error(`the destination holds this backup, but ${damage.map((d) => `${d.object} ${d.problem}`).join('; ')}; it was left as it is: remove it there (or run verify) and copy again`);
    }
}
/** A copy that was stopped left objects without a manifest; they are ours to replace. */
async function clearIncomplete(there, deps) {
    deps.log.info(`${there.id}: an unfinished copy is in the destination (no manifest); copying it again.`);
    const r = await deps.to.remove([there]);
    if (r.errors.length)
        throw new Error(`could not remove the unfinished copy at the destination (${r.errors[0].key}: ${r.errors[0].message})`);
}
/** Streams one object from source to destination through the limiter and the digest check. */
async function copyObject(b, c, writer, deps) {
    let body;
    try {
        body = await deps.from.read(b, c.object);
    }
    catch (e) {
        if (e instanceof store/* ObjectReadError */.Uf)
            throw e;
        throw new Error(`${c.object}: cannot be read from the source: ${e.message}`, { cause: e });
    }
    const check = checkedAgainst(c);
    const stages = deps.limiter ? [body, deps.limiter.stream(), check] : [body, check];
    // pipeline() ends every stage when one fails: a bad digest stops the read, a failed upload (the
    // writer destroys what it reads) stops the check and the read.
    const out = (0,external_node_stream_.pipeline)(stages, () => { });
    try {
        await writer.put(c.object, out);
    }
    catch (e) {
        // A writer that failed before reading (a folder it cannot create) must not leave the source open.
        out.destroy();
        throw e;
    }
}
/**
 * Passes the bytes on while hashing them, and fails before the end of the stream when they do
 * not match the manifest: the writer then never finishes the object (no rename, no completed upload).
 */
function checkedAgainst(c) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            bytes += chunk.length;
            if (bytes > c.bytes)
                return cb(new CopyIntegrityError(`${c.object}: the source object is larger than the ${c.bytes} bytes its manifest says; the copy of this backup stopped`));
            hash.update(chunk);
            cb(null, chunk);
        },
        flush(cb) {
            if (bytes !== c.bytes)
                return cb(new CopyIntegrityError(`${c.object}: read ${bytes} bytes from the source, its manifest says ${c.bytes}; the copy of this backup stopped`));
            const sha = hash.digest('hex');
            if (sha !== c.sha256)
                return cb(new CopyIntegrityError(`${c.object}: sha256 of the source object is ${sha}, its manifest says ${c.sha256}; the copy of this backup stopped`));
            cb();
        },
    });
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/stores/index.ts + 1 modules
var stores = __webpack_require__(98844);
;// CONCATENATED MODULE: ./src/util/rate.ts

const realClock = {
    now: () => performance.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/**
 * Holds a byte stream to `bytesPerSecond` on average. One limiter may be shared by several
 * streams in turn (a copy's objects), so the cap holds across the whole run. A pause longer than
 * `burstMs` (waiting for the destination) is not saved up to be spent later as a burst.
 */
class RateLimiter {
    bytesPerSecond;
    clock;
    burstMs;
    start;
    sent = 0;
    constructor(bytesPerSecond, clock = realClock, burstMs = 1000) {
        this.bytesPerSecond = bytesPerSecond;
        this.clock = clock;
        this.burstMs = burstMs;
        if (!(bytesPerSecond > 0))
            throw new Error(`a rate must be positive, got ${bytesPerSecond}`);
    }
    /** Resolves when `bytes` more may pass. */
    async take(bytes) {
        const now = this.clock.now();
        if (this.start === undefined)
            this.start = now;
        const due = this.start + (this.sent * 1000) / this.bytesPerSecond;
        if (now - due > this.burstMs) {
            // Idle for a while: start counting again from now rather than granting the idle time.
            this.start = now;
            this.sent = 0;
        }
        this.sent += bytes;
        const wait = this.start + (this.sent * 1000) / this.bytesPerSecond - now;
        // The first second's worth passes at once; after that each chunk waits for its turn.
        if (wait > this.burstMs)
            await this.clock.sleep(wait - this.burstMs);
    }
    /** A pass-through stream that waits for its turn before handing each chunk on. */
    stream() {
        return new external_node_stream_.Transform({
            transform: (chunk, _enc, cb) => {
                this.take(chunk.length).then(() => cb(null, chunk), cb);
            },
        });
    }
}

// EXTERNAL MODULE: ./src/commands/secrets.ts
var secrets = __webpack_require__(85575);
;// CONCATENATED MODULE: ./src/commands/copy.ts









async function copyCommand(io, deps = {}) {
    (0,secrets/* maskSecretInputs */.q)(io.inputs, io.log);
    io.log.setSecret(io.inputs.get('github-token') ?? io.env.GITHUB_TOKEN);
    // Every input is checked before either store is opened: a bad `to` fails before a byte is read.
    const cfg = (0,copy/* parseCopyConfig */.N7)(io.inputs, io.cwd);
    const from = deps.from ?? (await (0,stores/* openStore */.C)(cfg.from, io.log, sideEnv(io.env, 'from')));
    const to = deps.to ?? (await (0,stores/* openStore */.C)(cfg.to, io.log, sideEnv(io.env, 'to')));
    const limiter = cfg.limitRate ? new RateLimiter(cfg.limitRate, deps.clock) : undefined;
    let result;
    try {
        result = await runCopy(cfg, { from, to, log: io.log, ...(deps.now ? { now: deps.now } : {}), ...(limiter ? { limiter } : {}) });
    }
    catch (e) {
        if (e instanceof CopyError)
            await report(io, cfg, e.result);
        throw e;
    }
    await report(io, cfg, result);
    return result;
}
const CREDENTIALS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];
/**
 * Each side's S3 credentials: `COPY_FROM_AWS_ACCESS_KEY_ID` (and `…_SECRET_ACCESS_KEY`,
 * `…_SESSION_TOKEN`) where set, for a copy between two providers (AWS to R2) that share no
 * account; otherwise the usual chain, as every store reads it. A side's own key pair never mixes
 * with the shared session token.
 */
function sideEnv(env, side) {
    const prefix = `COPY_${side.toUpperCase()}_`;
    if (!env[`${prefix}AWS_ACCESS_KEY_ID`])
        return env;
    const out = { ...env };
    for (const k of CREDENTIALS) {
        if (env[prefix + k])
            out[k] = env[prefix + k];
        else
            delete out[k];
    }
    return out;
}
async function report(io, cfg, r) {
    io.setOutput('copied', String(r.copied));
    io.setOutput('up-to-date', String(r.upToDate));
    io.log.info(`${r.copied} copied, ${r.upToDate} already there, ${r.failed} failed; ${(0,util_bytes/* formatBytes */.z)(r.bytes)} in ${(0,duration/* formatDuration */.a)(r.durationMs)} (${(0,util_bytes/* formatRate */.C)(r.bytes, r.durationMs)}).`);
    await io.summary(copySummaryMarkdown(cfg, r));
}
const STATUS = { copied: 'copied', 'up-to-date': 'already there', failed: '**failed**' };
function copySummaryMarkdown(cfg, r) {
    const head = `### Copy of ${cfg.site}/${cfg.environment}: ${r.failed ? `${r.failed} failed` : 'ok'}\n\nFrom ${(0,markdown/* code */.aY)(cfg.fromText)} to ${(0,markdown/* code */.aY)(cfg.toText)}: ${r.copied} copied, ${r.upToDate} already there, ${r.failed} failed, ${(0,util_bytes/* formatBytes */.z)(r.bytes)}.\n`;
    if (r.outcomes.length === 0)
        return `${head}\nNo complete backup to copy.\n`;
    const rows = r.outcomes.map((o) => [
        (0,markdown/* code */.aY)(o.id),
        STATUS[o.status],
        o.bytes ? (0,util_bytes/* formatBytes */.z)(o.bytes) : '-',
        o.status === 'copied' ? (0,util_bytes/* formatRate */.C)(o.bytes, o.durationMs) : '-',
        (0,redact/* redact */.E$)(o.problem ?? ''),
    ]);
    return `${head}\n${(0,markdown/* table */.tp)(['backup', 'status', 'size', 'rate', 'problem'], rows, ['left', 'left', 'right', 'right']).join('\n')}\n`;
}


/***/ }),

/***/ 85575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ maskSecretInputs)
/* harmony export */ });
/* harmony import */ var _config_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64389);

/** Masks every input marked secret before anything else can print it. */
function maskSecretInputs(inputs, log) {
    for (const [name, spec] of Object.entries(_config_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUTS */ .m)) {
        if (spec.secret)
            log.setSecret(inputs.get(name));
    }
}


/***/ }),

/***/ 94241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N7: () => (/* binding */ parseCopyConfig),
/* harmony export */   fN: () => (/* binding */ renamed),
/* harmony export */   r2: () => (/* binding */ parseSide)
/* harmony export */ });
/* unused harmony exports sideSource, parseRate */
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93910);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37827);
/* harmony import */ var _model_backup_id_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31389);



/** The store options each side takes; reading needs no storage class or encryption settings. */
const SIDE_OPTIONS = {
    from: ['s3-endpoint', 's3-region', 's3-force-path-style'],
    to: ['s3-endpoint', 's3-region', 's3-force-path-style', 's3-storage-class', 's3-sse', 's3-kms-key-id'],
};
/** Inputs both sides share as they are. */
const SHARED = new Set(['format', 'restic-password', 'github-token']);
function sideName(side, name) {
    if (name === 'store')
        return side;
    if (SIDE_OPTIONS[side].includes(name))
        return `${side}-${name}`;
    return SHARED.has(name) ? name : undefined;
}
/** `src` as parseStore expects it: `store` is `from` (or `to`), `s3-endpoint` is `from-s3-endpoint`… */
function sideSource(src, side) {
    return {
        get(name) {
            const real = sideName(side, name);
            return real === undefined ? undefined : src.get(real);
        },
    };
}
/**
 * A store's input error, renamed to the input the user wrote (`to-s3-sse`, not `s3-sse`): from
 * parseStore, or from the store itself (a storage class the server refused).
 */
function renamed(e, side) {
    const rename = (n) => sideName(side, n) ?? n;
    const out = new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(rename(e.input), '', '');
    out.message = e.message.replace(/`([a-z0-9-]+)`/g, (m, n) => n === 'store' || SIDE_OPTIONS[side].includes(n) ? `\`${rename(n)}\`` : m);
    return out;
}
/** One side of a copy, with its prefixed options (also `site-backup list --to`). */
function parseSide(src, side, cwd) {
    if (!src.get(side)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x(side, 'is required', `Name the store to copy ${side === 'from' ? 'from' : 'to'}: \`s3://bucket/prefix\` or a folder${side === 'from' ? ', or `artifact`' : ''}.`);
    }
    try {
        return (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStore */ .Pv)(sideSource(src, side), cwd);
    }
    catch (e) {
        throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x ? renamed(e, side) : e;
    }
}
const RATE_UNITS = { '': 1, k: 1e3, m: 1e6, g: 1e9 };
/** `10M` is 10,000,000 bytes per second: decimal, as rclone's and curl's rate limits are. */
function parseRate(text) {
    const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b(?:\/s)?)?$/i.exec(text.trim());
    const n = m ? Number(m[1]) * RATE_UNITS[m[2].toLowerCase()] : NaN;
    if (!Number.isFinite(n) || n < 1024) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x('limit-rate', `"${text}" is not a rate of at least 1k bytes per second`, 'Write bytes per second with an optional unit, such as `512k`, `10M` or `1G`, or leave it empty for no limit.');
    }
    return Math.floor(n);
}
function parseCopyConfig(src, cwd = process.cwd()) {
    const cfg = {
        site: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSite */ .X_)(src),
        environment: (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .parseEnvironment */ .Nq)(src),
        from: parseSide(src, 'from', cwd),
        to: parseSide(src, 'to', cwd),
        fromText: src.get('from'),
        toText: src.get('to'),
    };
    checkPair(cfg);
    const backup = src.get('backup');
    if (backup !== undefined) {
        if (backup !== 'latest' && !_model_backup_id_js__WEBPACK_IMPORTED_MODULE_2__/* .BACKUP_ID_RE */ .nM.test(backup)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x('backup', `"${backup}" is not a backup id`, 'Give an id such as `20261121T050003Z-scheduled-r8812345`, `latest`, or leave it empty to copy every complete backup.');
        }
        cfg.backup = backup;
    }
    const newerThan = (0,_common_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDurationInput */ .ew)(src, 'newer-than');
    if (newerThan !== undefined) {
        if (backup !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x('newer-than', 'is set together with `backup`', 'Use one of them: `backup` copies one backup, `newer-than` every backup within that time.');
        cfg.newerThanMs = newerThan;
    }
    const rate = src.get('limit-rate');
    if (rate !== undefined)
        cfg.limitRate = parseRate(rate);
    return cfg;
}
/** Pairs a copy cannot serve, refused before anything is listed. */
function checkPair(cfg) {
    if (cfg.to.kind === 'artifact') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x('to', 'is `artifact`', "An artifact is staged whole on the runner's disk before upload, which a copy never does; copy into `s3://bucket/prefix` or a folder.");
    }
    if ((cfg.from.kind !== 'artifact' && cfg.from.restic) || cfg.to.restic) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x('format', 'is `restic`, which `copy` does not handle yet', 'Copy a restic repository with `restic copy --from-repo <from> --repo <to>` (see docs/copies-and-alerts.md), or use `format: archive`.');
    }
    if (sameStore(cfg.from, cfg.to)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .x('to', 'is the same store as `from`', 'Copy into another bucket, prefix, endpoint or folder: a copy in the same place is no second copy.');
    }
}
function sameStore(a, b) {
    if (a.kind === 'local' && b.kind === 'local')
        return a.root === b.root;
    if (a.kind === 's3' && b.kind === 's3')
        return a.bucket === b.bucket && a.prefix === b.prefix && (a.endpoint ?? '') === (b.endpoint ?? '');
    return false;
}


/***/ })

};
