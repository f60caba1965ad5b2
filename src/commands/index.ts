import type { ActionName } from '../config/inputs.js';
import { backupCommand } from './backup.js';
import { demoCommand } from './demo.js';
import type { Io } from './io.js';
import { listCommand } from './list.js';

export interface CliCommand {
  summary: string;
  /** The action whose inputs this command takes as flags. */
  inputsOf: ActionName;
  /** Flags beyond the inputs, with their descriptions. Boolean unless `value` is set. */
  extraFlags?: Record<string, { description: string; value?: boolean }>;
  run(io: Io, flags: Record<string, string>): Promise<unknown>;
}

// A new command is one module plus one entry here.
export const COMMANDS: Record<string, CliCommand> = {
  backup: {
    summary: 'Export, archive and upload a backup, manifest last.',
    inputsOf: 'backup',
    run: (io) => backupCommand(io),
  },
  list: {
    summary: 'List the backups of a site and environment, newest first; incomplete ones are marked.',
    inputsOf: 'backup',
    extraFlags: { json: { description: 'Print JSON instead of a table.' } },
    run: (io, flags) => listCommand(io, { json: flags.json === 'true' }),
  },
  demo: {
    summary: 'Back up the bundled sample site into ./site-backups (or --store) and print where it went.',
    inputsOf: 'backup',
    run: (io) => demoCommand(io),
  },
};
