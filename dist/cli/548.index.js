export const id = 548;
export const ids = [548];
export const modules = {

/***/ 12548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseVerifyConfig: () => (/* binding */ parseVerifyConfig),
  restoreOrVerify: () => (/* binding */ restoreOrVerify),
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/archive/unpack.ts + 2 modules
var unpack = __webpack_require__(16463);
// EXTERNAL MODULE: ./src/config/common.ts + 2 modules
var config_common = __webpack_require__(93910);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/model/check-record.ts
var check_record = __webpack_require__(27855);
// EXTERNAL MODULE: ./src/model/manifest.ts
var manifest = __webpack_require__(89452);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/core/tool.ts
var tool = __webpack_require__(80121);
;// CONCATENATED MODULE: ./src/core/check-records.ts
// The check records verify and the drill leave beside the backup they checked (FORMAT.md,
// "Check records"), so the fleet report can say when each site was last verified or drilled
// without running anything. Writing one never fails the check itself: a read-only credential or
// an artifact store (immutable) only costs the report its column, and the log says so.




function base(ctx, kind, backup) {
    const runUrl = (0,manifest/* sourceFromEnv */.H2)(ctx.env).runUrl;
    return {
        format: 1,
        kind,
        site: ctx.site,
        environment: ctx.environment,
        backup,
        at: ctx.at.toISOString(),
        tool: { name: tool/* TOOL */.j.name, version: tool/* TOOL */.j.version },
        ...(runUrl ? { runUrl } : {}),
    };
}
/** The record of one verified backup. Undefined for an incomplete one: it gets no record. */
function verifyRecord(ctx, check, durationMs) {
    if (!check.complete || check.inProgress)
        return undefined;
    const ok = check.damage.length === 0;
    const decoded = check.objects.filter((o) => o.listing).length;
    const n = check.objects.length;
    const summary = ok
        ? `${n} ${n === 1 ? 'object' : 'objects'}, sha256 ok${decoded ? `, ${decoded} ${decoded === 1 ? 'archive' : 'archives'} listed` : ''}${decoded < n ? `, ${n - decoded} not decoded (encrypted)` : ''}`
        : `${check.damage.length} damaged`;
    return {
        ...base(ctx, 'verify', check.id),
        ok,
        summary,
        problems: (0,check_record/* boundedProblems */.WF)(check.damage.map((d) => (0,redact/* redact */.E$)(`${d.object ? `${d.object}: ` : ''}${d.problem}`))),
        ...(durationMs !== undefined ? { durationMs: Math.max(0, Math.round(durationMs)) } : {}),
    };
}
/** The record of one drill: a result, an error, or both (a check that failed after the load). */
function drillRecord(ctx, backupId, result, error) {
    const ok = !error && !!result;
    const loaded = result ? `${result.tables.length} tables, ${result.totalRows} rows into ${result.engine}` : 'not loaded';
    const check = result?.check ? `, check ${result.check.ok ? 'passed' : 'failed'}` : '';
    return {
        ...base(ctx, 'drill', backupId),
        ok,
        summary: `${loaded}${check}`,
        problems: error ? (0,check_record/* boundedProblems */.WF)([(0,redact/* redact */.E$)(error.message)]) : [],
        ...(result?.durationMs ? { durationMs: Math.round(result.durationMs) } : {}),
    };
}
/** Writes one record if the store keeps records; says why not in the log otherwise. */
async function writeCheckRecord(store, ref, name, record, log) {
    if (!store.writeRecord) {
        log.info(`${ref.id}: this store keeps no check records (artifacts cannot change once uploaded; restic keeps no backup folders), so the fleet report will not show this ${record.kind}`);
        return false;
    }
    try {
        await store.writeRecord(ref, name, (0,check_record/* serializeCheckRecord */.ES)(record));
        return true;
    }
    catch (e) {
        log.warn(`${ref.id}: could not write ${name} (${(0,redact/* redact */.E$)(e.message)}); the ${record.kind} itself is unaffected`);
        return false;
    }
}

// EXTERNAL MODULE: ./src/core/drill.ts
var core_drill = __webpack_require__(54574);
// EXTERNAL MODULE: ./src/core/verify.ts + 1 modules
var verify = __webpack_require__(16025);
// EXTERNAL MODULE: ./src/report/failure-summary.ts
var failure_summary = __webpack_require__(69853);
// EXTERNAL MODULE: ./src/stores/index.ts + 1 modules
var stores = __webpack_require__(98844);
// EXTERNAL MODULE: ./src/restic/store.ts + 2 modules
var restic_store = __webpack_require__(53628);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/commands/notify.ts + 3 modules
var notify = __webpack_require__(34908);
// EXTERNAL MODULE: ./src/config/applies.ts
var applies = __webpack_require__(55070);
// EXTERNAL MODULE: ./src/config/source.ts
var source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/util/glob.ts
var glob = __webpack_require__(3596);
// EXTERNAL MODULE: ./src/core/restore.ts + 5 modules
var restore = __webpack_require__(52677);
// EXTERNAL MODULE: ./src/model/backup-id.ts
var backup_id = __webpack_require__(31389);
// EXTERNAL MODULE: ./src/platforms/index.ts + 30 modules
var platforms = __webpack_require__(606);
// EXTERNAL MODULE: ./src/commands/secrets.ts
var secrets = __webpack_require__(85575);
;// CONCATENATED MODULE: ./src/commands/restore.ts














const IDENTITY_RE = /^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/;
/**
 * age identities from a key file's text: comments and blank lines skipped, keys separated by
 * lines, spaces or commas. Errors never echo the value: it is a secret.
 */
function parseIdentities(text) {
    if (!text)
        return [];
    const out = [];
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (!line || line.startsWith('#'))
            continue;
        for (const word of line.split(/[\s,]+/).filter(Boolean)) {
            if (IDENTITY_RE.test(word)) {
                out.push(word);
                continue;
            }
            const hint = word.startsWith('age1') ? 'that is a public recipient; restore needs the secret key' : 'it is not an age identity';
            throw new errors/* ConfigError */.x('decrypt-identity', `line ${i + 1}: ${hint}`, 'Pass the whole key file from `age-keygen` (lines starting `AGE-SECRET-KEY-1`), from a secret.');
        }
    }
    return out;
}
function parseBackupChoice(src) {
    const v = (0,source/* inputOrDefault */.N9)(src, 'backup');
    if (v !== 'latest' && !backup_id/* BACKUP_ID_RE */.nM.test(v)) {
        throw new errors/* ConfigError */.x('backup', `"${v}" is neither \`latest\` nor a backup id`, 'Use `latest`, or an id such as `20261121T050003Z-scheduled-r8812345` (`site-backup list` shows them).');
    }
    return v;
}
function parseRestoreConfig(src, cwd = process.cwd()) {
    const common = (0,config_common/* parseCommon */.dw)(src, cwd);
    const target = src.get('target-environment') ? (0,config_common/* parseEnvironment */.Nq)(src, 'target-environment') : common.environment;
    const prot = ((0,source/* inputOrDefault */.N9)(src, 'protected-environments') ?? restore/* DEFAULT_PROTECTED */.D_.join(',')).split(/[\s,]+/).filter(Boolean);
    const cfg = {
        ...common,
        backup: parseBackupChoice(src),
        targetEnvironment: target,
        identities: parseIdentities(src.get('decrypt-identity')),
        dryRun: (0,config_common/* parseBool */.q6)(src, 'dry-run'),
        restoreDir: parseRestoreDir(src, common.platform, cwd),
        protectedEnvironments: prot,
    };
    const confirm = src.get('confirm');
    if (confirm !== undefined)
        cfg.confirm = confirm;
    const paths = parsePaths(src.get('path'));
    if (paths.length)
        cfg.paths = paths;
    const tables = (src.get('table') ?? '')
        .split(/\r?\n/)
        .map((t) => t.trim())
        .filter(Boolean);
    if (tables.length) {
        if (paths.length)
            throw new errors/* ConfigError */.x('table', 'cannot be combined with `path`', 'Run one restore for the files and one for the tables.');
        cfg.tables = tables;
    }
    return cfg;
}
/**
 * `restore-dir`, where `command` restores go: checked here, before the store is opened or anything
 * downloaded, so a file in its place fails now and not with ENOTDIR after the download.
 */
