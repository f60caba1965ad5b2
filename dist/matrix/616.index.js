export const id = 616;
export const ids = [616];
export const modules = {

/***/ 35616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArtifactStore: () => (/* binding */ ArtifactStore)
});

// UNUSED EXPORTS: ARTIFACT_SEPARATOR, artifactName, assertArtifactNames

// EXTERNAL MODULE: ./node_modules/@actions/artifact/lib/artifact.js + 84 modules
var artifact = __webpack_require__(77935);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var node_modules_yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./src/archive/zip.ts







// Zips reach us two ways. pos-cli hands us app.zip, modules.zip and the CSV data export, and exits 0
// even when the download behind them failed, so each is read through before it counts. A GitHub
// artifact is one zip in blob storage, and a restore wants one file of it at a time, so it is read
// by HTTP range: the central directory from the tail, then only the wanted entry's bytes.
// yauzl does the parsing (ZIP64 included) and enforces entry sizes, but it does not check CRC-32,
// which is what tells a damaged download from a good one, so every entry is streamed through a
// checker here.
class ZipError extends Error {
    name = 'ZipError';
}
/** Every entry's name, sizes, method and CRC, from the central directory. */
async function listZip(source) {
    return withZip(source, async (_zip, listed) => listed.map((l) => l.entry));
}
/** One entry's content; the stream fails at its end when the bytes do not match the CRC-32. */
async function openZipEntry(source, name) {
    return withZip(source, async (zip, listed) => {
        const found = listed.find((l) => l.entry.name === name);
        if (!found)
            throw new ZipError(`the zip holds no ${name}`);
        return entryStream(zip, found);
    });
}
/** Reads every entry through, checking its size and CRC-32. */
async function verifyZip(source, signal) {
    return withZip(source, async (zip, listed) => {
        let files = 0;
        let bytes = 0;
        for (const l of listed) {
            if (l.entry.isDirectory)
                continue;
            await guarded(signal, async () => pipeline(await entryStream(zip, l), new Writable({ write: (_c, _e, cb) => cb() }), { signal }));
            files++;
            bytes += l.entry.size;
        }
        return { entries: listed.length, files, bytes, names: listed.map((l) => l.entry.name) };
    });
}
/**
 * Extracts into `dest`, checking every CRC. Every name is checked before anything is written, and
 * symlink entries are refused: a zip from a platform has no business pointing outside its folder.
 */
