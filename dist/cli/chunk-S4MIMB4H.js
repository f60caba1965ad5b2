import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  So
} from "./chunk-T76LOJON.js";
import {
  ZipError,
  extractZip,
  verifyZip
} from "./chunk-AECYB6ZT.js";
import {
  require_dist
} from "./chunk-ISUFTHLB.js";
import {
  parseBool,
  readdirIfExists
} from "./chunk-R42ULBAP.js";
import {
  INPUTS,
  INPUT_READERS,
  inputOrDefault
} from "./chunk-NWJW4OH6.js";
import {
  actionsCache,
  childEnv,
  findOnPath,
  installEnv,
  isExecutable,
  lastLines,
  resolveTool,
  runProcess
} from "./chunk-6K7PU5HE.js";
import {
  COMPONENTS
} from "./chunk-5CIGDVM5.js";
import {
  makeStaging
} from "./chunk-TLYYK3DI.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import {
  __toESM
} from "./chunk-BB3JDYVJ.js";

// src/config/applies.ts
var INPUT_PLATFORMS = INPUT_READERS;
var INPUT_STORES = {
  "s3-endpoint": ["s3"],
  "s3-region": ["s3"],
  "s3-force-path-style": ["s3"],
  "s3-storage-class": ["s3"],
  "s3-sse": ["s3"],
  "s3-kms-key-id": ["s3"],
  "artifact-retention-days": ["artifact"]
};
function inapplicableInputs(src, platform, store) {
  const out = [];
  const given = (name) => {
    const v = src.get(name);
    return v !== void 0 && v !== INPUTS[name].default;
  };
  for (const [name, platforms] of Object.entries(INPUT_PLATFORMS)) {
    if (!platforms.includes(platform) && given(name)) {
      out.push(
        `Input \`${name}\` is set but \`platform: ${platform}\` does not use it (only ${platforms.map((p) => `\`${p}\``).join(", ")}), so it is ignored. Remove it, or check \`platform\`.`
      );
    }
  }
  for (const [name, kinds] of Object.entries(INPUT_STORES)) {
    if (!kinds.includes(store) && given(name)) {
      out.push(
        `Input \`${name}\` is set but the store is ${store === "local" ? "a folder" : store === "s3" ? "S3" : "`artifact`"}, which does not use it, so it is ignored. Remove it, or check \`store\`.`
      );
    }
  }
  return out;
}

// src/platforms/index.ts
import { rm as rm7 } from "node:fs/promises";

// src/platforms/content-check.ts
import { open } from "node:fs/promises";
import path2 from "node:path";

// src/platforms/verify.ts
import { createReadStream } from "node:fs";
import { lstat, readFile } from "node:fs/promises";
import path from "node:path";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
var VerificationError = class extends Error {
  name = "VerificationError";
};
function label(what2, file) {
  const base = path.basename(file);
  return what2.includes(base) ? what2 : `${what2} (${base})`;
}
async function requireFile(file, what2) {
  let st;
  try {
    st = await lstat(file);
  } catch {
    throw new VerificationError(`${label(what2, file)} was not written`);
  }
  if (!st.isFile()) throw new VerificationError(`${label(what2, file)} is not a regular file`);
  if (st.size === 0) throw new VerificationError(`${label(what2, file)} is empty`);
  return st.size;
}
async function requireJson(file, what2) {
  await requireFile(file, what2);
  const text = await readFile(file, "utf8");
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new VerificationError(`${label(what2, file)} is not valid JSON (${e.message}); the download was probably cut short`);
  }
}
async function requireGzip(file, what2, tailBytes = 4096) {
  await requireFile(file, what2);
  let bytes = 0;
  let tail = Buffer.alloc(0);
  try {
    await pipeline(
      createReadStream(file),
      zlib.createGunzip(),
      new Writable({
        write(chunk, _e, cb) {
          bytes += chunk.length;
          tail = Buffer.concat([tail, chunk]);
          if (tail.length > tailBytes) tail = tail.subarray(tail.length - tailBytes);
          cb();
        }
      })
    );
  } catch (e) {
    throw new VerificationError(`${label(what2, file)} is not a complete gzip stream (${e.message})`);
  }
  if (bytes === 0) throw new VerificationError(`${label(what2, file)} decompresses to nothing`);
  return { bytes, tail };
}
async function requireZip(file, what2, signal) {
  await requireFile(file, what2);
  try {
    const r = await verifyZip(file, signal);
    if (r.files === 0) throw new VerificationError(`${label(what2, file)} is a zip with no files in it`);
    return r;
  } catch (e) {
    if (e instanceof ZipError) throw new VerificationError(`${label(what2, file)} is not a valid zip: ${e.message}`);
    throw e;
  }
}
async function walkFiles(dir, onFile) {
  const walk = async (d, rel) => {
    for (const n of (await readdirIfExists(d) ?? []).sort()) {
      const abs = path.join(d, n);
      const r = rel ? `${rel}/${n}` : n;
      const st = await lstat(abs);
      if (st.isDirectory()) await walk(abs, r);
      else if (st.isFile()) onFile(abs, r, st.size);
    }
  };
  await walk(dir, "");
}
async function treeStats(dir) {
  const out = { files: 0, bytes: 0, empty: [] };
  await walkFiles(dir, (_abs, rel, size) => {
    out.files++;
    out.bytes += size;
    if (size === 0) out.empty.push(rel);
  });
  return out;
}
async function requireTree(dir, what2) {
  const s = await treeStats(dir);
  if (s.files === 0 || s.bytes === 0) throw new VerificationError(`${what2}: no files were written`);
  return s;
}
var DUMP_END_MARKERS = [/-- Dump completed/, /-- PostgreSQL database dump complete/];
async function requireSqlGzip(file, what2) {
  const { bytes, tail } = await requireGzip(file, what2);
  const text = tail.toString("utf8");
  if (!DUMP_END_MARKERS.some((re) => re.test(text))) {
    throw new VerificationError(`${label(what2, file)} does not end with the dump tool's completion line: the dump was cut short`);
  }
  return { bytes };
}
async function requireRecordExport(jsonFile, baseDir, tmpDir, what2) {
  const data = await requireJson(jsonFile, what2);
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new VerificationError(`${what2} is not a data export (expected an object with users, transactables and models)`);
  const top = data;
  const lists = ["users", "transactables", "models"].filter((k) => k in top);
  if (lists.length === 0 || lists.some((k) => !Array.isArray(top[k]))) {
    throw new VerificationError(`${what2} is not a data export (expected users, transactables and models lists)`);
  }
  const records = lists.reduce((n, k) => n + top[k].length, 0);
  const missing = [];
  const refs = [];
  const walk = (v) => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    if (typeof v !== "object" || v === null) return;
    for (const [k, child] of Object.entries(v)) {
      if ((k === "attachments" || k === "images") && Array.isArray(child)) {
        for (const item of child) {
          if (typeof item !== "object" || item === null || !("url" in item)) continue;
          const url = item.url;
          const label2 = String(item.name ?? "(unnamed)");
          if (typeof url !== "string" || url === "") missing.push(`${k}: ${label2} (its download failed)`);
          else if (!url.startsWith(`${tmpDir}/`)) missing.push(`${k}: ${label2} (not downloaded: ${url.slice(0, 80)})`);
          else refs.push(url);
        }
      } else walk(child);
    }
  };
  walk(top);
  for (const ref of refs) {
    const rel = path.normalize(ref);
    if (rel.startsWith("..") || path.isAbsolute(rel)) {
      missing.push(`${ref} (points outside the export)`);
      continue;
    }
    try {
      await requireFile(path.join(baseDir, rel), ref);
    } catch {
      missing.push(`${ref} (missing or empty)`);
    }
  }
  if (missing.length > 0) {
    const list2 = missing.slice(0, 5).join("; ") + (missing.length > 5 ? `; and ${missing.length - 5} more` : "");
    throw new VerificationError(`${what2}: ${missing.length} record file(s) referenced by the JSON did not download: ${list2}`);
  }
  return { records, files: refs.length };
}

// src/platforms/content-check.ts
var m = (offset, bytes) => ({
  offset,
  bytes: typeof bytes === "string" ? Buffer.from(bytes, "latin1") : Buffer.from(bytes)
});
var JPEG = { name: "a JPEG image", magic: [m(0, [255, 216, 255])] };
var PNG = { name: "a PNG image", magic: [m(0, [137, 80, 78, 71, 13, 10, 26, 10])] };
var GIF = { name: "a GIF image", magic: [m(0, "GIF87a"), m(0, "GIF89a")] };
var WEBP = {
  name: "a WebP image",
  magic: [],
  test: (h) => h.subarray(0, 4).toString("latin1") === "RIFF" && h.subarray(8, 12).toString("latin1") === "WEBP"
};
var BMP = { name: "a BMP image", magic: [m(0, "BM")] };
var ICO = { name: "an icon", magic: [m(0, [0, 0, 1, 0]), m(0, [0, 0, 2, 0])] };
var TIFF = { name: "a TIFF image", magic: [m(0, [73, 73, 42, 0]), m(0, [77, 77, 0, 42])] };
var PDF = { name: "a PDF", magic: [], test: (h) => h.subarray(0, 1024).includes("%PDF-") };
var ISO_BOXES = ["ftyp", "moov", "mdat", "free", "skip", "wide", "pnot"];
var ISO_MEDIA = {
  name: "an MP4/QuickTime file",
  magic: [],
  test: (h) => ISO_BOXES.includes(h.subarray(4, 8).toString("latin1"))
};
var WEBM = { name: "a WebM/Matroska file", magic: [m(0, [26, 69, 223, 163])] };
var MP3 = {
  name: "an MP3",
  magic: [m(0, "ID3")],
  test: (h) => h.subarray(0, 3).toString("latin1") === "ID3" || h[0] === 255 && ((h[1] ?? 0) & 224) === 224
};
var WAV = {
  name: "a WAV file",
  magic: [],
  test: (h) => h.subarray(0, 4).toString("latin1") === "RIFF" && h.subarray(8, 12).toString("latin1") === "WAVE"
};
var OGG = { name: "an Ogg file", magic: [m(0, "OggS")] };
var ZIP = {
  name: "a zip",
  magic: [m(0, [80, 75, 3, 4]), m(0, [80, 75, 5, 6]), m(0, [80, 75, 7, 8])]
};
var GZIP = { name: "a gzip file", magic: [m(0, [31, 139])] };
var BZIP2 = { name: "a bzip2 file", magic: [m(0, "BZh")] };
var XZ = { name: "an xz file", magic: [m(0, [253, 55, 122, 88, 90, 0])] };
var ZSTD = { name: "a zstd file", magic: [m(0, [40, 181, 47, 253])] };
var SEVENZ = { name: "a 7z archive", magic: [m(0, [55, 122, 188, 175, 39, 28])] };
var RAR = { name: "a RAR archive", magic: [m(0, "Rar!")] };
var TAR = { name: "a tar archive", magic: [m(257, "ustar")] };
var WOFF = { name: "a WOFF font", magic: [m(0, "wOFF")] };
var WOFF2 = { name: "a WOFF2 font", magic: [m(0, "wOF2")] };
var SFNT = { name: "a TrueType/OpenType font", magic: [m(0, [0, 1, 0, 0]), m(0, "true"), m(0, "ttcf"), m(0, "OTTO")] };
var JSON_START = /^[\s\uFEFF]*[[{"\d\-tfn]/;
var JSON_TYPE = { name: "JSON", magic: [], test: (h) => JSON_START.test(h.toString("utf8")) };
function looksLikeErrorBody(head) {
  const text = head.toString("utf8").replace(/^[\s\uFEFF]+/, "");
  return /^<(!doctype html|html|head|body)\b/i.test(text) || /^(<\?xml[^>]*>\s*)?<Error\b/.test(text) || /^[{[]/.test(text);
}
var SVG = { name: "an SVG image", magic: [], test: (h) => /<svg[\s>]/i.test(h.toString("utf8")) || !looksLikeErrorBody(h) };
var NOT_MARKUP = {
  name: "text",
  magic: [],
  test: (h) => !/^[\s\uFEFF]*<(\?xml|!doctype|html|head|body|error)\b/i.test(h.toString("utf8"))
};
var BY_EXTENSION = {
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
  "3gp": ISO_MEDIA,
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
  "7z": SEVENZ,
  rar: RAR,
  tar: TAR,
  woff: WOFF,
  woff2: WOFF2,
  ttf: SFNT,
  otf: SFNT,
  json: JSON_TYPE,
  js: NOT_MARKUP,
  mjs: NOT_MARKUP,
  css: NOT_MARKUP
};
var MUST_HAVE_CONTENT = new Set(Object.keys(BY_EXTENSION).filter((e) => !["js", "mjs", "css"].includes(e)));
var HEAD_BYTES = 4096;
var PARALLEL = 16;
function matches(type, head) {
  if (type.test) return type.test(head);
  return type.magic.some(
    (g) => head.length >= g.offset + g.bytes.length && head.subarray(g.offset, g.offset + g.bytes.length).equals(g.bytes)
  );
}
function describeContent(head) {
  const text = head.subarray(0, 512).toString("utf8").replace(/^[\s\uFEFF]+/, "");
  if (/^<\?xml[^>]*>\s*<Error\b/i.test(text) || /^<Error\b/.test(text)) return "an XML error body";
  if (/^<\?xml/i.test(text)) return "an XML document";
  if (/^<(!doctype html|html|head|body)\b/i.test(text)) return "an HTML page";
  if (/^[{[]/.test(text)) return "JSON text";
  for (const t of [JPEG, PNG, GIF, WEBP, PDF, ISO_MEDIA, WEBM, ZIP, GZIP, WOFF, WOFF2]) if (matches(t, head)) return t.name;
  const hex = [...head.subarray(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
  return `bytes ${hex}`;
}
function extensionOf(name) {
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return void 0;
  return name.slice(dot + 1).toLowerCase();
}
async function readHead(file) {
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}
async function inspectFile(file, size) {
  const ext = extensionOf(path2.basename(file));
  const type = ext ? BY_EXTENSION[ext] : void 0;
  if (!ext || !type) return void 0;
  if (size === 0) return MUST_HAVE_CONTENT.has(ext) ? `empty, but a .${ext} file always has content` : void 0;
  const head = await readHead(file);
  if (matches(type, head)) return void 0;
  return `named .${ext} but holds ${describeContent(head)}`;
}
async function scanExport(dir) {
  const counts = { files: 0, bytes: 0 };
  const suspects = [];
  const queue = [];
  await walkFiles(dir, (abs, rel, size) => {
    counts.files++;
    counts.bytes += size;
    queue.push({ abs, rel, size });
  });
  const found = new Array(queue.length);
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const i = next++;
      const f = queue[i];
      const reason = await inspectFile(f.abs, f.size);
      if (reason) found[i] = { path: f.rel, reason };
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
  for (const s of found) if (s) suspects.push(s);
  return { counts, suspects };
}
var SHOWN = 5;
function listing(suspects) {
  const shown = suspects.slice(0, SHOWN).map((s) => `${s.path} (${s.reason})`);
  if (suspects.length > SHOWN) shown.push(`and ${suspects.length - SHOWN} more`);
  return shown.join("; ");
}
async function checkExportedContent(dir, opts) {
  const { counts, suspects } = await scanExport(dir);
  if (suspects.length === 0) return counts;
  if (suspects.length <= opts.acceptSuspect) {
    opts.log?.warn(
      `${opts.component}: accepted ${suspects.length} suspect file(s) (\`accept-suspect-files\` is ${opts.acceptSuspect}): ${listing(suspects)}`
    );
    return counts;
  }
  throw new VerificationError(
    // No component prefix: the pipeline's ComponentError adds it.
    `${suspects.length} file(s) whose content contradicts their name, or that are empty: ${listing(suspects)}. The platform probably answered the download with an error page, and the CLI saved it under the file's name. ` + (opts.acceptSuspect > 0 ? `\`accept-suspect-files\` accepts only ${opts.acceptSuspect}.` : "Fix or remove the files on the platform, or set `accept-suspect-files` to the number of such files you accept.")
  );
}
function acceptSuspectFrom(inputs) {
  const v = inputs.get("accept-suspect-files")?.trim();
  if (v === void 0 || v === "") return 0;
  if (!/^\d{1,9}$/.test(v)) {
    throw new ConfigError(
      "accept-suspect-files",
      `"${v}" is not a whole number`,
      "Give the number of files with wrong or empty content you accept (for example `2`), or `0` to accept none."
    );
  }
  return Number(v);
}

// src/util/dump-guard.ts
import { Transform } from "node:stream";
var DumpRefused = class extends Error {
  constructor(code, line, why) {
    super(`line ${line} ${why} (${code})`);
    this.code = code;
    this.line = line;
    this.why = why;
  }
  code;
  line;
  why;
  name = "DumpRefused";
};
var MYSQL_CLIENT_WORDS = /* @__PURE__ */ new Set([
  "system",
  "source",
  "tee",
  "notee",
  "pager",
  "nopager",
  "connect",
  "charset",
  "edit",
  "ego",
  "go",
  "print",
  "prompt",
  "quit",
  "exit",
  "rehash",
  "status",
  "warnings",
  "nowarning",
  "help",
  "clear",
  "resetconnection",
  "query_attributes",
  "ssl_session_data_print"
]);
var HEAD_MAX = 300;
var IDENT_CONT = /[A-Za-z0-9_$\u0080-\u00ff]/;
var IDENT_START = /[A-Za-z_\u0080-\u00ff]/;
var DOLLAR_TAG = /^\$([A-Za-z_\u0080-\u00ff][A-Za-z0-9_\u0080-\u00ff]*)?\$/;
var PG_RESTRICT_LINE = /^\s*\\(un)?restrict\s+[A-Za-z0-9]+\s*$/;
function unquote(name) {
  return (name ?? "").replace(/^[`"']|[`"';]$/g, "");
}
var DumpScanner = class {
  constructor(dialect, database) {
    this.dialect = dialect;
    this.database = database;
  }
  dialect;
  database;
  state = "N";
  lineNo = 0;
  delimiter = ";";
  head = "";
  headLine = 0;
  started = false;
  tag = "";
  depth = 0;
  copyPending = false;
  /** The identifier-ish word being read in N state, for `$` and `E'` (PostgreSQL). */
  word = "";
  special = { delimiter: "", re: /$^/g };
  get lines() {
    return this.lineNo;
  }
  line(text) {
    this.lineNo++;
    const s = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (this.state === "COPY") {
      if (s === "\\.") this.state = "N";
      return true;
    }
    if (this.dialect === "psql" && this.state === "N" && !this.started && PG_RESTRICT_LINE.test(s)) return false;
    if (this.dialect === "mysql") this.mysqlLine(s);
    else this.psqlLine(s);
    if (this.started) this.add(" ");
    if (this.copyPending) {
      this.copyPending = false;
      this.state = "COPY";
    }
    return true;
  }
  /** The end of the dump: a statement left without its delimiter is still sent by the client. */
  end() {
    if (this.started) this.finish();
  }
  refuse(code, why, line = this.lineNo) {
    throw new DumpRefused(code, line, why);
  }
  add(text) {
    if (!this.started) {
      if (!text.trim()) return;
      this.started = true;
      this.headLine = this.lineNo;
    }
    if (this.head.length < HEAD_MAX) this.head += text;
  }
  /** Skips quoted text from i; returns where it stopped (the line's end if still inside). */
  quoted(s, i, quote2, backslash) {
    let j = i;
    let slash = backslash ? s.indexOf("\\", j) : -1;
    for (; ; ) {
      const end = s.indexOf(quote2, j);
      if (slash >= 0 && (end < 0 || slash < end)) {
        j = slash + 2;
        slash = s.indexOf("\\", j);
        continue;
      }
      if (end < 0) return s.length;
      if (this.dialect === "psql" && s[end + 1] === quote2) {
        j = end + 2;
        continue;
      }
      this.state = "N";
      return end + 1;
    }
  }
  mysqlLine(s) {
    let i = 0;
    while (i < s.length) {
      if (this.state === "SQ" || this.state === "DQ" || this.state === "BT") {
        const j = this.quoted(s, i, this.state === "SQ" ? "'" : this.state === "DQ" ? '"' : "`", true);
        if (this.head.length < HEAD_MAX) this.add(s.slice(i, Math.min(j, i + HEAD_MAX)));
        i = j;
        continue;
      }
      if (this.state === "BC") {
        const j = s.indexOf("*/", i);
        if (j < 0) return;
        this.state = "N";
        i = j + 2;
        continue;
      }
      i = this.mysqlCode(s, i);
    }
  }
  /** One step in MySQL code outside quotes and comments; returns the next position. */
  mysqlCode(s, i) {
    if (this.started && this.head.length >= HEAD_MAX) {
      const next = this.skip(s, i);
      if (next !== i) return next;
    }
    const c = s[i];
    if (!this.started && /\S/.test(c) && /^delimiter\s/i.test(s.slice(i, i + 10))) {
      if (s.slice(0, i).trim()) this.refuse("ambiguous-syntax", "changes the delimiter in the middle of a line");
      const d = s.slice(i + 9).trim().split(/\s+/)[0] ?? "";
      if (!d || d.includes("\\")) this.refuse("ambiguous-syntax", "sets an unusual delimiter");
      this.delimiter = d;
      return s.length;
    }
    if (s.startsWith(this.delimiter, i)) {
      if (this.started) this.finish();
      return i + this.delimiter.length;
    }
    if (c === "\\") {
      if (s[i + 1] === "-" || s[i + 1] === "N") {
        this.add(s.slice(i, i + 2));
        return i + 2;
      }
      this.refuse("client-command", "holds a client command (a backslash command such as `\\!`)");
    }
    if (c === "'" || c === '"' || c === "`") {
      this.state = c === "'" ? "SQ" : c === '"' ? "DQ" : "BT";
      this.add(c);
      return i + 1;
    }
    if (c === "#" || c === "-" && s[i + 1] === "-" && (i + 2 >= s.length || /\s/.test(s[i + 2]))) return s.length;
    if (c === "/" && s[i + 1] === "*") {
      const exec = /^\/\*M?!\d*/.exec(s.slice(i, i + 12));
      if (exec) {
        this.add(" ");
        return i + exec[0].length;
      }
      this.state = "BC";
      return i + 2;
    }
    if (c === "*" && s[i + 1] === "/") {
      this.add(" ");
      return i + 2;
    }
    this.add(c);
    return i + 1;
  }
  /** The next position from i that may matter in MySQL code, or the line's end. */
  skip(s, i) {
    if (this.special.delimiter !== this.delimiter) {
      const d = this.delimiter.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
      this.special = { delimiter: this.delimiter, re: new RegExp(`['"\`\\\\#/*-]|${d}`, "g") };
    }
    this.special.re.lastIndex = i;
    const m2 = this.special.re.exec(s);
    return m2 ? m2.index : s.length;
  }
  psqlLine(s) {
    let i = 0;
    this.word = "";
    while (i < s.length) {
      switch (this.state) {
        case "SQ":
        case "ESQ":
        case "DQ": {
          const j = this.quoted(s, i, this.state === "DQ" ? '"' : "'", this.state === "ESQ");
          if (this.head.length < HEAD_MAX) this.add(s.slice(i, Math.min(j, i + HEAD_MAX)));
          i = j;
          break;
        }
        case "DOL": {
          const j = s.indexOf(`$${this.tag}$`, i);
          if (j < 0) return;
          this.state = "N";
          i = j + this.tag.length + 2;
          break;
        }
        case "BC":
          i = this.psqlComment(s, i);
          break;
        default:
          i = this.psqlCode(s, i);
      }
    }
  }
  /** Inside PostgreSQL's nested block comments. */
  psqlComment(s, i) {
    for (let j = i; j < s.length - 1; j++) {
      if (s[j] === "/" && s[j + 1] === "*") {
        this.depth++;
        j++;
      } else if (s[j] === "*" && s[j + 1] === "/") {
        j++;
        if (--this.depth === 0) {
          this.state = "N";
          return j + 1;
        }
      }
    }
    return s.length;
  }
  /** One step in PostgreSQL code outside quotes and comments; returns the next position. */
  psqlCode(s, i) {
    const c = s[i];
    const word = this.word;
    this.word = IDENT_CONT.test(c) && (word || c !== "$") ? word + c : "";
    if (c === "\\")
      this.refuse("client-command", "holds a psql meta-command (a backslash command such as `\\!`, `\\o`, `\\copy` or `\\c`)");
    if (c === "-" && s[i + 1] === "-") return s.length;
    if (c === "/" && s[i + 1] === "*") {
      this.state = "BC";
      this.depth = 1;
      return i + 2;
    }
    if (c === ";") {
      if (this.started) this.finish();
      return i + 1;
    }
    if (c === "'") this.state = word === "e" || word === "E" ? "ESQ" : "SQ";
    else if (c === '"') this.state = "DQ";
    else if (c === "$") {
      if (word && !IDENT_START.test(word[0])) this.refuse("ambiguous-syntax", "puts `$` right after a number");
      const m2 = word ? null : DOLLAR_TAG.exec(s.slice(i, i + 70));
      if (m2) {
        this.state = "DOL";
        this.tag = m2[1] ?? "";
        this.word = "";
        this.add(" ");
        return i + m2[0].length;
      }
    }
    this.add(c);
    return i + 1;
  }
  /** A whole statement has been read: judge it by how it starts. */
  finish() {
    const head = this.head.replace(/\s+/g, " ").trim().toLowerCase();
    const line = this.headLine;
    this.head = "";
    this.started = false;
    const first = /^[a-z_?]+/.exec(head)?.[0] ?? "";
    if (this.dialect === "mysql" && MYSQL_CLIENT_WORDS.has(first))
      this.refuse("client-command", `holds the client command \`${first}\``, line);
    if (first === "use") {
      if (unquote(head.split(" ")[1]) !== this.database?.toLowerCase())
        this.refuse("switches-database", "switches to another database (`USE`)", line);
      return;
    }
    const db = /^(create|drop|alter) (database|schema) (if (not )?exists )?(\S+)/.exec(head);
    if (db && (this.dialect === "mysql" || db[2] === "database") && unquote(db[5]) !== this.database?.toLowerCase()) {
      this.refuse(
        db[1] === "create" ? "creates-database" : "other-database",
        `${db[1] === "create" ? "creates" : "changes"} another database (\`${db[1].toUpperCase()} DATABASE\`)`,
        line
      );
    }
    if (this.dialect === "mysql" && /^load (data|xml)\b/.test(head)) this.refuse("file-access", "reads a file (`LOAD DATA`)", line);
    if (this.dialect === "psql" && first === "copy") {
      if (!/ from stdin\b/.test(head) || /\bprogram\b/.test(head))
        this.refuse(
          "file-access",
          "copies from or to something other than the dump itself (`COPY \u2026 FROM stdin` is the only form allowed)",
          line
        );
      this.copyPending = true;
    }
  }
};
var LineSplitter = class {
  constructor(each) {
    this.each = each;
  }
  each;
  rest = "";
  push(chunk) {
    const text = this.rest + (typeof chunk === "string" ? chunk : chunk.toString("latin1"));
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      this.each(text.slice(start, nl), true);
      start = nl + 1;
    }
    this.rest = text.slice(start);
  }
  end() {
    if (this.rest) this.each(this.rest, false);
    this.rest = "";
  }
};
async function scanDump(source, dialect, database) {
  const scanner = new DumpScanner(dialect, database);
  const split = new LineSplitter((l) => scanner.line(l));
  for await (const chunk of source) split.push(chunk);
  split.end();
  scanner.end();
  return scanner.lines;
}
function guardedDump(source, dialect, database, prefix = "") {
  const scanner = new DumpScanner(dialect, database);
  let out = [];
  const split = new LineSplitter((l, eol) => {
    if (scanner.line(l)) out.push(eol ? `${l}
` : l);
  });
  let first = true;
  const flush = (t) => {
    if (first && prefix) t.push(Buffer.from(prefix, "latin1"));
    first = false;
    if (out.length) t.push(Buffer.from(out.join(""), "latin1"));
    out = [];
  };
  const guard = new Transform({
    transform(chunk, _enc, cb) {
      try {
        split.push(chunk);
        flush(this);
        cb();
      } catch (e) {
        cb(e);
      }
    },
    final(cb) {
      try {
        split.end();
        scanner.end();
        flush(this);
        cb();
      } catch (e) {
        cb(e);
      }
    }
  });
  source.on("error", (e) => guard.destroy(e));
  return source.pipe(guard);
}
function sqlClientFailure(cmd, r, lineOffset = 0) {
  const text = r.stderrTail;
  const my = /ERROR (\d+) \(([0-9A-Z]{5})\)(?: at line (\d+))?/.exec(text);
  const pg = /:(\d+): (?:ERROR|FATAL):\s+([0-9A-Z]{5}):/.exec(text) ?? /(?:ERROR|FATAL):\s+([0-9A-Z]{5}):/.exec(text);
  const how = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
  if (my) return `${cmd} ${how}: error ${my[1]} (SQLSTATE ${my[2]})${my[3] ? ` at line ${Number(my[3]) - lineOffset}` : ""}`;
  if (pg)
    return pg.length === 3 ? `${cmd} ${how}: SQLSTATE ${pg[2]} at line ${Number(pg[1]) - lineOffset}` : `${cmd} ${how}: SQLSTATE ${pg[1]}`;
  return `${cmd} ${how}; its message is in the log`;
}

// src/platforms/hosted.ts
import { cp, mkdir, readdir, rename, rm } from "node:fs/promises";
import path3 from "node:path";
var HOSTED_INPUTS = ["cli-version", "cli-install-command", "retries"];
var MissingSecretError = class extends ConfigError {
  constructor(name, problem, fix) {
    super(name, problem, fix);
    this.message = `Secret \`${name}\`: ${problem}. ${fix}`;
  }
};
function secretHowTo(name) {
  return `Store it as a repository or environment secret and pass it to the step with \`env: { ${name}: \${{ secrets.${name} }} }\` (outside Actions, export ${name} in the shell that runs site-backup). Secrets are never passed as inputs, so they cannot end up in a command line.`;
}
function requireSecret(ctx, name, purpose) {
  const v = ctx.env[name]?.trim();
  if (!v) throw new MissingSecretError(name, `is not set; ${purpose}`, secretHowTo(name));
  ctx.log.setSecret(v);
  return v;
}
function looseInput(ctx, name) {
  return ctx.inputs.get(name);
}
var DEFAULT_PROTECTED_ENVIRONMENTS = ["production", "live", "main", "master"];
function protectedEnvironments(ctx) {
  const v = looseInput(ctx, "protected-environments");
  return v ? v.split(/[\s,]+/).filter(Boolean).map((e) => e.toLowerCase()) : DEFAULT_PROTECTED_ENVIRONMENTS;
}
function isProtectedEnvironment(ctx, env2) {
  return protectedEnvironments(ctx).includes(env2.toLowerCase());
}
function retriesFrom(ctx) {
  const v = ctx.inputs.get("retries") ?? "2";
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    throw new ConfigError(
      "retries",
      `"${v}" is not a whole number from 0 to 10`,
      "Use for example `2` (three attempts in all), or `0` to fail on the first error."
    );
  }
  return n;
}
function msFromEnv(ctx, name, fallback) {
  const n = Number(ctx.env[name]);
  return Number.isFinite(n) && n >= 0 && ctx.env[name] !== void 0 && ctx.env[name] !== "" ? n : fallback;
}
function retryDelayMs(ctx) {
  return msFromEnv(ctx, "SITE_BACKUP_RETRY_DELAY_MS", 15e3);
}
async function freshDir(ctx, name) {
  const dir = path3.join(ctx.workDir, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}
async function move(src, dest) {
  await mkdir(path3.dirname(dest), { recursive: true });
  try {
    await rename(src, dest);
  } catch (e) {
    if (e.code !== "EXDEV") throw e;
    await cp(src, dest, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false });
    await rm(src, { recursive: true, force: true });
  }
}
async function moveChildren(srcDir, destDir, names) {
  const present = await readdir(srcDir);
  const chosen = names ? present.filter((n) => names.includes(n)) : present;
  for (const n of chosen) await move(path3.join(srcDir, n), path3.join(destDir, n));
  return chosen;
}
function listInput(ctx, name) {
  const v = ctx.inputs.get(name);
  if (v === void 0) return void 0;
  return v.split(/[\s,]+/).filter(Boolean);
}

// src/platforms/install.ts
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir as mkdir2, readFile as readFile2, readlink, realpath, symlink, unlink, writeFile } from "node:fs/promises";
import path4 from "node:path";

// src/platforms/locks/@platformos/pos-cli@6.4.0/package-lock.json
var package_lock_default = {
  name: "site-backup-cli",
  lockfileVersion: 3,
  requires: true,
  packages: {
    "": {
      name: "site-backup-cli",
      dependencies: {
        "@platformos/pos-cli": "6.4.0"
      }
    },
    "node_modules/@platformos/pos-cli": {
      version: "6.4.0",
      resolved: "https://registry.npmjs.org/@platformos/pos-cli/-/pos-cli-6.4.0.tgz",
      license: "CC BY 3.0",
      dependencies: {
        "@inquirer/prompts": "^8.3.0",
        "@platformos/platformos-check-node": "^1.0.0",
        "@platformos/platformos-common": "^0.1.0",
        "@platformos/platformos-language-server-node": "^0.1.0",
        "@platformos/platformos-mcp-supervisor": "^0.1.0",
        async: "^3.2.6",
        "body-parser": "^2.2.2",
        chalk: "^5.6.2",
        chokidar: "^5.0.0",
        commander: "^14.0.3",
        degit: "^2.8.4",
        "email-validator": "^2.0.4",
        execa: "^9.6.1",
        express: "^5.2.1",
        "fast-glob": "^3.3.3",
        ignore: "^7.0.5",
        inquirer: "^13.3.0",
        "is-stream": "^4.0.1",
        livereload: "^0.10.3",
        "lodash.compact": "^3.0.1",
        "lodash.debounce": "^4.0.8",
        "lodash.flatten": "^4.4.0",
        "lodash.reject": "^4.6.0",
        mime: "^4.1.0",
        multer: "^2.0.2",
        mustache: "^4.2.0",
        "normalize-path": "^3.0.0",
        open: "^11.0.0",
        ora: "^9.3.0",
        prompts: "^2.4.2",
        semver: "^7.7.4",
        shelljs: "^0.10.0",
        "strip-ansi": "^7.2.0",
        "text-table": "^0.2.0",
        "toasted-notifier": "^10.1.0",
        unzipper: "^0.12.3",
        "update-notifier": "^7.3.1",
        yaml: "^2.8.2",
        yazl: "^3.3.1",
        "yeoman-environment": "^6.1.0",
        "yeoman-generator": "^7.5.1"
      },
      optionalDependencies: {
        fsevents: "^2.3.3"
      },
      bin: {
        "pos-cli": "bin/pos-cli.js",
        "pos-cli-ai": "bin/pos-cli-ai.js",
        "pos-cli-ai-init": "bin/pos-cli-ai-init.js",
        "pos-cli-audit": "bin/pos-cli-audit.js",
        "pos-cli-check": "bin/pos-cli-check.js",
        "pos-cli-check-init": "bin/pos-cli-check-init.js",
        "pos-cli-check-run": "bin/pos-cli-check-run.js",
        "pos-cli-deploy": "bin/pos-cli-deploy.js",
        "pos-cli-dns": "bin/pos-cli-dns.js",
        "pos-cli-dns-compare": "bin/pos-cli-dns-compare.js",
        "pos-cli-dns-export": "bin/pos-cli-dns-export.js",
        "pos-cli-dns-import": "bin/pos-cli-dns-import.js",
        "pos-cli-dns-migrate": "bin/pos-cli-dns-migrate.js",
        "pos-cli-dns-status": "bin/pos-cli-dns-status.js",
        "pos-cli-env": "bin/pos-cli-env.js",
        "pos-cli-env-add": "bin/pos-cli-env-add.js",
        "pos-cli-env-list": "bin/pos-cli-env-list.js",
        "pos-cli-fetch-logs": "bin/pos-cli-fetch-logs.js",
        "pos-cli-gui": "bin/pos-cli-gui.js",
        "pos-cli-gui-serve": "bin/pos-cli-gui-serve.js",
        "pos-cli-init": "bin/pos-cli-init.js",
        "pos-cli-logs": "bin/pos-cli-logs.js",
        "pos-cli-logsv2": "bin/pos-cli-logsv2.js",
        "pos-cli-logsv2-search": "bin/pos-cli-logsv2-search.js",
        "pos-cli-lsp": "bin/pos-cli-lsp.js",
        "pos-cli-mcp": "bin/pos-cli-mcp.js",
        "pos-cli-mcp-config": "bin/pos-cli-mcp-config.js",
        "pos-cli-migrations": "bin/pos-cli-migrations.js",
        "pos-cli-modules": "bin/pos-cli-modules.js",
        "pos-cli-supervisor": "bin/pos-cli-supervisor.js",
        "pos-cli-sync": "bin/pos-cli-sync.js",
        "pos-cli-test": "bin/pos-cli-test.js",
        "pos-cli-test-run": "bin/pos-cli-test-run.js"
      },
      engines: {
        node: ">=22"
      },
      hasInstallScript: true
    },
    "node_modules/@babel/code-frame": {
      version: "7.29.7",
      resolved: "https://registry.npmjs.org/@babel/code-frame/-/code-frame-7.29.7.tgz",
      integrity: "sha512-Aup7aUOfpbAUg2ROOJN6Iw5f9DMBlzu0mIkm/malLQFN/YQgO48wCj0Kxa3sEHJvPVFg7siR+qRInwXd2qhQKw==",
      license: "MIT",
      dependencies: {
        "@babel/helper-validator-identifier": "^7.29.7",
        "js-tokens": "^4.0.0",
        picocolors: "^1.1.1"
      },
      engines: {
        node: ">=6.9.0"
      }
    },
    "node_modules/@babel/code-frame/node_modules/js-tokens": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/js-tokens/-/js-tokens-4.0.0.tgz",
      integrity: "sha512-RdJUflcE3cUzKiMqQgsCu06FPu9UdIJO0beYbPhHN4k6apgJtifcoCtT9bcxOpYBtpD2kCM6Sbzg4CausW/PKQ==",
      license: "MIT"
    },
    "node_modules/@babel/helper-validator-identifier": {
      version: "7.29.7",
      resolved: "https://registry.npmjs.org/@babel/helper-validator-identifier/-/helper-validator-identifier-7.29.7.tgz",
      integrity: "sha512-qehxGkRj55h/ff8EMaJ+cYhyaKlHIxqYDn682wQD7RNp9UujOQsHog2uS0r2vzr4pW+sXf90NeeayjcNaX3fFg==",
      license: "MIT",
      engines: {
        node: ">=6.9.0"
      }
    },
    "node_modules/@gar/promise-retry": {
      version: "1.0.3",
      resolved: "https://registry.npmjs.org/@gar/promise-retry/-/promise-retry-1.0.3.tgz",
      integrity: "sha512-GmzA9ckNokPypTg10pgpeHNQe7ph+iIKKmhKu3Ob9ANkswreCx7R3cKmY781K8QK3AqVL3xVh9A42JvIAbkkSA==",
      license: "MIT",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@hono/node-server": {
      version: "1.19.14",
      resolved: "https://registry.npmjs.org/@hono/node-server/-/node-server-1.19.14.tgz",
      integrity: "sha512-GwtvgtXxnWsucXvbQXkRgqksiH2Qed37H9xHZocE5sA3N8O8O8/8FA3uclQXxXVzc9XBZuEOMK7+r02FmSpHtw==",
      license: "MIT",
      engines: {
        node: ">=18.14.1"
      },
      peerDependencies: {
        hono: "^4"
      }
    },
    "node_modules/@inquirer/ansi": {
      version: "2.0.7",
      resolved: "https://registry.npmjs.org/@inquirer/ansi/-/ansi-2.0.7.tgz",
      integrity: "sha512-3eTuUO1vH2cZm2ZKHeQxnOqlTi9EfZDGgIe3BL3I4u+rJHocr9Fz86M4fjYABPvFnQG/gGK551HqDiIcETwU6Q==",
      license: "MIT",
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      }
    },
    "node_modules/@inquirer/checkbox": {
      version: "5.2.1",
      resolved: "https://registry.npmjs.org/@inquirer/checkbox/-/checkbox-5.2.1.tgz",
      integrity: "sha512-b6xmA/VlTe0ZgDQHDui+Nav470u7u49nRd8/iuhOcQPO9Ch7lGuogydhi2VOmNlZ+zXcM8IcPuNSwQcdJaF/kw==",
      license: "MIT",
      dependencies: {
        "@inquirer/ansi": "^2.0.7",
        "@inquirer/core": "^11.2.1",
        "@inquirer/figures": "^2.0.7",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/confirm": {
      version: "6.1.1",
      resolved: "https://registry.npmjs.org/@inquirer/confirm/-/confirm-6.1.1.tgz",
      integrity: "sha512-eb8DBZcz/2qHWQda4rk2JiQk5h9QV/cVHi1yjt0f69WFZMRFn0sJTye3EAP8icut8UDMjQPsaH5KbcOogefrFQ==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.2.1",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/core": {
      version: "11.2.1",
      resolved: "https://registry.npmjs.org/@inquirer/core/-/core-11.2.1.tgz",
      integrity: "sha512-Qd6GJT1yVyrZZCfN8W2qKF5ApmqryXRhRKCuip8h01x2w/esJQ2XIYc6f9abMIHgKQdBfFTSOdbHRLAhuM09UA==",
      license: "MIT",
      dependencies: {
        "@inquirer/ansi": "^2.0.7",
        "@inquirer/figures": "^2.0.7",
        "@inquirer/type": "^4.0.7",
        "cli-width": "^4.1.0",
        "fast-wrap-ansi": "^0.2.0",
        "mute-stream": "^3.0.0",
        "signal-exit": "^4.1.0"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/editor": {
      version: "5.2.2",
      resolved: "https://registry.npmjs.org/@inquirer/editor/-/editor-5.2.2.tgz",
      integrity: "sha512-ZRVd/oD+sYsUd5zVm0NflqEzlqfYCyHNsqkHl2oWXEUHs12tCbcSFi+wVFEvD8+LGRaMUsVrE7qeo6lSG/S1Vg==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.2.1",
        "@inquirer/external-editor": "^3.0.3",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/expand": {
      version: "5.1.1",
      resolved: "https://registry.npmjs.org/@inquirer/expand/-/expand-5.1.1.tgz",
      integrity: "sha512-YmQpenjbFSHAK3sOd44puHh3V1KXXr+JiNpUztoSQ4drLh2rTVzTap/YtlAVu/5xavifIlBfNEzJ/neZJ1a/1g==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.2.1",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/external-editor": {
      version: "3.0.3",
      resolved: "https://registry.npmjs.org/@inquirer/external-editor/-/external-editor-3.0.3.tgz",
      integrity: "sha512-6thf5I8q7lZwzGLAxPaaGEREEkZ3nyePPDQ1oyobblxmEE8mqTLguScP7pDjUTAibiyb4hfXl+qjUEJ+di/aNA==",
      license: "MIT",
      dependencies: {
        chardet: "^2.1.1",
        "iconv-lite": "^0.7.2"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/figures": {
      version: "2.0.7",
      resolved: "https://registry.npmjs.org/@inquirer/figures/-/figures-2.0.7.tgz",
      integrity: "sha512-aJ8TBPOGB6f/2qziPfElISTCEd5XOYTFckA2SGjhNmiKzfK/u4ot3v0DUzGVdUnKjN10EqnnEPck36BkyfLnJw==",
      license: "MIT",
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      }
    },
    "node_modules/@inquirer/input": {
      version: "5.1.2",
      resolved: "https://registry.npmjs.org/@inquirer/input/-/input-5.1.2.tgz",
      integrity: "sha512-9K/DDBSQpOyZSkt6sOVP9Vo0TR7atX2kuILsUu0x3wVcVbe97lJwIJKMLdMw25tDYuXl/qp6erT0Xs1rfmcfZg==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.2.1",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/number": {
      version: "4.1.1",
      resolved: "https://registry.npmjs.org/@inquirer/number/-/number-4.1.1.tgz",
      integrity: "sha512-XF4IXAbPnGPgw0wsbC/i2tPcyfdZgDpUlhsqU0SfT4IRIGWha6Xm9VRgN5yYxJq+jnyXlfXI/nQ3ulfk0iEICA==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.2.1",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/password": {
      version: "5.1.1",
      resolved: "https://registry.npmjs.org/@inquirer/password/-/password-5.1.1.tgz",
      integrity: "sha512-3XBfF7DAsp5qeDsvN5Rd1HmbNokVvEQoUM0QLrRcybC9nX96w3Pbmu7qUsb3IT3J3jBvs2+mTXaKHOUsgHMLzg==",
      license: "MIT",
      dependencies: {
        "@inquirer/ansi": "^2.0.7",
        "@inquirer/core": "^11.2.1",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/prompts": {
      version: "8.5.2",
      resolved: "https://registry.npmjs.org/@inquirer/prompts/-/prompts-8.5.2.tgz",
      integrity: "sha512-IYR/3C/paEVVQYQvdDlFZVjRCJVYHHON0XXMH91KO9GSxs0TdKYWlUdvfQl2EfAHDxUaN3IBffkE/BDTh5nJ6g==",
      license: "MIT",
      dependencies: {
        "@inquirer/checkbox": "^5.2.1",
        "@inquirer/confirm": "^6.1.1",
        "@inquirer/editor": "^5.2.2",
        "@inquirer/expand": "^5.1.1",
        "@inquirer/input": "^5.1.2",
        "@inquirer/number": "^4.1.1",
        "@inquirer/password": "^5.1.1",
        "@inquirer/rawlist": "^5.3.1",
        "@inquirer/search": "^4.2.1",
        "@inquirer/select": "^5.2.1"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/rawlist": {
      version: "5.3.1",
      resolved: "https://registry.npmjs.org/@inquirer/rawlist/-/rawlist-5.3.1.tgz",
      integrity: "sha512-QqdTqQddL3qPX/PPrjobpsO25NZ4dWXgTLenrR445L2ptLEYE6Z+PD5c5CNDJNx4ugRgELAIpSIJxZaO2jJ2Og==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.2.1",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/search": {
      version: "4.2.1",
      resolved: "https://registry.npmjs.org/@inquirer/search/-/search-4.2.1.tgz",
      integrity: "sha512-xJj8QWKRSrfKoBIITLZK61dD3zwo0Rz11fgDImku30/Oe81zMdIdGgrLY2h6RkJ+KZ/GhNYIRMKnH/62qBTA5g==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.2.1",
        "@inquirer/figures": "^2.0.7",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/select": {
      version: "5.2.1",
      resolved: "https://registry.npmjs.org/@inquirer/select/-/select-5.2.1.tgz",
      integrity: "sha512-FlDndEUww8m7BfukO2nJa25vhD+H5jxxCv4oGioKqzyWz3nPHhhw4LKdYRSlXuAx7DsdWia7iyaBPKKS95Evfw==",
      license: "MIT",
      dependencies: {
        "@inquirer/ansi": "^2.0.7",
        "@inquirer/core": "^11.2.1",
        "@inquirer/figures": "^2.0.7",
        "@inquirer/type": "^4.0.7"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@inquirer/type": {
      version: "4.0.7",
      resolved: "https://registry.npmjs.org/@inquirer/type/-/type-4.0.7.tgz",
      integrity: "sha512-t28inv14nMQ1PhKpsJPY+kEs/c00qzeCOS2gTNRyTjG5d6qsVA2fItxW4hkvGZ5lvanGLdtCzVIx5dwdRpN1+g==",
      license: "MIT",
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^20.17.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@isaacs/fs-minipass": {
      version: "4.0.1",
      resolved: "https://registry.npmjs.org/@isaacs/fs-minipass/-/fs-minipass-4.0.1.tgz",
      integrity: "sha512-wgm9Ehl2jpeqP3zw/7mo3kRHFp5MEDhqAdwy1fTGkHAwnkGOVsgpvQhL8B5n1qlb01jV3n/bI0ZfZp5lWA1k4w==",
      license: "ISC",
      dependencies: {
        minipass: "^7.0.4"
      },
      engines: {
        node: ">=18.0.0"
      }
    },
    "node_modules/@isaacs/string-locale-compare": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/@isaacs/string-locale-compare/-/string-locale-compare-1.1.0.tgz",
      integrity: "sha512-SQ7Kzhh9+D+ZW9MA0zkYv3VXhIDNx+LzM6EJ+/65I3QY+enU6Itte7E5XX7EWrqLW2FN4n06GWzBnPoC3th2aQ==",
      license: "ISC"
    },
    "node_modules/@kwsites/file-exists": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/@kwsites/file-exists/-/file-exists-1.1.1.tgz",
      integrity: "sha512-m9/5YGR18lIwxSFDwfE3oA7bWuq9kdau6ugN4H2rJeyhFQZcG9AgSHkQtSD15a8WvTgfz9aikZMrKPHvbpqFiw==",
      license: "MIT",
      dependencies: {
        debug: "^4.1.1"
      }
    },
    "node_modules/@kwsites/promise-deferred": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/@kwsites/promise-deferred/-/promise-deferred-1.1.1.tgz",
      integrity: "sha512-GaHYm+c0O9MjZRu0ongGBRbinu8gVAMd2UZjji6jVmqKtZluZnptXGWhz1E8j8D2HJ3f/yMxKAUC0b+57wncIw==",
      license: "MIT"
    },
    "node_modules/@modelcontextprotocol/sdk": {
      version: "1.29.0",
      resolved: "https://registry.npmjs.org/@modelcontextprotocol/sdk/-/sdk-1.29.0.tgz",
      integrity: "sha512-zo37mZA9hJWpULgkRpowewez1y6ML5GsXJPY8FI0tBBCd77HEvza4jDqRKOXgHNn867PVGCyTdzqpz0izu5ZjQ==",
      license: "MIT",
      dependencies: {
        "@hono/node-server": "^1.19.9",
        ajv: "^8.17.1",
        "ajv-formats": "^3.0.1",
        "content-type": "^1.0.5",
        cors: "^2.8.5",
        "cross-spawn": "^7.0.5",
        eventsource: "^3.0.2",
        "eventsource-parser": "^3.0.0",
        express: "^5.2.1",
        "express-rate-limit": "^8.2.1",
        hono: "^4.11.4",
        jose: "^6.1.3",
        "json-schema-typed": "^8.0.2",
        "pkce-challenge": "^5.0.0",
        "raw-body": "^3.0.0",
        zod: "^3.25 || ^4.0",
        "zod-to-json-schema": "^3.25.1"
      },
      engines: {
        node: ">=18"
      },
      peerDependencies: {
        "@cfworker/json-schema": "^4.1.1",
        zod: "^3.25 || ^4.0"
      },
      peerDependenciesMeta: {
        "@cfworker/json-schema": {
          optional: true
        },
        zod: {
          optional: false
        }
      }
    },
    "node_modules/@nodelib/fs.scandir": {
      version: "2.1.5",
      resolved: "https://registry.npmjs.org/@nodelib/fs.scandir/-/fs.scandir-2.1.5.tgz",
      integrity: "sha512-vq24Bq3ym5HEQm2NKCr3yXDwjc7vTsEThRDnkp2DK9p1uqLR+DHurm/NOTo0KG7HYHU7eppKZj3MyqYuMBf62g==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "@nodelib/fs.stat": "2.0.5",
        "run-parallel": "^1.1.9"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/@nodelib/fs.stat": {
      version: "2.0.5",
      resolved: "https://registry.npmjs.org/@nodelib/fs.stat/-/fs.stat-2.0.5.tgz",
      integrity: "sha512-RkhPPp2zrqDAQA/2jNhnztcPAlv64XdhIp7a7454A5ovI7Bukxgt7MX7udwAu3zg1DcpPU0rz3VV1SeaqvY4+A==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/@nodelib/fs.walk": {
      version: "1.2.8",
      resolved: "https://registry.npmjs.org/@nodelib/fs.walk/-/fs.walk-1.2.8.tgz",
      integrity: "sha512-oGB+UxlgWcgQkgwo8GcEGwemoTFt3FIO9ababBmaGwXIoBKZ+GTy0pP185beGg7Llih/NSHSV2XAs1lnznocSg==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "@nodelib/fs.scandir": "2.1.5",
        fastq: "^1.6.0"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/@npmcli/agent": {
      version: "4.0.2",
      resolved: "https://registry.npmjs.org/@npmcli/agent/-/agent-4.0.2.tgz",
      integrity: "sha512-EUEuWAxnL07Sp5/iC/1X6Xj+XThUvnbei9zfRWZdEXa7lss9RTHMhAHBeg+MZ5To9s/gGaSI+UwZTPdYMvKSeg==",
      license: "ISC",
      dependencies: {
        "agent-base": "^7.1.0",
        "http-proxy-agent": "^7.0.0",
        "https-proxy-agent": "^7.0.1",
        "lru-cache": "^11.2.1",
        "socks-proxy-agent": "^8.0.3"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/arborist": {
      version: "9.9.0",
      resolved: "https://registry.npmjs.org/@npmcli/arborist/-/arborist-9.9.0.tgz",
      integrity: "sha512-tzsb1R8mx0k0drlLDT/9ckEYaQHIaWnUti/ci2IaFoQqdqwfmYrc+90p1+QEZC/ocvqcxBep9P1xKw4FbAGofw==",
      license: "ISC",
      dependencies: {
        "@gar/promise-retry": "^1.0.0",
        "@isaacs/string-locale-compare": "^1.1.0",
        "@npmcli/fs": "^5.0.0",
        "@npmcli/installed-package-contents": "^4.0.0",
        "@npmcli/map-workspaces": "^5.0.0",
        "@npmcli/metavuln-calculator": "^9.0.2",
        "@npmcli/name-from-folder": "^4.0.0",
        "@npmcli/node-gyp": "^5.0.0",
        "@npmcli/package-json": "^7.0.0",
        "@npmcli/query": "^5.0.0",
        "@npmcli/redact": "^4.0.0",
        "@npmcli/run-script": "^10.0.0",
        "bin-links": "^6.0.0",
        cacache: "^20.0.1",
        "common-ancestor-path": "^2.0.0",
        "hosted-git-info": "^9.0.0",
        "json-stringify-nice": "^1.1.4",
        "lru-cache": "^11.2.1",
        minimatch: "^10.0.3",
        nopt: "^9.0.0",
        "npm-install-checks": "^8.0.0",
        "npm-package-arg": "^13.0.0",
        "npm-pick-manifest": "^11.0.1",
        "npm-registry-fetch": "^19.0.0",
        pacote: "^21.0.2",
        "parse-conflict-json": "^5.0.1",
        "proc-log": "^6.0.0",
        proggy: "^4.0.0",
        "promise-all-reject-late": "^1.0.0",
        "promise-call-limit": "^3.0.1",
        semver: "^7.3.7",
        ssri: "^13.0.0",
        treeverse: "^3.0.0",
        "walk-up-path": "^4.0.0"
      },
      bin: {
        arborist: "bin/index.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/fs": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/@npmcli/fs/-/fs-5.0.0.tgz",
      integrity: "sha512-7OsC1gNORBEawOa5+j2pXN9vsicaIOH5cPXxoR6fJOmH6/EXpJB2CajXOu1fPRFun2m1lktEFX11+P89hqO/og==",
      license: "ISC",
      dependencies: {
        semver: "^7.3.5"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/git": {
      version: "7.0.2",
      resolved: "https://registry.npmjs.org/@npmcli/git/-/git-7.0.2.tgz",
      integrity: "sha512-oeolHDjExNAJAnlYP2qzNjMX/Xi9bmu78C9dIGr4xjobrSKbuMYCph8lTzn4vnW3NjIqVmw/f8BCfouqyJXlRg==",
      license: "ISC",
      dependencies: {
        "@gar/promise-retry": "^1.0.0",
        "@npmcli/promise-spawn": "^9.0.0",
        ini: "^6.0.0",
        "lru-cache": "^11.2.1",
        "npm-pick-manifest": "^11.0.1",
        "proc-log": "^6.0.0",
        semver: "^7.3.5",
        which: "^6.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/git/node_modules/ini": {
      version: "6.0.0",
      resolved: "https://registry.npmjs.org/ini/-/ini-6.0.0.tgz",
      integrity: "sha512-IBTdIkzZNOpqm7q3dRqJvMaldXjDHWkEDfrwGEQTs5eaQMWV+djAhR+wahyNNMAa+qpbDUhBMVt4ZKNwpPm7xQ==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/git/node_modules/isexe": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/isexe/-/isexe-4.0.0.tgz",
      integrity: "sha512-FFUtZMpoZ8RqHS3XeXEmHWLA4thH+ZxCv2lOiPIn1Xc7CxrqhWzNSDzD+/chS/zbYezmiwWLdQC09JdQKmthOw==",
      license: "BlueOak-1.0.0",
      engines: {
        node: ">=20"
      }
    },
    "node_modules/@npmcli/git/node_modules/which": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/which/-/which-6.0.1.tgz",
      integrity: "sha512-oGLe46MIrCRqX7ytPUf66EAYvdeMIZYn3WaocqqKZAxrBpkqHfL/qvTyJ/bTk5+AqHCjXmrv3CEWgy368zhRUg==",
      license: "ISC",
      dependencies: {
        isexe: "^4.0.0"
      },
      bin: {
        "node-which": "bin/which.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/installed-package-contents": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/@npmcli/installed-package-contents/-/installed-package-contents-4.0.0.tgz",
      integrity: "sha512-yNyAdkBxB72gtZ4GrwXCM0ZUedo9nIbOMKfGjt6Cu6DXf0p8y1PViZAKDC8q8kv/fufx0WTjRBdSlyrvnP7hmA==",
      license: "ISC",
      dependencies: {
        "npm-bundled": "^5.0.0",
        "npm-normalize-package-bin": "^5.0.0"
      },
      bin: {
        "installed-package-contents": "bin/index.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/map-workspaces": {
      version: "5.0.3",
      resolved: "https://registry.npmjs.org/@npmcli/map-workspaces/-/map-workspaces-5.0.3.tgz",
      integrity: "sha512-o2grssXo1e774E5OtEwwrgoszYRh0lqkJH+Pb9r78UcqdGJRDRfhpM8DvZPjzNLLNYeD/rNbjOKM3Ss5UABROw==",
      license: "ISC",
      dependencies: {
        "@npmcli/name-from-folder": "^4.0.0",
        "@npmcli/package-json": "^7.0.0",
        glob: "^13.0.0",
        minimatch: "^10.0.3"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/metavuln-calculator": {
      version: "9.0.3",
      resolved: "https://registry.npmjs.org/@npmcli/metavuln-calculator/-/metavuln-calculator-9.0.3.tgz",
      integrity: "sha512-94GLSYhLXF2t2LAC7pDwLaM4uCARzxShyAQKsirmlNcpidH89VA4/+K1LbJmRMgz5gy65E/QBBWQdUvGLe2Frg==",
      license: "ISC",
      dependencies: {
        cacache: "^20.0.0",
        "json-parse-even-better-errors": "^5.0.0",
        pacote: "^21.0.0",
        "proc-log": "^6.0.0",
        semver: "^7.3.5"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/name-from-folder": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/@npmcli/name-from-folder/-/name-from-folder-4.0.0.tgz",
      integrity: "sha512-qfrhVlOSqmKM8i6rkNdZzABj8MKEITGFAY+4teqBziksCQAOLutiAxM1wY2BKEd8KjUSpWmWCYxvXr0y4VTlPg==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/node-gyp": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/@npmcli/node-gyp/-/node-gyp-5.0.0.tgz",
      integrity: "sha512-uuG5HZFXLfyFKqg8QypsmgLQW7smiRjVc45bqD/ofZZcR/uxEjgQU8qDPv0s9TEeMUiAAU/GC5bR6++UdTirIQ==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/package-json": {
      version: "7.0.5",
      resolved: "https://registry.npmjs.org/@npmcli/package-json/-/package-json-7.0.5.tgz",
      integrity: "sha512-iVuTlG3ORq2iaVa1IWUxAO/jIp77tUKBhoMjuzYW2kL4MLN1bi/ofqkZ7D7OOwh8coAx1/S2ge0rMdGv8sLSOQ==",
      license: "ISC",
      dependencies: {
        "@npmcli/git": "^7.0.0",
        glob: "^13.0.0",
        "hosted-git-info": "^9.0.0",
        "json-parse-even-better-errors": "^5.0.0",
        "proc-log": "^6.0.0",
        semver: "^7.5.3",
        "spdx-expression-parse": "^4.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/promise-spawn": {
      version: "9.0.1",
      resolved: "https://registry.npmjs.org/@npmcli/promise-spawn/-/promise-spawn-9.0.1.tgz",
      integrity: "sha512-OLUaoqBuyxeTqUvjA3FZFiXUfYC1alp3Sa99gW3EUDz3tZ3CbXDdcZ7qWKBzicrJleIgucoWamWH1saAmH/l2Q==",
      license: "ISC",
      dependencies: {
        which: "^6.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/promise-spawn/node_modules/isexe": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/isexe/-/isexe-4.0.0.tgz",
      integrity: "sha512-FFUtZMpoZ8RqHS3XeXEmHWLA4thH+ZxCv2lOiPIn1Xc7CxrqhWzNSDzD+/chS/zbYezmiwWLdQC09JdQKmthOw==",
      license: "BlueOak-1.0.0",
      engines: {
        node: ">=20"
      }
    },
    "node_modules/@npmcli/promise-spawn/node_modules/which": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/which/-/which-6.0.1.tgz",
      integrity: "sha512-oGLe46MIrCRqX7ytPUf66EAYvdeMIZYn3WaocqqKZAxrBpkqHfL/qvTyJ/bTk5+AqHCjXmrv3CEWgy368zhRUg==",
      license: "ISC",
      dependencies: {
        isexe: "^4.0.0"
      },
      bin: {
        "node-which": "bin/which.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/query": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/@npmcli/query/-/query-5.0.0.tgz",
      integrity: "sha512-8TZWfTQOsODpLqo9SVhVjHovmKXNpevHU0gO9e+y4V4fRIOneiXy0u0sMP9LmS71XivrEWfZWg50ReH4WRT4aQ==",
      license: "ISC",
      dependencies: {
        "postcss-selector-parser": "^7.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/redact": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/@npmcli/redact/-/redact-4.0.0.tgz",
      integrity: "sha512-gOBg5YHMfZy+TfHArfVogwgfBeQnKbbGo3pSUyK/gSI0AVu+pEiDVcKlQb0D8Mg1LNRZILZ6XG8I5dJ4KuAd9Q==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@npmcli/run-script": {
      version: "10.0.4",
      resolved: "https://registry.npmjs.org/@npmcli/run-script/-/run-script-10.0.4.tgz",
      integrity: "sha512-mGUWr1uMnf0le2TwfOZY4SFxZGXGfm4Jtay/nwAa2FLNAKXUoUwaGwBMNH36UHPtinWfTSJ3nqFQr0091CxVGg==",
      license: "ISC",
      dependencies: {
        "@npmcli/node-gyp": "^5.0.0",
        "@npmcli/package-json": "^7.0.0",
        "@npmcli/promise-spawn": "^9.0.0",
        "node-gyp": "^12.1.0",
        "proc-log": "^6.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@octokit/auth-token": {
      version: "5.1.2",
      resolved: "https://registry.npmjs.org/@octokit/auth-token/-/auth-token-5.1.2.tgz",
      integrity: "sha512-JcQDsBdg49Yky2w2ld20IHAlwr8d/d8N6NiOXbtuoPCqzbsiJgF633mVUw3x4mo0H5ypataQIX7SFu3yy44Mpw==",
      license: "MIT",
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/@octokit/core": {
      version: "6.1.6",
      resolved: "https://registry.npmjs.org/@octokit/core/-/core-6.1.6.tgz",
      integrity: "sha512-kIU8SLQkYWGp3pVKiYzA5OSaNF5EE03P/R8zEmmrG6XwOg5oBjXyQVVIauQ0dgau4zYhpZEhJrvIYt6oM+zZZA==",
      license: "MIT",
      dependencies: {
        "@octokit/auth-token": "^5.0.0",
        "@octokit/graphql": "^8.2.2",
        "@octokit/request": "^9.2.3",
        "@octokit/request-error": "^6.1.8",
        "@octokit/types": "^14.0.0",
        "before-after-hook": "^3.0.2",
        "universal-user-agent": "^7.0.0"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/@octokit/endpoint": {
      version: "10.1.4",
      resolved: "https://registry.npmjs.org/@octokit/endpoint/-/endpoint-10.1.4.tgz",
      integrity: "sha512-OlYOlZIsfEVZm5HCSR8aSg02T2lbUWOsCQoPKfTXJwDzcHQBrVBGdGXb89dv2Kw2ToZaRtudp8O3ZIYoaOjKlA==",
      license: "MIT",
      dependencies: {
        "@octokit/types": "^14.0.0",
        "universal-user-agent": "^7.0.2"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/@octokit/graphql": {
      version: "8.2.2",
      resolved: "https://registry.npmjs.org/@octokit/graphql/-/graphql-8.2.2.tgz",
      integrity: "sha512-Yi8hcoqsrXGdt0yObxbebHXFOiUA+2v3n53epuOg1QUgOB6c4XzvisBNVXJSl8RYA5KrDuSL2yq9Qmqe5N0ryA==",
      license: "MIT",
      dependencies: {
        "@octokit/request": "^9.2.3",
        "@octokit/types": "^14.0.0",
        "universal-user-agent": "^7.0.0"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/@octokit/openapi-types": {
      version: "25.1.0",
      resolved: "https://registry.npmjs.org/@octokit/openapi-types/-/openapi-types-25.1.0.tgz",
      integrity: "sha512-idsIggNXUKkk0+BExUn1dQ92sfysJrje03Q0bv0e+KPLrvyqZF8MnBpFz8UNfYDwB3Ie7Z0TByjWfzxt7vseaA==",
      license: "MIT"
    },
    "node_modules/@octokit/plugin-paginate-rest": {
      version: "11.6.0",
      resolved: "https://registry.npmjs.org/@octokit/plugin-paginate-rest/-/plugin-paginate-rest-11.6.0.tgz",
      integrity: "sha512-n5KPteiF7pWKgBIBJSk8qzoZWcUkza2O6A0za97pMGVrGfPdltxrfmfF5GucHYvHGZD8BdaZmmHGz5cX/3gdpw==",
      license: "MIT",
      dependencies: {
        "@octokit/types": "^13.10.0"
      },
      engines: {
        node: ">= 18"
      },
      peerDependencies: {
        "@octokit/core": ">=6"
      }
    },
    "node_modules/@octokit/plugin-paginate-rest/node_modules/@octokit/openapi-types": {
      version: "24.2.0",
      resolved: "https://registry.npmjs.org/@octokit/openapi-types/-/openapi-types-24.2.0.tgz",
      integrity: "sha512-9sIH3nSUttelJSXUrmGzl7QUBFul0/mB8HRYl3fOlgHbIWG+WnYDXU3v/2zMtAvuzZ/ed00Ei6on975FhBfzrg==",
      license: "MIT"
    },
    "node_modules/@octokit/plugin-paginate-rest/node_modules/@octokit/types": {
      version: "13.10.0",
      resolved: "https://registry.npmjs.org/@octokit/types/-/types-13.10.0.tgz",
      integrity: "sha512-ifLaO34EbbPj0Xgro4G5lP5asESjwHracYJvVaPIyXMuiuXLlhic3S47cBdTb+jfODkTE5YtGCLt3Ay3+J97sA==",
      license: "MIT",
      dependencies: {
        "@octokit/openapi-types": "^24.2.0"
      }
    },
    "node_modules/@octokit/plugin-request-log": {
      version: "5.3.1",
      resolved: "https://registry.npmjs.org/@octokit/plugin-request-log/-/plugin-request-log-5.3.1.tgz",
      integrity: "sha512-n/lNeCtq+9ofhC15xzmJCNKP2BWTv8Ih2TTy+jatNCCq/gQP/V7rK3fjIfuz0pDWDALO/o/4QY4hyOF6TQQFUw==",
      license: "MIT",
      engines: {
        node: ">= 18"
      },
      peerDependencies: {
        "@octokit/core": ">=6"
      }
    },
    "node_modules/@octokit/plugin-rest-endpoint-methods": {
      version: "13.5.0",
      resolved: "https://registry.npmjs.org/@octokit/plugin-rest-endpoint-methods/-/plugin-rest-endpoint-methods-13.5.0.tgz",
      integrity: "sha512-9Pas60Iv9ejO3WlAX3maE1+38c5nqbJXV5GrncEfkndIpZrJ/WPMRd2xYDcPPEt5yzpxcjw9fWNoPhsSGzqKqw==",
      license: "MIT",
      dependencies: {
        "@octokit/types": "^13.10.0"
      },
      engines: {
        node: ">= 18"
      },
      peerDependencies: {
        "@octokit/core": ">=6"
      }
    },
    "node_modules/@octokit/plugin-rest-endpoint-methods/node_modules/@octokit/openapi-types": {
      version: "24.2.0",
      resolved: "https://registry.npmjs.org/@octokit/openapi-types/-/openapi-types-24.2.0.tgz",
      integrity: "sha512-9sIH3nSUttelJSXUrmGzl7QUBFul0/mB8HRYl3fOlgHbIWG+WnYDXU3v/2zMtAvuzZ/ed00Ei6on975FhBfzrg==",
      license: "MIT"
    },
    "node_modules/@octokit/plugin-rest-endpoint-methods/node_modules/@octokit/types": {
      version: "13.10.0",
      resolved: "https://registry.npmjs.org/@octokit/types/-/types-13.10.0.tgz",
      integrity: "sha512-ifLaO34EbbPj0Xgro4G5lP5asESjwHracYJvVaPIyXMuiuXLlhic3S47cBdTb+jfODkTE5YtGCLt3Ay3+J97sA==",
      license: "MIT",
      dependencies: {
        "@octokit/openapi-types": "^24.2.0"
      }
    },
    "node_modules/@octokit/request": {
      version: "9.2.4",
      resolved: "https://registry.npmjs.org/@octokit/request/-/request-9.2.4.tgz",
      integrity: "sha512-q8ybdytBmxa6KogWlNa818r0k1wlqzNC+yNkcQDECHvQo8Vmstrg18JwqJHdJdUiHD2sjlwBgSm9kHkOKe2iyA==",
      license: "MIT",
      dependencies: {
        "@octokit/endpoint": "^10.1.4",
        "@octokit/request-error": "^6.1.8",
        "@octokit/types": "^14.0.0",
        "fast-content-type-parse": "^2.0.0",
        "universal-user-agent": "^7.0.2"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/@octokit/request-error": {
      version: "6.1.8",
      resolved: "https://registry.npmjs.org/@octokit/request-error/-/request-error-6.1.8.tgz",
      integrity: "sha512-WEi/R0Jmq+IJKydWlKDmryPcmdYSVjL3ekaiEL1L9eo1sUnqMJ+grqmC9cjk7CA7+b2/T397tO5d8YLOH3qYpQ==",
      license: "MIT",
      dependencies: {
        "@octokit/types": "^14.0.0"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/@octokit/rest": {
      version: "21.1.1",
      resolved: "https://registry.npmjs.org/@octokit/rest/-/rest-21.1.1.tgz",
      integrity: "sha512-sTQV7va0IUVZcntzy1q3QqPm/r8rWtDCqpRAmb8eXXnKkjoQEtFe3Nt5GTVsHft+R6jJoHeSiVLcgcvhtue/rg==",
      license: "MIT",
      dependencies: {
        "@octokit/core": "^6.1.4",
        "@octokit/plugin-paginate-rest": "^11.4.2",
        "@octokit/plugin-request-log": "^5.3.1",
        "@octokit/plugin-rest-endpoint-methods": "^13.3.0"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/@octokit/types": {
      version: "14.1.0",
      resolved: "https://registry.npmjs.org/@octokit/types/-/types-14.1.0.tgz",
      integrity: "sha512-1y6DgTy8Jomcpu33N+p5w58l6xyt55Ar2I91RPiIA0xCJBXyUAhXCcmZaDWSANiha7R9a6qJJ2CRomGPZ6f46g==",
      license: "MIT",
      dependencies: {
        "@octokit/openapi-types": "^25.1.0"
      }
    },
    "node_modules/@platformos/liquid-html-parser": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/@platformos/liquid-html-parser/-/liquid-html-parser-0.1.0.tgz",
      integrity: "sha512-q3O5BSEDkydBsXnwrDJ56A/x1ab0DpPPQZRLD6ZW4qpRwZ7TFR2HGgoBYEhc4lfi7T+zb4DzlONX057Vpbndaw==",
      license: "MIT",
      dependencies: {
        "line-column": "^1.0.2",
        "ohm-js": "^17.5.0"
      }
    },
    "node_modules/@platformos/platformos-check-common": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-check-common/-/platformos-check-common-1.0.0.tgz",
      integrity: "sha512-CDUooXAGDoZ50ao572Hlh83KTGC+yc+ZClVNE5LX2QHLuQ8pCQyuYlzeGlq3+cx5qd5l/r7SWnKO/O5LCT6GCg==",
      license: "MIT",
      dependencies: {
        "@platformos/liquid-html-parser": "0.1.0",
        "@platformos/platformos-common": "0.1.0",
        graphql: "^16.12.0",
        "js-yaml": "^4.1.1",
        "jsonc-parser": "^3.3.1",
        "line-column": "^1.0.2",
        lodash: "^4.17.23",
        minimatch: "^10.2.2",
        "vscode-uri": "^3.1.0",
        yaml: "^2.8.2"
      }
    },
    "node_modules/@platformos/platformos-check-docs-updater": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-check-docs-updater/-/platformos-check-docs-updater-1.0.0.tgz",
      integrity: "sha512-p5UUdCh7bL6LJHMV/d6GdYQQAaVPkYYTWJRwNM06Ry17ROqgleqZkNfz/9zHUB5DrcwCkOa3vm76/2ug2ZKM0g==",
      license: "MIT",
      dependencies: {
        "@platformos/platformos-check-common": "1.0.0",
        "env-paths": "^2.2.1",
        he: "^1.2.0"
      },
      bin: {
        "theme-docs": "scripts/cli.js"
      }
    },
    "node_modules/@platformos/platformos-check-node": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-check-node/-/platformos-check-node-1.0.0.tgz",
      integrity: "sha512-Ex8VosocMrD3Qp4edBa2+g5e2xzgtSPEQi7Jtx6s0wP+SIbDfQm/4xvtzrMVAeAkVXnRmGpzxHCCFtqshrHpYg==",
      license: "MIT",
      dependencies: {
        "@platformos/liquid-html-parser": "0.1.0",
        "@platformos/platformos-check-common": "1.0.0",
        "@platformos/platformos-check-docs-updater": "1.0.0",
        "@platformos/platformos-common": "0.1.0",
        glob: "^13.0.0",
        "vscode-uri": "^3.1.0",
        yaml: "^2.8.2"
      }
    },
    "node_modules/@platformos/platformos-common": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-common/-/platformos-common-0.1.0.tgz",
      integrity: "sha512-ZTQn+NsHDaS82JnO9Pqt1XB5FGkP5HXI0DVofpWmU+yDM4btXDlUowi06W0PlRq2LlVdeP0gYfPhliCl2Oyrjg==",
      license: "MIT",
      dependencies: {
        graphql: "^16.12.0",
        "js-yaml": "^4.1.1",
        "vscode-uri": "^3.1.0"
      }
    },
    "node_modules/@platformos/platformos-graph": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-graph/-/platformos-graph-0.1.0.tgz",
      integrity: "sha512-msGQsiXv/pn3/o0rhmf9I60dHUFH+v8H3ISDlfE2JsgZZ7uecpD/+Gz821C/Z4ePiUwZMZ6QScQGBB+0+JwVFw==",
      license: "MIT",
      dependencies: {
        "@platformos/liquid-html-parser": "^0.1.0",
        "@platformos/platformos-check-common": "1.0.0",
        "@platformos/platformos-common": "0.1.0",
        acorn: "^8.16.0",
        "js-yaml": "^4.1.1",
        "vscode-uri": "^3.1.0"
      },
      bin: {
        "platformos-graph": "bin/platformos-graph"
      }
    },
    "node_modules/@platformos/platformos-language-server-common": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-language-server-common/-/platformos-language-server-common-0.1.0.tgz",
      integrity: "sha512-jsAe3ntddKTUaKrE6i3tTRRANW0vzVfh6nJLKv8ntEWp8YkrRATU1FeJs/RhGDycCKJ2gQZldm7tCkGlj7ukNQ==",
      license: "MIT",
      dependencies: {
        "@platformos/liquid-html-parser": "^0.1.0",
        "@platformos/platformos-check-common": "1.0.0",
        "@platformos/platformos-common": "0.1.0",
        "@platformos/platformos-graph": "0.1.0",
        "@vscode/web-custom-data": "^0.4.6",
        graphql: "^16.12.0",
        "graphql-language-service": "^5.2.2",
        "vscode-css-languageservice": "^6.3.9",
        "vscode-json-languageservice": "^5.7.1",
        "vscode-languageserver": "^9.0.1",
        "vscode-languageserver-textdocument": "^1.0.12",
        "vscode-uri": "^3.1.0"
      }
    },
    "node_modules/@platformos/platformos-language-server-node": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-language-server-node/-/platformos-language-server-node-0.1.0.tgz",
      integrity: "sha512-9eUoua6rSkIpJ3Crgeb2V9MSGc3yGNJWxBGHiOy/Rq5zha7K01PWCaATs6QW9CIb3oTbBgeUMu66WR6ID/WOdg==",
      license: "MIT",
      dependencies: {
        "@platformos/platformos-check-docs-updater": "1.0.0",
        "@platformos/platformos-check-node": "1.0.0",
        "@platformos/platformos-common": "0.1.0",
        "@platformos/platformos-language-server-common": "0.1.0",
        glob: "^13.0.0",
        "vscode-languageserver": "^9.0.1",
        "vscode-uri": "^3.1.0"
      }
    },
    "node_modules/@platformos/platformos-mcp-supervisor": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/@platformos/platformos-mcp-supervisor/-/platformos-mcp-supervisor-0.1.0.tgz",
      integrity: "sha512-7etJU16i5SQFpNqrMTwgydfkhGQ9EmdOytEB6Lc4bcKOsiNEqRwmQFyrkpE1cnYHAhmDRAaGaHadA15IhjZ3yw==",
      license: "MIT",
      dependencies: {
        "@modelcontextprotocol/sdk": "^1.29.0",
        "@platformos/liquid-html-parser": "0.1.0",
        "@platformos/platformos-check-common": "1.0.0",
        "@platformos/platformos-check-node": "1.0.0",
        "@platformos/platformos-common": "0.1.0",
        "@platformos/platformos-graph": "0.1.0",
        "@platformos/platformos-language-server-common": "0.1.0",
        zod: "^3.23.8"
      },
      bin: {
        "platformos-mcp-supervisor": "dist/bin/platformos-mcp-supervisor.js"
      }
    },
    "node_modules/@pnpm/config.env-replace": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/@pnpm/config.env-replace/-/config.env-replace-1.1.0.tgz",
      integrity: "sha512-htyl8TWnKL7K/ESFa1oW2UB5lVDxuF5DpM7tBi6Hu2LNL3mWkIzNLG6N4zoCUP1lCKNxWy/3iu8mS8MvToGd6w==",
      license: "MIT",
      engines: {
        node: ">=12.22.0"
      }
    },
    "node_modules/@pnpm/network.ca-file": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/@pnpm/network.ca-file/-/network.ca-file-1.0.2.tgz",
      integrity: "sha512-YcPQ8a0jwYU9bTdJDpXjMi7Brhkr1mXsXrUJvjqM2mQDgkRiz8jFaQGOdaLxgjtUfQgZhKy/O3cG/YwmgKaxLA==",
      license: "MIT",
      dependencies: {
        "graceful-fs": "4.2.10"
      },
      engines: {
        node: ">=12.22.0"
      }
    },
    "node_modules/@pnpm/network.ca-file/node_modules/graceful-fs": {
      version: "4.2.10",
      resolved: "https://registry.npmjs.org/graceful-fs/-/graceful-fs-4.2.10.tgz",
      integrity: "sha512-9ByhssR2fPVsNZj478qUUbKfmL0+t5BDVyjShtyZZLiK7ZDAArFFfopyOTj0M05wE2tJPisA4iTnnXl2YoPvOA==",
      license: "ISC"
    },
    "node_modules/@pnpm/npm-conf": {
      version: "3.0.3",
      resolved: "https://registry.npmjs.org/@pnpm/npm-conf/-/npm-conf-3.0.3.tgz",
      integrity: "sha512-//0sR/cow/s4ICQaYoAobOl4aU8cjU6x/V24V7XkKotb9+O+3zySIYp146vpaobYHnxa4pZX8NkV54Z5AwbDKA==",
      license: "MIT",
      dependencies: {
        "@pnpm/config.env-replace": "^1.1.0",
        "@pnpm/network.ca-file": "^1.0.1",
        "config-chain": "^1.1.11"
      },
      engines: {
        node: ">=12"
      }
    },
    "node_modules/@sec-ant/readable-stream": {
      version: "0.4.1",
      resolved: "https://registry.npmjs.org/@sec-ant/readable-stream/-/readable-stream-0.4.1.tgz",
      integrity: "sha512-831qok9r2t8AlxLko40y2ebgSDhenenCatLVeW/uBtnHPyhHOvG0C7TvfgecV+wHzIm5KUICgzmVpWS+IMEAeg==",
      license: "MIT"
    },
    "node_modules/@sigstore/bundle": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/@sigstore/bundle/-/bundle-4.0.0.tgz",
      integrity: "sha512-NwCl5Y0V6Di0NexvkTqdoVfmjTaQwoLM236r89KEojGmq/jMls8S+zb7yOwAPdXvbwfKDlP+lmXgAL4vKSQT+A==",
      license: "Apache-2.0",
      dependencies: {
        "@sigstore/protobuf-specs": "^0.5.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@sigstore/core": {
      version: "3.2.1",
      resolved: "https://registry.npmjs.org/@sigstore/core/-/core-3.2.1.tgz",
      integrity: "sha512-qRsxPnCrbC/puegGxKuynfnxgLiHqWStrSjxkoB4YKqq3Z3s4cyZyj42ZdWFAEblNP65C+rBH8EuREHIXoi83g==",
      license: "Apache-2.0",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@sigstore/protobuf-specs": {
      version: "0.5.1",
      resolved: "https://registry.npmjs.org/@sigstore/protobuf-specs/-/protobuf-specs-0.5.1.tgz",
      integrity: "sha512-/ScWUhhoFasJsSRGTVBwId1loQjjnjAfE4djL6ZhrXRpNCmPTnUKF5Jokd58ILseOMjzET3UrMOtJPS9sYeI0g==",
      license: "Apache-2.0",
      engines: {
        node: "^18.17.0 || >=20.5.0"
      }
    },
    "node_modules/@sigstore/sign": {
      version: "4.1.1",
      resolved: "https://registry.npmjs.org/@sigstore/sign/-/sign-4.1.1.tgz",
      integrity: "sha512-Hf4xglukg0XXQ2RiD5vSoLjdPe8OBUPA8XeVjUObheuDcWdYWrnH/BNmxZCzkAy68MzmNCxXLeurJvs6hcP2OQ==",
      license: "Apache-2.0",
      dependencies: {
        "@gar/promise-retry": "^1.0.2",
        "@sigstore/bundle": "^4.0.0",
        "@sigstore/core": "^3.2.0",
        "@sigstore/protobuf-specs": "^0.5.0",
        "make-fetch-happen": "^15.0.4",
        "proc-log": "^6.1.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@sigstore/tuf": {
      version: "4.0.2",
      resolved: "https://registry.npmjs.org/@sigstore/tuf/-/tuf-4.0.2.tgz",
      integrity: "sha512-TCAzTy0xzdP79EnxSjq9KQ3eaR7+FmudLC6eRKknVKZbV7ZNlGLClAAQb/HMNJ5n2OBNk2GT1tEmU0xuPr+SLQ==",
      license: "Apache-2.0",
      dependencies: {
        "@sigstore/protobuf-specs": "^0.5.0",
        "tuf-js": "^4.1.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@sigstore/verify": {
      version: "3.1.1",
      resolved: "https://registry.npmjs.org/@sigstore/verify/-/verify-3.1.1.tgz",
      integrity: "sha512-qv7+G3J2cc6wwFj3yKvXOamzqhMwSk1ogPGmhpS8iXllcPrJaIIBA+4HbttlHVu1pqWTdmaCH/WE7UOC51kdoA==",
      license: "Apache-2.0",
      dependencies: {
        "@sigstore/bundle": "^4.0.0",
        "@sigstore/core": "^3.2.1",
        "@sigstore/protobuf-specs": "^0.5.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@simple-git/args-pathspec": {
      version: "1.0.3",
      resolved: "https://registry.npmjs.org/@simple-git/args-pathspec/-/args-pathspec-1.0.3.tgz",
      integrity: "sha512-ngJMaHlsWDTfjyq9F3VIQ8b7NXbBLq5j9i5bJ6XLYtD6qlDXT7fdKY2KscWWUF8t18xx052Y/PUO1K1TRc9yKA==",
      license: "MIT"
    },
    "node_modules/@simple-git/argv-parser": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/@simple-git/argv-parser/-/argv-parser-1.1.1.tgz",
      integrity: "sha512-Q9lBcfQ+VQCpQqGJFHe5yooOS5hGdLFFbJ5R+R5aDsnkPCahtn1hSkMcORX65J2Z5lxSkD0lQorMsncuBQxYUw==",
      license: "MIT",
      dependencies: {
        "@simple-git/args-pathspec": "^1.0.3"
      }
    },
    "node_modules/@sindresorhus/merge-streams": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/@sindresorhus/merge-streams/-/merge-streams-4.0.0.tgz",
      integrity: "sha512-tlqY9xq5ukxTUZBmoOp+m61cqwQD5pHJtFY3Mn8CA8ps6yghLH/Hw8UPdqg4OLmFW3IFlcXnQNmo/dh8HzXYIQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/@tufjs/canonical-json": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/@tufjs/canonical-json/-/canonical-json-2.0.0.tgz",
      integrity: "sha512-yVtV8zsdo8qFHe+/3kw81dSLyF7D576A5cCFCi4X7B39tWT7SekaEFUnvnWJHz+9qO7qJTah1JbrDjWKqFtdWA==",
      license: "MIT",
      engines: {
        node: "^16.14.0 || >=18.0.0"
      }
    },
    "node_modules/@tufjs/models": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/@tufjs/models/-/models-4.1.0.tgz",
      integrity: "sha512-Y8cK9aggNRsqJVaKUlEYs4s7CvQ1b1ta2DVPyAimb0I2qhzjNk+A+mxvll/klL0RlfuIUei8BF7YWiua4kQqww==",
      license: "MIT",
      dependencies: {
        "@tufjs/canonical-json": "2.0.0",
        minimatch: "^10.1.1"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/@types/ejs": {
      version: "3.1.5",
      resolved: "https://registry.npmjs.org/@types/ejs/-/ejs-3.1.5.tgz",
      integrity: "sha512-nv+GSx77ZtXiJzwKdsASqi+YQ5Z7vwHsTP0JY2SiQgjGckkBRKZnk8nIM+7oUZ1VCtuTz0+By4qVR7fqzp/Dfg==",
      license: "MIT"
    },
    "node_modules/@types/expect": {
      version: "1.20.4",
      resolved: "https://registry.npmjs.org/@types/expect/-/expect-1.20.4.tgz",
      integrity: "sha512-Q5Vn3yjTDyCMV50TB6VRIbQNxSE4OmZR86VSbGaNpfUolm0iePBB4KdEEHmxoY5sT2+2DIvXW0rvMDP2nHZ4Mg==",
      license: "MIT"
    },
    "node_modules/@types/lodash": {
      version: "4.17.24",
      resolved: "https://registry.npmjs.org/@types/lodash/-/lodash-4.17.24.tgz",
      integrity: "sha512-gIW7lQLZbue7lRSWEFql49QJJWThrTFFeIMJdp3eH4tKoxm1OvEPg02rm4wCCSHS0cL3/Fizimb35b7k8atwsQ==",
      license: "MIT"
    },
    "node_modules/@types/lodash-es": {
      version: "4.17.12",
      resolved: "https://registry.npmjs.org/@types/lodash-es/-/lodash-es-4.17.12.tgz",
      integrity: "sha512-0NgftHUcV4v34VhXm8QBSftKVXtbkBG3ViCjs6+eJ5a6y6Mi/jiFGPc1sC7QK+9BFhWrURE3EOggmWaSxL9OzQ==",
      license: "MIT",
      dependencies: {
        "@types/lodash": "*"
      }
    },
    "node_modules/@types/node": {
      version: "26.1.1",
      resolved: "https://registry.npmjs.org/@types/node/-/node-26.1.1.tgz",
      integrity: "sha512-nxAkRSVkN1Y0JC1W8ky/fTfkGsMmcrRsbx+3XoZE+rMOX71kLYTV7fLXpqud1GpbpP5TuffXFqfX7fH2GgZREw==",
      license: "MIT",
      dependencies: {
        "undici-types": "~8.3.0"
      }
    },
    "node_modules/@types/normalize-package-data": {
      version: "2.4.4",
      resolved: "https://registry.npmjs.org/@types/normalize-package-data/-/normalize-package-data-2.4.4.tgz",
      integrity: "sha512-37i+OaWTh9qeK4LSHPsyRC7NahnGotNuZvjLSgcPzblpHB3rrCJxAOgI5gCdKm7coonsaX1Of0ILiTcnZjbfxA==",
      license: "MIT"
    },
    "node_modules/@types/picomatch": {
      version: "4.0.3",
      resolved: "https://registry.npmjs.org/@types/picomatch/-/picomatch-4.0.3.tgz",
      integrity: "sha512-iG0T6+nYJ9FAPmx9SsUlnwcq1ZVRuCXcVEvWnntoPlrOpwtSTKNDC9uVAxTsC3PUvJ+99n4RpAcNgBbHX3JSnQ==",
      license: "MIT"
    },
    "node_modules/@types/vinyl": {
      version: "2.0.12",
      resolved: "https://registry.npmjs.org/@types/vinyl/-/vinyl-2.0.12.tgz",
      integrity: "sha512-Sr2fYMBUVGYq8kj3UthXFAu5UN6ZW+rYr4NACjZQJvHvj+c8lYv0CahmZ2P/r7iUkN44gGUBwqxZkrKXYPb7cw==",
      license: "MIT",
      dependencies: {
        "@types/expect": "^1.20.4",
        "@types/node": "*"
      }
    },
    "node_modules/@vscode/l10n": {
      version: "0.0.18",
      resolved: "https://registry.npmjs.org/@vscode/l10n/-/l10n-0.0.18.tgz",
      integrity: "sha512-KYSIHVmslkaCDyw013pphY+d7x1qV8IZupYfeIfzNA+nsaWHbn5uPuQRvdRFsa9zFzGeudPuoGoZ1Op4jrJXIQ==",
      license: "MIT"
    },
    "node_modules/@vscode/web-custom-data": {
      version: "0.4.13",
      resolved: "https://registry.npmjs.org/@vscode/web-custom-data/-/web-custom-data-0.4.13.tgz",
      integrity: "sha512-2ZUIRfhofZ/npLlf872EBnPmn27Kt4M2UssmQIfnJvgGgMYZJ5fvtHEDnttBBf2hnVtBgNCqZMVHJA+wsFVqTA==",
      license: "MIT"
    },
    "node_modules/@yeoman/adapter": {
      version: "4.0.2",
      resolved: "https://registry.npmjs.org/@yeoman/adapter/-/adapter-4.0.2.tgz",
      integrity: "sha512-4uttbNuZ/guMBRhf7R6TCfnLT6XY1HGpxsq6vpHRM3AVr5G6Qz7xXqxG2kdMzBGtIuH5CkXz0k/Byl27GsvIkg==",
      license: "MIT",
      dependencies: {
        "@inquirer/core": "^11.1.5",
        "@inquirer/prompts": "^8.3.0",
        chalk: "^5.6.2",
        inquirer: "^13.3.0",
        "log-symbols": "^7.0.1",
        ora: "^9.3.0",
        "p-queue": "^9.1.0",
        "text-table": "^0.2.0"
      },
      engines: {
        node: "20 || >=22"
      }
    },
    "node_modules/@yeoman/conflicter": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/@yeoman/conflicter/-/conflicter-4.1.0.tgz",
      integrity: "sha512-Py62rJdWHf1zMpf801Ql7kg+sbUeVmvfmZf++mgA1SOk/uByLIfcXUMDzQPSHkW4Y7I2yVWLKZATRGjoczXVFQ==",
      license: "MIT",
      dependencies: {
        "@yeoman/transform": "^2.1.1",
        "binary-extensions": "^3.1.0",
        "cli-table": "^0.3.11",
        dateformat: "^5.0.3",
        diff: "^9.0.0",
        isbinaryfile: "^5.0.4",
        "mem-fs-editor": "^12.0.4",
        minimatch: "^10.2.5",
        "p-transform": "^5.0.1",
        "pretty-bytes": "^7.1.0",
        slash: "^5.1.0",
        textextensions: "^6.11.0"
      },
      acceptDependencies: {
        isbinaryfile: "^6.0.0"
      },
      engines: {
        node: "20 || >=22"
      },
      peerDependencies: {
        "@types/node": ">=20.14.8",
        "@yeoman/types": "^1.0.0",
        "mem-fs": "^4.0.0"
      }
    },
    "node_modules/@yeoman/conflicter/node_modules/ejs": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/ejs/-/ejs-6.0.1.tgz",
      integrity: "sha512-UaaM14yby8U3k02ihS1Bmj5Kz2d7CCQM1scxpgs4Mhkq8F1wR2gl3+Ts4h5Ne4Mnt7M9m4Dw7jsuMr3+xO4vZA==",
      license: "Apache-2.0",
      bin: {
        ejs: "bin/cli.js"
      },
      engines: {
        node: ">=0.12.18"
      }
    },
    "node_modules/@yeoman/conflicter/node_modules/mem-fs-editor": {
      version: "12.0.6",
      resolved: "https://registry.npmjs.org/mem-fs-editor/-/mem-fs-editor-12.0.6.tgz",
      integrity: "sha512-I8SCe5xl6kVaoiJTJg33aW/s5wsvjG61kXy3TzH17tr8ZfgkBZFDTBQqwcZMSKx7VBAYgQFJEj3f38qXIWE44Q==",
      license: "MIT",
      dependencies: {
        "@types/ejs": "^3.1.5",
        "@types/picomatch": "^4.0.2",
        binaryextensions: "^6.11.0",
        commondir: "^1.0.0",
        debug: "^4.4.3",
        "deep-extend": "^0.6.0",
        ejs: "^6.0.1",
        isbinaryfile: "5.0.7",
        minimatch: "^10.2.5",
        multimatch: "^8.0.0",
        "normalize-path": "^3.0.0",
        textextensions: "^6.11.0",
        tinyglobby: "^0.2.15",
        vinyl: "^3.0.1"
      },
      engines: {
        node: "20 || >=22"
      },
      peerDependencies: {
        "@types/node": ">=20",
        "mem-fs": "^4.0.0"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/@yeoman/conflicter/node_modules/multimatch": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/multimatch/-/multimatch-8.0.0.tgz",
      integrity: "sha512-0D10M2/MnEyvoog7tmozlpSqL3HEU1evxUFa3v1dsKYmBDFSP1dLSX4CH2rNjpQ+4Fps8GKmUkCwiKryaKqd9A==",
      license: "MIT",
      dependencies: {
        "array-differ": "^4.0.0",
        "array-union": "^3.0.1",
        minimatch: "^10.2.2"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/@yeoman/namespace": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/@yeoman/namespace/-/namespace-1.0.1.tgz",
      integrity: "sha512-XGdYL0HCoPvrzW7T8bxD6RbCY/B8uvR2jpOzJc/yEwTueKHwoVhjSLjVXkokQAO0LNl8nQFLVZ1aKfr2eFWZeA==",
      license: "MIT",
      engines: {
        node: "^16.13.0 || >=18.12.0"
      }
    },
    "node_modules/@yeoman/transform": {
      version: "2.1.2",
      resolved: "https://registry.npmjs.org/@yeoman/transform/-/transform-2.1.2.tgz",
      integrity: "sha512-LdPNm5Moc+Z8l2YeQ0IzsybXoV531o7RmGJB8lpFr8SjtqqGkT2bZYlS1LftPpCcPJ//yE0MbI/fPGh1WWlabg==",
      license: "MIT",
      dependencies: {
        minimatch: "^9.0.9"
      },
      acceptDependencies: {
        minimatch: "^10.2.5"
      },
      engines: {
        node: ">=18.19.0"
      },
      peerDependencies: {
        "@types/node": ">=18.19.44"
      }
    },
    "node_modules/@yeoman/types": {
      version: "1.11.1",
      resolved: "https://registry.npmjs.org/@yeoman/types/-/types-1.11.1.tgz",
      integrity: "sha512-27CI5hHQAHfq8ohYILmLNzClbdzBJzu+ny9AzUVV6naJO0l4/+t+67QDKlwQvt+TW3oE5j74I/Mh4Kn14rsVXA==",
      license: "MIT",
      engines: {
        node: "^16.13.0 || >=18.12.0"
      },
      peerDependencies: {
        "@types/node": ">=16.18.26",
        "@yeoman/adapter": "^1.6.0 || ^2.0.0-beta.0 || ^3.0.0 || ^4.0.0",
        "mem-fs": "^3.0.0 || ^4.0.0-beta.1"
      },
      peerDependenciesMeta: {
        "@yeoman/adapter": {
          optional: true
        },
        "mem-fs": {
          optional: true
        }
      }
    },
    "node_modules/abbrev": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/abbrev/-/abbrev-4.0.0.tgz",
      integrity: "sha512-a1wflyaL0tHtJSmLSOVybYhy22vRih4eduhhrkcjgrWGnRfrZtovJ2FRjxuTtkkj47O/baf0R86QU5OuYpz8fA==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/accepts": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/accepts/-/accepts-2.0.0.tgz",
      integrity: "sha512-5cvg6CtKwfgdmVqY1WIiXKc3Q1bkRqGLi+2W/6ao+6Y7gu/RCwRuAhGEzh5B4KlszSuTLgZYuqFqo5bImjNKng==",
      license: "MIT",
      dependencies: {
        "mime-types": "^3.0.0",
        negotiator: "^1.0.0"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/acorn": {
      version: "8.18.0",
      resolved: "https://registry.npmjs.org/acorn/-/acorn-8.18.0.tgz",
      integrity: "sha512-lGq+9yr1/GuAWaVYIHRjvvySG5/4VfKIvC8EWxStPdcDh/Ka7FG3twP6v4d5BkravUilhIAsG4Qj83t02LWUPQ==",
      license: "MIT",
      bin: {
        acorn: "bin/acorn"
      },
      engines: {
        node: ">=0.4.0"
      }
    },
    "node_modules/agent-base": {
      version: "7.1.4",
      resolved: "https://registry.npmjs.org/agent-base/-/agent-base-7.1.4.tgz",
      integrity: "sha512-MnA+YT8fwfJPgBx3m60MNqakm30XOkyIoH1y6huTQvC0PwZG7ki8NacLBcrPbNoo8vEZy7Jpuk7+jMO+CUovTQ==",
      license: "MIT",
      engines: {
        node: ">= 14"
      }
    },
    "node_modules/ajv": {
      version: "8.20.0",
      resolved: "https://registry.npmjs.org/ajv/-/ajv-8.20.0.tgz",
      integrity: "sha512-Thbli+OlOj+iMPYFBVBfJ3OmCAnaSyNn4M1vz9T6Gka5Jt9ba/HIR56joy65tY6kx/FCF5VXNB819Y7/GUrBGA==",
      license: "MIT",
      dependencies: {
        "fast-deep-equal": "^3.1.3",
        "fast-uri": "^3.0.1",
        "json-schema-traverse": "^1.0.0",
        "require-from-string": "^2.0.2"
      },
      funding: {
        type: "github",
        url: "https://github.com/sponsors/epoberezkin"
      }
    },
    "node_modules/ajv-formats": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/ajv-formats/-/ajv-formats-3.0.1.tgz",
      integrity: "sha512-8iUql50EUR+uUcdRQ3HDqa6EVyo3docL8g5WJ3FNcWmu62IbkGUue/pEyLBW8VGKKucTPgqeks4fIU1DA4yowQ==",
      license: "MIT",
      dependencies: {
        ajv: "^8.0.0"
      },
      peerDependencies: {
        ajv: "^8.0.0"
      },
      peerDependenciesMeta: {
        ajv: {
          optional: true
        }
      }
    },
    "node_modules/ansi-align": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/ansi-align/-/ansi-align-3.0.1.tgz",
      integrity: "sha512-IOfwwBF5iczOjp/WeY4YxyjqAFMQoZufdQWDd19SEExbVLNXqvpzSJ/M7Za4/sCPmQ0+GRquoA7bGcINcxew6w==",
      license: "ISC",
      dependencies: {
        "string-width": "^4.1.0"
      }
    },
    "node_modules/ansi-align/node_modules/ansi-regex": {
      version: "5.0.1",
      resolved: "https://registry.npmjs.org/ansi-regex/-/ansi-regex-5.0.1.tgz",
      integrity: "sha512-quJQXlTSUGL2LH9SUXo8VwsY4soanhgo6LNSm84E1LBcE8s3O0wpdiRzyR9z/ZZJMlMWv37qOOb9pdJlMUEKFQ==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/ansi-align/node_modules/string-width": {
      version: "4.2.3",
      resolved: "https://registry.npmjs.org/string-width/-/string-width-4.2.3.tgz",
      integrity: "sha512-wKyQRQpjJ0sIp62ErSZdGsjMJWsap5oRNihHhu6G7JVO/9jIB6UyevL+tXuOqrng8j/cxKTWyWUwvSTriiZz/g==",
      license: "MIT",
      dependencies: {
        "emoji-regex": "^8.0.0",
        "is-fullwidth-code-point": "^3.0.0",
        "strip-ansi": "^6.0.1"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/ansi-align/node_modules/strip-ansi": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/strip-ansi/-/strip-ansi-6.0.1.tgz",
      integrity: "sha512-Y38VPSHcqkFrCpFnQ9vuSXmquuv5oXOKpGeT6aGrr3o3Gc9AlVa6JBfUSOCnbxGGZF+/0ooI7KrPuUSztUdU5A==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^5.0.1"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/ansi-regex": {
      version: "6.2.2",
      resolved: "https://registry.npmjs.org/ansi-regex/-/ansi-regex-6.2.2.tgz",
      integrity: "sha512-Bq3SmSpyFHaWjPk8If9yc6svM8c56dB5BAtW4Qbw5jHTwwXXcTLoRMkpDJp6VL0XzlWaCHTXrkFURMYmD0sLqg==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/chalk/ansi-regex?sponsor=1"
      }
    },
    "node_modules/ansi-styles": {
      version: "6.2.3",
      resolved: "https://registry.npmjs.org/ansi-styles/-/ansi-styles-6.2.3.tgz",
      integrity: "sha512-4Dj6M28JB+oAH8kFkTLUo+a2jwOFkuqb3yucU0CANcRRUbxS0cP0nZYCGjcc3BNXwRIsUVmDGgzawme7zvJHvg==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/chalk/ansi-styles?sponsor=1"
      }
    },
    "node_modules/append-field": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/append-field/-/append-field-1.0.0.tgz",
      integrity: "sha512-klpgFSWLW1ZEs8svjfb7g4qWY0YS5imI82dTg+QahUvJ8YqAY0P10Uk8tTyh9ZGuYEZEMaeJYCF5BFuX552hsw==",
      license: "MIT"
    },
    "node_modules/argparse": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/argparse/-/argparse-2.0.1.tgz",
      integrity: "sha512-8+9WqebbFzpX9OR+Wa6O29asIogeRMzcGtAINdpMHHyAg10f05aSFVBbcEqGf/PXw1EjAZ+q2/bEBg3DvurK3Q==",
      license: "Python-2.0"
    },
    "node_modules/array-differ": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/array-differ/-/array-differ-4.0.0.tgz",
      integrity: "sha512-Q6VPTLMsmXZ47ENG3V+wQyZS1ZxXMxFyYzA+Z/GMrJ6yIutAIEf9wTyroTzmGjNfox9/h3GdGBCVh43GVFx4Uw==",
      license: "MIT",
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/array-union": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/array-union/-/array-union-3.0.1.tgz",
      integrity: "sha512-1OvF9IbWwaeiM9VhzYXVQacMibxpXOMYVNIvMtKRyX9SImBXpKcFr8XvFDeEslCyuH/t6KRt7HEO94AlP8Iatw==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/arrify": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/arrify/-/arrify-3.0.0.tgz",
      integrity: "sha512-tLkvA81vQG/XqE2mjDkGQHoOINtMHtysSnemrmoGe6PydDPMRbVugqyk4A6V/WDWEfm3l+0d8anA9r8cv/5Jaw==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/async": {
      version: "3.2.6",
      resolved: "https://registry.npmjs.org/async/-/async-3.2.6.tgz",
      integrity: "sha512-htCUDlxyyCLMgaM3xXg0C0LW2xqfuQ6p05pCEIsXuyQ+a1koYKTuBMzRNwmybfLgvJDMd0r1LTn4+E0Ti6C2AA==",
      license: "MIT"
    },
    "node_modules/atomically": {
      version: "2.1.1",
      resolved: "https://registry.npmjs.org/atomically/-/atomically-2.1.1.tgz",
      integrity: "sha512-P4w9o2dqARji6P7MHprklbfiArZAWvo07yW7qs3pdljb3BWr12FIB7W+p0zJiuiVsUpRO0iZn1kFFcpPegg0tQ==",
      license: "MIT",
      dependencies: {
        "stubborn-fs": "^2.0.0",
        "when-exit": "^2.1.4"
      }
    },
    "node_modules/b4a": {
      version: "1.8.1",
      resolved: "https://registry.npmjs.org/b4a/-/b4a-1.8.1.tgz",
      integrity: "sha512-aiqre1Nr0B/6DgE2N5vwTc+2/oQZ4Wh1t4NznYY4E00y8LCt6NqdRv81so00oo27D8MVKTpUa/MwUUtBLXCoDw==",
      license: "Apache-2.0",
      peerDependencies: {
        "react-native-b4a": "*"
      },
      peerDependenciesMeta: {
        "react-native-b4a": {
          optional: true
        }
      }
    },
    "node_modules/balanced-match": {
      version: "4.0.4",
      resolved: "https://registry.npmjs.org/balanced-match/-/balanced-match-4.0.4.tgz",
      integrity: "sha512-BLrgEcRTwX2o6gGxGOCNyMvGSp35YofuYzw9h1IMTRmKqttAZZVU67bdb9Pr2vUHA8+j3i2tJfjO6C6+4myGTA==",
      license: "MIT",
      engines: {
        node: "18 || 20 || >=22"
      }
    },
    "node_modules/bare-events": {
      version: "2.9.1",
      resolved: "https://registry.npmjs.org/bare-events/-/bare-events-2.9.1.tgz",
      integrity: "sha512-Z0oHEHAFDZkffN8Qc39zNZjQlMDkPJRyyyZieU1VH7u8c5S+qHZ2S8ixdKIAxEjfHO7FJxXmJWgteOghVanIsg==",
      license: "Apache-2.0",
      peerDependencies: {
        "bare-abort-controller": "*"
      },
      peerDependenciesMeta: {
        "bare-abort-controller": {
          optional: true
        }
      }
    },
    "node_modules/before-after-hook": {
      version: "3.0.2",
      resolved: "https://registry.npmjs.org/before-after-hook/-/before-after-hook-3.0.2.tgz",
      integrity: "sha512-Nik3Sc0ncrMK4UUdXQmAnRtzmNQTAAXmXIopizwZ1W1t8QmfJj+zL4OA2I7XPTPW5z5TDqv4hRo/JzouDJnX3A==",
      license: "Apache-2.0"
    },
    "node_modules/bin-links": {
      version: "6.0.2",
      resolved: "https://registry.npmjs.org/bin-links/-/bin-links-6.0.2.tgz",
      integrity: "sha512-frE1t78WOwJ45PKV2cF2tNPjTcs9L1J9s6VkrV59wanRP4GlaomuxYPVma7BwthMg8WnfSory4w5PTE6FZZ81w==",
      license: "ISC",
      dependencies: {
        "cmd-shim": "^8.0.0",
        "npm-normalize-package-bin": "^5.0.0",
        "proc-log": "^6.0.0",
        "read-cmd-shim": "^6.0.0",
        "write-file-atomic": "^7.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/binary-extensions": {
      version: "3.1.0",
      resolved: "https://registry.npmjs.org/binary-extensions/-/binary-extensions-3.1.0.tgz",
      integrity: "sha512-Jvvd9hy1w+xUad8+ckQsWA/V1AoyubOvqn0aygjMOVM4BfIaRav1NFS3LsTSDaV4n4FtcCtQXvzep1E6MboqwQ==",
      license: "MIT",
      engines: {
        node: ">=18.20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/binaryextensions": {
      version: "6.11.0",
      resolved: "https://registry.npmjs.org/binaryextensions/-/binaryextensions-6.11.0.tgz",
      integrity: "sha512-sXnYK/Ij80TO3lcqZVV2YgfKN5QjUWIRk/XSm2J/4bd/lPko3lvk0O4ZppH6m+6hB2/GTu+ptNwVFe1xh+QLQw==",
      license: "Artistic-2.0",
      dependencies: {
        editions: "^6.21.0"
      },
      engines: {
        node: ">=4"
      },
      funding: {
        url: "https://bevry.me/fund"
      }
    },
    "node_modules/bluebird": {
      version: "3.7.2",
      resolved: "https://registry.npmjs.org/bluebird/-/bluebird-3.7.2.tgz",
      integrity: "sha512-XpNj6GDQzdfW+r2Wnn7xiSAd7TM3jzkxGXBGTtWKuSXv1xUV+azxAm8jdWZN06QTQk+2N2XB9jRDkvbmQmcRtg==",
      license: "MIT"
    },
    "node_modules/body-parser": {
      version: "2.3.0",
      resolved: "https://registry.npmjs.org/body-parser/-/body-parser-2.3.0.tgz",
      integrity: "sha512-2cGmJupaNgg+QUwVLAucDuWuoMZ6EX9iHDRswZ5lsNYEmwPaRknMPCLZz07yTzVq/83p4o/wzbDZbBrTvGGTIw==",
      license: "MIT",
      dependencies: {
        bytes: "^3.1.2",
        "content-type": "^2.0.0",
        debug: "^4.4.3",
        "http-errors": "^2.0.1",
        "iconv-lite": "^0.7.2",
        "on-finished": "^2.4.1",
        qs: "^6.15.2",
        "raw-body": "^3.0.2",
        "type-is": "^2.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/body-parser/node_modules/content-type": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/content-type/-/content-type-2.0.0.tgz",
      integrity: "sha512-j/O/d7GcZCyNl7/hwZAb606rzqkyvaDctLmckbxLzHvFBzTJHuGEdodATcP3yIRoDrLHkIATJuvzbFlp/ki2cQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/boxen": {
      version: "8.0.1",
      resolved: "https://registry.npmjs.org/boxen/-/boxen-8.0.1.tgz",
      integrity: "sha512-F3PH5k5juxom4xktynS7MoFY+NUWH5LC4CnH11YB8NPew+HLpmBLCybSAEyb2F+4pRXhuhWqFesoQd6DAyc2hw==",
      license: "MIT",
      dependencies: {
        "ansi-align": "^3.0.1",
        camelcase: "^8.0.0",
        chalk: "^5.3.0",
        "cli-boxes": "^3.0.0",
        "string-width": "^7.2.0",
        "type-fest": "^4.21.0",
        "widest-line": "^5.0.0",
        "wrap-ansi": "^9.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/boxen/node_modules/emoji-regex": {
      version: "10.6.0",
      resolved: "https://registry.npmjs.org/emoji-regex/-/emoji-regex-10.6.0.tgz",
      integrity: "sha512-toUI84YS5YmxW219erniWD0CIVOo46xGKColeNQRgOzDorgBi1v4D71/OFzgD9GO2UGKIv1C3Sp8DAn0+j5w7A==",
      license: "MIT"
    },
    "node_modules/boxen/node_modules/string-width": {
      version: "7.2.0",
      resolved: "https://registry.npmjs.org/string-width/-/string-width-7.2.0.tgz",
      integrity: "sha512-tsaTIkKW9b4N+AEj+SVA+WhJzV7/zMhcSu78mLKWSk7cXMOSHsBKFWUs0fWwq8QyK3MgJBQRX6Gbi4kYbdvGkQ==",
      license: "MIT",
      dependencies: {
        "emoji-regex": "^10.3.0",
        "get-east-asian-width": "^1.0.0",
        "strip-ansi": "^7.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/brace-expansion": {
      version: "5.0.7",
      resolved: "https://registry.npmjs.org/brace-expansion/-/brace-expansion-5.0.7.tgz",
      integrity: "sha512-7oFy703dxfY3/NLxC1fh2SUCQ0H9rmAY+5EpDVfXjUTTs+HEwR2nYaqLv+GWcTsumwxPfiz6CzCNkwXwBUwqCA==",
      license: "MIT",
      dependencies: {
        "balanced-match": "^4.0.2"
      },
      engines: {
        node: "18 || 20 || >=22"
      }
    },
    "node_modules/braces": {
      version: "3.0.3",
      resolved: "https://registry.npmjs.org/braces/-/braces-3.0.3.tgz",
      integrity: "sha512-yQbXgO/OSZVD2IsiLlro+7Hf6Q18EJrKSEsdoMzKePKXct3gvD8oLcOQdIzGupr5Fj+EDe8gO/lxc1BzfMpxvA==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "fill-range": "^7.1.1"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/buffer-crc32": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/buffer-crc32/-/buffer-crc32-1.0.0.tgz",
      integrity: "sha512-Db1SbgBS/fg/392AblrMJk97KggmvYhr4pB5ZIMTWtaivCPMWLkmb7m21cJvpvgK+J3nsU2CmmixNBZx4vFj/w==",
      license: "MIT",
      engines: {
        node: ">=8.0.0"
      }
    },
    "node_modules/buffer-from": {
      version: "1.1.2",
      resolved: "https://registry.npmjs.org/buffer-from/-/buffer-from-1.1.2.tgz",
      integrity: "sha512-E+XQCRwSbaaiChtv6k6Dwgc+bx+Bs6vuKJHHl5kox/BaKbhiXzqQOwK4cO22yElGp2OCmjwVhT3HmxgyPGnJfQ==",
      license: "MIT"
    },
    "node_modules/bundle-name": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/bundle-name/-/bundle-name-4.1.0.tgz",
      integrity: "sha512-tjwM5exMg6BGRI+kNmTntNsvdZS1X8BFYS6tnJ2hdH0kVxM6/eVZ2xy+FqStSWvYmtfFMDLIxurorHwDKfDz5Q==",
      license: "MIT",
      dependencies: {
        "run-applescript": "^7.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/busboy": {
      version: "1.6.0",
      resolved: "https://registry.npmjs.org/busboy/-/busboy-1.6.0.tgz",
      integrity: "sha512-8SFQbg/0hQ9xy3UNTB0YEnsNBbWfhf7RtnzpL7TkBiTBRfrQ9Fxcnz7VJsleJpyp6rVLvXiuORqjlHi5q+PYuA==",
      dependencies: {
        streamsearch: "^1.1.0"
      },
      engines: {
        node: ">=10.16.0"
      }
    },
    "node_modules/bytes": {
      version: "3.1.2",
      resolved: "https://registry.npmjs.org/bytes/-/bytes-3.1.2.tgz",
      integrity: "sha512-/Nf7TyzTx6S3yRJObOAV7956r8cr2+Oj8AC5dt8wSP3BQAoeX58NoHyCU8P8zGkNXStjTSi6fzO6F0pBdcYbEg==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/cacache": {
      version: "20.0.4",
      resolved: "https://registry.npmjs.org/cacache/-/cacache-20.0.4.tgz",
      integrity: "sha512-M3Lab8NPYlZU2exsL3bMVvMrMqgwCnMWfdZbK28bn3pK6APT/Te/I8hjRPNu1uwORY9a1eEQoifXbKPQMfMTOA==",
      license: "ISC",
      dependencies: {
        "@npmcli/fs": "^5.0.0",
        "fs-minipass": "^3.0.0",
        glob: "^13.0.0",
        "lru-cache": "^11.1.0",
        minipass: "^7.0.3",
        "minipass-collect": "^2.0.1",
        "minipass-flush": "^1.0.5",
        "minipass-pipeline": "^1.2.4",
        "p-map": "^7.0.2",
        ssri: "^13.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/call-bind-apply-helpers": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/call-bind-apply-helpers/-/call-bind-apply-helpers-1.0.2.tgz",
      integrity: "sha512-Sp1ablJ0ivDkSzjcaJdxEunN5/XvksFJ2sMBFfq6x0ryhQV/2b/KwFe21cMpmHtPOSij8K99/wSfoEuTObmuMQ==",
      license: "MIT",
      dependencies: {
        "es-errors": "^1.3.0",
        "function-bind": "^1.1.2"
      },
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/call-bound": {
      version: "1.0.4",
      resolved: "https://registry.npmjs.org/call-bound/-/call-bound-1.0.4.tgz",
      integrity: "sha512-+ys997U96po4Kx/ABpBCqhA9EuxJaQWDQg7295H4hBphv3IZg0boBKuwYpt4YXp6MZ5AmZQnU/tyMTlRpaSejg==",
      license: "MIT",
      dependencies: {
        "call-bind-apply-helpers": "^1.0.2",
        "get-intrinsic": "^1.3.0"
      },
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/camelcase": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/camelcase/-/camelcase-8.0.0.tgz",
      integrity: "sha512-8WB3Jcas3swSvjIeA2yvCJ+Miyz5l1ZmB6HFb9R1317dt9LCQoswg/BGrmAmkWVEszSrrg4RwmO46qIm2OEnSA==",
      license: "MIT",
      engines: {
        node: ">=16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/chalk": {
      version: "5.6.2",
      resolved: "https://registry.npmjs.org/chalk/-/chalk-5.6.2.tgz",
      integrity: "sha512-7NzBL0rN6fMUW+f7A6Io4h40qQlG+xGmtMxfbnH/K7TAtt8JQWVQK+6g0UXKMeVJoyV5EkkNsErQ8pVD3bLHbA==",
      license: "MIT",
      engines: {
        node: "^12.17.0 || ^14.13 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/chalk/chalk?sponsor=1"
      }
    },
    "node_modules/chardet": {
      version: "2.2.0",
      resolved: "https://registry.npmjs.org/chardet/-/chardet-2.2.0.tgz",
      integrity: "sha512-rddelWYNPRrXq6PtNEN2S3f6t9ILzvqaN5pVgi4kqt9jHQaXIial9PznB5iSPVlQSLNaaH22ItWz3EJtQ10+OA==",
      license: "MIT"
    },
    "node_modules/chokidar": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/chokidar/-/chokidar-5.0.0.tgz",
      integrity: "sha512-TQMmc3w+5AxjpL8iIiwebF73dRDF4fBIieAqGn9RGCWaEVwQ6Fb2cGe31Yns0RRIzii5goJ1Y7xbMwo1TxMplw==",
      license: "MIT",
      dependencies: {
        readdirp: "^5.0.0"
      },
      engines: {
        node: ">= 20.19.0"
      },
      funding: {
        url: "https://paulmillr.com/funding/"
      }
    },
    "node_modules/chownr": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/chownr/-/chownr-3.0.0.tgz",
      integrity: "sha512-+IxzY9BZOQd/XuYPRmrvEVjF/nqj5kgT4kEq7VofrDoM1MxoRjEWkrCC3EtLi59TVawxTAn+orJwFQcrqEN1+g==",
      license: "BlueOak-1.0.0",
      engines: {
        node: ">=18"
      }
    },
    "node_modules/cli-boxes": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/cli-boxes/-/cli-boxes-3.0.0.tgz",
      integrity: "sha512-/lzGpEWL/8PfI0BmBOPRwp0c/wFNX1RdUML3jK/RcSBA9T8mZDdQpqYBKtCFTOfQbwPqWEOpjqW+Fnayc0969g==",
      license: "MIT",
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/cli-cursor": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/cli-cursor/-/cli-cursor-5.0.0.tgz",
      integrity: "sha512-aCj4O5wKyszjMmDT4tZj93kxyydN/K5zPWSCe6/0AV/AA1pqe5ZBIw0a2ZfPQV7lL5/yb5HsUreJ6UFAF1tEQw==",
      license: "MIT",
      dependencies: {
        "restore-cursor": "^5.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/cli-spinners": {
      version: "3.4.0",
      resolved: "https://registry.npmjs.org/cli-spinners/-/cli-spinners-3.4.0.tgz",
      integrity: "sha512-bXfOC4QcT1tKXGorxL3wbJm6XJPDqEnij2gQ2m7ESQuE+/z9YFIWnl/5RpTiKWbMq3EVKR4fRLJGn6DVfu0mpw==",
      license: "MIT",
      engines: {
        node: ">=18.20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/cli-table": {
      version: "0.3.11",
      resolved: "https://registry.npmjs.org/cli-table/-/cli-table-0.3.11.tgz",
      integrity: "sha512-IqLQi4lO0nIB4tcdTpN4LCB9FI3uqrJZK7RC515EnhZ6qBaglkIgICb1wjeAqpdoOabm1+SuQtkXIPdYC93jhQ==",
      dependencies: {
        colors: "1.0.3"
      },
      engines: {
        node: ">= 0.2.0"
      }
    },
    "node_modules/cli-width": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/cli-width/-/cli-width-4.1.0.tgz",
      integrity: "sha512-ouuZd4/dm2Sw5Gmqy6bGyNNNe1qt9RpmxveLSO7KcgsTnU7RXfsw+/bukWGo1abgBiMAic068rclZsO4IWmmxQ==",
      license: "ISC",
      engines: {
        node: ">= 12"
      }
    },
    "node_modules/clone": {
      version: "2.1.2",
      resolved: "https://registry.npmjs.org/clone/-/clone-2.1.2.tgz",
      integrity: "sha512-3Pe/CF1Nn94hyhIYpjtiLhdCoEoz0DqQ+988E9gmeEdQZlojxnOb74wctFyuwWQHzqyf9X7C7MG8juUpqBJT8w==",
      license: "MIT",
      engines: {
        node: ">=0.8"
      }
    },
    "node_modules/cmd-shim": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/cmd-shim/-/cmd-shim-8.0.0.tgz",
      integrity: "sha512-Jk/BK6NCapZ58BKUxlSI+ouKRbjH1NLZCgJkYoab+vEHUY3f6OzpNBN9u7HFSv9J6TRDGs4PLOHezoKGaFRSCA==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/colors": {
      version: "1.0.3",
      resolved: "https://registry.npmjs.org/colors/-/colors-1.0.3.tgz",
      integrity: "sha512-pFGrxThWcWQ2MsAz6RtgeWe4NK2kUE1WfsrvvlctdII745EW9I0yflqhe7++M5LEc7bV2c/9/5zc8sFcpL0Drw==",
      license: "MIT",
      engines: {
        node: ">=0.1.90"
      }
    },
    "node_modules/commander": {
      version: "14.0.3",
      resolved: "https://registry.npmjs.org/commander/-/commander-14.0.3.tgz",
      integrity: "sha512-H+y0Jo/T1RZ9qPP4Eh1pkcQcLRglraJaSLoyOtHxu6AapkjWVCy2Sit1QQ4x3Dng8qDlSsZEet7g5Pq06MvTgw==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=20"
      }
    },
    "node_modules/common-ancestor-path": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/common-ancestor-path/-/common-ancestor-path-2.0.0.tgz",
      integrity: "sha512-dnN3ibLeoRf2HNC+OlCiNc5d2zxbLJXOtiZUudNFSXZrNSydxcCsSpRzXwfu7BBWCIfHPw+xTayeBvJCP/D8Ng==",
      license: "BlueOak-1.0.0",
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/commondir": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/commondir/-/commondir-1.0.1.tgz",
      integrity: "sha512-W9pAhw0ja1Edb5GVdIF1mjZw/ASI0AlShXM83UUGe2DVr5TdAPEA1OA8m/g8zWp9x6On7gqufY+FatDbC3MDQg==",
      license: "MIT"
    },
    "node_modules/concat-stream": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/concat-stream/-/concat-stream-2.0.0.tgz",
      integrity: "sha512-MWufYdFw53ccGjCA+Ol7XJYpAlW6/prSMzuPOTRnJGcGzuhLn4Scrz7qf6o8bROZ514ltazcIFJZevcfbo0x7A==",
      engines: [
        "node >= 6.0"
      ],
      license: "MIT",
      dependencies: {
        "buffer-from": "^1.0.0",
        inherits: "^2.0.3",
        "readable-stream": "^3.0.2",
        typedarray: "^0.0.6"
      }
    },
    "node_modules/config-chain": {
      version: "1.1.13",
      resolved: "https://registry.npmjs.org/config-chain/-/config-chain-1.1.13.tgz",
      integrity: "sha512-qj+f8APARXHrM0hraqXYb2/bOVSV4PvJQlNZ/DVj0QrmNM2q2euizkeuVckQ57J+W0mRH6Hvi+k50M4Jul2VRQ==",
      license: "MIT",
      dependencies: {
        ini: "^1.3.4",
        "proto-list": "~1.2.1"
      }
    },
    "node_modules/config-chain/node_modules/ini": {
      version: "1.3.8",
      resolved: "https://registry.npmjs.org/ini/-/ini-1.3.8.tgz",
      integrity: "sha512-JV/yugV2uzW5iMRSiZAyDtQd+nxtUnjeLt0acNdw98kKLrvuRVyB80tsREOE7yvGVgalhZ6RNXCmEHkUKBKxew==",
      license: "ISC"
    },
    "node_modules/configstore": {
      version: "7.1.0",
      resolved: "https://registry.npmjs.org/configstore/-/configstore-7.1.0.tgz",
      integrity: "sha512-N4oog6YJWbR9kGyXvS7jEykLDXIE2C0ILYqNBZBp9iwiJpoCBWYsuAdW6PPFn6w06jjnC+3JstVvWHO4cZqvRg==",
      license: "BSD-2-Clause",
      dependencies: {
        atomically: "^2.0.3",
        "dot-prop": "^9.0.0",
        "graceful-fs": "^4.2.11",
        "xdg-basedir": "^5.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/content-disposition": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/content-disposition/-/content-disposition-1.1.0.tgz",
      integrity: "sha512-5jRCH9Z/+DRP7rkvY83B+yGIGX96OYdJmzngqnw2SBSxqCFPd0w2km3s5iawpGX8krnwSGmF0FW5Nhr0Hfai3g==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/content-type": {
      version: "1.0.5",
      resolved: "https://registry.npmjs.org/content-type/-/content-type-1.0.5.tgz",
      integrity: "sha512-nTjqfcBFEipKdXCv4YDQWCfmcLZKm81ldF0pAopTvyrFGVbcR6P/VAAd5G7N+0tTr8QqiU0tFadD6FK4NtJwOA==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/cookie": {
      version: "0.7.2",
      resolved: "https://registry.npmjs.org/cookie/-/cookie-0.7.2.tgz",
      integrity: "sha512-yki5XnKuf750l50uGTllt6kKILY4nQ1eNIQatoXEByZ5dWgnKqbnqmTrBE5B4N7lrMJKQ2ytWMiTO2o0v6Ew/w==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/cookie-signature": {
      version: "1.2.2",
      resolved: "https://registry.npmjs.org/cookie-signature/-/cookie-signature-1.2.2.tgz",
      integrity: "sha512-D76uU73ulSXrD1UXF4KE2TMxVVwhsnCgfAyTg9k8P6KGZjlXKrOLe4dJQKI3Bxi5wjesZoFXJWElNWBjPZMbhg==",
      license: "MIT",
      engines: {
        node: ">=6.6.0"
      }
    },
    "node_modules/core-util-is": {
      version: "1.0.3",
      resolved: "https://registry.npmjs.org/core-util-is/-/core-util-is-1.0.3.tgz",
      integrity: "sha512-ZQBvi1DcpJ4GDqanjucZ2Hj3wEO5pZDS89BWbkcrvdxksJorwUDDZamX9ldFkp9aw2lmBDLgkObEA4DWNJ9FYQ==",
      license: "MIT"
    },
    "node_modules/cors": {
      version: "2.8.6",
      resolved: "https://registry.npmjs.org/cors/-/cors-2.8.6.tgz",
      integrity: "sha512-tJtZBBHA6vjIAaF6EnIaq6laBBP9aq/Y3ouVJjEfoHbRBcHBAHYcMh/w8LDrk2PvIMMq8gmopa5D4V8RmbrxGw==",
      license: "MIT",
      dependencies: {
        "object-assign": "^4",
        vary: "^1"
      },
      engines: {
        node: ">= 0.10"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/cross-spawn": {
      version: "7.0.6",
      resolved: "https://registry.npmjs.org/cross-spawn/-/cross-spawn-7.0.6.tgz",
      integrity: "sha512-uV2QOWP2nWzsy2aMp8aRibhi9dlzF5Hgh5SHaB9OiTGEyDTiJJyx0uy51QXdyWbtAHNua4XJzUKca3OzKUd3vA==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "path-key": "^3.1.0",
        "shebang-command": "^2.0.0",
        which: "^2.0.1"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/cssesc": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/cssesc/-/cssesc-3.0.0.tgz",
      integrity: "sha512-/Tb/JcjK111nNScGob5MNtsntNM1aCNUDipB/TkwZFhyDrrE47SOx/18wF2bbjgc3ZzCSKW1T5nt5EbFoAz/Vg==",
      license: "MIT",
      bin: {
        cssesc: "bin/cssesc"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/dateformat": {
      version: "5.0.3",
      resolved: "https://registry.npmjs.org/dateformat/-/dateformat-5.0.3.tgz",
      integrity: "sha512-Kvr6HmPXUMerlLcLF+Pwq3K7apHpYmGDVqrxcDasBg86UcKeTSNWbEzU8bwdXnxnR44FtMhJAxI4Bov6Y/KUfA==",
      license: "MIT",
      engines: {
        node: ">=12.20"
      }
    },
    "node_modules/debounce-promise": {
      version: "3.1.2",
      resolved: "https://registry.npmjs.org/debounce-promise/-/debounce-promise-3.1.2.tgz",
      integrity: "sha512-rZHcgBkbYavBeD9ej6sP56XfG53d51CD4dnaw989YX/nZ/ZJfgRx/9ePKmTNiUiyQvh4mtrMoS3OAWW+yoYtpg==",
      license: "MIT"
    },
    "node_modules/debug": {
      version: "4.4.3",
      resolved: "https://registry.npmjs.org/debug/-/debug-4.4.3.tgz",
      integrity: "sha512-RGwwWnwQvkVfavKVt22FGLw+xYSdzARwm0ru6DhTVA3umU5hZc28V3kO4stgYryrTlLpuvgI9GiijltAjNbcqA==",
      license: "MIT",
      dependencies: {
        ms: "^2.1.3"
      },
      engines: {
        node: ">=6.0"
      },
      peerDependenciesMeta: {
        "supports-color": {
          optional: true
        }
      }
    },
    "node_modules/deep-extend": {
      version: "0.6.0",
      resolved: "https://registry.npmjs.org/deep-extend/-/deep-extend-0.6.0.tgz",
      integrity: "sha512-LOHxIOaPYdHlJRtCQfDIVZtfw/ufM8+rVj649RIHzcm/vGwQRXFt6OPqIFWsm2XEMrNIEtWR64sY1LEKD2vAOA==",
      license: "MIT",
      engines: {
        node: ">=4.0.0"
      }
    },
    "node_modules/default-browser": {
      version: "5.5.0",
      resolved: "https://registry.npmjs.org/default-browser/-/default-browser-5.5.0.tgz",
      integrity: "sha512-H9LMLr5zwIbSxrmvikGuI/5KGhZ8E2zH3stkMgM5LpOWDutGM2JZaj460Udnf1a+946zc7YBgrqEWwbk7zHvGw==",
      license: "MIT",
      dependencies: {
        "bundle-name": "^4.1.0",
        "default-browser-id": "^5.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/default-browser-id": {
      version: "5.0.1",
      resolved: "https://registry.npmjs.org/default-browser-id/-/default-browser-id-5.0.1.tgz",
      integrity: "sha512-x1VCxdX4t+8wVfd1so/9w+vQ4vx7lKd2Qp5tDRutErwmR85OgmfX7RlLRMWafRMY7hbEiXIbudNrjOAPa/hL8Q==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/define-lazy-prop": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/define-lazy-prop/-/define-lazy-prop-3.0.0.tgz",
      integrity: "sha512-N+MeXYoqr3pOgn8xfyRPREN7gHakLYjhsHhWGT3fWAiL4IkAt0iDw14QiiEm2bE30c5XX5q0FtAA3CK5f9/BUg==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/degit": {
      version: "2.8.6",
      resolved: "https://registry.npmjs.org/degit/-/degit-2.8.6.tgz",
      integrity: "sha512-UzjEf67itNZtQF4ZFSNYT+JY78VKtkRJPnksn1tVDAX74Ar0zMqnB5UvsiAjIOBiIHv3BbAPCEJDn/zasbV5rw==",
      inBundle: true,
      license: "MIT",
      bin: {
        degit: "degit"
      },
      engines: {
        node: ">=8.0.0"
      }
    },
    "node_modules/depd": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/depd/-/depd-2.0.0.tgz",
      integrity: "sha512-g7nH6P6dyDioJogAAGprGpCtVImJhpPk/roCzdb3fIh61/s/nPsfR6onyMwkCAR/OlC3yBC0lESvUoQEAssIrw==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/diff": {
      version: "9.0.0",
      resolved: "https://registry.npmjs.org/diff/-/diff-9.0.0.tgz",
      integrity: "sha512-svtcdpS8CgJyqAjEQIXdb3OjhFVVYjzGAPO8WGCmRbrml64SPw/jJD4GoE98aR7r25A0XcgrK3F02yw9R/vhQw==",
      license: "BSD-3-Clause",
      engines: {
        node: ">=0.3.1"
      }
    },
    "node_modules/dot-prop": {
      version: "9.0.0",
      resolved: "https://registry.npmjs.org/dot-prop/-/dot-prop-9.0.0.tgz",
      integrity: "sha512-1gxPBJpI/pcjQhKgIU91II6Wkay+dLcN3M6rf2uwP8hRur3HtQXjVrdAK3sjC0piaEuxzMwjXChcETiJl47lAQ==",
      license: "MIT",
      dependencies: {
        "type-fest": "^4.18.2"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/dunder-proto": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/dunder-proto/-/dunder-proto-1.0.1.tgz",
      integrity: "sha512-KIN/nDJBQRcXw0MLVhZE9iQHmG68qAVIBg9CqmUYjmQIhgij9U5MFvrqkUL5FbtyyzZuOeOt0zdeRe4UY7ct+A==",
      license: "MIT",
      dependencies: {
        "call-bind-apply-helpers": "^1.0.1",
        "es-errors": "^1.3.0",
        gopd: "^1.2.0"
      },
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/duplexer2": {
      version: "0.1.4",
      resolved: "https://registry.npmjs.org/duplexer2/-/duplexer2-0.1.4.tgz",
      integrity: "sha512-asLFVfWWtJ90ZyOUHMqk7/S2w2guQKxUI2itj3d92ADHhxUSbCMGi1f1cBcJ7xM1To+pE/Khbwo1yuNbMEPKeA==",
      license: "BSD-3-Clause",
      dependencies: {
        "readable-stream": "^2.0.2"
      }
    },
    "node_modules/duplexer2/node_modules/readable-stream": {
      version: "2.3.8",
      resolved: "https://registry.npmjs.org/readable-stream/-/readable-stream-2.3.8.tgz",
      integrity: "sha512-8p0AUk4XODgIewSi0l8Epjs+EVnWiK7NoDIEGU0HhE7+ZyY8D1IMY7odu5lRrFXGg71L15KG8QrPmum45RTtdA==",
      license: "MIT",
      dependencies: {
        "core-util-is": "~1.0.0",
        inherits: "~2.0.3",
        isarray: "~1.0.0",
        "process-nextick-args": "~2.0.0",
        "safe-buffer": "~5.1.1",
        string_decoder: "~1.1.1",
        "util-deprecate": "~1.0.1"
      }
    },
    "node_modules/duplexer2/node_modules/safe-buffer": {
      version: "5.1.2",
      resolved: "https://registry.npmjs.org/safe-buffer/-/safe-buffer-5.1.2.tgz",
      integrity: "sha512-Gd2UZBJDkXlY7GbJxfsE8/nvKkUEU1G38c1siN6QP6a9PT9MmHB8GnpscSmMJSoF8LOIrt8ud/wPtojys4G6+g==",
      license: "MIT"
    },
    "node_modules/duplexer2/node_modules/string_decoder": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/string_decoder/-/string_decoder-1.1.1.tgz",
      integrity: "sha512-n/ShnvDi6FHbbVfviro+WojiFzv+s8MPMHBczVePfUpDJLwoLT0ht1l4YwBCbi8pJAveEEdnkHyPyTP/mzRfwg==",
      license: "MIT",
      dependencies: {
        "safe-buffer": "~5.1.0"
      }
    },
    "node_modules/editions": {
      version: "6.22.0",
      resolved: "https://registry.npmjs.org/editions/-/editions-6.22.0.tgz",
      integrity: "sha512-UgGlf8IW75je7HZjNDpJdCv4cGJWIi6yumFdZ0R7A8/CIhQiWUjyGLCxdHpd8bmyD1gnkfUNK0oeOXqUS2cpfQ==",
      license: "Artistic-2.0",
      dependencies: {
        "version-range": "^4.15.0"
      },
      engines: {
        ecmascript: ">= es5",
        node: ">=4"
      },
      funding: {
        url: "https://bevry.me/fund"
      }
    },
    "node_modules/ee-first": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/ee-first/-/ee-first-1.1.1.tgz",
      integrity: "sha512-WMwm9LhRUo+WUaRN+vRuETqG89IgZphVSNkdFgeb6sS/E4OrDIN7t48CAewSHXc6C8lefD8KKfr5vY61brQlow==",
      license: "MIT"
    },
    "node_modules/ejs": {
      version: "3.1.10",
      resolved: "https://registry.npmjs.org/ejs/-/ejs-3.1.10.tgz",
      integrity: "sha512-UeJmFfOrAQS8OJWPZ4qtgHyWExa088/MtK5UEyoJGFH67cDEXkZSviOiKRCZ4Xij0zxI3JECgYs3oKx+AizQBA==",
      license: "Apache-2.0",
      dependencies: {
        jake: "^10.8.5"
      },
      bin: {
        ejs: "bin/cli.js"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/email-validator": {
      version: "2.0.4",
      resolved: "https://registry.npmjs.org/email-validator/-/email-validator-2.0.4.tgz",
      integrity: "sha512-gYCwo7kh5S3IDyZPLZf6hSS0MnZT8QmJFqYvbqlDZSbwdZlY6QZWxJ4i/6UhITOJ4XzyI647Bm2MXKCLqnJ4nQ==",
      engines: {
        node: ">4.0"
      }
    },
    "node_modules/emoji-regex": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/emoji-regex/-/emoji-regex-8.0.0.tgz",
      integrity: "sha512-MSjYzcWNOA0ewAHpz0MxpYFvwg6yjy1NG3xteoqz644VCo/RPgnr1/GGt+ic3iJTzQ8Eu3TdM14SawnVUmGE6A==",
      license: "MIT"
    },
    "node_modules/encodeurl": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/encodeurl/-/encodeurl-2.0.0.tgz",
      integrity: "sha512-Q0n9HRi4m6JuGIV1eFlmvJB7ZEVxu93IrMyiMsGC0lrMJMWzRgx6WGquyfQgZVb31vhGgXnfmPNNXmxnOkRBrg==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/env-paths": {
      version: "2.2.1",
      resolved: "https://registry.npmjs.org/env-paths/-/env-paths-2.2.1.tgz",
      integrity: "sha512-+h1lkLKhZMTYjog1VEpJNG7NZJWcuc2DDk/qsqSTRRCOXiLjeQ1d1/udrUGhqMxUgAlwKNZ0cf2uqan5GLuS2A==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/es-define-property": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/es-define-property/-/es-define-property-1.0.1.tgz",
      integrity: "sha512-e3nRfgfUZ4rNGL232gUgX06QNyyez04KdjFrF+LTRoOXmrOgFKDg4BCdsjW8EnT69eqdYGmRpJwiPVYNrCaW3g==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/es-errors": {
      version: "1.3.0",
      resolved: "https://registry.npmjs.org/es-errors/-/es-errors-1.3.0.tgz",
      integrity: "sha512-Zf5H2Kxt2xjTvbJvP2ZWLEICxA6j+hAmMzIlypy4xcBg1vKVnx89Wy0GbS+kf5cwCVFFzdCFh2XSCFNULS6csw==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/es-object-atoms": {
      version: "1.1.2",
      resolved: "https://registry.npmjs.org/es-object-atoms/-/es-object-atoms-1.1.2.tgz",
      integrity: "sha512-HWcBoN6NileqtSydK2FqHbS/LoDd2pqrnQHLyJzBj4kOp/ky2MWMN694xOfkK8/SnUsW2DH7EfyVlydKCsm1Zw==",
      license: "MIT",
      dependencies: {
        "es-errors": "^1.3.0"
      },
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/escape-goat": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/escape-goat/-/escape-goat-4.0.0.tgz",
      integrity: "sha512-2Sd4ShcWxbx6OY1IHyla/CVNwvg7XwZVoXZHcSu9w9SReNP1EzzD5T8NWKIR38fIqEns9kDWKUQTXXAmlDrdPg==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/escape-html": {
      version: "1.0.3",
      resolved: "https://registry.npmjs.org/escape-html/-/escape-html-1.0.3.tgz",
      integrity: "sha512-NiSupZ4OeuGwr68lGIeym/ksIZMJodUGOSCZ/FSnTxcrekbvqrgdUxlJOMpijaKZVjAJrWrGs/6Jy8OMuyj9ow==",
      license: "MIT"
    },
    "node_modules/etag": {
      version: "1.8.1",
      resolved: "https://registry.npmjs.org/etag/-/etag-1.8.1.tgz",
      integrity: "sha512-aIL5Fx7mawVa300al2BnEE4iNvo1qETxLrPI/o05L7z6go7fCw1J6EQmbK4FmJ2AS7kgVF/KEZWufBfdClMcPg==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/eventemitter3": {
      version: "5.0.4",
      resolved: "https://registry.npmjs.org/eventemitter3/-/eventemitter3-5.0.4.tgz",
      integrity: "sha512-mlsTRyGaPBjPedk6Bvw+aqbsXDtoAyAzm5MO7JgU+yVRyMQ5O8bD4Kcci7BS85f93veegeCPkL8R4GLClnjLFw==",
      license: "MIT"
    },
    "node_modules/events-universal": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/events-universal/-/events-universal-1.0.1.tgz",
      integrity: "sha512-LUd5euvbMLpwOF8m6ivPCbhQeSiYVNb8Vs0fQ8QjXo0JTkEHpz8pxdQf0gStltaPpw0Cca8b39KxvK9cfKRiAw==",
      license: "Apache-2.0",
      dependencies: {
        "bare-events": "^2.7.0"
      }
    },
    "node_modules/eventsource": {
      version: "3.0.7",
      resolved: "https://registry.npmjs.org/eventsource/-/eventsource-3.0.7.tgz",
      integrity: "sha512-CRT1WTyuQoD771GW56XEZFQ/ZoSfWid1alKGDYMmkt2yl8UXrVR4pspqWNEcqKvVIzg6PAltWjxcSSPrboA4iA==",
      license: "MIT",
      dependencies: {
        "eventsource-parser": "^3.0.1"
      },
      engines: {
        node: ">=18.0.0"
      }
    },
    "node_modules/eventsource-parser": {
      version: "3.1.0",
      resolved: "https://registry.npmjs.org/eventsource-parser/-/eventsource-parser-3.1.0.tgz",
      integrity: "sha512-kJezFj9YFAMLeORyi7aCLxLbD5/qWMQnoMVlVPyHIll7lgRJCc3JVln9Vgl9nwQi0YkMnhdGTMNn7CkRRAptMg==",
      license: "MIT",
      engines: {
        node: ">=18.0.0"
      }
    },
    "node_modules/execa": {
      version: "9.6.1",
      resolved: "https://registry.npmjs.org/execa/-/execa-9.6.1.tgz",
      integrity: "sha512-9Be3ZoN4LmYR90tUoVu2te2BsbzHfhJyfEiAVfz7N5/zv+jduIfLrV2xdQXOHbaD6KgpGdO9PRPM1Y4Q9QkPkA==",
      license: "MIT",
      dependencies: {
        "@sindresorhus/merge-streams": "^4.0.0",
        "cross-spawn": "^7.0.6",
        figures: "^6.1.0",
        "get-stream": "^9.0.0",
        "human-signals": "^8.0.1",
        "is-plain-obj": "^4.1.0",
        "is-stream": "^4.0.1",
        "npm-run-path": "^6.0.0",
        "pretty-ms": "^9.2.0",
        "signal-exit": "^4.1.0",
        "strip-final-newline": "^4.0.0",
        yoctocolors: "^2.1.1"
      },
      engines: {
        node: "^18.19.0 || >=20.5.0"
      },
      funding: {
        url: "https://github.com/sindresorhus/execa?sponsor=1"
      }
    },
    "node_modules/exponential-backoff": {
      version: "3.1.3",
      resolved: "https://registry.npmjs.org/exponential-backoff/-/exponential-backoff-3.1.3.tgz",
      integrity: "sha512-ZgEeZXj30q+I0EN+CbSSpIyPaJ5HVQD18Z1m+u1FXbAeT94mr1zw50q4q6jiiC447Nl/YTcIYSAftiGqetwXCA==",
      license: "Apache-2.0"
    },
    "node_modules/express": {
      version: "5.2.1",
      resolved: "https://registry.npmjs.org/express/-/express-5.2.1.tgz",
      integrity: "sha512-hIS4idWWai69NezIdRt2xFVofaF4j+6INOpJlVOLDO8zXGpUVEVzIYk12UUi2JzjEzWL3IOAxcTubgz9Po0yXw==",
      license: "MIT",
      dependencies: {
        accepts: "^2.0.0",
        "body-parser": "^2.2.1",
        "content-disposition": "^1.0.0",
        "content-type": "^1.0.5",
        cookie: "^0.7.1",
        "cookie-signature": "^1.2.1",
        debug: "^4.4.0",
        depd: "^2.0.0",
        encodeurl: "^2.0.0",
        "escape-html": "^1.0.3",
        etag: "^1.8.1",
        finalhandler: "^2.1.0",
        fresh: "^2.0.0",
        "http-errors": "^2.0.0",
        "merge-descriptors": "^2.0.0",
        "mime-types": "^3.0.0",
        "on-finished": "^2.4.1",
        once: "^1.4.0",
        parseurl: "^1.3.3",
        "proxy-addr": "^2.0.7",
        qs: "^6.14.0",
        "range-parser": "^1.2.1",
        router: "^2.2.0",
        send: "^1.1.0",
        "serve-static": "^2.2.0",
        statuses: "^2.0.1",
        "type-is": "^2.0.1",
        vary: "^1.1.2"
      },
      engines: {
        node: ">= 18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/express-rate-limit": {
      version: "8.6.0",
      resolved: "https://registry.npmjs.org/express-rate-limit/-/express-rate-limit-8.6.0.tgz",
      integrity: "sha512-XKJXDsASUOo0LLtFwW5hCcQGH0N4WQc/Rn8/Pvoia+TJFOkkFPvrtW9lZOeeNcxQJspvOIERMwiRLsVFlhHEkA==",
      license: "MIT",
      dependencies: {
        debug: "^4.4.3",
        "ip-address": "^10.2.0"
      },
      engines: {
        node: ">= 16"
      },
      funding: {
        url: "https://github.com/sponsors/express-rate-limit"
      },
      peerDependencies: {
        express: ">= 4.11"
      }
    },
    "node_modules/fast-content-type-parse": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/fast-content-type-parse/-/fast-content-type-parse-2.0.1.tgz",
      integrity: "sha512-nGqtvLrj5w0naR6tDPfB4cUmYCqouzyQiz6C5y/LtcDllJdrcc6WaWW6iXyIIOErTa/XRybj28aasdn4LkVk6Q==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/fastify"
        },
        {
          type: "opencollective",
          url: "https://opencollective.com/fastify"
        }
      ],
      license: "MIT"
    },
    "node_modules/fast-deep-equal": {
      version: "3.1.3",
      resolved: "https://registry.npmjs.org/fast-deep-equal/-/fast-deep-equal-3.1.3.tgz",
      integrity: "sha512-f3qQ9oQy9j2AhBe/H9VC91wLmKBCCU/gDOnKNAYG5hswO7BLKj09Hc5HYNz9cGI++xlpDCIgDaitVs03ATR84Q==",
      license: "MIT"
    },
    "node_modules/fast-fifo": {
      version: "1.3.2",
      resolved: "https://registry.npmjs.org/fast-fifo/-/fast-fifo-1.3.2.tgz",
      integrity: "sha512-/d9sfos4yxzpwkDkuN7k2SqFKtYNmCTzgfEpz82x34IM9/zc8KGxQoXg1liNC/izpRM/MBdt44Nmx41ZWqk+FQ==",
      license: "MIT"
    },
    "node_modules/fast-glob": {
      version: "3.3.3",
      resolved: "https://registry.npmjs.org/fast-glob/-/fast-glob-3.3.3.tgz",
      integrity: "sha512-7MptL8U0cqcFdzIzwOTHoilX9x5BrNqye7Z/LuC7kCMRio1EMSyqRK3BEAUD7sXRq4iT4AzTVuZdhgQ2TCvYLg==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "@nodelib/fs.stat": "^2.0.2",
        "@nodelib/fs.walk": "^1.2.3",
        "glob-parent": "^5.1.2",
        merge2: "^1.3.0",
        micromatch: "^4.0.8"
      },
      engines: {
        node: ">=8.6.0"
      }
    },
    "node_modules/fast-string-truncated-width": {
      version: "3.0.3",
      resolved: "https://registry.npmjs.org/fast-string-truncated-width/-/fast-string-truncated-width-3.0.3.tgz",
      integrity: "sha512-0jjjIEL6+0jag3l2XWWizO64/aZVtpiGE3t0Zgqxv0DPuxiMjvB3M24fCyhZUO4KomJQPj3LTSUnDP3GpdwC0g==",
      license: "MIT"
    },
    "node_modules/fast-string-width": {
      version: "3.0.2",
      resolved: "https://registry.npmjs.org/fast-string-width/-/fast-string-width-3.0.2.tgz",
      integrity: "sha512-gX8LrtNEI5hq8DVUfRQMbr5lpaS4nMIWV+7XEbXk2b8kiQIizgnlr12B4dA3ZEx3308ze0O4Q1R+cHts8kyUJg==",
      license: "MIT",
      dependencies: {
        "fast-string-truncated-width": "^3.0.2"
      }
    },
    "node_modules/fast-uri": {
      version: "3.1.4",
      resolved: "https://registry.npmjs.org/fast-uri/-/fast-uri-3.1.4.tgz",
      integrity: "sha512-8JnbkQ4juDyvYs4mgFGQqg4yCYtFDtUtmp2QIQq11ZZe5CFQ5wcqm1rqDgAh/QdMySuBnPzMUiJUNZG5N/AiQw==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/fastify"
        },
        {
          type: "opencollective",
          url: "https://opencollective.com/fastify"
        }
      ],
      license: "BSD-3-Clause"
    },
    "node_modules/fast-wrap-ansi": {
      version: "0.2.2",
      resolved: "https://registry.npmjs.org/fast-wrap-ansi/-/fast-wrap-ansi-0.2.2.tgz",
      integrity: "sha512-7F2Fl+TjRSenLqlU3UjSH0iyqopqoZIu7eZVpEirP2g1GtWa2G/ecEmBdgz31+Mxr+ELclgg6sokpSFIQiZ02Q==",
      license: "MIT",
      dependencies: {
        "fast-string-width": "^3.0.2"
      }
    },
    "node_modules/fastq": {
      version: "1.20.1",
      resolved: "https://registry.npmjs.org/fastq/-/fastq-1.20.1.tgz",
      integrity: "sha512-GGToxJ/w1x32s/D2EKND7kTil4n8OVk/9mycTc4VDza13lOvpUZTGX3mFSCtV9ksdGBVzvsyAVLM6mHFThxXxw==",
      inBundle: true,
      license: "ISC",
      dependencies: {
        reusify: "^1.0.4"
      }
    },
    "node_modules/figures": {
      version: "6.1.0",
      resolved: "https://registry.npmjs.org/figures/-/figures-6.1.0.tgz",
      integrity: "sha512-d+l3qxjSesT4V7v2fh+QnmFnUWv9lSpjarhShNTgBOfA0ttejbQUAlHLitbjkoRiDulW0OPoQPYIGhIC8ohejg==",
      license: "MIT",
      dependencies: {
        "is-unicode-supported": "^2.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/filelist": {
      version: "1.0.6",
      resolved: "https://registry.npmjs.org/filelist/-/filelist-1.0.6.tgz",
      integrity: "sha512-5giy2PkLYY1cP39p17Ech+2xlpTRL9HLspOfEgm0L6CwBXBTgsK5ou0JtzYuepxkaQ/tvhCFIJ5uXo0OrM2DxA==",
      license: "Apache-2.0",
      dependencies: {
        minimatch: "^5.0.1"
      }
    },
    "node_modules/filelist/node_modules/balanced-match": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/balanced-match/-/balanced-match-1.0.2.tgz",
      integrity: "sha512-3oSeUO0TMV67hN1AmbXsK4yaqU7tjiHlbxRDZOpH0KW9+CeX4bRAaX0Anxt0tx2MrpRpWwQaPwIlISEJhYU5Pw==",
      license: "MIT"
    },
    "node_modules/filelist/node_modules/brace-expansion": {
      version: "2.1.2",
      resolved: "https://registry.npmjs.org/brace-expansion/-/brace-expansion-2.1.2.tgz",
      integrity: "sha512-w5JZcKgdhDOgOwm8H+KgbosopHMuGcl6qbulwjtz3SM7I7P3yW1eAjzMPLrIE+NQ9vjgANKHWeMHnrT0OXW1oA==",
      license: "MIT",
      dependencies: {
        "balanced-match": "^1.0.0"
      }
    },
    "node_modules/filelist/node_modules/minimatch": {
      version: "5.1.9",
      resolved: "https://registry.npmjs.org/minimatch/-/minimatch-5.1.9.tgz",
      integrity: "sha512-7o1wEA2RyMP7Iu7GNba9vc0RWWGACJOCZBJX2GJWip0ikV+wcOsgVuY9uE8CPiyQhkGFSlhuSkZPavN7u1c2Fw==",
      license: "ISC",
      dependencies: {
        "brace-expansion": "^2.0.1"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/fill-range": {
      version: "7.1.1",
      resolved: "https://registry.npmjs.org/fill-range/-/fill-range-7.1.1.tgz",
      integrity: "sha512-YsGpe3WHLK8ZYi4tWDg2Jy3ebRz2rXowDxnld4bkQB00cc/1Zw9AWnC0i9ztDJitivtQvaI9KaLyKrc+hBW0yg==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "to-regex-range": "^5.0.1"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/finalhandler": {
      version: "2.1.1",
      resolved: "https://registry.npmjs.org/finalhandler/-/finalhandler-2.1.1.tgz",
      integrity: "sha512-S8KoZgRZN+a5rNwqTxlZZePjT/4cnm0ROV70LedRHZ0p8u9fRID0hJUZQpkKLzro8LfmC8sx23bY6tVNxv8pQA==",
      license: "MIT",
      dependencies: {
        debug: "^4.4.0",
        encodeurl: "^2.0.0",
        "escape-html": "^1.0.3",
        "on-finished": "^2.4.1",
        parseurl: "^1.3.3",
        statuses: "^2.0.1"
      },
      engines: {
        node: ">= 18.0.0"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/find-up": {
      version: "7.0.0",
      resolved: "https://registry.npmjs.org/find-up/-/find-up-7.0.0.tgz",
      integrity: "sha512-YyZM99iHrqLKjmt4LJDj58KI+fYyufRLBSYcqycxf//KpBk9FoewoGX0450m9nB44qrZnovzC2oeP5hUibxc/g==",
      license: "MIT",
      dependencies: {
        "locate-path": "^7.2.0",
        "path-exists": "^5.0.0",
        "unicorn-magic": "^0.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/find-up-simple": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/find-up-simple/-/find-up-simple-1.0.1.tgz",
      integrity: "sha512-afd4O7zpqHeRyg4PfDQsXmlDe2PfdHtJt6Akt8jOWaApLOZk5JXs6VMR29lz03pRe9mpykrRCYIYxaJYcfpncQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/find-up/node_modules/locate-path": {
      version: "7.2.0",
      resolved: "https://registry.npmjs.org/locate-path/-/locate-path-7.2.0.tgz",
      integrity: "sha512-gvVijfZvn7R+2qyPX8mAuKcFGDf6Nc61GdvGafQsHL0sBIxfKzA+usWn4GFC/bk+QdwPUD4kWFJLhElipq+0VA==",
      license: "MIT",
      dependencies: {
        "p-locate": "^6.0.0"
      },
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/find-up/node_modules/unicorn-magic": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/unicorn-magic/-/unicorn-magic-0.1.0.tgz",
      integrity: "sha512-lRfVq8fE8gz6QMBuDM6a+LO3IAzTi05H6gCVaUpir2E1Rwpo4ZUog45KpNXKC/Mn3Yb9UDuHumeFTo9iV/D9FQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/first-chunk-stream": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/first-chunk-stream/-/first-chunk-stream-5.0.0.tgz",
      integrity: "sha512-WdHo4ejd2cG2Dl+sLkW79SctU7mUQDfr4s1i26ffOZRs5mgv+BRttIM9gwcq0rDbemo0KlpVPaa3LBVLqPXzcQ==",
      license: "MIT",
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/fly-import": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/fly-import/-/fly-import-1.0.0.tgz",
      integrity: "sha512-JZEaXZw9QR+DRMClMVJYeY5SNn8zzHBuc+KTreFGDBghRXzCiGR9aDgYGP7O/EeoxwHBZ2Brl+2ixlH/Jmt/qg==",
      dependencies: {
        "@npmcli/arborist": "^9.1.3",
        "env-paths": "^3.0.0",
        "registry-auth-token": "^5.1.0",
        "registry-url": "^7.2.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/fly-import/node_modules/env-paths": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/env-paths/-/env-paths-3.0.0.tgz",
      integrity: "sha512-dtJUTepzMW3Lm/NPxRf3wP4642UWhjL2sQxc+ym2YMj1m/H2zDNQOlezafzkHwn6sMstjHTwG6iQQsctDW/b1A==",
      license: "MIT",
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/fly-import/node_modules/ini": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/ini/-/ini-5.0.0.tgz",
      integrity: "sha512-+N0ngpO3e7cRUWOJAS7qw0IZIVc6XPrW4MlFBdD066F2L4k1L6ker3hLqSq7iXxU5tgS4WGkIUElWn5vogAEnw==",
      license: "ISC",
      engines: {
        node: "^18.17.0 || >=20.5.0"
      }
    },
    "node_modules/fly-import/node_modules/registry-url": {
      version: "7.2.0",
      resolved: "https://registry.npmjs.org/registry-url/-/registry-url-7.2.0.tgz",
      integrity: "sha512-I5UEBQ+09LWKInA1fPswOMZps0cs2Z+IQXb5Z5EkTJiUmIN52Vm/FD3ji5X82c5jIXL3nWEWOrYK0RkON6Oqyg==",
      license: "MIT",
      dependencies: {
        "find-up-simple": "^1.0.1",
        ini: "^5.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/forwarded": {
      version: "0.2.0",
      resolved: "https://registry.npmjs.org/forwarded/-/forwarded-0.2.0.tgz",
      integrity: "sha512-buRG0fpBtRHSTCOASe6hD258tEubFoRLb4ZNA6NxMVHNw2gOcwHo9wyablzMzOA5z9xA9L1KNjk/Nt6MT9aYow==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/fresh": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/fresh/-/fresh-2.0.0.tgz",
      integrity: "sha512-Rx/WycZ60HOaqLKAi6cHRKKI7zxWbJ31MhntmtwMoaTeF7XFH9hhBp8vITaMidfljRQ6eYWCKkaTK+ykVJHP2A==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/fs-extra": {
      version: "11.3.1",
      resolved: "https://registry.npmjs.org/fs-extra/-/fs-extra-11.3.1.tgz",
      integrity: "sha512-eXvGGwZ5CL17ZSwHWd3bbgk7UUpF6IFHtP57NYYakPvHOs8GDgDe5KJI36jIJzDkJ6eJjuzRA8eBQb6SkKue0g==",
      license: "MIT",
      dependencies: {
        "graceful-fs": "^4.2.0",
        jsonfile: "^6.0.1",
        universalify: "^2.0.0"
      },
      engines: {
        node: ">=14.14"
      }
    },
    "node_modules/fs-minipass": {
      version: "3.0.3",
      resolved: "https://registry.npmjs.org/fs-minipass/-/fs-minipass-3.0.3.tgz",
      integrity: "sha512-XUBA9XClHbnJWSfBzjkm6RvPsyg3sryZt06BEQoXcF7EK/xpGaQYJgQKDJSUH5SGZ76Y7pFx1QBnXz09rU5Fbw==",
      license: "ISC",
      dependencies: {
        minipass: "^7.0.3"
      },
      engines: {
        node: "^14.17.0 || ^16.13.0 || >=18.0.0"
      }
    },
    "node_modules/fsevents": {
      version: "2.3.3",
      resolved: "https://registry.npmjs.org/fsevents/-/fsevents-2.3.3.tgz",
      integrity: "sha512-5xoDfX+fL7faATnagmWPpbFtwh/R77WmMMqqHGS65C3vvB0YHrgF+B1YmZ3441tMj5n63k0212XNoJwzlhffQw==",
      hasInstallScript: true,
      license: "MIT",
      optional: true,
      os: [
        "darwin"
      ],
      engines: {
        node: "^8.16.0 || ^10.6.0 || >=11.0.0"
      }
    },
    "node_modules/function-bind": {
      version: "1.1.2",
      resolved: "https://registry.npmjs.org/function-bind/-/function-bind-1.1.2.tgz",
      integrity: "sha512-7XHNxH7qX9xG5mIwxkhumTox/MIRNcOgDrxWsMt2pAr23WHp6MrRlN7FBSFpCpr+oVO0F744iUgR82nJMfG2SA==",
      license: "MIT",
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/get-east-asian-width": {
      version: "1.6.0",
      resolved: "https://registry.npmjs.org/get-east-asian-width/-/get-east-asian-width-1.6.0.tgz",
      integrity: "sha512-QRbvDIbx6YklUe6RxeTeleMR0yv3cYH6PsPZHcnVn7xv7zO1BHN8r0XETu8n6Ye3Q+ahtSarc3WgtNWmehIBfA==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/get-intrinsic": {
      version: "1.3.0",
      resolved: "https://registry.npmjs.org/get-intrinsic/-/get-intrinsic-1.3.0.tgz",
      integrity: "sha512-9fSjSaos/fRIVIp+xSJlE6lfwhES7LNtKaCBIamHsjr2na1BiABJPo0mOjjz8GJDURarmCPGqaiVg5mfjb98CQ==",
      license: "MIT",
      dependencies: {
        "call-bind-apply-helpers": "^1.0.2",
        "es-define-property": "^1.0.1",
        "es-errors": "^1.3.0",
        "es-object-atoms": "^1.1.1",
        "function-bind": "^1.1.2",
        "get-proto": "^1.0.1",
        gopd: "^1.2.0",
        "has-symbols": "^1.1.0",
        hasown: "^2.0.2",
        "math-intrinsics": "^1.1.0"
      },
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/get-proto": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/get-proto/-/get-proto-1.0.1.tgz",
      integrity: "sha512-sTSfBjoXBp89JvIKIefqw7U2CCebsc74kiY6awiGogKtoSGbgjYE/G/+l9sF3MWFPNc9IcoOC4ODfKHfxFmp0g==",
      license: "MIT",
      dependencies: {
        "dunder-proto": "^1.0.1",
        "es-object-atoms": "^1.0.0"
      },
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/get-stream": {
      version: "9.0.1",
      resolved: "https://registry.npmjs.org/get-stream/-/get-stream-9.0.1.tgz",
      integrity: "sha512-kVCxPF3vQM/N0B1PmoqVUqgHP+EeVjmZSQn+1oCRPxd2P21P2F19lIgbR3HBosbB1PUhOAoctJnfEn2GbN2eZA==",
      license: "MIT",
      dependencies: {
        "@sec-ant/readable-stream": "^0.4.1",
        "is-stream": "^4.0.1"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/github-username": {
      version: "9.0.0",
      resolved: "https://registry.npmjs.org/github-username/-/github-username-9.0.0.tgz",
      integrity: "sha512-lY7+mymwQUEhRwWTLxieKkxcZkVNnUh8iAGnl30DMB1ZtYODHkMAckZk8Jx5dLQs1YKPYM2ibnzQu02aCLFcYQ==",
      license: "MIT",
      dependencies: {
        "@octokit/rest": "^21.1.1"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/glob": {
      version: "13.0.6",
      resolved: "https://registry.npmjs.org/glob/-/glob-13.0.6.tgz",
      integrity: "sha512-Wjlyrolmm8uDpm/ogGyXZXb1Z+Ca2B8NbJwqBVg0axK9GbBeoS7yGV6vjXnYdGm6X53iehEuxxbyiKp8QmN4Vw==",
      license: "BlueOak-1.0.0",
      dependencies: {
        minimatch: "^10.2.2",
        minipass: "^7.1.3",
        "path-scurry": "^2.0.2"
      },
      engines: {
        node: "18 || 20 || >=22"
      },
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/glob-parent": {
      version: "5.1.2",
      resolved: "https://registry.npmjs.org/glob-parent/-/glob-parent-5.1.2.tgz",
      integrity: "sha512-AOIgSQCepiJYwP3ARnGx+5VnTu2HBYdzbGP45eLw1vr3zB3vZLeyed1sC9hnbcOc9/SrMyM5RPQrkGz4aS9Zow==",
      inBundle: true,
      license: "ISC",
      dependencies: {
        "is-glob": "^4.0.1"
      },
      engines: {
        node: ">= 6"
      }
    },
    "node_modules/global-directory": {
      version: "4.0.1",
      resolved: "https://registry.npmjs.org/global-directory/-/global-directory-4.0.1.tgz",
      integrity: "sha512-wHTUcDUoZ1H5/0iVqEudYW4/kAlN5cZ3j/bXn0Dpbizl9iaUVeWSHqiOjsgk6OW2bkLclbBjzewBz6weQ1zA2Q==",
      license: "MIT",
      dependencies: {
        ini: "4.1.1"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/globby": {
      version: "16.2.2",
      resolved: "https://registry.npmjs.org/globby/-/globby-16.2.2.tgz",
      integrity: "sha512-NLvV9ubZ6NDsJaOpKPy3cQeJpKi9DcWiyCiFUpJPA0YihRqiE6RWaLUmgNNPr8MgPpLZjnBjSmou7uZBRJv9wA==",
      license: "MIT",
      dependencies: {
        "@sindresorhus/merge-streams": "^4.0.0",
        "fast-glob": "^3.3.3",
        ignore: "^7.0.5",
        "is-path-inside": "^4.0.0",
        slash: "^5.1.0",
        "unicorn-magic": "^0.4.0"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/globby/node_modules/unicorn-magic": {
      version: "0.4.0",
      resolved: "https://registry.npmjs.org/unicorn-magic/-/unicorn-magic-0.4.0.tgz",
      integrity: "sha512-wH590V9VNgYH9g3lH9wWjTrUoKsjLF6sGLjhR4sH1LWpLmCOH0Zf7PukhDA8BiS7KHe4oPNkcTHqYkj7SOGUOw==",
      license: "MIT",
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/gopd": {
      version: "1.2.0",
      resolved: "https://registry.npmjs.org/gopd/-/gopd-1.2.0.tgz",
      integrity: "sha512-ZUKRh6/kUFoAiTAtTYPZJ3hw9wNxx+BIBOijnlG9PnrJsCcSjs1wyyD6vJpaYtgnzDrKYRSqf3OO6Rfa93xsRg==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/graceful-fs": {
      version: "4.2.11",
      resolved: "https://registry.npmjs.org/graceful-fs/-/graceful-fs-4.2.11.tgz",
      integrity: "sha512-RbJ5/jmFcNNCcDV5o9eTnBLJ/HszWV0P73bc+Ff4nS/rJj+YaS6IGyiOL0VoBYX+l1Wrl3k63h/KrH+nhJ0XvQ==",
      license: "ISC"
    },
    "node_modules/graphql": {
      version: "16.14.2",
      resolved: "https://registry.npmjs.org/graphql/-/graphql-16.14.2.tgz",
      integrity: "sha512-Chq1s4CY7jmh8gO2qvLIJyfCDIN+EHLFW/9iShnp1z8FjBQMoodWP1kDC36VAMXXIvAjj4ARa7ntfAV2BrjsbA==",
      license: "MIT",
      engines: {
        node: "^12.22.0 || ^14.16.0 || ^16.0.0 || >=17.0.0"
      }
    },
    "node_modules/graphql-language-service": {
      version: "5.5.2",
      resolved: "https://registry.npmjs.org/graphql-language-service/-/graphql-language-service-5.5.2.tgz",
      integrity: "sha512-NJhgEKTArkyNPcy4NRUFdbpNs5/F99LcvXbNtmGzNGwwruN8tBE3YPMjpYmp8KpBQtOx3uSuvXJlOOE3Vy2KRQ==",
      license: "MIT",
      dependencies: {
        "debounce-promise": "^3.1.2",
        nullthrows: "^1.0.0",
        "vscode-languageserver-types": "^3.17.1"
      },
      bin: {
        graphql: "dist/temp-bin.js"
      },
      peerDependencies: {
        graphql: "^15.5.0 || ^16.0.0 || ^17.0.0"
      }
    },
    "node_modules/grouped-queue": {
      version: "2.1.0",
      resolved: "https://registry.npmjs.org/grouped-queue/-/grouped-queue-2.1.0.tgz",
      integrity: "sha512-c5NDCWO0XiXuJAhOegMiNotkDmgORN+VNo3+YHMhWpoWG/u2+8im8byqsOe3/myI9YcC//plRdqGa2AE3Qsdjw==",
      license: "MIT",
      engines: {
        node: ">=8.0.0"
      }
    },
    "node_modules/growly": {
      version: "1.3.0",
      resolved: "https://registry.npmjs.org/growly/-/growly-1.3.0.tgz",
      integrity: "sha512-+xGQY0YyAWCnqy7Cd++hc2JqMYzlm0dG30Jd0beaA64sROr8C4nt8Yc9V5Ro3avlSUDTN0ulqP/VBKi1/lLygw==",
      license: "MIT"
    },
    "node_modules/has-symbols": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/has-symbols/-/has-symbols-1.1.0.tgz",
      integrity: "sha512-1cDNdwJ2Jaohmb3sg4OmKaMBwuC48sYni5HUw2DvsC8LjGTLK9h+eb1X6RyuOHe4hT0ULCW68iomhjUoKUqlPQ==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/hasown": {
      version: "2.0.4",
      resolved: "https://registry.npmjs.org/hasown/-/hasown-2.0.4.tgz",
      integrity: "sha512-T2UbfbBEF32wiepXIsMlTW9+dDYC6wMh/t/vYA4tuOMKqWz/n3vr1NFSxQiyP+zk2mXsoMA/i/7qV6LKut1t1A==",
      license: "MIT",
      dependencies: {
        "function-bind": "^1.1.2"
      },
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/he": {
      version: "1.2.0",
      resolved: "https://registry.npmjs.org/he/-/he-1.2.0.tgz",
      integrity: "sha512-F/1DnUGPopORZi0ni+CvrCgHQ5FyEAHRLSApuYWMmrbSwoN2Mn/7k+Gl38gJnR7yyDZk6WLXwiGod1JOWNDKGw==",
      license: "MIT",
      bin: {
        he: "bin/he"
      }
    },
    "node_modules/hono": {
      version: "4.12.31",
      resolved: "https://registry.npmjs.org/hono/-/hono-4.12.31.tgz",
      integrity: "sha512-zJIHFrl6bq3RDd2YusFNCDlM8qUprxKswyi/OPzPyzKDdyBXDqWx8bZlZ7R+saTdSTatUmb3O7K4SspGPaEOQg==",
      license: "MIT",
      engines: {
        node: ">=16.9.0"
      }
    },
    "node_modules/hosted-git-info": {
      version: "9.0.3",
      resolved: "https://registry.npmjs.org/hosted-git-info/-/hosted-git-info-9.0.3.tgz",
      integrity: "sha512-Hc+ghLoSt6QaYZUv0WBiIvmMDZuZZ7oaDvdH8MbfOO4lOsxdXLEvuC6ePoGs9H1X9oCLyq6+NVN0MKqD+ydxyg==",
      license: "ISC",
      dependencies: {
        "lru-cache": "^11.1.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/http-cache-semantics": {
      version: "4.2.0",
      resolved: "https://registry.npmjs.org/http-cache-semantics/-/http-cache-semantics-4.2.0.tgz",
      integrity: "sha512-dTxcvPXqPvXBQpq5dUr6mEMJX4oIEFv6bwom3FDwKRDsuIjjJGANqhBuoAn9c1RQJIdAKav33ED65E2ys+87QQ==",
      license: "BSD-2-Clause"
    },
    "node_modules/http-errors": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/http-errors/-/http-errors-2.0.1.tgz",
      integrity: "sha512-4FbRdAX+bSdmo4AUFuS0WNiPz8NgFt+r8ThgNWmlrjQjt1Q7ZR9+zTlce2859x4KSXrwIsaeTqDoKQmtP8pLmQ==",
      license: "MIT",
      dependencies: {
        depd: "~2.0.0",
        inherits: "~2.0.4",
        setprototypeof: "~1.2.0",
        statuses: "~2.0.2",
        toidentifier: "~1.0.1"
      },
      engines: {
        node: ">= 0.8"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/http-proxy-agent": {
      version: "7.0.2",
      resolved: "https://registry.npmjs.org/http-proxy-agent/-/http-proxy-agent-7.0.2.tgz",
      integrity: "sha512-T1gkAiYYDWYx3V5Bmyu7HcfcvL7mUrTWiM6yOfa3PIphViJ/gFPbvidQ+veqSOHci/PxBcDabeUNCzpOODJZig==",
      license: "MIT",
      dependencies: {
        "agent-base": "^7.1.0",
        debug: "^4.3.4"
      },
      engines: {
        node: ">= 14"
      }
    },
    "node_modules/https-proxy-agent": {
      version: "7.0.6",
      resolved: "https://registry.npmjs.org/https-proxy-agent/-/https-proxy-agent-7.0.6.tgz",
      integrity: "sha512-vK9P5/iUfdl95AI+JVyUuIcVtd4ofvtrOr3HNtM2yxC9bnMbEdp3x01OhQNnjb8IJYi38VlTE3mBXwcfvywuSw==",
      license: "MIT",
      dependencies: {
        "agent-base": "^7.1.2",
        debug: "4"
      },
      engines: {
        node: ">= 14"
      }
    },
    "node_modules/human-signals": {
      version: "8.0.1",
      resolved: "https://registry.npmjs.org/human-signals/-/human-signals-8.0.1.tgz",
      integrity: "sha512-eKCa6bwnJhvxj14kZk5NCPc6Hb6BdsU9DZcOnmQKSnO1VKrfV0zCvtttPZUsBvjmNDn8rpcJfpwSYnHBjc95MQ==",
      license: "Apache-2.0",
      engines: {
        node: ">=18.18.0"
      }
    },
    "node_modules/iconv-lite": {
      version: "0.7.3",
      resolved: "https://registry.npmjs.org/iconv-lite/-/iconv-lite-0.7.3.tgz",
      integrity: "sha512-IKXpvIzjnC9XTAUbVBcMfGS0EPaIXtW6v+zr+RRp+hqULEpo0owZax6wyRwPOJbWbzjYspQwusTsfVr0ifh4uQ==",
      license: "MIT",
      dependencies: {
        "safer-buffer": ">= 2.1.2 < 3.0.0"
      },
      engines: {
        node: ">=0.10.0"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/ignore": {
      version: "7.0.6",
      resolved: "https://registry.npmjs.org/ignore/-/ignore-7.0.6.tgz",
      integrity: "sha512-BAg6QkE8W+TuQLrrw0Ugr7HegXduRuuj8/ti2kSOc+jz1dmx8/WNcjr6XGnq5YpDWxFwwaavqD0+jIUOKelTsw==",
      license: "MIT",
      engines: {
        node: ">= 4"
      }
    },
    "node_modules/ignore-walk": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/ignore-walk/-/ignore-walk-8.0.0.tgz",
      integrity: "sha512-FCeMZT4NiRQGh+YkeKMtWrOmBgWjHjMJ26WQWrRQyoyzqevdaGSakUaJW5xQYmjLlUVk2qUnCjYVBax9EKKg8A==",
      license: "ISC",
      dependencies: {
        minimatch: "^10.0.3"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/index-to-position": {
      version: "1.2.0",
      resolved: "https://registry.npmjs.org/index-to-position/-/index-to-position-1.2.0.tgz",
      integrity: "sha512-Yg7+ztRkqslMAS2iFaU+Oa4KTSidr63OsFGlOrJoW981kIYO3CGCS3wA95P1mUi/IVSJkn0D479KTJpVpvFNuw==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/inherits": {
      version: "2.0.4",
      resolved: "https://registry.npmjs.org/inherits/-/inherits-2.0.4.tgz",
      integrity: "sha512-k/vGaX4/Yla3WzyMCvTQOXYeIHvqOKtnqBduzTHpzpQZzAskKMhZ2K+EnBiSM9zGSoIFeMpXKxa4dYeZIQqewQ==",
      license: "ISC"
    },
    "node_modules/ini": {
      version: "4.1.1",
      resolved: "https://registry.npmjs.org/ini/-/ini-4.1.1.tgz",
      integrity: "sha512-QQnnxNyfvmHFIsj7gkPcYymR8Jdw/o7mp5ZFihxn6h8Ci6fh3Dx4E1gPjpQEpIuPo9XVNY/ZUwh4BPMjGyL01g==",
      license: "ISC",
      engines: {
        node: "^14.17.0 || ^16.13.0 || >=18.0.0"
      }
    },
    "node_modules/inquirer": {
      version: "13.4.3",
      resolved: "https://registry.npmjs.org/inquirer/-/inquirer-13.4.3.tgz",
      integrity: "sha512-EPd3IqieHSavSOXh+LZhrIkdQcOELWeRblLT6kslQr+cF9XTh/HxZdSt1YkHH1iq4dvqBnV42uwg2YlorgOy6g==",
      license: "MIT",
      dependencies: {
        "@inquirer/ansi": "^2.0.5",
        "@inquirer/core": "^11.1.10",
        "@inquirer/prompts": "^8.4.3",
        "@inquirer/type": "^4.0.5",
        "mute-stream": "^3.0.0",
        "run-async": "^4.0.6",
        rxjs: "^7.8.2"
      },
      engines: {
        node: ">=23.5.0 || ^22.13.0 || ^21.7.0 || ^20.12.0"
      },
      peerDependencies: {
        "@types/node": ">=18"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/ip-address": {
      version: "10.2.0",
      resolved: "https://registry.npmjs.org/ip-address/-/ip-address-10.2.0.tgz",
      integrity: "sha512-/+S6j4E9AHvW9SWMSEY9Xfy66O5PWvVEJ08O0y5JGyEKQpojb0K0GKpz/v5HJ/G0vi3D2sjGK78119oXZeE0qA==",
      license: "MIT",
      engines: {
        node: ">= 12"
      }
    },
    "node_modules/ipaddr.js": {
      version: "1.9.1",
      resolved: "https://registry.npmjs.org/ipaddr.js/-/ipaddr.js-1.9.1.tgz",
      integrity: "sha512-0KI/607xoxSToH7GjN1FfSbLoU0+btTicjsQSWQlh/hZykN8KpmMf7uYwPW3R+akZ6R/w18ZlXSHBYXiYUPO3g==",
      license: "MIT",
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/is-docker": {
      version: "2.2.1",
      resolved: "https://registry.npmjs.org/is-docker/-/is-docker-2.2.1.tgz",
      integrity: "sha512-F+i2BKsFrH66iaUFc0woD8sLy8getkwTwtOBjvs56Cx4CgJDeKQeqfz8wAYiSb8JOprWhHH5p77PbmYCvvUuXQ==",
      license: "MIT",
      bin: {
        "is-docker": "cli.js"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-extglob": {
      version: "2.1.1",
      resolved: "https://registry.npmjs.org/is-extglob/-/is-extglob-2.1.1.tgz",
      integrity: "sha512-SbKbANkN603Vi4jEZv49LeVJMn4yGwsbzZworEoyEiutsN3nJYdbO36zfhGJ6QEDpOZIFkDtnq5JRxmvl3jsoQ==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/is-fullwidth-code-point": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/is-fullwidth-code-point/-/is-fullwidth-code-point-3.0.0.tgz",
      integrity: "sha512-zymm5+u+sCsSWyD9qNaejV3DFvhCKclKdizYaJUuHA83RLjb7nSuGnddCHGv0hk+KY7BMAlsWeK4Ueg6EV6XQg==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-glob": {
      version: "4.0.3",
      resolved: "https://registry.npmjs.org/is-glob/-/is-glob-4.0.3.tgz",
      integrity: "sha512-xelSayHH36ZgE7ZWhli7pW34hNbNl8Ojv5KVmkJD4hBdD3th8Tfk9vYasLM+mXWOZhFkgZfxhLSnrwRr4elSSg==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "is-extglob": "^2.1.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/is-in-ci": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/is-in-ci/-/is-in-ci-1.0.0.tgz",
      integrity: "sha512-eUuAjybVTHMYWm/U+vBO1sY/JOCgoPCXRxzdju0K+K0BiGW0SChEL1MLC0PoCIR1OlPo5YAp8HuQoUlsWEICwg==",
      license: "MIT",
      bin: {
        "is-in-ci": "cli.js"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-in-ssh": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/is-in-ssh/-/is-in-ssh-1.0.0.tgz",
      integrity: "sha512-jYa6Q9rH90kR1vKB6NM7qqd1mge3Fx4Dhw5TVlK1MUBqhEOuCagrEHMevNuCcbECmXZ0ThXkRm+Ymr51HwEPAw==",
      license: "MIT",
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-inside-container": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/is-inside-container/-/is-inside-container-1.0.0.tgz",
      integrity: "sha512-KIYLCCJghfHZxqjYBE7rEy0OBuTd5xCHS7tHVgvCLkx7StIoaxwNW3hCALgEUjFfeRk+MG/Qxmp/vtETEF3tRA==",
      license: "MIT",
      dependencies: {
        "is-docker": "^3.0.0"
      },
      bin: {
        "is-inside-container": "cli.js"
      },
      engines: {
        node: ">=14.16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-inside-container/node_modules/is-docker": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/is-docker/-/is-docker-3.0.0.tgz",
      integrity: "sha512-eljcgEDlEns/7AXFosB5K/2nCM4P7FQPkGc/DWLy5rmFEWvZayGrik1d9/QIY5nJ4f9YsVvBkA6kJpHn9rISdQ==",
      license: "MIT",
      bin: {
        "is-docker": "cli.js"
      },
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-installed-globally": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/is-installed-globally/-/is-installed-globally-1.0.0.tgz",
      integrity: "sha512-K55T22lfpQ63N4KEN57jZUAaAYqYHEe8veb/TycJRk9DdSCLLcovXz/mL6mOnhQaZsQGwPhuFopdQIlqGSEjiQ==",
      license: "MIT",
      dependencies: {
        "global-directory": "^4.0.1",
        "is-path-inside": "^4.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-interactive": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/is-interactive/-/is-interactive-2.0.0.tgz",
      integrity: "sha512-qP1vozQRI+BMOPcjFzrjXuQvdak2pHNUMZoeG2eRbiSqyvbEf/wQtEOTOX1guk6E3t36RkaqiSt8A/6YElNxLQ==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-npm": {
      version: "6.1.0",
      resolved: "https://registry.npmjs.org/is-npm/-/is-npm-6.1.0.tgz",
      integrity: "sha512-O2z4/kNgyjhQwVR1Wpkbfc19JIhggF97NZNCpWTnjH7kVcZMUrnut9XSN7txI7VdyIYk5ZatOq3zvSuWpU8hoA==",
      license: "MIT",
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-number": {
      version: "7.0.0",
      resolved: "https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz",
      integrity: "sha512-41Cifkg6e8TylSpdtTpeLVMqvSBEVzTttHvERD741+pnZ8ANv0004MRL43QKPDlK9cGvNp6NZWZUBlbGXYxxng==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=0.12.0"
      }
    },
    "node_modules/is-path-inside": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/is-path-inside/-/is-path-inside-4.0.0.tgz",
      integrity: "sha512-lJJV/5dYS+RcL8uQdBDW9c9uWFLLBNRyFhnAKXw5tVqLlKZ4RMGZKv+YQ/IA3OhD+RpbJa1LLFM1FQPGyIXvOA==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-plain-obj": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/is-plain-obj/-/is-plain-obj-4.1.0.tgz",
      integrity: "sha512-+Pgi+vMuUNkJyExiMBt5IlFoMyKnr5zhJ4Uspz58WOhBF5QoIZkFyNHIbBAtHwzVAgk5RtndVNsDRN61/mmDqg==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-promise": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/is-promise/-/is-promise-4.0.0.tgz",
      integrity: "sha512-hvpoI6korhJMnej285dSg6nu1+e6uxs7zG3BYAm5byqDsgJNWwxzM6z6iZiAgQR4TJ30JmBTOwqZUw3WlyH3AQ==",
      license: "MIT"
    },
    "node_modules/is-stream": {
      version: "4.0.1",
      resolved: "https://registry.npmjs.org/is-stream/-/is-stream-4.0.1.tgz",
      integrity: "sha512-Dnz92NInDqYckGEUJv689RbRiTSEHCQ7wOVeALbkOz999YpqT46yMRIGtSNl2iCL1waAZSx40+h59NV/EwzV/A==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-unicode-supported": {
      version: "2.1.0",
      resolved: "https://registry.npmjs.org/is-unicode-supported/-/is-unicode-supported-2.1.0.tgz",
      integrity: "sha512-mE00Gnza5EEB3Ds0HfMyllZzbBrmLOX3vfWoj9A9PEnTfratQ/BcaJOuMhnkhjXvb2+FkY3VuHqtAGpTPmglFQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-utf8": {
      version: "0.2.1",
      resolved: "https://registry.npmjs.org/is-utf8/-/is-utf8-0.2.1.tgz",
      integrity: "sha512-rMYPYvCzsXywIsldgLaSoPlw5PfoB/ssr7hY4pLfcodrA5M/eArza1a9VmTiNIBNMjOGr1Ow9mTyU2o69U6U9Q==",
      license: "MIT"
    },
    "node_modules/is-wsl": {
      version: "2.2.0",
      resolved: "https://registry.npmjs.org/is-wsl/-/is-wsl-2.2.0.tgz",
      integrity: "sha512-fKzAra0rGJUUBwGBgNkHZuToZcn+TtXHpeCgmkMJMMYx1sQDYaCSyjJBSCa2nH1DGm7s3n1oBnohoVTBaN7Lww==",
      license: "MIT",
      dependencies: {
        "is-docker": "^2.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/isarray": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/isarray/-/isarray-1.0.0.tgz",
      integrity: "sha512-VLghIWNM6ELQzo7zwmcg0NmTVyWKYjvIeM83yjp0wRDTmUnrM678fQbcKBo6n2CJEF0szoG//ytg+TKla89ALQ==",
      license: "MIT"
    },
    "node_modules/isbinaryfile": {
      version: "5.0.7",
      resolved: "https://registry.npmjs.org/isbinaryfile/-/isbinaryfile-5.0.7.tgz",
      integrity: "sha512-gnWD14Jh3FzS3CPhF0AxNOJ8CxqeblPTADzI38r0wt8ZyQl5edpy75myt08EG2oKvpyiqSqsx+Wkz9vtkbTqYQ==",
      license: "MIT",
      engines: {
        node: ">= 18.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/gjtorikian/"
      }
    },
    "node_modules/isexe": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/isexe/-/isexe-2.0.0.tgz",
      integrity: "sha512-RHxMLp9lnKHGHRng9QFhRCMbYAcVpn69smSGcq3f36xjgVVWThj4qqLbTLlq7Ssj8B+fIQ1EuCEGI2lKsyQeIw==",
      inBundle: true,
      license: "ISC"
    },
    "node_modules/isobject": {
      version: "2.1.0",
      resolved: "https://registry.npmjs.org/isobject/-/isobject-2.1.0.tgz",
      integrity: "sha512-+OUdGJlgjOBZDfxnDjYYG6zp487z0JGNQq3cYQYg5f5hKR+syHMsaztzGeml/4kGG55CSpKSpWTY+jYGgsHLgA==",
      license: "MIT",
      dependencies: {
        isarray: "1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/jake": {
      version: "10.9.4",
      resolved: "https://registry.npmjs.org/jake/-/jake-10.9.4.tgz",
      integrity: "sha512-wpHYzhxiVQL+IV05BLE2Xn34zW1S223hvjtqk0+gsPrwd/8JNLXJgZZM/iPFsYc1xyphF+6M6EvdE5E9MBGkDA==",
      license: "Apache-2.0",
      dependencies: {
        async: "^3.2.6",
        filelist: "^1.0.4",
        picocolors: "^1.1.1"
      },
      bin: {
        jake: "bin/cli.js"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/jose": {
      version: "6.2.3",
      resolved: "https://registry.npmjs.org/jose/-/jose-6.2.3.tgz",
      integrity: "sha512-YYVDInQKFJfR/xa3ojUTl8c2KoTwiL1R5Wg9YCydwH0x0B9grbzlg5HC7mMjCtUJjbQ/YnGEZIhI5tCgfTb4Hw==",
      license: "MIT",
      funding: {
        url: "https://github.com/sponsors/panva"
      }
    },
    "node_modules/js-yaml": {
      version: "4.3.0",
      resolved: "https://registry.npmjs.org/js-yaml/-/js-yaml-4.3.0.tgz",
      integrity: "sha512-1td788aAnnZ5qs7V2QIRl1owjtYpbKt749Y3xauqQgwIIGF/xXWz1wMTEBx5O3LK3lXLVuqXPdPxj2BoFHaW9Q==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/puzrin"
        },
        {
          type: "github",
          url: "https://github.com/sponsors/nodeca"
        }
      ],
      license: "MIT",
      dependencies: {
        argparse: "^2.0.1"
      },
      bin: {
        "js-yaml": "bin/js-yaml.js"
      }
    },
    "node_modules/json-parse-even-better-errors": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/json-parse-even-better-errors/-/json-parse-even-better-errors-5.0.0.tgz",
      integrity: "sha512-ZF1nxZ28VhQouRWhUcVlUIN3qwSgPuswK05s/HIaoetAoE/9tngVmCHjSxmSQPav1nd+lPtTL0YZ/2AFdR/iYQ==",
      license: "MIT",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/json-schema": {
      version: "0.4.0",
      resolved: "https://registry.npmjs.org/json-schema/-/json-schema-0.4.0.tgz",
      integrity: "sha512-es94M3nTIfsEPisRafak+HDLfHXnKBhV3vU5eqPcS3flIWqcxJWgXHXiey3YrpaNsanY5ei1VoYEbOzijuq9BA==",
      license: "(AFL-2.1 OR BSD-3-Clause)"
    },
    "node_modules/json-schema-traverse": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/json-schema-traverse/-/json-schema-traverse-1.0.0.tgz",
      integrity: "sha512-NM8/P9n3XjXhIZn1lLhkFaACTOURQXjWhV4BA/RnOv8xvgqtqpAX9IO4mRQxSx1Rlo4tqzeqb0sOlruaOy3dug==",
      license: "MIT"
    },
    "node_modules/json-schema-typed": {
      version: "8.0.2",
      resolved: "https://registry.npmjs.org/json-schema-typed/-/json-schema-typed-8.0.2.tgz",
      integrity: "sha512-fQhoXdcvc3V28x7C7BMs4P5+kNlgUURe2jmUT1T//oBRMDrqy1QPelJimwZGo7Hg9VPV3EQV5Bnq4hbFy2vetA==",
      license: "BSD-2-Clause"
    },
    "node_modules/json-stringify-nice": {
      version: "1.1.4",
      resolved: "https://registry.npmjs.org/json-stringify-nice/-/json-stringify-nice-1.1.4.tgz",
      integrity: "sha512-5Z5RFW63yxReJ7vANgW6eZFGWaQvnPE3WNmZoOJrSkGju2etKA2L5rrOa1sm877TVTFt57A80BH1bArcmlLfPw==",
      license: "ISC",
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/jsonc-parser": {
      version: "3.3.1",
      resolved: "https://registry.npmjs.org/jsonc-parser/-/jsonc-parser-3.3.1.tgz",
      integrity: "sha512-HUgH65KyejrUFPvHFPbqOY0rsFip3Bo5wb4ngvdi1EpCYWUQDC5V+Y7mZws+DLkr4M//zQJoanu1SP+87Dv1oQ==",
      license: "MIT"
    },
    "node_modules/jsonfile": {
      version: "6.2.1",
      resolved: "https://registry.npmjs.org/jsonfile/-/jsonfile-6.2.1.tgz",
      integrity: "sha512-zwOTdL3rFQ/lRdBnntKVOX6k5cKJwEc1HdilT71BWEu7J41gXIB2MRp+vxduPSwZJPWBxEzv4yH1wYLJGUHX4Q==",
      license: "MIT",
      dependencies: {
        universalify: "^2.0.0"
      },
      optionalDependencies: {
        "graceful-fs": "^4.1.6"
      }
    },
    "node_modules/jsonparse": {
      version: "1.3.1",
      resolved: "https://registry.npmjs.org/jsonparse/-/jsonparse-1.3.1.tgz",
      integrity: "sha512-POQXvpdL69+CluYsillJ7SUhKvytYjW9vG/GKpnf+xP8UWgYEM/RaMzHHofbALDiKbbP1W8UEYmgGl39WkPZsg==",
      engines: [
        "node >= 0.2.0"
      ],
      license: "MIT"
    },
    "node_modules/just-diff": {
      version: "6.0.2",
      resolved: "https://registry.npmjs.org/just-diff/-/just-diff-6.0.2.tgz",
      integrity: "sha512-S59eriX5u3/QhMNq3v/gm8Kd0w8OS6Tz2FS1NG4blv+z0MuQcBRJyFWjdovM0Rad4/P4aUPFtnkNjMjyMlMSYA==",
      license: "MIT"
    },
    "node_modules/just-diff-apply": {
      version: "5.5.0",
      resolved: "https://registry.npmjs.org/just-diff-apply/-/just-diff-apply-5.5.0.tgz",
      integrity: "sha512-OYTthRfSh55WOItVqwpefPtNt2VdKsq5AnAK6apdtR6yCH8pr0CmSr710J0Mf+WdQy7K/OzMy7K2MgAfdQURDw==",
      license: "MIT"
    },
    "node_modules/kleur": {
      version: "3.0.3",
      resolved: "https://registry.npmjs.org/kleur/-/kleur-3.0.3.tgz",
      integrity: "sha512-eTIzlVOSUR+JxdDFepEYcBMtZ9Qqdef+rnzWdRZuMbOywu5tO2w2N7rqjoANZ5k9vywhL6Br1VRjUIgTQx4E8w==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/ky": {
      version: "1.14.3",
      resolved: "https://registry.npmjs.org/ky/-/ky-1.14.3.tgz",
      integrity: "sha512-9zy9lkjac+TR1c2tG+mkNSVlyOpInnWdSMiue4F+kq8TwJSgv6o8jhLRg8Ho6SnZ9wOYUq/yozts9qQCfk7bIw==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sindresorhus/ky?sponsor=1"
      }
    },
    "node_modules/latest-version": {
      version: "9.0.0",
      resolved: "https://registry.npmjs.org/latest-version/-/latest-version-9.0.0.tgz",
      integrity: "sha512-7W0vV3rqv5tokqkBAFV1LbR7HPOWzXQDpDgEuib/aJ1jsZZx6x3c2mBI+TJhJzOhkGeaLbCKEHXEXLfirtG2JA==",
      license: "MIT",
      dependencies: {
        "package-json": "^10.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/line-column": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/line-column/-/line-column-1.0.2.tgz",
      integrity: "sha512-Ktrjk5noGYlHsVnYWh62FLVs4hTb8A3e+vucNZMgPeAOITdshMSgv4cCZQeRDjm7+goqmo6+liZwTXo+U3sVww==",
      license: "MIT",
      dependencies: {
        isarray: "^1.0.0",
        isobject: "^2.0.0"
      }
    },
    "node_modules/livereload": {
      version: "0.10.3",
      resolved: "https://registry.npmjs.org/livereload/-/livereload-0.10.3.tgz",
      integrity: "sha512-llSb8HrtSH7ByPFMc8WTTeW3oy++smwgSA8JVGzEn8KiDPESq6jt1M4ZKKkhKTrhn2wvUOadQq4ip10E5daZ3w==",
      license: "MIT",
      dependencies: {
        chokidar: "^4.0.3",
        "livereload-js": "^4.0.2",
        opts: "^2.0.2",
        ws: "^8.4.3"
      },
      bin: {
        livereload: "bin/livereload.js"
      },
      engines: {
        node: ">=8.0.0"
      }
    },
    "node_modules/livereload-js": {
      version: "4.0.2",
      resolved: "https://registry.npmjs.org/livereload-js/-/livereload-js-4.0.2.tgz",
      integrity: "sha512-Fy7VwgQNiOkynYyNBTo3v9hQUhcW5pFAheJN148+DTgpShjsy/22pLHKKwDK5v0kOsZsJBK+6q1PMgLvRmrwFQ==",
      license: "MIT"
    },
    "node_modules/livereload/node_modules/chokidar": {
      version: "4.0.3",
      resolved: "https://registry.npmjs.org/chokidar/-/chokidar-4.0.3.tgz",
      integrity: "sha512-Qgzu8kfBvo+cA4962jnP1KkS6Dop5NS6g7R5LFYJr4b8Ub94PPQXUksCw9PvXoeXPRRddRNC5C1JQUR2SMGtnA==",
      license: "MIT",
      dependencies: {
        readdirp: "^4.0.1"
      },
      engines: {
        node: ">= 14.16.0"
      },
      funding: {
        url: "https://paulmillr.com/funding/"
      }
    },
    "node_modules/livereload/node_modules/readdirp": {
      version: "4.1.2",
      resolved: "https://registry.npmjs.org/readdirp/-/readdirp-4.1.2.tgz",
      integrity: "sha512-GDhwkLfywWL2s6vEjyhri+eXmfH6j1L7JE27WhqLeYzoh/A3DBaYGEj2H/HFZCn/kMfim73FXxEJTw06WtxQwg==",
      license: "MIT",
      engines: {
        node: ">= 14.18.0"
      },
      funding: {
        type: "individual",
        url: "https://paulmillr.com/funding/"
      }
    },
    "node_modules/locate-path": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/locate-path/-/locate-path-8.0.0.tgz",
      integrity: "sha512-XT9ewWAC43tiAV7xDAPflMkG0qOPn2QjHqlgX8FOqmWa/rxnyYDulF9T0F7tRy1u+TVTmK/M//6VIOye+2zDXg==",
      license: "MIT",
      dependencies: {
        "p-locate": "^6.0.0"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/lodash": {
      version: "4.18.1",
      resolved: "https://registry.npmjs.org/lodash/-/lodash-4.18.1.tgz",
      integrity: "sha512-dMInicTPVE8d1e5otfwmmjlxkZoUpiVLwyeTdUsi/Caj/gfzzblBcCE5sRHV/AsjuCmxWrte2TNGSYuCeCq+0Q==",
      license: "MIT"
    },
    "node_modules/lodash-es": {
      version: "4.18.1",
      resolved: "https://registry.npmjs.org/lodash-es/-/lodash-es-4.18.1.tgz",
      integrity: "sha512-J8xewKD/Gk22OZbhpOVSwcs60zhd95ESDwezOFuA3/099925PdHJ7OFHNTGtajL3AlZkykD32HykiMo+BIBI8A==",
      license: "MIT"
    },
    "node_modules/lodash.compact": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/lodash.compact/-/lodash.compact-3.0.1.tgz",
      integrity: "sha512-2ozeiPi+5eBXW1CLtzjk8XQFhQOEMwwfxblqeq6EGyTxZJ1bPATqilY0e6g2SLQpP4KuMeuioBhEnWz5Pr7ICQ==",
      license: "MIT"
    },
    "node_modules/lodash.debounce": {
      version: "4.0.8",
      resolved: "https://registry.npmjs.org/lodash.debounce/-/lodash.debounce-4.0.8.tgz",
      integrity: "sha512-FT1yDzDYEoYWhnSGnpE/4Kj1fLZkDFyqRb7fNt6FdYOSxlUWAtp42Eh6Wb0rGIv/m9Bgo7x4GhQbm5Ys4SG5ow==",
      license: "MIT"
    },
    "node_modules/lodash.flatten": {
      version: "4.4.0",
      resolved: "https://registry.npmjs.org/lodash.flatten/-/lodash.flatten-4.4.0.tgz",
      integrity: "sha512-C5N2Z3DgnnKr0LOpv/hKCgKdb7ZZwafIrsesve6lmzvZIRZRGaZ/l6Q8+2W7NaT+ZwO3fFlSCzCzrDCFdJfZ4g==",
      license: "MIT"
    },
    "node_modules/lodash.reject": {
      version: "4.6.0",
      resolved: "https://registry.npmjs.org/lodash.reject/-/lodash.reject-4.6.0.tgz",
      integrity: "sha512-qkTuvgEzYdyhiJBx42YPzPo71R1aEr0z79kAv7Ixg8wPFEjgRgJdUsGMG3Hf3OYSF/kHI79XhNlt+5Ar6OzwxQ==",
      license: "MIT"
    },
    "node_modules/log-symbols": {
      version: "7.0.1",
      resolved: "https://registry.npmjs.org/log-symbols/-/log-symbols-7.0.1.tgz",
      integrity: "sha512-ja1E3yCr9i/0hmBVaM0bfwDjnGy8I/s6PP4DFp+yP+a+mrHO4Rm7DtmnqROTUkHIkqffC84YY7AeqX6oFk0WFg==",
      license: "MIT",
      dependencies: {
        "is-unicode-supported": "^2.0.0",
        yoctocolors: "^2.1.1"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/lru-cache": {
      version: "11.5.2",
      resolved: "https://registry.npmjs.org/lru-cache/-/lru-cache-11.5.2.tgz",
      integrity: "sha512-4pfM1Ff0x50o0tQwb5ucw/RzNyD0/YJME6IVcStalZuMWxdt3sR3huStTtxz4PUmvZfRguvDejasvQ2kifR11g==",
      license: "BlueOak-1.0.0",
      engines: {
        node: "20 || >=22"
      }
    },
    "node_modules/make-fetch-happen": {
      version: "15.0.6",
      resolved: "https://registry.npmjs.org/make-fetch-happen/-/make-fetch-happen-15.0.6.tgz",
      integrity: "sha512-Je0fLJ0F5atA7F+eIlLzk+Wkcl57JDf4kf+EW8xiP5E31xOQxkIxTbgf1Oi1Lw9tRI9UEMRdI5Vz2xTzoNU1Jw==",
      license: "ISC",
      dependencies: {
        "@gar/promise-retry": "^1.0.0",
        "@npmcli/agent": "^4.0.0",
        "@npmcli/redact": "^4.0.0",
        cacache: "^20.0.1",
        "http-cache-semantics": "^4.1.1",
        minipass: "^7.0.2",
        "minipass-fetch": "^5.0.0",
        "minipass-flush": "^1.0.5",
        "minipass-pipeline": "^1.2.4",
        negotiator: "^1.0.0",
        "proc-log": "^6.0.0",
        ssri: "^13.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/math-intrinsics": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/math-intrinsics/-/math-intrinsics-1.1.0.tgz",
      integrity: "sha512-/IXtbwEk5HTPyEwyKX6hGkYXxM9nbj64B+ilVJnC/R6B0pH5G4V3b0pVbL7DBj4tkhBAppbQUlf6F6Xl9LHu1g==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      }
    },
    "node_modules/media-typer": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/media-typer/-/media-typer-1.1.0.tgz",
      integrity: "sha512-aisnrDP4GNe06UcKFnV5bfMNPBUw4jsLGaWwWfnH3v02GnBuXX2MCVn5RbrWo0j3pczUilYblq7fQ7Nw2t5XKw==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/mem-fs": {
      version: "4.1.5",
      resolved: "https://registry.npmjs.org/mem-fs/-/mem-fs-4.1.5.tgz",
      integrity: "sha512-6aWRo1jLo82ngo44tPQXjzINN7gvSNWhMU96I+O5nsJWdPi5vbUJWMTDGZDb/AVpCJRpaLGcFgrIBIpyk0DuUA==",
      license: "MIT",
      dependencies: {
        vinyl: "^3.0.1",
        "vinyl-file": "^5.0.0"
      },
      engines: {
        node: ">=18.0.0"
      },
      peerDependencies: {
        "@types/node": ">=18",
        "@types/vinyl": "^2.0.12"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        },
        "@types/vinyl": {
          optional: true
        }
      }
    },
    "node_modules/mem-fs-editor": {
      version: "11.1.4",
      resolved: "https://registry.npmjs.org/mem-fs-editor/-/mem-fs-editor-11.1.4.tgz",
      integrity: "sha512-Z4QX14Ev6eOVTuVSayS5rdiOua6C3gHcFw+n9Qc7WiaVTbC+H8b99c32MYGmbQN9UFHJeI/p3lf3LAxiIzwEmA==",
      license: "MIT",
      dependencies: {
        "@types/ejs": "^3.1.4",
        "@types/node": ">=18",
        binaryextensions: "^6.11.0",
        commondir: "^1.0.1",
        "deep-extend": "^0.6.0",
        ejs: "^3.1.10",
        globby: "^14.0.2",
        isbinaryfile: "5.0.3",
        minimatch: "^9.0.3",
        multimatch: "^7.0.0",
        "normalize-path": "^3.0.0",
        textextensions: "^6.11.0",
        vinyl: "^3.0.0"
      },
      acceptDependencies: {
        isbinaryfile: "^5.0.3"
      },
      engines: {
        node: ">=18.0.0"
      },
      peerDependencies: {
        "mem-fs": "^4.0.0"
      }
    },
    "node_modules/mem-fs-editor/node_modules/@sindresorhus/merge-streams": {
      version: "2.3.0",
      resolved: "https://registry.npmjs.org/@sindresorhus/merge-streams/-/merge-streams-2.3.0.tgz",
      integrity: "sha512-LtoMMhxAlorcGhmFYI+LhPgbPZCkgP6ra1YL604EeF6U98pLlQ3iWIGMdWSC+vWmPBWBNgmDBAhnAobLROJmwg==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/mem-fs-editor/node_modules/balanced-match": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/balanced-match/-/balanced-match-1.0.2.tgz",
      integrity: "sha512-3oSeUO0TMV67hN1AmbXsK4yaqU7tjiHlbxRDZOpH0KW9+CeX4bRAaX0Anxt0tx2MrpRpWwQaPwIlISEJhYU5Pw==",
      license: "MIT"
    },
    "node_modules/mem-fs-editor/node_modules/brace-expansion": {
      version: "2.1.2",
      resolved: "https://registry.npmjs.org/brace-expansion/-/brace-expansion-2.1.2.tgz",
      integrity: "sha512-w5JZcKgdhDOgOwm8H+KgbosopHMuGcl6qbulwjtz3SM7I7P3yW1eAjzMPLrIE+NQ9vjgANKHWeMHnrT0OXW1oA==",
      license: "MIT",
      dependencies: {
        "balanced-match": "^1.0.0"
      }
    },
    "node_modules/mem-fs-editor/node_modules/globby": {
      version: "14.1.0",
      resolved: "https://registry.npmjs.org/globby/-/globby-14.1.0.tgz",
      integrity: "sha512-0Ia46fDOaT7k4og1PDW4YbodWWr3scS2vAr2lTbsplOt2WkKp0vQbkI9wKis/T5LV/dqPjO3bpS/z6GTJB82LA==",
      license: "MIT",
      dependencies: {
        "@sindresorhus/merge-streams": "^2.1.0",
        "fast-glob": "^3.3.3",
        ignore: "^7.0.3",
        "path-type": "^6.0.0",
        slash: "^5.1.0",
        "unicorn-magic": "^0.3.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/mem-fs-editor/node_modules/minimatch": {
      version: "9.0.9",
      resolved: "https://registry.npmjs.org/minimatch/-/minimatch-9.0.9.tgz",
      integrity: "sha512-OBwBN9AL4dqmETlpS2zasx+vTeWclWzkblfZk7KTA5j3jeOONz/tRCnZomUyvNg83wL5Zv9Ss6HMJXAgL8R2Yg==",
      license: "ISC",
      dependencies: {
        "brace-expansion": "^2.0.2"
      },
      engines: {
        node: ">=16 || 14 >=14.17"
      },
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/merge-descriptors": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/merge-descriptors/-/merge-descriptors-2.0.0.tgz",
      integrity: "sha512-Snk314V5ayFLhp3fkUREub6WtjBfPdCPY1Ln8/8munuLuiYhsABgBVWsozAG+MWMbVEvcdcpbi9R7ww22l9Q3g==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/merge-stream": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/merge-stream/-/merge-stream-2.0.0.tgz",
      integrity: "sha512-abv/qOcuPfk3URPfDzmZU1LKmuw8kT+0nIHvKrKgFrwifol/doWcdA4ZqsWQ8ENrFKkd67Mfpo/LovbIUsbt3w==",
      inBundle: true,
      license: "MIT"
    },
    "node_modules/merge2": {
      version: "1.4.1",
      resolved: "https://registry.npmjs.org/merge2/-/merge2-1.4.1.tgz",
      integrity: "sha512-8q7VEgMJW4J8tcfVPy8g09NcQwZdbwFEqhe/WZkoIzjn/3TGDwtOCYtXGxA3O8tPzpczCCDgv+P2P5y00ZJOOg==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/micromatch": {
      version: "4.0.8",
      resolved: "https://registry.npmjs.org/micromatch/-/micromatch-4.0.8.tgz",
      integrity: "sha512-PXwfBhYu0hBCPw8Dn0E+WDYb7af3dSLVWKi3HGv84IdF4TyFoC0ysxFd0Goxw7nSv4T/PzEJQxsYsEiFCKo2BA==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        braces: "^3.0.3",
        picomatch: "^2.3.1"
      },
      engines: {
        node: ">=8.6"
      }
    },
    "node_modules/mime": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/mime/-/mime-4.1.0.tgz",
      integrity: "sha512-X5ju04+cAzsojXKes0B/S4tcYtFAJ6tTMuSPBEn9CPGlrWr8Fiw7qYeLT0XyH80HSoAoqWCaz+MWKh22P7G1cw==",
      funding: [
        "https://github.com/sponsors/broofa"
      ],
      license: "MIT",
      bin: {
        mime: "bin/cli.js"
      },
      engines: {
        node: ">=16"
      }
    },
    "node_modules/mime-db": {
      version: "1.54.0",
      resolved: "https://registry.npmjs.org/mime-db/-/mime-db-1.54.0.tgz",
      integrity: "sha512-aU5EJuIN2WDemCcAp2vFBfp/m4EAhWJnUNSSw0ixs7/kXbd6Pg64EmwJkNdFhB8aWt1sH2CTXrLxo/iAGV3oPQ==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/mime-types": {
      version: "3.0.2",
      resolved: "https://registry.npmjs.org/mime-types/-/mime-types-3.0.2.tgz",
      integrity: "sha512-Lbgzdk0h4juoQ9fCKXW4by0UJqj+nOOrI9MJ1sSj4nI8aI2eo1qmvQEie4VD1glsS250n15LsWsYtCugiStS5A==",
      license: "MIT",
      dependencies: {
        "mime-db": "^1.54.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/mimic-fn": {
      version: "2.1.0",
      resolved: "https://registry.npmjs.org/mimic-fn/-/mimic-fn-2.1.0.tgz",
      integrity: "sha512-OqbOk5oEQeAZ8WXWydlu9HJjz9WVdEIvamMCcXmuqUYjTknH/sqsWvhQ3vgwKFRR1HpjvNBKQ37nbJgYzGqGcg==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/mimic-function": {
      version: "5.0.1",
      resolved: "https://registry.npmjs.org/mimic-function/-/mimic-function-5.0.1.tgz",
      integrity: "sha512-VP79XUPxV2CigYP3jWwAUFSku2aKqBH7uTAapFWCBqutsbmDo96KY5o8uh6U+/YSIn5OxJnXp73beVkpqMIGhA==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/minimatch": {
      version: "10.2.5",
      resolved: "https://registry.npmjs.org/minimatch/-/minimatch-10.2.5.tgz",
      integrity: "sha512-MULkVLfKGYDFYejP07QOurDLLQpcjk7Fw+7jXS2R2czRQzR56yHRveU5NDJEOviH+hETZKSkIk5c+T23GjFUMg==",
      license: "BlueOak-1.0.0",
      dependencies: {
        "brace-expansion": "^5.0.5"
      },
      engines: {
        node: "18 || 20 || >=22"
      },
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/minimist": {
      version: "1.2.8",
      resolved: "https://registry.npmjs.org/minimist/-/minimist-1.2.8.tgz",
      integrity: "sha512-2yyAR8qBkN3YuheJanUpWC5U3bb5osDywNB8RzDVlDwDHbocAJveqqj1u8+SVD7jkWT4yvsHCpWqqWqAxb0zCA==",
      license: "MIT",
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/minipass": {
      version: "7.1.3",
      resolved: "https://registry.npmjs.org/minipass/-/minipass-7.1.3.tgz",
      integrity: "sha512-tEBHqDnIoM/1rXME1zgka9g6Q2lcoCkxHLuc7ODJ5BxbP5d4c2Z5cGgtXAku59200Cx7diuHTOYfSBD8n6mm8A==",
      license: "BlueOak-1.0.0",
      engines: {
        node: ">=16 || 14 >=14.17"
      }
    },
    "node_modules/minipass-collect": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/minipass-collect/-/minipass-collect-2.0.1.tgz",
      integrity: "sha512-D7V8PO9oaz7PWGLbCACuI1qEOsq7UKfLotx/C0Aet43fCUB/wfQ7DYeq2oR/svFJGYDHPr38SHATeaj/ZoKHKw==",
      license: "ISC",
      dependencies: {
        minipass: "^7.0.3"
      },
      engines: {
        node: ">=16 || 14 >=14.17"
      }
    },
    "node_modules/minipass-fetch": {
      version: "5.0.2",
      resolved: "https://registry.npmjs.org/minipass-fetch/-/minipass-fetch-5.0.2.tgz",
      integrity: "sha512-2d0q2a8eCi2IRg/IGubCNRJoYbA1+YPXAzQVRFmB45gdGZafyivnZ5YSEfo3JikbjGxOdntGFvBQGqaSMXlAFQ==",
      license: "MIT",
      dependencies: {
        minipass: "^7.0.3",
        "minipass-sized": "^2.0.0",
        minizlib: "^3.0.1"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      },
      optionalDependencies: {
        "iconv-lite": "^0.7.2"
      }
    },
    "node_modules/minipass-flush": {
      version: "1.0.7",
      resolved: "https://registry.npmjs.org/minipass-flush/-/minipass-flush-1.0.7.tgz",
      integrity: "sha512-TbqTz9cUwWyHS2Dy89P3ocAGUGxKjjLuR9z8w4WUTGAVgEj17/4nhgo2Du56i0Fm3Pm30g4iA8Lcqctc76jCzA==",
      license: "BlueOak-1.0.0",
      dependencies: {
        minipass: "^3.0.0"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/minipass-flush/node_modules/minipass": {
      version: "3.3.6",
      resolved: "https://registry.npmjs.org/minipass/-/minipass-3.3.6.tgz",
      integrity: "sha512-DxiNidxSEK+tHG6zOIklvNOwm3hvCrbUrdtzY74U6HKTJxvIDfOUL5W5P2Ghd3DTkhhKPYGqeNUIh5qcM4YBfw==",
      license: "ISC",
      dependencies: {
        yallist: "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/minipass-flush/node_modules/yallist": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/yallist/-/yallist-4.0.0.tgz",
      integrity: "sha512-3wdGidZyq5PB084XLES5TpOSRA3wjXAlIWMhum2kRcv/41Sn2emQ0dycQW4uZXLejwKvg6EsvbdlVL+FYEct7A==",
      license: "ISC"
    },
    "node_modules/minipass-pipeline": {
      version: "1.2.4",
      resolved: "https://registry.npmjs.org/minipass-pipeline/-/minipass-pipeline-1.2.4.tgz",
      integrity: "sha512-xuIq7cIOt09RPRJ19gdi4b+RiNvDFYe5JH+ggNvBqGqpQXcru3PcRmOZuHBKWK1Txf9+cQ+HMVN4d6z46LZP7A==",
      license: "ISC",
      dependencies: {
        minipass: "^3.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/minipass-pipeline/node_modules/minipass": {
      version: "3.3.6",
      resolved: "https://registry.npmjs.org/minipass/-/minipass-3.3.6.tgz",
      integrity: "sha512-DxiNidxSEK+tHG6zOIklvNOwm3hvCrbUrdtzY74U6HKTJxvIDfOUL5W5P2Ghd3DTkhhKPYGqeNUIh5qcM4YBfw==",
      license: "ISC",
      dependencies: {
        yallist: "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/minipass-pipeline/node_modules/yallist": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/yallist/-/yallist-4.0.0.tgz",
      integrity: "sha512-3wdGidZyq5PB084XLES5TpOSRA3wjXAlIWMhum2kRcv/41Sn2emQ0dycQW4uZXLejwKvg6EsvbdlVL+FYEct7A==",
      license: "ISC"
    },
    "node_modules/minipass-sized": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/minipass-sized/-/minipass-sized-2.0.0.tgz",
      integrity: "sha512-zSsHhto5BcUVM2m1LurnXY6M//cGhVaegT71OfOXoprxT6o780GZd792ea6FfrQkuU4usHZIUczAQMRUE2plzA==",
      license: "ISC",
      dependencies: {
        minipass: "^7.1.2"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/minizlib": {
      version: "3.1.0",
      resolved: "https://registry.npmjs.org/minizlib/-/minizlib-3.1.0.tgz",
      integrity: "sha512-KZxYo1BUkWD2TVFLr0MQoM8vUUigWD3LlD83a/75BqC+4qE0Hb1Vo5v1FgcfaNXvfXzr+5EhQ6ing/CaBijTlw==",
      license: "MIT",
      dependencies: {
        minipass: "^7.1.2"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/ms": {
      version: "2.1.3",
      resolved: "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz",
      integrity: "sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==",
      license: "MIT"
    },
    "node_modules/multer": {
      version: "2.2.0",
      resolved: "https://registry.npmjs.org/multer/-/multer-2.2.0.tgz",
      integrity: "sha512-6rdyFg2kLrMh9Jee7/BMPuV9lEAd7lLW2YUpF9/YxR7njyoUwwQ0ZPh3TaIY50Sw6vlyD2HW3wGOkTS4P79xrQ==",
      license: "MIT",
      dependencies: {
        "append-field": "^1.0.0",
        busboy: "^1.6.0",
        "concat-stream": "^2.0.0",
        "type-is": "^1.6.18"
      },
      engines: {
        node: ">= 10.16.0"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/multer/node_modules/media-typer": {
      version: "0.3.0",
      resolved: "https://registry.npmjs.org/media-typer/-/media-typer-0.3.0.tgz",
      integrity: "sha512-dq+qelQ9akHpcOl/gUVRTxVIOkAJ1wR3QAvb4RsVjS8oVoFjDGTc679wJYmUmknUF5HwMLOgb5O+a3KxfWapPQ==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/multer/node_modules/mime-db": {
      version: "1.52.0",
      resolved: "https://registry.npmjs.org/mime-db/-/mime-db-1.52.0.tgz",
      integrity: "sha512-sPU4uV7dYlvtWJxwwxHD0PuihVNiE7TyAbQ5SWxDCB9mUYvOgroQOwYQQOKPJ8CIbE+1ETVlOoK1UC2nU3gYvg==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/multer/node_modules/mime-types": {
      version: "2.1.35",
      resolved: "https://registry.npmjs.org/mime-types/-/mime-types-2.1.35.tgz",
      integrity: "sha512-ZDY+bPm5zTTF+YpCrAU9nK0UgICYPT0QtT1NZWFv4s++TNkcgVaT0g6+4R2uI4MjQjzysHB1zxuWL50hzaeXiw==",
      license: "MIT",
      dependencies: {
        "mime-db": "1.52.0"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/multer/node_modules/type-is": {
      version: "1.6.18",
      resolved: "https://registry.npmjs.org/type-is/-/type-is-1.6.18.tgz",
      integrity: "sha512-TkRKr9sUTxEH8MdfuCSP7VizJyzRNMjj2J2do2Jr3Kym598JVdEksuzPQCnlFPW4ky9Q+iA+ma9BGm06XQBy8g==",
      license: "MIT",
      dependencies: {
        "media-typer": "0.3.0",
        "mime-types": "~2.1.24"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/multimatch": {
      version: "7.0.0",
      resolved: "https://registry.npmjs.org/multimatch/-/multimatch-7.0.0.tgz",
      integrity: "sha512-SYU3HBAdF4psHEL/+jXDKHO95/m5P2RvboHT2Y0WtTttvJLP4H/2WS9WlQPFvF6C8d6SpLw8vjCnQOnVIVOSJQ==",
      license: "MIT",
      dependencies: {
        "array-differ": "^4.0.0",
        "array-union": "^3.0.1",
        minimatch: "^9.0.3"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/multimatch/node_modules/balanced-match": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/balanced-match/-/balanced-match-1.0.2.tgz",
      integrity: "sha512-3oSeUO0TMV67hN1AmbXsK4yaqU7tjiHlbxRDZOpH0KW9+CeX4bRAaX0Anxt0tx2MrpRpWwQaPwIlISEJhYU5Pw==",
      license: "MIT"
    },
    "node_modules/multimatch/node_modules/brace-expansion": {
      version: "2.1.2",
      resolved: "https://registry.npmjs.org/brace-expansion/-/brace-expansion-2.1.2.tgz",
      integrity: "sha512-w5JZcKgdhDOgOwm8H+KgbosopHMuGcl6qbulwjtz3SM7I7P3yW1eAjzMPLrIE+NQ9vjgANKHWeMHnrT0OXW1oA==",
      license: "MIT",
      dependencies: {
        "balanced-match": "^1.0.0"
      }
    },
    "node_modules/multimatch/node_modules/minimatch": {
      version: "9.0.9",
      resolved: "https://registry.npmjs.org/minimatch/-/minimatch-9.0.9.tgz",
      integrity: "sha512-OBwBN9AL4dqmETlpS2zasx+vTeWclWzkblfZk7KTA5j3jeOONz/tRCnZomUyvNg83wL5Zv9Ss6HMJXAgL8R2Yg==",
      license: "ISC",
      dependencies: {
        "brace-expansion": "^2.0.2"
      },
      engines: {
        node: ">=16 || 14 >=14.17"
      },
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/mustache": {
      version: "4.2.0",
      resolved: "https://registry.npmjs.org/mustache/-/mustache-4.2.0.tgz",
      integrity: "sha512-71ippSywq5Yb7/tVYyGbkBggbU8H3u5Rz56fH60jGFgr8uHwxs+aSKeqmluIVzM0m0kB7xQjKS6qPfd0b2ZoqQ==",
      license: "MIT",
      bin: {
        mustache: "bin/mustache"
      }
    },
    "node_modules/mute-stream": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/mute-stream/-/mute-stream-3.0.0.tgz",
      integrity: "sha512-dkEJPVvun4FryqBmZ5KhDo0K9iDXAwn08tMLDinNdRBNPcYEDiWYysLcc6k3mjTMlbP9KyylvRpd4wFtwrT9rw==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/negotiator": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/negotiator/-/negotiator-1.0.0.tgz",
      integrity: "sha512-8Ofs/AUQh8MaEcrlq5xOX0CQ9ypTF5dl78mjlMNfOK08fzpgTHQRQPBxcPlEtIw0yRpws+Zo/3r+5WRby7u3Gg==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/node-gyp": {
      version: "12.4.0",
      resolved: "https://registry.npmjs.org/node-gyp/-/node-gyp-12.4.0.tgz",
      integrity: "sha512-OMcPNvqTCFUnNaBlmdgq+lfNqY7gTiSmNRDjY3uAXRyudeKZEZxu3CLtjMQrx4zZxCX2b/mpNqTtwuCJgXhHkw==",
      license: "MIT",
      dependencies: {
        "env-paths": "^2.2.0",
        "exponential-backoff": "^3.1.1",
        "graceful-fs": "^4.2.6",
        nopt: "^9.0.0",
        "proc-log": "^6.0.0",
        semver: "^7.3.5",
        tar: "^7.5.4",
        tinyglobby: "^0.2.12",
        undici: "^6.25.0",
        which: "^6.0.0"
      },
      bin: {
        "node-gyp": "bin/node-gyp.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/node-gyp/node_modules/isexe": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/isexe/-/isexe-4.0.0.tgz",
      integrity: "sha512-FFUtZMpoZ8RqHS3XeXEmHWLA4thH+ZxCv2lOiPIn1Xc7CxrqhWzNSDzD+/chS/zbYezmiwWLdQC09JdQKmthOw==",
      license: "BlueOak-1.0.0",
      engines: {
        node: ">=20"
      }
    },
    "node_modules/node-gyp/node_modules/which": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/which/-/which-6.0.1.tgz",
      integrity: "sha512-oGLe46MIrCRqX7ytPUf66EAYvdeMIZYn3WaocqqKZAxrBpkqHfL/qvTyJ/bTk5+AqHCjXmrv3CEWgy368zhRUg==",
      license: "ISC",
      dependencies: {
        isexe: "^4.0.0"
      },
      bin: {
        "node-which": "bin/which.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/node-int64": {
      version: "0.4.0",
      resolved: "https://registry.npmjs.org/node-int64/-/node-int64-0.4.0.tgz",
      integrity: "sha512-O5lz91xSOeoXP6DulyHfllpq+Eg00MWitZIbtPfoSEvqIHdl5gfcY6hYzDWnj0qD5tz52PI08u9qUvSVeUBeHw==",
      license: "MIT"
    },
    "node_modules/nopt": {
      version: "9.0.0",
      resolved: "https://registry.npmjs.org/nopt/-/nopt-9.0.0.tgz",
      integrity: "sha512-Zhq3a+yFKrYwSBluL4H9XP3m3y5uvQkB/09CwDruCiRmR/UJYnn9W4R48ry0uGC70aeTPKLynBtscP9efFFcPw==",
      license: "ISC",
      dependencies: {
        abbrev: "^4.0.0"
      },
      bin: {
        nopt: "bin/nopt.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/normalize-package-data": {
      version: "6.0.2",
      resolved: "https://registry.npmjs.org/normalize-package-data/-/normalize-package-data-6.0.2.tgz",
      integrity: "sha512-V6gygoYb/5EmNI+MEGrWkC+e6+Rr7mTmfHrxDbLzxQogBkgzo76rkok0Am6thgSF7Mv2nLOajAJj5vDJZEFn7g==",
      license: "BSD-2-Clause",
      dependencies: {
        "hosted-git-info": "^7.0.0",
        semver: "^7.3.5",
        "validate-npm-package-license": "^3.0.4"
      },
      engines: {
        node: "^16.14.0 || >=18.0.0"
      }
    },
    "node_modules/normalize-package-data/node_modules/hosted-git-info": {
      version: "7.0.2",
      resolved: "https://registry.npmjs.org/hosted-git-info/-/hosted-git-info-7.0.2.tgz",
      integrity: "sha512-puUZAUKT5m8Zzvs72XWy3HtvVbTWljRE66cP60bxJzAqf2DgICo7lYTY2IHUmLnNpjYvw5bvmoHvPc0QO2a62w==",
      license: "ISC",
      dependencies: {
        "lru-cache": "^10.0.1"
      },
      engines: {
        node: "^16.14.0 || >=18.0.0"
      }
    },
    "node_modules/normalize-package-data/node_modules/lru-cache": {
      version: "10.4.3",
      resolved: "https://registry.npmjs.org/lru-cache/-/lru-cache-10.4.3.tgz",
      integrity: "sha512-JNAzZcXrCt42VGLuYz0zfAzDfAvJWW6AfYlDBQyDV5DClI2m5sAmK+OIO7s59XfsRsWHp02jAJrRadPRGTt6SQ==",
      license: "ISC"
    },
    "node_modules/normalize-path": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/normalize-path/-/normalize-path-3.0.0.tgz",
      integrity: "sha512-6eZs5Ls3WtCisHWp9S2GUy8dqkpGi4BVSz3GaqiE6ezub0512ESztXUwUB6C6IKbQkY2Pnb/mD4WYojCRwcwLA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/npm-bundled": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/npm-bundled/-/npm-bundled-5.0.0.tgz",
      integrity: "sha512-JLSpbzh6UUXIEoqPsYBvVNVmyrjVZ1fzEFbqxKkTJQkWBO3xFzFT+KDnSKQWwOQNbuWRwt5LSD6HOTLGIWzfrw==",
      license: "ISC",
      dependencies: {
        "npm-normalize-package-bin": "^5.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/npm-install-checks": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/npm-install-checks/-/npm-install-checks-8.0.0.tgz",
      integrity: "sha512-ScAUdMpyzkbpxoNekQ3tNRdFI8SJ86wgKZSQZdUxT+bj0wVFpsEMWnkXP0twVe1gJyNF5apBWDJhhIbgrIViRA==",
      license: "BSD-2-Clause",
      dependencies: {
        semver: "^7.1.1"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/npm-normalize-package-bin": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/npm-normalize-package-bin/-/npm-normalize-package-bin-5.0.0.tgz",
      integrity: "sha512-CJi3OS4JLsNMmr2u07OJlhcrPxCeOeP/4xq67aWNai6TNWWbTrlNDgl8NcFKVlcBKp18GPj+EzbNIgrBfZhsag==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/npm-package-arg": {
      version: "13.0.2",
      resolved: "https://registry.npmjs.org/npm-package-arg/-/npm-package-arg-13.0.2.tgz",
      integrity: "sha512-IciCE3SY3uE84Ld8WZU23gAPPV9rIYod4F+rc+vJ7h7cwAJt9Vk6TVsK60ry7Uj3SRS3bqRRIGuTp9YVlk6WNA==",
      license: "ISC",
      dependencies: {
        "hosted-git-info": "^9.0.0",
        "proc-log": "^6.0.0",
        semver: "^7.3.5",
        "validate-npm-package-name": "^7.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/npm-packlist": {
      version: "10.0.4",
      resolved: "https://registry.npmjs.org/npm-packlist/-/npm-packlist-10.0.4.tgz",
      integrity: "sha512-uMW73iajD8hiH4ZBxEV3HC+eTnppIqwakjOYuvgddnalIw2lJguKviK1pcUJDlIWm1wSJkchpDZDSVVsZEYRng==",
      license: "ISC",
      dependencies: {
        "ignore-walk": "^8.0.0",
        "proc-log": "^6.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/npm-pick-manifest": {
      version: "11.0.3",
      resolved: "https://registry.npmjs.org/npm-pick-manifest/-/npm-pick-manifest-11.0.3.tgz",
      integrity: "sha512-buzyCfeoGY/PxKqmBqn1IUJrZnUi1VVJTdSSRPGI60tJdUhUoSQFhs0zycJokDdOznQentgrpf8LayEHyyYlqQ==",
      license: "ISC",
      dependencies: {
        "npm-install-checks": "^8.0.0",
        "npm-normalize-package-bin": "^5.0.0",
        "npm-package-arg": "^13.0.0",
        semver: "^7.3.5"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/npm-registry-fetch": {
      version: "19.1.1",
      resolved: "https://registry.npmjs.org/npm-registry-fetch/-/npm-registry-fetch-19.1.1.tgz",
      integrity: "sha512-TakBap6OM1w0H73VZVDf44iFXsOS3h+L4wVMXmbWOQroZgFhMch0juN6XSzBNlD965yIKvWg2dfu7NSiaYLxtw==",
      license: "ISC",
      dependencies: {
        "@npmcli/redact": "^4.0.0",
        jsonparse: "^1.3.1",
        "make-fetch-happen": "^15.0.0",
        minipass: "^7.0.2",
        "minipass-fetch": "^5.0.0",
        minizlib: "^3.0.1",
        "npm-package-arg": "^13.0.0",
        "proc-log": "^6.0.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/npm-run-path": {
      version: "6.0.0",
      resolved: "https://registry.npmjs.org/npm-run-path/-/npm-run-path-6.0.0.tgz",
      integrity: "sha512-9qny7Z9DsQU8Ou39ERsPU4OZQlSTP47ShQzuKZ6PRXpYLtIFgl/DEBYEXKlvcEa+9tHVcK8CF81Y2V72qaZhWA==",
      license: "MIT",
      dependencies: {
        "path-key": "^4.0.0",
        "unicorn-magic": "^0.3.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/npm-run-path/node_modules/path-key": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/path-key/-/path-key-4.0.0.tgz",
      integrity: "sha512-haREypq7xkM7ErfgIyA0z+Bj4AGKlMSdlQE2jvJo6huWD1EdkKYV+G/T4nq0YEF2vgTT8kqMFKo1uHn950r4SQ==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/nullthrows": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/nullthrows/-/nullthrows-1.1.1.tgz",
      integrity: "sha512-2vPPEi+Z7WqML2jZYddDIfy5Dqb0r2fze2zTxNNknZaFpVHU3mFB3R+DWeJWGVx0ecvttSGlJTI+WG+8Z4cDWw==",
      license: "MIT"
    },
    "node_modules/object-assign": {
      version: "4.1.1",
      resolved: "https://registry.npmjs.org/object-assign/-/object-assign-4.1.1.tgz",
      integrity: "sha512-rJgTQnkUnH1sFw8yT6VSU3zD3sWmu6sZhIseY8VX+GRu3P6F7Fu+JNDoXfklElbLJSnc3FUQHVe4cU5hj+BcUg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/object-inspect": {
      version: "1.13.4",
      resolved: "https://registry.npmjs.org/object-inspect/-/object-inspect-1.13.4.tgz",
      integrity: "sha512-W67iLl4J2EXEGTbfeHCffrjDfitvLANg0UlX3wFUUSTx92KXRFegMHUVgSqE+wvhAbi4WqjGg9czysTV2Epbew==",
      license: "MIT",
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/ohm-js": {
      version: "17.5.0",
      resolved: "https://registry.npmjs.org/ohm-js/-/ohm-js-17.5.0.tgz",
      integrity: "sha512-l4Sa7026+6jsvYbt0PXKmL+f+ML32fD++IznLgxDhx2t9Cx6NC7zwRqblCujPHGGmkQerHoeBzRutdxaw/S72g==",
      license: "MIT",
      engines: {
        node: ">=0.12.1"
      }
    },
    "node_modules/on-finished": {
      version: "2.4.1",
      resolved: "https://registry.npmjs.org/on-finished/-/on-finished-2.4.1.tgz",
      integrity: "sha512-oVlzkg3ENAhCk2zdv7IJwd/QUD4z2RxRwpkcGY8psCVcCYZNq4wYnVWALHM+brtuJjePWiYF/ClmuDr8Ch5+kg==",
      license: "MIT",
      dependencies: {
        "ee-first": "1.1.1"
      },
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/once": {
      version: "1.4.0",
      resolved: "https://registry.npmjs.org/once/-/once-1.4.0.tgz",
      integrity: "sha512-lNaJgI+2Q5URQBkccEKHTQOPaXdUxnZZElQTZY0MFUAuaEqe1E+Nyvgdz/aIyNi6Z9MzO5dv1H8n58/GELp3+w==",
      license: "ISC",
      dependencies: {
        wrappy: "1"
      }
    },
    "node_modules/onetime": {
      version: "7.0.0",
      resolved: "https://registry.npmjs.org/onetime/-/onetime-7.0.0.tgz",
      integrity: "sha512-VXJjc87FScF88uafS3JllDgvAm+c/Slfz06lorj2uAY34rlUu0Nt+v8wreiImcrgAjjIHp1rXpTDlLOGw29WwQ==",
      license: "MIT",
      dependencies: {
        "mimic-function": "^5.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/open": {
      version: "11.0.0",
      resolved: "https://registry.npmjs.org/open/-/open-11.0.0.tgz",
      integrity: "sha512-smsWv2LzFjP03xmvFoJ331ss6h+jixfA4UUV/Bsiyuu4YJPfN+FIQGOIiv4w9/+MoHkfkJ22UIaQWRVFRfH6Vw==",
      license: "MIT",
      dependencies: {
        "default-browser": "^5.4.0",
        "define-lazy-prop": "^3.0.0",
        "is-in-ssh": "^1.0.0",
        "is-inside-container": "^1.0.0",
        "powershell-utils": "^0.1.0",
        "wsl-utils": "^0.3.0"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/opts": {
      version: "2.0.2",
      resolved: "https://registry.npmjs.org/opts/-/opts-2.0.2.tgz",
      integrity: "sha512-k41FwbcLnlgnFh69f4qdUfvDQ+5vaSDnVPFI/y5XuhKRq97EnVVneO9F1ESVCdiVu4fCS2L8usX3mU331hB7pg==",
      license: "BSD-2-Clause"
    },
    "node_modules/ora": {
      version: "9.4.1",
      resolved: "https://registry.npmjs.org/ora/-/ora-9.4.1.tgz",
      integrity: "sha512-6VlU9MLXbjVQD04AZCMX28hVtA5bUoadvUqO76MUCVA0ilwJbMiHsITRPfyVm6p/BC0Av/BXMujx39WCe1LEqw==",
      license: "MIT",
      dependencies: {
        chalk: "^5.6.2",
        "cli-cursor": "^5.0.0",
        "cli-spinners": "^3.2.0",
        "is-interactive": "^2.0.0",
        "is-unicode-supported": "^2.1.0",
        "log-symbols": "^7.0.1",
        "stdin-discarder": "^0.3.2",
        "string-width": "^8.1.0"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-limit": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/p-limit/-/p-limit-4.0.0.tgz",
      integrity: "sha512-5b0R4txpzjPWVw/cXXUResoD4hb6U/x9BH08L7nw+GN1sezDzPdxeRvpc9c433fZhBan/wusjbCsqwqm4EIBIQ==",
      license: "MIT",
      dependencies: {
        "yocto-queue": "^1.0.0"
      },
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-locate": {
      version: "6.0.0",
      resolved: "https://registry.npmjs.org/p-locate/-/p-locate-6.0.0.tgz",
      integrity: "sha512-wPrq66Llhl7/4AGC6I+cqxT07LhXvWL08LNXz1fENOw0Ap4sRZZ/gZpTTJ5jpurzzzfS2W/Ge9BY3LgLjCShcw==",
      license: "MIT",
      dependencies: {
        "p-limit": "^4.0.0"
      },
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-map": {
      version: "7.0.6",
      resolved: "https://registry.npmjs.org/p-map/-/p-map-7.0.6.tgz",
      integrity: "sha512-I4Prw6ivkd6p8PiYR1tXASOAOBzIJwu0TB7fqaX0c/8c3QAehNYmX57EijyGGGBt3c/BIowGwV03RVBtXvHEVg==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-queue": {
      version: "9.3.2",
      resolved: "https://registry.npmjs.org/p-queue/-/p-queue-9.3.2.tgz",
      integrity: "sha512-pCsnA4piiqkrwAJ555Xh/lc717SijJrTBr96P1q6BRnUdm2XPB4v91oiXVAUr5HbIbXW4D8kIslfJUE28Rud6A==",
      license: "MIT",
      dependencies: {
        eventemitter3: "^5.0.4",
        "p-timeout": "^7.0.0"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-timeout": {
      version: "7.0.1",
      resolved: "https://registry.npmjs.org/p-timeout/-/p-timeout-7.0.1.tgz",
      integrity: "sha512-AxTM2wDGORHGEkPCt8yqxOTMgpfbEHqF51f/5fJCmwFC3C/zNcGT63SymH2ttOAaiIws2zVg4+izQCjrakcwHg==",
      license: "MIT",
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-transform": {
      version: "5.0.1",
      resolved: "https://registry.npmjs.org/p-transform/-/p-transform-5.0.1.tgz",
      integrity: "sha512-tb3/zIwbU6Z9RMDxZM3/UsyL5LpIUQj7Drq7iXWG9ilPpzyGG28EEFRRrGTsxHf3sOSOiQEiwevQH/VWtHbZfg==",
      license: "Apache-2.0",
      dependencies: {
        "@types/node": ">=18.19.0",
        "p-queue": "^8.0.1"
      },
      engines: {
        node: ">=18.19.0"
      }
    },
    "node_modules/p-transform/node_modules/p-queue": {
      version: "8.1.1",
      resolved: "https://registry.npmjs.org/p-queue/-/p-queue-8.1.1.tgz",
      integrity: "sha512-aNZ+VfjobsWryoiPnEApGGmf5WmNsCo9xu8dfaYamG5qaLP7ClhLN6NgsFe6SwJ2UbLEBK5dv9x8Mn5+RVhMWQ==",
      license: "MIT",
      dependencies: {
        eventemitter3: "^5.0.1",
        "p-timeout": "^6.1.2"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-transform/node_modules/p-timeout": {
      version: "6.1.4",
      resolved: "https://registry.npmjs.org/p-timeout/-/p-timeout-6.1.4.tgz",
      integrity: "sha512-MyIV3ZA/PmyBN/ud8vV9XzwTrNtR4jFrObymZYnZqMmW0zA8Z17vnT0rBgFE/TlohB+YCHqXMgZzb3Csp49vqg==",
      license: "MIT",
      engines: {
        node: ">=14.16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/package-json": {
      version: "10.0.1",
      resolved: "https://registry.npmjs.org/package-json/-/package-json-10.0.1.tgz",
      integrity: "sha512-ua1L4OgXSBdsu1FPb7F3tYH0F48a6kxvod4pLUlGY9COeJAJQNX/sNH2IiEmsxw7lqYiAwrdHMjz1FctOsyDQg==",
      license: "MIT",
      dependencies: {
        ky: "^1.2.0",
        "registry-auth-token": "^5.0.2",
        "registry-url": "^6.0.1",
        semver: "^7.6.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/pacote": {
      version: "21.5.1",
      resolved: "https://registry.npmjs.org/pacote/-/pacote-21.5.1.tgz",
      integrity: "sha512-KvcJ9iy3crysCsgqc4+PknH/w6jkrp8JN36mpZBPwNaDRwTfMZD37YzRazNstiZUOhuF5pno9f78n9mEJBavwg==",
      license: "ISC",
      dependencies: {
        "@gar/promise-retry": "^1.0.0",
        "@npmcli/git": "^7.0.0",
        "@npmcli/installed-package-contents": "^4.0.0",
        "@npmcli/package-json": "^7.0.0",
        "@npmcli/promise-spawn": "^9.0.0",
        "@npmcli/run-script": "^10.0.0",
        cacache: "^20.0.0",
        "fs-minipass": "^3.0.0",
        minipass: "^7.0.2",
        "npm-package-arg": "^13.0.0",
        "npm-packlist": "^10.0.1",
        "npm-pick-manifest": "^11.0.1",
        "npm-registry-fetch": "^19.0.0",
        "proc-log": "^6.0.0",
        sigstore: "^4.0.0",
        ssri: "^13.0.0",
        tar: "^7.4.3"
      },
      bin: {
        pacote: "bin/index.js"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/parse-conflict-json": {
      version: "5.0.1",
      resolved: "https://registry.npmjs.org/parse-conflict-json/-/parse-conflict-json-5.0.1.tgz",
      integrity: "sha512-ZHEmNKMq1wyJXNwLxyHnluPfRAFSIliBvbK/UiOceROt4Xh9Pz0fq49NytIaeaCUf5VR86hwQ/34FCcNU5/LKQ==",
      license: "ISC",
      dependencies: {
        "json-parse-even-better-errors": "^5.0.0",
        "just-diff": "^6.0.0",
        "just-diff-apply": "^5.2.0"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/parse-json": {
      version: "8.3.0",
      resolved: "https://registry.npmjs.org/parse-json/-/parse-json-8.3.0.tgz",
      integrity: "sha512-ybiGyvspI+fAoRQbIPRddCcSTV9/LsJbf0e/S85VLowVGzRmokfneg2kwVW/KU5rOXrPSbF1qAKPMgNTqqROQQ==",
      license: "MIT",
      dependencies: {
        "@babel/code-frame": "^7.26.2",
        "index-to-position": "^1.1.0",
        "type-fest": "^4.39.1"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/parse-ms": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/parse-ms/-/parse-ms-4.0.0.tgz",
      integrity: "sha512-TXfryirbmq34y8QBwgqCVLi+8oA3oWx2eAnSn62ITyEhEYaWRlVZ2DvMM9eZbMs/RfxPu/PK/aBLyGj4IrqMHw==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/parseurl": {
      version: "1.3.3",
      resolved: "https://registry.npmjs.org/parseurl/-/parseurl-1.3.3.tgz",
      integrity: "sha512-CiyeOxFT/JZyN5m0z9PfXw4SCBJ6Sygz1Dpl0wqjlhDEGGBP1GnsUVEL0p63hoG1fcj3fHynXi9NYO4nWOL+qQ==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/path-exists": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/path-exists/-/path-exists-5.0.0.tgz",
      integrity: "sha512-RjhtfwJOxzcFmNOi6ltcbcu4Iu+FL3zEj83dk4kAS+fVpTxXLO1b38RvJgT/0QwvV/L3aY9TAnyv0EOqW4GoMQ==",
      license: "MIT",
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      }
    },
    "node_modules/path-key": {
      version: "3.1.1",
      resolved: "https://registry.npmjs.org/path-key/-/path-key-3.1.1.tgz",
      integrity: "sha512-ojmeN0qd+y0jszEtoY48r0Peq5dwMEkIlCOu6Q5f41lfkswXuKtYrhgoTpLnyIcHm24Uhqx+5Tqm2InSwLhE6Q==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/path-scurry": {
      version: "2.0.2",
      resolved: "https://registry.npmjs.org/path-scurry/-/path-scurry-2.0.2.tgz",
      integrity: "sha512-3O/iVVsJAPsOnpwWIeD+d6z/7PmqApyQePUtCndjatj/9I5LylHvt5qluFaBT3I5h3r1ejfR056c+FCv+NnNXg==",
      license: "BlueOak-1.0.0",
      dependencies: {
        "lru-cache": "^11.0.0",
        minipass: "^7.1.2"
      },
      engines: {
        node: "18 || 20 || >=22"
      },
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/path-to-regexp": {
      version: "8.4.2",
      resolved: "https://registry.npmjs.org/path-to-regexp/-/path-to-regexp-8.4.2.tgz",
      integrity: "sha512-qRcuIdP69NPm4qbACK+aDogI5CBDMi1jKe0ry5rSQJz8JVLsC7jV8XpiJjGRLLol3N+R5ihGYcrPLTno6pAdBA==",
      license: "MIT",
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/path-type": {
      version: "6.0.0",
      resolved: "https://registry.npmjs.org/path-type/-/path-type-6.0.0.tgz",
      integrity: "sha512-Vj7sf++t5pBD637NSfkxpHSMfWaeig5+DKWLhcqIYx6mWQz5hdJTGDVMQiJcw1ZYkhs7AazKDGpRVji1LJCZUQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/picocolors": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/picocolors/-/picocolors-1.1.1.tgz",
      integrity: "sha512-xceH2snhtb5M9liqDsmEw56le376mTZkEX/jEb/RxNFyegNul7eNslCXP9FDj/Lcu0X8KEyMceP2ntpaHrDEVA==",
      license: "ISC"
    },
    "node_modules/picomatch": {
      version: "2.3.2",
      resolved: "https://registry.npmjs.org/picomatch/-/picomatch-2.3.2.tgz",
      integrity: "sha512-V7+vQEJ06Z+c5tSye8S+nHUfI51xoXIXjHQ99cQtKUkQqqO1kO/KCJUfZXuB47h/YBlDhah2H3hdUGXn8ie0oA==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=8.6"
      },
      funding: {
        url: "https://github.com/sponsors/jonschlinkert"
      }
    },
    "node_modules/pkce-challenge": {
      version: "5.0.1",
      resolved: "https://registry.npmjs.org/pkce-challenge/-/pkce-challenge-5.0.1.tgz",
      integrity: "sha512-wQ0b/W4Fr01qtpHlqSqspcj3EhBvimsdh0KlHhH8HRZnMsEa0ea2fTULOXOS9ccQr3om+GcGRk4e+isrZWV8qQ==",
      license: "MIT",
      engines: {
        node: ">=16.20.0"
      }
    },
    "node_modules/postcss-selector-parser": {
      version: "7.1.4",
      resolved: "https://registry.npmjs.org/postcss-selector-parser/-/postcss-selector-parser-7.1.4.tgz",
      integrity: "sha512-HeP7D2wyhkR+XaK6v4W8oRF62Dsz4flyuczALJp61GckGm42u1saSSJ/0auvcBqxs3jMRFEcPK34At/0JBKdOg==",
      license: "MIT",
      dependencies: {
        cssesc: "^3.0.0",
        "util-deprecate": "^1.0.2"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/powershell-utils": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/powershell-utils/-/powershell-utils-0.1.0.tgz",
      integrity: "sha512-dM0jVuXJPsDN6DvRpea484tCUaMiXWjuCn++HGTqUWzGDjv5tZkEZldAJ/UMlqRYGFrD/etByo4/xOuC/snX2A==",
      license: "MIT",
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/pretty-bytes": {
      version: "7.1.1",
      resolved: "https://registry.npmjs.org/pretty-bytes/-/pretty-bytes-7.1.1.tgz",
      integrity: "sha512-X+vn9z8nOFZQlxOLmfJ0iKDdMD7jYTsTW12OAlCpdoE3Igik6L37pugIZi+N3usuyp5McfgKPWi12q3zvHLeGQ==",
      license: "MIT",
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/pretty-ms": {
      version: "9.3.0",
      resolved: "https://registry.npmjs.org/pretty-ms/-/pretty-ms-9.3.0.tgz",
      integrity: "sha512-gjVS5hOP+M3wMm5nmNOucbIrqudzs9v/57bWRHQWLYklXqoXKrVfYW2W9+glfGsqtPgpiz5WwyEEB+ksXIx3gQ==",
      license: "MIT",
      dependencies: {
        "parse-ms": "^4.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/proc-log": {
      version: "6.1.0",
      resolved: "https://registry.npmjs.org/proc-log/-/proc-log-6.1.0.tgz",
      integrity: "sha512-iG+GYldRf2BQ0UDUAd6JQ/RwzaQy6mXmsk/IzlYyal4A4SNFw54MeH4/tLkF4I5WoWG9SQwuqWzS99jaFQHBuQ==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/process-nextick-args": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/process-nextick-args/-/process-nextick-args-2.0.1.tgz",
      integrity: "sha512-3ouUOpQhtgrbOa17J7+uxOTpITYWaGP7/AhoR3+A+/1e9skrzelGi/dXzEYyvbxubEF6Wn2ypscTKiKJFFn1ag==",
      license: "MIT"
    },
    "node_modules/proggy": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/proggy/-/proggy-4.0.0.tgz",
      integrity: "sha512-MbA4R+WQT76ZBm/5JUpV9yqcJt92175+Y0Bodg3HgiXzrmKu7Ggq+bpn6y6wHH+gN9NcyKn3yg1+d47VaKwNAQ==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/promise-all-reject-late": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/promise-all-reject-late/-/promise-all-reject-late-1.0.1.tgz",
      integrity: "sha512-vuf0Lf0lOxyQREH7GDIOUMLS7kz+gs8i6B+Yi8dC68a2sychGrHTJYghMBD6k7eUcH0H5P73EckCA48xijWqXw==",
      license: "ISC",
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/promise-call-limit": {
      version: "3.0.2",
      resolved: "https://registry.npmjs.org/promise-call-limit/-/promise-call-limit-3.0.2.tgz",
      integrity: "sha512-mRPQO2T1QQVw11E7+UdCJu7S61eJVWknzml9sC1heAdj1jxl0fWMBypIt9ZOcLFf8FkG995ZD7RnVk7HH72fZw==",
      license: "ISC",
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/prompts": {
      version: "2.4.2",
      resolved: "https://registry.npmjs.org/prompts/-/prompts-2.4.2.tgz",
      integrity: "sha512-NxNv/kLguCA7p3jE8oL2aEBsrJWgAakBpgmgK6lpPWV+WuOmY6r2/zbAVnP+T8bQlA0nzHXSJSJW0Hq7ylaD2Q==",
      license: "MIT",
      dependencies: {
        kleur: "^3.0.3",
        sisteransi: "^1.0.5"
      },
      engines: {
        node: ">= 6"
      }
    },
    "node_modules/proto-list": {
      version: "1.2.4",
      resolved: "https://registry.npmjs.org/proto-list/-/proto-list-1.2.4.tgz",
      integrity: "sha512-vtK/94akxsTMhe0/cbfpR+syPuszcuwhqVjJq26CuNDgFGj682oRBXOP5MJpv2r7JtE8MsiepGIqvvOTBwn2vA==",
      license: "ISC"
    },
    "node_modules/proxy-addr": {
      version: "2.0.7",
      resolved: "https://registry.npmjs.org/proxy-addr/-/proxy-addr-2.0.7.tgz",
      integrity: "sha512-llQsMLSUDUPT44jdrU/O37qlnifitDP+ZwrmmZcoSKyLKvtZxpyV0n2/bD/N4tBAAZ/gJEdZU7KMraoK1+XYAg==",
      license: "MIT",
      dependencies: {
        forwarded: "0.2.0",
        "ipaddr.js": "1.9.1"
      },
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/pupa": {
      version: "3.3.0",
      resolved: "https://registry.npmjs.org/pupa/-/pupa-3.3.0.tgz",
      integrity: "sha512-LjgDO2zPtoXP2wJpDjZrGdojii1uqO0cnwKoIoUzkfS98HDmbeiGmYiXo3lXeFlq2xvne1QFQhwYXSUCLKtEuA==",
      license: "MIT",
      dependencies: {
        "escape-goat": "^4.0.0"
      },
      engines: {
        node: ">=12.20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/qs": {
      version: "6.15.3",
      resolved: "https://registry.npmjs.org/qs/-/qs-6.15.3.tgz",
      integrity: "sha512-O9gl3zCl5h5blw1KGUzQKhA5oUXSl8rwUIM5o0S3nCXMliSvy5Dzx7/DJcI+SwgICv+IneSZwhBh1oSyEHA71A==",
      license: "BSD-3-Clause",
      dependencies: {
        "es-define-property": "^1.0.1",
        "side-channel": "^1.1.1"
      },
      engines: {
        node: ">=0.6"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/queue-microtask": {
      version: "1.2.3",
      resolved: "https://registry.npmjs.org/queue-microtask/-/queue-microtask-1.2.3.tgz",
      integrity: "sha512-NuaNSa6flKT5JaSYQzJok04JzTL1CA6aGhv5rfLW3PgqA+M2ChpZQnAC8h8i4ZFkBS8X5RqkDBHA7r4hej3K9A==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      inBundle: true,
      license: "MIT"
    },
    "node_modules/range-parser": {
      version: "1.3.0",
      resolved: "https://registry.npmjs.org/range-parser/-/range-parser-1.3.0.tgz",
      integrity: "sha512-hek2mFQpPuI4E1BBKrSto+BU3e3x4xuarsbiwr3+lf7p44juvFMV0XFWQAP3xUyqXA4RrXLIoaSUGbSt056ZMw==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/raw-body": {
      version: "3.0.2",
      resolved: "https://registry.npmjs.org/raw-body/-/raw-body-3.0.2.tgz",
      integrity: "sha512-K5zQjDllxWkf7Z5xJdV0/B0WTNqx6vxG70zJE4N0kBs4LovmEYWJzQGxC9bS9RAKu3bgM40lrd5zoLJ12MQ5BA==",
      license: "MIT",
      dependencies: {
        bytes: "~3.1.2",
        "http-errors": "~2.0.1",
        "iconv-lite": "~0.7.0",
        unpipe: "~1.0.0"
      },
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/rc": {
      version: "1.2.8",
      resolved: "https://registry.npmjs.org/rc/-/rc-1.2.8.tgz",
      integrity: "sha512-y3bGgqKj3QBdxLbLkomlohkvsA8gdAiUQlSBJnBhfn+BPxg4bc62d8TcBW15wavDfgexCgccckhcZvywyQYPOw==",
      license: "(BSD-2-Clause OR MIT OR Apache-2.0)",
      dependencies: {
        "deep-extend": "^0.6.0",
        ini: "~1.3.0",
        minimist: "^1.2.0",
        "strip-json-comments": "~2.0.1"
      },
      bin: {
        rc: "cli.js"
      }
    },
    "node_modules/rc/node_modules/ini": {
      version: "1.3.8",
      resolved: "https://registry.npmjs.org/ini/-/ini-1.3.8.tgz",
      integrity: "sha512-JV/yugV2uzW5iMRSiZAyDtQd+nxtUnjeLt0acNdw98kKLrvuRVyB80tsREOE7yvGVgalhZ6RNXCmEHkUKBKxew==",
      license: "ISC"
    },
    "node_modules/read-cmd-shim": {
      version: "6.0.0",
      resolved: "https://registry.npmjs.org/read-cmd-shim/-/read-cmd-shim-6.0.0.tgz",
      integrity: "sha512-1zM5HuOfagXCBWMN83fuFI/x+T/UhZ7k+KIzhrHXcQoeX5+7gmaDYjELQHmmzIodumBHeByBJT4QYS7ufAgs7A==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/read-package-up": {
      version: "11.0.0",
      resolved: "https://registry.npmjs.org/read-package-up/-/read-package-up-11.0.0.tgz",
      integrity: "sha512-MbgfoNPANMdb4oRBNg5eqLbB2t2r+o5Ua1pNt8BqGp4I0FJZhuVSOj3PaBPni4azWuSzEdNn2evevzVmEk1ohQ==",
      license: "MIT",
      dependencies: {
        "find-up-simple": "^1.0.0",
        "read-pkg": "^9.0.0",
        "type-fest": "^4.6.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/read-pkg": {
      version: "9.0.1",
      resolved: "https://registry.npmjs.org/read-pkg/-/read-pkg-9.0.1.tgz",
      integrity: "sha512-9viLL4/n1BJUCT1NXVTdS1jtm80yDEgR5T4yCelII49Mbj0v1rZdKqj7zCiYdbB0CuCgdrvHcNogAKTFPBocFA==",
      license: "MIT",
      dependencies: {
        "@types/normalize-package-data": "^2.4.3",
        "normalize-package-data": "^6.0.0",
        "parse-json": "^8.0.0",
        "type-fest": "^4.6.0",
        "unicorn-magic": "^0.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/read-pkg/node_modules/unicorn-magic": {
      version: "0.1.0",
      resolved: "https://registry.npmjs.org/unicorn-magic/-/unicorn-magic-0.1.0.tgz",
      integrity: "sha512-lRfVq8fE8gz6QMBuDM6a+LO3IAzTi05H6gCVaUpir2E1Rwpo4ZUog45KpNXKC/Mn3Yb9UDuHumeFTo9iV/D9FQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/readable-stream": {
      version: "3.6.2",
      resolved: "https://registry.npmjs.org/readable-stream/-/readable-stream-3.6.2.tgz",
      integrity: "sha512-9u/sniCrY3D5WdsERHzHE4G2YCXqoG5FTHUiCC4SIbr6XcLZBY05ya9EKjYek9O5xOAwjGq+1JdGBAS7Q9ScoA==",
      license: "MIT",
      dependencies: {
        inherits: "^2.0.3",
        string_decoder: "^1.1.1",
        "util-deprecate": "^1.0.1"
      },
      engines: {
        node: ">= 6"
      }
    },
    "node_modules/readdirp": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/readdirp/-/readdirp-5.0.0.tgz",
      integrity: "sha512-9u/XQ1pvrQtYyMpZe7DXKv2p5CNvyVwzUB6uhLAnQwHMSgKMBR62lc7AHljaeteeHXn11XTAaLLUVZYVZyuRBQ==",
      license: "MIT",
      engines: {
        node: ">= 20.19.0"
      },
      funding: {
        type: "individual",
        url: "https://paulmillr.com/funding/"
      }
    },
    "node_modules/registry-auth-token": {
      version: "5.1.1",
      resolved: "https://registry.npmjs.org/registry-auth-token/-/registry-auth-token-5.1.1.tgz",
      integrity: "sha512-P7B4+jq8DeD2nMsAcdfaqHbssgHtZ7Z5+++a5ask90fvmJ8p5je4mOa+wzu+DB4vQ5tdJV/xywY+UnVFeQLV5Q==",
      license: "MIT",
      dependencies: {
        "@pnpm/npm-conf": "^3.0.2"
      },
      engines: {
        node: ">=14"
      }
    },
    "node_modules/registry-url": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/registry-url/-/registry-url-6.0.1.tgz",
      integrity: "sha512-+crtS5QjFRqFCoQmvGduwYWEBng99ZvmFvF+cUJkGYF1L1BfU8C6Zp9T7f5vPAwyLkUExpvK+ANVZmGU49qi4Q==",
      license: "MIT",
      dependencies: {
        rc: "1.2.8"
      },
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/remove-trailing-separator": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/remove-trailing-separator/-/remove-trailing-separator-1.1.0.tgz",
      integrity: "sha512-/hS+Y0u3aOfIETiaiirUFwDBDzmXPvO+jAfKTitUngIPzdKc6Z0LoFjM/CK5PL4C+eKwHohlHAb6H0VFfmmUsw==",
      license: "ISC"
    },
    "node_modules/replace-ext": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/replace-ext/-/replace-ext-2.0.0.tgz",
      integrity: "sha512-UszKE5KVK6JvyD92nzMn9cDapSk6w/CaFZ96CnmDMUqH9oowfxF/ZjRITD25H4DnOQClLA4/j7jLGXXLVKxAug==",
      license: "MIT",
      engines: {
        node: ">= 10"
      }
    },
    "node_modules/require-from-string": {
      version: "2.0.2",
      resolved: "https://registry.npmjs.org/require-from-string/-/require-from-string-2.0.2.tgz",
      integrity: "sha512-Xf0nWe6RseziFMu+Ap9biiUbmplq6S9/p+7w7YXP/JBHhrUDDUhwa+vANyubuqfZWTveU//DYVGsDG7RKL/vEw==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/restore-cursor": {
      version: "5.1.0",
      resolved: "https://registry.npmjs.org/restore-cursor/-/restore-cursor-5.1.0.tgz",
      integrity: "sha512-oMA2dcrw6u0YfxJQXm342bFKX/E4sG9rbTzO9ptUcR/e8A33cHuvStiYOwH7fszkZlZ1z/ta9AAoPk2F4qIOHA==",
      license: "MIT",
      dependencies: {
        onetime: "^7.0.0",
        "signal-exit": "^4.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/reusify": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/reusify/-/reusify-1.1.0.tgz",
      integrity: "sha512-g6QUff04oZpHs0eG5p83rFLhHeV00ug/Yf9nZM6fLeUrPguBTkTQOdpAWWspMh55TZfVQDPaN3NQJfbVRAxdIw==",
      inBundle: true,
      license: "MIT",
      engines: {
        iojs: ">=1.0.0",
        node: ">=0.10.0"
      }
    },
    "node_modules/router": {
      version: "2.2.0",
      resolved: "https://registry.npmjs.org/router/-/router-2.2.0.tgz",
      integrity: "sha512-nLTrUKm2UyiL7rlhapu/Zl45FwNgkZGaCpZbIHajDYgwlJCOzLSk+cIPAnsEqV955GjILJnKbdQC1nVPz+gAYQ==",
      license: "MIT",
      dependencies: {
        debug: "^4.4.0",
        depd: "^2.0.0",
        "is-promise": "^4.0.0",
        parseurl: "^1.3.3",
        "path-to-regexp": "^8.0.0"
      },
      engines: {
        node: ">= 18"
      }
    },
    "node_modules/run-applescript": {
      version: "7.1.0",
      resolved: "https://registry.npmjs.org/run-applescript/-/run-applescript-7.1.0.tgz",
      integrity: "sha512-DPe5pVFaAsinSaV6QjQ6gdiedWDcRCbUuiQfQa2wmWV7+xC9bGulGI8+TdRmoFkAPaBXk8CrAbnlY2ISniJ47Q==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/run-async": {
      version: "4.0.6",
      resolved: "https://registry.npmjs.org/run-async/-/run-async-4.0.6.tgz",
      integrity: "sha512-IoDlSLTs3Yq593mb3ZoKWKXMNu3UpObxhgA/Xuid5p4bbfi2jdY1Hj0m1K+0/tEuQTxIGMhQDqGjKb7RuxGpAQ==",
      license: "MIT",
      engines: {
        node: ">=0.12.0"
      }
    },
    "node_modules/run-parallel": {
      version: "1.2.0",
      resolved: "https://registry.npmjs.org/run-parallel/-/run-parallel-1.2.0.tgz",
      integrity: "sha512-5l4VyZR86LZ/lDxZTR6jqL8AFE2S0IFLMP26AbjsLVADxHdhB/c0GUsH+y39UfCi3dzz8OlQuPmnaJOMoDHQBA==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      inBundle: true,
      license: "MIT",
      dependencies: {
        "queue-microtask": "^1.2.2"
      }
    },
    "node_modules/rxjs": {
      version: "7.8.2",
      resolved: "https://registry.npmjs.org/rxjs/-/rxjs-7.8.2.tgz",
      integrity: "sha512-dhKf903U/PQZY6boNNtAGdWbG85WAbjT/1xYoZIC7FAY0yWapOBQVsVrDl58W86//e1VpMNBtRV4MaXfdMySFA==",
      license: "Apache-2.0",
      dependencies: {
        tslib: "^2.1.0"
      }
    },
    "node_modules/safe-buffer": {
      version: "5.2.1",
      resolved: "https://registry.npmjs.org/safe-buffer/-/safe-buffer-5.2.1.tgz",
      integrity: "sha512-rp3So07KcdmmKbGvgaNxQSJr7bGVSVk5S9Eq1F+ppbRo70+YeaDxkw5Dd8NPN+GD6bjnYm2VuPuCXmpuYvmCXQ==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "MIT"
    },
    "node_modules/safer-buffer": {
      version: "2.1.2",
      resolved: "https://registry.npmjs.org/safer-buffer/-/safer-buffer-2.1.2.tgz",
      integrity: "sha512-YZo3K82SD7Riyi0E1EQPojLz7kpepnSQI9IyPbHHg1XXXevb5dJI7tpyN2ADxGcQbHG7vcyRHk0cbwqcQriUtg==",
      license: "MIT"
    },
    "node_modules/semver": {
      version: "7.8.5",
      resolved: "https://registry.npmjs.org/semver/-/semver-7.8.5.tgz",
      integrity: "sha512-Y7/KDsb8LjooZpwaqGyulO6DQlksgCncchHGk+sZIY4SBvUocMBEFH5Ur1fI4dV+Jvl0w6cjvucaIi40puRioA==",
      license: "ISC",
      bin: {
        semver: "bin/semver.js"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/send": {
      version: "1.2.1",
      resolved: "https://registry.npmjs.org/send/-/send-1.2.1.tgz",
      integrity: "sha512-1gnZf7DFcoIcajTjTwjwuDjzuz4PPcY2StKPlsGAQ1+YH20IRVrBaXSWmdjowTJ6u8Rc01PoYOGHXfP1mYcZNQ==",
      license: "MIT",
      dependencies: {
        debug: "^4.4.3",
        encodeurl: "^2.0.0",
        "escape-html": "^1.0.3",
        etag: "^1.8.1",
        fresh: "^2.0.0",
        "http-errors": "^2.0.1",
        "mime-types": "^3.0.2",
        ms: "^2.1.3",
        "on-finished": "^2.4.1",
        "range-parser": "^1.2.1",
        statuses: "^2.0.2"
      },
      engines: {
        node: ">= 18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/serve-static": {
      version: "2.2.1",
      resolved: "https://registry.npmjs.org/serve-static/-/serve-static-2.2.1.tgz",
      integrity: "sha512-xRXBn0pPqQTVQiC8wyQrKs2MOlX24zQ0POGaj0kultvoOCstBQM5yvOhAVSUwOMjQtTvsPWoNCHfPGwaaQJhTw==",
      license: "MIT",
      dependencies: {
        encodeurl: "^2.0.0",
        "escape-html": "^1.0.3",
        parseurl: "^1.3.3",
        send: "^1.2.0"
      },
      engines: {
        node: ">= 18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/setprototypeof": {
      version: "1.2.0",
      resolved: "https://registry.npmjs.org/setprototypeof/-/setprototypeof-1.2.0.tgz",
      integrity: "sha512-E5LDX7Wrp85Kil5bhZv46j8jOeboKq5JMmYM3gVGdGH8xFpPWXUMsNrlODCrkoxMEeNi/XZIwuRvY4XNwYMJpw==",
      license: "ISC"
    },
    "node_modules/shebang-command": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/shebang-command/-/shebang-command-2.0.0.tgz",
      integrity: "sha512-kHxr2zZpYtdmrN1qDjrrX/Z1rR1kG8Dx+gkpK1G4eXmvXswmcE1hTWBWYUzlraYw1/yZp6YuDY77YtvbN0dmDA==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "shebang-regex": "^3.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/shebang-regex": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/shebang-regex/-/shebang-regex-3.0.0.tgz",
      integrity: "sha512-7++dFhtcx3353uBaq8DDR4NuxBetBzC7ZQOhmTQInHEd6bSrXdiEyzCvG07Z44UYdLShWUyXt5M/yhz8ekcb1A==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/shelljs": {
      version: "0.10.0",
      resolved: "https://registry.npmjs.org/shelljs/-/shelljs-0.10.0.tgz",
      integrity: "sha512-Jex+xw5Mg2qMZL3qnzXIfaxEtBaC4n7xifqaqtrZDdlheR70OGkydrPJWT0V1cA1k3nanC86x9FwAmQl6w3Klw==",
      inBundle: true,
      license: "BSD-3-Clause",
      dependencies: {
        execa: "^5.1.1",
        "fast-glob": "^3.3.2"
      },
      engines: {
        node: ">=18"
      }
    },
    "node_modules/shelljs/node_modules/execa": {
      version: "5.1.1",
      resolved: "https://registry.npmjs.org/execa/-/execa-5.1.1.tgz",
      integrity: "sha512-8uSpZZocAZRBAPIEINJj3Lo9HyGitllczc27Eh5YYojjMFMn8yHMDMaUHE2Jqfq05D/wucwI4JGURyXt1vchyg==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "cross-spawn": "^7.0.3",
        "get-stream": "^6.0.0",
        "human-signals": "^2.1.0",
        "is-stream": "^2.0.0",
        "merge-stream": "^2.0.0",
        "npm-run-path": "^4.0.1",
        onetime: "^5.1.2",
        "signal-exit": "^3.0.3",
        "strip-final-newline": "^2.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sindresorhus/execa?sponsor=1"
      }
    },
    "node_modules/shelljs/node_modules/get-stream": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/get-stream/-/get-stream-6.0.1.tgz",
      integrity: "sha512-ts6Wi+2j3jQjqi70w5AlN8DFnkSwC+MqmxEzdEALB2qXZYV3X/b1CTfgPLGJNMeAWxdPfU8FO1ms3NUfaHCPYg==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/shelljs/node_modules/human-signals": {
      version: "2.1.0",
      resolved: "https://registry.npmjs.org/human-signals/-/human-signals-2.1.0.tgz",
      integrity: "sha512-B4FFZ6q/T2jhhksgkbEW3HBvWIfDW85snkQgawt07S7J5QXTk6BkNV+0yAeZrM5QpMAdYlocGoljn0sJ/WQkFw==",
      inBundle: true,
      license: "Apache-2.0",
      engines: {
        node: ">=10.17.0"
      }
    },
    "node_modules/shelljs/node_modules/is-stream": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/is-stream/-/is-stream-2.0.1.tgz",
      integrity: "sha512-hFoiJiTl63nn+kstHGBtewWSKnQLpyb155KHheA1l39uvtO9nWIop1p3udqPcUd/xbF1VLMO4n7OI6p7RbngDg==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/shelljs/node_modules/npm-run-path": {
      version: "4.0.1",
      resolved: "https://registry.npmjs.org/npm-run-path/-/npm-run-path-4.0.1.tgz",
      integrity: "sha512-S48WzZW777zhNIrn7gxOlISNAqi9ZC/uQFnRdbeIHhZhCA6UqpkOT8T1G7BvfdgP4Er8gF4sUbaS0i7QvIfCWw==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "path-key": "^3.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/shelljs/node_modules/onetime": {
      version: "5.1.2",
      resolved: "https://registry.npmjs.org/onetime/-/onetime-5.1.2.tgz",
      integrity: "sha512-kbpaSSGJTWdAY5KPVeMOKXSrPtr8C8C7wodJbcsd51jRnmD+GZu8Y0VoU6Dm5Z4vWr0Ig/1NKuWRKf7j5aaYSg==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "mimic-fn": "^2.1.0"
      },
      engines: {
        node: ">=6"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/shelljs/node_modules/signal-exit": {
      version: "3.0.7",
      resolved: "https://registry.npmjs.org/signal-exit/-/signal-exit-3.0.7.tgz",
      integrity: "sha512-wnD2ZE+l+SPC/uoS0vXeE9L1+0wuaMqKlfz9AMUo38JsyLSBWSFcHR1Rri62LZc12vLr1gb3jl7iwQhgwpAbGQ==",
      inBundle: true,
      license: "ISC"
    },
    "node_modules/shelljs/node_modules/strip-final-newline": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/strip-final-newline/-/strip-final-newline-2.0.0.tgz",
      integrity: "sha512-BrpvfNAE3dcvq7ll3xVumzjKjZQ5tI1sEUIKr3Uoks0XUl45St3FlatVqef9prk4jRDzhW6WZg+3bk93y6pLjA==",
      inBundle: true,
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/shellwords": {
      version: "0.1.1",
      resolved: "https://registry.npmjs.org/shellwords/-/shellwords-0.1.1.tgz",
      integrity: "sha512-vFwSUfQvqybiICwZY5+DAWIPLKsWO31Q91JSKl3UYv+K5c2QRPzn0qzec6QPu1Qc9eHYItiP3NdJqNVqetYAww==",
      license: "MIT"
    },
    "node_modules/side-channel": {
      version: "1.1.1",
      resolved: "https://registry.npmjs.org/side-channel/-/side-channel-1.1.1.tgz",
      integrity: "sha512-6x6dK6zJdpTzF4sQeNYxwtvBzf6Eg4GtlesS94HOvTudUeyK2WXAaIfmDgsyslYrRBeFIlsi54AYsFGUuhmvrQ==",
      license: "MIT",
      dependencies: {
        "es-errors": "^1.3.0",
        "object-inspect": "^1.13.4",
        "side-channel-list": "^1.0.1",
        "side-channel-map": "^1.0.1",
        "side-channel-weakmap": "^1.0.2"
      },
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/side-channel-list": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/side-channel-list/-/side-channel-list-1.0.1.tgz",
      integrity: "sha512-mjn/0bi/oUURjc5Xl7IaWi/OJJJumuoJFQJfDDyO46+hBWsfaVM65TBHq2eoZBhzl9EchxOijpkbRC8SVBQU0w==",
      license: "MIT",
      dependencies: {
        "es-errors": "^1.3.0",
        "object-inspect": "^1.13.4"
      },
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/side-channel-map": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/side-channel-map/-/side-channel-map-1.0.1.tgz",
      integrity: "sha512-VCjCNfgMsby3tTdo02nbjtM/ewra6jPHmpThenkTYh8pG9ucZ/1P8So4u4FGBek/BjpOVsDCMoLA/iuBKIFXRA==",
      license: "MIT",
      dependencies: {
        "call-bound": "^1.0.2",
        "es-errors": "^1.3.0",
        "get-intrinsic": "^1.2.5",
        "object-inspect": "^1.13.3"
      },
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/side-channel-weakmap": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/side-channel-weakmap/-/side-channel-weakmap-1.0.2.tgz",
      integrity: "sha512-WPS/HvHQTYnHisLo9McqBHOJk2FkHO/tlpvldyrnem4aeQp4hai3gythswg6p01oSoTl58rcpiFAjF2br2Ak2A==",
      license: "MIT",
      dependencies: {
        "call-bound": "^1.0.2",
        "es-errors": "^1.3.0",
        "get-intrinsic": "^1.2.5",
        "object-inspect": "^1.13.3",
        "side-channel-map": "^1.0.1"
      },
      engines: {
        node: ">= 0.4"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/signal-exit": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/signal-exit/-/signal-exit-4.1.0.tgz",
      integrity: "sha512-bzyZ1e88w9O1iNJbKnOlvYTrWPDl46O1bG0D3XInv+9tkPrxrN8jUUTiFlDkkmKWgn1M6CfIA13SuGqOa9Korw==",
      license: "ISC",
      engines: {
        node: ">=14"
      },
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/sigstore": {
      version: "4.1.1",
      resolved: "https://registry.npmjs.org/sigstore/-/sigstore-4.1.1.tgz",
      integrity: "sha512-endqECJkfhozrXMK5ngu/UAA0xVcVEFdnHJCElGaExypjW+HK5i6zu3NteLoaX/iFbRUbC3+DjttQs0GARr+5w==",
      license: "Apache-2.0",
      dependencies: {
        "@sigstore/bundle": "^4.0.0",
        "@sigstore/core": "^3.2.1",
        "@sigstore/protobuf-specs": "^0.5.0",
        "@sigstore/sign": "^4.1.1",
        "@sigstore/tuf": "^4.0.2",
        "@sigstore/verify": "^3.1.1"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/simple-git": {
      version: "3.36.0",
      resolved: "https://registry.npmjs.org/simple-git/-/simple-git-3.36.0.tgz",
      integrity: "sha512-cGQjLjK8bxJw4QuYT7gxHw3/IouVESbhahSsHrX97MzCL1gu2u7oy38W6L2ZIGECEfIBG4BabsWDPjBxJENv9Q==",
      license: "MIT",
      dependencies: {
        "@kwsites/file-exists": "^1.1.1",
        "@kwsites/promise-deferred": "^1.1.1",
        "@simple-git/args-pathspec": "^1.0.3",
        "@simple-git/argv-parser": "^1.1.0",
        debug: "^4.4.0"
      },
      funding: {
        type: "github",
        url: "https://github.com/steveukx/git-js?sponsor=1"
      }
    },
    "node_modules/sisteransi": {
      version: "1.0.5",
      resolved: "https://registry.npmjs.org/sisteransi/-/sisteransi-1.0.5.tgz",
      integrity: "sha512-bLGGlR1QxBcynn2d5YmDX4MGjlZvy2MRBDRNHLJ8VI6l6+9FUiyTFNJ0IveOSP0bcXgVDPRcfGqA0pjaqUpfVg==",
      license: "MIT"
    },
    "node_modules/slash": {
      version: "5.1.0",
      resolved: "https://registry.npmjs.org/slash/-/slash-5.1.0.tgz",
      integrity: "sha512-ZA6oR3T/pEyuqwMgAKT0/hAv8oAXckzbkmR0UkUosQ+Mc4RxGoJkRmwHgHufaenlyAgE1Mxgpdcrf75y6XcnDg==",
      license: "MIT",
      engines: {
        node: ">=14.16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/smart-buffer": {
      version: "4.2.0",
      resolved: "https://registry.npmjs.org/smart-buffer/-/smart-buffer-4.2.0.tgz",
      integrity: "sha512-94hK0Hh8rPqQl2xXc3HsaBoOXKV20MToPkcXvwbISWLEs+64sBq5kFgn2kJDHb1Pry9yrP0dxrCI9RRci7RXKg==",
      license: "MIT",
      engines: {
        node: ">= 6.0.0",
        npm: ">= 3.0.0"
      }
    },
    "node_modules/socks": {
      version: "2.8.9",
      resolved: "https://registry.npmjs.org/socks/-/socks-2.8.9.tgz",
      integrity: "sha512-LJhUYUvItdQ0LkJTmPeaEObWXAqFyfmP85x0tch/ez9cahmhlBBLbIqDFnvBnUJGagb0JbIQrkBs1wJ+yRYpEw==",
      license: "MIT",
      dependencies: {
        "ip-address": "^10.1.1",
        "smart-buffer": "^4.2.0"
      },
      engines: {
        node: ">= 10.0.0",
        npm: ">= 3.0.0"
      }
    },
    "node_modules/socks-proxy-agent": {
      version: "8.0.5",
      resolved: "https://registry.npmjs.org/socks-proxy-agent/-/socks-proxy-agent-8.0.5.tgz",
      integrity: "sha512-HehCEsotFqbPW9sJ8WVYB6UbmIMv7kUUORIF2Nncq4VQvBfNBLibW9YZR5dlYCSUhwcD628pRllm7n+E+YTzJw==",
      license: "MIT",
      dependencies: {
        "agent-base": "^7.1.2",
        debug: "^4.3.4",
        socks: "^2.8.3"
      },
      engines: {
        node: ">= 14"
      }
    },
    "node_modules/sort-keys": {
      version: "5.1.0",
      resolved: "https://registry.npmjs.org/sort-keys/-/sort-keys-5.1.0.tgz",
      integrity: "sha512-aSbHV0DaBcr7u0PVHXzM6NbZNAtrr9sF6+Qfs9UUVG7Ll3jQ6hHi8F/xqIIcn2rvIVbr0v/2zyjSdwSV47AgLQ==",
      license: "MIT",
      dependencies: {
        "is-plain-obj": "^4.0.0"
      },
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/spdx-correct": {
      version: "3.2.0",
      resolved: "https://registry.npmjs.org/spdx-correct/-/spdx-correct-3.2.0.tgz",
      integrity: "sha512-kN9dJbvnySHULIluDHy32WHRUu3Og7B9sbY7tsFLctQkIqnMh3hErYgdMjTYuqmcXX+lK5T1lnUt3G7zNswmZA==",
      license: "Apache-2.0",
      dependencies: {
        "spdx-expression-parse": "^3.0.0",
        "spdx-license-ids": "^3.0.0"
      }
    },
    "node_modules/spdx-correct/node_modules/spdx-expression-parse": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/spdx-expression-parse/-/spdx-expression-parse-3.0.1.tgz",
      integrity: "sha512-cbqHunsQWnJNE6KhVSMsMeH5H/L9EpymbzqTQ3uLwNCLZ1Q481oWaofqH7nO6V07xlXwY6PhQdQ2IedWx/ZK4Q==",
      license: "MIT",
      dependencies: {
        "spdx-exceptions": "^2.1.0",
        "spdx-license-ids": "^3.0.0"
      }
    },
    "node_modules/spdx-exceptions": {
      version: "2.5.0",
      resolved: "https://registry.npmjs.org/spdx-exceptions/-/spdx-exceptions-2.5.0.tgz",
      integrity: "sha512-PiU42r+xO4UbUS1buo3LPJkjlO7430Xn5SVAhdpzzsPHsjbYVflnnFdATgabnLude+Cqu25p6N+g2lw/PFsa4w==",
      license: "CC-BY-3.0"
    },
    "node_modules/spdx-expression-parse": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/spdx-expression-parse/-/spdx-expression-parse-4.0.0.tgz",
      integrity: "sha512-Clya5JIij/7C6bRR22+tnGXbc4VKlibKSVj2iHvVeX5iMW7s1SIQlqu699JkODJJIhh/pUu8L0/VLh8xflD+LQ==",
      license: "MIT",
      dependencies: {
        "spdx-exceptions": "^2.1.0",
        "spdx-license-ids": "^3.0.0"
      }
    },
    "node_modules/spdx-license-ids": {
      version: "3.0.23",
      resolved: "https://registry.npmjs.org/spdx-license-ids/-/spdx-license-ids-3.0.23.tgz",
      integrity: "sha512-CWLcCCH7VLu13TgOH+r8p1O/Znwhqv/dbb6lqWy67G+pT1kHmeD/+V36AVb/vq8QMIQwVShJ6Ssl5FPh0fuSdw==",
      license: "CC0-1.0"
    },
    "node_modules/ssri": {
      version: "13.0.1",
      resolved: "https://registry.npmjs.org/ssri/-/ssri-13.0.1.tgz",
      integrity: "sha512-QUiRf1+u9wPTL/76GTYlKttDEBWV1ga9ZXW8BG6kfdeyyM8LGPix9gROyg9V2+P0xNyF3X2Go526xKFdMZrHSQ==",
      license: "ISC",
      dependencies: {
        minipass: "^7.0.3"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/statuses": {
      version: "2.0.2",
      resolved: "https://registry.npmjs.org/statuses/-/statuses-2.0.2.tgz",
      integrity: "sha512-DvEy55V3DB7uknRo+4iOGT5fP1slR8wQohVdknigZPMpMstaKJQWhwiYBACJE3Ul2pTnATihhBYnRhZQHGBiRw==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/stdin-discarder": {
      version: "0.3.2",
      resolved: "https://registry.npmjs.org/stdin-discarder/-/stdin-discarder-0.3.2.tgz",
      integrity: "sha512-eCPu1qRxPVkl5605OTWF8Wz40b4Mf45NY5LQmVPQ599knfs5QhASUm9GbJ5BDMDOXgrnh0wyEdvzmL//YMlw0A==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/streamsearch": {
      version: "1.1.0",
      resolved: "https://registry.npmjs.org/streamsearch/-/streamsearch-1.1.0.tgz",
      integrity: "sha512-Mcc5wHehp9aXz1ax6bZUyY5afg9u2rv5cqQI3mRrYkGC8rW2hM02jWuwjtL++LS5qinSyhj2QfLyNsuc+VsExg==",
      engines: {
        node: ">=10.0.0"
      }
    },
    "node_modules/streamx": {
      version: "2.28.0",
      resolved: "https://registry.npmjs.org/streamx/-/streamx-2.28.0.tgz",
      integrity: "sha512-1Yowhzjf0ivGMrTIkY9hav5TxobO9qIVqUE41fiCGMGgc3CLlf4MY+9AHmZqBWgDTue0fY9zWjYFVyf6Diuobw==",
      license: "MIT",
      dependencies: {
        "events-universal": "^1.0.0",
        "fast-fifo": "^1.3.2",
        "text-decoder": "^1.1.0"
      }
    },
    "node_modules/string_decoder": {
      version: "1.3.0",
      resolved: "https://registry.npmjs.org/string_decoder/-/string_decoder-1.3.0.tgz",
      integrity: "sha512-hkRX8U1WjJFd8LsDJ2yQ/wWWxaopEsABU1XfkM8A+j0+85JAGppt16cr1Whg6KIbb4okU6Mql6BOj+uup/wKeA==",
      license: "MIT",
      dependencies: {
        "safe-buffer": "~5.2.0"
      }
    },
    "node_modules/string-width": {
      version: "8.2.2",
      resolved: "https://registry.npmjs.org/string-width/-/string-width-8.2.2.tgz",
      integrity: "sha512-GaPUh5gfdrYzqeVNZvUfT23vYYxXzKYidUcnMtJg/3rxRV63EFZy3k6xfKlmfeJD0176lnUV/Usr3XcwSvFzpg==",
      license: "MIT",
      dependencies: {
        "get-east-asian-width": "^1.5.0",
        "strip-ansi": "^7.1.2"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/strip-ansi": {
      version: "7.2.0",
      resolved: "https://registry.npmjs.org/strip-ansi/-/strip-ansi-7.2.0.tgz",
      integrity: "sha512-yDPMNjp4WyfYBkHnjIRLfca1i6KMyGCtsVgoKe/z1+6vukgaENdgGBZt+ZmKPc4gavvEZ5OgHfHdrazhgNyG7w==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^6.2.2"
      },
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/chalk/strip-ansi?sponsor=1"
      }
    },
    "node_modules/strip-bom-buf": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/strip-bom-buf/-/strip-bom-buf-3.0.1.tgz",
      integrity: "sha512-iJaWw2WroigLHzQysdc5WWeUc99p7ea7AEgB6JkY8CMyiO1yTVAA1gIlJJgORElUIR+lcZJkNl1OGChMhvc2Cw==",
      license: "MIT",
      dependencies: {
        "is-utf8": "^0.2.1"
      },
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/strip-bom-stream": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/strip-bom-stream/-/strip-bom-stream-5.0.0.tgz",
      integrity: "sha512-Yo472mU+3smhzqeKlIxClre4s4pwtYZEvDNQvY/sJpnChdaxmKuwU28UVx/v1ORKNMxkmj1GBuvxJQyBk6wYMQ==",
      license: "MIT",
      dependencies: {
        "first-chunk-stream": "^5.0.0",
        "strip-bom-buf": "^3.0.0"
      },
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/strip-final-newline": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/strip-final-newline/-/strip-final-newline-4.0.0.tgz",
      integrity: "sha512-aulFJcD6YK8V1G7iRB5tigAP4TsHBZZrOV8pjV++zdUwmeV8uzbY7yn6h9MswN62adStNZFuCIx4haBnRuMDaw==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/strip-json-comments": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/strip-json-comments/-/strip-json-comments-2.0.1.tgz",
      integrity: "sha512-4gB8na07fecVVkOI6Rs4e7T6NOTki5EmL7TUduTs6bu3EdnSycntVJ4re8kgZA+wx9IueI2Y11bfbgwtzuE0KQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/stubborn-fs": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/stubborn-fs/-/stubborn-fs-2.0.0.tgz",
      integrity: "sha512-Y0AvSwDw8y+nlSNFXMm2g6L51rBGdAQT20J3YSOqxC53Lo3bjWRtr2BKcfYoAf352WYpsZSTURrA0tqhfgudPA==",
      license: "MIT",
      dependencies: {
        "stubborn-utils": "^1.0.1"
      }
    },
    "node_modules/stubborn-utils": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/stubborn-utils/-/stubborn-utils-1.0.2.tgz",
      integrity: "sha512-zOh9jPYI+xrNOyisSelgym4tolKTJCQd5GBhK0+0xJvcYDcwlOoxF/rnFKQ2KRZknXSG9jWAp66fwP6AxN9STg==",
      license: "MIT"
    },
    "node_modules/tar": {
      version: "7.5.20",
      resolved: "https://registry.npmjs.org/tar/-/tar-7.5.20.tgz",
      integrity: "sha512-9FcyK4PA6+WbzlTM9WhQm6vB5W7cP7dUiPsv1g7YDwEQnQ1CGpK3MGlKk/ITVWMk05kHZuBhmVhiv8LZoy/PFQ==",
      license: "BlueOak-1.0.0",
      dependencies: {
        "@isaacs/fs-minipass": "^4.0.0",
        chownr: "^3.0.0",
        minipass: "^7.1.2",
        minizlib: "^3.1.0",
        yallist: "^5.0.0"
      },
      engines: {
        node: ">=18"
      }
    },
    "node_modules/teex": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/teex/-/teex-1.0.1.tgz",
      integrity: "sha512-eYE6iEI62Ni1H8oIa7KlDU6uQBtqr4Eajni3wX7rpfXD8ysFx8z0+dri+KWEPWpBsxXfxu58x/0jvTVT1ekOSg==",
      license: "MIT",
      dependencies: {
        streamx: "^2.12.5"
      }
    },
    "node_modules/text-decoder": {
      version: "1.2.7",
      resolved: "https://registry.npmjs.org/text-decoder/-/text-decoder-1.2.7.tgz",
      integrity: "sha512-vlLytXkeP4xvEq2otHeJfSQIRyWxo/oZGEbXrtEEF9Hnmrdly59sUbzZ/QgyWuLYHctCHxFF4tRQZNQ9k60ExQ==",
      license: "Apache-2.0",
      dependencies: {
        b4a: "^1.6.4"
      }
    },
    "node_modules/text-table": {
      version: "0.2.0",
      resolved: "https://registry.npmjs.org/text-table/-/text-table-0.2.0.tgz",
      integrity: "sha512-N+8UisAXDGk8PFXP4HAzVR9nbfmVJ3zYLAWiTIoqC5v5isinhr+r5uaO8+7r3BMfuNIufIsA7RdpVgacC2cSpw==",
      license: "MIT"
    },
    "node_modules/textextensions": {
      version: "6.11.0",
      resolved: "https://registry.npmjs.org/textextensions/-/textextensions-6.11.0.tgz",
      integrity: "sha512-tXJwSr9355kFJI3lbCkPpUH5cP8/M0GGy2xLO34aZCjMXBaK3SoPnZwr/oWmo1FdCnELcs4npdCIOFtq9W3ruQ==",
      license: "Artistic-2.0",
      dependencies: {
        editions: "^6.21.0"
      },
      engines: {
        node: ">=4"
      },
      funding: {
        url: "https://bevry.me/fund"
      }
    },
    "node_modules/tinyglobby": {
      version: "0.2.17",
      resolved: "https://registry.npmjs.org/tinyglobby/-/tinyglobby-0.2.17.tgz",
      integrity: "sha512-wXR/dYpcqKmfWpEdZjiKJOwCNFndD0DMnrW/cYjVGttEkBfVgcLFHoNrlj47mjOVic9yyNu65alsgF4NQyTa2g==",
      license: "MIT",
      dependencies: {
        fdir: "^6.5.0",
        picomatch: "^4.0.4"
      },
      engines: {
        node: ">=12.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/SuperchupuDev"
      }
    },
    "node_modules/tinyglobby/node_modules/fdir": {
      version: "6.5.0",
      resolved: "https://registry.npmjs.org/fdir/-/fdir-6.5.0.tgz",
      integrity: "sha512-tIbYtZbucOs0BRGqPJkshJUYdL+SDH7dVM8gjy+ERp3WAUjLEFJE+02kanyHtwjWOnwrKYBiwAmM0p4kLJAnXg==",
      license: "MIT",
      engines: {
        node: ">=12.0.0"
      },
      peerDependencies: {
        picomatch: "^3 || ^4"
      },
      peerDependenciesMeta: {
        picomatch: {
          optional: true
        }
      }
    },
    "node_modules/tinyglobby/node_modules/picomatch": {
      version: "4.0.5",
      resolved: "https://registry.npmjs.org/picomatch/-/picomatch-4.0.5.tgz",
      integrity: "sha512-RvwwcruNjI1ncT5xRakeyS9Lf8lcItv34KD+aif+VH9kduAyfYBipGh12274xtenIPZ119/R9BdTBa8gAwSh0A==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/jonschlinkert"
      }
    },
    "node_modules/to-regex-range": {
      version: "5.0.1",
      resolved: "https://registry.npmjs.org/to-regex-range/-/to-regex-range-5.0.1.tgz",
      integrity: "sha512-65P7iz6X5yEr1cwcgvQxbbIw7Uk3gOy5dIdtZ4rDveLqhrdJP+Li/Hx6tyK0NEb+2GCyneCMJiGqrADCSNk8sQ==",
      inBundle: true,
      license: "MIT",
      dependencies: {
        "is-number": "^7.0.0"
      },
      engines: {
        node: ">=8.0"
      }
    },
    "node_modules/toasted-notifier": {
      version: "10.1.0",
      resolved: "https://registry.npmjs.org/toasted-notifier/-/toasted-notifier-10.1.0.tgz",
      integrity: "sha512-SvAufC4t75lRqwQtComPeDC93j8Toy3BRsD1cMIZ+YdfxTnIyxQb+YCuhXohNFDGJPI+RgOYImkDX76fTo1YDA==",
      funding: [
        {
          type: "individual",
          url: "https://buymeacoffee.com/aetherinox"
        }
      ],
      license: "MIT",
      dependencies: {
        growly: "^1.3.0",
        "is-wsl": "^2.2.0",
        semver: "^7.7.2",
        shellwords: "^0.1.1",
        which: "^2.0.2"
      }
    },
    "node_modules/toidentifier": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/toidentifier/-/toidentifier-1.0.1.tgz",
      integrity: "sha512-o5sSPKEkg/DIQNmH43V0/uerLrpzVedkUh8tGNvaeXpfpuwjKenlSox/2O/BTlZUtEe+JG7s5YhEz608PlAHRA==",
      license: "MIT",
      engines: {
        node: ">=0.6"
      }
    },
    "node_modules/treeverse": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/treeverse/-/treeverse-3.0.0.tgz",
      integrity: "sha512-gcANaAnd2QDZFmHFEOF4k7uc1J/6a6z3DJMd/QwEyxLoKGiptJRwid582r7QIsFlFMIZ3SnxfS52S4hm2DHkuQ==",
      license: "ISC",
      engines: {
        node: "^14.17.0 || ^16.13.0 || >=18.0.0"
      }
    },
    "node_modules/tslib": {
      version: "2.8.1",
      resolved: "https://registry.npmjs.org/tslib/-/tslib-2.8.1.tgz",
      integrity: "sha512-oJFu94HQb+KVduSUQL7wnpmqnfmLsOA/nAh6b6EH0wCEoK0/mPeXU6c3wKDV83MkOuHPRHtSXKKU99IBazS/2w==",
      license: "0BSD"
    },
    "node_modules/tuf-js": {
      version: "4.1.0",
      resolved: "https://registry.npmjs.org/tuf-js/-/tuf-js-4.1.0.tgz",
      integrity: "sha512-50QV99kCKH5P/Vs4E2Gzp7BopNV+KzTXqWeaxrfu5IQJBOULRsTIS9seSsOVT8ZnGXzCyx55nYWAi4qJzpZKEQ==",
      license: "MIT",
      dependencies: {
        "@tufjs/models": "4.1.0",
        debug: "^4.4.3",
        "make-fetch-happen": "^15.0.1"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/type-fest": {
      version: "4.41.0",
      resolved: "https://registry.npmjs.org/type-fest/-/type-fest-4.41.0.tgz",
      integrity: "sha512-TeTSQ6H5YHvpqVwBRcnLDCBnDOHWYu7IvGbHT6N8AOymcr9PJGjc1GTtiWZTYg0NCgYwvnYWEkVChQAr9bjfwA==",
      license: "(MIT OR CC0-1.0)",
      engines: {
        node: ">=16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/type-is": {
      version: "2.1.0",
      resolved: "https://registry.npmjs.org/type-is/-/type-is-2.1.0.tgz",
      integrity: "sha512-faYHw0anBbc/kWF3zFTEnxSFOAGUX9GFbOBthvDdLsIlEoWOFOtS0zgCiQYwIskL9iGXZL3kAXD8OoZ4GmMATA==",
      license: "MIT",
      dependencies: {
        "content-type": "^2.0.0",
        "media-typer": "^1.1.0",
        "mime-types": "^3.0.0"
      },
      engines: {
        node: ">= 18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/type-is/node_modules/content-type": {
      version: "2.0.0",
      resolved: "https://registry.npmjs.org/content-type/-/content-type-2.0.0.tgz",
      integrity: "sha512-j/O/d7GcZCyNl7/hwZAb606rzqkyvaDctLmckbxLzHvFBzTJHuGEdodATcP3yIRoDrLHkIATJuvzbFlp/ki2cQ==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/express"
      }
    },
    "node_modules/typedarray": {
      version: "0.0.6",
      resolved: "https://registry.npmjs.org/typedarray/-/typedarray-0.0.6.tgz",
      integrity: "sha512-/aCDEGatGvZ2BIk+HmLf4ifCJFwvKFNb9/JeZPMulfgFracn9QFcAf5GO8B/mweUjSoblS5In0cWhqpfs/5PQA==",
      license: "MIT"
    },
    "node_modules/undici": {
      version: "6.27.0",
      resolved: "https://registry.npmjs.org/undici/-/undici-6.27.0.tgz",
      integrity: "sha512-YmfV3YnEDzXRC5lZ2jWtWWHKGUm1zIt8AhesR1tens+HTNv+YZlN/dp6G727LOvMJ8xjP9Be7Y2Sdr96LDm+pg==",
      license: "MIT",
      engines: {
        node: ">=18.17"
      }
    },
    "node_modules/undici-types": {
      version: "8.3.0",
      resolved: "https://registry.npmjs.org/undici-types/-/undici-types-8.3.0.tgz",
      integrity: "sha512-j375ScV60dom+YkPFIfTLcOiPxkN/buHz5GobjLhixFuANaNs3C9l4GmrWqejgXWJ7BbJcFYpTEUkS1Ge8bpZQ==",
      license: "MIT"
    },
    "node_modules/unicorn-magic": {
      version: "0.3.0",
      resolved: "https://registry.npmjs.org/unicorn-magic/-/unicorn-magic-0.3.0.tgz",
      integrity: "sha512-+QBBXBCvifc56fsbuxZQ6Sic3wqqc3WWaqxs58gvJrcOuN83HGTCwz3oS5phzU9LthRNE9VrJCFCLUgHeeFnfA==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/universal-user-agent": {
      version: "7.0.3",
      resolved: "https://registry.npmjs.org/universal-user-agent/-/universal-user-agent-7.0.3.tgz",
      integrity: "sha512-TmnEAEAsBJVZM/AADELsK76llnwcf9vMKuPz8JflO1frO8Lchitr0fNaN9d+Ap0BjKtqWqd/J17qeDnXh8CL2A==",
      license: "ISC"
    },
    "node_modules/universalify": {
      version: "2.0.1",
      resolved: "https://registry.npmjs.org/universalify/-/universalify-2.0.1.tgz",
      integrity: "sha512-gptHNQghINnc/vTGIk0SOFGFNXw7JVrlRUtConJRlvaw6DuX0wO5Jeko9sWrMBhh+PsYAZ7oXAiOnf/UKogyiw==",
      license: "MIT",
      engines: {
        node: ">= 10.0.0"
      }
    },
    "node_modules/unpipe": {
      version: "1.0.0",
      resolved: "https://registry.npmjs.org/unpipe/-/unpipe-1.0.0.tgz",
      integrity: "sha512-pjy2bYhSsufwWlKwPc+l3cN7+wuJlK6uz0YdJEOlQDbl6jo/YlPi4mb8agUkVC8BF7V8NuzeyPNqRksA3hztKQ==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/untildify": {
      version: "6.0.0",
      resolved: "https://registry.npmjs.org/untildify/-/untildify-6.0.0.tgz",
      integrity: "sha512-sA2YTBvW2F463GvSbiZtso+dpuQV+B7xX9saX30SGrR5Fyx4AUcvA/zN+ShAkABKUKVyDaHECsJrHv5ToTuHsQ==",
      license: "MIT",
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/unzipper": {
      version: "0.12.5",
      resolved: "https://registry.npmjs.org/unzipper/-/unzipper-0.12.5.tgz",
      integrity: "sha512-tXYOi9R57Uj/2Z25SOs5RRSzq886MBQj2gY8dPL+xl/kv6s6SvByoKfAtvfVeEuhntWDgjd2o9p2lb4TVPAz0A==",
      license: "MIT",
      dependencies: {
        bluebird: "~3.7.2",
        duplexer2: "~0.1.4",
        "fs-extra": "11.3.1",
        "graceful-fs": "^4.2.2",
        "node-int64": "^0.4.0"
      }
    },
    "node_modules/update-notifier": {
      version: "7.3.1",
      resolved: "https://registry.npmjs.org/update-notifier/-/update-notifier-7.3.1.tgz",
      integrity: "sha512-+dwUY4L35XFYEzE+OAL3sarJdUioVovq+8f7lcIJ7wnmnYQV5UD1Y/lcwaMSyaQ6Bj3JMj1XSTjZbNLHn/19yA==",
      license: "BSD-2-Clause",
      dependencies: {
        boxen: "^8.0.1",
        chalk: "^5.3.0",
        configstore: "^7.0.0",
        "is-in-ci": "^1.0.0",
        "is-installed-globally": "^1.0.0",
        "is-npm": "^6.0.0",
        "latest-version": "^9.0.0",
        pupa: "^3.1.0",
        semver: "^7.6.3",
        "xdg-basedir": "^5.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/yeoman/update-notifier?sponsor=1"
      }
    },
    "node_modules/util-deprecate": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/util-deprecate/-/util-deprecate-1.0.2.tgz",
      integrity: "sha512-EPD5q1uXyFxJpCrLnCc1nHnq3gOa6DZBocAIiI2TaSCA7VCJ1UJDMagCzIkXNsUYfD1daK//LTEQ8xiIbrHtcw==",
      license: "MIT"
    },
    "node_modules/validate-npm-package-license": {
      version: "3.0.4",
      resolved: "https://registry.npmjs.org/validate-npm-package-license/-/validate-npm-package-license-3.0.4.tgz",
      integrity: "sha512-DpKm2Ui/xN7/HQKCtpZxoRWBhZ9Z0kqtygG8XCgNQ8ZlDnxuQmWhj566j8fN4Cu3/JmbhsDo7fcAJq4s9h27Ew==",
      license: "Apache-2.0",
      dependencies: {
        "spdx-correct": "^3.0.0",
        "spdx-expression-parse": "^3.0.0"
      }
    },
    "node_modules/validate-npm-package-license/node_modules/spdx-expression-parse": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/spdx-expression-parse/-/spdx-expression-parse-3.0.1.tgz",
      integrity: "sha512-cbqHunsQWnJNE6KhVSMsMeH5H/L9EpymbzqTQ3uLwNCLZ1Q481oWaofqH7nO6V07xlXwY6PhQdQ2IedWx/ZK4Q==",
      license: "MIT",
      dependencies: {
        "spdx-exceptions": "^2.1.0",
        "spdx-license-ids": "^3.0.0"
      }
    },
    "node_modules/validate-npm-package-name": {
      version: "7.0.2",
      resolved: "https://registry.npmjs.org/validate-npm-package-name/-/validate-npm-package-name-7.0.2.tgz",
      integrity: "sha512-hVDIBwsRruT73PbK7uP5ebUt+ezEtCmzZz3F59BSr2F6OVFnJ/6h8liuvdLrQ88Xmnk6/+xGGuq+pG9WwTuy3A==",
      license: "ISC",
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/vary": {
      version: "1.1.2",
      resolved: "https://registry.npmjs.org/vary/-/vary-1.1.2.tgz",
      integrity: "sha512-BNGbWLfd0eUPabhkXUVm0j8uuvREyTh5ovRa/dyow/BqAbZJyC+5fU+IzQOzmAKzYqYRAISoRhdQr3eIZ/PXqg==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/version-range": {
      version: "4.15.0",
      resolved: "https://registry.npmjs.org/version-range/-/version-range-4.15.0.tgz",
      integrity: "sha512-Ck0EJbAGxHwprkzFO966t4/5QkRuzh+/I1RxhLgUKKwEn+Cd8NwM60mE3AqBZg5gYODoXW0EFsQvbZjRlvdqbg==",
      license: "Artistic-2.0",
      engines: {
        node: ">=4"
      },
      funding: {
        url: "https://bevry.me/fund"
      }
    },
    "node_modules/vinyl": {
      version: "3.0.1",
      resolved: "https://registry.npmjs.org/vinyl/-/vinyl-3.0.1.tgz",
      integrity: "sha512-0QwqXteBNXgnLCdWdvPQBX6FXRHtIH3VhJPTd5Lwn28tJXc34YqSCWUmkOvtJHBmB3gGoPtrOKk3Ts8/kEZ9aA==",
      license: "MIT",
      dependencies: {
        clone: "^2.1.2",
        "remove-trailing-separator": "^1.1.0",
        "replace-ext": "^2.0.0",
        teex: "^1.0.1"
      },
      engines: {
        node: ">=10.13.0"
      }
    },
    "node_modules/vinyl-file": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/vinyl-file/-/vinyl-file-5.0.0.tgz",
      integrity: "sha512-MvkPF/yA1EX7c6p+juVIvp9+Lxp70YUfNKzEWeHMKpUNVSnTZh2coaOqLxI0pmOe2V9nB+OkgFaMDkodaJUyGw==",
      license: "MIT",
      dependencies: {
        "@types/vinyl": "^2.0.7",
        "strip-bom-buf": "^3.0.1",
        "strip-bom-stream": "^5.0.0",
        vinyl: "^3.0.0"
      },
      engines: {
        node: ">=14.16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/vscode-css-languageservice": {
      version: "6.3.10",
      resolved: "https://registry.npmjs.org/vscode-css-languageservice/-/vscode-css-languageservice-6.3.10.tgz",
      integrity: "sha512-eq5N9Er3fC4vA9zd9EFhyBG90wtCCuXgRSpAndaOgXMh1Wgep5lBgRIeDgjZBW9pa+332yC9+49cZMW8jcL3MA==",
      license: "MIT",
      dependencies: {
        "@vscode/l10n": "^0.0.18",
        "vscode-languageserver-textdocument": "^1.0.12",
        "vscode-languageserver-types": "3.17.5",
        "vscode-uri": "^3.1.0"
      }
    },
    "node_modules/vscode-css-languageservice/node_modules/vscode-languageserver-types": {
      version: "3.17.5",
      resolved: "https://registry.npmjs.org/vscode-languageserver-types/-/vscode-languageserver-types-3.17.5.tgz",
      integrity: "sha512-Ld1VelNuX9pdF39h2Hgaeb5hEZM2Z3jUrrMgWQAu82jMtZp7p3vJT3BzToKtZI7NgQssZje5o0zryOrhQvzQAg==",
      license: "MIT"
    },
    "node_modules/vscode-json-languageservice": {
      version: "5.7.2",
      resolved: "https://registry.npmjs.org/vscode-json-languageservice/-/vscode-json-languageservice-5.7.2.tgz",
      integrity: "sha512-WtKRDtJfFEmLrgtu+ODexOHm/6/krRF0k6t+uvkKIKW1Jh9ZIyxZQwJJwB3qhrEgvAxa37zbUg+vn+UyUK/U2w==",
      license: "MIT",
      dependencies: {
        "@vscode/l10n": "^0.0.18",
        "jsonc-parser": "^3.3.1",
        "vscode-languageserver-textdocument": "^1.0.12",
        "vscode-languageserver-types": "^3.17.5",
        "vscode-uri": "^3.1.0"
      }
    },
    "node_modules/vscode-jsonrpc": {
      version: "8.2.0",
      resolved: "https://registry.npmjs.org/vscode-jsonrpc/-/vscode-jsonrpc-8.2.0.tgz",
      integrity: "sha512-C+r0eKJUIfiDIfwJhria30+TYWPtuHJXHtI7J0YlOmKAo7ogxP20T0zxB7HZQIFhIyvoBPwWskjxrvAtfjyZfA==",
      license: "MIT",
      engines: {
        node: ">=14.0.0"
      }
    },
    "node_modules/vscode-languageserver": {
      version: "9.0.1",
      resolved: "https://registry.npmjs.org/vscode-languageserver/-/vscode-languageserver-9.0.1.tgz",
      integrity: "sha512-woByF3PDpkHFUreUa7Hos7+pUWdeWMXRd26+ZX2A8cFx6v/JPTtd4/uN0/jB6XQHYaOlHbio03NTHCqrgG5n7g==",
      license: "MIT",
      dependencies: {
        "vscode-languageserver-protocol": "3.17.5"
      },
      bin: {
        installServerIntoExtension: "bin/installServerIntoExtension"
      }
    },
    "node_modules/vscode-languageserver-protocol": {
      version: "3.17.5",
      resolved: "https://registry.npmjs.org/vscode-languageserver-protocol/-/vscode-languageserver-protocol-3.17.5.tgz",
      integrity: "sha512-mb1bvRJN8SVznADSGWM9u/b07H7Ecg0I3OgXDuLdn307rl/J3A9YD6/eYOssqhecL27hK1IPZAsaqh00i/Jljg==",
      license: "MIT",
      dependencies: {
        "vscode-jsonrpc": "8.2.0",
        "vscode-languageserver-types": "3.17.5"
      }
    },
    "node_modules/vscode-languageserver-protocol/node_modules/vscode-languageserver-types": {
      version: "3.17.5",
      resolved: "https://registry.npmjs.org/vscode-languageserver-types/-/vscode-languageserver-types-3.17.5.tgz",
      integrity: "sha512-Ld1VelNuX9pdF39h2Hgaeb5hEZM2Z3jUrrMgWQAu82jMtZp7p3vJT3BzToKtZI7NgQssZje5o0zryOrhQvzQAg==",
      license: "MIT"
    },
    "node_modules/vscode-languageserver-textdocument": {
      version: "1.0.12",
      resolved: "https://registry.npmjs.org/vscode-languageserver-textdocument/-/vscode-languageserver-textdocument-1.0.12.tgz",
      integrity: "sha512-cxWNPesCnQCcMPeenjKKsOCKQZ/L6Tv19DTRIGuLWe32lyzWhihGVJ/rcckZXJxfdKCFvRLS3fpBIsV/ZGX4zA==",
      license: "MIT"
    },
    "node_modules/vscode-languageserver-types": {
      version: "3.18.0",
      resolved: "https://registry.npmjs.org/vscode-languageserver-types/-/vscode-languageserver-types-3.18.0.tgz",
      integrity: "sha512-8TsGPNMIMiiBdkORgRSvLjuiEIiAFtO+KssmYWxQ+uSVvlf7RjK8YKCOjPzZ+YA04jXEV7+7LvkSmHkhpNS99g==",
      license: "MIT"
    },
    "node_modules/vscode-uri": {
      version: "3.1.0",
      resolved: "https://registry.npmjs.org/vscode-uri/-/vscode-uri-3.1.0.tgz",
      integrity: "sha512-/BpdSx+yCQGnCvecbyXdxHDkuk55/G3xwnC0GqY4gmQ3j+A+g8kzzgB4Nk/SINjqn6+waqw3EgbVF2QKExkRxQ==",
      license: "MIT"
    },
    "node_modules/walk-up-path": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/walk-up-path/-/walk-up-path-4.0.0.tgz",
      integrity: "sha512-3hu+tD8YzSLGuFYtPRb48vdhKMi0KQV5sn+uWr8+7dMEq/2G/dtLrdDinkLjqq5TIbIBjYJ4Ax/n3YiaW7QM8A==",
      license: "ISC",
      engines: {
        node: "20 || >=22"
      }
    },
    "node_modules/when-exit": {
      version: "2.1.5",
      resolved: "https://registry.npmjs.org/when-exit/-/when-exit-2.1.5.tgz",
      integrity: "sha512-VGkKJ564kzt6Ms1dbgPP/yuIoQCrsFAnRbptpC5wOEsDaNsbCB2bnfnaA8i/vRs5tjUSEOtIuvl9/MyVsvQZCg==",
      license: "MIT"
    },
    "node_modules/which": {
      version: "2.0.2",
      resolved: "https://registry.npmjs.org/which/-/which-2.0.2.tgz",
      integrity: "sha512-BLI3Tl1TW3Pvl70l3yq3Y64i+awpwXqsGBYWkkqMtnbXgrMD+yj7rhW0kuEDxzJaYXGjEW5ogapKNMEKNMjibA==",
      inBundle: true,
      license: "ISC",
      dependencies: {
        isexe: "^2.0.0"
      },
      bin: {
        "node-which": "bin/node-which"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/which-package-manager": {
      version: "1.0.1",
      resolved: "https://registry.npmjs.org/which-package-manager/-/which-package-manager-1.0.1.tgz",
      integrity: "sha512-Nse2rVsL302dkEhCyyS1U3iEQ9FRYPPkWJNk188xUVkKIGXjMmDPlA3L1VettE+T2z7SGLsJiDaZw//8CHUQwQ==",
      license: "MIT",
      dependencies: {
        "find-up": "^7.0.0",
        micromatch: "^4.0.8"
      },
      engines: {
        node: ">=18"
      }
    },
    "node_modules/widest-line": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/widest-line/-/widest-line-5.0.0.tgz",
      integrity: "sha512-c9bZp7b5YtRj2wOe6dlj32MK+Bx/M/d+9VB2SHM1OtsUHR0aV0tdP6DWh/iMt0kWi1t5g1Iudu6hQRNd1A4PVA==",
      license: "MIT",
      dependencies: {
        "string-width": "^7.0.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/widest-line/node_modules/emoji-regex": {
      version: "10.6.0",
      resolved: "https://registry.npmjs.org/emoji-regex/-/emoji-regex-10.6.0.tgz",
      integrity: "sha512-toUI84YS5YmxW219erniWD0CIVOo46xGKColeNQRgOzDorgBi1v4D71/OFzgD9GO2UGKIv1C3Sp8DAn0+j5w7A==",
      license: "MIT"
    },
    "node_modules/widest-line/node_modules/string-width": {
      version: "7.2.0",
      resolved: "https://registry.npmjs.org/string-width/-/string-width-7.2.0.tgz",
      integrity: "sha512-tsaTIkKW9b4N+AEj+SVA+WhJzV7/zMhcSu78mLKWSk7cXMOSHsBKFWUs0fWwq8QyK3MgJBQRX6Gbi4kYbdvGkQ==",
      license: "MIT",
      dependencies: {
        "emoji-regex": "^10.3.0",
        "get-east-asian-width": "^1.0.0",
        "strip-ansi": "^7.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/wrap-ansi": {
      version: "9.0.2",
      resolved: "https://registry.npmjs.org/wrap-ansi/-/wrap-ansi-9.0.2.tgz",
      integrity: "sha512-42AtmgqjV+X1VpdOfyTGOYRi0/zsoLqtXQckTmqTeybT+BDIbM/Guxo7x3pE2vtpr1ok6xRqM9OpBe+Jyoqyww==",
      license: "MIT",
      dependencies: {
        "ansi-styles": "^6.2.1",
        "string-width": "^7.0.0",
        "strip-ansi": "^7.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/chalk/wrap-ansi?sponsor=1"
      }
    },
    "node_modules/wrap-ansi/node_modules/emoji-regex": {
      version: "10.6.0",
      resolved: "https://registry.npmjs.org/emoji-regex/-/emoji-regex-10.6.0.tgz",
      integrity: "sha512-toUI84YS5YmxW219erniWD0CIVOo46xGKColeNQRgOzDorgBi1v4D71/OFzgD9GO2UGKIv1C3Sp8DAn0+j5w7A==",
      license: "MIT"
    },
    "node_modules/wrap-ansi/node_modules/string-width": {
      version: "7.2.0",
      resolved: "https://registry.npmjs.org/string-width/-/string-width-7.2.0.tgz",
      integrity: "sha512-tsaTIkKW9b4N+AEj+SVA+WhJzV7/zMhcSu78mLKWSk7cXMOSHsBKFWUs0fWwq8QyK3MgJBQRX6Gbi4kYbdvGkQ==",
      license: "MIT",
      dependencies: {
        "emoji-regex": "^10.3.0",
        "get-east-asian-width": "^1.0.0",
        "strip-ansi": "^7.1.0"
      },
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/wrappy": {
      version: "1.0.2",
      resolved: "https://registry.npmjs.org/wrappy/-/wrappy-1.0.2.tgz",
      integrity: "sha512-l4Sp/DRseor9wL6EvV2+TuQn63dMkPjZ/sp9XkghTEbV9KlPS1xUsZ3u7/IQO4wxtcFB4bgpQPRcR3QCvezPcQ==",
      license: "ISC"
    },
    "node_modules/write-file-atomic": {
      version: "7.0.1",
      resolved: "https://registry.npmjs.org/write-file-atomic/-/write-file-atomic-7.0.1.tgz",
      integrity: "sha512-OTIk8iR8/aCRWBqvxrzxR0hgxWpnYBblY1S5hDWBQfk/VFmJwzmJgQFN3WsoUKHISv2eAwe+PpbUzyL1CKTLXg==",
      license: "ISC",
      dependencies: {
        "signal-exit": "^4.0.1"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      }
    },
    "node_modules/ws": {
      version: "8.21.1",
      resolved: "https://registry.npmjs.org/ws/-/ws-8.21.1.tgz",
      integrity: "sha512-+0NTnW77fFN/DjQi6k/Sq/Yvk4Sgajw7urW8V+asjXnRgDs9gyGkdb7EzgfhA4goXsRIZKE28fzIXBHEzhuiWw==",
      license: "MIT",
      engines: {
        node: ">=10.0.0"
      },
      peerDependencies: {
        bufferutil: "^4.0.1",
        "utf-8-validate": ">=5.0.2"
      },
      peerDependenciesMeta: {
        bufferutil: {
          optional: true
        },
        "utf-8-validate": {
          optional: true
        }
      }
    },
    "node_modules/wsl-utils": {
      version: "0.3.1",
      resolved: "https://registry.npmjs.org/wsl-utils/-/wsl-utils-0.3.1.tgz",
      integrity: "sha512-g/eziiSUNBSsdDJtCLB8bdYEUMj4jR7AGeUo96p/3dTafgjHhpF4RiCFPiRILwjQoDXx5MqkBr4fwWtR3Ky4Wg==",
      license: "MIT",
      dependencies: {
        "is-wsl": "^3.1.0",
        "powershell-utils": "^0.1.0"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/wsl-utils/node_modules/is-wsl": {
      version: "3.1.1",
      resolved: "https://registry.npmjs.org/is-wsl/-/is-wsl-3.1.1.tgz",
      integrity: "sha512-e6rvdUCiQCAuumZslxRJWR/Doq4VpPR82kqclvcS0efgt430SlGIk05vdCN58+VrzgtIcfNODjozVielycD4Sw==",
      license: "MIT",
      dependencies: {
        "is-inside-container": "^1.0.0"
      },
      engines: {
        node: ">=16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/xdg-basedir": {
      version: "5.1.0",
      resolved: "https://registry.npmjs.org/xdg-basedir/-/xdg-basedir-5.1.0.tgz",
      integrity: "sha512-GCPAHLvrIH13+c0SuacwvRYj2SxJXQ4kaVTT5xgL3kPrz56XxkF21IGhjSE1+W0aw7gpBWRGXLCPnPby6lSpmQ==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yallist": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/yallist/-/yallist-5.0.0.tgz",
      integrity: "sha512-YgvUTfwqyc7UXVMrB+SImsVYSmTS8X/tSrtdNZMImM+n7+QTriRXyXim0mBrTXNeqzVF0KWGgHPeiyViFFrNDw==",
      license: "BlueOak-1.0.0",
      engines: {
        node: ">=18"
      }
    },
    "node_modules/yaml": {
      version: "2.9.0",
      resolved: "https://registry.npmjs.org/yaml/-/yaml-2.9.0.tgz",
      integrity: "sha512-2AvhNX3mb8zd6Zy7INTtSpl1F15HW6Wnqj0srWlkKLcpYl/gMIMJiyuGq2KeI2YFxUPjdlB+3Lc10seMLtL4cA==",
      license: "ISC",
      bin: {
        yaml: "bin.mjs"
      },
      engines: {
        node: ">= 14.6"
      },
      funding: {
        url: "https://github.com/sponsors/eemeli"
      }
    },
    "node_modules/yazl": {
      version: "3.3.1",
      resolved: "https://registry.npmjs.org/yazl/-/yazl-3.3.1.tgz",
      integrity: "sha512-BbETDVWG+VcMUle37k5Fqp//7SDOK2/1+T7X8TD96M3D9G8jK5VLUdQVdVjGi8im7FGkazX7kk5hkU8X4L5Bng==",
      license: "MIT",
      dependencies: {
        "buffer-crc32": "^1.0.0"
      }
    },
    "node_modules/yeoman-environment": {
      version: "6.1.0",
      resolved: "https://registry.npmjs.org/yeoman-environment/-/yeoman-environment-6.1.0.tgz",
      integrity: "sha512-QSKMfrSx3js9fxbMDBa+sZG0ctF0NDxcO6VA5BnrWdo6wqhdalT2IUU/ZrNakQLZQ76E3B6b0lXHKEA7ivsWxA==",
      license: "BSD-2-Clause",
      dependencies: {
        "@yeoman/adapter": "^4.0.2",
        "@yeoman/conflicter": "^4.1.0",
        "@yeoman/namespace": "^2.1.0",
        "@yeoman/transform": "^2.1.1",
        "@yeoman/types": "^1.11.0",
        arrify: "^3.0.0",
        chalk: "^5.6.2",
        commander: "^14.0.3",
        debug: "^4.4.3",
        execa: "^9.6.1",
        "fly-import": "^1.0.0",
        globby: "^16.2.0",
        "grouped-queue": "^2.1.0",
        "locate-path": "^8.0.0",
        "lodash-es": "^4.18.1",
        "mem-fs": "^4.1.4",
        "mem-fs-editor": "^12.0.4",
        semver: "^7.7.4",
        slash: "^5.1.0",
        untildify: "^6.0.0",
        "which-package-manager": "^1.0.1"
      },
      acceptDependencies: {
        "@yeoman/adapter": ">=4.0.2"
      },
      bin: {
        yoe: "bin/bin.cjs"
      },
      engines: {
        node: "^20.17.0 || >=22.9.0"
      },
      peerDependencies: {
        "@yeoman/adapter": "^4.0.2",
        "@yeoman/types": "^1.10.3",
        "mem-fs": "^4.1.4"
      }
    },
    "node_modules/yeoman-environment/node_modules/@yeoman/namespace": {
      version: "2.1.0",
      resolved: "https://registry.npmjs.org/@yeoman/namespace/-/namespace-2.1.0.tgz",
      integrity: "sha512-/BxsZlALPRp34juAzzh9QUr2hR9w9o+dBSw8sF/iv7NfUU/A/QI0xOyVtQJz2uCPuvtY6nkGDxYxZoKI/lnFQg==",
      license: "MIT",
      engines: {
        node: "^16.13.0 || >=18.12.0"
      }
    },
    "node_modules/yeoman-environment/node_modules/ejs": {
      version: "6.0.1",
      resolved: "https://registry.npmjs.org/ejs/-/ejs-6.0.1.tgz",
      integrity: "sha512-UaaM14yby8U3k02ihS1Bmj5Kz2d7CCQM1scxpgs4Mhkq8F1wR2gl3+Ts4h5Ne4Mnt7M9m4Dw7jsuMr3+xO4vZA==",
      license: "Apache-2.0",
      bin: {
        ejs: "bin/cli.js"
      },
      engines: {
        node: ">=0.12.18"
      }
    },
    "node_modules/yeoman-environment/node_modules/mem-fs-editor": {
      version: "12.0.6",
      resolved: "https://registry.npmjs.org/mem-fs-editor/-/mem-fs-editor-12.0.6.tgz",
      integrity: "sha512-I8SCe5xl6kVaoiJTJg33aW/s5wsvjG61kXy3TzH17tr8ZfgkBZFDTBQqwcZMSKx7VBAYgQFJEj3f38qXIWE44Q==",
      license: "MIT",
      dependencies: {
        "@types/ejs": "^3.1.5",
        "@types/picomatch": "^4.0.2",
        binaryextensions: "^6.11.0",
        commondir: "^1.0.0",
        debug: "^4.4.3",
        "deep-extend": "^0.6.0",
        ejs: "^6.0.1",
        isbinaryfile: "5.0.7",
        minimatch: "^10.2.5",
        multimatch: "^8.0.0",
        "normalize-path": "^3.0.0",
        textextensions: "^6.11.0",
        tinyglobby: "^0.2.15",
        vinyl: "^3.0.1"
      },
      engines: {
        node: "20 || >=22"
      },
      peerDependencies: {
        "@types/node": ">=20",
        "mem-fs": "^4.0.0"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/yeoman-environment/node_modules/multimatch": {
      version: "8.0.0",
      resolved: "https://registry.npmjs.org/multimatch/-/multimatch-8.0.0.tgz",
      integrity: "sha512-0D10M2/MnEyvoog7tmozlpSqL3HEU1evxUFa3v1dsKYmBDFSP1dLSX4CH2rNjpQ+4Fps8GKmUkCwiKryaKqd9A==",
      license: "MIT",
      dependencies: {
        "array-differ": "^4.0.0",
        "array-union": "^3.0.1",
        minimatch: "^10.2.2"
      },
      engines: {
        node: ">=20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yeoman-generator": {
      version: "7.5.1",
      resolved: "https://registry.npmjs.org/yeoman-generator/-/yeoman-generator-7.5.1.tgz",
      integrity: "sha512-MYncRvzSTd71BMwiUMAVhfX00sDD8DZDrmPzRxQkWuWQ0V1Qt4Rd0gS/Nee2QDTWvRjvCa+KBfiAVrtOySq+JA==",
      license: "BSD-2-Clause",
      dependencies: {
        "@types/lodash-es": "^4.17.9",
        "@yeoman/namespace": "^1.0.0",
        chalk: "^5.3.0",
        debug: "^4.1.1",
        execa: "^8.0.1",
        "github-username": "^9.0.0",
        "json-schema": "^0.4.0",
        "latest-version": "^9.0.0",
        "lodash-es": "^4.17.21",
        "mem-fs-editor": "^11.0.1",
        minimist: "^1.2.8",
        "read-package-up": "^11.0.0",
        semver: "^7.5.4",
        "simple-git": "^3.20.0",
        "sort-keys": "^5.0.0",
        "text-table": "^0.2.0"
      },
      engines: {
        node: "^18.17.0 || >=20.5.0"
      },
      peerDependencies: {
        "@types/node": ">=18.18.5",
        "@yeoman/types": "^1.1.1",
        "mem-fs": "^4.0.0"
      },
      peerDependenciesMeta: {
        "@types/node": {
          optional: true
        }
      }
    },
    "node_modules/yeoman-generator/node_modules/execa": {
      version: "8.0.1",
      resolved: "https://registry.npmjs.org/execa/-/execa-8.0.1.tgz",
      integrity: "sha512-VyhnebXciFV2DESc+p6B+y0LjSm0krU4OgJN44qFAhBY0TJ+1V61tYD2+wHusZ6F9n5K+vl8k0sTy7PEfV4qpg==",
      license: "MIT",
      dependencies: {
        "cross-spawn": "^7.0.3",
        "get-stream": "^8.0.1",
        "human-signals": "^5.0.0",
        "is-stream": "^3.0.0",
        "merge-stream": "^2.0.0",
        "npm-run-path": "^5.1.0",
        onetime: "^6.0.0",
        "signal-exit": "^4.1.0",
        "strip-final-newline": "^3.0.0"
      },
      engines: {
        node: ">=16.17"
      },
      funding: {
        url: "https://github.com/sindresorhus/execa?sponsor=1"
      }
    },
    "node_modules/yeoman-generator/node_modules/get-stream": {
      version: "8.0.1",
      resolved: "https://registry.npmjs.org/get-stream/-/get-stream-8.0.1.tgz",
      integrity: "sha512-VaUJspBffn/LMCJVoMvSAdmscJyS1auj5Zulnn5UoYcY531UWmdwhRWkcGKnGU93m5HSXP9LP2usOryrBtQowA==",
      license: "MIT",
      engines: {
        node: ">=16"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yeoman-generator/node_modules/human-signals": {
      version: "5.0.0",
      resolved: "https://registry.npmjs.org/human-signals/-/human-signals-5.0.0.tgz",
      integrity: "sha512-AXcZb6vzzrFAUE61HnN4mpLqd/cSIwNQjtNWR0euPm6y0iqx3G4gOXaIDdtdDwZmhwe82LA6+zinmW4UBWVePQ==",
      license: "Apache-2.0",
      engines: {
        node: ">=16.17.0"
      }
    },
    "node_modules/yeoman-generator/node_modules/is-stream": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/is-stream/-/is-stream-3.0.0.tgz",
      integrity: "sha512-LnQR4bZ9IADDRSkvpqMGvt/tEJWclzklNgSw48V5EAaAeDd6qGvN8ei6k5p0tvxSR171VmGyHuTiAOfxAbr8kA==",
      license: "MIT",
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yeoman-generator/node_modules/mimic-fn": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/mimic-fn/-/mimic-fn-4.0.0.tgz",
      integrity: "sha512-vqiC06CuhBTUdZH+RYl8sFrL096vA45Ok5ISO6sE/Mr1jRbGH4Csnhi8f3wKVl7x8mO4Au7Ir9D3Oyv1VYMFJw==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yeoman-generator/node_modules/npm-run-path": {
      version: "5.3.0",
      resolved: "https://registry.npmjs.org/npm-run-path/-/npm-run-path-5.3.0.tgz",
      integrity: "sha512-ppwTtiJZq0O/ai0z7yfudtBpWIoxM8yE6nHi1X47eFR2EWORqfbu6CnPlNsjeN683eT0qG6H/Pyf9fCcvjnnnQ==",
      license: "MIT",
      dependencies: {
        "path-key": "^4.0.0"
      },
      engines: {
        node: "^12.20.0 || ^14.13.1 || >=16.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yeoman-generator/node_modules/onetime": {
      version: "6.0.0",
      resolved: "https://registry.npmjs.org/onetime/-/onetime-6.0.0.tgz",
      integrity: "sha512-1FlR+gjXK7X+AsAHso35MnyN5KqGwJRi/31ft6x0M194ht7S+rWAvd7PHss9xSKMzE0asv1pyIHaJYq+BbacAQ==",
      license: "MIT",
      dependencies: {
        "mimic-fn": "^4.0.0"
      },
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yeoman-generator/node_modules/path-key": {
      version: "4.0.0",
      resolved: "https://registry.npmjs.org/path-key/-/path-key-4.0.0.tgz",
      integrity: "sha512-haREypq7xkM7ErfgIyA0z+Bj4AGKlMSdlQE2jvJo6huWD1EdkKYV+G/T4nq0YEF2vgTT8kqMFKo1uHn950r4SQ==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yeoman-generator/node_modules/strip-final-newline": {
      version: "3.0.0",
      resolved: "https://registry.npmjs.org/strip-final-newline/-/strip-final-newline-3.0.0.tgz",
      integrity: "sha512-dOESqjYr96iWYylGObzd39EuNTa5VJxyvVAEm5Jnh7KGo75V43Hk1odPQkNDyXNmUR6k+gEiDVXnjB8HJ3crXw==",
      license: "MIT",
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yocto-queue": {
      version: "1.2.2",
      resolved: "https://registry.npmjs.org/yocto-queue/-/yocto-queue-1.2.2.tgz",
      integrity: "sha512-4LCcse/U2MHZ63HAJVE+v71o7yOdIe4cZ70Wpf8D/IyjDKYQLV5GD46B+hSTjJsvV5PztjvHoU580EftxjDZFQ==",
      license: "MIT",
      engines: {
        node: ">=12.20"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/yoctocolors": {
      version: "2.1.2",
      resolved: "https://registry.npmjs.org/yoctocolors/-/yoctocolors-2.1.2.tgz",
      integrity: "sha512-CzhO+pFNo8ajLM2d2IW/R93ipy99LWjtwblvC1RsoSUMZgyLbYFr221TnSNT7GjGdYui6P459mw9JH/g/zW2ug==",
      license: "MIT",
      engines: {
        node: ">=18"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/zod": {
      version: "3.25.76",
      resolved: "https://registry.npmjs.org/zod/-/zod-3.25.76.tgz",
      integrity: "sha512-gzUt/qt81nXsFGKIFcC3YnfEAx5NkunCfnDlvuBSSFS02bcXu4Lmea0AFIUwbLWxWPx3d9p8S5QoaujKcNQxcQ==",
      license: "MIT",
      funding: {
        url: "https://github.com/sponsors/colinhacks"
      }
    },
    "node_modules/zod-to-json-schema": {
      version: "3.25.2",
      resolved: "https://registry.npmjs.org/zod-to-json-schema/-/zod-to-json-schema-3.25.2.tgz",
      integrity: "sha512-O/PgfnpT1xKSDeQYSCfRI5Gy3hPf91mKVDuYLUHZJMiDFptvP41MSnWofm8dnCm0256ZNfZIM7DSzuSMAFnjHA==",
      license: "ISC",
      peerDependencies: {
        zod: "^3.25.28 || ^4"
      }
    }
  }
};

// src/platforms/locks/@siteglide/siteglide-cli@1.10.3/package-lock.json
var package_lock_default2 = {
  name: "site-backup-cli",
  lockfileVersion: 3,
  requires: true,
  packages: {
    "": {
      name: "site-backup-cli",
      dependencies: {
        "@siteglide/siteglide-cli": "1.10.3"
      }
    },
    "node_modules/@siteglide/siteglide-cli": {
      version: "1.10.3",
      resolved: "https://registry.npmjs.org/@siteglide/siteglide-cli/-/siteglide-cli-1.10.3.tgz",
      license: "MIT",
      dependencies: {
        archiver: "^5.3.0",
        "archiver-promise": "^1.0.0",
        async: "^3.2.3",
        "body-parser": "^1.19.2",
        chalk: "^4.1.2",
        cheerio: "^1.0.0-rc.10",
        chokidar: "^3.5.3",
        "clean-css": "^5.2.4",
        commander: "^8.3.0",
        compression: "^1.7.4",
        degit: "^2.8.4",
        "email-validator": "^2.0.4",
        express: "^4.17.3",
        "fs-extra": "^10.0.1",
        globby: "^11",
        imagemin: "^7.0.1",
        "imagemin-mozjpeg": "^9.0.0",
        "imagemin-pngquant": "^9.0.2",
        "js-yaml": "^4.1.0",
        livereload: "^0.9.3",
        "mime-types": "^2.1.35",
        minimist: "^1.2.6",
        mustache: "^4.2.0",
        "node-fetch": "^2.6.7",
        "node-notifier": "^10.0.1",
        "node-stream-zip": "^1.15.0",
        "normalize-url": "^6.1.0",
        open: "^8.4.0",
        ora: "^5.4.1",
        request: "^2.88.2",
        "request-promise": "^4.2.6",
        shelljs: "^0.8.5",
        terser: "^5.12.1",
        "update-notifier": "^5.1.0",
        "valid-url": "^1.0.9",
        "webpack-cli": "6.0.1",
        "website-scraper": "^4.2.3",
        "website-scraper-existing-directory": "^0.1.0"
      },
      bin: {
        "siteglide-cli": "siteglide-cli.js",
        "siteglide-cli-add": "siteglide-cli-add.js",
        "siteglide-cli-archive": "siteglide-cli-archive.js",
        "siteglide-cli-deploy": "siteglide-cli-deploy.js",
        "siteglide-cli-export": "siteglide-cli-export.js",
        "siteglide-cli-gui": "siteglide-cli-gui.js",
        "siteglide-cli-import": "siteglide-cli-import.js",
        "siteglide-cli-init": "siteglide-cli-init.js",
        "siteglide-cli-logs": "siteglide-cli-logs.js",
        "siteglide-cli-migrate": "siteglide-cli-migrate.js",
        "siteglide-cli-modules": "siteglide-cli-modules.js",
        "siteglide-cli-pull": "siteglide-cli-pull.js",
        "siteglide-cli-push": "siteglide-cli-push.js",
        "siteglide-cli-server": "siteglide-cli-server.js",
        "siteglide-cli-sync": "siteglide-cli-sync.js",
        "siteglide-cli-watch": "siteglide-cli-watch.js"
      },
      engines: {
        node: ">=12"
      },
      hasInstallScript: true
    },
    "node_modules/@discoveryjs/json-ext": {
      version: "0.6.3",
      integrity: "sha512-4B4OijXeVNOPZlYA2oEwWOTkzyltLao+xbotHQeqN++Rv27Y6s818+n2Qkp8q+Fxhn0t/5lA5X1Mxktud8eayQ==",
      license: "MIT",
      engines: {
        node: ">=14.17.0"
      }
    },
    "node_modules/@jridgewell/gen-mapping": {
      version: "0.3.13",
      integrity: "sha512-2kkt/7niJ6MgEPxF0bYdQ6etZaA+fQvDcLKckhy1yIQOzaoKjBBjSj63/aLVjYE3qhRt5dvM+uUyfCg6UKCBbA==",
      license: "MIT",
      dependencies: {
        "@jridgewell/sourcemap-codec": "^1.5.0",
        "@jridgewell/trace-mapping": "^0.3.24"
      }
    },
    "node_modules/@jridgewell/resolve-uri": {
      version: "3.1.3",
      integrity: "sha512-lhTtjtoEArWBjismtfS761S9Hlyn+nIZqOZVYoZ1Xn82PMNMVnk+jj/NhC4fAXGTs7ydONcJiR5vyQBTMDu27g==",
      license: "MIT",
      engines: {
        node: ">=6.0.0"
      }
    },
    "node_modules/@jridgewell/source-map": {
      version: "0.3.11",
      integrity: "sha512-ZMp1V8ZFcPG5dIWnQLr3NSI1MiCU7UETdS/A0G8V/XWHvJv3ZsFqutJn1Y5RPmAPX6F3BiE397OqveU/9NCuIA==",
      license: "MIT",
      dependencies: {
        "@jridgewell/gen-mapping": "^0.3.5",
        "@jridgewell/trace-mapping": "^0.3.25"
      }
    },
    "node_modules/@jridgewell/sourcemap-codec": {
      version: "1.6.0",
      integrity: "sha512-T7jf+5zgsZHwNJ4lvQ7/aezbyk0nNX+zJVWpmHA7VYsEx7a7qr5Rg5IbtJFqkgze5Y2sruq1RUY8Q837Od7iFw==",
      license: "MIT"
    },
    "node_modules/@jridgewell/trace-mapping": {
      version: "0.3.31",
      integrity: "sha512-zzNR+SdQSDJzc8joaeP8QQoCQr8NuYx2dIIytl1QeBEZHJ9uW6hebsrYgbz8hJwUQao3TWCMtmfV8Nu1twOLAw==",
      license: "MIT",
      dependencies: {
        "@jridgewell/resolve-uri": "^3.1.0",
        "@jridgewell/sourcemap-codec": "^1.4.14"
      }
    },
    "node_modules/@nodelib/fs.scandir": {
      version: "2.1.4",
      integrity: "sha512-33g3pMJk3bg5nXbL/+CY6I2eJDzZAni49PfJnL5fghPTggPvBd/pFNSgJsdAgWptuFu7qq/ERvOYFlhvsLTCKA==",
      license: "MIT",
      dependencies: {
        "@nodelib/fs.stat": "2.0.4",
        "run-parallel": "^1.1.9"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/@nodelib/fs.stat": {
      version: "2.0.4",
      integrity: "sha512-IYlHJA0clt2+Vg7bccq+TzRdJvv19c2INqBSsoOLp1je7xjtr7J26+WXR72MCdvU9q1qTzIWDfhMf+DRvQJK4Q==",
      license: "MIT",
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/@nodelib/fs.walk": {
      version: "1.2.6",
      integrity: "sha512-8Broas6vTtW4GIXTAHDoE32hnN2M5ykgCpWGbuXHQ15vEMqr23pB76e/GZcYsZCHALv50ktd24qhEyKr6wBtow==",
      license: "MIT",
      dependencies: {
        "@nodelib/fs.scandir": "2.1.4",
        fastq: "^1.6.0"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/@sindresorhus/is": {
      version: "0.7.0",
      integrity: "sha512-ONhaKPIufzzrlNbqtWFFd+jlnemX6lJAgq9ZeiZtS7I1PIf/la7CW4m83rTXRnVnsMbW2k56pGYu7AUFJD9Pow==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/@szmarczak/http-timer": {
      version: "1.1.2",
      integrity: "sha512-XIB2XbzHTN6ieIjfIMV9hlVcfPU26s2vafYWQcZHWXHOxiaRZYEDKEwdl129Zyg50+foYV2jCgtrqSA6qNuNSA==",
      license: "MIT",
      dependencies: {
        "defer-to-connect": "^1.0.1"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/@types/estree": {
      version: "1.0.11",
      integrity: "sha512-YBdNe5JcjYR0sPhJW1QIeRCmI11YhYvaRuGCs9+WCeTTb+Yhb2BE2XMe5/wAqF10FK5g3+q1PDhQABfT7aX0gg==",
      license: "MIT",
      peer: true
    },
    "node_modules/@types/glob": {
      version: "7.2.0",
      integrity: "sha512-ZUxbzKl0IfJILTS6t7ip5fQQM/J3TJYubDm3nMbgubNNYS62eXeUpoLUC8/7fJNiFYHTrGPQn7hspDUzIHX3UA==",
      license: "MIT",
      dependencies: {
        "@types/minimatch": "*",
        "@types/node": "*"
      }
    },
    "node_modules/@types/json-schema": {
      version: "7.0.15",
      integrity: "sha512-5+fP8P8MFNC+AyZCDxrB2pkZFPGzqQWUzpSeuuVLvm8VMcorNYavBqoFcxK8bQz4Qsbn4oUEEem4wDLfcysGHA==",
      license: "MIT",
      peer: true
    },
    "node_modules/@types/minimatch": {
      version: "3.0.5",
      integrity: "sha512-Klz949h02Gz2uZCMGwDUSDS1YBlTdDDgbWHi+81l29tQALUtvz4rAYi5uoVhE5Lagoq6DeqAUlbrHvW/mXDgdQ==",
      license: "MIT"
    },
    "node_modules/@types/node": {
      version: "17.0.12",
      integrity: "sha512-4YpbAsnJXWYK/fpTVFlMIcUIho2AYCi4wg5aNPrG1ng7fn/1/RZfCIpRCiBX+12RVa34RluilnvCqD+g3KiSiA==",
      license: "MIT"
    },
    "node_modules/@webassemblyjs/ast": {
      version: "1.14.1",
      integrity: "sha512-nuBEDgQfm1ccRp/8bCQrx1frohyufl4JlbMMZ4P1wpeOfDhF6FQkxZJ1b/e+PLwr6X1Nhw6OLme5usuBWYBvuQ==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/helper-numbers": "1.13.2",
        "@webassemblyjs/helper-wasm-bytecode": "1.13.2"
      }
    },
    "node_modules/@webassemblyjs/floating-point-hex-parser": {
      version: "1.13.2",
      integrity: "sha512-6oXyTOzbKxGH4steLbLNOu71Oj+C8Lg34n6CqRvqfS2O71BxY6ByfMDRhBytzknj9yGUPVJ1qIKhRlAwO1AovA==",
      license: "MIT",
      peer: true
    },
    "node_modules/@webassemblyjs/helper-api-error": {
      version: "1.13.2",
      integrity: "sha512-U56GMYxy4ZQCbDZd6JuvvNV/WFildOjsaWD3Tzzvmw/mas3cXzRJPMjP83JqEsgSbyrmaGjBfDtV7KDXV9UzFQ==",
      license: "MIT",
      peer: true
    },
    "node_modules/@webassemblyjs/helper-buffer": {
      version: "1.14.1",
      integrity: "sha512-jyH7wtcHiKssDtFPRB+iQdxlDf96m0E39yb0k5uJVhFGleZFoNw1c4aeIcVUPPbXUVJ94wwnMOAqUHyzoEPVMA==",
      license: "MIT",
      peer: true
    },
    "node_modules/@webassemblyjs/helper-numbers": {
      version: "1.13.2",
      integrity: "sha512-FE8aCmS5Q6eQYcV3gI35O4J789wlQA+7JrqTTpJqn5emA4U2hvwJmvFRC0HODS+3Ye6WioDklgd6scJ3+PLnEA==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/floating-point-hex-parser": "1.13.2",
        "@webassemblyjs/helper-api-error": "1.13.2",
        "@xtuc/long": "4.2.2"
      }
    },
    "node_modules/@webassemblyjs/helper-wasm-bytecode": {
      version: "1.13.2",
      integrity: "sha512-3QbLKy93F0EAIXLh0ogEVR6rOubA9AoZ+WRYhNbFyuB70j3dRdwH9g+qXhLAO0kiYGlg3TxDV+I4rQTr/YNXkA==",
      license: "MIT",
      peer: true
    },
    "node_modules/@webassemblyjs/helper-wasm-section": {
      version: "1.14.1",
      integrity: "sha512-ds5mXEqTJ6oxRoqjhWDU83OgzAYjwsCV8Lo/N+oRsNDmx/ZDpqalmrtgOMkHwxsG0iI//3BwWAErYRHtgn0dZw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/ast": "1.14.1",
        "@webassemblyjs/helper-buffer": "1.14.1",
        "@webassemblyjs/helper-wasm-bytecode": "1.13.2",
        "@webassemblyjs/wasm-gen": "1.14.1"
      }
    },
    "node_modules/@webassemblyjs/ieee754": {
      version: "1.13.2",
      integrity: "sha512-4LtOzh58S/5lX4ITKxnAK2USuNEvpdVV9AlgGQb8rJDHaLeHciwG4zlGr0j/SNWlr7x3vO1lDEsuePvtcDNCkw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@xtuc/ieee754": "^1.2.0"
      }
    },
    "node_modules/@webassemblyjs/leb128": {
      version: "1.13.2",
      integrity: "sha512-Lde1oNoIdzVzdkNEAWZ1dZ5orIbff80YPdHx20mrHwHrVNNTjNr8E3xz9BdpcGqRQbAEa+fkrCb+fRFTl/6sQw==",
      license: "Apache-2.0",
      peer: true,
      dependencies: {
        "@xtuc/long": "4.2.2"
      }
    },
    "node_modules/@webassemblyjs/utf8": {
      version: "1.13.2",
      integrity: "sha512-3NQWGjKTASY1xV5m7Hr0iPeXD9+RDobLll3T9d2AO+g3my8xy5peVyjSag4I50mR1bBSN/Ct12lo+R9tJk0NZQ==",
      license: "MIT",
      peer: true
    },
    "node_modules/@webassemblyjs/wasm-edit": {
      version: "1.14.1",
      integrity: "sha512-RNJUIQH/J8iA/1NzlE4N7KtyZNHi3w7at7hDjvRNm5rcUXa00z1vRz3glZoULfJ5mpvYhLybmVcwcjGrC1pRrQ==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/ast": "1.14.1",
        "@webassemblyjs/helper-buffer": "1.14.1",
        "@webassemblyjs/helper-wasm-bytecode": "1.13.2",
        "@webassemblyjs/helper-wasm-section": "1.14.1",
        "@webassemblyjs/wasm-gen": "1.14.1",
        "@webassemblyjs/wasm-opt": "1.14.1",
        "@webassemblyjs/wasm-parser": "1.14.1",
        "@webassemblyjs/wast-printer": "1.14.1"
      }
    },
    "node_modules/@webassemblyjs/wasm-gen": {
      version: "1.14.1",
      integrity: "sha512-AmomSIjP8ZbfGQhumkNvgC33AY7qtMCXnN6bL2u2Js4gVCg8fp735aEiMSBbDR7UQIj90n4wKAFUSEd0QN2Ukg==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/ast": "1.14.1",
        "@webassemblyjs/helper-wasm-bytecode": "1.13.2",
        "@webassemblyjs/ieee754": "1.13.2",
        "@webassemblyjs/leb128": "1.13.2",
        "@webassemblyjs/utf8": "1.13.2"
      }
    },
    "node_modules/@webassemblyjs/wasm-opt": {
      version: "1.14.1",
      integrity: "sha512-PTcKLUNvBqnY2U6E5bdOQcSM+oVP/PmrDY9NzowJjislEjwP/C4an2303MCVS2Mg9d3AJpIGdUFIQQWbPds0Sw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/ast": "1.14.1",
        "@webassemblyjs/helper-buffer": "1.14.1",
        "@webassemblyjs/wasm-gen": "1.14.1",
        "@webassemblyjs/wasm-parser": "1.14.1"
      }
    },
    "node_modules/@webassemblyjs/wasm-parser": {
      version: "1.14.1",
      integrity: "sha512-JLBl+KZ0R5qB7mCnud/yyX08jWFw5MsoalJ1pQ4EdFlgj9VdXKGuENGsiCIjegI1W7p91rUlcB/LB5yRJKNTcQ==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/ast": "1.14.1",
        "@webassemblyjs/helper-api-error": "1.13.2",
        "@webassemblyjs/helper-wasm-bytecode": "1.13.2",
        "@webassemblyjs/ieee754": "1.13.2",
        "@webassemblyjs/leb128": "1.13.2",
        "@webassemblyjs/utf8": "1.13.2"
      }
    },
    "node_modules/@webassemblyjs/wast-printer": {
      version: "1.14.1",
      integrity: "sha512-kPSSXE6De1XOR820C90RIo2ogvZG+c3KiHzqUoO/F34Y2shGzesfqv7o57xrxovZJH/MetF5UjroJ/R/3isoiw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@webassemblyjs/ast": "1.14.1",
        "@xtuc/long": "4.2.2"
      }
    },
    "node_modules/@webpack-cli/configtest": {
      version: "3.0.1",
      integrity: "sha512-u8d0pJ5YFgneF/GuvEiDA61Tf1VDomHHYMjv/wc9XzYj7nopltpG96nXN5dJRstxZhcNpV1g+nT6CydO7pHbjA==",
      license: "MIT",
      engines: {
        node: ">=18.12.0"
      },
      peerDependencies: {
        webpack: "^5.82.0",
        "webpack-cli": "6.x.x"
      }
    },
    "node_modules/@webpack-cli/info": {
      version: "3.0.1",
      integrity: "sha512-coEmDzc2u/ffMvuW9aCjoRzNSPDl/XLuhPdlFRpT9tZHmJ/039az33CE7uH+8s0uL1j5ZNtfdv0HkfaKRBGJsQ==",
      license: "MIT",
      engines: {
        node: ">=18.12.0"
      },
      peerDependencies: {
        webpack: "^5.82.0",
        "webpack-cli": "6.x.x"
      }
    },
    "node_modules/@webpack-cli/serve": {
      version: "3.0.1",
      integrity: "sha512-sbgw03xQaCLiT6gcY/6u3qBDn01CWw/nbaXl3gTdTFuJJ75Gffv3E3DBpgvY2fkkrdS1fpjaXNOmJlnbtKauKg==",
      license: "MIT",
      engines: {
        node: ">=18.12.0"
      },
      peerDependencies: {
        webpack: "^5.82.0",
        "webpack-cli": "6.x.x"
      },
      peerDependenciesMeta: {
        "webpack-dev-server": {
          optional: true
        }
      }
    },
    "node_modules/@xtuc/ieee754": {
      version: "1.2.0",
      integrity: "sha512-DX8nKgqcGwsc0eJSqYt5lwP4DH5FlHnmuWWBRy7X0NcaGR0ZtuyeESgMwTYVEtxmsNGY+qit4QYT/MIYTOTPeA==",
      license: "BSD-3-Clause",
      peer: true
    },
    "node_modules/@xtuc/long": {
      version: "4.2.2",
      integrity: "sha512-NuHqBY1PB/D8xU6s/thBgOAiAP7HOYDQ32+BFZILJ8ivkUkAHQnWfn6WhL79Owj1qmUnoN/YPhktdIoucipkAQ==",
      license: "Apache-2.0",
      peer: true
    },
    "node_modules/accepts": {
      version: "1.3.7",
      integrity: "sha512-Il80Qs2WjYlJIBNzNkK6KYqlVMTbZLXgHx2oT0pU/fjRHyEp+PEfEPY0R3WCwAGVOtauxh1hOxNgIf5bv7dQpA==",
      license: "MIT",
      dependencies: {
        "mime-types": "~2.1.24",
        negotiator: "0.6.2"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/acorn": {
      version: "8.19.0",
      integrity: "sha512-oJlA3XiRm7Cyk6qFD2Jn8ak9B7jSy0qy00ADO3+8dpT0LSjFihQYv4C02LFCSYJV3Q37xYwwRy5m+IpIiUzqWw==",
      license: "MIT",
      bin: {
        acorn: "bin/acorn"
      },
      engines: {
        node: ">=0.4.0"
      }
    },
    "node_modules/ajv": {
      version: "6.12.6",
      integrity: "sha512-j3fVLgvTo527anyYyJOGTYJbG+vnnQYvE0m5mmkc1TK+nxAppkCLMIL0aZ4dblVCNoGShhm+kzE4ZUykBoMg4g==",
      license: "MIT",
      dependencies: {
        "fast-deep-equal": "^3.1.1",
        "fast-json-stable-stringify": "^2.0.0",
        "json-schema-traverse": "^0.4.1",
        "uri-js": "^4.2.2"
      },
      funding: {
        type: "github",
        url: "https://github.com/sponsors/epoberezkin"
      }
    },
    "node_modules/ajv-formats": {
      version: "3.0.1",
      integrity: "sha512-8iUql50EUR+uUcdRQ3HDqa6EVyo3docL8g5WJ3FNcWmu62IbkGUue/pEyLBW8VGKKucTPgqeks4fIU1DA4yowQ==",
      license: "MIT",
      peer: true,
      dependencies: {
        ajv: "^8.0.0"
      },
      peerDependencies: {
        ajv: "^8.0.0"
      },
      peerDependenciesMeta: {
        ajv: {
          optional: true
        }
      }
    },
    "node_modules/ajv-formats/node_modules/ajv": {
      version: "8.20.0",
      integrity: "sha512-Thbli+OlOj+iMPYFBVBfJ3OmCAnaSyNn4M1vz9T6Gka5Jt9ba/HIR56joy65tY6kx/FCF5VXNB819Y7/GUrBGA==",
      license: "MIT",
      peer: true,
      dependencies: {
        "fast-deep-equal": "^3.1.3",
        "fast-uri": "^3.0.1",
        "json-schema-traverse": "^1.0.0",
        "require-from-string": "^2.0.2"
      },
      funding: {
        type: "github",
        url: "https://github.com/sponsors/epoberezkin"
      }
    },
    "node_modules/ajv-formats/node_modules/json-schema-traverse": {
      version: "1.0.0",
      integrity: "sha512-NM8/P9n3XjXhIZn1lLhkFaACTOURQXjWhV4BA/RnOv8xvgqtqpAX9IO4mRQxSx1Rlo4tqzeqb0sOlruaOy3dug==",
      license: "MIT",
      peer: true
    },
    "node_modules/ansi-align": {
      version: "3.0.0",
      integrity: "sha512-ZpClVKqXN3RGBmKibdfWzqCY4lnjEuoNzU5T0oEFpfd/z5qJHVarukridD4juLO2FXMiwUQxr9WqQtaYa8XRYw==",
      license: "ISC",
      dependencies: {
        "string-width": "^3.0.0"
      }
    },
    "node_modules/ansi-align/node_modules/ansi-regex": {
      version: "4.1.0",
      integrity: "sha512-1apePfXM1UOSqw0o9IiFAovVz9M5S1Dg+4TrDwfMewQ6p/rmMueb7tWZjQ1rx4Loy1ArBggoqGpfqqdI4rondg==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/ansi-align/node_modules/string-width": {
      version: "3.1.0",
      integrity: "sha512-vafcv6KjVZKSgz06oM/H6GDBrAtz8vdhQakGjFIvNrHA6y3HCF1CInLy+QLq8dTJPQ1b+KDUqDFctkdRW44e1w==",
      license: "MIT",
      dependencies: {
        "emoji-regex": "^7.0.1",
        "is-fullwidth-code-point": "^2.0.0",
        "strip-ansi": "^5.1.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/ansi-align/node_modules/strip-ansi": {
      version: "5.2.0",
      integrity: "sha512-DuRs1gKbBqsMKIZlrffwlug8MHkcnpjs5VPmL1PAh+mA30U0DTotfDZ0d2UUsXpPmPmMMJ6W773MaA3J+lbiWA==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^4.1.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/ansi-regex": {
      version: "2.1.1",
      integrity: "sha512-TIGnTpdo+E3+pCyAluZvtED5p5wCqLdezCyhPZzKPcxvFplEt4i+W7OONCKgeZFT3+y5NZZfOOS/Bdcanm1MYA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/ansi-styles": {
      version: "4.3.0",
      integrity: "sha512-zbB9rCJAT1rbjiVDb2hqKFHNYLxgtk8NURxZ3IZwD3F6NtxbXZQCnnSi1Lkx+IDohdPlFp222wVALIheZJQSEg==",
      license: "MIT",
      dependencies: {
        "color-convert": "^2.0.1"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/chalk/ansi-styles?sponsor=1"
      }
    },
    "node_modules/anymatch": {
      version: "3.1.2",
      integrity: "sha512-P43ePfOAIupkguHUycrc4qJ9kz8ZiuOUijaETwX7THt0Y/GNK7v0aa8rY816xWjZ7rJdA5XdMcpVFTKMq+RvWg==",
      license: "ISC",
      dependencies: {
        "normalize-path": "^3.0.0",
        picomatch: "^2.0.4"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/arch": {
      version: "2.2.0",
      integrity: "sha512-Of/R0wqp83cgHozfIYLbBMnej79U/SVGOOyuB3VVFv1NRM/PSFMK12x9KVtiYzJqmnU5WR2qp0Z5rHb7sWGnFQ==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "MIT"
    },
    "node_modules/archive-type": {
      version: "4.0.0",
      integrity: "sha512-zV4Ky0v1F8dBrdYElwTvQhweQ0P7Kwc1aluqJsYtOBP01jXcWCyW2IEfI1YiqsG+Iy7ZR+o5LF1N+PGECBxHWA==",
      license: "MIT",
      dependencies: {
        "file-type": "^4.2.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/archive-type/node_modules/file-type": {
      version: "4.4.0",
      integrity: "sha512-f2UbFQEk7LXgWpi5ntcO86OeA/cC80fuDDDaX/fZ2ZGel+AF7leRQqBBW1eJNiiQkrZlAoM6P+VYP5P6bOlDEQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/archiver": {
      version: "5.3.0",
      integrity: "sha512-iUw+oDwK0fgNpvveEsdQ0Ase6IIKztBJU2U0E9MzszMfmVVUyv1QJhS2ITW9ZCqx8dktAxVAjWWkKehuZE8OPg==",
      license: "MIT",
      dependencies: {
        "archiver-utils": "^2.1.0",
        async: "^3.2.0",
        "buffer-crc32": "^0.2.1",
        "readable-stream": "^3.6.0",
        "readdir-glob": "^1.0.0",
        "tar-stream": "^2.2.0",
        "zip-stream": "^4.1.0"
      },
      engines: {
        node: ">= 10"
      }
    },
    "node_modules/archiver-promise": {
      version: "1.0.0",
      integrity: "sha512-6/vW4PWUKyc1KsuacbRh7a7W2s8BBRwL6IM2zNCRUESWks22tMAMr1h45pGbMzzeyNi5XIlniuubcxuc5sBkxQ==",
      license: "MIT",
      dependencies: {
        archiver: "^1.2.0"
      }
    },
    "node_modules/archiver-promise/node_modules/archiver": {
      version: "1.3.0",
      integrity: "sha512-4q/CtGPNVyC5aT9eYHhFP7SAEjKYzQIDIJWXfexUIPNxitNs1y6hORdX+sYxERSZ6qPeNNBJ5UolFsJdWTU02g==",
      license: "MIT",
      dependencies: {
        "archiver-utils": "^1.3.0",
        async: "^2.0.0",
        "buffer-crc32": "^0.2.1",
        glob: "^7.0.0",
        lodash: "^4.8.0",
        "readable-stream": "^2.0.0",
        "tar-stream": "^1.5.0",
        walkdir: "^0.0.11",
        "zip-stream": "^1.1.0"
      },
      engines: {
        node: ">= 0.10.0"
      }
    },
    "node_modules/archiver-promise/node_modules/archiver-utils": {
      version: "1.3.0",
      integrity: "sha512-h+hTREBXcW5e1L9RihGXdH4PHHdGipG/jE2sMZrqIH6BmZAxeGU5IWjVsKhokdCSWX7km6Kkh406zZNEElHFPQ==",
      license: "MIT",
      dependencies: {
        glob: "^7.0.0",
        "graceful-fs": "^4.1.0",
        lazystream: "^1.0.0",
        lodash: "^4.8.0",
        "normalize-path": "^2.0.0",
        "readable-stream": "^2.0.0"
      },
      engines: {
        node: ">= 0.10.0"
      }
    },
    "node_modules/archiver-promise/node_modules/async": {
      version: "2.6.3",
      integrity: "sha512-zflvls11DCy+dQWzTW2dzuilv8Z5X/pjfmZOWba6TNIVDm+2UDaJmXSOXlasHKfNBs8oo3M0aT50fDEWfKZjXg==",
      license: "MIT",
      dependencies: {
        lodash: "^4.17.14"
      }
    },
    "node_modules/archiver-promise/node_modules/bl": {
      version: "1.2.3",
      integrity: "sha512-pvcNpa0UU69UT341rO6AYy4FVAIkUHuZXRIWbq+zHnsVcRzDDjIAhGuuYoi0d//cwIwtt4pkpKycWEfjdV+vww==",
      license: "MIT",
      dependencies: {
        "readable-stream": "^2.3.5",
        "safe-buffer": "^5.1.1"
      }
    },
    "node_modules/archiver-promise/node_modules/compress-commons": {
      version: "1.2.2",
      integrity: "sha512-SLTU8iWWmcORfUN+4351Z2aZXKJe1tr0jSilPMCZlLPzpdTXnkBW1LevW/MfuANBKJek8Xu9ggqrtVmQrChLtg==",
      license: "MIT",
      dependencies: {
        "buffer-crc32": "^0.2.1",
        "crc32-stream": "^2.0.0",
        "normalize-path": "^2.0.0",
        "readable-stream": "^2.0.0"
      },
      engines: {
        node: ">= 0.10.0"
      }
    },
    "node_modules/archiver-promise/node_modules/crc32-stream": {
      version: "2.0.0",
      integrity: "sha512-UjZSqFCbn+jZUHJIh6Y3vMF7EJLcJWNm4tKDf2peJRwlZKHvkkvOMTvAei6zjU9gO1xONVr3rRFw0gixm2eUng==",
      license: "MIT",
      dependencies: {
        crc: "^3.4.4",
        "readable-stream": "^2.0.0"
      },
      engines: {
        node: ">= 0.10.0"
      }
    },
    "node_modules/archiver-promise/node_modules/normalize-path": {
      version: "2.1.1",
      integrity: "sha512-3pKJwH184Xo/lnH6oyP1q2pMd7HcypqqmRs91/6/i2CGtWwIKGCkOOMTm/zXbgTEWHw1uNpNi/igc3ePOYHb6w==",
      license: "MIT",
      dependencies: {
        "remove-trailing-separator": "^1.0.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/archiver-promise/node_modules/readable-stream": {
      version: "2.3.7",
      integrity: "sha512-Ebho8K4jIbHAxnuxi7o42OrZgF/ZTNcsZj6nRKyUmkhLFq8CHItp/fy6hQZuZmP/n3yZ9VBUbp4zz/mX8hmYPw==",
      license: "MIT",
      dependencies: {
        "core-util-is": "~1.0.0",
        inherits: "~2.0.3",
        isarray: "~1.0.0",
        "process-nextick-args": "~2.0.0",
        "safe-buffer": "~5.1.1",
        string_decoder: "~1.1.1",
        "util-deprecate": "~1.0.1"
      }
    },
    "node_modules/archiver-promise/node_modules/tar-stream": {
      version: "1.6.2",
      integrity: "sha512-rzS0heiNf8Xn7/mpdSVVSMAWAoy9bfb1WOTYC78Z0UQKeKa/CWS8FOq0lKGNa8DWKAn9gxjCvMLYc5PGXYlK2A==",
      license: "MIT",
      dependencies: {
        bl: "^1.0.0",
        "buffer-alloc": "^1.2.0",
        "end-of-stream": "^1.0.0",
        "fs-constants": "^1.0.0",
        "readable-stream": "^2.3.0",
        "to-buffer": "^1.1.1",
        xtend: "^4.0.0"
      },
      engines: {
        node: ">= 0.8.0"
      }
    },
    "node_modules/archiver-promise/node_modules/zip-stream": {
      version: "1.2.0",
      integrity: "sha512-2olrDUuPM4NvRIgGPhvrp84f7/HmWR6RiQrgwFF2VctmnssFiogtYL3DcA8Vl2bsSmju79sVXe38TsII7JleUg==",
      license: "MIT",
      dependencies: {
        "archiver-utils": "^1.3.0",
        "compress-commons": "^1.2.0",
        lodash: "^4.8.0",
        "readable-stream": "^2.0.0"
      },
      engines: {
        node: ">= 0.10.0"
      }
    },
    "node_modules/archiver-utils": {
      version: "2.1.0",
      integrity: "sha512-bEL/yUb/fNNiNTuUz979Z0Yg5L+LzLxGJz8x79lYmR54fmTIb6ob/hNQgkQnIUDWIFjZVQwl9Xs356I6BAMHfw==",
      license: "MIT",
      dependencies: {
        glob: "^7.1.4",
        "graceful-fs": "^4.2.0",
        lazystream: "^1.0.0",
        "lodash.defaults": "^4.2.0",
        "lodash.difference": "^4.5.0",
        "lodash.flatten": "^4.4.0",
        "lodash.isplainobject": "^4.0.6",
        "lodash.union": "^4.6.0",
        "normalize-path": "^3.0.0",
        "readable-stream": "^2.0.0"
      },
      engines: {
        node: ">= 6"
      }
    },
    "node_modules/archiver-utils/node_modules/readable-stream": {
      version: "2.3.7",
      integrity: "sha512-Ebho8K4jIbHAxnuxi7o42OrZgF/ZTNcsZj6nRKyUmkhLFq8CHItp/fy6hQZuZmP/n3yZ9VBUbp4zz/mX8hmYPw==",
      license: "MIT",
      dependencies: {
        "core-util-is": "~1.0.0",
        inherits: "~2.0.3",
        isarray: "~1.0.0",
        "process-nextick-args": "~2.0.0",
        "safe-buffer": "~5.1.1",
        string_decoder: "~1.1.1",
        "util-deprecate": "~1.0.1"
      }
    },
    "node_modules/argparse": {
      version: "2.0.1",
      integrity: "sha512-8+9WqebbFzpX9OR+Wa6O29asIogeRMzcGtAINdpMHHyAg10f05aSFVBbcEqGf/PXw1EjAZ+q2/bEBg3DvurK3Q==",
      license: "Python-2.0"
    },
    "node_modules/array-find-index": {
      version: "1.0.2",
      integrity: "sha512-M1HQyIXcBGtVywBt8WVdim+lrNaK7VHp99Qt5pSNziXznKHViIBbXWtfRTpEFpF/c4FdfxNAsCCwPp5phBYJtw==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/array-flatten": {
      version: "1.1.1",
      integrity: "sha512-PCVAQswWemu6UdxsDFFX/+gVeYqKAod3D3UVm91jHwynguOwAvYPhx8nNlM++NqRcK6CxxpUafjmhIdKiHibqg==",
      license: "MIT"
    },
    "node_modules/array-union": {
      version: "2.1.0",
      integrity: "sha512-HGyxoOTYUyCM6stUe6EJgnd4EoewAI7zMdfqO+kGjnlZmBDz/cR5pf8r/cR4Wq60sL/p0IkcjUEEPwS3GFrIyw==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/asn1": {
      version: "0.2.4",
      integrity: "sha512-jxwzQpLQjSmWXgwaCZE9Nz+glAG01yF1QnWgbhGwHI5A6FRIEY6IVqtHhIepHqI7/kyEyQEagBC5mBEFlIYvdg==",
      license: "MIT",
      dependencies: {
        "safer-buffer": "~2.1.0"
      }
    },
    "node_modules/assert-plus": {
      version: "1.0.0",
      integrity: "sha512-NfJ4UzBCcQGLDlQq7nHxH+tv3kyZ0hHQqF5BO6J7tNJeP5do1llPr8dZ8zHonfhAu0PHAdMkSo+8o0wxg9lZWw==",
      license: "MIT",
      engines: {
        node: ">=0.8"
      }
    },
    "node_modules/async": {
      version: "3.2.3",
      integrity: "sha512-spZRyzKL5l5BZQrr/6m/SqFdBN0q3OCI0f9rjfBzCMBIP4p75P620rR3gTmaksNOhmzgdxcaxdNfMy6anrbM0g==",
      license: "MIT"
    },
    "node_modules/asynckit": {
      version: "0.4.0",
      integrity: "sha512-Oei9OH4tRh0YqU3GxhX79dM/mwVgvbZJaSNaRk+bshkj0S5cfHcgYakreBjrHwatXKbz+IoIdYLxrKim2MjW0Q==",
      license: "MIT"
    },
    "node_modules/aws-sign2": {
      version: "0.7.0",
      integrity: "sha512-08kcGqnYf/YmjoRhfxyu+CLxBjUtHLXLXX/vUfx9l2LYzG3c1m61nrpyFUZI6zeS+Li/wWMMidD9KgrqtGq3mA==",
      license: "Apache-2.0",
      engines: {
        node: "*"
      }
    },
    "node_modules/aws4": {
      version: "1.11.0",
      integrity: "sha512-xh1Rl34h6Fi1DC2WWKfxUTVqRsNnr6LsKz2+hfwDxQJWmrx8+c7ylaqBMcHfl1U1r2dsifOvKX3LQuLNZ+XSvA==",
      license: "MIT"
    },
    "node_modules/balanced-match": {
      version: "1.0.2",
      integrity: "sha512-3oSeUO0TMV67hN1AmbXsK4yaqU7tjiHlbxRDZOpH0KW9+CeX4bRAaX0Anxt0tx2MrpRpWwQaPwIlISEJhYU5Pw==",
      license: "MIT"
    },
    "node_modules/base64-js": {
      version: "1.5.1",
      integrity: "sha512-AKpaYlHn8t4SVbOHCy+b5+KKgvR4vrsD8vbvrbiQJps7fKDTkjkDry6ji0rUJjC0kzbNePLwzxq8iypo41qeWA==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "MIT"
    },
    "node_modules/baseline-browser-mapping": {
      version: "2.11.41",
      integrity: "sha512-yjL/sZCpbpL0ocwmrUe1YFUelyMcifcByF4UYCBDyubFXQRs3lUjo9VoPKdjoFFhmzLAAGNJb1GBBCQJ6B4eyg==",
      license: "Apache-2.0",
      peer: true,
      bin: {
        "baseline-browser-mapping": "dist/cli.cjs"
      },
      engines: {
        node: ">=6.0.0"
      }
    },
    "node_modules/bcrypt-pbkdf": {
      version: "1.0.2",
      integrity: "sha512-qeFIXtP4MSoi6NLqO12WfqARWWuCKi2Rn/9hJLEmtB5yTNr9DqFWkJRCf2qShWzPeAMRnOgCrq0sg/KLv5ES9w==",
      license: "BSD-3-Clause",
      dependencies: {
        tweetnacl: "^0.14.3"
      }
    },
    "node_modules/bin-build": {
      version: "3.0.0",
      integrity: "sha512-jcUOof71/TNAI2uM5uoUaDq2ePcVBQ3R/qhxAz1rX7UfvduAL/RXD3jXzvn8cVcDJdGVkiR1shal3OH0ImpuhA==",
      license: "MIT",
      dependencies: {
        decompress: "^4.0.0",
        download: "^6.2.2",
        execa: "^0.7.0",
        "p-map-series": "^1.0.0",
        tempfile: "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-build/node_modules/cross-spawn": {
      version: "5.1.0",
      integrity: "sha512-pTgQJ5KC0d2hcY8eyL1IzlBPYjTkyH72XRZPnLyKus2mBfNjQs3klqbJU2VILqZryAZUt9JOb3h/mWMy23/f5A==",
      license: "MIT",
      dependencies: {
        "lru-cache": "^4.0.1",
        "shebang-command": "^1.2.0",
        which: "^1.2.9"
      }
    },
    "node_modules/bin-build/node_modules/execa": {
      version: "0.7.0",
      integrity: "sha512-RztN09XglpYI7aBBrJCPW95jEH7YF1UEPOoX9yDhUTPdp7mK+CQvnLTuD10BNXZ3byLTu2uehZ8EcKT/4CGiFw==",
      license: "MIT",
      dependencies: {
        "cross-spawn": "^5.0.1",
        "get-stream": "^3.0.0",
        "is-stream": "^1.1.0",
        "npm-run-path": "^2.0.0",
        "p-finally": "^1.0.0",
        "signal-exit": "^3.0.0",
        "strip-eof": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-build/node_modules/get-stream": {
      version: "3.0.0",
      integrity: "sha512-GlhdIUuVakc8SJ6kK0zAFbiGzRFzNnY4jUuEbV9UROo4Y+0Ny4fjvcZFVTeDA4odpFyOQzaw6hXukJSq/f28sQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-build/node_modules/is-stream": {
      version: "1.1.0",
      integrity: "sha512-uQPm8kcs47jx38atAcWTVxyltQYoPT68y9aWYdV6yWXSyW8mzSat0TL6CiWdZeCdF3KrAvpVtnHbTv4RN+rqdQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-build/node_modules/npm-run-path": {
      version: "2.0.2",
      integrity: "sha512-lJxZYlT4DW/bRUtFh1MQIWqmLwQfAxnqWG4HhEdjMlkrJYnJn0Jrr2u3mgxqaWsdiBc76TYkTG/mhrnYTuzfHw==",
      license: "MIT",
      dependencies: {
        "path-key": "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-build/node_modules/path-key": {
      version: "2.0.1",
      integrity: "sha512-fEHGKCSmUSDPv4uoj8AlD+joPlq3peND+HRYyxFz4KPw4z926S/b8rIuFs2FYJg3BwsxJf6A9/3eIdLaYC+9Dw==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-build/node_modules/shebang-command": {
      version: "1.2.0",
      integrity: "sha512-EV3L1+UQWGor21OmnvojK36mhg+TyIKDh3iFBKBohr5xeXIhNBcx8oWdgkTEEQ+BEFFYdLRuqMfd5L84N1V5Vg==",
      license: "MIT",
      dependencies: {
        "shebang-regex": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-build/node_modules/shebang-regex": {
      version: "1.0.0",
      integrity: "sha512-wpoSFAxys6b2a2wHZ1XpDSgD7N9iVjg29Ph9uV/uaP9Ex/KXlkTZTeddxDPSYQpgvzKLGJke2UU0AzoGCjNIvQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-build/node_modules/which": {
      version: "1.3.1",
      integrity: "sha512-HxJdYWq1MTIQbJ3nw0cqssHoTNU267KlrDuGZ1WYlxDStUtKUhOaJmh112/TZmHxxUfuJqPXSOm7tDyas0OSIQ==",
      license: "ISC",
      dependencies: {
        isexe: "^2.0.0"
      },
      bin: {
        which: "bin/which"
      }
    },
    "node_modules/bin-check": {
      version: "4.1.0",
      integrity: "sha512-b6weQyEUKsDGFlACWSIOfveEnImkJyK/FGW6FAG42loyoquvjdtOIqO6yBFzHyqyVVhNgNkQxxx09SFLK28YnA==",
      license: "MIT",
      dependencies: {
        execa: "^0.7.0",
        executable: "^4.1.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-check/node_modules/cross-spawn": {
      version: "5.1.0",
      integrity: "sha512-pTgQJ5KC0d2hcY8eyL1IzlBPYjTkyH72XRZPnLyKus2mBfNjQs3klqbJU2VILqZryAZUt9JOb3h/mWMy23/f5A==",
      license: "MIT",
      dependencies: {
        "lru-cache": "^4.0.1",
        "shebang-command": "^1.2.0",
        which: "^1.2.9"
      }
    },
    "node_modules/bin-check/node_modules/execa": {
      version: "0.7.0",
      integrity: "sha512-RztN09XglpYI7aBBrJCPW95jEH7YF1UEPOoX9yDhUTPdp7mK+CQvnLTuD10BNXZ3byLTu2uehZ8EcKT/4CGiFw==",
      license: "MIT",
      dependencies: {
        "cross-spawn": "^5.0.1",
        "get-stream": "^3.0.0",
        "is-stream": "^1.1.0",
        "npm-run-path": "^2.0.0",
        "p-finally": "^1.0.0",
        "signal-exit": "^3.0.0",
        "strip-eof": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-check/node_modules/get-stream": {
      version: "3.0.0",
      integrity: "sha512-GlhdIUuVakc8SJ6kK0zAFbiGzRFzNnY4jUuEbV9UROo4Y+0Ny4fjvcZFVTeDA4odpFyOQzaw6hXukJSq/f28sQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-check/node_modules/is-stream": {
      version: "1.1.0",
      integrity: "sha512-uQPm8kcs47jx38atAcWTVxyltQYoPT68y9aWYdV6yWXSyW8mzSat0TL6CiWdZeCdF3KrAvpVtnHbTv4RN+rqdQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-check/node_modules/npm-run-path": {
      version: "2.0.2",
      integrity: "sha512-lJxZYlT4DW/bRUtFh1MQIWqmLwQfAxnqWG4HhEdjMlkrJYnJn0Jrr2u3mgxqaWsdiBc76TYkTG/mhrnYTuzfHw==",
      license: "MIT",
      dependencies: {
        "path-key": "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-check/node_modules/path-key": {
      version: "2.0.1",
      integrity: "sha512-fEHGKCSmUSDPv4uoj8AlD+joPlq3peND+HRYyxFz4KPw4z926S/b8rIuFs2FYJg3BwsxJf6A9/3eIdLaYC+9Dw==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-check/node_modules/shebang-command": {
      version: "1.2.0",
      integrity: "sha512-EV3L1+UQWGor21OmnvojK36mhg+TyIKDh3iFBKBohr5xeXIhNBcx8oWdgkTEEQ+BEFFYdLRuqMfd5L84N1V5Vg==",
      license: "MIT",
      dependencies: {
        "shebang-regex": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-check/node_modules/shebang-regex": {
      version: "1.0.0",
      integrity: "sha512-wpoSFAxys6b2a2wHZ1XpDSgD7N9iVjg29Ph9uV/uaP9Ex/KXlkTZTeddxDPSYQpgvzKLGJke2UU0AzoGCjNIvQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-check/node_modules/which": {
      version: "1.3.1",
      integrity: "sha512-HxJdYWq1MTIQbJ3nw0cqssHoTNU267KlrDuGZ1WYlxDStUtKUhOaJmh112/TZmHxxUfuJqPXSOm7tDyas0OSIQ==",
      license: "ISC",
      dependencies: {
        isexe: "^2.0.0"
      },
      bin: {
        which: "bin/which"
      }
    },
    "node_modules/bin-version": {
      version: "3.1.0",
      integrity: "sha512-Mkfm4iE1VFt4xd4vH+gx+0/71esbfus2LsnCGe8Pi4mndSPyT+NGES/Eg99jx8/lUGWfu3z2yuB/bt5UB+iVbQ==",
      license: "MIT",
      dependencies: {
        execa: "^1.0.0",
        "find-versions": "^3.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-version-check": {
      version: "4.0.0",
      integrity: "sha512-sR631OrhC+1f8Cvs8WyVWOA33Y8tgwjETNPyyD/myRBXLkfS/vl74FmH/lFcRl9KY3zwGh7jFhvyk9vV3/3ilQ==",
      license: "MIT",
      dependencies: {
        "bin-version": "^3.0.0",
        semver: "^5.6.0",
        "semver-truncate": "^1.1.2"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-version-check/node_modules/semver": {
      version: "5.7.1",
      integrity: "sha512-sauaDf/PZdVgrLTNYHRtpXa1iRiKcaebiKQ1BJdpQlWH2lCvexQdX55snPFyK7QzpudqbCI0qXFfOasHdyNDGQ==",
      license: "ISC",
      bin: {
        semver: "bin/semver"
      }
    },
    "node_modules/bin-version/node_modules/cross-spawn": {
      version: "6.0.5",
      integrity: "sha512-eTVLrBSt7fjbDygz805pMnstIs2VTBNkRm0qxZd+M7A5XDdxVRWO5MxGBXZhjY4cqLYLdtrGqRf8mBPmzwSpWQ==",
      license: "MIT",
      dependencies: {
        "nice-try": "^1.0.4",
        "path-key": "^2.0.1",
        semver: "^5.5.0",
        "shebang-command": "^1.2.0",
        which: "^1.2.9"
      },
      engines: {
        node: ">=4.8"
      }
    },
    "node_modules/bin-version/node_modules/execa": {
      version: "1.0.0",
      integrity: "sha512-adbxcyWV46qiHyvSp50TKt05tB4tK3HcmF7/nxfAdhnox83seTDbwnaqKO4sXRy7roHAIFqJP/Rw/AuEbX61LA==",
      license: "MIT",
      dependencies: {
        "cross-spawn": "^6.0.0",
        "get-stream": "^4.0.0",
        "is-stream": "^1.1.0",
        "npm-run-path": "^2.0.0",
        "p-finally": "^1.0.0",
        "signal-exit": "^3.0.0",
        "strip-eof": "^1.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-version/node_modules/get-stream": {
      version: "4.1.0",
      integrity: "sha512-GMat4EJ5161kIy2HevLlr4luNjBgvmj413KaQA7jt4V8B4RDsfpHk7WQ9GVqfYyyx8OS/L66Kox+rJRNklLK7w==",
      license: "MIT",
      dependencies: {
        pump: "^3.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-version/node_modules/is-stream": {
      version: "1.1.0",
      integrity: "sha512-uQPm8kcs47jx38atAcWTVxyltQYoPT68y9aWYdV6yWXSyW8mzSat0TL6CiWdZeCdF3KrAvpVtnHbTv4RN+rqdQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-version/node_modules/npm-run-path": {
      version: "2.0.2",
      integrity: "sha512-lJxZYlT4DW/bRUtFh1MQIWqmLwQfAxnqWG4HhEdjMlkrJYnJn0Jrr2u3mgxqaWsdiBc76TYkTG/mhrnYTuzfHw==",
      license: "MIT",
      dependencies: {
        "path-key": "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-version/node_modules/path-key": {
      version: "2.0.1",
      integrity: "sha512-fEHGKCSmUSDPv4uoj8AlD+joPlq3peND+HRYyxFz4KPw4z926S/b8rIuFs2FYJg3BwsxJf6A9/3eIdLaYC+9Dw==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-version/node_modules/semver": {
      version: "5.7.1",
      integrity: "sha512-sauaDf/PZdVgrLTNYHRtpXa1iRiKcaebiKQ1BJdpQlWH2lCvexQdX55snPFyK7QzpudqbCI0qXFfOasHdyNDGQ==",
      license: "ISC",
      bin: {
        semver: "bin/semver"
      }
    },
    "node_modules/bin-version/node_modules/shebang-command": {
      version: "1.2.0",
      integrity: "sha512-EV3L1+UQWGor21OmnvojK36mhg+TyIKDh3iFBKBohr5xeXIhNBcx8oWdgkTEEQ+BEFFYdLRuqMfd5L84N1V5Vg==",
      license: "MIT",
      dependencies: {
        "shebang-regex": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-version/node_modules/shebang-regex": {
      version: "1.0.0",
      integrity: "sha512-wpoSFAxys6b2a2wHZ1XpDSgD7N9iVjg29Ph9uV/uaP9Ex/KXlkTZTeddxDPSYQpgvzKLGJke2UU0AzoGCjNIvQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/bin-version/node_modules/which": {
      version: "1.3.1",
      integrity: "sha512-HxJdYWq1MTIQbJ3nw0cqssHoTNU267KlrDuGZ1WYlxDStUtKUhOaJmh112/TZmHxxUfuJqPXSOm7tDyas0OSIQ==",
      license: "ISC",
      dependencies: {
        isexe: "^2.0.0"
      },
      bin: {
        which: "bin/which"
      }
    },
    "node_modules/bin-wrapper": {
      version: "4.1.0",
      integrity: "sha512-hfRmo7hWIXPkbpi0ZltboCMVrU+0ClXR/JgbCKKjlDjQf6igXa7OwdqNcFWQZPZTgiY7ZpzE3+LjjkLiTN2T7Q==",
      license: "MIT",
      dependencies: {
        "bin-check": "^4.1.0",
        "bin-version-check": "^4.0.0",
        download: "^7.1.0",
        "import-lazy": "^3.1.0",
        "os-filter-obj": "^2.0.0",
        pify: "^4.0.1"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-wrapper/node_modules/download": {
      version: "7.1.0",
      integrity: "sha512-xqnBTVd/E+GxJVrX5/eUJiLYjCGPwMpdL+jGhGU57BvtcA7wwhtHVbXBeUk51kOpW3S7Jn3BQbN9Q1R1Km2qDQ==",
      license: "MIT",
      dependencies: {
        "archive-type": "^4.0.0",
        caw: "^2.0.1",
        "content-disposition": "^0.5.2",
        decompress: "^4.2.0",
        "ext-name": "^5.0.0",
        "file-type": "^8.1.0",
        filenamify: "^2.0.0",
        "get-stream": "^3.0.0",
        got: "^8.3.1",
        "make-dir": "^1.2.0",
        "p-event": "^2.1.0",
        pify: "^3.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-wrapper/node_modules/download/node_modules/pify": {
      version: "3.0.0",
      integrity: "sha512-C3FsVNH1udSEX48gGX1xfvwTWfsYWj5U+8/uK15BGzIGrKoUpghX8hWZwa/OFnakBiiVNmBvemTJR5mcy7iPcg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/file-type": {
      version: "8.1.0",
      integrity: "sha512-qyQ0pzAy78gVoJsmYeNgl8uH8yKhr1lVhW7JbzJmnlRi0I4R2eEDEJZVKG8agpDnLpacwNbDhLNG/LMdxHD2YQ==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-wrapper/node_modules/get-stream": {
      version: "3.0.0",
      integrity: "sha512-GlhdIUuVakc8SJ6kK0zAFbiGzRFzNnY4jUuEbV9UROo4Y+0Ny4fjvcZFVTeDA4odpFyOQzaw6hXukJSq/f28sQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/got": {
      version: "8.3.2",
      integrity: "sha512-qjUJ5U/hawxosMryILofZCkm3C84PLJS/0grRIpjAwu+Lkxxj5cxeCU25BG0/3mDSpXKTyZr8oh8wIgLaH0QCw==",
      license: "MIT",
      dependencies: {
        "@sindresorhus/is": "^0.7.0",
        "cacheable-request": "^2.1.1",
        "decompress-response": "^3.3.0",
        duplexer3: "^0.1.4",
        "get-stream": "^3.0.0",
        "into-stream": "^3.1.0",
        "is-retry-allowed": "^1.1.0",
        isurl: "^1.0.0-alpha5",
        "lowercase-keys": "^1.0.0",
        "mimic-response": "^1.0.0",
        "p-cancelable": "^0.4.0",
        "p-timeout": "^2.0.1",
        pify: "^3.0.0",
        "safe-buffer": "^5.1.1",
        "timed-out": "^4.0.1",
        "url-parse-lax": "^3.0.0",
        "url-to-options": "^1.0.1"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/got/node_modules/pify": {
      version: "3.0.0",
      integrity: "sha512-C3FsVNH1udSEX48gGX1xfvwTWfsYWj5U+8/uK15BGzIGrKoUpghX8hWZwa/OFnakBiiVNmBvemTJR5mcy7iPcg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/make-dir": {
      version: "1.3.0",
      integrity: "sha512-2w31R7SJtieJJnQtGc7RVL2StM2vGYVfqUOvUDxH6bC6aJTxPxTF0GnIgCyu7tjockiUWAYQRbxa7vKn34s5sQ==",
      license: "MIT",
      dependencies: {
        pify: "^3.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/make-dir/node_modules/pify": {
      version: "3.0.0",
      integrity: "sha512-C3FsVNH1udSEX48gGX1xfvwTWfsYWj5U+8/uK15BGzIGrKoUpghX8hWZwa/OFnakBiiVNmBvemTJR5mcy7iPcg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/p-cancelable": {
      version: "0.4.1",
      integrity: "sha512-HNa1A8LvB1kie7cERyy21VNeHb2CWJJYqyyC2o3klWFfMGlFmWv2Z7sFgZH8ZiaYL95ydToKTFVXgMV/Os0bBQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/p-event": {
      version: "2.3.1",
      integrity: "sha512-NQCqOFhbpVTMX4qMe8PF8lbGtzZ+LCiN7pcNrb/413Na7+TRoe1xkKUzuWa/YEJdGQ0FvKtj35EEbDoVPO2kbA==",
      license: "MIT",
      dependencies: {
        "p-timeout": "^2.0.1"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-wrapper/node_modules/p-timeout": {
      version: "2.0.1",
      integrity: "sha512-88em58dDVB/KzPEx1X0N3LwFfYZPyDc4B6eF38M1rk9VTZMbxXXgjugz8mmwpS9Ox4BDZ+t6t3QP5+/gazweIA==",
      license: "MIT",
      dependencies: {
        "p-finally": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/pify": {
      version: "4.0.1",
      integrity: "sha512-uB80kBFb/tfd68bVleG9T5GGsGPjJrLAUpR5PZIrhBnIaRTQRjqdJSsIKkOP6OAIFbj7GOrcudc5pNjZ+geV2g==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/bin-wrapper/node_modules/prepend-http": {
      version: "2.0.0",
      integrity: "sha512-ravE6m9Atw9Z/jjttRUZ+clIXogdghyZAuWJ3qEzjT+jI/dL1ifAqhZeC5VHzQp1MSt1+jxKkFNemj/iO7tVUA==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/bin-wrapper/node_modules/url-parse-lax": {
      version: "3.0.0",
      integrity: "sha512-NjFKA0DidqPa5ciFcSrXnAltTtzz84ogy+NebPvfEgAck0+TNg4UJ4IN+fB7zRZfbgUf0syOo9MDxFkDSMuFaQ==",
      license: "MIT",
      dependencies: {
        "prepend-http": "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/binary-extensions": {
      version: "2.2.0",
      integrity: "sha512-jDctJ/IVQbZoJykoeHbhXpOlNBqGNcwXJKJog42E5HDPUwQTSdjCHdihjj0DlnheQ7blbT6dHOafNAiS8ooQKA==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/bl": {
      version: "4.1.0",
      integrity: "sha512-1W07cM9gS6DcLperZfFSj+bWLtaPGSOHWhPiGzXmvVJbRLdG82sH/Kn8EtW1VqWVA54AKf2h5k5BbnIbwF3h6w==",
      license: "MIT",
      dependencies: {
        buffer: "^5.5.0",
        inherits: "^2.0.4",
        "readable-stream": "^3.4.0"
      }
    },
    "node_modules/bluebird": {
      version: "3.7.2",
      integrity: "sha512-XpNj6GDQzdfW+r2Wnn7xiSAd7TM3jzkxGXBGTtWKuSXv1xUV+azxAm8jdWZN06QTQk+2N2XB9jRDkvbmQmcRtg==",
      license: "MIT"
    },
    "node_modules/body-parser": {
      version: "1.19.2",
      integrity: "sha512-SAAwOxgoCKMGs9uUAUFHygfLAyaniaoun6I8mFY9pRAJL9+Kec34aU+oIjDhTycub1jozEfEwx1W1IuOYxVSFw==",
      license: "MIT",
      dependencies: {
        bytes: "3.1.2",
        "content-type": "~1.0.4",
        debug: "2.6.9",
        depd: "~1.1.2",
        "http-errors": "1.8.1",
        "iconv-lite": "0.4.24",
        "on-finished": "~2.3.0",
        qs: "6.9.7",
        "raw-body": "2.4.3",
        "type-is": "~1.6.18"
      },
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/boolbase": {
      version: "1.0.0",
      integrity: "sha512-JZOSA7Mo9sNGB8+UjSgzdLtokWAky1zbztM3WRLCbZ70/3cTANmQmOdR7y2g+J0e2WXywy1yS468tY+IruqEww==",
      license: "ISC"
    },
    "node_modules/boxen": {
      version: "5.0.1",
      integrity: "sha512-49VBlw+PrWEF51aCmy7QIteYPIFZxSpvqBdP/2itCPPlJ49kj9zg/XPRFrdkne2W+CfwXUls8exMvu1RysZpKA==",
      license: "MIT",
      dependencies: {
        "ansi-align": "^3.0.0",
        camelcase: "^6.2.0",
        chalk: "^4.1.0",
        "cli-boxes": "^2.2.1",
        "string-width": "^4.2.0",
        "type-fest": "^0.20.2",
        "widest-line": "^3.1.0",
        "wrap-ansi": "^7.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/boxen/node_modules/camelcase": {
      version: "6.2.0",
      integrity: "sha512-c7wVvbw3f37nuobQNtgsgG9POC9qMbNuMQmTCqZv23b6MIz0fcYpBiOlv9gEN/hdLdnZTDQhg6e9Dq5M1vKvfg==",
      license: "MIT",
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/boxen/node_modules/type-fest": {
      version: "0.20.2",
      integrity: "sha512-Ne+eE4r0/iWnpAxD852z3A+N0Bt5RN//NjJwRd2VFHEmrywxf5vsZlh4R6lixl6B+wz/8d+maTSAkN1FIkI3LQ==",
      license: "(MIT OR CC0-1.0)",
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/brace-expansion": {
      version: "1.1.11",
      integrity: "sha512-iCuPHDFgrHX7H2vEI/5xpz07zSHB00TpugqhmYtVmMO6518mCuRMoOYFldEBl0g187ufozdaHgWKcYFb61qGiA==",
      license: "MIT",
      dependencies: {
        "balanced-match": "^1.0.0",
        "concat-map": "0.0.1"
      }
    },
    "node_modules/braces": {
      version: "3.0.2",
      integrity: "sha512-b8um+L1RzM3WDSzvhm6gIz1yfTbBt6YTlcEKAvsmqCZZFw46z626lVj9j1yEPW33H5H+lBQpZMP1k8l+78Ha0A==",
      license: "MIT",
      dependencies: {
        "fill-range": "^7.0.1"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/browserslist": {
      version: "4.29.6",
      integrity: "sha512-CmVVIQ3RVc5HxYEc9X84GvxK/C8C1wH8TlKAiO7uTxF8PDwt7r8t9Qk3J9NkMOVzX5O/HbLv3yzxZg9HPrnI9w==",
      funding: [
        {
          type: "opencollective",
          url: "https://opencollective.com/browserslist"
        },
        {
          type: "tidelift",
          url: "https://tidelift.com/funding/github/npm/browserslist"
        },
        {
          type: "github",
          url: "https://github.com/sponsors/ai"
        }
      ],
      license: "MIT",
      peer: true,
      dependencies: {
        "baseline-browser-mapping": "^2.11.37",
        "caniuse-lite": "^1.0.30001826",
        "electron-to-chromium": "^1.5.486",
        "node-releases": "^2.0.64",
        "update-browserslist-db": "^1.4.0"
      },
      bin: {
        browserslist: "cli.js"
      },
      engines: {
        node: "^6 || ^7 || ^8 || ^9 || ^10 || ^11 || ^12 || >=13.7"
      }
    },
    "node_modules/buffer": {
      version: "5.7.1",
      integrity: "sha512-EHcyIPBQ4BSGlvjB16k5KgAJ27CIsHY/2JBmCRReo48y9rQ3MaUzWX3KVlBa4U7MyX02HdVj0K7C3WaB3ju7FQ==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "MIT",
      dependencies: {
        "base64-js": "^1.3.1",
        ieee754: "^1.1.13"
      }
    },
    "node_modules/buffer-alloc": {
      version: "1.2.0",
      integrity: "sha512-CFsHQgjtW1UChdXgbyJGtnm+O/uLQeZdtbDo8mfUgYXCHSM1wgrVxXm6bSyrUuErEb+4sYVGCzASBRot7zyrow==",
      license: "MIT",
      dependencies: {
        "buffer-alloc-unsafe": "^1.1.0",
        "buffer-fill": "^1.0.0"
      }
    },
    "node_modules/buffer-alloc-unsafe": {
      version: "1.1.0",
      integrity: "sha512-TEM2iMIEQdJ2yjPJoSIsldnleVaAk1oW3DBVUykyOLsEsFmEc9kn+SFFPz+gl54KQNxlDnAwCXosOS9Okx2xAg==",
      license: "MIT"
    },
    "node_modules/buffer-crc32": {
      version: "0.2.13",
      integrity: "sha512-VO9Ht/+p3SN7SKWqcrgEzjGbRSJYTx+Q1pTQC0wrWqHx0vpJraQ6GtHx8tvcg1rlK1byhU5gccxgOgj7B0TDkQ==",
      license: "MIT",
      engines: {
        node: "*"
      }
    },
    "node_modules/buffer-fill": {
      version: "1.0.0",
      integrity: "sha512-T7zexNBwiiaCOGDg9xNX9PBmjrubblRkENuptryuI64URkXDFum9il/JGL8Lm8wYfAXpredVXXZz7eMHilimiQ==",
      license: "MIT"
    },
    "node_modules/buffer-from": {
      version: "1.1.2",
      integrity: "sha512-E+XQCRwSbaaiChtv6k6Dwgc+bx+Bs6vuKJHHl5kox/BaKbhiXzqQOwK4cO22yElGp2OCmjwVhT3HmxgyPGnJfQ==",
      license: "MIT"
    },
    "node_modules/bytes": {
      version: "3.1.2",
      integrity: "sha512-/Nf7TyzTx6S3yRJObOAV7956r8cr2+Oj8AC5dt8wSP3BQAoeX58NoHyCU8P8zGkNXStjTSi6fzO6F0pBdcYbEg==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/cacheable-request": {
      version: "2.1.4",
      integrity: "sha512-vag0O2LKZ/najSoUwDbVlnlCFvhBE/7mGTY2B5FgCBDcRD+oVV1HYTOwM6JZfMg/hIcM6IwnTZ1uQQL5/X3xIQ==",
      license: "MIT",
      dependencies: {
        "clone-response": "1.0.2",
        "get-stream": "3.0.0",
        "http-cache-semantics": "3.8.1",
        keyv: "3.0.0",
        "lowercase-keys": "1.0.0",
        "normalize-url": "2.0.1",
        responselike: "1.0.2"
      }
    },
    "node_modules/cacheable-request/node_modules/get-stream": {
      version: "3.0.0",
      integrity: "sha512-GlhdIUuVakc8SJ6kK0zAFbiGzRFzNnY4jUuEbV9UROo4Y+0Ny4fjvcZFVTeDA4odpFyOQzaw6hXukJSq/f28sQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/cacheable-request/node_modules/lowercase-keys": {
      version: "1.0.0",
      integrity: "sha512-RPlX0+PHuvxVDZ7xX+EBVAp4RsVxP/TdDSN2mJYdiq1Lc4Hz7EUSjUI7RZrKKlmrIzVhf6Jo2stj7++gVarS0A==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/cacheable-request/node_modules/normalize-url": {
      version: "2.0.1",
      integrity: "sha512-D6MUW4K/VzoJ4rJ01JFKxDrtY1v9wrgzCX5f2qj/lzH1m/lW6MhUZFKerVsnyjOhOsYzI9Kqqak+10l4LvLpMw==",
      license: "MIT",
      dependencies: {
        "prepend-http": "^2.0.0",
        "query-string": "^5.0.1",
        "sort-keys": "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/cacheable-request/node_modules/prepend-http": {
      version: "2.0.0",
      integrity: "sha512-ravE6m9Atw9Z/jjttRUZ+clIXogdghyZAuWJ3qEzjT+jI/dL1ifAqhZeC5VHzQp1MSt1+jxKkFNemj/iO7tVUA==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/cacheable-request/node_modules/sort-keys": {
      version: "2.0.0",
      integrity: "sha512-/dPCrG1s3ePpWm6yBbxZq5Be1dXGLyLn9Z791chDC3NFrpkVbWGzkBwPN1knaciexFXgRJ7hzdnwZ4stHSDmjg==",
      license: "MIT",
      dependencies: {
        "is-plain-obj": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/camelcase": {
      version: "2.1.1",
      integrity: "sha512-DLIsRzJVBQu72meAKPkWQOLcujdXT32hwdfnkI1frSiSRMK1MofjKHf+MEx0SB6fjEFXL8fBDv1dKymBlOp4Qw==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/camelcase-keys": {
      version: "2.1.0",
      integrity: "sha512-bA/Z/DERHKqoEOrp+qeGKw1QlvEQkGZSc0XaY6VnTxZr+Kv1G5zFwttpjv8qxZ/sBPT4nthwZaAcsAZTJlSKXQ==",
      license: "MIT",
      dependencies: {
        camelcase: "^2.0.0",
        "map-obj": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/caniuse-lite": {
      version: "1.0.30001830",
      integrity: "sha512-0TFl6VuW52V0JxUPXnqjNNxZ9I8bAH9to34KYZZBUWe/5yD+YBWda/mBXxlwnLLHm5LSoGyyo2KeuNheSJXywA==",
      funding: [
        {
          type: "opencollective",
          url: "https://opencollective.com/browserslist"
        },
        {
          type: "tidelift",
          url: "https://tidelift.com/funding/github/npm/caniuse-lite"
        },
        {
          type: "github",
          url: "https://github.com/sponsors/ai"
        }
      ],
      license: "CC-BY-4.0",
      peer: true
    },
    "node_modules/caseless": {
      version: "0.12.0",
      integrity: "sha512-4tYFyifaFfGacoiObjJegolkwSU4xQNGbVgUiNYVUxbQ2x2lUsFvY4hVgVzGiIe6WLOPqycWXA40l+PWsxthUw==",
      license: "Apache-2.0"
    },
    "node_modules/caw": {
      version: "2.0.1",
      integrity: "sha512-Cg8/ZSBEa8ZVY9HspcGUYaK63d/bN7rqS3CYCzEGUxuYv6UlmcjzDUz2fCFFHyTvUW5Pk0I+3hkA3iXlIj6guA==",
      license: "MIT",
      dependencies: {
        "get-proxy": "^2.0.0",
        isurl: "^1.0.0-alpha5",
        "tunnel-agent": "^0.6.0",
        "url-to-options": "^1.0.1"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/chalk": {
      version: "4.1.2",
      integrity: "sha512-oKnbhFyRIXpUuez8iBMmyEa4nbj4IOQyuhc/wy9kY7/WVPcwIO9VA668Pu8RkO7+0G76SLROeyw9CpQ061i4mA==",
      license: "MIT",
      dependencies: {
        "ansi-styles": "^4.1.0",
        "supports-color": "^7.1.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/chalk/chalk?sponsor=1"
      }
    },
    "node_modules/cheerio": {
      version: "1.0.0-rc.10",
      integrity: "sha512-g0J0q/O6mW8z5zxQ3A8E8J1hUgp4SMOvEoW/x84OwyHKe/Zccz83PVT4y5Crcr530FV6NgmKI1qvGTKVl9XXVw==",
      license: "MIT",
      dependencies: {
        "cheerio-select": "^1.5.0",
        "dom-serializer": "^1.3.2",
        domhandler: "^4.2.0",
        htmlparser2: "^6.1.0",
        parse5: "^6.0.1",
        "parse5-htmlparser2-tree-adapter": "^6.0.1",
        tslib: "^2.2.0"
      },
      engines: {
        node: ">= 6"
      },
      funding: {
        url: "https://github.com/cheeriojs/cheerio?sponsor=1"
      }
    },
    "node_modules/cheerio-select": {
      version: "1.5.0",
      integrity: "sha512-qocaHPv5ypefh6YNxvnbABM07KMxExbtbfuJoIie3iZXX1ERwYmJcIiRrr9H05ucQP1k28dav8rpdDgjQd8drg==",
      license: "BSD-2-Clause",
      dependencies: {
        "css-select": "^4.1.3",
        "css-what": "^5.0.1",
        domelementtype: "^2.2.0",
        domhandler: "^4.2.0",
        domutils: "^2.7.0"
      },
      funding: {
        url: "https://github.com/sponsors/fb55"
      }
    },
    "node_modules/chokidar": {
      version: "3.5.3",
      integrity: "sha512-Dr3sfKRP6oTcjf2JmUmFJfeVMvXBdegxB0iVQ5eb2V10uFJUCAS8OByZdVAyVb8xXNz3GjjTgj9kLWsZTqE6kw==",
      funding: [
        {
          type: "individual",
          url: "https://paulmillr.com/funding/"
        }
      ],
      license: "MIT",
      dependencies: {
        anymatch: "~3.1.2",
        braces: "~3.0.2",
        "glob-parent": "~5.1.2",
        "is-binary-path": "~2.1.0",
        "is-glob": "~4.0.1",
        "normalize-path": "~3.0.0",
        readdirp: "~3.6.0"
      },
      engines: {
        node: ">= 8.10.0"
      },
      optionalDependencies: {
        fsevents: "~2.3.2"
      }
    },
    "node_modules/chrome-trace-event": {
      version: "1.0.4",
      integrity: "sha512-rNjApaLzuwaOTjCiT8lSDdGN1APCiqkChLMJxJPWLunPAt5fy8xgU9/jNOchV84wfIxrA0lRQB7oCT8jrn/wrQ==",
      license: "MIT",
      peer: true,
      engines: {
        node: ">=6.0"
      }
    },
    "node_modules/ci-info": {
      version: "2.0.0",
      integrity: "sha512-5tK7EtrZ0N+OLFMthtqOj4fI2Jeb88C4CAZPu25LDVUgXJ0A3Js4PMGqrn0JU1W0Mh1/Z8wZzYPxqUrXeBboCQ==",
      license: "MIT"
    },
    "node_modules/clean-css": {
      version: "5.2.4",
      integrity: "sha512-nKseG8wCzEuji/4yrgM/5cthL9oTDc5UOQyFMvW/Q53oP6gLH690o1NbuTh6Y18nujr7BxlsFuS7gXLnLzKJGg==",
      license: "MIT",
      dependencies: {
        "source-map": "~0.6.0"
      },
      engines: {
        node: ">= 10.0"
      }
    },
    "node_modules/cli-boxes": {
      version: "2.2.1",
      integrity: "sha512-y4coMcylgSCdVinjiDBuR8PCC2bLjyGTwEmPb9NHR/QaNU6EUOXcTY/s6VjGMD6ENSEaeQYHCY0GNGS5jfMwPw==",
      license: "MIT",
      engines: {
        node: ">=6"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/cli-cursor": {
      version: "3.1.0",
      integrity: "sha512-I/zHAwsKf9FqGoXM4WWRACob9+SNukZTd94DWF57E4toouRulbCxcUh6RKUEOQlYTHJnzkPMySvPNaaSLNfLZw==",
      license: "MIT",
      dependencies: {
        "restore-cursor": "^3.1.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/cli-spinners": {
      version: "2.6.0",
      integrity: "sha512-t+4/y50K/+4xcCRosKkA7W4gTr1MySvLV0q+PxmG7FJ5g+66ChKurYjxBCjHggHH3HA5Hh9cy+lcUGWDqVH+4Q==",
      license: "MIT",
      engines: {
        node: ">=6"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/clone": {
      version: "1.0.4",
      integrity: "sha512-JQHZ2QMW6l3aH/j6xCqQThY/9OH4D/9ls34cgkUBiEeocRTU04tHfKPBsUK1PqZCUQM7GiA0IIXJSuXHI64Kbg==",
      license: "MIT",
      engines: {
        node: ">=0.8"
      }
    },
    "node_modules/clone-deep": {
      version: "4.0.1",
      integrity: "sha512-neHB9xuzh/wk0dIHweyAXv2aPGZIVk3pLMe+/RNzINf17fe0OG96QroktYAUm7SM1PBnzTabaLboqqxDyMU+SQ==",
      license: "MIT",
      dependencies: {
        "is-plain-object": "^2.0.4",
        "kind-of": "^6.0.2",
        "shallow-clone": "^3.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/clone-response": {
      version: "1.0.2",
      integrity: "sha512-yjLXh88P599UOyPTFX0POsd7WxnbsVsGohcwzHOLspIhhpalPw1BcqED8NblyZLKcGrL8dTgMlcaZxV2jAD41Q==",
      license: "MIT",
      dependencies: {
        "mimic-response": "^1.0.0"
      }
    },
    "node_modules/color-convert": {
      version: "2.0.1",
      integrity: "sha512-RRECPsj7iu/xb5oKYcsFHSppFNnsj/52OVTRKb4zP5onXwVF3zVmmToNcOfGC+CRDpfK/U584fMg38ZHCaElKQ==",
      license: "MIT",
      dependencies: {
        "color-name": "~1.1.4"
      },
      engines: {
        node: ">=7.0.0"
      }
    },
    "node_modules/color-name": {
      version: "1.1.4",
      integrity: "sha512-dOy+3AuW3a2wNbZHIuMZpTcgjGuLU/uBL/ubcZF9OXbDo8ff4O8yVp5Bf0efS8uEoYo5q4Fx7dY9OgQGXgAsQA==",
      license: "MIT"
    },
    "node_modules/colorette": {
      version: "2.0.20",
      integrity: "sha512-IfEDxwoWIjkeXL1eXcDiow4UbKjhLdq6/EuSVR9GMN7KVH3r9gQ83e73hsz1Nd1T3ijd5xv1wcWRYO+D6kCI2w==",
      license: "MIT"
    },
    "node_modules/combined-stream": {
      version: "1.0.8",
      integrity: "sha512-FQN4MRfuJeHf7cBbBMJFXhKSDq+2kAArBlmRBvcvFE5BB1HZKXtSFASDhdlz9zOYwxh8lDdnvmMOe/+5cdoEdg==",
      license: "MIT",
      dependencies: {
        "delayed-stream": "~1.0.0"
      },
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/commander": {
      version: "8.3.0",
      integrity: "sha512-OkTL9umf+He2DZkUq8f8J9of7yL6RJKI24dVITBmNfZBmri9zYZQrKkuXiKhyfPSu8tUhnVBB1iKXevvnlR4Ww==",
      license: "MIT",
      engines: {
        node: ">= 12"
      }
    },
    "node_modules/compress-commons": {
      version: "4.1.0",
      integrity: "sha512-ofaaLqfraD1YRTkrRKPCrGJ1pFeDG/MVCkVVV2FNGeWquSlqw5wOrwOfPQ1xF2u+blpeWASie5EubHz+vsNIgA==",
      license: "MIT",
      dependencies: {
        "buffer-crc32": "^0.2.13",
        "crc32-stream": "^4.0.1",
        "normalize-path": "^3.0.0",
        "readable-stream": "^3.6.0"
      },
      engines: {
        node: ">= 10"
      }
    },
    "node_modules/compressible": {
      version: "2.0.18",
      integrity: "sha512-AF3r7P5dWxL8MxyITRMlORQNaOA2IkAFaTr4k7BUumjPtRpGDTZpl0Pb1XCO6JeDCBdp126Cgs9sMxqSjgYyRg==",
      license: "MIT",
      dependencies: {
        "mime-db": ">= 1.43.0 < 2"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/compression": {
      version: "1.7.4",
      integrity: "sha512-jaSIDzP9pZVS4ZfQ+TzvtiWhdpFhE2RDHz8QJkpX9SIpLq88VueF5jJw6t+6CUQcAoA6t+x89MLrWAqpfDE8iQ==",
      license: "MIT",
      dependencies: {
        accepts: "~1.3.5",
        bytes: "3.0.0",
        compressible: "~2.0.16",
        debug: "2.6.9",
        "on-headers": "~1.0.2",
        "safe-buffer": "5.1.2",
        vary: "~1.1.2"
      },
      engines: {
        node: ">= 0.8.0"
      }
    },
    "node_modules/compression/node_modules/bytes": {
      version: "3.0.0",
      integrity: "sha512-pMhOfFDPiv9t5jjIXkHosWmkSyQbvsgEVNkz0ERHbuLh2T/7j4Mqqpz523Fe8MVY89KC6Sh/QfS2sM+SjgFDcw==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/concat-map": {
      version: "0.0.1",
      integrity: "sha512-/Srv4dswyQNBfohGpz9o6Yb3Gz3SrUDqBH5rTuhGR7ahtlbYKnVxw2bCFMRljaA7EXHaXZ8wsHdodFvbkhKmqg==",
      license: "MIT"
    },
    "node_modules/config-chain": {
      version: "1.1.12",
      integrity: "sha512-a1eOIcu8+7lUInge4Rpf/n4Krkf3Dd9lqhljRzII1/Zno/kRtUWnznPO3jOKBmTEktkt3fkxisUcivoj0ebzoA==",
      dependencies: {
        ini: "^1.3.4",
        "proto-list": "~1.2.1"
      }
    },
    "node_modules/configstore": {
      version: "5.0.1",
      integrity: "sha512-aMKprgk5YhBNyH25hj8wGt2+D52Sw1DRRIzqBwLp2Ya9mFmY8KPvvtvmna8SxVR9JMZ4kzMD68N22vlaRpkeFA==",
      license: "BSD-2-Clause",
      dependencies: {
        "dot-prop": "^5.2.0",
        "graceful-fs": "^4.1.2",
        "make-dir": "^3.0.0",
        "unique-string": "^2.0.0",
        "write-file-atomic": "^3.0.0",
        "xdg-basedir": "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/console-stream": {
      version: "0.1.1",
      integrity: "sha512-QC/8l9e6ofi6nqZ5PawlDgzmMw3OxIXtvolBzap/F4UDBJlDaZRSNbL/lb41C29FcbSJncBFlJFj2WJoNyZRfQ=="
    },
    "node_modules/content-disposition": {
      version: "0.5.3",
      integrity: "sha512-ExO0774ikEObIAEV9kDo50o+79VCUdEB6n6lzKgGwupcVeRlhrj3qGAfwq8G6uBJjkqLrhT0qEYFcWng8z1z0g==",
      license: "MIT",
      dependencies: {
        "safe-buffer": "5.1.2"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/content-type": {
      version: "1.0.4",
      integrity: "sha512-hIP3EEPs8tB9AT1L+NUqtwOAps4mk2Zob89MWXMHjHWg9milF/j4osnnQLXBCBFBk/tvIG/tUc9mOUJiPBhPXA==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/cookie": {
      version: "0.4.2",
      integrity: "sha512-aSWTXFzaKWkvHO1Ny/s+ePFpvKsPnjc551iI41v3ny/ow6tBG5Vd+FuqGNhh1LxOmVzOlGUriIlOaokOvhaStA==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/cookie-signature": {
      version: "1.0.6",
      integrity: "sha512-QADzlaHc8icV8I7vbaJXJwod9HWYp8uCqf1xa4OfNu1T7JVxQIrUgOWtHdNDtPiywmFbiS12VjotIXLrKM3orQ==",
      license: "MIT"
    },
    "node_modules/core-util-is": {
      version: "1.0.2",
      integrity: "sha512-3lqz5YjWTYnW6dlDa5TLaTCcShfar1e40rmcJVwCBJC6mWlFuj0eCHIElmG1g5kyuJ/GD+8Wn4FFCcz4gJPfaQ==",
      license: "MIT"
    },
    "node_modules/crc": {
      version: "3.8.0",
      integrity: "sha512-iX3mfgcTMIq3ZKLIsVFAbv7+Mc10kxabAGQb8HvjA1o3T1PIYprbakQ65d3I+2HGHt6nSKkM9PYjgoJO2KcFBQ==",
      license: "MIT",
      dependencies: {
        buffer: "^5.1.0"
      }
    },
    "node_modules/crc-32": {
      version: "1.2.0",
      integrity: "sha512-1uBwHxF+Y/4yF5G48fwnKq6QsIXheor3ZLPT80yGBV1oEUwpPojlEhQbWKVw1VwcTQyMGHK1/XMmTjmlsmTTGA==",
      license: "Apache-2.0",
      dependencies: {
        "exit-on-epipe": "~1.0.1",
        printj: "~1.1.0"
      },
      bin: {
        crc32: "bin/crc32.njs"
      },
      engines: {
        node: ">=0.8"
      }
    },
    "node_modules/crc32-stream": {
      version: "4.0.2",
      integrity: "sha512-DxFZ/Hk473b/muq1VJ///PMNLj0ZMnzye9thBpmjpJKCc5eMgB95aK8zCGrGfQ90cWo561Te6HK9D+j4KPdM6w==",
      license: "MIT",
      dependencies: {
        "crc-32": "^1.2.0",
        "readable-stream": "^3.4.0"
      },
      engines: {
        node: ">= 10"
      }
    },
    "node_modules/cross-spawn": {
      version: "7.0.3",
      integrity: "sha512-iRDPJKUPVEND7dHPO8rkbOnPpyDygcDFtWjpeWNCgy8WP2rXcxXL8TskReQl6OrB2G7+UJrags1q15Fudc7G6w==",
      license: "MIT",
      dependencies: {
        "path-key": "^3.1.0",
        "shebang-command": "^2.0.0",
        which: "^2.0.1"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/crypto-random-string": {
      version: "2.0.0",
      integrity: "sha512-v1plID3y9r/lPhviJ1wrXpLeyUIGAZ2SHNYTEapm7/8A9nLPoyvVp3RK/EPFqn5kEznyWgYZNsRtYYIWbuG8KA==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/css-select": {
      version: "4.1.3",
      integrity: "sha512-gT3wBNd9Nj49rAbmtFHj1cljIAOLYSX1nZ8CB7TBO3INYckygm5B7LISU/szY//YmdiSLbJvDLOx9VnMVpMBxA==",
      license: "BSD-2-Clause",
      dependencies: {
        boolbase: "^1.0.0",
        "css-what": "^5.0.0",
        domhandler: "^4.2.0",
        domutils: "^2.6.0",
        "nth-check": "^2.0.0"
      },
      funding: {
        url: "https://github.com/sponsors/fb55"
      }
    },
    "node_modules/css-url-parser": {
      version: "1.1.3",
      integrity: "sha512-KO4HrqK3lAlrnobbBEHib/lFRw7kGOlQTLYhwTwWzDEGilGTYIYOpI22d+6euyZiqfZpV96pii87ZufifbxpqA==",
      license: "MIT"
    },
    "node_modules/css-what": {
      version: "5.0.1",
      integrity: "sha512-FYDTSHb/7KXsWICVsxdmiExPjCfRC4qRFBdVwv7Ax9hMnvMmEjP9RfxTEZ3qPZGmADDn2vAKSo9UcN1jKVYscg==",
      license: "BSD-2-Clause",
      engines: {
        node: ">= 6"
      },
      funding: {
        url: "https://github.com/sponsors/fb55"
      }
    },
    "node_modules/currently-unhandled": {
      version: "0.4.1",
      integrity: "sha512-/fITjgjGU50vjQ4FH6eUoYu+iUoUKIXws2hL15JJpIR+BbTxaXQsMuuyjtNh2WqsSBS5nsaZHFsFecyw5CCAng==",
      license: "MIT",
      dependencies: {
        "array-find-index": "^1.0.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/dashdash": {
      version: "1.14.1",
      integrity: "sha512-jRFi8UDGo6j+odZiEpjazZaWqEal3w/basFjQHQEwVtZJGDpxbH1MeYluwCS8Xq5wmLJooDlMgvVarmWfGM44g==",
      license: "MIT",
      dependencies: {
        "assert-plus": "^1.0.0"
      },
      engines: {
        node: ">=0.10"
      }
    },
    "node_modules/debug": {
      version: "2.6.9",
      integrity: "sha512-bC7ElrdJaJnPbAP+1EotYvqZsb3ecl5wi6Bfi6BJTUcNowp6cvspg0jXznRTKDjm/E7AdgFBVeAPVMNcKGsHMA==",
      license: "MIT",
      dependencies: {
        ms: "2.0.0"
      }
    },
    "node_modules/decamelize": {
      version: "1.2.0",
      integrity: "sha512-z2S+W9X73hAUUki+N+9Za2lBlun89zigOyGrsax+KUQ6wKW4ZoWpEYBkGhQjwAjjDCkWxhY0VKEhk8wzY7F5cA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/decode-uri-component": {
      version: "0.2.0",
      integrity: "sha512-hjf+xovcEn31w/EUYdTXQh/8smFL/dzYjohQGEIgjyNavaJfBY2p5F527Bo1VPATxv0VYTUC2bOcXvqFwk78Og==",
      license: "MIT",
      engines: {
        node: ">=0.10"
      }
    },
    "node_modules/decompress": {
      version: "4.2.1",
      integrity: "sha512-e48kc2IjU+2Zw8cTb6VZcJQ3lgVbS4uuB1TfCHbiZIP/haNXm+SVyhu+87jts5/3ROpd82GSVCoNs/z8l4ZOaQ==",
      license: "MIT",
      dependencies: {
        "decompress-tar": "^4.0.0",
        "decompress-tarbz2": "^4.0.0",
        "decompress-targz": "^4.0.0",
        "decompress-unzip": "^4.0.1",
        "graceful-fs": "^4.1.10",
        "make-dir": "^1.0.0",
        pify: "^2.3.0",
        "strip-dirs": "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-response": {
      version: "3.3.0",
      integrity: "sha512-BzRPQuY1ip+qDonAOz42gRm/pg9F768C+npV/4JOsxRC2sq+Rlk+Q4ZCAsOhnIaMrgarILY+RMUIvMmmX1qAEA==",
      license: "MIT",
      dependencies: {
        "mimic-response": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-tar": {
      version: "4.1.1",
      integrity: "sha512-JdJMaCrGpB5fESVyxwpCx4Jdj2AagLmv3y58Qy4GE6HMVjWz1FeVQk1Ct4Kye7PftcdOo/7U7UKzYBJgqnGeUQ==",
      license: "MIT",
      dependencies: {
        "file-type": "^5.2.0",
        "is-stream": "^1.1.0",
        "tar-stream": "^1.5.2"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-tar/node_modules/bl": {
      version: "1.2.3",
      integrity: "sha512-pvcNpa0UU69UT341rO6AYy4FVAIkUHuZXRIWbq+zHnsVcRzDDjIAhGuuYoi0d//cwIwtt4pkpKycWEfjdV+vww==",
      license: "MIT",
      dependencies: {
        "readable-stream": "^2.3.5",
        "safe-buffer": "^5.1.1"
      }
    },
    "node_modules/decompress-tar/node_modules/file-type": {
      version: "5.2.0",
      integrity: "sha512-Iq1nJ6D2+yIO4c8HHg4fyVb8mAJieo1Oloy1mLLaB2PvezNedhBVm+QU7g0qM42aiMbRXTxKKwGD17rjKNJYVQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-tar/node_modules/is-stream": {
      version: "1.1.0",
      integrity: "sha512-uQPm8kcs47jx38atAcWTVxyltQYoPT68y9aWYdV6yWXSyW8mzSat0TL6CiWdZeCdF3KrAvpVtnHbTv4RN+rqdQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/decompress-tar/node_modules/readable-stream": {
      version: "2.3.7",
      integrity: "sha512-Ebho8K4jIbHAxnuxi7o42OrZgF/ZTNcsZj6nRKyUmkhLFq8CHItp/fy6hQZuZmP/n3yZ9VBUbp4zz/mX8hmYPw==",
      license: "MIT",
      dependencies: {
        "core-util-is": "~1.0.0",
        inherits: "~2.0.3",
        isarray: "~1.0.0",
        "process-nextick-args": "~2.0.0",
        "safe-buffer": "~5.1.1",
        string_decoder: "~1.1.1",
        "util-deprecate": "~1.0.1"
      }
    },
    "node_modules/decompress-tar/node_modules/tar-stream": {
      version: "1.6.2",
      integrity: "sha512-rzS0heiNf8Xn7/mpdSVVSMAWAoy9bfb1WOTYC78Z0UQKeKa/CWS8FOq0lKGNa8DWKAn9gxjCvMLYc5PGXYlK2A==",
      license: "MIT",
      dependencies: {
        bl: "^1.0.0",
        "buffer-alloc": "^1.2.0",
        "end-of-stream": "^1.0.0",
        "fs-constants": "^1.0.0",
        "readable-stream": "^2.3.0",
        "to-buffer": "^1.1.1",
        xtend: "^4.0.0"
      },
      engines: {
        node: ">= 0.8.0"
      }
    },
    "node_modules/decompress-tarbz2": {
      version: "4.1.1",
      integrity: "sha512-s88xLzf1r81ICXLAVQVzaN6ZmX4A6U4z2nMbOwobxkLoIIfjVMBg7TeguTUXkKeXni795B6y5rnvDw7rxhAq9A==",
      license: "MIT",
      dependencies: {
        "decompress-tar": "^4.1.0",
        "file-type": "^6.1.0",
        "is-stream": "^1.1.0",
        "seek-bzip": "^1.0.5",
        "unbzip2-stream": "^1.0.9"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-tarbz2/node_modules/file-type": {
      version: "6.2.0",
      integrity: "sha512-YPcTBDV+2Tm0VqjybVd32MHdlEGAtuxS3VAYsumFokDSMG+ROT5wawGlnHDoz7bfMcMDt9hxuXvXwoKUx2fkOg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-tarbz2/node_modules/is-stream": {
      version: "1.1.0",
      integrity: "sha512-uQPm8kcs47jx38atAcWTVxyltQYoPT68y9aWYdV6yWXSyW8mzSat0TL6CiWdZeCdF3KrAvpVtnHbTv4RN+rqdQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/decompress-targz": {
      version: "4.1.1",
      integrity: "sha512-4z81Znfr6chWnRDNfFNqLwPvm4db3WuZkqV+UgXQzSngG3CEKdBkw5jrv3axjjL96glyiiKjsxJG3X6WBZwX3w==",
      license: "MIT",
      dependencies: {
        "decompress-tar": "^4.1.1",
        "file-type": "^5.2.0",
        "is-stream": "^1.1.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-targz/node_modules/file-type": {
      version: "5.2.0",
      integrity: "sha512-Iq1nJ6D2+yIO4c8HHg4fyVb8mAJieo1Oloy1mLLaB2PvezNedhBVm+QU7g0qM42aiMbRXTxKKwGD17rjKNJYVQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-targz/node_modules/is-stream": {
      version: "1.1.0",
      integrity: "sha512-uQPm8kcs47jx38atAcWTVxyltQYoPT68y9aWYdV6yWXSyW8mzSat0TL6CiWdZeCdF3KrAvpVtnHbTv4RN+rqdQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/decompress-unzip": {
      version: "4.0.1",
      integrity: "sha512-1fqeluvxgnn86MOh66u8FjbtJpAFv5wgCT9Iw8rcBqQcCo5tO8eiJw7NNTrvt9n4CRBVq7CstiS922oPgyGLrw==",
      license: "MIT",
      dependencies: {
        "file-type": "^3.8.0",
        "get-stream": "^2.2.0",
        pify: "^2.3.0",
        yauzl: "^2.4.2"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress-unzip/node_modules/file-type": {
      version: "3.9.0",
      integrity: "sha512-RLoqTXE8/vPmMuTI88DAzhMYC99I8BWv7zYP4A1puo5HIjEJ5EX48ighy4ZyKMG9EDXxBgW6e++cn7d1xuFghA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/decompress-unzip/node_modules/get-stream": {
      version: "2.3.1",
      integrity: "sha512-AUGhbbemXxrZJRD5cDvKtQxLuYaIbNtDTK8YqupCI393Q2KSTreEsLUN3ZxAWFGiKTzL6nKuzfcIvieflUX9qA==",
      license: "MIT",
      dependencies: {
        "object-assign": "^4.0.1",
        "pinkie-promise": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/decompress/node_modules/make-dir": {
      version: "1.3.0",
      integrity: "sha512-2w31R7SJtieJJnQtGc7RVL2StM2vGYVfqUOvUDxH6bC6aJTxPxTF0GnIgCyu7tjockiUWAYQRbxa7vKn34s5sQ==",
      license: "MIT",
      dependencies: {
        pify: "^3.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/decompress/node_modules/make-dir/node_modules/pify": {
      version: "3.0.0",
      integrity: "sha512-C3FsVNH1udSEX48gGX1xfvwTWfsYWj5U+8/uK15BGzIGrKoUpghX8hWZwa/OFnakBiiVNmBvemTJR5mcy7iPcg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/deep-extend": {
      version: "0.6.0",
      integrity: "sha512-LOHxIOaPYdHlJRtCQfDIVZtfw/ufM8+rVj649RIHzcm/vGwQRXFt6OPqIFWsm2XEMrNIEtWR64sY1LEKD2vAOA==",
      license: "MIT",
      engines: {
        node: ">=4.0.0"
      }
    },
    "node_modules/defaults": {
      version: "1.0.3",
      integrity: "sha512-s82itHOnYrN0Ib8r+z7laQz3sdE+4FP3d9Q7VLO7U+KRT+CR0GsWuyHxzdAY82I7cXv0G/twrqomTJLOssO5HA==",
      license: "MIT",
      dependencies: {
        clone: "^1.0.2"
      }
    },
    "node_modules/defer-to-connect": {
      version: "1.1.3",
      integrity: "sha512-0ISdNousHvZT2EiFlZeZAHBUvSxmKswVCEf8hW7KWgG4a8MVEu/3Vb6uWYozkjylyCxe0JBIiRB1jV45S70WVQ==",
      license: "MIT"
    },
    "node_modules/define-lazy-prop": {
      version: "2.0.0",
      integrity: "sha512-Ds09qNh8yw3khSjiJjiUInaGX9xlqZDY7JVryGxdxV7NPeuqQfplOpQ66yJFZut3jLa5zOwkXw1g9EI2uKh4Og==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/degit": {
      version: "2.8.4",
      integrity: "sha512-vqYuzmSA5I50J882jd+AbAhQtgK6bdKUJIex1JNfEUPENCgYsxugzKVZlFyMwV4i06MmnV47/Iqi5Io86zf3Ng==",
      license: "MIT",
      bin: {
        degit: "degit"
      },
      engines: {
        node: ">=8.0.0"
      }
    },
    "node_modules/delayed-stream": {
      version: "1.0.0",
      integrity: "sha512-ZySD7Nf91aLB0RxL4KGrKHBXl7Eds1DAmEdcoVawXnLD7SDhpNgtuII2aAkg7a7QS41jxPSZ17p4VdGnMHk3MQ==",
      license: "MIT",
      engines: {
        node: ">=0.4.0"
      }
    },
    "node_modules/depd": {
      version: "1.1.2",
      integrity: "sha512-7emPTl6Dpo6JRXOXjLRxck+FlLRX5847cLKEn00PLAgc3g2hTZZgr+e4c2v6QpSmLeFP3n5yUo7ft6avBK/5jQ==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/destroy": {
      version: "1.0.4",
      integrity: "sha512-3NdhDuEXnfun/z7x9GOElY49LoqVHoGScmOKwmxhsS8N5Y+Z8KyPPDnaSzqWgYt/ji4mqwfTS34Htrk0zPIXVg==",
      license: "MIT"
    },
    "node_modules/dir-glob": {
      version: "3.0.1",
      integrity: "sha512-WkrWp9GR4KXfKGYzOLmTuGVi1UWFfws377n9cc55/tb6DuqyF6pcQ5AbiHEshaDpY9v6oaSr2XCDidGmMwdzIA==",
      license: "MIT",
      dependencies: {
        "path-type": "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/dom-serializer": {
      version: "1.3.2",
      integrity: "sha512-5c54Bk5Dw4qAxNOI1pFEizPSjVsx5+bpJKmL2kPn8JhBUq2q09tTCa3mjijun2NfK78NMouDYNMBkOrPZiS+ig==",
      license: "MIT",
      dependencies: {
        domelementtype: "^2.0.1",
        domhandler: "^4.2.0",
        entities: "^2.0.0"
      },
      funding: {
        url: "https://github.com/cheeriojs/dom-serializer?sponsor=1"
      }
    },
    "node_modules/domelementtype": {
      version: "2.2.0",
      integrity: "sha512-DtBMo82pv1dFtUmHyr48beiuq792Sxohr+8Hm9zoxklYPfa6n0Z3Byjj2IV7bmr2IyqClnqEQhfgHJJ5QF0R5A==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/fb55"
        }
      ],
      license: "BSD-2-Clause"
    },
    "node_modules/domhandler": {
      version: "4.2.0",
      integrity: "sha512-zk7sgt970kzPks2Bf+dwT/PLzghLnsivb9CcxkvR8Mzr66Olr0Ofd8neSbglHJHaHa2MadfoSdNlKYAaafmWfA==",
      license: "BSD-2-Clause",
      dependencies: {
        domelementtype: "^2.2.0"
      },
      engines: {
        node: ">= 4"
      },
      funding: {
        url: "https://github.com/fb55/domhandler?sponsor=1"
      }
    },
    "node_modules/domutils": {
      version: "2.7.0",
      integrity: "sha512-8eaHa17IwJUPAiB+SoTYBo5mCdeMgdcAoXJ59m6DT1vw+5iLS3gNoqYaRowaBKtGVrOF1Jz4yDTgYKLK2kvfJg==",
      license: "BSD-2-Clause",
      dependencies: {
        "dom-serializer": "^1.0.1",
        domelementtype: "^2.2.0",
        domhandler: "^4.2.0"
      },
      funding: {
        url: "https://github.com/fb55/domutils?sponsor=1"
      }
    },
    "node_modules/dot-prop": {
      version: "5.3.0",
      integrity: "sha512-QM8q3zDe58hqUqjraQOmzZ1LIH9SWQJTlEKCH4kJ2oQvLZk7RbQXvtDM2XEq3fwkV9CCvvH4LA0AV+ogFsBM2Q==",
      license: "MIT",
      dependencies: {
        "is-obj": "^2.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/download": {
      version: "6.2.5",
      integrity: "sha512-DpO9K1sXAST8Cpzb7kmEhogJxymyVUd5qz/vCOSyvwtp2Klj2XcDt5YUuasgxka44SxF0q5RriKIwJmQHG2AuA==",
      license: "MIT",
      dependencies: {
        caw: "^2.0.0",
        "content-disposition": "^0.5.2",
        decompress: "^4.0.0",
        "ext-name": "^5.0.0",
        "file-type": "5.2.0",
        filenamify: "^2.0.0",
        "get-stream": "^3.0.0",
        got: "^7.0.0",
        "make-dir": "^1.0.0",
        "p-event": "^1.0.0",
        pify: "^3.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/download/node_modules/file-type": {
      version: "5.2.0",
      integrity: "sha512-Iq1nJ6D2+yIO4c8HHg4fyVb8mAJieo1Oloy1mLLaB2PvezNedhBVm+QU7g0qM42aiMbRXTxKKwGD17rjKNJYVQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/download/node_modules/get-stream": {
      version: "3.0.0",
      integrity: "sha512-GlhdIUuVakc8SJ6kK0zAFbiGzRFzNnY4jUuEbV9UROo4Y+0Ny4fjvcZFVTeDA4odpFyOQzaw6hXukJSq/f28sQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/download/node_modules/make-dir": {
      version: "1.3.0",
      integrity: "sha512-2w31R7SJtieJJnQtGc7RVL2StM2vGYVfqUOvUDxH6bC6aJTxPxTF0GnIgCyu7tjockiUWAYQRbxa7vKn34s5sQ==",
      license: "MIT",
      dependencies: {
        pify: "^3.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/download/node_modules/pify": {
      version: "3.0.0",
      integrity: "sha512-C3FsVNH1udSEX48gGX1xfvwTWfsYWj5U+8/uK15BGzIGrKoUpghX8hWZwa/OFnakBiiVNmBvemTJR5mcy7iPcg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/duplexer3": {
      version: "0.1.4",
      integrity: "sha512-CEj8FwwNA4cVH2uFCoHUrmojhYh1vmCdOaneKJXwkeY1i9jnlslVo9dx+hQ5Hl9GnH/Bwy/IjxAyOePyPKYnzA==",
      license: "BSD-3-Clause"
    },
    "node_modules/ecc-jsbn": {
      version: "0.1.2",
      integrity: "sha512-eh9O+hwRHNbG4BLTjEl3nw044CkGm5X6LoaCf7LPp7UU8Qrt47JYNi6nPX8xjW97TKGKm1ouctg0QSpZe9qrnw==",
      license: "MIT",
      dependencies: {
        jsbn: "~0.1.0",
        "safer-buffer": "^2.1.0"
      }
    },
    "node_modules/ee-first": {
      version: "1.1.1",
      integrity: "sha512-WMwm9LhRUo+WUaRN+vRuETqG89IgZphVSNkdFgeb6sS/E4OrDIN7t48CAewSHXc6C8lefD8KKfr5vY61brQlow==",
      license: "MIT"
    },
    "node_modules/electron-to-chromium": {
      version: "1.5.501",
      integrity: "sha512-UVcdnFm1UW3UZBBL/Nsi7mLqdxGqUbzW0rO0WsdEqwJr4vnFWrs93MBig2neS0TnQ5MUCwg3y91FhM/+oZE4hg==",
      license: "ISC",
      peer: true
    },
    "node_modules/email-validator": {
      version: "2.0.4",
      integrity: "sha512-gYCwo7kh5S3IDyZPLZf6hSS0MnZT8QmJFqYvbqlDZSbwdZlY6QZWxJ4i/6UhITOJ4XzyI647Bm2MXKCLqnJ4nQ==",
      engines: {
        node: ">4.0"
      }
    },
    "node_modules/emoji-regex": {
      version: "7.0.3",
      integrity: "sha512-CwBLREIQ7LvYFB0WyRvwhq5N5qPhc6PMjD6bYggFlI5YyDgl+0vxq5VHbMOFqLg7hfWzmu8T5Z1QofhmTIhItA==",
      license: "MIT"
    },
    "node_modules/encodeurl": {
      version: "1.0.2",
      integrity: "sha512-TPJXq8JqFaVYm2CWmPvnP2Iyo4ZSM7/QKcSmuMLDObfpH5fi7RUGmd/rTDf+rut/saiDiQEeVTNgAmJEdAOx0w==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/end-of-stream": {
      version: "1.4.4",
      integrity: "sha512-+uw1inIHVPQoaVuHzRyXd21icM+cnt4CzD5rW+NC1wjOUSTOs+Te7FOv7AhN7vS9x/oIyhLP5PR1H+phQAHu5Q==",
      license: "MIT",
      dependencies: {
        once: "^1.4.0"
      }
    },
    "node_modules/enhanced-resolve": {
      version: "5.27.2",
      integrity: "sha512-Cpp3nuaI7ZdgEsvVP6zzk08uxrfGTSUnDwijv6PZfe8qHjcUYv5X9bJF71WTt5HwOeaeVandf9zACK4jcWroNw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "graceful-fs": "^4.2.4",
        tapable: "^2.3.3"
      },
      engines: {
        node: ">=10.13.0"
      }
    },
    "node_modules/entities": {
      version: "2.2.0",
      integrity: "sha512-p92if5Nz619I0w+akJrLZH0MX0Pb5DX39XOwQTtXSdQQOaYH03S1uIQp4mhOZtAXrxq4ViO67YTiLBo2638o9A==",
      license: "BSD-2-Clause",
      funding: {
        url: "https://github.com/fb55/entities?sponsor=1"
      }
    },
    "node_modules/envinfo": {
      version: "7.21.0",
      integrity: "sha512-Lw7I8Zp5YKHFCXL7+Dz95g4CcbMEpgvqZNNq3AmlT5XAV6CgAAk6gyAMqn2zjw08K9BHfcNuKrMiCPLByGafow==",
      license: "MIT",
      bin: {
        envinfo: "dist/cli.js"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/error-ex": {
      version: "1.3.2",
      integrity: "sha512-7dFHNmqeFSEt2ZBsCriorKnn3Z2pj+fd9kmI6QoWw4//DL+icEBfc0U7qJCisqrTsKTjw4fNFy2pW9OqStD84g==",
      license: "MIT",
      dependencies: {
        "is-arrayish": "^0.2.1"
      }
    },
    "node_modules/escalade": {
      version: "3.2.0",
      integrity: "sha512-WUj2qlxaQtO4g6Pq5c29GTcWGDyd8itL8zTlipgECz3JesAiiOKotd8JU6otB3PACgG6xkJUyVhboMS+bje/jA==",
      license: "MIT",
      peer: true,
      engines: {
        node: ">=6"
      }
    },
    "node_modules/escape-goat": {
      version: "2.1.1",
      integrity: "sha512-8/uIhbG12Csjy2JEW7D9pHbreaVaS/OpN3ycnyvElTdwM5n6GY6W6e2IPemfvGZeUMqZ9A/3GqIZMgKnBhAw/Q==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/escape-html": {
      version: "1.0.3",
      integrity: "sha512-NiSupZ4OeuGwr68lGIeym/ksIZMJodUGOSCZ/FSnTxcrekbvqrgdUxlJOMpijaKZVjAJrWrGs/6Jy8OMuyj9ow==",
      license: "MIT"
    },
    "node_modules/escape-string-regexp": {
      version: "1.0.5",
      integrity: "sha512-vbRorB5FUQWvla16U8R/qgaFIya2qGzwDrNmCZuYKrbdSUMG6I1ZCGQRefkRVhuOkIGVne7BQ35DSfo1qvJqFg==",
      license: "MIT",
      engines: {
        node: ">=0.8.0"
      }
    },
    "node_modules/etag": {
      version: "1.8.1",
      integrity: "sha512-aIL5Fx7mawVa300al2BnEE4iNvo1qETxLrPI/o05L7z6go7fCw1J6EQmbK4FmJ2AS7kgVF/KEZWufBfdClMcPg==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/eventemitter3": {
      version: "4.0.7",
      integrity: "sha512-8guHBZCwKnFhYdHr2ysuRWErTwhoN2X8XELRlrRwpmfeY2jjuUN4taQMsULKUVo1K4DvZl+0pgfyoysHxvmvEw==",
      license: "MIT"
    },
    "node_modules/events": {
      version: "3.3.0",
      integrity: "sha512-mQw+2fkQbALzQ7V0MY0IqdnXNOeTtP4r0lN9z7AAawCXgqea7bDii20AYrIBrFd/Hx0M2Ocz6S111CaFkUcb0Q==",
      license: "MIT",
      peer: true,
      engines: {
        node: ">=0.8.x"
      }
    },
    "node_modules/execa": {
      version: "4.1.0",
      integrity: "sha512-j5W0//W7f8UxAn8hXVnwG8tLwdiUy4FJLcSupCg6maBYZDpyBvTApK7KyuI4bKj8KOh1r2YH+6ucuYtJv1bTZA==",
      license: "MIT",
      dependencies: {
        "cross-spawn": "^7.0.0",
        "get-stream": "^5.0.0",
        "human-signals": "^1.1.1",
        "is-stream": "^2.0.0",
        "merge-stream": "^2.0.0",
        "npm-run-path": "^4.0.0",
        onetime: "^5.1.0",
        "signal-exit": "^3.0.2",
        "strip-final-newline": "^2.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sindresorhus/execa?sponsor=1"
      }
    },
    "node_modules/executable": {
      version: "4.1.1",
      integrity: "sha512-8iA79xD3uAch729dUG8xaaBBFGaEa0wdD2VkYLFHwlqosEj/jT66AzcreRDSgV7ehnNLBW2WR5jIXwGKjVdTLg==",
      license: "MIT",
      dependencies: {
        pify: "^2.2.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/exit-on-epipe": {
      version: "1.0.1",
      integrity: "sha512-h2z5mrROTxce56S+pnvAV890uu7ls7f1kEvVGJbw1OlFH3/mlJ5bkXu0KRyW94v37zzHPiUd55iLn3DA7TjWpw==",
      license: "Apache-2.0",
      engines: {
        node: ">=0.8"
      }
    },
    "node_modules/express": {
      version: "4.17.3",
      integrity: "sha512-yuSQpz5I+Ch7gFrPCk4/c+dIBKlQUxtgwqzph132bsT6qhuzss6I8cLJQz7B3rFblzd6wtcI0ZbGltH/C4LjUg==",
      license: "MIT",
      dependencies: {
        accepts: "~1.3.8",
        "array-flatten": "1.1.1",
        "body-parser": "1.19.2",
        "content-disposition": "0.5.4",
        "content-type": "~1.0.4",
        cookie: "0.4.2",
        "cookie-signature": "1.0.6",
        debug: "2.6.9",
        depd: "~1.1.2",
        encodeurl: "~1.0.2",
        "escape-html": "~1.0.3",
        etag: "~1.8.1",
        finalhandler: "~1.1.2",
        fresh: "0.5.2",
        "merge-descriptors": "1.0.1",
        methods: "~1.1.2",
        "on-finished": "~2.3.0",
        parseurl: "~1.3.3",
        "path-to-regexp": "0.1.7",
        "proxy-addr": "~2.0.7",
        qs: "6.9.7",
        "range-parser": "~1.2.1",
        "safe-buffer": "5.2.1",
        send: "0.17.2",
        "serve-static": "1.14.2",
        setprototypeof: "1.2.0",
        statuses: "~1.5.0",
        "type-is": "~1.6.18",
        "utils-merge": "1.0.1",
        vary: "~1.1.2"
      },
      engines: {
        node: ">= 0.10.0"
      }
    },
    "node_modules/express/node_modules/accepts": {
      version: "1.3.8",
      integrity: "sha512-PYAthTa2m2VKxuvSD3DPC/Gy+U+sOA1LAuT8mkmRuvw+NACSaeXEQ+NHcVF7rONl6qcaxV3Uuemwawk+7+SJLw==",
      license: "MIT",
      dependencies: {
        "mime-types": "~2.1.34",
        negotiator: "0.6.3"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/express/node_modules/content-disposition": {
      version: "0.5.4",
      integrity: "sha512-FveZTNuGw04cxlAiWbzi6zTAL/lhehaWbTtgluJh4/E95DqMwTmha3KZN1aAWA8cFIhHzMZUvLevkw5Rqk+tSQ==",
      license: "MIT",
      dependencies: {
        "safe-buffer": "5.2.1"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/express/node_modules/negotiator": {
      version: "0.6.3",
      integrity: "sha512-+EUsqGPLsM+j/zdChZjsnX51g4XrHFOIXwfnCVPGlQk/k5giakcKsuxCObBRu6DSm9opw/O6slWbJdghQM4bBg==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/express/node_modules/safe-buffer": {
      version: "5.2.1",
      integrity: "sha512-rp3So07KcdmmKbGvgaNxQSJr7bGVSVk5S9Eq1F+ppbRo70+YeaDxkw5Dd8NPN+GD6bjnYm2VuPuCXmpuYvmCXQ==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "MIT"
    },
    "node_modules/ext-list": {
      version: "2.2.2",
      integrity: "sha512-u+SQgsubraE6zItfVA0tBuCBhfU9ogSRnsvygI7wht9TS510oLkBRXBsqopeUG/GBOIQyKZO9wjTqIu/sf5zFA==",
      license: "MIT",
      dependencies: {
        "mime-db": "^1.28.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/ext-name": {
      version: "5.0.0",
      integrity: "sha512-yblEwXAbGv1VQDmow7s38W77hzAgJAO50ztBLMcUyUBfxv1HC+LGwtiEN+Co6LtlqT/5uwVOxsD4TNIilWhwdQ==",
      license: "MIT",
      dependencies: {
        "ext-list": "^2.0.0",
        "sort-keys-length": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/extend": {
      version: "3.0.2",
      integrity: "sha512-fjquC59cD7CyW6urNXK0FBufkZcoiGG80wTuPujX590cB5Ttln20E2UB4S/WARVqhXffZl2LNgS+gQdPIIim/g==",
      license: "MIT"
    },
    "node_modules/extsprintf": {
      version: "1.3.0",
      integrity: "sha512-11Ndz7Nv+mvAC1j0ktTa7fAb0vLyGGX+rMHNBYQviQDGU0Hw7lhctJANqbPhu9nV9/izT/IntTgZ7Im/9LJs9g==",
      engines: [
        "node >=0.6.0"
      ],
      license: "MIT"
    },
    "node_modules/fast-deep-equal": {
      version: "3.1.3",
      integrity: "sha512-f3qQ9oQy9j2AhBe/H9VC91wLmKBCCU/gDOnKNAYG5hswO7BLKj09Hc5HYNz9cGI++xlpDCIgDaitVs03ATR84Q==",
      license: "MIT"
    },
    "node_modules/fast-glob": {
      version: "3.2.5",
      integrity: "sha512-2DtFcgT68wiTTiwZ2hNdJfcHNke9XOfnwmBRWXhmeKM8rF0TGwmC/Qto3S7RoZKp5cilZbxzO5iTNTQsJ+EeDg==",
      license: "MIT",
      dependencies: {
        "@nodelib/fs.stat": "^2.0.2",
        "@nodelib/fs.walk": "^1.2.3",
        "glob-parent": "^5.1.0",
        merge2: "^1.3.0",
        micromatch: "^4.0.2",
        picomatch: "^2.2.1"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/fast-json-stable-stringify": {
      version: "2.1.0",
      integrity: "sha512-lhd/wF+Lk98HZoTCtlVraHtfh5XYijIjalXck7saUtuanSDyLMxnHhSXEDJqHxD7msR8D0uCmqlkwjCV8xvwHw==",
      license: "MIT"
    },
    "node_modules/fast-uri": {
      version: "3.1.9",
      integrity: "sha512-hS/0Wt3Ya043oKXs0sIxrMpKQITXhMLIrVAKKXi4gozGC9v7YRWVnXIZzjNPTO02M9BdxLCWqK1yRXgNziVyJQ==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/fastify"
        },
        {
          type: "opencollective",
          url: "https://opencollective.com/fastify"
        }
      ],
      license: "BSD-3-Clause",
      peer: true
    },
    "node_modules/fastest-levenshtein": {
      version: "1.0.16",
      integrity: "sha512-eRnCtTTtGZFpQCwhJiUOuxPQWRXVKYDn0b2PeHfXL6/Zi53SLAzAHfVhVWK2AryC/WH05kGfxhFIPvTF0SXQzg==",
      license: "MIT",
      engines: {
        node: ">= 4.9.1"
      }
    },
    "node_modules/fastq": {
      version: "1.11.0",
      integrity: "sha512-7Eczs8gIPDrVzT+EksYBcupqMyxSHXXrHOLRRxU2/DicV8789MRBRR8+Hc2uWzUupOs4YS4JzBmBxjjCVBxD/g==",
      license: "ISC",
      dependencies: {
        reusify: "^1.0.4"
      }
    },
    "node_modules/fd-slicer": {
      version: "1.1.0",
      integrity: "sha512-cE1qsB/VwyQozZ+q1dGxR8LBYNZeofhEdUNGSMbQD3Gw2lAzX9Zb3uIU6Ebc/Fmyjo9AWWfnn0AUCHqtevs/8g==",
      license: "MIT",
      dependencies: {
        pend: "~1.2.0"
      }
    },
    "node_modules/figures": {
      version: "1.7.0",
      integrity: "sha512-UxKlfCRuCBxSXU4C6t9scbDyWZ4VlaFFdojKtzJuSkuOBQ5CNFum+zZXFwHjo+CxBC1t6zlYPgHIgFjL8ggoEQ==",
      license: "MIT",
      dependencies: {
        "escape-string-regexp": "^1.0.5",
        "object-assign": "^4.1.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/file-type": {
      version: "12.4.2",
      integrity: "sha512-UssQP5ZgIOKelfsaB5CuGAL+Y+q7EmONuiwF3N5HAH0t27rvrttgi6Ra9k/+DVaY9UF6+ybxu5pOXLUdA8N7Vg==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/filename-reserved-regex": {
      version: "2.0.0",
      integrity: "sha512-lc1bnsSr4L4Bdif8Xb/qrtokGbq5zlsms/CYH8PP+WtCkGNF65DPiQY8vG3SakEdRn8Dlnm+gW/qWKKjS5sZzQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/filenamify": {
      version: "2.1.0",
      integrity: "sha512-ICw7NTT6RsDp2rnYKVd8Fu4cr6ITzGy3+u4vUujPkabyaz+03F24NWEX7fs5fp+kBonlaqPH8fAO2NM+SXt/JA==",
      license: "MIT",
      dependencies: {
        "filename-reserved-regex": "^2.0.0",
        "strip-outer": "^1.0.0",
        "trim-repeated": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/fill-range": {
      version: "7.0.1",
      integrity: "sha512-qOo9F+dMUmC2Lcb4BbVvnKJxTPjCm+RRpe4gDuGrzkL7mEVl/djYSu2OdQ2Pa302N4oqkSg9ir6jaLWJ2USVpQ==",
      license: "MIT",
      dependencies: {
        "to-regex-range": "^5.0.1"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/finalhandler": {
      version: "1.1.2",
      integrity: "sha512-aAWcW57uxVNrQZqFXjITpW3sIUQmHGG3qSb9mUah9MgMC4NeWhNOlNjXEYq3HjRAvL6arUviZGGJsBg6z0zsWA==",
      license: "MIT",
      dependencies: {
        debug: "2.6.9",
        encodeurl: "~1.0.2",
        "escape-html": "~1.0.3",
        "on-finished": "~2.3.0",
        parseurl: "~1.3.3",
        statuses: "~1.5.0",
        unpipe: "~1.0.0"
      },
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/find-up": {
      version: "1.1.2",
      integrity: "sha512-jvElSjyuo4EMQGoTwo1uJU5pQMwTW5lS1x05zzfJuTIyLR3zwO27LYrxNg+dlvKpGOuGy/MzBdXh80g0ve5+HA==",
      license: "MIT",
      dependencies: {
        "path-exists": "^2.0.0",
        "pinkie-promise": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/find-versions": {
      version: "3.2.0",
      integrity: "sha512-P8WRou2S+oe222TOCHitLy8zj+SIsVJh52VP4lvXkaFVnOFFdoWv1H1Jjvel1aI6NCFOAaeAVm8qrI0odiLcww==",
      license: "MIT",
      dependencies: {
        "semver-regex": "^2.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/flat": {
      version: "5.0.2",
      integrity: "sha512-b6suED+5/3rTpUBdG1gupIl8MPFCAMA0QXwmljLhvCUKcUvdE4gWky9zpuGCcXHOsz4J9wPGNWq6OKpmIzz3hQ==",
      license: "BSD-3-Clause",
      bin: {
        flat: "cli.js"
      }
    },
    "node_modules/forever-agent": {
      version: "0.6.1",
      integrity: "sha512-j0KLYPhm6zeac4lz3oJ3o65qvgQCcPubiyotZrXqEaG4hNagNYO8qdlUrX5vwqv9ohqeT/Z3j6+yW067yWWdUw==",
      license: "Apache-2.0",
      engines: {
        node: "*"
      }
    },
    "node_modules/form-data": {
      version: "2.3.3",
      integrity: "sha512-1lLKB2Mu3aGP1Q/2eCOx0fNbRMe7XdwktwOruhfqqd0rIJWwN4Dh+E3hrPSlDCXnSR7UtZ1N38rVXm+6+MEhJQ==",
      license: "MIT",
      dependencies: {
        asynckit: "^0.4.0",
        "combined-stream": "^1.0.6",
        "mime-types": "^2.1.12"
      },
      engines: {
        node: ">= 0.12"
      }
    },
    "node_modules/forwarded": {
      version: "0.2.0",
      integrity: "sha512-buRG0fpBtRHSTCOASe6hD258tEubFoRLb4ZNA6NxMVHNw2gOcwHo9wyablzMzOA5z9xA9L1KNjk/Nt6MT9aYow==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/fresh": {
      version: "0.5.2",
      integrity: "sha512-zJ2mQYM18rEFOudeV4GShTGIQ7RbzA7ozbU9I/XBpm7kqgMywgmylMwXHxZJmkVoYkna9d2pVXVXPdYTP9ej8Q==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/from2": {
      version: "2.3.0",
      integrity: "sha512-OMcX/4IC/uqEPVgGeyfN22LJk6AZrMkRZHxcHBMBvHScDGgwTm2GT2Wkgtocyd3JfZffjj2kYUDXXII0Fk9W0g==",
      license: "MIT",
      dependencies: {
        inherits: "^2.0.1",
        "readable-stream": "^2.0.0"
      }
    },
    "node_modules/from2/node_modules/readable-stream": {
      version: "2.3.7",
      integrity: "sha512-Ebho8K4jIbHAxnuxi7o42OrZgF/ZTNcsZj6nRKyUmkhLFq8CHItp/fy6hQZuZmP/n3yZ9VBUbp4zz/mX8hmYPw==",
      license: "MIT",
      dependencies: {
        "core-util-is": "~1.0.0",
        inherits: "~2.0.3",
        isarray: "~1.0.0",
        "process-nextick-args": "~2.0.0",
        "safe-buffer": "~5.1.1",
        string_decoder: "~1.1.1",
        "util-deprecate": "~1.0.1"
      }
    },
    "node_modules/fs-constants": {
      version: "1.0.0",
      integrity: "sha512-y6OAwoSIf7FyjMIv94u+b5rdheZEjzR63GTyZJm5qh4Bi+2YgwLCcI/fPFZkL5PSixOt6ZNKm+w+Hfp/Bciwow==",
      license: "MIT"
    },
    "node_modules/fs-extra": {
      version: "10.0.1",
      integrity: "sha512-NbdoVMZso2Lsrn/QwLXOy6rm0ufY2zEOKCDzJR/0kBsb0E6qed0P3iYK+Ath3BfvXEeu4JhEtXLgILx5psUfag==",
      license: "MIT",
      dependencies: {
        "graceful-fs": "^4.2.0",
        jsonfile: "^6.0.1",
        universalify: "^2.0.0"
      },
      engines: {
        node: ">=12"
      }
    },
    "node_modules/fs.realpath": {
      version: "1.0.0",
      integrity: "sha512-OO0pH2lK6a0hZnAdau5ItzHPI6pUlvI7jMVnxUQRtw4owF2wk8lOSabtGDCTP4Ggrg2MbGnWO9X8K1t4+fGMDw==",
      license: "ISC"
    },
    "node_modules/fsevents": {
      version: "2.3.2",
      integrity: "sha512-xiqMQR4xAeHTuB9uWm+fFRcIOgKBMiOBP+eXiyT7jsgVCq1bkVygt00oASowB7EdtpOHaaPgKt812P9ab+DDKA==",
      license: "MIT",
      optional: true,
      os: [
        "darwin"
      ],
      engines: {
        node: "^8.16.0 || ^10.6.0 || >=11.0.0"
      }
    },
    "node_modules/function-bind": {
      version: "1.1.1",
      integrity: "sha512-yIovAzMX49sF8Yl58fSCWJ5svSLuaibPxXQJFLmBObTuCr0Mf1KiPopGM9NiFjiYBCbfaa2Fh6breQ6ANVTI0A==",
      license: "MIT"
    },
    "node_modules/get-proxy": {
      version: "2.1.0",
      integrity: "sha512-zmZIaQTWnNQb4R4fJUEp/FC51eZsc6EkErspy3xtIYStaq8EB/hDIWipxsal+E8rz0qD7f2sL/NA9Xee4RInJw==",
      license: "MIT",
      dependencies: {
        "npm-conf": "^1.1.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/get-stdin": {
      version: "4.0.1",
      integrity: "sha512-F5aQMywwJ2n85s4hJPTT9RPxGmubonuB10MNYo17/xph174n2MIR33HRguhzVag10O/npM7SPk73LMZNP+FaWw==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/get-stream": {
      version: "5.2.0",
      integrity: "sha512-nBF+F1rAZVCu/p7rjzgA+Yb4lfYXrpl7a6VmJrU8wF9I1CKvP/QwPNZHnOlwbTkY6dvtFIzFMSyQXbLoTQPRpA==",
      license: "MIT",
      dependencies: {
        pump: "^3.0.0"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/getpass": {
      version: "0.1.7",
      integrity: "sha512-0fzj9JxOLfJ+XGLhR8ze3unN0KZCgZwiSSDz168VERjK8Wl8kVSdcu2kspd4s4wtAa1y/qrVRiAA0WclVsu0ng==",
      license: "MIT",
      dependencies: {
        "assert-plus": "^1.0.0"
      }
    },
    "node_modules/glob": {
      version: "7.1.6",
      integrity: "sha512-LwaxwyZ72Lk7vZINtNNrywX0ZuLyStrdDtabefZKAY5ZGJhVtgdznluResxNmPitE0SAO+O26sWTHeKSI2wMBA==",
      license: "ISC",
      dependencies: {
        "fs.realpath": "^1.0.0",
        inflight: "^1.0.4",
        inherits: "2",
        minimatch: "^3.0.4",
        once: "^1.3.0",
        "path-is-absolute": "^1.0.0"
      },
      engines: {
        node: "*"
      },
      funding: {
        url: "https://github.com/sponsors/isaacs"
      }
    },
    "node_modules/glob-parent": {
      version: "5.1.2",
      integrity: "sha512-AOIgSQCepiJYwP3ARnGx+5VnTu2HBYdzbGP45eLw1vr3zB3vZLeyed1sC9hnbcOc9/SrMyM5RPQrkGz4aS9Zow==",
      license: "ISC",
      dependencies: {
        "is-glob": "^4.0.1"
      },
      engines: {
        node: ">= 6"
      }
    },
    "node_modules/global-dirs": {
      version: "3.0.0",
      integrity: "sha512-v8ho2DS5RiCjftj1nD9NmnfaOzTdud7RRnVd9kFNOjqZbISlx5DQ+OrTkywgd0dIt7oFCvKetZSHoHcP3sDdiA==",
      license: "MIT",
      dependencies: {
        ini: "2.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/global-dirs/node_modules/ini": {
      version: "2.0.0",
      integrity: "sha512-7PnF4oN3CvZF23ADhA5wRaYEQpJ8qygSkbtTXWBeXWXmEVRXK+1ITciHWwHhsjv1TmW0MgacIv6hEi5pX5NQdA==",
      license: "ISC",
      engines: {
        node: ">=10"
      }
    },
    "node_modules/globby": {
      version: "11.0.3",
      integrity: "sha512-ffdmosjA807y7+lA1NM0jELARVmYul/715xiILEjo3hBLPTcirgQNnXECn5g3mtR8TOLCVbkfua1Hpen25/Xcg==",
      license: "MIT",
      dependencies: {
        "array-union": "^2.1.0",
        "dir-glob": "^3.0.1",
        "fast-glob": "^3.1.1",
        ignore: "^5.1.4",
        merge2: "^1.3.0",
        slash: "^3.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/got": {
      version: "7.1.0",
      integrity: "sha512-Y5WMo7xKKq1muPsxD+KmrR8DH5auG7fBdDVueZwETwV6VytKyU9OX/ddpq2/1hp1vIPvVb4T81dKQz3BivkNLw==",
      license: "MIT",
      dependencies: {
        "decompress-response": "^3.2.0",
        duplexer3: "^0.1.4",
        "get-stream": "^3.0.0",
        "is-plain-obj": "^1.1.0",
        "is-retry-allowed": "^1.0.0",
        "is-stream": "^1.0.0",
        isurl: "^1.0.0-alpha5",
        "lowercase-keys": "^1.0.0",
        "p-cancelable": "^0.3.0",
        "p-timeout": "^1.1.1",
        "safe-buffer": "^5.0.1",
        "timed-out": "^4.0.0",
        "url-parse-lax": "^1.0.0",
        "url-to-options": "^1.0.1"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/got/node_modules/get-stream": {
      version: "3.0.0",
      integrity: "sha512-GlhdIUuVakc8SJ6kK0zAFbiGzRFzNnY4jUuEbV9UROo4Y+0Ny4fjvcZFVTeDA4odpFyOQzaw6hXukJSq/f28sQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/got/node_modules/is-stream": {
      version: "1.1.0",
      integrity: "sha512-uQPm8kcs47jx38atAcWTVxyltQYoPT68y9aWYdV6yWXSyW8mzSat0TL6CiWdZeCdF3KrAvpVtnHbTv4RN+rqdQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/graceful-fs": {
      version: "4.2.12",
      integrity: "sha512-iuyGF2E4oafQfPsRrG2wtY2ILupMhvtdrhzrxB+0VcjsPpSPttpfYdjnGFGsTi5MaJFjI1jOKHPQ6UTbTj9TAw==",
      license: "BlueOak-1.0.0"
    },
    "node_modules/growly": {
      version: "1.3.0",
      integrity: "sha512-+xGQY0YyAWCnqy7Cd++hc2JqMYzlm0dG30Jd0beaA64sROr8C4nt8Yc9V5Ro3avlSUDTN0ulqP/VBKi1/lLygw==",
      license: "MIT"
    },
    "node_modules/har-schema": {
      version: "2.0.0",
      integrity: "sha512-Oqluz6zhGX8cyRaTQlFMPw80bSJVG2x/cFb8ZPhUILGgHka9SsokCCOQgpveePerqidZOrT14ipqfJb7ILcW5Q==",
      license: "ISC",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/har-validator": {
      version: "5.1.5",
      integrity: "sha512-nmT2T0lljbxdQZfspsno9hgrG3Uir6Ks5afism62poxqBM6sDnMEuPmzTq8XN0OEwqKLLdh1jQI3qyE66Nzb3w==",
      license: "MIT",
      dependencies: {
        ajv: "^6.12.3",
        "har-schema": "^2.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/has": {
      version: "1.0.3",
      integrity: "sha512-f2dvO0VU6Oej7RkWJGrehjbzMAjFp5/VKPp5tTpWIV4JHHZK1/BxbFRtf/siA2SWTe09caDmVtYYzWEIbBS4zw==",
      license: "MIT",
      dependencies: {
        "function-bind": "^1.1.1"
      },
      engines: {
        node: ">= 0.4.0"
      }
    },
    "node_modules/has-ansi": {
      version: "2.0.0",
      integrity: "sha512-C8vBJ8DwUCx19vhm7urhTuUsr4/IyP6l4VzNQDv+ryHQObW3TTTp9yB68WpYgRe2bbaGuZ/se74IqFeVnMnLZg==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/has-flag": {
      version: "4.0.0",
      integrity: "sha512-EykJT/Q1KjTWctppgIAgfSO0tKVuZUjhgMr17kqTumMl6Afv3EISleU7qZUzoXDFTAHTDC4NOoG/ZxU3EvlMPQ==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/has-symbol-support-x": {
      version: "1.4.2",
      integrity: "sha512-3ToOva++HaW+eCpgqZrCfN51IPB+7bJNVT6CUATzueB5Heb8o6Nam0V3HG5dlDvZU1Gn5QLcbahiKw/XVk5JJw==",
      license: "MIT",
      engines: {
        node: "*"
      }
    },
    "node_modules/has-to-string-tag-x": {
      version: "1.4.1",
      integrity: "sha512-vdbKfmw+3LoOYVr+mtxHaX5a96+0f3DljYd8JOqvOLsf5mw2Otda2qCDT9qRqLAhrjyQ0h7ual5nOiASpsGNFw==",
      license: "MIT",
      dependencies: {
        "has-symbol-support-x": "^1.4.1"
      },
      engines: {
        node: "*"
      }
    },
    "node_modules/has-yarn": {
      version: "2.1.0",
      integrity: "sha512-UqBRqi4ju7T+TqGNdqAO0PaSVGsDGJUBQvk9eUWNGRY1CFGDzYhLWoM7JQEemnlvVcv/YEmc2wNW8BC24EnUsw==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/he": {
      version: "1.2.0",
      integrity: "sha512-F/1DnUGPopORZi0ni+CvrCgHQ5FyEAHRLSApuYWMmrbSwoN2Mn/7k+Gl38gJnR7yyDZk6WLXwiGod1JOWNDKGw==",
      license: "MIT",
      bin: {
        he: "bin/he"
      }
    },
    "node_modules/hosted-git-info": {
      version: "2.8.9",
      integrity: "sha512-mxIDAb9Lsm6DoOJ7xH+5+X4y1LU/4Hi50L9C5sIswK3JzULS4bwk1FvjdBgvYR4bzT4tuUQiC15FE2f5HbLvYw==",
      license: "ISC"
    },
    "node_modules/htmlparser2": {
      version: "6.1.0",
      integrity: "sha512-gyyPk6rgonLFEDGoeRgQNaEUvdJ4ktTmmUh/h2t7s+M8oPpIPxgNACWa+6ESR57kXstwqPiCut0V8NRpcwgU7A==",
      funding: [
        "https://github.com/fb55/htmlparser2?sponsor=1",
        {
          type: "github",
          url: "https://github.com/sponsors/fb55"
        }
      ],
      license: "MIT",
      dependencies: {
        domelementtype: "^2.0.1",
        domhandler: "^4.0.0",
        domutils: "^2.5.2",
        entities: "^2.0.0"
      }
    },
    "node_modules/http-cache-semantics": {
      version: "3.8.1",
      integrity: "sha512-5ai2iksyV8ZXmnZhHH4rWPoxxistEexSi5936zIQ1bnNTW5VnA85B6P/VpXiRM017IgRvb2kKo1a//y+0wSp3w==",
      license: "BSD-2-Clause"
    },
    "node_modules/http-errors": {
      version: "1.8.1",
      integrity: "sha512-Kpk9Sm7NmI+RHhnj6OIWDI1d6fIoFAtFt9RLaTMRlg/8w49juAStsrBgp0Dp4OdxdVbRIeKhtCUvoi/RuAhO4g==",
      license: "MIT",
      dependencies: {
        depd: "~1.1.2",
        inherits: "2.0.4",
        setprototypeof: "1.2.0",
        statuses: ">= 1.5.0 < 2",
        toidentifier: "1.0.1"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/http-signature": {
      version: "1.2.0",
      integrity: "sha512-CAbnr6Rz4CYQkLYUtSNXxQPUH2gK8f3iWexVlsnMeD+GjlsQ0Xsy1cOX+mN3dtxYomRy21CiOzU8Uhw6OwncEQ==",
      license: "MIT",
      dependencies: {
        "assert-plus": "^1.0.0",
        jsprim: "^1.2.2",
        sshpk: "^1.7.0"
      },
      engines: {
        node: ">=0.8",
        npm: ">=1.3.7"
      }
    },
    "node_modules/human-signals": {
      version: "1.1.1",
      integrity: "sha512-SEQu7vl8KjNL2eoGBLF3+wAjpsNfA9XMlXAYj/3EdaNfAlxKthD1xjEQfGOUhllCGGJVNY34bRr6lPINhNjyZw==",
      license: "Apache-2.0",
      engines: {
        node: ">=8.12.0"
      }
    },
    "node_modules/iconv-lite": {
      version: "0.4.24",
      integrity: "sha512-v3MXnZAcvnywkTUEZomIActle7RXXeedOR31wwl7VlyoXO4Qi9arvSenNQWne1TcRwhCL1HwLI21bEqdpj8/rA==",
      license: "MIT",
      dependencies: {
        "safer-buffer": ">= 2.1.2 < 3"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/ieee754": {
      version: "1.2.1",
      integrity: "sha512-dcyqhDvX1C46lXZcVqCpK+FtMRQVdIMN6/Df5js2zouUsqG7I6sFxitIC+7KYK29KdXOLHdu9zL4sFnoVQnqaA==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "BSD-3-Clause"
    },
    "node_modules/ignore": {
      version: "5.1.8",
      integrity: "sha512-BMpfD7PpiETpBl/A6S498BaIJ6Y/ABT93ETbby2fP00v4EbvPBXWEoaR1UBPKs3iR53pJY7EtZk5KACI57i1Uw==",
      license: "MIT",
      engines: {
        node: ">= 4"
      }
    },
    "node_modules/imagemin": {
      version: "7.0.1",
      integrity: "sha512-33AmZ+xjZhg2JMCe+vDf6a9mzWukE7l+wAtesjE7KyteqqKjzxv7aVQeWnul1Ve26mWvEQqyPwl0OctNBfSR9w==",
      license: "MIT",
      dependencies: {
        "file-type": "^12.0.0",
        globby: "^10.0.0",
        "graceful-fs": "^4.2.2",
        junk: "^3.1.0",
        "make-dir": "^3.0.0",
        "p-pipe": "^3.0.0",
        "replace-ext": "^1.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/imagemin-mozjpeg": {
      version: "9.0.0",
      integrity: "sha512-TwOjTzYqCFRgROTWpVSt5UTT0JeCuzF1jswPLKALDd89+PmrJ2PdMMYeDLYZ1fs9cTovI9GJd68mRSnuVt691w==",
      license: "MIT",
      dependencies: {
        execa: "^4.0.0",
        "is-jpg": "^2.0.0",
        mozjpeg: "^7.0.0"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/imagemin-pngquant": {
      version: "9.0.2",
      integrity: "sha512-cj//bKo8+Frd/DM8l6Pg9pws1pnDUjgb7ae++sUX1kUVdv2nrngPykhiUOgFeE0LGY/LmUbCf4egCHC4YUcZSg==",
      license: "MIT",
      dependencies: {
        execa: "^4.0.0",
        "is-png": "^2.0.0",
        "is-stream": "^2.0.0",
        ow: "^0.17.0",
        "pngquant-bin": "^6.0.0"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/imagemin/node_modules/globby": {
      version: "10.0.2",
      integrity: "sha512-7dUi7RvCoT/xast/o/dLN53oqND4yk0nsHkhRgn9w65C4PofCLOoJ39iSOg+qVDdWQPIEj+eszMHQ+aLVwwQSg==",
      license: "MIT",
      dependencies: {
        "@types/glob": "^7.1.1",
        "array-union": "^2.1.0",
        "dir-glob": "^3.0.1",
        "fast-glob": "^3.0.3",
        glob: "^7.1.3",
        ignore: "^5.1.1",
        merge2: "^1.2.3",
        slash: "^3.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/import-lazy": {
      version: "3.1.0",
      integrity: "sha512-8/gvXvX2JMn0F+CDlSC4l6kOmVaLOO3XLkksI7CI3Ud95KDYJuYur2b9P/PUt/i/pDAMd/DulQsNbbbmRRsDIQ==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/import-local": {
      version: "3.2.0",
      integrity: "sha512-2SPlun1JUPWoM6t3F0dw0FkCF/jWY8kttcY4f599GLTSjh2OCuuhdTkJQsEcZzBqbXZGKMK2OqW1oZsjtf/gQA==",
      license: "MIT",
      dependencies: {
        "pkg-dir": "^4.2.0",
        "resolve-cwd": "^3.0.0"
      },
      bin: {
        "import-local-fixture": "fixtures/cli.js"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/imurmurhash": {
      version: "0.1.4",
      integrity: "sha512-JmXMZ6wuvDmLiHEml9ykzqO6lwFbof0GG4IkcGaENdCRDDmMVnny7s5HsIgHCbaq0w2MyPhDqkhTUgS2LU2PHA==",
      license: "MIT",
      engines: {
        node: ">=0.8.19"
      }
    },
    "node_modules/indent-string": {
      version: "2.1.0",
      integrity: "sha512-aqwDFWSgSgfRaEwao5lg5KEcVd/2a+D1rvoG7NdilmYz0NwRk6StWpWdz/Hpk34MKPpx7s8XxUqimfcQK6gGlg==",
      license: "MIT",
      dependencies: {
        repeating: "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/inflight": {
      version: "1.0.6",
      integrity: "sha512-k92I/b08q4wvFscXCLvqfsHCrjrF7yiXsQuIVvVE7N82W3+aqpzuUdBbfhWcy/FZR3/4IgflMgKLOsvPDrGCJA==",
      license: "ISC",
      dependencies: {
        once: "^1.3.0",
        wrappy: "1"
      }
    },
    "node_modules/inherits": {
      version: "2.0.4",
      integrity: "sha512-k/vGaX4/Yla3WzyMCvTQOXYeIHvqOKtnqBduzTHpzpQZzAskKMhZ2K+EnBiSM9zGSoIFeMpXKxa4dYeZIQqewQ==",
      license: "ISC"
    },
    "node_modules/ini": {
      version: "1.3.8",
      integrity: "sha512-JV/yugV2uzW5iMRSiZAyDtQd+nxtUnjeLt0acNdw98kKLrvuRVyB80tsREOE7yvGVgalhZ6RNXCmEHkUKBKxew==",
      license: "ISC"
    },
    "node_modules/interpret": {
      version: "1.4.0",
      integrity: "sha512-agE4QfB2Lkp9uICn7BAqoscw4SZP9kTE2hxiFI3jBPmXJfdqiahTbUuKGsMoN2GtqL9AxhYioAcVvgsb1HvRbA==",
      license: "MIT",
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/into-stream": {
      version: "3.1.0",
      integrity: "sha512-TcdjPibTksa1NQximqep2r17ISRiNE9fwlfbg3F8ANdvP5/yrFTew86VcO//jk4QTaMlbjypPBq76HN2zaKfZQ==",
      license: "MIT",
      dependencies: {
        from2: "^2.1.1",
        "p-is-promise": "^1.1.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/ipaddr.js": {
      version: "1.9.1",
      integrity: "sha512-0KI/607xoxSToH7GjN1FfSbLoU0+btTicjsQSWQlh/hZykN8KpmMf7uYwPW3R+akZ6R/w18ZlXSHBYXiYUPO3g==",
      license: "MIT",
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/is-arrayish": {
      version: "0.2.1",
      integrity: "sha512-zz06S8t0ozoDXMG+ube26zeCTNXcKIPJZJi8hBrF4idCLms4CG9QtK7qBl1boi5ODzFpjswb5JPmHCbMpjaYzg==",
      license: "MIT"
    },
    "node_modules/is-binary-path": {
      version: "2.1.0",
      integrity: "sha512-ZMERYes6pDydyuGidse7OsHxtbI7WVeUEozgR/g7rd0xUimYNlvZRE/K2MgZTjWy725IfelLeVcEM97mmtRGXw==",
      license: "MIT",
      dependencies: {
        "binary-extensions": "^2.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-ci": {
      version: "2.0.0",
      integrity: "sha512-YfJT7rkpQB0updsdHLGWrvhBJfcfzNNawYDNIyQXJz0IViGf75O8EBPKSdvw2rF+LGCsX4FZ8tcr3b19LcZq4w==",
      license: "MIT",
      dependencies: {
        "ci-info": "^2.0.0"
      },
      bin: {
        "is-ci": "bin.js"
      }
    },
    "node_modules/is-core-module": {
      version: "2.3.0",
      integrity: "sha512-xSphU2KG9867tsYdLD4RWQ1VqdFl4HTO9Thf3I/3dLEfr0dbPTWKsuCKrgqMljg4nPE+Gq0VCnzT3gr0CyBmsw==",
      license: "MIT",
      dependencies: {
        has: "^1.0.3"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/is-docker": {
      version: "2.2.1",
      integrity: "sha512-F+i2BKsFrH66iaUFc0woD8sLy8getkwTwtOBjvs56Cx4CgJDeKQeqfz8wAYiSb8JOprWhHH5p77PbmYCvvUuXQ==",
      license: "MIT",
      bin: {
        "is-docker": "cli.js"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-extglob": {
      version: "2.1.1",
      integrity: "sha512-SbKbANkN603Vi4jEZv49LeVJMn4yGwsbzZworEoyEiutsN3nJYdbO36zfhGJ6QEDpOZIFkDtnq5JRxmvl3jsoQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/is-finite": {
      version: "1.1.0",
      integrity: "sha512-cdyMtqX/BOqqNBBiKlIVkytNHm49MtMlYyn1zxzvJKWmFMlGzm+ry5BBfYyeY9YmNKbRSo/o7OX9w9ale0wg3w==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-fullwidth-code-point": {
      version: "2.0.0",
      integrity: "sha512-VHskAKYM8RfSFXwee5t5cbN5PZeq1Wrh6qd5bkyiXIf6UQcN6w/A0eXM9r6t8d+GYOh+o6ZhiEnb88LN/Y8m2w==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/is-glob": {
      version: "4.0.1",
      integrity: "sha512-5G0tKtBTFImOqDnLB2hG6Bp2qcKEFduo4tZu9MT/H6NQv/ghhy30o55ufafxJ/LdH79LLs2Kfrn85TLKyA7BUg==",
      license: "MIT",
      dependencies: {
        "is-extglob": "^2.1.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/is-installed-globally": {
      version: "0.4.0",
      integrity: "sha512-iwGqO3J21aaSkC7jWnHP/difazwS7SFeIqxv6wEtLU8Y5KlzFTjyqcSIT0d8s4+dDhKytsk9PJZ2BkS5eZwQRQ==",
      license: "MIT",
      dependencies: {
        "global-dirs": "^3.0.0",
        "is-path-inside": "^3.0.2"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-interactive": {
      version: "1.0.0",
      integrity: "sha512-2HvIEKRoqS62guEC+qBjpvRubdX910WCMuJTZ+I9yvqKU2/12eSL549HMwtabb4oupdj2sMP50k+XJfB/8JE6w==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-jpg": {
      version: "2.0.0",
      integrity: "sha512-ODlO0ruzhkzD3sdynIainVP5eoOFNN85rxA1+cwwnPe4dKyX0r5+hxNO5XpCrxlHcmb9vkOit9mhRD2JVuimHg==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/is-natural-number": {
      version: "4.0.1",
      integrity: "sha512-Y4LTamMe0DDQIIAlaer9eKebAlDSV6huy+TWhJVPlzZh2o4tRP5SQWFlLn5N0To4mDD22/qdOq+veo1cSISLgQ==",
      license: "MIT"
    },
    "node_modules/is-npm": {
      version: "5.0.0",
      integrity: "sha512-WW/rQLOazUq+ST/bCAVBp/2oMERWLsR7OrKyt052dNDk4DHcDE0/7QSXITlmi+VBcV13DfIbysG3tZJm5RfdBA==",
      license: "MIT",
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-number": {
      version: "7.0.0",
      integrity: "sha512-41Cifkg6e8TylSpdtTpeLVMqvSBEVzTttHvERD741+pnZ8ANv0004MRL43QKPDlK9cGvNp6NZWZUBlbGXYxxng==",
      license: "MIT",
      engines: {
        node: ">=0.12.0"
      }
    },
    "node_modules/is-obj": {
      version: "2.0.0",
      integrity: "sha512-drqDG3cbczxxEJRoOXcOjtdp1J/lyp1mNn0xaznRs8+muBhgQcrnbspox5X5fOw0HnMnbfDzvnEMEtqDEJEo8w==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-object": {
      version: "1.0.2",
      integrity: "sha512-2rRIahhZr2UWb45fIOuvZGpFtz0TyOZLf32KxBbSoUCeZR495zCKlWUKKUByk3geS2eAs7ZAABt0Y/Rx0GiQGA==",
      license: "MIT",
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/is-path-inside": {
      version: "3.0.3",
      integrity: "sha512-Fd4gABb+ycGAmKou8eMftCupSir5lRxqf4aD/vd0cD2qc4HL07OjCeuHMr8Ro4CoMaeCKDB0/ECBOVWjTwUvPQ==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-plain-obj": {
      version: "1.1.0",
      integrity: "sha512-yvkRyxmFKEOQ4pNXCmJG5AEQNlXJS5LaONXo5/cLdTZdWvsZ1ioJEonLGAosKlMWE8lwUy/bJzMjcw8az73+Fg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/is-plain-object": {
      version: "2.0.4",
      integrity: "sha512-h5PpgXkWitc38BBMYawTYMWJHFZJVnBquFE57xFpjB8pJFiF6gZ+bU+WyI/yqXiFR5mdLsgYNaPe8uao6Uv9Og==",
      license: "MIT",
      dependencies: {
        isobject: "^3.0.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/is-png": {
      version: "2.0.0",
      integrity: "sha512-4KPGizaVGj2LK7xwJIz8o5B2ubu1D/vcQsgOGFEDlpcvgZHto4gBnyd0ig7Ws+67ixmwKoNmu0hYnpo6AaKb5g==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-retry-allowed": {
      version: "1.2.0",
      integrity: "sha512-RUbUeKwvm3XG2VYamhJL1xFktgjvPzL0Hq8C+6yrWIswDy3BIXGqCxhxkc30N9jqK311gVU137K8Ei55/zVJRg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/is-stream": {
      version: "2.0.0",
      integrity: "sha512-XCoy+WlUr7d1+Z8GgSuXmpuUFC9fOhRXglJMx+dwLKTkL44Cjd4W1Z5P+BQZpr+cR93aGP4S/s7Ftw6Nd/kiEw==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-typedarray": {
      version: "1.0.0",
      integrity: "sha512-cyA56iCMHAh5CdzjJIa4aohJyeO1YbwLi3Jc35MmRU6poroFjIGZzUzupGiRPOjgHg9TLu43xbpwXk523fMxKA==",
      license: "MIT"
    },
    "node_modules/is-unicode-supported": {
      version: "0.1.0",
      integrity: "sha512-knxG2q4UC3u8stRGyAVJCOdxFmv5DZiRcdlIaAQXAbSfJya+OhopNotLQrstBhququ4ZpuKbDc/8S6mgXgPFPw==",
      license: "MIT",
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/is-utf8": {
      version: "0.2.1",
      integrity: "sha512-rMYPYvCzsXywIsldgLaSoPlw5PfoB/ssr7hY4pLfcodrA5M/eArza1a9VmTiNIBNMjOGr1Ow9mTyU2o69U6U9Q==",
      license: "MIT"
    },
    "node_modules/is-wsl": {
      version: "2.2.0",
      integrity: "sha512-fKzAra0rGJUUBwGBgNkHZuToZcn+TtXHpeCgmkMJMMYx1sQDYaCSyjJBSCa2nH1DGm7s3n1oBnohoVTBaN7Lww==",
      license: "MIT",
      dependencies: {
        "is-docker": "^2.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/is-yarn-global": {
      version: "0.3.0",
      integrity: "sha512-VjSeb/lHmkoyd8ryPVIKvOCn4D1koMqY+vqyjjUfc3xyKtP4dYOxM44sZrnqQSzSds3xyOrUTLTC9LVCVgLngw==",
      license: "MIT"
    },
    "node_modules/isarray": {
      version: "1.0.0",
      integrity: "sha512-VLghIWNM6ELQzo7zwmcg0NmTVyWKYjvIeM83yjp0wRDTmUnrM678fQbcKBo6n2CJEF0szoG//ytg+TKla89ALQ==",
      license: "MIT"
    },
    "node_modules/isexe": {
      version: "2.0.0",
      integrity: "sha512-RHxMLp9lnKHGHRng9QFhRCMbYAcVpn69smSGcq3f36xjgVVWThj4qqLbTLlq7Ssj8B+fIQ1EuCEGI2lKsyQeIw==",
      license: "ISC"
    },
    "node_modules/isobject": {
      version: "3.0.1",
      integrity: "sha512-WhB9zCku7EGTj/HQQRz5aUQEUeoQZH2bWcltRErOpymJ4boYE6wL9Tbr23krRPSZ+C5zqNSrSw+Cc7sZZ4b7vg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/isstream": {
      version: "0.1.2",
      integrity: "sha512-Yljz7ffyPbrLpLngrMtZ7NduUgVvi6wG9RJ9IUcyCd59YQ911PBJphODUcbOVbqYfxe1wuYf/LJ8PauMRwsM/g==",
      license: "MIT"
    },
    "node_modules/isurl": {
      version: "1.0.0",
      integrity: "sha512-1P/yWsxPlDtn7QeRD+ULKQPaIaN6yF368GZ2vDfv0AL0NwpStafjWCDDdn0k8wgFMWpVAqG7oJhxHnlud42i9w==",
      license: "MIT",
      dependencies: {
        "has-to-string-tag-x": "^1.2.0",
        "is-object": "^1.0.1"
      },
      engines: {
        node: ">= 4"
      }
    },
    "node_modules/jest-worker": {
      version: "27.5.1",
      integrity: "sha512-7vuh85V5cdDofPyxn58nrPjBktZo0u9x1g8WtjQol+jZDaE+fhN+cIvTj11GndBnMnyfrUOG1sZQxCdjKh+DKg==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@types/node": "*",
        "merge-stream": "^2.0.0",
        "supports-color": "^8.0.0"
      },
      engines: {
        node: ">= 10.13.0"
      }
    },
    "node_modules/jest-worker/node_modules/supports-color": {
      version: "8.1.1",
      integrity: "sha512-MpUEN2OodtUzxvKQl72cUF7RQ5EiHsGvSsVG0ia9c5RbWGL2CI4C7EpPS8UTBIplnlzZiNuV56w+FuNxy3ty2Q==",
      license: "MIT",
      peer: true,
      dependencies: {
        "has-flag": "^4.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/chalk/supports-color?sponsor=1"
      }
    },
    "node_modules/js-yaml": {
      version: "4.1.0",
      integrity: "sha512-wpxZs9NoxZaJESJGIZTyDEaYpl0FKSA+FB9aJiyemKhMwkxQg63h4T1KJgUGHpTqPDNRcmmYLugrRjJlBtWvRA==",
      license: "MIT",
      dependencies: {
        argparse: "^2.0.1"
      },
      bin: {
        "js-yaml": "bin/js-yaml.js"
      }
    },
    "node_modules/jsbn": {
      version: "0.1.1",
      integrity: "sha512-UVU9dibq2JcFWxQPA6KCqj5O42VOmAY3zQUfEKxU0KpTGXwNoCjkX1e13eHNvw/xPynt6pU0rZ1htjWTNTSXsg==",
      license: "MIT"
    },
    "node_modules/json-buffer": {
      version: "3.0.0",
      integrity: "sha512-CuUqjv0FUZIdXkHPI8MezCnFCdaTAacej1TZYulLoAg1h/PhwkdXFN4V/gzY4g+fMBCOV2xF+rp7t2XD2ns/NQ==",
      license: "MIT"
    },
    "node_modules/json-schema": {
      version: "0.2.3",
      integrity: "sha512-a3xHnILGMtk+hDOqNwHzF6e2fNbiMrXZvxKQiEv2MlgQP+pjIOzqAmKYD2mDpXYE/44M7g+n9p2bKkYWDUcXCQ=="
    },
    "node_modules/json-schema-traverse": {
      version: "0.4.1",
      integrity: "sha512-xbbCH5dCYU5T8LcEhhuh7HJ88HXuW3qsI3Y0zOZFKfZEHcpWiHU/Jxzk629Brsab/mMiHQti9wMP+845RPe3Vg==",
      license: "MIT"
    },
    "node_modules/json-stringify-safe": {
      version: "5.0.1",
      integrity: "sha512-ZClg6AaYvamvYEE82d3Iyd3vSSIjQ+odgjaTzRuO3s7toCdFKczob2i0zCh7JE8kWn17yvAWhUVxvqGwUalsRA==",
      license: "ISC"
    },
    "node_modules/jsonfile": {
      version: "6.1.0",
      integrity: "sha512-5dgndWOriYSm5cnYaJNhalLNDKOqFwyDB/rr1E9ZsGciGvKPs8R2xYGCacuf3z6K1YKDz182fd+fY3cn3pMqXQ==",
      license: "MIT",
      dependencies: {
        universalify: "^2.0.0"
      },
      optionalDependencies: {
        "graceful-fs": "^4.1.6"
      }
    },
    "node_modules/jsprim": {
      version: "1.4.1",
      integrity: "sha512-4Dj8Rf+fQ+/Pn7C5qeEX02op1WfOss3PKTE9Nsop3Dx+6UPxlm1dr/og7o2cRa5hNN07CACr4NFzRLtj/rjWog==",
      engines: [
        "node >=0.6.0"
      ],
      license: "MIT",
      dependencies: {
        "assert-plus": "1.0.0",
        extsprintf: "1.3.0",
        "json-schema": "0.2.3",
        verror: "1.10.0"
      }
    },
    "node_modules/junk": {
      version: "3.1.0",
      integrity: "sha512-pBxcB3LFc8QVgdggvZWyeys+hnrNWg4OcZIU/1X59k5jQdLBlCsYGRQaz234SqoRLTCgMH00fY0xRJH+F9METQ==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/keyv": {
      version: "3.0.0",
      integrity: "sha512-eguHnq22OE3uVoSYG0LVWNP+4ppamWr9+zWBe1bsNcovIMy6huUJFPgy4mGwCd/rnl3vOLGW1MTlu4c57CT1xA==",
      license: "MIT",
      dependencies: {
        "json-buffer": "3.0.0"
      }
    },
    "node_modules/kind-of": {
      version: "6.0.3",
      integrity: "sha512-dcS1ul+9tmeD95T+x28/ehLgd9mENa3LsvDTtzm3vyBEO7RPptvAD+t44WVXaUjTBRcrpFeFlC8WCruUR456hw==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/latest-version": {
      version: "5.1.0",
      integrity: "sha512-weT+r0kTkRQdCdYCNtkMwWXQTMEswKrFBkm4ckQOMVhhqhIMI1UT2hMj+1iigIhgSZm5gTmrRXBNoGUgaTY1xA==",
      license: "MIT",
      dependencies: {
        "package-json": "^6.3.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/lazystream": {
      version: "1.0.0",
      integrity: "sha512-/330KFbmC/zKdtZoVDRwvkJ8snrJyBPfoZ39zsJl2O24HOE1CTNiEbeZmHXmjBVxTSSv7JlJEXPYhU83DhA2yg==",
      license: "MIT",
      dependencies: {
        "readable-stream": "^2.0.5"
      },
      engines: {
        node: ">= 0.6.3"
      }
    },
    "node_modules/lazystream/node_modules/readable-stream": {
      version: "2.3.7",
      integrity: "sha512-Ebho8K4jIbHAxnuxi7o42OrZgF/ZTNcsZj6nRKyUmkhLFq8CHItp/fy6hQZuZmP/n3yZ9VBUbp4zz/mX8hmYPw==",
      license: "MIT",
      dependencies: {
        "core-util-is": "~1.0.0",
        inherits: "~2.0.3",
        isarray: "~1.0.0",
        "process-nextick-args": "~2.0.0",
        "safe-buffer": "~5.1.1",
        string_decoder: "~1.1.1",
        "util-deprecate": "~1.0.1"
      }
    },
    "node_modules/livereload": {
      version: "0.9.3",
      integrity: "sha512-q7Z71n3i4X0R9xthAryBdNGVGAO2R5X+/xXpmKeuPMrteg+W2U8VusTKV3YiJbXZwKsOlFlHe+go6uSNjfxrZw==",
      license: "MIT",
      dependencies: {
        chokidar: "^3.5.0",
        "livereload-js": "^3.3.1",
        opts: ">= 1.2.0",
        ws: "^7.4.3"
      },
      bin: {
        livereload: "bin/livereload.js"
      },
      engines: {
        node: ">=8.0.0"
      }
    },
    "node_modules/livereload-js": {
      version: "3.3.2",
      integrity: "sha512-w677WnINxFkuixAoUEXOStewzLYGI76XVag+0JWMMEyjJQKs0ibWZMxkTlB96Lm3EjZ7IeOxVziBEbtxVQqQZA==",
      license: "MIT"
    },
    "node_modules/load-json-file": {
      version: "1.1.0",
      integrity: "sha512-cy7ZdNRXdablkXYNI049pthVeXFurRyb9+hA/dZzerZ0pGTx42z+y+ssxBaVV2l70t1muq5IdKhn4UtcoGUY9A==",
      license: "MIT",
      dependencies: {
        "graceful-fs": "^4.1.2",
        "parse-json": "^2.2.0",
        pify: "^2.0.0",
        "pinkie-promise": "^2.0.0",
        "strip-bom": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/locate-path": {
      version: "5.0.0",
      integrity: "sha512-t7hw9pI+WvuwNJXwk5zVHpyhIqzg2qTlklJOf0mVxGSbe3Fp2VieZcduNYjaLDoy6p9uGpQEGWG87WpMKlNq8g==",
      license: "MIT",
      dependencies: {
        "p-locate": "^4.1.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/lodash": {
      version: "4.17.21",
      integrity: "sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg==",
      license: "MIT"
    },
    "node_modules/lodash.assignin": {
      version: "4.2.0",
      integrity: "sha512-yX/rx6d/UTVh7sSVWVSIMjfnz95evAgDFdb1ZozC35I9mSFCkmzptOzevxjgbQUsc78NR44LVHWjsoMQXy9FDg==",
      license: "MIT"
    },
    "node_modules/lodash.bind": {
      version: "4.2.1",
      integrity: "sha512-lxdsn7xxlCymgLYo1gGvVrfHmkjDiyqVv62FAeF2i5ta72BipE1SLxw8hPEPLhD4/247Ijw07UQH7Hq/chT5LA==",
      license: "MIT"
    },
    "node_modules/lodash.defaults": {
      version: "4.2.0",
      integrity: "sha512-qjxPLHd3r5DnsdGacqOMU6pb/avJzdh9tFX2ymgoZE27BmjXrNy/y4LoaiTeAb+O3gL8AfpJGtqfX/ae2leYYQ==",
      license: "MIT"
    },
    "node_modules/lodash.difference": {
      version: "4.5.0",
      integrity: "sha512-dS2j+W26TQ7taQBGN8Lbbq04ssV3emRw4NY58WErlTO29pIqS0HmoT5aJ9+TUQ1N3G+JOZSji4eugsWwGp9yPA==",
      license: "MIT"
    },
    "node_modules/lodash.filter": {
      version: "4.6.0",
      integrity: "sha512-pXYUy7PR8BCLwX5mgJ/aNtyOvuJTdZAo9EQFUvMIYugqmJxnrYaANvTbgndOzHSCSR0wnlBBfRXJL5SbWxo3FQ==",
      license: "MIT"
    },
    "node_modules/lodash.flatten": {
      version: "4.4.0",
      integrity: "sha512-C5N2Z3DgnnKr0LOpv/hKCgKdb7ZZwafIrsesve6lmzvZIRZRGaZ/l6Q8+2W7NaT+ZwO3fFlSCzCzrDCFdJfZ4g==",
      license: "MIT"
    },
    "node_modules/lodash.foreach": {
      version: "4.5.0",
      integrity: "sha512-aEXTF4d+m05rVOAUG3z4vZZ4xVexLKZGF0lIxuHZ1Hplpk/3B6Z1+/ICICYRLm7c41Z2xiejbkCkJoTlypoXhQ==",
      license: "MIT"
    },
    "node_modules/lodash.isplainobject": {
      version: "4.0.6",
      integrity: "sha512-oSXzaWypCMHkPC3NvBEaPHf0KsA5mvPrOPgQWDsbg8n7orZ290M0BmC/jgRZ4vcJ6DTAhjrsSYgdsW/F+MFOBA==",
      license: "MIT"
    },
    "node_modules/lodash.map": {
      version: "4.6.0",
      integrity: "sha512-worNHGKLDetmcEYDvh2stPCrrQRkP20E4l0iIS7F8EvzMqBBi7ltvFN5m1HvTf1P7Jk1txKhvFcmYsCr8O2F1Q==",
      license: "MIT"
    },
    "node_modules/lodash.merge": {
      version: "4.6.2",
      integrity: "sha512-0KpjqXRVvrYyCsX1swR/XTK0va6VQkQM6MNo7PqW77ByjAhoARA8EfrP1N4+KlKj8YS0ZUCtRT/YUuhyYDujIQ==",
      license: "MIT"
    },
    "node_modules/lodash.pick": {
      version: "4.4.0",
      integrity: "sha512-hXt6Ul/5yWjfklSGvLQl8vM//l3FtyHZeuelpzK6mm99pNvN9yTDruNZPEJZD1oWrqo+izBmB7oUfWgcCX7s4Q==",
      license: "MIT"
    },
    "node_modules/lodash.reduce": {
      version: "4.6.0",
      integrity: "sha512-6raRe2vxCYBhpBu+B+TtNGUzah+hQjVdu3E17wfusjyrXBka2nBS8OH/gjVZ5PvHOhWmIZTYri09Z6n/QfnNMw==",
      license: "MIT"
    },
    "node_modules/lodash.reject": {
      version: "4.6.0",
      integrity: "sha512-qkTuvgEzYdyhiJBx42YPzPo71R1aEr0z79kAv7Ixg8wPFEjgRgJdUsGMG3Hf3OYSF/kHI79XhNlt+5Ar6OzwxQ==",
      license: "MIT"
    },
    "node_modules/lodash.some": {
      version: "4.6.0",
      integrity: "sha512-j7MJE+TuT51q9ggt4fSgVqro163BEFjAt3u97IqU+JA2DkWl80nFTrowzLpZ/BnpN7rrl0JA/593NAdd8p/scQ==",
      license: "MIT"
    },
    "node_modules/lodash.union": {
      version: "4.6.0",
      integrity: "sha512-c4pB2CdGrGdjMKYLA+XiRDO7Y0PRQbm/Gzg8qMj+QH+pFVAoTp5sBpO0odL3FjoPCGjK96p6qsP+yQoiLoOBcw==",
      license: "MIT"
    },
    "node_modules/log-symbols": {
      version: "4.1.0",
      integrity: "sha512-8XPvpAA8uyhfteu8pIvQxpJZ7SYYdpUivZpGy6sFsBuKRY/7rQGavedeB8aK+Zkyq6upMFVL/9AW6vOYzfRyLg==",
      license: "MIT",
      dependencies: {
        chalk: "^4.1.0",
        "is-unicode-supported": "^0.1.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/logalot": {
      version: "2.1.0",
      integrity: "sha512-Ah4CgdSRfeCJagxQhcVNMi9BfGYyEKLa6d7OA6xSbld/Hg3Cf2QiOa1mDpmG7Ve8LOH6DN3mdttzjQAvWTyVkw==",
      license: "MIT",
      dependencies: {
        figures: "^1.3.5",
        squeak: "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/longest": {
      version: "1.0.1",
      integrity: "sha512-k+yt5n3l48JU4k8ftnKG6V7u32wyH2NfKzeMto9F/QRE0amxy/LayxwlvjjkZEIzqR+19IrtFO8p5kB9QaYUFg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/loud-rejection": {
      version: "1.6.0",
      integrity: "sha512-RPNliZOFkqFumDhvYqOaNY4Uz9oJM2K9tC6JWsJJsNdhuONW4LQHRBpb0qf4pJApVffI5N39SwzWZJuEhfd7eQ==",
      license: "MIT",
      dependencies: {
        "currently-unhandled": "^0.4.1",
        "signal-exit": "^3.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/lowercase-keys": {
      version: "1.0.1",
      integrity: "sha512-G2Lj61tXDnVFFOi8VZds+SoQjtQC3dgokKdDG2mTm1tx4m50NUHBOZSBwQQHyy0V12A0JTG4icfZQH+xPyh8VA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/lpad-align": {
      version: "1.1.2",
      integrity: "sha512-MMIcFmmR9zlGZtBcFOows6c2COMekHCIFJz3ew/rRpKZ1wR4mXDPzvcVqLarux8M33X4TPSq2Jdw8WJj0q0KbQ==",
      license: "MIT",
      dependencies: {
        "get-stdin": "^4.0.1",
        "indent-string": "^2.1.0",
        longest: "^1.0.0",
        meow: "^3.3.0"
      },
      bin: {
        "lpad-align": "cli.js"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/lru-cache": {
      version: "4.1.5",
      integrity: "sha512-sWZlbEP2OsHNkXrMl5GYk/jKk70MBng6UU4YI/qGDYbgf6YbP4EvmqISbXCoJiRKs+1bSpFHVgQxvJ17F2li5g==",
      license: "ISC",
      dependencies: {
        pseudomap: "^1.0.2",
        yallist: "^2.1.2"
      }
    },
    "node_modules/make-dir": {
      version: "3.1.0",
      integrity: "sha512-g3FeP20LNwhALb/6Cz6Dd4F2ngze0jz7tbzrD2wAV+o9FeNHe4rL+yK2md0J/fiSf1sa1ADhXqi5+oVwOM/eGw==",
      license: "MIT",
      dependencies: {
        semver: "^6.0.0"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/map-obj": {
      version: "1.0.1",
      integrity: "sha512-7N/q3lyZ+LVCp7PzuxrJr4KMbBE2hW7BT7YNia330OFxIf4d3r5zVpicP2650l7CPN6RM9zOJRl3NGpqSiw3Eg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/media-typer": {
      version: "0.3.0",
      integrity: "sha512-dq+qelQ9akHpcOl/gUVRTxVIOkAJ1wR3QAvb4RsVjS8oVoFjDGTc679wJYmUmknUF5HwMLOgb5O+a3KxfWapPQ==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/meow": {
      version: "3.7.0",
      integrity: "sha512-TNdwZs0skRlpPpCUK25StC4VH+tP5GgeY1HQOOGP+lQ2xtdkN2VtT/5tiX9k3IWpkBPV9b3LsAWXn4GGi/PrSA==",
      license: "MIT",
      dependencies: {
        "camelcase-keys": "^2.0.0",
        decamelize: "^1.1.2",
        "loud-rejection": "^1.0.0",
        "map-obj": "^1.0.1",
        minimist: "^1.1.3",
        "normalize-package-data": "^2.3.4",
        "object-assign": "^4.0.1",
        "read-pkg-up": "^1.0.1",
        redent: "^1.0.0",
        "trim-newlines": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/merge-descriptors": {
      version: "1.0.1",
      integrity: "sha512-cCi6g3/Zr1iqQi6ySbseM1Xvooa98N0w31jzUYrXPX2xqObmFGHJ0tQ5u74H3mVh7wLouTseZyYIq39g8cNp1w==",
      license: "MIT"
    },
    "node_modules/merge-stream": {
      version: "2.0.0",
      integrity: "sha512-abv/qOcuPfk3URPfDzmZU1LKmuw8kT+0nIHvKrKgFrwifol/doWcdA4ZqsWQ8ENrFKkd67Mfpo/LovbIUsbt3w==",
      license: "MIT"
    },
    "node_modules/merge2": {
      version: "1.4.1",
      integrity: "sha512-8q7VEgMJW4J8tcfVPy8g09NcQwZdbwFEqhe/WZkoIzjn/3TGDwtOCYtXGxA3O8tPzpczCCDgv+P2P5y00ZJOOg==",
      license: "MIT",
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/methods": {
      version: "1.1.2",
      integrity: "sha512-iclAHeNqNm68zFtnZ0e+1L2yUIdvzNoauKU4WBA3VvH/vPFieF7qfRlwUZU+DA9P9bPXIS90ulxoUoCH23sV2w==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/micromatch": {
      version: "4.0.4",
      integrity: "sha512-pRmzw/XUcwXGpD9aI9q/0XOwLNygjETJ8y0ao0wdqprrzDa4YnxLcz7fQRZr8voh8V10kGhABbNcHVk5wHgWwg==",
      license: "MIT",
      dependencies: {
        braces: "^3.0.1",
        picomatch: "^2.2.3"
      },
      engines: {
        node: ">=8.6"
      }
    },
    "node_modules/mime": {
      version: "1.6.0",
      integrity: "sha512-x0Vn8spI+wuJ1O6S7gnbaQg8Pxh4NNHb7KSINmEWKiPE4RKOplvijn+NkmYmmRgP68mc70j2EbeTFRsrswaQeg==",
      license: "MIT",
      bin: {
        mime: "cli.js"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/mime-db": {
      version: "1.54.0",
      integrity: "sha512-aU5EJuIN2WDemCcAp2vFBfp/m4EAhWJnUNSSw0ixs7/kXbd6Pg64EmwJkNdFhB8aWt1sH2CTXrLxo/iAGV3oPQ==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/mime-types": {
      version: "2.1.35",
      integrity: "sha512-ZDY+bPm5zTTF+YpCrAU9nK0UgICYPT0QtT1NZWFv4s++TNkcgVaT0g6+4R2uI4MjQjzysHB1zxuWL50hzaeXiw==",
      license: "MIT",
      dependencies: {
        "mime-db": "1.52.0"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/mime-types/node_modules/mime-db": {
      version: "1.52.0",
      integrity: "sha512-sPU4uV7dYlvtWJxwwxHD0PuihVNiE7TyAbQ5SWxDCB9mUYvOgroQOwYQQOKPJ8CIbE+1ETVlOoK1UC2nU3gYvg==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/mimic-fn": {
      version: "2.1.0",
      integrity: "sha512-OqbOk5oEQeAZ8WXWydlu9HJjz9WVdEIvamMCcXmuqUYjTknH/sqsWvhQ3vgwKFRR1HpjvNBKQ37nbJgYzGqGcg==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/mimic-response": {
      version: "1.0.1",
      integrity: "sha512-j5EctnkH7amfV/q5Hgmoal1g2QHFJRraOtmx0JpIqkxhBhI/lJSl1nMpQ45hVarwNETOoWEimndZ4QK0RHxuxQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/minimatch": {
      version: "3.0.4",
      integrity: "sha512-yJHVQEhyqPLUTgt9B83PXu6W3rx4MvvHvSUvToogpwoGDOUQ+yDrR0HRot+yOCdCO7u4hX3pWft6kWBBcqh0UA==",
      license: "ISC",
      dependencies: {
        "brace-expansion": "^1.1.7"
      },
      engines: {
        node: "*"
      }
    },
    "node_modules/minimist": {
      version: "1.2.6",
      integrity: "sha512-Jsjnk4bw3YJqYzbdyBiNsPWHPfO++UGG749Cxs6peCu5Xg4nrena6OVxOYxrQTqww0Jmwt+Ref8rggumkTLz9Q==",
      license: "MIT"
    },
    "node_modules/minimizer-webpack-plugin": {
      version: "5.14.1",
      integrity: "sha512-qsfTb5Ao4nre9krFweqj8k5bVU7KxgsP4WkLO/ITTuiJkbitCzYBY+Aum5KTKRhY0wDr8VJ1RILsTCSUtPd1kQ==",
      license: "MIT",
      peer: true,
      dependencies: {
        "jest-worker": "^27.4.5",
        "schema-utils": "^4.8.5",
        terser: "^5.51.0"
      },
      engines: {
        node: ">= 10.13.0"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/webpack"
      },
      peerDependencies: {
        webpack: "^5.1.0"
      },
      peerDependenciesMeta: {
        "@minify-html/node": {
          optional: true
        },
        "@napi-rs/image": {
          optional: true
        },
        "@swc/core": {
          optional: true
        },
        "@swc/css": {
          optional: true
        },
        "@swc/html": {
          optional: true
        },
        "clean-css": {
          optional: true
        },
        cssnano: {
          optional: true
        },
        csso: {
          optional: true
        },
        esbuild: {
          optional: true
        },
        "html-minifier-terser": {
          optional: true
        },
        imagemin: {
          optional: true
        },
        lightningcss: {
          optional: true
        },
        postcss: {
          optional: true
        },
        sharp: {
          optional: true
        },
        svgo: {
          optional: true
        },
        "uglify-js": {
          optional: true
        }
      }
    },
    "node_modules/mozjpeg": {
      version: "7.0.0",
      integrity: "sha512-mH7atSbIusVTO3A4H43sEdmveN3aWn54k6V0edefzCEvOsTrbjg5murY2TsNznaztWnIgaRbWxeLVp4IgKdedQ==",
      hasInstallScript: true,
      license: "MIT",
      dependencies: {
        "bin-build": "^3.0.0",
        "bin-wrapper": "^4.0.0",
        logalot: "^2.1.0"
      },
      bin: {
        mozjpeg: "cli.js"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/ms": {
      version: "2.0.0",
      integrity: "sha512-Tpp60P6IUJDTuOq/5Z8cdskzJujfwqfOTkrwIwj7IRISpnkJnT6SyJ4PCPnGMoFjC9ddhal5KVIYtAt97ix05A==",
      license: "MIT"
    },
    "node_modules/mustache": {
      version: "4.2.0",
      integrity: "sha512-71ippSywq5Yb7/tVYyGbkBggbU8H3u5Rz56fH60jGFgr8uHwxs+aSKeqmluIVzM0m0kB7xQjKS6qPfd0b2ZoqQ==",
      license: "MIT",
      bin: {
        mustache: "bin/mustache"
      }
    },
    "node_modules/negotiator": {
      version: "0.6.2",
      integrity: "sha512-hZXc7K2e+PgeI1eDBe/10Ard4ekbfrrqG8Ep+8Jmf4JID2bNg7NvCPOZN+kfF574pFQI7mum2AUqDidoKqcTOw==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/nice-try": {
      version: "1.0.5",
      integrity: "sha512-1nh45deeb5olNY7eX82BkPO7SSxR5SSYJiPTrTdFUVYwAl8CKMA5N9PjTYkHiRjisVcxcQ1HXdLhx2qxxJzLNQ==",
      license: "MIT"
    },
    "node_modules/node-fetch": {
      version: "2.6.7",
      integrity: "sha512-ZjMPFEfVx5j+y2yF35Kzx5sF7kDzxuDj6ziH4FFbOp87zKDZNx8yExJIb05OGF4Nlt9IHFIMBkRl41VdvcNdbQ==",
      license: "MIT",
      dependencies: {
        "whatwg-url": "^5.0.0"
      },
      engines: {
        node: "4.x || >=6.0.0"
      },
      peerDependencies: {
        encoding: "^0.1.0"
      },
      peerDependenciesMeta: {
        encoding: {
          optional: true
        }
      }
    },
    "node_modules/node-notifier": {
      version: "10.0.1",
      integrity: "sha512-YX7TSyDukOZ0g+gmzjB6abKu+hTGvO8+8+gIFDsRCU2t8fLV/P2unmt+LGFaIa4y64aX98Qksa97rgz4vMNeLQ==",
      license: "MIT",
      dependencies: {
        growly: "^1.3.0",
        "is-wsl": "^2.2.0",
        semver: "^7.3.5",
        shellwords: "^0.1.1",
        uuid: "^8.3.2",
        which: "^2.0.2"
      }
    },
    "node_modules/node-notifier/node_modules/lru-cache": {
      version: "6.0.0",
      integrity: "sha512-Jo6dJ04CmSjuznwJSS3pUeWmd/H0ffTlkXXgwZi+eq1UCmqQwCh+eLsYOYCwY991i2Fah4h1BEMCx4qThGbsiA==",
      license: "ISC",
      dependencies: {
        yallist: "^4.0.0"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/node-notifier/node_modules/semver": {
      version: "7.3.5",
      integrity: "sha512-PoeGJYh8HK4BTO/a9Tf6ZG3veo/A7ZVsYrSA6J8ny9nb3B1VrpkuN+z9OE5wfE5p6H4LchYZsegiQgbJD94ZFQ==",
      license: "ISC",
      dependencies: {
        "lru-cache": "^6.0.0"
      },
      bin: {
        semver: "bin/semver.js"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/node-notifier/node_modules/uuid": {
      version: "8.3.2",
      integrity: "sha512-+NYs2QeMWy+GWFOEm9xnn6HCDp0l7QBD7ml8zLUmJ+93Q5NF0NocErnwkTkXVFNiX3/fpC6afS8Dhb/gz7R7eg==",
      license: "MIT",
      bin: {
        uuid: "dist/bin/uuid"
      }
    },
    "node_modules/node-notifier/node_modules/yallist": {
      version: "4.0.0",
      integrity: "sha512-3wdGidZyq5PB084XLES5TpOSRA3wjXAlIWMhum2kRcv/41Sn2emQ0dycQW4uZXLejwKvg6EsvbdlVL+FYEct7A==",
      license: "ISC"
    },
    "node_modules/node-releases": {
      version: "2.0.67",
      integrity: "sha512-qgSZT38oj+YV4qyFmdPQEGRFQRP1l8a0wccOECrcrdGl9KldZlCXrEz7uOviThiOWR1KyqiQYeLrf7M9xRi1bg==",
      license: "MIT",
      peer: true,
      engines: {
        node: ">=18"
      }
    },
    "node_modules/node-stream-zip": {
      version: "1.15.0",
      integrity: "sha512-LN4fydt9TqhZhThkZIVQnF9cwjU3qmUH9h78Mx/K7d3VvfRqqwthLwJEUOEL0QPZ0XQmNN7be5Ggit5+4dq3Bw==",
      license: "MIT",
      engines: {
        node: ">=0.12.0"
      },
      funding: {
        type: "github",
        url: "https://github.com/sponsors/antelle"
      }
    },
    "node_modules/normalize-package-data": {
      version: "2.5.0",
      integrity: "sha512-/5CMN3T0R4XTj4DcGaexo+roZSdSFW/0AOOTROrjxzCG1wrWXEsGbRKevjlIL+ZDE4sZlJr5ED4YW0yqmkK+eA==",
      license: "BSD-2-Clause",
      dependencies: {
        "hosted-git-info": "^2.1.4",
        resolve: "^1.10.0",
        semver: "2 || 3 || 4 || 5",
        "validate-npm-package-license": "^3.0.1"
      }
    },
    "node_modules/normalize-package-data/node_modules/semver": {
      version: "5.7.1",
      integrity: "sha512-sauaDf/PZdVgrLTNYHRtpXa1iRiKcaebiKQ1BJdpQlWH2lCvexQdX55snPFyK7QzpudqbCI0qXFfOasHdyNDGQ==",
      license: "ISC",
      bin: {
        semver: "bin/semver"
      }
    },
    "node_modules/normalize-path": {
      version: "3.0.0",
      integrity: "sha512-6eZs5Ls3WtCisHWp9S2GUy8dqkpGi4BVSz3GaqiE6ezub0512ESztXUwUB6C6IKbQkY2Pnb/mD4WYojCRwcwLA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/normalize-url": {
      version: "6.1.0",
      integrity: "sha512-DlL+XwOy3NxAQ8xuC0okPgK46iuVNAK01YN7RueYBqqFeGsBjV9XmCAzAdgt+667bCl5kPh9EqKKDwnaPG1I7A==",
      license: "MIT",
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/npm-conf": {
      version: "1.1.3",
      integrity: "sha512-Yic4bZHJOt9RCFbRP3GgpqhScOY4HH3V2P8yBj6CeYq118Qr+BLXqT2JvpJ00mryLESpgOxf5XlFv4ZjXxLScw==",
      license: "MIT",
      dependencies: {
        "config-chain": "^1.1.11",
        pify: "^3.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/npm-conf/node_modules/pify": {
      version: "3.0.0",
      integrity: "sha512-C3FsVNH1udSEX48gGX1xfvwTWfsYWj5U+8/uK15BGzIGrKoUpghX8hWZwa/OFnakBiiVNmBvemTJR5mcy7iPcg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/npm-run-path": {
      version: "4.0.1",
      integrity: "sha512-S48WzZW777zhNIrn7gxOlISNAqi9ZC/uQFnRdbeIHhZhCA6UqpkOT8T1G7BvfdgP4Er8gF4sUbaS0i7QvIfCWw==",
      license: "MIT",
      dependencies: {
        "path-key": "^3.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/nth-check": {
      version: "2.0.0",
      integrity: "sha512-i4sc/Kj8htBrAiH1viZ0TgU8Y5XqCaV/FziYK6TBczxmeKm3AEFWqqF3195yKudrarqy7Zu80Ra5dobFjn9X/Q==",
      license: "BSD-2-Clause",
      dependencies: {
        boolbase: "^1.0.0"
      },
      funding: {
        url: "https://github.com/fb55/nth-check?sponsor=1"
      }
    },
    "node_modules/oauth-sign": {
      version: "0.9.0",
      integrity: "sha512-fexhUFFPTGV8ybAtSIGbV6gOkSv8UtRbDBnAyLQw4QPKkgNlsH2ByPGtMUqdWkos6YCRmAqViwgZrJc/mRDzZQ==",
      license: "Apache-2.0",
      engines: {
        node: "*"
      }
    },
    "node_modules/object-assign": {
      version: "4.1.1",
      integrity: "sha512-rJgTQnkUnH1sFw8yT6VSU3zD3sWmu6sZhIseY8VX+GRu3P6F7Fu+JNDoXfklElbLJSnc3FUQHVe4cU5hj+BcUg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/on-finished": {
      version: "2.3.0",
      integrity: "sha512-ikqdkGAAyf/X/gPhXGvfgAytDZtDbr+bkNUJ0N9h5MI/dmdgCs3l6hoHrcUv41sRKew3jIwrp4qQDXiK99Utww==",
      license: "MIT",
      dependencies: {
        "ee-first": "1.1.1"
      },
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/on-headers": {
      version: "1.0.2",
      integrity: "sha512-pZAE+FJLoyITytdqK0U5s+FIpjN0JP3OzFi/u8Rx+EV5/W+JTWGXG8xFzevE7AjBfDqHv/8vL8qQsIhHnqRkrA==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/once": {
      version: "1.4.0",
      integrity: "sha512-lNaJgI+2Q5URQBkccEKHTQOPaXdUxnZZElQTZY0MFUAuaEqe1E+Nyvgdz/aIyNi6Z9MzO5dv1H8n58/GELp3+w==",
      license: "ISC",
      dependencies: {
        wrappy: "1"
      }
    },
    "node_modules/onetime": {
      version: "5.1.2",
      integrity: "sha512-kbpaSSGJTWdAY5KPVeMOKXSrPtr8C8C7wodJbcsd51jRnmD+GZu8Y0VoU6Dm5Z4vWr0Ig/1NKuWRKf7j5aaYSg==",
      license: "MIT",
      dependencies: {
        "mimic-fn": "^2.1.0"
      },
      engines: {
        node: ">=6"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/open": {
      version: "8.4.0",
      integrity: "sha512-XgFPPM+B28FtCCgSb9I+s9szOC1vZRSwgWsRUA5ylIxRTgKozqjOCrVOqGsYABPYK5qnfqClxZTFBa8PKt2v6Q==",
      license: "MIT",
      dependencies: {
        "define-lazy-prop": "^2.0.0",
        "is-docker": "^2.1.1",
        "is-wsl": "^2.2.0"
      },
      engines: {
        node: ">=12"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/opts": {
      version: "2.0.2",
      integrity: "sha512-k41FwbcLnlgnFh69f4qdUfvDQ+5vaSDnVPFI/y5XuhKRq97EnVVneO9F1ESVCdiVu4fCS2L8usX3mU331hB7pg==",
      license: "BSD-2-Clause"
    },
    "node_modules/ora": {
      version: "5.4.1",
      integrity: "sha512-5b6Y85tPxZZ7QytO+BQzysW31HJku27cRIlkbAXaNx+BdcVi+LlRFmVXzeF6a7JCwJpyw5c4b+YSVImQIrBpuQ==",
      license: "MIT",
      dependencies: {
        bl: "^4.1.0",
        chalk: "^4.1.0",
        "cli-cursor": "^3.1.0",
        "cli-spinners": "^2.5.0",
        "is-interactive": "^1.0.0",
        "is-unicode-supported": "^0.1.0",
        "log-symbols": "^4.1.0",
        "strip-ansi": "^6.0.0",
        wcwidth: "^1.0.1"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/ora/node_modules/ansi-regex": {
      version: "5.0.0",
      integrity: "sha512-bY6fj56OUQ0hU1KjFNDQuJFezqKdrAyFdIevADiqrWHwSlbmBNMHp5ak2f40Pm8JTFyM2mqxkG6ngkHO11f/lg==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/ora/node_modules/strip-ansi": {
      version: "6.0.0",
      integrity: "sha512-AuvKTrTfQNYNIctbR1K/YGTR1756GycPsg7b9bdV9Duqur4gv6aKqHXah67Z8ImS7WEz5QVcOtlfW2rZEugt6w==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^5.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/os-filter-obj": {
      version: "2.0.0",
      integrity: "sha512-uksVLsqG3pVdzzPvmAHpBK0wKxYItuzZr7SziusRPoz67tGV8rL1szZ6IdeUrbqLjGDwApBtN29eEE3IqGHOjg==",
      license: "MIT",
      dependencies: {
        arch: "^2.1.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/ow": {
      version: "0.17.0",
      integrity: "sha512-i3keDzDQP5lWIe4oODyDFey1qVrq2hXKTuTH2VpqwpYtzPiKZt2ziRI4NBQmgW40AnV5Euz17OyWweCb+bNEQA==",
      license: "MIT",
      dependencies: {
        "type-fest": "^0.11.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-cancelable": {
      version: "0.3.0",
      integrity: "sha512-RVbZPLso8+jFeq1MfNvgXtCRED2raz/dKpacfTNxsx6pLEpEomM7gah6VeHSYV3+vo0OAi4MkArtQcWWXuQoyw==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/p-event": {
      version: "1.3.0",
      integrity: "sha512-hV1zbA7gwqPVFcapfeATaNjQ3J0NuzorHPyG8GPL9g/Y/TplWVBVoCKCXL6Ej2zscrCEv195QNWJXuBH6XZuzA==",
      license: "MIT",
      dependencies: {
        "p-timeout": "^1.1.1"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/p-finally": {
      version: "1.0.0",
      integrity: "sha512-LICb2p9CB7FS+0eR1oqWnHhp0FljGLZCWBE9aix0Uye9W8LTQPwMTYVGWQWIw9RdQiDg4+epXQODwIYJtSJaow==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/p-is-promise": {
      version: "1.1.0",
      integrity: "sha512-zL7VE4JVS2IFSkR2GQKDSPEVxkoH43/p7oEnwpdCndKYJO0HVeRB7fA8TJwuLOTBREtK0ea8eHaxdwcpob5dmg==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/p-limit": {
      version: "2.3.0",
      integrity: "sha512-//88mFWSJx8lxCzwdAABTJL2MyWB12+eIY7MDL2SqLmAkeKU9qxRvWuSyTjm3FUmpBEMuFfckAIqEaVGUDxb6w==",
      license: "MIT",
      dependencies: {
        "p-try": "^2.0.0"
      },
      engines: {
        node: ">=6"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-locate": {
      version: "4.1.0",
      integrity: "sha512-R79ZZ/0wAxKGu3oYMlz8jy/kbhsNrS7SKZ7PxEHBgJ5+F2mtFW2fK2cOtBh1cHYkQsbzFV7I+EoRKe6Yt0oK7A==",
      license: "MIT",
      dependencies: {
        "p-limit": "^2.2.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/p-map-series": {
      version: "1.0.0",
      integrity: "sha512-4k9LlvY6Bo/1FcIdV33wqZQES0Py+iKISU9Uc8p8AjWoZPnFKMpVIVD3s0EYn4jzLh1I+WeUZkJ0Yoa4Qfw3Kg==",
      license: "MIT",
      dependencies: {
        "p-reduce": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/p-pipe": {
      version: "3.1.0",
      integrity: "sha512-08pj8ATpzMR0Y80x50yJHn37NF6vjrqHutASaX5LiH5npS9XPvrUmscd9MF5R4fuYRHOxQR1FfMIlF7AzwoPqw==",
      license: "MIT",
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-queue": {
      version: "6.6.2",
      integrity: "sha512-RwFpb72c/BhQLEXIZ5K2e+AhgNVmIejGlTgiB9MzZ0e93GRvqZ7uSi0dvRF7/XIXDeNkra2fNHBxTyPDGySpjQ==",
      license: "MIT",
      dependencies: {
        eventemitter3: "^4.0.4",
        "p-timeout": "^3.2.0"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/p-queue/node_modules/p-timeout": {
      version: "3.2.0",
      integrity: "sha512-rhIwUycgwwKcP9yTOOFK/AKsAopjjCakVqLHePO3CC6Mir1Z99xT+R63jZxAT5lFZLa2inS5h+ZS2GvR99/FBg==",
      license: "MIT",
      dependencies: {
        "p-finally": "^1.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/p-reduce": {
      version: "1.0.0",
      integrity: "sha512-3Tx1T3oM1xO/Y8Gj0sWyE78EIJZ+t+aEmXUdvQgvGmSMri7aPTHoovbXEreWKkL5j21Er60XAWLTzKbAKYOujQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/p-timeout": {
      version: "1.2.1",
      integrity: "sha512-gb0ryzr+K2qFqFv6qi3khoeqMZF/+ajxQipEF6NteZVnvz9tzdsfAVj3lYtn1gAXvH5lfLwfxEII799gt/mRIA==",
      license: "MIT",
      dependencies: {
        "p-finally": "^1.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/p-try": {
      version: "2.2.0",
      integrity: "sha512-R4nPAVTAU0B9D35/Gk3uJf/7XYbQcyohSKdvAxIRSNghFl4e71hVoGnBNQz9cWaXxO2I10KTC+3jMdvvoKw6dQ==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/package-json": {
      version: "6.5.0",
      integrity: "sha512-k3bdm2n25tkyxcjSKzB5x8kfVxlMdgsbPr0GkZcwHsLpba6cBjqCt1KlcChKEvxHIcTB1FVMuwoijZ26xex5MQ==",
      license: "MIT",
      dependencies: {
        got: "^9.6.0",
        "registry-auth-token": "^4.0.0",
        "registry-url": "^5.0.0",
        semver: "^6.2.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/package-json/node_modules/@sindresorhus/is": {
      version: "0.14.0",
      integrity: "sha512-9NET910DNaIPngYnLLPeg+Ogzqsi9uM4mSboU5y6p8S5DzMTVEsJZrawi+BoDNUVBa2DhJqQYUFvMDfgU062LQ==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/package-json/node_modules/cacheable-request": {
      version: "6.1.0",
      integrity: "sha512-Oj3cAGPCqOZX7Rz64Uny2GYAZNliQSqfbePrgAQ1wKAihYmCUnraBtJtKcGR4xz7wF+LoJC+ssFZvv5BgF9Igg==",
      license: "MIT",
      dependencies: {
        "clone-response": "^1.0.2",
        "get-stream": "^5.1.0",
        "http-cache-semantics": "^4.0.0",
        keyv: "^3.0.0",
        "lowercase-keys": "^2.0.0",
        "normalize-url": "^4.1.0",
        responselike: "^1.0.2"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/package-json/node_modules/cacheable-request/node_modules/get-stream": {
      version: "5.2.0",
      integrity: "sha512-nBF+F1rAZVCu/p7rjzgA+Yb4lfYXrpl7a6VmJrU8wF9I1CKvP/QwPNZHnOlwbTkY6dvtFIzFMSyQXbLoTQPRpA==",
      license: "MIT",
      dependencies: {
        pump: "^3.0.0"
      },
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/package-json/node_modules/cacheable-request/node_modules/lowercase-keys": {
      version: "2.0.0",
      integrity: "sha512-tqNXrS78oMOE73NMxK4EMLQsQowWf8jKooH9g7xPavRT706R6bkQJ6DY2Te7QukaZsulxa30wQ7bk0pm4XiHmA==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/package-json/node_modules/get-stream": {
      version: "4.1.0",
      integrity: "sha512-GMat4EJ5161kIy2HevLlr4luNjBgvmj413KaQA7jt4V8B4RDsfpHk7WQ9GVqfYyyx8OS/L66Kox+rJRNklLK7w==",
      license: "MIT",
      dependencies: {
        pump: "^3.0.0"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/package-json/node_modules/got": {
      version: "9.6.0",
      integrity: "sha512-R7eWptXuGYxwijs0eV+v3o6+XH1IqVK8dJOEecQfTmkncw9AV4dcw/Dhxi8MdlqPthxxpZyizMzyg8RTmEsG+Q==",
      license: "MIT",
      dependencies: {
        "@sindresorhus/is": "^0.14.0",
        "@szmarczak/http-timer": "^1.1.2",
        "cacheable-request": "^6.0.0",
        "decompress-response": "^3.3.0",
        duplexer3: "^0.1.4",
        "get-stream": "^4.1.0",
        "lowercase-keys": "^1.0.1",
        "mimic-response": "^1.0.1",
        "p-cancelable": "^1.0.0",
        "to-readable-stream": "^1.0.0",
        "url-parse-lax": "^3.0.0"
      },
      engines: {
        node: ">=8.6"
      }
    },
    "node_modules/package-json/node_modules/http-cache-semantics": {
      version: "4.1.0",
      integrity: "sha512-carPklcUh7ROWRK7Cv27RPtdhYhUsela/ue5/jKzjegVvXDqM2ILE9Q2BGn9JZJh1g87cp56su/FgQSzcWS8cQ==",
      license: "BSD-2-Clause"
    },
    "node_modules/package-json/node_modules/normalize-url": {
      version: "4.5.1",
      integrity: "sha512-9UZCFRHQdNrfTpGg8+1INIg93B6zE0aXMVFkw1WFwvO4SlZywU6aLg5Of0Ap/PgcbSw4LNxvMWXMeugwMCX0AA==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/package-json/node_modules/p-cancelable": {
      version: "1.1.0",
      integrity: "sha512-s73XxOZ4zpt1edZYZzvhqFa6uvQc1vwUa0K0BdtIZgQMAJj9IbebH+JkgKZc9h+B05PKHLOTl4ajG1BmNrVZlw==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/package-json/node_modules/prepend-http": {
      version: "2.0.0",
      integrity: "sha512-ravE6m9Atw9Z/jjttRUZ+clIXogdghyZAuWJ3qEzjT+jI/dL1ifAqhZeC5VHzQp1MSt1+jxKkFNemj/iO7tVUA==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/package-json/node_modules/url-parse-lax": {
      version: "3.0.0",
      integrity: "sha512-NjFKA0DidqPa5ciFcSrXnAltTtzz84ogy+NebPvfEgAck0+TNg4UJ4IN+fB7zRZfbgUf0syOo9MDxFkDSMuFaQ==",
      license: "MIT",
      dependencies: {
        "prepend-http": "^2.0.0"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/parse-json": {
      version: "2.2.0",
      integrity: "sha512-QR/GGaKCkhwk1ePQNYDRKYZ3mwU9ypsKhB0XyFnLQdomyEqk3e8wpW3V5Jp88zbxK4n5ST1nqo+g9juTpownhQ==",
      license: "MIT",
      dependencies: {
        "error-ex": "^1.2.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/parse5": {
      version: "6.0.1",
      integrity: "sha512-Ofn/CTFzRGTTxwpNEs9PP93gXShHcTq255nzRYSKe8AkVpZY7e1fpmTfOyoIvjP5HG7Z2ZM7VS9PPhQGW2pOpw==",
      license: "MIT"
    },
    "node_modules/parse5-htmlparser2-tree-adapter": {
      version: "6.0.1",
      integrity: "sha512-qPuWvbLgvDGilKc5BoicRovlT4MtYT6JfJyBOMDsKoiT+GiuP5qyrPCnR9HcPECIJJmZh5jRndyNThnhhb/vlA==",
      license: "MIT",
      dependencies: {
        parse5: "^6.0.1"
      }
    },
    "node_modules/parseurl": {
      version: "1.3.3",
      integrity: "sha512-CiyeOxFT/JZyN5m0z9PfXw4SCBJ6Sygz1Dpl0wqjlhDEGGBP1GnsUVEL0p63hoG1fcj3fHynXi9NYO4nWOL+qQ==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/path-exists": {
      version: "2.1.0",
      integrity: "sha512-yTltuKuhtNeFJKa1PiRzfLAU5182q1y4Eb4XCJ3PBqyzEDkAZRzBrKKBct682ls9reBVHf9udYLN5Nd+K1B9BQ==",
      license: "MIT",
      dependencies: {
        "pinkie-promise": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/path-is-absolute": {
      version: "1.0.1",
      integrity: "sha512-AVbw3UJ2e9bq64vSaS9Am0fje1Pa8pbGqTTsmXfaIiMpnr5DlDhfJOuLj9Sf95ZPVDAUerDfEk88MPmPe7UCQg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/path-key": {
      version: "3.1.1",
      integrity: "sha512-ojmeN0qd+y0jszEtoY48r0Peq5dwMEkIlCOu6Q5f41lfkswXuKtYrhgoTpLnyIcHm24Uhqx+5Tqm2InSwLhE6Q==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/path-parse": {
      version: "1.0.7",
      integrity: "sha512-LDJzPVEEEPR+y48z93A0Ed0yXb8pAByGWo/k5YYdYgpY2/2EsOsksJrq7lOHxryrVOn1ejG6oAp8ahvOIQD8sw==",
      license: "MIT"
    },
    "node_modules/path-to-regexp": {
      version: "0.1.7",
      integrity: "sha512-5DFkuoqlv1uYQKxy8omFBeJPQcdoE07Kv2sferDCrAq1ohOU+MSDswDIbnx3YAM60qIOnYa53wBhXW0EbMonrQ==",
      license: "MIT"
    },
    "node_modules/path-type": {
      version: "4.0.0",
      integrity: "sha512-gDKb8aZMDeD/tZWs9P6+q0J9Mwkdl6xMV8TjnGP3qJVJ06bdMgkbBlLU8IdfOsIsFz2BW1rNVT3XuNEl8zPAvw==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/pend": {
      version: "1.2.0",
      integrity: "sha512-F3asv42UuXchdzt+xXqfW1OGlVBe+mxa2mqI0pg5yAHZPvFmY3Y6drSf/GQ1A86WgWEN9Kzh/WrgKa6iGcHXLg==",
      license: "MIT"
    },
    "node_modules/performance-now": {
      version: "2.1.0",
      integrity: "sha512-7EAHlyLHI56VEIdK57uwHdHKIaAGbnXPiw0yWbarQZOKaKpvUIgW0jWRVLiatnM+XXlSwsanIBH/hzGMJulMow==",
      license: "MIT"
    },
    "node_modules/picocolors": {
      version: "1.1.1",
      integrity: "sha512-xceH2snhtb5M9liqDsmEw56le376mTZkEX/jEb/RxNFyegNul7eNslCXP9FDj/Lcu0X8KEyMceP2ntpaHrDEVA==",
      license: "ISC",
      peer: true
    },
    "node_modules/picomatch": {
      version: "2.2.3",
      integrity: "sha512-KpELjfwcCDUb9PeigTs2mBJzXUPzAuP2oPcA989He8Rte0+YUAjw1JVedDhuTKPkHjSYzMN3npC9luThGYEKdg==",
      license: "MIT",
      engines: {
        node: ">=8.6"
      },
      funding: {
        url: "https://github.com/sponsors/jonschlinkert"
      }
    },
    "node_modules/pify": {
      version: "2.3.0",
      integrity: "sha512-udgsAY+fTnvv7kI7aaxbqwWNb0AHiB0qBO89PZKPkoTmGOgdbrHDKD+0B2X4uTfJ/FT1R09r9gTsjUjNJotuog==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/pinkie": {
      version: "2.0.4",
      integrity: "sha512-MnUuEycAemtSaeFSjXKW/aroV7akBbY+Sv+RkyqFjgAe73F+MR0TBWKBRDkmfWq/HiFmdavfZ1G7h4SPZXaCSg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/pinkie-promise": {
      version: "2.0.1",
      integrity: "sha512-0Gni6D4UcLTbv9c57DfxDGdr41XfgUjqWZu492f0cIGr16zDU06BWP/RAEvOuo7CQ0CNjHaLlM59YJJFm3NWlw==",
      license: "MIT",
      dependencies: {
        pinkie: "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/pkg-dir": {
      version: "4.2.0",
      integrity: "sha512-HRDzbaKjC+AOWVXxAU/x54COGeIv9eb+6CkDSQoNTt4XyWoIJvuPsXizxu/Fr23EiekbtZwmh1IcIG/l/a10GQ==",
      license: "MIT",
      dependencies: {
        "find-up": "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/pkg-dir/node_modules/find-up": {
      version: "4.1.0",
      integrity: "sha512-PpOwAdQ/YlXQ2vj8a3h8IipDuYRi3wceVQQGYWxNINccq40Anw7BlsEXCMbt1Zt+OLA6Fq9suIpIWD0OsnISlw==",
      license: "MIT",
      dependencies: {
        "locate-path": "^5.0.0",
        "path-exists": "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/pkg-dir/node_modules/path-exists": {
      version: "4.0.0",
      integrity: "sha512-ak9Qy5Q7jYb2Wwcey5Fpvg2KoAc/ZIhLSLOSBmRmygPsGwkVVt0fZa0qrtMz+m6tJTAHfZQ8FnmB4MG4LWy7/w==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/pngquant-bin": {
      version: "6.0.0",
      integrity: "sha512-oXWAS9MQ9iiDAJRdAZ9KO1mC5UwhzKkJsmetiu0iqIjJuW7JsuLhmc4JdRm7uJkIWRzIAou/Vq2VcjfJwz30Ow==",
      hasInstallScript: true,
      license: "GPL-3.0+",
      dependencies: {
        "bin-build": "^3.0.0",
        "bin-wrapper": "^4.0.1",
        execa: "^4.0.0",
        logalot: "^2.0.0"
      },
      bin: {
        pngquant: "cli.js"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/prepend-http": {
      version: "1.0.4",
      integrity: "sha512-PhmXi5XmoyKw1Un4E+opM2KcsJInDvKyuOumcjjw3waw86ZNjHwVUOOWLc4bCzLdcKNaWBH9e99sbWzDQsVaYg==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/printj": {
      version: "1.1.2",
      integrity: "sha512-zA2SmoLaxZyArQTOPj5LXecR+RagfPSU5Kw1qP+jkWeNlrq+eJZyY2oS68SU1Z/7/myXM4lo9716laOFAVStCQ==",
      license: "Apache-2.0",
      bin: {
        printj: "bin/printj.njs"
      },
      engines: {
        node: ">=0.8"
      }
    },
    "node_modules/process-nextick-args": {
      version: "2.0.1",
      integrity: "sha512-3ouUOpQhtgrbOa17J7+uxOTpITYWaGP7/AhoR3+A+/1e9skrzelGi/dXzEYyvbxubEF6Wn2ypscTKiKJFFn1ag==",
      license: "MIT"
    },
    "node_modules/proto-list": {
      version: "1.2.4",
      integrity: "sha512-vtK/94akxsTMhe0/cbfpR+syPuszcuwhqVjJq26CuNDgFGj682oRBXOP5MJpv2r7JtE8MsiepGIqvvOTBwn2vA==",
      license: "ISC"
    },
    "node_modules/proxy-addr": {
      version: "2.0.7",
      integrity: "sha512-llQsMLSUDUPT44jdrU/O37qlnifitDP+ZwrmmZcoSKyLKvtZxpyV0n2/bD/N4tBAAZ/gJEdZU7KMraoK1+XYAg==",
      license: "MIT",
      dependencies: {
        forwarded: "0.2.0",
        "ipaddr.js": "1.9.1"
      },
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/pseudomap": {
      version: "1.0.2",
      integrity: "sha512-b/YwNhb8lk1Zz2+bXXpS/LK9OisiZZ1SNsSLxN1x2OXVEhW2Ckr/7mWE5vrC1ZTiJlD9g19jWszTmJsB+oEpFQ==",
      license: "ISC"
    },
    "node_modules/psl": {
      version: "1.8.0",
      integrity: "sha512-RIdOzyoavK+hA18OGGWDqUTsCLhtA7IcZ/6NCs4fFJaHBDab+pDDmDIByWFRQJq2Cd7r1OoQxBGKOaztq+hjIQ==",
      license: "MIT"
    },
    "node_modules/pump": {
      version: "3.0.0",
      integrity: "sha512-LwZy+p3SFs1Pytd/jYct4wpv49HiYCqd9Rlc5ZVdk0V+8Yzv6jR5Blk3TRmPL1ft69TxP0IMZGJ+WPFU2BFhww==",
      license: "MIT",
      dependencies: {
        "end-of-stream": "^1.1.0",
        once: "^1.3.1"
      }
    },
    "node_modules/punycode": {
      version: "2.1.1",
      integrity: "sha512-XRsRjdf+j5ml+y/6GKHPZbrF/8p2Yga0JPtdqTIY2Xe5ohJPD9saDJJLPvp9+NSBprVvevdXZybnj2cv8OEd0A==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/pupa": {
      version: "2.1.1",
      integrity: "sha512-l1jNAspIBSFqbT+y+5FosojNpVpF94nlI+wDUpqP9enwOTfHx9f0gh5nB96vl+6yTpsJsypeNrwfzPrKuHB41A==",
      license: "MIT",
      dependencies: {
        "escape-goat": "^2.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/qs": {
      version: "6.9.7",
      integrity: "sha512-IhMFgUmuNpyRfxA90umL7ByLlgRXu6tIfKPpF5TmcfRLlLCckfP/g3IQmju6jjpu+Hh8rA+2p6A27ZSPOOHdKw==",
      license: "BSD-3-Clause",
      engines: {
        node: ">=0.6"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/query-string": {
      version: "5.1.1",
      integrity: "sha512-gjWOsm2SoGlgLEdAGt7a6slVOk9mGiXmPFMqrEhLQ68rhQuBnpfs3+EmlvqKyxnCo9/PPlF+9MtY02S1aFg+Jw==",
      license: "MIT",
      dependencies: {
        "decode-uri-component": "^0.2.0",
        "object-assign": "^4.1.0",
        "strict-uri-encode": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/queue-microtask": {
      version: "1.2.3",
      integrity: "sha512-NuaNSa6flKT5JaSYQzJok04JzTL1CA6aGhv5rfLW3PgqA+M2ChpZQnAC8h8i4ZFkBS8X5RqkDBHA7r4hej3K9A==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "MIT"
    },
    "node_modules/range-parser": {
      version: "1.2.1",
      integrity: "sha512-Hrgsx+orqoygnmhFbKaHE6c296J+HTAQXoxEF6gNupROmmGJRoyzfG3ccAveqCBrwr/2yxQ5BVd/GTl5agOwSg==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/raw-body": {
      version: "2.4.3",
      integrity: "sha512-UlTNLIcu0uzb4D2f4WltY6cVjLi+/jEN4lgEUj3E04tpMDpUlkBo/eSn6zou9hum2VMNpCCUone0O0WeJim07g==",
      license: "MIT",
      dependencies: {
        bytes: "3.1.2",
        "http-errors": "1.8.1",
        "iconv-lite": "0.4.24",
        unpipe: "1.0.0"
      },
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/rc": {
      version: "1.2.8",
      integrity: "sha512-y3bGgqKj3QBdxLbLkomlohkvsA8gdAiUQlSBJnBhfn+BPxg4bc62d8TcBW15wavDfgexCgccckhcZvywyQYPOw==",
      license: "(BSD-2-Clause OR MIT OR Apache-2.0)",
      dependencies: {
        "deep-extend": "^0.6.0",
        ini: "~1.3.0",
        minimist: "^1.2.0",
        "strip-json-comments": "~2.0.1"
      },
      bin: {
        rc: "cli.js"
      }
    },
    "node_modules/read-pkg": {
      version: "1.1.0",
      integrity: "sha512-7BGwRHqt4s/uVbuyoeejRn4YmFnYZiFl4AuaeXHlgZf3sONF0SOGlxs2Pw8g6hCKupo08RafIO5YXFNOKTfwsQ==",
      license: "MIT",
      dependencies: {
        "load-json-file": "^1.0.0",
        "normalize-package-data": "^2.3.2",
        "path-type": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/read-pkg-up": {
      version: "1.0.1",
      integrity: "sha512-WD9MTlNtI55IwYUS27iHh9tK3YoIVhxis8yKhLpTqWtml739uXc9NWTpxoHkfZf3+DkCCsXox94/VWZniuZm6A==",
      license: "MIT",
      dependencies: {
        "find-up": "^1.0.0",
        "read-pkg": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/read-pkg/node_modules/path-type": {
      version: "1.1.0",
      integrity: "sha512-S4eENJz1pkiQn9Znv33Q+deTOKmbl+jj1Fl+qiP/vYezj+S8x+J3Uo0ISrx/QoEvIlOaDWJhPaRd1flJ9HXZqg==",
      license: "MIT",
      dependencies: {
        "graceful-fs": "^4.1.2",
        pify: "^2.0.0",
        "pinkie-promise": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/readable-stream": {
      version: "3.6.0",
      integrity: "sha512-BViHy7LKeTz4oNnkcLJ+lVSL6vpiFeX6/d3oSH8zCW7UxP2onchk+vTGB143xuFjHS3deTgkKoXXymXqymiIdA==",
      license: "MIT",
      dependencies: {
        inherits: "^2.0.3",
        string_decoder: "^1.1.1",
        "util-deprecate": "^1.0.1"
      },
      engines: {
        node: ">= 6"
      }
    },
    "node_modules/readdir-glob": {
      version: "1.1.1",
      integrity: "sha512-91/k1EzZwDx6HbERR+zucygRFfiPl2zkIYZtv3Jjr6Mn7SkKcVct8aVO+sSRiGMc6fLf72du3d92/uY63YPdEA==",
      license: "Apache-2.0",
      dependencies: {
        minimatch: "^3.0.4"
      }
    },
    "node_modules/readdirp": {
      version: "3.6.0",
      integrity: "sha512-hOS089on8RduqdbhvQ5Z37A0ESjsqz6qnRcffsMU3495FuTdqSm+7bhJ29JvIOsBDEEnan5DPu9t3To9VRlMzA==",
      license: "MIT",
      dependencies: {
        picomatch: "^2.2.1"
      },
      engines: {
        node: ">=8.10.0"
      }
    },
    "node_modules/rechoir": {
      version: "0.6.2",
      integrity: "sha512-HFM8rkZ+i3zrV+4LQjwQ0W+ez98pApMGM3HUrN04j3CqzPOzl9nmP15Y8YXNm8QHGv/eacOVEjqhmWpkRV0NAw==",
      dependencies: {
        resolve: "^1.1.6"
      },
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/redent": {
      version: "1.0.0",
      integrity: "sha512-qtW5hKzGQZqKoh6JNSD+4lfitfPKGz42e6QwiRmPM5mmKtR0N41AbJRYu0xJi7nhOJ4WDgRkKvAk6tw4WIwR4g==",
      license: "MIT",
      dependencies: {
        "indent-string": "^2.1.0",
        "strip-indent": "^1.0.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/registry-auth-token": {
      version: "4.2.1",
      integrity: "sha512-6gkSb4U6aWJB4SF2ZvLb76yCBjcvufXBqvvEx1HbmKPkutswjW1xNVRY0+daljIYRbogN7O0etYSlbiaEQyMyw==",
      license: "MIT",
      dependencies: {
        rc: "^1.2.8"
      },
      engines: {
        node: ">=6.0.0"
      }
    },
    "node_modules/registry-url": {
      version: "5.1.0",
      integrity: "sha512-8acYXXTI0AkQv6RAOjE3vOaIXZkT9wo4LOFbBKYQEEnnMNBpKqdUrI6S4NT0KPIo/WVvJ5tE/X5LF/TQUf0ekw==",
      license: "MIT",
      dependencies: {
        rc: "^1.2.8"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/remove-trailing-separator": {
      version: "1.1.0",
      integrity: "sha512-/hS+Y0u3aOfIETiaiirUFwDBDzmXPvO+jAfKTitUngIPzdKc6Z0LoFjM/CK5PL4C+eKwHohlHAb6H0VFfmmUsw==",
      license: "ISC"
    },
    "node_modules/repeating": {
      version: "2.0.1",
      integrity: "sha512-ZqtSMuVybkISo2OWvqvm7iHSWngvdaW3IpsT9/uP8v4gMi591LY6h35wdOfvQdWCKFWZWm2Y1Opp4kV7vQKT6A==",
      license: "MIT",
      dependencies: {
        "is-finite": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/replace-ext": {
      version: "1.0.1",
      integrity: "sha512-yD5BHCe7quCgBph4rMQ+0KkIRKwWCrHDOX1p1Gp6HwjPM5kVoCdKGNhN7ydqqsX6lJEnQDKZ/tFMiEdQ1dvPEw==",
      license: "MIT",
      engines: {
        node: ">= 0.10"
      }
    },
    "node_modules/request": {
      version: "2.88.2",
      integrity: "sha512-MsvtOrfG9ZcrOwAW+Qi+F6HbD0CWXEh9ou77uOb7FM2WPhwT7smM833PzanhJLsgXjN89Ir6V2PczXNnMpwKhw==",
      license: "Apache-2.0",
      dependencies: {
        "aws-sign2": "~0.7.0",
        aws4: "^1.8.0",
        caseless: "~0.12.0",
        "combined-stream": "~1.0.6",
        extend: "~3.0.2",
        "forever-agent": "~0.6.1",
        "form-data": "~2.3.2",
        "har-validator": "~5.1.3",
        "http-signature": "~1.2.0",
        "is-typedarray": "~1.0.0",
        isstream: "~0.1.2",
        "json-stringify-safe": "~5.0.1",
        "mime-types": "~2.1.19",
        "oauth-sign": "~0.9.0",
        "performance-now": "^2.1.0",
        qs: "~6.5.2",
        "safe-buffer": "^5.1.2",
        "tough-cookie": "~2.5.0",
        "tunnel-agent": "^0.6.0",
        uuid: "^3.3.2"
      },
      engines: {
        node: ">= 6"
      }
    },
    "node_modules/request-promise": {
      version: "4.2.6",
      integrity: "sha512-HCHI3DJJUakkOr8fNoCc73E5nU5bqITjOYFMDrKHYOXWXrgD/SBaC7LjwuPymUprRyuF06UK7hd/lMHkmUXglQ==",
      license: "ISC",
      dependencies: {
        bluebird: "^3.5.0",
        "request-promise-core": "1.1.4",
        "stealthy-require": "^1.1.1",
        "tough-cookie": "^2.3.3"
      },
      engines: {
        node: ">=0.10.0"
      },
      peerDependencies: {
        request: "^2.34"
      }
    },
    "node_modules/request-promise-core": {
      version: "1.1.4",
      integrity: "sha512-TTbAfBBRdWD7aNNOoVOBH4pN/KigV6LyapYNNlAPA8JwbovRti1E88m3sYAwsLi5ryhPKsE9APwnjFTgdUjTpw==",
      license: "ISC",
      dependencies: {
        lodash: "^4.17.19"
      },
      engines: {
        node: ">=0.10.0"
      },
      peerDependencies: {
        request: "^2.34"
      }
    },
    "node_modules/request/node_modules/qs": {
      version: "6.5.2",
      integrity: "sha512-N5ZAX4/LxJmF+7wN74pUD6qAh9/wnvdQcjq9TZjevvXzSUo7bfmw91saqMjzGS2xq91/odN2dW/WOl7qQHNDGA==",
      license: "BSD-3-Clause",
      engines: {
        node: ">=0.6"
      }
    },
    "node_modules/require-from-string": {
      version: "2.0.2",
      integrity: "sha512-Xf0nWe6RseziFMu+Ap9biiUbmplq6S9/p+7w7YXP/JBHhrUDDUhwa+vANyubuqfZWTveU//DYVGsDG7RKL/vEw==",
      license: "MIT",
      peer: true,
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/resolve": {
      version: "1.20.0",
      integrity: "sha512-wENBPt4ySzg4ybFQW2TT1zMQucPK95HSh/nq2CFTZVOGut2+pQvSsgtda4d26YrYcr067wjbmzOG8byDPBX63A==",
      license: "MIT",
      dependencies: {
        "is-core-module": "^2.2.0",
        "path-parse": "^1.0.6"
      },
      funding: {
        url: "https://github.com/sponsors/ljharb"
      }
    },
    "node_modules/resolve-cwd": {
      version: "3.0.0",
      integrity: "sha512-OrZaX2Mb+rJCpH/6CpSqt9xFVpN++x01XnN2ie9g6P5/3xelLAkXWVADpdz1IHD/KFfEXyE6V0U01OQ3UO2rEg==",
      license: "MIT",
      dependencies: {
        "resolve-from": "^5.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/resolve-from": {
      version: "5.0.0",
      integrity: "sha512-qYg9KP24dD5qka9J47d0aVky0N+b4fTU89LN9iDnjB5waksiC49rvMB0PrUJQGoTmH50XPiqOvAjDfaijGxYZw==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/responselike": {
      version: "1.0.2",
      integrity: "sha512-/Fpe5guzJk1gPqdJLJR5u7eG/gNY4nImjbRDaVWVMRhne55TCmj2i9Q+54PBRfatRC8v/rIiv9BN0pMd9OV5EQ==",
      license: "MIT",
      dependencies: {
        "lowercase-keys": "^1.0.0"
      }
    },
    "node_modules/restore-cursor": {
      version: "3.1.0",
      integrity: "sha512-l+sSefzHpj5qimhFSE5a8nufZYAM3sBSVMAPtYkmC+4EH2anSGaEMXSD0izRQbu9nfyQ9y5JrVmp7E8oZrUjvA==",
      license: "MIT",
      dependencies: {
        onetime: "^5.1.0",
        "signal-exit": "^3.0.2"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/reusify": {
      version: "1.0.4",
      integrity: "sha512-U9nH88a3fc/ekCF1l0/UP1IosiuIjyTh7hBvXVMHYgVcfGvt897Xguj2UOLDeI5BG2m7/uwyaLVT6fbtCwTyzw==",
      license: "MIT",
      engines: {
        iojs: ">=1.0.0",
        node: ">=0.10.0"
      }
    },
    "node_modules/run-parallel": {
      version: "1.2.0",
      integrity: "sha512-5l4VyZR86LZ/lDxZTR6jqL8AFE2S0IFLMP26AbjsLVADxHdhB/c0GUsH+y39UfCi3dzz8OlQuPmnaJOMoDHQBA==",
      funding: [
        {
          type: "github",
          url: "https://github.com/sponsors/feross"
        },
        {
          type: "patreon",
          url: "https://www.patreon.com/feross"
        },
        {
          type: "consulting",
          url: "https://feross.org/support"
        }
      ],
      license: "MIT",
      dependencies: {
        "queue-microtask": "^1.2.2"
      }
    },
    "node_modules/safe-buffer": {
      version: "5.1.2",
      integrity: "sha512-Gd2UZBJDkXlY7GbJxfsE8/nvKkUEU1G38c1siN6QP6a9PT9MmHB8GnpscSmMJSoF8LOIrt8ud/wPtojys4G6+g==",
      license: "MIT"
    },
    "node_modules/safer-buffer": {
      version: "2.1.2",
      integrity: "sha512-YZo3K82SD7Riyi0E1EQPojLz7kpepnSQI9IyPbHHg1XXXevb5dJI7tpyN2ADxGcQbHG7vcyRHk0cbwqcQriUtg==",
      license: "MIT"
    },
    "node_modules/sanitize-filename": {
      version: "1.6.3",
      integrity: "sha512-y/52Mcy7aw3gRm7IrcGDFx/bCk4AhRh2eI9luHOQM86nZsqwiRkkq2GekHXBBD+SmPidc8i2PqtYZl+pWJ8Oeg==",
      license: "WTFPL OR ISC",
      dependencies: {
        "truncate-utf8-bytes": "^1.0.0"
      }
    },
    "node_modules/schema-utils": {
      version: "4.8.5",
      integrity: "sha512-K1RRP7aTUAY2lGXNzPwjMK6AMMzbETdpF3pTPMEnH/RrpmPx6K1X47/gSebrV+1I9pRcgpwZwqpYBlyZAsliiw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@types/json-schema": "^7.0.15",
        ajv: "^8.20.0",
        "ajv-formats": "^3.0.1",
        "ajv-keywords": "^5.1.0"
      },
      bin: {
        "schema-utils": "bin/schema-utils.js"
      },
      engines: {
        node: ">= 10.13.0"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/webpack"
      },
      peerDependencies: {
        webpack: "^5.0.0"
      },
      peerDependenciesMeta: {
        webpack: {
          optional: true
        }
      }
    },
    "node_modules/schema-utils/node_modules/ajv": {
      version: "8.20.0",
      integrity: "sha512-Thbli+OlOj+iMPYFBVBfJ3OmCAnaSyNn4M1vz9T6Gka5Jt9ba/HIR56joy65tY6kx/FCF5VXNB819Y7/GUrBGA==",
      license: "MIT",
      peer: true,
      dependencies: {
        "fast-deep-equal": "^3.1.3",
        "fast-uri": "^3.0.1",
        "json-schema-traverse": "^1.0.0",
        "require-from-string": "^2.0.2"
      },
      funding: {
        type: "github",
        url: "https://github.com/sponsors/epoberezkin"
      }
    },
    "node_modules/schema-utils/node_modules/ajv-keywords": {
      version: "5.1.0",
      integrity: "sha512-YCS/JNFAUyr5vAuhk1DWm1CBxRHW9LbJ2ozWeemrIqpbsqKjHVxYPyi5GC0rjZIT5JxJ3virVTS8wk4i/Z+krw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "fast-deep-equal": "^3.1.3"
      },
      peerDependencies: {
        ajv: "^8.8.2"
      }
    },
    "node_modules/schema-utils/node_modules/json-schema-traverse": {
      version: "1.0.0",
      integrity: "sha512-NM8/P9n3XjXhIZn1lLhkFaACTOURQXjWhV4BA/RnOv8xvgqtqpAX9IO4mRQxSx1Rlo4tqzeqb0sOlruaOy3dug==",
      license: "MIT",
      peer: true
    },
    "node_modules/seek-bzip": {
      version: "1.0.6",
      integrity: "sha512-e1QtP3YL5tWww8uKaOCQ18UxIT2laNBXHjV/S2WYCiK4udiv8lkG89KRIoCjUagnAmCBurjF4zEVX2ByBbnCjQ==",
      license: "MIT",
      dependencies: {
        commander: "^2.8.1"
      },
      bin: {
        "seek-bunzip": "bin/seek-bunzip",
        "seek-table": "bin/seek-bzip-table"
      }
    },
    "node_modules/seek-bzip/node_modules/commander": {
      version: "2.20.3",
      integrity: "sha512-GpVkmM8vF2vQUkj2LvZmD35JxeJOLCwJ9cUkugyk2nuhbv3+mJvpLYYt+0+USMxE+oj+ey/lJEnhZw75x/OMcQ==",
      license: "MIT"
    },
    "node_modules/semver": {
      version: "6.3.0",
      integrity: "sha512-b39TBaTSfV6yBrapU89p5fKekE2m/NwnDocOVruQFS1/veMgdzuPcnOM34M6CwxW8jH/lxEa5rBoDeUwu5HHTw==",
      license: "ISC",
      bin: {
        semver: "bin/semver.js"
      }
    },
    "node_modules/semver-diff": {
      version: "3.1.1",
      integrity: "sha512-GX0Ix/CJcHyB8c4ykpHGIAvLyOwOobtM/8d+TQkAd81/bEjgPHrfba41Vpesr7jX/t8Uh+R3EX9eAS5be+jQYg==",
      license: "MIT",
      dependencies: {
        semver: "^6.3.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/semver-regex": {
      version: "2.0.0",
      integrity: "sha512-mUdIBBvdn0PLOeP3TEkMH7HHeUP3GjsXCwKarjv/kGmUFOYg1VqEemKhoQpWMu6X2I8kHeuVdGibLGkVK+/5Qw==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/semver-truncate": {
      version: "1.1.2",
      integrity: "sha512-V1fGg9i4CL3qesB6U0L6XAm4xOJiHmt4QAacazumuasc03BvtFGIMCduv01JWQ69Nv+JST9TqhSCiJoxoY031w==",
      license: "MIT",
      dependencies: {
        semver: "^5.3.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/semver-truncate/node_modules/semver": {
      version: "5.7.1",
      integrity: "sha512-sauaDf/PZdVgrLTNYHRtpXa1iRiKcaebiKQ1BJdpQlWH2lCvexQdX55snPFyK7QzpudqbCI0qXFfOasHdyNDGQ==",
      license: "ISC",
      bin: {
        semver: "bin/semver"
      }
    },
    "node_modules/send": {
      version: "0.17.2",
      integrity: "sha512-UJYB6wFSJE3G00nEivR5rgWp8c2xXvJ3OPWPhmuteU0IKj8nKbG3DrjiOmLwpnHGYWAVwA69zmTm++YG0Hmwww==",
      license: "MIT",
      dependencies: {
        debug: "2.6.9",
        depd: "~1.1.2",
        destroy: "~1.0.4",
        encodeurl: "~1.0.2",
        "escape-html": "~1.0.3",
        etag: "~1.8.1",
        fresh: "0.5.2",
        "http-errors": "1.8.1",
        mime: "1.6.0",
        ms: "2.1.3",
        "on-finished": "~2.3.0",
        "range-parser": "~1.2.1",
        statuses: "~1.5.0"
      },
      engines: {
        node: ">= 0.8.0"
      }
    },
    "node_modules/send/node_modules/ms": {
      version: "2.1.3",
      integrity: "sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==",
      license: "MIT"
    },
    "node_modules/serve-static": {
      version: "1.14.2",
      integrity: "sha512-+TMNA9AFxUEGuC0z2mevogSnn9MXKb4fa7ngeRMJaaGv8vTwnIEkKi+QGvPt33HSnf8pRS+WGM0EbMtCJLKMBQ==",
      license: "MIT",
      dependencies: {
        encodeurl: "~1.0.2",
        "escape-html": "~1.0.3",
        parseurl: "~1.3.3",
        send: "0.17.2"
      },
      engines: {
        node: ">= 0.8.0"
      }
    },
    "node_modules/setprototypeof": {
      version: "1.2.0",
      integrity: "sha512-E5LDX7Wrp85Kil5bhZv46j8jOeboKq5JMmYM3gVGdGH8xFpPWXUMsNrlODCrkoxMEeNi/XZIwuRvY4XNwYMJpw==",
      license: "ISC"
    },
    "node_modules/shallow-clone": {
      version: "3.0.1",
      integrity: "sha512-/6KqX+GVUdqPuPPd2LxDDxzX6CAbjJehAAOKlNpqqUpAqPM6HeL8f+o3a+JsyGjn2lv0WY8UsTgUJjU9Ok55NA==",
      license: "MIT",
      dependencies: {
        "kind-of": "^6.0.2"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/shebang-command": {
      version: "2.0.0",
      integrity: "sha512-kHxr2zZpYtdmrN1qDjrrX/Z1rR1kG8Dx+gkpK1G4eXmvXswmcE1hTWBWYUzlraYw1/yZp6YuDY77YtvbN0dmDA==",
      license: "MIT",
      dependencies: {
        "shebang-regex": "^3.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/shebang-regex": {
      version: "3.0.0",
      integrity: "sha512-7++dFhtcx3353uBaq8DDR4NuxBetBzC7ZQOhmTQInHEd6bSrXdiEyzCvG07Z44UYdLShWUyXt5M/yhz8ekcb1A==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/shelljs": {
      version: "0.8.5",
      integrity: "sha512-TiwcRcrkhHvbrZbnRcFYMLl30Dfov3HKqzp5tO5b4pt6G/SezKcYhmDg15zXVBswHmctSAQKznqNW2LO5tTDow==",
      license: "BSD-3-Clause",
      dependencies: {
        glob: "^7.0.0",
        interpret: "^1.0.0",
        rechoir: "^0.6.2"
      },
      bin: {
        shjs: "bin/shjs"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/shellwords": {
      version: "0.1.1",
      integrity: "sha512-vFwSUfQvqybiICwZY5+DAWIPLKsWO31Q91JSKl3UYv+K5c2QRPzn0qzec6QPu1Qc9eHYItiP3NdJqNVqetYAww==",
      license: "MIT"
    },
    "node_modules/signal-exit": {
      version: "3.0.3",
      integrity: "sha512-VUJ49FC8U1OxwZLxIbTTrDvLnf/6TDgxZcK8wxR8zs13xpx7xbG60ndBlhNrFi2EMuFRoeDoJO7wthSLq42EjA==",
      license: "ISC"
    },
    "node_modules/slash": {
      version: "3.0.0",
      integrity: "sha512-g9Q1haeby36OSStwb4ntCGGGaKsaVSjQ68fBxoQcutl5fS1vuY18H3wSt3jFyFtrkx+Kz0V1G85A4MyAdDMi2Q==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/sort-keys": {
      version: "1.1.2",
      integrity: "sha512-vzn8aSqKgytVik0iwdBEi+zevbTYZogewTUM6dtpmGwEcdzbub/TX4bCzRhebDCRC3QzXgJsLRKB2V/Oof7HXg==",
      license: "MIT",
      dependencies: {
        "is-plain-obj": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/sort-keys-length": {
      version: "1.0.1",
      integrity: "sha512-GRbEOUqCxemTAk/b32F2xa8wDTs+Z1QHOkbhJDQTvv/6G3ZkbJ+frYWsTcc7cBB3Fu4wy4XlLCuNtJuMn7Gsvw==",
      license: "MIT",
      dependencies: {
        "sort-keys": "^1.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/source-map": {
      version: "0.6.1",
      integrity: "sha512-UjgapumWlbMhkBgzT7Ykc5YXUT46F0iKu8SGXq0bcwP5dz/h0Plj6enJqjz1Zbq2l5WaqYnrVbwWOWMyF3F47g==",
      license: "BSD-3-Clause",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/source-map-support": {
      version: "0.5.21",
      integrity: "sha512-uBHU3L3czsIyYXKX88fdrGovxdSCoTGDRZ6SYXtSRxLZUzHg5P/66Ht6uoUlHu9EZod+inXhKo3qQgwXUT/y1w==",
      license: "MIT",
      dependencies: {
        "buffer-from": "^1.0.0",
        "source-map": "^0.6.0"
      }
    },
    "node_modules/spdx-correct": {
      version: "3.1.1",
      integrity: "sha512-cOYcUWwhCuHCXi49RhFRCyJEK3iPj1Ziz9DpViV3tbZOwXD49QzIN3MpOLJNxh2qwq2lJJZaKMVw9qNi4jTC0w==",
      license: "Apache-2.0",
      dependencies: {
        "spdx-expression-parse": "^3.0.0",
        "spdx-license-ids": "^3.0.0"
      }
    },
    "node_modules/spdx-exceptions": {
      version: "2.3.0",
      integrity: "sha512-/tTrYOC7PPI1nUAgx34hUpqXuyJG+DTHJTnIULG4rDygi4xu/tfgmq1e1cIRwRzwZgo4NLySi+ricLkZkw4i5A==",
      license: "CC-BY-3.0"
    },
    "node_modules/spdx-expression-parse": {
      version: "3.0.1",
      integrity: "sha512-cbqHunsQWnJNE6KhVSMsMeH5H/L9EpymbzqTQ3uLwNCLZ1Q481oWaofqH7nO6V07xlXwY6PhQdQ2IedWx/ZK4Q==",
      license: "MIT",
      dependencies: {
        "spdx-exceptions": "^2.1.0",
        "spdx-license-ids": "^3.0.0"
      }
    },
    "node_modules/spdx-license-ids": {
      version: "3.0.7",
      integrity: "sha512-U+MTEOO0AiDzxwFvoa4JVnMV6mZlJKk2sBLt90s7G0Gd0Mlknc7kxEn3nuDPNZRta7O2uy8oLcZLVT+4sqNZHQ==",
      license: "CC0-1.0"
    },
    "node_modules/squeak": {
      version: "1.3.0",
      integrity: "sha512-YQL1ulInM+ev8nXX7vfXsCsDh6IqXlrremc1hzi77776BtpWgYJUMto3UM05GSAaGzJgWekszjoKDrVNB5XG+A==",
      license: "MIT",
      dependencies: {
        chalk: "^1.0.0",
        "console-stream": "^0.1.1",
        "lpad-align": "^1.0.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/squeak/node_modules/ansi-styles": {
      version: "2.2.1",
      integrity: "sha512-kmCevFghRiWM7HB5zTPULl4r9bVFSWjz62MhqizDGUrq2NWuNMQyuv4tHHoKJHs69M/MF64lEcHdYIocrdWQYA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/squeak/node_modules/chalk": {
      version: "1.1.3",
      integrity: "sha512-U3lRVLMSlsCfjqYPbLyVv11M9CPW4I728d6TCKMAOJueEeB9/8o+eSsMnxPJD+Q+K909sdESg7C+tIkoH6on1A==",
      license: "MIT",
      dependencies: {
        "ansi-styles": "^2.2.1",
        "escape-string-regexp": "^1.0.2",
        "has-ansi": "^2.0.0",
        "strip-ansi": "^3.0.0",
        "supports-color": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/squeak/node_modules/supports-color": {
      version: "2.0.0",
      integrity: "sha512-KKNVtd6pCYgPIKU4cp2733HWYCpplQhddZLBUryaAHou723x+FRzQ5Df824Fj+IyyuiQTRoub4SnIFfIcrp70g==",
      license: "MIT",
      engines: {
        node: ">=0.8.0"
      }
    },
    "node_modules/srcset": {
      version: "2.0.1",
      integrity: "sha512-00kZI87TdRKwt+P8jj8UZxbfp7mK2ufxcIMWvhAOZNJTRROimpHeruWrGvCZneiuVDLqdyHefVp748ECTnyUBQ==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/sshpk": {
      version: "1.16.1",
      integrity: "sha512-HXXqVUq7+pcKeLqqZj6mHFUMvXtOJt1uoUx09pFW6011inTMxqI8BA8PM95myrIyyKwdnzjdFjLiE6KBPVtJIg==",
      license: "MIT",
      dependencies: {
        asn1: "~0.2.3",
        "assert-plus": "^1.0.0",
        "bcrypt-pbkdf": "^1.0.0",
        dashdash: "^1.12.0",
        "ecc-jsbn": "~0.1.1",
        getpass: "^0.1.1",
        jsbn: "~0.1.0",
        "safer-buffer": "^2.0.2",
        tweetnacl: "~0.14.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/statuses": {
      version: "1.5.0",
      integrity: "sha512-OpZ3zP+jT1PI7I8nemJX4AKmAX070ZkYPVWV/AaKTJl+tXCTGyVdC1a4SL8RUQYEwk/f34ZX8UTykN68FwrqAA==",
      license: "MIT",
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/stealthy-require": {
      version: "1.1.1",
      integrity: "sha512-ZnWpYnYugiOVEY5GkcuJK1io5V8QmNYChG62gSit9pQVGErXtrKuPC55ITaVSukmMta5qpMU7vqLt2Lnni4f/g==",
      license: "ISC",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/strict-uri-encode": {
      version: "1.1.0",
      integrity: "sha512-R3f198pcvnB+5IpnBlRkphuE9n46WyVl8I39W/ZUTZLz4nqSP/oLYUrcnJrw462Ds8he4YKMov2efsTIw1BDGQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/string_decoder": {
      version: "1.1.1",
      integrity: "sha512-n/ShnvDi6FHbbVfviro+WojiFzv+s8MPMHBczVePfUpDJLwoLT0ht1l4YwBCbi8pJAveEEdnkHyPyTP/mzRfwg==",
      license: "MIT",
      dependencies: {
        "safe-buffer": "~5.1.0"
      }
    },
    "node_modules/string-width": {
      version: "4.2.2",
      integrity: "sha512-XBJbT3N4JhVumXE0eoLU9DCjcaF92KLNqTmFCnG1pf8duUxFGwtP6AD6nkjw9a3IdiRtL3E2w3JDiE/xi3vOeA==",
      license: "MIT",
      dependencies: {
        "emoji-regex": "^8.0.0",
        "is-fullwidth-code-point": "^3.0.0",
        "strip-ansi": "^6.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/string-width/node_modules/ansi-regex": {
      version: "5.0.0",
      integrity: "sha512-bY6fj56OUQ0hU1KjFNDQuJFezqKdrAyFdIevADiqrWHwSlbmBNMHp5ak2f40Pm8JTFyM2mqxkG6ngkHO11f/lg==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/string-width/node_modules/emoji-regex": {
      version: "8.0.0",
      integrity: "sha512-MSjYzcWNOA0ewAHpz0MxpYFvwg6yjy1NG3xteoqz644VCo/RPgnr1/GGt+ic3iJTzQ8Eu3TdM14SawnVUmGE6A==",
      license: "MIT"
    },
    "node_modules/string-width/node_modules/is-fullwidth-code-point": {
      version: "3.0.0",
      integrity: "sha512-zymm5+u+sCsSWyD9qNaejV3DFvhCKclKdizYaJUuHA83RLjb7nSuGnddCHGv0hk+KY7BMAlsWeK4Ueg6EV6XQg==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/string-width/node_modules/strip-ansi": {
      version: "6.0.0",
      integrity: "sha512-AuvKTrTfQNYNIctbR1K/YGTR1756GycPsg7b9bdV9Duqur4gv6aKqHXah67Z8ImS7WEz5QVcOtlfW2rZEugt6w==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^5.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/strip-ansi": {
      version: "3.0.1",
      integrity: "sha512-VhumSSbBqDTP8p2ZLKj40UjBCV4+v8bUSEpUb4KjRgWk9pbqGF4REFj6KEagidb2f/M6AzC0EmFyDNGaw9OCzg==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^2.0.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/strip-bom": {
      version: "2.0.0",
      integrity: "sha512-kwrX1y7czp1E69n2ajbG65mIo9dqvJ+8aBQXOGVxqwvNbsXdFM6Lq37dLAY3mknUwru8CfcCbfOLL/gMo+fi3g==",
      license: "MIT",
      dependencies: {
        "is-utf8": "^0.2.0"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/strip-dirs": {
      version: "2.1.0",
      integrity: "sha512-JOCxOeKLm2CAS73y/U4ZeZPTkE+gNVCzKt7Eox84Iej1LT/2pTWYpZKJuxwQpvX1LiZb1xokNR7RLfuBAa7T3g==",
      license: "MIT",
      dependencies: {
        "is-natural-number": "^4.0.1"
      }
    },
    "node_modules/strip-eof": {
      version: "1.0.0",
      integrity: "sha512-7FCwGGmx8mD5xQd3RPUvnSpUXHM3BWuzjtpD4TXsfcZ9EL4azvVVUscFYwD9nx8Kh+uCBC00XBtAykoMHwTh8Q==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/strip-final-newline": {
      version: "2.0.0",
      integrity: "sha512-BrpvfNAE3dcvq7ll3xVumzjKjZQ5tI1sEUIKr3Uoks0XUl45St3FlatVqef9prk4jRDzhW6WZg+3bk93y6pLjA==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/strip-indent": {
      version: "1.0.1",
      integrity: "sha512-I5iQq6aFMM62fBEAIB/hXzwJD6EEZ0xEGCX2t7oXqaKPIRgt4WruAQ285BISgdkP+HLGWyeGmNJcpIwFeRYRUA==",
      license: "MIT",
      dependencies: {
        "get-stdin": "^4.0.1"
      },
      bin: {
        "strip-indent": "cli.js"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/strip-json-comments": {
      version: "2.0.1",
      integrity: "sha512-4gB8na07fecVVkOI6Rs4e7T6NOTki5EmL7TUduTs6bu3EdnSycntVJ4re8kgZA+wx9IueI2Y11bfbgwtzuE0KQ==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/strip-outer": {
      version: "1.0.1",
      integrity: "sha512-k55yxKHwaXnpYGsOzg4Vl8+tDrWylxDEpknGjhTiZB8dFRU5rTo9CAzeycivxV3s+zlTKwrs6WxMxR95n26kwg==",
      license: "MIT",
      dependencies: {
        "escape-string-regexp": "^1.0.2"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/supports-color": {
      version: "7.2.0",
      integrity: "sha512-qpCAvRl9stuOHveKsn7HncJRvv501qIacKzQlO/+Lwxc9+0q2wLyv4Dfvt80/DPn2pqOBsJdDiogXGR9+OvwRw==",
      license: "MIT",
      dependencies: {
        "has-flag": "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/tapable": {
      version: "2.3.6",
      integrity: "sha512-PLvwBVHOkT+I3o03s88ZTNf9xid1+7kS5qGKxIXUsC8iEfpmvRYCzptLiajDcpbS8tVmMUlAFQk9NdgF1UUQWA==",
      license: "MIT",
      peer: true,
      engines: {
        node: ">=6"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/webpack"
      }
    },
    "node_modules/tar-stream": {
      version: "2.2.0",
      integrity: "sha512-ujeqbceABgwMZxEJnk2HDY2DlnUZ+9oEcb1KzTVfYHio0UE6dG71n60d8D2I4qNvleWrrXpmjpt7vZeF1LnMZQ==",
      license: "MIT",
      dependencies: {
        bl: "^4.0.3",
        "end-of-stream": "^1.4.1",
        "fs-constants": "^1.0.0",
        inherits: "^2.0.3",
        "readable-stream": "^3.1.1"
      },
      engines: {
        node: ">=6"
      }
    },
    "node_modules/temp-dir": {
      version: "1.0.0",
      integrity: "sha512-xZFXEGbG7SNC3itwBzI3RYjq/cEhBkx2hJuKGIUOcEULmkQExXiHat2z/qkISYsuR+IKumhEfKKbV5qXmhICFQ==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/tempfile": {
      version: "2.0.0",
      integrity: "sha512-ZOn6nJUgvgC09+doCEF3oB+r3ag7kUvlsXEGX069QRD60p+P3uP7XG9N2/at+EyIRGSN//ZY3LyEotA1YpmjuA==",
      license: "MIT",
      dependencies: {
        "temp-dir": "^1.0.0",
        uuid: "^3.0.1"
      },
      engines: {
        node: ">=4"
      }
    },
    "node_modules/terser": {
      version: "5.51.4",
      integrity: "sha512-VPi1CkDvCWLGUVIToctNBG+NdHbSXwOPjHJnQ3pdB0XknaldnI76wSkAFOGxV2ZdkzOP5d6gpQ5c58XvDghRvw==",
      license: "BSD-2-Clause",
      dependencies: {
        "@jridgewell/source-map": "^0.3.3",
        acorn: "^8.15.0",
        commander: "^2.20.0",
        "source-map-support": "~0.5.20"
      },
      bin: {
        terser: "bin/terser"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/terser/node_modules/commander": {
      version: "2.20.3",
      integrity: "sha512-GpVkmM8vF2vQUkj2LvZmD35JxeJOLCwJ9cUkugyk2nuhbv3+mJvpLYYt+0+USMxE+oj+ey/lJEnhZw75x/OMcQ==",
      license: "MIT"
    },
    "node_modules/through": {
      version: "2.3.8",
      integrity: "sha512-w89qg7PI8wAdvX60bMDP+bFoD5Dvhm9oLheFp5O4a2QF0cSBGsBX4qZmadPMvVqlLJBBci+WqGGOAPvcDeNSVg==",
      license: "MIT"
    },
    "node_modules/timed-out": {
      version: "4.0.1",
      integrity: "sha512-G7r3AhovYtr5YKOWQkta8RKAPb+J9IsO4uVmzjl8AZwfhs8UcUwTiD6gcJYSgOtzyjvQKrKYn41syHbUWMkafA==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/to-buffer": {
      version: "1.1.1",
      integrity: "sha512-lx9B5iv7msuFYE3dytT+KE5tap+rNYw+K4jVkb9R/asAb+pbBSM17jtunHplhBe6RRJdZx3Pn2Jph24O32mOVg==",
      license: "MIT"
    },
    "node_modules/to-readable-stream": {
      version: "1.0.0",
      integrity: "sha512-Iq25XBt6zD5npPhlLVXGFN3/gyR2/qODcKNNyTMd4vbm39HUaOiAM4PMq0eMVC/Tkxz+Zjdsc55g9yyz+Yq00Q==",
      license: "MIT",
      engines: {
        node: ">=6"
      }
    },
    "node_modules/to-regex-range": {
      version: "5.0.1",
      integrity: "sha512-65P7iz6X5yEr1cwcgvQxbbIw7Uk3gOy5dIdtZ4rDveLqhrdJP+Li/Hx6tyK0NEb+2GCyneCMJiGqrADCSNk8sQ==",
      license: "MIT",
      dependencies: {
        "is-number": "^7.0.0"
      },
      engines: {
        node: ">=8.0"
      }
    },
    "node_modules/toidentifier": {
      version: "1.0.1",
      integrity: "sha512-o5sSPKEkg/DIQNmH43V0/uerLrpzVedkUh8tGNvaeXpfpuwjKenlSox/2O/BTlZUtEe+JG7s5YhEz608PlAHRA==",
      license: "MIT",
      engines: {
        node: ">=0.6"
      }
    },
    "node_modules/tough-cookie": {
      version: "2.5.0",
      integrity: "sha512-nlLsUzgm1kfLXSXfRZMc1KLAugd4hqJHDTvc2hDIwS3mZAfMEuMbc03SujMF+GEcpaX/qboeycw6iO8JwVv2+g==",
      license: "BSD-3-Clause",
      dependencies: {
        psl: "^1.1.28",
        punycode: "^2.1.1"
      },
      engines: {
        node: ">=0.8"
      }
    },
    "node_modules/tr46": {
      version: "0.0.3",
      integrity: "sha512-N3WMsuqV66lT30CrXNbEjx4GEwlow3v6rr4mCcv6prnfwhS01rkgyFdjPNBYd9br7LpXV1+Emh01fHnq2Gdgrw==",
      license: "MIT"
    },
    "node_modules/trim-newlines": {
      version: "1.0.0",
      integrity: "sha512-Nm4cF79FhSTzrLKGDMi3I4utBtFv8qKy4sq1enftf2gMdpqI8oVQTAfySkTz5r49giVzDj88SVZXP4CeYQwjaw==",
      license: "MIT",
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/trim-repeated": {
      version: "1.0.0",
      integrity: "sha512-pkonvlKk8/ZuR0D5tLW8ljt5I8kmxp2XKymhepUeOdCEfKpZaktSArkLHZt76OB1ZvO9bssUsDty4SWhLvZpLg==",
      license: "MIT",
      dependencies: {
        "escape-string-regexp": "^1.0.2"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/truncate-utf8-bytes": {
      version: "1.0.2",
      integrity: "sha512-95Pu1QXQvruGEhv62XCMO3Mm90GscOCClvrIUwCM0PYOXK3kaF3l3sIHxx71ThJfcbM2O5Au6SO3AWCSEfW4mQ==",
      license: "WTFPL",
      dependencies: {
        "utf8-byte-length": "^1.0.1"
      }
    },
    "node_modules/tslib": {
      version: "2.3.0",
      integrity: "sha512-N82ooyxVNm6h1riLCoyS9e3fuJ3AMG2zIZs2Gd1ATcSFjSA23Q0fzjjZeh0jbJvWVDZ0cJT8yaNNaaXHzueNjg==",
      license: "0BSD"
    },
    "node_modules/tunnel-agent": {
      version: "0.6.0",
      integrity: "sha512-McnNiV1l8RYeY8tBgEpuodCC1mLUdbSN+CYBL7kJsJNInOP8UjDDEwdk6Mw60vdLLrr5NHKZhMAOSrR2NZuQ+w==",
      license: "Apache-2.0",
      dependencies: {
        "safe-buffer": "^5.0.1"
      },
      engines: {
        node: "*"
      }
    },
    "node_modules/tweetnacl": {
      version: "0.14.5",
      integrity: "sha512-KXXFFdAbFXY4geFIwoyNK+f5Z1b7swfXABfL7HXCmoIWMKU3dmS26672A4EeQtDzLKy7SXmfBu51JolvEKwtGA==",
      license: "Unlicense"
    },
    "node_modules/type-fest": {
      version: "0.11.0",
      integrity: "sha512-OdjXJxnCN1AvyLSzeKIgXTXxV+99ZuXl3Hpo9XpJAv9MBcHrrJOQ5kV7ypXOuQie+AmWG25hLbiKdwYTifzcfQ==",
      license: "(MIT OR CC0-1.0)",
      engines: {
        node: ">=8"
      },
      funding: {
        url: "https://github.com/sponsors/sindresorhus"
      }
    },
    "node_modules/type-is": {
      version: "1.6.18",
      integrity: "sha512-TkRKr9sUTxEH8MdfuCSP7VizJyzRNMjj2J2do2Jr3Kym598JVdEksuzPQCnlFPW4ky9Q+iA+ma9BGm06XQBy8g==",
      license: "MIT",
      dependencies: {
        "media-typer": "0.3.0",
        "mime-types": "~2.1.24"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/typedarray-to-buffer": {
      version: "3.1.5",
      integrity: "sha512-zdu8XMNEDepKKR+XYOXAVPtWui0ly0NtohUscw+UmaHiAWT8hrV1rr//H6V+0DvJ3OQ19S979M0laLfX8rm82Q==",
      license: "MIT",
      dependencies: {
        "is-typedarray": "^1.0.0"
      }
    },
    "node_modules/unbzip2-stream": {
      version: "1.4.3",
      integrity: "sha512-mlExGW4w71ebDJviH16lQLtZS32VKqsSfk80GCfUlwT/4/hNRFsoscrF/c++9xinkMzECL1uL9DDwXqFWkruPg==",
      license: "MIT",
      dependencies: {
        buffer: "^5.2.1",
        through: "^2.3.8"
      }
    },
    "node_modules/unique-string": {
      version: "2.0.0",
      integrity: "sha512-uNaeirEPvpZWSgzwsPGtU2zVSTrn/8L5q/IexZmH0eH6SA73CmAA5U4GwORTxQAZs95TAXLNqeLoPPNO5gZfWg==",
      license: "MIT",
      dependencies: {
        "crypto-random-string": "^2.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/universalify": {
      version: "2.0.0",
      integrity: "sha512-hAZsKq7Yy11Zu1DE0OzWjw7nnLZmJZYTDZZyEFHZdUhV8FkH5MCfoU1XMaxXovpyW5nq5scPqq0ZDP9Zyl04oQ==",
      license: "MIT",
      engines: {
        node: ">= 10.0.0"
      }
    },
    "node_modules/unpipe": {
      version: "1.0.0",
      integrity: "sha512-pjy2bYhSsufwWlKwPc+l3cN7+wuJlK6uz0YdJEOlQDbl6jo/YlPi4mb8agUkVC8BF7V8NuzeyPNqRksA3hztKQ==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/update-browserslist-db": {
      version: "1.4.0",
      integrity: "sha512-WPJuOnjI9FWDct4fB+ej4Mz8opLaw5CDcZ2t44tFZ0vIQVYWzBhWR3mkixuUj/A7+vY4V9+ApOZ2YYLwdgq46w==",
      funding: [
        {
          type: "opencollective",
          url: "https://opencollective.com/browserslist"
        },
        {
          type: "tidelift",
          url: "https://tidelift.com/funding/github/npm/browserslist"
        },
        {
          type: "github",
          url: "https://github.com/sponsors/ai"
        }
      ],
      license: "MIT",
      peer: true,
      dependencies: {
        escalade: "^3.2.0",
        picocolors: "^1.1.1"
      },
      bin: {
        "update-browserslist-db": "cli.js"
      },
      peerDependencies: {
        browserslist: ">= 4.21.0"
      }
    },
    "node_modules/update-notifier": {
      version: "5.1.0",
      integrity: "sha512-ItnICHbeMh9GqUy31hFPrD1kcuZ3rpxDZbf4KUDavXwS0bW5m7SLbDQpGX3UYr072cbrF5hFUs3r5tUsPwjfHw==",
      license: "BSD-2-Clause",
      dependencies: {
        boxen: "^5.0.0",
        chalk: "^4.1.0",
        configstore: "^5.0.1",
        "has-yarn": "^2.1.0",
        "import-lazy": "^2.1.0",
        "is-ci": "^2.0.0",
        "is-installed-globally": "^0.4.0",
        "is-npm": "^5.0.0",
        "is-yarn-global": "^0.3.0",
        "latest-version": "^5.1.0",
        pupa: "^2.1.1",
        semver: "^7.3.4",
        "semver-diff": "^3.1.1",
        "xdg-basedir": "^4.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/yeoman/update-notifier?sponsor=1"
      }
    },
    "node_modules/update-notifier/node_modules/import-lazy": {
      version: "2.1.0",
      integrity: "sha512-m7ZEHgtw69qOGw+jwxXkHlrlIPdTGkyh66zXZ1ajZbxkDBNjSY/LGbmjc7h0s2ELsUDTAhFr55TrPSSqJGPG0A==",
      license: "MIT",
      engines: {
        node: ">=4"
      }
    },
    "node_modules/update-notifier/node_modules/lru-cache": {
      version: "6.0.0",
      integrity: "sha512-Jo6dJ04CmSjuznwJSS3pUeWmd/H0ffTlkXXgwZi+eq1UCmqQwCh+eLsYOYCwY991i2Fah4h1BEMCx4qThGbsiA==",
      license: "ISC",
      dependencies: {
        yallist: "^4.0.0"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/update-notifier/node_modules/semver": {
      version: "7.3.5",
      integrity: "sha512-PoeGJYh8HK4BTO/a9Tf6ZG3veo/A7ZVsYrSA6J8ny9nb3B1VrpkuN+z9OE5wfE5p6H4LchYZsegiQgbJD94ZFQ==",
      license: "ISC",
      dependencies: {
        "lru-cache": "^6.0.0"
      },
      bin: {
        semver: "bin/semver.js"
      },
      engines: {
        node: ">=10"
      }
    },
    "node_modules/update-notifier/node_modules/yallist": {
      version: "4.0.0",
      integrity: "sha512-3wdGidZyq5PB084XLES5TpOSRA3wjXAlIWMhum2kRcv/41Sn2emQ0dycQW4uZXLejwKvg6EsvbdlVL+FYEct7A==",
      license: "ISC"
    },
    "node_modules/uri-js": {
      version: "4.4.1",
      integrity: "sha512-7rKUyy33Q1yc98pQ1DAmLtwX109F7TIfWlW1Ydo8Wl1ii1SeHieeh0HHfPeL2fMXK6z0s8ecKs9frCuLJvndBg==",
      license: "BSD-2-Clause",
      dependencies: {
        punycode: "^2.1.0"
      }
    },
    "node_modules/url-parse-lax": {
      version: "1.0.0",
      integrity: "sha512-BVA4lR5PIviy2PMseNd2jbFQ+jwSwQGdJejf5ctd1rEXt0Ypd7yanUK9+lYechVlN5VaTJGsu2U/3MDDu6KgBA==",
      license: "MIT",
      dependencies: {
        "prepend-http": "^1.0.1"
      },
      engines: {
        node: ">=0.10.0"
      }
    },
    "node_modules/url-to-options": {
      version: "1.0.1",
      integrity: "sha512-0kQLIzG4fdk/G5NONku64rSH/x32NOA39LVQqlK8Le6lvTF6GGRJpqaQFGgU+CLwySIqBSMdwYM0sYcW9f6P4A==",
      license: "MIT",
      engines: {
        node: ">= 4"
      }
    },
    "node_modules/utf8-byte-length": {
      version: "1.0.4",
      integrity: "sha512-4+wkEYLBbWxqTahEsWrhxepcoVOJ+1z5PGIjPZxRkytcdSUaNjIjBM7Xn8E+pdSuV7SzvWovBFA54FO0JSoqhA==",
      license: "WTFPL"
    },
    "node_modules/util-deprecate": {
      version: "1.0.2",
      integrity: "sha512-EPD5q1uXyFxJpCrLnCc1nHnq3gOa6DZBocAIiI2TaSCA7VCJ1UJDMagCzIkXNsUYfD1daK//LTEQ8xiIbrHtcw==",
      license: "MIT"
    },
    "node_modules/utils-merge": {
      version: "1.0.1",
      integrity: "sha512-pMZTvIkT1d+TFGvDOqodOclx0QWkkgi6Tdoa8gC8ffGAAqz9pzPTZWAybbsHHoED/ztMtkv/VoYTYyShUn81hA==",
      license: "MIT",
      engines: {
        node: ">= 0.4.0"
      }
    },
    "node_modules/uuid": {
      version: "3.4.0",
      integrity: "sha512-HjSDRw6gZE5JMggctHBcjVak08+KEVhSIiDzFnT9S9aegmp85S/bReBVTb4QTFaRNptJ9kuYaNhnbNEOkbKb/A==",
      license: "MIT",
      bin: {
        uuid: "bin/uuid"
      }
    },
    "node_modules/valid-url": {
      version: "1.0.9",
      integrity: "sha512-QQDsV8OnSf5Uc30CKSwG9lnhMPe6exHtTXLRYX8uMwKENy640pU+2BgBL0LRbDh/eYRahNCS7aewCx0wf3NYVA=="
    },
    "node_modules/validate-npm-package-license": {
      version: "3.0.4",
      integrity: "sha512-DpKm2Ui/xN7/HQKCtpZxoRWBhZ9Z0kqtygG8XCgNQ8ZlDnxuQmWhj566j8fN4Cu3/JmbhsDo7fcAJq4s9h27Ew==",
      license: "Apache-2.0",
      dependencies: {
        "spdx-correct": "^3.0.0",
        "spdx-expression-parse": "^3.0.0"
      }
    },
    "node_modules/vary": {
      version: "1.1.2",
      integrity: "sha512-BNGbWLfd0eUPabhkXUVm0j8uuvREyTh5ovRa/dyow/BqAbZJyC+5fU+IzQOzmAKzYqYRAISoRhdQr3eIZ/PXqg==",
      license: "MIT",
      engines: {
        node: ">= 0.8"
      }
    },
    "node_modules/verror": {
      version: "1.10.0",
      integrity: "sha512-ZZKSmDAEFOijERBLkmYfJ+vmk3w+7hOLYDNkRCuRuMJGEmqYNCNLyBBFwWKVMhfwaEF3WOd0Zlw86U/WC/+nYw==",
      engines: [
        "node >=0.6.0"
      ],
      license: "MIT",
      dependencies: {
        "assert-plus": "^1.0.0",
        "core-util-is": "1.0.2",
        extsprintf: "^1.2.0"
      }
    },
    "node_modules/walkdir": {
      version: "0.0.11",
      integrity: "sha512-lMFYXGpf7eg+RInVL021ZbJJT4hqsvsBvq5sZBp874jfhs3IWlA7OPoG0ojQrYcXHuUSi+Nqp6qGN+pPGaMgPQ==",
      license: "MIT",
      engines: {
        node: ">=0.6.0"
      }
    },
    "node_modules/watchpack": {
      version: "2.6.4",
      integrity: "sha512-5H3Tce2GfzWbcr9VnSqyak2whFaONw4BdmI5BDnMXold4qSlCFd64XaMQESRh2vkDKmdUkv6rUo17UvZ9f9nXw==",
      license: "MIT",
      peer: true,
      dependencies: {
        "graceful-fs": "^4.1.2"
      },
      engines: {
        node: ">=10.13.0"
      }
    },
    "node_modules/wcwidth": {
      version: "1.0.1",
      integrity: "sha512-XHPEwS0q6TaxcvG85+8EYkbiCux2XtWG2mkc47Ng2A77BQu9+DqIOJldST4HgPkuea7dvKSj5VgX3P1d4rW8Tg==",
      license: "MIT",
      dependencies: {
        defaults: "^1.0.3"
      }
    },
    "node_modules/webidl-conversions": {
      version: "3.0.1",
      integrity: "sha512-2JAn3z8AR6rjK8Sm8orRC0h/bcl/DqL7tRPdGZ4I1CjdF+EaMLmYxBHyXuKL849eucPFhvBoxMsflfOb8kxaeQ==",
      license: "BSD-2-Clause"
    },
    "node_modules/webpack": {
      version: "5.113.0",
      integrity: "sha512-q54iF0LNaAAdLEt3al9qMXC2zARvcx7LVKjHp+ExjCRkGx0M8TmawGHAXykXwofWzxhNzPTAh3kLVXvNg0El4A==",
      license: "MIT",
      peer: true,
      dependencies: {
        "@types/estree": "^1.0.8",
        "@types/json-schema": "^7.0.15",
        "@webassemblyjs/ast": "^1.14.1",
        "@webassemblyjs/wasm-edit": "^1.14.1",
        "@webassemblyjs/wasm-parser": "^1.14.1",
        browserslist: "^4.28.1",
        "chrome-trace-event": "^1.0.2",
        "enhanced-resolve": "^5.27.0",
        events: "^3.2.0",
        "graceful-fs": "^4.2.11",
        "mime-db": "^1.54.0",
        "minimizer-webpack-plugin": "^5.14.0",
        "schema-utils": "^4.8.2",
        tapable: "^2.3.4",
        watchpack: "^2.6.4",
        "webpack-sources": "^3.7.1"
      },
      bin: {
        webpack: "bin/webpack.js"
      },
      engines: {
        node: ">=10.13.0"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/webpack"
      },
      peerDependenciesMeta: {
        "webpack-cli": {
          optional: true
        }
      }
    },
    "node_modules/webpack-cli": {
      version: "6.0.1",
      integrity: "sha512-MfwFQ6SfwinsUVi0rNJm7rHZ31GyTcpVE5pgVA3hwFRb7COD4TzjUUwhGWKfO50+xdc2MQPuEBBJoqIMGt3JDw==",
      license: "MIT",
      dependencies: {
        "@discoveryjs/json-ext": "^0.6.1",
        "@webpack-cli/configtest": "^3.0.1",
        "@webpack-cli/info": "^3.0.1",
        "@webpack-cli/serve": "^3.0.1",
        colorette: "^2.0.14",
        commander: "^12.1.0",
        "cross-spawn": "^7.0.3",
        envinfo: "^7.14.0",
        "fastest-levenshtein": "^1.0.12",
        "import-local": "^3.0.2",
        interpret: "^3.1.1",
        rechoir: "^0.8.0",
        "webpack-merge": "^6.0.1"
      },
      bin: {
        "webpack-cli": "bin/cli.js"
      },
      engines: {
        node: ">=18.12.0"
      },
      funding: {
        type: "opencollective",
        url: "https://opencollective.com/webpack"
      },
      peerDependencies: {
        webpack: "^5.82.0"
      },
      peerDependenciesMeta: {
        "webpack-bundle-analyzer": {
          optional: true
        },
        "webpack-dev-server": {
          optional: true
        }
      }
    },
    "node_modules/webpack-cli/node_modules/commander": {
      version: "12.1.0",
      integrity: "sha512-Vw8qHK3bZM9y/P10u3Vib8o/DdkvA2OtPtZvD871QKjy74Wj1WSKFILMPRPSdUSx5RFK1arlJzEtA4PkFgnbuA==",
      license: "MIT",
      engines: {
        node: ">=18"
      }
    },
    "node_modules/webpack-cli/node_modules/interpret": {
      version: "3.1.1",
      integrity: "sha512-6xwYfHbajpoF0xLW+iwLkhwgvLoZDfjYfoFNu8ftMoXINzwuymNLd9u/KmwtdT2GbR+/Cz66otEGEVVUHX9QLQ==",
      license: "MIT",
      engines: {
        node: ">=10.13.0"
      }
    },
    "node_modules/webpack-cli/node_modules/rechoir": {
      version: "0.8.0",
      integrity: "sha512-/vxpCXddiX8NGfGO/mTafwjq4aFa/71pvamip0++IQk3zG8cbCj0fifNPrjjF1XMXUne91jL9OoxmdykoEtifQ==",
      license: "MIT",
      dependencies: {
        resolve: "^1.20.0"
      },
      engines: {
        node: ">= 10.13.0"
      }
    },
    "node_modules/webpack-merge": {
      version: "6.0.1",
      integrity: "sha512-hXXvrjtx2PLYx4qruKl+kyRSLc52V+cCvMxRjmKwoA+CBbbF5GfIBtR6kCvl0fYGqTUPKB+1ktVmTHqMOzgCBg==",
      license: "MIT",
      dependencies: {
        "clone-deep": "^4.0.1",
        flat: "^5.0.2",
        wildcard: "^2.0.1"
      },
      engines: {
        node: ">=18.0.0"
      }
    },
    "node_modules/webpack-sources": {
      version: "3.7.1",
      integrity: "sha512-mcxs7A2LsEdwsNqQburqS4QHPR2Ca3NGplUakn6J5GPQvnVZ4oD4IM4FJcT3f8AVN2e2EsjuIVxKj4rorHvyuQ==",
      license: "MIT",
      peer: true,
      engines: {
        node: ">=10.13.0"
      }
    },
    "node_modules/website-scraper": {
      version: "4.2.3",
      integrity: "sha512-Pqrirzwt02NtaTFkBulF3fGSvPGOAVpdwPFHzoh49gFjU2GgaEgoW8WMlhPbzRcQkd6+XmsU+LZeW9SiluDHkA==",
      license: "MIT",
      dependencies: {
        bluebird: "^3.0.1",
        cheerio: "0.22.0",
        "css-url-parser": "^1.0.0",
        debug: "^4.0.1",
        "fs-extra": "^8.0.1",
        he: "^1.1.0",
        lodash: "^4.17.20",
        "normalize-url": "^4.0.0",
        "p-queue": "^6.6.1",
        request: "^2.85.0",
        "sanitize-filename": "^1.6.3",
        srcset: "^2.0.0"
      }
    },
    "node_modules/website-scraper-existing-directory": {
      version: "0.1.0",
      integrity: "sha512-78VNoIB6fw3dpPhyQtY27RIdgwnCZsAXGINbZZ6MAHHAdBlQPcHT5C3UjHU8zPx8mx7G2odp2O7SoPO9HklkKg==",
      license: "MIT",
      dependencies: {
        "fs-extra": "^7.0.1"
      },
      peerDependencies: {
        "website-scraper": "^4.0.0"
      }
    },
    "node_modules/website-scraper-existing-directory/node_modules/fs-extra": {
      version: "7.0.1",
      integrity: "sha512-YJDaCJZEnBmcbw13fvdAM9AwNOJwOzrE4pqMqBq5nFiEqXUqHwlK4B+3pUw6JNvfSPtX05xFHtYy/1ni01eGCw==",
      license: "MIT",
      dependencies: {
        "graceful-fs": "^4.1.2",
        jsonfile: "^4.0.0",
        universalify: "^0.1.0"
      },
      engines: {
        node: ">=6 <7 || >=8"
      }
    },
    "node_modules/website-scraper-existing-directory/node_modules/jsonfile": {
      version: "4.0.0",
      integrity: "sha512-m6F1R3z8jjlf2imQHS2Qez5sjKWQzbuuhuJ/FKYFRZvPE3PuHcSMVZzfsLhGVOkfd20obL5SWEBew5ShlquNxg==",
      license: "MIT",
      optionalDependencies: {
        "graceful-fs": "^4.1.6"
      }
    },
    "node_modules/website-scraper-existing-directory/node_modules/universalify": {
      version: "0.1.2",
      integrity: "sha512-rBJeI5CXAlmy1pV+617WB9J63U6XcazHHF2f2dbJix4XzpUF0RS3Zbj0FGIOCAva5P/d/GBOYaACQ1w+0azUkg==",
      license: "MIT",
      engines: {
        node: ">= 4.0.0"
      }
    },
    "node_modules/website-scraper/node_modules/cheerio": {
      version: "0.22.0",
      integrity: "sha512-8/MzidM6G/TgRelkzDG13y3Y9LxBjCb+8yOEZ9+wwq5gVF2w2pV0wmHvjfT0RvuxGyR7UEuK36r+yYMbT4uKgA==",
      license: "MIT",
      dependencies: {
        "css-select": "~1.2.0",
        "dom-serializer": "~0.1.0",
        entities: "~1.1.1",
        htmlparser2: "^3.9.1",
        "lodash.assignin": "^4.0.9",
        "lodash.bind": "^4.1.4",
        "lodash.defaults": "^4.0.1",
        "lodash.filter": "^4.4.0",
        "lodash.flatten": "^4.2.0",
        "lodash.foreach": "^4.3.0",
        "lodash.map": "^4.4.0",
        "lodash.merge": "^4.4.0",
        "lodash.pick": "^4.2.1",
        "lodash.reduce": "^4.4.0",
        "lodash.reject": "^4.4.0",
        "lodash.some": "^4.4.0"
      },
      engines: {
        node: ">= 0.6"
      }
    },
    "node_modules/website-scraper/node_modules/css-select": {
      version: "1.2.0",
      integrity: "sha512-dUQOBoqdR7QwV90WysXPLXG5LO7nhYBgiWVfxF80DKPF8zx1t/pUd2FYy73emg3zrjtM6dzmYgbHKfV2rxiHQA==",
      license: "BSD-like",
      dependencies: {
        boolbase: "~1.0.0",
        "css-what": "2.1",
        domutils: "1.5.1",
        "nth-check": "~1.0.1"
      }
    },
    "node_modules/website-scraper/node_modules/css-what": {
      version: "2.1.3",
      integrity: "sha512-a+EPoD+uZiNfh+5fxw2nO9QwFa6nJe2Or35fGY6Ipw1R3R4AGz1d1TEZrCegvw2YTmZ0jXirGYlzxxpYSHwpEg==",
      license: "BSD-2-Clause",
      engines: {
        node: "*"
      }
    },
    "node_modules/website-scraper/node_modules/debug": {
      version: "4.3.1",
      integrity: "sha512-doEwdvm4PCeK4K3RQN2ZC2BYUBaxwLARCqZmMjtF8a51J2Rb0xpVloFRnCODwqjpwnAoao4pelN8l3RJdv3gRQ==",
      license: "MIT",
      dependencies: {
        ms: "2.1.2"
      },
      engines: {
        node: ">=6.0"
      },
      peerDependenciesMeta: {
        "supports-color": {
          optional: true
        }
      }
    },
    "node_modules/website-scraper/node_modules/dom-serializer": {
      version: "0.1.1",
      integrity: "sha512-l0IU0pPzLWSHBcieZbpOKgkIn3ts3vAh7ZuFyXNwJxJXk/c4Gwj9xaTJwIDVQCXawWD0qb3IzMGH5rglQaO0XA==",
      license: "MIT",
      dependencies: {
        domelementtype: "^1.3.0",
        entities: "^1.1.1"
      }
    },
    "node_modules/website-scraper/node_modules/domelementtype": {
      version: "1.3.1",
      integrity: "sha512-BSKB+TSpMpFI/HOxCNr1O8aMOTZ8hT3pM3GQ0w/mWRmkhEDSFJkkyzz4XQsBV44BChwGkrDfMyjVD0eA2aFV3w==",
      license: "BSD-2-Clause"
    },
    "node_modules/website-scraper/node_modules/domhandler": {
      version: "2.4.2",
      integrity: "sha512-JiK04h0Ht5u/80fdLMCEmV4zkNh2BcoMFBmZ/91WtYZ8qVXSKjiw7fXMgFPnHcSZgOo3XdinHvmnDUeMf5R4wA==",
      license: "BSD-2-Clause",
      dependencies: {
        domelementtype: "1"
      }
    },
    "node_modules/website-scraper/node_modules/domutils": {
      version: "1.5.1",
      integrity: "sha512-gSu5Oi/I+3wDENBsOWBiRK1eoGxcywYSqg3rR960/+EfY0CF4EX1VPkgHOZ3WiS/Jg2DtliF6BhWcHlfpYUcGw==",
      dependencies: {
        "dom-serializer": "0",
        domelementtype: "1"
      }
    },
    "node_modules/website-scraper/node_modules/entities": {
      version: "1.1.2",
      integrity: "sha512-f2LZMYl1Fzu7YSBKg+RoROelpOaNrcGmE9AZubeDfrCEia483oW4MI4VyFd5VNHIgQ/7qm1I0wUHK1eJnn2y2w==",
      license: "BSD-2-Clause"
    },
    "node_modules/website-scraper/node_modules/fs-extra": {
      version: "8.1.0",
      integrity: "sha512-yhlQgA6mnOJUKOsRUFsgJdQCvkKhcz8tlZG5HBQfReYZy46OwLcY+Zia0mtdHsOo9y/hP+CxMN0TU9QxoOtG4g==",
      license: "MIT",
      dependencies: {
        "graceful-fs": "^4.2.0",
        jsonfile: "^4.0.0",
        universalify: "^0.1.0"
      },
      engines: {
        node: ">=6 <7 || >=8"
      }
    },
    "node_modules/website-scraper/node_modules/htmlparser2": {
      version: "3.10.1",
      integrity: "sha512-IgieNijUMbkDovyoKObU1DUhm1iwNYE/fuifEoEHfd1oZKZDaONBSkal7Y01shxsM49R4XaMdGez3WnF9UfiCQ==",
      license: "MIT",
      dependencies: {
        domelementtype: "^1.3.1",
        domhandler: "^2.3.0",
        domutils: "^1.5.1",
        entities: "^1.1.1",
        inherits: "^2.0.1",
        "readable-stream": "^3.1.1"
      }
    },
    "node_modules/website-scraper/node_modules/jsonfile": {
      version: "4.0.0",
      integrity: "sha512-m6F1R3z8jjlf2imQHS2Qez5sjKWQzbuuhuJ/FKYFRZvPE3PuHcSMVZzfsLhGVOkfd20obL5SWEBew5ShlquNxg==",
      license: "MIT",
      optionalDependencies: {
        "graceful-fs": "^4.1.6"
      }
    },
    "node_modules/website-scraper/node_modules/ms": {
      version: "2.1.2",
      integrity: "sha512-sGkPx+VjMtmA6MX27oA4FBFELFCZZ4S4XqeGOXCv68tT+jb3vk/RyaKWP0PTKyWtmLSM0b+adUTEvbs1PEaH2w==",
      license: "MIT"
    },
    "node_modules/website-scraper/node_modules/normalize-url": {
      version: "4.5.1",
      integrity: "sha512-9UZCFRHQdNrfTpGg8+1INIg93B6zE0aXMVFkw1WFwvO4SlZywU6aLg5Of0Ap/PgcbSw4LNxvMWXMeugwMCX0AA==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/website-scraper/node_modules/nth-check": {
      version: "1.0.2",
      integrity: "sha512-WeBOdju8SnzPN5vTUJYxYUxLeXpCaVP5i5e0LF8fg7WORF2Wd7wFX/pk0tYZk7s8T+J7VLy0Da6J1+wCT0AtHg==",
      license: "BSD-2-Clause",
      dependencies: {
        boolbase: "~1.0.0"
      }
    },
    "node_modules/website-scraper/node_modules/universalify": {
      version: "0.1.2",
      integrity: "sha512-rBJeI5CXAlmy1pV+617WB9J63U6XcazHHF2f2dbJix4XzpUF0RS3Zbj0FGIOCAva5P/d/GBOYaACQ1w+0azUkg==",
      license: "MIT",
      engines: {
        node: ">= 4.0.0"
      }
    },
    "node_modules/whatwg-url": {
      version: "5.0.0",
      integrity: "sha512-saE57nupxk6v3HY35+jzBwYa0rKSy0XR8JSxZPwgLr7ys0IBzhGviA1/TUGJLmSVqs8pb9AnvICXEuOHLprYTw==",
      license: "MIT",
      dependencies: {
        tr46: "~0.0.3",
        "webidl-conversions": "^3.0.0"
      }
    },
    "node_modules/which": {
      version: "2.0.2",
      integrity: "sha512-BLI3Tl1TW3Pvl70l3yq3Y64i+awpwXqsGBYWkkqMtnbXgrMD+yj7rhW0kuEDxzJaYXGjEW5ogapKNMEKNMjibA==",
      license: "ISC",
      dependencies: {
        isexe: "^2.0.0"
      },
      bin: {
        "node-which": "bin/node-which"
      },
      engines: {
        node: ">= 8"
      }
    },
    "node_modules/widest-line": {
      version: "3.1.0",
      integrity: "sha512-NsmoXalsWVDMGupxZ5R08ka9flZjjiLvHVAWYOKtiKM8ujtZWr9cRffak+uSE48+Ob8ObalXpwyeUiyDD6QFgg==",
      license: "MIT",
      dependencies: {
        "string-width": "^4.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/wildcard": {
      version: "2.0.1",
      integrity: "sha512-CC1bOL87PIWSBhDcTrdeLo6eGT7mCFtrg0uIJtqJUFyK+eJnzl8A1niH56uu7KMa5XFrtiV+AQuHO3n7DsHnLQ==",
      license: "MIT"
    },
    "node_modules/wrap-ansi": {
      version: "7.0.0",
      integrity: "sha512-YVGIj2kamLSTxw6NsZjoBxfSwsn0ycdesmc4p+Q21c5zPuZ1pl+NfxVdxPtdHvmNVOQ6XSYG4AUtyt/Fi7D16Q==",
      license: "MIT",
      dependencies: {
        "ansi-styles": "^4.0.0",
        "string-width": "^4.1.0",
        "strip-ansi": "^6.0.0"
      },
      engines: {
        node: ">=10"
      },
      funding: {
        url: "https://github.com/chalk/wrap-ansi?sponsor=1"
      }
    },
    "node_modules/wrap-ansi/node_modules/ansi-regex": {
      version: "5.0.0",
      integrity: "sha512-bY6fj56OUQ0hU1KjFNDQuJFezqKdrAyFdIevADiqrWHwSlbmBNMHp5ak2f40Pm8JTFyM2mqxkG6ngkHO11f/lg==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/wrap-ansi/node_modules/strip-ansi": {
      version: "6.0.0",
      integrity: "sha512-AuvKTrTfQNYNIctbR1K/YGTR1756GycPsg7b9bdV9Duqur4gv6aKqHXah67Z8ImS7WEz5QVcOtlfW2rZEugt6w==",
      license: "MIT",
      dependencies: {
        "ansi-regex": "^5.0.0"
      },
      engines: {
        node: ">=8"
      }
    },
    "node_modules/wrappy": {
      version: "1.0.2",
      integrity: "sha512-l4Sp/DRseor9wL6EvV2+TuQn63dMkPjZ/sp9XkghTEbV9KlPS1xUsZ3u7/IQO4wxtcFB4bgpQPRcR3QCvezPcQ==",
      license: "ISC"
    },
    "node_modules/write-file-atomic": {
      version: "3.0.3",
      integrity: "sha512-AvHcyZ5JnSfq3ioSyjrBkH9yW4m7Ayk8/9My/DD9onKeu/94fwrMocemO2QAJFAlnnDN+ZDS+ZjAR5ua1/PV/Q==",
      license: "ISC",
      dependencies: {
        imurmurhash: "^0.1.4",
        "is-typedarray": "^1.0.0",
        "signal-exit": "^3.0.2",
        "typedarray-to-buffer": "^3.1.5"
      }
    },
    "node_modules/ws": {
      version: "7.4.6",
      integrity: "sha512-YmhHDO4MzaDLB+M9ym/mDA5z0naX8j7SIlT8f8z+I0VtzsRbekxEutHSme7NPS2qE8StCYQNUnfWdXta/Yu85A==",
      license: "MIT",
      engines: {
        node: ">=8.3.0"
      },
      peerDependencies: {
        bufferutil: "^4.0.1",
        "utf-8-validate": "^5.0.2"
      },
      peerDependenciesMeta: {
        bufferutil: {
          optional: true
        },
        "utf-8-validate": {
          optional: true
        }
      }
    },
    "node_modules/xdg-basedir": {
      version: "4.0.0",
      integrity: "sha512-PSNhEJDejZYV7h50BohL09Er9VaIefr2LMAf3OEmpCkjOi34eYyQYAXUTjEQtZJTKcF0E2UKTh+osDLsgNim9Q==",
      license: "MIT",
      engines: {
        node: ">=8"
      }
    },
    "node_modules/xtend": {
      version: "4.0.2",
      integrity: "sha512-LKYU1iAXJXUgAXn9URjiu+MWhyUXHsvfp7mcuYm9dSUKK0/CjtrUwFAxD82/mCWbtLsGjFIad0wIsod4zrTAEQ==",
      license: "MIT",
      engines: {
        node: ">=0.4"
      }
    },
    "node_modules/yallist": {
      version: "2.1.2",
      integrity: "sha512-ncTzHV7NvsQZkYe1DW7cbDLm0YpzHmZF5r/iyP3ZnQtMiJ+pjzisCiMNI+Sj+xQF5pXhSHxSB3uDbsBTzY/c2A==",
      license: "ISC"
    },
    "node_modules/yauzl": {
      version: "2.10.0",
      integrity: "sha512-p4a9I6X6nu6IhoGmBqAcbJy1mlC4j27vEPZX9F4L4/vZT3Lyq1VkFHw/V/PUcB9Buo+DG3iHkT0x3Qya58zc3g==",
      license: "MIT",
      dependencies: {
        "buffer-crc32": "~0.2.3",
        "fd-slicer": "~1.1.0"
      }
    },
    "node_modules/zip-stream": {
      version: "4.1.0",
      integrity: "sha512-zshzwQW7gG7hjpBlgeQP9RuyPGNxvJdzR8SUM3QhxCnLjWN2E7j3dOvpeDcQoETfHx0urRS7EtmVToql7YpU4A==",
      license: "MIT",
      dependencies: {
        "archiver-utils": "^2.1.0",
        "compress-commons": "^4.1.0",
        "readable-stream": "^3.6.0"
      },
      engines: {
        node: ">= 10"
      }
    }
  }
};

// src/platforms/locks/@upsun/cli-linux-x64@5.11.1/package-lock.json
var package_lock_default3 = {
  name: "site-backup-cli",
  lockfileVersion: 3,
  requires: true,
  packages: {
    "": {
      name: "site-backup-cli",
      dependencies: {
        "@upsun/cli-linux-x64": "5.11.1"
      }
    },
    "node_modules/@upsun/cli-linux-x64": {
      version: "5.11.1",
      integrity: "sha512-I/+Vit/F3pd04vbYNLltceu0Ejuy0dqQ3Zz1AZGXWtxSOhRKi60H8qbAlg7fK1WnhHCLhgQAnHtIXlP9/nTQ3w==",
      cpu: [
        "x64"
      ],
      license: "MIT",
      os: [
        "linux"
      ]
    }
  }
};

// src/platforms/locks/index.ts
var NPM_LOCKS = {
  "@platformos/pos-cli@6.4.0": package_lock_default,
  "@siteglide/siteglide-cli@1.10.3": package_lock_default2,
  "@upsun/cli-linux-x64@5.11.1": package_lock_default3
};
var PIP_REQUIREMENTS = {};

// src/platforms/install.ts
var VERSION_RE = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$/;
var LAYOUT = "v2";
function installedBin(spec, dir) {
  if (spec.method.kind === "npm") {
    return spec.binPath ? [path4.join(dir, "node_modules", spec.method.package, spec.binPath)] : [path4.join(dir, "node_modules", ".bin", spec.bin)];
  }
  return [path4.join(dir, "bin", spec.bin)];
}
async function findInstalled(spec, dir, custom) {
  const candidates = custom ? [
    path4.join(dir, "bin", spec.bin),
    path4.join(dir, "node_modules", ".bin", spec.bin),
    path4.join(dir, spec.bin),
    ...installedBin(spec, dir)
  ] : installedBin(spec, dir);
  for (const p of candidates) if (await isExecutable(p)) return p;
  return void 0;
}
function pinsFor(spec, version) {
  const m2 = spec.method;
  if (m2.kind === "npm") {
    const lock = m2.locks?.[version] ?? NPM_LOCKS[`${m2.package}@${version}`];
    if (!lock) return void 0;
    if (lock.packages[""]?.dependencies?.[m2.package] !== version)
      throw new Error(`internal: the lock for ${m2.package}@${version} does not depend on exactly that version`);
    return { kind: "npm-lock", lock };
  }
  const requirements = m2.requirements?.[version] ?? PIP_REQUIREMENTS[`${m2.package}==${version}`];
  return requirements ? { kind: "pip-hashes", requirements } : void 0;
}
function pinsDigest(pins) {
  if (!pins) return "";
  const text = pins.kind === "npm-lock" ? JSON.stringify(pins.lock) : pins.requirements;
  return `-${pins.kind === "npm-lock" ? "lock" : "hashes"}${createHash("sha256").update(text).digest("hex").slice(0, 12)}`;
}
function cacheKey(spec, version, runtime, customCommand, pins) {
  const m2 = spec.method;
  const method = customCommand ? `custom-${createHash("sha256").update(customCommand).digest("hex").slice(0, 12)}` : `${m2.kind}-${m2.package.replace(/[^\w.-]/g, "_")}${m2.kind === "npm" && m2.ignoreScripts ? "-noscripts" : ""}${pinsDigest(pins)}`;
  return `site-backup-cli-${LAYOUT}-${spec.tool}-${version}-${method}-${process.platform}-${process.arch}-${runtime.id}`;
}
function cliVersion(ctx, spec) {
  const v = ctx.inputs.get("cli-version") ?? spec.defaultVersion;
  if (!VERSION_RE.test(v)) {
    throw new ConfigError(
      "cli-version",
      `"${v}" is not a version`,
      `Give a plain version such as \`${spec.defaultVersion}\`, or leave it empty for the tested one.`
    );
  }
  return v;
}
function toolRoot(ctx) {
  return ctx.env.SITE_BACKUP_TOOL_DIR || ctx.env.RUNNER_TOOL_CACHE || path4.join(ctx.workDir, "tools");
}
async function findNpmCli(node, envPath) {
  const candidates = [path4.resolve(path4.dirname(node), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js")];
  try {
    candidates.push(path4.resolve(path4.dirname(await realpath(node)), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js"));
  } catch {
  }
  const onPath = await findOnPath("npm", envPath);
  if (onPath) {
    const real = await realpath(onPath);
    candidates.push(real, path4.resolve(path4.dirname(real), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js"));
  }
  for (const c of candidates) if (c.endsWith(`${path4.sep}npm-cli.js`) && existsSync(c)) return c;
  return void 0;
}
async function nodeDir(workDir, node) {
  const dir = path4.join(workDir, "node-bin");
  const link = path4.join(dir, "node");
  await mkdir2(dir, { recursive: true });
  const current = await readlink(link).catch(() => void 0);
  if (current !== node) {
    await unlink(link).catch(() => void 0);
    await symlink(node, link);
  }
  return dir;
}
async function pythonVersion(python, env2) {
  const r = await runProcess(python, ["-c", 'import sys; print("%d.%d" % sys.version_info[:2])'], {
    env: env2,
    signal: AbortSignal.timeout(3e4)
  });
  const v = r.stdoutTail.trim();
  if (r.code !== 0 || !/^\d+\.\d+$/.test(v))
    throw new Error(`${python} did not report its version (exit ${r.code}): ${redact(lastLines(r.stderrTail))}`);
  return v;
}
function pathWith(dirs, envPath) {
  const first = Array.isArray(dirs) ? dirs : [dirs];
  return [...first, ...(envPath ?? "").split(path4.delimiter).filter((d) => d && !first.includes(d))].join(path4.delimiter);
}
function cliPath(cli, envPath) {
  return pathWith(cli.pathDirs, envPath);
}
function reportsVersion(text, version) {
  const v = version.replace(/[.+]/g, (c) => `\\${c}`);
  return new RegExp(`(^|[^\\d.])${v}($|[^\\d])`).test(text);
}
async function runVersion(spec, bin, env2, signal) {
  const limit = AbortSignal.timeout(12e4);
  try {
    const r = await runProcess(bin, spec.versionArgs ?? ["--version"], { env: env2, signal: signal ? AbortSignal.any([signal, limit]) : limit });
    const out = `${r.stdoutTail}
${r.stderrTail}`.trim();
    const first = out.split("\n").find((l) => /\d+\.\d+/.test(l)) ?? out.split("\n")[0] ?? "";
    return { ok: r.code === 0, text: r.code === 0 ? redact(first.trim()) : `exit ${r.code}: ${redact(lastLines(out, 3))}` };
  } catch (e) {
    return { ok: false, text: e.message };
  }
}
async function pathDirsFor(job, binDir) {
  return job.spec.method.kind === "npm" ? [await nodeDir(job.ctx.workDir, job.node), binDir] : [binDir];
}
function checkEnv(job, dirs) {
  return { ...installEnv(job.ctx.env), PATH: pathWith(dirs, job.ctx.env.PATH) };
}
function versionCommand(spec) {
  return `\`${spec.bin} ${(spec.versionArgs ?? ["--version"]).join(" ")}\``;
}
async function ensureCli(ctx, spec, o = {}) {
  const version = cliVersion(ctx, spec);
  const custom = ctx.inputs.get("cli-install-command");
  const node = o.node ?? process.execPath;
  const nodeV = spec.method.kind === "npm" ? await nodeVersion(node, ctx.env) : void 0;
  const job = {
    ctx,
    spec,
    o,
    version,
    custom,
    pins: custom ? void 0 : pinsFor(spec, version),
    node,
    nodeV,
    nodeNote: nodeV ? ` with Node ${nodeV} (${node})` : ""
  };
  const found = await resolveTool({
    name: spec.bin,
    bin: spec.bin,
    env: ctx.env,
    log: ctx.log,
    cache: o.cache ?? actionsCache,
    usePath: (bin) => usePath(job, bin),
    place: () => place(job),
    check: (dir) => checkInstalled(job, dir),
    install: (dir) => install(job, dir)
  });
  if (found.source !== "path")
    ctx.log.info(`${spec.bin}: running ${what(job)} ${found.from}${job.nodeNote} (${found.value.bin} reports "${found.value.version}")`);
  return found.source === "path" ? found.value : { ...found.value, version, source: found.source };
}
function what(job) {
  const m2 = job.spec.method;
  return job.custom ? `${job.spec.tool} ${job.version} (cli-install-command)` : `${m2.package}@${job.version} (${m2.kind})`;
}
async function usePath(job, onPath) {
  const { ctx, spec } = job;
  const dirs = await pathDirsFor(job, path4.dirname(onPath));
  const v = await runVersion(spec, onPath, { ...ctx.env, PATH: pathWith(dirs, ctx.env.PATH) }, job.o.signal);
  if (v.ok) {
    ctx.log.info(
      `${spec.bin}: running ${onPath}${job.nodeNote}, found on PATH (reports "${v.text}"; \`cli-version\` applies only when it has to be installed)`
    );
    if (!reportsVersion(v.text, job.version)) {
      ctx.log.warn(
        `${spec.bin}: the one found on PATH (${onPath}) reports "${v.text}", not ${job.version}, the version this backup was ${job.version === spec.defaultVersion ? "tested with" : "asked to use (`cli-version`)"}; it is used as it is. Remove it from PATH to have ${job.version} installed.`
      );
    }
  } else {
    ctx.log.warn(`${spec.bin}: running ${onPath}, found on PATH, but ${versionCommand(spec)} failed (${v.text})`);
  }
  return { bin: onPath, binDir: path4.dirname(onPath), version: v.ok ? v.text : "unknown", source: "path", pathDirs: dirs };
}
async function place(job) {
  const { ctx, spec, version } = job;
  const rt = { id: "", node: job.node };
  if (job.custom) rt.id = "custom";
  else if (spec.method.kind === "npm") rt.id = `node${job.nodeV?.replace(/^v/, "").split(".")[0] ?? "unknown"}`;
  else {
    const python = await findOnPath("python3", ctx.env.PATH);
    if (!python) {
      throw new Error(
        `${spec.bin} is not on PATH, and installing ${spec.tool} needs Python 3 (python3 with the venv module), which is not on PATH either. Add \`actions/setup-python\` before this step, or preinstall ${spec.bin} (\`pipx install ${spec.method.package}==${version}\`).`
      );
    }
    rt.python = python;
    rt.id = `py${await pythonVersion(python, ctx.env)}`;
  }
  job.rt = rt;
  return {
    dir: path4.join(toolRoot(ctx), "site-backup", spec.tool, version, `${process.platform}-${process.arch}-${rt.id}`),
    cacheKey: cacheKey(spec, version, rt, job.custom, job.pins)
  };
}
async function checkInstalled(job, dir) {
  const bin = await findInstalled(job.spec, dir, Boolean(job.custom));
  if (!bin) return { ok: false, missing: true, why: `has no ${job.spec.bin}` };
  if (job.pins?.kind === "npm-lock") {
    const drift = await lockDrift(job.pins.lock, dir);
    if (drift) return { ok: false, why: `is not what the lock installs (${drift}): not running it` };
  }
  const dirs = await pathDirsFor(job, path4.dirname(bin));
  const check = await runVersion(job.spec, bin, checkEnv(job, dirs), job.o.signal);
  if (!check.ok) return { ok: false, why: `does not answer its version command (${check.text})`, detail: check.text };
  if (!reportsVersion(check.text, job.version))
    return { ok: false, why: `reports "${check.text}", not ${job.version}`, detail: check.text };
  return { ok: true, value: { bin, binDir: path4.dirname(bin), version: check.text, source: "tool-dir", pathDirs: dirs } };
}
async function lockDrift(lock, dir) {
  let installed;
  try {
    installed = JSON.parse(await readFile2(path4.join(dir, "node_modules", ".package-lock.json"), "utf8"));
  } catch {
    return "npm left no record of what it installed";
  }
  for (const [p, have] of Object.entries(installed.packages ?? {})) {
    const want = lock.packages[p];
    if (!want) {
      if (have.inBundle) continue;
      return `${p} is not in the lock`;
    }
    if (have.version !== want.version || want.integrity && have.integrity !== want.integrity)
      return `${p} is ${have.version ?? "?"}, the lock has ${want.version ?? "?"}`;
  }
  return void 0;
}
async function npmSteps(job, dir, pkg, ignoreScripts) {
  const npmCli = await findNpmCli(job.node, job.ctx.env.PATH);
  if (!npmCli) {
    throw new Error(
      `installing ${job.spec.tool} needs npm, and none was found beside ${job.node} or on PATH. Install npm, or preinstall ${job.spec.bin} on the runner (it is used from PATH when present).`
    );
  }
  const flags = [
    "--prefix",
    dir,
    "--no-audit",
    "--no-fund",
    "--no-update-notifier",
    "--loglevel=error",
    ...ignoreScripts ? ["--ignore-scripts"] : []
  ];
  if (job.pins?.kind !== "npm-lock") {
    job.ctx.log.warn(
      `${job.spec.bin}: no lockfile is committed for ${pkg}@${job.version}, so its dependencies resolve afresh (${job.version === job.spec.defaultVersion ? "report this" : `the tested ${job.spec.defaultVersion} has one; \`cli-version\` asked for ${job.version}`})`
    );
    return [{ cmd: job.node, args: [npmCli, "install", ...flags, `${pkg}@${job.version}`] }];
  }
  const root = job.pins.lock.packages[""];
  await writeFile(
    path4.join(dir, "package.json"),
    `${JSON.stringify({ name: job.pins.lock.name, private: true, dependencies: root.dependencies }, null, 2)}
`
  );
  await writeFile(path4.join(dir, "package-lock.json"), `${JSON.stringify(job.pins.lock, null, 2)}
`);
  return [{ cmd: job.node, args: [npmCli, "ci", ...flags, "--omit=dev"] }];
}
async function pipSteps(job, dir, pkg) {
  const python = path4.join(dir, "bin", "python");
  const pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "--quiet"];
  const venv = { cmd: job.rt.python, args: ["-m", "venv", dir] };
  if (job.pins?.kind !== "pip-hashes") {
    job.ctx.log.warn(
      `${job.spec.bin}: no hashed requirements are committed for ${pkg}==${job.version}, so pip resolves its dependencies afresh, unchecked`
    );
    return [venv, { cmd: python, args: [...pip.slice(1), `${pkg}==${job.version}`] }];
  }
  const file = path4.join(dir, "requirements.txt");
  await writeFile(file, job.pins.requirements);
  return [venv, { cmd: python, args: [...pip.slice(1), "--require-hashes", "--no-deps", "-r", file] }];
}
async function installSteps(job, dir) {
  if (job.custom) {
    return [
      {
        cmd: "bash",
        args: ["-eo", "pipefail", "-c", job.custom],
        env: { INSTALL_DIR: dir, CLI_VERSION: job.version, CLI_TOOL: job.spec.tool }
      }
    ];
  }
  const m2 = job.spec.method;
  return m2.kind === "npm" ? npmSteps(job, dir, m2.package, m2.ignoreScripts) : pipSteps(job, dir, m2.package);
}
async function install(job, dir) {
  const { ctx, spec, version } = job;
  ctx.log.info(
    `${spec.bin} is not on PATH: installing ${what(job)} into ${dir}${job.pins ? ` (${job.pins.kind === "npm-lock" ? "npm ci from its committed lockfile" : "pip --require-hashes"})` : ""}`
  );
  const limit = AbortSignal.timeout(job.o.timeoutMs ?? 10 * 6e4);
  const signal = job.o.signal ? AbortSignal.any([job.o.signal, limit]) : limit;
  const env2 = {
    ...installEnv(ctx.env),
    PATH: pathWith(spec.method.kind === "npm" ? [await nodeDir(ctx.workDir, job.node)] : [], ctx.env.PATH),
    npm_config_update_notifier: "false"
  };
  for (const step of await installSteps(job, dir)) {
    let r;
    try {
      r = await runProcess(step.cmd, step.args, {
        cwd: dir,
        env: { ...env2, ...step.env },
        signal,
        onLine: (l) => ctx.log.info(`[install ${spec.tool}] ${redact(l)}`)
      });
    } catch (e) {
      throw new Error(`installing ${spec.tool} ${version} failed: ${e.message}`, { cause: e });
    }
    if (r.code !== 0) {
      const tail = lastLines(r.stderrTail) || lastLines(r.stdoutTail);
      const shown = step.cmd === job.node ? "npm" : path4.basename(step.cmd);
      throw new Error(
        `installing ${spec.tool} ${version} failed (${shown} exited with ${r.code})${tail ? `: ${redact(tail)}` : ""}. Check \`cli-version\`, or preinstall ${spec.bin} on the runner (it is used from PATH when present).`
      );
    }
  }
  const checked = await checkInstalled(job, dir);
  if (checked.ok) return { ...checked.value, source: "installed" };
  if (checked.missing)
    throw new Error(
      `the ${spec.tool} installer finished, but ${spec.bin} is not in ${dir} (expected ${installedBin(spec, dir).map((p) => path4.relative(dir, p)).join(" or ")})`
    );
  if (!checked.detail) throw new Error(`${spec.tool} ${version} was installed, but the copy ${checked.why}`);
  throw new Error(`${spec.tool} ${version} was installed, but ${versionCommand(spec)} does not report ${version} (${checked.detail})`);
}
async function nodeVersion(node, env2) {
  if (node === process.execPath) return process.version;
  const r = await runProcess(node, ["--version"], { env: env2, signal: AbortSignal.timeout(3e4) });
  const v = r.stdoutTail.trim();
  return r.code === 0 && /^v\d+\./.test(v) ? v : void 0;
}

// src/platforms/define.ts
function definePlatform(spec) {
  return {
    name: spec.name,
    spec,
    async open(ctx) {
      const secrets = spec.readSecrets?.(ctx) ?? {};
      if (!spec.readSecrets) for (const s of spec.secrets ?? []) secrets[s.name] = requireSecret(ctx, s.name, s.purpose);
      spec.check?.(ctx);
      const cli = spec.cli && !spec.cliOnDemand ? await ensureCli(ctx, spec.cli) : void 0;
      const state = await spec.open(ctx, { secrets, ...cli ? { cli } : {} });
      return session(spec, state);
    }
  };
}
function session(spec, state) {
  const table = spec.components;
  const components = spec.covers?.(state) ?? Object.keys(table);
  const handler3 = (c, exporting) => {
    const h = table[c];
    if (!h || exporting && !components.includes(c)) throw new Error(explain(c));
    return h;
  };
  const explain = (c) => spec.explainUnsupported?.(c, state) ?? `${spec.name} covers ${inWords(components)}; "${c}" is not one of them`;
  return {
    components,
    explainUnsupported: explain,
    mirrors: (c) => table[c]?.mirrors === true,
    export: (c, outDir, signal) => handler3(c, true).export(state, outDir, signal),
    async restore(c, inDir, opts) {
      const h = handler3(c, false);
      if (!h.restore) throw new Error(h.noRestore ?? `${spec.name} cannot restore ${c}`);
      await h.restore(state, inDir, opts);
    },
    close: async () => spec.close?.(state)
  };
}
function inWords(items) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

// src/platforms/command.ts
var WHAT = { code: "the code", assets: "the assets", data: "the data (database dumps)" };
var RESTORE_WHAT = {
  code: "after the code is extracted, with `$BACKUP_IN` set to its folder.",
  assets: "after the assets are extracted, with `$BACKUP_IN` set to their folder.",
  data: 'after the data is extracted, with `$BACKUP_IN` set to its folder (for example `mysql acme < "$BACKUP_IN/acme.sql"`).'
};
var INPUTS2 = Object.fromEntries([
  ...COMPONENTS.map((c) => [
    `${c}-command`,
    {
      description: `For \`platform: command\`: a bash command that writes ${WHAT[c]} into the folder named by \`$BACKUP_OUT\`.`,
      actions: ["backup"]
    }
  ]),
  ...COMPONENTS.map((c) => [
    `${c}-restore-command`,
    { description: `For \`platform: command\`: a bash command run ${RESTORE_WHAT[c]}`, actions: ["restore"] }
  ])
]);
function commandsFor(ctx, suffix) {
  const m2 = /* @__PURE__ */ new Map();
  for (const c of COMPONENTS) {
    const cmd = ctx.inputs.get(`${c}${suffix}`);
    if (cmd) m2.set(c, cmd);
  }
  return m2;
}
async function run(s, component2, script, extraEnv, signal) {
  const { ctx } = s;
  const base = ctx.purpose === "restore" ? childEnv(ctx.env, ["*"]) : ctx.env;
  const r = await runProcess("bash", ["-eo", "pipefail", "-c", script], {
    env: { ...base, ...extraEnv, SITE_BACKUP_SITE: ctx.site, SITE_BACKUP_ENVIRONMENT: ctx.environment, SITE_BACKUP_COMPONENT: component2 },
    signal,
    onLine: (line) => ctx.log.info(`[${component2}] ${redact(line)}`)
  });
  if (r.code === 0) return;
  const why = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
  if (ctx.purpose === "restore") throw new Error(sqlClientFailure(`${component2}-restore-command`, r));
  const tail = lastLines(r.stderrTail) || lastLines(r.stdoutTail);
  throw new Error(`${component2}-command ${why}${tail ? `: ${redact(tail)}` : ""}`);
}
var handler = (c) => ({
  export: (s, outDir, signal) => run(s, c, s.backup.get(c), { BACKUP_OUT: outDir }, signal),
  async restore(s, inDir, opts) {
    const cmd = s.restore.get(c);
    if (!cmd) return;
    await run(s, c, cmd, { BACKUP_IN: inDir, SITE_BACKUP_TARGET_ENVIRONMENT: opts.targetEnvironment }, opts.signal);
  }
});
var commandPlatform = definePlatform({
  name: "command",
  summary: "Your own bash commands, one per component, each filling `$BACKUP_OUT`: any host we have no module for.",
  inputs: INPUTS2,
  reads: ["restore-dir"],
  check(ctx) {
    if (commandsFor(ctx, "-command").size === 0 && ctx.purpose !== "restore") {
      throw new ConfigError(
        "code-command",
        "no component command is set for `platform: command`",
        'Set at least one of `code-command`, `assets-command` or `data-command` to a bash command that writes into "$BACKUP_OUT".'
      );
    }
  },
  async open(ctx) {
    return { ctx, backup: commandsFor(ctx, "-command"), restore: commandsFor(ctx, "-restore-command") };
  },
  components: { code: handler("code"), assets: handler("assets"), data: handler("data") },
  covers: (s) => [...s.backup.keys()],
  explainUnsupported: (c) => `no \`${c}-command\` is set; set it to a bash command that writes the ${c} into "$BACKUP_OUT"`
});

// src/platforms/divio.ts
import { existsSync as existsSync2 } from "node:fs";
import { chmod, cp as cp2, mkdir as mkdir3, open as openFile, readdir as readdir2, rename as rename2, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import path5 from "node:path";
import { constants as zlibConstants, gunzipSync } from "node:zlib";

// src/platforms/divio-api.ts
import { createReadStream as createReadStream2, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import https from "node:https";
import { Readable } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";

// src/platforms/retry.ts
var TransientError = class extends Error {
  name = "TransientError";
};
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
      return;
    }
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
async function withRetries(fn, o) {
  const attempts = 1 + Math.max(0, o.retries);
  for (let attempt = 1; ; attempt++) {
    o.signal.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (e) {
      if (o.signal.aborted) throw o.signal.reason;
      if (!(e instanceof TransientError)) throw e;
      if (attempt >= attempts) {
        const tries = attempts === 1 ? "once" : `${attempts} times`;
        throw new Error(`${o.what} failed (tried ${tries}): ${e.message}${o.hint ? `. ${o.hint}` : ""}`, { cause: e });
      }
      const wait = o.delayMs * attempt;
      o.log.warn(`${o.what} failed on attempt ${attempt} of ${attempts}: ${e.message}; retrying in ${Math.round(wait / 1e3)}s`);
      await sleep(wait, o.signal);
    }
  }
}

// src/platforms/divio-api.ts
var UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var DivioApiError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "DivioApiError";
};
var NOTE = "site-backup-action";
var RETENTION_MS = 36e5;
function deleteAt() {
  return new Date(Date.now() + RETENTION_MS).toISOString().replace(/\.\d{3}Z$/, "Z");
}
var DivioApi = class {
  constructor(o) {
    this.o = o;
    this.base = `https://api.${o.zone}`;
  }
  o;
  base;
  async call(method, pathOrUrl, body, signal) {
    const url = new URL(pathOrUrl, this.base + "/");
    let res;
    try {
      res = await fetch(url, {
        method,
        headers: {
          Authorization: `Token ${this.o.token}`,
          Accept: "application/json",
          ...body ? { "Content-Type": "application/json" } : {}
        },
        ...body ? { body: JSON.stringify(body) } : {},
        signal
      });
    } catch (e) {
      if (signal.aborted) throw signal.reason;
      throw new TransientError(
        `the Divio API (${url.host}) could not be reached: ${e.message}${e.cause ? ` (${e.cause.message})` : ""}`
      );
    }
    const text = await res.text();
    const where = `${method} ${url.pathname}`;
    if (res.status === 401 || res.status === 403)
      throw new DivioApiError(
        `the Divio API refused the token (HTTP ${res.status} on ${where}): check DIVIO_TOKEN and that its user can access the application`,
        res.status
      );
    if (res.status === 404) throw new DivioApiError(`the Divio API has no ${url.pathname} (HTTP 404)`, 404);
    if (res.status >= 500 || res.status === 429) throw new TransientError(`the Divio API answered HTTP ${res.status} on ${where}`);
    if (!res.ok)
      throw new DivioApiError(`the Divio API answered HTTP ${res.status} on ${where}: ${redact(text).slice(0, 300)}`, res.status);
    try {
      return JSON.parse(text);
    } catch {
      throw new TransientError(`the Divio API answered ${where} with something that is not JSON`);
    }
  }
  async all(first, signal) {
    const out = [];
    let next = first;
    for (let pages = 0; next && pages < 100; pages++) {
      const page = await this.call("GET", next, void 0, signal);
      out.push(...page.results ?? []);
      next = page.next;
    }
    return out;
  }
  /** The token check `divio login --check` makes. */
  async me(signal) {
    return this.call("GET", "/iam/v3/me/", void 0, signal);
  }
  /**
   * The application UUID for `project`: a UUID as it is, digits as a legacy numeric id, anything
   * else as a slug. divio-cli 4.0.5 passes a slug through as if it were a UUID (cloud.py
   * get_application_uuid), so it must never reach `--remote-id` unresolved.
   */
  async applicationUuid(project, signal) {
    if (UUID_RE.test(project)) {
      const uuid = project.toLowerCase();
      try {
        await this.call("GET", `/apps/v3/applications/${uuid}/`, void 0, signal);
      } catch (e) {
        if (e instanceof DivioApiError && e.status === 404)
          throw new DivioApiError(`no Divio application ${uuid} is visible to this token`, 404);
        throw e;
      }
      return uuid;
    }
    const legacy = /^\d+$/.test(project);
    const apps = await this.all(
      legacy ? `/legacy/v3/applications/?id=${project}` : `/apps/v3/applications/?slug=${encodeURIComponent(project)}`,
      signal
    );
    if (apps.length !== 1 || !apps[0].uuid) {
      throw new DivioApiError(
        `${apps.length === 0 ? "no" : `${apps.length}`} Divio application${apps.length > 1 ? "s" : ""} with the ${legacy ? "numeric id" : "slug"} "${project}" ${apps.length > 1 ? "are" : "is"} visible to this token`
      );
    }
    return apps[0].uuid;
  }
  async environmentUuid(app2, slug, signal) {
    const envs = await this.all(
      `/apps/v3/environments/?application=${encodeURIComponent(app2)}&slug=${encodeURIComponent(slug)}`,
      signal
    );
    if (!envs[0]?.uuid) throw new DivioApiError(`the application has no environment "${slug}"`);
    return envs[0].uuid;
  }
  async serviceInstance(env2, type, prefix, signal) {
    const all = await this.all(
      `/apps/v3/service-instances/?environment=${encodeURIComponent(env2)}`,
      signal
    );
    const matches2 = all.filter((s) => s.type === type && s.prefix === prefix);
    if (matches2.length === 0)
      throw new DivioApiError(`the environment has no ${type} service with the prefix ${prefix} (set \`divio-prefix\`)`);
    if (matches2.length > 1) throw new DivioApiError(`the environment has several ${type} services with the prefix ${prefix}`);
    return matches2[0].uuid;
  }
  async waitForBackup(uuid, what2, signal) {
    for (; ; ) {
      await sleep(this.o.pollMs, signal);
      const b = await this.call(
        "GET",
        `/apps/v3/backups/${uuid}/`,
        void 0,
        signal
      );
      if (b.state !== "COMPLETED") continue;
      if (b.success !== "SUCCESS") {
        let detail2 = "";
        const si2 = b.service_instance_backups?.[0];
        if (si2) {
          const s = await this.call("GET", `/apps/v3/service-instance-backups/${si2}/`, void 0, signal).catch(
            () => ({ errors: void 0 })
          );
          if (s.errors) detail2 = `, ${redact(JSON.stringify(s.errors)).slice(0, 300)}`;
        }
        throw new TransientError(`${what2} ${uuid} completed with success=${b.success ?? "none"}${detail2}`);
      }
      const si = b.service_instance_backups?.[0];
      if (!si) throw new DivioApiError(`${what2} ${uuid} holds no service instance backup`);
      return si;
    }
  }
  /** Backs up one service of an environment and downloads it to `file`; returns the bytes. */
  async pull(env2, si, file, signal) {
    const created = await this.call(
      "POST",
      "/apps/v3/backups/",
      { environment: env2, services: [si], trigger: "MANUAL", notes: NOTE, scheduled_for_deletion_at: deleteAt() },
      signal
    );
    if (!created.uuid) throw new TransientError("the Divio API created a backup without an id");
    const siBackup = await this.waitForBackup(created.uuid, "Divio backup", signal);
    const dl = await this.call(
      "POST",
      "/apps/v3/backup-downloads/",
      { backup: created.uuid, service_instance_backups: [siBackup], trigger: "PULL" },
      signal
    );
    if (!dl.uuid) throw new TransientError("the Divio API created a backup download without an id");
    const sis = await this.all(
      `/apps/v3/backup-download-service-instances/?backup=${encodeURIComponent(dl.uuid)}`,
      signal
    );
    const dlSi = sis[0]?.uuid;
    if (!dlSi) throw new TransientError(`backup download ${dl.uuid} has no service instance download`);
    for (; ; ) {
      await sleep(this.o.pollMs, signal);
      const s = await this.call(
        "GET",
        `/apps/v3/backup-download-service-instances/${dlSi}`,
        void 0,
        signal
      );
      if (!s.ended_at) continue;
      if (s.errors && (!Array.isArray(s.errors) || s.errors.length > 0))
        throw new TransientError(`the Divio backup download failed: ${redact(JSON.stringify(s.errors)).slice(0, 300)}`);
      if (!s.download_url) throw new TransientError("the Divio backup download ended without a URL");
      return fetchTo(s.download_url, file, signal);
    }
  }
  /** Uploads `file` as a backup of one service of an environment and restores it there. */
  async push(env2, si, file, signal) {
    const up = await this.call(
      "POST",
      "/apps/v3/backups/upload/",
      { environment: env2, services: [si], notes: NOTE, scheduled_for_deletion_at: deleteAt() },
      signal
    );
    const target = up.results?.[si];
    if (!up.uuid || !target?.upload_parameters || !target.finish_url)
      throw new TransientError("the Divio API answered backups/upload/ without upload parameters");
    await upload(target.handler ?? "", target.upload_parameters, file, signal);
    const fin = await fetch(target.finish_url, { method: "POST", signal });
    await fin.arrayBuffer();
    if (!fin.ok) throw new TransientError(`finishing the Divio upload answered HTTP ${fin.status}`);
    const siBackup = await this.waitForBackup(up.uuid, "the Divio backup upload", signal);
    const restore = await this.call(
      "POST",
      "/apps/v3/backup-restores/",
      { backup: up.uuid, service_instance_restores: [{ service_instance_backup: siBackup }], notes: NOTE },
      signal
    );
    if (!restore.uuid) throw new TransientError("the Divio API created a restore without an id");
    for (; ; ) {
      await sleep(this.o.pollMs, signal);
      const r = await this.call(
        "GET",
        `/apps/v3/backup-restores/${restore.uuid}/`,
        void 0,
        signal
      );
      if (!r.finished) continue;
      if (r.success !== "SUCCESS")
        throw new DivioApiError(`the Divio restore ${restore.uuid} finished with success=${r.success ?? "none"}`);
      return;
    }
  }
};
async function fetchTo(url, file, signal) {
  let res;
  try {
    res = await fetch(url, { signal });
  } catch (e) {
    if (signal.aborted) throw signal.reason;
    throw new TransientError(`the backup download could not be fetched (${e.message})`);
  }
  if (!res.ok || !res.body) {
    const text = await res.text().catch(() => "");
    throw new TransientError(`the backup download answered HTTP ${res.status}${text ? `: ${redact(text).slice(0, 200)}` : ""}`);
  }
  let bytes = 0;
  await pipeline2(
    Readable.fromWeb(res.body),
    async function* (src) {
      for await (const chunk of src) {
        bytes += chunk.length;
        yield chunk;
      }
    },
    createWriteStream(file)
  );
  return bytes;
}
async function put(url, file, size, headers, signal) {
  let res;
  try {
    res = await fetch(url, {
      method: "PUT",
      headers: { "Content-Length": String(size), ...headers },
      body: Readable.toWeb(createReadStream2(file)),
      duplex: "half",
      signal
    });
  } catch (e) {
    if (signal.aborted) throw signal.reason;
    throw new TransientError(`the upload to Divio's storage failed (${e.message})`);
  }
  const text = await res.text();
  if (!res.ok) throw new TransientError(`the upload to Divio's storage answered HTTP ${res.status}: ${redact(text).slice(0, 200)}`);
}
async function upload(handler3, p, file, signal) {
  const size = (await stat(file)).size;
  if (handler3 === "exo-presigned-v1") {
    const max = Number(p.max_file_size);
    if (Number.isFinite(max) && size > max)
      throw new DivioApiError(`the file is ${size} bytes, above Divio's upload limit of ${max} bytes for this region`);
    return put(String(p.url), file, size, {}, signal);
  }
  if (handler3 === "az-sas-v1") {
    if (size > 5e3 * 1024 * 1024) throw new DivioApiError(`the file is ${size} bytes, above the 5000 MiB a single Azure upload takes`);
    return put(String(p.url), file, size, { "x-ms-blob-type": "BlockBlob", "x-ms-version": "2021-08-06" }, signal);
  }
  if (handler3 === "s3-sts-v1") {
    const [{ S3Client }, { Upload }] = await Promise.all([import("./dist-cjs-KDVECBKM.js"), import("./dist-cjs-B4HMUZEK.js")]);
    const client = new S3Client({
      region: typeof p.region === "string" ? p.region : "us-east-1",
      followRegionRedirects: true,
      // Node's global agent: the one that honours HTTPS_PROXY under NODE_USE_ENV_PROXY=1, as
      // fetch does for every other call here (the SDK otherwise makes an agent of its own).
      requestHandler: { httpsAgent: https.globalAgent },
      credentials: {
        accessKeyId: String(p.aws_access_key_id),
        secretAccessKey: String(p.aws_secret_access_key),
        sessionToken: String(p.aws_session_token)
      }
    });
    try {
      await new Upload({
        client,
        params: { Bucket: String(p.bucket), Key: String(p.key), Body: createReadStream2(file) },
        abortController: abortControllerFor(signal)
      }).done();
    } finally {
      client.destroy();
    }
    return;
  }
  throw new DivioApiError(`the Divio API asked for an upload with the handler "${handler3}", which divio-cli 4.0.5 does not know either`);
}
function abortControllerFor(signal) {
  const c = new AbortController();
  if (signal.aborted) c.abort(signal.reason);
  else signal.addEventListener("abort", () => c.abort(signal.reason), { once: true });
  return c;
}

// src/platforms/attempts.ts
function exportAttempts(ctx, o, body) {
  return withRetries(
    async (n) => {
      try {
        return await body(n);
      } catch (e) {
        if (e instanceof VerificationError || e instanceof ZipError) throw new TransientError(e.message, { cause: e });
        throw e;
      }
    },
    {
      what: o.what,
      retries: retriesFrom(ctx),
      delayMs: retryDelayMs(ctx),
      signal: o.signal,
      log: ctx.log,
      ...o.hint ? { hint: o.hint } : {}
    }
  );
}

// src/platforms/run-cli.ts
import { Writable as Writable2 } from "node:stream";
var MAX_LINES = 4e3;
var MAX_STDOUT = 8 * 1024 * 1024;
function quote(a) {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}
var Cli = class {
  constructor(ctx, bin, name, env2, secrets) {
    this.ctx = ctx;
    this.bin = bin;
    this.name = name;
    this.env = env2;
    this.secrets = secrets;
  }
  ctx;
  bin;
  name;
  env;
  secrets;
  /** Runs another program (bash, git) with this CLI's environment. */
  async exec(cmd, args, o) {
    for (const a of args) {
      for (const s of this.secrets) {
        if (s.length >= 4 && a.includes(s)) throw new Error(`refusing to run ${this.name}: a secret would appear on its command line`);
      }
    }
    const shown = cmd === this.bin ? this.name : cmd;
    this.ctx.log.info(`[${o.label}] $ ${redact([shown, ...args].map(quote).join(" "))}`);
    const lines = [];
    let stdout = "";
    const sink = o.captureStdout ? new Writable2({
      write(chunk, _e, cb) {
        if (stdout.length < MAX_STDOUT) stdout += chunk.toString();
        cb();
      }
    }) : void 0;
    const r = await runProcess(cmd, args, {
      cwd: o.cwd,
      // Allow-listed (SECURITY.md): the CLI's own token passes, the runner's AWS/OIDC/GitHub
      // credentials, the inputs and the age identity do not; a restore pipes store bytes to it.
      env: { ...childEnv(this.env, ["*"]), ...o.env },
      signal: o.signal,
      ...o.input !== void 0 ? { input: o.input } : {},
      ...sink ? { stdout: sink } : {},
      onLine: (line) => {
        const text = line.split("\r").pop().trimEnd();
        if (!text) return;
        lines.push(text);
        if (lines.length > MAX_LINES) lines.shift();
        this.ctx.log.info(`[${o.label}] ${redact(text)}`);
      }
    });
    return { code: r.code, signal: r.signal, lines, stdout };
  }
  run(args, o) {
    return this.exec(this.bin, args, o);
  }
};
function lastOutput(r, n = 4) {
  const t = r.lines.map((l) => l.trim()).filter(Boolean).slice(-n).join(" | ");
  return t ? redact(t) : "(no output)";
}
function exitText(r) {
  return r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
}
function findLine(r, patterns) {
  return r.lines.find((l) => patterns.some((p) => p.test(l)));
}

// src/platforms/judge.ts
function judgeCli(what2, r, v) {
  for (const rule of v.known ?? []) {
    const line = findLine(r, rule.lines);
    if (line) throw rule.error(line);
  }
  v.clearer?.(r);
  if (r.code !== 0 && v.exit !== "ignore") {
    const message = `${what2} ${exitText(r)}: ${v.why ? `${v.why}; ` : ""}${lastOutput(r)}`;
    throw v.exit === "final" ? new Error(message) : new TransientError(message);
  }
  const fail = findLine(r, v.failed ?? []);
  if (fail) throw new TransientError(`${what2} reported "${redact(fail.trim())}" (and exited 0)`);
}

// src/platforms/divio.ts
var DIVIO_CLI = {
  tool: "divio-cli",
  bin: "divio",
  defaultVersion: "4.0.5",
  method: { kind: "pip", package: "divio-cli" },
  // Prints `divio-cli 4.0.5 from …`. The group has no --version, and without --skip-check
  // `version` asks PyPI first.
  versionArgs: ["version", "--skip-check"]
};
var DIVIO_COMMANDS = {
  pushMedia: (env2, prefix, appUuid) => ["app", "push", "media", env2, prefix, "--remote-id", appUuid, "--noinput"]
};
var NO_CODE = 'Divio apps deploy from a Git repository (yours, or the one Divio hosts); back that repository up from its Git host, for example with `platform: command` and `code-command: git clone --mirror <url> "$BACKUP_OUT/repo.git"`';
var PROJECT_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
var PREFIX_RE = /^[A-Z0-9_]+$/;
var ZONE_RE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
function divioZone(raw) {
  const url = /^https?:\/\//i.test(raw) ? new URL(raw) : void 0;
  const zone = url ? url.hostname.replace(/^control\./, "") : raw.trim().toLowerCase();
  if (!ZONE_RE.test(zone) || url && (url.port || !url.hostname.startsWith("control.") || url.pathname.replace(/\/+$/, ""))) {
    throw new ConfigError(
      "divio-zone",
      `"${raw}" is not a Divio zone`,
      "Use `divio.com`, a private zone name (the part after `control.` in its control panel URL), or that URL, without a port or path."
    );
  }
  return zone;
}
async function dumpKind(file) {
  const fh = await openFile(file, "r");
  try {
    const head = Buffer.alloc(64);
    const { bytesRead } = await fh.read(head, 0, 64, 0);
    const b = head.subarray(0, bytesRead);
    if (b.subarray(0, 5).toString("latin1") === "PGDMP") return "pg-custom";
    if (b[0] === 31 && b[1] === 139) return "gzip";
    const t = b.toString("utf8").trimStart();
    if (t.startsWith("<")) return "markup";
    if (t.startsWith("--") || t.startsWith("/*") || /^(SET|CREATE|DROP|INSERT)\b/i.test(t)) return "sql";
    return "unknown";
  } finally {
    await fh.close();
  }
}
async function verifyDump(file) {
  await requireFile(file, "the database dump");
  const kind = await dumpKind(file);
  if (kind === "markup")
    throw new VerificationError("the database download is an XML or HTML page (an error from the storage), not a dump");
  if (kind === "unknown") throw new VerificationError("the database download is neither a pg_dump archive, gzip, nor SQL text");
  if (kind === "gzip") await requireGzip(file, "the database dump");
  return kind;
}
async function gzipHoldsTar(file) {
  const fh = await openFile(file, "r");
  try {
    const head = Buffer.alloc(65536);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    const inner = gunzipSync(head.subarray(0, bytesRead), { finishFlush: zlibConstants.Z_SYNC_FLUSH });
    return inner.subarray(257, 262).toString("latin1") === "ustar";
  } finally {
    await fh.close();
  }
}
async function dumpName(env2, file, kind) {
  if (kind === "pg-custom") return `${env2}-database.dump`;
  if (kind === "sql") return `${env2}-database.sql`;
  return await gzipHoldsTar(file) ? `${env2}-database.tar.gz` : `${env2}-database.sql.gz`;
}
var DUMP_NAME_RE = /-database\.(?:dump|sql|sql\.gz|tar\.gz)$|\.(?:dump|sql|sql\.gz)$/;
async function unpackMedia(file, dest, log) {
  await requireGzip(file, "the media download");
  const skipped = [];
  try {
    await So({
      file,
      cwd: dest,
      strict: true,
      filter: (p, entry) => {
        const type = entry.type;
        const ok = type === "File" || type === "OldFile" || type === "ContiguousFile" || type === "Directory";
        if (!ok) skipped.push(p);
        return ok;
      }
    });
  } catch (e) {
    throw new VerificationError(`the media download is not a complete tar.gz (${e.message})`);
  }
  if (skipped.length) log.warn(`[assets] skipped ${skipped.length} link or special entries: ${skipped.slice(0, 5).join(", ")}`);
}
async function connect(ctx, token) {
  const project = ctx.inputs.get("project");
  if (!project)
    throw new ConfigError(
      "project",
      "is required for `platform: divio`",
      "Set it to the application UUID or slug (the `--remote-id` of divio-cli)."
    );
  if (!PROJECT_RE.test(project))
    throw new ConfigError(
      "project",
      `"${project}" is not an application UUID, numeric id or slug`,
      "Use the UUID or slug from the Control Panel."
    );
  const prefix = inputOrDefault(ctx.inputs, "divio-prefix").toUpperCase();
  if (!PREFIX_RE.test(prefix))
    throw new ConfigError(
      "divio-prefix",
      `"${prefix}" is not a service prefix`,
      "Use `DEFAULT`, or the prefix shown for the service in the Control Panel."
    );
  const zone = divioZone(ctx.inputs.get("divio-zone") ?? ctx.env.DIVIO_ZONE ?? "divio.com");
  retriesFrom(ctx);
  const api = new DivioApi({ zone, token, pollMs: msFromEnv(ctx, "SITE_BACKUP_POLL_MS", 2e3) });
  const signal = AbortSignal.timeout(12e4);
  try {
    await api.me(signal);
  } catch (e) {
    if (e instanceof DivioApiError && (e.status === 401 || e.status === 403)) {
      throw new MissingSecretError(
        "DIVIO_TOKEN",
        `was not accepted by Divio (GET ${api.base}/iam/v3/me/ answered ${e.status})`,
        `Create a new token at https://control.${zone}/account/access-tokens/. ${secretHowTo("DIVIO_TOKEN")}`
      );
    }
    throw e;
  }
  let appUuid;
  try {
    appUuid = await api.applicationUuid(project, signal);
  } catch (e) {
    if (e instanceof DivioApiError)
      throw new ConfigError(
        "project",
        e.message,
        "Use the application UUID from the Control Panel (Settings), or a slug this token can see."
      );
    throw e;
  }
  if (appUuid !== project.toLowerCase()) ctx.log.info(`Divio application "${project}" is ${appUuid}`);
  return { ctx, api, project, appUuid, prefix, zone, token, netrc: path5.join(ctx.workDir, "divio.netrc") };
}
async function service(d, env2, type, signal) {
  const envUuid = await d.api.environmentUuid(d.appUuid, env2, signal);
  return { envUuid, si: await d.api.serviceInstance(envUuid, type, d.prefix, signal) };
}
async function divioCli(d) {
  if (d.cli) return d.cli;
  const installed = await ensureCli(d.ctx, DIVIO_CLI);
  await writeFile2(d.netrc, `machine control.${d.zone}
	login site-backup
	password ${d.token}
`, { mode: 384 });
  await chmod(d.netrc, 384);
  const config = path5.join(d.ctx.workDir, "divio-config");
  await mkdir3(path5.join(config, "divio"), { recursive: true });
  await writeFile2(
    path5.join(config, "divio", "config.json"),
    JSON.stringify({ update_check_timestamp: Math.floor(Date.now() / 1e3), "sentry-dsn": "" }) + "\n"
  );
  const env2 = {
    ...d.ctx.env,
    NETRC_PATH: d.netrc,
    XDG_CONFIG_HOME: config,
    DIVIO_ZONE: d.zone,
    PATH: pathWith(installed.binDir, d.ctx.env.PATH)
  };
  d.cli = new Cli(d.ctx, installed.bin, "divio", env2, [d.token]);
  return d.cli;
}
var COMPONENTS2 = {
  assets: {
    type: "STORAGE",
    async export(d, { envUuid, si }, stage, out, signal) {
      const file = path5.join(stage, "media.tar.gz");
      d.ctx.log.info(`[assets] downloaded ${await d.api.pull(envUuid, si, file, signal)} bytes`);
      const media = path5.join(stage, "media");
      await mkdir3(media);
      await unpackMedia(file, media, d.ctx.log);
      const s = await requireTree(media, "the media backup");
      d.ctx.log.info(`[assets] ${s.files} media files, ${s.bytes} bytes`);
      await moveChildren(media, out);
    },
    async restore(d, inDir, target, signal) {
      await service(d, target, "STORAGE", signal);
      const home = await freshDir(d.ctx, "divio-push-media");
      await mkdir3(path5.join(home, ".divio"));
      await writeFile2(
        path5.join(home, ".divio", "config.json"),
        JSON.stringify({ application_uuid: d.appUuid, zone: d.zone }, null, 2) + "\n"
      );
      await cp2(inDir, path5.join(home, "data", "media"), { recursive: true, verbatimSymlinks: true });
      await requireTree(path5.join(home, "data", "media"), "the media to push");
      if (existsSync2(path5.join(home, "data", "media", "MANIFEST"))) {
        d.ctx.log.warn(
          '[assets] divio-cli leaves out a top-level MANIFEST of data/media ("partial uploads are currently not supported"): it is not restored'
        );
      }
      const r = await (await divioCli(d)).run(DIVIO_COMMANDS.pushMedia(target, d.prefix, d.appUuid), { cwd: home, signal, label: "assets" });
      if (r.code === 0) return;
      judgeCli("divio app push media", r, {
        known: [
          {
            lines: [/Login failed|Invalid token/i],
            error: (line) => new DivioApiError(`divio app push media was refused (${redact(line.trim())}): check DIVIO_TOKEN`)
          }
        ],
        exit: "final"
      });
    }
  },
  data: {
    type: "DATABASE",
    async export(d, { envUuid, si }, stage, out, signal) {
      const download = path5.join(stage, "download");
      const bytes = await d.api.pull(envUuid, si, download, signal);
      const kind = await verifyDump(download);
      const name = await dumpName(d.ctx.environment, download, kind);
      await rename2(download, path5.join(stage, name));
      d.ctx.log.info(
        `[data] ${name}: ${bytes} bytes, ${kind === "pg-custom" ? "pg_dump custom format (restore with pg_restore)" : kind === "gzip" ? "gzip, complete" : "SQL text"}`
      );
      await moveChildren(stage, out, [name]);
    },
    async restore(d, inDir, target, signal) {
      const dumps = (await readdir2(inDir)).filter((n) => DUMP_NAME_RE.test(n));
      if (dumps.length !== 1)
        throw new Error(`the data archive should hold one database dump, and holds ${dumps.length}: ${dumps.join(", ") || "none"}`);
      const file = path5.join(inDir, dumps[0]);
      await verifyDump(file).catch((e) => {
        throw new Error(`refusing to upload ${dumps[0]}: ${e.message}`);
      });
      const { envUuid, si } = await service(d, target, "DATABASE", signal);
      d.ctx.log.info(`[data] uploading ${dumps[0]} to ${d.project}/${target} (${d.prefix}) and restoring it through the Divio API`);
      await d.api.push(envUuid, si, file, signal);
    }
  }
};
function exported(c, spec) {
  return {
    export: (d, outDir, signal) => exportAttempts(d.ctx, { what: `the Divio ${spec.type} backup`, signal }, async (n) => {
      const stage = await freshDir(d.ctx, `divio-${c}-${n}`);
      const target = await service(d, d.ctx.environment, spec.type, signal);
      d.ctx.log.info(`[${c}] creating a ${spec.type} backup of ${d.project}/${d.ctx.environment} (${d.prefix}) through the Divio API`);
      await spec.export(d, target, stage, outDir, signal);
    }),
    restore: (d, inDir, opts) => spec.restore(d, inDir, opts.targetEnvironment, opts.signal)
  };
}
var divioPlatform = definePlatform({
  name: "divio",
  summary: "Divio through its API (the backups of the database and media services), and divio-cli's `app push media` for restores.",
  inputs: {
    "divio-zone": {
      description: "Divio: the control panel zone (`divio.com`, a private zone, or its URL). Empty uses `DIVIO_ZONE`, then `divio.com`."
    },
    "divio-prefix": {
      description: "Divio: the service prefix of the database and media storage (`DEFAULT` unless the app has several).",
      default: "DEFAULT"
    }
  },
  reads: ["project", ...HOSTED_INPUTS],
  secrets: [{ name: "DIVIO_TOKEN", purpose: "divio needs an access token from https://control.divio.com/account/access-tokens/" }],
  cli: DIVIO_CLI,
  cliOnDemand: true,
  open: (ctx, { secrets }) => connect(ctx, secrets.DIVIO_TOKEN),
  components: { assets: exported("assets", COMPONENTS2.assets), data: exported("data", COMPONENTS2.data) },
  explainUnsupported: (c) => c === "code" ? NO_CODE : `divio covers assets and data; "${c}" is not one of them`,
  // The work folder goes too, but the token file should not outlive the session by a second.
  close: (d) => rm2(d.netrc, { force: true })
});

// src/platforms/plantanapp.ts
var PLANTANAPP_UNSUPPORTED = `hosted Plant an App has no public backup API or CLI, so it cannot be backed up from here (its own "Automated Backups" run on the vendor's side; ask Plant an App support for a copy)`;
var PLANTANAPP_FIX = 'For a self-hosted Plant an App (DNN files plus a SQL Server database), use `platform: ssh` or `platform: command`: for example `assets-command` copying the DNN Portals folder into "$BACKUP_OUT" and `data-command` running `sqlcmd -Q "BACKUP DATABASE [dnn] TO DISK=\'\u2026\'"` (see docs/platform-setup.md, "Plant an App").';
var plantanappPlatform = definePlatform({
  name: "plantanapp",
  summary: "Hosted Plant an App has no backup API or CLI: the run stops at once and says what does work (`ssh` or `command` for a self-hosted install).",
  check() {
    throw new ConfigError("platform", PLANTANAPP_UNSUPPORTED, PLANTANAPP_FIX);
  },
  open: () => Promise.reject(new Error("unreachable: check() refuses every run")),
  components: {}
});

// src/platforms/platformos.ts
import { lstat as lstat2, readdir as readdir3, rm as rm3 } from "node:fs/promises";
import path6 from "node:path";

// src/platforms/mpkit.ts
var MPKIT_VARS = ["MPKIT_URL", "MPKIT_TOKEN", "MPKIT_EMAIL"];
function mpkitCredentials(ctx, platform) {
  const missing = MPKIT_VARS.filter((n) => !ctx.env[n]?.trim());
  for (const n of MPKIT_VARS) ctx.log.setSecret(ctx.env[n]?.trim());
  if (missing.length > 0) {
    const where = platform === "siteglide" ? "the instance URL, token and e-mail from `siteglide-cli add` (its .siteglide-config holds all three) or the Siteglide portal" : "the instance URL, token and e-mail from `pos-cli env add` (its .pos file holds all three) or the Partner Portal";
    throw new MissingSecretError(
      missing[0],
      `${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not set; ${platform} needs MPKIT_URL, MPKIT_TOKEN and MPKIT_EMAIL together (${where})`,
      secretHowTo(missing[0])
    );
  }
  const url = instanceUrl(ctx.env.MPKIT_URL.trim(), platform);
  return { url, token: ctx.env.MPKIT_TOKEN.trim(), email: ctx.env.MPKIT_EMAIL.trim() };
}
function mpkitSecrets(platform) {
  const purpose = `${platform} needs MPKIT_URL, MPKIT_TOKEN and MPKIT_EMAIL together`;
  return MPKIT_VARS.map((name) => ({ name, purpose }));
}
function mpkitSecretValues(c) {
  return { MPKIT_URL: c.url, MPKIT_TOKEN: c.token, MPKIT_EMAIL: c.email };
}
function instanceUrl(raw, platform) {
  let u;
  try {
    u = /^https?:\/\/[^\s/]+/.test(raw) ? new URL(raw) : void 0;
  } catch {
    u = void 0;
  }
  if (!u)
    throw new MissingSecretError(
      "MPKIT_URL",
      "is not an http(s) URL",
      "Set it to the instance URL, such as `https://example.platform-os.com`."
    );
  return platform === "siteglide" ? `${u.origin}/` : u.origin;
}
function mpkitEnv(c) {
  return { MPKIT_URL: c.url, MPKIT_TOKEN: c.token, MPKIT_EMAIL: c.email, CI: "true" };
}
var AUTH_FAILURE = [
  /\[40[13]\]/,
  /unauthori[sz]ed/i,
  /No settings for/i,
  /invalid token/i,
  /(^|[^\w])Request failed with status 40[13]\b/
];
function mpkitAuthError(what2, line, renew = "Renew the token") {
  return new Error(
    `${what2} was refused by the instance (${redact(line.trim())}): MPKIT_TOKEN is not accepted for MPKIT_URL. ${renew} and update the MPKIT_TOKEN secret; check MPKIT_URL and MPKIT_EMAIL as well. Not retried: a refused token does not recover`
  );
}
function mpkitRefusal(what2, renew) {
  return { lines: AUTH_FAILURE, error: (line) => mpkitAuthError(what2, line, renew) };
}
function throwIfRefused(what2, r, renew) {
  judgeCli(what2, r, { known: [mpkitRefusal(what2, renew)], exit: "ignore" });
}
function throwIfFailed(what2, r, failed) {
  judgeCli(what2, r, { failed });
}

// src/platforms/platformos.ts
var POS_CLI = {
  tool: "pos-cli",
  bin: "pos-cli",
  defaultVersion: "6.4.0",
  method: { kind: "npm", package: "@platformos/pos-cli" },
  versionArgs: ["--version"]
};
var TELEMETRY_PRELOAD = `const f = globalThis.fetch;
globalThis.fetch = (input, init) => /^https?:\\/\\/api\\.raygun\\.io(\\/|:|$)/i.test(String(input?.url ?? input))
  ? Promise.resolve(new Response(null, { status: 202 }))
  : f(input, init);
`;
var NO_TELEMETRY_OPTION = `--import=data:text/javascript;base64,${Buffer.from(TELEMETRY_PRELOAD).toString("base64")}`;
function cliEnv(ctx, creds, pathValue) {
  return {
    ...ctx.env,
    ...mpkitEnv(creds),
    PATH: pathValue,
    NODE_OPTIONS: [ctx.env.NODE_OPTIONS, NO_TELEMETRY_OPTION].filter(Boolean).join(" "),
    NO_UPDATE_NOTIFIER: "1",
    // With DEBUG set, pos-cli prints errors it otherwise swallows in the form its upload
    // warnings take, and the output is how a JSON import's dropped files are found.
    DEBUG: ""
  };
}
var MIN_NODE = 22;
var DATA_FILE = { zip: "data.zip", json: "data.json" };
var zipFlag = (k) => k === "zip" ? ["--zip"] : [];
var COMMANDS = {
  pull: (env2) => ({ name: "pull", args: ["pull", env2, "-p", "app.zip"], failed: [/export failed/i, /\[404\]/] }),
  modulesList: (env2) => ({ name: "modules list", args: ["modules", "list", env2], failed: [] }),
  /** Takes no path: the zip always lands as ./modules.zip, so each module gets its own folder. */
  modulesPull: (env2, module) => ({
    name: `modules pull ${module}`,
    args: ["modules", "pull", env2, module],
    failed: [/pulling .* failed/i, /\[404\]/]
  }),
  dataExport: (env2, k) => ({
    name: "data export",
    args: ["data", "export", env2, "-p", DATA_FILE[k], ...zipFlag(k)],
    failed: [/export failed/i, /\[404\]/]
  }),
  dataClean: (env2) => ({
    name: "data clean",
    args: ["data", "clean", env2, "--auto-confirm"],
    failed: [/clean(ing|up)? (has )?failed/i]
  }),
  dataImport: (env2, k) => ({
    name: "data import",
    args: ["data", "import", env2, "-p", DATA_FILE[k], ...zipFlag(k)],
    failed: [/import failed/i]
  }),
  deploy: (env2) => ({ name: "deploy", args: ["deploy", env2], failed: [/deploy failed/i] })
};
var UPLOAD_WARNING = [/^\[\d\d:\d\d:\d\d\] "/, /\b(Upload|presignUrl) failed with status \d+/, /ENOENT/];
var DATA_FORMATS = ["zip", "json", "both"];
var NO_ASSETS = 'platformOS has no CLI export of uploaded files ("the user cannot manually request exporting all of the files uploaded to the instance": ask platformOS support, or copy the instance with `pos-cli clone init`, which copies uploads too). Files attached to records are covered by `data` with `platformos-data-format: json` or `both`, which downloads them next to data.json';
var MODULE_RE = /^[A-Za-z0-9][A-Za-z0-9_.@-]*$/;
async function isDir(p) {
  try {
    return (await lstat2(p)).isDirectory();
  } catch {
    return false;
  }
}
function settings(ctx) {
  const format = inputOrDefault(ctx.inputs, "platformos-data-format");
  if (!DATA_FORMATS.includes(format)) {
    throw new ConfigError(
      "platformos-data-format",
      `unknown format "${format}"`,
      "Use `zip` (importable CSV), `json` (records and their files) or `both`."
    );
  }
  const modules = listInput(ctx, "platformos-modules");
  for (const m2 of modules ?? []) {
    if (m2 !== "none" && !MODULE_RE.test(m2))
      throw new ConfigError("platformos-modules", `"${m2}" is not a module name`, "List module names separated by commas, or `none`.");
  }
  return { format, modules: modules?.filter((m2) => m2 !== "none"), clean: parseBool(ctx.inputs, "platformos-data-clean") };
}
var PosCli = class {
  constructor(ctx, cli) {
    this.ctx = ctx;
    this.cli = cli;
  }
  ctx;
  cli;
  async run(cmd, o) {
    const r = await this.cli.run(cmd.args, o);
    const what2 = `pos-cli ${cmd.name}`;
    throwIfRefused(what2, r, "Renew the token (`pos-cli env refresh-token <env>` writes a new one into .pos)");
    throwIfFailed(what2, r, cmd.failed);
    return r;
  }
  /** Runs `body` again on transient failures and on exports that do not read back whole. */
  retrying(what2, signal, body) {
    return exportAttempts(this.ctx, { what: what2, signal }, body);
  }
};
var Exporter = class {
  constructor(ctx, pos, s) {
    this.ctx = ctx;
    this.pos = pos;
    this.s = s;
  }
  ctx;
  pos;
  s;
  get env() {
    return this.ctx.environment;
  }
  async code(outDir, signal) {
    await this.pos.retrying("pos-cli pull", signal, async (n) => {
      const stage = await freshDir(this.ctx, `pos-code-${n}`);
      await this.pos.run(COMMANDS.pull(this.env), { cwd: stage, signal, label: "code" });
      const zip = path6.join(stage, "app.zip");
      await requireZip(zip, "the code (app.zip)", signal);
      await extractZip(zip, path6.join(stage, "x"), signal);
      await requireTree(path6.join(stage, "x"), "the code in app.zip");
      await moveChildren(path6.join(stage, "x"), outDir);
    });
    const modules = this.s.modules ?? await this.installedModules(signal);
    this.ctx.log.info(`[code] modules: ${modules.length ? modules.join(", ") : "none installed"}`);
    for (const m2 of modules) await this.module(m2, outDir, signal);
  }
  async installedModules(signal) {
    let names = [];
    await this.pos.retrying("pos-cli modules list", signal, async (n) => {
      const stage = await freshDir(this.ctx, `pos-modules-list-${n}`);
      const r = await this.pos.run(COMMANDS.modulesList(this.env), { cwd: stage, signal, label: "code" });
      if (findLine(r, [/no installed modules/i])) {
        names = [];
        return;
      }
      if (!findLine(r, [/installed modules:/i])) {
        throw new TransientError(
          `pos-cli modules list exited ${r.code} without listing anything, which is how it reports a failed API call (${lastOutput(r)}); set \`platformos-modules\` to the modules to pull, or \`none\`, to skip the listing`
        );
      }
      names = r.lines.map((l) => /^\s*-\s+(\S+)\s*$/.exec(l)?.[1]).filter((m2) => Boolean(m2));
    });
    return names;
  }
  async module(name, outDir, signal) {
    await this.pos.retrying(`pos-cli modules pull ${name}`, signal, async (n) => {
      const stage = await freshDir(this.ctx, `pos-module-${name}-${n}`);
      await this.pos.run(COMMANDS.modulesPull(this.env, name), { cwd: stage, signal, label: "code" });
      const zip = path6.join(stage, "modules.zip");
      await requireZip(zip, `module ${name} (modules.zip)`, signal);
      const x = path6.join(stage, "x");
      await extractZip(zip, x, signal);
      let src;
      for (const c of [path6.join(x, "modules", name), path6.join(x, "app", "modules", name)]) if (await isDir(c)) src = c;
      if (!src && (await isDir(path6.join(x, "public")) || await isDir(path6.join(x, "private")))) src = x;
      if (!src)
        throw new VerificationError(
          `module ${name}: modules.zip has no modules/${name}/ folder (it holds: ${(await readdir3(x)).slice(0, 5).join(", ")})`
        );
      await requireTree(src, `module ${name}`);
      await rm3(path6.join(outDir, "modules", name), { recursive: true, force: true });
      await move(src, path6.join(outDir, "modules", name));
    });
  }
  async data(outDir, signal) {
    let records;
    if (this.s.format !== "json") await this.dataExport("zip", outDir, signal);
    if (this.s.format !== "zip") records = await this.dataExport("json", outDir, signal);
    if (records === void 0) return {};
    const t = await treeStats(outDir);
    return { counts: { files: t.files, bytes: t.bytes, records } };
  }
  /** Returns the number of records for the JSON form. */
  async dataExport(kind, outDir, signal) {
    let records;
    await this.pos.retrying(`pos-cli data export (${kind})`, signal, async (n) => {
      const stage = await freshDir(this.ctx, `pos-data-${kind}-${n}`);
      const file = DATA_FILE[kind];
      await this.pos.run(COMMANDS.dataExport(this.env, kind), { cwd: stage, signal, label: "data" });
      if (kind === "zip") {
        const z = await requireZip(path6.join(stage, file), "the data export (data.zip)", signal);
        this.ctx.log.info(`[data] data.zip: ${z.files} files, ${z.bytes} bytes, every CRC checked`);
        await moveChildren(stage, outDir, [file]);
      } else {
        const s = await requireRecordExport(path6.join(stage, file), stage, "tmp", "the data export (data.json)");
        this.ctx.log.info(`[data] data.json holds ${s.records} records and references ${s.files} record files, all present`);
        records = s.records;
        await moveChildren(stage, outDir, [file, "tmp"]);
      }
    });
    return records;
  }
};
var Restorer = class {
  constructor(ctx, pos, s) {
    this.ctx = ctx;
    this.pos = pos;
    this.s = s;
  }
  ctx;
  pos;
  s;
  async code(inDir, target, signal) {
    if (!await isDir(path6.join(inDir, "app")) && !await isDir(path6.join(inDir, "modules"))) {
      throw new Error("the code archive has neither app/ nor modules/ to deploy");
    }
    await this.pos.run(COMMANDS.deploy(target), { cwd: inDir, signal, label: "code" });
  }
  async data(inDir, target, signal) {
    const has = async (f) => requireFile(path6.join(inDir, f), f).then(
      () => true,
      () => false
    );
    const kind = await has("data.zip") ? "zip" : await has("data.json") ? "json" : void 0;
    if (!kind) throw new Error("the data archive holds neither data.zip nor data.json");
    const refs = kind === "json" ? await requireRecordExport(path6.join(inDir, "data.json"), inDir, "tmp", "the backup's data.json") : void 0;
    if (this.s.clean) await this.clean(inDir, target, signal);
    const r = await this.pos.run(COMMANDS.dataImport(target, kind), { cwd: inDir, signal, label: "data" });
    const dropped = kind === "json" ? r.lines.filter((l) => UPLOAD_WARNING.some((re) => re.test(l))) : [];
    if (dropped.length > 0) {
      throw new Error(
        `pos-cli data import into "${target}" exited 0, but ${dropped.length} of the ${refs.files} record file upload(s) failed (${redact(dropped[0].trim())}): pos-cli imports such a record without its attachments and images and only warns. Restore the data again once uploads work (the import merges into existing records), or back up with \`platformos-data-format: zip\` or \`both\`, so the restore imports data.zip`
      );
    }
  }
  async clean(inDir, target, signal) {
    if (isProtectedEnvironment(this.ctx, target)) {
      throw new Error(
        `refusing \`platformos-data-clean\` on "${target}": it is a protected environment (${protectedEnvironments(this.ctx).join(", ")}); the import merges into the existing records instead when the input is off`
      );
    }
    try {
      await this.pos.run(COMMANDS.dataClean(target), { cwd: inDir, signal, label: "data" });
    } catch (e) {
      if (/\b422\b/.test(e.message)) {
        throw new Error(
          `pos-cli data clean was refused by the instance (422): platformOS allows it only where it is enabled (staging); ${e.message}`,
          { cause: e }
        );
      }
      throw e;
    }
  }
};
var platformosPlatform = definePlatform({
  name: "platformos",
  summary: "platformOS through the released pos-cli: code with `pull` and `modules pull`, data with `data export`; restores deploy and `data import`.",
  inputs: {
    "platformos-modules": {
      description: "platformOS: modules to pull with the code, separated by commas. Empty pulls every installed module; `none` pulls none.",
      actions: ["backup"]
    },
    "platformos-data-format": {
      description: "platformOS: `zip` (the CSV export that `data import --zip` takes back), `json` (records plus the files attached to them, downloaded next to data.json) or `both`.",
      default: "zip",
      actions: ["backup"]
    },
    "platformos-data-clean": {
      description: "platformOS restores: run `pos-cli data clean` before importing the data. Refused on protected environments.",
      default: "false",
      actions: ["restore"]
    }
  },
  reads: HOSTED_INPUTS,
  secrets: mpkitSecrets("platformos"),
  readSecrets: (ctx) => mpkitSecretValues(mpkitCredentials(ctx, "platformos")),
  check(ctx) {
    settings(ctx);
    retriesFrom(ctx);
  },
  cli: POS_CLI,
  async open(ctx, { secrets, cli: installed }) {
    const creds = { url: secrets.MPKIT_URL, token: secrets.MPKIT_TOKEN, email: secrets.MPKIT_EMAIL };
    if (Number(process.versions.node.split(".")[0]) < MIN_NODE) {
      ctx.log.warn(
        `pos-cli ${installed.version} needs Node >= ${MIN_NODE}; it runs with this Node, ${process.version}. Run site-backup with Node ${MIN_NODE} or later.`
      );
    }
    const env2 = cliEnv(ctx, creds, cliPath(installed, ctx.env.PATH));
    const pos = new PosCli(ctx, new Cli(ctx, installed.bin, "pos-cli", env2, [creds.token, creds.email]));
    const s = settings(ctx);
    return { exporter: new Exporter(ctx, pos, s), restorer: new Restorer(ctx, pos, s) };
  },
  components: {
    code: {
      export: (s, dir, signal) => s.exporter.code(dir, signal),
      restore: (s, dir, o) => s.restorer.code(dir, o.targetEnvironment, o.signal)
    },
    data: {
      export: (s, dir, signal) => s.exporter.data(dir, signal),
      restore: (s, dir, o) => s.restorer.data(dir, o.targetEnvironment, o.signal)
    }
  },
  explainUnsupported: (c) => c === "assets" ? NO_ASSETS : `platformos covers code and data; "${c}" is not one of them`
});

// src/platforms/platformsh.ts
import { rm as rm5, writeFile as writeFile4 } from "node:fs/promises";
import path11 from "node:path";

// src/platforms/platformsh/cli.ts
import { writeFile as writeFile3 } from "node:fs/promises";
import path7 from "node:path";
var NPM_PACKAGE = { kind: "npm", package: "@upsun/cli-linux-x64" };
var VERSION = "5.11.1";
var PLATFORMSH_CLI = {
  tool: "upsun-cli",
  bin: "platform",
  defaultVersion: VERSION,
  method: NPM_PACKAGE,
  binPath: "bin/upsun"
};
var UPSUN_CLI = { tool: "upsun-cli", bin: "upsun", defaultVersion: VERSION, method: NPM_PACKAGE, binPath: "bin/upsun" };
var PLATFORMSH_CONFIG = `# Written by site-backup: runs the Upsun CLI binary as the Platform.sh CLI.
application:
  name: "Platform.sh CLI (Upsun CLI binary, run by site-backup)"
  slug: "platformsh-cli"
  executable: "platform"
  env_prefix: "PLATFORMSH_CLI_"
  user_config_dir: ".platformsh"
  disabled_commands: [self:install, self:update]
service:
  name: "Platform.sh"
  env_prefix: "PLATFORM_"
  project_config_dir: ".platform"
  app_config_file: ".platform.app.yaml"
  project_config_flavor: "platform"
  console_url: "https://console.upsun.com"
api:
  base_url: "https://api.upsun.com"
  auth_url: "https://auth.upsun.com"
  oauth2_client_id: "platform-cli"
  organizations: true
  vendor_filter: "upsun"
ssh:
  domain_wildcards: ["*.platform.sh"]
detection:
  git_remote_name: "platform"
  git_domain: "platform.sh"
  site_domains: ["platform.sh", "platformsh.site"]
`;
var FLAVOURS = {
  platformsh: {
    kind: "platformsh",
    bin: "platform",
    tokenVar: "PLATFORMSH_CLI_TOKEN",
    prefix: "PLATFORMSH_CLI_",
    label: "Platform.sh",
    tool: PLATFORMSH_CLI,
    projectConfigDir: ".platform",
    config: PLATFORMSH_CONFIG
  },
  upsun: {
    kind: "upsun",
    bin: "upsun",
    tokenVar: "UPSUN_CLI_TOKEN",
    prefix: "UPSUN_CLI_",
    label: "Upsun",
    tool: UPSUN_CLI,
    projectConfigDir: ".upsun"
  }
};
async function openCli(ctx, f, token, installed) {
  const env2 = {
    ...ctx.env,
    [f.tokenVar]: token,
    // Every prompt answered with its default, and no update checks or migration prompts in a job.
    [`${f.prefix}NO_INTERACTION`]: "1",
    [`${f.prefix}UPDATES_CHECK`]: "0",
    PATH: cliPath(installed, ctx.env.PATH)
  };
  if (f.config && installed.source !== "path") {
    const file = path7.join(ctx.workDir, `${f.kind}-cli.yaml`);
    await writeFile3(file, f.config);
    env2.CLI_CONFIG_FILE = file;
  }
  return new Cli(ctx, installed.bin, f.bin, env2, [token]);
}
var AUTH = [
  /not logged in/i,
  /invalid (?:API )?token/i,
  /\[40[13]\]/,
  /\b(?:HTTP|status(?: code)?)\W{0,3}40[13]\b/i,
  /you do not have access to/i
];
var NOT_FOUND = [/specified project not found/i, /project not found/i, /specified environment not found/i, /environment not found/i];
function known(f, project, sub) {
  return [
    {
      lines: AUTH,
      error: (l) => new Error(`${f.bin} ${sub} was refused (${redact(l.trim())}): check ${f.tokenVar} and that its user can access project ${project}`)
    },
    { lines: NOT_FOUND, error: (l) => new Error(`${f.bin} ${sub}: ${redact(l.trim())} (check \`project\` and \`environment\`)`) },
    {
      // Seen with the CLIs bundled in wrapper 5.0.0 (legacy 4.10.x): they lack the public regions'
      // SSH host keys, added in legacy 4.12.0, so every SSH command fails on a fresh runner.
      lines: [/host key verification failed/i],
      error: () => new Error(
        `${f.bin} ${sub}: ssh refused the environment's host key ("Host key verification failed"). A ${f.bin} older than the one this release pins may lack the platform's host keys: leave \`cli-version\` empty, or remove the old ${f.bin} from PATH`
      )
    },
    {
      lines: [/protocol version mismatch/i],
      error: () => new Error(
        `${f.bin} ${sub}: rsync reported "protocol version mismatch": something in the app's .environment file prints output on login, which breaks rsync over SSH (platformsh/platformsh-docs#2234); make .environment silent`
      )
    }
  ];
}
function judge(f, project, r, sub) {
  judgeCli(`${f.bin} ${sub}`, r, { known: known(f, project, sub), exit: "ignore" });
}
async function checkedRun(cli, f, project, args, o, c) {
  const r = await cli.run(args, o);
  judgeCli(`${f.bin} ${c.sub}`, r, {
    known: known(f, project, c.sub),
    ...c.clearer ? { clearer: c.clearer } : {},
    ...c.why ? { why: c.why } : {},
    exit: c.transient ? "transient" : "final"
  });
  return r;
}

// src/platforms/platformsh/export.ts
import { readdir as readdir4, rm as rm4 } from "node:fs/promises";
import path8 from "node:path";
var import_yaml = __toESM(require_dist(), 1);

// src/platforms/platformsh/commands.ts
var env = (s, environment) => ["-p", s.project, "-e", environment, "--yes"];
var app = (s, environment) => [...env(s, environment), ...s.app ? ["-A", s.app] : []];
var SYSTEM_SCHEMAS = {
  mysql: /* @__PURE__ */ new Set(["information_schema", "performance_schema", "mysql", "sys"]),
  pgsql: /* @__PURE__ */ new Set(["postgres"])
};
var commands = {
  /** A clone of the environment's branch (git over the CLI's SSH setup). */
  projectGet: (s, environment, dir) => ["project:get", s.project, dir, "-e", environment, "--yes"],
  /** YAML on stdout; it carries database passwords, so it is captured, never logged. */
  relationships: (s, environment) => ["environment:relationships", ...app(s, environment)],
  /** The schemas the relationship's user can see: db:dump and sql take one at a time. */
  listSchemas: (s, environment, rel, scheme) => [
    "sql",
    ...app(s, environment),
    "-r",
    rel,
    // Tab-separated rows (mysql --batch --raw, with a header) or tuples only (psql -t).
    "--raw",
    scheme === "pgsql" ? "SELECT datname FROM pg_database WHERE NOT datistemplate AND datallowconn AND has_database_privilege(datname, 'CONNECT') ORDER BY 1" : "SHOW DATABASES"
  ],
  dbDump: (s, environment, rel, schema, file) => [
    "db:dump",
    ...app(s, environment),
    "-r",
    rel,
    "--schema",
    schema,
    "--gzip",
    "-f",
    file
  ],
  /** Reads SQL on stdin; without --schema the default schema. */
  sql: (s, environment, rel, schema) => [
    "sql",
    ...app(s, environment),
    "-r",
    rel,
    ...schema ? ["--schema", schema] : []
  ],
  /** --delete: the target is ours, and may hold the previous export (pull-cache); it ends as an exact mirror. */
  mountDownload: (s, environment, target) => [
    "mount:download",
    ...app(s, environment),
    "--all",
    "--target",
    target,
    "--delete"
  ],
  mountList: (s, environment) => ["mount:list", ...app(s, environment), "--paths"],
  mountUpload: (s, environment, source, mount) => [
    "mount:upload",
    ...app(s, environment),
    "--source",
    source,
    "--mount",
    mount
  ],
  /** --wait: without a TTY the CLI may otherwise return before the backup exists. */
  backupCreate: (s, environment, live) => [
    "backup:create",
    ...env(s, environment),
    ...live ? ["--live"] : [],
    "--wait"
  ],
  /** One id per line, newest first; exits 1 with "No backups found" when there are none. */
  backupList: (s, environment) => [
    "backup:list",
    ...env(s, environment),
    "--format",
    "plain",
    "--no-header",
    "--columns",
    "id"
  ],
  backupRestore: (s, environment, id, target) => [
    "backup:restore",
    id,
    ...env(s, environment),
    "--target",
    target
  ]
};

// src/platforms/platformsh/export.ts
var NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
var exportRun = (p, sub, args, o, clearer, why) => checkedRun(p.cli, p.f, p.scope.project, args, o, { sub, transient: true, ...clearer ? { clearer } : {}, ...why ? { why } : {} });
async function databases(p, environment, signal, label2) {
  const stage = await freshDir(p.ctx, "psh-relationships");
  const r = await exportRun(p, "environment:relationships", commands.relationships(p.scope, environment), {
    cwd: stage,
    signal,
    label: label2,
    captureStdout: true
  });
  let doc;
  try {
    doc = (0, import_yaml.parse)(r.stdout);
  } catch (e) {
    throw new Error(`${p.f.bin} environment:relationships printed something that is not YAML (${e.message})`, { cause: e });
  }
  const found = [];
  for (const [rel, instances] of Object.entries(doc ?? {})) {
    const first = Array.isArray(instances) ? instances[0] : void 0;
    const scheme = first?.scheme === "mysql" ? "mysql" : first?.scheme === "pgsql" || first?.scheme === "postgresql" ? "pgsql" : void 0;
    if (scheme && NAME_RE.test(rel))
      found.push({ rel, scheme, ...typeof first?.path === "string" && first.path ? { path: first.path } : {} });
  }
  return found;
}
async function schemas(p, environment, db, signal) {
  const stage = await freshDir(p.ctx, `psh-schemas-${db.rel}`);
  const r = await exportRun(p, `sql -r ${db.rel} --raw`, commands.listSchemas(p.scope, environment, db.rel, db.scheme), {
    cwd: stage,
    signal,
    label: "data",
    captureStdout: true
  });
  const rows = r.stdout.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (db.scheme === "mysql" && rows[0] === "Database") rows.shift();
  const list2 = rows.filter((s) => !SYSTEM_SCHEMAS[db.scheme].has(s) || s === db.path);
  for (const s of list2)
    if (!NAME_RE.test(s))
      throw new Error(`the ${db.rel} relationship lists a schema named "${redact(s).slice(0, 40)}", which we cannot use as a file name`);
  if (list2.length === 0)
    throw new Error(
      `the ${db.rel} relationship's user sees no schema to dump (\`${p.f.bin} sql -r ${db.rel} --raw\` listed only system schemas)`
    );
  return list2;
}
async function mountPaths(p, environment, cwd, signal, label2) {
  const list2 = await checkedRun(
    p.cli,
    p.f,
    p.scope.project,
    commands.mountList(p.scope, environment),
    { cwd, signal, label: label2, captureStdout: true },
    { sub: "mount:list" }
  );
  return list2.stdout.split(/\r?\n/).map((s) => s.trim().replace(/^\/+|\/+$/g, "")).filter(Boolean);
}
async function pruneToMounts(dir, mounts, rel = "") {
  for (const name of await readdir4(dir)) {
    const r = rel ? `${rel}/${name}` : name;
    if (mounts.includes(r)) continue;
    if (mounts.some((m2) => m2.startsWith(`${r}/`))) await pruneToMounts(path8.join(dir, name), mounts, r);
    else await rm4(path8.join(dir, name), { recursive: true, force: true });
  }
}
var dumpName2 = (rel, schema) => `${rel}--${schema}.sql.gz`;
var retrying = (p, what2, signal, body) => exportAttempts(p.ctx, { what: what2, signal }, body);
async function chosenDatabases(p, signal) {
  const environment = p.ctx.environment;
  const dbs = await retrying(p, `${p.f.bin} environment:relationships`, signal, () => databases(p, environment, signal, "data"));
  const have = dbs.map((d) => d.rel).join(", ") || "none";
  if (p.rels) {
    const missing = p.rels.filter((r) => !dbs.some((d) => d.rel === r));
    if (missing.length)
      throw new Error(
        `\`platformsh-relationships\` names ${missing.join(", ")}, which the ${environment} environment has no database relationship for (it has ${have})`
      );
  }
  const chosen = p.rels ? dbs.filter((d) => p.rels.includes(d.rel)) : dbs;
  if (chosen.length === 0) {
    throw new Error(
      `the ${environment} environment has no MySQL, MariaDB or PostgreSQL relationship to dump; remove "data" from \`components\`, or name them in \`platformsh-relationships\``
    );
  }
  return chosen;
}
async function dumpSchema(p, db, schema, attempt, outDir, signal) {
  const { ctx } = p;
  const name = dumpName2(db.rel, schema);
  const stage = await freshDir(ctx, `psh-dump-${attempt}`);
  const file = path8.join(stage, name);
  await exportRun(
    p,
    `db:dump -r ${db.rel} --schema ${schema}`,
    commands.dbDump(p.scope, ctx.environment, db.rel, schema, file),
    { cwd: stage, signal, label: "data" },
    void 0,
    "the remote dump failed"
  );
  const v = await requireSqlGzip(file, `the ${db.rel} dump of ${schema} (${name})`);
  ctx.log.info(`[data] ${name}: ${v.bytes} bytes of SQL, complete`);
  await moveChildren(stage, outDir, [name]);
}
function exporters(p) {
  const { ctx, f, cli, scope } = p;
  const environment = ctx.environment;
  return {
    async code(outDir, signal) {
      await retrying(p, `${f.bin} project:get`, signal, async (n) => {
        const stage = await freshDir(ctx, `psh-code-${n}`);
        const repo = path8.join(stage, "repo");
        await exportRun(p, "project:get", commands.projectGet(scope, environment, repo), { cwd: stage, signal, label: "code" });
        const head = await cli.exec("git", ["-C", repo, "rev-parse", "--verify", "HEAD"], { cwd: stage, signal, label: "code" });
        if (head.code !== 0)
          throw new VerificationError(`the clone of ${environment} has no commit (git rev-parse HEAD ${exitText(head)})`);
        await cli.exec("git", ["-C", repo, "clean", "-fdXq", "--", `${f.projectConfigDir}/local`], { cwd: stage, signal, label: "code" });
        const files = (await readdir4(repo)).filter((x) => x !== ".git");
        if (files.length === 0) throw new VerificationError(`the ${environment} branch checked out no files`);
        await moveChildren(repo, outDir);
      });
    },
    async data(outDir, signal) {
      for (const db of await chosenDatabases(p, signal)) {
        const list2 = await retrying(p, `listing the schemas of ${db.rel}`, signal, () => schemas(p, environment, db, signal));
        ctx.log.info(
          `[data] ${db.rel}: dumping ${list2.length} schema${list2.length === 1 ? "" : "s"} (${list2.join(", ")}); db:dump alone would take only the default one`
        );
        for (const schema of list2)
          await retrying(
            p,
            `${f.bin} db:dump -r ${db.rel} --schema ${schema}`,
            signal,
            (n) => dumpSchema(p, db, schema, n, outDir, signal)
          );
      }
    },
    // Straight into outDir with --delete: an exact mirror, so a folder seeded with the previous
    // export (pull-cache) gets only what changed, and an attempt cut short leaves whole files
    // (rsync renames each one into place) that the next attempt completes.
    async assets(outDir, signal) {
      const seeded = (await readdir4(outDir)).length > 0;
      await retrying(p, `${f.bin} mount:download`, signal, async (n) => {
        const stage = await freshDir(ctx, `psh-mounts-${n}`);
        await exportRun(
          p,
          "mount:download",
          commands.mountDownload(scope, environment, outDir),
          { cwd: stage, signal, label: "assets" },
          (r) => {
            if (findLine(r, [/no mounts/i]))
              throw new Error(
                `the ${environment} environment has no mounts, so there are no files to back up; remove "assets" from \`components\``
              );
          }
        );
        if (seeded) await pruneToMounts(outDir, await mountPaths(p, environment, stage, signal, "assets"));
        const s = await requireTree(outDir, "mount:download");
        ctx.log.info(`[assets] ${s.files} files, ${s.bytes} bytes from the mounts`);
      });
    }
  };
}

// src/platforms/platformsh/restore.ts
import { createReadStream as createReadStream3 } from "node:fs";
import { readdir as readdir5 } from "node:fs/promises";
import { pipeline as pipeline3 } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import path9 from "node:path";
function parseDump(name) {
  const m2 = /^([A-Za-z0-9][A-Za-z0-9_.-]*?)(?:--([A-Za-z0-9][A-Za-z0-9_.-]*))?\.sql\.gz$/.exec(name);
  return m2 ? { rel: m2[1], ...m2[2] ? { schema: m2[2] } : {} } : void 0;
}
async function refuseHostile(file, name, scheme) {
  const gunzip = createGunzip();
  const read = pipeline3(createReadStream3(file), gunzip);
  read.catch(() => void 0);
  try {
    await scanDump(gunzip, scheme === "pgsql" ? "psql" : "mysql");
    await read;
  } catch (e) {
    gunzip.destroy();
    if (e instanceof DumpRefused) throw new Error(`refused ${name}, nothing was imported: ${e.message}`, { cause: e });
    throw e;
  }
}
async function restoreData(p, inDir, target, signal) {
  const { f, cli, scope } = p;
  const dumps = (await readdir5(inDir)).filter((n) => n.endsWith(".sql.gz")).sort();
  if (dumps.length === 0) throw new Error("the data archive holds no <relationship>--<schema>.sql.gz dump");
  const dbs = await databases(p, target, signal, "data");
  for (const dump of dumps) {
    const parsed = parseDump(dump);
    if (!parsed) throw new Error(`unexpected dump name ${dump}`);
    const db = dbs.find((d) => d.rel === parsed.rel);
    if (!db)
      throw new Error(
        `${dump} is a dump of the ${parsed.rel} relationship, which the ${target} environment does not have (it has ${dbs.map((d) => d.rel).join(", ") || "none"})`
      );
    await requireGzip(path9.join(inDir, dump), dump);
    await refuseHostile(path9.join(inDir, dump), dump, db.scheme);
    const prefix = db.scheme === "pgsql" ? "\\set ON_ERROR_STOP on\n" : "";
    const r = await cli.exec(
      "bash",
      [
        "-o",
        "pipefail",
        "-c",
        '{ printf "%s" "$1"; gzip -dc -- "$2"; } | "$3" "${@:4}"',
        "restore-sql",
        prefix,
        path9.join(inDir, dump),
        cli.bin,
        ...commands.sql(scope, target, db.rel, parsed.schema)
      ],
      { cwd: inDir, signal, label: "data" }
    );
    judge(f, scope.project, r, `sql -r ${db.rel}`);
    if (r.code !== 0)
      throw new Error(
        `importing ${dump} with \`${f.bin} sql -r ${db.rel}${parsed.schema ? ` --schema ${parsed.schema}` : ""}\` ${exitText(r)}: ${lastOutput(r)}`
      );
  }
}
async function restoreAssets(p, inDir, target, signal) {
  const { f, cli, scope } = p;
  const mounts = await mountPaths(p, target, inDir, signal, "assets");
  let uploaded = 0;
  for (const m2 of mounts) {
    if (m2.split("/").some((seg) => seg === ".." || seg === "")) continue;
    const src = path9.join(inDir, m2);
    if ((await treeStats(src)).files === 0) continue;
    await checkedRun(
      cli,
      f,
      scope.project,
      commands.mountUpload(scope, target, src, m2),
      { cwd: inDir, signal, label: "assets" },
      { sub: `mount:upload --mount ${m2}` }
    );
    uploaded++;
  }
  if (uploaded === 0) {
    throw new Error(
      `none of the ${target} environment's mounts (${mounts.join(", ") || "none"}) has a folder in this archive (${(await readdir5(inDir)).join(", ")})`
    );
  }
}
async function restoreArchive(p, component2, inDir, target, signal) {
  if (component2 === "code") {
    throw new Error(
      `${p.f.label} code lives in git: push the branch from this archive (it is a full clone: \`git push <${p.f.bin} remote> HEAD:${target}\`), or set \`platformsh-restore-from: snapshot\` to restore code, data and files together with backup:restore`
    );
  }
  if (component2 === "data") return restoreData(p, inDir, target, signal);
  return restoreAssets(p, inDir, target, signal);
}

// src/platforms/platformsh/snapshot.ts
import { readFile as readFile3 } from "node:fs/promises";
import path10 from "node:path";
var SNAPSHOT_FILE = "platform-snapshot.json";
async function listBackups(p, environment, signal, label2) {
  const stage = await freshDir(p.ctx, "psh-backup-list");
  const r = await p.cli.run(commands.backupList(p.scope, environment), { cwd: stage, signal, label: label2, captureStdout: true });
  judge(p.f, p.scope.project, r, "backup:list");
  if (r.code !== 0 && r.lines.some((l) => /no backups found/i.test(l))) return [];
  if (r.code !== 0) throw new Error(`${p.f.bin} backup:list ${exitText(r)}: ${lastOutput(r)}`);
  return r.stdout.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
}
async function takeSnapshot(p, mode, signal) {
  const { ctx, f, cli, scope } = p;
  const environment = ctx.environment;
  const live = mode === "live";
  const before = await listBackups(p, environment, signal, "snapshot");
  const stage = await freshDir(ctx, "psh-backup");
  const r = await checkedRun(
    cli,
    f,
    scope.project,
    commands.backupCreate(scope, environment, live),
    { cwd: stage, signal, label: "snapshot" },
    {
      sub: "backup:create",
      why: "the platform would not take a backup (another activity running, an inactive environment, or a user who is not an admin)"
    }
  );
  const after = await listBackups(p, environment, signal, "snapshot");
  const fresh = after.filter((id2) => !before.includes(id2));
  let id = r.lines.map((l) => /Backup name:\s*(\S+)/i.exec(l)?.[1]).find(Boolean);
  if (!id) {
    if (fresh.length !== 1) {
      throw new Error(
        `${f.bin} backup:create reported success but printed no backup name, and \`backup:list\` shows ${fresh.length} new backups, so which one it made is unknown`
      );
    }
    id = fresh[0];
    ctx.log.warn(`[snapshot] backup:create printed no backup name; recording ${id}, the one backup that was not listed before`);
  }
  if (!NAME_RE.test(id)) throw new Error(`${f.bin} backup:create printed an unexpected backup name "${redact(id).slice(0, 40)}"`);
  if (!after.includes(id)) throw new Error(`${f.bin} backup:create named backup ${id}, but \`backup:list\` does not list it`);
  const deleted = before.filter((b) => !after.includes(b));
  if (deleted.length) {
    ctx.log.warn(
      `[snapshot] the platform deleted ${deleted.length} older backup${deleted.length === 1 ? "" : "s"} of ${environment} to make room (its quota was reached): ${deleted.join(", ")}`
    );
  }
  ctx.log.info(`[snapshot] ${f.label} backup ${id} of ${scope.project}/${environment}${live ? " (live)" : ""}`);
  return {
    provider: f.kind,
    project: scope.project,
    environment,
    backupId: id,
    live,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...deleted.length ? { deletedBackups: deleted } : {}
  };
}
async function recorded(p, inDir) {
  let rec;
  try {
    rec = JSON.parse(await readFile3(path10.join(inDir, SNAPSHOT_FILE), "utf8"));
  } catch {
    rec = void 0;
  }
  const id = rec?.backupId;
  if (typeof id !== "string" || !NAME_RE.test(id)) {
    throw new Error(
      "`platformsh-restore-from: snapshot` needs a platform backup recorded with this backup, and there is none; back up with `platformsh-backup: true`, or restore from the archive"
    );
  }
  if (rec?.project && rec.project !== p.scope.project)
    throw new Error(`the recorded platform backup ${id} belongs to project ${String(rec.project)}, not ${p.scope.project}`);
  const environment = typeof rec?.environment === "string" && NAME_RE.test(rec.environment) ? rec.environment : p.ctx.environment;
  return { id, environment };
}
async function restoreSnapshot(p, inDir, target, signal, label2) {
  const { ctx, f, cli, scope } = p;
  const { id, environment } = await recorded(p, inDir);
  const existing = await listBackups(p, environment, signal, label2);
  if (!existing.includes(id)) {
    throw new Error(
      `the platform backup ${id} recorded with this backup no longer exists on ${environment} (the platform deletes the oldest backup when a new one exceeds the quota, and backups expire); restore from the archive with \`platformsh-restore-from: archive\``
    );
  }
  const stage = await freshDir(ctx, "psh-restore");
  await checkedRun(
    cli,
    f,
    scope.project,
    commands.backupRestore(scope, environment, id, target),
    { cwd: stage, signal, label: label2 },
    {
      sub: `backup:restore ${id} --target ${target}`,
      why: "the backup is missing or not restorable, or the target is not active"
    }
  );
}

// src/platforms/platformsh.ts
var SNAPSHOT_MODES = ["false", "true", "live"];
function settings2(ctx, kind) {
  const f = FLAVOURS[kind];
  const project = ctx.inputs.get("project");
  if (!project)
    throw new ConfigError(
      "project",
      `is required for \`platform: ${kind}\``,
      `Set it to the project ID (as in \`${f.bin} project:list\` or the console URL).`
    );
  if (!NAME_RE.test(project))
    throw new ConfigError("project", `"${project}" is not a project ID`, "Use the ID, such as `abcdefgh1234567`.");
  const app2 = ctx.inputs.get("platformsh-app");
  if (app2 && !NAME_RE.test(app2))
    throw new ConfigError("platformsh-app", `"${app2}" is not an app name`, "Use the `name` from the app's configuration.");
  const rels = listInput(ctx, "platformsh-relationships");
  for (const r of rels ?? [])
    if (!NAME_RE.test(r))
      throw new ConfigError("platformsh-relationships", `"${r}" is not a relationship name`, "List names such as `database,reports`.");
  const snapshotMode = inputOrDefault(ctx.inputs, "platformsh-backup").toLowerCase();
  if (!SNAPSHOT_MODES.includes(snapshotMode)) {
    throw new ConfigError(
      "platformsh-backup",
      `"${snapshotMode}" is not one of false, true, live`,
      "Use `true` for a platform-side backup with each run, `live` for one without downtime, or `false`."
    );
  }
  const restoreFrom = inputOrDefault(ctx.inputs, "platformsh-restore-from");
  if (restoreFrom !== "archive" && restoreFrom !== "snapshot") {
    throw new ConfigError(
      "platformsh-restore-from",
      `"${restoreFrom}" is not archive or snapshot`,
      "Use `archive` (our dumps and files) or `snapshot` (the platform backup recorded in the manifest)."
    );
  }
  return { project, ...app2 ? { app: app2 } : {}, ...rels ? { rels } : {}, snapshotMode, restoreFrom };
}
async function exportWithSnapshot(st, component2, outDir, signal) {
  if (st.s.snapshotMode !== "false" && !st.snapshotTaken) {
    st.snapshotTaken = true;
    st.snapshot = await takeSnapshot(st.p, st.s.snapshotMode, signal);
  }
  await st.exportOne[component2](outDir, signal);
  if (!st.snapshot) return;
  await rm5(path11.join(outDir, SNAPSHOT_FILE), { force: true });
  await writeFile4(path11.join(outDir, SNAPSHOT_FILE), JSON.stringify(st.snapshot, null, 2) + "\n");
  return { platformSnapshot: st.snapshot };
}
async function restoreOne(st, component2, inDir, opts) {
  if (st.s.restoreFrom === "archive") return restoreArchive(st.p, component2, inDir, opts.targetEnvironment, opts.signal);
  if (st.snapshotRestored) {
    st.p.ctx.log.info(`[${component2}] already restored by backup:restore (it restores code, data and files together)`);
    return;
  }
  await restoreSnapshot(st.p, inDir, opts.targetEnvironment, opts.signal, component2);
  st.snapshotRestored = true;
}
var handler2 = (c, mirrors = false) => ({
  export: (st, outDir, signal) => exportWithSnapshot(st, c, outDir, signal),
  restore: (st, inDir, opts) => restoreOne(st, c, inDir, opts),
  mirrors
});
var PSH_INPUTS = {
  "platformsh-app": { description: "Platform.sh/Upsun: the application name (`--app`) in a multi-app project." },
  "platformsh-relationships": {
    description: "Platform.sh/Upsun: database relationships to dump, separated by commas. Empty dumps every MySQL, MariaDB and PostgreSQL relationship; each schema of a relationship is dumped to its own file (`db:dump --schema`)."
  },
  "platformsh-backup": {
    description: "Platform.sh/Upsun: also take a platform-side `backup:create` and record it in the manifest as `platformSnapshot`: `false`, `true`, or `live` (adds `--live`: no downtime, but not guaranteed consistent).",
    default: "false",
    actions: ["backup"]
  },
  "platformsh-restore-from": {
    description: "Platform.sh/Upsun restores: `archive` imports our archives (`sql` and `mount:upload`); `snapshot` runs `backup:restore --target` with the platform backup recorded in the manifest (code, data and files together).",
    default: "archive",
    actions: ["restore"]
  }
};
function platformDefinition(kind) {
  const f = FLAVOURS[kind];
  return definePlatform({
    name: kind,
    summary: `${f.label} through the released ${f.bin} CLI: code with \`project:get\`, assets with \`mount:download\`, data with \`db:dump\` per schema; optionally a platform-side \`backup:create\`.`,
    inputs: PSH_INPUTS,
    reads: ["project", ...HOSTED_INPUTS],
    secrets: [
      {
        name: f.tokenVar,
        purpose: `the ${f.label} CLI needs an API token (a machine user's token from the console, Account > API tokens)`
      }
    ],
    check(ctx) {
      settings2(ctx, kind);
      retriesFrom(ctx);
    },
    cli: f.tool,
    async open(ctx, { secrets, cli: installed }) {
      const s = settings2(ctx, kind);
      const cli = await openCli(ctx, f, secrets[f.tokenVar], installed);
      const scope = { project: s.project, ...s.app ? { app: s.app } : {} };
      const p = { ctx, f, cli, scope, ...s.rels ? { rels: s.rels } : {} };
      return { p, s, exportOne: exporters(p), snapshotTaken: false, snapshotRestored: false };
    },
    // assets: mount:download --delete, an rsync mirror (pull-cache may seed it).
    components: { code: handler2("code"), assets: handler2("assets", true), data: handler2("data") }
  });
}
var platformshPlatform = platformDefinition("platformsh");
var upsunPlatform = platformDefinition("upsun");

// src/platforms/siteglide.ts
import { cp as cp3, lstat as lstat3, readdir as readdir6, readFile as readFile4, writeFile as writeFile5 } from "node:fs/promises";
import path12 from "node:path";
var SITEGLIDE_CLI = {
  tool: "siteglide-cli",
  bin: "siteglide-cli",
  defaultVersion: "1.10.3",
  // Its dependencies' install scripts fetch image tools from GitHub for `migrate` only.
  method: { kind: "npm", package: "@siteglide/siteglide-cli", ignoreScripts: true },
  versionArgs: ["--version"]
};
function cliEnv2(ctx, creds, pathValue) {
  return {
    ...ctx.env,
    ...mpkitEnv(creds),
    PATH: pathValue,
    // Plain lines: lib/logger.js drops chalk with NO_COLOR, and chalk colours a GitHub runner otherwise.
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    NO_UPDATE_NOTIFIER: "1",
    // A DEBUG in the job's environment makes lib/ServerError.js dump every failed request, its
    // Authorization header included, and its "Unauthorized error:" line would turn a locked site
    // into a refused token for our checks, which read this output.
    DEBUG: ""
  };
}
var COMMANDS2 = {
  pull: (env2) => ({ name: "pull", args: ["pull", env2], failed: [/pull failed/i] }),
  /**
   * `-a` skips only the code zip: the data export still runs alongside (siteglide-cli-export.js),
   * and when that job outlives the poll limit it prints "Data Export failed" and exits 0 with
   * every asset saved. Its lines say nothing about the assets, so they are not failures here.
   */
  assets: (env2) => ({ name: "export -a -w", args: ["export", env2, "-a", "-w"], failed: [/asset download failed/i] }),
  /** Also re-pulls the code and the text assets alongside; only the data phase matters for data. */
  data: (env2) => ({ name: "export", args: ["export", env2, "-p", DATA_FILE2], failed: [/data export (failed|error)/i] }),
  deploy: (env2, withAssets) => ({
    name: withAssets ? "deploy -w" : "deploy",
    args: ["deploy", env2, ...withAssets ? ["-w"] : []],
    failed: []
  })
};
var DATA_FILE2 = "data.json";
var SITE_ROOTS = ["marketplace_builder", "app"];
var DEPLOY_FAILURES = [
  {
    line: /codebase is more than 50mb/i,
    explain: () => "the code is over Siteglide's 50 MB limit for marketplace_builder/ and modules/ (assets are not counted); move large files out of the code, for example into assets"
  },
  {
    line: /contains invalid syntax/i,
    explain: (r) => `Siteglide found a syntax error in the code${detail(r, /\[Error Details\]/)}; fix it in the backup's code or in the site, then restore again`
  },
  { line: /total assets size must be smaller than 5GB/i, explain: () => "the assets are over the 5 GB limit of one assets upload" },
  { line: /deploying assets failed/i, explain: () => "the assets upload failed (presign, upload or manifest); the code was not deployed" },
  {
    line: /correct permissions and your site is not locked/i,
    explain: (r) => `the deploy was refused${detail(r, /^\[\d{3}\]/)}: check that the token may deploy to this site and that the site is not locked or still being created`
  }
];
function detail(r, re) {
  const l = findLine(r, [re]);
  return l ? ` (${redact(l.trim())})` : "";
}
var GIVE_UP_HINT = "siteglide-cli polls for about 2 minutes and then gives up even though the platform is still working; large sites can need several attempts (raise `retries`), or ask Siteglide support about the site's export time";
async function siteRoot(dir) {
  for (const r of SITE_ROOTS) {
    try {
      if ((await lstat3(path12.join(dir, r))).isDirectory()) return r;
    } catch {
    }
  }
  return void 0;
}
var SiteglideCli = class {
  constructor(ctx, cli) {
    this.ctx = ctx;
    this.cli = cli;
  }
  ctx;
  cli;
  async run(cmd, o) {
    const r = await this.cli.run(cmd.args, { ...o, input: "Y\n" });
    const what2 = `siteglide-cli ${cmd.name}`;
    if (findLine(r, [/\[Cancelled\]/]))
      throw new Error(`${what2} was cancelled at its (Y/n) prompt; it proceeds only on exactly "Y": ${lastOutput(r)}`);
    throwIfRefused(what2, r, "Renew the token (`siteglide-cli add <env>` writes a new one into .siteglide-config)");
    return r;
  }
  /** For exports: a non-zero exit or a failure line is worth another attempt. */
  async export(cmd, o) {
    const r = await this.run(cmd, o);
    throwIfFailed(`siteglide-cli ${cmd.name}`, r, cmd.failed);
    return r;
  }
  /** Runs `body` in a fresh folder, again on transient failures and on output that does not check out. */
  retrying(component2, what2, signal, body) {
    return exportAttempts(
      this.ctx,
      { what: what2, signal, hint: GIVE_UP_HINT },
      async (n) => body(await freshDir(this.ctx, `siteglide-${component2}-${n}`))
    );
  }
};
var Exporter2 = class {
  constructor(ctx, sg) {
    this.ctx = ctx;
    this.sg = sg;
  }
  ctx;
  sg;
  async code(outDir, signal) {
    await this.sg.retrying("code", "siteglide-cli pull", signal, async (stage) => {
      const r = await this.sg.export(COMMANDS2.pull(this.ctx.environment), { cwd: stage, signal, label: "code" });
      if (!findLine(r, [/Pulled files/])) {
        throw new TransientError(
          `siteglide-cli pull exited 0 without "Pulled files": a text asset download (CSS, JS, JSON ...) failed, and then it writes none of them (${lastOutput(r)})`
        );
      }
      const root = await siteRoot(stage);
      if (!root) throw new VerificationError("siteglide-cli pull wrote no marketplace_builder/ folder");
      if ((await readdir6(stage)).includes("marketplace_builder.zip")) {
        throw new VerificationError("siteglide-cli pull left marketplace_builder.zip behind: the download or unzip did not finish");
      }
      await requireTree(path12.join(stage, root), `the code (${root}/)`);
      await moveChildren(stage, outDir, [root, "modules"]);
    });
  }
  async assets(outDir, signal) {
    await this.sg.retrying("assets", "siteglide-cli export -a -w", signal, async (stage) => {
      const r = await this.sg.export(COMMANDS2.assets(this.ctx.environment), { cwd: stage, signal, label: "assets" });
      const root = await siteRoot(stage);
      if (!root) throw new VerificationError("siteglide-cli export -a -w wrote no assets (no marketplace_builder/ folder)");
      await requireTree(path12.join(stage, root), "the assets");
      const skipped = skippedAssets(r);
      const tally = /Downloaded (\d+) assets out of (\d+)/.exec(
        [...r.lines].reverse().find((l) => /Downloaded \d+ assets out of \d+/.test(l)) ?? ""
      );
      if (tally && Number(tally[1]) + skipped.length < Number(tally[2])) {
        throw new VerificationError(
          `siteglide-cli downloaded ${tally[1]} of ${tally[2]} assets, and skipped ${skipped.length} it cannot download: the rest failed without a message`
        );
      }
      if (skipped.length > 0) {
        this.ctx.log.warn(
          `[assets] siteglide-cli skipped ${skipped.length} asset(s) with an extension it does not download ("Cannot download asset"); they are not in this backup: ${skipped.slice(0, 5).join(", ")}${skipped.length > 5 ? `, and ${skipped.length - 5} more` : ""}`
        );
      }
      const decoded = await decodeJsonAssets(path12.join(stage, root));
      if (decoded > 0)
        this.ctx.log.info(
          `[assets] ${decoded} .json/.map asset(s) restored to their original text (siteglide-cli export saves them JSON-encoded a second time)`
        );
      await moveChildren(stage, outDir, [root]);
    });
  }
  async data(outDir, signal) {
    let result = {};
    await this.sg.retrying("data", "siteglide-cli export", signal, async (stage) => {
      await this.sg.export(COMMANDS2.data(this.ctx.environment), { cwd: stage, signal, label: "data" });
      const s = await requireRecordExport(path12.join(stage, DATA_FILE2), stage, ".tmp", DATA_FILE2);
      this.ctx.log.info(`[data] ${DATA_FILE2} holds ${s.records} records and references ${s.files} record files, all present`);
      await moveChildren(stage, outDir, [DATA_FILE2, ".tmp"]);
      const t = await treeStats(outDir);
      result = { counts: { files: t.files, bytes: t.bytes, records: s.records } };
    });
    return result;
  }
};
function skippedAssets(r) {
  return r.lines.map((l) => /Cannot download asset (\S+)/.exec(l)?.[1]).filter((u) => Boolean(u));
}
async function decodeJsonAssets(dir) {
  let n = 0;
  for (const e of await readdir6(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !/\.(json|map)/.test(e.name)) continue;
    const file = path12.join(e.parentPath, e.name);
    const text = await readFile4(file, "utf8");
    if (!text.startsWith('"')) continue;
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    if (typeof value !== "string") continue;
    await writeFile5(file, value);
    n++;
  }
  return n;
}
var NO_DATA_IMPORT = "siteglide data cannot be restored automatically: siteglide-cli has no import (its `import` command is disabled), and Siteglide Admin's CSV import does not take this format. The backup still holds every user, model and record as data.json, with the files they reference under .tmp/; import them with `pos-cli data import <env> -p data.json` against the same instance where its format is accepted, or by hand.";
var Restorer2 = class {
  constructor(ctx, sg) {
    this.ctx = ctx;
    this.sg = sg;
  }
  ctx;
  sg;
  /** The code folder restored in this session: assets go up only together with it. */
  restoredCode;
  async code(inDir, target, signal) {
    if (!await siteRoot(inDir)) throw new Error("the code archive has no marketplace_builder/ folder to deploy");
    await this.deploy(inDir, target, false, "code", signal);
    this.restoredCode = inDir;
  }
  /**
   * siteglide-cli uploads assets only as part of a full deploy (`deploy -w`). A full deploy of an
   * assets-only folder would replace the site's code with nothing, so the assets go up together
   * with the code restored just before.
   */
  async assets(inDir, target, signal) {
    const root = await siteRoot(inDir);
    if (!root) throw new Error("the assets archive has no marketplace_builder/ folder to deploy");
    if (!this.restoredCode) {
      throw new Error(
        "siteglide assets are uploaded only by a full `siteglide-cli deploy -w`, which also replaces the code; restore `code` and `assets` together (code first) so the assets go up with the backed-up code"
      );
    }
    const merged = await freshDir(this.ctx, "siteglide-deploy-with-assets");
    await cp3(this.restoredCode, merged, { recursive: true, verbatimSymlinks: true });
    await cp3(inDir, merged, { recursive: true, verbatimSymlinks: true, force: true });
    const s = await treeStats(path12.join(merged, root, "assets"));
    this.ctx.log.info(`[assets] deploying the code with ${s.files} asset files (${s.bytes} bytes)`);
    await this.deploy(merged, target, true, "assets", signal);
  }
  async deploy(dir, target, withAssets, label2, signal) {
    const cmd = COMMANDS2.deploy(target, withAssets);
    const r = await this.sg.run(cmd, { cwd: dir, signal, label: label2 });
    if (r.code === 0) return;
    const what2 = `siteglide-cli ${cmd.name} ${exitText(r)}`;
    const known2 = DEPLOY_FAILURES.find((f) => findLine(r, [f.line]));
    throw new Error(`${what2}: ${known2 ? known2.explain(r) : "the deploy failed"} (${lastOutput(r)})`);
  }
};
var siteglidePlatform = definePlatform({
  name: "siteglide",
  summary: "Siteglide (on platformOS) through the released siteglide-cli: code with `pull`, assets and data with `export`; restores deploy code and assets.",
  reads: HOSTED_INPUTS,
  secrets: mpkitSecrets("siteglide"),
  readSecrets: (ctx) => mpkitSecretValues(mpkitCredentials(ctx, "siteglide")),
  check: (ctx) => void retriesFrom(ctx),
  // a bad `retries` fails here, before anything is installed
  cli: SITEGLIDE_CLI,
  async open(ctx, { secrets, cli: installed }) {
    const creds = { url: secrets.MPKIT_URL, token: secrets.MPKIT_TOKEN, email: secrets.MPKIT_EMAIL };
    const cli = new Cli(ctx, installed.bin, "siteglide-cli", cliEnv2(ctx, creds, cliPath(installed, ctx.env.PATH)), [
      creds.token,
      creds.email
    ]);
    const sg = new SiteglideCli(ctx, cli);
    return { exporter: new Exporter2(ctx, sg), restorer: new Restorer2(ctx, sg) };
  },
  components: {
    code: {
      export: (s, dir, signal) => s.exporter.code(dir, signal),
      restore: (s, dir, o) => s.restorer.code(dir, o.targetEnvironment, o.signal)
    },
    assets: {
      export: (s, dir, signal) => s.exporter.assets(dir, signal),
      restore: (s, dir, o) => s.restorer.assets(dir, o.targetEnvironment, o.signal)
    },
    data: { export: (s, dir, signal) => s.exporter.data(dir, signal), noRestore: NO_DATA_IMPORT }
  }
});

// src/platforms/ssh/config.ts
import path13 from "node:path";
var DB_PASSWORD_ENV = "DB_PASSWORD";
var DB_TYPES = ["mysql", "mariadb", "pgsql", "none"];
var HOST_RE = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9_][A-Za-z0-9_.:-]*)$/;
var USER_RE = /^[A-Za-z0-9_][A-Za-z0-9_.@-]*$/;
var DB_WORD_RE = /^[A-Za-z0-9_$][A-Za-z0-9_$.@-]*$/;
function list(v) {
  return (v ?? "").split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}
function remotePath(name, v) {
  if (/[\n\r\0]/.test(v) || v.startsWith("~") || v.startsWith("-")) {
    throw new ConfigError(
      name,
      `"${v}" is not a usable path`,
      "Give an absolute path (`/var/www/site`), or one relative to the SSH login folder; `~` is not expanded."
    );
  }
  return v.length > 1 ? v.replace(/\/+$/, "") : v;
}
function port(src, name) {
  const v = inputOrDefault(src, name);
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new ConfigError(name, `"${v}" is not a port number`, "Use a whole number from 1 to 65535.");
  return n;
}
function dbWord(src, name) {
  const v = src.get(name);
  if (v !== void 0 && !DB_WORD_RE.test(v)) {
    throw new ConfigError(
      name,
      `"${v}" is not a database name this platform accepts`,
      "Use letters, digits, `_`, `$`, `.`, `@` and `-`, not starting with `-`."
    );
  }
  return v;
}
function parseSshLogin(src) {
  const host = src.get("ssh-host");
  if (!host)
    throw new ConfigError(
      "ssh-host",
      "is required for `platform: ssh`",
      "Set it to the host name or address of the server that holds the site."
    );
  if (!HOST_RE.test(host) || host.startsWith("-"))
    throw new ConfigError(
      "ssh-host",
      `"${host}" is not a host name`,
      "Give a host name or IP address only, without user@ or :port (use `ssh-user` and `ssh-port`)."
    );
  const user = src.get("ssh-user");
  if (user !== void 0 && !USER_RE.test(user))
    throw new ConfigError("ssh-user", `"${user}" is not a user name`, "Give the login name only.");
  const acceptNewHostKey = parseBool(src, "ssh-accept-new-host-key");
  const knownHosts = (src.get("ssh-known-hosts") ?? "").replace(/\r\n/g, "\n");
  if (!knownHosts && !acceptNewHostKey) {
    throw new ConfigError(
      "ssh-known-hosts",
      "is required: the host key must be known before a backup connects",
      "Set it to the output of `ssh-keyscan -p <port> <host>` (check the fingerprint out of band), stored as a secret or variable. Only to trust the first key seen, set `ssh-accept-new-host-key: true`."
    );
  }
  return { host, user, acceptNewHostKey, knownHosts };
}
function parseSshConfig(src, env2) {
  const { host, user, acceptNewHostKey, knownHosts } = parseSshLogin(src);
  const siteRootRaw = src.get("site-root");
  if (!siteRootRaw)
    throw new ConfigError(
      "site-root",
      "is required for `platform: ssh`",
      "Set it to the folder of the site on the host (for Drupal, the folder that holds index.php and sites/)."
    );
  const siteRoot2 = remotePath("site-root", siteRootRaw);
  const filesRaw = inputOrDefault(src, "files-path");
  const filesPath = filesRaw === "none" ? void 0 : remotePath("files-path", filesRaw);
  const dbType = inputOrDefault(src, "db-type");
  if (!DB_TYPES.includes(dbType))
    throw new ConfigError("db-type", `unknown database type "${dbType}"`, `Use one of: ${DB_TYPES.join(", ")}.`);
  const drushRaw = inputOrDefault(src, "drush");
  const drush = drushRaw === "auto" ? "auto" : ["false", "no", "off", "none"].includes(drushRaw.toLowerCase()) ? "none" : drushRaw;
  if (drush !== "auto" && drush !== "none" && /[\n\r\0]/.test(drush))
    throw new ConfigError("drush", "is not a path", "Use `auto`, `false`, or the path of drush on the host.");
  const drupalUri = src.get("drupal-uri");
  if (drupalUri !== void 0 && /[\s'"\\]/.test(drupalUri))
    throw new ConfigError("drupal-uri", `"${drupalUri}" is not a site URI`, "Use the site name as in sites/<name>, such as `example.com`.");
  const password = env2[DB_PASSWORD_ENV];
  if (password !== void 0 && /[\n\r\0]/.test(password)) {
    throw new ConfigError(
      DB_PASSWORD_ENV,
      "contains a line break",
      "Database passwords with line breaks cannot be passed to the clients; change the password."
    );
  }
  const cfg = {
    host,
    port: port(src, "ssh-port"),
    knownHosts,
    acceptNewHostKey,
    siteRoot: siteRoot2,
    codeExclude: list(src.get("code-exclude")),
    dbType,
    drush
  };
  if (user) cfg.user = user;
  const key = src.get("ssh-key");
  if (key) cfg.key = key;
  if (filesPath) cfg.filesPath = filesPath;
  const dbName = dbWord(src, "db-name");
  if (dbName) cfg.dbName = dbName;
  const dbUser = dbWord(src, "db-user");
  if (dbUser) cfg.dbUser = dbUser;
  const dbHost = src.get("db-host");
  if (dbHost !== void 0) {
    if (!HOST_RE.test(dbHost) && !dbHost.startsWith("/"))
      throw new ConfigError(
        "db-host",
        `"${dbHost}" is not a host name`,
        "Give a host name or IP address as the host sees it (often `localhost`)."
      );
    cfg.dbHost = dbHost;
  }
  const dbPort = port(src, "db-port");
  if (dbPort) cfg.dbPort = dbPort;
  if (drupalUri) cfg.drupalUri = drupalUri;
  if (password) cfg.dbPassword = password;
  return cfg;
}
function filesLocation(cfg) {
  if (!cfg.filesPath) return void 0;
  if (path13.posix.isAbsolute(cfg.filesPath)) {
    const rel2 = path13.posix.relative(cfg.siteRoot, cfg.filesPath);
    const inside = path13.posix.isAbsolute(cfg.siteRoot) && rel2 && !rel2.startsWith("..") && !path13.posix.isAbsolute(rel2);
    return inside ? { dir: cfg.filesPath, exclude: `/${rel2}/` } : { dir: cfg.filesPath };
  }
  const rel = path13.posix.normalize(cfg.filesPath).replace(/\/+$/, "");
  const dir = path13.posix.join(cfg.siteRoot, rel);
  return rel.startsWith("..") ? { dir } : { dir, exclude: `/${rel}/` };
}

// src/platforms/ssh/session.ts
import { createHash as createHash2, randomBytes } from "node:crypto";
import { createReadStream as createReadStream5, createWriteStream as createWriteStream2 } from "node:fs";
import { chmod as chmod2, readdir as readdir7, readFile as readFile5, rm as rm6, writeFile as writeFile6 } from "node:fs/promises";
import path14 from "node:path";
import { Readable as Readable2 } from "node:stream";
import { finished } from "node:stream/promises";

// src/platforms/ssh/dump-checks.ts
import { createReadStream as createReadStream4 } from "node:fs";
import { stat as stat2 } from "node:fs/promises";
import { pipeline as pipeline4 } from "node:stream/promises";
import { createGunzip as createGunzip2 } from "node:zlib";
var DUMP_FILE = "database.sql.gz";
var MARKERS = [
  [/^-- Dump completed/, "MySQL/MariaDB"],
  [/^-- PostgreSQL database dump complete/, "PostgreSQL"],
  [/^COMMIT;$/, "SQLite"]
];
var DumpReadings = class {
  scanners;
  refused = {};
  rest = "";
  constructor(database) {
    this.scanners = { mysql: new DumpScanner("mysql", database), psql: new DumpScanner("psql", database) };
  }
  push(chunk) {
    const lines = (this.rest + chunk.toString("latin1")).split("\n");
    this.rest = lines.pop() ?? "";
    for (const l of lines) this.each(l);
  }
  end() {
    if (this.rest) this.each(this.rest);
    for (const k of ["mysql", "psql"]) this.guard(k, () => this.scanners[k].end());
  }
  refusal(flavor) {
    return flavor === "PostgreSQL" ? this.refused.psql : this.refused.mysql;
  }
  each(line) {
    for (const k of ["mysql", "psql"]) if (!this.refused[k]) this.guard(k, () => this.scanners[k].line(line));
  }
  guard(k, f) {
    try {
      f();
    } catch (e) {
      this.refused[k] ??= e;
    }
  }
};
async function verifyDump2(file, guard) {
  const gzBytes = (await stat2(file)).size;
  const readings = guard ? new DumpReadings(guard.database) : void 0;
  if (gzBytes === 0) throw new Error("the database dump is empty (0 bytes)");
  let sqlBytes = 0;
  let tail = "";
  try {
    await pipeline4(createReadStream4(file), createGunzip2(), async (source) => {
      for await (const chunk of source) {
        sqlBytes += chunk.length;
        readings?.push(chunk);
        tail = (tail + chunk.toString("latin1")).slice(-4096);
      }
    });
  } catch (e) {
    throw new Error(`the database dump is not valid gzip (${e.message}); it was probably cut off`, { cause: e });
  }
  if (sqlBytes === 0) throw new Error("the database dump is empty once decompressed");
  const lines = tail.split("\n").map((l) => l.trim()).filter(Boolean);
  while (lines.length > 1 && /^(--|\\unrestrict\b.*)$/.test(lines[lines.length - 1])) lines.pop();
  const last = lines.pop() ?? "";
  for (const [re, flavor] of MARKERS) {
    if (!re.test(last)) continue;
    readings?.end();
    const refused = readings?.refusal(flavor);
    if (refused) throw new Error(`refused the database dump, nothing was sent to the host: ${refused.message}`, { cause: refused });
    return { flavor, gzBytes, sqlBytes, marker: last.slice(0, 60) };
  }
  throw new Error(
    `the database dump is incomplete: it does not end with the dump tool's completion line (last line: "${redact(last.slice(0, 80))}")`
  );
}

// src/platforms/ssh/scripts.ts
var STATUS_MARK = "SITE_BACKUP_STATUS=";
var PROBE_MARK = "SITE_BACKUP_PROBE_OK";
function sq(s) {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
function remoteCommand(script) {
  return `sh -c ${sq(script)}`;
}
function mysqlPasswordLine(password) {
  if (!password) return "";
  return `password="${password.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
function credentialLine(type, password) {
  if (type === "drush") return "\n";
  if (type === "pgsql") return `${password ?? ""}
`;
  return `${mysqlPasswordLine(password)}
`;
}
var READ_CRED = `IFS= read -r sb_cred || sb_cred=`;
var MYSQL_CNF_FD3 = `exec 3<<SB_CNF
[client]
$sb_cred
SB_CNF`;
function mysqlConnArgs(db) {
  const a = [];
  if (db.host) a.push(`--host=${sq(db.host)}`);
  if (db.port) a.push(`--port=${db.port}`);
  if (db.user) a.push(`--user=${sq(db.user)}`);
  return a.join(" ");
}
function pgConnArgs(db) {
  const a = [];
  if (db.host) a.push(`--host=${sq(db.host)}`);
  if (db.port) a.push(`--port=${db.port}`);
  if (db.user) a.push(`--username=${sq(db.user)}`);
  return a.join(" ");
}
function pickProgram(variable, names, what2) {
  const tests = names.map((n, i) => `${i === 0 ? "if" : "elif"} command -v ${n} >/dev/null 2>&1; then ${variable}=${n}`).join("\n");
  return `${tests}
else echo "site-backup: no ${what2} on the host (looked for ${names.join(", ")})" >&2; exit 127
fi`;
}
function mysqlDumpScript(db) {
  const names = db.type === "mariadb" ? ["mariadb-dump", "mysqldump"] : ["mysqldump", "mariadb-dump"];
  return `${READ_CRED}
${MYSQL_CNF_FD3}
${pickProgram("sb_dump", names, "mysqldump")}
{ "$sb_dump" --defaults-extra-file=/dev/fd/3 ${mysqlConnArgs(db)} --single-transaction --quick --no-tablespaces --hex-blob --triggers --default-character-set=utf8mb4 ${sq(db.name)}; echo "${STATUS_MARK}$?" >&2; } | gzip -c`;
}
function pgDumpScript(db) {
  return `${READ_CRED}
if [ -n "$sb_cred" ]; then PGPASSWORD=$sb_cred; export PGPASSWORD; fi
${pickProgram("sb_dump", ["pg_dump"], "pg_dump")}
{ "$sb_dump" ${pgConnArgs(db)} --no-password --format=plain --no-owner --no-privileges --clean --if-exists ${sq(db.name)}; echo "${STATUS_MARK}$?" >&2; } | gzip -c`;
}
function drushCall(t) {
  return `${sq(t.drush)} --root=${sq(t.root)}${t.uri ? ` --uri=${sq(t.uri)}` : ""} --yes`;
}
function drushDumpScript(t) {
  return `${READ_CRED}
sb_tmp=$(mktemp -d "\${TMPDIR:-/tmp}/site-backup.XXXXXX") || exit 70
trap 'rm -rf "$sb_tmp"' EXIT
trap 'exit 143' HUP INT TERM PIPE
mkfifo "$sb_tmp/dump.sql.gz" || exit 70
exec 4<>"$sb_tmp/dump.sql.gz"
cat "$sb_tmp/dump.sql.gz" 4>&- &
sb_reader=$!
cd ${sq(t.root)} && ${drushCall(t)} sql:dump --gzip --result-file="$sb_tmp/dump.sql" 4>&- >&2
sb_status=$?
exec 4>&-
wait "$sb_reader"
echo "${STATUS_MARK}$sb_status" >&2`;
}
var MYSQL_DROP_ALL = [
  "SET SESSION group_concat_max_len = 1073741824;",
  "SET FOREIGN_KEY_CHECKS = 0;",
  ...["VIEW", "TABLE"].flatMap((kind) => [
    `SET @sb_list = (SELECT GROUP_CONCAT(CONCAT('\`', REPLACE(TABLE_NAME, '\`', '\`\`'), '\`')) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE ${kind === "VIEW" ? "= 'VIEW'" : "<> 'VIEW'"});`,
    `SET @sb_sql = IF(@sb_list IS NULL, 'DO 0', CONCAT('DROP ${kind} ', @sb_list));`,
    "PREPARE sb_stmt FROM @sb_sql;",
    "EXECUTE sb_stmt;",
    "DEALLOCATE PREPARE sb_stmt;"
  ]),
  "SET FOREIGN_KEY_CHECKS = 1;"
].join("\n");
var MYSQL_SANDBOX = `sb_safe=
if "$sb_client" --no-defaults --help 2>/dev/null | grep -q -e ' --sandbox'; then sb_safe=--sandbox
elif "$sb_client" --no-defaults --help 2>/dev/null | grep -q -e ' --commands'; then sb_safe=--commands=OFF
fi`;
function mysqlRestoreScript(db) {
  const names = db.type === "mariadb" ? ["mariadb", "mysql"] : ["mysql", "mariadb"];
  return `${READ_CRED}
${MYSQL_CNF_FD3}
${pickProgram("sb_client", names, "mysql client")}
${MYSQL_SANDBOX}
{ printf '%s\\n' ${sq(MYSQL_DROP_ALL)}; gunzip -c; echo "${STATUS_MARK}$?" >&2; } | "$sb_client" --defaults-extra-file=/dev/fd/3 $sb_safe --local-infile=0 ${mysqlConnArgs(db)} --default-character-set=utf8mb4 --batch ${sq(db.name)}`;
}
var PSQL_RESTRICTS = `sb_restrict=0
set -- $("$sb_client" --version 2>/dev/null | sed -n 's/^[^0-9]*\\([0-9][0-9]*\\)\\.\\([0-9][0-9]*\\).*/\\1 \\2/p')
case "\${1:-0}" in
13) [ "\${2:-0}" -ge 22 ] && sb_restrict=1 ;;
14) [ "\${2:-0}" -ge 19 ] && sb_restrict=1 ;;
15) [ "\${2:-0}" -ge 14 ] && sb_restrict=1 ;;
16) [ "\${2:-0}" -ge 10 ] && sb_restrict=1 ;;
17) [ "\${2:-0}" -ge 6 ] && sb_restrict=1 ;;
*) [ "\${1:-0}" -ge 18 ] && sb_restrict=1 ;;
esac`;
function pgRestoreScript(db, restrictKey) {
  if (!/^[A-Za-z0-9]+$/.test(restrictKey)) throw new Error("restrict key must be alphanumeric");
  return `${READ_CRED}
if [ -n "$sb_cred" ]; then PGPASSWORD=$sb_cred; export PGPASSWORD; fi
${pickProgram("sb_client", ["psql"], "psql")}
${PSQL_RESTRICTS}
{ gunzip -c; echo "${STATUS_MARK}$?" >&2; } | { if [ "$sb_restrict" = 1 ]; then printf '%s\\n' '\\restrict ${restrictKey}'; sed '/^\\\\\\(un\\)\\{0,1\\}restrict [A-Za-z0-9]*$/d'; else printf '\\n'; cat; fi; } | "$sb_client" ${pgConnArgs(db)} --no-password --no-psqlrc --quiet --single-transaction --set=ON_ERROR_STOP=1 --set=VERBOSITY=verbose --file=- --dbname=${sq(db.name)} >/dev/null`;
}
var MYSQL_RESTORE_PREAMBLE_LINES = MYSQL_DROP_ALL.split("\n").length;
var PG_RESTORE_PREAMBLE_LINES = 1;
function drushRestoreScript(t) {
  return `${READ_CRED}
cd ${sq(t.root)} || exit 66
${drushCall(t)} sql:drop >&2 || { echo "site-backup: drush sql:drop failed" >&2; exit 1; }
{ gunzip -c; echo "${STATUS_MARK}$?" >&2; } | ${drushCall(t)} sql:cli >&2`;
}
function inspectScript(root, filesDir, drush) {
  const lines = [
    `if [ ! -d ${sq(root)} ]; then echo SITE_BACKUP_ROOT=missing; exit 0; fi`,
    "echo SITE_BACKUP_ROOT=ok",
    `cd ${sq(root)} || exit 66`
  ];
  if (filesDir !== void 0)
    lines.push(`if [ -d ${sq(filesDir)} ]; then echo SITE_BACKUP_FILES=ok; else echo SITE_BACKUP_FILES=missing; fi`);
  if (drush === "auto") {
    lines.push(
      'for d in "$PWD/vendor/bin/drush" "$PWD/../vendor/bin/drush"; do if [ -x "$d" ]; then echo "SITE_BACKUP_DRUSH=$d"; exit 0; fi; done',
      'd=$(command -v drush 2>/dev/null) && [ -n "$d" ] && echo "SITE_BACKUP_DRUSH=$d"'
    );
  } else if (drush !== "none") {
    lines.push(
      `if [ -x ${sq(drush)} ] || command -v ${sq(drush)} >/dev/null 2>&1; then echo SITE_BACKUP_DRUSH=${sq(drush)}; else echo SITE_BACKUP_DRUSH_MISSING; fi`
    );
  }
  lines.push("exit 0");
  return lines.join("\n");
}
var MODE_MARK = "SITE_BACKUP_MODE=";
function targetDirScript(dir) {
  return `mkdir -p ${sq(dir)} || exit 1
sb_mode=$(stat -c %a ${sq(dir)} 2>/dev/null || stat -f %Lp ${sq(dir)} 2>/dev/null) && echo "${MODE_MARK}$sb_mode"
exit 0`;
}

// src/platforms/ssh/errors.ts
function explainSshFailure(cfg, stderr) {
  const where = `${cfg.user ? `${cfg.user}@` : ""}${cfg.host}:${cfg.port}`;
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key for .* has changed/i.test(stderr)) {
    return `ssh: the host key of ${cfg.host}:${cfg.port} does not match \`ssh-known-hosts\`. The server was reinstalled or re-keyed, or someone is intercepting the connection. Verify the new key out of band before you update \`ssh-known-hosts\`.`;
  }
  if (/Host key verification failed|No \S+ host key is known|host key is not known/i.test(stderr)) {
    return `ssh: the host key of ${cfg.host}:${cfg.port} is not in \`ssh-known-hosts\`, so the connection was refused. Add the line that \`ssh-keyscan -p ${cfg.port} ${cfg.host}\` prints (check its fingerprint out of band); note that a port other than 22 is written \`[host]:port\`. Only to trust the first key seen, set \`ssh-accept-new-host-key: true\`.`;
  }
  if (/Load key .*(invalid format|error in libcrypto|incorrect passphrase|bad permissions)/i.test(stderr)) {
    return "ssh: `ssh-key` is not a usable private key (it must be an unencrypted OpenSSH or PEM private key, with its BEGIN and END lines).";
  }
  if (/Permission denied \(|Too many authentication failures|Authentication failed/i.test(stderr)) {
    return `ssh: authentication as ${where} failed: the server did not accept \`ssh-key\`. Check \`ssh-user\`, and that the key's public half is in that account's authorized_keys.`;
  }
  if (/Connection refused|Connection timed out|timed out during banner|Could not resolve hostname|No route to host|Network is unreachable|Connection closed by remote host|kex_exchange_identification/i.test(
    stderr
  )) {
    return `ssh: cannot connect to ${cfg.host}:${cfg.port} (${lastLines(stderr, 1)}). Check \`ssh-host\`, \`ssh-port\` and the server's firewall.`;
  }
  return void 0;
}
var RSYNC_CODES = {
  1: "syntax or usage error",
  2: "protocol incompatibility",
  3: "errors selecting input/output files or folders",
  5: "error starting the client-server protocol",
  10: "error in socket I/O",
  11: "error in file I/O (is the disk full?)",
  12: "error in the rsync protocol data stream (the connection or the remote rsync died)",
  20: "killed by a signal",
  23: "partial transfer: some files could not be read or written",
  30: "timeout in data send/receive",
  35: "timeout waiting for the daemon connection",
  127: "rsync is not installed on the host"
};
function sshFailure(cfg, what2, r) {
  const known2 = explainSshFailure(cfg, r.stderrTail);
  if (known2) return new Error(known2);
  const why = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
  const tail = lastLines(
    r.stderrTail.split("\n").filter((l) => !l.startsWith(STATUS_MARK)).join("\n")
  );
  return new Error(`${what2} ${why}${tail ? `: ${redact(tail)}` : ""}`);
}
function rsyncFailure(cfg, what2, r) {
  const known2 = explainSshFailure(cfg, r.stderrTail);
  if (known2) return new Error(known2);
  const meaning = r.code !== null ? RSYNC_CODES[r.code] : void 0;
  const why = r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}${meaning ? ` (${meaning})` : ""}`;
  const tail = lastLines(r.stderrTail);
  return new Error(`rsync of the ${what2} ${why}${tail ? `: ${redact(tail)}` : ""}`);
}

// src/platforms/ssh/session.ts
function rsyncShell(args) {
  return args.map((a) => /^[A-Za-z0-9_./:=@%+,-]+$/.test(a) ? a : `'${a}'`).join(" ");
}
function fingerprint(keyB64) {
  return `SHA256:${createHash2("sha256").update(Buffer.from(keyB64, "base64")).digest("base64").replace(/=+$/, "")}`;
}
var MIRROR = ["--delete", "--delete-excluded"];
var STATS_RE = /^(Number of files|Number of regular files transferred|Number of deleted files|Total file size|Total transferred file size|Total bytes received): ([\d,]+)/;
var SshSession = class {
  constructor(cfg, ctx) {
    this.cfg = cfg;
    this.ctx = ctx;
    this.components = cfg.dbType === "none" ? ["code", "assets"] : ["code", "assets", "data"];
    this.keyFile = path14.join(ctx.workDir, "ssh-key");
    this.knownHostsFile = path14.join(ctx.workDir, "ssh-known-hosts");
    this.childEnv = childEnv(ctx.env, ["SSH_AUTH_SOCK"]);
  }
  cfg;
  ctx;
  components;
  keyFile;
  knownHostsFile;
  childEnv;
  inspection;
  explainUnsupported(c) {
    if (c === "data")
      return "`db-type` is `none`, so no database is dumped; set `db-type` (mysql, mariadb, pgsql) and `db-name`, or let drush find the database";
    return `the ssh platform always covers ${c}`;
  }
  sshArgs() {
    const a = ["-T", "-p", String(this.cfg.port)];
    if (this.cfg.key) a.push("-i", this.keyFile, "-o", "IdentitiesOnly=yes");
    if (this.cfg.user) a.push("-l", this.cfg.user);
    a.push(
      "-o",
      "BatchMode=yes",
      "-o",
      `UserKnownHostsFile=${/\s/.test(this.knownHostsFile) ? `"${this.knownHostsFile}"` : this.knownHostsFile}`,
      "-o",
      "GlobalKnownHostsFile=/dev/null",
      "-o",
      `StrictHostKeyChecking=${this.cfg.acceptNewHostKey ? "accept-new" : "yes"}`,
      "-o",
      "HashKnownHosts=no",
      "-o",
      "UpdateHostKeys=no",
      "-o",
      "ConnectTimeout=30",
      "-o",
      "ServerAliveInterval=15",
      "-o",
      "ServerAliveCountMax=4",
      "-o",
      "ControlMaster=no",
      "-o",
      "ControlPath=none",
      "-o",
      "ClearAllForwardings=yes",
      "-o",
      "LogLevel=ERROR"
    );
    return a;
  }
  get hostArg() {
    return this.cfg.host.replace(/^\[(.*)\]$/, "$1");
  }
  /** `host:path` as rsync wants it (IPv6 in brackets). */
  remote(p) {
    const h = this.hostArg.includes(":") ? `[${this.hostArg}]` : this.hostArg;
    return `${h}:${p}`;
  }
  async ssh(script, opts) {
    let status;
    const out = [];
    const r = await runProcess("ssh", [...this.sshArgs(), "--", this.hostArg, remoteCommand(script)], {
      env: this.childEnv,
      input: opts.input ?? "",
      ...opts.signal ? { signal: opts.signal } : {},
      ...opts.stdout ? { stdout: opts.stdout } : {},
      onLine: (line, stream) => {
        if (stream === "stderr" && line.startsWith(STATUS_MARK)) {
          status = Number(line.slice(STATUS_MARK.length));
          return;
        }
        if (stream === "stdout") out.push(line);
        else if (line.trim()) this.ctx.log.info(`[${opts.tag}] ${redact(line)}`);
      }
    });
    return { ...r, ...status !== void 0 ? { status } : {}, stdout: out.join("\n") };
  }
  /** Throws the clearest error for a failed ssh run. */
  fail(what2, r) {
    throw sshFailure(this.cfg, what2, r);
  }
  async connect() {
    if (this.cfg.key) {
      let key = this.cfg.key.replace(/\r\n/g, "\n");
      if (!key.endsWith("\n")) key += "\n";
      await writeFile6(this.keyFile, key, { mode: 384 });
    }
    await writeFile6(this.knownHostsFile, this.cfg.knownHosts ? `${this.cfg.knownHosts.trimEnd()}
` : "", { mode: 384 });
    const before = this.cfg.knownHosts;
    const r = await this.ssh(`echo ${PROBE_MARK}`, { signal: AbortSignal.timeout(9e4), tag: "ssh" }).catch((e) => {
      throw new Error(`ssh: no answer from ${this.cfg.host}:${this.cfg.port}: ${e.message}`, { cause: e });
    });
    if (r.code !== 0 || !r.stdout.includes(PROBE_MARK)) this.fail(`ssh to ${this.cfg.host}:${this.cfg.port}`, r);
    if (this.cfg.acceptNewHostKey) {
      const now = await readFile5(this.knownHostsFile, "utf8");
      const added = now.split("\n").filter((l) => l.trim() && !before.includes(l.trim()));
      for (const line of added) {
        const [, type, b64] = line.trim().split(/\s+/);
        this.ctx.log.warn(
          `ssh-accept-new-host-key: trusted the host key ${type} ${b64 ? fingerprint(b64) : ""} of ${this.cfg.host}:${this.cfg.port} without checking it. Check this fingerprint with the host's administrator, then set \`ssh-known-hosts\` to: ${line.trim()}`
        );
      }
    }
    this.ctx.log.info(`ssh: connected to ${this.cfg.user ? `${this.cfg.user}@` : ""}${this.cfg.host}:${this.cfg.port}`);
  }
  async inspect(signal) {
    if (this.inspection) return this.inspection;
    const files = filesLocation(this.cfg);
    const drushMode = this.cfg.drush === "auto" && this.cfg.dbName ? "none" : this.cfg.drush;
    const r = await this.ssh(inspectScript(this.cfg.siteRoot, files?.dir, drushMode), { signal, tag: "ssh" });
    if (r.code !== 0) this.fail("inspecting the host", r);
    const lines = r.stdout.split("\n").map((l) => l.trim());
    const ins = { rootExists: lines.includes("SITE_BACKUP_ROOT=ok") };
    if (lines.includes("SITE_BACKUP_FILES=ok")) ins.filesExist = true;
    else if (lines.includes("SITE_BACKUP_FILES=missing")) ins.filesExist = false;
    const d = lines.find((l) => l.startsWith("SITE_BACKUP_DRUSH="));
    if (d) ins.drush = d.slice("SITE_BACKUP_DRUSH=".length);
    if (lines.includes("SITE_BACKUP_DRUSH_MISSING")) ins.drushMissing = true;
    this.inspection = ins;
    return ins;
  }
  requireRoot(ins) {
    if (!ins.rootExists) {
      throw new Error(
        `site-root "${this.cfg.siteRoot}" does not exist on ${this.cfg.host} (as seen by ${this.cfg.user ?? "the ssh user"}). Check \`site-root\`: it is an absolute path, or relative to the login folder.`
      );
    }
  }
  async rsync(args, what2, signal, pull = false) {
    const stats = /* @__PURE__ */ new Map();
    const r = await runProcess(
      "rsync",
      ["-rlpt", "--protect-args", ...pull ? ["--stats"] : [], "-e", rsyncShell(["ssh", ...this.sshArgs()]), ...args],
      {
        env: this.childEnv,
        signal,
        onLine: (line, stream) => {
          const m2 = pull && stream === "stdout" ? STATS_RE.exec(line) : null;
          if (m2) stats.set(m2[1], m2[2].replace(/,/g, ""));
          else if (pull && stream === "stdout" && /^(Number of|Total |Literal data|Matched data|File list|sent |total size)/.test(line))
            return;
          else if (line.trim()) this.ctx.log.info(`[${what2}] ${redact(line)}`);
        }
      }
    );
    if (stats.size) {
      const n = (k) => stats.get(k) ?? "?";
      this.ctx.log.info(
        `[${what2}] rsync: ${n("Number of regular files transferred")} of ${n("Number of files")} files transferred, ${n("Number of deleted files")} deleted; ${n("Total transferred file size")} of ${n("Total file size")} bytes of file content sent, ${n("Total bytes received")} bytes received over ssh`
      );
    }
    if (r.code === 0) return;
    if (r.code === 24) {
      this.ctx.log.warn(`${what2}: some files vanished during the copy (rsync exit 24); the rest was copied`);
      return;
    }
    throw rsyncFailure(this.cfg, what2, r);
  }
  excludes() {
    const files = filesLocation(this.cfg);
    return [...files?.exclude ? [files.exclude] : [], ...this.cfg.codeExclude].map((p) => `--exclude=${p}`);
  }
  /** drush for this session's database, or undefined to use the database clients directly. */
  drushTarget(ins) {
    if (this.cfg.drush === "none") return void 0;
    if (this.cfg.drush !== "auto" && ins.drushMissing) {
      throw new Error(
        `drush "${this.cfg.drush}" is not executable on ${this.cfg.host}. Set \`drush\` to its path (relative paths start at site-root), to \`auto\`, or to \`false\`.`
      );
    }
    if (!ins.drush) return void 0;
    const t = { drush: ins.drush, root: this.cfg.siteRoot };
    if (this.cfg.drupalUri) t.uri = this.cfg.drupalUri;
    return t;
  }
  dbTarget() {
    if (this.cfg.dbType === "none") throw new Error("db-type is none");
    if (!this.cfg.dbName) {
      throw new ConfigError(
        "db-name",
        `is not set, and ${this.cfg.drush === "none" ? "drush is turned off" : `no drush was found under ${this.cfg.siteRoot}/vendor/bin, ${this.cfg.siteRoot}/../vendor/bin or on the PATH`}`,
        "Set `db-name` (and `db-user`, `db-host`, `db-port` as needed, with the password in the DB_PASSWORD environment variable), or point `drush` at the site's drush."
      );
    }
    const t = { type: this.cfg.dbType, name: this.cfg.dbName };
    if (this.cfg.dbUser) t.user = this.cfg.dbUser;
    if (this.cfg.dbHost) t.host = this.cfg.dbHost;
    if (this.cfg.dbPort) t.port = this.cfg.dbPort;
    return t;
  }
  /** code and assets are rsync mirrors (see MIRROR below); the data dump is written afresh. */
  mirrors(component2) {
    return component2 !== "data";
  }
  async export(component2, outDir, signal) {
    const ins = await this.inspect(signal);
    this.requireRoot(ins);
    if (component2 === "code") {
      await this.rsync(
        ["--compress", ...MIRROR, ...this.excludes(), `${this.remote(this.cfg.siteRoot)}/`, `${outDir}/`],
        "code",
        signal,
        true
      );
      return;
    }
    if (component2 === "assets") {
      const files = filesLocation(this.cfg);
      if (!files)
        throw new ConfigError(
          "files-path",
          "is `none`, so there are no assets to copy",
          "Set `files-path` to the files folder, or leave `assets` out of `components`."
        );
      if (ins.filesExist === false) {
        throw new Error(
          `the files folder "${files.dir}" does not exist on ${this.cfg.host}. Set \`files-path\` (relative to site-root; for Aegir, \`sites/<site>/files\`), or leave \`assets\` out of \`components\`.`
        );
      }
      await this.rsync([...MIRROR, `${this.remote(files.dir)}/`, `${outDir}/`], "assets", signal, true);
      return;
    }
    await this.exportData(outDir, ins, signal);
  }
  async exportData(outDir, ins, signal) {
    const drush = this.drushTarget(ins);
    const db = drush ? void 0 : this.dbTarget();
    const script = drush ? drushDumpScript(drush) : db.type === "pgsql" ? pgDumpScript(db) : mysqlDumpScript(db);
    const tool = drush ? "drush sql:dump" : db.type === "pgsql" ? "pg_dump" : "mysqldump";
    this.ctx.log.info(`data: dumping ${drush ? `through ${drush.drush}` : `database ${db.name} with ${tool}`}`);
    const file = path14.join(outDir, DUMP_FILE);
    const ws = createWriteStream2(file, { mode: 384 });
    const done = finished(ws);
    let r;
    try {
      r = await this.ssh(script, {
        input: credentialLine(drush ? "drush" : db.type, this.cfg.dbPassword),
        stdout: ws,
        signal,
        tag: "data"
      });
    } finally {
      if (!ws.writableEnded) ws.end();
      await done.catch(() => void 0);
    }
    if (r.code === 255 || explainSshFailure(this.cfg, r.stderrTail)) this.fail(tool, r);
    if (r.status === void 0) this.fail(`${tool} did not finish (the connection or the remote shell ended early), and ssh`, r);
    if (r.status !== 0) this.fail(`${tool} on ${this.cfg.host}`, { ...r, code: r.status });
    if (r.code !== 0) this.fail(`compressing the dump on ${this.cfg.host}`, r);
    const v = await verifyDump2(file);
    this.ctx.log.info(`data: ${v.flavor} dump verified: ${v.sqlBytes} bytes of SQL, ${v.gzBytes} bytes gzipped, ends with "${v.marker}"`);
  }
  async restore(component2, inDir, opts) {
    const signal = opts.signal;
    if (component2 === "code") {
      await this.prepareTarget(this.cfg.siteRoot, inDir, signal, "code");
      await this.rsync(["--compress", "--delete", ...this.excludes(), `${inDir}/`, `${this.remote(this.cfg.siteRoot)}/`], "code", signal);
      return;
    }
    if (component2 === "assets") {
      const files = filesLocation(this.cfg);
      if (!files)
        throw new ConfigError(
          "files-path",
          "is `none`, so there is nowhere to restore the assets to",
          "Set `files-path` to the files folder of the target site."
        );
      await this.prepareTarget(files.dir, inDir, signal, "assets");
      await this.rsync(["--delete", `${inDir}/`, `${this.remote(files.dir)}/`], "assets", signal);
      return;
    }
    await this.restoreData(inDir, signal);
  }
  /**
   * Creates the target folder on the host and gives `inDir` the target's mode. rsync copies the
   * mode of the source folder itself (`inDir/`) onto the target, and restore stages archives in
   * private 0700 folders: without this the site root or files folder would end up unreadable to
   * the web server.
   */
  async prepareTarget(dir, inDir, signal, tag) {
    const r = await this.ssh(targetDirScript(dir), { signal, tag });
    if (r.code !== 0) this.fail(`creating ${dir} on ${this.cfg.host}`, r);
    const m2 = new RegExp(`^${MODE_MARK}([0-7]{3,4})$`, "m").exec(r.stdout);
    await chmod2(inDir, m2 ? parseInt(m2[1], 8) : 493);
  }
  async restoreData(inDir, signal) {
    const dumps = (await readdir7(inDir)).filter((n) => n.endsWith(".sql.gz"));
    if (dumps.length !== 1)
      throw new Error(`the data archive should hold one *.sql.gz dump, but holds ${dumps.length ? dumps.join(", ") : "none"}`);
    const file = path14.join(inDir, dumps[0]);
    const v = await verifyDump2(file, {});
    let drush;
    if (this.cfg.drush !== "none" && !(this.cfg.drush === "auto" && this.cfg.dbName)) {
      const ins = await this.inspect(signal);
      this.requireRoot(ins);
      drush = this.drushTarget(ins);
    }
    const db = drush ? void 0 : this.dbTarget();
    if (db && db.type === "pgsql" !== (v.flavor === "PostgreSQL")) {
      throw new Error(
        `the backup holds a ${v.flavor} dump, but the target \`db-type\` is ${db.type}; restore it into a ${v.flavor === "PostgreSQL" ? "pgsql" : "mysql or mariadb"} database`
      );
    }
    const script = drush ? drushRestoreScript(drush) : db.type === "pgsql" ? pgRestoreScript(db, randomBytes(16).toString("hex")) : mysqlRestoreScript(db);
    const tool = drush ? "drush sql:cli" : db.type === "pgsql" ? "psql" : "mysql";
    this.ctx.log.info(
      `data: importing ${v.sqlBytes} bytes of SQL ${drush ? `through ${drush.drush}` : `into database ${db.name}`}${drush ? "" : " (its existing tables are dropped first)"}`
    );
    const cred = credentialLine(drush ? "drush" : db.type, this.cfg.dbPassword);
    async function* feed() {
      yield Buffer.from(cred);
      yield* createReadStream5(file);
    }
    const r = await this.ssh(script, { input: Readable2.from(feed()), signal, tag: "data" });
    const status = r.status;
    for (const line of r.stdout.split("\n")) if (line.trim()) this.ctx.log.info(`[data] ${redact(line)}`);
    if (r.code === 255 || explainSshFailure(this.cfg, r.stderrTail)) this.fail(tool, r);
    if (r.code !== 0) {
      this.ctx.log.warn(
        `[data] ${tool} said: ${redact(
          lastLines(
            r.stderrTail.split("\n").filter((l) => !l.startsWith(STATUS_MARK)).join("\n")
          )
        ) || "(nothing)"}`
      );
      const offset = drush ? 0 : db.type === "pgsql" ? PG_RESTORE_PREAMBLE_LINES : MYSQL_RESTORE_PREAMBLE_LINES;
      throw new Error(sqlClientFailure(`${tool} on ${this.cfg.host}`, r, offset));
    }
    if (status !== void 0 && status !== 0) this.fail(`decompressing the dump on ${this.cfg.host}`, { ...r, code: status });
    if (status === void 0) this.fail(`the import did not finish (the connection or the remote shell ended early), and ${tool}`, r);
    this.ctx.log.info(`data: imported into ${drush ? `the site at ${this.cfg.siteRoot}` : `database ${db.name}`}`);
  }
  async close() {
    await rm6(this.keyFile, { force: true });
    await rm6(this.knownHostsFile, { force: true });
  }
};

// src/platforms/ssh/index.ts
var SSH_INPUTS = {
  "ssh-host": {
    description: "SSH: the host name or address of the server that holds the site."
  },
  "ssh-user": {
    description: "SSH: the login name. Empty uses the SSH client default."
  },
  "ssh-port": {
    description: "SSH: the port of the SSH server.",
    default: "22"
  },
  "ssh-key": {
    description: "SSH: an unencrypted private key (OpenSSH or PEM), from a secret. It is written to a mode-600 file for the run and deleted afterwards. Empty uses the SSH agent and default keys.",
    secret: true
  },
  "ssh-known-hosts": {
    description: "SSH: the known_hosts line(s) of the server, as `ssh-keyscan -p <port> <host>` prints them (verify the fingerprint out of band). Required: an unknown host key is refused unless `ssh-accept-new-host-key` is `true`."
  },
  "ssh-accept-new-host-key": {
    description: "SSH: trust a host key that is not in `ssh-known-hosts` on first use (`StrictHostKeyChecking=accept-new`) and print it with a warning, so you can pin it. A changed key is always refused.",
    default: "false"
  },
  "site-root": {
    description: "SSH: the folder of the site on the host (for Drupal, the one with index.php and sites/); absolute, or relative to the login folder."
  },
  "files-path": {
    description: "SSH: the files folder (the `assets` component), relative to `site-root` or absolute; it is left out of `code`. Aegir: `sites/<site>/files`. `none` when the site has none.",
    default: "sites/default/files"
  },
  "code-exclude": {
    description: "SSH: more rsync exclude patterns for `code`, separated by commas or new lines (for example `/sites/*/private/`, `*.log`). Excluded paths are also left alone by a restore."
  },
  "db-type": {
    description: "SSH: the database: `mysql`, `mariadb`, `pgsql`, or `none` (no `data` component). Used when the database is dumped directly rather than through drush.",
    default: "mysql"
  },
  "db-name": {
    description: "SSH: the database to dump (or, on restore, to replace). When set, mysqldump/pg_dump are used directly; when empty, drush finds the database from the site settings."
  },
  "db-user": {
    description: "SSH: the database account. Empty uses the client default (for example `~/.my.cnf` on the host). The password comes from the `DB_PASSWORD` environment variable."
  },
  "db-host": {
    description: "SSH: the database host as the server sees it. Empty uses the local socket."
  },
  "db-port": {
    description: "SSH: the database port. Empty uses the client default."
  },
  drush: {
    description: "SSH: `auto` uses drush (`sql:dump --gzip`, `sql:cli`) when `db-name` is empty and drush is found in `vendor/bin` or on PATH; `false` never does; or the path of drush on the host.",
    default: "auto"
  },
  "drupal-uri": {
    description: "SSH: the Drupal site of a multisite (drush `--uri`), such as `example.com` on Aegir."
  }
};
var sshPlatform = definePlatform({
  name: "ssh",
  summary: "A server reached over SSH (Aegir, Drupal, any host): code and files with rsync, the database dumped on the host (mysqldump, pg_dump or drush).",
  inputs: SSH_INPUTS,
  async open(ctx) {
    const cfg = parseSshConfig(ctx.inputs, ctx.env);
    ctx.log.setSecret(cfg.dbPassword);
    const session2 = new SshSession(cfg, ctx);
    try {
      await session2.connect();
    } catch (e) {
      await session2.close();
      throw e;
    }
    return session2;
  },
  components: { code: component("code"), assets: component("assets"), data: component("data") },
  covers: (s) => s.components,
  explainUnsupported: (c, s) => s.explainUnsupported(c),
  close: (s) => s.close()
});
function component(c) {
  return {
    export: (s, outDir, signal) => s.export(c, outDir, signal),
    restore: (s, inDir, opts) => s.restore(c, inDir, opts),
    mirrors: c !== "data"
    // code and assets are rsync mirrors; the data dump is written afresh
  };
}

// src/platforms/registry.ts
var PLATFORM_MODULES = [
  siteglidePlatform,
  platformosPlatform,
  platformshPlatform,
  upsunPlatform,
  divioPlatform,
  sshPlatform,
  commandPlatform,
  plantanappPlatform
];

// src/platforms/index.ts
var REGISTRY = new Map(PLATFORM_MODULES.map((p) => [p.name, p]));
function getPlatform(name) {
  const p = REGISTRY.get(name);
  if (!p) throw new Error(`platform "${name}" is not available in this build`);
  return p;
}
async function openPlatform(name, ctx, tmpRoot) {
  const acceptSuspect = ctx.purpose === "restore" ? 0 : acceptSuspectFrom(ctx.inputs);
  const workDir = await makeStaging(tmpRoot, "work");
  let s;
  try {
    s = await getPlatform(name).open({ ...ctx, workDir });
  } catch (e) {
    await rm7(workDir, { recursive: true, force: true });
    throw e;
  }
  return {
    components: s.components,
    explainUnsupported: (c) => s.explainUnsupported(c),
    mirrors: (c) => s.mirrors?.(c) ?? false,
    // Every platform's export is read back here: CLIs save error pages under the asset's name and
    // exit 0, so no platform may skip this. Platforms add their own checks and may count records.
    export: async (c, dir, signal) => {
      const result = await s.export(c, dir, signal) ?? {};
      signal.throwIfAborted();
      const counts = await checkExportedContent(dir, { component: c, acceptSuspect, log: ctx.log });
      const records = result.counts?.records;
      return { ...result, counts: records === void 0 ? counts : { ...counts, records } };
    },
    restore: (c, dir, opts) => s.restore(c, dir, opts),
    close: async () => {
      try {
        await s.close();
      } finally {
        await rm7(workDir, { recursive: true, force: true });
      }
    }
  };
}

export {
  inapplicableInputs,
  DumpRefused,
  scanDump,
  guardedDump,
  sqlClientFailure,
  openPlatform
};
