import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  readdirIfExists
} from "./chunk-VGFCETJD.js";

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
function label(what, file) {
  const base = path.basename(file);
  return what.includes(base) ? what : `${what} (${base})`;
}
async function requireFile(file, what) {
  let st;
  try {
    st = await lstat(file);
  } catch {
    throw new VerificationError(`${label(what, file)} was not written`);
  }
  if (!st.isFile()) throw new VerificationError(`${label(what, file)} is not a regular file`);
  if (st.size === 0) throw new VerificationError(`${label(what, file)} is empty`);
  return st.size;
}
async function requireJson(file, what) {
  await requireFile(file, what);
  const text = await readFile(file, "utf8");
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new VerificationError(`${label(what, file)} is not valid JSON (${e.message}); the download was probably cut short`);
  }
}
async function requireGzip(file, what, tailBytes = 4096) {
  await requireFile(file, what);
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
    throw new VerificationError(`${label(what, file)} is not a complete gzip stream (${e.message})`);
  }
  if (bytes === 0) throw new VerificationError(`${label(what, file)} decompresses to nothing`);
  return { bytes, tail };
}
async function requireZip(file, what, signal) {
  await requireFile(file, what);
  const { verifyZip, ZipError } = await import("./zip-ZFHSID7K.js");
  try {
    const r = await verifyZip(file, signal);
    if (r.files === 0) throw new VerificationError(`${label(what, file)} is a zip with no files in it`);
    return r;
  } catch (e) {
    if (e instanceof ZipError) throw new VerificationError(`${label(what, file)} is not a valid zip: ${e.message}`);
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
async function requireTree(dir, what) {
  const s = await treeStats(dir);
  if (s.files === 0 || s.bytes === 0) throw new VerificationError(`${what}: no files were written`);
  return s;
}
var DUMP_END_MARKERS = [/-- Dump completed/, /-- PostgreSQL database dump complete/];
async function requireSqlGzip(file, what) {
  const { bytes, tail } = await requireGzip(file, what);
  const text = tail.toString("utf8");
  if (!DUMP_END_MARKERS.some((re) => re.test(text))) {
    throw new VerificationError(`${label(what, file)} does not end with the dump tool's completion line: the dump was cut short`);
  }
  return { bytes };
}
async function requireRecordExport(jsonFile, baseDir, tmpDir, what) {
  const data = await requireJson(jsonFile, what);
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new VerificationError(`${what} is not a data export (expected an object with users, transactables and models)`);
  const top = data;
  const lists = ["users", "transactables", "models"].filter((k) => k in top);
  if (lists.length === 0 || lists.some((k) => !Array.isArray(top[k]))) {
    throw new VerificationError(`${what} is not a data export (expected users, transactables and models lists)`);
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
    const list = missing.slice(0, 5).join("; ") + (missing.length > 5 ? `; and ${missing.length - 5} more` : "");
    throw new VerificationError(`${what}: ${missing.length} record file(s) referenced by the JSON did not download: ${list}`);
  }
  return { records, files: refs.length };
}

export {
  VerificationError,
  requireFile,
  requireGzip,
  requireZip,
  walkFiles,
  treeStats,
  requireTree,
  requireSqlGzip,
  requireRecordExport
};
