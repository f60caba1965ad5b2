export const id = 262;
export const ids = [262];
export const modules = {

/***/ 82262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resticBackup: () => (/* binding */ resticBackup)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37827);
/* harmony import */ var _core_backup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65210);
/* harmony import */ var _core_pull_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89827);
/* harmony import */ var _core_tool_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(80121);
/* harmony import */ var _model_backup_id_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(31389);
/* harmony import */ var _model_manifest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89452);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(20649);
/* harmony import */ var _util_bytes_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1671);
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(26518);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6549);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(53628);















/** Regular files and their bytes, as a fallback when the platform session did not count them. */
async function countContent(dir) {
    let files = 0;
    let bytes = 0;
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)) {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name));
        if (st.isFile()) {
            files++;
            bytes += st.size;
        }
        else if (st.isDirectory()) {
            const sub = await countContent(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name));
            files += sub.files;
            bytes += sub.bytes;
        }
    }
    return { files, bytes };
}
async function resticBackup(cfg, deps) {
    const env = deps.env ?? process.env;
    const now = deps.now ?? (() => new Date());
    const { store, platform, log } = deps;
    const components = (0,_core_backup_js__WEBPACK_IMPORTED_MODULE_5__/* .selectComponents */ .N)(cfg, platform);
    const tmpRoot = deps.tmpRoot ?? env.RUNNER_TEMP ?? node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir();
    // pull-cache: rsync-mirrored components start from the last successful backup's export.
    const pulls = await (0,_core_pull_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .openPullCache */ .i4)(cfg, platform, components, { env, log, tmpRoot, ...(deps.cache ? { cache: deps.cache } : {}) });
    // The repository is opened (listed, and created on a first backup) while the export runs: each
    // restic start pays the password's key derivation, and the export waits on the platform, so the
    // two overlap instead of adding up. A wrong password or an unreachable store still fails in
    // seconds: it aborts the export. The newest backup of this environment is the parent snapshot
    // restic compares files with; max-age's listing, made just before, serves when there is one.
    const opened = new AbortController();
    const opening = (async () => {
        const parent = (store.takeListing(cfg.site, cfg.environment) ?? (await store.list(cfg.site, cfg.environment)))[0];
        const repo = await store.ensureInitialised(cfg.site);
        return { parent, repo };
    })();
    opening.catch((e) => opened.abort(e));
    const createdAt = now();
    const id = (0,_model_backup_id_js__WEBPACK_IMPORTED_MODULE_13__/* .makeBackupId */ .KA)(createdAt, cfg.trigger, (0,_model_backup_id_js__WEBPACK_IMPORTED_MODULE_13__/* .backupIdSuffix */ .fy)(env, () => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')));
    const ref = { site: cfg.site, environment: cfg.environment, id };
    log.info(`Backing up ${cfg.site}/${cfg.environment} (${components.join(', ')}) as ${id} to the restic repository ${store.repo(cfg.site).display}`);
    // A folder of this run's own (two backups on one machine must not share one). The snapshot
    // holds paths relative to it (/code, /assets, /data), so the parent snapshot passed below
    // matches file by file whatever the folder's name, and restic skips reading files whose
    // size and mtime did not change.
    const stage = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmpRoot, 'site-backup-restic-'));
    const reports = [];
    const content = [];
    let platformSnapshot;
    try {
        for (const component of components) {
            const started = Date.now();
            if (opened.signal.aborted)
                break;
            const controller = new AbortController();
            const stopOnOpenFailure = () => controller.abort(opened.signal.reason);
            opened.signal.addEventListener('abort', stopOnOpenFailure, { once: true });
            const timer = setTimeout(() => controller.abort(new Error(`timed out after ${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a)(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer)`)), cfg.timeoutMs);
            const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(stage, component);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { mode: 0o700 });
            await pulls?.seed(component, dir);
            try {
                const exported = await platform.export(component, dir, controller.signal);
                if (controller.signal.aborted)
                    throw controller.signal.reason;
                if (exported?.platformSnapshot)
                    platformSnapshot = exported.platformSnapshot;
                const counts = exported?.counts ?? (await countContent(dir));
                if (counts.bytes === 0)
                    throw new Error('the export produced no files (an empty export is treated as a failure, since several platform CLIs exit 0 when they fail)');
                content.push({ name: component, bytes: counts.bytes });
                reports.push({
                    name: component,
                    object: `${component}/`,
                    compression: 'none',
                    encryption: 'none',
                    bytes: 0,
                    sha256: '',
                    contentBytes: counts.bytes,
                    files: counts.files,
                    durationMs: Date.now() - started,
                    ...(exported?.counts ? { exportCounts: exported.counts } : {}),
                });
                log.info(`${component}: exported ${counts.files} files, ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_14__/* .formatBytes */ .z)(counts.bytes)} in ${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a)(Date.now() - started)}`);
            }
            catch (e) {
                // The repository did not open: that is the error, not the export it stopped.
                if (opened.signal.aborted)
                    break;
                const err = controller.signal.aborted ? controller.signal.reason : e;
                throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ComponentError */ .O(component, (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_9__/* .redact */ .E$)(err?.message ?? String(err)), { cause: err });
            }
            finally {
                clearTimeout(timer);
                opened.signal.removeEventListener('abort', stopOnOpenFailure);
            }
        }
        // Throws the opening's own error when it failed.
        const { parent, repo } = await opening;
        const manifest = {
            format: 1,
            backupFormat: 'restic',
            id,
            site: cfg.site,
            environment: cfg.environment,
            platform: cfg.platform,
            trigger: cfg.trigger,
            createdAt: createdAt.toISOString(),
            // When the exports were complete and restic began: the snapshot, written after this file
            // is read, records when it was committed.
            finishedAt: now().toISOString(),
            tool: _core_tool_js__WEBPACK_IMPORTED_MODULE_7__/* .TOOL */ .j,
            source: (0,_model_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .sourceFromEnv */ .H2)(env),
            components: reports.map((r) => ({ name: r.name, path: r.name, contentBytes: r.contentBytes, files: r.files })),
        };
        if (platformSnapshot)
            manifest.platformSnapshot = platformSnapshot;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(stage, _manifest_js__WEBPACK_IMPORTED_MODULE_11__/* .RESTIC_MANIFEST_NAME */ .Ng), (0,_manifest_js__WEBPACK_IMPORTED_MODULE_11__/* .serializeResticManifest */ .yf)(manifest), { mode: 0o600 });
        const args = [
            'backup',
            '--json',
            // -v adds a line per new or changed item with the bytes it added: per-component sizes.
            '-v',
            // The staging folder is new every run, so inode and ctime always differ: size and mtime
            // decide whether restic reads a file again (as rsync decides what to copy).
            '--ignore-inode',
            '--ignore-ctime',
            '--host',
            cfg.environment,
            '--time',
            createdAt
                .toISOString()
                .replace('T', ' ')
                .replace(/\.\d+Z$/, ''),
            ...(0,_store_js__WEBPACK_IMPORTED_MODULE_12__/* .backupTags */ .S3)({ ...ref, trigger: cfg.trigger }, content).flatMap((t) => ['--tag', t]),
            ...(parent ? ['--parent', parent.snapshots[0]] : []),
            ...components,
            _manifest_js__WEBPACK_IMPORTED_MODULE_11__/* .RESTIC_MANIFEST_NAME */ .Ng,
        ];
        let summary;
        let lastStatusAt = 0;
        const interval = deps.progressIntervalMs ?? 5000;
        const started = Date.now();
        // The upload gets the same limit as one component's export: a hung store cannot hold the job.
        const limit = AbortSignal.timeout(cfg.timeoutMs);
        const r = await repo
            .run(args, {
            cwd: stage,
            lock: true,
            signal: limit,
            onLine: (line, stream) => {
                if (stream === 'stderr') {
                    if (line.trim())
                        log.info(`restic: ${(0,_report_redact_js__WEBPACK_IMPORTED_MODULE_9__/* .redact */ .E$)(line)}`);
                    return;
                }
                let msg;
                try {
                    msg = JSON.parse(line);
                }
                catch {
                    return;
                }
                if (msg.message_type === 'summary')
                    summary = msg;
                else if (msg.message_type === 'verbose_status') {
                    const report = reports.find((c) => msg.item?.startsWith(`/${c.name}/`));
                    if (report)
                        report.bytes += (msg.data_size_in_repo ?? 0) + (msg.metadata_size_in_repo ?? 0);
                }
                else if (msg.message_type === 'status' && Date.now() - lastStatusAt >= interval) {
                    lastStatusAt = Date.now();
                    const pct = ((msg.percent_done ?? 0) * 100).toFixed(0);
                    log.info(`restic: ${pct}%, ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_14__/* .formatBytes */ .z)(msg.bytes_done ?? 0)} of ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_14__/* .formatBytes */ .z)(msg.total_bytes ?? 0)}, ${msg.files_done ?? 0} of ${msg.total_files ?? 0} files`);
                }
            },
        })
            .catch((e) => {
            if (!limit.aborted)
                throw e;
            throw new Error(`restic backup timed out after ${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a)(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer); no snapshot was written`, { cause: e });
        });
        if (r.code === 3 && summary?.snapshot_id) {
            // Exit 3: the snapshot was written, but some files could not be read. It is not a backup of
            // what was exported, so it must not count as one.
            await repo.run(['forget', summary.snapshot_id], { lock: true });
            throw new Error(`restic could not read every exported file, so the snapshot was removed: ${(0,_report_redact_js__WEBPACK_IMPORTED_MODULE_9__/* .redact */ .E$)(r.stderr.trim().split('\n').slice(-3).join(' | '))}`);
        }
        if (r.code !== 0 || !summary?.snapshot_id)
            throw repo.error('restic backup', r);
        const added = summary.data_added_packed ?? summary.data_added ?? 0;
        log.info(`restic: snapshot ${summary.snapshot_id} in ${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a)(Date.now() - started)}: ${summary.files_new ?? 0} new, ${summary.files_changed ?? 0} changed, ${summary.files_unmodified ?? 0} unchanged files; ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_14__/* .formatBytes */ .z)(summary.total_bytes_processed ?? 0)} read, ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_14__/* .formatBytes */ .z)(added)} added to the repository`);
        // The snapshot exists: these exports become the next backup's starting point.
        for (const c of components)
            await pulls?.hold(c, node_path__WEBPACK_IMPORTED_MODULE_3___default().join(stage, c));
        await pulls?.keep();
        return {
            skipped: false,
            id,
            location: store.location(ref),
            manifestUri: store.objectUri(ref, _manifest_js__WEBPACK_IMPORTED_MODULE_11__/* .RESTIC_MANIFEST_NAME */ .Ng),
            bytes: added,
            components: reports,
        };
    }
    finally {
        // A failed export must not leave a repository creation half done behind it.
        await opening.catch(() => undefined);
        await pulls?.discard();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(stage, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 6549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ RESTIC_MANIFEST_NAME),
/* harmony export */   TS: () => (/* binding */ parseResticManifest),
/* harmony export */   yf: () => (/* binding */ serializeResticManifest)
/* harmony export */ });
/* unused harmony exports resticComponentSchema, resticManifestSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _model_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89452);


// The manifest of a restic backup: the format 1 fields, with `backupFormat: "restic"`, and one
// component per folder of the snapshot instead of one per archive (restic stores chunks, so an
// object size or digest would describe nothing). It is the file /manifest.json of the snapshot,
// so it is written before the snapshot exists: the snapshot's own id cannot be in it. Whoever
// reads it through this tool gets `snapshot` added, from the listing that found it.
const RESTIC_MANIFEST_NAME = 'manifest.json';
const resticComponentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_model_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPONENTS */ .$j),
    /** The component's folder at the snapshot root: `code`, `assets` or `data`. */
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_model_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .COMPONENTS */ .$j),
    contentBytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    files: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
});
const resticManifestSchema = _model_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .manifestSchema */ .rc.omit({ components: true }).extend({
    backupFormat: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('restic'),
    components: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(resticComponentSchema).min(1),
    /** Added on reading: the id of the snapshot that holds this manifest. */
    snapshot: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[0-9a-f]{8,64}$/)
        .optional(),
});
function serializeResticManifest(m) {
    return JSON.stringify(resticManifestSchema.parse(m), null, 2) + '\n';
}
function parseResticManifest(text, where) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (e) {
        throw new Error(`${where} is not valid JSON: ${e.message}`, { cause: e });
    }
    const r = resticManifestSchema.safeParse(raw);
    if (!r.success) {
        const issue = r.error.issues[0];
        throw new Error(`${where} is not a restic backup manifest: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return r.data;
}


/***/ })

};
