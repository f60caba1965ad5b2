import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { REPORT_FLAGS, reportCommand } from '../src/commands/report.js';
import { loadYaml } from './examples-lib.js';
import type { FleetReport, SiteView } from '../src/fleet/report-data.js';
import { CHROMIUM, launchChromium, type Browser } from './helpers/chromium.js';
import { fabricateFleet, type FleetSite } from './helpers/fleet-fixture.js';
import { testIo } from './helpers/io.js';
import { describeWithTools } from './helpers/requires.js';
import { tempDir } from './helpers/tmp.js';

// The fleet status page on a fabricated fleet of 50 sites (fresh, due, stale, incomplete,
// failed-verify and encrypted), rendered by the real command and opened in Debian's headless
// Chromium. The screenshot is kept as an artifact of the run: .tmp/artifacts/report-page.png.

const NOW = new Date('2026-11-30T12:00:00Z');
const ARTIFACTS = path.resolve('.tmp/artifacts');
let root: string;
let storeRoot: string;
let out: string;
let fleet: FleetSite[];
let report: FleetReport;
let summary: string;

const siteOf = (kind: FleetSite['kind']) => fleet.find((s) => s.kind === kind)!;
const view = (s: FleetSite): SiteView => report.sites.find((v) => v.site === s.site && v.environment === s.environment)!;

beforeAll(async () => {
  root = await tempDir('sba-report-');
  storeRoot = path.join(root, 'store');
  out = path.join(root, 'page');
  fleet = await fabricateFleet(storeRoot, 50, NOW);
  const io = testIo({}, {}, root);
  await reportCommand(io, { store: storeRoot, out }, { now: () => NOW });
  report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as FleetReport;
  summary = io.summaries.join('\n');
});

