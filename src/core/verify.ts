import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { makeStaging } from '../util/cleanup.js';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DigestStream, FileHasher, linkLocalSource } from '../archive/digest.js';
import {
  ArchiveLimitError,
  ArchiveReadError,
  extractArchiveFile,
  listArchiveFile,
  UnsafeArchiveError,
  type ArchiveListing,
} from '../archive/unpack.js';
import { MANIFEST_NAME, ManifestError, parseManifest, type Component, type Manifest, type ManifestComponent } from '../model/manifest.js';
import { cell } from '../report/markdown.js';
import { withProgress } from '../report/progress.js';
import { redact } from '../report/redact.js';
import { indexDamage } from './index-object.js';
import type { Reporter } from '../report/reporter.js';
import { ObjectReadError, readSmallText, type BackupRef, type Store, type StoredBackup } from '../stores/store.js';
import { isResticStore, type ResticBackup } from '../restic/store.js';
import { formatBytes, formatRate } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';

// Reading backups back: the manifest, then every object in full, hashed as it streams. Restore
// uses the same functions, so "verify passed" and "restore would accept it" mean the same thing.

/** A manifest is a few KiB; anything this big is not one of ours. */
const MAX_MANIFEST_BYTES = 4 << 20;

/** One object (or a whole backup) that failed its check. */
export interface Damage {
  backup: string;
  /** The object's name, or `manifest.json`, or empty when the backup as a whole is the problem. */
  object: string;
  problem: string;
}

/** Thrown with every damaged object named, never just the first. */
export class IntegrityError extends Error {
  override name = 'IntegrityError';
  constructor(
    readonly damage: Damage[],
    lead = 'integrity check failed',
  ) {
    super(`${lead}: ${damage.map((d) => `${d.backup}${d.object ? `/${d.object}` : ''}: ${d.problem}`).join('; ')}`);
  }
}

/** `latest` (the newest complete backup) or an exact id, from a listing that is newest first. */
export function pickBackup(list: StoredBackup[], wanted: string): StoredBackup {
  const where = list[0] ? `${list[0].site}/${list[0].environment}` : 'this site and environment';
  if (wanted === 'latest') {
    const b = list.find((x) => x.complete);
    if (!b) {
      const incomplete = list.length
        ? ` (${list.length} incomplete ${list.length === 1 ? 'backup has' : 'backups have'} no manifest and are never restored)`
        : '';
      throw new Error(`no complete backup of ${where} exists${incomplete}`);
    }
    return b;
  }
  const b = list.find((x) => x.id === wanted);
  if (!b) {
    const recent = list
      .filter((x) => x.complete)
      .slice(0, 5)
      .map((x) => x.id);
    throw new Error(
      `backup ${wanted} does not exist in ${where}${recent.length ? `; the newest complete ones are ${recent.join(', ')}` : ''}`,
    );
  }
  if (!b.complete) {
    throw new Error(
      `backup ${wanted} has no ${MANIFEST_NAME}: it is incomplete (it failed or is still being written) and is never restored`,
    );
  }
  return b;
}

/** Every backup made within `ms` before `now`, newest first, complete or not. */
export function backupsNewerThan(list: StoredBackup[], ms: number, now: Date): StoredBackup[] {
  return list.filter((b) => now.getTime() - b.parsed.time.getTime() <= ms);
}

/** The manifest of a listed backup, checked against where it was found. */
export async function loadManifest(store: Store, ref: BackupRef): Promise<Manifest> {
  return (await loadManifestText(store, ref)).manifest;
}

