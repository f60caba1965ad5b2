import type { StoreSpec } from '../config/common.js';
import type { Reporter } from '../report/reporter.js';
import { ArtifactStore } from './artifact.js';
import { LocalStore } from './local.js';
import { S3Store } from './s3.js';
import type { Store } from './store.js';

// A new store is one file behind Store plus one case here.
export function openStore(spec: StoreSpec, log: Reporter, env: NodeJS.ProcessEnv = process.env): Store {
  switch (spec.kind) {
    case 'local':
      return new LocalStore(spec.root);
    case 's3':
      return new S3Store(spec, log, env);
    case 'artifact':
      return new ArtifactStore(spec, log, env);
  }
}
