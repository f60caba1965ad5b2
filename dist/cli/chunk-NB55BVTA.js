import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  readerFor
} from "./chunk-CJ5YKCK7.js";
import {
  formatBytes,
  formatRate
} from "./chunk-OTFXQX3Q.js";
import {
  MAX_INDEX_BYTES,
  parseIndex
} from "./chunk-L535WVBM.js";
import {
  loadAge
} from "./chunk-XOLSYURX.js";
import {
  makeStaging
} from "./chunk-TLYYK3DI.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  ObjectReadError
} from "./chunk-HJ2OZ5QV.js";
import {
  MANIFEST_NAME
} from "./chunk-A5275KUL.js";

// src/core/verify.ts
import { rm } from "node:fs/promises";

// src/core/index-object.ts
import { createHash } from "node:crypto";
var IndexError = class extends Error {
  name = "IndexError";
};
async function readIndexBody(store, ref, c) {
  const entry = c.index;
  const where = `${ref.id}/${entry.object}`;
  if (entry.bytes > MAX_INDEX_BYTES) throw new IndexError(`${where} is ${entry.bytes} bytes, larger than an index may be`);
  const chunks = [];
  let n = 0;
  for await (const chunk of await store.read(ref, entry.object)) {
    n += chunk.length;
    if (n > entry.bytes)
      throw new IndexError(`${where} is larger than the manifest's ${entry.bytes} bytes: refusing it, nothing was written`);
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  const sha = createHash("sha256").update(body).digest("hex");
  if (body.length !== entry.bytes || sha !== entry.sha256) {
    throw new IndexError(
      `${where} does not match the manifest (${body.length} bytes, sha256 ${sha.slice(0, 12)}\u2026; the manifest says ${entry.bytes} bytes, ${entry.sha256.slice(0, 12)}\u2026): refusing it, nothing was written`
    );
  }
  return body;
}
async function decodeIndex(body, where, c, identities) {
  let plain = body;
  if (c.encryption === "age") {
    const { Decrypter } = await loadAge();
    const d = new Decrypter();
    for (const id of identities) d.addIdentity(id);
    try {
      plain = Buffer.from(await d.decrypt(body));
    } catch (e) {
      throw new IndexError(`${where} cannot be decrypted with the given identities (${e.message})`);
    }
  }
  try {
    const index = parseIndex(plain, where, c.bytes);
    if (index.object !== c.object) throw new Error(`${where} describes ${index.object}, not ${c.object}`);
    return index;
  } catch (e) {
    throw new IndexError(`${e.message}: refusing it, nothing was written`);
  }
}
async function loadIndex(store, ref, c, identities) {
  const body = await readIndexBody(store, ref, c);
  return { index: await decodeIndex(body, `${ref.id}/${c.index.object}`, c, identities), bytes: body.length };
}
async function indexDamage(store, ref, c, identities) {
  if (!c.index) return void 0;
  const where = `${ref.id}/${c.index.object}`;
  try {
    const body = await readIndexBody(store, ref, c);
    if (c.encryption === "age" && identities.length === 0) return void 0;
    await decodeIndex(body, where, c, identities);
    return void 0;
  } catch (e) {
    if (e instanceof ObjectReadError || isAbort(e)) throw e;
    if (!(e instanceof IndexError)) return `cannot be read: ${redact(e.message)}`;
    const msg = e.message.replace(/: refusing it, nothing was written$/, "");
    return msg.startsWith(where) ? msg.slice(where.length).replace(/^:? /, "") : msg;
  }
}
function isAbort(e) {
  return e instanceof Error && (e.name === "AbortError" || e.name === "TimeoutError");
}

// src/core/verify.ts
function backupsNewerThan(list, ms, now) {
  return list.filter((b) => now.getTime() - b.parsed.time.getTime() <= ms);
}
var IN_PROGRESS_GRACE_MS = 36e5;
async function auditLocks(b, deps, result) {
  const store = deps.place.store;
  if (!store?.lockAudit) return;
  let findings;
  try {
    findings = await store.lockAudit(b);
  } catch (e) {
    findings = [{ object: MANIFEST_NAME, problem: `its Object Lock could not be read: ${redact(e.message)}` }];
  }
  for (const f of findings) {
    deps.log.info(`${b.id}/${f.object}: LOCK ${f.problem}`);
    result.damage.push({ backup: b.id, object: f.object, problem: `Object Lock: ${f.problem}` });
  }
}
async function checkBackup(b, deps) {
  const now = (deps.now ?? (() => /* @__PURE__ */ new Date()))();
  const result = { id: b.id, complete: b.complete, objects: [], damage: [] };
  if (!b.complete) {
    if (now.getTime() - b.lastModified.getTime() < IN_PROGRESS_GRACE_MS) {
      result.inProgress = true;
      return result;
    }
    result.damage.push({ backup: b.id, object: MANIFEST_NAME, problem: "is missing: the backup is incomplete and can never be restored" });
    return result;
  }
  let opened;
  try {
    opened = await (deps.reader ?? readerFor(deps.place)).open(b);
  } catch (e) {
    if (e instanceof ObjectReadError) throw e;
    result.damage.push({ backup: b.id, object: MANIFEST_NAME, problem: e.message });
    return result;
  }
  const manifest = opened.manifest;
  result.manifest = manifest;
  await auditLocks(b, deps, result);
  const components = deps.components ? manifest.components.filter((c) => deps.components.includes(c.name)) : manifest.components;
  const early = opened.early(components);
  const work = await makeStaging(deps.tmpRoot, "verify");
  try {
    for (const c of components) {
      const listed = early.find((d) => d.object === c.object);
      if (listed) {
        result.damage.push(listed);
        result.objects.push({ component: c.name, object: c.object, bytes: c.bytes, ok: false, problem: listed.problem, durationMs: 0 });
        continue;
      }
      result.objects.push(await checkComponent(opened, c, deps, work, result));
      const indexProblem = deps.place.store && await indexDamage(deps.place.store, b, c, deps.identities);
      if (indexProblem) result.damage.push({ backup: b.id, object: c.index.object, problem: indexProblem });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return result;
}
async function checkComponent(opened, c, deps, tmp, result) {
  const b = opened.backup;
  const onVerified = deps.onVerified;
  const f = await opened.check(c, {
    identities: deps.identities,
    log: deps.log,
    tmp,
    ...deps.signal ? { signal: deps.signal } : {},
    ...onVerified ? { onVerified: (file) => onVerified(b, c, file) } : {}
  });
  const check = { component: c.name, object: c.object, bytes: f.bytes, ok: !f.problem, durationMs: f.durationMs };
  if (f.problem) {
    check.problem = f.problem;
    result.damage.push({ backup: b.id, object: c.object, problem: f.problem });
  } else if (f.listing) check.listing = f.listing;
  if (f.notDecoded) check.notDecoded = f.notDecoded;
  if (opened.format === "archive")
    deps.log.info(
      `${b.id}/${c.object}: ${check.ok ? "ok" : "DAMAGED"}, ${formatBytes(f.bytes)} in ${formatDuration(f.durationMs)} (${formatRate(f.bytes, f.durationMs)})${check.listing ? `, ${check.listing.files} files` : ""}${check.problem ? `: ${check.problem}` : ""}`
    );
  return check;
}
async function verifyBackups(site, environment, backups, deps) {
  const started = Date.now();
  const checks = [];
  const reader = deps.reader ?? readerFor(deps.place);
  for (const b of backups) checks.push(await checkBackup(b, { ...deps, reader }));
  if (reader.checkStore && checks.length > 0) await storeCheck(reader.checkStore, site, checks[0], deps);
  return { site, environment, checks, damage: checks.flatMap((c) => c.damage), durationMs: Date.now() - started };
}
async function storeCheck(run, site, newest, deps) {
  const r = await run(site, { log: deps.log, ...deps.signal ? { signal: deps.signal } : {} });
  if (r.problem) {
    newest.damage.push({ backup: newest.id, object: r.what, problem: r.problem });
    for (const o of newest.objects) {
      o.ok = false;
      o.problem = "the repository check failed";
    }
  }
  for (const o of newest.objects) o.durationMs = r.durationMs;
}

export {
  loadIndex,
  backupsNewerThan,
  verifyBackups
};
