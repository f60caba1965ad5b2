import { Readable } from 'node:stream';
import { parseBackupId, type ParsedBackupId } from '../model/backup-id.js';
import { INDEX_NAME_RE, MANIFEST_NAME, OBJECT_NAME_RE } from '../model/manifest.js';

/** Which backup: the folder `<store>/<site>/<environment>/<id>/`. */
export interface BackupRef {
  site: string;
  environment: string;
  id: string;
}

export interface StoredObject {
  name: string;
  size: number;
}

/** A backup as the store lists it, before anyone reads its manifest. */
export interface StoredBackup extends BackupRef {
  parsed: ParsedBackupId;
  /** A manifest exists: the backup finished. Only complete backups are ever restored or counted. */
  complete: boolean;
  objects: StoredObject[];
  /** Sum of the object sizes, manifest included. */
  bytes: number;
  /** When the store last saw a write to this backup; used to age incomplete backups. */
  lastModified: Date;
  /**
   * Check records (`last-verify.json`, `last-drill.json`, see FORMAT.md) beside the backup. Not
   * objects: they never make a backup complete, count in its size or get restored, but remove()
   * deletes them with the backup's objects.
   */
  records?: StoredObject[];
  /**
   * The objects' sizes were not read (listAll with `sizes: 'incomplete'`): they are listed with
   * size 0, and `bytes` counts nothing; the manifest records each object's bytes. Only ever set
   * on a complete backup.
   */
  unsized?: true;
  /**
   * The listing held an empty `<id>/` entry: on S3, a zero-byte "folder" object, as consoles and
   * sync tools make (and as a killed prune may leave the only key of a backup); on a folder store,
   * an empty folder. remove() deletes it with the backup, so such a folder is not listed forever.
   */
  folderMarker?: true;
  /**
   * Listed with `include-deleted`: some of its objects are old versions hidden by delete markers
   * (deleted, but kept by a versioned, locked bucket). Reads get those versions.
   */
  deleted?: true;
}

/** The Object Lock of one object of a backup, as the store reports it. */
export interface LockState {
  name: string;
  mode?: string;
  until?: Date;
}

export interface ListAllOptions {
  /**
   * 'incomplete': read object sizes (a stat per object on a local store) only for backups
   * without a manifest; complete ones come back `unsized`. For a reader that takes the sizes
   * from the manifests it reads anyway (the fleet report). Stores whose listing carries sizes
   * for free (S3) ignore it. Never for prune or restore, which compare sizes.
   */
  sizes?: 'all' | 'incomplete';
}

/** Writes one backup. Objects first, then commit() writes the manifest: the commit point. */
export interface BackupWriter {
  /**
   * `size`, when the caller knows it (a copy does, a backup being packed does not), lets a store
   * size its upload parts to the object: smaller parts, less memory.
   */
  put(name: string, body: Readable, size?: number): Promise<void>;
  /**
   * put() for an object made of lent batches: each batch is valid only until the next one is
   * asked for (the pack pipeline reuses its buffers). Only for stores that are done with the
   * bytes by then, such as a file write; the others get copies through put() (see putBatches).
   */
  putLent?(name: string, batches: AsyncIterable<Buffer[]>): Promise<void>;
  commit(manifestJson: string): Promise<void>;
  /** Best effort clean-up after a failure; what it cannot remove stays incomplete and is swept later. */
  abort(): Promise<void>;
}

export interface RemoveResult {
  removed: string[];
  /** Per-key failures. A backup whose keys were not all deleted is not in `removed`. */
  errors: { key: string; message: string }[];
}

