import { backupCommand } from '../commands/backup.js';
import { runAction } from './io.js';

await runAction('backup', (io) => backupCommand(io));
