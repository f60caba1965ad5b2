// The commands that run a fleet from its sites file: `fleet-backup` (a sharded job backs up its
// sites in turn), `fleet-prune` (its prune job) and `fleet-summary` (one table for the whole fleet).
import path from 'node:path';
import { selectTargets } from '../fleet/matrix.js';
import { runFleet, secretSource, type FleetRunDeps, type FleetSiteResult } from '../fleet/run.js';
import { fleetSummaryMarkdown, gatherReports } from '../fleet/summary.js';
import { redact } from '../report/redact.js';
import type { Io } from '../config/io.js';
import { loadFleet } from './matrix.js';

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
  const byId = new Map(targets.map((t) => [t.id, t]));
  const md = redact(fleetSummaryMarkdown(reports.map((r) => ({ ...r, target: byId.get(r.target.id)! }))));
  (opts.write ?? ((s: string) => process.stdout.write(s)))(md);
  return md;
}
