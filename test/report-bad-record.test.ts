import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../src/commands/report.js';
import type { FleetReport } from '../src/fleet/report-data.js';
import { renderFleetPage } from '../src/fleet/report-html.js';
import { fleetReportMarkdown } from '../src/fleet/report-md.js';
import { isIsoInstant, parseCheckRecord } from '../src/model/check-record.js';
import { fabricateFleet, type FleetSite } from './helpers/fleet-fixture.js';
import { testIo } from './helpers/io.js';
import { tempDir } from './helpers/tmp.js';

// One bad check record must not blank the fleet report (issue 19): a record whose time is no
// time is refused when read, and a site the renderer trips on anyway shows so on its own row
// while every other site is still on the page and in the summary.

const NOW = new Date('2026-11-30T12:00:00Z');
const BAD_AT = '2026-99-99T99:99:99Z';
let root: string;
let fleet: FleetSite[];

beforeAll(async () => {
  root = await tempDir('sba-bad-record-');
  fleet = await fabricateFleet(path.join(root, 'store'), 4, NOW, 3);
});

describe('check record times', () => {
  it.each([
    BAD_AT,
    '2026-02-30T00:00:00Z',
    '2026-02-28T24:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-01-01T00:60:00Z',
    '2026-01-01 00:00:00Z',
    '2026-01-01T00:00:00+01:00',
  ])('refuses %s', (at) => {
    expect(isIsoInstant(at)).toBe(false);
  });

  it.each(['2026-11-30T12:00:00Z', '2028-02-29T23:59:59.123Z'])('takes %s', (at) => {
    expect(isIsoInstant(at)).toBe(true);
  });
});

describe('a bad drill record in the store', () => {
  it('degrades its own site only: the page and summary are written with every site', async () => {
    // site-000 is the only one of the first four with a drill record (every third site).
    const dir = path.join(root, 'store', fleet[0]!.site, fleet[0]!.environment);
    const ids = (await readdir(dir)).sort();
    const file = path.join(dir, ids[ids.length - 1]!, 'last-drill.json');
    const rec = JSON.parse(await readFile(file, 'utf8')) as { at: string };
    rec.at = BAD_AT;
    await writeFile(file, JSON.stringify(rec));
    expect(parseCheckRecord(JSON.stringify(rec))).toBeUndefined();

    const out = path.join(root, 'page');
    const io = testIo({}, {}, root);
    await reportCommand(io, { store: path.join(root, 'store'), out }, { now: () => NOW });
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as FleetReport;
    const listed = fleet.filter((s) => s.kind !== 'empty');
    expect(report.sites.map((s) => s.site).sort()).toEqual(listed.map((s) => s.site).sort());
    const bad = report.sites.find((s) => s.site === fleet[0]!.site)!;
    expect(bad.drill).toBeUndefined();
    expect(bad.attention).toContain(`${ids[ids.length - 1]}/last-drill.json is not a check record of this backup`);
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    for (const s of listed) expect(html).toContain(`<b>${s.site}</b>`);
  });
});

describe('the render boundary of a site', () => {
  it('a record the renderer cannot show marks that site, and every other site is rendered', async () => {
    const out = path.join(root, 'page-boundary');
    await reportCommand(testIo({}, {}, root), { store: path.join(root, 'store'), out }, { now: () => NOW });
    const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as FleetReport;
    // As an older reader would have let it through.
    const victim = report.sites[1]!;
    victim.verify = { ...victim.verify!, at: BAD_AT };

    const html = renderFleetPage(report);
    for (const s of report.sites) expect(html).toContain(`<b>${s.site}</b>`);
    const row = html.split('\n').find((l) => l.includes(`<b>${victim.site}</b>`))!;
    expect(row).toContain('class="site s-error"');
    expect(row).toContain(`cannot show this site: the verify record&#39;s time &quot;${BAD_AT}&quot; is not a time`);
    const bodies = JSON.parse(
      /<script type="application\/json" id="bodies">([^]*?)<\/script>/.exec(html)![1]!.replace(/<\\\//g, '</'),
    ) as string[];
    expect(bodies[1]).toContain('<h3>Cannot show this site</h3>');
    expect(bodies.filter((b) => b.includes('Cannot show this site'))).toHaveLength(1);

    const md = fleetReportMarkdown(report);
    const rows = md.split('\n').filter((l) => /^\| (🔴|🟡|🟢) \|/.test(l));
    expect(rows).toHaveLength(report.sites.length);
    expect(rows.find((l) => l.includes(victim.site))).toContain(
      `cannot show this site: the verify record's time "${BAD_AT}" is not a time`,
    );
  });
});
