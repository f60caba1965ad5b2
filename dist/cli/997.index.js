export const id = 997;
export const ids = [997];
export const modules = {

/***/ 93910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P4: () => (/* binding */ PLATFORMS),
  q6: () => (/* binding */ parseBool),
  dw: () => (/* binding */ parseCommon),
  YX: () => (/* binding */ parseComponents),
  ew: () => (/* binding */ parseDurationInput),
  Nq: () => (/* binding */ parseEnvironment),
  X_: () => (/* binding */ parseSite),
  Pv: () => (/* binding */ parseStore),
  d5: () => (/* binding */ refuseControlChars),
  qy: () => (/* binding */ requireFolderOrAbsent)
});

// UNUSED EXPORTS: MAX_TIMER_MS, parsePlatform

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/model/backup-id.ts
var backup_id = __webpack_require__(31389);
// EXTERNAL MODULE: ./src/model/manifest.ts
var manifest = __webpack_require__(89452);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
;// CONCATENATED MODULE: ./src/restic/config.ts


// `format: restic` as config. The format travels inside the store spec (StoreSpec.restic), because
// every command opens its store from the spec: list, prune, max-age and the fleet summary then
// reach the restic repository through the one Store interface without knowing about restic.
const FORMATS = ['archive', 'restic'];
function parseFormat(src) {
    const v = (0,source/* inputOrDefault */.N9)(src, 'format');
    if (!FORMATS.includes(v)) {
        throw new errors/* ConfigError */.x('format', `unknown format "${v}"`, `Use \`archive\` (the default) or \`restic\`.`);
    }
    return v;
}
// `n%` (up to two decimals), `n/t`, or a size with a unit: the forms restic 0.14 accepts.
const SUBSET_RE = /^(?:\d{1,3}(?:\.\d{1,2})?%|\d+\/\d+|\d+[KMGT])$/i;
/**
 * The restic options of a store spec, or undefined for `format: archive`. `storeKind` is the
 * kind parseStore found: the artifact store cannot hold a repository, which needs listing,
 * overwriting locks and deleting single files.
 */
function parseResticOptions(src, storeKind) {
    if (parseFormat(src) !== 'restic')
        return undefined;
    if (storeKind === 'artifact') {
        throw new errors/* ConfigError */.x('format', '`restic` cannot use the `artifact` store (a restic repository needs a store it can list, lock and delete single files in)', 'Set `store` to `s3://bucket/prefix` or a folder, or use `format: archive` with artifacts.');
    }
    for (const name of ['s3-sse', 's3-kms-key-id']) {
        if (src.get(name)) {
            throw new errors/* ConfigError */.x(name, 'does not apply to `format: restic`: restic encrypts every file with the repository password before upload', `Remove \`${name}\` (the bucket's default encryption still applies), or use \`format: archive\`.`);
        }
    }
    const opts = {};
    const password = src.get('restic-password');
    if (password)
        opts.password = password;
    const subset = (0,source/* inputOrDefault */.N9)(src, 'restic-read-data-subset');
    if (subset !== undefined && subset !== 'none') {
        if (subset === 'all')
            opts.readDataSubset = '100%';
        else if (SUBSET_RE.test(subset) && !/^0+(\.0+)?%$/.test(subset))
            opts.readDataSubset = subset;
        else
            throw new errors/* ConfigError */.x('restic-read-data-subset', `"${subset}" is not a share restic understands`, 'Use a percentage such as `10%`, a part such as `1/7` (the 1st of 7 parts), a size such as `500M`, `all` or `none`.');
    }
    return opts;
}

// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/retention/lock.ts
var lock = __webpack_require__(21275);
// EXTERNAL MODULE: ./src/retention/policy.ts
var policy = __webpack_require__(24310);
;// CONCATENATED MODULE: ./src/config/lock.ts





// `s3-object-lock` and its margin, checked with the store before anything else happens: a lock
// that cannot be honoured is refused here, not after an export (docs/immutable.md).
/** The lock settings, or undefined when `s3-object-lock` is `off`. */
function parseObjectLock(src, spec) {
    const v = (0,source/* inputOrDefault */.N9)(src, 's3-object-lock').toLowerCase();
    if (!lock/* LOCK_MODES */.bx.includes(v)) {
        throw new errors/* ConfigError */.x('s3-object-lock', `"${v}" is not a lock mode`, 'Use `off`, `governance` (an admin with s3:BypassGovernanceRetention can still delete) or `compliance` (nobody can delete until the date, not even the account root).');
    }
    if (v === 'off')
        return undefined;
    if (spec.kind !== 's3') {
        throw new errors/* ConfigError */.x('s3-object-lock', `needs an S3 store; \`store\` is ${spec.kind === 'artifact' ? '`artifact`: GitHub artifacts cannot be locked, and anyone with `actions: write` can delete them' : 'a folder'}`, 'Use `store: s3://bucket/prefix` on a bucket with Object Lock enabled, or set `s3-object-lock: off`.');
    }
    if (spec.restic) {
        throw new errors/* ConfigError */.x('s3-object-lock', "does not combine with `format: restic`: a restic repository rewrites and deletes its own index and pack files when it prunes, so locked files would break every prune, and a snapshot's data is shared with every other snapshot, so no single backup can be locked for its own retention", 'Use `format: archive` for locked backups, or set `s3-object-lock: off` (see docs/immutable.md).');
    }
    const marginText = (0,source/* inputOrDefault */.N9)(src, 's3-object-lock-margin');
    const marginMs = (0,duration/* parseDuration */.E)(marginText);
    if (marginMs === undefined)
        throw new errors/* ConfigError */.x('s3-object-lock-margin', `"${marginText}" is not a duration`, 'Write a number and a unit, such as `1d`, `12h` or `30m`.');
    return {
        mode: v,
        marginMs,
        scheduled: (0,policy/* parsePolicy */.ON)((0,source/* inputOrDefault */.N9)(src, 'retention'), 'retention'),
        onDemand: (0,policy/* parsePolicy */.ON)((0,source/* inputOrDefault */.N9)(src, 'retention-on-demand'), 'retention-on-demand'),
        timeZone: (0,policy/* parseTimeZone */.VL)((0,source/* inputOrDefault */.N9)(src, 'retention-timezone')),
    };
}
/** `include-deleted`: only a versioned S3 bucket keeps what was deleted. */
function parseIncludeDeleted(src, kind, restic) {
    const v = (src.get('include-deleted') ?? 'false').toLowerCase();
    if (!['true', 'false', 'yes', 'no', '1', '0', 'on', 'off'].includes(v))
        throw new errors/* ConfigError */.x('include-deleted', `"${v}" is not a boolean`, 'Use `true` or `false`.');
    const on = ['true', 'yes', '1', 'on'].includes(v);
    if (on && (kind !== 's3' || restic)) {
        throw new errors/* ConfigError */.x('include-deleted', `needs a versioned S3 store with \`format: archive\`; ${kind !== 's3' ? `a ${kind === 'artifact' ? 'GitHub artifact' : 'folder'} store keeps nothing it deleted` : 'restic keeps no versions of its own'}`, 'Remove `include-deleted`, or point `store` at the versioned (Object Lock) bucket.');
    }
    return on;
}