function parseRestoreDir(src, platform, cwd) {
    const v = (0,source/* inputOrDefault */.N9)(src, 'restore-dir');
    const dir = external_node_path_default().resolve(cwd, v);
    if (platform !== 'command')
        return dir;
    const fix = 'Point `restore-dir` at a folder, or at a new one (it is created; each component gets a subfolder).';
    (0,config_common/* refuseControlChars */.d5)('restore-dir', v, fix);
    return (0,config_common/* requireFolderOrAbsent */.qy)(dir, 'restore-dir', fix);
}
/** `path`: one glob per line, each a relative path inside a component. */
function parsePaths(text) {
    const out = [];
    for (const line of (text ?? '').split(/\r?\n/)) {
        const g = (0,glob/* normalizeGlob */.e)(line);
        if (!line.trim())
            continue;
        if (!g || g.startsWith('/') || g.split('/').some((s) => s === '..' || s === '.') || g.includes('\0')) {
            throw new errors/* ConfigError */.x('path', `${JSON.stringify(line.trim())} is not a relative path inside a component`, 'Give paths as the archive holds them, relative to the component and without `..`: `media/logo.png`, `**/*.pdf`, `sites/default/files`.');
        }
        out.push(g);
    }
    return out;
}
function parseMode(src) {
    const v = (0,source/* inputOrDefault */.N9)(src, 'mode');
    if (v !== 'restore' && v !== 'verify')
        throw new errors/* ConfigError */.x('mode', `unknown mode "${v}"`, 'Use `restore` or `verify`.');
    return v;
}
/** The restore action (mode restore) and `site-backup restore`; a failure leaves a job summary too. */
async function restoreCommand(io) {
    (0,secrets/* maskSecretInputs */.q)(io.inputs, io.log);
    try {
        return await restoreSteps(io);
    }
    catch (e) {
        // Steps 1-5 (download, checks, extraction) change nothing; their errors say "nothing was changed".
        const untouched = e instanceof errors/* ConfigError */.x || e instanceof verify/* IntegrityError */.cs || /nothing was changed|refus/i.test(e.message);
        const kept = `Restore never writes to the store: every backup in it is as it was. ${untouched
            ? 'The target was not changed.'
            : 'The target may be partly restored: the log says which components finished. Run the restore again once the cause is fixed.'}`;
        await io
            .summary((0,failure_summary/* failureSummaryMarkdown */.uR)({
            action: 'restore',
            site: io.inputs.get('site'),
            environment: io.inputs.get('target-environment') ?? io.inputs.get('environment') ?? 'production',
            error: e,
            env: io.env,
            kept,
        }))
            .catch(() => undefined);
        throw e;
    }
}
async function restoreSteps(io) {
    const cfg = parseRestoreConfig(io.inputs, io.cwd);
    for (const w of (0,applies/* inapplicableInputs */.oI)(io.inputs, cfg.platform, cfg.store.kind))
        io.log.warn(w);
    const store = await (0,stores/* openStore */.C)(cfg.store, io.log, io.env);
    const tmpRoot = io.env.RUNNER_TEMP ?? external_node_os_default().tmpdir();
    const ctx = {
        site: cfg.site,
        environment: cfg.environment,
        inputs: io.inputs,
        purpose: 'restore',
        env: io.env,
        log: io.log,
    };
    const hasRestoreCommand = (c) => Boolean(io.inputs.get(`${c}-restore-command`));
    const result = await (0,restore/* runRestore */.YL)(cfg, {
        store,
        log: io.log,
        tmpRoot,
        openPlatform: () => (0,platforms/* openPlatform */.W)(cfg.platform, ctx, tmpRoot),
    }, hasRestoreCommand);
    io.setOutput('backup-id', result.plan.backupId);
    await io.summary((0,restore/* restoreSummaryMarkdown */.az)(result, store.location({ site: cfg.site, environment: cfg.environment, id: result.plan.backupId })));
    return result;
}

