import { rm } from 'node:fs/promises';
import type { ArchiveListing } from '../archive/unpack.js';
import { readerFor, type BackupPlace } from '../formats/index.js';
import type { BackupReader, Damage, OpenedBackup } from '../formats/reader.js';
import { MANIFEST_NAME, type Component, type Manifest, type ManifestComponent } from '../model/manifest.js';
import { redact } from '../report/redact.js';
import { indexDamage } from './index-object.js';
import type { Reporter } from '../report/reporter.js';
import { ObjectReadError, type StoredBackup } from '../stores/store.js';
import { formatBytes, formatRate } from '../util/bytes.js';
import { makeStaging } from '../util/cleanup.js';
import { formatDuration } from '../util/duration.js';

// Verify: each backup opened and every component read and judged through its format's reader
// (formats/), the same reads restore makes, so "verify passed" and "restore would accept it"
// mean the same thing.

/** Every backup made within `ms` before `now`, newest first, complete or not. */
export function backupsNewerThan(list: StoredBackup[], ms: number, now: Date): StoredBackup[] {
  return list.filter((b) => now.getTime() - b.parsed.time.getTime() <= ms);
}

export interface ObjectCheck {
  component: Component;
  object: string;
  bytes: number;
  ok: boolean;
  problem?: string;
  durationMs: number;
  /** Filled when the archive was also decoded and listed (not encrypted, or an identity given). */
  listing?: ArchiveListing;
  /** Why the archive was not decoded (encrypted and no identity). */
  notDecoded?: string;
}

export interface BackupCheck {
  id: string;
  complete: boolean;
  manifest?: Manifest;
  objects: ObjectCheck[];
  damage: Damage[];
  /** Incomplete and recent: possibly still being written, so only a warning. */
  inProgress?: boolean;
}

export interface VerifyDeps {
  place: BackupPlace;
  log: Reporter;
  tmpRoot: string;
  /** age identities; encrypted archives are also decrypted and listed when given. */
  identities: string[];
  /** Only these components' objects; all by default. */
  components?: Component[];
  now?: () => Date;
  signal?: AbortSignal;
  /**
   * Called with each object that downloaded, hashed and listed cleanly, before its temporary
   * copy is removed. It may move the file away to use it later (the drill does), so a verified
   * object is never downloaded twice.
   */
  onVerified?: (backup: StoredBackup, component: ManifestComponent, file: string) => Promise<void>;
  /** The format's reader; by default the one for what `place` holds. */
  reader?: BackupReader;
}

/** An incomplete backup touched this recently may still be running; it is not called damaged. */
export const IN_PROGRESS_GRACE_MS = 3_600_000;

/**
 * `s3-object-lock`: every object of the backup locked in the expected mode until at least the
 * date its retention needs (docs/immutable.md). A missing or short lock is damage naming the object.
 */
async function auditLocks(b: StoredBackup, deps: VerifyDeps, result: BackupCheck): Promise<void> {
  const store = deps.place.store;
  if (!store?.lockAudit) return;
  let findings: { object: string; problem: string }[];
  try {
    findings = await store.lockAudit(b);
  } catch (e) {
    findings = [{ object: MANIFEST_NAME, problem: `its Object Lock could not be read: ${redact((e as Error).message)}` }];
  }
  for (const f of findings) {
    deps.log.info(`${b.id}/${f.object}: LOCK ${f.problem}`);
    result.damage.push({ backup: b.id, object: f.object, problem: `Object Lock: ${f.problem}` });
  }
}

/**
 * Checks one backup: manifest present and consistent, every object present with the right size,
 * every object's sha256 by reading it through, and each archive decodable and safe to extract
 * where it can be decoded. Collects all damage instead of stopping at the first.
 */
