export const id = 734;
export const ids = [734];
export const modules = {

/***/ 13734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadResticManifest: () => (/* binding */ loadResticManifest),
  resticDrill: () => (/* binding */ resticDrill),
  resticRestore: () => (/* binding */ resticRestore),
  resticVerify: () => (/* binding */ resticVerify),
  restoreFolders: () => (/* binding */ restoreFolders)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/core/restore.ts + 7 modules
var restore = __webpack_require__(81683);
// EXTERNAL MODULE: ./src/core/verify.ts + 2 modules
var verify = __webpack_require__(80153);
// EXTERNAL MODULE: ./src/core/drill.ts
var core_drill = __webpack_require__(54574);
// EXTERNAL MODULE: ./src/util/bytes.ts
var bytes = __webpack_require__(1671);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(21917);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/model/manifest.ts
var manifest = __webpack_require__(89452);
;// CONCATENATED MODULE: ./src/restic/manifest.ts


// The manifest of a restic backup: the format 1 fields, with `backupFormat: "restic"`, and one
// component per folder of the snapshot instead of one per archive (restic stores chunks, so an
// object size or digest would describe nothing). It is the file /manifest.json of the snapshot,
// so it is written before the snapshot exists: the snapshot's own id cannot be in it. Whoever
// reads it through this tool gets `snapshot` added, from the listing that found it.
const RESTIC_MANIFEST_NAME = 'manifest.json';
const resticComponentSchema = schemas/* object */.Ikc({
    name: schemas/* enum */.k5n(manifest/* COMPONENTS */.$j),
    /** The component's folder at the snapshot root: `code`, `assets` or `data`. */
    path: schemas/* enum */.k5n(manifest/* COMPONENTS */.$j),
    contentBytes: schemas/* number */.aig().int().nonnegative(),
    files: schemas/* number */.aig().int().nonnegative(),
});
const resticManifestSchema = manifest/* manifestSchema */.rc.omit({ components: true }).extend({
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

;// CONCATENATED MODULE: ./src/restic/restore.ts












// Reading restic backups back: restore, verify and the drill's data. restic checks every chunk
// it reads (each is authenticated with the repository key and addressed by its SHA-256), and
// `restore --verify` reads the restored files back against the snapshot, so a damaged
// repository fails here, in a private folder, before any platform operation runs.
/** The manifest in the snapshot, checked against the snapshot that holds it. */
async function loadResticManifest(store, b) {
    const where = `${b.id}/${RESTIC_MANIFEST_NAME}`;
    const chunks = [];
    for await (const c of await store.read(b, RESTIC_MANIFEST_NAME))
        chunks.push(c);
    const m = parseResticManifest(Buffer.concat(chunks).toString('utf8'), where);
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
    for (const name of await (0,promises_.readdir)(dir)) {
        const p = external_node_path_default().join(dir, name);
        const st = await (0,promises_.lstat)(p);
        l.entries++;
        if (st.isDirectory()) {
            l.directories++;
            await scanRestored(root, p, l);
        }
        else if (st.isSymbolicLink()) {
            l.symlinks++;
            const target = await (0,promises_.readlink)(p);
            const resolved = external_node_path_default().resolve(external_node_path_default().dirname(p), target);
            if (external_node_path_default().isAbsolute(target) || (resolved !== root && !resolved.startsWith(root + (external_node_path_default()).sep))) {
                throw new Error(`${external_node_path_default().relative(root, p)} is a link to ${target}, outside the component: refusing to restore it`);
            }
        }
        else if (st.isFile()) {
            l.files++;
            l.contentBytes += st.size;
        }
        else {
            throw new Error(`${external_node_path_default().relative(root, p)} is a device, socket or pipe: refusing to restore it`);
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
        lines.push(`  ${c.component.padEnd(6)} ${c.object} ${(0,util_text/* plural */.LS)(c.files, 'file', 'files')}, ${(0,bytes/* formatBytes */.z)(c.contentBytes)}: ${c.operation}`);
    lines.push('  restic checks every chunk it reads, and the restored files against the snapshot, before anything changes');
    if (plan.needsConfirm)
        lines.push(`  \`${plan.targetEnvironment}\` is protected: a real run needs \`confirm: ${plan.needsConfirm}\``);
    return lines.join('\n');
}
async function resticRestore(cfg, deps, restoreCommandSet = () => false) {
    const started = Date.now();
    const { store, log } = deps;
    if (!cfg.dryRun)
        (0,restore/* checkConfirm */.xc)(cfg);
    const backup = (0,verify/* pickBackup */.I4)(await store.list(cfg.site, cfg.environment), cfg.backup);
    const m = await loadResticManifest(store, backup);
    const chosen = cfg.components ?? m.components.map((c) => c.name);
    for (const c of chosen) {
        if (!m.components.some((x) => x.name === c)) {
            throw new errors/* ConfigError */.x('components', `backup ${m.id} holds no "${c}" component`, `It holds ${m.components.map((x) => x.name).join(', ')}; pick from those or leave \`components\` empty.`);
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
        components: (0,restore/* planComponents */.W7)(cfg, view.components.filter((c) => chosen.includes(c.name)), restoreCommandSet),
        bytes: 0,
    };
    if ((0,restore/* isProtected */.bz)(cfg.targetEnvironment, cfg.protectedEnvironments))
        plan.needsConfirm = cfg.targetEnvironment;
    log.info(planText(plan, m, store.location(backup)));
    if (cfg.dryRun) {
        log.info('Dry run: nothing was downloaded, extracted or restored.');
        return { plan, dryRun: true, components: [], durationMs: Date.now() - started };
    }
    if (cfg.platform === 'command') {
        for (const c of chosen) {
            const names = (await (0,fs/* readdirIfExists */.X)(external_node_path_default().join(cfg.restoreDir, c))) ?? [];
            if (names.length > 0) {
                throw new errors/* ConfigError */.x('restore-dir', `${external_node_path_default().join(cfg.restoreDir, c)} already holds ${(0,util_text/* plural */.LS)(names.length, 'entry', 'entries')}, and restoring ${c} over them would mix two versions`, 'Remove or move that folder, or point `restore-dir` at an empty or new folder.');
            }
        }
        await (0,promises_.mkdir)(cfg.restoreDir, { recursive: true });
    }
    // For `command` the folders end up in restore-dir, so restic restores beside it (same file
    // system, one rename each); for the others into a private folder removed afterwards.
    const work = cfg.platform === 'command'
        ? external_node_path_default().join(cfg.restoreDir, `.site-backup-restic-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.partial`)
        : await (0,promises_.mkdtemp)(external_node_path_default().join(deps.tmpRoot, 'site-backup-restore-'));
    try {
        await (0,promises_.mkdir)(work, { recursive: true, mode: 0o700 });
        const t0 = Date.now();
        await restoreFolders(store, backup, chosen, work, deps.signal);
        const downloadMs = Date.now() - t0;
        const listings = new Map();
        for (const c of chosen) {
            const dir = external_node_path_default().join(work, c);
            const l = await scanRestored(dir).catch((e) => {
                throw new Error(`refusing to restore ${backup.id}, nothing was changed: ${c}: ${e.message}`);
            });
            listings.set(c, l);
            log.info(`${c}: ${(0,util_text/* plural */.LS)(l.files, 'file', 'files')}, ${(0,bytes/* formatBytes */.z)(l.contentBytes)} restored from the snapshot and verified by restic`);
        }
        const dirs = new Map();
        for (const c of chosen) {
            if (cfg.platform === 'command') {
                const final = external_node_path_default().join(cfg.restoreDir, c);
                await (0,promises_.rmdir)(final).catch(() => undefined);
                await (0,promises_.rename)(external_node_path_default().join(work, c), final);
                dirs.set(c, final);
            }
            else
                dirs.set(c, external_node_path_default().join(work, c));
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
                    throw new errors/* ComponentError */.O(c, `restore into \`${cfg.targetEnvironment}\` failed (${state}): ${e.message}`, { cause: e });
                }
                restored.push({
                    ...plan.components.find((p) => p.component === c),
                    listing: listings.get(c),
                    downloadMs,
                    restoreMs: Date.now() - t,
                    ...(cfg.platform === 'command' ? { dir: dirs.get(c) } : {}),
                });
                log.info(`${c}: restored in ${(0,duration/* formatDuration */.a)(Date.now() - t)}`);
            }
        }
        finally {
            await platform.close();
        }
        return { plan, dryRun: false, components: restored, durationMs: Date.now() - started };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
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
            check.damage.push({ backup: b.id, object: RESTIC_MANIFEST_NAME, problem: e.message });
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
        log.info(`restic check${subset ? ` --read-data-subset=${subset}` : ''} of ${repo.display}: ${r.code === 0 ? 'no errors' : 'ERRORS'} in ${(0,duration/* formatDuration */.a)(took)}`);
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
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(o.tmpRoot, 'site-backup-drill-'));
    try {
        const b = await store.snapshotOf(ref);
        const m = await loadResticManifest(store, b);
        if (!m.components.some((c) => c.name === 'data'))
            throw new Error(`backup ${b.id} has no data component to drill (it holds ${m.components.map((c) => c.name).join(', ')})`);
        await restoreFolders(store, b, ['data'], work);
        const dir = external_node_path_default().join(work, 'data');
        await scanRestored(dir);
        o.log.info(`drill: restored the data of ${b.id} from restic snapshot ${b.snapshots[0].slice(0, 8)}`);
        return await (0,core_drill/* runDrill */.BT)(dir, drill.target, { ...(drill.sql ? { sql: drill.sql } : {}), tmpRoot: work, log: o.log, env: o.env });
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}


/***/ })

};
