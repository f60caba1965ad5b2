export const id = 808;
export const ids = [808,285];
export const modules = {

/***/ 16477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ encryptStream),
/* harmony export */   U: () => (/* binding */ decryptStream)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var age_encryption__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81539);


// age-encryption speaks web streams; the rest of the pipeline speaks Node streams.
async function encryptStream(input, recipients) {
    const e = new age_encryption__WEBPACK_IMPORTED_MODULE_1__/* .Encrypter */ .T7();
    for (const r of recipients)
        e.addRecipient(r);
    const web = node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.toWeb(input);
    const out = await e.encrypt(web);
    return node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.fromWeb(out);
}
async function decryptStream(input, identities) {
    const d = new age_encryption__WEBPACK_IMPORTED_MODULE_1__/* .Decrypter */ .Hz();
    for (const id of identities)
        d.addIdentity(id);
    const web = node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.toWeb(input);
    const out = await d.decrypt(web);
    return node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.fromWeb(out);
}


/***/ }),

/***/ 21678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $k: () => (/* binding */ compressChunks),
  GT: () => (/* binding */ compressPieces),
  UE: () => (/* binding */ decodeZstdChunks),
  Ct: () => (/* binding */ decompressStream)
});

// UNUSED EXPORTS: compressEngine, decompressEngine, processDuplex

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
;// CONCATENATED MODULE: ./src/archive/zstd-frames.ts
// Zstandard (RFC 8878) at the frame level, so the archive pipeline can skip the compression work
// for content that is already compressed and still store a standard `.zst` object.
//
// An object is a sequence of frames, and RFC 8878 (3.1) defines the content of concatenated
// frames as the concatenation of their contents; `zstd -d`, libarchive and every libzstd
// streaming reader read them all. We write two kinds:
// - raw frames, built here: a frame header and raw blocks (the block type zstd itself uses for
//   data it cannot compress), up to 1 MiB each, for runs of high-entropy content (media, zips);
// - compressed frames, from a real compressor (the `zstd` binary or Node's zlib), one stream per
//   run of compressible content (tar headers, text, SQL).
// Node's own zstd decoder stops after the first frame, so decodeZstd below splits the frames.
const MAGIC = 0xfd2fb528;
/** The largest block RFC 8878 allows, and our raw block size. */
const BLOCK = 128 * 1024;
/** Raw blocks per raw frame: 1 MiB frames keep the reader's look-ahead (RAW_FRAME_CAP) small. */
const FRAME_BLOCKS = 8;
/** Frame header of a raw frame: magic, descriptor 0 (no size, no checksum, no dictionary), window 128 KiB. */
const RAW_FRAME_HEADER = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38]);
/** An empty raw block with Last_Block set: ends a raw frame whose length was not known ahead. */
const LAST_EMPTY_BLOCK = Buffer.from([0x01, 0x00, 0x00]);
/**
 * How much incompressible content in a row ends a compressed run. Shorter stretches go through
 * the compressor: each run costs a new compressor (a process, for the binary), so a run is not
 * cut for one JPEG thumbnail between two text files.
 */
const SWITCH_BYTES = 1 << 20;
/** Output waiting for the consumer before the producer pauses: keeps memory flat. */
const QUEUE_LIMIT = 4 << 20;
// --- the entropy test ---------------------------------------------------------------------
/** Every 16th byte is sampled: 8192 samples per block, plenty for a byte histogram. */
const STRIDE = 16;
/**
 * Bits per byte above which a block counts as already compressed. Random data measures 7.98 on
 * 8192 samples; compressed formats (JPEG, PNG, MP4, ZIP, gzip) 7.9 and up; text 4 to 6. At 7.8 the
 * most an order-0 coder could save is 2.5%, and such data has no repeats for zstd to find.
 */
const ENTROPY_LIMIT = 7.8;
const hist = new Uint32Array(256);
/** Whether a block of content looks already compressed (high byte entropy on a sample). */
function looksIncompressible(parts, len) {
    if (len < 4096)
        return false;
    hist.fill(0);
    let n = 0;
    let skip = 0;
    for (const p of parts) {
        let i = skip;
        for (; i < p.length; i += STRIDE) {
            hist[p[i]]++;
            n++;
        }
        skip = i - p.length;
    }
    let sum = 0;
    for (let k = 0; k < 256; k++) {
        const c = hist[k];
        if (c)
            sum += c * Math.log2(c);
    }
    return Math.log2(n) - sum / n > ENTROPY_LIMIT;
}
/** Marks a frame start in the block stream. */
const CUT = Symbol('cut');
/**
 * The most content one compressed frame takes in a seekable archive: the seek table holds 32-bit
 * sizes, and a reader of one file inside a large compressible member must not decode gigabytes.
 */
