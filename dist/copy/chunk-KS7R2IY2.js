import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

// src/archive/seek-index.ts
import { gunzipSync, gzipSync } from "node:zlib";
var FRAME_BYTES = 1 << 20;
var MAX_INDEX_BYTES = 256 << 20;
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
