export const id = 25;
export const ids = [25];
export const modules = {

/***/ 16463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ ArchiveLimitError),
  j$: () => (/* binding */ ArchiveReadError),
  td: () => (/* binding */ UnsafeArchiveError),
  Uq: () => (/* binding */ extractArchiveFile),
  fm: () => (/* binding */ listArchiveFile),
  od: () => (/* binding */ safeUnpackFile)
});

// UNUSED EXPORTS: EntryGuard, extractArchive, judgeEntries, openArchive, scanArchive, tarSource

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/archive/age.ts
var age = __webpack_require__(16477);
// EXTERNAL MODULE: ./src/archive/compress.ts + 1 modules
var compress = __webpack_require__(21678);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(21917);
;// CONCATENATED MODULE: ./src/archive/extract.ts




// Our own tar reader and extractor, for the listing pass and the extraction (unpack.ts). node-tar's Parser
// and Unpack wrap every chunk of every entry in stream objects; on the 1 GiB bench that garbage,
// and the copies into fresh buffers it forces, cost more than the disk writes themselves. Here a
// header is parsed where it lies (node-tar's Header still decodes its fields and checks its
// checksum), and file content goes to disk with positional writes straight from the read
// buffers: no copy, no allocation per chunk.
//
// The listing and the extraction read with this same reader, so what the listing judged safe is
// exactly what the extraction writes: two parsers could disagree about a crafted archive.
const BLOCK = 512;
/** Extended headers (pax, GNU long names) longer than this are refused: ours are a few hundred bytes. */
const MAX_META = 1 << 20;
/** Shared zeros, never written to, to check the padding after the end-of-archive blocks. */
const ZEROS = Buffer.alloc(64 << 10);
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const LINK_TYPES = new Set(['Link', 'SymbolicLink']);
const META_TYPES = new Set([
    'ExtendedHeader',
    'OldExtendedHeader',
    'GlobalExtendedHeader',
    'NextFileHasLongPath',
    'OldGnuLongPath',
    'NextFileHasLongLinkpath',
]);
/** The bytes are not a complete, well-formed tar archive. */
class TarFormatError extends Error {
    name = 'TarFormatError';
}
/** Whether buf[from, to) is all zero bytes. */
function isZeros(buf, from = 0, to = buf.length) {
    for (let o = from; o < to; o += ZEROS.length) {
        const n = Math.min(ZEROS.length, to - o);
        if (!buf.subarray(o, o + n).equals(ZEROS.subarray(0, n)))
            return false;
    }
    return true;
}
/**
 * Parses pax extended header records (`<length> <key>=<value>\n`). Strict where node-tar is
 * lenient: a record whose length is wrong, or a size or time that is not a number, is an error,
 * not a record silently dropped (which would leave the header's own, different size in force).
 */
function parsePax(body) {
    const out = {};
    let off = 0;
    while (off < body.length) {
        // Trailing NULs pad some writers' records to the block.
        if (isZeros(body, off))
            break;
        const space = body.indexOf(0x20, off);
        const lenText = space < 0 ? '' : body.toString('latin1', off, space);
        if (!/^[1-9]\d{0,8}$/.test(lenText))
            throw new TarFormatError('a pax extended header record has no valid length');
        const len = Number(lenText);
        const end = off + len;
        if (end > body.length || body[end - 1] !== 0x0a)
            throw new TarFormatError('a pax extended header record overruns its header or lacks its newline');
        const rec = body.toString('utf8', space + 1, end - 1);
        off = end;
        const eq = rec.indexOf('=');
        if (eq <= 0)
            throw new TarFormatError(`a pax extended header record has no key: ${JSON.stringify(rec.slice(0, 40))}`);
        const key = rec.slice(0, eq);
        const value = rec.slice(eq + 1);
        switch (key) {
            case 'path':
            case 'linkpath':
                out[key] = value;
                break;
            case 'size':
                if (!/^\d{1,15}$/.test(value))
                    throw new TarFormatError(`a pax size is not a number: ${JSON.stringify(value.slice(0, 40))}`);
                out.size = Number(value);
                break;
            case 'mtime': {
                if (!/^-?\d{1,15}(\.\d+)?$/.test(value))
                    throw new TarFormatError(`a pax mtime is not a number: ${JSON.stringify(value.slice(0, 40))}`);
                out.mtime = new Date(Number(value) * 1000);
                break;
            }
            case 'mode':
                if (!/^[0-7]{1,7}$/.test(value))
                    throw new TarFormatError(`a pax mode is not an octal number: ${JSON.stringify(value.slice(0, 40))}`);
                out.mode = parseInt(value, 8);
                break;
            default:
                // A sparse file's content is a map plus the data, not the file: extracting it as it is
                // would restore the wrong bytes. No backup of ours has one.
                if (key.startsWith('GNU.sparse.'))
                    throw new TarFormatError('holds a GNU sparse file, which is not supported');
        }
    }
    return out;
}
const pad = (n) => (BLOCK - (n % BLOCK)) % BLOCK;
/**
 * Reads a tar stream from `source` (buffers, or batches of buffers whose slices are passed on
 * together) and calls the visitor for each entry, in order, awaiting it before going on. Strict:
 * a damaged header, an extended header it cannot read, a truncated archive, a missing
 * end-of-archive marker or anything but zeros after it is a TarFormatError. Global pax headers
 * apply to every later entry (except path and linkpath), per-entry ones (pax `x`, GNU `L`/`K`) to
 * the next entry only.
 */