const MAX_FRAME_CONTENT = 1 << 30;
const SKIPPABLE_SEEK_MAGIC = 0x184d2a5e;
const SEEKABLE_MAGIC = 0x8f92eab1;
/**
 * The zstd seekable format's seek table (zstd's contrib/seekable_format): a skippable frame
 * listing each frame's stored and content size, with no checksums. `zstd -d` skips it.
 */
function seekTable(frames) {
    const data = frames.filter((f) => !f.skippable);
    const size = data.length * 8 + 9;
    const b = Buffer.alloc(8 + size);
    b.writeUInt32LE(SKIPPABLE_SEEK_MAGIC, 0);
    b.writeUInt32LE(size, 4);
    let o = 8;
    for (const f of data) {
        o = b.writeUInt32LE(f.stored, o);
        o = b.writeUInt32LE(f.content, o);
    }
    o = b.writeUInt32LE(data.length, o);
    o = b.writeUInt8(0, o);
    b.writeUInt32LE(SEEKABLE_MAGIC, o);
    return b;
}
// --- encoding -----------------------------------------------------------------------------
/**
 * Cuts a byte stream into blocks of exactly BLOCK bytes (the last may be shorter), zero-copy:
 * each part is a slice of its chunk and holds its own reference to the chunk's lease. With
 * `cuts`, a block also ends at each cut, which is then marked with CUT.
 */
class BlockCutter {
    cuts;
    parts = [];
    len = 0;
    /** Stream offset of the next byte pushed. */
    pos = 0;
    nextCut = 0;
    constructor(cuts) {
        this.cuts = cuts;
    }
    /** Bytes until the next cut (Infinity without one), marking a cut that is due now. */
    *dueCut() {
        const cuts = this.cuts;
        if (!cuts)
            return Infinity;
        while (this.nextCut < cuts.length && cuts[this.nextCut] < this.pos)
            this.nextCut++;
        if (this.nextCut < cuts.length && cuts[this.nextCut] === this.pos) {
            const b = this.flush();
            if (b)
                yield b;
            yield CUT;
            this.nextCut++;
        }
        return this.nextCut < cuts.length ? cuts[this.nextCut] - this.pos : Infinity;
    }
    *push(chunk) {
        const { buf, lease } = chunk;
        let off = 0;
        while (off < buf.length) {
            const room = yield* this.dueCut();
            const take = Math.min(BLOCK - this.len, buf.length - off, room);
            this.pos += take;
            this.parts.push({
                buf: off === 0 && take === buf.length ? buf : buf.subarray(off, off + take),
                ...(lease ? { lease: lease.retain() } : {}),
            });
            this.len += take;
            off += take;
            if (this.len === BLOCK)
                yield this.flush();
        }
    }
    flush() {
        if (this.len === 0)
            return undefined;
        const out = [this.parts, this.len];
        this.parts = [];
        this.len = 0;
        return out;
    }
}
/**
 * Output segments in stream order (a raw run, a compressed run, ...), each filled as it is
 * produced, and drained strictly in order. The producer waits while QUEUE_LIMIT bytes are queued.
 */
