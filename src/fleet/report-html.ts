// The fleet status page: one self-contained HTML file (inline CSS, inline SVG charts, a few lines
// of inline JavaScript for the filters, allowed by its hash) that makes no request at all, which its
// Content Security Policy enforces: it can be published as it is, opened from disk, or attached to a run.
// Every site is a <details> element: the list stays one line per site however big the fleet is.
// A site's charts and tables are rendered here but kept as strings in one JSON block, and put
// into the page when the site is first opened: 1,000 sites would otherwise be ~12 MB of markup
// for the browser to parse into DOM before the page answers, for bodies few people open.
import { createHash } from 'node:crypto';
import { formatBytes } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';
import { needsAttention, recordAgeMs, STATUSES, type BackupView, type FleetReport, type Freshness, type SiteView } from './report-data.js';
import type { CheckRecord } from '../model/check-record.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const utc = (t: number | string) =>
  new Date(typeof t === 'string' ? Date.parse(t) : t)
    .toISOString()
    .replace('T', ' ')
    .replace(/:\d\d\.\d{3}Z$/, 'Z');

export const STATUS_LABEL: Record<Freshness, string> = {
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
export const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'; img-src data:; base-uri 'none'; form-action 'none'`;

function ageText(s: SiteView): string {
  if (s.status === 'error') return 'cannot list';
  if (s.ageMs === undefined) return 'no backup';
  return `${formatDuration(s.ageMs)} / ${formatDuration(s.maxAgeMs)}`;
}

function checkBadge(kind: string, r: CheckRecord | undefined, now: number): string {
  if (!r) return `<span class="muted">${kind}: never</span>`;
  return `<span class="badge ${r.ok ? 'b-ok' : 'b-bad'}" title="${esc(`${r.backup}: ${r.summary}`)}">${kind} ${r.ok ? 'ok' : 'FAILED'}</span><span class="muted">${esc(formatDuration(recordAgeMs(r, now)))} ago</span>`;
}

const W = 560;
const H = 150;
const PAD = { l: 56, r: 8, t: 8, b: 22 };

/** Stored and content bytes of the complete backups over time, as two lines. */
export function sizeChart(backups: readonly BackupView[]): string {
  const pts = backups
    .filter((b) => b.complete)
    .slice()
    .reverse();
  if (pts.length === 0) return '<p class="muted">No complete backup to chart.</p>';
  const t0 = pts[0]!.time;
  const t1 = Math.max(pts[pts.length - 1]!.time, t0 + 1);
  const top = Math.max(1, ...pts.map((b) => Math.max(b.stored, b.content ?? 0)));
  const x = (t: number) => (PAD.l + ((t - t0) / (t1 - t0)) * (W - PAD.l - PAD.r)).toFixed(1);
  const y = (v: number) => (H - PAD.b - (v / top) * (H - PAD.t - PAD.b)).toFixed(1);
  const line = (get: (b: BackupView) => number | undefined) =>
    pts
      .filter((b) => get(b) !== undefined)
      .map((b) => `${x(b.time)},${y(get(b)!)}`)
      .join(' ');
  const dots = pts
    .map(
      (b) =>
        `<circle cx="${x(b.time)}" cy="${y(b.stored)}" r="2.5" fill="#0969da"><title>${esc(`${b.id}: ${formatBytes(b.stored)} stored${b.content !== undefined ? `, ${formatBytes(b.content)} content` : ''}`)}</title></circle>`,
    )
    .join('');
  return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Size over time">
<line x1="${PAD.l}" y1="${H - PAD.b}" x2="${W - PAD.r}" y2="${H - PAD.b}" stroke="#d0d7de"/><line x1="${PAD.l}" y1="${PAD.t}" x2="${PAD.l}" y2="${H - PAD.b}" stroke="#d0d7de"/>
<text x="${PAD.l - 4}" y="${PAD.t + 8}" text-anchor="end">${esc(formatBytes(top))}</text><text x="${PAD.l - 4}" y="${H - PAD.b}" text-anchor="end">0</text>
<text x="${PAD.l}" y="${H - 6}">${esc(utc(t0).slice(0, 10))}</text><text x="${W - PAD.r}" y="${H - 6}" text-anchor="end">${esc(utc(t1).slice(0, 10))}</text>
<polyline points="${line((b) => b.content)}" fill="none" stroke="#8250df" stroke-dasharray="4 3"/>
<polyline points="${line((b) => b.stored)}" fill="none" stroke="#0969da" stroke-width="1.5"/>${dots}
<text x="${(W + PAD.l) / 2}" y="${H - 6}" text-anchor="middle"><tspan fill="#0969da">— stored</tspan>  <tspan fill="#8250df">- - content</tspan></text></svg>`;
}

/** Every backup on a time line: kept (filled), removed at the next prune (hollow), incomplete (cross). */
export function retentionStrip(backups: readonly BackupView[]): string {
  if (backups.length === 0) return '';
  const times = backups.map((b) => b.time);
  const t0 = Math.min(...times);
  const t1 = Math.max(...times, t0 + 1);
  const x = (t: number) => PAD.l + ((t - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
  const marks = backups
    .map((b) => {
      const cx = x(b.time).toFixed(1);
      const cy = b.class === 'on-demand' ? 26 : 14;
      const title = `<title>${esc(`${b.id}: ${b.keep ? 'kept' : 'removed at the next prune'}${b.reasons.length ? ` (${b.reasons.join(', ')})` : ''}`)}</title>`;
      if (!b.complete) return `<path class="inc" d="M${Number(cx) - 4},${cy - 4}l8,8m0,-8l-8,8">${title}</path>`;
      return `<circle class="${b.keep ? 'keep' : 'drop'}" cx="${cx}" cy="${cy}" r="4">${title}</circle>`;
    })
    .join('');
  return `<svg viewBox="0 0 ${W} 40" width="${W}" height="40" role="img" aria-label="Retention timeline"><text x="0" y="17">scheduled</text><text x="0" y="29">on demand</text>${marks}</svg>`;
}

function checkBlock(title: string, r: CheckRecord | undefined): string {
  if (!r) return `<h3>${title}</h3><p class="muted">Never run, or run where the store keeps no records.</p>`;
  const problems = r.problems.length ? `<ul class="problems">${r.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>` : '';
  const run = r.runUrl && /^https:\/\//.test(r.runUrl) ? ` · <a href="${esc(r.runUrl)}">run</a>` : '';
  return `<h3>${title}</h3><p><span class="badge ${r.ok ? 'b-ok' : 'b-bad'}">${r.ok ? 'ok' : 'FAILED'}</span> <code>${esc(r.backup)}</code> at ${esc(utc(r.at))}${run}<br>${esc(r.summary)}</p>${problems}`;
}

/** Where the same backup is in several stores (copies): which hold it. */
function heldBy(b: BackupView): string {
  return b.heldBy ? ` Held by ${b.heldBy.map((h) => `<code>${esc(h)}</code>`).join(', ')}.` : '';
}

/** A backup's Object Lock, as `governance until 2027-01-03`. */
function lockBadge(b: BackupView): string {
  return b.lock
    ? ` <span class="badge b-lock" title="${esc(`Object Lock until ${utc(b.lock.until)}`)}">${esc(`${b.lock.mode} until ${b.lock.until.slice(0, 10)}`)}</span>`
    : '';
}

/** What Object Lock keeps past the retention policy: the backups the next prune cannot delete yet. */
function heldByLockBlock(s: SiteView, now: number): string {
  const h = s.heldByLock;
  if (!h) return '';
  const rows = s.backups
    .filter((b) => !b.keep && b.lock && Date.parse(b.lock.until) > now)
    .map((b) => `<tr><td><code>${esc(b.id)}</code></td><td class="n">${formatBytes(b.stored)}</td><td>${lockBadge(b)}</td></tr>`)
    .join('');
  return `<p>${h.backups} ${h.backups === 1 ? 'backup' : 'backups'} (${esc(formatBytes(h.bytes))}) held by Object Lock past the retention policy.</p><table><tr><th>held backup</th><th class="n">stored</th><th>lock</th></tr>${rows}</table>`;
}

function siteBody(s: SiteView, now: number): string {
  if (s.status === 'error')
    return `<div class="body"><div><h3>Listing failed</h3><ul class="problems"><li>${esc(s.error ?? '')}</li></ul><p class="muted">Store: ${esc(s.store)}</p></div></div>`;
  const parts: string[] = [];
  const newest = s.newest
    ? `<p>Newest complete backup <code>${esc(s.newest.id)}</code>, ${esc(utc(s.newest.time))}, ${esc(formatDuration(s.ageMs ?? 0))} old; max-age ${esc(formatDuration(s.maxAgeMs))}.${heldBy(s.newest)}</p>`
    : `<p class="problems">No complete backup.</p>`;
  const comps = s.components.length
    ? `<table><tr><th>component</th><th>object</th><th class="n">stored</th><th class="n">content</th><th class="n">files</th><th>encryption</th></tr>${s.components
        .map(
          (c) =>
            `<tr><td>${esc(c.name)}</td><td><code>${esc(c.object)}</code></td><td class="n">${formatBytes(c.stored)}</td><td class="n">${formatBytes(c.content)}</td><td class="n">${c.files}</td><td>${c.encryption === 'none' ? 'none' : `<span class="badge b-lock">${esc(c.encryption)}</span>`}</td></tr>`,
        )
        .join('')}</table>`
    : '';
  const attention = s.attention.length ? `<ul class="problems">${s.attention.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>` : '';
  const inc = s.backups.filter((b) => !b.complete);
  const incomplete = inc.length
    ? `<table><tr><th>backup</th><th class="n">stored</th><th>prune</th></tr>${inc.map((b) => `<tr><td><code>${esc(b.id)}</code></td><td class="n">${formatBytes(b.stored)}</td><td>${esc(b.reasons.join(', '))}</td></tr>`).join('')}</table>`
    : '<p class="muted">None.</p>';
  // Left: the state of the site; middle: sizes; right: retention (the longest, so last).
  parts.push(
    `<div><h3>Newest backup</h3>${newest}${comps}${attention}<h3>Incomplete backups</h3>${incomplete}${checkBlock('Last verify', s.verify)}${checkBlock('Last restore drill', s.drill)}<p class="muted">Store: ${esc(s.store)}</p></div>`,
  );
  parts.push(`<div><h3>Size over time</h3>${sizeChart(s.backups)}</div>`);
  const kept = s.backups.filter((b) => b.complete && b.keep);
  const dropped = s.backups.filter((b) => b.complete && !b.keep).length;
  parts.push(
    `<div><h3>Retention</h3><p class="muted">Scheduled <code>${esc(s.policy.scheduled)}</code> · on demand <code>${esc(s.policy.onDemand)}</code> · ${esc(s.policy.timeZone)}. ${kept.length} kept${dropped ? `, ${dropped} removed at the next prune` : ''}.</p>${retentionStrip(s.backups)}<table><tr><th>kept backup</th><th class="n">stored</th><th>kept by</th></tr>${kept
      .map(
        (b) =>
          `<tr><td><code>${esc(b.id)}</code></td><td class="n">${formatBytes(b.stored)}</td><td>${esc(b.reasons.join(', '))}${lockBadge(b)}${heldBy(b)}</td></tr>`,
      )
      .join('')}</table>${heldByLockBlock(s, now)}</div>`,
  );
  return `<div class="body">${parts.join('')}</div>`;
}

/**
 * Each site is rendered inside its own boundary: a record the renderer trips on (a date that is
 * no date) shows on that site's row, in red, and every other site is still on the page.
 */
function guarded(render: () => string, fallback: (message: string) => string): string {
  try {
    return render();
  } catch (e) {
    return fallback((e as Error).message || String(e));
  }
}

const rowFallback = (s: SiteView, i: number) => (message: string) =>
  `<details class="site s-error" data-status="${esc(s.status)}" data-name="${esc(`${s.site}/${s.environment}`.toLowerCase())}" data-attention="1" data-i="${i}"><summary class="row"><span class="dot" title="cannot show"></span><span><b>${esc(s.site)}</b></span><span>${esc(s.environment)}</span><span></span><span class="age">cannot show</span><span></span><span></span><span></span><span class="st">cannot show this site: ${esc(message)}</span></summary></details>`;

const bodyFallback = (message: string) =>
  `<div class="body"><div><h3>Cannot show this site</h3><ul class="problems"><li>${esc(message)}</li></ul></div></div>`;

function siteRow(s: SiteView, now: number, i: number): string {
  const flags: string[] = [];
  if (s.encrypted) flags.push('<span class="badge b-lock" title="age-encrypted">encrypted</span>');
  const inc = s.backups.filter((b) => !b.complete).length;
  if (inc) flags.push(`<span class="badge b-bad">${inc} incomplete</span>`);
  if (s.copyStale) flags.push(`<span class="badge b-bad" title="${esc(`behind ${s.copyStale.lead}`)}">copy stale</span>`);
  const size = s.newest
    ? `${formatBytes(s.newest.stored)}${s.newest.content !== undefined ? ` <span class="muted">(${formatBytes(s.newest.content)})</span>` : ''}`
    : '';
  const name = `${s.site}/${s.environment}`.toLowerCase();
  return `<details class="site s-${s.status}" data-status="${s.status}" data-name="${esc(name)}" data-attention="${needsAttention(s) ? 1 : 0}" data-i="${i}"><summary class="row"><span class="dot" title="${STATUS_LABEL[s.status]}"></span><span><b>${esc(s.site)}</b></span><span>${esc(s.environment)}</span><span class="muted">${esc(s.platform ?? '')}</span><span class="age">${esc(ageText(s))}</span><span>${size}</span><span>${checkBadge('verify', s.verify, now)}</span><span>${checkBadge('drill', s.drill, now)}</span><span>${flags.join('')}<span class="st">${STATUS_LABEL[s.status]}</span></span></summary></details>`;
}

/**
 * JSON that is safe inside <script>: no "</script>" or "<!--" can end or change the block. `<\/`
 * is JSON's own escape for "</" (one byte more, where \u003c would be five, on every closing tag).
 */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/<\//g, '<\\/').replace(/<!/g, '\\u003c!');

/** The whole page. Pure: the same report gives the same bytes. */
export function renderFleetPage(r: FleetReport, title = 'Site backups'): string {
  const n = r.sites.length;
  const tiles = STATUSES.map(
    (s) =>
      `<button type="button" class="tile s-${s}" data-status="${s}" aria-pressed="false"><span class="dot"></span> <b>${r.counts[s]}</b>${STATUS_LABEL[s]}</button>`,
  ).join('');
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
<script type="application/json" id="bodies">${scriptJson(r.sites.map((s) => guarded(() => siteBody(s, r.generatedAt), bodyFallback)))}</script>
<script>${SCRIPT}</script></body></html>
`;
}
