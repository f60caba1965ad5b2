export const id = 741;
export const ids = [741];
export const modules = {

/***/ 1741:
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
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/util/cleanup.ts
var cleanup = __webpack_require__(4532);
;// CONCATENATED MODULE: ./src/util/exec.ts





const TAIL = 8192;
const LINE_END_RE = /[\r\n]/;
/**
 * The last `max` characters of a stream, in whole lines. A tail cut inside a line could begin in
 * the middle of a secret, where redaction no longer knows it (the mask needs the whole value, or
 * its label), so the partial first line is dropped; a line longer than the tail is dropped up to
 * its end. Text is decoded by one decoder for the stream: a character (and so a secret) split
 * across two writes is decoded whole, where decoding each chunk alone would break it into U+FFFD.
 */
class OutputTail {
    max;
    text = '';
    skipping = false;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    constructor(max = TAIL) {
        this.max = max;
    }
    /** Decodes a chunk and keeps it; returns the decoded text. */
    write(chunk) {
        const s = this.decoder.write(chunk);
        this.keep(s);
        return s;
    }
    /** The stream ended: an incomplete character left in the decoder is kept as U+FFFD. */
    end() {
        const s = this.decoder.end();
        this.keep(s);
        return s;
    }
    keep(s) {
        if (this.skipping) {
            const nl = s.search(LINE_END_RE);
            if (nl < 0)
                return;
            this.skipping = false;
            s = s.slice(nl + 1);
        }
        const all = this.text + s;
        if (all.length <= this.max) {
            this.text = all;
            return;
        }
        const start = all.length - this.max;
        if (LINE_END_RE.test(all[start - 1])) {
            this.text = all.slice(start);
            return;
        }
        const cut = all.slice(start);
        const nl = cut.search(LINE_END_RE);
        if (nl < 0) {
            this.text = '';
            this.skipping = true;
        }
        else {
            this.text = cut.slice(nl + 1);
        }
    }
}
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
function runProcess(cmd, args, opts = {}) {
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
        const tails = { stdout: new OutputTail(), stderr: new OutputTail() };
        const lineBuf = { stdout: '', stderr: '' };
        const onText = (which, s) => {
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
            child.stdout.on('data', (d) => onText('stdout', tails.stdout.write(d)));
        child.stderr.on('data', (d) => onText('stderr', tails.stderr.write(d)));
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
            for (const which of ['stdout', 'stderr']) {
                lineBuf[which] += tails[which].end();
                if (lineBuf[which] && opts.onLine)
                    opts.onLine(lineBuf[which], which);
            }
            if (opts.signal?.aborted) {
                reject(abortError(opts.signal));
                return;
            }
            if (fed && code === 0) {
                reject(new Error(`feeding ${cmd} failed: ${fed.message}`));
                return;
            }
            resolve({ code, signal: sig, stdoutTail: tails.stdout.text, stderrTail: tails.stderr.text });
        });
    });
}
function abortError(signal) {
    return signal.reason instanceof Error ? signal.reason : new Error('aborted');
}
/** The last non-empty lines of output, for an error message a person can act on. */
function lastLines(text, n = 5) {
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(-n)
        .join(' | ');
}
/**
 * What every child process may see without asking: how to find programs, the user, locale, time
 * zone, temp folders, proxies and CA bundles, and the runner's plain facts. No credentials.
 */
const CHILD_BASE = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TERM',
    'TMPDIR',
    'TEMP',
    'TMP',
    'CI',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'NODE_EXTRA_CA_CERTS',
    'GITHUB_ACTIONS',
    'GITHUB_WORKSPACE',
    'RUNNER_TEMP',
    'RUNNER_OS',
    'RUNNER_ARCH',
    'RUNNER_DEBUG',
]);
const CHILD_BASE_PREFIXES = (/* unused pure expression or super */ null && (['LC_']));
/**
 * Never passed by `*`, only when a caller names them (or a prefix of theirs) outright: the
 * action's inputs, cloud and OIDC credentials, the GitHub and Actions runtime tokens, the age
 * identity and the restic password. A child that needs one (a platform CLI its own token) is
 * given it by name.
 */
