import { buffer } from 'node:stream/consumers';
import { MANIFEST_NAME } from '../model/manifest.js';
import type { ResticStore } from '../restic/store.js';
import type { BackupRef, RemoveResult, Store, StoredBackup } from '../stores/store.js';

// Where a site's backups live, in either format: archives and manifests in a byte store (local,
// S3, artifact), or snapshots in a restic repository. List, prune, the fleet report, verify, the
// drill, copy and restore need the same few things of both: the listing, removal, a location for
// messages, the manifest as stored. Those are the methods here. What only a byte store has
// (ranged reads, check records, Object Lock, one walk of every site) stays on `store`, which a
// restic place does not have: callers ask `place.store?.lockAudit`, never which format it is.
// formats/index.ts opens one from a store spec and is the one place that tells the formats apart.

interface PlaceOf {
  /** Where the bytes live: the `store` input's kind. */
  readonly kind: Store['kind'];
  /** The backup's address for messages and outputs. Never holds credentials. */
  location(ref: BackupRef): string;
  /** The manifest's address: the `manifest` output. */
  manifestUri(ref: BackupRef): string;
  /** Every backup of a site and environment, newest first (see Store.list). */
  list(site: string, environment: string): Promise<StoredBackup[]>;
  /** Removes exactly these backups (listed by this place), and nothing else. */
  remove(backups: StoredBackup[]): Promise<RemoveResult>;
  /** The manifest's bytes exactly as stored (for `manifest-sha256` of a backup this run did not write). */
  manifestBytes(ref: BackupRef): Promise<Buffer>;
}

export interface ArchivePlace extends PlaceOf {
  readonly format: 'archive';
  /** The byte store holding the archives and manifests. */
  readonly store: Store;
}

export interface ResticPlace extends PlaceOf {
  readonly format: 'restic';
  /** A folder or a bucket, never an artifact: so `kind === 'artifact'` means an archive place. */
  readonly kind: ResticStore['kind'];
  readonly repo: ResticStore;
  /** None: the repository's bytes are restic's, so there are no ranged reads, records or locks. */
  readonly store?: undefined;
}

export type BackupPlace = ArchivePlace | ResticPlace;

/** Archive backups in a byte store. */
export function archivePlace(store: Store): ArchivePlace {
  return {
    format: 'archive',
    kind: store.kind,
    store,
    location: (ref) => store.location(ref),
    manifestUri: (ref) => store.objectUri(ref, MANIFEST_NAME),
    list: (site, environment) => store.list(site, environment),
    remove: (backups) => store.remove(backups),
    manifestBytes: async (ref) => buffer(await store.read(ref, MANIFEST_NAME)),
  };
}

/** Restic snapshots, one repository per site. */
export function resticPlace(repo: ResticStore): ResticPlace {
  return {
    format: 'restic',
    kind: repo.kind,
    repo,
    location: (ref) => repo.location(ref),
    manifestUri: (ref) => `${repo.location(ref)}/${MANIFEST_NAME}`,
    list: (site, environment) => repo.list(site, environment),
    remove: (backups) => repo.remove(backups),
    manifestBytes: (ref) => repo.manifestBytes(ref),
  };
}
