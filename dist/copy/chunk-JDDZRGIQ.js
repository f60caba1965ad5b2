import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  _enum,
  array,
  lazy,
  literal,
  number,
  object,
  string
} from "./chunk-GOA47NYZ.js";

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
function serializeIndex(ix) {
  return gzipSync(JSON.stringify(ix), { level: 6 });
}

export {
  FRAME_BYTES,
  zstdFrameEnds,
  tarFrameEnds,
  buildIndex,
  tarFrames,
  serializeIndex
};
