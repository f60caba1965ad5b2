import { lstat, open, readdir, readlink } from 'node:fs/promises';
import path from 'node:path';
import { Header, type HeaderData } from 'tar/header';
import { Pax } from 'tar/pax';
import type { BufferPool, Lease, Piece } from './pool.js';

// A folder as a tar stream, written straight into pooled buffers: headers, file content and
// padding side by side, each buffer handed on once full. node-tar's Pack (what this replaces for
// backups) reads every file into a fresh buffer and wraps each entry in a stream; on the 1 GiB
// bench that garbage cost more than the archive's own work. Headers still come from node-tar's
// Header and Pax classes, so the bytes of each header are what node-tar writes.
//
// The archive is plain POSIX tar (ustar, with a pax header only for what ustar cannot hold): what
// FORMAT.md's manual restore reads with any tar. Entries are in name order, each folder before its
// content. Fields that describe this machine are left out: owner ids are 0 and names empty, and
// no access or change times are stored. Modes and modification times are kept as they are (not
// node-tar's `portable` mode, which would rewrite modes).

export interface TarCounts {
  /** Regular files, each hard link to one counted too. */
  files: number;
  /** Their sizes, as lstat gave them. */
  contentBytes: number;
  /** Set to have every entry and the frame starts recorded (a seekable archive, see seek-index.ts). */
  log?: TarLog;
}

export type MemberType = 'file' | 'dir' | 'symlink' | 'link';

/** What an entry is: the facts its tar header holds, as the member index keeps them too. */
export interface MemberFacts {
  path: string;
  type: MemberType;
  mode: number;
  size: number;
  mtime: number;
  linkpath?: string;
}

/** One entry as written: where its headers start and its content begins, in tar offsets. */
export interface TarMember extends MemberFacts {
  /** Offset of its first header block (the pax header when there is one). */
  header: number;
  /** Offset of its content (just after its ustar header). */
  data: number;
}

/**
 * What a seekable pack needs from the tar stream: every member, and the offsets where a new frame
 * must start (`cuts`, increasing). A cut is always a member's first header byte, so each frame
 * starts with a whole header: about every `frameBytes` of tar, and before every member at least
 * that large. Cuts are recorded before the bytes at them are handed on, so the framing reads them
 * in time.
 */
export interface TarLog {
  frameBytes: number;
  members: TarMember[];
  cuts: number[];
}

const BLOCK = 512;
const ZEROS = Buffer.alloc(BLOCK * 2);

/** Modes as node-tar writes them (mode-fix.js): permission bits, and searchable where readable for folders. */
function entryMode(mode: number, isDir: boolean): number {
  let m = mode & 0o7777;
  if (isDir) {
    if (m & 0o400) m |= 0o100;
    if (m & 0o40) m |= 0o10;
    if (m & 0o4) m |= 0o1;
  }
  return m;
}

/** Fills pooled buffers in order and hands each one on when it is full. */
class Filler {
  private lease: Lease | undefined;
  private fill = 0;
  /** Bytes written before the current buffer. */
  private before = 0;

  constructor(private readonly pool: BufferPool) {}

  /** The current buffer, with room; a full one comes back from take() first. */
  async room(): Promise<{ buf: Buffer; at: number; space: number }> {
    this.lease ??= await this.pool.lease();
    return { buf: this.lease.buf, at: this.fill, space: this.lease.buf.length - this.fill };
  }

  /** Marks n bytes written at the fill point; returns the buffer as a piece once it is full. */
  advance(n: number): Piece | undefined {
    this.fill += n;
    if (this.fill < this.lease!.buf.length) return undefined;
    return this.take();
  }

  /** Offset in the tar stream of the next byte written. */
  get offset(): number {
    return this.before + this.fill;
  }

  /** Whatever is filled, as a piece (the last, partly filled buffer at the end). */
  take(): Piece | undefined {
    const lease = this.lease;
    if (!lease || this.fill === 0) return undefined;
    const piece = { buf: lease.buf.subarray(0, this.fill), lease };
    this.lease = undefined;
    this.before += this.fill;
    this.fill = 0;
    return piece;
  }

  /** Drops the buffer being filled (the stream failed). */
  discard(): void {
    this.lease?.release();
    this.lease = undefined;
  }
}

/** Records each member (and a frame start before it, when due) before any of its bytes leave. */
function recorder(log: TarLog | undefined, offset: () => number): (fields: HeaderData, type: MemberType, headerBytes: number) => void {
  let lastCut = 0;
  return (fields, type, headerBytes) => {
    if (!log) return;
    const at = offset();
    const size = fields.size ?? 0;
    if (at > lastCut && (at - lastCut >= log.frameBytes || size >= log.frameBytes)) {
      log.cuts.push(at);
      lastCut = at;
    }
    const m: TarMember = {
      path: fields.path!.replace(/\/$/, ''),
      type,
      mode: fields.mode ?? 0,
      size,
      mtime: Math.floor((fields.mtime?.getTime() ?? 0) / 1000),
      header: at,
      data: at + headerBytes,
    };
    if (fields.linkpath !== undefined) m.linkpath = fields.linkpath;
    log.members.push(m);
  };
}

