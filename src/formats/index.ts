import { isResticStore } from '../restic/store.js';
import type { Store } from '../stores/store.js';
import { archiveReader } from './archive/reader.js';
import { beginArchiveWriter } from './archive/writer.js';
import type { BackupReader } from './reader.js';
import { resticReader } from './restic/reader.js';
import { beginResticWriter } from './restic/writer.js';
import type { BackupFormatWriter, WriterContext } from './writer.js';

export type { BackupReader, Damage, OpenedBackup, ReadResult } from './reader.js';

// The one place that tells the formats apart: a restic store holds snapshots, any other archives.

/** The reader for what `store` holds. */
export function readerFor(store: Store): BackupReader {
  return isResticStore(store) ? resticReader(store) : archiveReader(store);
}

/** A writer for one backup into `store`, in the store's format. */
export function beginWriter(ctx: WriterContext, store: Store): Promise<BackupFormatWriter> {
  return isResticStore(store) ? beginResticWriter(ctx, store) : beginArchiveWriter(ctx, store);
}