;// CONCATENATED MODULE: ./src/config/common.ts










const PLATFORMS = ['siteglide', 'platformos', 'platformsh', 'upsun', 'divio', 'ssh', 'command', 'plantanapp'];
/**
 * A folder we will write into must be a folder, or not exist yet below a folder: a file there
 * (or a file where a parent folder should be: ENOTDIR) fails now, not after the export or the
 * download. Nothing is created here.
 */
function requireFolderOrAbsent(p, input, fix) {
    for (let cur = p;; cur = external_node_path_default().dirname(cur)) {
        let st;
        try {
            st = (0,external_node_fs_.statSync)(cur);
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT' && external_node_path_default().dirname(cur) !== cur)
                continue;
            if (code === 'ENOTDIR')
                continue; // a file further up: found as the walk goes on
            throw new errors/* ConfigError */.x(input, `${p} cannot be checked (${code ?? 'error'})`, fix);
        }
        if (st.isDirectory())
            return p;
        throw new errors/* ConfigError */.x(input, cur === p ? `${p} exists and is not a folder` : `${cur} is a file, so ${p} cannot be a folder below it`, fix);
    }
}
const STORE_FIX = 'Point `store` at a folder (it is created when missing), an `s3://` URL or `artifact`.';
/** Control characters (a newline from a pasted value, an escape) never belong in a name or path. */
function refuseControlChars(input, v, fix) {
    // eslint-disable-next-line no-control-regex
    const m = /[\x00-\x1f\x7f]/.exec(v);
    if (m)
        throw new errors/* ConfigError */.x(input, `holds a control character (code ${m[0].charCodeAt(0)}${m[0] === '\n' ? ', a line break' : ''})`, fix);
}
const ENV_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function parsePlatform(src) {
    const v = (0,source/* inputOrDefault */.N9)(src, 'platform');
    if (!PLATFORMS.includes(v)) {
        throw new errors/* ConfigError */.x('platform', `unknown platform "${v}"`, `Use one of: ${PLATFORMS.join(', ')}.`);
    }
    return v;
}
function parseSite(src) {
    const v = src.get('site');
    if (!v)
        throw new errors/* ConfigError */.x('site', 'is required', 'Give the site a name such as `acme-shop` (lower case letters, digits, `.`, `_`, `-`).');
    if (!backup_id/* SITE_RE */.AY.test(v) || v.length > 100) {
        throw new errors/* ConfigError */.x('site', `"${v}" is not a valid site name`, 'Use lower case letters, digits, `.`, `_` and `-`, starting with a letter or digit (no `/`, `..` or spaces).');
    }
    return v;
}
function parseEnvironment(src, name = 'environment') {
    const v = name === 'environment' ? (0,source/* inputOrDefault */.N9)(src, 'environment') : src.get(name);
    if (!ENV_RE.test(v) || v.length > 100 || v.includes('..')) {
        throw new errors/* ConfigError */.x(name, `"${v}" is not a valid environment name`, 'Use letters, digits, `.`, `_` and `-`, without `/` or `..`.');
    }
    return v;
}
function parseBool(src, name) {
    const v = ((0,source/* inputOrDefault */.N9)(src, name) ?? 'false').toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(v))
        return true;
    if (['false', 'no', '0', 'off'].includes(v))
        return false;
    throw new errors/* ConfigError */.x(name, `"${v}" is not a boolean`, 'Use `true` or `false`.');
}
/** The longest delay a Node timer keeps: 2^31-1 ms, about 24.8 days. */
const MAX_TIMER_MS = 2 ** 31 - 1;
function parseDurationInput(src, name) {
    const v = (0,source/* inputOrDefault */.N9)(src, name);
    if (v === undefined)
        return undefined;
    const ms = (0,duration/* parseDuration */.E)(v);
    if (ms === undefined) {
        throw new errors/* ConfigError */.x(name, `"${v}" is not a duration`, 'Write a number and a unit, such as `90s`, `30m`, `6h`, `7d` or `2w` (units combine: `1d12h`).');
    }
    // `timeout` becomes a timer, and Node's timers overflow above 2^31-1 ms (24.8 days): a longer
    // one fired at once, and the run failed with "timed out … raise the timeout".
    if (name === 'timeout' && (ms <= 0 || ms > MAX_TIMER_MS)) {
        throw new errors/* ConfigError */.x(name, `"${v}" is ${ms <= 0 ? 'not a positive duration' : 'longer than the longest timeout this runtime can keep (24 days)'}`, 'Use a duration from `1s` to `24d`, such as `60m` or `6h`.');
    }
    return ms;
}
function parseComponents(src) {
    const v = src.get('components');
    if (!v)
        return undefined;
    const names = v.split(/[\s,]+/).filter(Boolean);
    const out = [];
    for (const n of names) {
        if (!manifest/* COMPONENTS */.$j.includes(n)) {
            throw new errors/* ConfigError */.x('components', `unknown component "${n}"`, `Use a comma-separated list of: ${manifest/* COMPONENTS */.$j.join(', ')}.`);
        }
        if (!out.includes(n))
            out.push(n);
    }
    return out;
}
function optional(src, name) {
    return (0,source/* inputOrDefault */.N9)(src, name);
}
/** The `store` input, with `format: restic` (and its options) attached when set. */
function parseStore(src, cwd = process.cwd()) {
    const spec = parseStoreLocation(src, cwd);
    const restic = parseResticOptions(src, spec.kind);
    const out = restic && spec.kind !== 'artifact' ? { ...spec, restic } : spec;
    const lock = parseObjectLock(src, out);
    const includeDeleted = parseIncludeDeleted(src, out.kind, restic !== undefined);
    if (out.kind === 's3') {
        if (lock)
            out.objectLock = lock;
        if (includeDeleted)
            out.includeDeleted = true;
    }
    return out;
}
function parseStoreLocation(src, cwd) {
    const v = (0,source/* inputOrDefault */.N9)(src, 'store');
    refuseControlChars('store', v, `Remove it (a line break pasted with the value?). ${STORE_FIX}`);
    if (v === 'artifact') {
        const spec = { kind: 'artifact' };
        // Not inputOrDefault: the registry default `${{ github.token }}` is an expression only the runner expands.
        const token = src.get('github-token');
        if (token)
            spec.token = token;
        const days = src.get('artifact-retention-days');
        if (days === undefined)
            return spec;
        const n = Number(days);
        if (!Number.isInteger(n) || n < 1 || n > 400) {
            throw new errors/* ConfigError */.x('artifact-retention-days', `"${days}" is not a whole number of days from 1 to 400`, 'Use for example `30`, or leave it empty for the repository setting.');
        }
        spec.retentionDays = n;
        return spec;
    }
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(v)?.[1]?.toLowerCase();
    if (scheme === 's3') {
        const m = /^s3:\/\/([^/]+)\/?(.*)$/i.exec(v);
        const bucket = m?.[1] ?? '';
        if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
            throw new errors/* ConfigError */.x('store', `"${v}" does not name a valid S3 bucket`, 'Write `s3://bucket` or `s3://bucket/prefix`, with a bucket name of 3 to 63 lower case letters, digits, `.` and `-`.');
        }
        const prefix = (m?.[2] ?? '').replace(/^\/+|\/+$/g, '');
        if (prefix.split('/').some((p) => p === '..' || p === '.')) {
            throw new errors/* ConfigError */.x('store', `prefix "${prefix}" contains "." or ".." segments`, 'Use a plain prefix such as `backups/sites`.');
        }
        const endpoint = optional(src, 's3-endpoint');
        if (endpoint !== undefined) {
            try {
                const u = new URL(endpoint);
                if (u.protocol !== 'http:' && u.protocol !== 'https:')
                    throw new Error('not http');
            }
            catch {
                throw new errors/* ConfigError */.x('s3-endpoint', 'is not an http(s) URL', 'Write the endpoint as `https://<account>.r2.cloudflarestorage.com` or `http://127.0.0.1:9000`.');
            }
        }
        const sse = optional(src, 's3-sse');
        if (sse !== undefined && sse !== 'AES256' && sse !== 'aws:kms' && sse !== 'aws:kms:dsse') {
            throw new errors/* ConfigError */.x('s3-sse', `"${sse}" is not a server-side encryption mode`, 'Use `AES256` or `aws:kms` (with `s3-kms-key-id`), or leave it empty.');
        }
        const kmsKeyId = optional(src, 's3-kms-key-id');
        if (kmsKeyId !== undefined && !sse?.startsWith('aws:kms')) {
            throw new errors/* ConfigError */.x('s3-kms-key-id', 'is set but `s3-sse` is not `aws:kms`', 'Set `s3-sse: aws:kms`, or remove the key id.');
        }
        const storageClass = optional(src, 's3-storage-class');
        if (storageClass !== undefined && !/^[A-Z_]+$/.test(storageClass)) {
            throw new errors/* ConfigError */.x('s3-storage-class', `"${storageClass}" is not a storage class`, 'Use an S3 storage class such as `STANDARD`, `STANDARD_IA` or `GLACIER_IR`.');
        }
        const spec = { kind: 's3', bucket, prefix, forcePathStyle: parseBool(src, 's3-force-path-style') };
        if (endpoint)
            spec.endpoint = endpoint;
        const region = optional(src, 's3-region');
        if (region)
            spec.region = region;
        if (storageClass)
            spec.storageClass = storageClass;
        if (sse)
            spec.sse = sse;
        if (kmsKeyId)
            spec.kmsKeyId = kmsKeyId;
        return spec;
    }
    if (scheme === 'file') {
        let p;
        try {
            p = (0,external_node_url_.fileURLToPath)(v);
        }
        catch {
            throw new errors/* ConfigError */.x('store', `"${v}" is not a valid file URL`, 'Write `file:///absolute/path`, or a plain folder path.');
        }
        return { kind: 'local', root: requireFolderOrAbsent(p, 'store', STORE_FIX) };
    }
    if (scheme !== undefined) {
        throw new errors/* ConfigError */.x('store', `unsupported scheme "${scheme}://"`, 'Use `s3://bucket/prefix` (any S3-compatible store, with `s3-endpoint`), `artifact`, `file:///abs/path` or a plain folder path.');
    }
    return { kind: 'local', root: requireFolderOrAbsent(external_node_path_default().resolve(cwd, v), 'store', STORE_FIX) };
}
function parseCommon(src, cwd) {
    const cfg = {
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
        ]) {
            if (v.includes('--'))
                throw new errors/* ConfigError */.x(input, `"${v}" contains "--", which the artifact store uses to separate site, environment and backup id`, 'Use a single `-` or `.` instead, or an S3 or folder store.');
        }
    }
    const components = parseComponents(src);
    if (components)
        cfg.components = components;
    return cfg;
}


