import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { loadAge } from '../../archive/age.js';
import { packDirectory } from '../../archive/pack.js';
import { serializeIndex, type SeekIndex } from '../../archive/seek-index.js';
import type { ComponentReport } from '../../model/component-report.js';
import {
  indexObjectName,
  MANIFEST_NAME,
  objectName,
  serializeManifest,
  type Component,
  type Manifest,
  type ManifestComponent,
} from '../../model/manifest.js';
import { putBatches, type BackupWriter, type Store } from '../../stores/store.js';
import { makeStaging } from '../../util/cleanup.js';
import type { BackupFormatWriter, Committed, ExportedComponent, ManifestHead, WriterContext } from '../writer.js';

// The archive format (FORMAT.md): one tar+zstd(+age) object per component, streamed to the store
// while the next component exports, an optional member index beside it, and manifest.json last.
// The store's own writer (stores/) does the object-level work: Object Lock, multipart, retries.

/**
 * The index object as stored: gzipped JSON, age-encrypted to the archive's recipients when the
 * archive is (paths and sizes say as much about a site as its files' names). Returns the
 * manifest's `index` field.
 */
async function storeIndex(
  writer: BackupWriter,
  component: Component,
  index: SeekIndex,
  recipients: string[],
): Promise<NonNullable<ManifestComponent['index']>> {
  let body: Buffer = serializeIndex(index);
  if (recipients.length > 0) {
    const { Encrypter } = await loadAge();
    const e = new Encrypter();
    for (const r of recipients) e.addRecipient(r);
    body = Buffer.from(await e.encrypt(body));
  }
  const object = indexObjectName(component, recipients.length > 0);
  await writer.put(object, Readable.from([body]));
  return { object, bytes: body.length, sha256: createHash('sha256').update(body).digest('hex') };
}

class ArchiveWriter implements BackupFormatWriter {
  readonly where: string;
  // An archive backup has nothing that can fail apart from its components.
  readonly failed = new AbortController().signal;

  constructor(
    private readonly ctx: WriterContext,
    private readonly store: Store,
    private readonly writer: BackupWriter,
  ) {
    this.where = store.location(ctx.ref);
  }

  stage(component: Component): Promise<string> {
    return makeStaging(this.ctx.tmpRoot, component);
  }

  async unstage(dir: string): Promise<void> {
    await rm(dir, { recursive: true, force: true });
  }

  /** Packs and stores one component; its folder is removed whatever happens. */
  async add(c: ExportedComponent): Promise<ComponentReport> {
    const { cfg, log } = this.ctx;
    try {
      const name = objectName(c.component, cfg.compression, cfg.recipients.length > 0);
      c.progress.phase('packing and uploading', { noun: 'stored' });
      const packed = await packDirectory(
        c.dir,
        {
          compression: cfg.compression,
          recipients: cfg.recipients,
          onBytes: (b) => c.progress.update(b),
          signal: c.signal,
          ...(cfg.seekable ? { indexAs: name } : {}),
        },
        (batches) => putBatches(this.writer, name, batches),
      );
      log.info(
        `${c.component}: ${packed.files} files, ${packed.contentBytes} bytes in, ${packed.bytes} bytes stored, sha256 ${packed.sha256.slice(0, 12)}`,
      );
      // Beside the archive, before the manifest: a backup whose index failed to store never commits.
      const index = packed.index ? await storeIndex(this.writer, c.component, packed.index, cfg.recipients) : undefined;
      await this.ctx.stored(c.component, c.dir);
      return {
        name: c.component,
        object: name,
        compression: cfg.compression,
        encryption: cfg.recipients.length > 0 ? 'age' : 'none',
        bytes: packed.bytes,
        sha256: packed.sha256,
        contentBytes: packed.contentBytes,
        files: packed.files,
        ...(index ? { index } : {}),
        durationMs: Date.now() - c.started,
        ...(c.exported?.counts ? { exportCounts: c.exported.counts } : {}),
      };
    } finally {
      await this.unstage(c.dir);
    }
  }

  async commit(head: ManifestHead, reports: ComponentReport[]): Promise<Committed> {
    const { platformSnapshot, ...rest } = head;
    const manifest: Manifest = { ...rest, components: reports.map(({ durationMs: _d, exportCounts: _x, ...c }) => c) };
    if (platformSnapshot) manifest.platformSnapshot = platformSnapshot;
    // The commit point: before this line the backup does not exist for list, prune or restore.
    // No free text reaches the manifest: every field is an id, a name, a time, a size or a digest.
    const manifestJson = serializeManifest(manifest);
    await this.writer.commit(manifestJson);
    return {
      manifestUri: this.store.objectUri(this.ctx.ref, MANIFEST_NAME),
      bytes: reports.reduce((n, c) => n + c.bytes, 0),
      manifestSha256: createHash('sha256').update(manifestJson).digest('hex'),
      manifest,
    };
  }

  abort(): Promise<void> {
    return this.writer.abort();
  }
}

export async function beginArchiveWriter(ctx: WriterContext, store: Store): Promise<BackupFormatWriter> {
  return new ArchiveWriter(ctx, store, await store.createWriter(ctx.ref));
}
