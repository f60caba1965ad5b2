import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  runFleet,
  secretSource
} from "./chunk-MA3OWGHE.js";
import {
  readStatus
} from "./chunk-3DDH7VCA.js";
import {
  loadFleet,
  selectTargets
} from "./chunk-YGGZCBME.js";
import {
  cell
} from "./chunk-TIVNZVPQ.js";
import {
  openPlace
} from "./chunk-CJ5YKCK7.js";
import {
  parseStore
} from "./chunk-IDNKWZAP.js";
import "./chunk-6HM3OUIB.js";
import "./chunk-VGFCETJD.js";
import {
  newestComplete
} from "./chunk-GZMYM6CX.js";
import {
  formatBytes
} from "./chunk-OTFXQX3Q.js";
import "./chunk-FPDQBVEU.js";
import {
  mapSource
} from "./chunk-R65ZRAFA.js";
import "./chunk-GDMYLTKY.js";
import "./chunk-4PEM3UII.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import "./chunk-ZZX2MHPD.js";
import "./chunk-HJ2OZ5QV.js";
import {
  MANIFEST_NAME
} from "./chunk-A5275KUL.js";
import "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/commands/fleet.ts
import path from "node:path";

// src/fleet/summary.ts
function newestComplete2(backups) {
  const b = newestComplete(backups);
  if (!b) return void 0;
  return { id: b.id, time: b.parsed.time, bytes: b.objects.filter((o) => o.name !== MANIFEST_NAME).reduce((n, o) => n + o.size, 0) };
}
function age(ms) {
  if (ms < 0) return "just now";
  const h = Math.floor(ms / 36e5);
  if (h < 1) return `${Math.max(1, Math.round(ms / 6e4))}m`;
  if (h < 48) return `${h}h`;
  return `${Math.floor(h / 24)}d`;
}
var LABEL = {
  success: "\u2705 backed up",
  skipped: "\u23ED\uFE0F fresh enough, skipped",
  failure: "\u274C failed",
  none: "\u26A0\uFE0F no report"
};
function fleetSummaryMarkdown(reports, now = /* @__PURE__ */ new Date()) {
  const outcome = (r) => r.status?.outcome ?? "none";
  const count = (o) => reports.filter((r) => outcome(r) === o).length;
  const order = (r) => outcome(r) === "failure" ? 0 : outcome(r) === "none" ? 1 : 2;
  const rows = [...reports].map((r, i) => ({ r, i })).sort((a, b) => order(a.r) - order(b.r) || a.i - b.i);
  const lines = [
    `## Fleet backup: ${reports.length} site${reports.length === 1 ? "" : "s"}`,
    "",
    `${count("success")} backed up, ${count("skipped")} skipped (fresh enough), ${count("failure")} failed, ${count("none")} without a report.`,
    "",
    "| site | environment | platform | status | size | newest backup | age |",
    "|---|---|---|---|---:|---|---:|"
  ];
  for (const { r } of rows) {
    let status = LABEL[outcome(r)];
    if (r.status?.outcome === "failure") {
      const what = r.status.component ? ` (${r.status.component})` : "";
      status += r.status.runUrl ? ` [log](${r.status.runUrl})${what}` : what;
    }
    const newest = r.newest ? `\`${r.newest.id}\`` : r.listError ? `listing failed: ${cell(r.listError.slice(0, 120))}` : "none";
    lines.push(
      `| ${r.target.site} | ${r.target.environment} | ${r.target.platform} | ${status} | ${r.newest ? formatBytes(r.newest.bytes) : ""} | ${newest} | ${r.newest ? age(now.getTime() - r.newest.time.getTime()) : ""} |`
    );
  }
  return lines.join("\n") + "\n";
}
async function gatherReports(targets, opts) {
  const reports = targets.map((target) => ({ target }));
  let next = 0;
  const worker = async () => {
    while (next < reports.length) {
      const r = reports[next++];
      const status = await readStatus(opts.statusDir, r.target.site, r.target.environment);
      if (status) r.status = status;
      if (opts.list === false) continue;
      try {
        const spec = parseStore(mapSource({ store: r.target.store, ...r.target.inputs }), opts.cwd);
        const newest = newestComplete2(await (await openPlace(spec, opts.log, opts.env)).list(r.target.site, r.target.environment));
        if (newest) r.newest = newest;
      } catch (e) {
        r.listError = e.message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 8, reports.length)) }, worker));
  return reports;
}

// src/commands/fleet.ts
var BACKUP_CELL = { success: "backed up", failure: "FAILED", "not run": "not run" };
async function fleetBackupCommand(io, opts) {
  const { targets } = await loadFleet(io);
  const chosen = opts.only ? selectTargets(targets, opts.only) : targets;
  const { only: _only, ...deps } = opts;
  if (!deps.prune)
    io.log.info("no prune command: sites are backed up, not pruned; prune them in a job of their own with `site-backup fleet-prune`");
  const results = await runFleet(io, chosen, deps);
  const failed = results.filter((r) => r.backup === "failure" || r.prune === "failure");
  const rows = results.map(
    (r) => `| ${r.id} | ${r.skipped ? "skipped (fresh enough)" : BACKUP_CELL[r.backup]} | ${r.backupId ?? ""} | ${r.prune} |`
  );
  await io.summary(["### Fleet shard", "", "| site | backup | backup id | prune |", "|---|---|---|---|", ...rows, ""].join("\n"));
  io.setOutput("failed", failed.map((r) => r.id).join(","));
  if (failed.length) {
    throw new Error(`${failed.length} of ${results.length} sites failed: ${failed.map((r) => r.id).join(", ")}`);
  }
  const did = [deps.backup ? "backed up" : "", deps.prune ? "pruned" : ""].filter(Boolean).join(" and ");
  io.log.info(`all ${results.length} sites ${did || "skipped: nothing to do"}`);
  return results;
}
async function fleetSummaryCommand(io, opts) {
  const { targets } = await loadFleet(io);
  const lookup = secretSource(io.env);
  const withSecrets = targets.map((t) => {
    const inputs = { ...t.inputs };
    for (const [key, name] of Object.entries(t.secrets)) {
      const v = lookup(name);
      if (v !== void 0 && !/^[A-Z_][A-Z0-9_]*$/.test(key)) {
        io.log.setSecret(v);
        inputs[key] = v;
      }
    }
    return { ...t, inputs };
  });
  const reports = await gatherReports(withSecrets, {
    ...opts.statusDir ? { statusDir: path.resolve(io.cwd, opts.statusDir) } : {},
    log: io.log,
    env: io.env,
    cwd: io.cwd,
    list: opts.list !== false
  });
  const byId = new Map(targets.map((t) => [t.id, t]));
  const md = redact(fleetSummaryMarkdown(reports.map((r) => ({ ...r, target: byId.get(r.target.id) }))));
  (opts.write ?? ((s) => process.stdout.write(s)))(md);
  return md;
}
export {
  fleetBackupCommand,
  fleetSummaryCommand
};