/** loadManifest, with the manifest's text exactly as stored (copy writes those bytes, not a re-serialization). */
export async function loadManifestText(store: Store, ref: BackupRef): Promise<{ text: string; manifest: Manifest }> {
  const where = `${ref.id}/${MANIFEST_NAME}`;
  let text: string;
  try {
    // One call instead of a stream where the store has it: a fleet report reads 22,000 of these.
    const small = await readSmallText(store, ref, MANIFEST_NAME, MAX_MANIFEST_BYTES);
    if (small === undefined) throw new ManifestError(`${where} is larger than ${formatBytes(MAX_MANIFEST_BYTES)}: not a manifest`);
    text = small;
  } catch (e) {
    // A read that failed after every retry says nothing about the backup: never call it incomplete.
    if (e instanceof ManifestError || e instanceof ObjectReadError) throw e;
    throw new ManifestError(
      `${where} cannot be read: ${(e as Error).message}; a backup without a manifest is incomplete and is never restored`,
    );
  }
  const m = parseManifest(text, where);
  // A manifest copied into the wrong folder would point at objects that are not its own.
  const mismatch = (['id', 'site', 'environment'] as const).filter((k) => m[k] !== ref[k]);
  if (mismatch.length) {
    throw new ManifestError(
      `${where} describes ${m.site}/${m.environment}/${m.id}, not the folder it is in (${ref.site}/${ref.environment}/${ref.id})`,
    );
  }
  const names = new Set<string>();
  for (const c of m.components) {
    if (names.has(c.name)) throw new ManifestError(`${where} lists component ${c.name} twice`);
    names.add(c.name);
  }
  return { text, manifest: m };
}

/** Compares the listing with the manifest before any download: a size that differs is damage. */
export function listingDamage(backup: StoredBackup, components: ManifestComponent[]): Damage[] {
  const out: Damage[] = [];
  // The artifact store lists a backup as one zip, not file by file; there the sha256 check after
  // the download is the only check, and an absent name here is not damage.
  if (!backup.objects.some((o) => o.name === MANIFEST_NAME || components.some((c) => c.object === o.name))) return out;
  for (const c of components) {
    const o = backup.objects.find((x) => x.name === c.object);
    if (!o) out.push({ backup: backup.id, object: c.object, problem: 'is missing from the store' });
    else if (o.size !== c.bytes)
      out.push({ backup: backup.id, object: c.object, problem: `is ${o.size} bytes in the store, the manifest says ${c.bytes}` });
  }
  return out;
}

export interface FetchResult {
  bytes: number;
  sha256: string;
  durationMs: number;
  /** Why the object does not match its manifest entry; undefined when it does. */
  problem?: string;
  /** With `list`, for an object that matched: what the listing pass found... */
  listing?: ArchiveListing;
  /** ...or why it refused the archive (unsafe, past the manifest's counts, unreadable). */
  listError?: Error;
}

/** Size and digest against the manifest entry: the one rule every check ends in. */
export function compareDigest(c: ManifestComponent, got: { bytes: number; sha256: string }): string | undefined {
  if (got.bytes !== c.bytes) return `read ${got.bytes} bytes, the manifest says ${c.bytes}`;
  if (got.sha256 !== c.sha256) return `sha256 is ${got.sha256}, the manifest says ${c.sha256}`;
  return undefined;
}

/** Also run the listing pass over the object (restore and verify), with these identities. */
export interface ListRequest {
  identities: string[];
  /**
   * Restore: extract into this private folder in the same pass, instead of only listing. What it
   * holds counts only when the checksum matched and the listing passed; the caller removes it
   * otherwise, and moves it into place only once every component passed.
   */
  extractTo?: string;
}

/**
 * Reads one object in full, hashing it as it streams, into `dest` (a local file) or nowhere.
 * Never throws for damage; a read error is damage too, since the object cannot be restored.
 *
 * With `list` (and `dest`), it also runs the listing pass (unpack.ts) over the file, held to the
 * manifest's counts. An object of a local store is linked, not copied, and then hashed and listed
 * in one read of the file: the listing hands the checksum every chunk it reads. The outcome of the
 * listing counts only when the checksum matched: a damaged object is damage, whatever its listing
 * said. Nothing is written but `dest` either way.
 */
export async function fetchObject(
  store: Store,
  ref: BackupRef,
  c: ManifestComponent,
  dest?: string,
  signal?: AbortSignal,
  log?: Reporter,
  list?: ListRequest,
): Promise<FetchResult> {
  const meter = { digest: new DigestStream(), hasher: undefined as FileHasher | undefined };
  // Progress lines for a long download (restore and verify): bytes of the manifest's size, and the rate.
  if (log)
    return withProgress(
      c.name,
      log,
      { phase: 'downloading', total: c.bytes, bytes: () => meter.hasher?.bytes ?? meter.digest.bytes, noun: 'downloaded' },
      () => fetchInto(store, ref, c, meter, dest, signal, list),
    );
  return fetchInto(store, ref, c, meter, dest, signal, list);
}

