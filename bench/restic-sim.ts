// `npm run bench -- restic-sim`: 30 nightly backups with 1% daily churn under the default policy
// (divio: daily=7,weekly=4,monthly=12), pruned after each night by our planner; stored bytes of
// `format: restic` beside those of `format: archive` (issue 11; goal: restic within 1.5x one full
// backup).
//
// restic side: real. Every night is a real backup through the bundled CLI into a local restic
// repository, after 1% of the asset files are rewritten and 1% of the dump's rows changed. The
// nights are simulated: backup N is dated night N (03:17 UTC, one day apart) when our planner
// (src/retention/planner.ts, the one prune uses) plans retention over the listing, because the CLI
// has no clock override; the snapshots it removes are `restic forget`-ten by id, then `restic prune`,
// exactly what prune does on this format. Stored bytes: `du -sb` of the repository.
// archive side: every archive is a full copy, and churn that rewrites random bytes with random
// bytes does not change its size, so one real archive backup is measured and the stored bytes are
// (backups the same planner keeps) x (that size).
//
// BENCH_SIM_MIB (default 200) sizes the site; BENCH_SIM_NIGHTS (default 30) the nights.
import { execFileSync } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parsePolicy } from '../src/retention/policy.js';
import { planRetention } from '../src/retention/planner.js';
import { churn, duBytes, fmtMiB, generateSite, ourBackup, q, scratch, standalone, type ResticBenchOptions } from './restic.js';
import { timed } from './timed.js';

const DAY = 86_400_000;

export async function benchResticSim(o: ResticBenchOptions): Promise<string[]> {
  const mib = Number(process.env.BENCH_SIM_MIB ?? 200);
  const nights = Number(process.env.BENCH_SIM_NIGHTS ?? 30);
  const { out, say, work, site, env } = await scratch(o.work, 'restic-sim');
  const g = await generateSite(site, mib);
  const policy = parsePolicy('divio');
  say(
    `restic-sim: site ${fmtMiB(duBytes(site))}, ${nights} nights, 1% of ${g.assets} asset files and ${Math.round(g.rows / 100)} of ${g.rows} dump rows changed a night, policy ${policy.text}; load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );

  // One real archive backup: the size every archive of this site has.
  const archiveStore = path.join(work, 'archive-store');
  const cmd = (c: string) => `cp -al ${q(path.join(site, c))}/. "$BACKUP_OUT"`;
  await timed(
    o.node,
    [
      o.cli,
      'backup',
      '--site',
      'bench',
      '--platform',
      'command',
      '--store',
      archiveStore,
      '--trigger',
      'scheduled',
      '--components',
      'code,assets,data',
      '--code-command',
      cmd('code'),
      '--assets-command',
      cmd('assets'),
      '--data-command',
      cmd('data'),
    ],
    env,
  );
  const archiveBytes = duBytes(archiveStore);
  await rm(archiveStore, { recursive: true, force: true });

  const store = path.join(work, 'store');
  const repo = path.join(store, 'bench', 'restic');
  const restic = (args: string[]) =>
    execFileSync('restic', ['-r', repo, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const nightOf = new Map<string, number>(); // snapshot id -> simulated night
  const start = Date.UTC(2026, 9, 1, 3, 17, 0);
  let firstStored = 0;
  let peak = 0;
  let pruneMs = 0;
  let backupMs = 0;
  for (let n = 0; n < nights; n++) {
    if (n > 0) await churn(site, 0.01, Math.round(g.rows / 100), n);
    backupMs += (await ourBackup(o.node, o.cli, site, store, '-al', env)).ms;
    const snaps = JSON.parse(restic(['snapshots', '--json', '--tag', 'site:bench'])) as { id: string }[];
    for (const s of snaps) if (!nightOf.has(s.id)) nightOf.set(s.id, n);
    if (n === 0) firstStored = duBytes(repo);
    const now = start + n * DAY;
    const plan = planRetention(
      snaps,
      policy,
      (s) => start + nightOf.get(s.id)! * DAY,
      (s) => s.id,
      { now },
    );
    if (plan.remove.length) {
      const t = performance.now();
      restic(['forget', ...plan.remove.map((s) => s.id)]);
      restic(['prune']);
      pruneMs += performance.now() - t;
    }
    const stored = duBytes(repo);
    peak = Math.max(peak, stored);
    const kept = plan.keep.length;
    say(
      `restic-sim: night ${String(n + 1).padStart(2)}: kept ${String(kept).padStart(2)} | restic ${fmtMiB(stored).padStart(10)} (${(stored / firstStored).toFixed(2)}x one full) | archives ${fmtMiB(kept * archiveBytes).padStart(10)} (${kept}x)`,
    );
  }
  const final = duBytes(repo);
  const kept = (await readdir(path.join(repo, 'snapshots'))).length;
  say(
    `restic-sim: after ${nights} nights: restic ${fmtMiB(final)} = ${(final / firstStored).toFixed(2)}x one full backup (${fmtMiB(firstStored)}; goal <= 1.5x; peak ${(peak / firstStored).toFixed(2)}x), ${kept} snapshots | archives ${fmtMiB(kept * archiveBytes)} = ${kept}x ${fmtMiB(archiveBytes)}`,
  );
  say(
    `restic-sim: ${(backupMs / 1000).toFixed(0)} s in backups, ${(pruneMs / 1000).toFixed(0)} s in forget + prune; load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  if (!process.env.BENCH_KEEP) await rm(work, { recursive: true, force: true });
  return out;
}

await standalone(import.meta.url, benchResticSim);
