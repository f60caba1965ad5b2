export const id = 670;
export const ids = [670];
export const modules = {

/***/ 31289:
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
// EXTERNAL MODULE: ./src/archive/unpack.ts + 3 modules
var unpack = __webpack_require__(83780);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/restic/store.ts + 3 modules
var store = __webpack_require__(13105);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/core/verify.ts + 2 modules
var verify = __webpack_require__(80153);
// EXTERNAL MODULE: ./src/util/fs.ts
var fs = __webpack_require__(21917);
// EXTERNAL MODULE: ./src/util/cleanup.ts
var cleanup = __webpack_require__(4532);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/age-encryption/dist/index.js + 4 modules
var dist = __webpack_require__(95103);
// EXTERNAL MODULE: ./src/model/manifest.ts
var manifest = __webpack_require__(89452);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
;// CONCATENATED MODULE: ./src/archive/seek-index.ts



// The member index of a seekable archive (FORMAT.md, "Seekable archives"): a small object beside
// the archive that says where each entry lies, so one file can be restored with ranged reads of
// a few frames instead of the whole object. Offsets are those of the archive before age
// encryption (the zstd stream, or the tar itself for `none`); each frame carries the sha256 of
// its stored bytes, so what a ranged read brings back is checked without the whole object.
/** About this much tar per frame: what a restore of one small file reads at most, give or take a member. */
const FRAME_BYTES = (/* unused pure expression or super */ null && (1 << 20));
/** An index larger than this is not one of ours (about 40 bytes per entry gzipped: millions of entries). */
const seek_index_MAX_INDEX_BYTES = (/* unused pure expression or super */ null && (256 << 20));
const hex64 = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/);
const uint = schemas/* number */.aig().int().nonnegative();
const indexSchema = schemas/* object */.Ikc({
    format: schemas/* literal */.euz(1),
    object: schemas/* string */.YjP(),
    frames: schemas/* array */.YOg(schemas/* object */.Ikc({ stored: uint, content: uint, sha256: hex64 }).strict()),
    members: schemas/* array */.YOg(schemas/* object */.Ikc({
        path: schemas/* string */.YjP().min(1),
        type: schemas/* enum */.k5n(['file', 'dir', 'symlink', 'link']),
        mode: uint,
        size: uint,
        mtime: schemas/* number */.aig().int(),
        linkpath: schemas/* string */.YjP().optional(),
        frame: uint,
        offset: uint,
        headers: uint,
    })
        .strict()),
});
/**
 * sha256 of each frame's stored bytes, taken as they pass on their way to age and the store.
 * Frame ends come from `ends()`: offsets in the stored stream, known by the time the bytes after
 * them pass (a frame's bytes all precede the next frame's, see OrderedQueue).
 */
class FrameHasher {
    frameEnd;
    digests = [];
    hash = createHash('sha256');
    pos = 0;
    frameStart = 0;
    constructor(frameEnd) {
        this.frameEnd = frameEnd;
    }
    /** Bytes hashed so far. */
    get bytes() {
        return this.pos;
    }
    update(buf) {
        let off = 0;
        while (off < buf.length) {
            const end = this.frameEnd(this.digests.length);
            if (end !== undefined && end <= this.pos) {
                this.close();
                continue;
            }
            const n = end === undefined ? buf.length - off : Math.min(buf.length - off, end - this.pos);
            this.hash.update(off === 0 && n === buf.length ? buf : buf.subarray(off, off + n));
            off += n;
            this.pos += n;
        }
    }
    close() {
        this.digests.push(this.hash.digest('hex'));
        this.hash = createHash('sha256');
        this.frameStart = this.pos;
    }
    /** The last frame ends with the stream; returns every digest. */
    finish() {
        if (this.pos > this.frameStart || this.digests.length === 0)
            this.close();
        return this.digests;
    }
    /** Hashes each batch as it passes. */
    async *tap(batches) {
        for await (const batch of batches) {
            for (const p of batch)
                this.update(p.buf);
            yield batch;
        }
    }
}
/** Frame ends of a zstd pack: each frame once its record is done (the seek table is not hashed apart). */
function zstdFrameEnds(frames) {
    let sum = 0;
    let known = 0;
    return (i) => {
        while (known <= i && known < frames.length && frames[known].done)
            sum += frames[known++].stored;
        if (i >= known)
            return undefined;
        // Ends are asked for in order, and i only ever grows: the running sum is the end of i.
        return i === known - 1 ? sum : undefined;
    };
}
/** Frame ends of an uncompressed pack: each cut ends the frame before it. */
function tarFrameEnds(log) {
    return (i) => log.cuts[i];
}
/** The index of a packed archive, from the tar writer's log and the frames as written. */
function buildIndex(object, log, frames, digests) {
    if (frames.length !== digests.length)
        throw new Error(`internal: ${frames.length} frames but ${digests.length} digests`);
    const out = frames.map((f, i) => ({ stored: f.stored, content: f.content, sha256: digests[i] }));
    const starts = seek_index_contentStarts(out);
    let f = 0;
    const members = log.members.map((m) => {
        while (f + 1 < out.length && starts[f + 1] <= m.header)
            f++;
        const e = {
            path: m.path,
            type: m.type,
            mode: m.mode,
            size: m.size,
            mtime: m.mtime,
            frame: f,
            offset: m.header - starts[f],
            headers: m.data - m.header,
        };
        if (m.linkpath !== undefined)
            e.linkpath = m.linkpath;
        return e;
    });
    return { format: 1, object, frames: out, members };
}
/** Frames of an uncompressed pack: the tar cut at the log's cuts. */
function tarFrames(log, total) {
    const bounds = [0, ...log.cuts, total];
    const out = [];
    for (let i = 0; i + 1 < bounds.length; i++)
        out.push({ stored: bounds[i + 1] - bounds[i], content: bounds[i + 1] - bounds[i] });
    return out;
}
function seek_index_contentStarts(frames) {
    const s = [];
    let n = 0;
    for (const f of frames) {
        s.push(n);
        n += f.content;
    }
    return s;
}
function seek_index_storedStarts(frames) {
    const s = [];
    let n = 0;
    for (const f of frames) {
        s.push(n);
        n += f.stored;
    }
    return s;
}
function seek_index_serializeIndex(ix) {
    return gzipSync(JSON.stringify(ix), { level: 6 });
}
/**
 * Reads an index that already matched the manifest's sha256, and checks it holds together: frames
 * that add up to no more than the object, members inside their frames, safe relative paths. The
 * store is hostile: a reader trusts nothing here it did not check.
 */
function seek_index_parseIndex(gz, where, objectBytes) {
    let raw;
    try {
        raw = JSON.parse(gunzipSync(gz, { maxOutputLength: seek_index_MAX_INDEX_BYTES * 8 }).toString('utf8'));
    }
    catch (e) {
        throw new Error(`${where} is not a gzipped JSON index: ${e.message}`, { cause: e });
    }
    const r = indexSchema.safeParse(raw);
    if (!r.success) {
        const issue = r.error.issues[0];
        throw new Error(`${where} is not a format 1 index: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    const ix = r.data;
    const stored = ix.frames.reduce((n, f) => n + f.stored, 0);
    if (stored > objectBytes)
        throw new Error(`${where}: its frames add up to ${stored} bytes, more than the object's ${objectBytes}`);
    for (const m of ix.members) {
        const f = ix.frames[m.frame];
        if (!f || m.offset >= f.content)
            throw new Error(`${where}: entry ${JSON.stringify(m.path)} points outside its frame`);
        if (!isSafePath(m.path))
            throw new Error(`${where}: entry ${JSON.stringify(m.path)} is not a safe relative path`);
    }
    return ix;
}
/** A relative path with no empty, `.` or `..` segment, no backslash and no NUL. */
function isSafePath(p) {
    if (p.startsWith('/') || p.includes('\0') || p.includes('\\'))
        return false;
    return p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
/** Index of the frame holding content offset `at` (binary search over the starts). */
function seek_index_frameAt(starts, at) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= at)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/core/index-object.ts





// The index object as stored: gzipped JSON, age-encrypted to the archive's recipients when the
// archive is (paths and sizes say as much about a site as its files' names), and checked against
// the manifest's sha256 before a byte of it is parsed.
/** Writes a component's index beside its archive; returns the manifest's `index` field. */
async function storeIndex(writer, component, index, recipients) {
    let body = serializeIndex(index);
    if (recipients.length > 0) {
        const e = new Encrypter();
        for (const r of recipients)
            e.addRecipient(r);
        body = Buffer.from(await e.encrypt(body));
    }
    const object = indexObjectName(component, recipients.length > 0);
    await writer.put(object, Readable.from([body]));
    return { object, bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') };
}
/** The failure of an index that does not match its manifest entry or does not hold together. */
class IndexError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'IndexError';
}
/**
 * Reads, checks (size and sha256 against the manifest, then its structure) and decrypts a
 * component's index. Every failure names the object.
 */
async function index_object_loadIndex(store, ref, c, identities) {
    const entry = c.index;
    const where = `${ref.id}/${entry.object}`;
    if (entry.bytes > MAX_INDEX_BYTES)
        throw new IndexError(`${where} is ${entry.bytes} bytes, larger than an index may be`);
    const chunks = [];
    let n = 0;
    for await (const chunk of await store.read(ref, entry.object)) {
        n += chunk.length;
        if (n > entry.bytes)
            throw new IndexError(`${where} is larger than the manifest's ${entry.bytes} bytes: refusing it, nothing was written`);
        chunks.push(chunk);
    }
    const body = Buffer.concat(chunks);
    const sha = createHash('sha256').update(body).digest('hex');
    if (body.length !== entry.bytes || sha !== entry.sha256) {
        throw new IndexError(`${where} does not match the manifest (${body.length} bytes, sha256 ${sha.slice(0, 12)}…; the manifest says ${entry.bytes} bytes, ${entry.sha256.slice(0, 12)}…): refusing it, nothing was written`);
    }
    let plain = body;
    if (c.encryption === 'age') {
        const d = new Decrypter();
        for (const id of identities)
            d.addIdentity(id);
        plain = Buffer.from(await d.decrypt(body));
    }
    try {
        const index = parseIndex(plain, where, c.bytes);
        if (index.object !== c.object)
            throw new Error(`${where} describes ${index.object}, not ${c.object}`);
        return { index, bytes: body.length };
    }
    catch (e) {
        throw new IndexError(`${e.message}: refusing it, nothing was written`);
    }
}

// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
;// CONCATENATED MODULE: ./src/archive/age-range.ts


// Ranged reads of an age file (age-encryption.org/v1): the payload is sealed in independent
// 64 KiB chunks (ChaCha20-Poly1305, the chunk's number as nonce, the last one flagged), so any
// range of the plaintext is read by fetching and authenticating just the chunks that cover it.
// The header is checked (its MAC) with the identity as the age library checks it.
const CHUNK = 64 * 1024;
const TAG = 16;
const SEALED = CHUNK + TAG;
const NONCE = 16;
/** The most a header may take before the payload: many recipients still fit. */
const age_range_AGE_HEAD_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
/** Reads the header (from the object's first bytes) and derives the payload key. */
async function age_range_openAgeFile(head, identities, objectBytes, where) {
    const macAt = head.indexOf('\n--- ');
    const end = macAt < 0 ? -1 : head.indexOf('\n', macAt + 1);
    if (end < 0 || end + 1 + NONCE > head.length)
        throw new Error(`${where}: no age header in its first ${head.length} bytes`);
    const headerSize = end + 1;
    const d = new Decrypter();
    for (const id of identities)
        d.addIdentity(id);
    let fileKey;
    try {
        fileKey = await d.decryptHeader(head.subarray(0, headerSize));
    }
    catch (e) {
        throw new Error(`${where}: cannot decrypt its age header: ${e.message}`, { cause: e });
    }
    const nonce = head.subarray(headerSize, headerSize + NONCE);
    const streamKey = Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
    const payloadStart = headerSize + NONCE;
    const chunks = Math.max(1, Math.ceil((objectBytes - payloadStart) / SEALED));
    return { payloadStart, streamKey, chunks, objectBytes };
}
/** The ciphertext bytes [start, end) that hold plaintext [from, to), and the first chunk's number. */
function age_range_sealedRange(f, from, to) {
    const first = Math.floor(from / CHUNK);
    const last = Math.floor((Math.max(to, from + 1) - 1) / CHUNK);
    return { start: f.payloadStart + first * SEALED, end: Math.min(f.objectBytes, f.payloadStart + (last + 1) * SEALED), first };
}
function openChunk(f, n, sealed, where) {
    if (n >= f.chunks)
        throw new Error(`${where}: chunk ${n} is past the end of the age payload`);
    const nonce = Buffer.alloc(12);
    nonce.writeUIntBE(n, 5, 6);
    if (n === f.chunks - 1)
        nonce[11] = 1;
    else if (sealed.length !== SEALED)
        throw new Error(`${where}: age chunk ${n} is short`);
    const d = createDecipheriv('chacha20-poly1305', f.streamKey, nonce, { authTagLength: TAG });
    d.setAuthTag(sealed.subarray(sealed.length - TAG));
    try {
        return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG)), d.final()]);
    }
    catch {
        throw new Error(`${where}: age chunk ${n} (bytes ${f.payloadStart + n * SEALED}-${f.payloadStart + n * SEALED + sealed.length - 1}) failed authentication: the object was changed`);
    }
}
/**
 * Plaintext [from, to) from the ciphertext of sealedRange(f, from, to): each chunk authenticated
 * before any of its bytes are passed on.
 */