export interface Store {
  readonly kind: 'local' | 's3' | 'artifact';
  /** The backup's folder URI (for artifacts, the artifact name). Never holds credentials. */
  location(ref: BackupRef): string;
  objectUri(ref: BackupRef, name: string): string;
  createWriter(ref: BackupRef): Promise<BackupWriter>;
  /**
   * Every backup of a site and environment, complete or not, newest first. Throws when the
   * listing is partial in any way: callers delete based on it.
   */
  list(site: string, environment: string): Promise<StoredBackup[]>;
  /**
   * Aborts unfinished uploads of backup objects of this site and environment that started before
   * `olderThan` (a killed run leaves its multipart upload, and its parts are billed until
   * aborted). Optional: only stores with such uploads (S3) have it. Returns how many it aborted.
   */
  abortStaleUploads?(site: string, environment: string, olderThan: Date): Promise<number>;
  /**
   * Every backup of every site and environment in the store, in one walk, for `site-backup list`
   * without `--site`. Optional: a store that cannot enumerate its sites leaves it out, and the
   * caller asks for a site (as it does of a restic place, which has no byte store at all).
   */
  listAll?(options?: ListAllOptions): Promise<StoredBackup[]>;
  read(ref: BackupRef, name: string): Promise<Readable>;
  /**
   * Bytes [start, end) of an object, for restores of a few files from a seekable archive.
   * Optional: a store without ranged reads (artifacts, one zip) is read whole through
   * readObjectRange below.
   */
  readRange?(ref: BackupRef, name: string, start: number, end: number): Promise<Readable>;
  /**
   * A small object (a manifest, a check record) whole, or undefined when it is larger than
   * `limit` bytes. Optional: a cheaper read() for stores where a stream costs more than the
   * bytes (local files); callers fall back to read().
   */
  readSmall?(ref: BackupRef, name: string, limit: number): Promise<Buffer | undefined>;
  /** Deletes the layout keys of these backups (objects and check records), and nothing else. */
  remove(backups: StoredBackup[]): Promise<RemoveResult>;
  /**
   * Writes (or replaces) one check record beside a backup: what verify or the drill found.
   * Optional: artifacts cannot change once uploaded.
   */
  writeRecord?(ref: BackupRef, name: RecordName, json: string): Promise<void>;
  /**
   * Object Lock (`s3-object-lock`, docs/immutable.md). Optional: only a locking store has them.
   * lockStates: each object's lock. extendLocks: raises every object's lock to at least `until`
   * and never shortens one; returns how many it raised. lockAudit: each object whose lock is
   * missing, in the wrong mode or shorter than the backup's retention needs, with why.
   */
  lockStates?(backup: StoredBackup): Promise<LockState[]>;
  extendLocks?(backup: StoredBackup, until: Date): Promise<number>;
  lockAudit?(backup: StoredBackup): Promise<{ object: string; problem: string }[]>;
  /**
   * How many backups of a site are deleted but recoverable (their manifest is an old version
   * behind a delete marker), for `list` without `include-deleted`. Undefined when the store
   * cannot tell (no versions, or no permission to list them).
   */
  countDeleted?(site: string, environment: string): Promise<number | undefined>;
}

/** The check records a backup folder may hold beside its objects (FORMAT.md, "Check records"). */
export const RECORD_NAMES = ['last-verify.json', 'last-drill.json'] as const;
export type RecordName = (typeof RECORD_NAMES)[number];

export function isRecordName(name: string): name is RecordName {
  return (RECORD_NAMES as readonly string[]).includes(name);
}

/**
 * A writer found its backup (or its manifest) already there. Writers never replace a backup:
 * the step fails loudly and the backup already stored stays as it was.
 */
export class BackupExistsError extends Error {
  override name = 'BackupExistsError';
  constructor(where: string) {
    super(
      `a backup already exists at ${where}; refusing to replace it (two backup steps with one id?). Nothing of it was changed; run the backup again for a new id.`,
    );
  }
}

/**
 * An object could not be read, after every retry: the connection broke, the store answered 5xx.
 * It says nothing about the backup, so verify and restore report "could not read, try again",
 * never "damaged".
 */
export class ObjectReadError extends Error {
  override name = 'ObjectReadError';
  constructor(where: string, retries: number, cause: unknown) {
    super(
      `could not read ${where} (${retries} ${retries === 1 ? 'retry' : 'retries'} spent: ${(cause as Error)?.message ?? String(cause)}); this says nothing about the backup: try again`,
      { cause },
    );
  }
}

/** True for the names a backup folder may hold. Anything else is never touched by remove(). */
export function isLayoutObject(name: string): boolean {
  return name === MANIFEST_NAME || OBJECT_NAME_RE.test(name) || INDEX_NAME_RE.test(name);
}

