import type { BackupConfig } from '../config/backup.js';
import type { ComponentReport } from '../model/component-report.js';
import type { Component, Manifest } from '../model/manifest.js';
import type { ExportResult } from '../platforms/platform.js';
import type { Progress } from '../report/progress.js';
import type { Reporter } from '../report/reporter.js';
import type { BackupRef } from '../stores/store.js';

// The writer half of a backup format. core/backup runs one algorithm for every format (which
// components, their exports, timeouts, progress, the pull cache, errors) and hands each exported
// folder to a writer; the writer decides how the bytes reach the store. The contract every
// format keeps, because list, prune and restore rely on it: nothing counts as a backup until
// commit() has written the manifest (or the restic snapshot) LAST, and abort() removes only what
// this writer wrote, never another backup.

export interface WriterContext {
  cfg: BackupConfig;
  ref: BackupRef;
  log: Reporter;
  /** Where exports are staged (RUNNER_TEMP or the OS temp folder). */
  tmpRoot: string;
  progressIntervalMs?: number;
  /**
   * Called once a component's export is safely in the store (archive: after its pack; restic:
   * after the snapshot), so the pull cache can keep it for the next backup. Never throws.
   */
  stored(component: Component, dir: string): Promise<void>;
}

/** One component, exported into the folder its writer staged. */
export interface ExportedComponent {
  component: Component;
  dir: string;
  exported: ExportResult | void;
  /** When its export began (Date.now()): the report's duration counts from here. */
  started: number;
  progress: Progress;
  signal: AbortSignal;
}

/** Everything the manifest says that is not about one component: core writes it, the format adds the components. */
export type ManifestHead = Omit<Manifest, 'components'>;

export interface Committed {
  manifestUri: string;
  /** Stored bytes of the component objects (restic: bytes added to the repository). */
  bytes: number;
  /** sha256 of the manifest exactly as stored (archive format). */
  manifestSha256?: string;
  manifest?: Manifest;
}

export interface BackupFormatWriter {
  /** The store as a log line names it ("to …"). */
  readonly where: string;
  /**
   * Aborted when the writer can no longer succeed whatever the exports do (restic: the repository
   * did not open); its reason is the backup's error, and the exports running stop at once.
   */
  readonly failed: AbortSignal;
  /** A new, empty folder for one component's export. */
  stage(component: Component): Promise<string>;
  /** Drops a staged folder whose export failed. */
  unstage(dir: string): Promise<void>;
  /** Streams one exported component in; from here the writer owns its folder. */
  add(c: ExportedComponent): Promise<ComponentReport>;
  /** Writes the manifest (or snapshot) last; the reports given are the ones add() returned. */
  commit(head: ManifestHead, reports: ComponentReport[]): Promise<Committed>;
  /** Removes everything this writer wrote. Safe to call after a failed commit. */
  abort(): Promise<void>;
}