class OrderedQueue {
    frames;
    segments = [];
    queued = 0;
    finished = false;
    error;
    closed = false;
    wake;
    spaceWake;
    /** With `frames`, each segment is one frame and is recorded there. */
    constructor(frames) {
        this.frames = frames;
    }
    open(skippable = false) {
        const s = { chunks: [], done: false };
        if (this.frames) {
            s.frame = { stored: 0, content: 0, done: false, ...(skippable ? { skippable: true } : {}) };
            this.frames.push(s.frame);
        }
        this.segments.push(s);
        return s;
    }
    push(s, p) {
        s.chunks.push(p);
        this.queued += p.buf.length;
        if (s.frame)
            s.frame.stored += p.buf.length;
        this.notify();
    }
    /** Counts content that went into the segment's frame. */
    content(s, n) {
        if (s.frame)
            s.frame.content += n;
    }
    end(s) {
        s.done = true;
        if (s.frame)
            s.frame.done = true;
        this.notify();
    }
    finish() {
        this.finished = true;
        this.notify();
    }
    fail(e) {
        this.error ??= e instanceof Error ? e : new Error(String(e));
        this.notify();
        this.spaceWake?.();
    }
    /** The consumer went away: the producer's next wait throws and it stops. */
    close() {
        this.closed = true;
        this.spaceWake?.();
    }
    get stopped() {
        return this.closed || this.error !== undefined;
    }
    notify() {
        const w = this.wake;
        this.wake = undefined;
        w?.();
    }
    async space() {
        while (this.queued > QUEUE_LIMIT && !this.stopped) {
            await new Promise((r) => (this.spaceWake = r));
            this.spaceWake = undefined;
        }
        if (this.stopped)
            throw this.error ?? new Error('the archive stream was closed');
    }
    /**
     * The next output pieces in order, as many as are ready up to `max` bytes (at least one), or
     * undefined at the end. Taking several at once lets the store write them with one call.
     */
    async take(max) {
        for (;;) {
            if (this.error)
                throw this.error;
            const head = this.segments[0];
            if (head && head.chunks.length > 0) {
                const out = [];
                let n = 0;
                while (this.segments.length > 0) {
                    const s = this.segments[0];
                    while (s.chunks.length > 0 && (n === 0 || n + s.chunks[0].buf.length <= max)) {
                        const p = s.chunks.shift();
                        n += p.buf.length;
                        out.push(p);
                    }
                    if (s.chunks.length > 0 || !s.done)
                        break;
                    this.segments.shift();
                }
                this.queued -= n;
                if (this.queued <= QUEUE_LIMIT)
                    this.spaceWake?.();
                return out;
            }
            if (head?.done) {
                this.segments.shift();
                continue;
            }
            if (!head && this.finished)
                return undefined;
            await new Promise((r) => (this.wake = r));
        }
    }
}
/** Resolves once `d` can take more input; rejects if it fails or closes first. */
function drained(d) {
    return new Promise((resolve, reject) => {
        const done = (e) => {
            d.off('drain', onDrain);
            d.off('error', done);
            d.off('close', onClose);
            if (e)
                reject(e);
            else
                resolve();
        };
        const onDrain = () => done();
        const onClose = () => done(new Error('the compressor closed early'));
        d.on('drain', onDrain);
        d.on('error', done);
        d.on('close', onClose);
    });
}
async function writeAll(d, parts) {
    for (const p of parts) {
        if (!d.write(p))
            await drained(d);
    }
}
/** Writes the parts in order; each part's lease is released once the compressor has taken its bytes. */
async function writePieces(d, parts) {
    for (const { buf, lease } of parts) {
        if (!d.write(buf, lease ? () => lease.release() : undefined))
            await drained(d);
    }
}
/**
 * Raw frames of up to FRAME_BLOCKS blocks. Zero-copy: the output is the block headers and the
 * input's own slices, which carry their leases on to the consumer, so a gigabyte of media costs
 * no copy and no allocation beyond the 3-byte block headers.
 */
class RawRun {
    q;
    seg;
    blocks = 0;
    constructor(q) {
        this.q = q;
    }
    add(parts, len) {
        const first = this.blocks === 0;
        // One segment per frame, so a seekable pack sees each frame's size.
        const seg = (this.seg ??= this.q.open());
        const last = ++this.blocks === FRAME_BLOCKS;
        // Block header, little-endian: Last_Block (bit 0), Block_Type 0 = raw (bits 1-2), Block_Size.
        const h = (len << 3) | (last ? 1 : 0);
        const head = Buffer.allocUnsafe(first ? RAW_FRAME_HEADER.length + 3 : 3);
        let o = 0;
        if (first)
            o = RAW_FRAME_HEADER.copy(head, 0);
        head[o] = h & 0xff;
        head[o + 1] = (h >>> 8) & 0xff;
        head[o + 2] = (h >>> 16) & 0xff;
        this.q.push(seg, { buf: head });
        for (const p of parts)
            this.q.push(seg, p);
        this.q.content(seg, len);
        if (last)
            this.endFrame();
    }
    endFrame() {
        if (this.seg)
            this.q.end(this.seg);
        this.seg = undefined;
        this.blocks = 0;
    }
    end() {
        if (this.blocks > 0)
            this.q.push(this.seg, { buf: LAST_EMPTY_BLOCK });
        this.endFrame();
    }
}
/** A run of compressible content through one compressor, whose output is always drained. */
class CompressedRun {
    d;
    q;
    finished;
    seg;
    /** Content bytes written so far. */
    content = 0;
    constructor(d, q) {
        this.d = d;
        this.q = q;
        const seg = (this.seg = q.open());
        this.finished = (async () => {
            for await (const c of d)
                q.push(seg, { buf: c });
            q.end(seg);
        })().catch((e) => q.fail(e));
    }
    write(parts) {
        const n = parts.reduce((k, p) => k + p.buf.length, 0);
        this.content += n;
        this.q.content(this.seg, n);
        return writePieces(this.d, parts);
    }
    end() {
        this.d.end();
    }
    destroy() {
        this.d.destroy();
    }
}
/** Output taken per step of the consumer: about one store write. */
const TAKE_BYTES = 1 << 20;
/** encodePieces over plain buffers, which nothing reuses: for callers without a buffer pool. */
async function* encodeZstd(source, newCompressor, signal) {
    async function* pieces() {
        for await (const buf of source)
            yield { buf };
    }
    for await (const batch of encodePieces(pieces(), newCompressor, signal))
        for (const p of batch)
            yield p.buf;
}
/**
 * Routes blocks to raw frames and compressed runs, in order, into `q`. With `seek`, every cut
 * ends the frame being written (a compressed run's compressor is ended and a new one started for
 * what follows), and so does MAX_FRAME_CONTENT of content in one compressed frame.
 */
