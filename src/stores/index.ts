import type { StoreSpec } from '../config/common.js';
import type { Reporter } from '../report/reporter.js';
import { LocalStore } from './local.js';
import type { Store } from './store.js';

// A new store is one file behind Store plus one case here. The S3 and artifact stores are loaded
// only when used: their SDKs are most of the bundle, and a local-folder run should not pay for
// them in start-up time or memory.

/**
 * The byte store a spec names. A spec with `format: restic` names restic repositories instead:
 * open it with openPlace (formats/index.ts), which decides the format.
 */
export async function openStore(spec: StoreSpec, log: Reporter, env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  if (spec.kind !== 'artifact' && spec.restic)
    throw new Error('internal: a `format: restic` store holds restic repositories; open it with openPlace');
  switch (spec.kind) {
    case 'local':
      return new LocalStore(spec.root);
    case 's3': {
      const { S3Store } = await import('./s3.js');
      return new S3Store(spec, log, env);
    }
    case 'artifact': {
      const { ArtifactStore } = await import('./artifact.js');
      return new ArtifactStore(spec, log, env);
    }
  }
}