;// CONCATENATED MODULE: ./src/commands/verify.ts
















function parseVerifyConfig(src, cwd) {
    const cfg = {
        ...(0,config_common/* parseCommon */.dw)(src, cwd),
        backup: parseBackupChoice(src),
        identities: parseIdentities(src.get('decrypt-identity')),
    };
    const newer = (0,config_common/* parseDurationInput */.ew)(src, 'newer-than');
    if (newer !== undefined) {
        if (cfg.backup !== 'latest') {
            throw new errors/* ConfigError */.x('newer-than', `is set together with \`backup: ${cfg.backup}\``, 'Use one: `backup` for one backup, or `newer-than` for every backup of a period.');
        }
        cfg.newerThanMs = newer;
    }
    if ((0,config_common/* parseBool */.q6)(src, 'drill')) {
        const url = src.get('drill-database-url');
        if (!url) {
            throw new errors/* ConfigError */.x('drill-database-url', 'is required with `drill: true`', 'Point it at a throwaway server, such as a `mariadb` service container: `mysql://root:${{ env.DB_PASSWORD }}@127.0.0.1:3306/drill`.');
        }
        const sql = src.get('drill-sql');
        cfg.drill = { target: (0,core_drill/* parseDrillUrl */.Ek)(url), ...(sql ? { sql } : {}) };
    }
    return cfg;
}
/**
 * `site-backup verify` and the restore action's `mode: verify`. A failure that stops it before its
 * own summary (no backup to check, a store that cannot be read) leaves a failure summary instead.
 */