async function produceFrames(source, q, runs, newCompressor, seek) {
    let raw;
    let run;
    // Incompressible blocks met inside a compressed run, held until we know the stretch is long.
    let held = [];
    let heldBytes = 0;
    const endRun = async () => {
        if (run) {
            for (const [p] of held)
                await run.write(p);
            run.end();
        }
        run = undefined;
        held = [];
        heldBytes = 0;
    };
    const route = async (parts, len) => {
        await q.space();
        if (looksIncompressible(parts.map((p) => p.buf), len)) {
            if (!run) {
                raw ??= new RawRun(q);
                raw.add(parts, len);
                return;
            }
            held.push([parts, len]);
            heldBytes += len;
            if (heldBytes < SWITCH_BYTES)
                return;
            run.end();
            run = undefined;
            raw = new RawRun(q);
            for (const [p, l] of held)
                raw.add(p, l);
        }
        else {
            raw?.end();
            raw = undefined;
            if (!run) {
                run = new CompressedRun(newCompressor(), q);
                runs.push(run);
            }
            for (const [p] of held)
                await run.write(p);
            await run.write(parts);
            if (seek && run.content >= MAX_FRAME_CONTENT) {
                run.end();
                run = undefined;
            }
        }
        held = [];
        heldBytes = 0;
    };
    const cutter = new BlockCutter(seek?.cuts);
    const step = async (b) => {
        if (b !== CUT)
            return route(b[0], b[1]);
        await endRun();
        raw?.end();
        raw = undefined;
    };
    for await (const chunk of source) {
        try {
            for (const b of cutter.push(chunk))
                await step(b);
        }
        finally {
            // The parts hold their own references now.
            chunk.lease?.release();
        }
    }
    const tail = cutter.flush();
    if (tail)
        await route(tail[0], tail[1]);
    await endRun();
    raw?.end();
    await Promise.all(runs.map((r) => r.finished));
    if (seek) {
        const table = seekTable(seek.frames);
        const seg = q.open(true);
        q.push(seg, { buf: table });
        q.end(seg);
    }
    q.finish();
}
/**
 * Encodes a byte stream as standard zstd frames: raw frames for blocks that look already
 * compressed, and `newCompressor()` (a zstd stream) for runs of the rest. Memory stays flat:
 * at most QUEUE_LIMIT of output waits for the consumer. The source's leases are passed on with
 * raw frames' payloads, and released here for what went to a compressor; the consumer releases
 * the leases of each batch it has finished with (the pieces without one are its own). With
 * `seek`, frames also start at its cuts, are listed in its `frames`, and a seek table ends the
 * stream (a seekable archive).
 */
