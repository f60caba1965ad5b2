import type { StoreSpec } from '../config/common.js';
import type { Reporter } from '../report/reporter.js';
import type { BackupRef, BackupWriter, RemoveResult, Store, StoredBackup } from './store.js';
import type { Readable } from 'node:stream';

// PLACEHOLDER until the S3 store lands: every method throws.
export class S3Store implements Store {
  readonly kind = 's3' as const;
  constructor(readonly spec: Extract<StoreSpec, { kind: 's3' }>, readonly log: Reporter, readonly env: NodeJS.ProcessEnv) {}
  location(ref: BackupRef): string { return `s3://${this.spec.bucket}/${ref.site}/${ref.environment}/${ref.id}/`; }
  objectUri(ref: BackupRef, name: string): string { return this.location(ref) + name; }
  createWriter(): Promise<BackupWriter> { throw new Error('S3 store not implemented'); }
  list(): Promise<StoredBackup[]> { throw new Error('S3 store not implemented'); }
  read(): Promise<Readable> { throw new Error('S3 store not implemented'); }
  remove(): Promise<RemoveResult> { throw new Error('S3 store not implemented'); }
}