async function* age_range_openSealed(f, sealed, from, to, where) {
    const { first } = age_range_sealedRange(f, from, to);
    let n = first;
    let pos = first * CHUNK;
    let pending = [];
    let have = 0;
    const emit = (sealedChunk) => {
        const plain = openChunk(f, n++, sealedChunk, where);
        const a = Math.max(0, from - pos);
        const b = Math.min(plain.length, to - pos);
        pos += plain.length;
        return b > a ? plain.subarray(a, b) : undefined;
    };
    for await (const c of sealed) {
        pending.push(c);
        have += c.length;
        while (have >= SEALED) {
            const all = Buffer.concat(pending);
            const out = emit(all.subarray(0, SEALED));
            pending = [all.subarray(SEALED)];
            have -= SEALED;
            if (out)
                yield out;
        }
    }
    if (have > 0) {
        const out = emit(Buffer.concat(pending));
        if (out)
            yield out;
    }
    if (pos < to)
        throw new Error(`${where}: the age payload ended before byte ${to} of its plaintext`);
}

// EXTERNAL MODULE: ./src/archive/compress.ts + 1 modules
var compress = __webpack_require__(21678);
// EXTERNAL MODULE: ./src/stores/store.ts
var stores_store = __webpack_require__(34703);
;// CONCATENATED MODULE: ./src/core/seek-read.ts








class TamperError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'TamperError';
}
/**
 * The members matching `match`, with hard links resolved to the file holding their content.
 * Refuses a selection that would write below a symlink or a file of the archive.
 */
function seek_read_selectMembers(ix, match, where) {
    const byPath = new Map(ix.members.map((m) => [m.path, m]));
    const sel = { files: new Map(), dirs: [], symlinks: [], matched: [] };
    for (const m of ix.members) {
        if (!match(m.path))
            continue;
        for (let i = m.path.lastIndexOf('/'); i > 0; i = m.path.lastIndexOf('/', i - 1)) {
            const up = byPath.get(m.path.slice(0, i));
            if (up && up.type !== 'dir')
                throw new TamperError(`${where}: entry ${JSON.stringify(m.path)} lies below the ${up.type} ${JSON.stringify(up.path)}: refusing it, nothing was written`);
        }
        sel.matched.push(m);
        if (m.type === 'dir')
            sel.dirs.push(m);
        else if (m.type === 'symlink')
            sel.symlinks.push(m);
        else {
            const target = m.type === 'file' ? m : byPath.get(m.linkpath ?? '');
            if (!target || target.type !== 'file')
                throw new TamperError(`${where}: hard link ${JSON.stringify(m.path)} points to no file of the archive: refusing it, nothing was written`);
            const names = sel.files.get(target) ?? [];
            names.push(m.path);
            sel.files.set(target, names);
        }
    }
    return sel;
}
/** Runs of consecutive frames to read, each covering whole members. */
function frameSpans(ix, members) {
    const cs = contentStarts(ix.frames);
    const wanted = [...members].map((m) => {
        const start = cs[m.frame] + m.offset;
        const end = start + m.headers + m.size;
        return { m, start, first: m.frame, last: frameAt(cs, end - 1) };
    });
    wanted.sort((a, b) => a.start - b.start);
    const spans = [];
    for (const w of wanted) {
        const cur = spans[spans.length - 1];
        if (cur && w.first <= cur.last + 1) {
            cur.last = Math.max(cur.last, w.last);
            cur.members.push(w.m);
        }
        else
            spans.push({ first: w.first, last: w.last, members: [w.m] });
    }
    return spans;
}
/** The stored bytes of frames first..last, each checked against its sha256 as it ends. */
async function* checkedFrames(source, ix, first, last, where) {
    let f = first;
    let left = ix.frames[f].stored;
    let hash = createHash('sha256');
    const close = () => {
        const got = hash.digest('hex');
        if (got !== ix.frames[f].sha256)
            throw new TamperError(`${where}: frame ${f} does not match the sha256 in its index (the object was changed): refusing it, nothing was written`);
        f++;
        if (f <= last) {
            left = ix.frames[f].stored;
            hash = createHash('sha256');
        }
    };
    for await (const c of source) {
        for (let off = 0; off < c.length;) {
            if (f > last)
                throw new TamperError(`${where}: more bytes than frames ${first}-${last} hold`);
            const n = Math.min(left, c.length - off);
            const part = c.subarray(off, off + n);
            hash.update(part);
            off += n;
            left -= n;
            yield part;
            if (left === 0)
                close();
        }
    }
    if (f <= last)
        throw new TamperError(`${where}: the read ended inside frame ${f}`);
}
/** Decoded content from an async source of buffer batches, read forward only. */
class Cursor {
    it;
    pos;
    buf = Buffer.alloc(0);
    queue = [];
    constructor(it, pos) {
        this.it = it;
        this.pos = pos;
    }
    async next() {
        while (this.buf.length === 0) {
            const b = this.queue.shift();
            if (b) {
                this.buf = b;
                continue;
            }
            const r = await this.it.next();
            if (r.done)
                return false;
            this.queue.push(...r.value.filter((x) => x.length > 0));
        }
        return true;
    }
    /** Up to `max` bytes (at least one), or throws at the end. */
    async chunk(max, what) {
        if (!(await this.next()))
            throw new TamperError(`${what}: the archive ended early`);
        const n = Math.min(max, this.buf.length);
        const out = this.buf.subarray(0, n);
        this.buf = this.buf.subarray(n);
        this.pos += n;
        return out;
    }
    async skipTo(p, what) {
        while (this.pos < p)
            await this.chunk(p - this.pos, what);
    }
    async take(n, what) {
        const parts = [];
        for (let got = 0; got < n;) {
            const c = await this.chunk(n - got, what);
            parts.push(c);
            got += c.length;
        }
        return Buffer.concat(parts);
    }
}
/** The member's tar headers must say what the index says: its name, type and size. */
function checkHeaders(raw, m, where) {
    const h = new Header(raw.subarray(raw.length - 512));
    const pax = raw.length > 512 ? /\d+ path=([^\n]*)\n/.exec(raw.subarray(512, raw.length - 512).toString('utf8'))?.[1] : undefined;
    const name = (pax ?? h.path ?? '').replace(/\/$/, '');
    const ok = h.cksumValid && name === m.path && (m.type !== 'file' || h.size === m.size || raw.length > 512);
    if (!ok)
        throw new TamperError(`${where}: the archive's entry at ${JSON.stringify(m.path)} is not the one its index describes: refusing it, nothing was written`);
}
async function writeMember(cur, m, names, dest, where) {
    const first = path.join(dest, names[0]);
    await mkdir(path.dirname(first), { recursive: true });
    const fh = await open(first, 'wx', 0o600);
    try {
        for (let left = m.size; left > 0;) {
            const c = await cur.chunk(Math.min(left, 1 << 20), where);
            await fh.write(c);
            left -= c.length;
        }
    }
    finally {
        await fh.close();
    }
    await chmod(first, m.mode & 0o7777);
    await utimes(first, m.mtime, m.mtime);
    for (const other of names.slice(1)) {
        await mkdir(path.dirname(path.join(dest, other)), { recursive: true });
        await link(first, path.join(dest, other));
    }
}
/** The plaintext (pre-age) bytes [start, end) of the object, fetched by range. */
function rangeReader(store, ref, c, age, opts, where) {
    return (start, end) => {
        const counted = async function* (src) {
            for await (const b of src) {
                opts.signal?.throwIfAborted();
                opts.onRead(b.length);
                yield b;
            }
        };
        if (!age)
            return counted(readObjectRange(store, ref, c.object, start, end));
        const r = sealedRange(age, start, end);
        return openSealed(age, counted(readObjectRange(store, ref, c.object, r.start, r.end)), start, end, where);
    };
}
async function openAge(store, ref, c, opts, where) {
    const parts = [];
    for await (const b of readObjectRange(store, ref, c.object, 0, Math.min(c.bytes, AGE_HEAD_BYTES)))
        parts.push(b);
    const head = Buffer.concat(parts);
    opts.onRead(head.length);
    return openAgeFile(head, opts.identities, c.bytes, where);
}
/** Writes the selection into `dest` (a private, empty folder) from ranged reads of the archive. */
async function seek_read_readSelection(store, ref, c, ix, sel, dest, opts) {
    const where = `${ref.id}/${c.object}`;
    const age = c.encryption === 'age' ? await openAge(store, ref, c, opts, where) : undefined;
    const read = rangeReader(store, ref, c, age, opts, where);
    const ss = storedStarts(ix.frames);
    const cs = contentStarts(ix.frames);
    for (const span of frameSpans(ix, sel.files.keys())) {
        const last = ix.frames[span.last];
        const frames = checkedFrames(read(ss[span.first], ss[span.last] + last.stored), ix, span.first, span.last, where);
        const decoded = c.compression === 'zstd'
            ? decodeZstdChunks(frames)
            : (async function* () {
                for await (const b of frames)
                    yield [b];
            })();
        const it = decoded[Symbol.asyncIterator]();
        const cur = new Cursor(it, cs[span.first]);
        try {
            for (const m of span.members) {
                await cur.skipTo(cs[m.frame] + m.offset, where);
                checkHeaders(await cur.take(m.headers, where), m, where);
                await writeMember(cur, m, sel.files.get(m), dest, where);
            }
            // Read to the span's end, so every frame's checksum is checked.
            while ((await it.next()).done !== true)
                ;
        }
        finally {
            await it.return?.();
        }
    }
    await finishTree(sel, dest);
}
/** Folders and symlinks of the selection, from the index; folder modes last, deepest first. */
async function finishTree(sel, dest) {
    for (const d of sel.dirs)
        await mkdir(path.join(dest, d.path), { recursive: true });
    for (const s of sel.symlinks) {
        const p = path.join(dest, s.path);
        await mkdir(path.dirname(p), { recursive: true });
        await symlink(s.linkpath ?? '', p);
        await lutimes(p, s.mtime, s.mtime);
    }
    for (const d of [...sel.dirs].sort((a, b) => b.path.length - a.path.length)) {
        await chmod(path.join(dest, d.path), d.mode & 0o7777);
        await utimes(path.join(dest, d.path), d.mtime, d.mtime);
    }
}

;// CONCATENATED MODULE: ./src/core/partial-restore.ts













