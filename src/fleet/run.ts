// A sharded fleet job: back up each of its sites in turn (and prune each, or leave pruning to a
// job of its own with a role that may delete), and keep going when one fails, so one broken site
// never costs the others their night's backup.
import type { Io } from '../config/io.js';
import { mapSource } from '../config/source.js';
import type { Reporter } from '../report/reporter.js';
import { writeStatus } from '../report/status.js';
import type { FleetTarget } from './sites-file.js';

/**
 * Where secret values come from, by name: `SITE_BACKUP_SECRETS` (a JSON object, as the
 * workflow builds from the secrets the sites file names) first, then an environment variable of that name.
 */
export const SECRETS_ENV = 'SITE_BACKUP_SECRETS';

export interface ResolvedSecrets {
  inputs: Record<string, string>;
  env: Record<string, string>;
  /** `NAME (for ssh-key)` for every reference that has no value. */
  missing: string[];
}

export function secretSource(env: NodeJS.ProcessEnv): (name: string) => string | undefined {
  let map: Record<string, unknown> = {};
  const raw = env[SECRETS_ENV];
  if (raw) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) map = parsed as Record<string, unknown>;
    } catch {
      // Never quote the text: it is every secret of the repository.
      throw new Error(
        `${SECRETS_ENV} is not a JSON object; set it to a JSON object of the secrets the sites file names, such as {"ACME_TOKEN": "\${{ secrets.ACME_TOKEN }}"} (docs/fleet.md)`,
      );
    }
  }
  const upper = new Map(Object.entries(map).map(([k, v]) => [k.toUpperCase(), v]));
  return (name) => {
    const v = upper.get(name.toUpperCase());
    if (typeof v === 'string' && v !== '') return v;
    const e = env[name];
    return e ? e : undefined;
  };
}

/** Splits a target's secret references into input values and environment variables. */
export function resolveSecrets(target: FleetTarget, lookup: (name: string) => string | undefined): ResolvedSecrets {
  const out: ResolvedSecrets = { inputs: {}, env: {}, missing: [] };
  for (const [key, name] of Object.entries(target.secrets)) {
    const v = lookup(name);
    if (v === undefined) {
      out.missing.push(`${name} (for ${key})`);
      continue;
    }
    // Input names are lower case with hyphens; environment variables are upper case.
    if (/^[A-Z_][A-Z0-9_]*$/.test(key)) out.env[key] = v;
    else out.inputs[key] = v;
  }
  return out;
}

export interface FleetSiteResult {
  id: string;
  /** `not run` when the run only prunes (`fleet-prune`): the backup ran in another job. */
  backup: 'success' | 'failure' | 'not run';
  prune: 'success' | 'failure' | 'not run';
  backupId?: string;
  skipped?: boolean;
  bytes?: number;
  error?: string;
}

export interface FleetRunDeps {
  /** Absent for a prune-only run (`fleet-prune`): each site's outcome is read from its status record. */
  backup?(io: Io): Promise<{ id: string; skipped: boolean; bytes: number }>;
  /** Absent when the fleet prunes in a job of its own (`fleet-backup --no-prune`). */
  prune?(io: Io): Promise<unknown>;
}

function prefixed(log: Reporter, prefix: string): Reporter {
  return {
    info: (m) => log.info(`[${prefix}] ${m}`),
    warn: (m) => log.warn(`[${prefix}] ${m}`),
    error: (m, title) => log.error(`[${prefix}] ${m}`, title ? `${prefix}: ${title}` : prefix),
    setSecret: (v) => log.setSecret(v),
  };
}

type SiteIo = (extra?: Record<string, string>) => Io;

