import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  planPrune
} from "./chunk-UVAOLR3D.js";
import {
  resolveSecrets,
  secretSource
} from "./chunk-MA3OWGHE.js";
import "./chunk-3DDH7VCA.js";
import {
  loadFleet
} from "./chunk-YGGZCBME.js";
import {
  parseCheckRecord
} from "./chunk-JWIFPSW7.js";
import {
  cell
} from "./chunk-TIVNZVPQ.js";
import {
  mapLimit,
  openPlace,
  readerFor
} from "./chunk-CJ5YKCK7.js";
import {
  parseStore
} from "./chunk-IDNKWZAP.js";
import "./chunk-6HM3OUIB.js";
import "./chunk-VGFCETJD.js";
import "./chunk-GZMYM6CX.js";
import {
  formatBytes
} from "./chunk-OTFXQX3Q.js";
import {
  DEFAULT_REPORT_DIR,
  DEFAULT_REPORT_MAX_AGE,
  REPORT_FLAGS
} from "./chunk-XOAYMPJQ.js";
import "./chunk-FPDQBVEU.js";
import {
  mapSource
} from "./chunk-R65ZRAFA.js";
import "./chunk-GDMYLTKY.js";
import {
  DEFAULT_ON_DEMAND_POLICY,
  DEFAULT_SCHEDULED_POLICY,
  parsePolicy,
  parseTimeZone
} from "./chunk-4PEM3UII.js";
import {
  redact
} from "./chunk-CWCRKLXP.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-ZZX2MHPD.js";
import {
  readSmallText
} from "./chunk-HJ2OZ5QV.js";
import {
  MANIFEST_NAME
} from "./chunk-A5275KUL.js";
import {
  ConfigError
} from "./chunk-Y4QAI7FI.js";
import "./chunk-BB3JDYVJ.js";

