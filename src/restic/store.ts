import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { StoreSpec } from '../config/common.js';
import { ConfigError } from '../model/errors.js';
import { parseBackupId, type Trigger } from '../model/backup-id.js';
import { MANIFEST_NAME } from '../model/manifest.js';
import type { Reporter } from '../report/reporter.js';
import { byNewest } from '../stores/listing.js';
import type { BackupRef, RemoveResult, StoredBackup } from '../stores/store.js';
import { findRestic, type FindOptions, type ResticBinary } from './binary.js';
import type { ResticOptions } from '../config/restic.js';
import { ResticRepo, type RepoOptions, type ResticSpec } from './repo.js';

// The restic repositories of a store location (one per site), listed as backups so list, max-age,
// prune and the fleet summary work on them as on archives (formats/place.ts puts both behind one
// BackupPlace; this is no byte Store): a snapshot carrying our tags is a complete backup (restic
// writes the snapshot last: there is no incomplete restic backup to see), and remove() is
// `forget` of exactly those snapshots, then `prune`. Snapshots without our tags (made with plain
// restic in the same repository) are never listed, so never removed.

export const TAG = { site: 'site:', environment: 'environment:', trigger: 'trigger:', backup: 'backup:', content: 'content:' } as const;

/** A listed backup with the snapshot(s) behind it (one, unless a tag was reused by hand). */
export interface ResticBackup extends StoredBackup {
  snapshots: string[];
}

interface SnapshotJson {
  id: string;
  short_id?: string;
  time: string;
  tags?: string[];
  paths?: string[];
  hostname?: string;
}

/** The tags of one backup: how list finds it and how plain `restic snapshots --tag` filters. */
export function backupTags(ref: BackupRef & { trigger: Trigger }, content: { name: string; bytes: number }[]): string[] {
  return [
    `${TAG.site}${ref.site}`,
    `${TAG.environment}${ref.environment}`,
    `${TAG.trigger}${ref.trigger}`,
    `${TAG.backup}${ref.id}`,
    ...content.map((c) => `${TAG.content}${c.name}=${c.bytes}`),
  ];
}

export function snapshotsToBackups(site: string, environment: string, snaps: SnapshotJson[]): ResticBackup[] {
  const byId = new Map<string, ResticBackup>();
  for (const s of snaps) {
    const tags = s.tags ?? [];
    const tag = (p: string) => tags.find((t) => t.startsWith(p))?.slice(p.length);
    if (tag(TAG.site) !== site || tag(TAG.environment) !== environment) continue;
    const id = tag(TAG.backup);
    const parsed = id ? parseBackupId(id) : undefined;
    if (!id || !parsed) continue;
    const prior = byId.get(id);
    if (prior) {
      prior.snapshots.push(s.id);
      continue;
    }
    const objects = tags
      .filter((t) => t.startsWith(TAG.content))
      .map((t) => {
        const [name, bytes] = t.slice(TAG.content.length).split('=');
        return { name: name!, size: Number(bytes) || 0 };
      });
    objects.push({ name: MANIFEST_NAME, size: 0 });
    byId.set(id, {
      site,
      environment,
      id,
      parsed,
      complete: true,
      objects,
      bytes: objects.reduce((n, o) => n + o.size, 0),
      lastModified: new Date(s.time),
      snapshots: [s.id],
    });
  }
  return [...byId.values()].sort(byNewest);
}

export type S3Publisher = (site: string, files: { key: string; body: Buffer }[]) => Promise<boolean>;

export class ResticStore {
  readonly kind: 'local' | 's3';
  private readonly repos = new Map<string, { repo: ResticRepo; initialised: boolean; missing?: boolean }>();
  /** The last listing of each site/environment, for the backup right after max-age's (see takeListing). */
  private readonly listings = new Map<string, ResticBackup[]>();

  constructor(
    readonly spec: ResticSpec,
    readonly options: ResticOptions,
    readonly binary: ResticBinary,
    private readonly childEnv: NodeJS.ProcessEnv,
    private readonly log: Reporter,
    private readonly repoOptions: Omit<RepoOptions, 'log'> = {},
    private readonly publishS3?: S3Publisher,
  ) {
    this.kind = spec.kind;
  }

