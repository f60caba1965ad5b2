export const id = 82;
export const ids = [82];
export const modules = {

/***/ 78497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ parseIndex),
/* harmony export */   B3: () => (/* binding */ storedStarts),
/* harmony export */   Bj: () => (/* binding */ contentStarts),
/* harmony export */   Jt: () => (/* binding */ serializeIndex),
/* harmony export */   Kr: () => (/* binding */ FRAME_BYTES),
/* harmony export */   X7: () => (/* binding */ zstdFrameEnds),
/* harmony export */   Xh: () => (/* binding */ buildIndex),
/* harmony export */   eP: () => (/* binding */ tarFrames),
/* harmony export */   h4: () => (/* binding */ FrameHasher),
/* harmony export */   jG: () => (/* binding */ frameAt),
/* harmony export */   lx: () => (/* binding */ tarFrameEnds),
/* harmony export */   w2: () => (/* binding */ MAX_INDEX_BYTES)
/* harmony export */ });
/* unused harmony export isSafePath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38816);



// The member index of a seekable archive (FORMAT.md, "Seekable archives"): a small object beside
// the archive that says where each entry lies, so one file can be restored with ranged reads of
// a few frames instead of the whole object. Offsets are those of the archive before age
// encryption (the zstd stream, or the tar itself for `none`); each frame carries the sha256 of
// its stored bytes, so what a ranged read brings back is checked without the whole object.
/** About this much tar per frame: what a restore of one small file reads at most, give or take a member. */
const FRAME_BYTES = 1 << 20;
/** An index larger than this is not one of ours (about 40 bytes per entry gzipped: millions of entries). */
const MAX_INDEX_BYTES = 256 << 20;
const hex64 = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
const uint = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative();
const indexSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    object: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    frames: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ stored: uint, content: uint, sha256: hex64 }).strict()),
    members: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        type: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['file', 'dir', 'symlink', 'link']),
        mode: uint,
        size: uint,
        mtime: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
        linkpath: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
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
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
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
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
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
    const starts = contentStarts(out);
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
function contentStarts(frames) {
    const s = [];
    let n = 0;
    for (const f of frames) {
        s.push(n);
        n += f.content;
    }
    return s;
}
function storedStarts(frames) {
    const s = [];
    let n = 0;
    for (const f of frames) {
        s.push(n);
        n += f.stored;
    }
    return s;
}
function serializeIndex(ix) {
    return (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gzipSync)(JSON.stringify(ix), { level: 6 });
}
/**
 * Reads an index that already matched the manifest's sha256, and checks it holds together: frames
 * that add up to no more than the object, members inside their frames, safe relative paths. The
 * store is hostile: a reader trusts nothing here it did not check.
 */
function parseIndex(gz, where, objectBytes) {
    let raw;
    try {
        raw = JSON.parse((0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gunzipSync)(gz, { maxOutputLength: MAX_INDEX_BYTES * 8 }).toString('utf8'));
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
function frameAt(starts, at) {
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


/***/ }),

/***/ 37867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eJ: () => (/* binding */ storeIndex),
/* harmony export */   zM: () => (/* binding */ loadIndex)
/* harmony export */ });
/* unused harmony export IndexError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var age_encryption__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81539);
/* harmony import */ var _model_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89452);
/* harmony import */ var _archive_seek_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78497);





// The index object as stored: gzipped JSON, age-encrypted to the archive's recipients when the
// archive is (paths and sizes say as much about a site as its files' names), and checked against
// the manifest's sha256 before a byte of it is parsed.
/** Writes a component's index beside its archive; returns the manifest's `index` field. */
async function storeIndex(writer, component, index, recipients) {
    let body = (0,_archive_seek_index_js__WEBPACK_IMPORTED_MODULE_4__/* .serializeIndex */ .Jt)(index);
    if (recipients.length > 0) {
        const e = new age_encryption__WEBPACK_IMPORTED_MODULE_2__/* .Encrypter */ .T7();
        for (const r of recipients)
            e.addRecipient(r);
        body = Buffer.from(await e.encrypt(body));
    }
    const object = (0,_model_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .indexObjectName */ .DY)(component, recipients.length > 0);
    await writer.put(object, node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from([body]));
    return { object, bytes: body.length, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex') };
}
/** The failure of an index that does not match its manifest entry or does not hold together. */
class IndexError extends Error {
    name = 'IndexError';
}
/**
 * Reads, checks (size and sha256 against the manifest, then its structure) and decrypts a
 * component's index. Every failure names the object.
 */
async function loadIndex(store, ref, c, identities) {
    const entry = c.index;
    const where = `${ref.id}/${entry.object}`;
    if (entry.bytes > _archive_seek_index_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_INDEX_BYTES */ .w2)
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
    const sha = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex');
    if (body.length !== entry.bytes || sha !== entry.sha256) {
        throw new IndexError(`${where} does not match the manifest (${body.length} bytes, sha256 ${sha.slice(0, 12)}…; the manifest says ${entry.bytes} bytes, ${entry.sha256.slice(0, 12)}…): refusing it, nothing was written`);
    }
    let plain = body;
    if (c.encryption === 'age') {
        const d = new age_encryption__WEBPACK_IMPORTED_MODULE_2__/* .Decrypter */ .Hz();
        for (const id of identities)
            d.addIdentity(id);
        plain = Buffer.from(await d.decrypt(body));
    }
    try {
        const index = (0,_archive_seek_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseIndex */ .A1)(plain, where, c.bytes);
        if (index.object !== c.object)
            throw new Error(`${where} describes ${index.object}, not ${c.object}`);
        return { index, bytes: body.length };
    }
    catch (e) {
        throw new IndexError(`${e.message}: refusing it, nothing was written`);
    }
}


/***/ }),

/***/ 28188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ sqlClientFailure),
/* harmony export */   PI: () => (/* binding */ DumpScanner),
/* harmony export */   T3: () => (/* binding */ DumpRefused),
/* harmony export */   jJ: () => (/* binding */ guardedDump),
/* harmony export */   os: () => (/* binding */ scanDump)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);

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
    const guard = new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
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


/***/ })

};
