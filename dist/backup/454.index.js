export const id = 454;
export const ids = [454];
export const modules = {

/***/ 81454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resticBackup: () => (/* binding */ resticBackup)
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
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/core/backup.ts + 61 modules
var backup = __webpack_require__(31685);
// EXTERNAL MODULE: ./src/core/pull-cache.ts
var pull_cache = __webpack_require__(89827);
// EXTERNAL MODULE: ./src/core/tool.ts
var tool = __webpack_require__(80121);
// EXTERNAL MODULE: ./src/model/backup-id.ts
var backup_id = __webpack_require__(31389);
// EXTERNAL MODULE: ./src/model/manifest.ts
var model_manifest = __webpack_require__(89452);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/util/bytes.ts
var bytes = __webpack_require__(1671);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/restic/manifest.ts


// The manifest of a restic backup: the format 1 fields, with `backupFormat: "restic"`, and one
// component per folder of the snapshot instead of one per archive (restic stores chunks, so an
// object size or digest would describe nothing). It is the file /manifest.json of the snapshot,
// so it is written before the snapshot exists: the snapshot's own id cannot be in it. Whoever
// reads it through this tool gets `snapshot` added, from the listing that found it.
const RESTIC_MANIFEST_NAME = 'manifest.json';
const resticComponentSchema = schemas/* object */.Ikc({
    name: schemas/* enum */.k5n(model_manifest/* COMPONENTS */.$j),
    /** The component's folder at the snapshot root: `code`, `assets` or `data`. */
    path: schemas/* enum */.k5n(model_manifest/* COMPONENTS */.$j),
    contentBytes: schemas/* number */.aig().int().nonnegative(),
    files: schemas/* number */.aig().int().nonnegative(),
});
const resticManifestSchema = model_manifest/* manifestSchema */.rc.omit({ components: true }).extend({
    backupFormat: schemas/* literal */.euz('restic'),
    components: schemas/* array */.YOg(resticComponentSchema).min(1),
    /** Added on reading: the id of the snapshot that holds this manifest. */
    snapshot: schemas/* string */.YjP()
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

// EXTERNAL MODULE: ./src/restic/store.ts + 2 modules
var restic_store = __webpack_require__(53628);
;// CONCATENATED MODULE: ./src/restic/backup.ts















/** Regular files and their bytes, as a fallback when the platform session did not count them. */
async function countContent(dir) {
    let files = 0;
    let bytes = 0;
    for (const name of await (0,promises_.readdir)(dir)) {
        const st = await (0,promises_.lstat)(external_node_path_default().join(dir, name));
        if (st.isFile()) {
            files++;
            bytes += st.size;
        }
        else if (st.isDirectory()) {
            const sub = await countContent(external_node_path_default().join(dir, name));
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
    const components = (0,backup/* selectComponents */.N)(cfg, platform);
    const tmpRoot = deps.tmpRoot ?? env.RUNNER_TEMP ?? external_node_os_default().tmpdir();
    // pull-cache: rsync-mirrored components start from the last successful backup's export.
    const pulls = await (0,pull_cache/* openPullCache */.i4)(cfg, platform, components, { env, log, tmpRoot, ...(deps.cache ? { cache: deps.cache } : {}) });
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
    const id = (0,backup_id/* makeBackupId */.KA)(createdAt, cfg.trigger, (0,backup_id/* backupIdSuffix */.fy)(env, () => (0,external_node_crypto_.randomBytes)(4).toString('hex')));
    const ref = { site: cfg.site, environment: cfg.environment, id };
    log.info(`Backing up ${cfg.site}/${cfg.environment} (${components.join(', ')}) as ${id} to the restic repository ${store.repo(cfg.site).display}`);
    // A folder of this run's own (two backups on one machine must not share one). The snapshot
    // holds paths relative to it (/code, /assets, /data), so the parent snapshot passed below
    // matches file by file whatever the folder's name, and restic skips reading files whose
    // size and mtime did not change.
    const stage = await (0,promises_.mkdtemp)(external_node_path_default().join(tmpRoot, 'site-backup-restic-'));
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
            const timer = setTimeout(() => controller.abort(new Error(`timed out after ${(0,duration/* formatDuration */.a)(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer)`)), cfg.timeoutMs);
            const dir = external_node_path_default().join(stage, component);
            await (0,promises_.mkdir)(dir, { mode: 0o700 });
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
                log.info(`${component}: exported ${counts.files} files, ${(0,bytes/* formatBytes */.z)(counts.bytes)} in ${(0,duration/* formatDuration */.a)(Date.now() - started)}`);
            }
            catch (e) {
                // The repository did not open: that is the error, not the export it stopped.
                if (opened.signal.aborted)
                    break;
                const err = controller.signal.aborted ? controller.signal.reason : e;
                throw new errors/* ComponentError */.O(component, (0,redact/* redact */.E$)(err?.message ?? String(err)), { cause: err });
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
            tool: tool/* TOOL */.j,
            source: (0,model_manifest/* sourceFromEnv */.H2)(env),
            components: reports.map((r) => ({ name: r.name, path: r.name, contentBytes: r.contentBytes, files: r.files })),
        };
        if (platformSnapshot)
            manifest.platformSnapshot = platformSnapshot;
        await (0,promises_.writeFile)(external_node_path_default().join(stage, RESTIC_MANIFEST_NAME), serializeResticManifest(manifest), { mode: 0o600 });
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
            ...(0,restic_store/* backupTags */.S3)({ ...ref, trigger: cfg.trigger }, content).flatMap((t) => ['--tag', t]),
            ...(parent ? ['--parent', parent.snapshots[0]] : []),
            ...components,
            RESTIC_MANIFEST_NAME,
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
                        log.info(`restic: ${(0,redact/* redact */.E$)(line)}`);
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
                    log.info(`restic: ${pct}%, ${(0,bytes/* formatBytes */.z)(msg.bytes_done ?? 0)} of ${(0,bytes/* formatBytes */.z)(msg.total_bytes ?? 0)}, ${msg.files_done ?? 0} of ${msg.total_files ?? 0} files`);
                }
            },
        })
            .catch((e) => {
            if (!limit.aborted)
                throw e;
            throw new Error(`restic backup timed out after ${(0,duration/* formatDuration */.a)(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer); no snapshot was written`, { cause: e });
        });
        if (r.code === 3 && summary?.snapshot_id) {
            // Exit 3: the snapshot was written, but some files could not be read. It is not a backup of
            // what was exported, so it must not count as one.
            await repo.run(['forget', summary.snapshot_id], { lock: true });
            throw new Error(`restic could not read every exported file, so the snapshot was removed: ${(0,redact/* redact */.E$)(r.stderr.trim().split('\n').slice(-3).join(' | '))}`);
        }
        if (r.code !== 0 || !summary?.snapshot_id)
            throw repo.error('restic backup', r);
        const added = summary.data_added_packed ?? summary.data_added ?? 0;
        log.info(`restic: snapshot ${summary.snapshot_id} in ${(0,duration/* formatDuration */.a)(Date.now() - started)}: ${summary.files_new ?? 0} new, ${summary.files_changed ?? 0} changed, ${summary.files_unmodified ?? 0} unchanged files; ${(0,bytes/* formatBytes */.z)(summary.total_bytes_processed ?? 0)} read, ${(0,bytes/* formatBytes */.z)(added)} added to the repository`);
        // The snapshot exists: these exports become the next backup's starting point.
        for (const c of components)
            await pulls?.hold(c, external_node_path_default().join(stage, c));
        await pulls?.keep();
        return {
            skipped: false,
            id,
            location: store.location(ref),
            manifestUri: store.objectUri(ref, RESTIC_MANIFEST_NAME),
            bytes: added,
            components: reports,
        };
    }
    finally {
        // A failed export must not leave a repository creation half done behind it.
        await opening.catch(() => undefined);
        await pulls?.discard();
        await (0,promises_.rm)(stage, { recursive: true, force: true });
    }
}


/***/ })

};