  /** The repository of a site (one per site, shared by its environments). */
  repo(site: string): ResticRepo {
    let r = this.repos.get(site);
    if (!r) {
      r = { repo: new ResticRepo(this.spec, site, this.binary, this.childEnv, { ...this.repoOptions, log: this.log }), initialised: false };
      this.repos.set(site, r);
    }
    return r.repo;
  }

  location(ref: BackupRef): string {
    return `${this.repo(ref.site).display}#${ref.id}`;
  }

  objectUri(ref: BackupRef, name: string): string {
    return `${this.location(ref)}/${name}`;
  }

  /**
   * Creates the site's repository on first use; later calls cost nothing. `knownMissing`: restic
   * just said there is none (a backup that found no repository), so it is not asked again.
   */
  async ensureInitialised(site: string, knownMissing = false): Promise<ResticRepo> {
    const repo = this.repo(site);
    const r = this.repos.get(site)!;
    if (!r.initialised) {
      const publish = this.publishS3;
      await repo.ensureInitialised(publish ? (files) => publish(site, files) : undefined, knownMissing || r.missing === true);
      r.initialised = true;
      r.missing = false;
    }
    return repo;
  }

  async list(site: string, environment: string): Promise<ResticBackup[]> {
    const repo = this.repo(site);
    const r = await repo.run(['snapshots', '--json', '--no-lock', '--tag', `${TAG.site}${site},${TAG.environment}${environment}`], {
      capture: true,
    });
    if (r.code !== 0) {
      // A repository that does not exist yet holds no backups; anything else is a failed listing.
      if (/Is there a repository at the following location\?|The specified key does not exist/.test(r.stderr)) {
        // Remembered, so that a first backup goes straight to init without probing again.
        if (!this.repos.get(site)!.initialised) this.repos.get(site)!.missing = true;
        this.listings.set(`${site}\0${environment}`, []);
        return [];
      }
      throw repo.error('listing restic snapshots', r);
    }
    let snaps: SnapshotJson[];
    try {
      snaps = JSON.parse(r.stdout || '[]') as SnapshotJson[];
    } catch (e) {
      throw new Error(`restic snapshots printed no JSON: ${(e as Error).message}`, { cause: e });
    }
    // A listing that worked opened the repository: no need to probe it again before a backup.
    this.repos.get(site)!.initialised = true;
    const backups = snapshotsToBackups(site, environment, snaps ?? []);
    this.listings.set(`${site}\0${environment}`, backups);
    return backups;
  }

  /**
   * The listing this process made last of a site/environment (max-age's, just before a backup),
   * handed out once: a backup takes its parent from it instead of opening the repository again.
   */
  takeListing(site: string, environment: string): ResticBackup[] | undefined {
    const key = `${site}\0${environment}`;
    const l = this.listings.get(key);
    this.listings.delete(key);
    return l;
  }