async function verifyCommand(io, opts = {}) {
    let wrote = false;
    let notifier;
    const started = Date.now();
    const inner = {
        ...io,
        summary: async (md) => {
            wrote = true;
            await io.summary(md);
        },
    };
    try {
        (0,secrets/* maskSecretInputs */.q)(io.inputs, io.log);
        // A weekly verify with a ping of its own: a monitor hears when the checks stop running.
        notifier = await (0,notify/* startNotifier */.Z)(io, 'verify', opts.notify);
        const result = await verifySteps(inner);
        await notifier?.verified({
            ids: result.report.checks.map((c) => c.id),
            ...(result.drill ? { drillRows: result.drill.totalRows } : {}),
            elapsedMs: Date.now() - started,
        });
        return result;
    }
    catch (e) {
        const kept = 'Verify only reads: every backup in the store is as it was, and nothing else was changed.';
        if (!wrote)
            await io
                .summary((0,failure_summary/* failureSummaryMarkdown */.uR)({
                action: 'verify',
                site: io.inputs.get('site'),
                environment: io.inputs.get('environment') ?? 'production',
                error: e,
                env: io.env,
                kept,
            }))
                .catch(() => undefined);
        await notifier?.failure(e, io.env);
        throw e;
    }
}
async function verifySteps(io) {
    (0,secrets/* maskSecretInputs */.q)(io.inputs, io.log);
    const cfg = parseVerifyConfig(io.inputs, io.cwd);
    const store = await (0,stores/* openStore */.C)(cfg.store, io.log, io.env);
    const tmpRoot = io.env.RUNNER_TEMP ?? external_node_os_default().tmpdir();
    const list = await store.list(cfg.site, cfg.environment);
    let chosen;
    if (cfg.newerThanMs !== undefined) {
        chosen = (0,verify/* backupsNewerThan */.YQ)(list, cfg.newerThanMs, new Date());
        io.log.info(`Verifying ${chosen.length} ${chosen.length === 1 ? 'backup' : 'backups'} of ${cfg.site}/${cfg.environment} made in the last ${(0,duration/* formatDuration */.a)(cfg.newerThanMs)}`);
    }
    else {
        chosen = [(0,verify/* pickBackup */.I4)(list, cfg.backup)];
        io.log.info(`Verifying ${cfg.site}/${cfg.environment} backup ${chosen[0].id}`);
    }
    // The drill restores the newest backup's data: keep the copy verify already checked.
    let verifiedData;
    const keepForDrill = async (b, c, file) => {
        if (verifiedData || c.name !== 'data')
            return;
        const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(tmpRoot, 'site-backup-drill-'));
        verifiedData = { backupId: b.id, component: c, file: external_node_path_default().join(dir, c.object), dir };
        await (0,promises_.rename)(file, verifiedData.file);
    };
    let report;
    try {
        report = await (0,verify/* verifyBackups */.$Y)(cfg.site, cfg.environment, chosen, {
            store,
            log: io.log,
            tmpRoot,
            identities: cfg.identities,
            ...(cfg.components ? { components: cfg.components } : {}),
            ...(cfg.drill ? { onVerified: keepForDrill } : {}),
        });
    }
    catch (e) {
        if (verifiedData)
            await (0,promises_.rm)(verifiedData.dir, { recursive: true, force: true });
        throw e;
    }
    const newest = report.checks.find((c) => c.complete && c.manifest);
    const problems = [];
    if (!newest)
        problems.push(cfg.newerThanMs !== undefined
            ? `no complete backup was made in the last ${(0,duration/* formatDuration */.a)(cfg.newerThanMs)}`
            : 'no complete backup to verify');
    if (newest)
        io.setOutput('backup-id', newest.id);
    io.setOutput('verified', report.checks.map((c) => c.id).join(','));
    let drill;
    let drillError;
    if (cfg.drill && newest) {
        if (newest.damage.length > 0) {
            drillError = new Error(`drill skipped: the newest backup ${newest.id} is damaged`);
        }
        else {
            try {
                drill = await drillBackup(io, cfg, store, list.find((b) => b.id === newest.id), tmpRoot, verifiedData);
                io.setOutput('drill-rows', String(drill.totalRows));
            }
            catch (e) {
                drillError = e;
                const partial = e.result;
                if (partial)
                    drill = partial;
            }
        }
    }
    if (verifiedData)
        await (0,promises_.rm)(verifiedData.dir, { recursive: true, force: true });
    // Check records beside each backup checked, for the fleet report (FORMAT.md, "Check records").
    const ctx = { site: cfg.site, environment: cfg.environment, at: new Date(), env: io.env };
    for (const c of report.checks) {
        const rec = verifyRecord(ctx, c);
        if (rec)
            await writeCheckRecord(store, list.find((b) => b.id === c.id), 'last-verify.json', rec, io.log);
    }
    if (cfg.drill && newest && (drill || drillError))
        await writeCheckRecord(store, list.find((b) => b.id === newest.id), 'last-drill.json', drillRecord(ctx, newest.id, drill, drillError), io.log);
    let md = (0,verify/* verifySummaryMarkdown */.vF)(report);
    if (drill && newest)
        md += '\n' + (0,core_drill/* drillSummaryMarkdown */.$e)(drill, newest.id);
    if (drillError)
        md += `\n**Restore drill failed**: ${drillError.message}\n`;
    if (problems.length)
        md += `\n**${problems.join('; ')}**\n`;
    await io.summary(md);
    if (report.damage.length > 0) {
        const n = report.damage.length;
        throw new verify/* IntegrityError */.cs(report.damage, `verify found ${n} damaged ${n === 1 ? 'object' : 'objects'}`);
    }
    if (problems.length)
        throw new Error(problems.join('; '));
    if (drillError)
        throw drillError;
    return { report, ...(drill ? { drill } : {}) };
}
/**
 * Safely extracts the data component and runs the drill on it: from the copy verify already
 * checked when there is one, otherwise fetched and checked here.
 */