describe('site-backup report: the figures', () => {
  it('every site with backups is on the page, each with its freshness against max-age (26h by default)', () => {
    // The `empty` site has a folder but no backup: a store alone cannot know it (a sites file can).
    expect(report.sites).toHaveLength(49);
    expect(view(siteOf('stale'))).toMatchObject({ status: 'stale', ageMs: 96 * 3_600_000, maxAgeMs: 26 * 3_600_000 });
    expect(view(siteOf('due')).status).toBe('due');
    expect(view(siteOf('fresh')).status).toBe('fresh');
    expect(report.counts).toEqual({ fresh: 47, due: 1, stale: 1, missing: 0, error: 0 });
  });

  it('components with stored and content bytes, from the newest manifest; encryption shown', () => {
    const enc = view(siteOf('encrypted'));
    expect(enc.encrypted).toBe(true);
    expect(enc.components.map((c) => [c.name, c.object, c.encryption])).toEqual([
      ['code', 'code.tar.zst.age', 'age'],
      ['assets', 'assets.tar.zst.age', 'age'],
      ['data', 'data.tar.zst.age', 'age'],
    ]);
    const fresh = view(siteOf('fresh'));
    expect(fresh.encrypted).toBe(false);
    expect(fresh.newest!.stored).toBe(fresh.components.reduce((n, c) => n + c.stored, 0));
    expect(fresh.newest!.content).toBe(fresh.components.reduce((n, c) => n + c.content, 0));
    expect(fresh.newest!.content).toBeGreaterThan(fresh.newest!.stored);
  });

  it('retention says which backups are kept and by which rule (the prune planner, divio preset)', () => {
    const v = view(siteOf('fresh'));
    const scheduled = v.backups.filter((b) => b.class === 'scheduled');
    expect(scheduled).toHaveLength(20);
    expect(scheduled[0]!.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^daily 2026-11-30$/)]));
    // daily=7 keeps the newest 7 nights; weekly and monthly keep a few older ones; the rest go.
    expect(scheduled.slice(0, 7).every((b) => b.keep)).toBe(true);
    expect(scheduled.some((b) => !b.keep)).toBe(true);
    expect(
      v.backups
        .filter((b) => b.class === 'on-demand')
        .every((b) => b.keep && b.reasons.some((r) => r.startsWith('within 30d') || r === 'last')),
    ).toBe(true);
  });

  it('incomplete backups, the last verify and drill, and what needs attention', () => {
    const inc = view(siteOf('incomplete'));
    expect(inc.backups.filter((b) => !b.complete)).toHaveLength(1);
    expect(inc.attention).toContain('1 incomplete backup');
    const failed = view(siteOf('failed-verify'));
    expect(failed.verify).toMatchObject({ ok: false, summary: '1 damaged' });
    expect(failed.attention.some((a) => /^verify of .* failed$/.test(a))).toBe(true);
    expect(view(siteOf('stale')).drill).toMatchObject({ ok: true });
    expect(report.manifestsRead).toBe(49 * 22);
  });

  it('the same figures go into the job summary as Markdown, sites that need attention first', () => {
    expect(summary).toMatch(/^## Fleet backups: 49 sites/);
    expect(summary).toContain('🟢 47 fresh · 🟡 1 due soon · 🔴 1 stale');
    const rows = summary.split('\n').filter((l) => l.startsWith('| 🔴') || l.startsWith('| 🟡') || l.startsWith('| 🟢'));
    expect(rows).toHaveLength(49);
    expect(rows.slice(0, 6).join('\n')).toContain(siteOf('stale').site);
    expect(rows.find((r) => r.includes(siteOf('failed-verify').site))).toMatch(/\*\*FAILED\*\*/);
    expect(rows.find((r) => r.includes(siteOf('encrypted').site))).toContain('🔒');
  });

  it('the page is self-contained: no URL it could fetch, a CSP that forbids fetching', async () => {
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    // Script runs only by its hash: no 'unsafe-inline' script, and no <base> can move the links.
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!;
    const script = /<script>([^]*?)<\/script>/.exec(html)![1]!;
    expect(csp).toBe(
      `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'; img-src data:; base-uri 'none'; form-action 'none'`,
    );
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(html.match(/<script>/g)).toHaveLength(1);
    // The sites' bodies travel as JSON strings (put into the page when a site is opened): the
    // same checks on them as markup, and nothing in them can end their script block.
    const block = /<script type="application\/json" id="bodies">([^]*?)<\/script>/.exec(html)![1]!;
    expect(block).not.toMatch(/<[/!]/);
    const bodies = JSON.parse(block) as string[];
    expect(bodies).toHaveLength(49);
    for (const page of [html, ...bodies]) {
      expect(page).not.toMatch(/\b(src|href)=["'](https?:)?\/\//);
      expect(page).not.toMatch(/@import|url\(/);
    }
  });

  it('a sites file: each site its own max-age, and a site without any backup shows as missing', async () => {
    const stale = siteOf('stale');
    const fresh = siteOf('fresh');
    await writeFile(
      path.join(root, 'sites.yml'),
      [
        'defaults:',
        `  store: ${storeRoot}`,
        'sites:',
        `  - { site: ${stale.site}, environment: ${stale.environment}, platform: ssh, inputs: { max-age: 7d, ssh-host: h.example, ssh-user: u } }`,
        `  - { site: ${fresh.site}, environment: ${fresh.environment}, platform: ssh, inputs: { max-age: 3h30m, ssh-host: h.example, ssh-user: u } }`,
        '  - { site: newcomer, platform: ssh, inputs: { ssh-host: h.example, ssh-user: u } }',
        // A store that cannot be listed (a file where the site's folder should be): its row says so.
        `  - { site: broken, platform: ssh, store: ${path.join(root, 'other-store')}, inputs: { ssh-host: h.example, ssh-user: u } }`,
        '',
      ].join('\n'),
    );
    await mkdir(path.join(root, 'other-store', 'broken'), { recursive: true });
    await writeFile(path.join(root, 'other-store', 'broken', 'production'), 'not a folder');
    const io = testIo({ sites: 'sites.yml' }, {}, root);
    const r = await reportCommand(io, { out: 'page-sites' }, { now: () => NOW });
    const got = (JSON.parse(await readFile(path.join(root, 'page-sites', 'report.json'), 'utf8')) as FleetReport).sites.map((s) => [
      s.site,
      s.status,
      s.platform,
    ]);
    expect(r.sites).toBe(4);
    expect(got).toEqual([
      ['broken', 'error', 'ssh'],
      ['newcomer', 'missing', 'ssh'],
      [stale.site, 'fresh', 'ssh'], // 4 days old against 7 days
      [fresh.site, 'due', 'ssh'], // 3 h old against 3h30m: past three quarters
    ]);
    expect(io.outputs.stale).toBe('broken/production,newcomer/production');
    expect(io.summaries[0]).toMatch(/\| 🔴 \| broken \| production \| cannot list: ENOTDIR/);
  });

  it('the CLI writes the page and prints the summary; a bad max-age names the flag', async () => {
    const dir = path.join(root, 'cli-page');
    const cwd = process.cwd();
    expect(await main(['report', '--store', storeRoot, '--out', dir])).toBe(0);
    expect((await readFile(path.join(dir, 'index.html'), 'utf8')).length).toBeGreaterThan(10_000);
    expect(await main(['report', '--store', storeRoot, '--out', dir, '--max-age', 'soon'])).toBe(1);
    expect(process.cwd()).toBe(cwd);
  });
});

describe('the fleet-report example workflow', () => {
  it('runs the report with flags the CLI has, after the fleet backup, and deploys the folder it writes', () => {
    const doc = loadYaml('workflows-examples/fleet-report.yml') as {
      on: Record<string, { workflows?: string[] }>;
      jobs: Record<string, { needs?: string; steps: { run?: string; uses?: string; with?: Record<string, string> }[] }>;
    };
    expect(doc.on.workflow_run!.workflows).toEqual([(loadYaml('workflows-examples/fleet-backup.yml') as { name: string }).name]);
    const run = doc.jobs.report!.steps.find((s) => s.run?.includes(' report '))!.run!;
    const flags = [...run.matchAll(/ --([a-z-]+)/g)].map((m) => m[1]!);
    expect(flags.filter((f) => f !== 'sites' && !(f in REPORT_FLAGS))).toEqual([]);
    const outDir = /--out (\S+)/.exec(run)![1];
    expect(doc.jobs.report!.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))!.with!.path).toBe(outDir);
    expect(run).toContain(`cat ${outDir}/summary.md >> "$GITHUB_STEP_SUMMARY"`);
    expect(doc.jobs.deploy!.needs).toBe('report');
    expect(doc.jobs.deploy!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});

describeWithTools('site-backup report: the page in headless Chromium', CHROMIUM ? [] : ['chromium'], () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const url = () => pathToFileURL(path.join(out, 'index.html')).href;

  it('loads with no console error, exception or blocked request; every site listed', async () => {
    await browser.open(url());
    expect(browser.problems).toEqual([]);
    expect(await browser.evaluate<number>(`document.querySelectorAll('#sites > details').length`)).toBe(49);
    expect(await browser.evaluate<string>(`document.getElementById('shown').textContent`)).toBe('49 of 49 shown');
  });

  it('shows the stale site as stale: red dot, red age, "stale" label', async () => {
    const s = siteOf('stale');
    const got = await browser.evaluate<{ status: string; label: string; dot: string; age: string; ageColor: string }>(`(() => {
      const d = document.querySelector('details[data-name="${s.site}/${s.environment}"]');
      return { status: d.dataset.status, label: d.querySelector('.st').textContent, dot: getComputedStyle(d.querySelector('.dot')).backgroundColor,
        age: d.querySelector('.age').textContent, ageColor: getComputedStyle(d.querySelector('.age')).color };
    })()`);
    expect(got).toEqual({ status: 'stale', label: 'stale', dot: 'rgb(207, 34, 46)', age: '4d0h / 26h0m', ageColor: 'rgb(207, 34, 46)' });
    const fresh = siteOf('fresh');
    expect(
      await browser.evaluate<string>(
        `getComputedStyle(document.querySelector('details[data-name="${fresh.site}/${fresh.environment}"] .dot')).backgroundColor`,
      ),
    ).toBe('rgb(26, 127, 55)');
  });

  it('filters by name and by status, and reads the filter from the address', async () => {
    const visible = `[...document.querySelectorAll('#sites > details')].filter((d) => !d.hidden).map((d) => d.dataset.name)`;
    const byName = await browser.evaluate<string[]>(
      `(() => { const q = document.getElementById('q'); q.value = 'SITE-01'; q.dispatchEvent(new Event('input')); return ${visible}; })()`,
    );
    expect(byName).toEqual(fleet.filter((s) => s.site.startsWith('site-01')).map((s) => `${s.site}/${s.environment}`));
    expect(await browser.evaluate<string>(`document.getElementById('shown').textContent`)).toBe('10 of 49 shown');
    const stale = siteOf('stale');
    const byStatus = await browser.evaluate<
      string[]
    >(`(() => { const q = document.getElementById('q'); q.value = ''; q.dispatchEvent(new Event('input'));
      const s = document.getElementById('status'); s.value = 'stale'; s.dispatchEvent(new Event('change')); return ${visible}; })()`);
    expect(byStatus).toEqual([`${stale.site}/${stale.environment}`]);
    expect(await browser.evaluate<string>('location.hash')).toBe('#status=stale');
    const attention = await browser.evaluate<string[]>(
      `(() => { const s = document.getElementById('status'); s.value = 'attention'; s.dispatchEvent(new Event('change')); return ${visible}; })()`,
    );
    expect(attention.sort()).toEqual(
      fleet
        .filter((s) => ['stale', 'due', 'incomplete', 'failed-verify'].includes(s.kind))
        .map((s) => `${s.site}/${s.environment}`)
        .sort(),
    );
    // A tile is a one-click status filter.
    const tile = await browser.evaluate<string[]>(
      `(() => { document.querySelector('.tile[data-status="due"]').click(); return ${visible}; })()`,
    );
    expect(tile).toEqual([`${siteOf('due').site}/${siteOf('due').environment}`]);
    // A shared link opens filtered.
    await browser.open(`${url()}#status=stale`);
    expect(await browser.evaluate<string>(`document.getElementById('shown').textContent`)).toBe('1 of 49 shown');
    expect(browser.problems).toEqual([]);
  });

  it('the sites-file page, with a missing and an unlistable site, loads cleanly too', async () => {
    await browser.open(pathToFileURL(path.join(root, 'page-sites', 'index.html')).href);
    expect(browser.problems).toEqual([]);
    const rows = await browser.evaluate<string[][]>(
      `[...document.querySelectorAll('#sites > details')].map((d) => [d.dataset.name, d.querySelector('.age').textContent])`,
    );
    expect(rows.slice(0, 2)).toEqual([
      ['broken/production', 'cannot list'],
      ['newcomer/production', 'no backup'],
    ]);
  });

  it('takes a screenshot: the "needs attention" view with the stale and failed-verify sites open (kept in .tmp/artifacts)', async () => {
    // The view a person opens in the morning: only what needs attention, two problems unfolded.
    await browser.open(`${url()}#status=attention`, { width: 1500, height: 1300 });
    const failed = siteOf('failed-verify');
    const stale = siteOf('stale');
    // A site's body is put in on its first 'toggle' (captured on the list, so before the
    // site's own listener below runs): wait for those events, not for time.
    const charts = await browser.evaluate<number>(`(async () => {
      await Promise.all(['${stale.site}/${stale.environment}', '${failed.site}/${failed.environment}'].map((n) => new Promise((opened) => {
        const d = document.querySelector('details[data-name="' + n + '"]');
        d.addEventListener('toggle', opened, { once: true });
        d.open = true;
      })));
      return document.querySelectorAll('details[open] svg[aria-label="Size over time"] polyline').length;
    })()`);
    expect(charts).toBe(4);
    const png = await browser.screenshot();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(path.join(ARTIFACTS, 'report-page.png'), png);
    expect(browser.problems).toEqual([]);
  });
});