  /**
   * Whether the site's repository is known not to exist, without starting restic: a listing in
   * this process found none, or (a folder store) the folder has no `config`, the file restic
   * creates first and every opening reads. A backup then creates the repository at once, beside
   * the exports, instead of learning it from a failed `restic backup` and a probe.
   */
  async knownMissing(site: string): Promise<boolean> {
    this.repo(site);
    const r = this.repos.get(site)!;
    if (r.initialised) return false;
    if (r.missing === undefined && this.spec.kind === 'local') {
      const config = path.join(r.repo.url, 'config');
      // Only "no such file" says missing; anything else (a permission error) is left to restic.
      r.missing = await stat(config).then(
        () => false,
        (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' || e.code === 'ENOTDIR' ? true : undefined),
      );
    }
    return r.missing === true;
  }

  /** The snapshot of a listed backup. */
  async snapshotOf(ref: BackupRef): Promise<ResticBackup> {
    const b = (await this.list(ref.site, ref.environment)).find((x) => x.id === ref.id);
    if (!b) throw new Error(`backup ${ref.id} is not in ${this.repo(ref.site).display}`);
    return b;
  }

  /** The file manifest.json of a backup's snapshot, exactly as stored (`restic dump` checks it as it reads). */
  async manifestBytes(ref: BackupRef | ResticBackup): Promise<Buffer> {
    const b = 'snapshots' in ref ? ref : await this.snapshotOf(ref);
    const r = await this.repo(ref.site).ok(['dump', '--no-lock', b.snapshots[0]!, `/${MANIFEST_NAME}`], { capture: true });
    return Buffer.from(r.stdout);
  }

  /**
   * `restic forget` of exactly the snapshots of these backups, then `restic prune` to free the
   * data only they used. Once forget succeeded the backups are gone whatever prune does; a
   * failed prune only leaves space to reclaim, which the next prune does.
   */
  async remove(backups: StoredBackup[]): Promise<RemoveResult> {
    const res: RemoveResult = { removed: [], errors: [] };
    const restic = backups.filter((b): b is ResticBackup => Array.isArray((b as ResticBackup).snapshots));
    for (const site of new Set(restic.map((b) => b.site))) {
      const mine = restic.filter((b) => b.site === site);
      const repo = this.repo(site);
      const f = await repo.run(['forget', ...mine.flatMap((b) => b.snapshots)], { lock: true });
      if (f.code !== 0) {
        const message = repo.error('restic forget', f).message;
        for (const b of mine) res.errors.push({ key: this.location(b), message });
        continue;
      }
      res.removed.push(...mine.map((b) => b.id));
      const p = await repo.run(['prune'], { lock: true });
      if (p.code !== 0)
        this.log.warn(
          `${repo.error('restic prune', p).message}. The backups were removed (forget); their data is freed by the next prune.`,
        );
    }
    return res;
  }
}

/** The password for the child environment: the input, else what the environment already has. */
function passwordEnv(opts: ResticOptions, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env };
  if (opts.password) {
    out.RESTIC_PASSWORD = opts.password;
    delete out.RESTIC_PASSWORD_FILE;
    delete out.RESTIC_PASSWORD_COMMAND;
  } else if (!env.RESTIC_PASSWORD && !env.RESTIC_PASSWORD_FILE && !env.RESTIC_PASSWORD_COMMAND) {
    throw new ConfigError(
      'restic-password',
      'is empty, and neither RESTIC_PASSWORD nor RESTIC_PASSWORD_FILE is set',
      'Pass the repository password from a secret: `restic-password: ${{ secrets.RESTIC_PASSWORD }}`.',
    );
  }
  // Ours to set: a repository location from the caller's environment must never redirect us.
  delete out.RESTIC_REPOSITORY;
  delete out.RESTIC_REPOSITORY_FILE;
  return out;
}

export interface OpenResticOptions extends Omit<RepoOptions, 'log'>, Pick<FindOptions, 'cache' | 'fetchImpl'> {}

/** The store for a spec with `format: restic`: restic found or installed, secrets in its env. */
export async function openResticStore(
  spec: StoreSpec,
  log: Reporter,
  env: NodeJS.ProcessEnv,
  o: OpenResticOptions = {},
): Promise<ResticStore> {
  if (spec.kind === 'artifact' || !spec.restic) throw new Error('internal: not a restic store spec');
  const rspec: ResticSpec = spec;
  log.setSecret(spec.restic.password);
  let childEnv = passwordEnv(spec.restic, env);
  const binary = await findRestic({
    env,
    log,
    toolRoot: env.SITE_BACKUP_TOOL_DIR || env.RUNNER_TOOL_CACHE || path.join(env.RUNNER_TEMP || os.tmpdir(), 'site-backup-tools'),
    ...(o.cache ? { cache: o.cache } : {}),
    ...(o.fetchImpl ? { fetchImpl: o.fetchImpl } : {}),
  });
  log.info(`restic ${binary.version.join('.')} (${binary.source === 'path' ? binary.bin : `${binary.source}: ${binary.bin}`})`);
  let publish: S3Publisher | undefined;
  if (rspec.kind === 's3') {
    const { s3Access } = await import('./s3.js');
    const access = await s3Access(rspec, env);
    childEnv = { ...childEnv, ...access.env };
    publish = access.publish;
  }
  // `backup --time` is read in the local time zone; ours is UTC, like the backup id.
  childEnv.TZ = 'UTC';
  const repoOptions: Omit<RepoOptions, 'log'> = {};
  if (o.lockWaitMs !== undefined) repoOptions.lockWaitMs = o.lockWaitMs;
  if (o.lockPollMs !== undefined) repoOptions.lockPollMs = o.lockPollMs;
  return new ResticStore(rspec, spec.restic, binary, childEnv, log, repoOptions, publish);
}
