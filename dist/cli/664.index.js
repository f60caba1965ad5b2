export const id = 664;
export const ids = [664];
export const modules = {

/***/ 49664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listCommand: () => (/* binding */ listCommand),
/* harmony export */   listTable: () => (/* binding */ listTable),
/* harmony export */   listTargets: () => (/* binding */ listTargets),
/* harmony export */   targetsTable: () => (/* binding */ targetsTable),
/* harmony export */   toListed: () => (/* binding */ toListed),
/* harmony export */   withCopies: () => (/* binding */ withCopies)
/* harmony export */ });
/* harmony import */ var _config_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93910);
/* harmony import */ var _config_copy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94241);
/* harmony import */ var _model_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89452);
/* harmony import */ var _stores_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98844);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37827);
/* harmony import */ var _util_bytes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1671);
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26518);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49997);








function toListed(b) {
    return {
        id: b.id,
        time: b.parsed.time.toISOString(),
        trigger: b.parsed.trigger,
        complete: b.complete,
        bytes: b.objects.filter((o) => o.name !== _model_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .MANIFEST_NAME */ .ir).reduce((n, o) => n + o.size, 0),
        objects: b.objects.map((o) => o.name),
        ...(b.deleted ? { deleted: true } : {}),
    };
}
/** Columns padded to their widest cell, two spaces apart: a terminal's table. Names come from the store, so every cell is made printable. */
function textTable(header, rows) {
    const body = rows.map((r) => r.map(_util_text_js__WEBPACK_IMPORTED_MODULE_6__/* .printable */ .g$));
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
    return ([header, ...body]
        .map((r) => r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd())
        .join('\n') + '\n');
}
const utc = (iso) => iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
function listTable(rows) {
    const held = rows.some((r) => r.heldBy);
    return textTable(['ID', 'TIME (UTC)', 'TRIGGER', 'SIZE', 'STATUS', ...(held ? ['HELD BY'] : [])], rows.map((r) => [
        r.id,
        utc(r.time),
        r.trigger,
        (0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z)(r.bytes),
        `${r.complete ? 'complete' : 'INCOMPLETE (no manifest)'}${r.deleted ? ', DELETED (versions remain: restore with --include-deleted)' : ''}`,
        ...(held ? [r.heldBy?.join(', ') || '-'] : []),
    ]));
}
/**
 * The backups of `--store` and of the copy store `--to` together, newest first: each with the
 * stores that hold it complete, so a backup not copied yet (or only in the copy) shows.
 */
