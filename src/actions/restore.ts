import { parseMode } from '../config/restore.js';
import { restoreOrVerify } from '../commands/verify.js';
import { envSource } from '../config/source.js';
import { runAction } from './io.js';

// One action, two modes: `verify` shares the inputs (site, store, backup, decrypt-identity) and
// the code that checks every object, so a passing verify means a restore would accept the backup.
let mode = 'restore';
try {
  mode = parseMode(envSource(process.env));
} catch {
  // restoreOrVerify parses it again and reports the bad input as the run's error.
}
await runAction(mode, (io) => restoreOrVerify(io));
