export const id = 89;
export const ids = [89];
export const modules = {

/***/ 9089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openResticStore: () => (/* binding */ openResticStore)
});

// UNUSED EXPORTS: ResticStore, TAG, backupTags, isResticStore, snapshotsToBackups

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/model/backup-id.ts
var backup_id = __webpack_require__(31389);
// EXTERNAL MODULE: ./src/model/manifest.ts
var manifest = __webpack_require__(89452);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/report/redact.ts
var report_redact = __webpack_require__(20649);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/util/cleanup.ts
var cleanup = __webpack_require__(4532);
;// CONCATENATED MODULE: ./src/util/exec.ts




const TAIL = 8192;
class ProcessError extends Error {
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
        this.name = 'ProcessError';
    }
}
/**
 * Runs a program in its own process group, so a timeout also stops what it started
 * (a CLI that forks ssh or rsync must not outlive us).
 */
function exec_runProcess(cmd, args, opts = {}) {
    return new Promise((resolve, reject) => {
        if (opts.signal?.aborted) {
            reject(abortError(opts.signal));
            return;
        }
        const child = (0,external_node_child_process_.spawn)(cmd, args, {
            cwd: opts.cwd,
            env: opts.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: true,
        });
        // Ctrl-C reaches only our own process group: the interrupt handler ends this one.
        const untrack = (0,cleanup/* trackGroup */.Tq)(child.pid);
        let stdoutTail = '';
        let stderrTail = '';
        const lineBuf = { stdout: '', stderr: '' };
        const onData = (which) => (d) => {
            const s = d.toString();
            if (which === 'stdout')
                stdoutTail = (stdoutTail + s).slice(-TAIL);
            else
                stderrTail = (stderrTail + s).slice(-TAIL);
            if (!opts.onLine)
                return;
            const lines = (lineBuf[which] + s).split(/\r?\n/);
            lineBuf[which] = lines.pop() ?? '';
            for (const l of lines)
                opts.onLine(l, which);
        };
        if (opts.stdout)
            child.stdout.pipe(opts.stdout);
        else
            child.stdout.on('data', onData('stdout'));
        child.stderr.on('data', onData('stderr'));
        child.stdin.on('error', () => undefined); // a program that never reads stdin closes it early
        // A client that dies mid-load closes stdin; its exit status explains more than EPIPE does,
        // so a feeding error is reported only when the program itself claims success.
        let fed;
        if (opts.input instanceof external_node_stream_.Readable) {
            (0,external_node_stream_promises_.pipeline)(opts.input, child.stdin).catch((e) => {
                fed = e;
            });
        }
        else {
            child.stdin.end(opts.input ?? '');
        }
        let killTimer;
        const kill = () => {
            try {
                process.kill(-child.pid, 'SIGTERM');
            }
            catch {
                /* already gone */
            }
            killTimer = setTimeout(() => {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    /* already gone */
                }
            }, 5000);
            killTimer.unref();
        };
        opts.signal?.addEventListener('abort', kill, { once: true });
        child.on('error', (e) => {
            untrack();
            opts.signal?.removeEventListener('abort', kill);
            reject(e.code === 'ENOENT' ? new Error(`${cmd} is not installed or not on PATH`) : e);
        });
        child.on('close', (code, sig) => {
            untrack();
            opts.signal?.removeEventListener('abort', kill);
            if (killTimer)
                clearTimeout(killTimer);
            for (const which of ['stdout', 'stderr'])
                if (lineBuf[which] && opts.onLine)
                    opts.onLine(lineBuf[which], which);
            if (opts.signal?.aborted) {
                reject(abortError(opts.signal));
                return;
            }
            if (fed && code === 0) {
                reject(new Error(`feeding ${cmd} failed: ${fed.message}`));
                return;
            }
            resolve({ code, signal: sig, stdoutTail, stderrTail });
        });
    });
}
function abortError(signal) {
    return signal.reason instanceof Error ? signal.reason : new Error('aborted');
}
/** The last non-empty lines of output, for an error message a person can act on. */
function exec_lastLines(text, n = 5) {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(-n)
        .join(' | ');
}

;// CONCATENATED MODULE: ./src/platforms/install.ts