async function* encodePieces(source, newCompressor, signal, seek) {
    const q = new OrderedQueue(seek?.frames);
    const runs = [];
    // An abort must not wait for a compressor that is busy (or hung): fail now, and stop them all.
    const onAbort = () => {
        q.fail(signal.reason);
        for (const r of runs)
            r.destroy();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const producer = produceFrames(source, q, runs, newCompressor, seek).catch((e) => q.fail(e));
    try {
        for (;;) {
            const batch = await q.take(TAKE_BYTES);
            if (!batch)
                break;
            yield batch;
        }
        await producer;
    }
    finally {
        signal?.removeEventListener('abort', onAbort);
        q.close();
        for (const r of runs)
            r.destroy();
    }
}
// --- decoding -----------------------------------------------------------------------------
/** Bytes of an async chunk stream, read by offset and taken as zero-copy slices. */
class ByteReader {
    /** Chunks read and not yet taken, from index `first` (a queue without O(n) shifts). */
    chunks = [];
    first = 0;
    off = 0;
    avail = 0;
    eof = false;
    it;
    constructor(source) {
        this.it = source[Symbol.asyncIterator]();
    }
    /** Whether n bytes are available, reading ahead as needed. */
    async ensure(n) {
        while (this.avail < n && !this.eof) {
            const r = await this.it.next();
            if (r.done)
                this.eof = true;
            else if (r.value.length > 0) {
                this.chunks.push(r.value);
                this.avail += r.value.length;
            }
        }
        return this.avail >= n;
    }
    async need(n, what) {
        if (!(await this.ensure(n)))
            throw new Error(`truncated zstd data (in ${what})`);
    }
    byte(i) {
        let idx = this.off + i;
        for (let k = this.first; k < this.chunks.length; k++) {
            const c = this.chunks[k];
            if (idx < c.length)
                return c[idx];
            idx -= c.length;
        }
        throw new RangeError('read past the buffered bytes');
    }
    /** Little-endian unsigned integer of `n` (<= 4) bytes at offset i. */
    uint(i, n) {
        let v = 0;
        for (let k = n - 1; k >= 0; k--)
            v = v * 256 + this.byte(i + k);
        return v;
    }
    /** The next n (available) bytes, as slices of the chunks read. */
    take(n) {
        const out = [];
        this.avail -= n;
        while (n > 0) {
            const c = this.chunks[this.first];
            const k = Math.min(n, c.length - this.off);
            out.push(this.off === 0 && k === c.length ? c : c.subarray(this.off, this.off + k));
            n -= k;
            this.off += k;
            if (this.off === c.length) {
                this.first++;
                this.off = 0;
            }
        }
        if (this.first > 64 && this.first * 2 > this.chunks.length) {
            this.chunks = this.chunks.slice(this.first);
            this.first = 0;
        }
        return out;
    }
    async skip(n, what) {
        while (n > 0) {
            const k = Math.min(n, 1 << 20);
            await this.need(k, what);
            this.take(k);
            n -= k;
        }
    }
    async close() {
        await this.it.return?.();
    }
}
/** Frames up to this size, when made of raw and RLE blocks only, are decoded here, not by zstd. */
const RAW_FRAME_CAP = 2 << 20;
/**
 * Decodes zstd data made of any number of frames (RFC 8878), skippable frames included. Frames
 * made only of raw and RLE blocks, up to RAW_FRAME_CAP, are decoded here without a copy (that is
 * what raw frames are for); every other frame goes through its own `newDecompressor()`, since
 * Node's zlib decoder stops at the end of the first frame.
 */
async function* decodeZstd(source, newDecompressor) {
    for await (const parts of decodeZstdParts(source, newDecompressor))
        yield* parts;
}
/**
 * decodeZstd in batches: a raw frame's blocks come as one batch of slices of the input (one
 * positional writev for a restore), a decoder's output one buffer per batch. Slices of the input
 * are valid as long as the input's buffers are (see pooledChunks).
 */
async function* decodeZstdParts(source, newDecompressor) {
    const rd = new ByteReader(source);
    try {
        while (await rd.ensure(1)) {
            await rd.need(4, 'a frame magic number');
            const magic = rd.uint(0, 4);
            if (magic >>> 4 === 0x184d2a5) {
                // A skippable frame: magic, 4-byte size, data to ignore.
                await rd.need(8, 'a skippable frame');
                const size = rd.uint(4, 4);
                rd.take(8);
                await rd.skip(size, 'a skippable frame');
                continue;
            }
            if (magic !== MAGIC)
                throw new Error('not zstd data (bad frame magic number)');
            await rd.need(5, 'a frame header');
            const fhd = rd.byte(4);
            if (fhd & 0x08)
                throw new Error('bad zstd frame header (reserved bit set)');
            const fcsFlag = fhd >>> 6;
            const single = (fhd >>> 5) & 1;
            const checksum = (fhd >>> 2) & 1;
            const headerLen = 5 + (single ? 0 : 1) + [0, 1, 2, 4][fhd & 3] + (fcsFlag === 0 ? single : [0, 2, 4, 8][fcsFlag]);
            await rd.need(headerLen, 'a frame header');
            // Walk the blocks, holding on to the frame's bytes while they are all raw or RLE.
            const held = rd.take(headerLen);
            const out = [];
            let heldBytes = headerLen;
            let last = false;
            while (!last) {
                await rd.need(3, 'a block header');
                const h = rd.uint(0, 3);
                const type = (h >>> 1) & 3;
                const size = h >>> 3;
                if (type === 3)
                    throw new Error('bad zstd block (reserved block type)');
                if (size > BLOCK)
                    throw new Error('bad zstd block (larger than 128 KiB)');
                if (type === 2 || heldBytes + 3 + size > RAW_FRAME_CAP)
                    break;
                last = (h & 1) === 1;
                const contentLen = type === 1 ? 1 : size;
                await rd.need(3 + contentLen, 'a block');
                held.push(...rd.take(3));
                const content = rd.take(contentLen);
                held.push(...content);
                heldBytes += 3 + contentLen;
                if (type === 0)
                    out.push(...content);
                else if (size > 0)
                    out.push(Buffer.alloc(size, content[0][0]));
            }
            if (last) {
                // Our own frames carry no checksum: the stored object's sha256 is checked before this.
                if (checksum) {
                    await rd.need(4, 'a frame checksum');
                    rd.take(4);
                }
                const parts = out.filter((b) => b.length > 0);
                if (parts.length > 0)
                    yield parts;
                continue;
            }
            for await (const b of decodeFrame(rd, held, checksum === 1, newDecompressor()))
                yield [b];
        }
    }
    finally {
        await rd.close();
    }
}
/** The rest of one frame, after the `held` bytes already read, through a real decoder. */
async function* decodeFrame(rd, held, checksum, d) {
    const feed = (async () => {
        await writeAll(d, held);
        for (;;) {
            await rd.need(3, 'a block header');
            const h = rd.uint(0, 3);
            const type = (h >>> 1) & 3;
            const len = 3 + (type === 1 ? 1 : h >>> 3);
            await rd.need(len, 'a block');
            await writeAll(d, rd.take(len));
            if (h & 1)
                break;
        }
        if (checksum) {
            await rd.need(4, 'a frame checksum');
            await writeAll(d, rd.take(4));
        }
        d.end();
    })();
    // A feeding error becomes the decoder's error, which ends the loop below.
    feed.catch((e) => d.destroy(e));
    try {
        for await (const b of d)
            yield b;
        await feed;
    }
    finally {
        d.destroy();
    }
}

;// CONCATENATED MODULE: ./src/archive/compress.ts







const ZSTD_LEVEL = 3;
function hasZstdApi() {
    return typeof (external_node_zlib_default()).createZstdCompress === 'function';
}
let onPathCache;
function zstdOnPath() {
    const p = process.env.PATH;
    if (onPathCache && onPathCache.path === p)
        return onPathCache.found;
    let found = false;
    for (const dir of (p ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        try {
            (0,external_node_fs_.accessSync)(external_node_path_default().join(dir, process.platform === 'win32' ? 'zstd.exe' : 'zstd'), external_node_fs_.constants.X_OK);
            found = true;
            break;
        }
        catch {
            // not in this folder
        }
    }
    onPathCache = { path: p, found };
    return found;
}
/** The engine that compresses: the binary when on PATH, else zlib, else the binary (which then fails clearly). */
function compressEngine() {
    const forced = process.env.SITE_BACKUP_ZSTD;
    if (forced === 'binary' || forced === 'builtin')
        return forced;
    return zstdOnPath() || !hasZstdApi() ? 'binary' : 'builtin';
}
/**
 * The engine that decompresses the frames that are not raw: zlib when Node has it (no process to
 * start per frame), else the binary. Raw frames never reach either (see zstd-frames.ts).
 */
function decompressEngine() {
    const forced = process.env.SITE_BACKUP_ZSTD;
    if (forced === 'binary' || forced === 'builtin')
        return forced;
    return hasZstdApi() ? 'builtin' : 'binary';
}
/**
 * A child process as a duplex stream: stdin in, stdout out; a non-zero exit is a stream error.
 * Writes to a process that already died are dropped rather than failing with EPIPE: its exit
 * code and message (`zstd: error 70 : Write error`) are the error worth reporting.
 */
function processDuplex(cmd, args) {
    const child = (0,external_node_child_process_.spawn)(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
        if (stderr.length < 4096)
            stderr += d.toString();
    });
    const out = new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 });
    child.stdout.pipe(out, { end: false });
    child.stdin.on('error', () => undefined);
    const input = new external_node_stream_.Writable({
        write(chunk, _enc, cb) {
            if (child.stdin.destroyed)
                return cb();
            child.stdin.write(chunk, () => cb());
        },
        final(cb) {
            if (child.stdin.destroyed)
                return cb();
            child.stdin.end(() => cb());
        },
    });
    const duplex = external_node_stream_.Duplex.from({ writable: input, readable: out });
    let stdoutEnded = false;
    let exit;
    const finish = () => {
        if (!stdoutEnded || exit === undefined)
            return;
        if (exit === 0)
            out.end();
        else
            out.destroy(new Error(`${cmd} exited with ${exit}: ${stderr.trim() || 'no message'}`));
    };
    child.stdout.on('end', () => {
        stdoutEnded = true;
        finish();
    });
    child.on('close', (code) => {
        exit = code;
        finish();
    });
    child.on('error', (e) => {
        const msg = e.code === 'ENOENT' ? `${cmd} is not installed; install it, or use compression gzip or none` : e.message;
        duplex.destroy(new Error(msg));
    });
    duplex.on('close', () => {
        if (child.exitCode === null)
            child.kill('SIGTERM');
    });
    return duplex;
}
/** One zstd stream (one run of compressible content). */
function zstdCompressor(engine) {
    return engine === 'builtin'
        ? external_node_zlib_default().createZstdCompress({ chunkSize: 256 << 10, params: { [(external_node_zlib_default()).constants.ZSTD_c_compressionLevel]: ZSTD_LEVEL } })
        : processDuplex('zstd', ['-q', `-${ZSTD_LEVEL}`, '-T0', '-c']);
}
function zstdDecompressor(engine) {
    return engine === 'builtin' ? external_node_zlib_default().createZstdDecompress({ chunkSize: 256 << 10 }) : processDuplex('zstd', ['-q', '-d', '-c']);
}
/**
 * The compressed form of a byte stream, for the archive pipeline. zstd goes through the framing of
 * zstd-frames.ts directly, with no stream in between; gzip through zlib.
 */