/***/ }),

/***/ 31389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AY: () => (/* binding */ SITE_RE),
/* harmony export */   JN: () => (/* binding */ parseBackupId),
/* harmony export */   KA: () => (/* binding */ makeBackupId),
/* harmony export */   Qb: () => (/* binding */ TRIGGERS),
/* harmony export */   fy: () => (/* binding */ backupIdSuffix),
/* harmony export */   nM: () => (/* binding */ BACKUP_ID_RE),
/* harmony export */   vF: () => (/* binding */ triggerClass)
/* harmony export */ });
// Backup ids sort by time because the UTC timestamp comes first:
// 20261121T050003Z-scheduled-r8812345.
const TRIGGERS = ['scheduled', 'pre-merge', 'manual'];
const BACKUP_ID_RE = /^(\d{8}T\d{6}Z)-(scheduled|pre-merge|manual)-([a-z0-9]{1,40})$/;
const SITE_RE = /^[a-z0-9][a-z0-9._-]*$/;
function triggerClass(t) {
    return t === 'scheduled' ? 'scheduled' : 'on-demand';
}
function stamp(d) {
    return d
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}Z$/, 'Z');
}
function makeBackupId(time, trigger, suffix) {
    if (!/^[a-z0-9]{1,40}$/.test(suffix))
        throw new Error(`backup id suffix must be [a-z0-9]{1,40}, got "${suffix}"`);
    return `${stamp(time)}-${trigger}-${suffix}`;
}
function parseBackupId(id) {
    const m = BACKUP_ID_RE.exec(id);
    if (!m)
        return undefined;
    const s = m[1];
    const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`;
    const time = new Date(iso);
    if (Number.isNaN(time.getTime()) || time.toISOString().slice(0, 19) + 'Z' !== iso)
        return undefined;
    return { id, time, trigger: m[2], suffix: m[3] };
}
/**
 * The part after the trigger. In Actions it is the run id (and attempt, when re-run), so an id
 * points back at the run that made it, then `s` and six random hex digits for the step: two
 * backup steps of one site in one run may start in the same second, and each must get its own
 * folder (they once shared one, and the second manifest replaced the first). Elsewhere it is
 * random. The stores' create-only writes catch the one-in-16-million clash that remains.
 */
function backupIdSuffix(env, random) {
    const step = random()
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '');
    if (step.length < 6)
        throw new Error('backup id suffix: the random part must give at least 6 letters or digits');
    const run = env.GITHUB_RUN_ID;
    if (run && /^\d+$/.test(run)) {
        const attempt = env.GITHUB_RUN_ATTEMPT;
        const base = attempt && attempt !== '1' && /^\d+$/.test(attempt) ? `r${run}a${attempt}` : `r${run}`;
        return `${base}s${step.slice(0, 6)}`;
    }
    return `l${step}`;
}


/***/ }),

/***/ 89452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ COMPONENTS),
/* harmony export */   DY: () => (/* binding */ indexObjectName),
/* harmony export */   H2: () => (/* binding */ sourceFromEnv),
/* harmony export */   Hd: () => (/* binding */ objectName),
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   _7: () => (/* binding */ COMPRESSIONS),
/* harmony export */   bd: () => (/* binding */ INDEX_NAME_RE),
/* harmony export */   gD: () => (/* binding */ OBJECT_NAME_RE),
/* harmony export */   ir: () => (/* binding */ MANIFEST_NAME),
/* harmony export */   rc: () => (/* binding */ manifestSchema)
/* harmony export */ });
/* unused harmony export manifestComponentSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/* harmony import */ var _backup_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31389);


// Manifest format 1. FORMAT.md documents it for other programs; change both together.
const COMPONENTS = ['code', 'assets', 'data'];
const COMPRESSIONS = ['zstd', 'gzip', 'none'];
const MANIFEST_NAME = 'manifest.json';
const OBJECT_NAME_RE = /^(code|assets|data)\.tar(\.zst|\.gz)?(\.age)?$/;
/** A seekable archive's member index beside it (FORMAT.md, "Seekable archives"). */
const INDEX_NAME_RE = /^(code|assets|data)\.index\.json\.gz(\.age)?$/;
function indexObjectName(component, encrypted) {
    return `${component}.index.json.gz${encrypted ? '.age' : ''}`;
}
const isoUtc = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/, 'an ISO-8601 UTC time');
const manifestComponentSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(COMPONENTS),
    object: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(OBJECT_NAME_RE),
    compression: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(COMPRESSIONS),
    encryption: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['age', 'none']),
    bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
    contentBytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    files: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    /** Optional (newer writers, zstd and `none`): the member index, for restores of a few files. */
    index: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        object: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(INDEX_NAME_RE),
        bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
        sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
    })
        .optional(),
});
const manifestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(_backup_id_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKUP_ID_RE */ .nM),
    site: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(_backup_id_js__WEBPACK_IMPORTED_MODULE_1__/* .SITE_RE */ .AY),
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    platform: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    trigger: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_backup_id_js__WEBPACK_IMPORTED_MODULE_1__/* .TRIGGERS */ .Qb),
    createdAt: isoUtc,
    finishedAt: isoUtc,
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        runId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        runUrl: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        actor: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    })
        .default({}),
    components: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(manifestComponentSchema).min(1),
    platformSnapshot: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J()).optional(),
});
function objectName(component, compression, encrypted) {
    const ext = compression === 'zstd' ? '.zst' : compression === 'gzip' ? '.gz' : '';
    return `${component}.tar${ext}${encrypted ? '.age' : ''}`;
}
/** Stable, human-readable JSON: the manifest is read by people as often as by programs. */
function serializeManifest(m) {
    return JSON.stringify(manifestSchema.parse(m), null, 2) + '\n';
}
class ManifestError extends Error {
    name = 'ManifestError';
}
function parseManifest(text, where = MANIFEST_NAME) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new ManifestError(`${where} is not valid JSON: ${e.message}`);
    }
    const r = manifestSchema.safeParse(raw);
    if (!r.success) {
        const issue = r.error.issues[0];
        throw new ManifestError(`${where} is not a format 1 manifest: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return r.data;
}
/** The source block from the runner's environment; only fields the runner actually set. */
function sourceFromEnv(env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const src = {};
    if (env.GITHUB_REPOSITORY)
        src.repository = env.GITHUB_REPOSITORY;
    if (env.GITHUB_SHA)
        src.sha = env.GITHUB_SHA;
    if (env.GITHUB_RUN_ID)
        src.runId = env.GITHUB_RUN_ID;
    if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID)
        src.runUrl = `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    if (env.GITHUB_ACTOR)
        src.actor = env.GITHUB_ACTOR;
    return src;
}


/***/ }),

/***/ 61078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ daysFromCivil),
/* harmony export */   NN: () => (/* binding */ formatIsoWeek),
/* harmony export */   TQ: () => (/* binding */ civilFromDays),
/* harmony export */   XT: () => (/* binding */ formatLocalMinute),
/* harmony export */   aM: () => (/* binding */ isoWeekThursday),
/* harmony export */   im: () => (/* binding */ formatDay),
/* harmony export */   ru: () => (/* binding */ ZoneClock)
/* harmony export */ });
/* unused harmony export isoWeek */
// Calendar arithmetic for retention periods: local wall-clock time in an IANA zone, civil dates
// and ISO weeks, all as plain integers. Intl is the only source of zone data (no dependency),
// but it costs microseconds a call, so offsets are cached per UTC day: planning 100,000
// backups asks Intl a few thousand times at most.
const DAY_MS = 86_400_000;
/** Zone name as written -> Intl's canonical name (Intl throws on an unknown one, which is never cached). */
const RESOLVED_ZONES = new Map();
/** Milliseconds to add to a UTC instant to get the wall-clock time in one zone. */
class ZoneClock {
    timeZone;
    utc;
    fmt;
    /** UTC day -> [offset at the day's start, offset at its end, first instant of the new offset]. */
    days = new Map();
    starts = new Map();
    constructor(timeZone = 'UTC') {
        // Resolved once per name: a planner runs per site, and a fleet report plans 1,000 sites.
        let resolved = RESOLVED_ZONES.get(timeZone);
        if (resolved === undefined)
            RESOLVED_ZONES.set(timeZone, (resolved = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone));
        this.timeZone = resolved;
        this.utc = resolved === 'UTC' || resolved === 'Etc/UTC' || resolved === 'Etc/GMT' || resolved === 'GMT';
        if (!this.utc) {
            this.fmt = new Intl.DateTimeFormat('en-US', {
                timeZone: resolved,
                hourCycle: 'h23',
                era: 'short',
                year: 'numeric',
                month: 'numeric',
                day: 'numeric',
                hour: 'numeric',
                minute: 'numeric',
                second: 'numeric',
            });
        }
    }
    /** The zone's offset at instant `ms`, straight from Intl (whole seconds). */
    rawOffset(ms) {
        const parts = this.fmt.formatToParts(ms);
        let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, bc = false;
        for (const p of parts) {
            switch (p.type) {
                case 'year':
                    y = Number(p.value);
                    break;
                case 'month':
                    mo = Number(p.value);
                    break;
                case 'day':
                    d = Number(p.value);
                    break;
                case 'hour':
                    h = Number(p.value);
                    break;
                case 'minute':
                    mi = Number(p.value);
                    break;
                case 'second':
                    s = Number(p.value);
                    break;
                case 'era':
                    bc = p.value.startsWith('B');
                    break;
            }
        }
        const wall = daysFromCivil(bc ? 1 - y : y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000;
        return wall - Math.floor(ms / 1000) * 1000;
    }
    /** The offset at the start of a UTC day, cached: one day's end is the next one's start. */
    dayStartOffset(day) {
        let o = this.starts.get(day);
        if (o === undefined) {
            o = this.rawOffset(day * DAY_MS);
            this.starts.set(day, o);
        }
        return o;
    }
    offset(ms) {
        if (this.utc)
            return 0;
        const day = Math.floor(ms / DAY_MS);
        let e = this.days.get(day);
        if (!e) {
            const start = day * DAY_MS;
            const a = this.dayStartOffset(day);
            const b = this.dayStartOffset(day + 1);
            let change = start + DAY_MS;
            if (a !== b) {
                // One transition inside this UTC day (zones never change twice in a day): find its
                // first second by bisection.
                let lo = start, hi = start + DAY_MS;
                while (hi - lo > 1000) {
                    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
                    if (this.rawOffset(mid) === a)
                        lo = mid;
                    else
                        hi = mid;
                }
                change = hi;
            }
            e = [a, b, change];
            this.days.set(day, e);
        }
        return ms < e[2] ? e[0] : e[1];
    }
    /** Wall-clock milliseconds (local time read as if it were UTC). */
    local(ms) {
        return ms + this.offset(ms);
    }
}
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
function daysFromCivil(y, m, d) {
    const yy = m <= 2 ? y - 1 : y;
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** [year, month 1-12, day] of a day number. */
function civilFromDays(days) {
    const z = days + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
/** The day number of the Thursday of the ISO week holding `days`: it names the week uniquely. */
function isoWeekThursday(days) {
    const weekday = (((days + 3) % 7) + 7) % 7; // 0 = Monday; 1970-01-01 was a Thursday
    return days - weekday + 3;
}
/** [ISO week-year, week 1-53] of a day number: the week-year is the Thursday's year. */
function isoWeek(days) {
    const thu = isoWeekThursday(days);
    const year = civilFromDays(thu)[0];
    return [year, Math.floor((thu - daysFromCivil(year, 1, 1)) / 7) + 1];
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
function formatDay(days) {
    const [y, m, d] = civilFromDays(days);
    return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
function formatIsoWeek(days) {
    const [y, w] = isoWeek(days);
    return `${pad(y, 4)}-W${pad(w)}`;
}
/** Local wall-clock milliseconds as `YYYY-MM-DD HH:MM` (no zone suffix: it is local). */
function formatLocalMinute(localMs) {
    const days = Math.floor(localMs / DAY_MS);
    const rest = localMs - days * DAY_MS;
    return `${formatDay(days)} ${pad(Math.floor(rest / 3_600_000))}:${pad(Math.floor((rest % 3_600_000) / 60_000))}`;
}


/***/ }),

/***/ 21275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hp: () => (/* binding */ lockOnBackup),
/* harmony export */   KV: () => (/* binding */ policyFor),
/* harmony export */   N8: () => (/* binding */ lockForKept),
/* harmony export */   bx: () => (/* binding */ LOCK_MODES)
/* harmony export */ });
/* unused harmony exports FOREVER_MS, periodStartAfter, ruleGuarantee */
/* harmony import */ var _calendar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61078);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24310);


// How long S3 Object Lock holds a backup (`s3-object-lock`, docs/immutable.md): until the
// earliest moment the retention policy could release it, plus a margin. Pure: no clock but the
// backup's own time, so the backup step, prune, verify and a copy all compute the same date.
//
// What a rule guarantees a backup that is the newest of its period (the planner's meaning):
// - hourly/daily/weekly/monthly/yearly=N: kept until N newer periods hold a backup, so at the
//   earliest until the start of the Nth period after its own (in retention-timezone; DST is
//   resolved towards the later instant);
// - within=X: kept while the newest backup is younger than its time + X, so until time + X;
// - last=N: nothing in time (N backups can follow within a minute);
// - a count of `all`: forever, which is locked as FOREVER_MS from the backup's time.
//
// At backup time a backup is the newest of every period, but the next backup of the same hour or
// day takes its place under that rule: what it can count on is the finest rule's window (the
// shortest of the count rules), or `within` when that is longer. Prune later extends the lock
// of a backup the planner keeps under a longer rule (lockForKept). Nothing here ever shortens.
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** The lock of a rule with count `all`: a century, then the lock lapses and the policy still keeps it. */
const FOREVER_MS = 100 * 365 * DAY_MS + 25 * DAY_MS;
const LOCK_MODES = ['off', 'governance', 'compliance'];
/**
 * The UTC instant of a local wall-clock time. A time that happens twice (autumn) gives the later
 * instant; one that never happens (spring gap) the later of the two readings.
 */
function utcOf(wall, clock) {
    const candidates = [...new Set([clock.offset(wall - DAY_MS), clock.offset(wall + DAY_MS)])].map((o) => wall - o);
    const real = candidates.filter((u) => clock.local(u) === wall);
    return Math.max(...(real.length > 0 ? real : candidates));
}
/** Start (UTC ms) of the period `n` periods after the one holding `t` under `rule`. */
function periodStartAfter(rule, t, n, clock) {
    const local = clock.local(t);
    const day = Math.floor(local / DAY_MS);
    let wall;
    switch (rule) {
        case 'hourly':
            wall = (Math.floor(local / HOUR_MS) + n) * HOUR_MS;
            break;
        case 'daily':
            wall = (day + n) * DAY_MS;
            break;
        case 'weekly':
            // ISO weeks start on Monday, three days before the week's Thursday.
            wall = ((0,_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .isoWeekThursday */ .aM)(day) - 3 + 7 * n) * DAY_MS;
            break;
        case 'monthly': {
            const [y, m] = (0,_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .civilFromDays */ .TQ)(day);
            const months = y * 12 + (m - 1) + n;
            wall = (0,_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .daysFromCivil */ .Hd)(Math.floor(months / 12), (months % 12) + 1, 1) * DAY_MS;
            break;
        }
        case 'yearly':
            wall = (0,_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .daysFromCivil */ .Hd)((0,_calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .civilFromDays */ .TQ)(day)[0] + n, 1, 1) * DAY_MS;
            break;
    }
    return utcOf(wall, clock);
}
/**
 * What one rule guarantees a backup made at `t` that it keeps; `t` itself when it guarantees
 * nothing. `oldest`: kept as the oldest backup of a period whose newest is kept too, which has
 * spent one of the rule's count already, so one period less.
 */
function ruleGuarantee(rule, t, policy, clock, oldest = false) {
    if (rule === 'within')
        return policy.withinMs === undefined ? t : t + policy.withinMs;
    const count = policy.counts[rule];
    if (rule === 'last' || count === 0)
        return t;
    if (count === _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .ALL */ .y2)
        return t + FOREVER_MS;
    return periodStartAfter(rule, t, oldest ? count - 1 : count, clock);
}
function capped(t, until) {
    return Math.min(until, t + FOREVER_MS);
}
/** The retain-until date (UTC ms) of a new backup made at `t` under `policy`. */
function lockOnBackup(t, policy, timeZone, marginMs) {
    const clock = new _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .ZoneClock */ .ru(timeZone);
    const periods = _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .COUNT_RULES */ .Ok.filter((r) => r !== 'last' && policy.counts[r] !== 0);
    let until = periods.length === 0 ? t : Math.min(...periods.map((r) => ruleGuarantee(r, t, policy, clock)));
    until = Math.max(until, ruleGuarantee('within', t, policy, clock));
    return capped(t, until) + marginMs;
}
const REASON_RE = /^(oldest )?(last|hourly|daily|weekly|monthly|yearly|within)\b/;
/**
 * The retain-until date a backup kept by the planner for `reasons` (its PlanEntry reasons) should
 * have: the longest of what each of its rules guarantees, plus the margin. Undefined when no
 * reason is a rule (the always-kept newest backup): then it keeps the lock it has.
 */
function lockForKept(t, reasons, policy, timeZone, marginMs) {
    const clock = new _calendar_js__WEBPACK_IMPORTED_MODULE_0__/* .ZoneClock */ .ru(timeZone);
    let until;
    for (const reason of reasons) {
        const m = REASON_RE.exec(reason);
        const rule = m?.[2];
        if (!rule || rule === 'last')
            continue;
        const g = ruleGuarantee(rule, t, policy, clock, m[1] !== undefined);
        until = until === undefined ? g : Math.max(until, g);
    }
    return until === undefined ? undefined : capped(t, until) + marginMs;
}
/** The policy that governs a backup of this trigger class. */
function policyFor(lock, trigger) {
    return trigger === 'scheduled' ? lock.scheduled : lock.onDemand;
}


/***/ }),

/***/ 98844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ openStore)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/model/backup-id.ts
var backup_id = __webpack_require__(31389);
// EXTERNAL MODULE: ./src/model/manifest.ts
var manifest = __webpack_require__(89452);
// EXTERNAL MODULE: ./src/stores/store.ts
var store = __webpack_require__(34703);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(21917);
// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __webpack_require__(50415);
;// CONCATENATED MODULE: ./src/stores/local.ts










/** A folder on this machine (or a mounted volume). The CLI's default store. */
class LocalStore {
    root;
    kind = 'local';
    constructor(root) {
        this.root = root;
    }
    dir(ref) {
        return external_node_path_default().join(this.root, ref.site, ref.environment, ref.id);
    }
    location(ref) {
        return (0,external_node_url_.pathToFileURL)(this.dir(ref)).href + '/';
    }
    objectUri(ref, name) {
        return (0,external_node_url_.pathToFileURL)(external_node_path_default().join(this.dir(ref), name)).href;
    }
    async createWriter(ref) {
        const dir = this.dir(ref);
        await (0,promises_.mkdir)(external_node_path_default().dirname(dir), { recursive: true });
        // The backup's own folder is created exclusively: a second writer with the same id fails
        // here, before it writes a byte, instead of replacing another backup's objects.
        try {
            await (0,promises_.mkdir)(dir);
        }
        catch (e) {
            if (e.code === 'EEXIST')
                throw new store/* BackupExistsError */.j2(this.location(ref));
            throw e;
        }
        return {
            async put(name, body) {
                // Written under a temporary name so a half-written object never looks finished.
                const tmp = external_node_path_default().join(dir, `.${name}.partial`);
                await (0,external_node_stream_promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(tmp));
                await (0,promises_.rename)(tmp, external_node_path_default().join(dir, name));
            },
            async putLent(name, batches) {
                const tmp = external_node_path_default().join(dir, `.${name}.partial`);
                const fh = await (0,promises_.open)(tmp, 'wx');
                try {
                    // Each batch is written before the next is asked for: the buffers are reused after.
                    for await (const batch of batches) {
                        for (let rest = batch; rest.length > 0;)
                            rest = (0,fs/* unwritten */.p)(rest, (await fh.writev(rest)).bytesWritten);
                    }
                }
                finally {
                    await fh.close();
                }
                await (0,promises_.rename)(tmp, external_node_path_default().join(dir, name));
            },
            async commit(manifestJson) {
                const tmp = external_node_path_default().join(dir, `.${manifest/* MANIFEST_NAME */.ir}.partial`);
                await (0,promises_.writeFile)(tmp, manifestJson);
                // link(2) creates the name only if it does not exist, atomically; rename would replace.
                try {
                    await (0,promises_.link)(tmp, external_node_path_default().join(dir, manifest/* MANIFEST_NAME */.ir));
                }
                catch (e) {
                    if (e.code === 'EEXIST')
                        throw new store/* BackupExistsError */.j2((0,external_node_url_.pathToFileURL)(external_node_path_default().join(dir, manifest/* MANIFEST_NAME */.ir)).href);
                    throw e;
                }
                finally {
                    await (0,promises_.rm)(tmp, { force: true });
                }
            },
            async abort() {
                await (0,promises_.rm)(dir, { recursive: true, force: true });
            },
        };
    }
    async list(site, environment) {
        const base = external_node_path_default().join(this.root, site, environment);
        const ids = await (0,fs/* readdirIfExists */.X)(base);
        if (!ids)
            return [];
        const entries = [];
        for (const id of ids)
            await statEntries(base, id, entries);
        return (0,store/* groupBackups */.X8)(site, environment, entries);
    }
    async listAll(options = {}) {
        if (options.sizes === 'incomplete')
            return this.listAllUnsized();
        const out = [];
        for (const site of (await (0,fs/* readdirIfExists */.X)(this.root)) ?? []) {
            // Not a site folder: a README beside the sites, a lost+found.
            if (!backup_id/* SITE_RE */.AY.test(site) || !(await statOrGone(external_node_path_default().join(this.root, site)))?.isDirectory())
                continue;
            for (const environment of (await (0,fs/* readdirIfExists */.X)(external_node_path_default().join(this.root, site))) ?? []) {
                if ((await statOrGone(external_node_path_default().join(this.root, site, environment)))?.isDirectory())
                    out.push(...(await this.list(site, environment)));
            }
        }
        return out;
    }
    /**
     * listAll({ sizes: 'incomplete' }): a readdir per folder and no stat per object, several sites
     * at a time. A folder holding manifest.json is a complete backup, listed `unsized` (its
     * manifest has the sizes); any other folder is listed by list(), stats and all, since its
     * objects' sizes and times are all there is to know about it.
     */
    async listAllUnsized() {
        // mapLimit keeps the order: the same as listAll(), whichever site finishes first.
        const sites = (await subfolders(this.root)).filter((s) => backup_id/* SITE_RE */.AY.test(s));
        const envs = await (0,limit/* mapLimit */.s)(sites, LIST_CONCURRENCY, (site) => subfolders(external_node_path_default().join(this.root, site)));
        const pairs = sites.flatMap((site, i) => envs[i].map((environment) => [site, environment]));
        const out = await (0,limit/* mapLimit */.s)(pairs, LIST_CONCURRENCY, async ([site, environment]) => {
            const base = external_node_path_default().join(this.root, site, environment);
            const complete = [];
            const rest = [];
            for (const id of await subfolders(base)) {
                const names = await (0,fs/* readdirIfExists */.X)(external_node_path_default().join(base, id));
                if (!names)
                    continue;
                if (!names.includes(manifest/* MANIFEST_NAME */.ir)) {
                    await statEntries(base, id, rest);
                    continue;
                }
                // The id's own time stands in for the write time: only incomplete backups are aged by it.
                const at = (0,backup_id/* parseBackupId */.JN)(id)?.time ?? new Date(0);
                for (const name of names)
                    complete.push({ id, name, size: 0, lastModified: at });
            }
            const unsized = (0,store/* groupBackups */.X8)(site, environment, complete).map((b) => ({ ...b, unsized: true }));
            return [...unsized, ...(0,store/* groupBackups */.X8)(site, environment, rest)].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
        });
        return out.flat();
    }
    async read(ref, name) {
        const p = external_node_path_default().join(this.dir(ref), name);
        await (0,promises_.stat)(p);
        return (0,external_node_fs_.createReadStream)(p);
    }
    async readRange(ref, name, start, end) {
        const s = (0,external_node_fs_.createReadStream)(external_node_path_default().join(this.dir(ref), name), { start, end: end - 1, highWaterMark: 512 << 10 });
        await new Promise((resolve, reject) => {
            s.once('open', () => resolve());
            s.once('error', reject);
        });
        return s;
    }
    async readSmall(ref, name, limit) {
        // Plain callbacks, no stream: a third of the CPU of read() for a file of a few kB.
        const fd = await new Promise((res, rej) => (0,external_node_fs_.open)(external_node_path_default().join(this.dir(ref), name), 'r', (e, n) => (e ? rej(e) : res(n))));
        try {
            // No fstat for the size: most such objects fit the first buffer, and one more read says so.
            let buf = Buffer.allocUnsafe(Math.min(limit + 1, 8192));
            let n = 0;
            for (;;) {
                const got = await new Promise((res, rej) => (0,external_node_fs_.read)(fd, buf, n, buf.length - n, null, (e, k) => (e ? rej(e) : res(k))));
                if (got === 0)
                    return buf.subarray(0, n);
                if ((n += got) > limit)
                    return undefined;
                if (n === buf.length)
                    buf = Buffer.concat([buf, Buffer.allocUnsafe(Math.min(buf.length, limit + 1 - n))]);
            }
        }
        finally {
            await new Promise((res) => (0,external_node_fs_.close)(fd, () => res()));
        }
    }
    /** Replaces the record atomically (temporary name, then rename), and only in an existing backup folder. */
    async writeRecord(ref, name, json) {
        const dir = this.dir(ref);
        if (!(await statOrGone(dir))?.isDirectory())
            throw new Error(`backup ${ref.id} is not in the store (removed meanwhile?); its ${name} was not written`);
        const tmp = external_node_path_default().join(dir, `.${name}.partial`);
        await (0,promises_.writeFile)(tmp, json);
        await (0,promises_.rename)(tmp, external_node_path_default().join(dir, name));
    }
    async remove(backups) {
        const result = { removed: [], errors: [] };
        for (const b of backups) {
            const dir = this.dir(b);
            let ok = true;
            // Manifest first: from that moment the backup is incomplete, never "complete but damaged".
            // Check records last: they go with their backup, and are never left without one.
            const names = [...b.objects.map((o) => o.name), ...(b.records ?? []).map((r) => r.name)].filter((n) => n && ((0,store/* isLayoutObject */._)(n) || (0,store/* isRecordName */.lx)(n)));
            names.sort((x, y) => (x === manifest/* MANIFEST_NAME */.ir ? -1 : y === manifest/* MANIFEST_NAME */.ir ? 1 : (0,store/* isRecordName */.lx)(x) ? 1 : (0,store/* isRecordName */.lx)(y) ? -1 : 0));
            for (const name of names) {
                try {
                    await (0,promises_.rm)(external_node_path_default().join(dir, name), { force: true });
                }
                catch (e) {
                    ok = false;
                    result.errors.push({ key: external_node_path_default().join(dir, name), message: e.message });
                }
            }
            // Our own half-written files (see put) are ours to remove too.
            for (const name of await (0,promises_.readdir)(dir).catch(() => [])) {
                const m = /^\.(.+)\.partial$/.exec(name);
                if (m && ((0,store/* isLayoutObject */._)(m[1]) || (0,store/* isRecordName */.lx)(m[1])))
                    await (0,promises_.rm)(external_node_path_default().join(dir, name), { force: true });
            }
            // rmdir, not rm -r: a folder holding anything we did not write is left alone.
            await (0,promises_.rmdir)(dir).catch(() => undefined);
            if (ok)
                result.removed.push(b.id);
        }
        return result;
    }
}
/** The entries of one backup folder, each stat'ed; nothing when `<base>/<id>` is no folder (any more). */
async function statEntries(base, id, entries) {
    const d = external_node_path_default().join(base, id);
    // A folder or file that disappears between readdir and stat was deleted by a concurrent
    // prune: leaving it out is the truth, not a partial listing. Any other error still throws.
    const st = await statOrGone(d);
    if (!st?.isDirectory())
        return;
    const names = await (0,fs/* readdirIfExists */.X)(d);
    if (!names)
        return;
    if (names.length === 0) {
        // An empty folder from a backup that died before its first object: list it so it is swept.
        entries.push({ id, name: '', size: 0, lastModified: st.mtime });
    }
    for (const name of names) {
        const s = await statOrGone(external_node_path_default().join(d, name));
        if (s)
            entries.push({ id, name, size: s.size, lastModified: s.mtime });
    }
}
/** How many sites listAll({ sizes: 'incomplete' }) reads at once: enough to keep the disk and libuv's threads busy. */
const LIST_CONCURRENCY = 16;
/** Sub-folders of `p` from one readdir (a stat only for a symbolic link); none when `p` does not exist. */
async function subfolders(p) {
    let found;
    try {
        found = await (0,promises_.readdir)(p, { withFileTypes: true });
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return [];
        throw e;
    }
    const out = [];
    for (const d of found)
        if (d.isDirectory() || (d.isSymbolicLink() && (await statOrGone(external_node_path_default().join(p, d.name)))?.isDirectory()))
            out.push(d.name);
    return out;
}
async function statOrGone(p) {
    try {
        return await (0,promises_.stat)(p);
    }
    catch (e) {
        // Gone only if the name itself is gone; a dangling link is still something we cannot read.
        if (e.code === 'ENOENT' && !(await (0,promises_.lstat)(p).catch(() => undefined)))
            return undefined;
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/stores/index.ts

// A new store is one file behind Store plus one case here. The S3 and artifact stores are loaded
// only when used: their SDKs are most of the bundle, and a local-folder run should not pay for
// them in start-up time or memory.
async function openStore(spec, log, env = process.env) {
    if (spec.kind !== 'artifact' && spec.restic) {
        // format: restic: the same location holds one restic repository per site instead.
        const { openResticStore } = await __webpack_require__.e(/* import() */ 628).then(__webpack_require__.bind(__webpack_require__, 53628));
        return openResticStore(spec, log, env);
    }
    switch (spec.kind) {
        case 'local':
            return new LocalStore(spec.root);
        case 's3': {
            const { S3Store } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(358), __webpack_require__.e(272)]).then(__webpack_require__.bind(__webpack_require__, 26272));
            return new S3Store(spec, log, env);
        }
        case 'artifact': {
            const { ArtifactStore } = await Promise.all(/* import() */[__webpack_require__.e(44), __webpack_require__.e(119), __webpack_require__.e(371), __webpack_require__.e(351), __webpack_require__.e(935), __webpack_require__.e(26)]).then(__webpack_require__.bind(__webpack_require__, 23026));
            return new ArtifactStore(spec, log, env);
        }
    }
}


/***/ }),

/***/ 34703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ readSmallText),
/* harmony export */   Uf: () => (/* binding */ ObjectReadError),
/* harmony export */   X8: () => (/* binding */ groupBackups),
/* harmony export */   _: () => (/* binding */ isLayoutObject),
/* harmony export */   j2: () => (/* binding */ BackupExistsError),
/* harmony export */   jc: () => (/* binding */ readObjectRange),
/* harmony export */   lx: () => (/* binding */ isRecordName),
/* harmony export */   wS: () => (/* binding */ putBatches)
/* harmony export */ });
/* unused harmony export RECORD_NAMES */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_backup_id_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31389);
/* harmony import */ var _model_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89452);



/** The check records a backup folder may hold beside its objects (FORMAT.md, "Check records"). */
const RECORD_NAMES = ['last-verify.json', 'last-drill.json'];
function isRecordName(name) {
    return RECORD_NAMES.includes(name);
}
/**
 * A writer found its backup (or its manifest) already there. Writers never replace a backup:
 * the step fails loudly and the backup already stored stays as it was.
 */
class BackupExistsError extends Error {
    name = 'BackupExistsError';
    constructor(where) {
        super(`a backup already exists at ${where}; refusing to replace it (two backup steps with one id?). Nothing of it was changed; run the backup again for a new id.`);
    }
}
/**
 * An object could not be read, after every retry: the connection broke, the store answered 5xx.
 * It says nothing about the backup, so verify and restore report "could not read, try again",
 * never "damaged".
 */
class ObjectReadError extends Error {
    name = 'ObjectReadError';
    constructor(where, retries, cause) {
        super(`could not read ${where} (${retries} ${retries === 1 ? 'retry' : 'retries'} spent: ${cause?.message ?? String(cause)}); this says nothing about the backup: try again`, { cause });
    }
}
/** True for the names a backup folder may hold. Anything else is never touched by remove(). */
function isLayoutObject(name) {
    return name === _model_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_NAME */ .ir || _model_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .OBJECT_NAME_RE */ .gD.test(name) || _model_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .INDEX_NAME_RE */ .bd.test(name);
}
/**
 * Groups `<id>/<name>` entries into backups. Any entry under a valid id makes that backup known
 * (so a folder holding only leftovers is seen as incomplete and can be swept), but only layout
 * names become objects, and remove() deletes only objects: the first safety rule.
 */
function groupBackups(site, environment, entries) {
    const byId = new Map();
    for (const e of entries) {
        let b = byId.get(e.id);
        if (!b) {
            // Parsed once per backup, not per entry: a fleet report groups 100,000 entries.
            const parsed = (0,_model_backup_id_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBackupId */ .JN)(e.id);
            if (!parsed)
                continue;
            // (A record's time is not a write of the backup: see below.)
            b = {
                site,
                environment,
                id: e.id,
                parsed,
                complete: false,
                objects: [],
                bytes: 0,
                lastModified: isRecordName(e.name) ? new Date(0) : e.lastModified,
            };
            byId.set(e.id, b);
        }
        if (isRecordName(e.name)) {
            // A record is written after its backup finished: it must not make an old incomplete
            // backup look recently written, so it does not move lastModified.
            (b.records ??= []).push({ name: e.name, size: e.size });
            continue;
        }
        if (e.lastModified > b.lastModified)
            b.lastModified = e.lastModified;
        if (e.name === '' && e.size === 0)
            b.folderMarker = true;
        if (!isLayoutObject(e.name))
            continue;
        b.objects.push({ name: e.name, size: e.size });
        b.bytes += e.size;
        if (e.name === _model_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_NAME */ .ir)
            b.complete = true;
    }
    return [...byId.values()].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}
/**
 * A small object as text, or undefined when it is larger than `limit` bytes: one call where the
 * store has a cheap readSmall (local files), a bounded stream read elsewhere.
 */
async function readSmallText(store, ref, name, limit) {
    if (store.readSmall)
        return (await store.readSmall(ref, name, limit))?.toString('utf8');
    const stream = await store.read(ref, name);
    const chunks = [];
    let n = 0;
    for await (const c of stream) {
        n += c.length;
        if (n > limit) {
            stream.destroy();
            return undefined;
        }
        chunks.push(c);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * Bytes [start, end) of an object: a ranged read where the store has one, else the whole object
 * read and the rest dropped. The body is checked to be exactly that long (a short one fails).
 */
async function* readObjectRange(store, ref, name, start, end) {
    if (end <= start)
        return;
    let body;
    let skip = 0;
    if (store.readRange)
        body = await store.readRange(ref, name, start, end);
    else {
        body = await store.read(ref, name);
        skip = start;
    }
    let want = end - start;
    try {
        for await (const c of body) {
            let chunk = c;
            if (skip > 0) {
                const k = Math.min(skip, chunk.length);
                skip -= k;
                chunk = chunk.subarray(k);
            }
            if (chunk.length === 0)
                continue;
            if (chunk.length > want)
                chunk = chunk.subarray(0, want);
            want -= chunk.length;
            yield chunk;
            if (want === 0)
                return;
        }
    }
    finally {
        body.destroy();
    }
    throw new Error(`${store.objectUri(ref, name)} ended ${want} bytes before byte ${end}: it is shorter than its manifest says`);
}
/**
 * Stores an object made of lent batches (see BackupWriter.putLent): straight through when the
 * store takes them as they are, else as a stream of copies, since an upload holds on to its
 * chunks (an S3 part, a zip entry) after it asked for the next.
 */
function putBatches(writer, name, batches) {
    if (writer.putLent)
        return writer.putLent(name, batches);
    async function* copies() {
        for await (const batch of batches)
            yield batch.length === 1 ? Buffer.from(batch[0]) : Buffer.concat(batch);
    }
    return writer.put(name, node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(copies(), { objectMode: false, highWaterMark: 1 << 20 }));
}


/***/ }),

/***/ 1671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ formatRate),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${n} B` : `${v.toFixed(1)} ${units[i]}`;
}
/** Decimal megabytes per second, as transfer tools usually print rates. */
function formatRate(bytes, ms) {
    if (ms <= 0)
        return '-';
    return `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;
}


/***/ }),

/***/ 21917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readdirIfExists),
/* harmony export */   p: () => (/* binding */ unwritten)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/** A folder's names, or undefined when the folder does not exist; any other error throws. */
async function readdirIfExists(dir) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/**
 * What a vectored write of `written` bytes left of `bufs`: writev may take fewer bytes than it is
 * given, and the caller writes the rest. Throws when a write took nothing, which would loop forever.
 */
function unwritten(bufs, written) {
    let skip = written;
    let i = 0;
    while (i < bufs.length && skip >= bufs[i].length)
        skip -= bufs[i++].length;
    if (i === bufs.length)
        return [];
    if (written === 0)
        throw new Error('the disk took no bytes (write returned 0)');
    return [bufs[i].subarray(skip), ...bufs.slice(i + 1)];
}


/***/ }),

/***/ 50415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Runs `fn` over `items`, at most `limit` at a time; the results in the order of `items`. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return out;
}


/***/ })

};