async function readTar(source, v, signal) {
    let state = 'header';
    /** Bytes of the stream consumed so far: where a problem is, in messages. */
    let at = 0;
    const head = Buffer.alloc(BLOCK);
    let headLen = 0;
    let nullBlocks = 0;
    let remain = 0;
    let padding = 0;
    let entry;
    let metaType = '';
    let meta = [];
    let ex;
    let gex;
    let sawData = false;
    /** Content slices of the current entry not yet handed to the visitor. */
    let out = [];
    let outLen = 0;
    const flush = async () => {
        if (outLen === 0)
            return;
        const parts = out;
        const len = outLen;
        out = [];
        outLen = 0;
        await v.content(parts, len);
    };
    const endOfBody = async () => {
        if (metaType) {
            applyMeta(Buffer.concat(meta));
            metaType = '';
            meta = [];
        }
        else {
            await flush();
            await v.done?.(entry);
            entry = undefined;
        }
        state = padding > 0 ? 'pad' : 'header';
    };
    const applyMeta = (body) => {
        switch (metaType) {
            case 'ExtendedHeader':
            case 'OldExtendedHeader':
                ex = { ...ex, ...parsePax(body) };
                break;
            case 'GlobalExtendedHeader': {
                // A global path or linkpath would name every later entry the same: ignored, as node-tar does.
                const { path: _p, linkpath: _l, ...rest } = parsePax(body);
                gex = { ...gex, ...rest };
                break;
            }
            case 'NextFileHasLongPath':
            case 'OldGnuLongPath':
                ex = { ...ex, path: body.toString('utf8').replace(/\0.*$/s, '') };
                break;
            case 'NextFileHasLongLinkpath':
                ex = { ...ex, linkpath: body.toString('utf8').replace(/\0.*$/s, '') };
                break;
        }
    };
    const onHeader = async (block) => {
        const where = `the header at byte ${at}`;
        at += BLOCK;
        if (isZeros(block)) {
            if (++nullBlocks === 2)
                state = 'end';
            return;
        }
        // One zero block ends the archive for GNU tar, while node-tar reads on: refused, so that no
        // reader of the same bytes sees different entries.
        if (nullBlocks > 0)
            throw new TarFormatError(`a lone zero block comes before ${where}`);
        sawData = true;
        const h = new index_min/* Header */.Y9(block);
        if (!h.cksumValid)
            throw new TarFormatError(`${where} is damaged (checksum mismatch)`);
        const type = h.type;
        const isMeta = META_TYPES.has(type);
        // Extended headers describe the next entry, never another extended header.
        const x = isMeta ? undefined : ex;
        const g = isMeta ? undefined : gex;
        const p = x?.path ?? h.path ?? '';
        const linkpath = x?.linkpath ?? h.linkpath;
        let size = x?.size ?? g?.size ?? h.size;
        if (!p)
            throw new TarFormatError(`${where} has no path`);
        if (size === undefined || !Number.isSafeInteger(size) || size < 0)
            throw new TarFormatError(`${where} (${JSON.stringify(p)}) has no readable size`);
        if (LINK_TYPES.has(type) && !linkpath)
            throw new TarFormatError(`${where} (${JSON.stringify(p)}) is a link without a target`);
        if (!LINK_TYPES.has(type) && !isMeta && linkpath)
            throw new TarFormatError(`${where} (${JSON.stringify(p)}) is a ${type} with a link target`);
        if (isMeta) {
            if (size > MAX_META)
                throw new TarFormatError(`${where} is an extended header of ${size} bytes, more than the ${MAX_META} allowed`);
            metaType = type;
            meta = [];
            remain = size;
            padding = pad(size);
            state = 'meta';
            if (size === 0)
                await endOfBody();
            return;
        }
        ex = undefined;
        // node-tar's Header calls a folder's size 0 whatever the field says; so does every reader here.
        if (type === 'Directory')
            size = 0;
        const mode = x?.mode ?? g?.mode ?? h.mode;
        const mtime = x?.mtime ?? g?.mtime ?? h.mtime;
        entry = {
            path: p,
            type,
            size,
            ...(linkpath && LINK_TYPES.has(type) ? { linkpath } : {}),
            ...(mode !== undefined ? { mode } : {}),
            ...(mtime && Number.isFinite(mtime.getTime()) ? { mtime } : {}),
        };
        await v.entry(entry);
        remain = size;
        padding = pad(size);
        state = 'content';
        if (size === 0)
            await endOfBody();
    };
    for await (const item of source) {
        signal?.throwIfAborted();
        const parts = Buffer.isBuffer(item) ? [item] : item;
        for (const piece of parts) {
            let off = 0;
            while (off < piece.length) {
                switch (state) {
                    case 'header': {
                        if (headLen === 0 && piece.length - off >= BLOCK) {
                            const block = piece.subarray(off, off + BLOCK);
                            off += BLOCK;
                            await onHeader(block);
                        }
                        else {
                            const n = Math.min(BLOCK - headLen, piece.length - off);
                            piece.copy(head, headLen, off, off + n);
                            headLen += n;
                            off += n;
                            if (headLen === BLOCK) {
                                headLen = 0;
                                await onHeader(head);
                            }
                        }
                        break;
                    }
                    case 'content':
                    case 'meta': {
                        const n = Math.min(remain, piece.length - off);
                        // Extended headers are copied (they outlive the batch); content is passed as slices.
                        if (state === 'meta')
                            meta.push(Buffer.from(piece.subarray(off, off + n)));
                        else if (v.content) {
                            out.push(piece.subarray(off, off + n));
                            outLen += n;
                        }
                        off += n;
                        at += n;
                        remain -= n;
                        if (remain === 0)
                            await endOfBody();
                        break;
                    }
                    case 'pad': {
                        const n = Math.min(padding, piece.length - off);
                        off += n;
                        at += n;
                        padding -= n;
                        if (padding === 0)
                            state = 'header';
                        break;
                    }
                    case 'end': {
                        if (!isZeros(piece, off))
                            throw new TarFormatError(`holds data after its end-of-archive marker (byte ${at})`);
                        at += piece.length - off;
                        off = piece.length;
                        break;
                    }
                }
            }
        }
        // The rest of this batch's content, before the next batch may reuse its buffers.
        await flush();
    }
    if (state === 'end')
        return;
    if (state === 'content' || state === 'meta' || state === 'pad' || headLen > 0) {
        throw new TarFormatError(`is truncated at byte ${at}${entry ? `, inside ${JSON.stringify(entry.path)}` : ''}`);
    }
    throw new TarFormatError(sawData || nullBlocks > 0 ? `is truncated at byte ${at}: it ends without the end-of-archive marker` : 'is empty: not a tar archive');
}
// --- extraction -----------------------------------------------------------------------------
const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = (external_node_fs_default()).constants;
/** A new file only: never an existing one, never through a symlink in its place. */
const CREATE_FLAGS = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW;
/** An entry the extraction cannot write safely; the archive is refused. */
class ExtractError extends Error {
    name = 'ExtractError';
}
/**
 * Content writes of at least this many bytes go to the thread pool, so reading goes on meanwhile;
 * smaller ones, and every other file system call, are made directly. With a thread pool round
 * trip for each open, write, time and close, 20,000 small files (on tmpfs) took 3.2 s; made
 * directly, 0.41-0.47 s (node-tar's Unpack 3.9 s, GNU tar 0.25 s).
 */
const ASYNC_WRITE = 64 << 10;
/** Writes every byte of `parts` at `pos`; a short write continues where it stopped. */
async function writeFully(fd, parts, pos, length) {
    for (let rest = parts; rest.length > 0;) {
        const n = length >= ASYNC_WRITE
            ? await new Promise((resolve, reject) => external_node_fs_default().writev(fd, rest, pos, (e, k) => (e ? reject(e) : resolve(k))))
            : external_node_fs_default().writevSync(fd, rest, pos);
        pos += n;
        length -= n;
        rest = (0,fs/* unwritten */.p)(rest, n);
    }
}
const isExists = (e) => e.code === 'EEXIST';
/** Path segments without empty and `.` parts, joined: `./a//b/` -> `a/b`. */
function entryKey(p) {
    return p
        .split('/')
        .filter((s) => s !== '' && s !== '.')
        .join('/');
}
const parentKey = (key) => {
    const i = key.lastIndexOf('/');
    return i < 0 ? '' : key.slice(0, i);
};
/**
 * Writes tar entries into `root` (an existing, empty folder), as a TarVisitor. It takes the
 * entries it is given (unpack.ts judges them first) and adds the file system's own rules:
 * - every file is created new (O_CREAT|O_EXCL|O_NOFOLLOW): never written through a symlink or
 *   into an existing inode; an entry named twice replaces the first (unlinked, or an empty folder
 *   removed), as tar does;
 * - no folder on the way is a symlink: each parent is created or found to be a real folder;
 * - a hard link only to an earlier entry of this archive;
 * - modes: permission bits only, under the process umask, folders always owner-writable (so a
 *   read-only folder still gets its content), as node-tar made them; owners never change;
 * - modification times: files as they close, folders once all content is in (a file written
 *   into a folder changes the folder's time).
 */