function compressChunks(c, source, signal) {
    switch (c) {
        case 'none':
            return source;
        case 'gzip': {
            const gz = external_node_zlib_default().createGzip({ level: 6, chunkSize: 1 << 20 });
            (0,promises_.pipeline)(source, gz, signal ? { signal } : {}).catch((e) => gz.destroy(e));
            return gz;
        }
        case 'zstd': {
            const engine = compressEngine();
            return encodeZstd(source, () => zstdCompressor(engine), signal);
        }
    }
}
/** zstd of pooled pieces, for the pack pipeline: leases pass through (see encodePieces). */
function compressPieces(source, signal, seek) {
    const engine = compressEngine();
    return encodePieces(source, () => zstdCompressor(engine), signal, seek);
}
/** zstd data as an async iterable of batches, decoded without a stream in between (see decodeZstdParts). */
function decodeZstdChunks(source) {
    const engine = decompressEngine();
    return decodeZstdParts(source, () => zstdDecompressor(engine));
}
function decompressStream(c) {
    switch (c) {
        case 'none':
            return undefined;
        case 'gzip':
            return external_node_zlib_default().createGunzip();
        case 'zstd': {
            const engine = decompressEngine();
            return external_node_stream_.Duplex.from(async function* (source) {
                yield* decodeZstd(source, () => zstdDecompressor(engine));
            });
        }
    }
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tM: () => (/* binding */ markupCell),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
// The one Markdown helper for job summaries, issue bodies, summary.md and generated docs. A value
// from outside (a name listed from a store, an error, a file or table name) goes through cell():
// it can then neither break the table nor become a link, an image, emphasis or HTML on GitHub.
// Markup we wrote ourselves (code spans, emphasis, the inputs' own descriptions) goes through
// markupCell(), which only keeps it on one row of one cell.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const HTML_ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '|': '&#124;' };
/**
 * Plain text safe in one table cell or one line: HTML's `& < >` as entities; Markdown's
 * backslash, backtick and `* _ ~ [ ]` backslash-escaped (no link or image opens without a `[`,
 * no code span or emphasis starts); `|` as an entity, so the table keeps its columns; `://` and
 * `www.` broken up, so GitHub makes no bare link either; new lines and other control characters
 * folded to a space, so a name cannot start a line of its own.
 */
function cell(s) {
    return (s
        .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
        .replace(CONTROL_RE, ' ')
        .replace(/[&<>|]/g, (c) => HTML_ENTITY[c])
        .replace(/[\\`*~[\]]/g, '\\$&')
        // `_` inside a word (table_name) never emphasises: only one at a word's edge is escaped.
        .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
        .replace(/:\/\//g, '\\://')
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`));
}
/** Markdown we made, kept in one table cell: `|` escaped, new lines (and the spaces around them) folded to one space. */
function markupCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\s*\r?\n\s*/g, ' ');
}
/**
 * A GitHub table: a header, a separator (`---:` for right-aligned columns) and the rows. Cells
 * are Markdown the caller made: text from outside must go through cell() first, code through
 * code(); here each is only kept in its cell.
 */
