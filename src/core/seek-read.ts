import { createHash } from 'node:crypto';
import { link, lutimes, mkdir, open, symlink, chmod, utimes } from 'node:fs/promises';
import path from 'node:path';
import { Header } from 'tar/header';
import { AGE_HEAD_BYTES, openAgeFile, openSealed, sealedRange, type AgeFile } from '../archive/age-range.js';
import { decodeZstdChunks } from '../archive/compress.js';
import { contentStarts, frameAt, storedStarts, type IndexMember, type SeekIndex } from '../archive/seek-index.js';
import type { ManifestComponent } from '../model/manifest.js';
import { readObjectRange, type BackupRef, type Store } from '../stores/store.js';

// Reading a few entries of a seekable archive: the frames that hold them, fetched with ranged
// reads (for age, the 64 KiB chunks that cover them, each authenticated), each frame checked
// against the index's sha256, decoded, and the entries written into a private folder. The caller
// moves that folder into place only once every read passed, so a tampered frame or chunk leaves
// nothing behind but the error, which names the object.

/** What to write: file members (content read once, written under each name), folders, symlinks. */
export interface Selection {
  files: Map<IndexMember, string[]>;
  dirs: IndexMember[];
  symlinks: IndexMember[];
  /** Every entry that matched, in archive order, for listings. */
  matched: IndexMember[];
}

export class TamperError extends Error {
  override name = 'TamperError';
}

/**
 * The members matching `match`, with hard links resolved to the file holding their content.
 * Refuses a selection that would write below a symlink or a file of the archive.
 */
export function selectMembers(ix: SeekIndex, match: (p: string) => boolean, where: string): Selection {
  const byPath = new Map(ix.members.map((m) => [m.path, m]));
  const sel: Selection = { files: new Map(), dirs: [], symlinks: [], matched: [] };
  for (const m of ix.members) {
    if (!match(m.path)) continue;
    for (let i = m.path.lastIndexOf('/'); i > 0; i = m.path.lastIndexOf('/', i - 1)) {
      const up = byPath.get(m.path.slice(0, i));
      if (up && up.type !== 'dir')
        throw new TamperError(
          `${where}: entry ${JSON.stringify(m.path)} lies below the ${up.type} ${JSON.stringify(up.path)}: refusing it, nothing was written`,
        );
    }
    sel.matched.push(m);
    if (m.type === 'dir') sel.dirs.push(m);
    else if (m.type === 'symlink') sel.symlinks.push(m);
    else {
      const target = m.type === 'file' ? m : byPath.get(m.linkpath ?? '');
      if (!target || target.type !== 'file')
        throw new TamperError(
          `${where}: hard link ${JSON.stringify(m.path)} points to no file of the archive: refusing it, nothing was written`,
        );
      const names = sel.files.get(target) ?? [];
      names.push(m.path);
      sel.files.set(target, names);
    }
  }
  return sel;
}

/** Runs of consecutive frames to read, each covering whole members. */
export function frameSpans(ix: SeekIndex, members: Iterable<IndexMember>): { first: number; last: number; members: IndexMember[] }[] {
  const cs = contentStarts(ix.frames);
  const wanted = [...members].map((m) => {
    const start = cs[m.frame]! + m.offset;
    const end = start + m.headers + m.size;
    return { m, start, first: m.frame, last: frameAt(cs, end - 1) };
  });
  wanted.sort((a, b) => a.start - b.start);
  const spans: { first: number; last: number; members: IndexMember[] }[] = [];
  for (const w of wanted) {
    const cur = spans[spans.length - 1];
    if (cur && w.first <= cur.last + 1) {
      cur.last = Math.max(cur.last, w.last);
      cur.members.push(w.m);
    } else spans.push({ first: w.first, last: w.last, members: [w.m] });
  }
  return spans;
}

/** The stored bytes of frames first..last, each checked against its sha256 as it ends. */
async function* checkedFrames(
  source: AsyncIterable<Buffer>,
  ix: SeekIndex,
  first: number,
  last: number,
  where: string,
): AsyncGenerator<Buffer> {
  let f = first;
  let left = ix.frames[f]!.stored;
  let hash = createHash('sha256');
  const close = () => {
    const got = hash.digest('hex');
    if (got !== ix.frames[f]!.sha256)
      throw new TamperError(
        `${where}: frame ${f} does not match the sha256 in its index (the object was changed): refusing it, nothing was written`,
      );
    f++;
    if (f <= last) {
      left = ix.frames[f]!.stored;
      hash = createHash('sha256');
    }
  };
  for await (const c of source) {
    for (let off = 0; off < c.length;) {
      if (f > last) throw new TamperError(`${where}: more bytes than frames ${first}-${last} hold`);
      const n = Math.min(left, c.length - off);
      const part = c.subarray(off, off + n);
      hash.update(part);
      off += n;
      left -= n;
      yield part;
      if (left === 0) close();
    }
  }
  if (f <= last) throw new TamperError(`${where}: the read ended inside frame ${f}`);
}

/** Decoded content from an async source of buffer batches, read forward only. */
class Cursor {
  private buf: Buffer = Buffer.alloc(0);
  private queue: Buffer[] = [];
  constructor(
    private readonly it: AsyncIterator<Buffer[]>,
    public pos: number,
  ) {}

  private async next(): Promise<boolean> {
    while (this.buf.length === 0) {
      const b = this.queue.shift();
      if (b) {
        this.buf = b;
        continue;
      }
      const r = await this.it.next();
      if (r.done) return false;
      this.queue.push(...r.value.filter((x) => x.length > 0));
    }
    return true;
  }

