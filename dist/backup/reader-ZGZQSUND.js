import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  Header,
  decodeZstdChunks,
  decompressStream,
  decryptStream
} from "./chunk-XOLSYURX.js";
import {
  withProgress
} from "./chunk-NFRKXYRZ.js";
import {
  unwritten
} from "./chunk-VGFCETJD.js";
import {
  formatBytes
} from "./chunk-OTFXQX3Q.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import "./chunk-ZZX2MHPD.js";
import {
  ObjectReadError,
  readSmallText
} from "./chunk-AYPIQNH4.js";
import {
  MANIFEST_NAME,
  ManifestError,
  parseManifest
} from "./chunk-4FVHBC72.js";
import "./chunk-BB3JDYVJ.js";

// src/formats/archive/reader.ts
import { rm } from "node:fs/promises";
import path2 from "node:path";

// src/archive/unpack.ts
import { open as open2 } from "node:fs/promises";
import { createReadStream } from "node:fs";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/archive/extract.ts
import fs from "node:fs";
import path from "node:path";
var BLOCK = 512;
var MAX_META = 1 << 20;
var ZEROS = Buffer.alloc(64 << 10);
var FILE_TYPES = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile"]);
var LINK_TYPES = /* @__PURE__ */ new Set(["Link", "SymbolicLink"]);
var META_TYPES = /* @__PURE__ */ new Set([
  "ExtendedHeader",
  "OldExtendedHeader",
  "GlobalExtendedHeader",
  "NextFileHasLongPath",
  "OldGnuLongPath",
  "NextFileHasLongLinkpath"
]);
var TarFormatError = class extends Error {
  name = "TarFormatError";
};
function isZeros(buf, from = 0, to = buf.length) {
  for (let o = from; o < to; o += ZEROS.length) {
    const n = Math.min(ZEROS.length, to - o);
    if (!buf.subarray(o, o + n).equals(ZEROS.subarray(0, n))) return false;
  }
  return true;
}
function parsePax(body) {
  const out = {};
  let off = 0;
  while (off < body.length) {
    if (isZeros(body, off)) break;
    const space = body.indexOf(32, off);
    const lenText = space < 0 ? "" : body.toString("latin1", off, space);
    if (!/^[1-9]\d{0,8}$/.test(lenText)) throw new TarFormatError("a pax extended header record has no valid length");
    const len = Number(lenText);
    const end = off + len;
    if (end > body.length || body[end - 1] !== 10)
      throw new TarFormatError("a pax extended header record overruns its header or lacks its newline");
    const rec = body.toString("utf8", space + 1, end - 1);
    off = end;
    const eq = rec.indexOf("=");
    if (eq <= 0) throw new TarFormatError(`a pax extended header record has no key: ${JSON.stringify(rec.slice(0, 40))}`);
    const key = rec.slice(0, eq);
    const value = rec.slice(eq + 1);
    switch (key) {
      case "path":
      case "linkpath":
        out[key] = value;
        break;
      case "size":
        if (!/^\d{1,15}$/.test(value)) throw new TarFormatError(`a pax size is not a number: ${JSON.stringify(value.slice(0, 40))}`);
        out.size = Number(value);
        break;
      case "mtime": {
        if (!/^-?\d{1,15}(\.\d+)?$/.test(value))
          throw new TarFormatError(`a pax mtime is not a number: ${JSON.stringify(value.slice(0, 40))}`);
        out.mtime = new Date(Number(value) * 1e3);
        break;
      }
      case "mode":
        if (!/^[0-7]{1,7}$/.test(value))
          throw new TarFormatError(`a pax mode is not an octal number: ${JSON.stringify(value.slice(0, 40))}`);
        out.mode = parseInt(value, 8);
        break;
      default:
        if (key.startsWith("GNU.sparse.")) throw new TarFormatError("holds a GNU sparse file, which is not supported");
    }
  }
  return out;
}
var pad = (n) => (BLOCK - n % BLOCK) % BLOCK;
function applyMeta(metaType, body, x) {
  switch (metaType) {
    case "ExtendedHeader":
    case "OldExtendedHeader":
      x.ex = { ...x.ex, ...parsePax(body) };
      break;
    case "GlobalExtendedHeader": {
      const { path: _p, linkpath: _l, ...rest } = parsePax(body);
      x.gex = { ...x.gex, ...rest };
      break;
    }
    case "NextFileHasLongPath":
    case "OldGnuLongPath":
      x.ex = { ...x.ex, path: body.toString("utf8").replace(/\0.*$/s, "") };
      break;
    case "NextFileHasLongLinkpath":
      x.ex = { ...x.ex, linkpath: body.toString("utf8").replace(/\0.*$/s, "") };
      break;
  }
}
function parseHeader(block, x, where) {
  const h = new Header(block);
  if (!h.cksumValid) throw new TarFormatError(`${where} is damaged (checksum mismatch)`);
  const type = h.type;
  const isMeta = META_TYPES.has(type);
  const ex = isMeta ? void 0 : x.ex;
  const g = isMeta ? void 0 : x.gex;
  const p = ex?.path ?? h.path ?? "";
  const linkpath = ex?.linkpath ?? h.linkpath;
  let size = ex?.size ?? g?.size ?? h.size;
  if (!p) throw new TarFormatError(`${where} has no path`);
  if (size === void 0 || !Number.isSafeInteger(size) || size < 0)
    throw new TarFormatError(`${where} (${JSON.stringify(p)}) has no readable size`);
  if (LINK_TYPES.has(type) && !linkpath) throw new TarFormatError(`${where} (${JSON.stringify(p)}) is a link without a target`);
  if (!LINK_TYPES.has(type) && !isMeta && linkpath)
    throw new TarFormatError(`${where} (${JSON.stringify(p)}) is a ${type} with a link target`);
  if (isMeta) {
    if (size > MAX_META) throw new TarFormatError(`${where} is an extended header of ${size} bytes, more than the ${MAX_META} allowed`);
    return { meta: type, size };
  }
  if (type === "Directory") size = 0;
  const mode = ex?.mode ?? g?.mode ?? h.mode;
  const mtime = ex?.mtime ?? g?.mtime ?? h.mtime;
  return {
    entry: {
      path: p,
      type,
      size,
      ...linkpath && LINK_TYPES.has(type) ? { linkpath } : {},
      ...mode !== void 0 ? { mode } : {},
      ...mtime && Number.isFinite(mtime.getTime()) ? { mtime } : {}
    }
  };
}
var TarParser = class {
  constructor(v) {
    this.v = v;
  }
  v;
  state = "header";
  /** Bytes of the stream consumed so far: where a problem is, in messages. */
  at = 0;
  head = Buffer.alloc(BLOCK);
  headLen = 0;
  nullBlocks = 0;
  remain = 0;
  padding = 0;
  entry;
  metaType = "";
  meta = [];
  x = { ex: void 0, gex: void 0 };
  sawData = false;
  /** Content slices of the current entry not yet handed to the visitor. */
  out = [];
  outLen = 0;
  async flush() {
    if (this.outLen === 0) return;
    const parts = this.out;
    const len = this.outLen;
    this.out = [];
    this.outLen = 0;
    await this.v.content(parts, len);
  }
  async endOfBody() {
    if (this.metaType) {
      applyMeta(this.metaType, Buffer.concat(this.meta), this.x);
      this.metaType = "";
      this.meta = [];
    } else {
      await this.flush();
      await this.v.done?.(this.entry);
      this.entry = void 0;
    }
    this.state = this.padding > 0 ? "pad" : "header";
  }
  async onHeader(block) {
    const where = `the header at byte ${this.at}`;
    this.at += BLOCK;
    if (isZeros(block)) {
      if (++this.nullBlocks === 2) this.state = "end";
      return;
    }
    if (this.nullBlocks > 0) throw new TarFormatError(`a lone zero block comes before ${where}`);
    this.sawData = true;
    const r = parseHeader(block, this.x, where);
    if ("meta" in r) {
      this.metaType = r.meta;
      this.meta = [];
      this.state = "meta";
    } else {
      this.x.ex = void 0;
      this.entry = r.entry;
      await this.v.entry(r.entry);
      this.state = "content";
    }
    const size = "meta" in r ? r.size : r.entry.size;
    this.remain = size;
    this.padding = pad(size);
    if (size === 0) await this.endOfBody();
  }
  /** Consumes one input buffer, whatever state it starts and ends in. */
  async feed(piece) {
    let off = 0;
    while (off < piece.length) {
      switch (this.state) {
        case "header": {
          if (this.headLen === 0 && piece.length - off >= BLOCK) {
            const block = piece.subarray(off, off + BLOCK);
            off += BLOCK;
            await this.onHeader(block);
          } else {
            const n = Math.min(BLOCK - this.headLen, piece.length - off);
            piece.copy(this.head, this.headLen, off, off + n);
            this.headLen += n;
            off += n;
            if (this.headLen === BLOCK) {
              this.headLen = 0;
              await this.onHeader(this.head);
            }
          }
          break;
        }
        case "content":
        case "meta": {
          const n = Math.min(this.remain, piece.length - off);
          if (this.state === "meta") this.meta.push(Buffer.from(piece.subarray(off, off + n)));
          else if (this.v.content) {
            this.out.push(piece.subarray(off, off + n));
            this.outLen += n;
          }
          off += n;
          this.at += n;
          this.remain -= n;
          if (this.remain === 0) await this.endOfBody();
          break;
        }
        case "pad": {
          const n = Math.min(this.padding, piece.length - off);
          off += n;
          this.at += n;
          this.padding -= n;
          if (this.padding === 0) this.state = "header";
          break;
        }
        case "end": {
          if (!isZeros(piece, off)) throw new TarFormatError(`holds data after its end-of-archive marker (byte ${this.at})`);
          this.at += piece.length - off;
          off = piece.length;
          break;
        }
      }
    }
  }
  /** The input ended: anything short of the end-of-archive marker is an error. */
  finish() {
    if (this.state === "end") return;
    if (this.state === "content" || this.state === "meta" || this.state === "pad" || this.headLen > 0) {
      throw new TarFormatError(`is truncated at byte ${this.at}${this.entry ? `, inside ${JSON.stringify(this.entry.path)}` : ""}`);
    }
    throw new TarFormatError(
      this.sawData || this.nullBlocks > 0 ? `is truncated at byte ${this.at}: it ends without the end-of-archive marker` : "is empty: not a tar archive"
    );
  }
};
async function readTar(source, v, signal) {
  const p = new TarParser(v);
  for await (const item of source) {
    signal?.throwIfAborted();
    const parts = Buffer.isBuffer(item) ? [item] : item;
    for (const piece of parts) await p.feed(piece);
    await p.flush();
  }
  p.finish();
}
var { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW } = fs.constants;
var CREATE_FLAGS = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW;
var ExtractError = class extends Error {
  name = "ExtractError";
};
var ASYNC_WRITE = 64 << 10;
async function writeFully(fd, parts, pos, length) {
  for (let rest = parts; rest.length > 0; ) {
    const n = length >= ASYNC_WRITE ? await new Promise((resolve, reject) => fs.writev(fd, rest, pos, (e, k) => e ? reject(e) : resolve(k))) : fs.writevSync(fd, rest, pos);
    pos += n;
    length -= n;
    rest = unwritten(rest, n);
  }
}
var isExists = (e) => e.code === "EEXIST";
function entryKey(p) {
  return p.split("/").filter((s) => s !== "" && s !== ".").join("/");
}
var parentKey = (key) => {
  const i = key.lastIndexOf("/");
  return i < 0 ? "" : key.slice(0, i);
};
var TarExtractor = class {
  constructor(root) {
    this.root = root;
  }
  root;
  /** Folders known to be real folders (created here, or checked with lstat): '' is the root. */
  dirs = /* @__PURE__ */ new Set([""]);
  /** Files, symlinks and hard links written: what a later hard link may point at. */
  written = /* @__PURE__ */ new Set();
  dirTimes = /* @__PURE__ */ new Map();
  fd;
  pos = 0;
  abs(key) {
    return key === "" ? this.root : path.join(this.root, key);
  }
  /** Makes sure the folder `key` exists as a real folder, creating what is missing. */
  ensureDir(key) {
    if (this.dirs.has(key)) return;
    this.ensureDir(parentKey(key));
    try {
      fs.mkdirSync(this.abs(key), 511);
    } catch (e) {
      if (!isExists(e)) throw e;
      const st = fs.lstatSync(this.abs(key));
      if (st.isSymbolicLink()) throw new ExtractError(`${JSON.stringify(key)} is a symlink, and nothing is written through one`);
      if (!st.isDirectory()) throw new ExtractError(`${JSON.stringify(key)} is a file where a folder is needed`);
    }
    this.dirs.add(key);
  }
  /** Removes what an earlier entry put at `key`, so a later entry of the same name replaces it. */
  clear(key) {
    const abs = this.abs(key);
    if (fs.lstatSync(abs).isDirectory()) fs.rmdirSync(abs);
    else fs.unlinkSync(abs);
    for (const d of this.dirs) if (d === key || d.startsWith(`${key}/`)) this.dirs.delete(d);
    this.written.delete(key);
    this.dirTimes.delete(key);
  }
  /** Runs `make`, and once more after clearing the place when something is already there. */
  replacing(key, make) {
    try {
      return make();
    } catch (e) {
      if (!isExists(e)) throw e;
      this.clear(key);
      return make();
    }
  }
  entry(e) {
    const key = entryKey(e.path);
    if (e.path.startsWith("/") || key.split("/").includes(".."))
      throw new ExtractError(`${JSON.stringify(e.path)} leaves the target folder`);
    if (key === "" && e.type !== "Directory") throw new ExtractError(`${JSON.stringify(e.path)} would replace the target folder`);
    const abs = this.abs(key);
    if (key !== "") this.ensureDir(parentKey(key));
    if (FILE_TYPES.has(e.type)) {
      const mode = (e.mode ?? 438) & 511;
      this.fd = this.replacing(key, () => fs.openSync(abs, CREATE_FLAGS, mode));
      this.pos = 0;
      this.written.add(key);
    } else if (e.type === "Directory") {
      if (!this.dirs.has(key)) {
        const mode = (e.mode ?? 511) & 511 | 448;
        try {
          fs.mkdirSync(abs, mode);
        } catch (err) {
          if (!isExists(err)) throw err;
          if (!fs.lstatSync(abs).isDirectory()) {
            this.clear(key);
            fs.mkdirSync(abs, mode);
          }
        }
        this.dirs.add(key);
      }
      if (e.mtime) this.dirTimes.set(key, e.mtime);
    } else if (e.type === "SymbolicLink") {
      this.replacing(key, () => fs.symlinkSync(e.linkpath, abs));
      this.written.add(key);
    } else if (e.type === "Link") {
      const target = entryKey(e.linkpath ?? "");
      if (!this.written.has(target) || target === key)
        throw new ExtractError(
          `${JSON.stringify(e.path)} is a hard link to ${JSON.stringify(e.linkpath)}, which is not an earlier file of this archive`
        );
      this.replacing(key, () => fs.linkSync(this.abs(target), abs));
      this.written.add(key);
    } else {
      throw new ExtractError(`${JSON.stringify(e.path)} is a ${e.type} entry, which is never extracted`);
    }
  }
  async content(parts, length) {
    if (this.fd === void 0) return;
    await writeFully(this.fd, parts, this.pos, length);
    this.pos += length;
  }
  done(e) {
    const fd = this.fd;
    if (fd === void 0) return;
    this.fd = void 0;
    try {
      if (this.pos !== e.size) throw new ExtractError(`${JSON.stringify(e.path)}: wrote ${this.pos} bytes of ${e.size}`);
      if (e.mtime) fs.futimesSync(fd, /* @__PURE__ */ new Date(), e.mtime);
    } finally {
      fs.closeSync(fd);
    }
  }
  /** Sets the folders' modification times, now that nothing more is written into them. */
  finish() {
    for (const [key, mtime] of this.dirTimes) fs.lutimesSync(this.abs(key), /* @__PURE__ */ new Date(), mtime);
  }
  /** Closes a file left open by a failure; the caller removes the partial folder. */
  abort() {
    const fd = this.fd;
    this.fd = void 0;
    if (fd !== void 0) fs.closeSync(fd);
  }
};