/**
 * Groups `<id>/<name>` entries into backups. Any entry under a valid id makes that backup known
 * (so a folder holding only leftovers is seen as incomplete and can be swept), but only layout
 * names become objects, and remove() deletes only objects: the first safety rule.
 */
export function groupBackups(
  site: string,
  environment: string,
  entries: { id: string; name: string; size: number; lastModified: Date }[],
): StoredBackup[] {
  const byId = new Map<string, StoredBackup>();
  for (const e of entries) {
    let b = byId.get(e.id);
    if (!b) {
      // Parsed once per backup, not per entry: a fleet report groups 100,000 entries.
      const parsed = parseBackupId(e.id);
      if (!parsed) continue;
      // (A record's time is not a write of the backup: see below.)
      b = {
        site,
        environment,
        id: e.id,
        parsed,
        complete: false,
        objects: [],
        bytes: 0,
        lastModified: isRecordName(e.name) ? new Date(0) : e.lastModified,
      };
      byId.set(e.id, b);
    }
    if (isRecordName(e.name)) {
      // A record is written after its backup finished: it must not make an old incomplete
      // backup look recently written, so it does not move lastModified.
      (b.records ??= []).push({ name: e.name, size: e.size });
      continue;
    }
    if (e.lastModified > b.lastModified) b.lastModified = e.lastModified;
    if (e.name === '' && e.size === 0) b.folderMarker = true;
    if (!isLayoutObject(e.name)) continue;
    b.objects.push({ name: e.name, size: e.size });
    b.bytes += e.size;
    if (e.name === MANIFEST_NAME) b.complete = true;
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/**
 * A small object as text, or undefined when it is larger than `limit` bytes: one call where the
 * store has a cheap readSmall (local files), a bounded stream read elsewhere.
 */
export async function readSmallText(store: Store, ref: BackupRef, name: string, limit: number): Promise<string | undefined> {
  if (store.readSmall) return (await store.readSmall(ref, name, limit))?.toString('utf8');
  const stream = await store.read(ref, name);
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of stream) {
    n += (c as Buffer).length;
    if (n > limit) {
      stream.destroy();
      return undefined;
    }
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Bytes [start, end) of an object: a ranged read where the store has one, else the whole object
 * read and the rest dropped. The body is checked to be exactly that long (a short one fails).
 */
export async function* readObjectRange(store: Store, ref: BackupRef, name: string, start: number, end: number): AsyncGenerator<Buffer> {
  if (end <= start) return;
  let body: Readable;
  let skip = 0;
  if (store.readRange) body = await store.readRange(ref, name, start, end);
  else {
    body = await store.read(ref, name);
    skip = start;
  }
  let want = end - start;
  try {
    for await (const c of body) {
      let chunk = c as Buffer;
      if (skip > 0) {
        const k = Math.min(skip, chunk.length);
        skip -= k;
        chunk = chunk.subarray(k);
      }
      if (chunk.length === 0) continue;
      if (chunk.length > want) chunk = chunk.subarray(0, want);
      want -= chunk.length;
      yield chunk;
      if (want === 0) return;
    }
  } finally {
    body.destroy();
  }
  throw new Error(`${store.objectUri(ref, name)} ended ${want} bytes before byte ${end}: it is shorter than its manifest says`);
}

/**
 * Stores an object made of lent batches (see BackupWriter.putLent): straight through when the
 * store takes them as they are, else as a stream of copies, since an upload holds on to its
 * chunks (an S3 part, a zip entry) after it asked for the next.
 */
export function putBatches(writer: BackupWriter, name: string, batches: AsyncIterable<Buffer[]>): Promise<void> {
  if (writer.putLent) return writer.putLent(name, batches);
  async function* copies(): AsyncGenerator<Buffer> {
    for await (const batch of batches) yield batch.length === 1 ? Buffer.from(batch[0]!) : Buffer.concat(batch);
  }
  return writer.put(name, Readable.from(copies(), { objectMode: false, highWaterMark: 1 << 20 }));
}