/** @actions/cache, loaded only when a run can use it (it is large, and useless off Actions). */
const actionsCache = {
    available(env) {
        // The cache service URL is only handed to actions, never to plain `run:` steps or the CLI.
        return env.GITHUB_ACTIONS === 'true' && Boolean(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL);
    },
    async restore(paths, key, restoreKeys) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
        if (!cache.isFeatureAvailable())
            return undefined;
        return cache.restoreCache(paths, key, restoreKeys);
    },
    async save(paths, key) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
        if (!cache.isFeatureAvailable())
            return;
        await cache.saveCache(paths, key);
    },
};
const VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$/;
/** Bump when the layout of an install changes, so old cache entries are not restored. */
const LAYOUT = 'v2';
async function isExecutable(p) {
    try {
        const st = await (0,promises_.stat)(p);
        if (!st.isFile())
            return false;
        await (0,promises_.access)(p, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The first `bin` on PATH, as a shell would find it. */
async function findOnPath(bin, envPath) {
    for (const dir of (envPath ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const p = external_node_path_default().join(dir, bin);
        if (await isExecutable(p))
            return p;
    }
    return undefined;
}
/** Where the executable of an install in `dir` is. */
function installedBin(spec, dir) {
    if (spec.method.kind === 'npm') {
        return spec.binPath ? [path.join(dir, 'node_modules', spec.method.package, spec.binPath)] : [path.join(dir, 'node_modules', '.bin', spec.bin)];
    }
    return [path.join(dir, 'bin', spec.bin)];
}
async function findInstalled(spec, dir, custom) {
    // A custom install command may put the binary in any of the usual places.
    const candidates = custom ? [path.join(dir, 'bin', spec.bin), path.join(dir, 'node_modules', '.bin', spec.bin), path.join(dir, spec.bin), ...installedBin(spec, dir)] : installedBin(spec, dir);
    for (const p of candidates)
        if (await isExecutable(p))
            return p;
    return undefined;
}
/** Everything an install depends on, so a cache entry is never restored into a different setup. */
function cacheKey(spec, version, runtime, customCommand) {
    const m = spec.method;
    const method = customCommand
        ? `custom-${createHash('sha256').update(customCommand).digest('hex').slice(0, 12)}`
        : `${m.kind}-${m.package.replace(/[^\w.-]/g, '_')}${m.kind === 'npm' && m.ignoreScripts ? '-noscripts' : ''}`;
    return `site-backup-cli-${LAYOUT}-${spec.tool}-${version}-${method}-${process.platform}-${process.arch}-${runtime.id}`;
}
/** The requested version: `cli-version`, or the one this release pins. */
function cliVersion(ctx, spec) {
    const v = ctx.inputs.get('cli-version') ?? spec.defaultVersion;
    if (!VERSION_RE.test(v)) {
        throw new ConfigError('cli-version', `"${v}" is not a version`, `Give a plain version such as \`${spec.defaultVersion}\`, or leave it empty for the tested one.`);
    }
    return v;
}
function toolRoot(ctx) {
    // RUNNER_TOOL_CACHE survives between jobs on self-hosted runners; elsewhere the session's
    // work folder is enough (it is removed afterwards, so nothing is left behind on a laptop).
    return ctx.env.SITE_BACKUP_TOOL_DIR || ctx.env.RUNNER_TOOL_CACHE || path.join(ctx.workDir, 'tools');
}
/** npm's own entry point, to run with our Node: beside that Node (official layout), else the `npm` on PATH. */
async function findNpmCli(node, envPath) {
    const candidates = [path.resolve(path.dirname(node), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js')];
    try {
        candidates.push(path.resolve(path.dirname(await realpath(node)), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'));
    }
    catch {
        // node is a bare name; PATH decides below
    }
    const onPath = await findOnPath('npm', envPath);
    if (onPath) {
        const real = await realpath(onPath);
        candidates.push(real, path.resolve(path.dirname(real), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'));
    }
    for (const c of candidates)
        if (c.endsWith(`${path.sep}npm-cli.js`) && existsSync(c))
            return c;
    return undefined;
}
/** A folder holding only `node`, linked to `node`: first on PATH, it makes every `node` lookup ours. */
async function nodeDir(workDir, node) {
    const dir = path.join(workDir, 'node-bin');
    const link = path.join(dir, 'node');
    await mkdir(dir, { recursive: true });
    const current = await readlink(link).catch(() => undefined);
    if (current !== node) {
        await unlink(link).catch(() => undefined);
        await symlink(node, link);
    }
    return dir;
}
async function pythonVersion(python, env) {
    const r = await runProcess(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { env, signal: AbortSignal.timeout(30_000) });
    const v = r.stdoutTail.trim();
    if (r.code !== 0 || !/^\d+\.\d+$/.test(v))
        throw new Error(`${python} did not report its version (exit ${r.code}): ${redact(lastLines(r.stderrTail))}`);
    return v;
}
async function installSteps(ctx, spec, version, dir, rt, custom) {
    if (custom) {
        return [{ cmd: 'bash', args: ['-eo', 'pipefail', '-c', custom], env: { INSTALL_DIR: dir, CLI_VERSION: version, CLI_TOOL: spec.tool } }];
    }
    const m = spec.method;
    switch (m.kind) {
        case 'npm': {
            const npmCli = await findNpmCli(rt.node, ctx.env.PATH);
            if (!npmCli) {
                throw new Error(`installing ${spec.tool} needs npm, and none was found beside ${rt.node} or on PATH. Install npm, or preinstall ${spec.bin} on the runner (it is used from PATH when present).`);
            }
            return [
                {
                    cmd: rt.node,
                    args: [npmCli, 'install', '--prefix', dir, '--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error', ...(m.ignoreScripts ? ['--ignore-scripts'] : []), `${m.package}@${version}`],
                },
            ];
        }
        case 'pip':
            return [
                { cmd: rt.python, args: ['-m', 'venv', dir] },
                { cmd: path.join(dir, 'bin', 'python'), args: ['-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', `${m.package}==${version}`] },
            ];
    }
}
/** PATH with `dirs` first, without duplicates. */
function pathWith(dirs, envPath) {
    const first = Array.isArray(dirs) ? dirs : [dirs];
    return [...first, ...(envPath ?? '').split(path.delimiter).filter((d) => d && !first.includes(d))].join(path.delimiter);
}
/** PATH for running an installed CLI: our Node first (npm tools), then the CLI's folder, then the rest. */
function cliPath(cli, envPath) {
    return pathWith(cli.pathDirs, envPath);
}
async function runVersion(spec, bin, env, signal) {
    const limit = AbortSignal.timeout(120_000);
    try {
        const r = await runProcess(bin, spec.versionArgs ?? ['--version'], { env, signal: signal ? AbortSignal.any([signal, limit]) : limit });
        const out = `${r.stdoutTail}\n${r.stderrTail}`.trim();
        const first = out.split('\n').find((l) => /\d+\.\d+/.test(l)) ?? out.split('\n')[0] ?? '';
        return { ok: r.code === 0, text: r.code === 0 ? redact(first.trim()) : `exit ${r.code}: ${redact(lastLines(out, 3))}` };
    }
    catch (e) {
        return { ok: false, text: e.message };
    }
}
/** Finds the CLI on PATH, or restores or installs the pinned version, and checks it runs. */
async function ensureCli(ctx, spec, o = {}) {
    const version = cliVersion(ctx, spec);
    const custom = ctx.inputs.get('cli-install-command');
    const node = o.node ?? process.execPath;
    // Only npm tools get our Node first on PATH; a Python or Go CLI has no use for it.
    const pathDirs = async (binDir) => (spec.method.kind === 'npm' ? [await nodeDir(ctx.workDir, node), binDir] : [binDir]);
    const envFor = (dirs) => ({ ...ctx.env, PATH: pathWith(dirs, ctx.env.PATH) });
    const nodeV = spec.method.kind === 'npm' ? await nodeVersion(node, ctx.env) : undefined;
    const nodeNote = nodeV ? ` with Node ${nodeV} (${node})` : '';
    const onPath = await findOnPath(spec.bin, ctx.env.PATH);
    if (onPath) {
        const dirs = await pathDirs(path.dirname(onPath));
        const v = await runVersion(spec, onPath, envFor(dirs), o.signal);
        if (v.ok)
            ctx.log.info(`${spec.bin}: running ${onPath}${nodeNote}, found on PATH (reports "${v.text}"; \`cli-version\` applies only when it has to be installed)`);
        else
            ctx.log.warn(`${spec.bin}: running ${onPath}, found on PATH, but \`${spec.bin} ${(spec.versionArgs ?? ['--version']).join(' ')}\` failed (${v.text})`);
        return { bin: onPath, binDir: path.dirname(onPath), version: v.ok ? v.text : 'unknown', source: 'path', pathDirs: dirs };
    }
    const rt = { id: '', node };
    if (custom)
        rt.id = 'custom';
    else if (spec.method.kind === 'npm')
        rt.id = `node${nodeV?.replace(/^v/, '').split('.')[0] ?? 'unknown'}`;
    else {
        const python = await findOnPath('python3', ctx.env.PATH);
        if (!python) {
            throw new Error(`${spec.bin} is not on PATH, and installing ${spec.tool} needs Python 3 (python3 with the venv module), which is not on PATH either. Add \`actions/setup-python\` before this step, or preinstall ${spec.bin} (\`pipx install ${spec.method.package}==${version}\`).`);
        }
        rt.python = python;
        rt.id = `py${await pythonVersion(python, ctx.env)}`;
    }
    const dir = path.join(toolRoot(ctx), 'site-backup', spec.tool, version, `${process.platform}-${process.arch}-${rt.id}`);
    const what = custom ? `${spec.tool} ${version} (cli-install-command)` : `${spec.method.package}@${version} (${spec.method.kind})`;
    /** Verifies an install by its version command; the output must name the version we asked for. */
    const verified = async (bin) => {
        const dirs = await pathDirs(path.dirname(bin));
        const check = await runVersion(spec, bin, envFor(dirs), o.signal);
        if (check.ok && !check.text.includes(version))
            check.ok = false;
        return { dirs, check };
    };
    const result = (bin, dirs, source, from, check) => {
        ctx.log.info(`${spec.bin}: running ${what} ${from}${nodeNote} (${bin} reports "${check.text}")`);
        return { bin, binDir: path.dirname(bin), version, source, pathDirs: dirs };
    };
    const found = await findInstalled(spec, dir, Boolean(custom));
    if (found) {
        const { dirs, check } = await verified(found);
        if (check.ok)
            return result(found, dirs, 'tool-dir', `installed earlier in ${dir}`, check);
        ctx.log.warn(`${spec.bin}: the copy in ${dir} does not answer its version command (${check.text}); installing it again`);
    }
    const cache = o.cache ?? actionsCache;
    const key = cacheKey(spec, version, rt, custom);
    const useCache = cache.available(ctx.env);
    if (useCache) {
        try {
            await rm(dir, { recursive: true, force: true });
            const hit = await cache.restore([dir], key);
            const bin = hit ? await findInstalled(spec, dir, Boolean(custom)) : undefined;
            if (bin) {
                const { dirs, check } = await verified(bin);
                if (check.ok)
                    return result(bin, dirs, 'cache', `restored from the Actions cache (${key})`, check);
                ctx.log.warn(`${spec.bin}: the cached copy (${key}) does not answer its version command (${check.text}); installing it again`);
            }
        }
        catch (e) {
            ctx.log.warn(`${spec.bin}: the Actions cache could not be read (${e.message}); installing instead`);
        }
    }
    ctx.log.info(`${spec.bin} is not on PATH: installing ${what} into ${dir}`);
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const limit = AbortSignal.timeout(o.timeoutMs ?? 10 * 60_000);
    const signal = o.signal ? AbortSignal.any([o.signal, limit]) : limit;
    const installEnv = envFor(spec.method.kind === 'npm' ? [await nodeDir(ctx.workDir, node)] : []);
    const fail = async (message, cause) => {
        await rm(dir, { recursive: true, force: true });
        throw new Error(message, cause ? { cause } : undefined);
    };
    for (const step of await installSteps(ctx, spec, version, dir, rt, custom)) {
        let r;
        try {
            r = await runProcess(step.cmd, step.args, {
                cwd: dir,
                env: { ...installEnv, npm_config_update_notifier: 'false', ...step.env },
                signal,
                onLine: (l) => ctx.log.info(`[install ${spec.tool}] ${redact(l)}`),
            });
        }
        catch (e) {
            return fail(`installing ${spec.tool} ${version} failed: ${e.message}`, e);
        }
        if (r.code !== 0) {
            const tail = lastLines(r.stderrTail) || lastLines(r.stdoutTail);
            const shown = step.cmd === rt.node ? 'npm' : path.basename(step.cmd);
            return fail(`installing ${spec.tool} ${version} failed (${shown} exited with ${r.code})${tail ? `: ${redact(tail)}` : ''}. Check \`cli-version\`, or preinstall ${spec.bin} on the runner (it is used from PATH when present).`);
        }
    }
    const bin = await findInstalled(spec, dir, Boolean(custom));
    if (!bin)
        return fail(`the ${spec.tool} installer finished, but ${spec.bin} is not in ${dir} (expected ${installedBin(spec, dir).map((p) => path.relative(dir, p)).join(' or ')})`);
    const { dirs, check } = await verified(bin);
    if (!check.ok) {
        return fail(`${spec.tool} ${version} was installed, but \`${spec.bin} ${(spec.versionArgs ?? ['--version']).join(' ')}\` does not report ${version} (${check.text})`);
    }
    if (useCache) {
        try {
            await cache.save([dir], key);
            ctx.log.info(`${spec.bin}: saved ${spec.tool} ${version} to the Actions cache (${key})`);
        }
        catch (e) {
            // Another job may have saved the same key first; the install itself succeeded.
            ctx.log.warn(`${spec.bin}: could not save the Actions cache (${e.message})`);
        }
    }
    return result(bin, dirs, 'installed', `installed now into ${dir}`, check);
}
/** `v24.11.0` for the Node that will run npm tools. */
async function nodeVersion(node, env) {
    if (node === process.execPath)
        return process.version;
    const r = await runProcess(node, ['--version'], { env, signal: AbortSignal.timeout(30_000) });
    const v = r.stdoutTail.trim();
    return r.code === 0 && /^v\d+\./.test(v) ? v : undefined;
}

;// CONCATENATED MODULE: ./src/restic/binary.ts





// The restic program: the one on PATH (Debian and Ubuntu ship it; a runner image or an earlier
// step may have put it there), or the pinned release downloaded from GitHub, checked against the
// SHA-256 published in that release's SHA256SUMS, and kept in the Actions cache between runs.
/** Compression (repository format v2) arrived in 0.14. */
const MIN_VERSION = [0, 14, 0];
const PINNED_VERSION = '0.18.0';
// From restic 0.18.0's SHA256SUMS (the release is signed; these are its entries for the bz2 assets).
const PINNED_SHA256 = {
    linux_amd64: '98f6dd8bf5b59058d04bfd8dab58e196cc2a680666ccee90275a3b722374438e',
    linux_arm64: 'ce18179c25dc5f2e33e3c233ba1e580f9de1a4566d2977e8d9600210363ec209',
    darwin_amd64: '10796285a653c51fe63419009423ebeb0c2d8c1ee4b6fdb2dd0d6fe1cc5a229e',
    darwin_arm64: 'dd7d64a9bc0c1f8342e8f9693d5b198e9f04022f78b07f15d17ef9b801d4489d',
};
function parseResticVersion(text) {
    const m = /restic (\d+)\.(\d+)\.(\d+)/.exec(text);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}
function atLeast(v, min) {
    for (let i = 0; i < 3; i++)
        if ((v[i] ?? 0) !== (min[i] ?? 0))
            return (v[i] ?? 0) > (min[i] ?? 0);
    return true;
}
/** `restic version` once per process and program file (keyed by its size and mtime too, so a replaced file is asked again). */
const versions = new Map();
function versionOf(bin, env) {
    return (0,promises_.stat)(bin).then((st) => {
        const key = `${bin}\0${st.size}\0${st.mtimeMs}`;
        let v = versions.get(key);
        if (!v) {
            v = askVersion(bin, env);
            versions.set(key, v);
            // A failure is not remembered: the next call asks again.
            v.catch(() => versions.delete(key));
        }
        return v;
    }, () => askVersion(bin, env));
}
async function askVersion(bin, env) {
    const r = await exec_runProcess(bin, ['version'], { env });
    const v = r.code === 0 ? parseResticVersion(r.stdoutTail) : undefined;
    if (!v)
        throw new Error(`${bin} version did not print a restic version (exit ${r.code}: ${exec_lastLines(r.stderrTail || r.stdoutTail)})`);
    if (!atLeast(v, MIN_VERSION)) {
        throw new Error(`restic ${v.join('.')} at ${bin} is too old: format restic needs ${MIN_VERSION.join('.')} or later (repository format v2, with compression). Install a newer restic, or remove it from PATH so restic ${PINNED_VERSION} is downloaded.`);
    }
    return v;
}
function assetName() {
    const os = process.platform === 'darwin' ? 'darwin' : process.platform === 'linux' ? 'linux' : undefined;
    const arch = process.arch === 'x64' ? 'amd64' : process.arch === 'arm64' ? 'arm64' : undefined;
    const key = os && arch ? `${os}_${arch}` : undefined;
    if (!key || !PINNED_SHA256[key]) {
        throw new Error(`restic is not on PATH, and no pinned restic build exists for ${process.platform}/${process.arch}: install restic ${MIN_VERSION.join('.')} or later on the runner`);
    }
    return key;
}
/** restic from PATH, the tool folder, the Actions cache, or the pinned release, in that order. */
async function findRestic(o) {
    const onPath = await findOnPath('restic', o.env.PATH);
    if (onPath)
        return { bin: onPath, version: await versionOf(onPath, o.env), source: 'path' };
    const key = assetName();
    const dir = external_node_path_default().join(o.toolRoot, 'site-backup', 'restic', PINNED_VERSION, key);
    const bin = external_node_path_default().join(dir, 'restic');
    const existing = await versionOf(bin, o.env).catch(() => undefined);
    if (existing)
        return { bin, version: existing, source: 'tool-dir' };
    const cache = o.cache ?? actionsCache;
    const cacheKey = `site-backup-restic-${PINNED_VERSION}-${key}`;
    const useCache = cache.available(o.env);
    if (useCache) {
        try {
            if (await cache.restore([dir], cacheKey)) {
                const v = await versionOf(bin, o.env).catch(() => undefined);
                if (v) {
                    o.log.info(`restic ${PINNED_VERSION}: restored from the Actions cache (${cacheKey})`);
                    return { bin, version: v, source: 'cache' };
                }
            }
        }
        catch (e) {
            o.log.warn(`restic: the Actions cache could not be read (${e.message}); downloading instead`);
        }
    }
    const url = `https://github.com/restic/restic/releases/download/v${PINNED_VERSION}/restic_${PINNED_VERSION}_${key}.bz2`;
    o.log.info(`restic is not on PATH: downloading ${url}`);
    const res = await (o.fetchImpl ?? fetch)(url, { signal: AbortSignal.timeout(5 * 60_000) });
    if (!res.ok)
        throw new Error(`downloading restic ${PINNED_VERSION} failed: HTTP ${res.status} from ${url}`);
    const body = Buffer.from(await res.arrayBuffer());
    const sha = (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex');
    if (sha !== PINNED_SHA256[key]) {
        throw new Error(`the download of restic ${PINNED_VERSION} (${url}) has sha256 ${sha}, but its release publishes ${PINNED_SHA256[key]}: refusing to run it`);
    }
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    const packed = external_node_path_default().join(dir, 'restic.bz2');
    await (0,promises_.writeFile)(packed, body);
    // Node has no bzip2; bunzip2 is on every runner image (and in Debian's bzip2 package). It
    // leaves `restic` beside the removed .bz2.
    const r = await exec_runProcess('bunzip2', ['-f', packed], { env: o.env });
    if (r.code !== 0)
        throw new Error(`unpacking restic failed (bunzip2 exited with ${r.code}): ${exec_lastLines(r.stderrTail)}`);
    await (0,promises_.chmod)(bin, 0o755);
    const version = await versionOf(bin, o.env);
    if (useCache) {
        try {
            await cache.save([dir], cacheKey);
        }
        catch (e) {
            o.log.warn(`restic: could not save the Actions cache (${e.message})`);
        }
    }
    return { bin, version, source: 'installed' };
}

;// CONCATENATED MODULE: ./src/restic/repo.ts








class ResticError extends Error {
    name = 'ResticError';
}
/** restic's words for a lock held by another process (exclusive for prune, shared for backup). */
const LOCKED_RE = /repository is already locked|unable to create lock/i;
const NO_REPO_RE = /Is there a repository at the following location\?|repository does not exist|config: (?:file does not exist|no such file)|The specified key does not exist/i;
const WRONG_PASSWORD_RE = /wrong password or no key found/i;
class ResticRepo {
    spec;
    site;
    binary;
    env;
    opts;
    /** `s3://bucket/prefix/<site>/restic` or the folder: how people write the store. */
    display;
    url;
    lockWaitMs;
    lockPollMs;
    constructor(spec, site, binary, 
    /** The child environment: the caller's, plus RESTIC_* and AWS_* as resolved. */
    env, opts) {
        this.spec = spec;
        this.site = site;
        this.binary = binary;
        this.env = env;
        this.opts = opts;
        ({ url: this.url, display: this.display } = repositoryLocation(spec, site));
        this.lockWaitMs = opts.lockWaitMs ?? 10 * 60_000;
        this.lockPollMs = opts.lockPollMs ?? 10_000;
    }
    /** Extended options for the S3 backend; none of them secret. */
    backendArgs() {
        if (this.spec.kind !== 's3')
            return [];
        const args = [];
        if (this.spec.forcePathStyle)
            args.push('-o', 's3.bucket-lookup=path');
        if (this.spec.region)
            args.push('-o', `s3.region=${this.spec.region}`);
        if (this.spec.storageClass)
            args.push('-o', `s3.storage-class=${this.spec.storageClass}`);
        return args;
    }
    async run(args, o = {}) {
        const retryLock = o.lock && atLeast(this.binary.version, [0, 16, 0]);
        const full = [...this.backendArgs(), ...(retryLock ? [`--retry-lock=${Math.ceil(this.lockWaitMs / 1000)}s`] : []), ...args];
        const deadline = Date.now() + this.lockWaitMs;
        for (;;) {
            const chunks = [];
            const r = await exec_runProcess(this.binary.bin, full, {
                env: { ...this.env, RESTIC_REPOSITORY: this.url },
                ...(o.cwd ? { cwd: o.cwd } : {}),
                ...(o.signal ? { signal: o.signal } : {}),
                ...(o.onLine ? { onLine: o.onLine } : {}),
                ...(o.capture
                    ? {
                        stdout: new external_node_stream_.Writable({
                            write(c, _e, cb) {
                                chunks.push(c);
                                cb();
                            },
                        }),
                    }
                    : {}),
            });
            const run = { code: r.code, stdout: o.capture ? Buffer.concat(chunks).toString('utf8') : r.stdoutTail, stderr: r.stderrTail };
            // restic before 0.16 has no --retry-lock: wait here, so a prune of staging does not fail a
            // backup of production of the same site, nor the other way round.
            if (o.lock && !retryLock && r.code !== 0 && LOCKED_RE.test(r.stderrTail) && Date.now() < deadline) {
                this.opts.log.info(`restic: ${this.display} is locked by another job; waiting ${Math.round(this.lockPollMs / 1000)} s`);
                await new Promise((res) => setTimeout(res, this.lockPollMs));
                continue;
            }
            return run;
        }
    }
    /** Runs and throws a readable error unless restic exits 0. */
    async ok(args, o = {}) {
        const r = await this.run(args, o);
        if (r.code !== 0)
            throw this.error(`restic ${args[0]}`, r);
        return r;
    }
    error(what, r) {
        const tail = (0,report_redact/* redact */.E$)(exec_lastLines(r.stderr) || exec_lastLines(r.stdout));
        if (WRONG_PASSWORD_RE.test(r.stderr)) {
            return new errors/* ConfigError */.x('restic-password', `does not open the restic repository ${this.display}`, 'Use the password the repository was created with (the `restic-password` secret, or RESTIC_PASSWORD).');
        }
        if (LOCKED_RE.test(r.stderr)) {
            return new ResticError(`${what} failed: ${this.display} stayed locked by another job for ${Math.round(this.lockWaitMs / 60_000)} min (${tail}). If no other backup or prune of this site runs, a crashed job left a stale lock: \`restic unlock\` removes it.`);
        }
        return new ResticError(`${what} failed (exit ${r.code})${tail ? `: ${tail}` : ''}`);
    }
    /**
     * Opens the repository, creating it when it does not exist. Two first backups of one site
     * (staging and production, say) may get here together, and two `restic init` racing on one
     * location leave two master keys and one config, so the repository cannot be opened (seen
     * here in 8 of 12 tries on a folder). So the repository is created in a private folder
     * and then published in one step that only one job can win: a rename for a folder, a
     * conditional write (If-None-Match) of `config` for S3. The loser uses the winner's.
     */
    async ensureInitialised(publishS3, knownMissing = false) {
        // A listing that just found no repository already was the probe (each open costs the
        // password's key derivation). Should another job create it meanwhile, the publish below
        // loses and this job joins theirs, exactly as when the probe ran.
        if (!knownMissing) {
            const probe = await this.run(['cat', 'config']);
            if (probe.code === 0)
                return 'opened';
            if (!NO_REPO_RE.test(probe.stderr))
                throw this.error('opening the restic repository', probe);
        }
        const local = this.spec.kind === 'local';
        const parent = local ? external_node_path_default().dirname(this.url) : undefined;
        if (parent)
            await (0,promises_.mkdir)(parent, { recursive: true });
        const work = await (0,promises_.mkdtemp)(external_node_path_default().join(parent ?? (this.env.RUNNER_TEMP || external_node_os_default().tmpdir()), '.restic-init-'));
        try {
            const fresh = external_node_path_default().join(work, 'repo');
            const init = await exec_runProcess(this.binary.bin, ['init', '--repository-version', '2'], { env: { ...this.env, RESTIC_REPOSITORY: fresh } });
            if (init.code !== 0)
                throw this.error('restic init', { code: init.code, stdout: init.stdoutTail, stderr: init.stderrTail });
            let won;
            if (local) {
                try {
                    await (0,promises_.rename)(fresh, this.url);
                    won = true;
                }
                catch (e) {
                    const code = e.code;
                    if (code !== 'ENOTEMPTY' && code !== 'EEXIST')
                        throw e;
                    won = false;
                }
            }
            else {
                if (!publishS3)
                    throw new Error('internal: an S3 repository needs a publisher');
                const keys = await (0,promises_.readdir)(external_node_path_default().join(fresh, 'keys'));
                // config first and conditionally: it decides the winner. The key follows; until it lands,
                // another job sees "no key found" for a moment and waits (below).
                won = await publishS3([
                    { key: 'config', body: await (0,promises_.readFile)(external_node_path_default().join(fresh, 'config')) },
                    ...(await Promise.all(keys.map(async (k) => ({ key: `keys/${k}`, body: await (0,promises_.readFile)(external_node_path_default().join(fresh, 'keys', k)) })))),
                ]);
            }
            // Won: the repository there is the one just made with this password, config and key
            // complete (the rename moved the whole folder; the publisher wrote the key after config),
            // so opening it again proves nothing. Lost: the winner's must open with this password,
            // and its key may land a moment after its config.
            for (let i = 0; !won; i++) {
                const again = await this.run(['cat', 'config']);
                if (again.code === 0)
                    break;
                if (i >= 10 || !(WRONG_PASSWORD_RE.test(again.stderr) || NO_REPO_RE.test(again.stderr)))
                    throw this.error('opening the new restic repository', again);
                await new Promise((res) => setTimeout(res, 1000));
            }
            this.opts.log.info(won ? `restic: created the repository ${this.display}` : `restic: another job created ${this.display} at the same time; using it`);
            return won ? 'created' : 'joined';
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    }
}
/** Where the repository of a site lives, as restic wants it and as people read it. */
function repositoryLocation(spec, site) {
    if (spec.kind === 'local') {
        const p = external_node_path_default().join(spec.root, site, 'restic');
        return { url: p, display: p };
    }
    const key = [spec.prefix, site, 'restic'].filter(Boolean).join('/');
    const host = spec.endpoint ? spec.endpoint.replace(/\/+$/, '') : `https://s3.${spec.region ? `${spec.region}.` : ''}amazonaws.com`;
    return { url: `s3:${host}/${spec.bucket}/${key}`, display: `s3://${spec.bucket}/${key}` };
}

;// CONCATENATED MODULE: ./src/restic/store.ts








// The restic repository of a site behind the Store interface, so list, max-age, prune and the
// fleet summary work on it unchanged: a snapshot carrying our tags is a complete backup (restic
// writes the snapshot last: there is no incomplete restic backup to see), and remove() is
// `forget` of exactly those snapshots, then `prune`. Snapshots without our tags (made with plain
// restic in the same repository) are never listed, so never removed.
const TAG = { site: 'site:', environment: 'environment:', trigger: 'trigger:', backup: 'backup:', content: 'content:' };
function isResticStore(store) {
    return store instanceof ResticStore;
}
/** The tags of one backup: how list finds it and how plain `restic snapshots --tag` filters. */
function backupTags(ref, content) {
    return [`${TAG.site}${ref.site}`, `${TAG.environment}${ref.environment}`, `${TAG.trigger}${ref.trigger}`, `${TAG.backup}${ref.id}`, ...content.map((c) => `${TAG.content}${c.name}=${c.bytes}`)];
}
function snapshotsToBackups(site, environment, snaps) {
    const byId = new Map();
    for (const s of snaps) {
        const tags = s.tags ?? [];
        const tag = (p) => tags.find((t) => t.startsWith(p))?.slice(p.length);
        if (tag(TAG.site) !== site || tag(TAG.environment) !== environment)
            continue;
        const id = tag(TAG.backup);
        const parsed = id ? (0,backup_id/* parseBackupId */.JN)(id) : undefined;
        if (!id || !parsed)
            continue;
        const prior = byId.get(id);
        if (prior) {
            prior.snapshots.push(s.id);
            continue;
        }
        const objects = tags
            .filter((t) => t.startsWith(TAG.content))
            .map((t) => {
            const [name, bytes] = t.slice(TAG.content.length).split('=');
            return { name: name, size: Number(bytes) || 0 };
        });
        objects.push({ name: manifest/* MANIFEST_NAME */.ir, size: 0 });
        byId.set(id, {
            site,
            environment,
            id,
            parsed,
            complete: true,
            objects,
            bytes: objects.reduce((n, o) => n + o.size, 0),
            lastModified: new Date(s.time),
            snapshots: [s.id],
        });
    }
    return [...byId.values()].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}
class ResticStore {
    spec;
    options;
    binary;
    childEnv;
    log;
    repoOptions;
    publishS3;
    kind;
    repos = new Map();
    /** The last listing of each site/environment, for the backup right after max-age's (see takeListing). */
    listings = new Map();
    constructor(spec, options, binary, childEnv, log, repoOptions = {}, publishS3) {
        this.spec = spec;
        this.options = options;
        this.binary = binary;
        this.childEnv = childEnv;
        this.log = log;
        this.repoOptions = repoOptions;
        this.publishS3 = publishS3;
        this.kind = spec.kind;
    }
    /** The repository of a site (one per site, shared by its environments). */
    repo(site) {
        let r = this.repos.get(site);
        if (!r) {
            r = { repo: new ResticRepo(this.spec, site, this.binary, this.childEnv, { ...this.repoOptions, log: this.log }), initialised: false };
            this.repos.set(site, r);
        }
        return r.repo;
    }
    location(ref) {
        return `${this.repo(ref.site).display}#${ref.id}`;
    }
    objectUri(ref, name) {
        return `${this.location(ref)}/${name}`;
    }
    /** Creates the site's repository on first use; later calls cost nothing. */
    async ensureInitialised(site) {
        const repo = this.repo(site);
        const r = this.repos.get(site);
        if (!r.initialised) {
            const publish = this.publishS3;
            await repo.ensureInitialised(publish ? (files) => publish(site, files) : undefined, r.missing === true);
            r.initialised = true;
            r.missing = false;
        }
        return repo;
    }
    createWriter() {
        return Promise.reject(new Error('internal: restic backups are written by resticBackup, not through a store writer'));
    }
    async list(site, environment) {
        const repo = this.repo(site);
        const r = await repo.run(['snapshots', '--json', '--no-lock', '--tag', `${TAG.site}${site},${TAG.environment}${environment}`], { capture: true });
        if (r.code !== 0) {
            // A repository that does not exist yet holds no backups; anything else is a failed listing.
            if (/Is there a repository at the following location\?|The specified key does not exist/.test(r.stderr)) {
                // Remembered, so that a first backup goes straight to init without probing again.
                if (!this.repos.get(site).initialised)
                    this.repos.get(site).missing = true;
                this.listings.set(`${site}\0${environment}`, []);
                return [];
            }
            throw repo.error('listing restic snapshots', r);
        }
        let snaps;
        try {
            snaps = JSON.parse(r.stdout || '[]');
        }
        catch (e) {
            throw new Error(`restic snapshots printed no JSON: ${e.message}`, { cause: e });
        }
        // A listing that worked opened the repository: no need to probe it again before a backup.
        this.repos.get(site).initialised = true;
        const backups = snapshotsToBackups(site, environment, snaps ?? []);
        this.listings.set(`${site}\0${environment}`, backups);
        return backups;
    }
    /**
     * The listing this process made last of a site/environment (max-age's, just before a backup),
     * handed out once: a backup takes its parent from it instead of opening the repository again.
     */
    takeListing(site, environment) {
        const key = `${site}\0${environment}`;
        const l = this.listings.get(key);
        this.listings.delete(key);
        return l;
    }
    /** The snapshot of a listed backup. */
    async snapshotOf(ref) {
        const b = (await this.list(ref.site, ref.environment)).find((x) => x.id === ref.id);
        if (!b)
            throw new Error(`backup ${ref.id} is not in ${this.repo(ref.site).display}`);
        return b;
    }
    /** Only the manifest can be read as an object: it is the file manifest.json in the snapshot. */
    async read(ref, name) {
        if (name !== manifest/* MANIFEST_NAME */.ir)
            throw new Error(`a restic backup holds folders, not the object ${name}`);
        const b = 'snapshots' in ref ? ref : await this.snapshotOf(ref);
        const r = await this.repo(ref.site).ok(['dump', '--no-lock', b.snapshots[0], `/${manifest/* MANIFEST_NAME */.ir}`], { capture: true });
        return external_node_stream_.Readable.from([Buffer.from(r.stdout)]);
    }
    /**
     * `restic forget` of exactly the snapshots of these backups, then `restic prune` to free the
     * data only they used. Once forget succeeded the backups are gone whatever prune does; a
     * failed prune only leaves space to reclaim, which the next prune does.
     */
    async remove(backups) {
        const res = { removed: [], errors: [] };
        const restic = backups.filter((b) => Array.isArray(b.snapshots));
        for (const site of new Set(restic.map((b) => b.site))) {
            const mine = restic.filter((b) => b.site === site);
            const repo = this.repo(site);
            const f = await repo.run(['forget', ...mine.flatMap((b) => b.snapshots)], { lock: true });
            if (f.code !== 0) {
                const message = repo.error('restic forget', f).message;
                for (const b of mine)
                    res.errors.push({ key: this.location(b), message });
                continue;
            }
            res.removed.push(...mine.map((b) => b.id));
            const p = await repo.run(['prune'], { lock: true });
            if (p.code !== 0)
                this.log.warn(`${repo.error('restic prune', p).message}. The backups were removed (forget); their data is freed by the next prune.`);
        }
        return res;
    }
}
/** The password for the child environment: the input, else what the environment already has. */
function passwordEnv(opts, env) {
    const out = { ...env };
    if (opts.password) {
        out.RESTIC_PASSWORD = opts.password;
        delete out.RESTIC_PASSWORD_FILE;
        delete out.RESTIC_PASSWORD_COMMAND;
    }
    else if (!env.RESTIC_PASSWORD && !env.RESTIC_PASSWORD_FILE && !env.RESTIC_PASSWORD_COMMAND) {
        throw new errors/* ConfigError */.x('restic-password', 'is empty, and neither RESTIC_PASSWORD nor RESTIC_PASSWORD_FILE is set', 'Pass the repository password from a secret: `restic-password: ${{ secrets.RESTIC_PASSWORD }}`.');
    }
    // Ours to set: a repository location from the caller's environment must never redirect us.
    delete out.RESTIC_REPOSITORY;
    delete out.RESTIC_REPOSITORY_FILE;
    return out;
}
/** The store for a spec with `format: restic`: restic found or installed, secrets in its env. */
async function openResticStore(spec, log, env, o = {}) {
    if (spec.kind === 'artifact' || !spec.restic)
        throw new Error('internal: not a restic store spec');
    const rspec = spec;
    log.setSecret(spec.restic.password);
    let childEnv = passwordEnv(spec.restic, env);
    const binary = await findRestic({
        env,
        log,
        toolRoot: env.SITE_BACKUP_TOOL_DIR || env.RUNNER_TOOL_CACHE || external_node_path_default().join(env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'site-backup-tools'),
        ...(o.cache ? { cache: o.cache } : {}),
        ...(o.fetchImpl ? { fetchImpl: o.fetchImpl } : {}),
    });
    log.info(`restic ${binary.version.join('.')} (${binary.source === 'path' ? binary.bin : `${binary.source}: ${binary.bin}`})`);
    let publish;
    if (rspec.kind === 's3') {
        const { s3Access } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(706)]).then(__webpack_require__.bind(__webpack_require__, 39706));
        const access = await s3Access(rspec, env);
        childEnv = { ...childEnv, ...access.env };
        publish = access.publish;
    }
    // `backup --time` is read in the local time zone; ours is UTC, like the backup id.
    childEnv.TZ = 'UTC';
    const repoOptions = {};
    if (o.lockWaitMs !== undefined)
        repoOptions.lockWaitMs = o.lockWaitMs;
    if (o.lockPollMs !== undefined)
        repoOptions.lockPollMs = o.lockPollMs;
    return new ResticStore(rspec, spec.restic, binary, childEnv, log, repoOptions, publish);
}


/***/ })

};