/** The site's own inputs, secrets and environment, without the secrets JSON of the whole fleet. */
function siteContext(io: Io, t: FleetTarget, lookup: (name: string) => string | undefined, log: Reporter) {
  // The secrets JSON holds every repository secret: the site's own commands must not inherit it.
  const baseEnv: NodeJS.ProcessEnv = { ...io.env };
  delete baseEnv[SECRETS_ENV];
  const secrets = resolveSecrets(t, lookup);
  for (const v of [...Object.values(secrets.inputs), ...Object.values(secrets.env)]) log.setSecret(v);
  const values: Record<string, string> = {
    site: t.site,
    environment: t.environment,
    platform: t.platform,
    store: t.store,
    ...t.inputs,
    ...secrets.inputs,
  };
  const env: NodeJS.ProcessEnv = { ...baseEnv, ...secrets.env };
  // Prune needs a token for artifacts and the failure issue; the job's token is the usual one.
  if (!values['github-token'] && env.GITHUB_TOKEN) values['github-token'] = env.GITHUB_TOKEN;
  const siteIo: SiteIo = (extra = {}) => ({
    ...io,
    inputs: mapSource({ ...values, ...extra }),
    log,
    env,
    // Each site's outputs would overwrite the last one's: the job's outputs are the shard's.
    setOutput: () => undefined,
  });
  return { missing: secrets.missing, siteIo };
}

async function backupSite(
  io: Io,
  t: FleetTarget,
  r: FleetSiteResult,
  missing: string[],
  siteIo: SiteIo,
  deps: FleetRunDeps,
  log: Reporter,
) {
  if (missing.length) {
    r.error = `secret${missing.length > 1 ? 's' : ''} not set: ${missing.join(', ')}. Add ${missing.length > 1 ? 'them' : 'it'} under Settings → Secrets and variables → Actions, and pass secrets to this step (docs/fleet.md).`;
    log.error(r.error, 'secrets');
    // The backup never started, so it left no status; the fleet summary should still say why.
    await writeStatus(io.env.RUNNER_TEMP, {
      outcome: 'failure',
      site: t.site,
      environment: t.environment,
      error: r.error,
      finishedAt: new Date().toISOString(),
    }).catch(() => undefined);
    return;
  }
  try {
    // `max-age` in a sites file guards prune (refuse when the newest backup is too old); a
    // nightly fleet run never skips a backup because a young one exists.
    const b = await deps.backup!(siteIo({ 'max-age': '' }));
    r.backup = 'success';
    r.backupId = b.id;
    r.skipped = b.skipped;
    r.bytes = b.bytes;
  } catch (e) {
    r.error = (e as Error).message;
    log.error(r.error, 'backup failed');
  }
}

async function pruneSite(r: FleetSiteResult, siteIo: SiteIo, prune: NonNullable<FleetRunDeps['prune']>, log: Reporter) {
  // Like `if: always()` with `backup-outcome: ${{ steps.backup.outcome }}` in a per-site job:
  // prune also runs after a failure, to open the site's failure issue. A prune-only run passes
  // no outcome, so prune reads the status record the backup job left in RUNNER_TEMP.
  try {
    // The sites file's `ping-url` and webhook are the backup's: a prune that pinged the same check
    // would mark it up after a failed backup. The fleet's prunes do not ping (docs/fleet.md).
    const quiet = { 'ping-url': '', 'webhook-url': '', 'webhook-on': '' };
    await prune(siteIo(r.backup === 'not run' ? quiet : { ...quiet, 'backup-outcome': r.backup }));
    r.prune = 'success';
  } catch (e) {
    r.prune = 'failure';
    const msg = (e as Error).message;
    r.error = r.error ? `${r.error}; prune: ${msg}` : `prune: ${msg}`;
    log.error(msg, 'prune failed');
  }
}

/**
 * Backs up and/or prunes the targets one after the other, as `deps` provides. Never throws for
 * one site's failure.
 */
export async function runFleet(io: Io, targets: readonly FleetTarget[], deps: FleetRunDeps): Promise<FleetSiteResult[]> {
  const lookup = secretSource(io.env);
  const results: FleetSiteResult[] = [];
  for (const [i, t] of targets.entries()) {
    const log = prefixed(io.log, t.id);
    io.log.info(`── ${t.id} (${i + 1}/${targets.length}, ${t.platform}) ──`);
    const { missing, siteIo } = siteContext(io, t, lookup, log);
    const r: FleetSiteResult = { id: t.id, backup: deps.backup ? 'failure' : 'not run', prune: 'not run' };
    // A prune needs only the store's settings; a platform token it lacks is no reason to skip it.
    if (deps.backup) await backupSite(io, t, r, missing, siteIo, deps, log);
    if (deps.prune) await pruneSite(r, siteIo, deps.prune, log);
    results.push(r);
  }
  return results;
}