class TarExtractor {
    root;
    /** Folders known to be real folders (created here, or checked with lstat): '' is the root. */
    dirs = new Set(['']);
    /** Files, symlinks and hard links written: what a later hard link may point at. */
    written = new Set();
    dirTimes = new Map();
    fd;
    pos = 0;
    constructor(root) {
        this.root = root;
    }
    abs(key) {
        return key === '' ? this.root : external_node_path_default().join(this.root, key);
    }
    /** Makes sure the folder `key` exists as a real folder, creating what is missing. */
    ensureDir(key) {
        if (this.dirs.has(key))
            return;
        this.ensureDir(parentKey(key));
        try {
            external_node_fs_default().mkdirSync(this.abs(key), 0o777);
        }
        catch (e) {
            if (!isExists(e))
                throw e;
            const st = external_node_fs_default().lstatSync(this.abs(key));
            if (st.isSymbolicLink())
                throw new ExtractError(`${JSON.stringify(key)} is a symlink, and nothing is written through one`);
            if (!st.isDirectory())
                throw new ExtractError(`${JSON.stringify(key)} is a file where a folder is needed`);
        }
        this.dirs.add(key);
    }
    /** Removes what an earlier entry put at `key`, so a later entry of the same name replaces it. */
    clear(key) {
        const abs = this.abs(key);
        if (external_node_fs_default().lstatSync(abs).isDirectory())
            external_node_fs_default().rmdirSync(abs);
        else
            external_node_fs_default().unlinkSync(abs);
        for (const d of this.dirs)
            if (d === key || d.startsWith(`${key}/`))
                this.dirs.delete(d);
        this.written.delete(key);
        this.dirTimes.delete(key);
    }
    /** Runs `make`, and once more after clearing the place when something is already there. */
    replacing(key, make) {
        try {
            return make();
        }
        catch (e) {
            if (!isExists(e))
                throw e;
            this.clear(key);
            return make();
        }
    }
    entry(e) {
        const key = entryKey(e.path);
        // Defence in depth: unpack.ts refuses these before they get here.
        if (e.path.startsWith('/') || key.split('/').includes('..'))
            throw new ExtractError(`${JSON.stringify(e.path)} leaves the target folder`);
        if (key === '' && e.type !== 'Directory')
            throw new ExtractError(`${JSON.stringify(e.path)} would replace the target folder`);
        const abs = this.abs(key);
        if (key !== '')
            this.ensureDir(parentKey(key));
        if (FILE_TYPES.has(e.type)) {
            const mode = (e.mode ?? 0o666) & 0o777;
            this.fd = this.replacing(key, () => external_node_fs_default().openSync(abs, CREATE_FLAGS, mode));
            this.pos = 0;
            this.written.add(key);
        }
        else if (e.type === 'Directory') {
            if (!this.dirs.has(key)) {
                const mode = ((e.mode ?? 0o777) & 0o777) | 0o700;
                try {
                    external_node_fs_default().mkdirSync(abs, mode);
                }
                catch (err) {
                    if (!isExists(err))
                        throw err;
                    if (!external_node_fs_default().lstatSync(abs).isDirectory()) {
                        this.clear(key);
                        external_node_fs_default().mkdirSync(abs, mode);
                    }
                }
                this.dirs.add(key);
            }
            if (e.mtime)
                this.dirTimes.set(key, e.mtime);
        }
        else if (e.type === 'SymbolicLink') {
            this.replacing(key, () => external_node_fs_default().symlinkSync(e.linkpath, abs));
            this.written.add(key);
        }
        else if (e.type === 'Link') {
            const target = entryKey(e.linkpath ?? '');
            if (!this.written.has(target) || target === key)
                throw new ExtractError(`${JSON.stringify(e.path)} is a hard link to ${JSON.stringify(e.linkpath)}, which is not an earlier file of this archive`);
            // link(2) does not follow a symlink it is given: the new name is the symlink itself.
            this.replacing(key, () => external_node_fs_default().linkSync(this.abs(target), abs));
            this.written.add(key);
        }
        else {
            throw new ExtractError(`${JSON.stringify(e.path)} is a ${e.type} entry, which is never extracted`);
        }
    }
    async content(parts, length) {
        // Content of entries that are not files (a symlink's body, if any) is not written anywhere.
        if (this.fd === undefined)
            return;
        await writeFully(this.fd, parts, this.pos, length);
        this.pos += length;
    }
    done(e) {
        const fd = this.fd;
        if (fd === undefined)
            return;
        this.fd = undefined;
        try {
            if (this.pos !== e.size)
                throw new ExtractError(`${JSON.stringify(e.path)}: wrote ${this.pos} bytes of ${e.size}`);
            if (e.mtime)
                external_node_fs_default().futimesSync(fd, new Date(), e.mtime);
        }
        finally {
            external_node_fs_default().closeSync(fd);
        }
    }
    /** Sets the folders' modification times, now that nothing more is written into them. */
    finish() {
        // lutimes: a folder an entry replaced by a symlink gets no time through that link.
        for (const [key, mtime] of this.dirTimes)
            external_node_fs_default().lutimesSync(this.abs(key), new Date(), mtime);
    }
    /** Closes a file left open by a failure; the caller removes the partial folder. */
    abort() {
        const fd = this.fd;
        this.fd = undefined;
        if (fd !== undefined)
            external_node_fs_default().closeSync(fd);
    }
}

;// CONCATENATED MODULE: ./src/archive/pooled-read.ts

// A restore and a verify read the whole local object. Read through a few reused buffers, a
// gigabyte costs no gigabyte of allocations for the garbage collector to chase.
/**
 * Read buffers in rotation; a buffer is reused only after RING - 1 later reads. The zstd decoder
 * holds at most a raw frame (RAW_FRAME_CAP, 2 MiB) and a block of look-ahead, and the tar reader
 * hands one batch at a time to a visitor that is done with it before asking for the next: 6
 * buffers at most, one more being read into. 512 KiB reads measured faster than 1 MiB and 256 KiB
 * on the 1 GiB bench restore (1.52-1.57 s vs 1.70-1.75 s and 1.74-2.01 s, Node 24), and the
 * ring is half the memory of 1 MiB reads (peak RSS 125-129 vs 144-146 MiB).
 */
const RING = 8;
const READ = 512 << 10;
/**
 * A local file's bytes through RING reused buffers. Only for consumers that are done with a chunk
 * (or copied what they keep) before asking for RING - 1 more: the tar reader and the zstd decoder.
 * `tap` sees every chunk, in order, as it is handed out: the object's checksum, in the same read.
 */
async function* pooledChunks(file, tap, signal) {
    const bufs = Array.from({ length: RING }, () => Buffer.allocUnsafe(READ));
    const fh = await (0,promises_.open)(file, 'r');
    // One read ahead, into the buffer after the one the consumer has: it was handed out RING - 1
    // reads ago, so nothing holds it any more.
    let pos = 0;
    const readInto = (i) => fh.read(bufs[i], 0, READ, pos);
    let next;
    try {
        next = readInto(0);
        for (let i = 0;; i = (i + 1) % RING) {
            const { bytesRead } = await next;
            next = undefined;
            if (bytesRead === 0)
                return;
            signal?.throwIfAborted();
            pos += bytesRead;
            next = readInto((i + 1) % RING);
            const chunk = bufs[i].subarray(0, bytesRead);
            tap?.(chunk);
            yield chunk;
        }
    }
    finally {
        await next?.catch(() => undefined);
        await fh.close();
    }
}