async function extractZip(source, dest, signal) {
    return withZip(source, async (zip, listed) => {
        const targets = listed.map(({ entry }) => {
            if (entry.isSymlink)
                throw new ZipError(`refused symbolic link: ${entry.name}`);
            return safeEntryPath(dest, entry.name);
        });
        let files = 0;
        let bytes = 0;
        for (const [i, l] of listed.entries()) {
            const out = targets[i];
            await guarded(signal, async () => {
                if (l.entry.isDirectory) {
                    await mkdir(out, { recursive: true });
                    return;
                }
                await mkdir(path.dirname(out), { recursive: true });
                await pipeline(await entryStream(zip, l), createWriteStream(out), { signal });
                files++;
                bytes += l.entry.size;
            });
        }
        return { files, bytes };
    });
}
function safeEntryPath(dest, name) {
    // yauzl's own rules: no absolute or drive paths, no ".." segments, no backslashes (which
    // getFileNameLowLevel has already turned into slashes, so "..\x" is caught as "../x").
    const problem = yauzl.validateFileName(name);
    if (problem)
        throw new ZipError(`refused ${problem}`);
    const out = path.resolve(dest, name);
    if (out === path.resolve(dest))
        throw new ZipError(`refused an entry without a name: "${name}"`);
    return out;
}
/** Runs one step, letting an abort through as itself and making anything else a ZipError. */
async function guarded(signal, step) {
    signal?.throwIfAborted();
    try {
        await step();
    }
    catch (e) {
        if (signal?.aborted)
            throw signal.reason;
        throw asZipError(e);
    }
}
async function withZip(source, use) {
    // decodeStrings off: with it, yauzl fails the whole listing on one unsafe name, and a listing or
    // a verification should still see the zip; extraction refuses such names itself.
    const options = { autoClose: false, decodeStrings: false, validateEntrySizes: true };
    let zip;
    try {
        if (typeof source === 'string') {
            zip = await node_modules_yauzl/* openPromise */.sO(source, options);
        }
        else {
            const size = await source.size();
            zip = await node_modules_yauzl/* fromRandomAccessReaderPromise */.or(new RangeReader(source, size), size, options);
        }
    }
    catch (e) {
        throw asZipError(e);
    }
    // Only a failed close of the file can still be emitted once the listing is done, and the data
    // was read by then.
    zip.on('error', () => undefined);
    try {
        const listed = [];
        try {
            for await (const raw of zip.eachEntry())
                listed.push({ entry: toEntry(raw), raw });
        }
        catch (e) {
            throw asZipError(e);
        }
        return await use(zip, listed);
    }
    finally {
        // Streams already handed out keep the file open until they end.
        zip.close();
    }
}
function toEntry(raw) {
    const name = node_modules_yauzl/* getFileNameLowLevel */.ax(raw.generalPurposeBitFlag, raw.fileNameRaw, raw.extraFields, false);
    return {
        name,
        method: raw.compressionMethod,
        crc32: raw.crc32,
        compressedSize: raw.compressedSize,
        size: raw.uncompressedSize,
        localHeaderOffset: raw.relativeOffsetOfLocalHeader,
        isDirectory: name.endsWith('/'),
        isSymlink: ((raw.externalFileAttributes >>> 16) & 0o170000) === 0o120000,
        encrypted: raw.isEncrypted(),
    };
}
function asZipError(e, name) {
    if (e instanceof ZipError)
        return e;
    const message = e instanceof Error ? e.message : String(e);
    return new ZipError(name ? `${name}: ${message}` : message, { cause: e });
}
async function entryStream(zip, { entry, raw }) {
    if (!raw.canDecodeFileData()) {
        throw new ZipError(`${entry.name}: ${entry.encrypted ? 'encrypted' : `compression method ${entry.method}`}, and only unencrypted stored or deflated entries can be read`);
    }
    let body;
    try {
        body = await zip.openReadStreamPromise(raw);
    }
    catch (e) {
        throw asZipError(e, entry.name);
    }
    const check = crcChecker(entry);
    // Piped by hand rather than with pipeline(): errors reach the reader wrapped, with the entry's
    // name, and yauzl wants its stream unpiped before it is destroyed.
    body.on('error', (e) => check.destroy(asZipError(e, entry.name)));
    check.on('close', () => {
        if (body.destroyed || body.readableEnded)
            return;
        body.unpipe(check);
        body.destroy();
    });
    return body.pipe(check);
}
/** yauzl has already enforced the entry's size; this adds the CRC-32 it does not check. */
function crcChecker(entry) {
    let crc = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            crc = external_node_zlib_default().crc32(chunk, crc);
            cb(null, chunk);
        },
        flush(cb) {
            cb(crc >>> 0 === entry.crc32 >>> 0 ? null : new ZipError(`${entry.name}: CRC-32 mismatch (the data is damaged)`));
        },
    });
}
/**
 * yauzl's view of a RangeSource. Its first read is the file's tail (the search for the end record),
 * and that is kept: the central directory of a zip with a handful of entries lies inside it, and
 * yauzl reads it in many small pieces that would otherwise be as many HTTP requests.
 */
class RangeReader extends node_modules_yauzl/* RandomAccessReader */.lJ {
    source;
    total;
    tail;
    constructor(source, total) {
        super();
        this.source = source;
        this.total = total;
    }
    _readStreamForRange(start, end) {
        const out = new external_node_stream_.PassThrough();
        this.source.stream(start, end).then((body) => (0,external_node_stream_.pipeline)(body, out, () => undefined), (e) => out.destroy(e));
        return out;
    }
    read(buffer, offset, length, position, callback) {
        const tail = this.tail;
        if (tail && position >= tail.start && position + length <= this.total) {
            tail.bytes.copy(buffer, offset, position - tail.start, position - tail.start + length);
            setImmediate(callback, null);
            return;
        }
        super.read(buffer, offset, length, position, (err) => {
            if (!err && position + length === this.total)
                this.tail = { start: position, bytes: Buffer.from(buffer.subarray(offset, offset + length)) };
            callback(err);
        });
    }
}
/** Drops `skip` bytes, passes `length`, and fails when fewer arrive. */
function slice(skip, length) {
    let pos = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            const from = Math.max(0, skip - pos);
            const to = Math.min(chunk.length, skip + length - pos);
            pos += chunk.length;
            cb(null, from < to ? chunk.subarray(from, to) : undefined);
        },
        flush(cb) {
            cb(pos < skip + length ? new ZipError(`blob storage sent ${Math.max(0, pos - skip)} of ${length} bytes`) : null);
        },
    });
}
const SMALL_REQUEST_TIMEOUT_MS = 60_000;
/**
 * A RangeSource over a (pre-signed) URL. The URL is a credential: it never appears in errors.
 * Servers that ignore Range get a sliced full download rather than a failure.
 */
