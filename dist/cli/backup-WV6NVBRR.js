import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  openPullCache,
  selectComponents
} from "./chunk-KQMAOM6Q.js";
import {
  RESTIC_MANIFEST_NAME,
  serializeResticManifest
} from "./chunk-CTNCQJ5J.js";
import "./chunk-UQAASSIJ.js";
import "./chunk-YLZVTQOS.js";
import {
  formatBytes
} from "./chunk-OTFXQX3Q.js";
import "./chunk-O7CNWCFR.js";
import {
  TOOL
} from "./chunk-5A26CKDP.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import {
  backupTags
} from "./chunk-ATQ5LIQX.js";
import {
  backupIdSuffix,
  makeBackupId,
  sourceFromEnv
} from "./chunk-5CIGDVM5.js";
import "./chunk-TLYYK3DI.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  ComponentError
} from "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/restic/backup.ts
import { randomBytes } from "node:crypto";
import { lstat, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
async function countContent(dir) {
  let files = 0;
  let bytes = 0;
  for (const name of await readdir(dir)) {
    const st = await lstat(path.join(dir, name));
    if (st.isFile()) {
      files++;
      bytes += st.size;
    } else if (st.isDirectory()) {
      const sub = await countContent(path.join(dir, name));
      files += sub.files;
      bytes += sub.bytes;
    }
  }
  return { files, bytes };
}
async function resticBackup(cfg, deps) {
  const env = deps.env ?? process.env;
  const now = deps.now ?? (() => /* @__PURE__ */ new Date());
  const { store, platform, log } = deps;
  const components = selectComponents(cfg, platform);
  const tmpRoot = deps.tmpRoot ?? env.RUNNER_TEMP ?? os.tmpdir();
  const pulls = await openPullCache(cfg, platform, components, { env, log, tmpRoot, ...deps.cache ? { cache: deps.cache } : {} });
  const opened = new AbortController();
  const opening = (async () => {
    const parent = (store.takeListing(cfg.site, cfg.environment) ?? await store.list(cfg.site, cfg.environment))[0];
    const repo = await store.ensureInitialised(cfg.site);
    return { parent, repo };
  })();
  opening.catch((e) => opened.abort(e));
  const createdAt = now();
  const id = makeBackupId(
    createdAt,
    cfg.trigger,
    backupIdSuffix(env, () => randomBytes(4).toString("hex"))
  );
  const ref = { site: cfg.site, environment: cfg.environment, id };
  log.info(
    `Backing up ${cfg.site}/${cfg.environment} (${components.join(", ")}) as ${id} to the restic repository ${store.repo(cfg.site).display}`
  );
  const stage = await mkdtemp(path.join(tmpRoot, "site-backup-restic-"));
  const reports = [];
  const content = [];
  let platformSnapshot;
  try {
    for (const component of components) {
      const started2 = Date.now();
      if (opened.signal.aborted) break;
      const controller = new AbortController();
      const stopOnOpenFailure = () => controller.abort(opened.signal.reason);
      opened.signal.addEventListener("abort", stopOnOpenFailure, { once: true });
      const timer = setTimeout(
        () => controller.abort(
          new Error(`timed out after ${formatDuration(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer)`)
        ),
        cfg.timeoutMs
      );
      const dir = path.join(stage, component);
      await mkdir(dir, { mode: 448 });
      await pulls?.seed(component, dir);
      try {
        const exported = await platform.export(component, dir, controller.signal);
        if (controller.signal.aborted) throw controller.signal.reason;
        if (exported?.platformSnapshot) platformSnapshot = exported.platformSnapshot;
        const counts = exported?.counts ?? await countContent(dir);
        if (counts.bytes === 0)
          throw new Error(
            "the export produced no files (an empty export is treated as a failure, since several platform CLIs exit 0 when they fail)"
          );
        content.push({ name: component, bytes: counts.bytes });
        reports.push({
          name: component,
          object: `${component}/`,
          compression: "none",
          encryption: "none",
          bytes: 0,
          sha256: "",
          contentBytes: counts.bytes,
          files: counts.files,
          durationMs: Date.now() - started2,
          ...exported?.counts ? { exportCounts: exported.counts } : {}
        });
        log.info(`${component}: exported ${counts.files} files, ${formatBytes(counts.bytes)} in ${formatDuration(Date.now() - started2)}`);
      } catch (e) {
        if (opened.signal.aborted) break;
        const err = controller.signal.aborted ? controller.signal.reason : e;
        throw new ComponentError(component, redact(err?.message ?? String(err)), { cause: err });
      } finally {
        clearTimeout(timer);
        opened.signal.removeEventListener("abort", stopOnOpenFailure);
      }
    }
    const { parent, repo } = await opening;
    const manifest = {
      format: 1,
      backupFormat: "restic",
      id,
      site: cfg.site,
      environment: cfg.environment,
      platform: cfg.platform,
      trigger: cfg.trigger,
      createdAt: createdAt.toISOString(),
      // When the exports were complete and restic began: the snapshot, written after this file
      // is read, records when it was committed.
      finishedAt: now().toISOString(),
      tool: TOOL,
      source: sourceFromEnv(env),
      components: reports.map((r2) => ({ name: r2.name, path: r2.name, contentBytes: r2.contentBytes, files: r2.files }))
    };
    if (platformSnapshot) manifest.platformSnapshot = platformSnapshot;
    await writeFile(path.join(stage, RESTIC_MANIFEST_NAME), serializeResticManifest(manifest), { mode: 384 });
    const args = [
      "backup",
      "--json",
      // -v adds a line per new or changed item with the bytes it added: per-component sizes.
      "-v",
      // The staging folder is new every run, so inode and ctime always differ: size and mtime
      // decide whether restic reads a file again (as rsync decides what to copy).
      "--ignore-inode",
      "--ignore-ctime",
      "--host",
      cfg.environment,
      "--time",
      createdAt.toISOString().replace("T", " ").replace(/\.\d+Z$/, ""),
      ...backupTags({ ...ref, trigger: cfg.trigger }, content).flatMap((t) => ["--tag", t]),
      ...parent ? ["--parent", parent.snapshots[0]] : [],
      ...components,
      RESTIC_MANIFEST_NAME
    ];
    let summary;
    let lastStatusAt = 0;
    const interval = deps.progressIntervalMs ?? 5e3;
    const started = Date.now();
    const limit = AbortSignal.timeout(cfg.timeoutMs);
    const r = await repo.run(args, {
      cwd: stage,
      lock: true,
      signal: limit,
      onLine: (line, stream) => {
        if (stream === "stderr") {
          if (line.trim()) log.info(`restic: ${redact(line)}`);
          return;
        }
        let msg;
        try {
          msg = JSON.parse(line);
        } catch {
          return;
        }
        if (msg.message_type === "summary") summary = msg;
        else if (msg.message_type === "verbose_status") {
          const report = reports.find((c) => msg.item?.startsWith(`/${c.name}/`));
          if (report) report.bytes += (msg.data_size_in_repo ?? 0) + (msg.metadata_size_in_repo ?? 0);
        } else if (msg.message_type === "status" && Date.now() - lastStatusAt >= interval) {
          lastStatusAt = Date.now();
          const pct = ((msg.percent_done ?? 0) * 100).toFixed(0);
          log.info(
            `restic: ${pct}%, ${formatBytes(msg.bytes_done ?? 0)} of ${formatBytes(msg.total_bytes ?? 0)}, ${msg.files_done ?? 0} of ${msg.total_files ?? 0} files`
          );
        }
      }
    }).catch((e) => {
      if (!limit.aborted) throw e;
      throw new Error(
        `restic backup timed out after ${formatDuration(cfg.timeoutMs)} (raise the \`timeout\` input if the site needs longer); no snapshot was written`,
        { cause: e }
      );
    });
    if (r.code === 3 && summary?.snapshot_id) {
      await repo.run(["forget", summary.snapshot_id], { lock: true });
      throw new Error(
        `restic could not read every exported file, so the snapshot was removed: ${redact(r.stderr.trim().split("\n").slice(-3).join(" | "))}`
      );
    }
    if (r.code !== 0 || !summary?.snapshot_id) throw repo.error("restic backup", r);
    const added = summary.data_added_packed ?? summary.data_added ?? 0;
    log.info(
      `restic: snapshot ${summary.snapshot_id} in ${formatDuration(Date.now() - started)}: ${summary.files_new ?? 0} new, ${summary.files_changed ?? 0} changed, ${summary.files_unmodified ?? 0} unchanged files; ${formatBytes(summary.total_bytes_processed ?? 0)} read, ${formatBytes(added)} added to the repository`
    );
    for (const c of components) await pulls?.hold(c, path.join(stage, c));
    await pulls?.keep();
    return {
      skipped: false,
      id,
      location: store.location(ref),
      manifestUri: store.objectUri(ref, RESTIC_MANIFEST_NAME),
      bytes: added,
      components: reports
    };
  } finally {
    await opening.catch(() => void 0);
    await pulls?.discard();
    await rm(stage, { recursive: true, force: true });
  }
}
export {
  resticBackup
};