;// CONCATENATED MODULE: ./src/archive/unpack.ts








// The reverse of pack.ts: stored object -> age -> decompress -> tar. Two ways through an archive,
// both with the same tar reader (extract.ts), so they see the same entries:
// - the listing pass (verify, the drill's first pass) judges every entry and writes nothing;
// - the extraction (restore) judges each entry before writing it, into a private folder that the
//   caller moves into place only when the checksum matched and the whole archive passed, and
//   removes otherwise: a single bad entry still refuses the whole archive, and the target never
//   sees a byte of it.
/** Entry types that become plain files, folders or links. Everything else is refused. */
const unpack_FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const ALLOWED_TYPES = new Set([...unpack_FILE_TYPES, 'Directory', 'SymbolicLink', 'Link']);
/** How many problems an error message lists; the count covers the rest. */
const MAX_LISTED_PROBLEMS = 10;
/** Symlink hops before a chain counts as a loop (Linux gives up at 40 too). */
const MAX_HOPS = 40;
class UnsafeArchiveError extends Error {
    object;
    problems;
    name = 'UnsafeArchiveError';
    constructor(object, problems) {
        const shown = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `  - ${p}`);
        if (problems.length > MAX_LISTED_PROBLEMS)
            shown.push(`  - … and ${problems.length - MAX_LISTED_PROBLEMS} more`);
        super(`${object}: refused the whole archive, nothing of it was kept; ${problems.length} unsafe ${problems.length === 1 ? 'entry' : 'entries'}:\n${shown.join('\n')}`);
        this.object = object;
        this.problems = problems;
    }
}
/** The archive could not be read back: wrong identity, damaged stream, not a tar. */
class ArchiveReadError extends Error {
    object;
    name = 'ArchiveReadError';
    constructor(object, message, options) {
        super(`${object}: ${message}`, options);
        this.object = object;
    }
}
/** Path segments without empty and `.` parts: `./a//b/` -> [a, b]. */
function segments(p) {
    return p.split('/').filter((s) => s !== '' && s !== '.');
}
function isAbsoluteLike(p) {
    // POSIX roots, Windows drive letters and UNC or backslash roots: an archive may be unpacked by
    // another program on another system (FORMAT.md promises plain tar), so refuse them all.
    return p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:/.test(p);
}
function hasDotDot(p) {
    return p.split(/[\\/]/).includes('..');
}
/**
 * Judges tar entries as if they were extracted, in order, into an empty folder. Pure: it never
 * touches the file system, so it can run over a whole archive before anything is written.
 *
 * Links are resolved the way the kernel will: component by component, following every symlink the
 * archive declared (a symlink, once declared, is kept as one, which can only refuse more), with
 * `..` applied to the resolved location, not to the text. Checking text alone misses a symlink
 * that is harmless where it is but turns a later `x/..` into a way out.
 */
class EntryGuard {
    symlinks = new Map();
    /** Files, symlinks and hard links accepted so far: what a hard link may point at. */
    nonDirs = new Set();
    seen = [];
    problems = [];
    /** The first file or hard link of the archive among the folders above `parts`, if any. */
    fileAbove(parts) {
        for (let i = 1; i < parts.length; i++) {
            const key = parts.slice(0, i).join('/');
            if (this.nonDirs.has(key))
                return key;
        }
        return undefined;
    }
    /** The first symlink of the archive among the folders above `parts`, if any. */
    symlinkAbove(parts) {
        for (let i = 1; i < parts.length; i++) {
            const key = parts.slice(0, i).join('/');
            if (this.symlinks.has(key))
                return key;
        }
        return undefined;
    }
    /** Resolves `parts` from the root; undefined when it leaves the root or loops. */
    resolve(parts, followLast) {
        const stack = [];
        const queue = [...parts];
        let hops = 0;
        while (queue.length > 0) {
            const c = queue.shift();
            if (c === '..') {
                if (stack.length === 0)
                    return undefined;
                stack.pop();
                continue;
            }
            stack.push(c);
            const target = this.symlinks.get(stack.join('/'));
            if (target !== undefined && (queue.length > 0 || followLast)) {
                if (++hops > MAX_HOPS || isAbsoluteLike(target))
                    return undefined;
                stack.pop();
                queue.unshift(...segments(target));
            }
        }
        return stack;
    }
    /**
     * The problem with this entry at this point of the archive, if any. `earlier`: whether the
     * entries before it are known (when added), for the rule that a hard link points back.
     */
    judge(e, earlier) {
        const p = e.path;
        if (!ALLOWED_TYPES.has(e.type)) {
            return `${JSON.stringify(p)} is a ${e.type} entry; only files, folders and links are restored (devices and FIFOs never are)`;
        }
        if (p.includes('\0'))
            return `${JSON.stringify(p)} holds a NUL byte`;
        if (isAbsoluteLike(p))
            return `${JSON.stringify(p)} is an absolute path`;
        if (hasDotDot(p))
            return `${JSON.stringify(p)} has a ".." segment`;
        const parts = segments(p);
        if (parts.length === 0 && e.type !== 'Directory')
            return `${JSON.stringify(p)} would replace the target folder itself`;
        // A symlink entry replaces whatever its own name is, so only its parents are followed.
        if (parts.length > 0 && this.resolve(parts, e.type !== 'SymbolicLink') === undefined) {
            return `${JSON.stringify(p)} passes through a symlink that leads outside the target`;
        }
        // Nothing is written through a symlink, even one that stays inside: tar never archives a
        // path below a symlink, and the extraction refuses to follow one.
        const above = this.symlinkAbove(parts);
        if (above !== undefined)
            return `${JSON.stringify(p)} lies below ${JSON.stringify(above)}, a symlink of the archive`;
        // Nor is a file turned into a folder: the extraction would stop there, half done.
        const fileAbove = this.fileAbove(parts);
        if (fileAbove !== undefined)
            return `${JSON.stringify(p)} lies below ${JSON.stringify(fileAbove)}, a file of the archive`;
        if (e.type === 'SymbolicLink' || e.type === 'Link') {
            const l = e.linkpath ?? '';
            if (!l)
                return `${JSON.stringify(p)} is a link without a target`;
            if (l.includes('\0'))
                return `${JSON.stringify(p)} links to a name holding a NUL byte`;
            if (isAbsoluteLike(l))
                return `${JSON.stringify(p)} links to the absolute path ${JSON.stringify(l)}, outside the target`;
            if (e.type === 'Link') {
                // Hard link targets are archive paths, relative to the root, never to the entry.
                if (hasDotDot(l))
                    return `${JSON.stringify(p)} is a hard link to ${JSON.stringify(l)}, which has a ".." segment`;
                if (this.resolve(segments(l), true) === undefined)
                    return `${JSON.stringify(p)} is a hard link to ${JSON.stringify(l)}, which resolves outside the target`;
                const target = segments(l);
                if (this.symlinkAbove(target) !== undefined)
                    return `${JSON.stringify(p)} is a hard link to ${JSON.stringify(l)}, which lies below a symlink of the archive`;
                if (earlier && (!this.nonDirs.has(target.join('/')) || target.join('/') === parts.join('/'))) {
                    return `${JSON.stringify(p)} is a hard link to ${JSON.stringify(l)}, which is not an earlier file of the archive`;
                }
            }
            else {
                const from = parts.slice(0, -1);
                if (this.resolve([...from, ...segments(l)], true) === undefined) {
                    return `${JSON.stringify(p)} is a symlink to ${JSON.stringify(l)}, which points outside the target`;
                }
            }
        }
        return undefined;
    }
    /** Judges one entry in archive order and remembers it; false when it was refused. */
    add(e) {
        const problem = this.judge(e, true);
        if (problem) {
            this.problems.push(problem);
            return false;
        }
        const key = segments(e.path).join('/');
        if (e.type === 'SymbolicLink')
            this.symlinks.set(key, e.linkpath);
        else
            this.symlinks.delete(key);
        if (e.type === 'Directory')
            this.nonDirs.delete(key);
        else
            this.nonDirs.add(key);
        this.seen.push(e);
        return true;
    }
    /**
     * Judges every entry again against the final set of symlinks: a link declared later can change
     * where an earlier, then harmless, path leads. Returns all problems found, in and after the scan.
     */
    finish() {
        for (const e of this.seen) {
            const problem = this.judge(e, false);
            if (problem && !this.problems.includes(problem))
                this.problems.push(problem);
        }
        return this.problems;
    }
}
/** Judges a whole list of entries; the problems, or an empty list when all are safe. */
function judgeEntries(entries) {
    const g = new EntryGuard();
    for (const e of entries)
        g.add(e);
    return g.finish();
}
/**
 * The plain tar stream of a stored object file as a Node stream: decrypt, then decompress. Wrong
 * identities fail here, at the age header, before a byte of content flows. The passes of a
 * restore read through tarSource, which avoids the stream for unencrypted objects.
 */
