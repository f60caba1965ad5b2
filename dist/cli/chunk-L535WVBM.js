import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  _enum,
  array,
  lazy,
  literal,
  number,
  object,
  string
} from "./chunk-A5275KUL.js";

// src/archive/seek-index.ts
import { gunzipSync, gzipSync } from "node:zlib";
var FRAME_BYTES = 1 << 20;
var MAX_INDEX_BYTES = 256 << 20;
function buildIndexSchema() {
  const hex64 = string().regex(/^[0-9a-f]{64}$/);
  const uint = number().int().nonnegative();
  return object({
    format: literal(1),
    object: string(),
    frames: array(object({ stored: uint, content: uint, sha256: hex64 }).strict()),
    members: array(
      object({
        path: string().min(1),
        type: _enum(["file", "dir", "symlink", "link"]),
        mode: uint,
        size: uint,
        mtime: number().int(),
        linkpath: string().optional(),
        frame: uint,
        offset: uint,
        headers: uint
      }).strict()
    )
  });
}
var indexSchema = lazy(buildIndexSchema);
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
function buildIndex(object2, log, frames, digests) {
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
  return { format: 1, object: object2, frames: out, members };
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
  const r = indexSchema().safeParse(raw);
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

export {
  FRAME_BYTES,
  MAX_INDEX_BYTES,
  zstdFrameEnds,
  tarFrameEnds,
  buildIndex,
  tarFrames,
  contentStarts,
  storedStarts,
  serializeIndex,
  parseIndex,
  frameAt
};
