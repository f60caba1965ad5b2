// The fixed costs a user pays on every run of the bundled CLI: `--help` (module loading alone)
// and `matrix` over a generated 1,000-site sites file (2,000 targets: parsing and validation).
// Each is timed by GNU time (wall, CPU, peak RSS), median of `runs`.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { timed, type Timed } from './timed.js';

export function fleetSitesFile(sites: number): string {
  const lines = [
    'defaults:',
    '  store: s3://agency-site-backups/sites',
    '  environment: production',
    '  inputs:',
    '    timeout: 90m',
    'sites:',
  ];
  for (let i = 0; i < sites; i++) {
    const n = String(i).padStart(4, '0');
    lines.push(
      `  - site: site-${n}`,
      '    platform: platformsh',
      '    environments: [main, staging]',
      '    inputs:',
      `      project: proj${n}abcdefg`,
    );
    lines.push('      retention: daily=30,weekly=12,monthly=12', '    secrets:', `      PLATFORMSH_CLI_TOKEN: TOKEN_${i}`);
  }
  return `${lines.join('\n')}\n`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchCliStartup(o: { work: string; cli: string; node: string; runs: number }): Promise<string[]> {
  const file = path.join(o.work, 'sites-1000.yml');
  await writeFile(file, fleetSitesFile(1000));
  const cases: [string, string[]][] = [
    ['site-backup --help', ['--help']],
    ['site-backup matrix, 1,000 sites (2,000 targets)', ['matrix', '--sites', file]],
  ];
  const out: string[] = [];
  for (const [name, args] of cases) {
    const runs: Timed[] = [];
    for (let i = 0; i < o.runs; i++) runs.push(await timed(o.node, [o.cli, ...args], { ...process.env, GITHUB_WORKSPACE: o.work }, o.work));
    const ms = median(runs.map((r) => r.ms));
    const cpu = median(runs.map((r) => r.cpuS));
    const rss = median(runs.map((r) => r.maxRssKiB));
    out.push(
      `${name}: ${(ms / 1000).toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU, ${(rss / 1024).toFixed(0)} MiB peak RSS (median of ${o.runs})`,
    );
  }
  return out;
}