const MAX_LISTED = 200;
/** Each component's matching entries as lines, for the log and a dry run. */
function listLines(c) {
    const head = `${c.component}: ${c.seekable ? `${plural(c.entries.length, 'entry matches', 'entries match')}` : `no member index (${c.object}): the whole object (${formatBytes(c.bytes)}) is read`}`;
    const rows = c.entries
        .slice(0, MAX_LISTED)
        .map((e) => `  ${e.type === 'file' || e.type === 'link' ? formatBytes(e.size).padStart(10) : e.type.padStart(10)}  ${e.path}`);
    if (c.entries.length > MAX_LISTED)
        rows.push(`  … and ${c.entries.length - MAX_LISTED} more`);
    return [head, ...rows];
}
async function assertEmpty(dir) {
    const names = (await readdirIfExists(dir)) ?? [];
    if (names.length > 0) {
        throw new ConfigError('restore-dir', `${dir} already holds ${plural(names.length, 'entry', 'entries')}, and restoring into it would mix two versions`, 'Remove or move that folder, or point `restore-dir` at an empty or new folder.');
    }
}
/** The slow way: the whole object checked and extracted privately, then the matching entries kept. */
async function wholeObject(deps, backup, c, match, dest, identities) {
    const work = await makeStaging(deps.tmpRoot, `restore-${c.name}`);
    try {
        const tree = path.join(work, 'tree');
        await mkdir(tree, { mode: 0o700 });
        const f = await fetchObject(deps.store, backup, c, path.join(work, c.object), deps.signal, deps.log, { identities, extractTo: tree });
        if (f.problem)
            throw new IntegrityError([{ backup: backup.id, object: c.object, problem: f.problem }], `refusing to restore ${backup.id}, nothing was changed`);
        if (f.listError)
            throw f.listError;
        const entries = [];
        const walk = async (rel) => {
            for (const name of (await readdir(path.join(tree, rel))).sort()) {
                const p = rel ? `${rel}/${name}` : name;
                const st = await lstat(path.join(tree, p));
                if (match(p)) {
                    entries.push({
                        path: p,
                        type: st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'symlink' : 'file',
                        size: st.isFile() ? st.size : 0,
                    });
                    await mkdir(path.dirname(path.join(dest, p)), { recursive: true });
                    await rename(path.join(tree, p), path.join(dest, p));
                }
                else if (st.isDirectory())
                    await walk(p);
            }
        };
        await walk('');
        return entries;
    }
    finally {
        await rm(work, { recursive: true, force: true });
    }
}
function entriesOf(sel) {
    return sel.matched.map((m) => ({ path: m.path, type: m.type, size: m.size }));
}
/** One component: its index read and checked, its matches listed, and unless a dry run, restored into `dest`. */
async function partial_restore_oneComponent(cfg, deps, backup, c, match, dest) {
    const started = Date.now();
    const out = {
        component: c.name,
        object: c.object,
        bytes: c.bytes,
        read: 0,
        seekable: Boolean(c.index),
        entries: [],
        durationMs: 0,
    };
    if (!c.index) {
        if (dest) {
            out.entries = await wholeObject(deps, backup, c, match, dest, cfg.identities);
            out.read = c.bytes;
        }
    }
    else {
        const { index, bytes } = await loadIndex(deps.store, backup, c, cfg.identities);
        out.read += bytes;
        const sel = selectMembers(index, match, `${backup.id}/${c.object}`);
        out.entries = entriesOf(sel);
        if (dest && sel.matched.length > 0) {
            await readSelection(deps.store, backup, c, index, sel, dest, {
                identities: cfg.identities,
                ...(deps.signal ? { signal: deps.signal } : {}),
                onRead: (n) => (out.read += n),
            });
        }
    }
    out.durationMs = Date.now() - started;
    return out;
}
/**
 * Restores the entries matching `cfg.paths` from the chosen components into
 * `restore-dir/<component>/` (each absent or empty), or with `dryRun` lists them.
 */
