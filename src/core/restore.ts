import { randomBytes } from 'node:crypto';
import { chmod, mkdir, rename, rm, rmdir, statfs } from 'node:fs/promises';
import path from 'node:path';
import { ArchiveReadError, type ArchiveListing } from '../archive/unpack.js';
import { ComponentError, ConfigError } from '../model/errors.js';
import type { RestoreConfig } from '../config/restore.js';
import { IntegrityError } from '../formats/archive/fetch.js';
import { readerFor, type BackupPlace } from '../formats/index.js';
import type { Damage, OpenedBackup } from '../formats/reader.js';
import type { Component, Manifest, ManifestComponent } from '../model/manifest.js';
import type { PlatformSession } from '../platforms/platform.js';
import type { Reporter } from '../report/reporter.js';
import { pickBackup } from '../stores/listing.js';
import type { StoredBackup } from '../stores/store.js';
import { formatBytes, formatRate } from '../util/bytes.js';
import { plural } from '../util/text.js';
import { formatDuration } from '../util/duration.js';
import { readdirIfExists } from '../util/fs.js';
import { makeStaging } from '../util/cleanup.js';
import { restorePaths, type PartialComponent } from './partial-restore.js';
import { DUMP_GLOBS, restoreTables, type TableFile } from './table-restore.js';

// Restore, in the one order that can never leave a target half-restored from a bad backup:
//   1. choose the backup and read its manifest;   2. read every component through its format
//   (formats/: an archive is downloaded and hashed as it streams, a restic snapshot restored with
//   restic's own checks);                         3. check every sha256 and size;
//   4. judge every entry, refusing unsafe ones;   5. move into place;   6. platform restore.
// Both formats run this one algorithm. Nothing outside our temporary folder changes before step
// 5, and no platform operation runs (the platform is not even opened) before every component of
// the restore has passed steps 3 and 4.

export interface RestoreDeps {
  place: BackupPlace;
  /** Opened only once every archive has been verified and listed. */
  openPlatform: () => Promise<PlatformSession>;
  log: Reporter;
  /** Downloads and, for platforms other than `command`, extractions go here (then are removed). */
  tmpRoot: string;
  signal?: AbortSignal;
}

export interface PlannedComponent {
  component: Component;
  object: string;
  bytes: number;
  compression: ManifestComponent['compression'];
  encryption: ManifestComponent['encryption'];
  files: number;
  contentBytes: number;
  sha256: string;
  /** What the platform will do with it, in words. */
  operation: string;
}

export interface RestorePlan {
  site: string;
  sourceEnvironment: string;
  targetEnvironment: string;
  platform: string;
  backupId: string;
  manifest: Manifest;
  components: PlannedComponent[];
  bytes: number;
  /** Set when the target is protected; the value `confirm` must hold. */
  needsConfirm?: string;
  /** What the backup is read from beyond its id (`restic snapshot 1a2b3c4d`), if anything. */
  origin?: string;
}

export interface RestoredComponent extends PlannedComponent {
  listing: ArchiveListing;
  downloadMs: number;
  restoreMs: number;
  /** For `command`: the folder it was extracted into. */
  dir?: string;
}

export interface RestoreResult {
  plan: RestorePlan;
  dryRun: boolean;
  components: RestoredComponent[];
  durationMs: number;
  /** A `--path` restore: what matched, and the bytes read of each component. */
  partial?: PartialComponent[];
  /** A `--table` restore: the SQL files written, one per table. */
  tables?: TableFile[];
}

/** Comma, space or newline separated, compared without case: `Production` is protected too. */
export function isProtected(env: string, list: readonly string[]): boolean {
  return list.some((p) => p.toLowerCase() === env.toLowerCase());
}

/**
 * Refuses a protected target unless `confirm` repeats its exact name, and says what to type.
 * Pure, and called before anything is downloaded.
 */
export function checkConfirm(cfg: Pick<RestoreConfig, 'targetEnvironment' | 'confirm' | 'protectedEnvironments' | 'site'>): void {
  if (!isProtected(cfg.targetEnvironment, cfg.protectedEnvironments)) return;
  if (cfg.confirm === cfg.targetEnvironment) return;
  const got = cfg.confirm === undefined ? 'is empty' : `is "${cfg.confirm}", which is not the exact target name`;
  throw new ConfigError(
    'confirm',
    `${got}; restoring into \`${cfg.targetEnvironment}\` overwrites a protected environment of ${cfg.site}`,
    `To go ahead, set \`confirm: ${cfg.targetEnvironment}\` (CLI: \`--confirm ${cfg.targetEnvironment}\`). Protected environments: ${cfg.protectedEnvironments.join(', ')} (input \`protected-environments\`). Try \`dry-run: true\` first to see the plan.`,
  );
}