function httpRangeSource(url, fetchImpl = fetch) {
    let known;
    return {
        async size() {
            if (known !== undefined)
                return known;
            const res = await fetchImpl(url, { method: 'HEAD', signal: AbortSignal.timeout(SMALL_REQUEST_TIMEOUT_MS) });
            const len = Number(res.headers.get('content-length'));
            if (!res.ok || !Number.isSafeInteger(len) || len < 0)
                throw new Error(`blob storage answered ${res.status} ${res.statusText} to a size request`);
            return (known = len);
        },
        async stream(start, end) {
            const res = await fetchImpl(url, { headers: { range: `bytes=${start}-${end - 1}` } });
            if (!res.body || (res.status !== 206 && res.status !== 200)) {
                await res.body?.cancel().catch(() => undefined);
                throw new Error(`blob storage answered ${res.status} ${res.statusText} to a range request`);
            }
            let skip = 0;
            if (res.status === 206) {
                const m = /^bytes (\d+)-/.exec(res.headers.get('content-range') ?? '');
                if (!m || Number(m[1]) !== start) {
                    await res.body.cancel().catch(() => undefined);
                    throw new Error('blob storage answered a range request with a different range');
                }
            }
            else {
                skip = start;
            }
            const out = slice(skip, end - start);
            (0,external_node_stream_.pipeline)(external_node_stream_.Readable.fromWeb(res.body), out, (err) => void err);
            return out;
        },
    };
}

// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
;// CONCATENATED MODULE: ./src/github/client.ts

