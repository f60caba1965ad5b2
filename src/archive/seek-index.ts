import { gunzipSync, gzipSync } from 'node:zlib';
import * as z from 'zod';
import type { MemberFacts, TarLog } from './tar-writer.js';
import type { FrameRecord } from './zstd-frames.js';
import { lazy } from '../util/lazy.js';

// The member index of a seekable archive (FORMAT.md, "Seekable archives"): a small object beside
// the archive that says where each entry lies, so one file can be restored with ranged reads of
// a few frames instead of the whole object. Offsets are those of the archive before age
// encryption (the zstd stream, or the tar itself for `none`); each frame carries the sha256 of
// its stored bytes, so what a ranged read brings back is checked without the whole object.

/** About this much tar per frame: what a restore of one small file reads at most, give or take a member. */
export const FRAME_BYTES = 1 << 20;
/** An index larger than this is not one of ours (about 40 bytes per entry gzipped: millions of entries). */
export const MAX_INDEX_BYTES = 256 << 20;

export interface IndexFrame {
  /** Bytes as stored (before age), and of tar content they decode to. */
  stored: number;
  content: number;
  sha256: string;
}

export interface IndexMember extends MemberFacts {
  /** The frame its first header byte is in, and that byte's offset in the frame's content. */
  frame: number;
  offset: number;
  /** Header bytes (pax and ustar) before its content. */
  headers: number;
}

export interface SeekIndex {
  format: 1;
  /** The archive object it describes. */
  object: string;
  frames: IndexFrame[];
  members: IndexMember[];
}

function buildIndexSchema() {
  const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
  const uint = z.number().int().nonnegative();
  return z.object({
    format: z.literal(1),
    object: z.string(),
    frames: z.array(z.object({ stored: uint, content: uint, sha256: hex64 }).strict()),
    members: z.array(
      z
        .object({
          path: z.string().min(1),
          type: z.enum(['file', 'dir', 'symlink', 'link']),
          mode: uint,
          size: uint,
          mtime: z.number().int(),
          linkpath: z.string().optional(),
          frame: uint,
          offset: uint,
          headers: uint,
        })
        .strict(),
    ),
  });
}

const indexSchema = lazy(buildIndexSchema);

/** Frame ends of a zstd pack: each frame once its record is done (the seek table is not hashed apart). */
export function zstdFrameEnds(frames: readonly FrameRecord[]): (i: number) => number | undefined {
  let sum = 0;
  let known = 0;
  return (i) => {
    while (known <= i && known < frames.length && frames[known]!.done) sum += frames[known++]!.stored;
    if (i >= known) return undefined;
    // Ends are asked for in order, and i only ever grows: the running sum is the end of i.
    return i === known - 1 ? sum : undefined;
  };
}

/** Frame ends of an uncompressed pack: each cut ends the frame before it. */
export function tarFrameEnds(log: TarLog): (i: number) => number | undefined {
  return (i) => log.cuts[i];
}

/** The index of a packed archive, from the tar writer's log and the frames as written. */
export function buildIndex(object: string, log: TarLog, frames: { stored: number; content: number }[], digests: string[]): SeekIndex {
  if (frames.length !== digests.length) throw new Error(`internal: ${frames.length} frames but ${digests.length} digests`);
  const out: IndexFrame[] = frames.map((f, i) => ({ stored: f.stored, content: f.content, sha256: digests[i]! }));
  const starts = contentStarts(out);
  let f = 0;
  const members: IndexMember[] = log.members.map((m) => {
    while (f + 1 < out.length && starts[f + 1]! <= m.header) f++;
    const e: IndexMember = {
      path: m.path,
      type: m.type,
      mode: m.mode,
      size: m.size,
      mtime: m.mtime,
      frame: f,
      offset: m.header - starts[f]!,
      headers: m.data - m.header,
    };
    if (m.linkpath !== undefined) e.linkpath = m.linkpath;
    return e;
  });
  return { format: 1, object, frames: out, members };
}

/** Frames of an uncompressed pack: the tar cut at the log's cuts. */
export function tarFrames(log: TarLog, total: number): { stored: number; content: number }[] {
  const bounds = [0, ...log.cuts, total];
  const out: { stored: number; content: number }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) out.push({ stored: bounds[i + 1]! - bounds[i]!, content: bounds[i + 1]! - bounds[i]! });
  return out;
}

export function contentStarts(frames: readonly { content: number }[]): number[] {
  const s: number[] = [];
  let n = 0;
  for (const f of frames) {
    s.push(n);
    n += f.content;
  }
  return s;
}

export function storedStarts(frames: readonly { stored: number }[]): number[] {
  const s: number[] = [];
  let n = 0;
  for (const f of frames) {
    s.push(n);
    n += f.stored;
  }
  return s;
}

export function serializeIndex(ix: SeekIndex): Buffer {
  return gzipSync(JSON.stringify(ix), { level: 6 });
}

/**
 * Reads an index that already matched the manifest's sha256, and checks it holds together: frames
 * that add up to no more than the object, members inside their frames, safe relative paths. The
 * store is hostile: a reader trusts nothing here it did not check.
 */
export function parseIndex(gz: Buffer, where: string, objectBytes: number): SeekIndex {
  let raw: unknown;
  try {
    raw = JSON.parse(gunzipSync(gz, { maxOutputLength: MAX_INDEX_BYTES * 8 }).toString('utf8'));
  } catch (e) {
    throw new Error(`${where} is not a gzipped JSON index: ${(e as Error).message}`, { cause: e });
  }
  const r = indexSchema().safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`${where} is not a format 1 index: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const ix = r.data as SeekIndex;
  const stored = ix.frames.reduce((n, f) => n + f.stored, 0);
  if (stored > objectBytes) throw new Error(`${where}: its frames add up to ${stored} bytes, more than the object's ${objectBytes}`);
  for (const m of ix.members) {
    const f = ix.frames[m.frame];
    if (!f || m.offset >= f.content) throw new Error(`${where}: entry ${JSON.stringify(m.path)} points outside its frame`);
    if (!isSafePath(m.path)) throw new Error(`${where}: entry ${JSON.stringify(m.path)} is not a safe relative path`);
  }
  return ix;
}

/** A relative path with no empty, `.` or `..` segment, no backslash and no NUL. */
export function isSafePath(p: string): boolean {
  if (p.startsWith('/') || p.includes('\0') || p.includes('\\')) return false;
  return p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}

/** Index of the frame holding content offset `at` (binary search over the starts). */
export function frameAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