/** Each chosen component as the plan shows it: its object, sizes, checksum and what restoring it does. */
export function planComponents(
  cfg: RestoreConfig,
  chosen: readonly ManifestComponent[],
  restoreCommandSet: (c: Component) => boolean,
): RestorePlan['components'] {
  return chosen.map((c) => ({
    component: c.name,
    object: c.object,
    bytes: c.bytes,
    compression: c.compression,
    encryption: c.encryption,
    files: c.files,
    contentBytes: c.contentBytes,
    sha256: c.sha256,
    operation: describeOperation(cfg, c.name, restoreCommandSet),
  }));
}

function describeOperation(cfg: RestoreConfig, component: Component, restoreCommandSet: (c: Component) => boolean): string {
  if (cfg.platform === 'command') {
    const dir = path.join(cfg.restoreDir, component);
    return restoreCommandSet(component)
      ? `extract into ${dir}/, then run \`${component}-restore-command\` with $BACKUP_IN=${dir}`
      : `extract into ${dir}/ (no \`${component}-restore-command\` is set)`;
  }
  return `\`${cfg.platform}\` restores ${component} into environment \`${cfg.targetEnvironment}\``;
}

/** Components to restore: the requested ones (all by default), each of which the backup must hold. */
export function chooseComponents(manifest: Manifest, requested: Component[] | undefined): ManifestComponent[] {
  if (!requested) return manifest.components;
  const out: ManifestComponent[] = [];
  for (const r of requested) {
    const c = manifest.components.find((x) => x.name === r);
    if (!c) {
      throw new ConfigError(
        'components',
        `backup ${manifest.id} holds no "${r}" component`,
        `It holds ${manifest.components.map((x) => x.name).join(', ')}; pick from those or leave \`components\` empty.`,
      );
    }
    out.push(c);
  }
  return out;
}

/** Where an extracted component for the `command` platform lands; it must be absent or empty. */
async function assertEmptyTarget(dir: string, component: Component): Promise<void> {
  const names = (await readdirIfExists(dir)) ?? [];
  if (names.length > 0) {
    throw new ConfigError(
      'restore-dir',
      `${dir} already holds ${names.length} ${names.length === 1 ? 'entry' : 'entries'}, and restoring ${component} over them would mix two versions`,
      'Remove or move that folder, or point `restore-dir` at an empty or new folder.',
    );
  }
}

/**
 * Lists the store, opens the backup (its manifest) and builds the plan. Changes nothing, reads
 * nothing but the manifest: it is the whole of a dry run.
 */
export async function planRestore(
  cfg: RestoreConfig,
  place: BackupPlace,
  restoreCommandSet: (c: Component) => boolean = () => false,
): Promise<{ plan: RestorePlan; backup: StoredBackup; opened: OpenedBackup; chosen: ManifestComponent[] }> {
  const list = await place.list(cfg.site, cfg.environment);
  const opened = await readerFor(place).open(pickBackup(list, cfg.backup));
  const { backup, manifest } = opened;
  const chosen = chooseComponents(manifest, cfg.components);
  const plan: RestorePlan = {
    site: cfg.site,
    sourceEnvironment: cfg.environment,
    targetEnvironment: cfg.targetEnvironment,
    platform: cfg.platform,
    backupId: backup.id,
    manifest,
    components: planComponents(cfg, chosen, restoreCommandSet),
    bytes: chosen.reduce((n, c) => n + c.bytes, 0),
  };
  if (opened.origin) plan.origin = opened.origin;
  if (isProtected(cfg.targetEnvironment, cfg.protectedEnvironments)) plan.needsConfirm = cfg.targetEnvironment;
  return { plan, backup, opened, chosen };
}