const DEFAULT_API_URL = 'https://api.github.com';
function apiUrl(env = process.env) {
    return (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
}
/**
 * An Octokit for `token`, pointed at GITHUB_API_URL from `env` rather than from process.env:
 * @actions/github reads process.env once at import, which would ignore the env a command was given.
 */
function githubClient(token, env = process.env) {
    return (0,github/* getOctokit */.Q)(token, { baseUrl: apiUrl(env) });
}
/** GITHUB_REPOSITORY (`owner/name`), or undefined when it is missing or malformed. */
function repoFromEnv(env = process.env) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(env.GITHUB_REPOSITORY?.trim() ?? '');
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
/** The HTTP status of a failed Octokit request, when there was a response at all. */
function requestStatus(e) {
    const s = e?.status;
    return typeof s === 'number' && s > 0 ? s : undefined;
}
/** GitHub's own words for a failed request (its `message`), without the request URL or headers. */
function requestMessage(e) {
    const data = e?.response?.data;
    const m = data?.message;
    if (typeof m === 'string' && m)
        return m;
    return e?.message ?? String(e);
}
/**
 * The login the token acts as: `octocat` for a user's token, `github-actions[bot]` for the job's
 * GITHUB_TOKEN, `<app>[bot]` for an app's. GraphQL's `viewer` answers for every kind of token;
 * GET /user, tried next, refuses installation tokens. Undefined when neither answers.
 */
async function tokenLogin(client) {
    try {
        const r = await client.graphql('query { viewer { login } }');
        if (typeof r.viewer?.login === 'string' && r.viewer.login)
            return r.viewer.login;
    }
    catch {
        /* try REST */
    }
    try {
        const r = await client.rest.users.getAuthenticated();
        return r.data.login || undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/model/backup-id.ts
var backup_id = __webpack_require__(31389);
// EXTERNAL MODULE: ./src/model/manifest.ts
var manifest = __webpack_require__(89452);
// EXTERNAL MODULE: ./src/stores/read-retry.ts
var read_retry = __webpack_require__(22443);
// EXTERNAL MODULE: ./src/stores/store.ts
var store = __webpack_require__(34703);
;// CONCATENATED MODULE: ./src/stores/artifact.ts














// GitHub artifacts as a store. Each backup is ONE artifact, `<site>--<environment>--<backup-id>`,
// holding the same files as a backup folder elsewhere. Uploading goes through @actions/artifact
// (the Actions runtime, so only inside a job); listing, reading and deleting go through the REST
// API with `github-token`, which also works across workflow runs and outside Actions.
//
// @actions/artifact reads ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL and GITHUB_SERVER_URL from
// process.env itself. In the action that is the same object as `env`; the checks below read `env`.
const ARTIFACT_SEPARATOR = '--';
/**
 * Artifact names are one flat string, so `a--b`/`c` and `a`/`b--c` would both be `a--b--c--<id>`,
 * and pruning one would match (and delete) the other's backups. A site or environment holding
 * the separator is refused before any request; every other name keeps the DESIGN.md layout.
 */
function assertArtifactNames(site, environment) {
    for (const [input, v] of [
        ['site', site],
        ['environment', environment],
    ]) {
        if (v.includes(ARTIFACT_SEPARATOR)) {
            throw new errors/* ConfigError */.x(input, `"${v}" contains "${ARTIFACT_SEPARATOR}", which the artifact store uses to separate site, environment and backup id`, 'Use a single `-` or `.` instead, or an S3 or folder store.');
        }
    }
}
function artifactName(ref) {
    assertArtifactNames(ref.site, ref.environment);
    return [ref.site, ref.environment, ref.id].join(ARTIFACT_SEPARATOR);
}
const PER_PAGE = 100;
// Listing pages by offset: an artifact created or deleted meanwhile shifts the pages, and the
// listing is then retried from the start rather than trusted.
const LIST_ATTEMPTS = 3;
const MAX_PAGES = 10_000;
/** A download that sends no byte for this long has stalled: it is dropped and resumed. */
const STALL_MS = 60_000;
class ArtifactStore {
    spec;
    log;
    env;
    kind = 'artifact';
    token;
    client;
    /** Artifact name -> id, learned from listings and uploads, to spare a lookup per read. */
    ids = new Map();
    /** Retried requests per object read before it fails as "could not read, try again". */
    readRetries;
    stallMs;
    constructor(spec, log, env, opts = {}) {
        this.spec = spec;
        this.log = log;
        this.env = env;
        this.token = spec.token ?? (env.GITHUB_TOKEN?.trim() || undefined);
        log.setSecret(this.token);
        this.readRetries = (0,read_retry/* readRetriesFrom */.h8)(env);
        this.stallMs = opts.stallMs ?? STALL_MS;
    }
    /** The id of the artifact this run uploaded or listed for a backup, when known. */
    knownArtifactId(ref) {
        return this.ids.get(artifactName(ref));
    }
    location(ref) {
        return artifactName(ref);
    }
    objectUri(ref, name) {
        return `${artifactName(ref)}/${name}`;
    }
    async createWriter(ref) {
        this.requireRuntime();
        const name = artifactName(ref);
        // The one exception to "no second copy on disk": the artifact upload takes files, not streams,
        // so the archives are staged under RUNNER_TEMP and uploaded together at commit. Nothing else is
        // copied: each archive is written here once, straight from the packer.
        const staging = await (0,promises_.mkdtemp)(external_node_path_default().join(this.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'site-backup-artifact-'));
        const files = [];
        const { log, spec } = this;
        return {
            async put(object, body) {
                if (!(0,store/* isLayoutObject */._)(object) || object === manifest/* MANIFEST_NAME */.ir)
                    throw new Error(`"${object}" is not an object name a backup may hold`);
                const p = external_node_path_default().join(staging, object);
                await (0,external_node_stream_promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(p, { flags: 'wx' }));
                files.push(p);
            },
            commit: async (manifestJson) => {
                const manifestPath = external_node_path_default().join(staging, manifest/* MANIFEST_NAME */.ir);
                await (0,promises_.writeFile)(manifestPath, manifestJson, { flag: 'wx' });
                let result;
                try {
                    // Level 0: the archives are compressed already, and deflating them again only costs CPU.
                    result = await new artifact/* DefaultArtifactClient */.t9().uploadArtifact(name, [...files, manifestPath], staging, {
                        compressionLevel: 0,
                        ...(spec.retentionDays ? { retentionDays: spec.retentionDays } : {}),
                    });
                }
                catch (e) {
                    throw new Error(`uploading artifact ${name} failed: ${e.message}`, { cause: e });
                }
                // Uploaded whole and finalized in one step, so a listed artifact is always complete.
                if (result.id)
                    this.ids.set(name, result.id);
                log.info(`Uploaded artifact ${name}${result.id ? ` (id ${result.id})` : ''}, ${result.size ?? 0} bytes${spec.retentionDays ? `, kept ${spec.retentionDays} days` : ''}`);
                // The backup exists now; a leftover staging folder must not turn it into a failure.
                await (0,promises_.rm)(staging, { recursive: true, force: true }).catch((e) => log.warn(`could not remove the staging folder: ${e.message}`));
            },
            async abort() {
                await (0,promises_.rm)(staging, { recursive: true, force: true });
            },
        };
    }
    async list(site, environment) {
        assertArtifactNames(site, environment);
        const prefix = site + ARTIFACT_SEPARATOR + environment + ARTIFACT_SEPARATOR;
        return this.group(await this.listRepoArtifacts(), (name) => name.startsWith(prefix) ? { site, environment, id: name.slice(prefix.length) } : undefined);
    }
    async listAll() {
        // `<site>--<environment>--<id>`, none of which holds `--`: a name with more parts is not one
        // we wrote, and whose site it is cannot be told, so it is left out.
        return this.group(await this.listRepoArtifacts(), (name) => {
            const parts = name.split(ARTIFACT_SEPARATOR);
            if (parts.length !== 3)
                return undefined;
            const [site, environment, id] = parts;
            return { site, environment, id };
        });
    }
    /** Listed artifacts as backups: those `which` names, grouped by backup, newest first. */
    group(artifacts, which) {
        const now = Date.now();
        const byKey = new Map();
        for (const a of artifacts) {
            const ref = which(a.name);
            if (!ref || isExpired(a, now))
                continue;
            const parsed = (0,backup_id/* parseBackupId */.JN)(ref.id);
            if (!parsed)
                continue;
            const seen = new Date(a.updated_at ?? a.created_at ?? parsed.time);
            const key = artifactName(ref);
            let b = byKey.get(key);
            if (!b) {
                // Uploaded whole at commit: there is no such thing as a partial artifact backup.
                b = { ...ref, id: parsed.id, parsed, complete: true, objects: [], bytes: 0, lastModified: seen, artifactIds: [] };
                byKey.set(key, b);
            }
            if (seen > b.lastModified)
                b.lastModified = seen;
            b.artifactIds.push(a.id);
            // The files' own sizes are inside the zip; listing reports the artifact as a whole.
            b.objects.push({ name: `${a.name}.zip`, size: a.size_in_bytes });
            b.bytes += a.size_in_bytes;
            if (a.id > (this.ids.get(a.name) ?? 0))
                this.ids.set(a.name, a.id);
        }
        return [...byKey.values()].sort((x, y) => (x.id < y.id ? 1 : x.id > y.id ? -1 : 0));
    }
    /**
     * One object of the artifact's zip: its central directory from the zip's tail, then the entry's
     * own bytes, each a range request to blob storage (see retryingSource for broken and stalled
     * downloads). A read that fails after every retry is an ObjectReadError, as itself, whether it
     * fails while opening or while streaming: verify and restore never count it as damage.
     */
    async read(ref, name) {
        if (!(0,store/* isLayoutObject */._)(name))
            throw new Error(`"${name}" is not an object name a backup may hold`);
        const artifact = artifactName(ref);
        const id = await this.artifactId(artifact);
        // A fresh URL per read: the pre-signed ones are short-lived. GitHub's answer (deleted, expired)
        // comes from this first request, as itself.
        const url = await this.downloadUrl(artifact, id);
        let entry;
        try {
            entry = await openZipEntry(this.retryingSource(artifact, id, url, `artifact ${this.objectUri(ref, name)}`), name);
        }
        catch (e) {
            throw readFailureIn(e) ?? new Error(`reading ${name} from artifact ${artifact} (id ${id}): ${e.message}`, { cause: e });
        }
        // The zip reader names the entry in its errors, wrapping ours; unwrapped here.
        async function* bytes() {
            try {
                for await (const chunk of entry)
                    yield chunk;
            }
            catch (e) {
                throw readFailureIn(e) ?? e;
            }
        }
        return external_node_stream_.Readable.from(bytes(), { objectMode: false });
    }
    /**
     * The artifact's zip in blob storage, with the S3 store's rule for transient faults: a request
     * refused (5xx, an expired URL), reset before or during its body, or stalled (nothing for
     * stallMs while we wait for data) is tried again after a jittered backoff, from the next byte
     * not yet received (a ranged GET; a server that ignores ranges is read again from the start and
     * skipped up to there), with a fresh pre-signed URL, since the old one may have expired. The
     * artifact's blob never changes under its id, so resumed bytes belong to the same zip. Up to
     * readRetries retries per object read; then an ObjectReadError. GitHub's own answers to the URL
     * request (404 deleted, 410 expired, 401/403) are final.
     */
    retryingSource(artifact, id, firstUrl, where) {
        const { readRetries: budget, stallMs } = this;
        let retries = 0;
        let url = firstUrl;
        const freshUrl = async () => {
            try {
                return (url ??= await this.downloadUrl(artifact, id));
            }
            catch (e) {
                const status = requestStatus(e.cause);
                if (status !== undefined && status < 500)
                    throw new FinalAnswer(e);
                throw e;
            }
        };
        /** Counts a failed request against the budget and waits; throws when the budget is spent. */
        const spend = async (failure) => {
            if (failure instanceof FinalAnswer)
                throw failure.error;
            if (retries >= budget)
                throw new store/* ObjectReadError */.Uf(where, retries, failure);
            retries++;
            url = undefined;
            await (0,read_retry/* backoff */.JN)(retries);
        };
        return {
            async size() {
                for (;;) {
                    const dog = watchdog(stallMs);
                    try {
                        return await httpRangeSource(await freshUrl(), dog.fetch).size();
                    }
                    catch (e) {
                        await spend(dog.reason() ?? e);
                    }
                    finally {
                        dog.stop();
                    }
                }
            },
            async stream(start, end) {
                async function* bytes() {
                    let at = start;
                    while (at < end) {
                        const dog = watchdog(stallMs);
                        try {
                            const body = await httpRangeSource(await freshUrl(), dog.fetch).stream(at, end);
                            for await (const chunk of body) {
                                at += chunk.length;
                                // Only the wait for data counts: a slow reader downstream is not a stalled download.
                                dog.pause();
                                yield chunk;
                                dog.resume();
                            }
                        }
                        catch (e) {
                            await spend(dog.reason() ?? e);
                        }
                        finally {
                            dog.stop();
                        }
                    }
                }
                return external_node_stream_.Readable.from(bytes(), { objectMode: false });
            },
        };
    }
    async remove(backups) {
        const { gh, repo } = this.rest();
        const result = { removed: [], errors: [] };
        for (const b of backups) {
            const name = artifactName(b);
            // The first safety rule, for artifacts: only names of the backup layout are ever deleted.
            if (!(0,backup_id/* parseBackupId */.JN)(b.id)) {
                result.errors.push({ key: name, message: 'not a backup id; left alone' });
                continue;
            }
            let ids = b.artifactIds;
            if (!ids?.length) {
                try {
                    ids = (await this.findByName(name)).map((a) => a.id);
                }
                catch (e) {
                    result.errors.push({ key: name, message: e.message });
                    continue;
                }
            }
            let ok = true;
            for (const id of ids) {
                try {
                    await gh.rest.actions.deleteArtifact({ ...repo, artifact_id: id });
                }
                catch (e) {
                    // Already gone (expired, or removed by another run): the goal is reached.
                    if (requestStatus(e) === 404)
                        continue;
                    ok = false;
                    result.errors.push({ key: `${name} (artifact ${id})`, message: this.explain(e, `deleting artifact ${name}`, 'write').message });
                }
            }
            this.ids.delete(name);
            if (ok)
                result.removed.push(b.id);
        }
        return result;
    }
    /** Every artifact of the repository, across all runs; throws rather than return part of it. */
    async listRepoArtifacts() {
        const { gh, repo } = this.rest();
        let problem = '';
        for (let attempt = 1; attempt <= LIST_ATTEMPTS; attempt++) {
            const seen = new Map();
            let total;
            problem = '';
            for (let page = 1;; page++) {
                if (page > MAX_PAGES)
                    throw new Error(`listing artifacts of ${slug(repo)}: more than ${MAX_PAGES} pages`);
                let res;
                try {
                    res = await gh.rest.actions.listArtifactsForRepo({ ...repo, per_page: PER_PAGE, page });
                }
                catch (e) {
                    throw this.explain(e, `listing artifacts of ${slug(repo)} (page ${page})`, 'read');
                }
                const { total_count, artifacts } = res.data;
                if (!Number.isInteger(total_count) || !Array.isArray(artifacts))
                    throw new Error(`listing artifacts of ${slug(repo)}: page ${page} is not an artifact listing`);
                if (total === undefined)
                    total = total_count;
                else if (total !== total_count)
                    problem = `the artifact count changed from ${total} to ${total_count} while paging`;
                for (const a of artifacts) {
                    if (seen.has(a.id))
                        problem ||= 'an artifact showed up on two pages';
                    seen.set(a.id, a);
                }
                if (problem)
                    break;
                if (!/<[^>]*>;\s*rel="next"/.test(res.headers.link ?? ''))
                    break;
                if (artifacts.length === 0) {
                    problem = `page ${page} is empty, but a next page is linked`;
                    break;
                }
            }
            if (!problem && seen.size !== total)
                problem = `${seen.size} artifacts were listed, but GitHub counts ${total}`;
            if (!problem)
                return [...seen.values()];
            this.log.info(`Listing artifacts again (attempt ${attempt + 1} of ${LIST_ATTEMPTS}): ${problem}.`);
        }
        throw new Error(`listing artifacts of ${slug(repo)} did not come out complete after ${LIST_ATTEMPTS} attempts (${problem}); nothing that depends on it was done`);
    }
    /** The artifacts carrying exactly this name. The REST `name` filter is an exact match. */
    async findByName(name) {
        const { gh, repo } = this.rest();
        try {
            const res = await gh.rest.actions.listArtifactsForRepo({ ...repo, name, per_page: PER_PAGE });
            const now = Date.now();
            return res.data.artifacts.filter((a) => a.name === name && !isExpired(a, now));
        }
        catch (e) {
            throw this.explain(e, `looking up artifact ${name}`, 'read');
        }
    }
    async artifactId(name) {
        const known = this.ids.get(name);
        if (known)
            return known;
        const found = await this.findByName(name);
        if (found.length === 0)
            throw new Error(`no artifact named ${name} in ${slug(this.rest().repo)}: it expired, was deleted, or never finished uploading`);
        const id = Math.max(...found.map((a) => a.id));
        this.ids.set(name, id);
        return id;
    }
    /** A short-lived, pre-signed blob URL for the artifact's zip: a credential, so never logged. */
    async downloadUrl(name, id) {
        const { gh, repo } = this.rest();
        let res;
        try {
            res = await gh.rest.actions.downloadArtifact({ ...repo, artifact_id: id, archive_format: 'zip', request: { redirect: 'manual' } });
        }
        catch (e) {
            if (requestStatus(e) === 410)
                throw new Error(`artifact ${name} (id ${id}) has expired`, { cause: e });
            if (requestStatus(e) === 404)
                throw new Error(`artifact ${name} (id ${id}) was not found in ${slug(repo)}: it was deleted meanwhile, or \`github-token\` cannot see the repository`, { cause: e });
            throw this.explain(e, `downloading artifact ${name} (id ${id})`, 'read');
        }
        const location = res.headers.location;
        if (res.status !== 302 || !location)
            throw new Error(`downloading artifact ${name} (id ${id}): GitHub answered ${res.status} without a download location`);
        const sig = new URL(location).searchParams.get('sig');
        this.log.setSecret(sig ?? undefined);
        return location;
    }
    rest() {
        this.refuseGhes();
        if (!this.token) {
            throw new errors/* ConfigError */.x('github-token', 'is empty, and listing, reading or deleting artifacts needs it', 'In a workflow keep its default (`${{ github.token }}`) and grant the job `permissions: actions: read` (`actions: write` to prune); outside Actions set GITHUB_TOKEN or pass --github-token.');
        }
        const repo = repoFromEnv(this.env);
        if (!repo) {
            throw new errors/* ConfigError */.x('store', '`artifact` needs the repository that holds the artifacts, and GITHUB_REPOSITORY is not set', 'Run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/name (with GITHUB_TOKEN) to reach its artifacts from elsewhere.');
        }
        this.client ??= githubClient(this.token, this.env);
        return { gh: this.client, repo };
    }
    requireRuntime() {
        this.refuseGhes();
        if (!this.env.ACTIONS_RUNTIME_TOKEN || !this.env.ACTIONS_RESULTS_URL) {
            throw new errors/* ConfigError */.x('store', '`artifact` uploads through the GitHub Actions runtime, and ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set: this is not a GitHub Actions job, or the CLI runs in a `run:` step, which does not get the runtime token', 'Inside Actions use the action (`uses:`); outside Actions use `s3://bucket/prefix` or a folder (`file:///abs/path` or a plain path).');
        }
    }
    /** The artifact service behind @actions/artifact 2+ exists only on github.com and GHE.com. */
    refuseGhes() {
        const server = this.env.GITHUB_SERVER_URL;
        if (!server)
            return;
        let host;
        try {
            host = new URL(server).hostname.toLowerCase();
        }
        catch {
            return;
        }
        if (host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.localhost'))
            return;
        throw new errors/* ConfigError */.x('store', `\`artifact\` is not supported on GitHub Enterprise Server (${host})`, 'Use `s3://bucket/prefix` (any S3-compatible store) or a folder instead.');
    }
    /** An API failure in words a person can act on, naming the input and the permission involved. */
    explain(e, what, permission) {
        const status = requestStatus(e);
        const msg = requestMessage(e);
        let text;
        if (status === 401) {
            text = `${what}: GitHub rejected \`github-token\` (401 ${msg}). Pass a valid token; inside Actions the default \`\${{ github.token }}\` works.`;
        }
        else if (status === 403 && /rate limit/i.test(msg)) {
            text = `${what}: GitHub's API rate limit was hit (403 ${msg}). Try again later, or use a token with a higher limit in \`github-token\`.`;
        }
        else if (status === 403) {
            text = `${what}: GitHub answered 403 (${msg}). \`github-token\` needs the \`actions: ${permission}\` permission: add \`permissions: actions: ${permission}\` to the job, or pass a token that has it.`;
        }
        else if (status === 404) {
            text = `${what}: GitHub answered 404 (${msg}): the repository does not exist or \`github-token\` cannot see it.`;
        }
        else {
            text = `${what}: ${status ? `GitHub answered ${status} (${msg})` : msg}`;
        }
        return new Error(text, { cause: e });
    }
}
/** GitHub's own answer to a download request (404, 410, 401/403): retrying cannot change it. */
class FinalAnswer extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}
/** The ObjectReadError behind an error, however the zip reader wrapped it. */
function readFailureIn(e) {
    for (let c = e, depth = 0; c && depth < 10; c = c.cause, depth++) {
        if (c instanceof store/* ObjectReadError */.Uf)
            return c;
    }
    return undefined;
}
/**
 * A stall timer for one request: a fetch that aborts when no data arrived for `ms` while it was
 * being waited for (pause() while the data is with the reader, resume() when it asks again).
 */
function watchdog(ms) {
    const controller = new AbortController();
    let timer;
    let stalled;
    const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            stalled = new Error(`the download stalled: no data for ${Math.round(ms / 1000)} s`);
            controller.abort(stalled);
        }, ms);
    };
    arm();
    return {
        fetch: ((input, init) => fetch(input, {
            ...init,
            signal: init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal,
        })),
        pause: () => clearTimeout(timer),
        resume: arm,
        stop: () => clearTimeout(timer),
        /** Why the request failed, when it was the stall: clearer than the abort it caused. */
        reason: () => stalled,
    };
}
function isExpired(a, now) {
    // `expired` lags behind expires_at; an artifact past it can no longer be downloaded.
    return a.expired || (!!a.expires_at && Date.parse(a.expires_at) <= now);
}
function slug(r) {
    return `${r.owner}/${r.repo}`;
}