interface Entry {
  /** Path inside the archive, `/`-separated. */
  name: string;
  abs: string;
}

/**
 * The byte-level writers shared by every entry: kept apart from the directory walk so that the
 * walk decides only what goes in, and these only how its bytes land in the leased buffers.
 */
function tarEmitter(out: Filler, counts: TarCounts, signal?: AbortSignal) {
  async function* copyIn(bytes: Buffer): AsyncGenerator<Piece> {
    let off = 0;
    while (off < bytes.length) {
      const r = await out.room();
      const n = Math.min(r.space, bytes.length - off);
      bytes.copy(r.buf, r.at, off, off + n);
      off += n;
      const full = out.advance(n);
      if (full) yield full;
    }
  }

  const record = recorder(counts.log, () => out.offset);

  async function* header(fields: HeaderData, type: MemberType): AsyncGenerator<Piece> {
    const h = new Header({ ...fields, uid: 0, gid: 0, uname: '', gname: '' });
    const pax = h.encode()
      ? new Pax({
          path: fields.path,
          linkpath: fields.linkpath,
          size: fields.size,
          mtime: fields.mtime,
          uid: 0,
          gid: 0,
          uname: '',
        }).encode()
      : undefined;
    record(fields, type, (pax?.length ?? 0) + BLOCK);
    // ustar cannot hold it (a long path or link, a size over 8 GiB): a pax header goes first.
    if (pax) yield* copyIn(pax);
    yield* copyIn(h.block!);
  }

  async function* content(e: Entry, size: number): AsyncGenerator<Piece> {
    const fh = await open(e.abs, 'r');
    try {
      let pos = 0;
      while (pos < size) {
        signal?.throwIfAborted();
        const r = await out.room();
        const want = Math.min(r.space, size - pos);
        const { bytesRead } = await fh.read(r.buf, r.at, want, pos);
        // Shrunk since lstat: the header already promised `size` bytes, so the archive cannot be finished.
        if (bytesRead === 0) throw new Error(`${e.name}: the file shrank while it was archived (${pos} of ${size} bytes)`);
        pos += bytesRead;
        const full = out.advance(bytesRead);
        if (full) yield full;
      }
    } finally {
      await fh.close();
    }
    const pad = (BLOCK - (size % BLOCK)) % BLOCK;
    if (pad) yield* copyIn(ZEROS.subarray(0, pad));
  }

  return { copyIn, header, content };
}

/**
 * Streams `dir` as tar into buffers leased from `pool`. Each yielded piece holds a lease the
 * consumer must release once it is done with the bytes. `counts` is filled as entries are read.
 */
export async function* tarPieces(dir: string, pool: BufferPool, counts: TarCounts, signal?: AbortSignal): AsyncGenerator<Piece> {
  const out = new Filler(pool);
  const links = new Map<string, string>();
  const { copyIn, header, content } = tarEmitter(out, counts, signal);

  async function* entry(e: Entry): AsyncGenerator<Piece> {
    signal?.throwIfAborted();
    const st = await lstat(e.abs);
    const mtime = st.mtime;
    if (st.isDirectory()) {
      yield* header({ path: `${e.name}/`, mode: entryMode(st.mode, true), size: 0, mtime, type: 'Directory' }, 'dir');
      for (const name of (await readdir(e.abs)).sort()) yield* entry({ name: `${e.name}/${name}`, abs: path.join(e.abs, name) });
    } else if (st.isSymbolicLink()) {
      yield* header(
        { path: e.name, linkpath: await readlink(e.abs), mode: entryMode(st.mode, false), size: 0, mtime, type: 'SymbolicLink' },
        'symlink',
      );
    } else if (st.isFile()) {
      counts.files++;
      counts.contentBytes += st.size;
      if (st.nlink > 1) {
        // A second name for a file already in the archive is stored as a hard link to the first.
        const key = `${st.dev}:${st.ino}`;
        const first = links.get(key);
        if (first !== undefined) {
          yield* header({ path: e.name, linkpath: first, mode: entryMode(st.mode, false), size: 0, mtime, type: 'Link' }, 'link');
          return;
        }
        links.set(key, e.name);
      }
      yield* header({ path: e.name, mode: entryMode(st.mode, false), size: st.size, mtime, type: 'File' }, 'file');
      if (st.size > 0) yield* content(e, st.size);
    }
    // Sockets, fifos and devices are left out, as node-tar leaves them out: they hold no content.
  }

  try {
    for (const name of (await readdir(dir)).sort()) yield* entry({ name, abs: path.join(dir, name) });
    yield* copyIn(ZEROS);
    const last = out.take();
    if (last) yield last;
  } finally {
    out.discard();
  }
}
