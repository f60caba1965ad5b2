import type { ArchiveListing } from '../archive/unpack.js';
import type { Manifest, ManifestComponent } from '../model/manifest.js';
import type { Reporter } from '../report/reporter.js';
import type { StoredBackup } from '../stores/store.js';

// The reader half of a backup format: what restore, verify and the drill need from a backup,
// whatever holds its bytes (archives and a manifest, or a restic snapshot). One restore
// algorithm (core/restore.ts) runs on top of it; a format only says how a component's bytes
// are read, checked and laid out as a folder.
//
//   open(backup)                    the manifest, checked against the backup it came from
//   materialise(component, target)  the component's tree in `target`, every byte checked
//   check(component)                read and judge it without laying it out

/** One object (or a whole backup) that failed its check. */
export interface Damage {
  backup: string;
  /** The object's name, or `manifest.json`, or empty when the backup as a whole is the problem. */
  object: string;
  problem: string;
}

export interface ReadOptions {
  /** age identities, for encrypted archives. */
  identities: string[];
  log: Reporter;
  /** A private folder the reader may use for what it downloads; the caller removes it. */
  tmp: string;
  signal?: AbortSignal;
}

export interface MaterialiseOptions extends ReadOptions {
  /** A copy of the component's object already read and checked (verify's, for the drill). */
  checkedCopy?: string;
}

/**
 * What a read found. `target` holds the component only when `listing` is set; with `problem`
 * (the stored bytes do not match the manifest) or `listError` (they match, but the contents were
 * refused: unsafe, past the declared counts, unreadable) the caller throws `target` away.
 */
export interface ReadResult {
  /** Bytes read from the store, and how long reading them took. */
  bytes: number;
  durationMs: number;
  problem?: string;
  listError?: Error;
  listing?: ArchiveListing;
  /** check(): why the contents were not decoded (encrypted and no identity). */
  notDecoded?: string;
}

export interface CheckOptions extends ReadOptions {
  /** Called with a local copy that read and listed cleanly, before it is removed; it may move it away. */
  onVerified?: (file: string) => Promise<void>;
}

export interface OpenedBackup {
  readonly format: 'archive' | 'restic';
  readonly backup: StoredBackup;
  /** The manifest as restore and verify show it (for restic, its folders as components). */
  readonly manifest: Manifest;
  /** What the backup is read from beyond its id, for the plan and logs (the restic snapshot), if anything. */
  readonly origin?: string;
  /** Components read at once: each read's memory is bounded, and a restic repository takes one restore at a time. */
  readonly parallel: number;
  /** Damage visible before any byte is read (the store's listing against the manifest). */
  early(components: readonly ManifestComponent[]): Damage[];
  /**
   * The component's tree into `target` (an empty private folder). `paths` is a hint: only the
   * entries matching those globs are needed, and a format that can read selectively (restic's
   * include rules) lays out only those; one that cannot (a whole archive) lays out everything,
   * and the caller keeps what matches. Throws for a store that cannot be read; damage is a value.
   */
  materialise(c: ManifestComponent, target: string, o: MaterialiseOptions & { paths?: string[] }): Promise<ReadResult>;
  /** Reads and judges the component without laying it out. Damage is a value, never thrown. */
  check(c: ManifestComponent, o: CheckOptions): Promise<ReadResult>;
}

/** The outcome of a check that covers the whole store at once (restic check). */
export interface StoreCheck {
  /** What ran, for the report: `restic check`. */
  what: string;
  problem?: string;
  durationMs: number;
}

export interface BackupReader {
  /** The manifest read and checked against the backup; throws ManifestError (or a read error) when it cannot be. */
  open(backup: StoredBackup): Promise<OpenedBackup>;
  /** A check of the whole site's store beyond each component's (restic's repository check), where the format has one. */
  checkStore?(site: string, o: { log: Reporter; signal?: AbortSignal }): Promise<StoreCheck>;
}