/** The listing pass over a local object file, its outcome as a value. */
async function listQuietly(
  file: string,
  c: ManifestComponent,
  list: ListRequest,
  signal?: AbortSignal,
  tap?: (chunk: Buffer) => void,
): Promise<Pick<FetchResult, 'listing' | 'listError'>> {
  try {
    const opts = { compression: c.compression, encryption: c.encryption, identities: list.identities, ...(signal ? { signal } : {}) };
    const limits = { contentBytes: c.contentBytes, files: c.files };
    if (list.extractTo) return { listing: await extractArchiveFile(file, list.extractTo, c.object, opts, limits, tap) };
    return { listing: await listArchiveFile(file, c.object, opts, limits, tap) };
  } catch (e) {
    return { listError: e instanceof Error ? e : new Error(String(e)) };
  }
}

async function fetchInto(
  store: Store,
  ref: BackupRef,
  c: ManifestComponent,
  meter: { digest: DigestStream; hasher: FileHasher | undefined },
  dest?: string,
  signal?: AbortSignal,
  list?: ListRequest,
): Promise<FetchResult> {
  const started = Date.now();
  const { digest } = meter;
  try {
    const source = await store.read(ref, c.object);
    // A local store's object is linked, not copied, and hashed in place (see linkLocalSource).
    if (dest && (await linkLocalSource(source, dest))) {
      const hasher = (meter.hasher = new FileHasher());
      const listed = list ? await listQuietly(dest, c, list, signal, hasher.update) : {};
      const got = await hasher.finish(dest, signal);
      const problem = compareDigest(c, got);
      return { ...got, durationMs: Date.now() - started, ...(problem ? { problem } : listed) };
    }
    const sink = dest
      ? createWriteStream(dest, { mode: 0o600 })
      : new Writable({
          write(_chunk, _enc, cb) {
            cb();
          },
        });
    await pipeline(source, digest, sink, signal ? { signal } : {});
  } catch (e) {
    // A read that failed after every retry says nothing about the backup: never call it damage.
    if (e instanceof ObjectReadError) throw e;
    return {
      bytes: meter.hasher?.bytes ?? digest.bytes,
      sha256: '',
      durationMs: Date.now() - started,
      problem: `cannot be read: ${redact((e as Error).message)}`,
    };
  }
  const got = { bytes: digest.bytes, sha256: digest.digest() };
  const problem = compareDigest(c, got);
  const listed = !problem && list && dest ? await listQuietly(dest, c, list, signal) : {};
  return { ...got, durationMs: Date.now() - started, ...(problem ? { problem } : listed) };
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
  store: Store;
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
}

/** An incomplete backup touched this recently may still be running; it is not called damaged. */
export const IN_PROGRESS_GRACE_MS = 3_600_000;

/**
 * `s3-object-lock`: every object of the backup locked in the expected mode until at least the
 * date its retention needs (docs/immutable.md). A missing or short lock is damage naming the object.
 */
