import type { StoreSpec } from '../config/common.js';
import type { Reporter } from '../report/reporter.js';
import { openStore } from '../stores/index.js';
import { archivePlace, resticPlace, type BackupPlace } from './place.js';
import type { BackupReader } from './reader.js';
import type { BackupFormatWriter, WriterContext } from './writer.js';
import { lazy } from '../util/lazy.js';

export type { BackupReader, Damage, OpenedBackup, ReadResult } from './reader.js';
export { archivePlace, resticPlace, type ArchivePlace, type BackupPlace, type ResticPlace } from './place.js';

// The one place that tells the formats apart: a spec with `format: restic` opens a restic
// repository per site, any other a byte store of archives. Everything above works on the
// BackupPlace it returns and reads `place.format` only for wording.
//
// Each format's code is loaded only when that format is used: a restic backup has no use for the
// archive writer's packer, compressor and age (a fifth of the CLI's code), and start-up time is
// paid on every run.

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
  if (place.format === 'restic') {
    const reader = lazy(async () => (await import('./restic/reader.js')).resticReader(place.repo));
    return {
      open: async (backup) => (await reader()).open(backup),
      checkStore: async (site, o) => (await reader()).checkStore!(site, o),
    };
  }
  const reader = lazy(async () => (await import('./archive/reader.js')).archiveReader(place.store));
  return { open: async (backup) => (await reader()).open(backup) };
}

/** A writer for one backup into `place`, in its format. */
export async function beginWriter(ctx: WriterContext, place: BackupPlace): Promise<BackupFormatWriter> {
  if (place.format === 'restic') return (await import('./restic/writer.js')).beginResticWriter(ctx, place.repo);
  return (await import('./archive/writer.js')).beginArchiveWriter(ctx, place.store);
}
