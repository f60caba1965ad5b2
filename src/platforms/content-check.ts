import { open } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../model/errors.js';
import type { InputSource } from '../config/source.js';
import type { Component } from '../model/manifest.js';
import type { ExportCounts } from '../model/component-report.js';
import type { Reporter } from '../report/reporter.js';
import { VerificationError, walkFiles } from './verify.js';

// Platform CLIs save whatever the server answered under the file's own name: siteglide-cli writes
// a 403 XML body as logo.png, a 404 HTML page as brochure.pdf, and exits 0. So every export, from
// every platform, is read back here: a file whose first bytes contradict its extension, or a
// zero-byte file of a type that always has content, makes the component fail with the paths, so
// nobody stores error pages as a backup. The `accept-suspect-files` input lets a user accept a
// known number of such files (a site that really holds a broken upload).

export interface ContentCheckOptions {
  component: Component;
  /** How many suspect files to accept before failing (the `accept-suspect-files` input). */
  acceptSuspect: number;
  /** Where accepted suspects are reported; without it they pass silently. */
  log?: Reporter;
}

export interface SuspectFile {
  /** Relative to the export folder, with `/` separators. */
  path: string;
  /** What is wrong, for a person: "an HTML page", "empty". */
  reason: string;
}

/** A signature: `bytes` at `offset` (a null byte in a string pattern matches any byte). */
interface Magic {
  offset: number;
  bytes: Buffer;
}

const m = (offset: number, bytes: string | number[]): Magic => ({
  offset,
  bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes),
});

interface FileType {
  /** "a JPEG image", for messages that say what a file really is. */
  name: string;
  /** Any one of these matches. */
  magic: Magic[];
  /** Checked instead of `magic` (text formats). */
  test?: (head: Buffer) => boolean;
}

const JPEG: FileType = { name: 'a JPEG image', magic: [m(0, [0xff, 0xd8, 0xff])] };
const PNG: FileType = { name: 'a PNG image', magic: [m(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])] };
const GIF: FileType = { name: 'a GIF image', magic: [m(0, 'GIF87a'), m(0, 'GIF89a')] };
const WEBP: FileType = {
  name: 'a WebP image',
  magic: [],
  test: (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
};
const BMP: FileType = { name: 'a BMP image', magic: [m(0, 'BM')] };
const ICO: FileType = { name: 'an icon', magic: [m(0, [0, 0, 1, 0]), m(0, [0, 0, 2, 0])] };
const TIFF: FileType = { name: 'a TIFF image', magic: [m(0, [0x49, 0x49, 0x2a, 0x00]), m(0, [0x4d, 0x4d, 0x00, 0x2a])] };
const PDF: FileType = { name: 'a PDF', magic: [], test: (h) => h.subarray(0, 1024).includes('%PDF-') };
// ISO base media (mp4, mov, m4a, heic, avif): a box size, then a box type; QuickTime files may
// open with a box other than ftyp.
const ISO_BOXES = ['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide', 'pnot'];
const ISO_MEDIA: FileType = {
  name: 'an MP4/QuickTime file',
  magic: [],
  test: (h) => ISO_BOXES.includes(h.subarray(4, 8).toString('latin1')),
};
const WEBM: FileType = { name: 'a WebM/Matroska file', magic: [m(0, [0x1a, 0x45, 0xdf, 0xa3])] };
const MP3: FileType = {
  name: 'an MP3',
  magic: [m(0, 'ID3')],
  test: (h) => h.subarray(0, 3).toString('latin1') === 'ID3' || (h[0] === 0xff && ((h[1] ?? 0) & 0xe0) === 0xe0),
};
const WAV: FileType = {
  name: 'a WAV file',
  magic: [],
  test: (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WAVE',
};
const OGG: FileType = { name: 'an Ogg file', magic: [m(0, 'OggS')] };
const ZIP: FileType = {
  name: 'a zip',
  magic: [m(0, [0x50, 0x4b, 0x03, 0x04]), m(0, [0x50, 0x4b, 0x05, 0x06]), m(0, [0x50, 0x4b, 0x07, 0x08])],
};
const GZIP: FileType = { name: 'a gzip file', magic: [m(0, [0x1f, 0x8b])] };
const BZIP2: FileType = { name: 'a bzip2 file', magic: [m(0, 'BZh')] };
const XZ: FileType = { name: 'an xz file', magic: [m(0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])] };
const ZSTD: FileType = { name: 'a zstd file', magic: [m(0, [0x28, 0xb5, 0x2f, 0xfd])] };
const SEVENZ: FileType = { name: 'a 7z archive', magic: [m(0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])] };
const RAR: FileType = { name: 'a RAR archive', magic: [m(0, 'Rar!')] };
const TAR: FileType = { name: 'a tar archive', magic: [m(257, 'ustar')] };
const WOFF: FileType = { name: 'a WOFF font', magic: [m(0, 'wOFF')] };
const WOFF2: FileType = { name: 'a WOFF2 font', magic: [m(0, 'wOF2')] };
// .ttf and .otf are used for either outline flavour, so both accept every sfnt signature.
const SFNT: FileType = { name: 'a TrueType/OpenType font', magic: [m(0, [0, 1, 0, 0]), m(0, 'true'), m(0, 'ttcf'), m(0, 'OTTO')] };

