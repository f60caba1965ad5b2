import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  Decrypter,
  Encrypter
} from "./chunk-YLZVTQOS.js";
import {
  external_exports,
  indexObjectName
} from "./chunk-5CIGDVM5.js";

// src/core/index-object.ts
import { createHash as createHash2 } from "node:crypto";
import { Readable } from "node:stream";

// src/archive/seek-index.ts
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
var FRAME_BYTES = 1 << 20;
var MAX_INDEX_BYTES = 256 << 20;
var hex64 = external_exports.string().regex(/^[0-9a-f]{64}$/);
var uint = external_exports.number().int().nonnegative();
var indexSchema = external_exports.object({
  format: external_exports.literal(1),
  object: external_exports.string(),
  frames: external_exports.array(external_exports.object({ stored: uint, content: uint, sha256: hex64 }).strict()),
  members: external_exports.array(
    external_exports.object({
      path: external_exports.string().min(1),
      type: external_exports.enum(["file", "dir", "symlink", "link"]),
      mode: uint,
      size: uint,
      mtime: external_exports.number().int(),
      linkpath: external_exports.string().optional(),
      frame: uint,
      offset: uint,
      headers: uint
    }).strict()
  )
});
var FrameHasher = class {
  constructor(frameEnd) {
    this.frameEnd = frameEnd;
  }
  frameEnd;
  digests = [];
  hash = createHash("sha256");
  pos = 0;
  frameStart = 0;
  /** Bytes hashed so far. */
  get bytes() {
    return this.pos;
  }
  update(buf) {
    let off = 0;
    while (off < buf.length) {
      const end = this.frameEnd(this.digests.length);
      if (end !== void 0 && end <= this.pos) {
        this.close();
        continue;
      }
      const n = end === void 0 ? buf.length - off : Math.min(buf.length - off, end - this.pos);
      this.hash.update(off === 0 && n === buf.length ? buf : buf.subarray(off, off + n));
      off += n;
      this.pos += n;
    }
  }
  close() {
    this.digests.push(this.hash.digest("hex"));
    this.hash = createHash("sha256");
    this.frameStart = this.pos;
  }
  /** The last frame ends with the stream; returns every digest. */
  finish() {
    if (this.pos > this.frameStart || this.digests.length === 0) this.close();
    return this.digests;
  }
  /** Hashes each batch as it passes. */
  async *tap(batches) {
    for await (const batch of batches) {
      for (const p of batch) this.update(p.buf);
      yield batch;
    }
  }
};
function zstdFrameEnds(frames) {
  let sum = 0;
  let known = 0;
  return (i) => {
    while (known <= i && known < frames.length && frames[known].done) sum += frames[known++].stored;
    if (i >= known) return void 0;
    return i === known - 1 ? sum : void 0;
  };
}
function tarFrameEnds(log) {
  return (i) => log.cuts[i];
}
function buildIndex(object, log, frames, digests) {
  if (frames.length !== digests.length) throw new Error(`internal: ${frames.length} frames but ${digests.length} digests`);
  const out = frames.map((f2, i) => ({ stored: f2.stored, content: f2.content, sha256: digests[i] }));
  const starts = contentStarts(out);
  let f = 0;
  const members = log.members.map((m) => {
    while (f + 1 < out.length && starts[f + 1] <= m.header) f++;
    const e = {
      path: m.path,
      type: m.type,
      mode: m.mode,
      size: m.size,
      mtime: m.mtime,
      frame: f,
      offset: m.header - starts[f],
      headers: m.data - m.header
    };
    if (m.linkpath !== void 0) e.linkpath = m.linkpath;
    return e;
  });
  return { format: 1, object, frames: out, members };
}
function tarFrames(log, total) {
  const bounds = [0, ...log.cuts, total];
  const out = [];
  for (let i = 0; i + 1 < bounds.length; i++) out.push({ stored: bounds[i + 1] - bounds[i], content: bounds[i + 1] - bounds[i] });
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
  return gzipSync(JSON.stringify(ix), { level: 6 });
}
function parseIndex(gz, where, objectBytes) {
  let raw;
  try {
    raw = JSON.parse(gunzipSync(gz, { maxOutputLength: MAX_INDEX_BYTES * 8 }).toString("utf8"));
  } catch (e) {
    throw new Error(`${where} is not a gzipped JSON index: ${e.message}`, { cause: e });
  }
  const r = indexSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${where} is not a format 1 index: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const ix = r.data;
  const stored = ix.frames.reduce((n, f) => n + f.stored, 0);
  if (stored > objectBytes) throw new Error(`${where}: its frames add up to ${stored} bytes, more than the object's ${objectBytes}`);
  for (const m of ix.members) {
    const f = ix.frames[m.frame];
    if (!f || m.offset >= f.content) throw new Error(`${where}: entry ${JSON.stringify(m.path)} points outside its frame`);
    if (!isSafePath(m.path)) throw new Error(`${where}: entry ${JSON.stringify(m.path)} is not a safe relative path`);
  }
  return ix;
}
function isSafePath(p) {
  if (p.startsWith("/") || p.includes("\0") || p.includes("\\")) return false;
  return p.split("/").every((s) => s !== "" && s !== "." && s !== "..");
}
function frameAt(starts, at) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// src/core/index-object.ts
async function storeIndex(writer, component, index, recipients) {
  let body = serializeIndex(index);
  if (recipients.length > 0) {
    const e = new Encrypter();
    for (const r of recipients) e.addRecipient(r);
    body = Buffer.from(await e.encrypt(body));
  }
  const object = indexObjectName(component, recipients.length > 0);
  await writer.put(object, Readable.from([body]));
  return { object, bytes: body.length, sha256: createHash2("sha256").update(body).digest("hex") };
}
var IndexError = class extends Error {
  name = "IndexError";
};
async function loadIndex(store, ref, c, identities) {
  const entry = c.index;
  const where = `${ref.id}/${entry.object}`;
  if (entry.bytes > MAX_INDEX_BYTES) throw new IndexError(`${where} is ${entry.bytes} bytes, larger than an index may be`);
  const chunks = [];
  let n = 0;
  for await (const chunk of await store.read(ref, entry.object)) {
    n += chunk.length;
    if (n > entry.bytes)
      throw new IndexError(`${where} is larger than the manifest's ${entry.bytes} bytes: refusing it, nothing was written`);
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  const sha = createHash2("sha256").update(body).digest("hex");
  if (body.length !== entry.bytes || sha !== entry.sha256) {
    throw new IndexError(
      `${where} does not match the manifest (${body.length} bytes, sha256 ${sha.slice(0, 12)}\u2026; the manifest says ${entry.bytes} bytes, ${entry.sha256.slice(0, 12)}\u2026): refusing it, nothing was written`
    );
  }
  let plain = body;
  if (c.encryption === "age") {
    const d = new Decrypter();
    for (const id of identities) d.addIdentity(id);
    plain = Buffer.from(await d.decrypt(body));
  }
  try {
    const index = parseIndex(plain, where, c.bytes);
    if (index.object !== c.object) throw new Error(`${where} describes ${index.object}, not ${c.object}`);
    return { index, bytes: body.length };
  } catch (e) {
    throw new IndexError(`${e.message}: refusing it, nothing was written`);
  }
}

export {
  FRAME_BYTES,
  FrameHasher,
  zstdFrameEnds,
  tarFrameEnds,
  buildIndex,
  tarFrames,
  contentStarts,
  storedStarts,
  frameAt,
  storeIndex,
  loadIndex
};
