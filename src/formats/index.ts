import type { StoreSpec } from '../config/common.js';
import type { Reporter } from '../report/reporter.js';
import { openStore } from '../stores/index.js';
import { archiveReader } from './archive/reader.js';
import { beginArchiveWriter } from './archive/writer.js';
import { archivePlace, resticPlace, type BackupPlace } from './place.js';
import type { BackupReader } from './reader.js';
import { resticReader } from './restic/reader.js';
import { beginResticWriter } from './restic/writer.js';
import type { BackupFormatWriter, WriterContext } from './writer.js';

export type { BackupReader, Damage, OpenedBackup, ReadResult } from './reader.js';
export { archivePlace, resticPlace, type ArchivePlace, type BackupPlace, type ResticPlace } from './place.js';

// The one place that tells the formats apart: a spec with `format: restic` opens a restic
// repository per site, any other a byte store of archives. Everything above works on the
// BackupPlace it returns and reads `place.format` only for wording.

/** The format a store spec asks for (the `format` input). */
export function formatOf(spec: StoreSpec): BackupPlace['format'] {
  return spec.kind !== 'artifact' && spec.restic ? 'restic' : 'archive';
}

/**
 * Opens where a spec's backups live. restic is loaded (and found or installed) only for a
 * restic spec, and the S3 and artifact SDKs only for their stores (stores/index.ts).
 */
export async function openPlace(spec: StoreSpec, log: Reporter, env: NodeJS.ProcessEnv = process.env): Promise<BackupPlace> {
  if (formatOf(spec) === 'restic') {
    const { openResticStore } = await import('../restic/store.js');
    return resticPlace(await openResticStore(spec, log, env));
  }
  return archivePlace(await openStore(spec, log, env));
}

/** The reader for what `place` holds. */
export function readerFor(place: BackupPlace): BackupReader {
  return place.format === 'restic' ? resticReader(place.repo) : archiveReader(place.store);
}

/** A writer for one backup into `place`, in its format. */
export function beginWriter(ctx: WriterContext, place: BackupPlace): Promise<BackupFormatWriter> {
  return place.format === 'restic' ? beginResticWriter(ctx, place.repo) : beginArchiveWriter(ctx, place.store);
}