export async function checkBackup(b: StoredBackup, deps: VerifyDeps): Promise<BackupCheck> {
  const now = (deps.now ?? (() => new Date()))();
  const result: BackupCheck = { id: b.id, complete: b.complete, objects: [], damage: [] };
  if (!b.complete) {
    if (now.getTime() - b.lastModified.getTime() < IN_PROGRESS_GRACE_MS) {
      result.inProgress = true;
      return result;
    }
    result.damage.push({ backup: b.id, object: MANIFEST_NAME, problem: 'is missing: the backup is incomplete and can never be restored' });
    return result;
  }
  let opened: OpenedBackup;
  try {
    opened = await (deps.reader ?? readerFor(deps.place)).open(b);
  } catch (e) {
    if (e instanceof ObjectReadError) throw e;
    result.damage.push({ backup: b.id, object: MANIFEST_NAME, problem: (e as Error).message });
    return result;
  }
  const manifest = opened.manifest;
  result.manifest = manifest;
  await auditLocks(b, deps, result);
  const components = deps.components ? manifest.components.filter((c) => deps.components!.includes(c.name)) : manifest.components;
  const early = opened.early(components);
  const work = await makeStaging(deps.tmpRoot, 'verify');
  try {
    for (const c of components) {
      const listed = early.find((d) => d.object === c.object);
      if (listed) {
        result.damage.push(listed);
        result.objects.push({ component: c.name, object: c.object, bytes: c.bytes, ok: false, problem: listed.problem, durationMs: 0 });
        continue;
      }
      result.objects.push(await checkComponent(opened, c, deps, work, result));
      // The member index beside the archive (issue 22) is checked on its own: see indexDamage.
      const indexProblem = deps.place.store && (await indexDamage(deps.place.store, b, c, deps.identities));
      if (indexProblem) result.damage.push({ backup: b.id, object: c.index!.object, problem: indexProblem });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return result;
}

/** One component read and judged through its format's reader; its damage added to `result`. */
async function checkComponent(
  opened: OpenedBackup,
  c: ManifestComponent,
  deps: VerifyDeps,
  tmp: string,
  result: BackupCheck,
): Promise<ObjectCheck> {
  const b = opened.backup;
  const onVerified = deps.onVerified;
  const f = await opened.check(c, {
    identities: deps.identities,
    log: deps.log,
    tmp,
    ...(deps.signal ? { signal: deps.signal } : {}),
    ...(onVerified ? { onVerified: (file: string) => onVerified(b, c, file) } : {}),
  });
  const check: ObjectCheck = { component: c.name, object: c.object, bytes: f.bytes, ok: !f.problem, durationMs: f.durationMs };
  if (f.problem) {
    check.problem = f.problem;
    result.damage.push({ backup: b.id, object: c.object, problem: f.problem });
  } else if (f.listing) check.listing = f.listing;
  if (f.notDecoded) check.notDecoded = f.notDecoded;
  // A restic component is checked by the repository check, which logs its own line.
  if (opened.format === 'archive')
    deps.log.info(
      `${b.id}/${c.object}: ${check.ok ? 'ok' : 'DAMAGED'}, ${formatBytes(f.bytes)} in ${formatDuration(f.durationMs)} (${formatRate(f.bytes, f.durationMs)})${check.listing ? `, ${check.listing.files} files` : ''}${check.problem ? `: ${check.problem}` : ''}`,
    );
  return check;
}

export interface VerifyReport {
  site: string;
  environment: string;
  checks: BackupCheck[];
  damage: Damage[];
  durationMs: number;
}

/** Checks each backup in turn and gathers all the damage; throws nothing for damage itself. */
export async function verifyBackups(site: string, environment: string, backups: StoredBackup[], deps: VerifyDeps): Promise<VerifyReport> {
  const started = Date.now();
  const checks: BackupCheck[] = [];
  const reader = deps.reader ?? readerFor(deps.place);
  for (const b of backups) checks.push(await checkBackup(b, { ...deps, reader }));
  if (reader.checkStore && checks.length > 0) await storeCheck(reader.checkStore, site, checks[0]!, deps);
  return { site, environment, checks, damage: checks.flatMap((c) => c.damage), durationMs: Date.now() - started };
}

/**
 * A check of the whole store (restic check), told on the newest backup: its components are
 * only as sound as the repository that holds them.
 */
async function storeCheck(
  run: NonNullable<BackupReader['checkStore']>,
  site: string,
  newest: BackupCheck,
  deps: VerifyDeps,
): Promise<void> {
  const r = await run(site, { log: deps.log, ...(deps.signal ? { signal: deps.signal } : {}) });
  if (r.problem) {
    newest.damage.push({ backup: newest.id, object: r.what, problem: r.problem });
    for (const o of newest.objects) {
      o.ok = false;
      o.problem = 'the repository check failed';
    }
  }
  for (const o of newest.objects) o.durationMs = r.durationMs;
}
