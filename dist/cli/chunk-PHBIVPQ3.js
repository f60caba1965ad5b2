import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  VerificationError,
  walkFiles
} from "./chunk-6C6HLHJS.js";
import {
  INPUTS,
  INPUT_READERS
} from "./chunk-R65ZRAFA.js";
import {
  makeStaging
} from "./chunk-TLYYK3DI.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";

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
import { rm } from "node:fs/promises";

// src/platforms/content-check.ts
import { open } from "node:fs/promises";
import path from "node:path";
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
  const ext = extensionOf(path.basename(file));
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

// src/platforms/registry.ts
var PLATFORM_MODULES = [
  { name: "siteglide", load: async () => (await import("./siteglide-J3GFKV2G.js")).siteglidePlatform },
  { name: "platformos", load: async () => (await import("./platformos-XD7ISQDB.js")).platformosPlatform },
  { name: "platformsh", load: async () => (await import("./platformsh-AKPA5Z7G.js")).platformshPlatform },
  { name: "upsun", load: async () => (await import("./platformsh-AKPA5Z7G.js")).upsunPlatform },
  { name: "divio", load: async () => (await import("./divio-H2FW4A4L.js")).divioPlatform },
  { name: "ssh", load: async () => (await import("./ssh-FXD2MNMN.js")).sshPlatform },
  { name: "command", load: async () => (await import("./command-BQJ5QYF4.js")).commandPlatform },
  { name: "plantanapp", load: async () => (await import("./plantanapp-BEXYK5SK.js")).plantanappPlatform }
];

// src/platforms/index.ts
var REGISTRY = new Map(PLATFORM_MODULES.map((p) => [p.name, p.load]));
async function getPlatform(name) {
  const load = REGISTRY.get(name);
  if (!load) throw new Error(`platform "${name}" is not available in this build`);
  return load();
}
async function openPlatform(name, ctx, tmpRoot) {
  const acceptSuspect = ctx.purpose === "restore" ? 0 : acceptSuspectFrom(ctx.inputs);
  const workDir = await makeStaging(tmpRoot, "work");
  let s;
  try {
    s = await (await getPlatform(name)).open({ ...ctx, workDir });
  } catch (e) {
    await rm(workDir, { recursive: true, force: true });
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
        await rm(workDir, { recursive: true, force: true });
      }
    }
  };
}

export {
  inapplicableInputs,
  openPlatform
};
