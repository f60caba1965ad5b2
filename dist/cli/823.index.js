export const id = 823;
export const ids = [823];
export const modules = {

/***/ 77823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_REPORT_DIR: () => (/* reexport */ report_flags/* DEFAULT_REPORT_DIR */.dw),
  DEFAULT_REPORT_MAX_AGE: () => (/* reexport */ report_flags/* DEFAULT_REPORT_MAX_AGE */.Go),
  REPORT_FLAGS: () => (/* reexport */ report_flags/* REPORT_FLAGS */.d$),
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/common.ts + 2 modules
var common = __webpack_require__(93910);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/config/source.ts
var config_source = __webpack_require__(79397);
// EXTERNAL MODULE: ./src/fleet/run.ts
var run = __webpack_require__(27541);
// EXTERNAL MODULE: ./src/core/prune.ts + 2 modules
var prune = __webpack_require__(66539);
// EXTERNAL MODULE: ./src/core/verify.ts + 1 modules
var core_verify = __webpack_require__(16025);
// EXTERNAL MODULE: ./src/model/check-record.ts
var check_record = __webpack_require__(27855);
// EXTERNAL MODULE: ./src/model/manifest.ts
var manifest = __webpack_require__(89452);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/util/duration.ts
var duration = __webpack_require__(26518);
// EXTERNAL MODULE: ./src/util/limit.ts
var limit = __webpack_require__(50415);
// EXTERNAL MODULE: ./src/stores/store.ts
var stores_store = __webpack_require__(34703);
;// CONCATENATED MODULE: ./src/fleet/report-data.ts
// The fleet report's figures: for every site and environment, what the store holds (newest
// complete backup and its age against max-age, components, sizes over time, what retention
// keeps and why, incomplete backups, the last verify and drill). It reads listings, manifests
// and check records only, never an archive: at most MAX_MANIFESTS manifests per site where the
// listing has the sizes (S3), and every complete backup's where it does not (a local store,
// listed without a stat per object), so a store of 1,000 sites is read in seconds and the cost
// does not grow with the data.








/** Manifests read per site, newest first, where the listing has the sizes: a month of nightly backups for the chart, and a bound on the reads (on S3, one GET each) however many backups a site keeps. */
const MAX_MANIFESTS = 30;
/** How many reads run at once across the whole report. */
const CONCURRENCY = 16;
/** A check record is a few hundred bytes; anything bigger is not one of ours. */
const MAX_RECORD_BYTES = 64 << 10;
/** The newest backup is "due" from this share of max-age on: amber before it turns red. */
const DUE_SHARE = 0.75;
const STATUSES = ['fresh', 'due', 'stale', 'missing', 'error'];
/** Not fresh, or something else to look at: what the page's "needs attention" filter shows. */
const needsAttention = (s) => s.status !== 'fresh' || s.attention.length > 0;
function freshness(ageMs, maxAgeMs) {
    if (ageMs === undefined)
        return 'missing';
    if (ageMs > maxAgeMs)
        return 'stale';
    return ageMs > maxAgeMs * DUE_SHARE ? 'due' : 'fresh';
}
/** How long ago a check record was made. A record whose time is no time throws, for the site's render boundary to show. */
function recordAgeMs(r, now) {
    const t = Date.parse(r.at);
    if (Number.isNaN(t))
        throw new Error(`the ${r.kind} record's time ${JSON.stringify(r.at.slice(0, 40))} is not a time`);
    return Math.max(0, now - t);
}
const storedBytes = (b) => b.objects.filter((o) => o.name !== manifest/* MANIFEST_NAME */.ir).reduce((n, o) => n + o.size, 0);
/** The newest record of this kind in the listing, read and checked against where it lies. */
async function newestRecord(store, listing, name, attention) {
    const b = listing.find((x) => x.records?.some((r) => r.name === name));
    if (!b)
        return undefined;
    try {
        const text = await (0,stores_store/* readSmallText */.Ft)(store, b, name, MAX_RECORD_BYTES);
        const r = text === undefined ? undefined : (0,check_record/* parseCheckRecord */.f1)(text);
        if (!r || r.backup !== b.id || r.site !== b.site || r.environment !== b.environment) {
            attention.push(`${b.id}/${name} is not a check record of this backup`);
            return undefined;
        }
        return r;
    }
    catch (e) {
        attention.push(`${b.id}/${name} cannot be read: ${(0,redact/* redact */.E$)(e.message)}`);
        return undefined;
    }
}
/** Each backup as the page shows it: sizes from the listing, or from its manifest where the listing had none. */
function backupViews(listing, rowOf, manifests, sized) {
    return listing.map((b) => {
        const row = rowOf.get(b.id);
        const m = manifests.get(b.id);
        return {
            id: b.id,
            time: b.parsed.time.getTime(),
            trigger: b.parsed.trigger,
            complete: b.complete,
            stored: b.unsized ? (m ? m.components.reduce((n, c) => n + c.bytes, 0) : storedBytes(sized?.get(b.id) ?? b)) : storedBytes(b),
            ...(m ? { content: m.components.reduce((n, c) => n + c.contentBytes, 0) } : {}),
            class: row?.class ?? 'incomplete',
            keep: row ? row.action === 'keep' : true,
            reasons: row?.reasons ?? [],
        };
    });
}
async function buildSite(job, now, counter) {
    const { site, environment, settings } = job;
    const base = {
        site,
        environment,
        ...(settings.platform ? { platform: settings.platform } : {}),
        store: job.source.label,
        maxAgeMs: settings.maxAgeMs,
        policy: { scheduled: settings.scheduled.text, onDemand: settings.onDemand.text, timeZone: settings.timeZone },
        components: [],
        encrypted: false,
        backups: [],
    };
    if (job.error !== undefined || !job.listing)
        return { ...base, status: 'error', attention: [], error: job.error ?? 'not listed' };
    // Newest first, as the stores list; the folders holding no object at all are no backups.
    const listing = job.listing.filter((b) => b.objects.length > 0);
    const attention = [];
    const plan = (0,prune/* planPrune */.wM)(listing, { site, environment, scheduled: settings.scheduled, onDemand: settings.onDemand, timeZone: settings.timeZone }, now);
    const rowOf = new Map(plan.rows.map((r) => [r.backup.id, r]));
    const manifests = new Map();
    // The newest MAX_MANIFESTS, and every backup listed without sizes (a local store), whose
    // manifest is where its sizes are: reading it costs about what a stat of each object would.
    let n = 0;
    const toRead = listing.filter((b) => b.complete && (n++ < MAX_MANIFESTS || b.unsized === true));
    await (0,limit/* mapLimit */.s)(toRead, 4, async (b) => {
        try {
            manifests.set(b.id, await (0,core_verify/* loadManifest */.eY)(job.store, b));
            counter.manifests++;
        }
        catch (e) {
            attention.push(`manifest of ${b.id} unreadable: ${(0,redact/* redact */.E$)(e.message)}`);
        }
    });
    // An unsized backup whose manifest did not read: its sizes from a full listing of this site.
    let sized;
    if (listing.some((b) => b.unsized && !manifests.has(b.id))) {
        try {
            sized = new Map((await job.store.list(site, environment)).map((b) => [b.id, b]));
        }
        catch (e) {
            attention.push(`sizes of ${site}/${environment} cannot be listed: ${(0,redact/* redact */.E$)(e.message)}`);
        }
    }
    const backups = backupViews(listing, rowOf, manifests, sized);
    const newest = plan.newestComplete ? backups.find((b) => b.id === plan.newestComplete.id) : undefined;
    const nm = newest ? manifests.get(newest.id) : undefined;
    const components = (nm?.components ?? []).map((c) => ({
        name: c.name,
        object: c.object,
        stored: c.bytes,
        content: c.contentBytes,
        files: c.files,
        compression: c.compression,
        encryption: c.encryption,
    }));
    const incomplete = backups.filter((b) => !b.complete).length;
    if (incomplete)
        attention.push(`${incomplete} incomplete ${incomplete === 1 ? 'backup' : 'backups'}`);
    const verify = await newestRecord(job.store, listing, 'last-verify.json', attention);
    const drill = await newestRecord(job.store, listing, 'last-drill.json', attention);
    if (verify && !verify.ok)
        attention.push(`verify of ${verify.backup} failed`);
    if (drill && !drill.ok)
        attention.push(`drill of ${drill.backup} failed`);
    const ageMs = newest ? Math.max(0, now.getTime() - newest.time) : undefined;
    return {
        ...base,
        ...(nm?.platform && !settings.platform ? { platform: nm.platform } : {}),
        status: freshness(ageMs, settings.maxAgeMs),
        attention,
        ...(ageMs !== undefined ? { ageMs } : {}),
        ...(newest ? { newest } : {}),
        components,
        encrypted: components.some((c) => c.encryption !== 'none'),
        backups,
        ...(verify ? { verify } : {}),
        ...(drill ? { drill } : {}),
    };
}
/** One site that cannot be read (a record, a manifest the code trips on) is an error row; the rest of the fleet is still reported. */
async function buildSiteGuarded(job, now, counter) {
    try {
        return await buildSite(job, now, counter);
    }
    catch (e) {
        return buildSite({ ...job, error: `could not be read: ${(0,redact/* redact */.E$)(e.message)}` }, now, counter);
    }
}
/** Lists every source, then reads each site's manifests and records, a few at a time. */
async function gatherFleetReport(sources, now = new Date()) {
    const started = Date.now();
    const jobs = [];
    for (const source of sources) {
        let store;
        try {
            store = await source.open();
        }
        catch (e) {
            // Every target of a store that does not open is an error row, not a missing one.
            for (const t of source.targets ?? [])
                jobs.push({
                    source,
                    store: undefined,
                    site: t.site,
                    environment: t.environment,
                    settings: t.settings,
                    error: (0,redact/* redact */.E$)(e.message),
                });
            if (!source.targets)
                throw e;
            continue;
        }
        if (source.targets) {
            const listed = await (0,limit/* mapLimit */.s)(source.targets, CONCURRENCY, async (t) => {
                try {
                    return { source, store, ...t, listing: await store.list(t.site, t.environment) };
                }
                catch (e) {
                    return { source, store, ...t, error: (0,redact/* redact */.E$)(e.message) };
                }
            });
            jobs.push(...listed);
        }
        else {
            if (!store.listAll)
                throw new Error(`${source.label} cannot list its sites (a restic store keeps one repository per site); name the sites in a sites file`);
            const bySite = new Map();
            // No stat per object: a complete backup's sizes are in the manifest read below.
            for (const b of await store.listAll({ sizes: 'incomplete' })) {
                const k = `${b.site}/${b.environment}`;
                const list = bySite.get(k);
                if (list)
                    list.push(b);
                else
                    bySite.set(k, [b]);
            }
            for (const list of bySite.values()) {
                list.sort((x, y) => (x.id < y.id ? 1 : x.id > y.id ? -1 : 0));
                jobs.push({ source, store, site: list[0].site, environment: list[0].environment, settings: source.defaults, listing: list });
            }
        }
    }
    const counter = { manifests: 0 };
    const sites = await (0,limit/* mapLimit */.s)(jobs, CONCURRENCY, (j) => buildSiteGuarded(j, now, counter));
    markCopies(sites);
    sites.sort((a, b) => (a.site === b.site ? a.environment.localeCompare(b.environment) : a.site.localeCompare(b.site)));
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0]));
    for (const s of sites)
        counts[s.status]++;
    return {
        generatedAt: now.getTime(),
        sites,
        counts,
        attention: sites.filter(needsAttention).length,
        manifestsRead: counter.manifests,
        durationMs: Date.now() - started,
    };
}
/**
 * A site and environment found in several stores (a backup and its copies, issue 21): each
 * backup learns which stores hold it complete, and a store whose newest complete backup lags the
 * newest in any other by more than max-age (or that holds none) is "copy stale".
 */