async function openArchive(file, object, opts) {
    if (opts.encryption === 'none')
        await requireDeclaredCompression(file, object, opts.compression);
    let stream = (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 });
    if (opts.encryption === 'age') {
        if (opts.identities.length === 0)
            throw new ArchiveReadError(object, 'is age-encrypted and no identity was given');
        try {
            stream = await (0,age/* decryptStream */.U)(stream, opts.identities);
        }
        catch (e) {
            throw new ArchiveReadError(object, `cannot be decrypted with the given identity: ${e.message}`, { cause: e });
        }
    }
    const decompressor = (0,compress/* decompressStream */.Ct)(opts.compression);
    if (!decompressor)
        return stream;
    const out = new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 });
    (0,external_node_stream_promises_.pipeline)(stream, decompressor, out, opts.signal ? { signal: opts.signal } : {}).catch((e) => out.destroy(e));
    return out;
}
/**
 * The plain tar bytes of a stored object file. Unencrypted `none` and `zstd` objects are read
 * through reused buffers (pooledChunks), and `tap` sees each chunk of the file as it is read: the
 * sha256 of the listing pass. Encrypted and gzip objects go through Node streams (openArchive),
 * whose buffers are fresh, and `tap` sees nothing: the caller hashes those itself.
 */
async function tarSource(file, object, opts, tap) {
    if (opts.encryption !== 'none' || opts.compression === 'gzip')
        return openArchive(file, object, opts);
    await requireDeclaredCompression(file, object, opts.compression);
    const raw = pooledChunks(file, tap, opts.signal);
    return opts.compression === 'zstd' ? (0,compress/* decodeZstdChunks */.UE)(raw) : raw;
}
/** What the first bytes of an object say its compression is. */
function sniffCompression(head) {
    if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528)
        return 'zstd';
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    return 'none';
}
/**
 * An unencrypted object must be compressed as its manifest says. Checked on its first bytes, so a
 * manifest that misstates it gets one clear error on every Node version, instead of a decoder's
 * "incorrect header check", or a zstd decoder that Node 20 lacks.
 */
async function requireDeclaredCompression(file, object, declared) {
    const fh = await (0,promises_.open)(file, 'r');
    let head;
    try {
        const buf = Buffer.alloc(4);
        const { bytesRead } = await fh.read(buf, 0, 4, 0);
        head = buf.subarray(0, bytesRead);
    }
    finally {
        await fh.close();
    }
    const actual = sniffCompression(head);
    if (actual !== declared) {
        throw new ArchiveReadError(object, `is ${actual === 'none' ? 'not compressed' : `${actual}-compressed`}, but its manifest says compression \`${declared}\`: the manifest misstates the object's compression`);
    }
}
function count(listing, entry) {
    listing.entries++;
    if (unpack_FILE_TYPES.has(entry.type)) {
        listing.files++;
        listing.contentBytes += entry.size;
    }
    else if (entry.type === 'Directory')
        listing.directories++;
    else if (entry.type === 'SymbolicLink')
        listing.symlinks++;
    else if (entry.type === 'Link')
        listing.hardlinks++;
}
const emptyListing = () => ({ entries: 0, files: 0, contentBytes: 0, directories: 0, symlinks: 0, hardlinks: 0 });
/** The archive holds more than its manifest declared: a bomb, or a manifest that lies. */
class ArchiveLimitError extends Error {
    name = 'ArchiveLimitError';
    constructor(object, what) {
        super(`${object}: holds more than its manifest declares (${what}); refused, and nothing of it was kept`);
    }
}
/** Counts an entry, and throws once the counts pass the limits; tar headers give sizes up front. */
function countWithin(listing, entry, object, limits) {
    count(listing, entry);
    if (!limits)
        return;
    if (listing.contentBytes > limits.contentBytes)
        throw new ArchiveLimitError(object, `more than ${limits.contentBytes} bytes of file content`);
    if (listing.files > limits.files)
        throw new ArchiveLimitError(object, `more than ${limits.files} files`);
}
const info = (e) => ({ path: e.path, type: e.type, ...(e.linkpath !== undefined ? { linkpath: e.linkpath } : {}) });
/**
 * The listing pass: reads a whole tar stream, judging every entry, and throws UnsafeArchiveError
 * naming every unsafe one, ArchiveLimitError past the limits, or ArchiveReadError when the stream
 * is not a complete, valid tar (or cannot be decrypted or decompressed). File content is skipped
 * unseen.
 */
function scanArchive(source, object, limits, signal) {
    return readArchive(source, object, undefined, limits, signal);
}
/**
 * The extraction, into `dir` (which should be empty, and private until the caller moves it into
 * place). Each entry is judged (the guard, the limits) before anything of it is written, and the
 * extractor adds the file system's rules (extract.ts: no writing through symlinks, new files only,
 * hard links only back). After the first unsafe entry nothing more is written, but the rest is
 * still read, so UnsafeArchiveError names every unsafe entry, as the listing pass does. On error
 * the caller removes `dir`: it may hold part of the archive.
 */