async function auditLocks(b: StoredBackup, deps: VerifyDeps, result: BackupCheck): Promise<void> {
  if (!deps.store.lockAudit) return;
  let findings: { object: string; problem: string }[];
  try {
    findings = await deps.store.lockAudit(b);
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
  let manifest: Manifest;
  try {
    manifest = await loadManifest(deps.store, b);
  } catch (e) {
    if (e instanceof ObjectReadError) throw e;
    result.damage.push({ backup: b.id, object: MANIFEST_NAME, problem: (e as Error).message });
    return result;
  }
  result.manifest = manifest;
  await auditLocks(b, deps, result);
  const components = deps.components ? manifest.components.filter((c) => deps.components!.includes(c.name)) : manifest.components;
  const early = listingDamage(b, components);
  const work = await makeStaging(deps.tmpRoot, 'verify');
  try {
    for (const c of components) {
      const listed = early.find((d) => d.object === c.object);
      if (listed) {
        result.damage.push(listed);
        result.objects.push({ component: c.name, object: c.object, bytes: c.bytes, ok: false, problem: listed.problem, durationMs: 0 });
        continue;
      }
      const decodable = c.encryption === 'none' || deps.identities.length > 0;
      const file = decodable ? path.join(work, c.object) : undefined;
      // Decodable archives are also listed, held to what the manifest declares (a bomb is
      // damage, not a long wait), in the same read as the checksum where the store allows.
      const f = await fetchObject(deps.store, b, c, file, deps.signal, deps.log, file ? { identities: deps.identities } : undefined);
      const check: ObjectCheck = { component: c.name, object: c.object, bytes: f.bytes, ok: !f.problem, durationMs: f.durationMs };
      if (f.problem) {
        check.problem = f.problem;
        result.damage.push({ backup: b.id, object: c.object, problem: f.problem });
      } else if (f.listError) {
        const e = f.listError;
        const problem =
          e instanceof UnsafeArchiveError || e instanceof ArchiveReadError || e instanceof ArchiveLimitError
            ? e.message.replace(`${c.object}: `, '')
            : e.message;
        check.ok = false;
        check.problem = problem;
        result.damage.push({ backup: b.id, object: c.object, problem });
      } else if (f.listing) {
        check.listing = f.listing;
      } else {
        check.notDecoded = 'encrypted; set `decrypt-identity` to also decrypt and list it';
      }
      if (file && check.ok && check.listing) await deps.onVerified?.(b, c, file);
      if (file) await rm(file, { force: true });
      deps.log.info(
        `${b.id}/${c.object}: ${check.ok ? 'ok' : 'DAMAGED'}, ${formatBytes(f.bytes)} in ${formatDuration(f.durationMs)} (${formatRate(f.bytes, f.durationMs)})${check.listing ? `, ${check.listing.files} files` : ''}${check.problem ? `: ${check.problem}` : ''}`,
      );
      result.objects.push(check);
      // The member index beside the archive (issue 22) is checked on its own: see indexDamage.
      const indexProblem = await indexDamage(deps.store, b, c, deps.identities);
      if (indexProblem) result.damage.push({ backup: b.id, object: c.index!.object, problem: indexProblem });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return result;
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
  // format: restic is verified by `restic check` (src/restic/restore.ts).
  if (isResticStore(deps.store))
    return (await import('../restic/restore.js')).resticVerify(site, environment, backups as ResticBackup[], {
      ...deps,
      store: deps.store,
    });
  const started = Date.now();
  const checks: BackupCheck[] = [];
  for (const b of backups) checks.push(await checkBackup(b, deps));
  return { site, environment, checks, damage: checks.flatMap((c) => c.damage), durationMs: Date.now() - started };
}

/** The job summary of a verify run. Pure. */
export function verifySummaryMarkdown(r: VerifyReport): string {
  const ok = r.damage.length === 0;
  const lines = [`## Verify ${r.site}/${r.environment}: ${ok ? 'all backups intact' : `${r.damage.length} damaged`}`, ''];
  lines.push('| backup | object | bytes | files | result | time |', '|---|---|---:|---:|---|---:|');
  for (const c of r.checks) {
    if (c.inProgress) lines.push(`| \`${c.id}\` | | | | incomplete, written less than an hour ago (still running?) | |`);
    for (const d of c.damage.filter((x) => !c.objects.some((o) => o.object === x.object)))
      lines.push(`| \`${c.id}\` | ${cell(d.object)} | | | **DAMAGED**: ${cell(d.problem)} | |`);
    for (const o of c.objects) {
      const result = o.ok
        ? o.notDecoded
          ? `sha256 ok (${o.notDecoded})`
          : 'sha256 ok, archive safe'
        : `**DAMAGED**: ${cell(o.problem ?? '')}`;
      lines.push(
        `| \`${c.id}\` | ${o.object} | ${formatBytes(o.bytes)} | ${o.listing?.files ?? ''} | ${result} | ${formatDuration(o.durationMs)} |`,
      );
    }
  }
  lines.push('', `Checked ${r.checks.length} ${r.checks.length === 1 ? 'backup' : 'backups'} in ${formatDuration(r.durationMs)}.`, '');
  return lines.join('\n');
}
