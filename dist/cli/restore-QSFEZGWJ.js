import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  checkConfirm,
  isProtected,
  planComponents,
  runDrill
} from "./chunk-ASICMZVJ.js";
import {
  pickBackup
} from "./chunk-FOZWZYJM.js";
import "./chunk-2OE4HZ7R.js";
import "./chunk-TIVNZVPQ.js";
import {
  readdirIfExists
} from "./chunk-VGFCETJD.js";
import {
  plural
} from "./chunk-FPDQBVEU.js";
import {
  RESTIC_MANIFEST_NAME,
  parseResticManifest
} from "./chunk-CTNCQJ5J.js";
import "./chunk-UQAASSIJ.js";
import "./chunk-YLZVTQOS.js";
import {
  formatBytes
} from "./chunk-OTFXQX3Q.js";
import "./chunk-O7CNWCFR.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import "./chunk-ATQ5LIQX.js";
import "./chunk-5CIGDVM5.js";
import "./chunk-TLYYK3DI.js";
import "./chunk-CWCRKLXP.js";
import {
  ComponentError,
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/restic/restore.ts
import { randomBytes } from "node:crypto";
import { lstat, mkdir, mkdtemp, readdir, readlink, rename, rm, rmdir } from "node:fs/promises";
import path from "node:path";
async function loadResticManifest(store, b) {
  const where = `${b.id}/${RESTIC_MANIFEST_NAME}`;
  const chunks = [];
  for await (const c of await store.read(b, RESTIC_MANIFEST_NAME)) chunks.push(c);
  const m = parseResticManifest(Buffer.concat(chunks).toString("utf8"), where);
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
async function restoreFolders(store, b, components, target, signal) {
  const repo = store.repo(b.site);
  await repo.ok(["restore", b.snapshots[0], "--target", target, "--verify", ...components.flatMap((c) => ["--include", `/${c}`])], {
    lock: true,
    ...signal ? { signal } : {}
  });
}
function planText(plan, m, from) {
  const lines = [
    `Restore plan: ${plan.site}/${plan.sourceEnvironment} backup ${plan.backupId} (restic snapshot ${m.snapshot?.slice(0, 8)}, made ${m.createdAt}, ${m.trigger}, platform ${m.platform})`,
    `  from   ${from}`,
    `  into   environment \`${plan.targetEnvironment}\` with platform \`${plan.platform}\`${plan.targetEnvironment !== plan.sourceEnvironment ? ` (a different environment than the backup's \`${plan.sourceEnvironment}\`)` : ""}`
  ];
  for (const c of plan.components)
    lines.push(
      `  ${c.component.padEnd(6)} ${c.object} ${plural(c.files, "file", "files")}, ${formatBytes(c.contentBytes)}: ${c.operation}`
    );
  lines.push("  restic checks every chunk it reads, and the restored files against the snapshot, before anything changes");
  if (plan.needsConfirm) lines.push(`  \`${plan.targetEnvironment}\` is protected: a real run needs \`confirm: ${plan.needsConfirm}\``);
  return lines.join("\n");
}
async function resticRestore(cfg, deps, restoreCommandSet = () => false) {
  const started = Date.now();
  const { store, log } = deps;
  if (!cfg.dryRun) checkConfirm(cfg);
  const backup = pickBackup(await store.list(cfg.site, cfg.environment), cfg.backup);
  const m = await loadResticManifest(store, backup);
  const chosen = cfg.components ?? m.components.map((c) => c.name);
  for (const c of chosen) {
    if (!m.components.some((x) => x.name === c)) {
      throw new ConfigError(
        "components",
        `backup ${m.id} holds no "${c}" component`,
        `It holds ${m.components.map((x) => x.name).join(", ")}; pick from those or leave \`components\` empty.`
      );
    }
  }
  const view = manifestView(m);
  const plan = {
    site: cfg.site,
    sourceEnvironment: cfg.environment,
    targetEnvironment: cfg.targetEnvironment,
    platform: cfg.platform,
    backupId: backup.id,
    manifest: view,
    components: planComponents(
      cfg,
      view.components.filter((c) => chosen.includes(c.name)),
      restoreCommandSet
    ),
    bytes: 0
  };
  if (isProtected(cfg.targetEnvironment, cfg.protectedEnvironments)) plan.needsConfirm = cfg.targetEnvironment;
  log.info(planText(plan, m, store.location(backup)));
  if (cfg.dryRun) {
    log.info("Dry run: nothing was downloaded, extracted or restored.");
    return { plan, dryRun: true, components: [], durationMs: Date.now() - started };
  }
  if (cfg.platform === "command") {
    for (const c of chosen) {
      const names = await readdirIfExists(path.join(cfg.restoreDir, c)) ?? [];
      if (names.length > 0) {
        throw new ConfigError(
          "restore-dir",
          `${path.join(cfg.restoreDir, c)} already holds ${plural(names.length, "entry", "entries")}, and restoring ${c} over them would mix two versions`,
          "Remove or move that folder, or point `restore-dir` at an empty or new folder."
        );
      }
    }
    await mkdir(cfg.restoreDir, { recursive: true });
  }
  const work = cfg.platform === "command" ? path.join(cfg.restoreDir, `.site-backup-restic-${randomBytes(4).toString("hex")}.partial`) : await mkdtemp(path.join(deps.tmpRoot, "site-backup-restore-"));
  try {
    await mkdir(work, { recursive: true, mode: 448 });
    const t0 = Date.now();
    await restoreFolders(store, backup, chosen, work, deps.signal);
    const downloadMs = Date.now() - t0;
    const listings = /* @__PURE__ */ new Map();
    for (const c of chosen) {
      const dir = path.join(work, c);
      const l = await scanRestored(dir).catch((e) => {
        throw new Error(`refusing to restore ${backup.id}, nothing was changed: ${c}: ${e.message}`);
      });
      listings.set(c, l);
      log.info(
        `${c}: ${plural(l.files, "file", "files")}, ${formatBytes(l.contentBytes)} restored from the snapshot and verified by restic`
      );
    }
    const dirs = /* @__PURE__ */ new Map();
    for (const c of chosen) {
      if (cfg.platform === "command") {
        const final = path.join(cfg.restoreDir, c);
        await rmdir(final).catch(() => void 0);
        await rename(path.join(work, c), final);
        dirs.set(c, final);
      } else dirs.set(c, path.join(work, c));
    }
    const platform = await deps.openPlatform();
    const restored = [];
    try {
      for (const c of chosen) {
        const t = Date.now();
        log.info(`${c}: restoring into \`${cfg.targetEnvironment}\`\u2026`);
        try {
          await platform.restore(c, dirs.get(c), {
            targetEnvironment: cfg.targetEnvironment,
            signal: deps.signal ?? new AbortController().signal
          });
        } catch (e) {
          const done = restored.map((r) => r.component);
          const state = done.length ? `${done.join(", ")} ${done.length === 1 ? "was" : "were"} restored already; ${c} may be partly restored` : `nothing was restored before it; ${c} may be partly restored`;
          throw new ComponentError(c, `restore into \`${cfg.targetEnvironment}\` failed (${state}): ${e.message}`, { cause: e });
        }
        restored.push({
          ...plan.components.find((p) => p.component === c),
          listing: listings.get(c),
          downloadMs,
          restoreMs: Date.now() - t,
          ...cfg.platform === "command" ? { dir: dirs.get(c) } : {}
        });
        log.info(`${c}: restored in ${formatDuration(Date.now() - t)}`);
      }
    } finally {
      await platform.close();
    }
    return { plan, dryRun: false, components: restored, durationMs: Date.now() - started };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
async function resticVerify(site, environment, backups, deps) {
  const started = Date.now();
  const { store, log } = deps;
  const checks = [];
  for (const b of backups) {
    const check = { id: b.id, complete: true, objects: [], damage: [] };
    try {
      const m = await loadResticManifest(store, b);
      check.manifest = manifestView(m);
      for (const c of m.components) {
        if (deps.components && !deps.components.includes(c.name)) continue;
        check.objects.push({ component: c.name, object: `${c.path}/`, bytes: c.contentBytes, ok: true, durationMs: 0 });
      }
    } catch (e) {
      check.damage.push({ backup: b.id, object: RESTIC_MANIFEST_NAME, problem: e.message });
    }
    checks.push(check);
  }
  if (backups.length > 0) {
    const repo = store.repo(site);
    const subset = store.options.readDataSubset;
    const t = Date.now();
    const r = await repo.run(["check", ...subset ? [`--read-data-subset=${subset}`] : []], {
      lock: true,
      ...deps.signal ? { signal: deps.signal } : {}
    });
    const took = Date.now() - t;
    log.info(
      `restic check${subset ? ` --read-data-subset=${subset}` : ""} of ${repo.display}: ${r.code === 0 ? "no errors" : "ERRORS"} in ${formatDuration(took)}`
    );
    const newest = checks[0];
    if (r.code !== 0) {
      const problem = repo.error("restic check", r).message;
      newest.damage.push({ backup: newest.id, object: "restic check", problem });
      for (const o of newest.objects) {
        o.ok = false;
        o.problem = "the repository check failed";
      }
    }
    for (const o of newest.objects) o.durationMs = took;
  }
  return { site, environment, checks, damage: checks.flatMap((c) => c.damage), durationMs: Date.now() - started };
}
async function resticDrill(store, ref, drill, o) {
  const work = await mkdtemp(path.join(o.tmpRoot, "site-backup-drill-"));
  try {
    const b = await store.snapshotOf(ref);
    const m = await loadResticManifest(store, b);
    if (!m.components.some((c) => c.name === "data"))
      throw new Error(`backup ${b.id} has no data component to drill (it holds ${m.components.map((c) => c.name).join(", ")})`);
    await restoreFolders(store, b, ["data"], work);
    const dir = path.join(work, "data");
    await scanRestored(dir);
    o.log.info(`drill: restored the data of ${b.id} from restic snapshot ${b.snapshots[0].slice(0, 8)}`);
    return await runDrill(dir, drill.target, { ...drill.sql ? { sql: drill.sql } : {}, tmpRoot: work, log: o.log, env: o.env });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
export {
  loadResticManifest,
  resticDrill,
  resticRestore,
  resticVerify,
  restoreFolders
};
