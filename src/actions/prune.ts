import { pruneCommand } from '../commands/prune.js';
import { runAction } from './io.js';

// Runs after the backup step of the same job (`if: always()`, with `backup-outcome:
// ${{ steps.backup.outcome }}`). Backup and prune of one site should share a workflow
// `concurrency` group (cancel-in-progress: false), so a prune never plans against a backup that
// is still being written; prune re-lists before deleting in any case (src/core/prune.ts).
await runAction('prune', (io) => pruneCommand(io));