// src/commands/report.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/fleet/report-data.ts
var MAX_MANIFESTS = 30;
var CONCURRENCY = 16;
var MAX_RECORD_BYTES = 64 << 10;
var DUE_SHARE = 0.75;
var STATUSES = ["fresh", "due", "stale", "missing", "error"];
var needsAttention = (s) => s.status !== "fresh" || s.attention.length > 0;
function freshness(ageMs, maxAgeMs) {
  if (ageMs === void 0) return "missing";
  if (ageMs > maxAgeMs) return "stale";
  return ageMs > maxAgeMs * DUE_SHARE ? "due" : "fresh";
}
function recordAgeMs(r, now) {
  const t = Date.parse(r.at);
  if (Number.isNaN(t)) throw new Error(`the ${r.kind} record's time ${JSON.stringify(r.at.slice(0, 40))} is not a time`);
  return Math.max(0, now - t);
}
var storedBytes = (b) => b.objects.filter((o) => o.name !== MANIFEST_NAME).reduce((n, o) => n + o.size, 0);
async function newestRecord(store, listing, name, attention) {
  const b = listing.find((x) => x.records?.some((r) => r.name === name));
  if (!b || !store) return void 0;
  try {
    const text = await readSmallText(store, b, name, MAX_RECORD_BYTES);
    const r = text === void 0 ? void 0 : parseCheckRecord(text);
    if (!r || r.backup !== b.id || r.site !== b.site || r.environment !== b.environment) {
      attention.push(`${b.id}/${name} is not a check record of this backup`);
      return void 0;
    }
    return r;
  } catch (e) {
    attention.push(`${b.id}/${name} cannot be read: ${redact(e.message)}`);
    return void 0;
  }
}
async function manifestLock(store, b) {
  const manifest = b.objects.filter((o) => o.name === MANIFEST_NAME);
  if (manifest.length === 0) return void 0;
  const [state] = await store.lockStates({ ...b, objects: manifest });
  return state?.mode && state.until ? { mode: state.mode.toLowerCase(), until: state.until.toISOString() } : void 0;
}
async function readLocks(store, backups, attention) {
  const locks = /* @__PURE__ */ new Map();
  if (!store?.lockStates || backups.length === 0) return locks;
  const locking = store;
  const read = async (b) => {
    try {
      const lock = await manifestLock(locking, b);
      if (lock) locks.set(b.id, lock);
      return lock;
    } catch (e) {
      attention.push(`lock of ${b.id} cannot be read: ${redact(e.message)}`);
      return void 0;
    }
  };
  if (!await read(backups[0])) return locks;
  await mapLimit(backups.slice(1), 4, read);
  return locks;
}
function heldByLock(backups, now) {
  const held = backups.filter((b) => !b.keep && b.lock && Date.parse(b.lock.until) > now.getTime());
  return held.length ? { backups: held.length, bytes: held.reduce((n, b) => n + b.stored, 0) } : void 0;
}
function backupViews(listing, rowOf, manifests, sized) {
  return listing.map((b) => {
    const row = rowOf.get(b.id);
    const m = manifests.get(b.id);
    return {
      id: b.id,
      time: b.parsed.time.getTime(),
      trigger: b.parsed.trigger,
      complete: b.complete,
      stored: b.unsized ? m ? m.components.reduce((n, c) => n + c.bytes, 0) : storedBytes(sized?.get(b.id) ?? b) : storedBytes(b),
      ...m ? { content: m.components.reduce((n, c) => n + c.contentBytes, 0) } : {},
      class: row?.class ?? "incomplete",
      keep: row ? row.action === "keep" : true,
      reasons: row?.reasons ?? []
    };
  });
}
async function readManifests(place, toRead, attention, counter) {
  const manifests = /* @__PURE__ */ new Map();
  const reader = readerFor(place);
  await mapLimit(toRead, 4, async (b) => {
    try {
      manifests.set(b.id, (await reader.open(b)).manifest);
      counter.manifests++;
    } catch (e) {
      attention.push(`manifest of ${b.id} unreadable: ${redact(e.message)}`);
    }
  });
  return manifests;
}
async function buildSite(job, now, counter) {
  const { site, environment, settings } = job;
  const base = {
    site,
    environment,
    ...settings.platform ? { platform: settings.platform } : {},
    store: job.source.label,
    maxAgeMs: settings.maxAgeMs,
    policy: { scheduled: settings.scheduled.text, onDemand: settings.onDemand.text, timeZone: settings.timeZone },
    components: [],
    encrypted: false,
    backups: []
  };
  if (job.error !== void 0 || !job.listing) return { ...base, status: "error", attention: [], error: job.error ?? "not listed" };
  const listing = job.listing.filter((b) => b.objects.length > 0);
  const attention = [];
  const plan = planPrune(
    listing,
    { site, environment, scheduled: settings.scheduled, onDemand: settings.onDemand, timeZone: settings.timeZone },
    now
  );
  const rowOf = new Map(plan.rows.map((r) => [r.backup.id, r]));
  let n = 0;
  const toRead = listing.filter((b) => b.complete && (n++ < MAX_MANIFESTS || b.unsized === true));
  const manifests = await readManifests(job.place, toRead, attention, counter);
  let sized;
  if (listing.some((b) => b.unsized && !manifests.has(b.id))) {
    try {
      sized = new Map((await job.place.list(site, environment)).map((b) => [b.id, b]));
    } catch (e) {
      attention.push(`sizes of ${site}/${environment} cannot be listed: ${redact(e.message)}`);
    }
  }
  const locks = await readLocks(job.place.store, toRead, attention);
  const backups = backupViews(listing, rowOf, manifests, sized).map((b) => locks.has(b.id) ? { ...b, lock: locks.get(b.id) } : b);
  const held = heldByLock(backups, now);
  const newest = plan.newestComplete ? backups.find((b) => b.id === plan.newestComplete.id) : void 0;
  const nm = newest ? manifests.get(newest.id) : void 0;
  const components = (nm?.components ?? []).map((c) => ({
    name: c.name,
    object: c.object,
    stored: c.bytes,
    content: c.contentBytes,
    files: c.files,
    compression: c.compression,
    encryption: c.encryption
  }));
  const incomplete = backups.filter((b) => !b.complete).length;
  if (incomplete) attention.push(`${incomplete} incomplete ${incomplete === 1 ? "backup" : "backups"}`);
  const verify = await newestRecord(job.place.store, listing, "last-verify.json", attention);
  const drill = await newestRecord(job.place.store, listing, "last-drill.json", attention);
  if (verify && !verify.ok) attention.push(`verify of ${verify.backup} failed`);
  if (drill && !drill.ok) attention.push(`drill of ${drill.backup} failed`);
  const ageMs = newest ? Math.max(0, now.getTime() - newest.time) : void 0;
  return {
    ...base,
    ...nm?.platform && !settings.platform ? { platform: nm.platform } : {},
    status: freshness(ageMs, settings.maxAgeMs),
    attention,
    ...ageMs !== void 0 ? { ageMs } : {},
    ...newest ? { newest } : {},
    components,
    encrypted: components.some((c) => c.encryption !== "none"),
    backups,
    ...verify ? { verify } : {},
    ...drill ? { drill } : {},
    ...held ? { heldByLock: held } : {}
  };
}
async function buildSiteGuarded(job, now, counter) {
  try {
    return await buildSite(job, now, counter);
  } catch (e) {
    return buildSite({ ...job, error: `could not be read: ${redact(e.message)}` }, now, counter);
  }
}
async function gatherFleetReport(sources, now = /* @__PURE__ */ new Date()) {
  const started = Date.now();
  const jobs = [];
  for (const source of sources) {
    let place;
    try {
      place = await source.open();
    } catch (e) {
      for (const t of source.targets ?? [])
        jobs.push({
          source,
          place: void 0,
          site: t.site,
          environment: t.environment,
          settings: t.settings,
          error: redact(e.message)
        });
      if (!source.targets) throw e;
      continue;
    }
    if (source.targets) {
      const listed = await mapLimit(source.targets, CONCURRENCY, async (t) => {
        try {
          return { source, place, ...t, listing: await place.list(t.site, t.environment) };
        } catch (e) {
          return { source, place, ...t, error: redact(e.message) };
        }
      });
      jobs.push(...listed);
    } else {
      const store = place.store;
      if (!store?.listAll)
        throw new Error(
          `${source.label} cannot list its sites (a restic store keeps one repository per site); name the sites in a sites file`
        );
      const bySite = /* @__PURE__ */ new Map();
      for (const b of await store.listAll({ sizes: "incomplete" })) {
        const k = `${b.site}/${b.environment}`;
        const list = bySite.get(k);
        if (list) list.push(b);
        else bySite.set(k, [b]);
      }
      for (const list of bySite.values()) {
        list.sort((x, y) => x.id < y.id ? 1 : x.id > y.id ? -1 : 0);
        jobs.push({ source, place, site: list[0].site, environment: list[0].environment, settings: source.defaults, listing: list });
      }
    }
  }
  const counter = { manifests: 0 };
  const sites = await mapLimit(jobs, CONCURRENCY, (j) => buildSiteGuarded(j, now, counter));
  markCopies(sites);
  sites.sort((a, b) => a.site === b.site ? a.environment.localeCompare(b.environment) : a.site.localeCompare(b.site));
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
  for (const s of sites) counts[s.status]++;
  return {
    generatedAt: now.getTime(),
    sites,
    counts,
    attention: sites.filter(needsAttention).length,
    manifestsRead: counter.manifests,
    durationMs: Date.now() - started
  };
}
function markCopies(sites) {
  const groups = /* @__PURE__ */ new Map();
  for (const s of sites) {
    if (s.status === "error") continue;
    const k = `${s.site}/${s.environment}`;
    groups.set(k, [...groups.get(k) ?? [], s]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const holders = /* @__PURE__ */ new Map();
    for (const s of group) for (const b of s.backups) if (b.complete) holders.set(b.id, [...holders.get(b.id) ?? [], s.store]);
    for (const s of group) for (const b of s.backups) if (b.complete) b.heldBy = holders.get(b.id);
    const lead = group.reduce((best, s) => (s.newest?.time ?? -Infinity) > (best.newest?.time ?? -Infinity) ? s : best);
    if (!lead.newest) continue;
    for (const s of group) {
      if (s === lead) continue;
      const lagMs = s.newest ? lead.newest.time - s.newest.time : void 0;
      if (lagMs !== void 0 && lagMs <= s.maxAgeMs) continue;
      s.copyStale = { lead: lead.store, ...lagMs !== void 0 ? { lagMs } : {} };
      s.attention.push(
        lagMs === void 0 ? `copy stale: no complete backup here, while ${lead.store} holds ${lead.newest.id}` : `copy stale: the newest complete backup here is ${formatDuration(lagMs)} older than the newest in ${lead.store} (max-age ${formatDuration(s.maxAgeMs)})`
      );
    }
  }
}

// src/fleet/report-html.ts
import { createHash } from "node:crypto";
var esc = (s) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
var utc = (t) => new Date(typeof t === "string" ? Date.parse(t) : t).toISOString().replace("T", " ").replace(/:\d\d\.\d{3}Z$/, "Z");
var STATUS_LABEL = {
  fresh: "fresh",
  due: "due soon",
  stale: "stale",
  missing: "no backup",
  error: "cannot list"
};
var CSS = `
:root{--ok:#1a7f37;--due:#bf8700;--bad:#cf222e;--mute:#656d76;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;background:#fff}
header{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:12px 20px}
h1{font-size:20px;margin:0 0 2px}header p{margin:0 0 8px;color:var(--mute)}
.tiles{display:flex;gap:8px;flex-wrap:wrap;margin-bottom:8px}
.tile{border:1px solid var(--line);border-radius:6px;background:var(--bg);padding:4px 10px;cursor:pointer;font:inherit}
.tile b{font-size:16px;margin-right:4px}.tile[aria-pressed=true]{outline:2px solid #0969da}
.controls{display:flex;gap:16px;align-items:center;flex-wrap:wrap}.controls input,.controls select{font:inherit;padding:3px 6px}
#shown{color:var(--mute)}
main{padding:8px 20px 40px}
.row,.head{display:grid;grid-template-columns:16px minmax(140px,2fr) minmax(90px,1fr) 90px 150px 170px 120px 120px minmax(120px,1.5fr);gap:8px;align-items:center}
.head{font-weight:600;color:var(--mute);padding:6px 8px;border-bottom:1px solid var(--line)}
details.site{border-bottom:1px solid var(--line)}details.site[hidden]{display:none}
summary{list-style:none;cursor:pointer;padding:6px 8px}summary::-webkit-details-marker{display:none}summary:hover{background:var(--bg)}
.dot{width:12px;height:12px;border-radius:50%;display:inline-block}
.s-fresh .dot{background:var(--ok)}.s-due .dot{background:var(--due)}.s-stale .dot,.s-missing .dot,.s-error .dot{background:var(--bad)}
.s-stale .age,.s-missing .age,.s-error .age{color:var(--bad);font-weight:600}.s-due .age{color:var(--due);font-weight:600}
.badge{display:inline-block;border-radius:10px;padding:0 7px;font-size:12px;border:1px solid var(--line);margin-right:3px}
.b-bad{background:#ffebe9;border-color:#ff8182;color:var(--bad)}.b-ok{background:#dafbe1;border-color:#4ac26b;color:var(--ok)}.b-lock{background:#ddf4ff;border-color:#54aeff}
.muted{color:var(--mute)}.body{padding:4px 8px 16px 32px;display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:12px 24px}
.body h3{font-size:13px;margin:8px 0 4px;text-transform:uppercase;letter-spacing:.04em;color:var(--mute)}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{text-align:left;padding:2px 6px;border-bottom:1px solid #eaeef2;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td code{white-space:nowrap;font-size:12px}
svg{display:block;max-width:100%;height:auto}svg text{font-size:10px;fill:#656d76}
.keep{fill:var(--ok)}.drop{fill:#fff;stroke:#8c959f}.inc{stroke:var(--bad);stroke-width:2}
ul.problems{margin:2px 0;padding-left:18px;color:var(--bad)}
`;
var SCRIPT = `
(function () {
  var q = document.getElementById('q');
  var st = document.getElementById('status');
  var shown = document.getElementById('shown');
  var sites = Array.prototype.slice.call(document.querySelectorAll('#sites > details'));
  var tiles = Array.prototype.slice.call(document.querySelectorAll('.tile'));
  var bodies = JSON.parse(document.getElementById('bodies').textContent);
  // 'toggle' does not bubble; captured on the list, it fills a site the first time it opens.
  document.getElementById('sites').addEventListener('toggle', function (e) {
    var d = e.target;
    if (d.open && !d.hasAttribute('data-filled')) {
      d.setAttribute('data-filled', '');
      d.insertAdjacentHTML('beforeend', bodies[Number(d.getAttribute('data-i'))]);
    }
  }, true);
  function apply() {
    var text = q.value.trim().toLowerCase();
    var want = st.value;
    var n = 0;
    for (var i = 0; i < sites.length; i++) {
      var d = sites[i];
      var ok = (!text || d.getAttribute('data-name').indexOf(text) >= 0) &&
        (!want || (want === 'attention' ? d.getAttribute('data-attention') === '1' : d.getAttribute('data-status') === want));
      d.hidden = !ok;
      if (ok) n++;
    }
    shown.textContent = n + ' of ' + sites.length + ' shown';
    for (var j = 0; j < tiles.length; j++) tiles[j].setAttribute('aria-pressed', String(tiles[j].getAttribute('data-status') === want));
    var h = new URLSearchParams();
    if (text) h.set('q', text);
    if (want) h.set('status', want);
    // The filter lives in the address, so a filtered view can be bookmarked or shared.
    try { history.replaceState(null, '', '#' + h.toString()); } catch (e) { /* some viewers forbid it; the filter still works */ }
  }
  var p = new URLSearchParams(location.hash.slice(1));
  if (p.get('q')) q.value = p.get('q');
  if (p.get('status')) st.value = p.get('status');
  q.addEventListener('input', apply);
  st.addEventListener('change', apply);
  tiles.forEach(function (t) {
    t.addEventListener('click', function () { st.value = st.value === t.getAttribute('data-status') ? '' : t.getAttribute('data-status'); apply(); });
  });
  apply();
})();
`;
var CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${createHash("sha256").update(SCRIPT).digest("base64")}'; img-src data:; base-uri 'none'; form-action 'none'`;
function ageText(s) {
  if (s.status === "error") return "cannot list";
  if (s.ageMs === void 0) return "no backup";
  return `${formatDuration(s.ageMs)} / ${formatDuration(s.maxAgeMs)}`;
}
function checkBadge(kind, r, now) {
  if (!r) return `<span class="muted">${kind}: never</span>`;
  return `<span class="badge ${r.ok ? "b-ok" : "b-bad"}" title="${esc(`${r.backup}: ${r.summary}`)}">${kind} ${r.ok ? "ok" : "FAILED"}</span><span class="muted">${esc(formatDuration(recordAgeMs(r, now)))} ago</span>`;
}
var W = 560;
var H = 150;
var PAD = { l: 56, r: 8, t: 8, b: 22 };
function sizeChart(backups) {
  const pts = backups.filter((b) => b.complete).slice().reverse();
  if (pts.length === 0) return '<p class="muted">No complete backup to chart.</p>';
  const t0 = pts[0].time;
  const t1 = Math.max(pts[pts.length - 1].time, t0 + 1);
  const top = Math.max(1, ...pts.map((b) => Math.max(b.stored, b.content ?? 0)));
  const x = (t) => (PAD.l + (t - t0) / (t1 - t0) * (W - PAD.l - PAD.r)).toFixed(1);
  const y = (v) => (H - PAD.b - v / top * (H - PAD.t - PAD.b)).toFixed(1);
  const line = (get) => pts.filter((b) => get(b) !== void 0).map((b) => `${x(b.time)},${y(get(b))}`).join(" ");
  const dots = pts.map(
    (b) => `<circle cx="${x(b.time)}" cy="${y(b.stored)}" r="2.5" fill="#0969da"><title>${esc(`${b.id}: ${formatBytes(b.stored)} stored${b.content !== void 0 ? `, ${formatBytes(b.content)} content` : ""}`)}</title></circle>`
  ).join("");
  return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Size over time">
<line x1="${PAD.l}" y1="${H - PAD.b}" x2="${W - PAD.r}" y2="${H - PAD.b}" stroke="#d0d7de"/><line x1="${PAD.l}" y1="${PAD.t}" x2="${PAD.l}" y2="${H - PAD.b}" stroke="#d0d7de"/>
<text x="${PAD.l - 4}" y="${PAD.t + 8}" text-anchor="end">${esc(formatBytes(top))}</text><text x="${PAD.l - 4}" y="${H - PAD.b}" text-anchor="end">0</text>
<text x="${PAD.l}" y="${H - 6}">${esc(utc(t0).slice(0, 10))}</text><text x="${W - PAD.r}" y="${H - 6}" text-anchor="end">${esc(utc(t1).slice(0, 10))}</text>
<polyline points="${line((b) => b.content)}" fill="none" stroke="#8250df" stroke-dasharray="4 3"/>
<polyline points="${line((b) => b.stored)}" fill="none" stroke="#0969da" stroke-width="1.5"/>${dots}
<text x="${(W + PAD.l) / 2}" y="${H - 6}" text-anchor="middle"><tspan fill="#0969da">\u2014 stored</tspan>  <tspan fill="#8250df">- - content</tspan></text></svg>`;
}
function retentionStrip(backups) {
  if (backups.length === 0) return "";
  const times = backups.map((b) => b.time);
  const t0 = Math.min(...times);
  const t1 = Math.max(...times, t0 + 1);
  const x = (t) => PAD.l + (t - t0) / (t1 - t0) * (W - PAD.l - PAD.r);
  const marks = backups.map((b) => {
    const cx = x(b.time).toFixed(1);
    const cy = b.class === "on-demand" ? 26 : 14;
    const title = `<title>${esc(`${b.id}: ${b.keep ? "kept" : "removed at the next prune"}${b.reasons.length ? ` (${b.reasons.join(", ")})` : ""}`)}</title>`;
    if (!b.complete) return `<path class="inc" d="M${Number(cx) - 4},${cy - 4}l8,8m0,-8l-8,8">${title}</path>`;
    return `<circle class="${b.keep ? "keep" : "drop"}" cx="${cx}" cy="${cy}" r="4">${title}</circle>`;
  }).join("");
  return `<svg viewBox="0 0 ${W} 40" width="${W}" height="40" role="img" aria-label="Retention timeline"><text x="0" y="17">scheduled</text><text x="0" y="29">on demand</text>${marks}</svg>`;
}
function checkBlock(title, r) {
  if (!r) return `<h3>${title}</h3><p class="muted">Never run, or run where the store keeps no records.</p>`;
  const problems = r.problems.length ? `<ul class="problems">${r.problems.map((p) => `<li>${esc(p)}</li>`).join("")}</ul>` : "";
  const run = r.runUrl && /^https:\/\//.test(r.runUrl) ? ` \xB7 <a href="${esc(r.runUrl)}">run</a>` : "";
  return `<h3>${title}</h3><p><span class="badge ${r.ok ? "b-ok" : "b-bad"}">${r.ok ? "ok" : "FAILED"}</span> <code>${esc(r.backup)}</code> at ${esc(utc(r.at))}${run}<br>${esc(r.summary)}</p>${problems}`;
}
function heldBy(b) {
  return b.heldBy ? ` Held by ${b.heldBy.map((h) => `<code>${esc(h)}</code>`).join(", ")}.` : "";
}
function lockBadge(b) {
  return b.lock ? ` <span class="badge b-lock" title="${esc(`Object Lock until ${utc(b.lock.until)}`)}">${esc(`${b.lock.mode} until ${b.lock.until.slice(0, 10)}`)}</span>` : "";
}
function heldByLockBlock(s, now) {
  const h = s.heldByLock;
  if (!h) return "";
  const rows = s.backups.filter((b) => !b.keep && b.lock && Date.parse(b.lock.until) > now).map((b) => `<tr><td><code>${esc(b.id)}</code></td><td class="n">${formatBytes(b.stored)}</td><td>${lockBadge(b)}</td></tr>`).join("");
  return `<p>${h.backups} ${h.backups === 1 ? "backup" : "backups"} (${esc(formatBytes(h.bytes))}) held by Object Lock past the retention policy.</p><table><tr><th>held backup</th><th class="n">stored</th><th>lock</th></tr>${rows}</table>`;
}
function siteBody(s, now) {
  if (s.status === "error")
    return `<div class="body"><div><h3>Listing failed</h3><ul class="problems"><li>${esc(s.error ?? "")}</li></ul><p class="muted">Store: ${esc(s.store)}</p></div></div>`;
  const parts = [];
  const newest = s.newest ? `<p>Newest complete backup <code>${esc(s.newest.id)}</code>, ${esc(utc(s.newest.time))}, ${esc(formatDuration(s.ageMs ?? 0))} old; max-age ${esc(formatDuration(s.maxAgeMs))}.${heldBy(s.newest)}</p>` : `<p class="problems">No complete backup.</p>`;
  const comps = s.components.length ? `<table><tr><th>component</th><th>object</th><th class="n">stored</th><th class="n">content</th><th class="n">files</th><th>encryption</th></tr>${s.components.map(
    (c) => `<tr><td>${esc(c.name)}</td><td><code>${esc(c.object)}</code></td><td class="n">${formatBytes(c.stored)}</td><td class="n">${formatBytes(c.content)}</td><td class="n">${c.files}</td><td>${c.encryption === "none" ? "none" : `<span class="badge b-lock">${esc(c.encryption)}</span>`}</td></tr>`
  ).join("")}</table>` : "";
  const attention = s.attention.length ? `<ul class="problems">${s.attention.map((a) => `<li>${esc(a)}</li>`).join("")}</ul>` : "";
  const inc = s.backups.filter((b) => !b.complete);
  const incomplete = inc.length ? `<table><tr><th>backup</th><th class="n">stored</th><th>prune</th></tr>${inc.map((b) => `<tr><td><code>${esc(b.id)}</code></td><td class="n">${formatBytes(b.stored)}</td><td>${esc(b.reasons.join(", "))}</td></tr>`).join("")}</table>` : '<p class="muted">None.</p>';
  parts.push(
    `<div><h3>Newest backup</h3>${newest}${comps}${attention}<h3>Incomplete backups</h3>${incomplete}${checkBlock("Last verify", s.verify)}${checkBlock("Last restore drill", s.drill)}<p class="muted">Store: ${esc(s.store)}</p></div>`
  );
  parts.push(`<div><h3>Size over time</h3>${sizeChart(s.backups)}</div>`);
  const kept = s.backups.filter((b) => b.complete && b.keep);
  const dropped = s.backups.filter((b) => b.complete && !b.keep).length;
  parts.push(
    `<div><h3>Retention</h3><p class="muted">Scheduled <code>${esc(s.policy.scheduled)}</code> \xB7 on demand <code>${esc(s.policy.onDemand)}</code> \xB7 ${esc(s.policy.timeZone)}. ${kept.length} kept${dropped ? `, ${dropped} removed at the next prune` : ""}.</p>${retentionStrip(s.backups)}<table><tr><th>kept backup</th><th class="n">stored</th><th>kept by</th></tr>${kept.map(
      (b) => `<tr><td><code>${esc(b.id)}</code></td><td class="n">${formatBytes(b.stored)}</td><td>${esc(b.reasons.join(", "))}${lockBadge(b)}${heldBy(b)}</td></tr>`
    ).join("")}</table>${heldByLockBlock(s, now)}</div>`
  );
  return `<div class="body">${parts.join("")}</div>`;
}
function guarded(render, fallback) {
  try {
    return render();
  } catch (e) {
    return fallback(e.message || String(e));
  }
}
var rowFallback = (s, i) => (message) => `<details class="site s-error" data-status="${esc(s.status)}" data-name="${esc(`${s.site}/${s.environment}`.toLowerCase())}" data-attention="1" data-i="${i}"><summary class="row"><span class="dot" title="cannot show"></span><span><b>${esc(s.site)}</b></span><span>${esc(s.environment)}</span><span></span><span class="age">cannot show</span><span></span><span></span><span></span><span class="st">cannot show this site: ${esc(message)}</span></summary></details>`;
var bodyFallback = (message) => `<div class="body"><div><h3>Cannot show this site</h3><ul class="problems"><li>${esc(message)}</li></ul></div></div>`;
function siteRow(s, now, i) {
  const flags = [];
  if (s.encrypted) flags.push('<span class="badge b-lock" title="age-encrypted">encrypted</span>');
  const inc = s.backups.filter((b) => !b.complete).length;
  if (inc) flags.push(`<span class="badge b-bad">${inc} incomplete</span>`);
  if (s.copyStale) flags.push(`<span class="badge b-bad" title="${esc(`behind ${s.copyStale.lead}`)}">copy stale</span>`);
  const size = s.newest ? `${formatBytes(s.newest.stored)}${s.newest.content !== void 0 ? ` <span class="muted">(${formatBytes(s.newest.content)})</span>` : ""}` : "";
  const name = `${s.site}/${s.environment}`.toLowerCase();
  return `<details class="site s-${s.status}" data-status="${s.status}" data-name="${esc(name)}" data-attention="${needsAttention(s) ? 1 : 0}" data-i="${i}"><summary class="row"><span class="dot" title="${STATUS_LABEL[s.status]}"></span><span><b>${esc(s.site)}</b></span><span>${esc(s.environment)}</span><span class="muted">${esc(s.platform ?? "")}</span><span class="age">${esc(ageText(s))}</span><span>${size}</span><span>${checkBadge("verify", s.verify, now)}</span><span>${checkBadge("drill", s.drill, now)}</span><span>${flags.join("")}<span class="st">${STATUS_LABEL[s.status]}</span></span></summary></details>`;
}
var scriptJson = (v) => JSON.stringify(v).replace(/<\//g, "<\\/").replace(/<!/g, "\\u003c!");
function renderFleetPage(r, title = "Site backups") {
  const n = r.sites.length;
  const tiles = STATUSES.map(
    (s) => `<button type="button" class="tile s-${s}" data-status="${s}" aria-pressed="false"><span class="dot"></span> <b>${r.counts[s]}</b>${STATUS_LABEL[s]}</button>`
  ).join("");
  const options = [
    '<option value="">all</option>',
    ...STATUSES.map((s) => `<option value="${s}">${STATUS_LABEL[s]}</option>`),
    '<option value="attention">needs attention</option>'
  ].join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">
<title>${esc(title)}: ${n} ${n === 1 ? "site" : "sites"}</title><style>${CSS}</style></head>
<body><header><h1>${esc(title)}</h1>
<p>${n} ${n === 1 ? "site and environment" : "sites and environments"} \xB7 generated ${esc(utc(r.generatedAt))} UTC \xB7 ${r.attention} need attention \xB7 read ${r.manifestsRead} manifests, no archives</p>
<div class="tiles">${tiles}</div>
<div class="controls"><label>Name <input id="q" type="search" placeholder="site or environment" autocomplete="off"></label><label>Status <select id="status">${options}</select></label><span id="shown">${n} of ${n} shown</span></div></header>
<main><div class="head"><span></span><span>site</span><span>environment</span><span>platform</span><span>age / max-age</span><span>newest size (content)</span><span>last verify</span><span>last drill</span><span>status</span></div>
<div id="sites">${r.sites.map((s, i) => guarded(() => siteRow(s, r.generatedAt, i), rowFallback(s, i))).join("\n")}</div></main>
<script type="application/json" id="bodies">${scriptJson(r.sites.map((s) => guarded(() => siteBody(s, r.generatedAt), bodyFallback)))}</script>
<script>${SCRIPT}</script></body></html>
`;
}

// src/fleet/report-md.ts
var MAX_ROWS = 500;
var ICON = { fresh: "\u{1F7E2}", due: "\u{1F7E1}", stale: "\u{1F534}", missing: "\u{1F534}", error: "\u{1F534}" };
function check(r, now) {
  if (!r) return "never";
  return `${r.ok ? "ok" : "**FAILED**"} ${formatDuration(recordAgeMs(r, now))} ago`;
}
function siteLine(s, now) {
  const age = s.status === "error" ? `cannot list: ${cell((s.error ?? "").slice(0, 120))}` : s.ageMs === void 0 ? "no backup" : `${formatDuration(s.ageMs)} / ${formatDuration(s.maxAgeMs)}`;
  const size = s.newest ? `${formatBytes(s.newest.stored)}${s.newest.content !== void 0 ? ` (${formatBytes(s.newest.content)})` : ""}` : "";
  const complete = s.backups.filter((b) => b.complete);
  const kept = `${complete.filter((b) => b.keep).length} of ${complete.length}`;
  const inc = s.backups.length - complete.length;
  return `| ${ICON[s.status]} | ${cell(s.site)} | ${cell(s.environment)} | ${age} | ${size} | ${kept} | ${inc || ""} | ${check(s.verify, now)} | ${check(s.drill, now)} | ${cell(s.attention.join("; ").slice(0, 200))}${s.encrypted ? " \u{1F512}" : ""} |`;
}
function fleetReportMarkdown(r, pageUrl) {
  const n = r.sites.length;
  const lines = [
    `## Fleet backups: ${n} ${n === 1 ? "site" : "sites"}`,
    "",
    STATUSES.map((s) => `${ICON[s]} ${r.counts[s]} ${STATUS_LABEL[s]}`).join(" \xB7 ") + ` \xB7 ${r.attention} need attention`,
    ""
  ];
  if (pageUrl) lines.push(`The full page, with charts and retention: ${pageUrl}`, "");
  lines.push(
    "| | site | environment | age / max-age | newest size (content) | backups kept | incomplete | last verify | last drill | attention |",
    "|---|---|---|---:|---:|---:|---:|---|---|---|"
  );
  const order = [...r.sites].sort((a, b) => Number(needsAttention(b)) - Number(needsAttention(a)));
  for (const s of order.slice(0, MAX_ROWS)) {
    try {
      lines.push(siteLine(s, r.generatedAt));
    } catch (e) {
      lines.push(`| \u{1F534} | ${cell(s.site)} | ${cell(s.environment)} | cannot show this site: ${cell(e.message)} | | | | | | |`);
    }
  }
  const rest = order.slice(MAX_ROWS);
  if (rest.length) {
    const bad = rest.filter(needsAttention).length;
    lines.push(
      "",
      `\u2026 and ${rest.length} more sites${bad ? `, ${bad} of them needing attention: the page lists them all` : ", all fresh with nothing to look at"}.`
    );
  }
  lines.push("", `Read ${r.manifestsRead} manifests (no archives) in ${formatDuration(r.durationMs)}.`, "");
  return lines.join("\n");
}

// src/commands/report.ts
var STORE_INPUTS = ["store", "s3-endpoint", "s3-region", "s3-force-path-style", "format", "restic-password", "github-token"];
function maxAge(text, input) {
  const ms = parseDuration(text);
  if (ms === void 0 || ms <= 0)
    throw new ConfigError(input, `"${text}" is not a duration`, "Write a number and a unit, such as `26h` or `3d`.");
  return ms;
}
function settingsFrom(values, fallback, where = "") {
  const at = (name) => where ? `${name} (${where})` : name;
  return {
    maxAgeMs: values["max-age"] ? maxAge(values["max-age"], at("max-age")) : fallback?.maxAgeMs ?? maxAge(DEFAULT_REPORT_MAX_AGE, "max-age"),
    scheduled: values.retention ? parsePolicy(values.retention, at("retention")) : fallback?.scheduled ?? parsePolicy(DEFAULT_SCHEDULED_POLICY),
    onDemand: values["retention-on-demand"] ? parsePolicy(values["retention-on-demand"], at("retention-on-demand")) : fallback?.onDemand ?? parsePolicy(DEFAULT_ON_DEMAND_POLICY, "retention-on-demand"),
    timeZone: values["retention-timezone"] ? parseTimeZone(values["retention-timezone"], at("retention-timezone")) : fallback?.timeZone ?? "UTC"
  };
}
async function reportCommand(io, flags, opts = {}) {
  const started = Date.now();
  const defaults = settingsFrom(flags);
  const sources = [];
  if (flags.store) {
    const stores = flags.store.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
    if (stores.length === 0)
      throw new ConfigError("store", "is empty", "Name one or more stores, comma-separated: `--store s3://backups/sites,./site-backups`.");
    for (const text of stores) {
      const spec = parseStore(mapSource({ ...flags, store: text }), io.cwd);
      sources.push({ label: redact(text), open: () => openPlace(spec, io.log, io.env), defaults });
    }
  } else {
    const { targets } = await loadFleet(io);
    const lookup = secretSource(io.env);
    const byStore = /* @__PURE__ */ new Map();
    for (const t of targets) {
      const secrets = resolveSecrets(t, lookup).inputs;
      for (const v of Object.values(secrets)) io.log.setSecret(v);
      const values = { store: t.store, ...t.inputs, ...secrets };
      const storeValues = Object.fromEntries(STORE_INPUTS.filter((k) => values[k] !== void 0).map((k) => [k, values[k]]));
      const key = JSON.stringify(storeValues);
      let source = byStore.get(key);
      if (!source) {
        const spec = parseStore(mapSource(storeValues), io.cwd);
        source = { label: redact(t.store), open: () => openPlace(spec, io.log, io.env), defaults, targets: [] };
        byStore.set(key, source);
      }
      source.targets.push({
        site: t.site,
        environment: t.environment,
        settings: { ...settingsFrom(t.inputs, defaults, t.id), platform: t.platform }
      });
    }
    sources.push(...byStore.values());
  }
  const report = await gatherFleetReport(sources, (opts.now ?? (() => /* @__PURE__ */ new Date()))());
  const out = path.resolve(io.cwd, flags.out || DEFAULT_REPORT_DIR);
  await mkdir(out, { recursive: true });
  const html = renderFleetPage(report, flags.title || void 0);
  const page = path.join(out, "index.html");
  await writeFile(page, html);
  await writeFile(path.join(out, "report.json"), JSON.stringify(report) + "\n");
  const durationMs = Date.now() - started;
  io.log.info(
    `${page}: ${report.sites.length} sites, ${formatBytes(Buffer.byteLength(html))}, ${report.manifestsRead} manifests read, in ${formatDuration(durationMs)}`
  );
  io.setOutput("page", page);
  io.setOutput(
    "stale",
    report.sites.filter((s) => s.status !== "fresh" && s.status !== "due").map((s) => `${s.site}/${s.environment}`).join(",")
  );
  const md = fleetReportMarkdown(report, flags["page-url"] || void 0);
  await writeFile(path.join(out, "summary.md"), md);
  await io.summary(md);
  return { page, sites: report.sites.length, durationMs };
}
export {
  DEFAULT_REPORT_DIR,
  DEFAULT_REPORT_MAX_AGE,
  REPORT_FLAGS,
  reportCommand
};