const WITHHELD = (/* unused pure expression or super */ null && ([/^INPUT_/, /^AWS_/, /^ACTIONS_/, /^GITHUB_TOKEN$/, /^GH_TOKEN$/, /^SITE_BACKUP_AGE_IDENTITY/, /^RESTIC_/, /^AGE_/]));
/** Whether `name` is one the `*` rule of childEnv never passes. */
function withheldFromChildren(name) {
    return WITHHELD.some((re) => re.test(name));
}
/**
 * The environment for a child process: the base set above plus what `allow` names. An entry is
 * a name, a prefix ending in `*` (`PG*`), or `*` alone for "every variable not withheld" (the
 * `command` platform's user commands, which read their own settings from the step's env).
 * The rule is named in SECURITY.md ("Child processes get an allow-listed environment").
 */
function childEnv(env, allow = []) {
    const rest = allow.includes('*');
    const names = new Set(allow.filter((a) => !a.endsWith('*')));
    const prefixes = [...CHILD_BASE_PREFIXES, ...allow.filter((a) => a.endsWith('*') && a !== '*').map((a) => a.slice(0, -1))];
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (v === undefined)
            continue;
        if (CHILD_BASE.has(k) || names.has(k) || prefixes.some((p) => k.startsWith(p)) || (rest && !withheldFromChildren(k)))
            out[k] = v;
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/util/tool.ts




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
// What an installer, its packages' install scripts and a version check may see of our environment:
// what finds programs, certificates, proxies and the package registries. Never the run's secrets
// (AWS_*, INPUT_*, the OIDC request token, platform tokens, the age identity): a compromised
// dependency's postinstall runs with this environment.
const INSTALL_ENV = /^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LANGUAGE|TZ|TERM|TMPDIR|TMP|TEMP|CI|SYSTEMROOT|LC_\w+|XDG_\w+|(HTTPS?|NO|ALL)_PROXY|(https?|no|all)_proxy|SSL_CERT_(FILE|DIR)|NODE_EXTRA_CA_CERTS|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|npm_config_\w+|NPM_CONFIG_\w+|PIP_\w+|RUNNER_(OS|ARCH|TEMP|TOOL_CACHE))$/;
/** Even among those, a name like these holds a credential (npm_config__authToken, PIP_CLIENT_CERT key). */
const CREDENTIAL = /TOKEN|SECRET|PASSW|AUTH|KEY|CREDENTIAL|IDENTITY|SESSION|COOKIE|CERT_PASS/i;
/** The environment for installing and checking tools: an allow-list, minus anything named like a credential. */
function installEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined && INSTALL_ENV.test(k) && !CREDENTIAL.test(k))
            out[k] = v;
    return out;
}
/** PATH, then the tool folder, then the Actions cache, then an install (saved to the cache). */
async function resolveTool(l) {
    const onPath = l.bin ? await findOnPath(l.bin, l.env.PATH) : undefined;
    if (onPath)
        return { value: await l.usePath(onPath), source: 'path', from: `found on PATH (${onPath})` };
    const { dir, cacheKey } = await l.place();
    const here = await l.check(dir);
    if (here.ok)
        return { value: here.value, source: 'tool-dir', from: `installed earlier in ${dir}`, dir };
    if (!here.missing)
        l.log.warn(`${l.name}: the copy in ${dir} ${here.why}; installing it again`);
    const useCache = l.cache.available(l.env);
    if (useCache) {
        const hit = await fromCache(l, dir, cacheKey);
        if (hit)
            return { value: hit, source: 'cache', from: `restored from the Actions cache (${cacheKey})`, dir };
    }
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.mkdir)(dir, { recursive: true });
    let value;
    try {
        value = await l.install(dir);
    }
    catch (e) {
        // Nothing half-installed is left for the next run to find.
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw e;
    }
    if (useCache) {
        try {
            await l.cache.save([dir], cacheKey);
            l.log.info(`${l.name}: saved to the Actions cache (${cacheKey})`);
        }
        catch (e) {
            // Another job may have saved the same key first; the install itself succeeded.
            l.log.warn(`${l.name}: could not save the Actions cache (${e.message})`);
        }
    }
    return { value, source: 'installed', from: `installed now into ${dir}`, dir };
}
async function fromCache(l, dir, key) {
    try {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        if (!(await l.cache.restore([dir], key)))
            return undefined;
        const restored = await l.check(dir);
        if (restored.ok)
            return restored.value;
        l.log.warn(`${l.name}: the cached copy (${key}) ${restored.why}; installing it again`);
    }
    catch (e) {
        l.log.warn(`${l.name}: the Actions cache could not be read (${e.message}); installing instead`);
    }
    return undefined;
}
/** The SHA-256 of a file, hex. */
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./src/restic/binary.ts






