import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  RESTIC_MANIFEST_NAME,
  parseResticManifest
} from "./chunk-O32PSYQR.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import "./chunk-K42IPT4L.js";
import "./chunk-BB3JDYVJ.js";

// src/formats/restic/reader.ts
import { lstat, readdir, readlink, rename, rm, rmdir } from "node:fs/promises";
import path from "node:path";
async function loadResticManifest(store, b) {
  const where = `${b.id}/${RESTIC_MANIFEST_NAME}`;
  const m = parseResticManifest((await store.manifestBytes(b)).toString("utf8"), where);
  const mismatch = ["id", "site", "environment"].filter((k) => m[k] !== b[k]);
  if (mismatch.length)
    throw new Error(
      `${where} describes ${m.site}/${m.environment}/${m.id}, not the snapshot it is in (${b.site}/${b.environment}/${b.id})`
    );
  return { ...m, snapshot: b.snapshots[0] };
}
function manifestView(m) {
  const { backupFormat: _f, snapshot: _s, components, ...rest } = m;
  return {
    ...rest,
    components: components.map((c) => ({
      name: c.name,
      object: `${c.path}/`,
      compression: "none",
      encryption: "none",
      bytes: 0,
      sha256: m.snapshot ?? "",
      contentBytes: c.contentBytes,
      files: c.files
    }))
  };
}
async function scanRestored(root, dir = root, l = { entries: 0, files: 0, contentBytes: 0, directories: 0, symlinks: 0, hardlinks: 0 }) {
  for (const name of await readdir(dir)) {
    const p = path.join(dir, name);
    const st = await lstat(p);
    l.entries++;
    if (st.isDirectory()) {
      l.directories++;
      await scanRestored(root, p, l);
    } else if (st.isSymbolicLink()) {
      l.symlinks++;
      const target = await readlink(p);
      const resolved = path.resolve(path.dirname(p), target);
      if (path.isAbsolute(target) || resolved !== root && !resolved.startsWith(root + path.sep)) {
        throw new Error(`${path.relative(root, p)} is a link to ${target}, outside the component: refusing to restore it`);
      }
    } else if (st.isFile()) {
      l.files++;
      l.contentBytes += st.size;
    } else {
      throw new Error(`${path.relative(root, p)} is a device, socket or pipe: refusing to restore it`);
    }
  }
  return l;
}
function includeRules(folder, paths) {
  if (!paths?.length) return ["--include", `/${folder}`];
  return paths.flatMap((p) => ["--include", `/${folder}/${p.replace(/^\/+/, "")}`]);
}
async function materialise(store, b, c, target, o) {
  const folder = c.object.replace(/\/$/, "");
  const beside = `${target}.restic`;
  const started = Date.now();
  try {
    await store.repo(b.site).ok(["restore", b.snapshots[0], "--target", beside, "--verify", ...includeRules(folder, o.paths)], {
      lock: true,
      ...o.signal ? { signal: o.signal } : {}
    });
    const durationMs = Date.now() - started;
    const got = path.join(beside, folder);
    if (!await lstat(got).catch(() => void 0)) return { bytes: 0, durationMs, listing: await scanRestored(target) };
    await rmdir(target);
    await rename(got, target);
    try {
      return { bytes: c.contentBytes, durationMs, listing: await scanRestored(target) };
    } catch (e) {
      return { bytes: c.contentBytes, durationMs, listError: new Error(`${c.name}: ${e.message}`) };
    }
  } finally {
    await rm(beside, { recursive: true, force: true });
  }
}
async function checkRepository(store, site, o) {
  const repo = store.repo(site);
  const subset = store.options.readDataSubset;
  const t = Date.now();
  const r = await repo.run(["check", ...subset ? [`--read-data-subset=${subset}`] : []], {
    lock: true,
    ...o.signal ? { signal: o.signal } : {}
  });
  const durationMs = Date.now() - t;
  o.log.info(
    `restic check${subset ? ` --read-data-subset=${subset}` : ""} of ${repo.display}: ${r.code === 0 ? "no errors" : "ERRORS"} in ${formatDuration(durationMs)}`
  );
  return { what: "restic check", durationMs, ...r.code !== 0 ? { problem: repo.error("restic check", r).message } : {} };
}
function resticReader(store) {
  return {
    async open(listed) {
      const b = "snapshots" in listed ? listed : await store.snapshotOf(listed);
      const m = await loadResticManifest(store, b);
      return {
        format: "restic",
        backup: b,
        manifest: manifestView(m),
        origin: `restic snapshot ${b.snapshots[0].slice(0, 8)}`,
        // One `restic restore` at a time: each already reads the repository in parallel.
        parallel: 1,
        // A snapshot is written whole or not at all: there is nothing to compare before reading.
        early: () => [],
        materialise: (c, target, o) => materialise(store, b, c, target, o),
        // Each chunk is checked by the repository check (checkStore), once for all backups.
        check: (c) => Promise.resolve({ bytes: c.contentBytes, durationMs: 0 })
      };
    },
    checkStore: (site, o) => checkRepository(store, site, o)
  };
}
export {
  includeRules,
  loadResticManifest,
  manifestView,
  resticReader,
  scanRestored
};