function extractArchive(source, dir, object, limits, signal) {
    return readArchive(source, object, new TarExtractor(dir), limits, signal);
}
/** Both of the above: every entry judged and counted, and written by `out` while all are safe. */
async function readArchive(source, object, out, limits, signal) {
    const guard = new EntryGuard();
    const listing = emptyListing();
    let writing = out !== undefined;
    try {
        await readTar(source, {
            entry: (e) => {
                const safe = guard.add(info(e));
                countWithin(listing, e, object, limits);
                if (!safe && writing) {
                    writing = false;
                    out.abort();
                }
                if (!writing)
                    return;
                // Plain permission bits only: a restored file never comes back setuid, setgid or sticky.
                if (e.mode !== undefined)
                    e.mode &= 0o777;
                return out.entry(e);
            },
            ...(out
                ? {
                    content: (parts, length) => (writing ? out.content(parts, length) : undefined),
                    done: (e) => (writing ? out.done(e) : undefined),
                }
                : {}),
        }, signal);
        if (writing)
            out.finish();
    }
    catch (e) {
        out?.abort();
        if (e instanceof ArchiveLimitError ||
            e instanceof UnsafeArchiveError ||
            e instanceof ArchiveReadError ||
            (signal?.aborted && e === signal.reason))
            throw e;
        const what = e instanceof ExtractError
            ? 'refused an entry'
            : out && !(e instanceof TarFormatError)
                ? 'extraction failed'
                : 'cannot be read as a tar archive';
        throw new ArchiveReadError(object, `${what}: ${e.message}`, { cause: e });
    }
    const problems = guard.finish();
    if (problems.length > 0)
        throw new UnsafeArchiveError(object, problems);
    return listing;
}
/** The listing pass over a local object file (see tarSource for `tap`). */
async function listArchiveFile(file, object, opts, limits, tap) {
    return scanArchive(await tarSource(file, object, opts, tap), object, limits, opts.signal);
}
/** The extraction of a local object file (see tarSource for `tap`). */
async function extractArchiveFile(file, dir, object, opts, limits, tap) {
    return extractArchive(await tarSource(file, object, opts, tap), dir, object, limits, opts.signal);
}
/** Both passes over one local object file: refuse before writing, then extract into `dir`. */
async function safeUnpackFile(file, object, dir, opts, limits) {
    const listing = await listArchiveFile(file, object, opts, limits);
    await extractArchiveFile(file, dir, object, opts, limits);
    return listing;
}


/***/ }),

/***/ 16025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cs: () => (/* binding */ IntegrityError),
  YQ: () => (/* binding */ backupsNewerThan),
  ii: () => (/* binding */ fetchObject),
  Qi: () => (/* binding */ listingDamage),
  eY: () => (/* binding */ loadManifest),
  VH: () => (/* binding */ loadManifestText),
  I4: () => (/* binding */ pickBackup),
  $Y: () => (/* binding */ verifyBackups),
  vF: () => (/* binding */ verifySummaryMarkdown)
});

// UNUSED EXPORTS: IN_PROGRESS_GRACE_MS, checkBackup, compareDigest

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/util/cleanup.ts
var cleanup = __webpack_require__(4532);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/archive/digest.ts




/** Counts and hashes bytes as they pass, so the digest costs no second read. */
class DigestStream extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
    bytes = 0;
    constructor() {
        super({ highWaterMark: 1 << 20 });
    }
    _transform(chunk, _enc, cb) {
        this.hash.update(chunk);
        this.bytes += chunk.length;
        cb(null, chunk);
    }
    /** Only meaningful once the stream has finished. */
    digest() {
        return this.hash.digest('hex');
    }
}
/**
 * The sha256 of a local file, fed by whoever reads it first (the listing pass hands it every chunk
 * it reads, see pooledChunks), and finished by reading whatever they did not: one read of the
 * object does both jobs.
 */
class FileHasher {
    hash = (0,external_node_crypto_.createHash)('sha256');
    /** Bytes hashed so far: the file's first `bytes` bytes. */
    bytes = 0;
    /** The next chunk of the file, in order. */
    update = (chunk) => {
        this.hash.update(chunk);
        this.bytes += chunk.length;
    };
    /**
     * Hashes the rest of the file, from `bytes` on, and returns size and digest. Reads through two
     * reused buffers: the next read runs while the current one is hashed.
     */
    async finish(file, signal) {
        const fh = await (0,promises_.open)(file, 'r');
        let reading;
        try {
            // Buffers for what is left: next to nothing, when the listing pass read it all.
            const left = Math.max(1, Math.min(1 << 20, (await fh.stat()).size - this.bytes));
            const bufs = [Buffer.allocUnsafe(left), Buffer.allocUnsafe(left)];
            reading = fh.read(bufs[0], 0, bufs[0].length, this.bytes);
            let i = 0;
            for (;;) {
                signal?.throwIfAborted();
                const { bytesRead } = await reading;
                if (bytesRead === 0)
                    break;
                const buf = bufs[i];
                i ^= 1;
                reading = fh.read(bufs[i], 0, bufs[i].length, this.bytes + bytesRead);
                this.update(buf.subarray(0, bytesRead));
            }
        }
        finally {
            // A read still in flight (after an abort) must finish before the file closes.
            await reading?.catch(() => undefined);
            await fh.close();
        }
        return { bytes: this.bytes, sha256: this.hash.digest('hex') };
    }
}
/**
 * When `source` reads a local file (a local store), hard-links that file to `dest` instead of
 * copying it: the same bytes, without writing them a second time. False when the source is not
 * a local file or the link is impossible (another file system), and the caller copies.
 */
async function linkLocalSource(source, dest) {
    if (!(source instanceof external_node_fs_.ReadStream) || typeof source.path !== 'string')
        return false;
    try {
        await (0,promises_.link)(source.path, dest);
    }
    catch {
        return false;
    }
    source.destroy();
    return true;
}

// EXTERNAL MODULE: ./src/archive/unpack.ts + 2 modules
var unpack = __webpack_require__(16463);
// EXTERNAL MODULE: ./src/model/manifest.ts
var model_manifest = __webpack_require__(89452);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/progress.ts
var progress = __webpack_require__(18991);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/stores/store.ts
var stores_store = __webpack_require__(34703);
// EXTERNAL MODULE: ./src/restic/store.ts + 2 modules
var store = __webpack_require__(53628);
// EXTERNAL MODULE: ./src/util/bytes.ts
var bytes = __webpack_require__(1671);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
;// CONCATENATED MODULE: ./src/core/verify.ts
















