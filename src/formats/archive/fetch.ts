import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DigestStream, FileHasher, linkLocalSource } from '../../archive/digest.js';
import { extractArchiveFile, listArchiveFile, type ArchiveListing } from '../../archive/unpack.js';
import { MANIFEST_NAME, ManifestError, parseManifest, type Manifest, type ManifestComponent } from '../../model/manifest.js';
import { withProgress } from '../../report/progress.js';
import { redact } from '../../report/redact.js';
import type { Reporter } from '../../report/reporter.js';
import { ObjectReadError, readSmallText, type BackupRef, type Store, type StoredBackup } from '../../stores/store.js';
import { formatBytes } from '../../util/bytes.js';
import type { Damage } from '../reader.js';

// Reading an archive-format backup's bytes back: the manifest, then every object in full,
// hashed as it streams. Restore, verify and the drill all read through here, so "verify passed"
// and "restore would accept it" mean the same thing.

/** A manifest is a few KiB; anything this big is not one of ours. */
const MAX_MANIFEST_BYTES = 4 << 20;

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