  /** Up to `max` bytes (at least one), or throws at the end. */
  async chunk(max: number, what: string): Promise<Buffer> {
    if (!(await this.next())) throw new TamperError(`${what}: the archive ended early`);
    const n = Math.min(max, this.buf.length);
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    this.pos += n;
    return out;
  }

  async skipTo(p: number, what: string): Promise<void> {
    while (this.pos < p) await this.chunk(p - this.pos, what);
  }

  async take(n: number, what: string): Promise<Buffer> {
    const parts: Buffer[] = [];
    for (let got = 0; got < n;) {
      const c = await this.chunk(n - got, what);
      parts.push(c);
      got += c.length;
    }
    return Buffer.concat(parts);
  }
}

/** The member's tar headers must say what the index says: its name, type and size. */
function checkHeaders(raw: Buffer, m: IndexMember, where: string): void {
  const h = new Header(raw.subarray(raw.length - 512));
  const pax = raw.length > 512 ? /\d+ path=([^\n]*)\n/.exec(raw.subarray(512, raw.length - 512).toString('utf8'))?.[1] : undefined;
  const name = (pax ?? h.path ?? '').replace(/\/$/, '');
  const ok = h.cksumValid && name === m.path && (m.type !== 'file' || h.size === m.size || raw.length > 512);
  if (!ok)
    throw new TamperError(
      `${where}: the archive's entry at ${JSON.stringify(m.path)} is not the one its index describes: refusing it, nothing was written`,
    );
}

async function writeMember(cur: Cursor, m: IndexMember, names: string[], dest: string, where: string): Promise<void> {
  const first = path.join(dest, names[0]!);
  await mkdir(path.dirname(first), { recursive: true });
  const fh = await open(first, 'wx', 0o600);
  try {
    for (let left = m.size; left > 0;) {
      const c = await cur.chunk(Math.min(left, 1 << 20), where);
      await fh.write(c);
      left -= c.length;
    }
  } finally {
    await fh.close();
  }
  await chmod(first, m.mode & 0o7777);
  await utimes(first, m.mtime, m.mtime);
  for (const other of names.slice(1)) {
    await mkdir(path.dirname(path.join(dest, other)), { recursive: true });
    await link(first, path.join(dest, other));
  }
}

export interface SeekReadOptions {
  identities: string[];
  signal?: AbortSignal;
  /** Called with every stored byte fetched. */
  onRead: (n: number) => void;
}

/** The plaintext (pre-age) bytes [start, end) of the object, fetched by range. */
function rangeReader(store: Store, ref: BackupRef, c: ManifestComponent, age: AgeFile | undefined, opts: SeekReadOptions, where: string) {
  return (start: number, end: number): AsyncIterable<Buffer> => {
    const counted = async function* (src: AsyncIterable<Buffer>) {
      for await (const b of src) {
        opts.signal?.throwIfAborted();
        opts.onRead(b.length);
        yield b;
      }
    };
    if (!age) return counted(readObjectRange(store, ref, c.object, start, end));
    const r = sealedRange(age, start, end);
    return openSealed(age, counted(readObjectRange(store, ref, c.object, r.start, r.end)), start, end, where);
  };
}

async function openAge(store: Store, ref: BackupRef, c: ManifestComponent, opts: SeekReadOptions, where: string): Promise<AgeFile> {
  const parts: Buffer[] = [];
  for await (const b of readObjectRange(store, ref, c.object, 0, Math.min(c.bytes, AGE_HEAD_BYTES))) parts.push(b);
  const head = Buffer.concat(parts);
  opts.onRead(head.length);
  return openAgeFile(head, opts.identities, c.bytes, where);
}

/** Writes the selection into `dest` (a private, empty folder) from ranged reads of the archive. */
export async function readSelection(
  store: Store,
  ref: BackupRef,
  c: ManifestComponent,
  ix: SeekIndex,
  sel: Selection,
  dest: string,
  opts: SeekReadOptions,
): Promise<void> {
  const where = `${ref.id}/${c.object}`;
  const age = c.encryption === 'age' ? await openAge(store, ref, c, opts, where) : undefined;
  const read = rangeReader(store, ref, c, age, opts, where);
  const ss = storedStarts(ix.frames);
  const cs = contentStarts(ix.frames);
  for (const span of frameSpans(ix, sel.files.keys())) {
    const last = ix.frames[span.last]!;
    const frames = checkedFrames(read(ss[span.first]!, ss[span.last]! + last.stored), ix, span.first, span.last, where);
    const decoded: AsyncIterable<Buffer[]> =
      c.compression === 'zstd'
        ? decodeZstdChunks(frames)
        : (async function* () {
            for await (const b of frames) yield [b];
          })();
    const it = decoded[Symbol.asyncIterator]();
    const cur = new Cursor(it, cs[span.first]!);
    try {
      for (const m of span.members) {
        await cur.skipTo(cs[m.frame]! + m.offset, where);
        checkHeaders(await cur.take(m.headers, where), m, where);
        await writeMember(cur, m, sel.files.get(m)!, dest, where);
      }
      // Read to the span's end, so every frame's checksum is checked.
      while ((await it.next()).done !== true);
    } finally {
      await it.return?.();
    }
  }
  await finishTree(sel, dest);
}

/** Folders and symlinks of the selection, from the index; folder modes last, deepest first. */
async function finishTree(sel: Selection, dest: string): Promise<void> {
  for (const d of sel.dirs) await mkdir(path.join(dest, d.path), { recursive: true });
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