// Reading backups back: the manifest, then every object in full, hashed as it streams. Restore
// uses the same functions, so "verify passed" and "restore would accept it" mean the same thing.
/** A manifest is a few KiB; anything this big is not one of ours. */
const MAX_MANIFEST_BYTES = 4 << 20;
/** Thrown with every damaged object named, never just the first. */
class IntegrityError extends Error {
    damage;
    name = 'IntegrityError';
    constructor(damage, lead = 'integrity check failed') {
        super(`${lead}: ${damage.map((d) => `${d.backup}${d.object ? `/${d.object}` : ''}: ${d.problem}`).join('; ')}`);
        this.damage = damage;
    }
}
/** `latest` (the newest complete backup) or an exact id, from a listing that is newest first. */
function pickBackup(list, wanted) {
    const where = list[0] ? `${list[0].site}/${list[0].environment}` : 'this site and environment';
    if (wanted === 'latest') {
        const b = list.find((x) => x.complete);
        if (!b) {
            const incomplete = list.length
                ? ` (${list.length} incomplete ${list.length === 1 ? 'backup has' : 'backups have'} no manifest and are never restored)`
                : '';
            throw new Error(`no complete backup of ${where} exists${incomplete}`);
        }
        return b;
    }
    const b = list.find((x) => x.id === wanted);
    if (!b) {
        const recent = list
            .filter((x) => x.complete)
            .slice(0, 5)
            .map((x) => x.id);
        throw new Error(`backup ${wanted} does not exist in ${where}${recent.length ? `; the newest complete ones are ${recent.join(', ')}` : ''}`);
    }
    if (!b.complete) {
        throw new Error(`backup ${wanted} has no ${model_manifest/* MANIFEST_NAME */.ir}: it is incomplete (it failed or is still being written) and is never restored`);
    }
    return b;
}
/** Every backup made within `ms` before `now`, newest first, complete or not. */
function backupsNewerThan(list, ms, now) {
    return list.filter((b) => now.getTime() - b.parsed.time.getTime() <= ms);
}
/** The manifest of a listed backup, checked against where it was found. */
async function loadManifest(store, ref) {
    return (await loadManifestText(store, ref)).manifest;
}
/** loadManifest, with the manifest's text exactly as stored (copy writes those bytes, not a re-serialization). */
async function loadManifestText(store, ref) {
    const where = `${ref.id}/${model_manifest/* MANIFEST_NAME */.ir}`;
    let text;
    try {
        // One call instead of a stream where the store has it: a fleet report reads 22,000 of these.
        const small = await (0,stores_store/* readSmallText */.Ft)(store, ref, model_manifest/* MANIFEST_NAME */.ir, MAX_MANIFEST_BYTES);
        if (small === undefined)
            throw new model_manifest/* ManifestError */.Sh(`${where} is larger than ${(0,bytes/* formatBytes */.z)(MAX_MANIFEST_BYTES)}: not a manifest`);
        text = small;
    }
    catch (e) {
        // A read that failed after every retry says nothing about the backup: never call it incomplete.
        if (e instanceof model_manifest/* ManifestError */.Sh || e instanceof stores_store/* ObjectReadError */.Uf)
            throw e;
        throw new model_manifest/* ManifestError */.Sh(`${where} cannot be read: ${e.message}; a backup without a manifest is incomplete and is never restored`);
    }
    const m = (0,model_manifest/* parseManifest */.Ng)(text, where);
    // A manifest copied into the wrong folder would point at objects that are not its own.
    const mismatch = ['id', 'site', 'environment'].filter((k) => m[k] !== ref[k]);
    if (mismatch.length) {
        throw new model_manifest/* ManifestError */.Sh(`${where} describes ${m.site}/${m.environment}/${m.id}, not the folder it is in (${ref.site}/${ref.environment}/${ref.id})`);
    }
    const names = new Set();
    for (const c of m.components) {
        if (names.has(c.name))
            throw new model_manifest/* ManifestError */.Sh(`${where} lists component ${c.name} twice`);
        names.add(c.name);
    }
    return { text, manifest: m };
}
/** Compares the listing with the manifest before any download: a size that differs is damage. */
function listingDamage(backup, components) {
    const out = [];
    // The artifact store lists a backup as one zip, not file by file; there the sha256 check after
    // the download is the only check, and an absent name here is not damage.
    if (!backup.objects.some((o) => o.name === model_manifest/* MANIFEST_NAME */.ir || components.some((c) => c.object === o.name)))
        return out;
    for (const c of components) {
        const o = backup.objects.find((x) => x.name === c.object);
        if (!o)
            out.push({ backup: backup.id, object: c.object, problem: 'is missing from the store' });
        else if (o.size !== c.bytes)
            out.push({ backup: backup.id, object: c.object, problem: `is ${o.size} bytes in the store, the manifest says ${c.bytes}` });
    }
    return out;
}
/** Size and digest against the manifest entry: the one rule every check ends in. */
function compareDigest(c, got) {
    if (got.bytes !== c.bytes)
        return `read ${got.bytes} bytes, the manifest says ${c.bytes}`;
    if (got.sha256 !== c.sha256)
        return `sha256 is ${got.sha256}, the manifest says ${c.sha256}`;
    return undefined;
}
/**
 * Reads one object in full, hashing it as it streams, into `dest` (a local file) or nowhere.
 * Never throws for damage; a read error is damage too, since the object cannot be restored.
 *
 * With `list` (and `dest`), it also runs the listing pass (unpack.ts) over the file, held to the
 * manifest's counts. An object of a local store is linked, not copied, and then hashed and listed
 * in one read of the file: the listing hands the checksum every chunk it reads. The outcome of the
 * listing counts only when the checksum matched: a damaged object is damage, whatever its listing
 * said. Nothing is written but `dest` either way.
 */
async function fetchObject(store, ref, c, dest, signal, log, list) {
    const meter = { digest: new DigestStream(), hasher: undefined };
    // Progress lines for a long download (restore and verify): bytes of the manifest's size, and the rate.
    if (log)
        return (0,progress/* withProgress */.E)(c.name, log, { phase: 'downloading', total: c.bytes, bytes: () => meter.hasher?.bytes ?? meter.digest.bytes, noun: 'downloaded' }, () => fetchInto(store, ref, c, meter, dest, signal, list));
    return fetchInto(store, ref, c, meter, dest, signal, list);
}
/** The listing pass over a local object file, its outcome as a value. */
async function listQuietly(file, c, list, signal, tap) {
    try {
        const opts = { compression: c.compression, encryption: c.encryption, identities: list.identities, ...(signal ? { signal } : {}) };
        const limits = { contentBytes: c.contentBytes, files: c.files };
        if (list.extractTo)
            return { listing: await (0,unpack/* extractArchiveFile */.Uq)(file, list.extractTo, c.object, opts, limits, tap) };
        return { listing: await (0,unpack/* listArchiveFile */.fm)(file, c.object, opts, limits, tap) };
    }
    catch (e) {
        return { listError: e instanceof Error ? e : new Error(String(e)) };
    }
}
async function fetchInto(store, ref, c, meter, dest, signal, list) {
    const started = Date.now();
    const { digest } = meter;
    try {
        const source = await store.read(ref, c.object);
        // A local store's object is linked, not copied, and hashed in place (see linkLocalSource).
        if (dest && (await linkLocalSource(source, dest))) {
            const hasher = (meter.hasher = new FileHasher());
            const listed = list ? await listQuietly(dest, c, list, signal, hasher.update) : {};
            const got = await hasher.finish(dest, signal);
            const problem = compareDigest(c, got);
            return { ...got, durationMs: Date.now() - started, ...(problem ? { problem } : listed) };
        }
        const sink = dest
            ? (0,external_node_fs_.createWriteStream)(dest, { mode: 0o600 })
            : new external_node_stream_.Writable({
                write(_chunk, _enc, cb) {
                    cb();
                },
            });
        await (0,external_node_stream_promises_.pipeline)(source, digest, sink, signal ? { signal } : {});
    }
    catch (e) {
        // A read that failed after every retry says nothing about the backup: never call it damage.
        if (e instanceof stores_store/* ObjectReadError */.Uf)
            throw e;
        return {
            bytes: meter.hasher?.bytes ?? digest.bytes,
            sha256: '',
            durationMs: Date.now() - started,
            problem: `cannot be read: ${(0,redact/* redact */.E$)(e.message)}`,
        };
    }
    const got = { bytes: digest.bytes, sha256: digest.digest() };
    const problem = compareDigest(c, got);
    const listed = !problem && list && dest ? await listQuietly(dest, c, list, signal) : {};
    return { ...got, durationMs: Date.now() - started, ...(problem ? { problem } : listed) };
}
/** An incomplete backup touched this recently may still be running; it is not called damaged. */
const IN_PROGRESS_GRACE_MS = 3_600_000;
/**
 * `s3-object-lock`: every object of the backup locked in the expected mode until at least the
 * date its retention needs (docs/immutable.md). A missing or short lock is damage naming the object.
 */
