export const id = 27;
export const ids = [27,408];
export const modules = {

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


/***/ }),

/***/ 2408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadResticManifest: () => (/* binding */ loadResticManifest),
/* harmony export */   resticDrill: () => (/* binding */ resticDrill),
/* harmony export */   resticRestore: () => (/* binding */ resticRestore),
/* harmony export */   resticVerify: () => (/* binding */ resticVerify),
/* harmony export */   restoreFolders: () => (/* binding */ restoreFolders)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _config_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37827);
/* harmony import */ var _core_restore_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52677);
/* harmony import */ var _core_verify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16025);
/* harmony import */ var _core_drill_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54574);
/* harmony import */ var _util_bytes_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1671);
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26518);
/* harmony import */ var _util_fs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(21917);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(49997);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6549);












// Reading restic backups back: restore, verify and the drill's data. restic checks every chunk
// it reads (each is authenticated with the repository key and addressed by its SHA-256), and
// `restore --verify` reads the restored files back against the snapshot, so a damaged
// repository fails here, in a private folder, before any platform operation runs.
/** The manifest in the snapshot, checked against the snapshot that holds it. */
async function loadResticManifest(store, b) {
    const where = `${b.id}/${_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .RESTIC_MANIFEST_NAME */ .Ng}`;
    const chunks = [];
    for await (const c of await store.read(b, _manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .RESTIC_MANIFEST_NAME */ .Ng))
        chunks.push(c);
    const m = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .parseResticManifest */ .TS)(Buffer.concat(chunks).toString('utf8'), where);
    const mismatch = ['id', 'site', 'environment'].filter((k) => m[k] !== b[k]);
    if (mismatch.length)
        throw new Error(`${where} describes ${m.site}/${m.environment}/${m.id}, not the snapshot it is in (${b.site}/${b.environment}/${b.id})`);
    return { ...m, snapshot: b.snapshots[0] };
}
/** The manifest as the restore summary shows a format 1 one: folders, with no object digest. */
function manifestView(m) {
    const { backupFormat: _f, snapshot: _s, components, ...rest } = m;
    return {
        ...rest,
        components: components.map((c) => ({
            name: c.name,
            object: `${c.path}/`,
            compression: 'none',
            encryption: 'none',
            bytes: 0,
            sha256: m.snapshot ?? '',
            contentBytes: c.contentBytes,
            files: c.files,
        })),
    };
}
/** Counts what restic restored, and refuses links that point outside their component. */
async function scanRestored(root, dir = root, l = { entries: 0, files: 0, contentBytes: 0, directories: 0, symlinks: 0, hardlinks: 0 }) {
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(p);
        l.entries++;
        if (st.isDirectory()) {
            l.directories++;
            await scanRestored(root, p, l);
        }
        else if (st.isSymbolicLink()) {
            l.symlinks++;
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(p);
            const resolved = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(p), target);
            if (node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(target) || (resolved !== root && !resolved.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)))) {
                throw new Error(`${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, p)} is a link to ${target}, outside the component: refusing to restore it`);
            }
        }
        else if (st.isFile()) {
            l.files++;
            l.contentBytes += st.size;
        }
        else {
            throw new Error(`${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, p)} is a device, socket or pipe: refusing to restore it`);
        }
    }
    return l;
}
/** restic restore of some component folders of a snapshot into `target`, checked as it goes. */
async function restoreFolders(store, b, components, target, signal) {
    const repo = store.repo(b.site);
    await repo.ok(['restore', b.snapshots[0], '--target', target, '--verify', ...components.flatMap((c) => ['--include', `/${c}`])], {
        lock: true,
        ...(signal ? { signal } : {}),
    });
}
function planText(plan, m, from) {
    const lines = [
        `Restore plan: ${plan.site}/${plan.sourceEnvironment} backup ${plan.backupId} (restic snapshot ${m.snapshot?.slice(0, 8)}, made ${m.createdAt}, ${m.trigger}, platform ${m.platform})`,
        `  from   ${from}`,
        `  into   environment \`${plan.targetEnvironment}\` with platform \`${plan.platform}\`${plan.targetEnvironment !== plan.sourceEnvironment ? ` (a different environment than the backup's \`${plan.sourceEnvironment}\`)` : ''}`,
    ];
    for (const c of plan.components)
        lines.push(`  ${c.component.padEnd(6)} ${c.object} ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plural */ .LS)(c.files, 'file', 'files')}, ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_11__/* .formatBytes */ .z)(c.contentBytes)}: ${c.operation}`);
    lines.push('  restic checks every chunk it reads, and the restored files against the snapshot, before anything changes');
    if (plan.needsConfirm)
        lines.push(`  \`${plan.targetEnvironment}\` is protected: a real run needs \`confirm: ${plan.needsConfirm}\``);
    return lines.join('\n');
}
async function resticRestore(cfg, deps, restoreCommandSet = () => false) {
    const started = Date.now();
    const { store, log } = deps;
    if (!cfg.dryRun)
        (0,_core_restore_js__WEBPACK_IMPORTED_MODULE_4__/* .checkConfirm */ .xc)(cfg);
    const backup = (0,_core_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .pickBackup */ .I4)(await store.list(cfg.site, cfg.environment), cfg.backup);
    const m = await loadResticManifest(store, backup);
    const chosen = cfg.components ?? m.components.map((c) => c.name);
    for (const c of chosen) {
        if (!m.components.some((x) => x.name === c)) {
            throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x('components', `backup ${m.id} holds no "${c}" component`, `It holds ${m.components.map((x) => x.name).join(', ')}; pick from those or leave \`components\` empty.`);
        }
    }
    const view = manifestView(m);
    const plan = {
        site: cfg.site,
        sourceEnvironment: cfg.environment,
        targetEnvironment: cfg.targetEnvironment,
        platform: cfg.platform,
        backupId: backup.id,
        manifest: view,
        components: (0,_core_restore_js__WEBPACK_IMPORTED_MODULE_4__/* .planComponents */ .W7)(cfg, view.components.filter((c) => chosen.includes(c.name)), restoreCommandSet),
        bytes: 0,
    };
    if ((0,_core_restore_js__WEBPACK_IMPORTED_MODULE_4__/* .isProtected */ .bz)(cfg.targetEnvironment, cfg.protectedEnvironments))
        plan.needsConfirm = cfg.targetEnvironment;
    log.info(planText(plan, m, store.location(backup)));
    if (cfg.dryRun) {
        log.info('Dry run: nothing was downloaded, extracted or restored.');
        return { plan, dryRun: true, components: [], durationMs: Date.now() - started };
    }
    if (cfg.platform === 'command') {
        for (const c of chosen) {
            const names = (await (0,_util_fs_js__WEBPACK_IMPORTED_MODULE_8__/* .readdirIfExists */ .X)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cfg.restoreDir, c))) ?? [];
            if (names.length > 0) {
                throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .x('restore-dir', `${node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cfg.restoreDir, c)} already holds ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plural */ .LS)(names.length, 'entry', 'entries')}, and restoring ${c} over them would mix two versions`, 'Remove or move that folder, or point `restore-dir` at an empty or new folder.');
            }
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(cfg.restoreDir, { recursive: true });
    }
    // For `command` the folders end up in restore-dir, so restic restores beside it (same file
    // system, one rename each); for the others into a private folder removed afterwards.
    const work = cfg.platform === 'command'
        ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cfg.restoreDir, `.site-backup-restic-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.partial`)
        : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(deps.tmpRoot, 'site-backup-restore-'));
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(work, { recursive: true, mode: 0o700 });
        const t0 = Date.now();
        await restoreFolders(store, backup, chosen, work, deps.signal);
        const downloadMs = Date.now() - t0;
        const listings = new Map();
        for (const c of chosen) {
            const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(work, c);
            const l = await scanRestored(dir).catch((e) => {
                throw new Error(`refusing to restore ${backup.id}, nothing was changed: ${c}: ${e.message}`);
            });
            listings.set(c, l);
            log.info(`${c}: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_10__/* .plural */ .LS)(l.files, 'file', 'files')}, ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_11__/* .formatBytes */ .z)(l.contentBytes)} restored from the snapshot and verified by restic`);
        }
        const dirs = new Map();
        for (const c of chosen) {
            if (cfg.platform === 'command') {
                const final = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cfg.restoreDir, c);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rmdir)(final).catch(() => undefined);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(work, c), final);
                dirs.set(c, final);
            }
            else
                dirs.set(c, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(work, c));
        }
        const platform = await deps.openPlatform();
        const restored = [];
        try {
            for (const c of chosen) {
                const t = Date.now();
                log.info(`${c}: restoring into \`${cfg.targetEnvironment}\`…`);
                try {
                    await platform.restore(c, dirs.get(c), {
                        targetEnvironment: cfg.targetEnvironment,
                        signal: deps.signal ?? new AbortController().signal,
                    });
                }
                catch (e) {
                    const done = restored.map((r) => r.component);
                    const state = done.length
                        ? `${done.join(', ')} ${done.length === 1 ? 'was' : 'were'} restored already; ${c} may be partly restored`
                        : `nothing was restored before it; ${c} may be partly restored`;
                    throw new _config_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ComponentError */ .O(c, `restore into \`${cfg.targetEnvironment}\` failed (${state}): ${e.message}`, { cause: e });
                }
                restored.push({
                    ...plan.components.find((p) => p.component === c),
                    listing: listings.get(c),
                    downloadMs,
                    restoreMs: Date.now() - t,
                    ...(cfg.platform === 'command' ? { dir: dirs.get(c) } : {}),
                });
                log.info(`${c}: restored in ${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a)(Date.now() - t)}`);
            }
        }
        finally {
            await platform.close();
        }
        return { plan, dryRun: false, components: restored, durationMs: Date.now() - started };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(work, { recursive: true, force: true });
    }
}
/**
 * Verify in format restic: each backup's snapshot must hold a readable manifest of its own, and
 * `restic check` must pass over the repository, reading the `restic-read-data-subset` share of
 * its data back (every chunk's hash and authentication).
 */