async function drillBackup(io, cfg, store, backup, tmpRoot, verified) {
    // format: restic: the data folder comes out of the snapshot (src/restic/restore.ts).
    if ((0,restic_store/* isResticStore */.c3)(store))
        return (await __webpack_require__.e(/* import() */ 408).then(__webpack_require__.bind(__webpack_require__, 2408))).resticDrill(store, backup, cfg.drill, { tmpRoot, log: io.log, env: io.env });
    const manifest = await (0,verify/* loadManifest */.eY)(store, backup);
    const data = manifest.components.find((c) => c.name === 'data');
    if (!data)
        throw new Error(`backup ${backup.id} has no data component to drill (it holds ${manifest.components.map((c) => c.name).join(', ')})`);
    if (data.encryption === 'age' && cfg.identities.length === 0) {
        throw new errors/* ConfigError */.x('decrypt-identity', `the data of ${backup.id} is age-encrypted`, 'Set `decrypt-identity` so the drill can decrypt it.');
    }
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(tmpRoot, 'site-backup-drill-'));
    try {
        let file;
        if (verified?.backupId === backup.id && verified.component.object === data.object) {
            io.log.info(`drill: using ${backup.id}/${data.object} as verify downloaded and checked it`);
            file = verified.file;
        }
        else {
            file = external_node_path_default().join(work, data.object);
            const f = await (0,verify/* fetchObject */.ii)(store, backup, data, file, undefined, io.log);
            if (f.problem)
                throw new verify/* IntegrityError */.cs([{ backup: backup.id, object: data.object, problem: f.problem }], 'drill refused');
        }
        const dir = external_node_path_default().join(work, 'data');
        await (0,promises_.mkdir)(dir, { mode: 0o700 });
        await (0,unpack/* safeUnpackFile */.od)(file, data.object, dir, {
            compression: data.compression,
            encryption: data.encryption,
            identities: cfg.identities,
        });
        await (0,promises_.rm)(file, { force: true });
        return await (0,core_drill/* runDrill */.BT)(dir, cfg.drill.target, {
            ...(cfg.drill.sql ? { sql: cfg.drill.sql } : {}),
            tmpRoot: work,
            log: io.log,
            env: io.env,
        });
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/**
 * The restore action and `site-backup restore`: `mode` picks restore or verify, so a run meant to
 * only check can never restore because it went through the other entry point.
 */
function restoreOrVerify(io) {
    return parseMode(io.inputs) === 'verify' ? verifyCommand(io) : restoreCommand(io);
}


/***/ }),

