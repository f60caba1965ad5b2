// The fleet commands: `matrix` (sites file -> strategy.matrix), `fleet-backup` (a sharded job
// backs up its sites in turn), `fleet-prune` (its prune job) and `fleet-summary` (one table for the whole fleet).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../model/errors.js';
import { inputOrDefault } from '../config/source.js';
import { buildMatrix, checkMaxJobs, GITHUB_MATRIX_LIMIT, selectTargets, type FleetMatrix } from '../fleet/matrix.js';
import { runFleet, secretSource, type FleetRunDeps, type FleetSiteResult } from '../fleet/run.js';
import { parseSitesFile, type FleetTarget } from '../fleet/sites-file.js';
import { fleetSummaryMarkdown, gatherReports } from '../fleet/summary.js';
import { redact } from '../report/redact.js';
import type { Io } from '../config/io.js';

/** Reads and validates the sites file named by the `sites` input. */
export async function loadFleet(io: Io): Promise<{ file: string; targets: FleetTarget[] }> {
  const name = inputOrDefault(io.inputs, 'sites')!;
  const file = path.resolve(io.cwd, name);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ConfigError(
      'sites',
      `cannot read "${name}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      'Give the path of the sites file, relative to the repository root; docs/fleet.md shows its format.',
    );
  }
  // Messages name the file as the user wrote it, so they point at the right line in the editor.
  return { file: name, targets: parseSitesFile(text, name) };
}

function maxJobs(io: Io): number {
  const v = inputOrDefault(io.inputs, 'max-jobs')!;
  const n = Number(v);
  try {
    return checkMaxJobs(n);
  } catch {
    throw new ConfigError(
      'max-jobs',
      `"${v}" is not a whole number from 1 to ${GITHUB_MATRIX_LIMIT}`,
      `GitHub runs at most ${GITHUB_MATRIX_LIMIT} jobs per matrix; leave room for the other jobs of the workflow if you like.`,
    );
  }
}

export interface MatrixCommandOptions {
  /** Set the step outputs (the action); the CLI prints the JSON alone, for pipes. */
  outputs?: boolean;
  write?: (s: string) => void;
}

/** `site-backup matrix --sites sites.yml [--max-jobs 256]` and the matrix action. */
export async function matrixCommand(io: Io, opts: MatrixCommandOptions = {}): Promise<FleetMatrix> {
  const { file, targets } = await loadFleet(io);
  const m = buildMatrix(targets, maxJobs(io));
  const json = JSON.stringify(m.matrix);
  const how = m.sharded
    ? `${m.jobs} jobs of ${Math.floor(m.targets / m.jobs)}–${Math.ceil(m.targets / m.jobs)} sites each (sharded)`
    : `${m.jobs} job${m.jobs === 1 ? '' : 's'}, one per site`;
  io.log.info(`${file}: ${m.targets} site${m.targets === 1 ? '' : 's'} → ${how}`);
  if (opts.outputs) {
    io.setOutput('matrix', json);
    io.setOutput('sharded', String(m.sharded));
    io.setOutput('job-count', String(m.jobs));
    io.setOutput('site-count', String(m.targets));
    await io.summary(`### Fleet matrix\n\n${m.targets} sites from \`${file}\` → ${how}.\n`);
  } else {
    (opts.write ?? ((s: string) => process.stdout.write(s)))(json + '\n');
  }
  return m;
}

const BACKUP_CELL = { success: 'backed up', failure: 'FAILED', 'not run': 'not run' } as const;

/**
 * `site-backup fleet-backup --sites sites.yml --only a/production,b/staging [--no-prune]`, and
 * `site-backup fleet-prune` (the same without `backup`): a shard's sites one after the other.
 */
export async function fleetBackupCommand(io: Io, opts: { only?: string } & FleetRunDeps): Promise<FleetSiteResult[]> {
  const { targets } = await loadFleet(io);
  const chosen = opts.only ? selectTargets(targets, opts.only) : targets;
  const { only: _only, ...deps } = opts;
  if (!deps.prune)
    io.log.info('no prune command: sites are backed up, not pruned; prune them in a job of their own with `site-backup fleet-prune`');
  const results = await runFleet(io, chosen, deps);
  const failed = results.filter((r) => r.backup === 'failure' || r.prune === 'failure');
  const rows = results.map(
    (r) => `| ${r.id} | ${r.skipped ? 'skipped (fresh enough)' : BACKUP_CELL[r.backup]} | ${r.backupId ?? ''} | ${r.prune} |`,
  );
  await io.summary(['### Fleet shard', '', '| site | backup | backup id | prune |', '|---|---|---|---|', ...rows, ''].join('\n'));
  io.setOutput('failed', failed.map((r) => r.id).join(','));
  if (failed.length) {
    throw new Error(`${failed.length} of ${results.length} sites failed: ${failed.map((r) => r.id).join(', ')}`);
  }
  const did = [deps.backup ? 'backed up' : '', deps.prune ? 'pruned' : ''].filter(Boolean).join(' and ');
  io.log.info(`all ${results.length} sites ${did || 'skipped: nothing to do'}`);
  return results;
}

/** `site-backup fleet-summary --sites sites.yml --status-dir statuses`: markdown on stdout. */
export async function fleetSummaryCommand(
  io: Io,
  opts: { statusDir?: string; list?: boolean; write?: (s: string) => void },
): Promise<string> {
  const { targets } = await loadFleet(io);
  const lookup = secretSource(io.env);
  // Stores whose settings come from secrets (an endpoint, say) are listed with them.
  const withSecrets = targets.map((t) => {
    const inputs = { ...t.inputs };
    for (const [key, name] of Object.entries(t.secrets)) {
      const v = lookup(name);
      if (v !== undefined && !/^[A-Z_][A-Z0-9_]*$/.test(key)) {
        io.log.setSecret(v);
        inputs[key] = v;
      }
    }
    return { ...t, inputs };
  });
  const reports = await gatherReports(withSecrets, {
    ...(opts.statusDir ? { statusDir: path.resolve(io.cwd, opts.statusDir) } : {}),
    log: io.log,
    env: io.env,
    cwd: io.cwd,
    list: opts.list !== false,
  });
  const md = redact(fleetSummaryMarkdown(reports.map((r) => ({ ...r, target: targets.find((t) => t.id === r.target.id)! }))));
  (opts.write ?? ((s: string) => process.stdout.write(s)))(md);
  return md;
}