/***/ }),

/***/ 22443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ backoff),
/* harmony export */   h8: () => (/* binding */ readRetriesFrom),
/* harmony export */   my: () => (/* binding */ ReadBackError)
/* harmony export */ });
/* unused harmony export failureReason */
// The retry rule for reading a stored object over the network (S3, GitHub artifacts): a broken,
// refused or stalled transfer is tried again, resumed where the store allows it, after a jittered
// backoff, a bounded number of times per object. Only then does the read fail, as an
// ObjectReadError (store.ts): "could not read, try again", never "damaged".
/**
 * The retry budget for transient faults: SITE_BACKUP_READ_RETRIES (0 to 20, default 5). Five
 * resumes keep a read alive through a 30% reset rate with better than 99.9% odds per object.
 */
function readRetriesFrom(env) {
    const v = env.SITE_BACKUP_READ_RETRIES;
    if (v === undefined || v === '')
        return 5;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 20)
        throw new Error(`SITE_BACKUP_READ_RETRIES must be a whole number from 0 to 20 (the retries a transient read fault of the store gets, such as 8), got "${v}"`);
    return n;
}
/** Full jitter (AWS's advice): a random wait up to 200 ms × 2^attempt, at most 10 s. */
function backoff(attempt) {
    const cap = Math.min(10_000, 200 * 2 ** attempt);
    return new Promise((r) => setTimeout(r, Math.random() * cap));
}
/**
 * Why a request failed, in a few words that are safe anywhere (a job summary, an issue): the
 * network error code (ECONNRESET), the store's error code (SlowDown) or the HTTP status. Never
 * the server's or SDK's own message, which can quote what we did not write.
 */