async function partial_restore_restorePaths(cfg, deps, backup, chosen) {
    const match = globMatcher(cfg.paths);
    const { log } = deps;
    if (cfg.dryRun) {
        const out = [];
        for (const c of chosen)
            out.push(await partial_restore_oneComponent(cfg, deps, backup, c, match, undefined));
        for (const c of out)
            log.info(listLines(c).join('\n'));
        log.info('Dry run: only the manifest and the member indexes were read; nothing was written.');
        return out;
    }
    for (const c of chosen)
        await assertEmpty(path.join(cfg.restoreDir, c.name));
    // A restore that fails leaves no trace: not even the folder, when it made it.
    const made = await mkdir(cfg.restoreDir, { recursive: true });
    const staged = new Map();
    let ok = false;
    try {
        const out = [];
        for (const c of chosen) {
            const dir = path.join(cfg.restoreDir, `.site-backup-${c.name}-${randomBytes(4).toString('hex')}.partial`);
            await mkdir(dir, { mode: 0o700 });
            staged.set(c.name, dir);
            const r = await partial_restore_oneComponent(cfg, deps, backup, c, match, dir);
            log.info(`${listLines(r).join('\n')}\n${c.name}: read ${formatBytes(r.read)} of ${formatBytes(r.bytes)} stored in ${formatDuration(r.durationMs)}`);
            out.push(r);
        }
        if (out.every((r) => r.entries.length === 0)) {
            throw new ConfigError('path', `no entry of backup ${backup.id} matches ${cfg.paths.map((p) => JSON.stringify(p)).join(', ')}; nothing was written`, 'Paths are relative to the component (`media/logo.png`, not `assets/media/logo.png`); `*` matches within a folder, `**` across folders. `--dry-run` lists what matches.');
        }
        // Everything read was checked: only now does anything appear in the target.
        for (const r of out) {
            const dir = staged.get(r.component);
            if (r.entries.length === 0)
                continue;
            const final = path.join(cfg.restoreDir, r.component);
            await rmdir(final).catch(() => undefined);
            await rename(dir, final);
            staged.delete(r.component);
            r.dir = final;
        }
        ok = true;
        return out;
    }
    finally {
        for (const d of staged.values())
            await rm(d, { recursive: true, force: true });
        if (!ok && made !== undefined)
            await rm(made, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** The job summary's table: what matched and the bytes read against each component's size. */
function partial_restore_partialSummaryLines(parts, dryRun) {
    const lines = ['| component | object | matched | read | stored | took |', '|---|---|---:|---:|---:|---:|'];
    for (const p of parts) {
        lines.push(`| ${p.component} | ${p.object} | ${p.seekable || !dryRun ? p.entries.length : '?'} | ${formatBytes(p.read)} | ${formatBytes(p.bytes)} | ${formatDuration(p.durationMs)} |`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/core/table-restore.ts









// `restore --table`: the data component's dump files read (by range where the archive is
// seekable), each requested table's statements cut out of the plain dump that holds it, and
// written as one SQL file into `restore-dir`, never loaded.
/** Dumps are read whole into memory to be split; past this, a scratch database is the way. */
const MAX_DUMP_BYTES = (/* unused pure expression or super */ null && (512 << 20));
const DUMP_RE = /\.(sql|dump|pgdump|backup)(\.gz)?$/i;
/** The same files as globs, for a dry run's listing. */
const table_restore_DUMP_GLOBS = (/* unused pure expression or super */ null && (['**/*.sql', '**/*.sql.gz', '**/*.dump', '**/*.dump.gz', '**/*.pgdump', '**/*.backup']));
function loadHint(d, file) {
    return d === 'mysql' ? `mysql <database> < ${file}` : `psql -d <database> -v ON_ERROR_STOP=1 -f ${file}`;
}
/** A file name for a table: safe characters kept, the rest replaced, a short hash when anything was. */
function fileFor(dump, table) {
    const stem = path.basename(dump).replace(DUMP_RE, '');
    const safe = `${stem}.${table}`.replace(/[^A-Za-z0-9._-]/g, '_');
    return safe === `${stem}.${table}` ? `${safe}.sql` : `${safe}-${createHash('sha256').update(table).digest('hex').slice(0, 6)}.sql`;
}
async function dumpFiles(dir, rel = '') {
    const out = [];
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true }).catch(() => [])) {
        const p = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory())
            out.push(...(await dumpFiles(dir, p)));
        else if (e.isFile() && DUMP_RE.test(e.name))
            out.push(p);
    }
    return out.sort();
}
async function readDump(file, name) {
    let b = await readFile(file);
    if (b[0] === 0x1f && b[1] === 0x8b)
        b = gunzipSync(b, { maxOutputLength: MAX_DUMP_BYTES });
    if (b.length > MAX_DUMP_BYTES)
        throw new Error(`${name} is larger than ${formatBytes(MAX_DUMP_BYTES)}: restore it with --path and load it into a scratch database`);
    return b;
}
/** Splits the restored dumps; one file per table into `outDir` (which must not hold it yet). */
async function splitDumps(work, tables, outDir) {
    const found = [];
    const problems = [];
    const seen = [];
    for (const dump of await dumpFiles(work)) {
        let sql;
        let d;
        try {
            const b = await readDump(path.join(work, dump), dump);
            d = detectDialect(b, dump);
            sql = b.toString('utf8');
        }
        catch (e) {
            problems.push(e.message);
            continue;
        }
        seen.push(...tablesIn(sql, d).map((t) => `${t} (${dump})`));
        for (const t of tables) {
            const text = extractTable(sql, d, t);
            if (text === undefined)
                continue;
            const name = fileFor(dump, t);
            const header = `-- Table ${t} from ${dump}, cut out of the dump by site-backup-action. Not loaded: load it with\n--   ${loadHint(d, name)}\n\n`;
            found.push({
                table: t,
                dump,
                file: path.join(outDir, name),
                bytes: Buffer.byteLength(header + text),
                dialect: d,
                load: loadHint(d, path.join(outDir, name)),
                text: header + text,
            });
        }
    }
    const missing = tables.filter((t) => !found.some((f) => f.table === t));
    if (missing.length) {
        const why = [...problems, seen.length ? `the dumps hold ${seen.slice(0, 30).join(', ')}` : 'no plain dump with tables was found'].join('; ');
        throw new ConfigError('table', `no table ${missing.map((t) => JSON.stringify(t)).join(', ')} in the data component (${why}); nothing was written`, 'Give the table name as the dump writes it (without quotes; `schema.table` or just `table`).');
    }
    // Written only once every table was found; an existing file is never replaced.
    await mkdir(outDir, { recursive: true });
    for (const f of found)
        await writeFile(f.file, f.text, { flag: 'wx', mode: 0o600 });
    return found.map(({ text: _t, ...f }) => f);
}
/** `restore --table`: reads the data component's dumps and writes each table's SQL file into `restore-dir`. */
async function table_restore_restoreTables(cfg, deps, backup, chosen) {
    const data = chosen.find((c) => c.name === 'data');
    if (!data)
        throw new ConfigError('table', `backup ${backup.id} restores no data component here`, 'Tables come from the data component: leave `components` empty or include `data`.');
    const work = await makeStaging(deps.tmpRoot, 'tables');
    try {
        const tree = path.join(work, 'dumps');
        await mkdir(tree, { mode: 0o700 });
        const part = await oneComponent({ ...cfg, dryRun: false }, deps, backup, data, (p) => DUMP_RE.test(p), tree);
        const files = await splitDumps(tree, cfg.tables, cfg.restoreDir);
        for (const f of files)
            deps.log.info(`data: table ${f.table} from ${f.dump} written to ${f.file} (${formatBytes(f.bytes)}); it was not loaded. Load it with: ${f.load}`);
        deps.log.info(`data: read ${formatBytes(part.read)} of ${formatBytes(part.bytes)} stored`);
        return { part, files };
    }
    finally {
        await rm(work, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/core/restore.ts















// Restore, in the one order that can never leave a target half-restored from a bad backup:
//   1. choose the backup and read its manifest;   2. download every object, hashing as it streams;
//   3. check every sha256 and size;               4. decrypt, decompress and list every archive,
//   refusing unsafe entries;                      5. extract;   6. platform restore per component.
// Nothing outside our temporary folder changes before step 5, and no platform operation runs (the
// platform is not even opened) before every archive of the restore has passed steps 3 and 4.
const DEFAULT_PROTECTED = (/* unused pure expression or super */ null && (['production', 'live', 'main', 'master']));
/** Comma, space or newline separated, compared without case: `Production` is protected too. */
function isProtected(env, list) {
    return list.some((p) => p.toLowerCase() === env.toLowerCase());
}
/**
 * Refuses a protected target unless `confirm` repeats its exact name, and says what to type.
 * Pure, and called before anything is downloaded.
 */
function checkConfirm(cfg) {
    if (!isProtected(cfg.targetEnvironment, cfg.protectedEnvironments))
        return;
    if (cfg.confirm === cfg.targetEnvironment)
        return;
    const got = cfg.confirm === undefined ? 'is empty' : `is "${cfg.confirm}", which is not the exact target name`;
    throw new errors/* ConfigError */.x('confirm', `${got}; restoring into \`${cfg.targetEnvironment}\` overwrites a protected environment of ${cfg.site}`, `To go ahead, set \`confirm: ${cfg.targetEnvironment}\` (CLI: \`--confirm ${cfg.targetEnvironment}\`). Protected environments: ${cfg.protectedEnvironments.join(', ')} (input \`protected-environments\`). Try \`dry-run: true\` first to see the plan.`);
}
/** Each chosen component as the plan shows it: its object, sizes, checksum and what restoring it does. */
function planComponents(cfg, chosen, restoreCommandSet) {
    return chosen.map((c) => ({
        component: c.name,
        object: c.object,
        bytes: c.bytes,
        compression: c.compression,
        encryption: c.encryption,
        files: c.files,
        contentBytes: c.contentBytes,
        sha256: c.sha256,
        operation: describeOperation(cfg, c.name, restoreCommandSet),
    }));
}
function describeOperation(cfg, component, restoreCommandSet) {
    if (cfg.platform === 'command') {
        const dir = external_node_path_default().join(cfg.restoreDir, component);
        return restoreCommandSet(component)
            ? `extract into ${dir}/, then run \`${component}-restore-command\` with $BACKUP_IN=${dir}`
            : `extract into ${dir}/ (no \`${component}-restore-command\` is set)`;
    }
    return `\`${cfg.platform}\` restores ${component} into environment \`${cfg.targetEnvironment}\``;
}
/** Components to restore: the requested ones (all by default), each of which the backup must hold. */
function chooseComponents(manifest, requested) {
    if (!requested)
        return manifest.components;
    const out = [];
    for (const r of requested) {
        const c = manifest.components.find((x) => x.name === r);
        if (!c) {
            throw new ConfigError('components', `backup ${manifest.id} holds no "${r}" component`, `It holds ${manifest.components.map((x) => x.name).join(', ')}; pick from those or leave \`components\` empty.`);
        }
        out.push(c);
    }
    return out;
}
/** Where an extracted component for the `command` platform lands; it must be absent or empty. */
async function assertEmptyTarget(dir, component) {
    const names = (await readdirIfExists(dir)) ?? [];
    if (names.length > 0) {
        throw new ConfigError('restore-dir', `${dir} already holds ${names.length} ${names.length === 1 ? 'entry' : 'entries'}, and restoring ${component} over them would mix two versions`, 'Remove or move that folder, or point `restore-dir` at an empty or new folder.');
    }
}
/**
 * Lists the store, reads the manifest and builds the plan. Changes nothing, downloads nothing but
 * the manifest: it is the whole of a dry run.
 */
async function planRestore(cfg, store, restoreCommandSet = () => false) {
    const list = await store.list(cfg.site, cfg.environment);
    const backup = pickBackup(list, cfg.backup);
    const manifest = await loadManifest(store, backup);
    const chosen = chooseComponents(manifest, cfg.components);
    const plan = {
        site: cfg.site,
        sourceEnvironment: cfg.environment,
        targetEnvironment: cfg.targetEnvironment,
        platform: cfg.platform,
        backupId: backup.id,
        manifest,
        components: planComponents(cfg, chosen, restoreCommandSet),
        bytes: chosen.reduce((n, c) => n + c.bytes, 0),
    };
    if (isProtected(cfg.targetEnvironment, cfg.protectedEnvironments))
        plan.needsConfirm = cfg.targetEnvironment;
    return { plan, backup, chosen };
}
function planText(plan, storeLocation) {
    const lines = [
        `Restore plan: ${plan.site}/${plan.sourceEnvironment} backup ${plan.backupId} (made ${plan.manifest.createdAt}, ${plan.manifest.trigger}, platform ${plan.manifest.platform})`,
        `  from   ${storeLocation}`,
        `  into   environment \`${plan.targetEnvironment}\` with platform \`${plan.platform}\`${plan.targetEnvironment !== plan.sourceEnvironment ? ` (a different environment than the backup's \`${plan.sourceEnvironment}\`)` : ''}`,
    ];
    for (const c of plan.components) {
        lines.push(`  ${c.component.padEnd(6)} ${c.object} ${formatBytes(c.bytes)} stored, ${plural(c.files, 'file', 'files')}, ${formatBytes(c.contentBytes)}, sha256 ${c.sha256.slice(0, 12)}${c.encryption === 'age' ? ', age-encrypted' : ''}: ${c.operation}`);
    }
    lines.push(`  total  ${formatBytes(plan.bytes)} to download and verify (sha256) before anything changes`);
    if (plan.needsConfirm)
        lines.push(`  \`${plan.targetEnvironment}\` is protected: a real run needs \`confirm: ${plan.needsConfirm}\``);
    return lines.join('\n');
}
function noIdentityError(id, encrypted) {
    return new ConfigError('decrypt-identity', `backup ${id} is age-encrypted (${encrypted.join(', ')}) and no identity was given`, 'Set `decrypt-identity` from a secret holding the age key file (`AGE-SECRET-KEY-1…`) whose public key was in `encrypt-to`.');
}
/** Runs a restore. Throws before any change when the backup is damaged, unsafe or unreadable. */
async function runRestore(cfg, deps, restoreCommandSet = () => false) {
    // format: restic restores snapshots, not archives (src/restic/restore.ts).
    if (isResticStore(deps.store) && (cfg.paths?.length || cfg.tables?.length)) {
        throw new ConfigError(cfg.paths?.length ? 'path' : 'table', 'is not supported with `format: restic` yet', 'Restore the component and pick the files from it, or use `restic restore <snapshot> --include /<component>/<path>` by hand (FORMAT.md, "Restoring by hand with restic").');
    }
    if (isResticStore(deps.store))
        return (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 31289))).resticRestore(cfg, { ...deps, store: deps.store }, restoreCommandSet);
    const started = Date.now();
    const { store, log } = deps;
    // Cheap refusals first: nothing is downloaded for a run that could never go ahead. A `--path`
    // restore writes into `restore-dir` only, never into the target environment.
    if (!cfg.dryRun && !cfg.paths?.length && !cfg.tables?.length)
        checkConfirm(cfg);
    const { plan, backup, chosen } = await planRestore(cfg, store, restoreCommandSet);
    log.info(planText(plan, store.location(backup)));
    const encrypted = chosen.filter((c) => c.encryption === 'age').map((c) => c.object);
    const missingIdentity = encrypted.length > 0 && cfg.identities.length === 0;
    if (cfg.paths?.length || cfg.tables?.length) {
        // Even a dry run of `path` or `table` reads the member index, which is encrypted with its archive.
        if (missingIdentity)
            throw noIdentityError(backup.id, encrypted);
        return {
            ...(await restoreSome(cfg, deps, backup, chosen)),
            plan,
            dryRun: cfg.dryRun,
            components: [],
            durationMs: Date.now() - started,
        };
    }
    if (cfg.dryRun) {
        // A dry run only shows the plan, so it needs no key; it says what the real run will need.
        if (missingIdentity)
            log.info(`  ${encrypted.join(', ')} age-encrypted: a real run needs \`decrypt-identity\``);
        log.info('Dry run: nothing was downloaded, extracted or restored.');
        return { plan, dryRun: true, components: [], durationMs: Date.now() - started };
    }
    if (missingIdentity)
        throw noIdentityError(backup.id, encrypted);
    const early = listingDamage(backup, chosen);
    if (early.length)
        throw new IntegrityError(early, `refusing to restore ${backup.id}, nothing was changed`);
    if (cfg.platform === 'command') {
        for (const c of chosen)
            await assertEmptyTarget(path.join(cfg.restoreDir, c.name), c.name);
    }
    const work = await makeStaging(deps.tmpRoot, 'restore');
    const staged = [];
    try {
        // Free space for what the manifests declare (the extraction holds each archive to it).
        await requireFreeSpace(cfg.platform === 'command' ? cfg.restoreDir : work, chosen.reduce((n, c) => n + c.contentBytes, 0));
        // Private folders to extract into: for `command` hidden beside the target (renamed into
        // place once every component passed, so the target never shows a partly extracted or
        // unchecked component), else in the private work folder the platform restores from.
        const dirs = new Map();
        if (cfg.platform === 'command')
            await mkdir(cfg.restoreDir, { recursive: true });
        for (const c of chosen) {
            let dir;
            if (cfg.platform === 'command') {
                dir = path.join(cfg.restoreDir, `.site-backup-${c.name}-${randomBytes(4).toString('hex')}.partial`);
                staged.push(dir);
            }
            else {
                dir = path.join(work, `extract-${c.name}`);
            }
            await mkdir(dir, { mode: 0o700 });
            dirs.set(c.name, dir);
        }
        // 1-5: every object downloaded in full, checked, and its archive judged entry by entry and
        // extracted into its private folder (one read of a local store's object for all three). Only
        // when every checksum matched and every archive passed does anything move into place. A
        // damaged object is named as damaged first, whatever its archive held; then the first archive
        // that was refused.
        const files = new Map();
        const fetched = new Map();
        const damage = [];
        const results = await atOnce(chosen, deps.signal, (c, signal) => fetchObject(store, backup, c, path.join(work, c.object), signal, log, { identities: cfg.identities, extractTo: dirs.get(c.name) }));
        for (const [i, c] of chosen.entries()) {
            const file = path.join(work, c.object);
            const f = results[i];
            log.info(`${c.name}: downloaded ${formatBytes(f.bytes)} in ${formatDuration(f.durationMs)} (${formatRate(f.bytes, f.durationMs)}), sha256 ${f.problem ? `MISMATCH: ${f.problem}` : 'ok'}`);
            if (f.problem)
                damage.push({ backup: backup.id, object: c.object, problem: f.problem });
            files.set(c.name, { file, downloadMs: f.durationMs });
            fetched.set(c.name, f);
        }
        if (damage.length)
            throw new IntegrityError(damage, `refusing to restore ${backup.id}, nothing was changed`);
        const listings = new Map();
        for (const c of chosen) {
            const f = fetched.get(c.name);
            if (f.listError) {
                f.listError.message = `refusing to restore ${backup.id}, nothing was changed: ${f.listError.message}`;
                throw f.listError;
            }
            const l = f.listing;
            listings.set(c.name, l);
            log.info(`${c.name}: ${plural(l.entries, 'entry', 'entries')} checked and extracted (${plural(l.files, 'file', 'files')}, ${formatBytes(l.contentBytes)}), all inside the target`);
            // Archives hold the component's contents, not its root folder's mode, and the 0700 used
            // while extracting would travel on: rsync-based restores (ssh, mount:upload) copy the
            // source folder's mode onto the target. The private `work` folder above still guards it.
            await chmod(dirs.get(c.name), 0o755);
            await rm(files.get(c.name).file, { force: true });
        }
        if (cfg.platform === 'command') {
            for (const c of chosen) {
                const final = path.join(cfg.restoreDir, c.name);
                // An empty folder there (checked above) is replaced; rename refuses a non-empty one.
                await rmdir(final).catch(() => undefined);
                await rename(dirs.get(c.name), final);
                staged.splice(staged.indexOf(dirs.get(c.name)), 1);
                dirs.set(c.name, final);
            }
        }
        // 6: the platform, per component.
        const platform = await deps.openPlatform();
        const restored = [];
        try {
            for (const c of chosen) {
                const t = Date.now();
                log.info(`${c.name}: restoring into \`${cfg.targetEnvironment}\`…`);
                try {
                    await platform.restore(c.name, dirs.get(c.name), {
                        targetEnvironment: cfg.targetEnvironment,
                        signal: deps.signal ?? new AbortController().signal,
                    });
                }
                catch (e) {
                    // Past this point the target has changed: say exactly how far the restore got.
                    const done = restored.map((r) => r.component);
                    const state = done.length
                        ? `${done.join(', ')} ${done.length === 1 ? 'was' : 'were'} restored already; ${c.name} may be partly restored`
                        : `nothing was restored before it; ${c.name} may be partly restored`;
                    throw new ComponentError(c.name, `restore into \`${cfg.targetEnvironment}\` failed (${state}): ${e.message}`, {
                        cause: e,
                    });
                }
                const planned = plan.components.find((p) => p.component === c.name);
                restored.push({
                    ...planned,
                    listing: listings.get(c.name),
                    downloadMs: files.get(c.name).downloadMs,
                    restoreMs: Date.now() - t,
                    ...(cfg.platform === 'command' ? { dir: dirs.get(c.name) } : {}),
                });
                log.info(`${c.name}: restored in ${formatDuration(Date.now() - t)}`);
            }
        }
        finally {
            await platform.close();
        }
        return { plan, dryRun: false, components: restored, durationMs: Date.now() - started };
    }
    catch (e) {
        if (e instanceof ArchiveReadError && !/nothing was changed/.test(e.message) && staged.length) {
            e.message += ' (the partly extracted folder was removed)';
        }
        throw e;
    }
    finally {
        for (const d of staged)
            await rm(d, { recursive: true, force: true });
        await rm(work, { recursive: true, force: true });
    }
}
/** `--path` and `--table`: a few entries or tables into `restore-dir`, read by range where the archives allow. */
async function restoreSome(cfg, deps, backup, chosen) {
    const early = cfg.dryRun ? [] : listingDamage(backup, chosen);
    if (early.length)
        throw new IntegrityError(early, `refusing to restore ${backup.id}, nothing was changed`);
    const base = { identities: cfg.identities, dryRun: cfg.dryRun, restoreDir: cfg.restoreDir };
    if (cfg.tables?.length && !cfg.dryRun) {
        const t = await restoreTables({ ...base, paths: [], tables: cfg.tables }, deps, backup, chosen);
        return { partial: [t.part], tables: t.files };
    }
    // A dry run of --table lists the dump files it would read.
    const paths = cfg.paths?.length ? cfg.paths : DUMP_GLOBS;
    return {
        partial: await restorePaths({ ...base, paths }, deps, backup, cfg.tables?.length ? chosen.filter((c) => c.name === 'data') : chosen),
    };
}
/** Components handled at once: two, as the backup packs them, so memory stays bounded. */
const AT_ONCE = 2;
/**
 * Runs `fn` over the components, AT_ONCE at a time, and returns the results in their order. Two
 * at once let one's reads, hashing and writes share the runner's two cores with the other's
 * decompression, instead of taking turns. The first failure aborts the others (through the signal
 * each gets), and is thrown once they have all ended.
 */
async function atOnce(items, outer, fn) {
    const stop = new AbortController();
    const signal = outer ? AbortSignal.any([outer, stop.signal]) : stop.signal;
    let failure;
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length && !failure) {
            const i = next++;
            try {
                out[i] = await fn(items[i], signal);
            }
            catch (e) {
                failure ??= { error: e };
                stop.abort(new Error('stopped because another component failed'));
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, worker));
    if (failure)
        throw failure.error;
    return out;
}
/** Refuses to start extracting when the folder's file system cannot hold `bytes` (plus 1%, for metadata). */
async function requireFreeSpace(dir, bytes) {
    let probe = dir;
    // The target may not exist yet: ask the nearest folder that does.
    for (;;) {
        const st = await statfs(probe).catch(() => undefined);
        if (st) {
            const free = st.bavail * st.bsize;
            const need = Math.ceil(bytes * 1.01);
            if (free < need)
                throw new Error(`not enough free space in ${dir}: the backup holds ${formatBytes(bytes)} and ${formatBytes(free)} is free; nothing was changed`);
            return;
        }
        const up = path.dirname(probe);
        if (up === probe)
            return;
        probe = up;
    }
}
/** The job summary of a restore or a dry run. Pure. */
function restoreSummaryMarkdown(r, storeLocation) {
    const p = r.plan;
    if (r.partial)
        return partialSummaryMarkdown(r, r.partial, storeLocation);
    const head = r.dryRun ? `## Restore plan (dry run): ${p.site}` : `## Restored ${p.site}`;
    const lines = [
        `${head} from \`${p.backupId}\``,
        '',
        `- **Backup**: \`${p.backupId}\` of \`${p.sourceEnvironment}\`, made ${p.manifest.createdAt} (${p.manifest.trigger}) by ${p.manifest.tool.name} ${p.manifest.tool.version}${p.manifest.source.runUrl ? ` in [this run](${p.manifest.source.runUrl})` : ''}`,
        `- **From**: ${storeLocation}`,
        `- **Into**: environment \`${p.targetEnvironment}\` with platform \`${p.platform}\``,
        '',
    ];
    if (r.dryRun) {
        lines.push('| component | object | stored | sha256 | files | content | operation |', '|---|---|---:|---|---:|---:|---|');
        for (const c of p.components)
            lines.push(`| ${c.component} | ${c.object} | ${formatBytes(c.bytes)} | \`${c.sha256.slice(0, 12)}\` | ${c.files} | ${formatBytes(c.contentBytes)} | ${cell(c.operation)} |`);
        lines.push('', `Nothing was downloaded or changed.${p.needsConfirm ? ` \`${p.targetEnvironment}\` is protected: a real run needs \`confirm: ${p.needsConfirm}\`.` : ''}`);
    }
    else {
        lines.push('| component | object | stored | files | content | download + verify | restore |', '|---|---|---:|---:|---:|---:|---:|');
        for (const c of r.components) {
            lines.push(`| ${c.component} | ${c.object} | ${formatBytes(c.bytes)} | ${c.listing.files} | ${formatBytes(c.listing.contentBytes)} | ${formatDuration(c.downloadMs)} | ${formatDuration(c.restoreMs)} |`);
        }
        lines.push('', `Every object's sha256 matched the manifest before anything changed. Took ${formatDuration(r.durationMs)} in all.`);
    }
    lines.push('');
    return lines.join('\n');
}
/** The job summary of a `--path` restore: what matched, and the bytes read against each component's size. */
function partialSummaryMarkdown(r, parts, storeLocation) {
    const p = r.plan;
    const read = parts.reduce((n, c) => n + c.read, 0);
    const stored = parts.reduce((n, c) => n + c.bytes, 0);
    const lines = [
        `## ${r.dryRun ? 'Files matching (dry run)' : 'Restored files'} of ${p.site} from \`${p.backupId}\``,
        '',
        `- **Backup**: \`${p.backupId}\` of \`${p.sourceEnvironment}\`, made ${p.manifest.createdAt} (${p.manifest.trigger})`,
        `- **From**: ${storeLocation}`,
        `- **Read**: ${formatBytes(read)} of ${formatBytes(stored)} stored`,
        '',
        ...partialSummaryLines(parts, r.dryRun),
        '',
        ...(r.tables ?? []).map((t) => `- Table \`${t.table}\` from \`${t.dump}\`: \`${path.basename(t.file)}\` (${formatBytes(t.bytes)}), not loaded; load it with \`${t.load}\``),
        ...(r.tables?.length ? [''] : []),
        r.dryRun
            ? 'Only the manifest and the member indexes were read; nothing was written.'
            : `Every byte read was checked before anything was written into the restore folder. Took ${formatDuration(r.durationMs)} in all.`,
        '',
    ];
    return lines.join('\n');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/util/bytes.ts
var util_bytes = __webpack_require__(1671);
;// CONCATENATED MODULE: ./src/util/dump-guard.ts

/** A dump refused before loading: a code and a line number, never the dump's text. */
class DumpRefused extends Error {
    code;
    line;
    why;
    name = 'DumpRefused';
    constructor(code, line, why) {
        super(`line ${line} ${why} (${code})`);
        this.code = code;
        this.line = line;
        this.why = why;
    }
}
const MYSQL_CLIENT_WORDS = new Set([
    'system',
    'source',
    'tee',
    'notee',
    'pager',
    'nopager',
    'connect',
    'charset',
    'edit',
    'ego',
    'go',
    'print',
    'prompt',
    'quit',
    'exit',
    'rehash',
    'status',
    'warnings',
    'nowarning',
    'help',
    'clear',
    'resetconnection',
    'query_attributes',
    'ssl_session_data_print',
]);
const HEAD_MAX = 300;
const IDENT_CONT = /[A-Za-z0-9_$\u0080-\u00ff]/;
const IDENT_START = /[A-Za-z_\u0080-\u00ff]/;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\u00ff][A-Za-z0-9_\u0080-\u00ff]*)?\$/;
/** pg_dump 17.6/16.10/15.14/14.19/13.22 and later open and close a plain dump with these. */
const PG_RESTRICT_LINE = /^\s*\\(un)?restrict\s+[A-Za-z0-9]+\s*$/;
/** The name a USE / CREATE DATABASE names, without its quotes. */
function unquote(name) {
    return (name ?? '').replace(/^[`"']|[`"';]$/g, '');
}
/**
 * Reads a dump one line at a time, as the client will; throws DumpRefused at the first line it
 * refuses. `line()` returns false for a line a loader must leave out (pg_dump's own
 * `\restrict`/`\unrestrict`, which the loader replaces with a key of its own).
 */
class DumpScanner {
    dialect;
    database;
    state = 'N';
    lineNo = 0;
    delimiter = ';';
    head = '';
    headLine = 0;
    started = false;
    tag = '';
    depth = 0;
    copyPending = false;
    /** The identifier-ish word being read in N state, for `$` and `E'` (PostgreSQL). */
    word = '';
    special = { delimiter: '', re: /$^/g };
    constructor(dialect, 
    /** The only database the dump may name in `USE` / `CREATE DATABASE`; usually none. */
    database) {
        this.dialect = dialect;
        this.database = database;
    }
    get lines() {
        return this.lineNo;
    }
    line(text) {
        this.lineNo++;
        const s = text.endsWith('\r') ? text.slice(0, -1) : text;
        if (this.state === 'COPY') {
            if (s === '\\.')
                this.state = 'N';
            return true;
        }
        if (this.dialect === 'psql' && this.state === 'N' && !this.started && PG_RESTRICT_LINE.test(s))
            return false;
        if (this.dialect === 'mysql')
            this.mysqlLine(s);
        else
            this.psqlLine(s);
        if (this.started)
            this.add(' ');
        if (this.copyPending) {
            this.copyPending = false;
            this.state = 'COPY';
        }
        return true;
    }
    /** The end of the dump: a statement left without its delimiter is still sent by the client. */
    end() {
        if (this.started)
            this.finish();
    }
    refuse(code, why, line = this.lineNo) {
        throw new DumpRefused(code, line, why);
    }
    add(text) {
        if (!this.started) {
            if (!text.trim())
                return;
            this.started = true;
            this.headLine = this.lineNo;
        }
        if (this.head.length < HEAD_MAX)
            this.head += text;
    }
    /** Skips quoted text from i; returns where it stopped (the line's end if still inside). */
    quoted(s, i, quote, backslash) {
        let j = i;
        let slash = backslash ? s.indexOf('\\', j) : -1;
        for (;;) {
            const end = s.indexOf(quote, j);
            if (slash >= 0 && (end < 0 || slash < end)) {
                j = slash + 2; // the escaped character, whatever it is, stays inside
                slash = s.indexOf('\\', j);
                continue;
            }
            if (end < 0)
                return s.length;
            if (this.dialect === 'psql' && s[end + 1] === quote) {
                j = end + 2;
                continue;
            }
            this.state = 'N';
            return end + 1;
        }
    }
    mysqlLine(s) {
        let i = 0;
        while (i < s.length) {
            if (this.state === 'SQ' || this.state === 'DQ' || this.state === 'BT') {
                // The client lets a backslash escape the next character in all three kinds of quotes.
                const j = this.quoted(s, i, this.state === 'SQ' ? "'" : this.state === 'DQ' ? '"' : '`', true);
                if (this.head.length < HEAD_MAX)
                    this.add(s.slice(i, Math.min(j, i + HEAD_MAX)));
                i = j;
                continue;
            }
            if (this.state === 'BC') {
                const j = s.indexOf('*/', i);
                if (j < 0)
                    return;
                this.state = 'N';
                i = j + 2;
                continue;
            }
            i = this.mysqlCode(s, i);
        }
    }
    /** One step in MySQL code outside quotes and comments; returns the next position. */
    mysqlCode(s, i) {
        if (this.started && this.head.length >= HEAD_MAX) {
            // The statement's start is judged; until its end only quotes, comments, backslashes and
            // the delimiter matter (extended INSERTs are megabytes of plain values).
            const next = this.skip(s, i);
            if (next !== i)
                return next;
        }
        const c = s[i];
        if (!this.started && /\S/.test(c) && /^delimiter\s/i.test(s.slice(i, i + 10))) {
            // The client reads `delimiter` only at the start of a line; anywhere else it and we disagree.
            if (s.slice(0, i).trim())
                this.refuse('ambiguous-syntax', 'changes the delimiter in the middle of a line');
            const d = s
                .slice(i + 9)
                .trim()
                .split(/\s+/)[0] ?? '';
            if (!d || d.includes('\\'))
                this.refuse('ambiguous-syntax', 'sets an unusual delimiter');
            this.delimiter = d;
            return s.length;
        }
        if (s.startsWith(this.delimiter, i)) {
            if (this.started)
                this.finish();
            return i + this.delimiter.length;
        }
        if (c === '\\') {
            // `\-` turns the client's sandbox on (mariadb-dump writes it first); `\N` is NULL.
            if (s[i + 1] === '-' || s[i + 1] === 'N') {
                this.add(s.slice(i, i + 2));
                return i + 2;
            }
            this.refuse('client-command', 'holds a client command (a backslash command such as `\\!`)');
        }
        if (c === "'" || c === '"' || c === '`') {
            this.state = c === "'" ? 'SQ' : c === '"' ? 'DQ' : 'BT';
            this.add(c);
            return i + 1;
        }
        if (c === '#' || (c === '-' && s[i + 1] === '-' && (i + 2 >= s.length || /\s/.test(s[i + 2]))))
            return s.length;
        if (c === '/' && s[i + 1] === '*') {
            // `/*!50003 … */` and `/*M!100100 … */` are code the server runs, and so does the client.
            const exec = /^\/\*M?!\d*/.exec(s.slice(i, i + 12));
            if (exec) {
                this.add(' ');
                return i + exec[0].length;
            }
            this.state = 'BC';
            return i + 2;
        }
        if (c === '*' && s[i + 1] === '/') {
            this.add(' ');
            return i + 2;
        }
        this.add(c);
        return i + 1;
    }
    /** The next position from i that may matter in MySQL code, or the line's end. */
    skip(s, i) {
        if (this.special.delimiter !== this.delimiter) {
            const d = this.delimiter.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
            this.special = { delimiter: this.delimiter, re: new RegExp(`['"\`\\\\#/*-]|${d}`, 'g') };
        }
        this.special.re.lastIndex = i;
        const m = this.special.re.exec(s);
        return m ? m.index : s.length;
    }
    psqlLine(s) {
        let i = 0;
        this.word = '';
        while (i < s.length) {
            switch (this.state) {
                case 'SQ':
                case 'ESQ':
                case 'DQ': {
                    const j = this.quoted(s, i, this.state === 'DQ' ? '"' : "'", this.state === 'ESQ');
                    if (this.head.length < HEAD_MAX)
                        this.add(s.slice(i, Math.min(j, i + HEAD_MAX)));
                    i = j;
                    break;
                }
                case 'DOL': {
                    const j = s.indexOf(`$${this.tag}$`, i);
                    if (j < 0)
                        return;
                    this.state = 'N';
                    i = j + this.tag.length + 2;
                    break;
                }
                case 'BC':
                    i = this.psqlComment(s, i);
                    break;
                default:
                    i = this.psqlCode(s, i);
            }
        }
    }
    /** Inside PostgreSQL's nested block comments. */
    psqlComment(s, i) {
        for (let j = i; j < s.length - 1; j++) {
            if (s[j] === '/' && s[j + 1] === '*') {
                this.depth++;
                j++;
            }
            else if (s[j] === '*' && s[j + 1] === '/') {
                j++;
                if (--this.depth === 0) {
                    this.state = 'N';
                    return j + 1;
                }
            }
        }
        return s.length;
    }
    /** One step in PostgreSQL code outside quotes and comments; returns the next position. */
    psqlCode(s, i) {
        const c = s[i];
        const word = this.word;
        this.word = IDENT_CONT.test(c) && (word || c !== '$') ? word + c : '';
        if (c === '\\')
            this.refuse('client-command', 'holds a psql meta-command (a backslash command such as `\\!`, `\\o`, `\\copy` or `\\c`)');
        if (c === '-' && s[i + 1] === '-')
            return s.length;
        if (c === '/' && s[i + 1] === '*') {
            this.state = 'BC';
            this.depth = 1;
            return i + 2;
        }
        if (c === ';') {
            if (this.started)
                this.finish();
            return i + 1;
        }
        if (c === "'")
            this.state = word === 'e' || word === 'E' ? 'ESQ' : 'SQ';
        else if (c === '"')
            this.state = 'DQ';
        else if (c === '$') {
            // `$` continues a word that began with a letter (`a$b`); after digits psql versions differ.
            if (word && !IDENT_START.test(word[0]))
                this.refuse('ambiguous-syntax', 'puts `$` right after a number');
            const m = word ? null : DOLLAR_TAG.exec(s.slice(i, i + 70));
            if (m) {
                this.state = 'DOL';
                this.tag = m[1] ?? '';
                this.word = '';
                this.add(' ');
                return i + m[0].length;
            }
        }
        this.add(c);
        return i + 1;
    }
    /** A whole statement has been read: judge it by how it starts. */
    finish() {
        const head = this.head.replace(/\s+/g, ' ').trim().toLowerCase();
        const line = this.headLine;
        this.head = '';
        this.started = false;
        const first = /^[a-z_?]+/.exec(head)?.[0] ?? '';
        if (this.dialect === 'mysql' && MYSQL_CLIENT_WORDS.has(first))
            this.refuse('client-command', `holds the client command \`${first}\``, line);
        if (first === 'use') {
            if (unquote(head.split(' ')[1]) !== this.database?.toLowerCase())
                this.refuse('switches-database', 'switches to another database (`USE`)', line);
            return;
        }
        const db = /^(create|drop|alter) (database|schema) (if (not )?exists )?(\S+)/.exec(head);
        // In PostgreSQL a schema lives inside the database: only CREATE DATABASE reaches outside it.
        if (db && (this.dialect === 'mysql' || db[2] === 'database') && unquote(db[5]) !== this.database?.toLowerCase()) {
            this.refuse(db[1] === 'create' ? 'creates-database' : 'other-database', `${db[1] === 'create' ? 'creates' : 'changes'} another database (\`${db[1].toUpperCase()} DATABASE\`)`, line);
        }
        if (this.dialect === 'mysql' && /^load (data|xml)\b/.test(head))
            this.refuse('file-access', 'reads a file (`LOAD DATA`)', line);
        if (this.dialect === 'psql' && first === 'copy') {
            if (!/ from stdin\b/.test(head) || /\bprogram\b/.test(head))
                this.refuse('file-access', 'copies from or to something other than the dump itself (`COPY … FROM stdin` is the only form allowed)', line);
            this.copyPending = true;
        }
    }
}
/** Splits a byte stream into lines (latin1) for a scanner; calls `each` for every line. */
class LineSplitter {
    each;
    rest = '';
    constructor(each) {
        this.each = each;
    }
    push(chunk) {
        const text = this.rest + (typeof chunk === 'string' ? chunk : chunk.toString('latin1'));
        let start = 0;
        for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            this.each(text.slice(start, nl), true);
            start = nl + 1;
        }
        this.rest = text.slice(start);
    }
    end() {
        if (this.rest)
            this.each(this.rest, false);
        this.rest = '';
    }
}
/** Reads a whole dump; throws DumpRefused at the first line it refuses. Resolves with its line count. */
async function scanDump(source, dialect, database) {
    const scanner = new DumpScanner(dialect, database);
    const split = new LineSplitter((l) => scanner.line(l));
    for await (const chunk of source)
        split.push(chunk);
    split.end();
    scanner.end();
    return scanner.lines;
}
/**
 * The dump as the client should get it: checked again line by line while it streams (a refusal
 * fails the stream), pg_dump's own `\restrict` lines left out, and `prefix` written first.
 */
function guardedDump(source, dialect, database, prefix = '') {
    const scanner = new DumpScanner(dialect, database);
    let out = [];
    const split = new LineSplitter((l, eol) => {
        if (scanner.line(l))
            out.push(eol ? `${l}\n` : l);
    });
    let first = true;
    const flush = (t) => {
        if (first && prefix)
            t.push(Buffer.from(prefix, 'latin1'));
        first = false;
        if (out.length)
            t.push(Buffer.from(out.join(''), 'latin1'));
        out = [];
    };
    const guard = new external_node_stream_.Transform({
        transform(chunk, _enc, cb) {
            try {
                split.push(chunk);
                flush(this);
                cb();
            }
            catch (e) {
                cb(e);
            }
        },
        final(cb) {
            try {
                split.end();
                scanner.end();
                flush(this);
                cb();
            }
            catch (e) {
                cb(e);
            }
        },
    });
    source.on('error', (e) => guard.destroy(e));
    return source.pipe(guard);
}
/**
 * What a client's failure says, as facts a record may carry: the server's error code, SQLSTATE
 * and the dump line. The client's own text quotes the failing statement (rows of customer data),
 * so it goes to the log only, redacted, never into an error message that records and summaries
 * repeat (SECURITY.md: "row counts, not rows").
 */
function sqlClientFailure(cmd, r, lineOffset = 0) {
    const text = r.stderrTail;
    const my = /ERROR (\d+) \(([0-9A-Z]{5})\)(?: at line (\d+))?/.exec(text);
    const pg = /:(\d+): (?:ERROR|FATAL):\s+([0-9A-Z]{5}):/.exec(text) ?? /(?:ERROR|FATAL):\s+([0-9A-Z]{5}):/.exec(text);
    const how = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
    if (my)
        return `${cmd} ${how}: error ${my[1]} (SQLSTATE ${my[2]})${my[3] ? ` at line ${Number(my[3]) - lineOffset}` : ''}`;
    if (pg)
        return pg.length === 3 ? `${cmd} ${how}: SQLSTATE ${pg[2]} at line ${Number(pg[1]) - lineOffset}` : `${cmd} ${how}: SQLSTATE ${pg[1]}`;
    return `${cmd} ${how}; its message is in the log`;
}

// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
;// CONCATENATED MODULE: ./src/core/drill.ts














const DB_NAME_RE = /^[A-Za-z0-9_]{1,64}$/;
const DEFAULT_DRILL_DATABASE = 'site_backup_drill';
/** `mysql://user:pass@host:port/db?socket=/path` or `postgres://…`. Errors never echo the URL. */
function parseDrillUrl(text) {
    let u;
    try {
        u = new URL(text);
    }
    catch {
        throw new ConfigError('drill-database-url', 'is not a URL', 'Write it as `mysql://user:password@127.0.0.1:3306/drill` or `postgres://user:password@127.0.0.1:5432/drill`.');
    }
    const scheme = u.protocol.replace(/:$/, '').toLowerCase();
    const engine = ['mysql', 'mariadb'].includes(scheme)
        ? 'mariadb'
        : ['postgres', 'postgresql'].includes(scheme)
            ? 'postgres'
            : undefined;
    if (!engine) {
        throw new ConfigError('drill-database-url', `scheme "${scheme}" is not supported`, 'Use `mysql://` (or `mariadb://`) for MariaDB and MySQL, `postgres://` for PostgreSQL.');
    }
    const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || DEFAULT_DRILL_DATABASE;
    if (!DB_NAME_RE.test(database)) {
        throw new ConfigError('drill-database-url', `database name "${database}" is not plain`, 'Use letters, digits and `_` only, such as `/site_backup_drill`.');
    }
    const t = { engine, database };
    if (u.hostname)
        t.host = u.hostname.replace(/^\[|\]$/g, '');
    if (u.port)
        t.port = Number(u.port);
    if (u.username)
        t.user = decodeURIComponent(u.username);
    if (u.password)
        t.password = decodeURIComponent(u.password);
    const socket = u.searchParams.get('socket') ?? u.searchParams.get('host');
    if (socket)
        t.socket = socket;
    return t;
}
class DrillError extends Error {
    name = 'DrillError';
}
/** The dumps in an extracted data component, in a stable order. */
async function findDumps(dir, engine) {
    const re = engine === 'postgres' ? /\.(sql(\.gz|\.zst)?|dump)$/i : /\.sql(\.gz|\.zst)?$/i;
    const out = [];
    const walk = async (d) => {
        for (const e of (await (0,promises_.readdir)(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const p = external_node_path_default().join(d, e.name);
            if (e.isDirectory())
                await walk(p);
            else if (e.isFile() && re.test(e.name))
                out.push(p);
        }
    };
    await walk(dir);
    return out;
}
async function onPath(names, env) {
    for (const n of names) {
        for (const dir of (env.PATH ?? '').split((external_node_path_default()).delimiter).filter(Boolean)) {
            try {
                await (0,promises_.access)(external_node_path_default().join(dir, n));
                return n;
            }
            catch { }
        }
    }
    return undefined;
}
/** Runs a client; on failure logs its redacted output and throws with the facts only. */
async function runClient(cmd, args, o) {
    const r = await (0,exec/* runProcess */.R3)(cmd, args, {
        env: o.env,
        ...(o.input ? { input: o.input } : {}),
        ...(o.signal ? { signal: o.signal } : {}),
        ...(o.onLine ? { onLine: o.onLine } : {}),
    }).catch((e) => {
        // A refused dump fails the stream that feeds the client; say that, not the broken pipe.
        const refused = o.input && o.input.errored;
        throw refused instanceof DumpRefused ? new DrillError(refused.message) : new DrillError((0,redact/* redact */.E$)(e.message));
    });
    if (r.code === 0)
        return;
    o.log.warn(`drill: ${cmd} said: ${(0,redact/* redact */.E$)((0,exec/* lastLines */.w$)(r.stderrTail)) || '(nothing)'}`);
    throw new DrillError(sqlClientFailure(cmd, r, o.lineOffset));
}
function dumpStream(file) {
    const raw = (0,external_node_fs_.createReadStream)(file);
    const c = /\.gz$/i.test(file) ? (0,compress/* decompressStream */.Ct)('gzip') : /\.zst$/i.test(file) ? (0,compress/* decompressStream */.Ct)('zstd') : undefined;
    if (!c)
        return raw;
    (0,external_node_stream_promises_.pipeline)(raw, c).catch((e) => c.destroy(e));
    return c;
}
async function runQuery(cmd, args, env, log, signal) {
    const rows = [];
    await runClient(cmd, args, {
        env,
        log,
        ...(signal ? { signal } : {}),
        onLine: (line, stream) => {
            if (stream === 'stdout')
                rows.push(line.split('\t'));
        },
    });
    return rows;
}
/**
 * The flag that stops the client obeying commands inside its input: MariaDB's `--sandbox`
 * (10.5.25, 10.6.18, 10.11.8, 11.0.6 and later), MySQL's `--commands=OFF` (8.0.40 and later).
 */
async function sandboxFlag(bin, env) {
    const out = [];
    await (0,exec/* runProcess */.R3)(bin, ['--no-defaults', '--help'], { env, onLine: (l, s) => s === 'stdout' && out.push(l) }).catch(() => undefined);
    const help = out.join('\n');
    if (/^\s*--sandbox\b/m.test(help))
        return '--sandbox';
    if (/^\s*--commands\b/m.test(help))
        return '--commands=OFF';
    return undefined;
}
async function mariadbClient(t, env, tmpRoot, log, signal) {
    const bin = await onPath(['mariadb', 'mysql'], env);
    if (!bin)
        throw new DrillError('neither `mariadb` nor `mysql` (the client) is installed; on Ubuntu: sudo apt-get install mariadb-client');
    const sandbox = await sandboxFlag(bin, env);
    if (!sandbox) {
        throw new DrillError(`the \`${bin}\` client cannot be told to ignore client commands in a dump (no \`--sandbox\` or \`--commands\`); install MariaDB's client 10.6.18/10.11.8 or later (sudo apt-get install mariadb-client) or MySQL's 8.0.40 or later`);
    }
    // The password goes into an option file only we can read, never onto a command line.
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(tmpRoot, 'site-backup-drill-'));
    const cnf = external_node_path_default().join(dir, 'client.cnf');
    const q = (v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const lines = ['[client]'];
    if (t.user)
        lines.push(`user=${q(t.user)}`);
    if (t.password !== undefined)
        lines.push(`password=${q(t.password)}`);
    if (t.socket)
        lines.push(`socket=${q(t.socket)}`);
    else {
        // "localhost" would make the client look for a socket; the URL means TCP.
        lines.push(`host=${q(t.host === 'localhost' || !t.host ? '127.0.0.1' : t.host)}`, 'protocol=TCP');
        if (t.port)
            lines.push(`port=${t.port}`);
    }
    await (0,promises_.writeFile)(cnf, lines.join('\n') + '\n', { mode: 0o600 });
    // --local-infile=0: a dump's LOAD DATA LOCAL must not read the runner's files.
    const base = [
        `--defaults-extra-file=${cnf}`,
        sandbox,
        '--local-infile=0',
        '--batch',
        '--skip-column-names',
        '--default-character-set=utf8mb4',
    ];
    return {
        name: bin,
        dialect: 'mysql',
        query: (sql, db) => runQuery(bin, [...base, '-e', sql, ...(db ? [db] : [])], env, log, signal),
        load: (file, db) => runClient(bin, [...base, db], { env, log, input: guardedDump(dumpStream(file), 'mysql'), ...(signal ? { signal } : {}) }),
        scan: async (file) => void (await scanDump(dumpStream(file), 'mysql')),
        listDatabases: async () => (await runQuery(bin, [...base, '-e', 'SHOW DATABASES'], env, log, signal)).map((r) => r[0]),
        quote: (id) => `\`${id.replace(/`/g, '``')}\``,
        close: () => (0,promises_.rm)(dir, { recursive: true, force: true }),
    };
}
/** psql 17.6, 16.10, 15.14, 14.19, 13.22 and later know `\restrict` (CVE-2025-8714). */
async function psqlRestricts(bin, env) {
    const out = [];
    await (0,exec/* runProcess */.R3)(bin, ['--version'], { env, onLine: (l) => out.push(l) }).catch(() => undefined);
    const m = /(\d+)\.(\d+)/.exec(out.join(' '));
    if (!m)
        return false;
    const [major, minor] = [Number(m[1]), Number(m[2])];
    const fixed = { 13: 22, 14: 19, 15: 14, 16: 10, 17: 6 };
    return major > 17 || (fixed[major] !== undefined && minor >= fixed[major]);
}
async function postgresClient(t, env, log, signal) {
    const bin = await onPath(['psql'], env);
    if (!bin)
        throw new DrillError('`psql` is not installed; on Ubuntu: sudo apt-get install postgresql-client');
    if (!(await psqlRestricts(bin, env))) {
        throw new DrillError('this `psql` cannot be locked against meta-commands in a dump (`\\restrict`); install postgresql-client 17.6, 16.10, 15.14, 14.19, 13.22 or later');
    }
    const pgEnv = { ...env, PGCONNECT_TIMEOUT: '20' };
    if (t.password !== undefined)
        pgEnv.PGPASSWORD = t.password;
    const conn = (db) => [
        ...(t.socket ? ['-h', t.socket] : ['-h', t.host || '127.0.0.1']),
        ...(t.port ? ['-p', String(t.port)] : []),
        ...(t.user ? ['-U', t.user] : []),
        '-d',
        db,
    ];
    // VERBOSITY=verbose puts the SQLSTATE into every error, so a failure can be told by its code.
    const base = ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-v', 'VERBOSITY=verbose', '-A', '-t', '-F', '\t'];
    return {
        name: bin,
        dialect: 'psql',
        query: (sql, db) => runQuery(bin, [...base, ...conn(db ?? 'postgres'), '-c', sql], pgEnv, log, signal),
        load: (file, db) => /\.dump$/i.test(file)
            ? runClient('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', ...conn(db)], {
                env: pgEnv,
                log,
                input: (0,external_node_fs_.createReadStream)(file),
                ...(signal ? { signal } : {}),
            })
            : // Our own \restrict, with a key the dump cannot know, locks psql against every
                // meta-command that follows; the dump's own \restrict lines are left out.
                runClient(bin, [...base, ...conn(db), '-f', '-'], {
                    env: pgEnv,
                    log,
                    input: guardedDump(dumpStream(file), 'psql', undefined, `\\restrict ${(0,external_node_crypto_.randomBytes)(16).toString('hex')}\n`),
                    lineOffset: 1,
                    ...(signal ? { signal } : {}),
                }),
        scan: (file) => /\.dump$/i.test(file) ? scanCustomDump(file, pgEnv, signal) : scanDump(dumpStream(file), 'psql').then(() => undefined),
        listDatabases: async () => (await runQuery(bin, [...base, ...conn('postgres'), '-c', 'SELECT datname FROM pg_database'], pgEnv, log, signal)).map((r) => r[0]),
        quote: (id) => `"${id.replace(/"/g, '""')}"`,
        close: async () => { },
    };
}
/** A custom-format dump, read as the SQL pg_restore would send (`pg_restore -f -`, no server). */
async function scanCustomDump(file, env, signal) {
    const sql = new external_node_stream_.PassThrough();
    const scanned = scanDump(sql, 'psql');
    scanned.catch(() => sql.resume());
    const r = await (0,exec/* runProcess */.R3)('pg_restore', ['-f', '-', file], { env, stdout: sql, ...(signal ? { signal } : {}) });
    await scanned;
    if (r.code !== 0)
        throw new DrillError(`pg_restore could not read ${external_node_path_default().basename(file)} (${r.signal ? `killed by ${r.signal}` : `exit ${r.code}`})`);
}
/** The check passes unless the SQL failed or its first value reads as false. */
function checkPassed(rows) {
    const first = rows[0]?.[0];
    if (first === undefined)
        return true;
    return !['', '0', 'false', 'f', 'null'].includes(first.trim().toLowerCase());
}
async function countRows(client, engine, databases) {
    const tables = [];
    for (const db of databases) {
        const sql = engine === 'mariadb'
            ? `SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema = DATABASE() ORDER BY table_name`
            : `SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY table_schema, table_name`;
        for (const r of await client.query(sql, db))
            tables.push({ db, schema: r[0], table: r[1] });
    }
    // Exact counts, not the statistics' estimates (InnoDB's TABLE_ROWS can be far off), 50 a query.
    const out = [];
    for (const db of databases) {
        const mine = tables.filter((t) => t.db === db);
        for (let i = 0; i < mine.length; i += 50) {
            const batch = mine.slice(i, i + 50);
            const sql = batch.map((t, j) => `SELECT ${j}, COUNT(*) FROM ${client.quote(t.schema)}.${client.quote(t.table)}`).join(' UNION ALL ');
            for (const r of await client.query(sql, db)) {
                const t = batch[Number(r[0])];
                out.push({ schema: t.schema, table: t.table, rows: Number(r[1]) });
            }
        }
    }
    return out;
}
/** Databases every server has; any other one on the drill server belongs to someone. */
const SYSTEM_DATABASES = {
    mariadb: ['information_schema', 'mysql', 'performance_schema', 'sys'],
    postgres: ['postgres', 'template0', 'template1'],
};
/**
 * The drill loads hostile SQL, so it runs only on a server that holds nothing else: no database
 * but the system ones and the drill database, and that one empty. Returns whether the drill
 * database has to be created.
 */
async function guardServer(client, target) {
    const db = target.database;
    const before = await client.listDatabases();
    const others = before.filter((d) => d !== db && !SYSTEM_DATABASES[target.engine].includes(d));
    if (others.length > 0) {
        throw new DrillError(`the drill server holds ${others.length} ${others.length === 1 ? 'database' : 'databases'} the drill did not create (${others
            .slice(0, 3)
            .map((d) => `\`${d}\``)
            .join(', ')}${others.length > 3 ? ', …' : ''}); the drill loads untrusted dumps, so point \`drill-database-url\` at a throwaway server that holds nothing else, such as a service container`);
    }
    if (!before.includes(db))
        return true;
    const n = target.engine === 'mariadb'
        ? await client.query(`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${db}'`)
        : await client.query(`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`, db);
    if (Number(n[0]?.[0] ?? 0) > 0) {
        throw new DrillError(`the drill database \`${db}\` already holds ${n[0][0]} tables; the drill only loads into an empty database (drop it, or name another one in \`drill-database-url\`)`);
    }
    return false;
}
/** Every dump is read through before the first is loaded: a refusal leaves the server untouched. */
async function scanDumps(client, dataDir, dumps) {
    for (const file of dumps) {
        try {
            await client.scan(file);
        }
        catch (e) {
            const rel = external_node_path_default().relative(dataDir, file);
            if (e instanceof DumpRefused)
                throw new DrillError(`refused ${rel}, nothing was loaded: ${e.message}`, { cause: e });
            throw new DrillError(`could not read ${rel}: ${(0,redact/* redact */.E$)(e.message)}`, { cause: e });
        }
    }
}
async function loadDumps(client, dataDir, dumps, db, log) {
    const loads = [];
    for (const file of dumps) {
        const t = Date.now();
        const rel = external_node_path_default().relative(dataDir, file);
        const bytes = (await (0,promises_.stat)(file)).size;
        log.info(`drill: loading ${rel} (${(0,util_bytes/* formatBytes */.z)(bytes)}) into ${client.dialect === 'mysql' ? 'mariadb' : 'postgres'} database \`${db}\`…`);
        try {
            await client.load(file, db);
        }
        catch (e) {
            throw new DrillError(`loading ${rel} failed: ${e.message}`, { cause: e });
        }
        loads.push({ file: rel, bytes, durationMs: Date.now() - t });
        log.info(`drill: loaded ${rel} in ${(0,duration/* formatDuration */.a)(Date.now() - t)}`);
    }
    return loads;
}
async function runCheck(client, sql, db, result, log) {
    let output;
    try {
        output = await client.query(sql, db);
    }
    catch (e) {
        throw new DrillError(`the check \`drill-sql\` failed: ${e.message}`, { cause: e });
    }
    const ok = checkPassed(output);
    result.check = { sql, output: output.slice(0, 20), ok };
    log.info(`drill: check ${ok ? 'passed' : 'FAILED'}: ${output
        .slice(0, 5)
        .map((r) => r.join(' '))
        .join(' | ') || '(no rows)'}`);
    if (!ok)
        throw Object.assign(new DrillError(`the check \`drill-sql\` returned ${JSON.stringify(output[0]?.[0])}, which counts as failed`), {
            result,
        });
}
/**
 * Loads every dump under `dataDir` into the drill database, counts the rows of every table it
 * made, and runs the user's check. The server must hold no database the drill did not create
 * (the drill database may exist if empty), and no dump may leave the drill database (`USE`,
 * `\c`, `CREATE DATABASE`) or hold a client command: every dump is read through first and
 * refused before anything is loaded. The databases it created are dropped after.
 */