function withCopies(mine, theirs, names) {
    const rows = new Map();
    for (const [list, name] of [
        [mine, names.store],
        [theirs, names.to],
    ]) {
        for (const b of list) {
            const row = rows.get(b.id) ?? { ...toListed(b), complete: false, heldBy: [] };
            if (b.complete) {
                // The first complete listing describes it; an incomplete one elsewhere does not hide it.
                if (!row.complete)
                    Object.assign(row, toListed(b), { heldBy: row.heldBy });
                row.heldBy.push(name);
            }
            rows.set(b.id, row);
        }
    }
    return [...rows.values()].sort((x, y) => (x.id < y.id ? 1 : x.id > y.id ? -1 : 0));
}
function listTargets(backups, now) {
    const byTarget = new Map();
    // Newest first within each target, as every store's list() returns them.
    for (const b of [...backups].sort((x, y) => (x.id < y.id ? 1 : x.id > y.id ? -1 : 0))) {
        const key = `${b.site}/${b.environment}`;
        let t = byTarget.get(key);
        if (!t)
            byTarget.set(key, (t = { site: b.site, environment: b.environment, backups: 0, incomplete: 0, bytes: 0 }));
        t.backups++;
        t.bytes += toListed(b).bytes;
        if (!b.complete)
            t.incomplete++;
        else if (!t.newest)
            t.newest = { id: b.id, time: b.parsed.time.toISOString(), ageMs: Math.max(0, now.getTime() - b.parsed.time.getTime()) };
    }
    return [...byTarget.values()].sort((a, b) => a.site === b.site ? a.environment.localeCompare(b.environment) : a.site.localeCompare(b.site));
}
function targetsTable(rows) {
    return textTable(['SITE', 'ENVIRONMENT', 'BACKUPS', 'SIZE', 'NEWEST COMPLETE', 'TIME (UTC)', 'AGE'], rows.map((t) => [
        t.site,
        t.environment,
        t.incomplete ? `${t.backups} (${t.incomplete} incomplete)` : String(t.backups),
        (0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z)(t.bytes),
        t.newest?.id ?? 'NONE',
        t.newest ? utc(t.newest.time) : '-',
        t.newest ? (0,_util_duration_js__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a)(t.newest.ageMs) : '-',
    ]));
}
/** Without `include-deleted`: how many backups were deleted but can still be recovered (docs/immutable.md). */
async function noteDeleted(io, store, site, environment) {
    if (!store.countDeleted || io.inputs.get('include-deleted') === 'true')
        return;
    const n = await store.countDeleted(site, environment);
    if (n)
        io.log.info(`${n} deleted backup${n === 1 ? '' : 's'} of ${site}/${environment} can still be recovered (delete markers hide them; their versions remain): see them with --include-deleted, restore with restore --include-deleted.`);
}
/**
 * `site-backup list`: every backup of a site and environment, newest first; without `--site`,
 * every site and environment in the store with its newest complete backup and its age.
 */
async function listCommand(io, opts = {}) {
    const write = opts.write ?? ((s) => process.stdout.write(s));
    const store = await (0,_stores_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openStore */ .C)((0,_config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStore */ .Pv)(io.inputs, io.cwd), io.log, io.env);
    if (!io.inputs.get('site')) {
        if (io.inputs.get('to'))
            throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .x('site', 'is required with `to`', 'Name the site whose backups to compare between the two stores.');
        if (!store.listAll)
            throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .x('site', 'is required for this store: it cannot list its sites (a restic store keeps one repository per site)', 'Name the site whose backups to list.');
        const only = io.inputs.get('environment') ? (0,_config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .parseEnvironment */ .Nq)(io.inputs) : undefined;
        const targets = listTargets(await store.listAll(), (opts.now ?? (() => new Date()))()).filter((t) => !only || t.environment === only);
        if (opts.json)
            write(JSON.stringify(targets, null, 2) + '\n');
        else if (targets.length === 0)
            io.log.info('No backups in this store yet.');
        else
            write(targetsTable(targets));
        return targets;
    }
    const site = (0,_config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSite */ .X_)(io.inputs);
    const environment = (0,_config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .parseEnvironment */ .Nq)(io.inputs);
    const rows = io.inputs.get('to') ? await listWithCopies(io, site, environment) : (await store.list(site, environment)).map(toListed);
    if (opts.json)
        write(JSON.stringify(rows, null, 2) + '\n');
    else if (rows.length === 0)
        io.log.info(`No backups of ${site}/${environment} yet.`);
    else
        write(listTable(rows));
    await noteDeleted(io, store, site, environment);
    return rows;
}
async function listWithCopies(io, site, environment) {
    const store = await (0,_stores_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openStore */ .C)((0,_config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStore */ .Pv)(io.inputs, io.cwd), io.log, io.env);
    const to = await (0,_stores_index_js__WEBPACK_IMPORTED_MODULE_3__/* .openStore */ .C)((0,_config_copy_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSide */ .r2)(io.inputs, 'to', io.cwd), io.log, io.env);
    const [mine, theirs] = await Promise.all([store.list(site, environment), to.list(site, environment)]);
    return withCopies(mine, theirs, { store: io.inputs.get('store') ?? 'store', to: io.inputs.get('to') });
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