// The restic program: the one on PATH (Debian and Ubuntu ship it; a runner image or an earlier
// step may have put it there), or the pinned release downloaded from GitHub, checked against the
// SHA-256 published in that release's SHA256SUMS, and kept in the Actions cache between runs.
// Our copy (tool folder or cache) keeps that verified download beside the program, and is used
// only while the download still has the published hash and the program is exactly what it
// unpacks to: a program swapped in the folder or the cache is never run, but installed again.
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
const PINNED_RELEASE = { version: PINNED_VERSION, sha256: PINNED_SHA256 };
/** Bump when what a copy keeps changes, so old cache entries are not restored (v2: the verified download too). */
const LAYOUT = 'v2';
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
    const r = await runProcess(bin, ['version'], { env });
    const v = r.code === 0 ? parseResticVersion(r.stdoutTail) : undefined;
    if (!v)
        throw new Error(`${bin} version did not print a restic version (exit ${r.code}: ${lastLines(r.stderrTail || r.stdoutTail)})`);
    if (!atLeast(v, MIN_VERSION)) {
        throw new Error(`restic ${v.join('.')} at ${bin} is too old: format restic needs ${MIN_VERSION.join('.')} or later (repository format v2, with compression). Install a newer restic, or remove it from PATH so restic ${PINNED_VERSION} is downloaded.`);
    }
    return v;
}
function assetName(release) {
    const os = process.platform === 'darwin' ? 'darwin' : process.platform === 'linux' ? 'linux' : undefined;
    const arch = process.arch === 'x64' ? 'amd64' : process.arch === 'arm64' ? 'arm64' : undefined;
    const key = os && arch ? `${os}_${arch}` : undefined;
    if (!key || !release.sha256[key]) {
        throw new Error(`restic is not on PATH, and no pinned restic build exists for ${process.platform}/${process.arch}: install restic ${MIN_VERSION.join('.')} or later on the runner`);
    }
    return key;
}
const PACKED = 'restic.bz2';
/** restic from PATH, the tool folder, the Actions cache, or the pinned release, in that order. */
async function findRestic(o) {
    const release = o.release ?? PINNED_RELEASE;
    const found = await resolveTool({
        name: 'restic',
        bin: 'restic',
        env: o.env,
        log: o.log,
        cache: o.cache ?? actionsCache,
        usePath: async (bin) => ({ bin, version: await versionOf(bin, o.env), source: 'path' }),
        place: async () => {
            const key = assetName(release);
            return {
                dir: external_node_path_default().join(o.toolRoot, 'site-backup', 'restic', release.version, key),
                cacheKey: `site-backup-restic-${LAYOUT}-${release.version}-${key}`,
            };
        },
        check: (dir) => checkCopy(dir, release, o.env),
        install: (dir) => download(dir, release, o),
    });
    if (found.source === 'cache')
        o.log.info(`restic ${release.version}: ${found.from}`);
    return { ...found.value, source: found.source };
}
/** Our copy in `dir`, checked against the published hash before it runs. */
async function checkCopy(dir, release, env) {
    const bin = external_node_path_default().join(dir, 'restic');
    const published = release.sha256[assetName(release)];
    const binSha = await sha256File(bin).catch(() => undefined);
    if (!binSha)
        return { ok: false, missing: true, why: 'has no restic' };
    const packedSha = await sha256File(external_node_path_default().join(dir, PACKED)).catch(() => undefined);
    if (packedSha !== published) {
        return {
            ok: false,
            why: packedSha
                ? `keeps a download with sha256 ${packedSha}, not the published ${published}: not running it`
                : `has no verified download (${PACKED}) to check restic against: not running it`,
        };
    }
    const expected = await unpackedSha(external_node_path_default().join(dir, PACKED), packedSha, env);
    if (binSha !== expected)
        return { ok: false, why: `holds a restic with sha256 ${binSha}, not the ${expected} its verified download unpacks to: not running it` };
    try {
        return { ok: true, value: { bin, version: await versionOf(bin, installEnv(env)), source: 'tool-dir' } };
    }
    catch (e) {
        return { ok: false, why: `does not run (${e.message})` };
    }
}
/** What a verified download unpacks to, once per process (bunzip2 of the whole program takes a moment). */
const unpacked = new Map();
function unpackedSha(packed, packedSha, env) {
    let sha = unpacked.get(packedSha);
    if (!sha) {
        sha = new Promise((resolve, reject) => {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            const child = (0,external_node_child_process_.spawn)('bunzip2', ['-c', packed], { stdio: ['ignore', 'pipe', 'ignore'], env: installEnv(env) });
            child.stdout.on('data', (b) => hash.update(b));
            child.on('error', reject);
            child.on('close', (code) => code === 0 ? resolve(hash.digest('hex')) : reject(new Error(`bunzip2 -c ${packed} exited with ${code}`)));
        });
        unpacked.set(packedSha, sha);
        sha.catch(() => unpacked.delete(packedSha));
    }
    return sha;
}
/** Downloads the release into the empty `dir`, refusing anything but the published bytes. */
async function download(dir, release, o) {
    const key = assetName(release);
    const url = `https://github.com/restic/restic/releases/download/v${release.version}/restic_${release.version}_${key}.bz2`;
    o.log.info(`restic is not on PATH: downloading ${url}`);
    const res = await (o.fetchImpl ?? fetch)(url, { signal: AbortSignal.timeout(5 * 60_000) });
    if (!res.ok)
        throw new Error(`downloading restic ${release.version} failed: HTTP ${res.status} from ${url}`);
    const body = Buffer.from(await res.arrayBuffer());
    const sha = (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex');
    if (sha !== release.sha256[key]) {
        throw new Error(`the download of restic ${release.version} (${url}) has sha256 ${sha}, but its release publishes ${release.sha256[key]}: refusing to run it`);
    }
    const packed = external_node_path_default().join(dir, PACKED);
    await (0,promises_.writeFile)(packed, body);
    // Node has no bzip2; bunzip2 is on every runner image (and in Debian's bzip2 package). -k keeps
    // the verified download, which later runs check the program against.
    const r = await runProcess('bunzip2', ['-k', '-f', packed], { env: installEnv(o.env) });
    if (r.code !== 0)
        throw new Error(`unpacking restic failed (bunzip2 exited with ${r.code}): ${lastLines(r.stderrTail)}`);
    const bin = external_node_path_default().join(dir, 'restic');
    await (0,promises_.chmod)(bin, 0o755);
    return { bin, version: await versionOf(bin, installEnv(o.env)), source: 'installed' };
}

// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
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
            const r = await runProcess(this.binary.bin, full, {
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
        const tail = (0,redact/* redact */.E$)(lastLines(r.stderr) || lastLines(r.stdout));
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
            const init = await runProcess(this.binary.bin, ['init', '--repository-version', '2'], {
                env: { ...this.env, RESTIC_REPOSITORY: fresh },
            });
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
    return [
        `${TAG.site}${ref.site}`,
        `${TAG.environment}${ref.environment}`,
        `${TAG.trigger}${ref.trigger}`,
        `${TAG.backup}${ref.id}`,
        ...content.map((c) => `${TAG.content}${c.name}=${c.bytes}`),
    ];
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
        const r = await repo.run(['snapshots', '--json', '--no-lock', '--tag', `${TAG.site}${site},${TAG.environment}${environment}`], {
            capture: true,
        });
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
