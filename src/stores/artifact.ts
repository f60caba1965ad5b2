import type { StoreSpec } from '../config/common.js';
import type { Reporter } from '../report/reporter.js';
import type { BackupRef, BackupWriter, RemoveResult, Store, StoredBackup } from './store.js';
import type { Readable } from 'node:stream';

// PLACEHOLDER until the artifact store lands: every method throws.
export class ArtifactStore implements Store {
  readonly kind = "artifact" as const;
  constructor(readonly spec: Extract<StoreSpec, { kind: "artifact" }>, readonly log: Reporter, readonly env: NodeJS.ProcessEnv) {}
  location(ref: BackupRef): string { return `${ref.site}--${ref.environment}--${ref.id}`; }
  objectUri(ref: BackupRef, name: string): string { return this.location(ref) + name; }
  createWriter(): Promise<BackupWriter> { throw new Error('artifact store not implemented'); }
  list(): Promise<StoredBackup[]> { throw new Error('artifact store not implemented'); }
  read(): Promise<Readable> { throw new Error('artifact store not implemented'); }
  remove(): Promise<RemoveResult> { throw new Error('artifact store not implemented'); }
}
