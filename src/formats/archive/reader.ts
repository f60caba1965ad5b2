import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ArchiveLimitError, ArchiveReadError, extractArchiveFile, UnsafeArchiveError } from '../../archive/unpack.js';
import type { ManifestComponent } from '../../model/manifest.js';
import type { Store, StoredBackup } from '../../stores/store.js';
import type { BackupReader, CheckOptions, MaterialiseOptions, OpenedBackup, ReadResult } from '../reader.js';
import { fetchObject, listingDamage, loadManifest } from './fetch.js';

// Format 1: one checksummed tar+zstd(+age) archive per component and a manifest written last.
// A component is materialised by downloading its object in full, hashing it as it streams and
// judging and extracting its archive in the same pass (fetch.ts); nothing in `target` counts
// unless the sha256 matched and every entry passed. Reading a few entries by range through the
// member index is core/partial-restore.ts.

/** Archives decoded at once: two, as the backup packs them, so memory stays bounded. */
const PARALLEL = 2;

async function materialise(
  store: Store,
  b: StoredBackup,
  c: ManifestComponent,
  target: string,
  o: MaterialiseOptions,
): Promise<ReadResult> {
  const dec = { compression: c.compression, encryption: c.encryption, identities: o.identities, ...(o.signal ? { signal: o.signal } : {}) };
  if (o.checkedCopy) {
    const started = Date.now();
    try {
      const listing = await extractArchiveFile(o.checkedCopy, target, c.object, dec, { contentBytes: c.contentBytes, files: c.files });
      return { bytes: c.bytes, durationMs: Date.now() - started, listing };
    } catch (e) {
      return { bytes: c.bytes, durationMs: Date.now() - started, listError: e as Error };
    }
  }
  const file = path.join(o.tmp, c.object);
  try {
    return await fetchObject(store, b, c, file, o.signal, o.log, { identities: o.identities, extractTo: target });
  } finally {
    await rm(file, { force: true });
  }
}

async function check(store: Store, b: StoredBackup, c: ManifestComponent, o: CheckOptions): Promise<ReadResult> {
  const decodable = c.encryption === 'none' || o.identities.length > 0;
  const file = decodable ? path.join(o.tmp, c.object) : undefined;
  try {
    // Decodable archives are also listed, held to what the manifest declares (a bomb is damage,
    // not a long wait), in the same read as the checksum where the store allows.
    const f = await fetchObject(store, b, c, file, o.signal, o.log, file ? { identities: o.identities } : undefined);
    if (f.problem) return f;
    if (f.listError) {
      const e = f.listError;
      const problem =
        e instanceof UnsafeArchiveError || e instanceof ArchiveReadError || e instanceof ArchiveLimitError
          ? e.message.replace(`${c.object}: `, '')
          : e.message;
      return { ...f, problem };
    }
    if (!f.listing) return { ...f, notDecoded: 'encrypted; set `decrypt-identity` to also decrypt and list it' };
    if (file) await o.onVerified?.(file);
    return f;
  } finally {
    if (file) await rm(file, { force: true });
  }
}

export function archiveReader(store: Store): BackupReader {
  return {
    async open(b): Promise<OpenedBackup> {
      const manifest = await loadManifest(store, b);
      return {
        format: 'archive',
        backup: b,
        manifest,
        parallel: PARALLEL,
        early: (components) => listingDamage(b, [...components]),
        // A whole archive is read whole; reading by path through its member index is core/partial-restore.ts.
        materialise: (c, target, o) => materialise(store, b, c, target, o),
        check: (c, o) => check(store, b, c, o),
      };
    },
  };
}
