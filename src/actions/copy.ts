import { copyCommand } from '../commands/copy.js';
import { runAction } from './io.js';

// Runs after the backup step (or on a schedule of its own), in the same concurrency group as the
// site's backup and prune: see docs/copies-and-alerts.md.
await runAction('copy', (io) => copyCommand(io));