function table(header, rows, align = []) {
    const line = (cells) => `| ${cells.map(markupCell).join(' | ')} |`;
    return [line(header), `|${header.map((_, i) => (align[i] === 'right' ? '---:' : '---')).join('|')}|`, ...rows.map(line)];
}
/** A code span that survives backticks in its text (CommonMark: a longer fence, padded). */
function code(s) {
    const one = s.replace(/[\r\n]+/g, ' ');
    const longest = Math.max(0, ...[...one.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return longest ? `${fence} ${one} ${fence}` : `${fence}${one}${fence}`;
}


/***/ }),

/***/ 18991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ withProgress),
/* harmony export */   o: () => (/* binding */ startProgress)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_bytes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1671);
/* harmony import */ var _util_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26518);




/** Files and bytes under a folder; what disappears meanwhile is not counted. */
async function measure(dir) {
    let files = 0;
    let bytes = 0;
    const walk = async (d) => {
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(d).catch(() => []);
        for (const n of names) {
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(d, n)).catch(() => undefined);
            if (st?.isDirectory())
                await walk(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(d, n));
            else if (st?.isFile()) {
                files++;
                bytes += st.size;
            }
        }
    };
    await walk(dir);
    return { files, bytes };
}
/**
 * A line every `intervalMs` while a component is exported, packed, uploaded, downloaded or
 * extracted, saying which of these it is and, where they are known, the bytes and the rate, so a
 * long run never looks hung (an export used to read "0 B stored, 0.0 MB/s" for minutes).
 */
