import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../src/commands/report.js';
import type { FleetReport } from '../src/fleet/report-data.js';
import { CHROMIUM, launchChromium, type Browser } from './helpers/chromium.js';
import { fabricateFleet } from './helpers/fleet-fixture.js';
import { testIo } from './helpers/io.js';
import { describeWithTools } from './helpers/requires.js';
import { tempDir } from './helpers/tmp.js';

// The report at fleet scale: 1,000 sites of 22 backups each (22,000 manifests in the store), read
// and rendered by the real command from a local store, then opened in headless Chromium. The
// times go to .tmp/artifacts/report-1000.txt and the test log, with the CPU time and the load
// beside the wall time (a shared 2-core machine); the bounds are loose on purpose, they catch
// minutes, not a slow neighbour.

const NOW = new Date('2026-11-30T12:00:00Z');
const SITES = 1000;
const ARTIFACTS = path.resolve('.tmp/artifacts');
let root: string;
let out: string;
let renderMs: number;
let pageBytes: number;
const notes: string[] = [];

beforeAll(async () => {
  root = await tempDir('sba-report-scale-');
  out = path.join(root, 'page');
  const t0 = Date.now();
  await fabricateFleet(path.join(root, 'store'), SITES, NOW);
  notes.push(`fabricated ${SITES} sites in ${Date.now() - t0} ms`);
  const t1 = Date.now();
  const cpu = process.cpuUsage();
  await reportCommand(testIo({}, {}, root), { store: path.join(root, 'store'), out }, { now: () => NOW });
  renderMs = Date.now() - t1;
  const used = process.cpuUsage(cpu);
  // Wall time on a shared machine depends on the neighbours; CPU time and load say how much.
  notes.push(
    `CPU time of the report: ${Math.round((used.user + used.system) / 1000)} ms (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
  );
  pageBytes = (await stat(path.join(out, 'index.html'))).size;
  notes.push(
    `report of ${SITES} sites (list, read manifests and records, render, write): ${renderMs} ms; index.html ${(pageBytes / 1e6).toFixed(1)} MB`,
  );
});

afterAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(path.join(ARTIFACTS, 'report-1000.txt'), notes.join('\n') + '\n');
  console.log(notes.join('\n'));
});

describe(`site-backup report on ${SITES} sites`, () => {
  it('reads every site from manifests alone, in seconds', async () => {
    const r = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as FleetReport;
    expect(r.sites).toHaveLength(SITES - 1); // the `empty` site has no backup
    expect(r.manifestsRead).toBe((SITES - 1) * 22 - 0);
    expect(renderMs).toBeLessThan(60_000);
  });
});

describeWithTools(`site-backup report on ${SITES} sites in headless Chromium`, CHROMIUM ? [] : ['chromium'], () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads without a console error, and filtering stays quick', async () => {
    const t0 = Date.now();
    await browser.open(pathToFileURL(path.join(out, 'index.html')).href);
    const loadMs = Date.now() - t0;
    expect(browser.problems).toEqual([]);
    const filter = await browser.evaluate<{ shown: string; ms: number }>(`(() => {
      const t = performance.now();
      const q = document.getElementById('q'); q.value = 'site-99'; q.dispatchEvent(new Event('input'));
      return { shown: document.getElementById('shown').textContent, ms: performance.now() - t };
    })()`);
    expect(filter.shown).toBe(`10 of ${SITES - 1} shown`);
    // A site's body is put into the page when it is first opened (on its 'toggle' event).
    const opened = await browser.evaluate<{ charts: number; rows: number; ms: number }>(`new Promise((done) => {
      const t = performance.now();
      const d = document.querySelector('details[data-name="site-998/production"]');
      d.addEventListener('toggle', () => done({ charts: d.querySelectorAll('svg[aria-label="Size over time"] polyline').length, rows: d.querySelectorAll('table tr').length, ms: performance.now() - t }), { once: true });
      d.open = true;
    })`);
    expect(opened.charts).toBe(2);
    expect(opened.rows).toBeGreaterThan(10);
    notes.push(
      `chromium: page loaded in ${loadMs} ms; a name filter over ${SITES - 1} sites took ${filter.ms.toFixed(1)} ms; opening a site took ${opened.ms.toFixed(1)} ms`,
    );
    expect(loadMs).toBeLessThan(60_000);
  });
});