/** Text that starts like JSON; an XML or HTML error body does not. */
const JSON_START = /^[\s\uFEFF]*[[{"\d\-tfn]/;
const JSON_TYPE: FileType = { name: 'JSON', magic: [], test: (h) => JSON_START.test(h.toString('utf8')) };
/** Starts like an HTML page, an XML error document or a JSON error: what servers answer instead of a file. */
function looksLikeErrorBody(head: Buffer): boolean {
  const text = head.toString('utf8').replace(/^[\s\uFEFF]+/, '');
  return /^<(!doctype html|html|head|body)\b/i.test(text) || /^(<\?xml[^>]*>\s*)?<Error\b/.test(text) || /^[{[]/.test(text);
}
/**
 * An SVG names its root element, but an editor's DOCTYPE with entity declarations can push it past
 * the bytes read; so an SVG is suspect only when it reads like an error body instead.
 */
const SVG: FileType = { name: 'an SVG image', magic: [], test: (h) => /<svg[\s>]/i.test(h.toString('utf8')) || !looksLikeErrorBody(h) };
/** JavaScript and CSS never start with markup; an HTML or XML error body does. */
const NOT_MARKUP: FileType = {
  name: 'text',
  magic: [],
  test: (h) => !/^[\s\uFEFF]*<(\?xml|!doctype|html|head|body|error)\b/i.test(h.toString('utf8')),
};

const BY_EXTENSION: Record<string, FileType> = {
  jpg: JPEG,
  jpeg: JPEG,
  jpe: JPEG,
  jfif: JPEG,
  png: PNG,
  gif: GIF,
  webp: WEBP,
  bmp: BMP,
  ico: ICO,
  tif: TIFF,
  tiff: TIFF,
  avif: ISO_MEDIA,
  heic: ISO_MEDIA,
  heif: ISO_MEDIA,
  svg: SVG,
  pdf: PDF,
  mp4: ISO_MEDIA,
  m4v: ISO_MEDIA,
  mov: ISO_MEDIA,
  m4a: ISO_MEDIA,
  '3gp': ISO_MEDIA,
  webm: WEBM,
  mkv: WEBM,
  mp3: MP3,
  wav: WAV,
  ogg: OGG,
  oga: OGG,
  ogv: OGG,
  zip: ZIP,
  docx: ZIP,
  xlsx: ZIP,
  pptx: ZIP,
  odt: ZIP,
  ods: ZIP,
  jar: ZIP,
  epub: ZIP,
  gz: GZIP,
  tgz: GZIP,
  bz2: BZIP2,
  xz: XZ,
  zst: ZSTD,
  '7z': SEVENZ,
  rar: RAR,
  tar: TAR,
  woff: WOFF,
  woff2: WOFF2,
  ttf: SFNT,
  otf: SFNT,
  json: JSON_TYPE,
  js: NOT_MARKUP,
  mjs: NOT_MARKUP,
  css: NOT_MARKUP,
};

/** Types whose files are never legitimately empty (the rest, say `.gitkeep` or an empty partial in code, may be). */
const MUST_HAVE_CONTENT = new Set(Object.keys(BY_EXTENSION).filter((e) => !['js', 'mjs', 'css'].includes(e)));

const HEAD_BYTES = 4096;
/** Files read at once: enough to hide latency, few enough not to exhaust descriptors. */
const PARALLEL = 16;

function matches(type: FileType, head: Buffer): boolean {
  if (type.test) return type.test(head);
  return type.magic.some(
    (g) => head.length >= g.offset + g.bytes.length && head.subarray(g.offset, g.offset + g.bytes.length).equals(g.bytes),
  );
}

/** What the bytes look like, for the message: an error body is named as such. */
export function describeContent(head: Buffer): string {
  const text = head
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^[\s\uFEFF]+/, '');
  if (/^<\?xml[^>]*>\s*<Error\b/i.test(text) || /^<Error\b/.test(text)) return 'an XML error body';
  if (/^<\?xml/i.test(text)) return 'an XML document';
  if (/^<(!doctype html|html|head|body)\b/i.test(text)) return 'an HTML page';
  if (/^[{[]/.test(text)) return 'JSON text';
  for (const t of [JPEG, PNG, GIF, WEBP, PDF, ISO_MEDIA, WEBM, ZIP, GZIP, WOFF, WOFF2]) if (matches(t, head)) return t.name;
  const hex = [...head.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return `bytes ${hex}`;
}

/** The extension that decides the expected type: `a.tar.gz` is gzip, `.htaccess` has none. */
function extensionOf(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return name.slice(dot + 1).toLowerCase();
}

async function readHead(file: string): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Why one file is suspect, or undefined when its content fits its name. */
export async function inspectFile(file: string, size: number): Promise<string | undefined> {
  const ext = extensionOf(path.basename(file));
  const type = ext ? BY_EXTENSION[ext] : undefined;
  if (!ext || !type) return undefined;
  if (size === 0) return MUST_HAVE_CONTENT.has(ext) ? `empty, but a .${ext} file always has content` : undefined;
  const head = await readHead(file);
  if (matches(type, head)) return undefined;
  return `named .${ext} but holds ${describeContent(head)}`;
}

export interface ContentScan {
  counts: ExportCounts;
  suspects: SuspectFile[];
}

/** Walks `dir` (links are not followed), counting files and bytes and collecting suspect files. */
export async function scanExport(dir: string): Promise<ContentScan> {
  const counts: ExportCounts = { files: 0, bytes: 0 };
  const suspects: SuspectFile[] = [];
  const queue: { abs: string; rel: string; size: number }[] = [];
  await walkFiles(dir, (abs, rel, size) => {
    counts.files++;
    counts.bytes += size;
    queue.push({ abs, rel, size });
  });
  const found: (SuspectFile | undefined)[] = new Array(queue.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < queue.length) {
      const i = next++;
      const f = queue[i]!;
      const reason = await inspectFile(f.abs, f.size);
      if (reason) found[i] = { path: f.rel, reason };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
  // Walk order, so the message lists the same first paths on every run.
  for (const s of found) if (s) suspects.push(s);
  return { counts, suspects };
}

const SHOWN = 5;

function listing(suspects: SuspectFile[]): string {
  const shown = suspects.slice(0, SHOWN).map((s) => `${s.path} (${s.reason})`);
  if (suspects.length > SHOWN) shown.push(`and ${suspects.length - SHOWN} more`);
  return shown.join('; ');
}

/**
 * Counts what an export wrote and fails it when files contradict their names or are empty, beyond
 * the number the user accepted. Runs for every platform, right after its export.
 */
export async function checkExportedContent(dir: string, opts: ContentCheckOptions): Promise<ExportCounts> {
  const { counts, suspects } = await scanExport(dir);
  if (suspects.length === 0) return counts;
  if (suspects.length <= opts.acceptSuspect) {
    opts.log?.warn(
      `${opts.component}: accepted ${suspects.length} suspect file(s) (\`accept-suspect-files\` is ${opts.acceptSuspect}): ${listing(suspects)}`,
    );
    return counts;
  }
  throw new VerificationError(
    // No component prefix: the pipeline's ComponentError adds it.
    `${suspects.length} file(s) whose content contradicts their name, or that are empty: ${listing(suspects)}. ` +
      "The platform probably answered the download with an error page, and the CLI saved it under the file's name. " +
      (opts.acceptSuspect > 0
        ? `\`accept-suspect-files\` accepts only ${opts.acceptSuspect}.`
        : 'Fix or remove the files on the platform, or set `accept-suspect-files` to the number of such files you accept.'),
  );
}

/** The `accept-suspect-files` input: a whole number, 0 when empty. */
export function acceptSuspectFrom(inputs: InputSource): number {
  const v = inputs.get('accept-suspect-files')?.trim();
  if (v === undefined || v === '') return 0;
  if (!/^\d{1,9}$/.test(v)) {
    throw new ConfigError(
      'accept-suspect-files',
      `"${v}" is not a whole number`,
      'Give the number of files with wrong or empty content you accept (for example `2`), or `0` to accept none.',
    );
  }
  return Number(v);
}