function markCopies(sites) {
    const groups = new Map();
    for (const s of sites) {
        if (s.status === 'error')
            continue;
        const k = `${s.site}/${s.environment}`;
        groups.set(k, [...(groups.get(k) ?? []), s]);
    }
    for (const group of groups.values()) {
        if (group.length < 2)
            continue;
        const holders = new Map();
        for (const s of group)
            for (const b of s.backups)
                if (b.complete)
                    holders.set(b.id, [...(holders.get(b.id) ?? []), s.store]);
        for (const s of group)
            for (const b of s.backups)
                if (b.complete)
                    b.heldBy = holders.get(b.id);
        const lead = group.reduce((best, s) => ((s.newest?.time ?? -Infinity) > (best.newest?.time ?? -Infinity) ? s : best));
        if (!lead.newest)
            continue;
        for (const s of group) {
            if (s === lead)
                continue;
            const lagMs = s.newest ? lead.newest.time - s.newest.time : undefined;
            if (lagMs !== undefined && lagMs <= s.maxAgeMs)
                continue;
            s.copyStale = { lead: lead.store, ...(lagMs !== undefined ? { lagMs } : {}) };
            s.attention.push(lagMs === undefined
                ? `copy stale: no complete backup here, while ${lead.store} holds ${lead.newest.id}`
                : `copy stale: the newest complete backup here is ${(0,duration/* formatDuration */.a)(lagMs)} older than the newest in ${lead.store} (max-age ${(0,duration/* formatDuration */.a)(s.maxAgeMs)})`);
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/util/bytes.ts
var bytes = __webpack_require__(1671);
;// CONCATENATED MODULE: ./src/fleet/report-html.ts
// The fleet status page: one self-contained HTML file (inline CSS, inline SVG charts, a few lines
// of inline JavaScript for the filters, allowed by its hash) that makes no request at all, which its
// Content Security Policy enforces: it can be published as it is, opened from disk, or attached to a run.
// Every site is a <details> element: the list stays one line per site however big the fleet is.
// A site's charts and tables are rendered here but kept as strings in one JSON block, and put
// into the page when the site is first opened: 1,000 sites would otherwise be ~12 MB of markup
// for the browser to parse into DOM before the page answers, for bodies few people open.




const esc = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const utc = (t) => new Date(typeof t === 'string' ? Date.parse(t) : t)
    .toISOString()
    .replace('T', ' ')
    .replace(/:\d\d\.\d{3}Z$/, 'Z');
const STATUS_LABEL = {
    fresh: 'fresh',
    due: 'due soon',
    stale: 'stale',
    missing: 'no backup',
    error: 'cannot list',
};
const CSS = `
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
const SCRIPT = `
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
/**
 * The page's one script, allowed by its hash rather than by 'unsafe-inline': markup from a store
 * that slipped past escaping still could not run script. `base-uri 'none'` keeps an injected
 * <base> from moving the page's links, and `form-action 'none'` (which default-src does not cover)
 * a form from posting anywhere.
 */
const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${(0,external_node_crypto_.createHash)('sha256').update(SCRIPT).digest('base64')}'; img-src data:; base-uri 'none'; form-action 'none'`;
function ageText(s) {
    if (s.status === 'error')
        return 'cannot list';
    if (s.ageMs === undefined)
        return 'no backup';
    return `${(0,duration/* formatDuration */.a)(s.ageMs)} / ${(0,duration/* formatDuration */.a)(s.maxAgeMs)}`;
}
function checkBadge(kind, r, now) {
    if (!r)
        return `<span class="muted">${kind}: never</span>`;
    return `<span class="badge ${r.ok ? 'b-ok' : 'b-bad'}" title="${esc(`${r.backup}: ${r.summary}`)}">${kind} ${r.ok ? 'ok' : 'FAILED'}</span><span class="muted">${esc((0,duration/* formatDuration */.a)(recordAgeMs(r, now)))} ago</span>`;
}
const W = 560;
const H = 150;
const PAD = { l: 56, r: 8, t: 8, b: 22 };
/** Stored and content bytes of the complete backups over time, as two lines. */
function sizeChart(backups) {
    const pts = backups
        .filter((b) => b.complete)
        .slice()
        .reverse();
    if (pts.length === 0)
        return '<p class="muted">No complete backup to chart.</p>';
    const t0 = pts[0].time;
    const t1 = Math.max(pts[pts.length - 1].time, t0 + 1);
    const top = Math.max(1, ...pts.map((b) => Math.max(b.stored, b.content ?? 0)));
    const x = (t) => (PAD.l + ((t - t0) / (t1 - t0)) * (W - PAD.l - PAD.r)).toFixed(1);
    const y = (v) => (H - PAD.b - (v / top) * (H - PAD.t - PAD.b)).toFixed(1);
    const line = (get) => pts
        .filter((b) => get(b) !== undefined)
        .map((b) => `${x(b.time)},${y(get(b))}`)
        .join(' ');
    const dots = pts
        .map((b) => `<circle cx="${x(b.time)}" cy="${y(b.stored)}" r="2.5" fill="#0969da"><title>${esc(`${b.id}: ${(0,bytes/* formatBytes */.z)(b.stored)} stored${b.content !== undefined ? `, ${(0,bytes/* formatBytes */.z)(b.content)} content` : ''}`)}</title></circle>`)
        .join('');
    return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Size over time">
<line x1="${PAD.l}" y1="${H - PAD.b}" x2="${W - PAD.r}" y2="${H - PAD.b}" stroke="#d0d7de"/><line x1="${PAD.l}" y1="${PAD.t}" x2="${PAD.l}" y2="${H - PAD.b}" stroke="#d0d7de"/>
<text x="${PAD.l - 4}" y="${PAD.t + 8}" text-anchor="end">${esc((0,bytes/* formatBytes */.z)(top))}</text><text x="${PAD.l - 4}" y="${H - PAD.b}" text-anchor="end">0</text>
<text x="${PAD.l}" y="${H - 6}">${esc(utc(t0).slice(0, 10))}</text><text x="${W - PAD.r}" y="${H - 6}" text-anchor="end">${esc(utc(t1).slice(0, 10))}</text>
<polyline points="${line((b) => b.content)}" fill="none" stroke="#8250df" stroke-dasharray="4 3"/>
<polyline points="${line((b) => b.stored)}" fill="none" stroke="#0969da" stroke-width="1.5"/>${dots}
<text x="${(W + PAD.l) / 2}" y="${H - 6}" text-anchor="middle"><tspan fill="#0969da">— stored</tspan>  <tspan fill="#8250df">- - content</tspan></text></svg>`;
}
/** Every backup on a time line: kept (filled), removed at the next prune (hollow), incomplete (cross). */
function retentionStrip(backups) {
    if (backups.length === 0)
        return '';
    const times = backups.map((b) => b.time);
    const t0 = Math.min(...times);
    const t1 = Math.max(...times, t0 + 1);
    const x = (t) => PAD.l + ((t - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
    const marks = backups
        .map((b) => {
        const cx = x(b.time).toFixed(1);
        const cy = b.class === 'on-demand' ? 26 : 14;
        const title = `<title>${esc(`${b.id}: ${b.keep ? 'kept' : 'removed at the next prune'}${b.reasons.length ? ` (${b.reasons.join(', ')})` : ''}`)}</title>`;
        if (!b.complete)
            return `<path class="inc" d="M${Number(cx) - 4},${cy - 4}l8,8m0,-8l-8,8">${title}</path>`;
        return `<circle class="${b.keep ? 'keep' : 'drop'}" cx="${cx}" cy="${cy}" r="4">${title}</circle>`;
    })
        .join('');
    return `<svg viewBox="0 0 ${W} 40" width="${W}" height="40" role="img" aria-label="Retention timeline"><text x="0" y="17">scheduled</text><text x="0" y="29">on demand</text>${marks}</svg>`;
}
function checkBlock(title, r) {
    if (!r)
        return `<h3>${title}</h3><p class="muted">Never run, or run where the store keeps no records.</p>`;
    const problems = r.problems.length ? `<ul class="problems">${r.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : '';
    const run = r.runUrl && /^https:\/\//.test(r.runUrl) ? ` · <a href="${esc(r.runUrl)}">run</a>` : '';
    return `<h3>${title}</h3><p><span class="badge ${r.ok ? 'b-ok' : 'b-bad'}">${r.ok ? 'ok' : 'FAILED'}</span> <code>${esc(r.backup)}</code> at ${esc(utc(r.at))}${run}<br>${esc(r.summary)}</p>${problems}`;
}
/** Where the same backup is in several stores (copies): which hold it. */
function heldBy(b) {
    return b.heldBy ? ` Held by ${b.heldBy.map((h) => `<code>${esc(h)}</code>`).join(', ')}.` : '';
}
function siteBody(s) {
    if (s.status === 'error')
        return `<div class="body"><div><h3>Listing failed</h3><ul class="problems"><li>${esc(s.error ?? '')}</li></ul><p class="muted">Store: ${esc(s.store)}</p></div></div>`;
    const parts = [];
    const newest = s.newest
        ? `<p>Newest complete backup <code>${esc(s.newest.id)}</code>, ${esc(utc(s.newest.time))}, ${esc((0,duration/* formatDuration */.a)(s.ageMs ?? 0))} old; max-age ${esc((0,duration/* formatDuration */.a)(s.maxAgeMs))}.${heldBy(s.newest)}</p>`
        : `<p class="problems">No complete backup.</p>`;
    const comps = s.components.length
        ? `<table><tr><th>component</th><th>object</th><th class="n">stored</th><th class="n">content</th><th class="n">files</th><th>encryption</th></tr>${s.components
            .map((c) => `<tr><td>${esc(c.name)}</td><td><code>${esc(c.object)}</code></td><td class="n">${(0,bytes/* formatBytes */.z)(c.stored)}</td><td class="n">${(0,bytes/* formatBytes */.z)(c.content)}</td><td class="n">${c.files}</td><td>${c.encryption === 'none' ? 'none' : `<span class="badge b-lock">${esc(c.encryption)}</span>`}</td></tr>`)
            .join('')}</table>`
        : '';
    const attention = s.attention.length ? `<ul class="problems">${s.attention.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>` : '';
    const inc = s.backups.filter((b) => !b.complete);
    const incomplete = inc.length
        ? `<table><tr><th>backup</th><th class="n">stored</th><th>prune</th></tr>${inc.map((b) => `<tr><td><code>${esc(b.id)}</code></td><td class="n">${(0,bytes/* formatBytes */.z)(b.stored)}</td><td>${esc(b.reasons.join(', '))}</td></tr>`).join('')}</table>`
        : '<p class="muted">None.</p>';
    // Left: the state of the site; middle: sizes; right: retention (the longest, so last).
    parts.push(`<div><h3>Newest backup</h3>${newest}${comps}${attention}<h3>Incomplete backups</h3>${incomplete}${checkBlock('Last verify', s.verify)}${checkBlock('Last restore drill', s.drill)}<p class="muted">Store: ${esc(s.store)}</p></div>`);
    parts.push(`<div><h3>Size over time</h3>${sizeChart(s.backups)}</div>`);
    const kept = s.backups.filter((b) => b.complete && b.keep);
    const dropped = s.backups.filter((b) => b.complete && !b.keep).length;
    parts.push(`<div><h3>Retention</h3><p class="muted">Scheduled <code>${esc(s.policy.scheduled)}</code> · on demand <code>${esc(s.policy.onDemand)}</code> · ${esc(s.policy.timeZone)}. ${kept.length} kept${dropped ? `, ${dropped} removed at the next prune` : ''}.</p>${retentionStrip(s.backups)}<table><tr><th>kept backup</th><th class="n">stored</th><th>kept by</th></tr>${kept
        .map((b) => `<tr><td><code>${esc(b.id)}</code></td><td class="n">${(0,bytes/* formatBytes */.z)(b.stored)}</td><td>${esc(b.reasons.join(', '))}${heldBy(b)}</td></tr>`)
        .join('')}</table></div>`);
    return `<div class="body">${parts.join('')}</div>`;
}
/**
 * Each site is rendered inside its own boundary: a record the renderer trips on (a date that is
 * no date) shows on that site's row, in red, and every other site is still on the page.
 */
function guarded(render, fallback) {
    try {
        return render();
    }
    catch (e) {
        return fallback(e.message || String(e));
    }
}
const rowFallback = (s, i) => (message) => `<details class="site s-error" data-status="${esc(s.status)}" data-name="${esc(`${s.site}/${s.environment}`.toLowerCase())}" data-attention="1" data-i="${i}"><summary class="row"><span class="dot" title="cannot show"></span><span><b>${esc(s.site)}</b></span><span>${esc(s.environment)}</span><span></span><span class="age">cannot show</span><span></span><span></span><span></span><span class="st">cannot show this site: ${esc(message)}</span></summary></details>`;
const bodyFallback = (message) => `<div class="body"><div><h3>Cannot show this site</h3><ul class="problems"><li>${esc(message)}</li></ul></div></div>`;
function siteRow(s, now, i) {
    const flags = [];
    if (s.encrypted)
        flags.push('<span class="badge b-lock" title="age-encrypted">encrypted</span>');
    const inc = s.backups.filter((b) => !b.complete).length;
    if (inc)
        flags.push(`<span class="badge b-bad">${inc} incomplete</span>`);
    if (s.copyStale)
        flags.push(`<span class="badge b-bad" title="${esc(`behind ${s.copyStale.lead}`)}">copy stale</span>`);
    const size = s.newest
        ? `${(0,bytes/* formatBytes */.z)(s.newest.stored)}${s.newest.content !== undefined ? ` <span class="muted">(${(0,bytes/* formatBytes */.z)(s.newest.content)})</span>` : ''}`
        : '';
    const name = `${s.site}/${s.environment}`.toLowerCase();
    return `<details class="site s-${s.status}" data-status="${s.status}" data-name="${esc(name)}" data-attention="${needsAttention(s) ? 1 : 0}" data-i="${i}"><summary class="row"><span class="dot" title="${STATUS_LABEL[s.status]}"></span><span><b>${esc(s.site)}</b></span><span>${esc(s.environment)}</span><span class="muted">${esc(s.platform ?? '')}</span><span class="age">${esc(ageText(s))}</span><span>${size}</span><span>${checkBadge('verify', s.verify, now)}</span><span>${checkBadge('drill', s.drill, now)}</span><span>${flags.join('')}<span class="st">${STATUS_LABEL[s.status]}</span></span></summary></details>`;
}
/**
 * JSON that is safe inside <script>: no "</script>" or "<!--" can end or change the block. `<\/`
 * is JSON's own escape for "</" (one byte more, where \u003c would be five, on every closing tag).
 */
const scriptJson = (v) => JSON.stringify(v).replace(/<\//g, '<\\/').replace(/<!/g, '\\u003c!');
/** The whole page. Pure: the same report gives the same bytes. */
function renderFleetPage(r, title = 'Site backups') {
    const n = r.sites.length;
    const tiles = STATUSES.map((s) => `<button type="button" class="tile s-${s}" data-status="${s}" aria-pressed="false"><span class="dot"></span> <b>${r.counts[s]}</b>${STATUS_LABEL[s]}</button>`).join('');
    const options = [
        '<option value="">all</option>',
        ...STATUSES.map((s) => `<option value="${s}">${STATUS_LABEL[s]}</option>`),
        '<option value="attention">needs attention</option>',
    ].join('');
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">
<title>${esc(title)}: ${n} ${n === 1 ? 'site' : 'sites'}</title><style>${CSS}</style></head>
<body><header><h1>${esc(title)}</h1>
<p>${n} ${n === 1 ? 'site and environment' : 'sites and environments'} · generated ${esc(utc(r.generatedAt))} UTC · ${r.attention} need attention · read ${r.manifestsRead} manifests, no archives</p>
<div class="tiles">${tiles}</div>
<div class="controls"><label>Name <input id="q" type="search" placeholder="site or environment" autocomplete="off"></label><label>Status <select id="status">${options}</select></label><span id="shown">${n} of ${n} shown</span></div></header>
<main><div class="head"><span></span><span>site</span><span>environment</span><span>platform</span><span>age / max-age</span><span>newest size (content)</span><span>last verify</span><span>last drill</span><span>status</span></div>
<div id="sites">${r.sites.map((s, i) => guarded(() => siteRow(s, r.generatedAt, i), rowFallback(s, i))).join('\n')}</div></main>
<script type="application/json" id="bodies">${scriptJson(r.sites.map((s) => guarded(() => siteBody(s), bodyFallback)))}</script>
<script>${SCRIPT}</script></body></html>
`;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/fleet/report-md.ts
// The fleet report's figures as Markdown, for the job summary of users who publish no page:
// the counts, then one row per site, the ones that need attention first. GitHub keeps at most
// 1 MiB of summary per step, so past MAX_ROWS the fresh sites are counted, not listed.





const MAX_ROWS = 500;
const ICON = { fresh: '🟢', due: '🟡', stale: '🔴', missing: '🔴', error: '🔴' };
function check(r, now) {
    if (!r)
        return 'never';
    return `${r.ok ? 'ok' : '**FAILED**'} ${(0,duration/* formatDuration */.a)(recordAgeMs(r, now))} ago`;
}
function siteLine(s, now) {
    const age = s.status === 'error'
        ? `cannot list: ${(0,markdown/* cell */.Hn)((s.error ?? '').slice(0, 120))}`
        : s.ageMs === undefined
            ? 'no backup'
            : `${(0,duration/* formatDuration */.a)(s.ageMs)} / ${(0,duration/* formatDuration */.a)(s.maxAgeMs)}`;
    const size = s.newest
        ? `${(0,bytes/* formatBytes */.z)(s.newest.stored)}${s.newest.content !== undefined ? ` (${(0,bytes/* formatBytes */.z)(s.newest.content)})` : ''}`
        : '';
    const complete = s.backups.filter((b) => b.complete);
    const kept = `${complete.filter((b) => b.keep).length} of ${complete.length}`;
    const inc = s.backups.length - complete.length;
    return `| ${ICON[s.status]} | ${(0,markdown/* cell */.Hn)(s.site)} | ${(0,markdown/* cell */.Hn)(s.environment)} | ${age} | ${size} | ${kept} | ${inc || ''} | ${check(s.verify, now)} | ${check(s.drill, now)} | ${(0,markdown/* cell */.Hn)(s.attention.join('; ').slice(0, 200))}${s.encrypted ? ' 🔒' : ''} |`;
}
function fleetReportMarkdown(r, pageUrl) {
    const n = r.sites.length;
    const lines = [
        `## Fleet backups: ${n} ${n === 1 ? 'site' : 'sites'}`,
        '',
        STATUSES.map((s) => `${ICON[s]} ${r.counts[s]} ${STATUS_LABEL[s]}`).join(' · ') + ` · ${r.attention} need attention`,
        '',
    ];
    if (pageUrl)
        lines.push(`The full page, with charts and retention: ${pageUrl}`, '');
    lines.push('| | site | environment | age / max-age | newest size (content) | backups kept | incomplete | last verify | last drill | attention |', '|---|---|---|---:|---:|---:|---:|---|---|---|');
    const order = [...r.sites].sort((a, b) => Number(needsAttention(b)) - Number(needsAttention(a)));
    for (const s of order.slice(0, MAX_ROWS)) {
        // Each row inside its own boundary: one site's bad record shows on its row, the rest are listed.
        try {
            lines.push(siteLine(s, r.generatedAt));
        }
        catch (e) {
            lines.push(`| 🔴 | ${(0,markdown/* cell */.Hn)(s.site)} | ${(0,markdown/* cell */.Hn)(s.environment)} | cannot show this site: ${(0,markdown/* cell */.Hn)(e.message)} | | | | | | |`);
        }
    }
    const rest = order.slice(MAX_ROWS);
    if (rest.length) {
        const bad = rest.filter(needsAttention).length;
        lines.push('', `… and ${rest.length} more sites${bad ? `, ${bad} of them needing attention: the page lists them all` : ', all fresh with nothing to look at'}.`);
    }
    lines.push('', `Read ${r.manifestsRead} manifests (no archives) in ${(0,duration/* formatDuration */.a)(r.durationMs)}.`, '');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/retention/policy.ts
var policy = __webpack_require__(24310);
// EXTERNAL MODULE: ./src/stores/index.ts + 1 modules
var src_stores = __webpack_require__(98844);
// EXTERNAL MODULE: ./src/commands/matrix.ts + 3 modules
var matrix = __webpack_require__(23456);
// EXTERNAL MODULE: ./src/commands/report-flags.ts
var report_flags = __webpack_require__(64060);
;// CONCATENATED MODULE: ./src/commands/report.ts
// `site-backup report`: the fleet status page (docs/report.md). Reads one or more stores (every
// site in them) or the sites file (its sites, each with its own max-age and retention), and
// writes <out>/index.html (self-contained), <out>/report.json and <out>/summary.md, then puts the same figures in
// the job summary. Reads listings, manifests and check records only, never an archive.


















/** The inputs of the store itself; everything else a site sets is not needed to list it. */
const STORE_INPUTS = ['store', 's3-endpoint', 's3-region', 's3-force-path-style', 'format', 'restic-password', 'github-token'];
function maxAge(text, input) {
    const ms = (0,duration/* parseDuration */.E)(text);
    if (ms === undefined || ms <= 0)
        throw new errors/* ConfigError */.x(input, `"${text}" is not a duration`, 'Write a number and a unit, such as `26h` or `3d`.');
    return ms;
}
function settingsFrom(values, fallback, where = '') {
    const at = (name) => (where ? `${name} (${where})` : name);
    return {
        maxAgeMs: values['max-age']
            ? maxAge(values['max-age'], at('max-age'))
            : (fallback?.maxAgeMs ?? maxAge(report_flags/* DEFAULT_REPORT_MAX_AGE */.Go, 'max-age')),
        scheduled: values.retention
            ? (0,policy/* parsePolicy */.ON)(values.retention, at('retention'))
            : (fallback?.scheduled ?? (0,policy/* parsePolicy */.ON)(policy/* DEFAULT_SCHEDULED_POLICY */.tG)),
        onDemand: values['retention-on-demand']
            ? (0,policy/* parsePolicy */.ON)(values['retention-on-demand'], at('retention-on-demand'))
            : (fallback?.onDemand ?? (0,policy/* parsePolicy */.ON)(policy/* DEFAULT_ON_DEMAND_POLICY */.Fr, 'retention-on-demand')),
        timeZone: values['retention-timezone']
            ? (0,policy/* parseTimeZone */.VL)(values['retention-timezone'], at('retention-timezone'))
            : (fallback?.timeZone ?? 'UTC'),
    };
}
/** `site-backup report [--store a,b | --sites sites.yml] [--out dir]`. */
async function reportCommand(io, flags, opts = {}) {
    const started = Date.now();
    const defaults = settingsFrom(flags);
    const sources = [];
    if (flags.store) {
        const stores = flags.store
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter(Boolean);
        if (stores.length === 0)
            throw new errors/* ConfigError */.x('store', 'is empty', 'Name one or more stores, comma-separated: `--store s3://backups/sites,./site-backups`.');
        for (const text of stores) {
            const spec = (0,common/* parseStore */.Pv)((0,config_source/* mapSource */.GU)({ ...flags, store: text }), io.cwd);
            sources.push({ label: (0,redact/* redact */.E$)(text), open: () => (0,src_stores/* openStore */.C)(spec, io.log, io.env), defaults });
        }
    }
    else {
        const { targets } = await (0,matrix.loadFleet)(io);
        const lookup = (0,run/* secretSource */.kV)(io.env);
        // One source per distinct store, so 1,000 sites in one bucket open it once.
        const byStore = new Map();
        for (const t of targets) {
            const secrets = (0,run/* resolveSecrets */.Mx)(t, lookup).inputs;
            for (const v of Object.values(secrets))
                io.log.setSecret(v);
            const values = { store: t.store, ...t.inputs, ...secrets };
            const storeValues = Object.fromEntries(STORE_INPUTS.filter((k) => values[k] !== undefined).map((k) => [k, values[k]]));
            const key = JSON.stringify(storeValues);
            let source = byStore.get(key);
            if (!source) {
                const spec = (0,common/* parseStore */.Pv)((0,config_source/* mapSource */.GU)(storeValues), io.cwd);
                source = { label: (0,redact/* redact */.E$)(t.store), open: () => (0,src_stores/* openStore */.C)(spec, io.log, io.env), defaults, targets: [] };
                byStore.set(key, source);
            }
            source.targets.push({
                site: t.site,
                environment: t.environment,
                settings: { ...settingsFrom(t.inputs, defaults, t.id), platform: t.platform },
            });
        }
        sources.push(...byStore.values());
    }
    const report = await gatherFleetReport(sources, (opts.now ?? (() => new Date()))());
    const out = external_node_path_default().resolve(io.cwd, flags.out || report_flags/* DEFAULT_REPORT_DIR */.dw);
    await (0,promises_.mkdir)(out, { recursive: true });
    const html = renderFleetPage(report, flags.title || undefined);
    const page = external_node_path_default().join(out, 'index.html');
    await (0,promises_.writeFile)(page, html);
    await (0,promises_.writeFile)(external_node_path_default().join(out, 'report.json'), JSON.stringify(report) + '\n');
    const durationMs = Date.now() - started;
    io.log.info(`${page}: ${report.sites.length} sites, ${(0,bytes/* formatBytes */.z)(Buffer.byteLength(html))}, ${report.manifestsRead} manifests read, in ${(0,duration/* formatDuration */.a)(durationMs)}`);
    io.setOutput('page', page);
    io.setOutput('stale', report.sites
        .filter((s) => s.status !== 'fresh' && s.status !== 'due')
        .map((s) => `${s.site}/${s.environment}`)
        .join(','));
    const md = fleetReportMarkdown(report, flags['page-url'] || undefined);
    // Also a file, so a workflow can append it to the job summary without the log lines.
    await (0,promises_.writeFile)(external_node_path_default().join(out, 'summary.md'), md);
    await io.summary(md);
    return { page, sites: report.sites.length, durationMs };
}
/** The report's flags beyond the sites file (`--sites`). */


/***/ }),

/***/ 27855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ serializeCheckRecord),
/* harmony export */   WF: () => (/* binding */ boundedProblems),
/* harmony export */   f1: () => (/* binding */ parseCheckRecord)
/* harmony export */ });
/* unused harmony exports isIsoInstant, checkRecordSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);
/* harmony import */ var _backup_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31389);