async function runDrill(dataDir, target, opts) {
    const started = Date.now();
    const { log } = opts;
    const dumps = await findDumps(dataDir, target.engine);
    if (dumps.length === 0) {
        throw new DrillError(`the data component holds no SQL dump (${target.engine === 'postgres' ? '*.sql, *.sql.gz, *.sql.zst or *.dump' : '*.sql, *.sql.gz or *.sql.zst'}), so there is nothing to load`);
    }
    // The clients get no credentials but the drill server's own (SECURITY.md, allow-listed env).
    const env = (0,exec/* childEnv */.gf)(opts.env, target.engine === 'postgres' ? ['PGSSLMODE', 'PGSSLROOTCERT', 'PGSSLCERT', 'PGSSLKEY'] : []);
    const client = target.engine === 'mariadb'
        ? await mariadbClient(target, env, opts.tmpRoot, log, opts.signal)
        : await postgresClient(target, env, log, opts.signal);
    const created = [];
    const db = target.database;
    try {
        const create = await guardServer(client, target);
        await scanDumps(client, dataDir, dumps);
        if (create) {
            await client.query(`CREATE DATABASE ${client.quote(db)}`);
            created.push(db);
        }
        const loads = await loadDumps(client, dataDir, dumps, db, log);
        const tables = await countRows(client, target.engine, [db]);
        const totalRows = tables.reduce((n, t) => n + t.rows, 0);
        log.info(`drill: ${tables.length} tables, ${totalRows} rows`);
        const result = {
            engine: target.engine,
            client: client.name,
            database: db,
            dumps: loads,
            tables,
            totalRows,
            durationMs: 0,
        };
        if (opts.sql)
            await runCheck(client, opts.sql, db, result, log);
        if (tables.length === 0)
            throw Object.assign(new DrillError('the dumps loaded but created no tables'), { result });
        result.durationMs = Date.now() - started;
        return result;
    }
    finally {
        for (const d of created.reverse()) {
            await client
                .query(`DROP DATABASE IF EXISTS ${client.quote(d)}`)
                .catch((e) => log.warn(`drill: could not drop \`${d}\`: ${e.message}`));
        }
        await client.close();
    }
}
/** The drill's part of the job summary. Pure. */
function drillSummaryMarkdown(r, backupId) {
    const lines = [
        `### Restore drill: \`${backupId}\` into ${r.engine} (\`${r.client}\`)`,
        '',
        `Loaded ${r.dumps.length} ${r.dumps.length === 1 ? 'dump' : 'dumps'} (${r.dumps.map((d) => `${cell(d.file)} ${formatBytes(d.bytes)} in ${formatDuration(d.durationMs)}`).join(', ')}): **${r.tables.length} tables, ${r.totalRows} rows**, in ${formatDuration(r.durationMs)}.`,
        '',
        '| table | rows |',
        '|---|---:|',
        ...r.tables.slice(0, 100).map((t) => `| ${cell(`${t.schema}.${t.table}`)} | ${t.rows} |`),
    ];
    if (r.tables.length > 100)
        lines.push(`| … ${r.tables.length - 100} more | |`);
    if (r.check) {
        lines.push('', `Check ${code(r.check.sql)}: **${r.check.ok ? 'passed' : 'failed'}** (${cell(r.check.output
            .slice(0, 3)
            .map((x) => x.join(' '))
            .join('; ') || 'no rows')})`);
    }
    lines.push('');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/util/text.ts
function text_plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
/** Levenshtein distance: how many single-character edits turn `a` into `b`. */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
    }
    return prev[b.length];
}
/** The option nearest to `word`, when it is at most `max` edits away: for "did you mean". */
function closest(word, options, max) {
    let best;
    let bestD = max + 1;
    for (const o of options) {
        const d = editDistance(word, o);
        if (d < bestD)
            [best, bestD] = [o, d];
    }
    return best;
}
// C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidi overrides and
// isolates that reorder what a terminal shows.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/**
 * Text as one printable line: control characters become visible escapes (`\n`, `\x1b`, `\u202e`).
 * Names listed from a store are hostile input: a new line in one would forge `key=value` lines in
 * the CLI's output, and an escape sequence would rewrite the terminal.
 */
