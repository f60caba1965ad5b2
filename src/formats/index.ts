import { isResticStore } from '../restic/store.js';
import type { Store } from '../stores/store.js';
import { archiveReader } from './archive/reader.js';
import type { BackupReader } from './reader.js';
import { resticReader } from './restic/reader.js';

export type { BackupReader, Damage, OpenedBackup, ReadResult } from './reader.js';

/** The reader for what `store` holds: the one place that tells the formats apart. */
export function readerFor(store: Store): BackupReader {
  return isResticStore(store) ? resticReader(store) : archiveReader(store);
}