async function auditLocks(b, deps, result) {
    if (!deps.store.lockAudit)
        return;
    let findings;
    try {
        findings = await deps.store.lockAudit(b);
    }
    catch (e) {
        findings = [{ object: model_manifest/* MANIFEST_NAME */.ir, problem: `its Object Lock could not be read: ${(0,redact/* redact */.E$)(e.message)}` }];
    }
    for (const f of findings) {
        deps.log.info(`${b.id}/${f.object}: LOCK ${f.problem}`);
        result.damage.push({ backup: b.id, object: f.object, problem: `Object Lock: ${f.problem}` });
    }
}
/**
 * Checks one backup: manifest present and consistent, every object present with the right size,
 * every object's sha256 by reading it through, and each archive decodable and safe to extract
 * where it can be decoded. Collects all damage instead of stopping at the first.
 */
async function checkBackup(b, deps) {
    const now = (deps.now ?? (() => new Date()))();
    const result = { id: b.id, complete: b.complete, objects: [], damage: [] };
    if (!b.complete) {
        if (now.getTime() - b.lastModified.getTime() < IN_PROGRESS_GRACE_MS) {
            result.inProgress = true;
            return result;
        }
        result.damage.push({ backup: b.id, object: model_manifest/* MANIFEST_NAME */.ir, problem: 'is missing: the backup is incomplete and can never be restored' });
        return result;
    }
    let manifest;
    try {
        manifest = await loadManifest(deps.store, b);
    }
    catch (e) {
        if (e instanceof stores_store/* ObjectReadError */.Uf)
            throw e;
        result.damage.push({ backup: b.id, object: model_manifest/* MANIFEST_NAME */.ir, problem: e.message });
        return result;
    }
    result.manifest = manifest;
    await auditLocks(b, deps, result);
    const components = deps.components ? manifest.components.filter((c) => deps.components.includes(c.name)) : manifest.components;
    const early = listingDamage(b, components);
    const work = await (0,cleanup/* makeStaging */.me)(deps.tmpRoot, 'verify');
    try {
        for (const c of components) {
            const listed = early.find((d) => d.object === c.object);
            if (listed) {
                result.damage.push(listed);
                result.objects.push({ component: c.name, object: c.object, bytes: c.bytes, ok: false, problem: listed.problem, durationMs: 0 });
                continue;
            }
            const decodable = c.encryption === 'none' || deps.identities.length > 0;
            const file = decodable ? external_node_path_default().join(work, c.object) : undefined;
            // Decodable archives are also listed, held to what the manifest declares (a bomb is
            // damage, not a long wait), in the same read as the checksum where the store allows.
            const f = await fetchObject(deps.store, b, c, file, deps.signal, deps.log, file ? { identities: deps.identities } : undefined);
            const check = { component: c.name, object: c.object, bytes: f.bytes, ok: !f.problem, durationMs: f.durationMs };
            if (f.problem) {
                check.problem = f.problem;
                result.damage.push({ backup: b.id, object: c.object, problem: f.problem });
            }
            else if (f.listError) {
                const e = f.listError;
                const problem = e instanceof unpack/* UnsafeArchiveError */.td || e instanceof unpack/* ArchiveReadError */.j$ || e instanceof unpack/* ArchiveLimitError */.w
                    ? e.message.replace(`${c.object}: `, '')
                    : e.message;
                check.ok = false;
                check.problem = problem;
                result.damage.push({ backup: b.id, object: c.object, problem });
            }
            else if (f.listing) {
                check.listing = f.listing;
            }
            else {
                check.notDecoded = 'encrypted; set `decrypt-identity` to also decrypt and list it';
            }
            if (file && check.ok && check.listing)
                await deps.onVerified?.(b, c, file);
            if (file)
                await (0,promises_.rm)(file, { force: true });
            deps.log.info(`${b.id}/${c.object}: ${check.ok ? 'ok' : 'DAMAGED'}, ${(0,bytes/* formatBytes */.z)(f.bytes)} in ${(0,duration/* formatDuration */.a)(f.durationMs)} (${(0,bytes/* formatRate */.C)(f.bytes, f.durationMs)})${check.listing ? `, ${check.listing.files} files` : ''}${check.problem ? `: ${check.problem}` : ''}`);
            result.objects.push(check);
        }
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
    return result;
}
/** Checks each backup in turn and gathers all the damage; throws nothing for damage itself. */
async function verifyBackups(site, environment, backups, deps) {
    // format: restic is verified by `restic check` (src/restic/restore.ts).
    if ((0,store/* isResticStore */.c3)(deps.store))
        return (await Promise.all(/* import() */[__webpack_require__.e(82), __webpack_require__.e(982), __webpack_require__.e(27)]).then(__webpack_require__.bind(__webpack_require__, 2408))).resticVerify(site, environment, backups, {
            ...deps,
            store: deps.store,
        });
    const started = Date.now();
    const checks = [];
    for (const b of backups)
        checks.push(await checkBackup(b, deps));
    return { site, environment, checks, damage: checks.flatMap((c) => c.damage), durationMs: Date.now() - started };
}
/** The job summary of a verify run. Pure. */
function verifySummaryMarkdown(r) {
    const ok = r.damage.length === 0;
    const lines = [`## Verify ${r.site}/${r.environment}: ${ok ? 'all backups intact' : `${r.damage.length} damaged`}`, ''];
    lines.push('| backup | object | bytes | files | result | time |', '|---|---|---:|---:|---|---:|');
    for (const c of r.checks) {
        if (c.inProgress)
            lines.push(`| \`${c.id}\` | | | | incomplete, written less than an hour ago (still running?) | |`);
        for (const d of c.damage.filter((x) => !c.objects.some((o) => o.object === x.object)))
            lines.push(`| \`${c.id}\` | ${(0,markdown/* cell */.Hn)(d.object)} | | | **DAMAGED**: ${(0,markdown/* cell */.Hn)(d.problem)} | |`);
        for (const o of c.objects) {
            const result = o.ok
                ? o.notDecoded
                    ? `sha256 ok (${o.notDecoded})`
                    : 'sha256 ok, archive safe'
                : `**DAMAGED**: ${(0,markdown/* cell */.Hn)(o.problem ?? '')}`;
            lines.push(`| \`${c.id}\` | ${o.object} | ${(0,bytes/* formatBytes */.z)(o.bytes)} | ${o.listing?.files ?? ''} | ${result} | ${(0,duration/* formatDuration */.a)(o.durationMs)} |`);
        }
    }
    lines.push('', `Checked ${r.checks.length} ${r.checks.length === 1 ? 'backup' : 'backups'} in ${(0,duration/* formatDuration */.a)(r.durationMs)}.`, '');
    return lines.join('\n');
}


/***/ })

};