// src/archive/pooled-read.ts
import { open } from "node:fs/promises";
var RING = 8;
var READ = 512 << 10;
async function* pooledChunks(file, tap, signal) {
  const bufs = Array.from({ length: RING }, () => Buffer.allocUnsafe(READ));
  const fh = await open(file, "r");
  let pos = 0;
  const readInto = (i) => fh.read(bufs[i], 0, READ, pos);
  let next;
  try {
    next = readInto(0);
    for (let i = 0; ; i = (i + 1) % RING) {
      const { bytesRead } = await next;
      next = void 0;
      if (bytesRead === 0) return;
      signal?.throwIfAborted();
      pos += bytesRead;
      next = readInto((i + 1) % RING);
      const chunk = bufs[i].subarray(0, bytesRead);
      tap?.(chunk);
      yield chunk;
    }
  } finally {
    await next?.catch(() => void 0);
    await fh.close();
  }
}

// src/archive/unpack.ts
var FILE_TYPES2 = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile"]);
var ALLOWED_TYPES = /* @__PURE__ */ new Set([...FILE_TYPES2, "Directory", "SymbolicLink", "Link"]);
var MAX_LISTED_PROBLEMS = 10;
var MAX_HOPS = 40;
var UnsafeArchiveError = class extends Error {
  constructor(object, problems) {
    const shown = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `  - ${p}`);
    if (problems.length > MAX_LISTED_PROBLEMS) shown.push(`  - \u2026 and ${problems.length - MAX_LISTED_PROBLEMS} more`);
    super(
      `${object}: refused the whole archive, nothing of it was kept; ${problems.length} unsafe ${problems.length === 1 ? "entry" : "entries"}:
${shown.join("\n")}`
    );
    this.object = object;
    this.problems = problems;
  }
  object;
  problems;
  name = "UnsafeArchiveError";
};
var ArchiveReadError = class extends Error {
  constructor(object, message, options) {
    super(`${object}: ${message}`, options);
    this.object = object;
  }
  object;
  name = "ArchiveReadError";
};
function segments(p) {
  return p.split("/").filter((s) => s !== "" && s !== ".");
}
function isAbsoluteLike(p) {
  return p.startsWith("/") || p.startsWith("\\") || /^[A-Za-z]:/.test(p);
}
function hasDotDot(p) {
  return p.split(/[\\/]/).includes("..");
}
var EntryGuard = class {
  symlinks = /* @__PURE__ */ new Map();
  /** Files, symlinks and hard links accepted so far: what a hard link may point at. */
  nonDirs = /* @__PURE__ */ new Set();
  seen = [];
  problems = [];
  /** The first file or hard link of the archive among the folders above `parts`, if any. */
  fileAbove(parts) {
    for (let i = 1; i < parts.length; i++) {
      const key = parts.slice(0, i).join("/");
      if (this.nonDirs.has(key)) return key;
    }
    return void 0;
  }
  /** The first symlink of the archive among the folders above `parts`, if any. */
  symlinkAbove(parts) {
    for (let i = 1; i < parts.length; i++) {
      const key = parts.slice(0, i).join("/");
      if (this.symlinks.has(key)) return key;
    }
    return void 0;
  }
  /** Resolves `parts` from the root; undefined when it leaves the root or loops. */
  resolve(parts, followLast) {
    const stack = [];
    const queue = [...parts];
    let hops = 0;
    while (queue.length > 0) {
      const c = queue.shift();
      if (c === "..") {
        if (stack.length === 0) return void 0;
        stack.pop();
        continue;
      }
      stack.push(c);
      const target = this.symlinks.get(stack.join("/"));
      if (target !== void 0 && (queue.length > 0 || followLast)) {
        if (++hops > MAX_HOPS || isAbsoluteLike(target)) return void 0;
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
    if (p.includes("\0")) return `${JSON.stringify(p)} holds a NUL byte`;
    if (isAbsoluteLike(p)) return `${JSON.stringify(p)} is an absolute path`;
    if (hasDotDot(p)) return `${JSON.stringify(p)} has a ".." segment`;
    const parts = segments(p);
    if (parts.length === 0 && e.type !== "Directory") return `${JSON.stringify(p)} would replace the target folder itself`;
    if (parts.length > 0 && this.resolve(parts, e.type !== "SymbolicLink") === void 0) {
      return `${JSON.stringify(p)} passes through a symlink that leads outside the target`;
    }
    const above = this.symlinkAbove(parts);
    if (above !== void 0) return `${JSON.stringify(p)} lies below ${JSON.stringify(above)}, a symlink of the archive`;
    const fileAbove = this.fileAbove(parts);
    if (fileAbove !== void 0) return `${JSON.stringify(p)} lies below ${JSON.stringify(fileAbove)}, a file of the archive`;
    if (e.type === "SymbolicLink" || e.type === "Link") {
      const l = e.linkpath ?? "";
      if (!l) return `${JSON.stringify(p)} is a link without a target`;
      if (l.includes("\0")) return `${JSON.stringify(p)} links to a name holding a NUL byte`;
      if (isAbsoluteLike(l)) return `${JSON.stringify(p)} links to the absolute path ${JSON.stringify(l)}, outside the target`;
      if (e.type === "Link") {
        if (hasDotDot(l)) return `${JSON.stringify(p)} is a hard link to ${JSON.stringify(l)}, which has a ".." segment`;
        if (this.resolve(segments(l), true) === void 0)
          return `${JSON.stringify(p)} is a hard link to ${JSON.stringify(l)}, which resolves outside the target`;
        const target = segments(l);
        if (this.symlinkAbove(target) !== void 0)
          return `${JSON.stringify(p)} is a hard link to ${JSON.stringify(l)}, which lies below a symlink of the archive`;
        if (earlier && (!this.nonDirs.has(target.join("/")) || target.join("/") === parts.join("/"))) {
          return `${JSON.stringify(p)} is a hard link to ${JSON.stringify(l)}, which is not an earlier file of the archive`;
        }
      } else {
        const from = parts.slice(0, -1);
        if (this.resolve([...from, ...segments(l)], true) === void 0) {
          return `${JSON.stringify(p)} is a symlink to ${JSON.stringify(l)}, which points outside the target`;
        }
      }
    }
    return void 0;
  }
  /** Judges one entry in archive order and remembers it; false when it was refused. */
  add(e) {
    const problem = this.judge(e, true);
    if (problem) {
      this.problems.push(problem);
      return false;
    }
    const key = segments(e.path).join("/");
    if (e.type === "SymbolicLink") this.symlinks.set(key, e.linkpath);
    else this.symlinks.delete(key);
    if (e.type === "Directory") this.nonDirs.delete(key);
    else this.nonDirs.add(key);
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
      if (problem && !this.problems.includes(problem)) this.problems.push(problem);
    }
    return this.problems;
  }
};
async function openArchive(file, object, opts) {
  if (opts.encryption === "none") await requireDeclaredCompression(file, object, opts.compression);
  let stream = createReadStream(file, { highWaterMark: 1 << 20 });
  if (opts.encryption === "age") {
    if (opts.identities.length === 0) throw new ArchiveReadError(object, "is age-encrypted and no identity was given");
    try {
      stream = await decryptStream(stream, opts.identities);
    } catch (e) {
      throw new ArchiveReadError(object, `cannot be decrypted with the given identity: ${e.message}`, { cause: e });
    }
  }
  const decompressor = decompressStream(opts.compression);
  if (!decompressor) return stream;
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  pipeline(stream, decompressor, out, opts.signal ? { signal: opts.signal } : {}).catch((e) => out.destroy(e));
  return out;
}
async function tarSource(file, object, opts, tap) {
  if (opts.encryption !== "none" || opts.compression === "gzip") return openArchive(file, object, opts);
  await requireDeclaredCompression(file, object, opts.compression);
  const raw = pooledChunks(file, tap, opts.signal);
  return opts.compression === "zstd" ? decodeZstdChunks(raw) : raw;
}
function sniffCompression(head) {
  if (head.length >= 4 && head.readUInt32LE(0) === 4247762216) return "zstd";
  if (head.length >= 2 && head[0] === 31 && head[1] === 139) return "gzip";
  return "none";
}
async function requireDeclaredCompression(file, object, declared) {
  const fh = await open2(file, "r");
  let head;
  try {
    const buf = Buffer.alloc(4);
    const { bytesRead } = await fh.read(buf, 0, 4, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  const actual = sniffCompression(head);
  if (actual !== declared) {
    throw new ArchiveReadError(
      object,
      `is ${actual === "none" ? "not compressed" : `${actual}-compressed`}, but its manifest says compression \`${declared}\`: the manifest misstates the object's compression`
    );
  }
}
function count(listing, entry) {
  listing.entries++;
  if (FILE_TYPES2.has(entry.type)) {
    listing.files++;
    listing.contentBytes += entry.size;
  } else if (entry.type === "Directory") listing.directories++;
  else if (entry.type === "SymbolicLink") listing.symlinks++;
  else if (entry.type === "Link") listing.hardlinks++;
}
var emptyListing = () => ({ entries: 0, files: 0, contentBytes: 0, directories: 0, symlinks: 0, hardlinks: 0 });
var ArchiveLimitError = class extends Error {
  name = "ArchiveLimitError";
  constructor(object, what) {
    super(`${object}: holds more than its manifest declares (${what}); refused, and nothing of it was kept`);
  }
};
function countWithin(listing, entry, object, limits) {
  count(listing, entry);
  if (!limits) return;
  if (listing.contentBytes > limits.contentBytes)
    throw new ArchiveLimitError(object, `more than ${limits.contentBytes} bytes of file content`);
  if (listing.files > limits.files) throw new ArchiveLimitError(object, `more than ${limits.files} files`);
}
var info = (e) => ({ path: e.path, type: e.type, ...e.linkpath !== void 0 ? { linkpath: e.linkpath } : {} });
function scanArchive(source, object, limits, signal) {
  return readArchive(source, object, void 0, limits, signal);
}
function extractArchive(source, dir, object, limits, signal) {
  return readArchive(source, object, new TarExtractor(dir), limits, signal);
}
async function readArchive(source, object, out, limits, signal) {
  const guard = new EntryGuard();
  const listing = emptyListing();
  let writing = out !== void 0;
  try {
    await readTar(
      source,
      {
        entry: (e) => {
          const safe = guard.add(info(e));
          countWithin(listing, e, object, limits);
          if (!safe && writing) {
            writing = false;
            out.abort();
          }
          if (!writing) return;
          if (e.mode !== void 0) e.mode &= 511;
          return out.entry(e);
        },
        ...out ? {
          content: (parts, length) => writing ? out.content(parts, length) : void 0,
          done: (e) => writing ? out.done(e) : void 0
        } : {}
      },
      signal
    );
    if (writing) out.finish();
  } catch (e) {
    out?.abort();
    if (e instanceof ArchiveLimitError || e instanceof UnsafeArchiveError || e instanceof ArchiveReadError || signal?.aborted && e === signal.reason)
      throw e;
    const what = e instanceof ExtractError ? "refused an entry" : out && !(e instanceof TarFormatError) ? "extraction failed" : "cannot be read as a tar archive";
    throw new ArchiveReadError(object, `${what}: ${e.message}`, { cause: e });
  }
  const problems = guard.finish();
  if (problems.length > 0) throw new UnsafeArchiveError(object, problems);
  return listing;
}
async function listArchiveFile(file, object, opts, limits, tap) {
  return scanArchive(await tarSource(file, object, opts, tap), object, limits, opts.signal);
}
async function extractArchiveFile(file, dir, object, opts, limits, tap) {
  return extractArchive(await tarSource(file, object, opts, tap), dir, object, limits, opts.signal);
}

// src/formats/archive/fetch.ts
import { createWriteStream } from "node:fs";
import { Writable } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";

// src/archive/digest.ts
import { createHash } from "node:crypto";
import { link, open as open3 } from "node:fs/promises";
import { ReadStream } from "node:fs";
import { Transform } from "node:stream";
var DigestStream = class extends Transform {
  hash = createHash("sha256");
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
    return this.hash.digest("hex");
  }
};
var FileHasher = class {
  hash = createHash("sha256");
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
    const fh = await open3(file, "r");
    let reading;
    try {
      const left = Math.max(1, Math.min(1 << 20, (await fh.stat()).size - this.bytes));
      const bufs = [Buffer.allocUnsafe(left), Buffer.allocUnsafe(left)];
      reading = fh.read(bufs[0], 0, bufs[0].length, this.bytes);
      let i = 0;
      for (; ; ) {
        signal?.throwIfAborted();
        const { bytesRead } = await reading;
        if (bytesRead === 0) break;
        const buf = bufs[i];
        i ^= 1;
        reading = fh.read(bufs[i], 0, bufs[i].length, this.bytes + bytesRead);
        this.update(buf.subarray(0, bytesRead));
      }
    } finally {
      await reading?.catch(() => void 0);
      await fh.close();
    }
    return { bytes: this.bytes, sha256: this.hash.digest("hex") };
  }
};
async function linkLocalSource(source, dest) {
  if (!(source instanceof ReadStream) || typeof source.path !== "string") return false;
  try {
    await link(source.path, dest);
  } catch {
    return false;
  }
  source.destroy();
  return true;
}

// src/formats/archive/fetch.ts
var MAX_MANIFEST_BYTES = 4 << 20;
async function loadManifest(store, ref) {
  return (await loadManifestText(store, ref)).manifest;
}
async function loadManifestText(store, ref) {
  const where = `${ref.id}/${MANIFEST_NAME}`;
  let text;
  try {
    const small = await readSmallText(store, ref, MANIFEST_NAME, MAX_MANIFEST_BYTES);
    if (small === void 0) throw new ManifestError(`${where} is larger than ${formatBytes(MAX_MANIFEST_BYTES)}: not a manifest`);
    text = small;
  } catch (e) {
    if (e instanceof ManifestError || e instanceof ObjectReadError) throw e;
    throw new ManifestError(
      `${where} cannot be read: ${e.message}; a backup without a manifest is incomplete and is never restored`
    );
  }
  const m = parseManifest(text, where);
  const mismatch = ["id", "site", "environment"].filter((k) => m[k] !== ref[k]);
  if (mismatch.length) {
    throw new ManifestError(
      `${where} describes ${m.site}/${m.environment}/${m.id}, not the folder it is in (${ref.site}/${ref.environment}/${ref.id})`
    );
  }
  const names = /* @__PURE__ */ new Set();
  for (const c of m.components) {
    if (names.has(c.name)) throw new ManifestError(`${where} lists component ${c.name} twice`);
    names.add(c.name);
  }
  return { text, manifest: m };
}
function listingDamage(backup, components) {
  const out = [];
  if (!backup.objects.some((o) => o.name === MANIFEST_NAME || components.some((c) => c.object === o.name))) return out;
  for (const c of components) {
    const o = backup.objects.find((x) => x.name === c.object);
    if (!o) out.push({ backup: backup.id, object: c.object, problem: "is missing from the store" });
    else if (o.size !== c.bytes)
      out.push({ backup: backup.id, object: c.object, problem: `is ${o.size} bytes in the store, the manifest says ${c.bytes}` });
  }
  return out;
}
function compareDigest(c, got) {
  if (got.bytes !== c.bytes) return `read ${got.bytes} bytes, the manifest says ${c.bytes}`;
  if (got.sha256 !== c.sha256) return `sha256 is ${got.sha256}, the manifest says ${c.sha256}`;
  return void 0;
}
async function fetchObject(store, ref, c, dest, signal, log, list) {
  const meter = { digest: new DigestStream(), hasher: void 0 };
  if (log)
    return withProgress(
      c.name,
      log,
      { phase: "downloading", total: c.bytes, bytes: () => meter.hasher?.bytes ?? meter.digest.bytes, noun: "downloaded" },
      () => fetchInto(store, ref, c, meter, dest, signal, list)
    );
  return fetchInto(store, ref, c, meter, dest, signal, list);
}
async function listQuietly(file, c, list, signal, tap) {
  try {
    const opts = { compression: c.compression, encryption: c.encryption, identities: list.identities, ...signal ? { signal } : {} };
    const limits = { contentBytes: c.contentBytes, files: c.files };
    if (list.extractTo) return { listing: await extractArchiveFile(file, list.extractTo, c.object, opts, limits, tap) };
    return { listing: await listArchiveFile(file, c.object, opts, limits, tap) };
  } catch (e) {
    return { listError: e instanceof Error ? e : new Error(String(e)) };
  }
}
async function fetchInto(store, ref, c, meter, dest, signal, list) {
  const started = Date.now();
  const { digest } = meter;
  try {
    const source = await store.read(ref, c.object);
    if (dest && await linkLocalSource(source, dest)) {
      const hasher = meter.hasher = new FileHasher();
      const listed2 = list ? await listQuietly(dest, c, list, signal, hasher.update) : {};
      const got2 = await hasher.finish(dest, signal);
      const problem2 = compareDigest(c, got2);
      return { ...got2, durationMs: Date.now() - started, ...problem2 ? { problem: problem2 } : listed2 };
    }
    const sink = dest ? createWriteStream(dest, { mode: 384 }) : new Writable({
      write(_chunk, _enc, cb) {
        cb();
      }
    });
    await pipeline2(source, digest, sink, signal ? { signal } : {});
  } catch (e) {
    if (e instanceof ObjectReadError) throw e;
    return {
      bytes: meter.hasher?.bytes ?? digest.bytes,
      sha256: "",
      durationMs: Date.now() - started,
      problem: `cannot be read: ${redact(e.message)}`
    };
  }
  const got = { bytes: digest.bytes, sha256: digest.digest() };
  const problem = compareDigest(c, got);
  const listed = !problem && list && dest ? await listQuietly(dest, c, list, signal) : {};
  return { ...got, durationMs: Date.now() - started, ...problem ? { problem } : listed };
}

// src/formats/archive/reader.ts
var PARALLEL = 2;
async function materialise(store, b, c, target, o) {
  const dec = { compression: c.compression, encryption: c.encryption, identities: o.identities, ...o.signal ? { signal: o.signal } : {} };
  if (o.checkedCopy) {
    const started = Date.now();
    try {
      const listing = await extractArchiveFile(o.checkedCopy, target, c.object, dec, { contentBytes: c.contentBytes, files: c.files });
      return { bytes: c.bytes, durationMs: Date.now() - started, listing };
    } catch (e) {
      return { bytes: c.bytes, durationMs: Date.now() - started, listError: e };
    }
  }
  const file = path2.join(o.tmp, c.object);
  try {
    return await fetchObject(store, b, c, file, o.signal, o.log, { identities: o.identities, extractTo: target });
  } finally {
    await rm(file, { force: true });
  }
}
async function check(store, b, c, o) {
  const decodable = c.encryption === "none" || o.identities.length > 0;
  const file = decodable ? path2.join(o.tmp, c.object) : void 0;
  try {
    const f = await fetchObject(store, b, c, file, o.signal, o.log, file ? { identities: o.identities } : void 0);
    if (f.problem) return f;
    if (f.listError) {
      const e = f.listError;
      const problem = e instanceof UnsafeArchiveError || e instanceof ArchiveReadError || e instanceof ArchiveLimitError ? e.message.replace(`${c.object}: `, "") : e.message;
      return { ...f, problem };
    }
    if (!f.listing) return { ...f, notDecoded: "encrypted; set `decrypt-identity` to also decrypt and list it" };
    if (file) await o.onVerified?.(file);
    return f;
  } finally {
    if (file) await rm(file, { force: true });
  }
}
function archiveReader(store) {
  return {
    async open(b) {
      const manifest = await loadManifest(store, b);
      return {
        format: "archive",
        backup: b,
        manifest,
        parallel: PARALLEL,
        early: (components) => listingDamage(b, [...components]),
        // A whole archive is read whole; reading by path through its member index is core/partial-restore.ts.
        materialise: (c, target, o) => materialise(store, b, c, target, o),
        check: (c, o) => check(store, b, c, o)
      };
    }
  };
}
export {
  archiveReader
};
