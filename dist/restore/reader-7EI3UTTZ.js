import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  ArchiveLimitError,
  ArchiveReadError,
  UnsafeArchiveError,
  extractArchiveFile,
  fetchObject,
  listingDamage,
  loadManifest
} from "./chunk-H5OXPJJW.js";
import "./chunk-VGFCETJD.js";
import "./chunk-OTFXQX3Q.js";
import "./chunk-BH5S2EFY.js";
import "./chunk-CWCRKLXP.js";
import "./chunk-ZZX2MHPD.js";
import "./chunk-6DWQDHOM.js";
import "./chunk-K42IPT4L.js";
import "./chunk-BB3JDYVJ.js";

// src/formats/archive/reader.ts
import { rm } from "node:fs/promises";
import path from "node:path";
var PARALLEL = 2;
async function materialise(store, b, c, target, o) {
  const dec = { compression: c.compression, encryption: c.encryption, identities: o.identities, ...o.signal ? { signal: o.signal } : {} };
  if (o.checkedCopy) {
    const started = Date.now();
    try {
      const listing = await extractArchiveFile(o.checkedCopy, target, c.object, dec, { contentBytes: c.contentBytes, files: c.files });
      return { bytes: c.bytes, durationMs: Date.now() - started, listing };
    } catch (e) {
      return { bytes: c.bytes, durationMs: Date.now() - started, listError: e };
    }
  }
  const file = path.join(o.tmp, c.object);
  try {
    return await fetchObject(store, b, c, file, o.signal, o.log, { identities: o.identities, extractTo: target });
  } finally {
    await rm(file, { force: true });
  }
}
async function check(store, b, c, o) {
  const decodable = c.encryption === "none" || o.identities.length > 0;
  const file = decodable ? path.join(o.tmp, c.object) : void 0;
  try {
    const f = await fetchObject(store, b, c, file, o.signal, o.log, file ? { identities: o.identities } : void 0);
    if (f.problem) return f;
    if (f.listError) {
      const e = f.listError;
      const problem = e instanceof UnsafeArchiveError || e instanceof ArchiveReadError || e instanceof ArchiveLimitError ? e.message.replace(`${c.object}: `, "") : e.message;
      return { ...f, problem };
    }
    if (!f.listing) return { ...f, notDecoded: "encrypted; set `decrypt-identity` to also decrypt and list it" };
    if (file) await o.onVerified?.(file);
    return f;
  } finally {
    if (file) await rm(file, { force: true });
  }
}
function archiveReader(store) {
  return {
    async open(b) {
      const manifest = await loadManifest(store, b);
      return {
        format: "archive",
        backup: b,
        manifest,
        parallel: PARALLEL,
        early: (components) => listingDamage(b, [...components]),
        // A whole archive is read whole; reading by path through its member index is core/partial-restore.ts.
        materialise: (c, target, o) => materialise(store, b, c, target, o),
        check: (c, o) => check(store, b, c, o)
      };
    }
  };
}
export {
  archiveReader
};