/***/ 27855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ serializeCheckRecord),
/* harmony export */   WF: () => (/* binding */ boundedProblems),
/* harmony export */   f1: () => (/* binding */ parseCheckRecord)
/* harmony export */ });
/* unused harmony exports isIsoInstant, checkRecordSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/* harmony import */ var _backup_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31389);


// Check records, format 1: what the last verify or restore drill of one backup found, kept in
// the backup's folder as `last-verify.json` / `last-drill.json` (FORMAT.md, "Check records").
// Small on purpose: the fleet report reads one per site, and no command output ever goes in
// (problems are our own sentences, redacted), so a record is safe to publish on a status page.
const ISO_UTC_RE = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?Z$/;
/**
 * A real instant written as ISO-8601 UTC. The shape alone lets `2026-99-99T99:99:99Z` through,
 * and Date.parse rolls `02-30` or `24:00` over into another day, so the fields are read back.
 */
function isIsoInstant(s) {
    const m = ISO_UTC_RE.exec(s);
    if (!m)
        return false;
    const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number);
    const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
    return (t.getUTCFullYear() === y &&
        t.getUTCMonth() === mo - 1 &&
        t.getUTCDate() === d &&
        t.getUTCHours() === h &&
        t.getUTCMinutes() === mi &&
        t.getUTCSeconds() === sec);
}
const isoUtc = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().refine(isIsoInstant, 'an ISO-8601 UTC instant (YYYY-MM-DDTHH:MM:SSZ) that exists');
const checkRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['verify', 'drill']),
    site: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(_backup_id_js__WEBPACK_IMPORTED_MODULE_1__/* .SITE_RE */ .AY),
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    backup: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(_backup_id_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKUP_ID_RE */ .nM),
    at: isoUtc,
    ok: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** One line: "3 objects, sha256 ok" or "12 tables, 3,400 rows, check passed". */
    summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(500),
    /** At most 10 problems, each at most 300 characters. */
    problems: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(300)).max(10).default([]),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
    runUrl: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
function serializeCheckRecord(r) {
    return JSON.stringify(checkRecordSchema.parse(r), null, 2) + '\n';
}
/** The record, or undefined when the text is not a format 1 check record (never throws: a report reads it). */
function parseCheckRecord(text) {
    try {
        const r = checkRecordSchema.safeParse(JSON.parse(text));
        return r.success ? r.data : undefined;
    }
    catch {
        return undefined;
    }
}
/** Problems cut to what the schema allows. */
function boundedProblems(problems) {
    return problems.slice(0, 10).map((p) => (p.length > 300 ? `${p.slice(0, 297)}...` : p));
}


/***/ })

};
