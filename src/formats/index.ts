import { isResticStore } from '../restic/store.js';
import type { Store } from '../stores/store.js';
import type { BackupReader } from './reader.js';
import type { BackupFormatWriter, WriterContext } from './writer.js';

export type { BackupReader, Damage, OpenedBackup, ReadResult } from './reader.js';

// The one place that tells the formats apart: a restic store holds snapshots, any other archives.
// Each format's code is loaded only when that format is used: a restic backup has no use for the
// archive writer's packer, compressor and age (a fifth of the CLI's code), and start-up time is
// paid on every run.

/** Loads once, on first use, so a reader that is never asked loads nothing. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/** The reader for what `store` holds. */
export function readerFor(store: Store): BackupReader {
  if (isResticStore(store)) {
    const reader = once(async () => (await import('./restic/reader.js')).resticReader(store));
    return {
      open: async (backup) => (await reader()).open(backup),
      checkStore: async (site, o) => (await reader()).checkStore!(site, o),
    };
  }
  const reader = once(async () => (await import('./archive/reader.js')).archiveReader(store));
  return { open: async (backup) => (await reader()).open(backup) };
}

/** A writer for one backup into `store`, in the store's format. */
export async function beginWriter(ctx: WriterContext, store: Store): Promise<BackupFormatWriter> {
  if (isResticStore(store)) return (await import('./restic/writer.js')).beginResticWriter(ctx, store);
  return (await import('./archive/writer.js')).beginArchiveWriter(ctx, store);
}
