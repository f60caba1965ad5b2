import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  INDEX_NAME_RE,
  MANIFEST_NAME,
  OBJECT_NAME_RE,
  parseBackupId
} from "./chunk-CKZQWQ4L.js";

// src/stores/store.ts
import { Readable } from "node:stream";
var RECORD_NAMES = ["last-verify.json", "last-drill.json"];
function isRecordName(name) {
  return RECORD_NAMES.includes(name);
}
var BackupExistsError = class extends Error {
  name = "BackupExistsError";
  constructor(where) {
    super(
      `a backup already exists at ${where}; refusing to replace it (two backup steps with one id?). Nothing of it was changed; run the backup again for a new id.`
    );
  }
};
var ObjectReadError = class extends Error {
  name = "ObjectReadError";
  constructor(where, retries, cause) {
    super(
      `could not read ${where} (${retries} ${retries === 1 ? "retry" : "retries"} spent: ${cause?.message ?? String(cause)}); this says nothing about the backup: try again`,
      { cause }
    );
  }
};
function isLayoutObject(name) {
  return name === MANIFEST_NAME || OBJECT_NAME_RE.test(name) || INDEX_NAME_RE.test(name);
}
function groupBackups(site, environment, entries) {
  const byId = /* @__PURE__ */ new Map();
  for (const e of entries) {
    let b = byId.get(e.id);
    if (!b) {
      const parsed = parseBackupId(e.id);
      if (!parsed) continue;
      b = {
        site,
        environment,
        id: e.id,
        parsed,
        complete: false,
        objects: [],
        bytes: 0,
        lastModified: isRecordName(e.name) ? /* @__PURE__ */ new Date(0) : e.lastModified
      };
      byId.set(e.id, b);
    }
    if (isRecordName(e.name)) {
      (b.records ??= []).push({ name: e.name, size: e.size });
      continue;
    }
    if (e.lastModified > b.lastModified) b.lastModified = e.lastModified;
    if (e.name === "" && e.size === 0) b.folderMarker = true;
    if (!isLayoutObject(e.name)) continue;
    b.objects.push({ name: e.name, size: e.size });
    b.bytes += e.size;
    if (e.name === MANIFEST_NAME) b.complete = true;
  }
  return [...byId.values()].sort((a, b) => a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
async function readSmallText(store, ref, name, limit) {
  if (store.readSmall) return (await store.readSmall(ref, name, limit))?.toString("utf8");
  const stream = await store.read(ref, name);
  const chunks = [];
  let n = 0;
  for await (const c of stream) {
    n += c.length;
    if (n > limit) {
      stream.destroy();
      return void 0;
    }
    chunks.push(c);
  }
  return Buffer.concat(chunks).toString("utf8");
}
function putBatches(writer, name, batches) {
  if (writer.putLent) return writer.putLent(name, batches);
  async function* copies() {
    for await (const batch of batches) yield batch.length === 1 ? Buffer.from(batch[0]) : Buffer.concat(batch);
  }
  return writer.put(name, Readable.from(copies(), { objectMode: false, highWaterMark: 1 << 20 }));
}

export {
  isRecordName,
  BackupExistsError,
  ObjectReadError,
  isLayoutObject,
  groupBackups,
  readSmallText,
  putBatches
};