function startProgress(label, log, intervalMs = 5000, now = () => Date.now(), first) {
    let name = first?.phase ?? 'working';
    let opts = first ?? {};
    let started = now();
    let bytes = 0;
    let lastBytes = 0;
    let lastAt = started;
    let busy = false;
    const progress = {
        phase(n, o = {}) {
            name = n;
            opts = o;
            started = lastAt = now();
            bytes = lastBytes = 0;
        },
        update(b) {
            bytes = b;
        },
        async line() {
            const t = now();
            const elapsed = (0,_util_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(t - started);
            let files;
            if (opts.dir)
                ({ files, bytes } = await measure(opts.dir));
            else if (opts.bytes)
                bytes = opts.bytes();
            const rate = (0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRate */ .C)(Math.max(0, bytes - lastBytes), t - lastAt);
            lastBytes = bytes;
            lastAt = t;
            if (!opts.dir && !opts.bytes && bytes === 0)
                return `${label}: ${name}, ${elapsed} so far`;
            const of = opts.total
                ? ` of ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(opts.total)} (${Math.min(100, Math.floor((bytes / Math.max(1, opts.total)) * 100))}%)`
                : '';
            const count = files !== undefined ? `${files} ${files === 1 ? 'file' : 'files'}, ` : '';
            return `${label}: ${name}, ${count}${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(bytes)}${of} ${opts.noun ?? 'so far'}, ${rate} (avg ${(0,_util_bytes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatRate */ .C)(bytes, t - started)}), ${elapsed}`;
        },
        stop() {
            clearInterval(timer);
        },
    };
    const timer = setInterval(() => {
        if (busy)
            return; // a slow folder walk: skip a tick rather than pile them up
        busy = true;
        progress
            .line()
            .then((l) => log.info(l))
            .catch(() => undefined)
            .finally(() => (busy = false));
    }, intervalMs);
    timer.unref();
    return progress;
}
/** Runs `fn` with progress lines for one phase, and stops them however it ends. */
async function withProgress(label, log, first, fn, intervalMs) {
    const p = startProgress(label, log, intervalMs, undefined, first);
    try {
        return await fn();
    }
    finally {
        p.stop();
    }
}


/***/ })

};
