import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  backupsNewerThan
} from "./chunk-NB55BVTA.js";
import {
  renamed
} from "./chunk-MSEZ3H2W.js";
import {
  listingDamage,
  loadManifestText
} from "./chunk-WBLXCC3B.js";
import {
  pickBackup
} from "./chunk-GZMYM6CX.js";
import {
  formatBytes,
  formatRate
} from "./chunk-OTFXQX3Q.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  ObjectReadError,
  readSmallText
} from "./chunk-HJ2OZ5QV.js";
import {
  MANIFEST_NAME
} from "./chunk-A5275KUL.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";

// src/core/copy.ts
import { createHash } from "node:crypto";
import { pipeline, Transform } from "node:stream";
var MAX_MANIFEST_BYTES = 4 << 20;
var CopyError = class extends Error {
  constructor(result) {
    const bad = result.outcomes.filter((o) => o.status === "failed");
    super(
      `${bad.length} of ${result.outcomes.length} ${result.outcomes.length === 1 ? "backup" : "backups"} could not be copied: ${bad.map((o) => `${o.id}: ${o.problem}`).join("; ")}`
    );
    this.result = result;
  }
  result;
  name = "CopyError";
};
var CopyIntegrityError = class extends Error {
  name = "CopyIntegrityError";
};
function backupsToCopy(list, cfg, now) {
  if (cfg.backup !== void 0) return [pickBackup(list, cfg.backup)];
  const within = cfg.newerThanMs !== void 0 ? backupsNewerThan(list, cfg.newerThanMs, now) : list;
  return within.filter((b) => b.complete);
}
async function runCopy(cfg, deps) {
  const started = Date.now();
  const now = (deps.now ?? (() => /* @__PURE__ */ new Date()))();
  const todo = backupsToCopy(await deps.from.list(cfg.site, cfg.environment), cfg, now);
  const there = new Map((await deps.to.list(cfg.site, cfg.environment)).map((b) => [b.id, b]));
  return copyEach(cfg, todo, deps.log, started, (b) => copyBackup(b, there.get(b.id), deps));
}
async function copyEach(cfg, todo, log, started, copyOne) {
  log.info(
    `${todo.length} complete ${todo.length === 1 ? "backup" : "backups"} of ${cfg.site}/${cfg.environment} to copy from ${cfg.fromText} to ${cfg.toText}.`
  );
  const outcomes = [];
  for (const b of todo) {
    const t0 = Date.now();
    try {
      outcomes.push(await copyOne(b));
    } catch (e) {
      if (e instanceof ConfigError) throw renamed(e, "to");
      const problem = redact(e.message);
      log.error(`${b.id}: ${problem}`, `copy ${b.id}`);
      outcomes.push({ id: b.id, status: "failed", bytes: 0, objects: 0, durationMs: Date.now() - t0, problem });
    }
  }
  const count = (s) => outcomes.filter((o) => o.status === s).length;
  const result = {
    site: cfg.site,
    environment: cfg.environment,
    outcomes,
    copied: count("copied"),
    upToDate: count("up-to-date"),
    failed: count("failed"),
    bytes: outcomes.reduce((n, o) => n + o.bytes, 0),
    durationMs: Date.now() - started
  };
  if (result.failed) throw new CopyError(result);
  return result;
}
async function copyBackup(b, there, deps) {
  const started = Date.now();
  const { text, manifest } = await loadManifestText(deps.from, b);
  checkSource(b, manifest);
  if (there?.complete) {
    await sameAsSource(there, text, manifest, deps.to);
    deps.log.info(`${b.id}: already in ${deps.to.location(b)}, same manifest; skipped.`);
    return { id: b.id, status: "up-to-date", bytes: 0, objects: 0, durationMs: Date.now() - started };
  }
  if (there) await clearIncomplete(there, deps);
  const writer = await deps.to.createWriter(b);
  try {
    for (const c of manifest.components) await copyObject(b, c, writer, deps);
    await writer.commit(text);
  } catch (e) {
    await writer.abort().catch(
      (err) => deps.log.warn(
        `${b.id}: could not remove the unfinished copy (${redact(err.message)}); without a manifest it is incomplete, and the next copy or prune removes it.`
      )
    );
    throw e;
  }
  const bytes = manifest.components.reduce((n, c) => n + c.bytes, 0);
  const ms = Date.now() - started;
  deps.log.info(
    `${b.id}: copied ${manifest.components.length} objects, ${formatBytes(bytes)} in ${formatDuration(ms)} (${formatRate(bytes, ms)}), manifest last.`
  );
  return { id: b.id, status: "copied", bytes, objects: manifest.components.length, durationMs: ms };
}
function checkSource(b, m) {
  const objects = /* @__PURE__ */ new Set();
  for (const c of m.components) {
    if (objects.has(c.object)) throw new CopyIntegrityError(`the source manifest lists ${c.object} twice`);
    objects.add(c.object);
  }
  const damage = listingDamage(b, m.components);
  if (damage.length)
    throw new CopyIntegrityError(
      `in the source, ${damage.map((d) => `${d.object} ${d.problem}`).join("; ")}; nothing was copied (run verify on the source)`
    );
}
async function sameAsSource(there, text, m, to) {
  const theirs = await readSmallText(to, there, MANIFEST_NAME, MAX_MANIFEST_BYTES);
  if (theirs !== text) {
    throw new Error(
      `the destination already holds a backup with this id whose ${MANIFEST_NAME} differs from the source's; it was left as it is (a copy never replaces a backup): check both with verify`
    );
  }
  const damage = listingDamage(there, m.components);
  if (damage.length) {
    throw new Error(
      `the destination holds this backup, but ${damage.map((d) => `${d.object} ${d.problem}`).join("; ")}; it was left as it is: remove it there (or run verify) and copy again`
    );
  }
}
async function clearIncomplete(there, deps) {
  deps.log.info(`${there.id}: an unfinished copy is in the destination (no manifest); copying it again.`);
  const r = await deps.to.remove([there]);
  if (r.errors.length)
    throw new Error(`could not remove the unfinished copy at the destination (${r.errors[0].key}: ${r.errors[0].message})`);
}
async function copyObject(b, c, writer, deps) {
  let body;
  try {
    body = await deps.from.read(b, c.object);
  } catch (e) {
    if (e instanceof ObjectReadError) throw e;
    throw new Error(`${c.object}: cannot be read from the source: ${e.message}`, { cause: e });
  }
  const check = checkedAgainst(c);
  const stages = deps.limiter ? [body, deps.limiter.stream(), check] : [body, check];
  const out = pipeline(stages, () => {
  });
  try {
    await writer.put(c.object, out, c.bytes);
  } catch (e) {
    out.destroy();
    throw e;
  }
}
function checkedAgainst(c) {
  const hash = createHash("sha256");
  let bytes = 0;
  return new Transform({
    transform(chunk, _enc, cb) {
      bytes += chunk.length;
      if (bytes > c.bytes)
        return cb(
          new CopyIntegrityError(
            `${c.object}: the source object is larger than the ${c.bytes} bytes its manifest says; the copy of this backup stopped`
          )
        );
      hash.update(chunk);
      cb(null, chunk);
    },
    flush(cb) {
      if (bytes !== c.bytes)
        return cb(
          new CopyIntegrityError(
            `${c.object}: read ${bytes} bytes from the source, its manifest says ${c.bytes}; the copy of this backup stopped`
          )
        );
      const sha = hash.digest("hex");
      if (sha !== c.sha256)
        return cb(
          new CopyIntegrityError(
            `${c.object}: sha256 of the source object is ${sha}, its manifest says ${c.sha256}; the copy of this backup stopped`
          )
        );
      cb();
    }
  });
}

export {
  CopyError,
  CopyIntegrityError,
  backupsToCopy,
  runCopy,
  copyEach
};
