// The fixed costs a user pays on every run: of the bundled CLI, `--help` (module loading alone)
// and `matrix` over a generated 1,000-site sites file (2,000 targets: parsing and validation); of
// the bundled backup and restore actions, started as the runner starts them, the start-up (until
// the inputs are read and refused) and a whole run on a one-file site (bench/action.ts has the
// same actions on the 1.2 GB site). Each is timed by GNU time (wall, CPU of the process and its
// children, peak RSS), median of `runs`.
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stepEnv } from './action.js';
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
    out.push(line(name, runs));
  }
  return out;
}

function line(name: string, runs: Timed[]): string {
  const ms = median(runs.map((r) => r.ms));
  const cpu = median(runs.map((r) => r.cpuS));
  const rss = median(runs.map((r) => r.maxRssKiB));
  return `${name}: ${(ms / 1000).toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU, ${(rss / 1024).toFixed(0)} MiB peak RSS (median of ${runs.length})`;
}

/** One sample of each action: refused at its inputs, then a one-file backup and its restore. */
async function actionSample(o: { bundles: string; work: string; node: string }): Promise<Timed[]> {
  const work = path.join(o.work, 'action-startup');
  await rm(work, { recursive: true, force: true });
  await mkdir(path.join(work, 'tmp'), { recursive: true });
  const run = (name: string, env: NodeJS.ProcessEnv, okCode = 0) =>
    timed(o.node, [path.join(o.bundles, name, 'index.js')], env, work, okCode);
  // No `site`: the action loads, reads its inputs and refuses them (exit 1) before any work.
  const backupRefused = await run('backup', await stepEnv(work, 'refused-b', {}), 1);
  const restoreRefused = await run('restore', await stepEnv(work, 'refused-r', {}), 1);
  const store = path.join(work, 'store');
  const backupEnv = await stepEnv(work, 'backup', {
    site: 'tiny',
    platform: 'command',
    store,
    trigger: 'manual',
    components: 'code',
    'code-command': 'echo hello > "$BACKUP_OUT/index.html"',
  });
  const backup = await run('backup', backupEnv);
  if (!/^backup-id<</m.test(readFileSync(backupEnv.GITHUB_OUTPUT!, 'utf8'))) throw new Error('the backup action set no backup-id output');
  const restoreDir = path.join(work, 'restored');
  const restore = await run(
    'restore',
    await stepEnv(work, 'restore', { site: 'tiny', store, 'target-environment': 'scratch', 'restore-dir': restoreDir }),
  );
  if (readFileSync(path.join(restoreDir, 'code/index.html'), 'utf8') !== 'hello\n')
    throw new Error('the restore action restored something else');
  await rm(work, { recursive: true, force: true });
  return [backupRefused, restoreRefused, backup, restore];
}

/** The backup and restore actions' fixed costs; `bundles` holds backup/ and restore/ (scripts/build.mjs --out). */
export async function benchActionStartup(o: { bundles: string; work: string; node: string; runs: number }): Promise<string[]> {
  const samples: Timed[][] = [];
  for (let i = 0; i < o.runs; i++) samples.push(await actionSample(o));
  return [
    'backup action, start-up (inputs read and refused)',
    'restore action, start-up (inputs read and refused)',
    'backup action, one-file site (whole run)',
    'restore action, one-file site (whole run)',
  ].map((name, k) =>
    line(
      name,
      samples.map((s) => s[k]!),
    ),
  );
}