async function resticVerify(site, environment, backups, deps) {
    const started = Date.now();
    const { store, log } = deps;
    const checks = [];
    for (const b of backups) {
        const check = { id: b.id, complete: true, objects: [], damage: [] };
        try {
            const m = await loadResticManifest(store, b);
            check.manifest = manifestView(m);
            for (const c of m.components) {
                if (deps.components && !deps.components.includes(c.name))
                    continue;
                check.objects.push({ component: c.name, object: `${c.path}/`, bytes: c.contentBytes, ok: true, durationMs: 0 });
            }
        }
        catch (e) {
            check.damage.push({ backup: b.id, object: _manifest_js__WEBPACK_IMPORTED_MODULE_9__/* .RESTIC_MANIFEST_NAME */ .Ng, problem: e.message });
        }
        checks.push(check);
    }
    if (backups.length > 0) {
        const repo = store.repo(site);
        const subset = store.options.readDataSubset;
        const t = Date.now();
        const r = await repo.run(['check', ...(subset ? [`--read-data-subset=${subset}`] : [])], {
            lock: true,
            ...(deps.signal ? { signal: deps.signal } : {}),
        });
        const took = Date.now() - t;
        log.info(`restic check${subset ? ` --read-data-subset=${subset}` : ''} of ${repo.display}: ${r.code === 0 ? 'no errors' : 'ERRORS'} in ${(0,_util_duration_js__WEBPACK_IMPORTED_MODULE_7__/* .formatDuration */ .a)(took)}`);
        const newest = checks[0];
        if (r.code !== 0) {
            const problem = repo.error('restic check', r).message;
            newest.damage.push({ backup: newest.id, object: 'restic check', problem });
            for (const o of newest.objects) {
                o.ok = false;
                o.problem = 'the repository check failed';
            }
        }
        for (const o of newest.objects)
            o.durationMs = took;
    }
    return { site, environment, checks, damage: checks.flatMap((c) => c.damage), durationMs: Date.now() - started };
}
/** The drill on format restic: the data folder comes out of the snapshot, then the same drill. */
async function resticDrill(store, ref, drill, o) {
    const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(o.tmpRoot, 'site-backup-drill-'));
    try {
        const b = await store.snapshotOf(ref);
        const m = await loadResticManifest(store, b);
        if (!m.components.some((c) => c.name === 'data'))
            throw new Error(`backup ${b.id} has no data component to drill (it holds ${m.components.map((c) => c.name).join(', ')})`);
        await restoreFolders(store, b, ['data'], work);
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(work, 'data');
        await scanRestored(dir);
        o.log.info(`drill: restored the data of ${b.id} from restic snapshot ${b.snapshots[0].slice(0, 8)}`);
        return await (0,_core_drill_js__WEBPACK_IMPORTED_MODULE_6__/* .runDrill */ .BT)(dir, drill.target, { ...(drill.sql ? { sql: drill.sql } : {}), tmpRoot: work, log: o.log, env: o.env });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(work, { recursive: true, force: true });
    }
}


/***/ })

};
