// `site-backup report`: the fleet status page (docs/report.md). Reads one or more stores (every
// site in them) or the sites file (its sites, each with its own max-age and retention), and
// writes <out>/index.html (self-contained), <out>/report.json and <out>/summary.md, then puts the same figures in
// the job summary. Reads listings, manifests and check records only, never an archive.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseStore } from '../config/common.js';
import { ConfigError } from '../model/errors.js';
import { mapSource } from '../config/source.js';
import { resolveSecrets, secretSource } from '../fleet/run.js';
import { gatherFleetReport, type ReportSource, type SiteSettings } from '../fleet/report-data.js';
import { renderFleetPage } from '../fleet/report-html.js';
import { fleetReportMarkdown } from '../fleet/report-md.js';
import { redact } from '../report/redact.js';
import { parsePolicy, parseTimeZone } from '../retention/policy.js';
import { DEFAULT_ON_DEMAND_POLICY, DEFAULT_SCHEDULED_POLICY } from '../retention/policy.js';
import { openPlace } from '../formats/index.js';
import { formatBytes } from '../util/bytes.js';
import { formatDuration, parseDuration } from '../util/duration.js';
import type { Io } from '../config/io.js';
import { loadFleet } from './matrix.js';
import { DEFAULT_REPORT_DIR, DEFAULT_REPORT_MAX_AGE } from './report-flags.js';

export { DEFAULT_REPORT_DIR, DEFAULT_REPORT_MAX_AGE, REPORT_FLAGS } from './report-flags.js';

/** The inputs of the store itself; everything else a site sets is not needed to list it. */
const STORE_INPUTS = ['store', 's3-endpoint', 's3-region', 's3-force-path-style', 'format', 'restic-password', 'github-token'] as const;

function maxAge(text: string, input: string): number {
  const ms = parseDuration(text);
  if (ms === undefined || ms <= 0)
    throw new ConfigError(input, `"${text}" is not a duration`, 'Write a number and a unit, such as `26h` or `3d`.');
  return ms;
}

function settingsFrom(values: Record<string, string | undefined>, fallback?: SiteSettings, where = ''): SiteSettings {
  const at = (name: string) => (where ? `${name} (${where})` : name);
  return {
    maxAgeMs: values['max-age']
      ? maxAge(values['max-age'], at('max-age'))
      : (fallback?.maxAgeMs ?? maxAge(DEFAULT_REPORT_MAX_AGE, 'max-age')),
    scheduled: values.retention
      ? parsePolicy(values.retention, at('retention'))
      : (fallback?.scheduled ?? parsePolicy(DEFAULT_SCHEDULED_POLICY)),
    onDemand: values['retention-on-demand']
      ? parsePolicy(values['retention-on-demand'], at('retention-on-demand'))
      : (fallback?.onDemand ?? parsePolicy(DEFAULT_ON_DEMAND_POLICY, 'retention-on-demand')),
    timeZone: values['retention-timezone']
      ? parseTimeZone(values['retention-timezone'], at('retention-timezone'))
      : (fallback?.timeZone ?? 'UTC'),
  };
}

export interface ReportCommandOptions {
  now?: () => Date;
}

export interface ReportCommandResult {
  page: string;
  sites: number;
  durationMs: number;
}

/** `site-backup report [--store a,b | --sites sites.yml] [--out dir]`. */
export async function reportCommand(io: Io, flags: Record<string, string>, opts: ReportCommandOptions = {}): Promise<ReportCommandResult> {
  const started = Date.now();
  const defaults = settingsFrom(flags);
  const sources: ReportSource[] = [];
  if (flags.store) {
    const stores = flags.store
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (stores.length === 0)
      throw new ConfigError('store', 'is empty', 'Name one or more stores, comma-separated: `--store s3://backups/sites,./site-backups`.');
    for (const text of stores) {
      const spec = parseStore(mapSource({ ...flags, store: text }), io.cwd);
      sources.push({ label: redact(text), open: () => openPlace(spec, io.log, io.env), defaults });
    }
  } else {
    const { targets } = await loadFleet(io);
    const lookup = secretSource(io.env);
    // One source per distinct store, so 1,000 sites in one bucket open it once.
    const byStore = new Map<string, ReportSource & { targets: NonNullable<ReportSource['targets']> }>();
    for (const t of targets) {
      const secrets = resolveSecrets(t, lookup).inputs;
      for (const v of Object.values(secrets)) io.log.setSecret(v);
      const values: Record<string, string> = { store: t.store, ...t.inputs, ...secrets };
      const storeValues = Object.fromEntries(STORE_INPUTS.filter((k) => values[k] !== undefined).map((k) => [k, values[k]!]));
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
        settings: { ...settingsFrom(t.inputs, defaults, t.id), platform: t.platform },
      });
    }
    sources.push(...byStore.values());
  }
  const report = await gatherFleetReport(sources, (opts.now ?? (() => new Date()))());
  const out = path.resolve(io.cwd, flags.out || DEFAULT_REPORT_DIR);
  await mkdir(out, { recursive: true });
  const html = renderFleetPage(report, flags.title || undefined);
  const page = path.join(out, 'index.html');
  await writeFile(page, html);
  await writeFile(path.join(out, 'report.json'), JSON.stringify(report) + '\n');
  const durationMs = Date.now() - started;
  io.log.info(
    `${page}: ${report.sites.length} sites, ${formatBytes(Buffer.byteLength(html))}, ${report.manifestsRead} manifests read, in ${formatDuration(durationMs)}`,
  );
  io.setOutput('page', page);
  io.setOutput(
    'stale',
    report.sites
      .filter((s) => s.status !== 'fresh' && s.status !== 'due')
      .map((s) => `${s.site}/${s.environment}`)
      .join(','),
  );
  const md = fleetReportMarkdown(report, flags['page-url'] || undefined);
  // Also a file, so a workflow can append it to the job summary without the log lines.
  await writeFile(path.join(out, 'summary.md'), md);
  await io.summary(md);
  return { page, sites: report.sites.length, durationMs };
}

/** The report's flags beyond the sites file (`--sites`). */
