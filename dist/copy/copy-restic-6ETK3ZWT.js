import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  parseResticManifest
} from "./chunk-X22J6HEG.js";
import {
  CopyIntegrityError,
  backupsToCopy,
  copyEach
} from "./chunk-4JAYPOJU.js";
import "./chunk-JGXZ5MXS.js";
import "./chunk-372SLAHS.js";
import {
  formatBytes,
  formatRate
} from "./chunk-OTFXQX3Q.js";
import "./chunk-JDDZRGIQ.js";
import "./chunk-XOLSYURX.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-6LRQM5XH.js";
import "./chunk-CWCRKLXP.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import "./chunk-DUSEQESR.js";
import {
  MANIFEST_NAME
} from "./chunk-GOA47NYZ.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/core/copy-restic.ts
var MAX_MANIFEST_BYTES = 4 << 20;
async function runResticCopy(cfg, deps) {
  const started = Date.now();
  const now = (deps.now ?? (() => /* @__PURE__ */ new Date()))();
  const todo = backupsToCopy(await deps.from.list(cfg.site, cfg.environment), cfg, now);
  const there = new Map((await deps.to.list(cfg.site, cfg.environment)).map((b) => [b.id, b]));
  return copyEach(cfg, todo, deps.log, started, (b) => copySnapshot(b, there.get(b.id), deps));
}
async function copySnapshot(b, there, deps) {
  const started = Date.now();
  const text = await manifestText(deps.from, b);
  const manifest = parseResticManifest(text, `${MANIFEST_NAME} of ${b.id} in the source`);
  if (there) {
    await sameAsSource(deps.to, there, text);
    deps.log.info(`${b.id}: already in ${deps.to.location(b)}, same manifest; skipped.`);
    return { id: b.id, status: "up-to-date", bytes: 0, objects: 0, durationMs: Date.now() - started };
  }
  const repo = await deps.to.ensureInitialised(b.site);
  const limit = deps.limitRate ? ["--limit-download", String(Math.max(1, Math.floor(deps.limitRate / 1024)))] : [];
  await repo.ok(["copy", ...limit, ...b.snapshots], { lock: true, env: deps.from.repo(b.site).sourceEnv() });
  const copied = (await deps.to.list(b.site, b.environment)).find((x) => x.id === b.id);
  if (!copied) throw new CopyIntegrityError(`restic copy ended without error, but ${b.id} is not in ${deps.to.location(b)}`);
  await sameAsSource(deps.to, copied, text);
  const bytes = manifest.components.reduce((n, c) => n + c.contentBytes, 0);
  const ms = Date.now() - started;
  deps.log.info(
    `${b.id}: copied ${b.snapshots.length === 1 ? "its snapshot" : `${b.snapshots.length} snapshots`} (${formatBytes(bytes)} of content) in ${formatDuration(ms)} (${formatRate(bytes, ms)}); the manifests match.`
  );
  return { id: b.id, status: "copied", bytes, objects: b.snapshots.length, durationMs: ms };
}
async function manifestText(store, b) {
  const r = await store.repo(b.site).ok(["dump", "--no-lock", b.snapshots[0], `/${MANIFEST_NAME}`], { capture: true });
  if (Buffer.byteLength(r.stdout) > MAX_MANIFEST_BYTES)
    throw new CopyIntegrityError(`${MANIFEST_NAME} of ${b.id} is larger than a manifest can be`);
  return r.stdout;
}
async function sameAsSource(to, there, text) {
  const theirs = await manifestText(to, there);
  if (theirs !== text) {
    throw new CopyIntegrityError(
      `the destination holds a backup ${there.id} whose ${MANIFEST_NAME} differs from the source's; it was left as it is (a copy never replaces a backup): check both with verify`
    );
  }
}
export {
  runResticCopy
};