// Check records, format 1: what the last verify or restore drill of one backup found, kept in
// the backup's folder as `last-verify.json` / `last-drill.json` (FORMAT.md, "Check records").
// Small on purpose: the fleet report reads one per site, and no command output ever goes in
// (problems are our own sentences, redacted), so a record is safe to publish on a status page.
const ISO_UTC_RE = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?Z$/;
/**
 * A real instant written as ISO-8601 UTC. The shape alone lets `2026-99-99T99:99:99Z` through,
 * and Date.parse rolls `02-30` or `24:00` over into another day, so the fields are read back.
 */
function isIsoInstant(s) {
    const m = ISO_UTC_RE.exec(s);
    if (!m)
        return false;
    const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number);
    const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
    return (t.getUTCFullYear() === y &&
        t.getUTCMonth() === mo - 1 &&
        t.getUTCDate() === d &&
        t.getUTCHours() === h &&
        t.getUTCMinutes() === mi &&
        t.getUTCSeconds() === sec);
}
const isoUtc = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().refine(isIsoInstant, 'an ISO-8601 UTC instant (YYYY-MM-DDTHH:MM:SSZ) that exists');
const checkRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1),
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['verify', 'drill']),
    site: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(_backup_id_js__WEBPACK_IMPORTED_MODULE_1__/* .SITE_RE */ .AY),
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    backup: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(_backup_id_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKUP_ID_RE */ .nM),
    at: isoUtc,
    ok: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** One line: "3 objects, sha256 ok" or "12 tables, 3,400 rows, check passed". */
    summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(500),
    /** At most 10 problems, each at most 300 characters. */
    problems: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().max(300)).max(10).default([]),
    durationMs: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().optional(),
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
    runUrl: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
function serializeCheckRecord(r) {
    return JSON.stringify(checkRecordSchema.parse(r), null, 2) + '\n';
}
/** The record, or undefined when the text is not a format 1 check record (never throws: a report reads it). */
function parseCheckRecord(text) {
    try {
        const r = checkRecordSchema.safeParse(JSON.parse(text));
        return r.success ? r.data : undefined;
    }
    catch {
        return undefined;
    }
}
/** Problems cut to what the schema allows. */
function boundedProblems(problems) {
    return problems.slice(0, 10).map((p) => (p.length > 300 ? `${p.slice(0, 297)}...` : p));
}


/***/ })

};