function printable(s) {
    return s.replace(UNPRINTABLE_RE, (c) => {
        const named = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
        if (named[c])
            return named[c];
        const n = c.charCodeAt(0);
        return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
    });
}

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
function restore_planText(plan, m, from) {
    const lines = [
        `Restore plan: ${plan.site}/${plan.sourceEnvironment} backup ${plan.backupId} (restic snapshot ${m.snapshot?.slice(0, 8)}, made ${m.createdAt}, ${m.trigger}, platform ${m.platform})`,
        `  from   ${from}`,
        `  into   environment \`${plan.targetEnvironment}\` with platform \`${plan.platform}\`${plan.targetEnvironment !== plan.sourceEnvironment ? ` (a different environment than the backup's \`${plan.sourceEnvironment}\`)` : ''}`,
    ];
    for (const c of plan.components)
        lines.push(`  ${c.component.padEnd(6)} ${c.object} ${text_plural(c.files, 'file', 'files')}, ${(0,util_bytes/* formatBytes */.z)(c.contentBytes)}: ${c.operation}`);
    lines.push('  restic checks every chunk it reads, and the restored files against the snapshot, before anything changes');
    if (plan.needsConfirm)
        lines.push(`  \`${plan.targetEnvironment}\` is protected: a real run needs \`confirm: ${plan.needsConfirm}\``);
    return lines.join('\n');
}
async function resticRestore(cfg, deps, restoreCommandSet = () => false) {
    const started = Date.now();
    const { store, log } = deps;
    if (!cfg.dryRun)
        checkConfirm(cfg);
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
        components: planComponents(cfg, view.components.filter((c) => chosen.includes(c.name)), restoreCommandSet),
        bytes: 0,
    };
    if (isProtected(cfg.targetEnvironment, cfg.protectedEnvironments))
        plan.needsConfirm = cfg.targetEnvironment;
    log.info(restore_planText(plan, m, store.location(backup)));
    if (cfg.dryRun) {
        log.info('Dry run: nothing was downloaded, extracted or restored.');
        return { plan, dryRun: true, components: [], durationMs: Date.now() - started };
    }
    if (cfg.platform === 'command') {
        for (const c of chosen) {
            const names = (await (0,fs/* readdirIfExists */.X)(external_node_path_default().join(cfg.restoreDir, c))) ?? [];
            if (names.length > 0) {
                throw new errors/* ConfigError */.x('restore-dir', `${external_node_path_default().join(cfg.restoreDir, c)} already holds ${text_plural(names.length, 'entry', 'entries')}, and restoring ${c} over them would mix two versions`, 'Remove or move that folder, or point `restore-dir` at an empty or new folder.');
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
            log.info(`${c}: ${text_plural(l.files, 'file', 'files')}, ${(0,util_bytes/* formatBytes */.z)(l.contentBytes)} restored from the snapshot and verified by restic`);
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
        return await runDrill(dir, drill.target, { ...(drill.sql ? { sql: drill.sql } : {}), tmpRoot: work, log: o.log, env: o.env });
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}


/***/ })

};
