import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  parseSide
} from "./chunk-MSEZ3H2W.js";
import "./chunk-XPTFCSZ2.js";
import {
  openPlace
} from "./chunk-CJ5YKCK7.js";
import {
  parseEnvironment,
  parseSite,
  parseStore
} from "./chunk-IDNKWZAP.js";
import "./chunk-VGFCETJD.js";
import {
  formatBytes
} from "./chunk-OTFXQX3Q.js";
import {
  printable
} from "./chunk-FPDQBVEU.js";
import "./chunk-R65ZRAFA.js";
import "./chunk-GDMYLTKY.js";
import "./chunk-4PEM3UII.js";
import {
  formatDuration
} from "./chunk-ZZX2MHPD.js";
import "./chunk-HJ2OZ5QV.js";
import {
  MANIFEST_NAME
} from "./chunk-A5275KUL.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/commands/list.ts
function toListed(b) {
  return {
    id: b.id,
    time: b.parsed.time.toISOString(),
    trigger: b.parsed.trigger,
    complete: b.complete,
    bytes: b.objects.filter((o) => o.name !== MANIFEST_NAME).reduce((n, o) => n + o.size, 0),
    objects: b.objects.map((o) => o.name),
    ...b.deleted ? { deleted: true } : {}
  };
}
function textTable(header, rows) {
  const body = rows.map((r) => r.map(printable));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  return [header, ...body].map(
    (r) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd()
  ).join("\n") + "\n";
}
var utc = (iso) => iso.replace("T", " ").replace(/\.\d+Z$/, "Z");
function listTable(rows) {
  const held = rows.some((r) => r.heldBy);
  return textTable(
    ["ID", "TIME (UTC)", "TRIGGER", "SIZE", "STATUS", ...held ? ["HELD BY"] : []],
    rows.map((r) => [
      r.id,
      utc(r.time),
      r.trigger,
      formatBytes(r.bytes),
      `${r.complete ? "complete" : "INCOMPLETE (no manifest)"}${r.deleted ? ", DELETED (versions remain: restore with --include-deleted)" : ""}`,
      ...held ? [r.heldBy?.join(", ") || "-"] : []
    ])
  );
}
function withCopies(mine, theirs, names) {
  const rows = /* @__PURE__ */ new Map();
  for (const [list, name] of [
    [mine, names.store],
    [theirs, names.to]
  ]) {
    for (const b of list) {
      const row = rows.get(b.id) ?? { ...toListed(b), complete: false, heldBy: [] };
      if (b.complete) {
        if (!row.complete) Object.assign(row, toListed(b), { heldBy: row.heldBy });
        row.heldBy.push(name);
      }
      rows.set(b.id, row);
    }
  }
  return [...rows.values()].sort((x, y) => x.id < y.id ? 1 : x.id > y.id ? -1 : 0);
}
function listTargets(backups, now) {
  const byTarget = /* @__PURE__ */ new Map();
  for (const b of [...backups].sort((x, y) => x.id < y.id ? 1 : x.id > y.id ? -1 : 0)) {
    const key = `${b.site}/${b.environment}`;
    let t = byTarget.get(key);
    if (!t) byTarget.set(key, t = { site: b.site, environment: b.environment, backups: 0, incomplete: 0, bytes: 0 });
    t.backups++;
    t.bytes += toListed(b).bytes;
    if (!b.complete) t.incomplete++;
    else if (!t.newest)
      t.newest = { id: b.id, time: b.parsed.time.toISOString(), ageMs: Math.max(0, now.getTime() - b.parsed.time.getTime()) };
  }
  return [...byTarget.values()].sort(
    (a, b) => a.site === b.site ? a.environment.localeCompare(b.environment) : a.site.localeCompare(b.site)
  );
}
function targetsTable(rows) {
  return textTable(
    ["SITE", "ENVIRONMENT", "BACKUPS", "SIZE", "NEWEST COMPLETE", "TIME (UTC)", "AGE"],
    rows.map((t) => [
      t.site,
      t.environment,
      t.incomplete ? `${t.backups} (${t.incomplete} incomplete)` : String(t.backups),
      formatBytes(t.bytes),
      t.newest?.id ?? "NONE",
      t.newest ? utc(t.newest.time) : "-",
      t.newest ? formatDuration(t.newest.ageMs) : "-"
    ])
  );
}
async function noteDeleted(io, place, site, environment) {
  const store = place.store;
  if (!store?.countDeleted || io.inputs.get("include-deleted") === "true") return;
  const n = await store.countDeleted(site, environment);
  if (n)
    io.log.info(
      `${n} deleted backup${n === 1 ? "" : "s"} of ${site}/${environment} can still be recovered (delete markers hide them; their versions remain): see them with --include-deleted, restore with restore --include-deleted.`
    );
}
async function listCommand(io, opts = {}) {
  const write = opts.write ?? ((s) => process.stdout.write(s));
  const place = await openPlace(parseStore(io.inputs, io.cwd), io.log, io.env);
  const store = place.store;
  if (!io.inputs.get("site")) {
    if (io.inputs.get("to"))
      throw new ConfigError("site", "is required with `to`", "Name the site whose backups to compare between the two stores.");
    if (!store?.listAll)
      throw new ConfigError(
        "site",
        "is required for this store: it cannot list its sites (a restic store keeps one repository per site)",
        "Name the site whose backups to list."
      );
    const only = io.inputs.get("environment") ? parseEnvironment(io.inputs) : void 0;
    const targets = listTargets(await store.listAll(), (opts.now ?? (() => /* @__PURE__ */ new Date()))()).filter((t) => !only || t.environment === only);
    if (opts.json) write(JSON.stringify(targets, null, 2) + "\n");
    else if (targets.length === 0) io.log.info("No backups in this store yet.");
    else write(targetsTable(targets));
    return targets;
  }
  const site = parseSite(io.inputs);
  const environment = parseEnvironment(io.inputs);
  const rows = io.inputs.get("to") ? await listWithCopies(io, site, environment) : (await place.list(site, environment)).map(toListed);
  if (opts.json) write(JSON.stringify(rows, null, 2) + "\n");
  else if (rows.length === 0) io.log.info(`No backups of ${site}/${environment} yet.`);
  else write(listTable(rows));
  await noteDeleted(io, place, site, environment);
  return rows;
}
async function listWithCopies(io, site, environment) {
  const place = await openPlace(parseStore(io.inputs, io.cwd), io.log, io.env);
  const to = await openPlace(parseSide(io.inputs, "to", io.cwd), io.log, io.env);
  const [mine, theirs] = await Promise.all([place.list(site, environment), to.list(site, environment)]);
  return withCopies(mine, theirs, { store: io.inputs.get("store") ?? "store", to: io.inputs.get("to") });
}
export {
  listCommand,
  listTable,
  listTargets,
  targetsTable,
  toListed,
  withCopies
};