function failureReason(e) {
    for (let cur = e, depth = 0; cur && depth < 8; cur = cur.cause, depth++) {
        const c = cur;
        if (typeof c.code === 'string' && /^E[A-Z_]+$/.test(c.code))
            return c.code;
        if (c.$metadata) {
            const code = typeof c.Code === 'string' ? c.Code : typeof c.name === 'string' ? c.name : '';
            const status = c.$metadata.httpStatusCode;
            return [/^[A-Za-z.]{1,64}$/.test(code) ? code : '', status ? `HTTP ${status}` : ''].filter(Boolean).join(', ') || 'no answer';
        }
    }
    return 'the connection broke';
}
/**
 * A read of our own write that failed after every retry. It names the request and why it failed,
 * so the log and the job summary say more than "the backup failed". `stored`: a manifest is in
 * the store (our write succeeded, or the store refused it because one is there), so the backup is
 * kept, only unconfirmed, rather than deleted; `note` says which.
 */
class ReadBackError extends Error {
    name = 'ReadBackError';
    request;
    reason;
    stored;
    constructor(what, cause) {
        const reason = failureReason(cause);
        const kept = what.stored
            ? (what.note ??
                'The manifest was written (the store accepted it), so the backup was kept: `list` shows it, and verify reads it through.')
            : 'Nothing was replaced; run the backup again.';
        super(`${what.why}, ${what.request} failed after ${what.retries} retries (${reason}): ${cause?.message ?? String(cause)}. ${kept}`, { cause });
        this.request = what.request;
        this.reason = reason;
        this.stored = what.stored;
    }
}


/***/ })

};