export function planText(plan: RestorePlan, storeLocation: string): string {
  const lines = [
    `Restore plan: ${plan.site}/${plan.sourceEnvironment} backup ${plan.backupId} (${plan.origin ? `${plan.origin}, ` : ''}made ${plan.manifest.createdAt}, ${plan.manifest.trigger}, platform ${plan.manifest.platform})`,
    `  from   ${storeLocation}`,
    `  into   environment \`${plan.targetEnvironment}\` with platform \`${plan.platform}\`${plan.targetEnvironment !== plan.sourceEnvironment ? ` (a different environment than the backup's \`${plan.sourceEnvironment}\`)` : ''}`,
  ];
  // A restic snapshot stores folders, not objects: it has no stored size or digest to show.
  const folders = plan.origin !== undefined && plan.bytes === 0;
  for (const c of plan.components) {
    lines.push(
      folders
        ? `  ${c.component.padEnd(6)} ${c.object} ${plural(c.files, 'file', 'files')}, ${formatBytes(c.contentBytes)}: ${c.operation}`
        : `  ${c.component.padEnd(6)} ${c.object} ${formatBytes(c.bytes)} stored, ${plural(c.files, 'file', 'files')}, ${formatBytes(c.contentBytes)}, sha256 ${c.sha256.slice(0, 12)}${c.encryption === 'age' ? ', age-encrypted' : ''}: ${c.operation}`,
    );
  }
  lines.push(
    folders
      ? '  restic checks every chunk it reads, and the restored files against the snapshot, before anything changes'
      : `  total  ${formatBytes(plan.bytes)} to download and verify (sha256) before anything changes`,
  );
  if (plan.needsConfirm) lines.push(`  \`${plan.targetEnvironment}\` is protected: a real run needs \`confirm: ${plan.needsConfirm}\``);
  return lines.join('\n');
}

function noIdentityError(id: string, encrypted: string[]): ConfigError {
  return new ConfigError(
    'decrypt-identity',
    `backup ${id} is age-encrypted (${encrypted.join(', ')}) and no identity was given`,
    'Set `decrypt-identity` from a secret holding the age key file (`AGE-SECRET-KEY-1…`) whose public key was in `encrypt-to`.',
  );
}

const someOnly = (cfg: RestoreConfig) => Boolean(cfg.paths?.length || cfg.tables?.length);

/**
 * Runs a restore, in either format. Throws before any change when the backup is damaged, unsafe
 * or unreadable.
 */
export async function runRestore(
  cfg: RestoreConfig,
  deps: RestoreDeps,
  restoreCommandSet: (c: Component) => boolean = () => false,
): Promise<RestoreResult> {
  const started = Date.now();
  const { place, log } = deps;
  // Cheap refusals first: nothing is downloaded for a run that could never go ahead. A `--path`
  // restore writes into `restore-dir` only, never into the target environment.
  if (!cfg.dryRun && !someOnly(cfg)) checkConfirm(cfg);
  const { plan, backup, opened, chosen } = await planRestore(cfg, place, restoreCommandSet);
  log.info(planText(plan, place.location(backup)));
  const encrypted = chosen.filter((c) => c.encryption === 'age').map((c) => c.object);
  const missingIdentity = encrypted.length > 0 && cfg.identities.length === 0;
  if (someOnly(cfg)) {
    // Even a dry run of `path` or `table` reads the member index, which is encrypted with its archive.
    if (missingIdentity) throw noIdentityError(backup.id, encrypted);
    const some = await restoreSome(cfg, deps, opened, chosen);
    return { ...some, plan, dryRun: cfg.dryRun, components: [], durationMs: Date.now() - started };
  }
  if (cfg.dryRun) {
    // A dry run only shows the plan, so it needs no key; it says what the real run will need.
    if (missingIdentity) log.info(`  ${encrypted.join(', ')} age-encrypted: a real run needs \`decrypt-identity\``);
    log.info('Dry run: nothing was downloaded, extracted or restored.');
    return { plan, dryRun: true, components: [], durationMs: Date.now() - started };
  }
  if (missingIdentity) throw noIdentityError(backup.id, encrypted);
  const early = opened.early(chosen);
  if (early.length) throw new IntegrityError(early, `refusing to restore ${backup.id}, nothing was changed`);
  if (cfg.platform === 'command') {
    for (const c of chosen) await assertEmptyTarget(path.join(cfg.restoreDir, c.name), c.name);
  }
  const restored = await restoreWhole(cfg, deps, opened, plan, chosen);
  return { plan, dryRun: false, components: restored, durationMs: Date.now() - started };
}

/** Steps 2-6 for whole components: every one read and checked privately, then moved into place, then the platform. */
async function restoreWhole(
  cfg: RestoreConfig,
  deps: RestoreDeps,
  opened: OpenedBackup,
  plan: RestorePlan,
  chosen: ManifestComponent[],
): Promise<RestoredComponent[]> {
  const work = await makeStaging(deps.tmpRoot, 'restore');
  const staged: string[] = [];
  try {
    // Free space for what the manifests declare (the extraction holds each archive to it).
    await requireFreeSpace(
      cfg.platform === 'command' ? cfg.restoreDir : work,
      chosen.reduce((n, c) => n + c.contentBytes, 0),
    );
    const dirs = await privateDirs(cfg, chosen, work, staged);
    const read = await materialiseAll(cfg, deps, opened, chosen, dirs, work);
    if (cfg.platform === 'command') {
      for (const c of chosen) {
        const final = path.join(cfg.restoreDir, c.name);
        // An empty folder there (checked above) is replaced; rename refuses a non-empty one.
        await rmdir(final).catch(() => undefined);
        await rename(dirs.get(c.name)!, final);
        staged.splice(staged.indexOf(dirs.get(c.name)!), 1);
        dirs.set(c.name, final);
      }
    }
    return await platformRestore(cfg, deps, plan, chosen, dirs, read);
  } catch (e) {
    if (e instanceof ArchiveReadError && !/nothing was changed/.test(e.message) && staged.length) {
      e.message += ' (the partly extracted folder was removed)';
    }
    throw e;
  } finally {
    for (const d of staged) await rm(d, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Private folders to materialise into: for `command` hidden beside the target (renamed into
 * place once every component passed, so the target never shows a partly extracted or unchecked
 * component), else in the private work folder the platform restores from.
 */
async function privateDirs(
  cfg: RestoreConfig,
  chosen: ManifestComponent[],
  work: string,
  staged: string[],
): Promise<Map<Component, string>> {
  const dirs = new Map<Component, string>();
  if (cfg.platform === 'command') await mkdir(cfg.restoreDir, { recursive: true });
  for (const c of chosen) {
    let dir: string;
    if (cfg.platform === 'command') {
      dir = path.join(cfg.restoreDir, `.site-backup-${c.name}-${randomBytes(4).toString('hex')}.partial`);
      staged.push(dir);
    } else {
      dir = path.join(work, `extract-${c.name}`);
    }
    await mkdir(dir, { mode: 0o700 });
    dirs.set(c.name, dir);
  }
  return dirs;
}

type ReadComponents = Map<Component, { listing: ArchiveListing; readMs: number }>;

/**
 * Steps 2-5: every component read through its format, checked, judged entry by entry and laid
 * out in its private folder. Only when every one passed does anything move into place. A
 * damaged object is named as damaged first, whatever its archive held; then the first archive
 * that was refused.
 */
async function materialiseAll(
  cfg: RestoreConfig,
  deps: RestoreDeps,
  opened: OpenedBackup,
  chosen: ManifestComponent[],
  dirs: Map<Component, string>,
  work: string,
): Promise<ReadComponents> {
  const { log } = deps;
  const id = opened.backup.id;
  const results = await atOnce(chosen, deps.signal, opened.parallel, (c, signal) =>
    opened.materialise(c, dirs.get(c.name)!, { identities: cfg.identities, log, tmp: work, signal }),
  );
  const damage: Damage[] = [];
  for (const [i, c] of chosen.entries()) {
    const f = results[i]!;
    if (opened.format === 'archive')
      log.info(
        `${c.name}: downloaded ${formatBytes(f.bytes)} in ${formatDuration(f.durationMs)} (${formatRate(f.bytes, f.durationMs)}), sha256 ${f.problem ? `MISMATCH: ${f.problem}` : 'ok'}`,
      );
    if (f.problem) damage.push({ backup: id, object: c.object, problem: f.problem });
  }
  if (damage.length) throw new IntegrityError(damage, `refusing to restore ${id}, nothing was changed`);
  const out: ReadComponents = new Map();
  for (const [i, c] of chosen.entries()) {
    const f = results[i]!;
    if (f.listError) {
      f.listError.message = `refusing to restore ${id}, nothing was changed: ${f.listError.message}`;
      throw f.listError;
    }
    const l = f.listing!;
    out.set(c.name, { listing: l, readMs: f.durationMs });
    log.info(
      opened.format === 'archive'
        ? `${c.name}: ${plural(l.entries, 'entry', 'entries')} checked and extracted (${plural(l.files, 'file', 'files')}, ${formatBytes(l.contentBytes)}), all inside the target`
        : `${c.name}: ${plural(l.files, 'file', 'files')}, ${formatBytes(l.contentBytes)} restored from the snapshot and verified by restic`,
    );
    // Archives hold the component's contents, not its root folder's mode, and the 0700 used
    // while extracting would travel on: rsync-based restores (ssh, mount:upload) copy the
    // source folder's mode onto the target. The private `work` folder still guards it.
    await chmod(dirs.get(c.name)!, 0o755);
  }
  return out;
}

/** Step 6: the platform, per component. Past the first, the target has changed: errors say how far it got. */
async function platformRestore(
  cfg: RestoreConfig,
  deps: RestoreDeps,
  plan: RestorePlan,
  chosen: ManifestComponent[],
  dirs: Map<Component, string>,
  read: ReadComponents,
): Promise<RestoredComponent[]> {
  const { log } = deps;
  const platform = await deps.openPlatform();
  const restored: RestoredComponent[] = [];
  try {
    for (const c of chosen) {
      const t = Date.now();
      log.info(`${c.name}: restoring into \`${cfg.targetEnvironment}\`…`);
      try {
        await platform.restore(c.name, dirs.get(c.name)!, {
          targetEnvironment: cfg.targetEnvironment,
          signal: deps.signal ?? new AbortController().signal,
        });
      } catch (e) {
        const done = restored.map((r) => r.component);
        const state = done.length
          ? `${done.join(', ')} ${done.length === 1 ? 'was' : 'were'} restored already; ${c.name} may be partly restored`
          : `nothing was restored before it; ${c.name} may be partly restored`;
        throw new ComponentError(c.name, `restore into \`${cfg.targetEnvironment}\` failed (${state}): ${(e as Error).message}`, {
          cause: e,
        });
      }
      restored.push({
        ...plan.components.find((p) => p.component === c.name)!,
        listing: read.get(c.name)!.listing,
        downloadMs: read.get(c.name)!.readMs,
        restoreMs: Date.now() - t,
        ...(cfg.platform === 'command' ? { dir: dirs.get(c.name)! } : {}),
      });
      log.info(`${c.name}: restored in ${formatDuration(Date.now() - t)}`);
    }
  } finally {
    await platform.close();
  }
  return restored;
}

/** `--path` and `--table`: a few entries or tables into `restore-dir`, read by range where the archives allow. */
async function restoreSome(
  cfg: RestoreConfig,
  deps: RestoreDeps,
  opened: OpenedBackup,
  chosen: ManifestComponent[],
): Promise<Pick<RestoreResult, 'partial' | 'tables'>> {
  const id = opened.backup.id;
  const early = cfg.dryRun ? [] : opened.early(chosen);
  if (early.length) throw new IntegrityError(early, `refusing to restore ${id}, nothing was changed`);
  const base = { identities: cfg.identities, dryRun: cfg.dryRun, restoreDir: cfg.restoreDir };
  if (cfg.tables?.length && !cfg.dryRun) {
    const t = await restoreTables({ ...base, paths: [], tables: cfg.tables }, deps, opened, chosen);
    return { partial: [t.part], tables: t.files };
  }
  // A dry run of --table lists the dump files it would read.
  const paths = cfg.paths?.length ? cfg.paths : DUMP_GLOBS;
  return {
    partial: await restorePaths({ ...base, paths }, deps, opened, cfg.tables?.length ? chosen.filter((c) => c.name === 'data') : chosen),
  };
}

/**
 * Runs `fn` over the components, `parallel` at a time (the format's choice), and returns the
 * results in their order. Two archives at once let one's reads, hashing and writes share the
 * runner's two cores with the other's decompression, instead of taking turns. The first failure aborts the others (through the signal
 * each gets), and is thrown once they have all ended.
 */
async function atOnce<T, R>(
  items: readonly T[],
  outer: AbortSignal | undefined,
  parallel: number,
  fn: (item: T, signal: AbortSignal) => Promise<R>,
): Promise<R[]> {
  const stop = new AbortController();
  const signal = outer ? AbortSignal.any([outer, stop.signal]) : stop.signal;
  let failure: { error: unknown } | undefined;
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length && !failure) {
      const i = next++;
      try {
        out[i] = await fn(items[i]!, signal);
      } catch (e) {
        failure ??= { error: e };
        stop.abort(new Error('stopped because another component failed'));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, parallel), items.length) }, worker));
  if (failure) throw failure.error;
  return out;
}

/** Refuses to start extracting when the folder's file system cannot hold `bytes` (plus 1%, for metadata). */
async function requireFreeSpace(dir: string, bytes: number): Promise<void> {
  let probe = dir;
  // The target may not exist yet: ask the nearest folder that does.
  for (;;) {
    const st = await statfs(probe).catch(() => undefined);
    if (st) {
      const free = st.bavail * st.bsize;
      const need = Math.ceil(bytes * 1.01);
      if (free < need)
        throw new Error(
          `not enough free space in ${dir}: the backup holds ${formatBytes(bytes)} and ${formatBytes(free)} is free; nothing was changed`,
        );
      return;
    }
    const up = path.dirname(probe);
    if (up === probe) return;
    probe = up;
  }
}
