import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  INDEX_NAME_RE,
  MANIFEST_NAME,
  OBJECT_NAME_RE,
  parseBackupId
} from "./chunk-WVOIYWCD.js";

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
function putBatches(writer, name, batches) {
  if (writer.putLent) return writer.putLent(name, batches);
  async function* copies() {
    for await (const batch of batches) yield batch.length === 1 ? Buffer.from(batch[0]) : Buffer.concat(batch);
  }
  return writer.put(name, Readable.from(copies(), { objectMode: false, highWaterMark: 1 << 20 }));
}

// src/stores/read-retry.ts
function readRetriesFrom(env) {
  const v = env.SITE_BACKUP_READ_RETRIES;
  if (v === void 0 || v === "") return 5;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 20)
    throw new Error(
      `SITE_BACKUP_READ_RETRIES must be a whole number from 0 to 20 (the retries a transient read fault of the store gets, such as 8), got "${v}"`
    );
  return n;
}
function backoff(attempt) {
  const cap = Math.min(1e4, 200 * 2 ** attempt);
  return new Promise((r) => setTimeout(r, Math.random() * cap));
}
function failureReason(e) {
  for (let cur = e, depth = 0; cur && depth < 8; cur = cur.cause, depth++) {
    const c = cur;
    if (typeof c.code === "string" && /^E[A-Z_]+$/.test(c.code)) return c.code;
    if (c.$metadata) {
      const code = typeof c.Code === "string" ? c.Code : typeof c.name === "string" ? c.name : "";
      const status = c.$metadata.httpStatusCode;
      return [/^[A-Za-z.]{1,64}$/.test(code) ? code : "", status ? `HTTP ${status}` : ""].filter(Boolean).join(", ") || "no answer";
    }
  }
  return "the connection broke";
}
var ReadBackError = class extends Error {
  name = "ReadBackError";
  request;
  reason;
  stored;
  constructor(what, cause) {
    const reason = failureReason(cause);
    const kept = what.stored ? what.note ?? "The manifest was written (the store accepted it), so the backup was kept: `list` shows it, and verify reads it through." : "Nothing was replaced; run the backup again.";
    super(
      `${what.why}, ${what.request} failed after ${what.retries} retries (${reason}): ${cause?.message ?? String(cause)}. ${kept}`,
      { cause }
    );
    this.request = what.request;
    this.reason = reason;
    this.stored = what.stored;
  }
};

export {
  isRecordName,
  BackupExistsError,
  ObjectReadError,
  isLayoutObject,
  groupBackups,
  putBatches,
  readRetriesFrom,
  backoff,
  ReadBackError
};
