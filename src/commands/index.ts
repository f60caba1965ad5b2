import type { ActionName } from '../config/inputs.js';
import { backupCommand } from './backup.js';
import { copyCommand } from './copy.js';
import { demoCommand } from './demo.js';
import type { Io } from './io.js';
import { listCommand } from './list.js';
import { pruneCommand } from './prune.js';
import { REPORT_FLAGS, reportCommand } from './report.js';
import { restoreOrVerify, verifyCommand } from './verify.js';
import { fleetBackupCommand, fleetSummaryCommand, matrixCommand } from './matrix.js';

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
    summary: 'List the backups of a site and environment, newest first, incomplete ones marked; without --site, every site and environment in the store with its newest complete backup and its age.',
    inputsOf: 'backup',
    extraFlags: {
      json: { description: 'Print JSON instead of a table.' },
      to: { description: 'A second store that copies go to (`site-backup copy`): with --site, each backup shows which of the two stores hold it.', value: true },
      'to-s3-endpoint': { description: '`s3-endpoint` of the --to store.', value: true },
      'to-s3-region': { description: '`s3-region` of the --to store.', value: true },
      'to-s3-force-path-style': { description: '`s3-force-path-style` of the --to store.' },
    },
    run: (io, flags) => listCommand(io, { json: flags.json === 'true' }),
  },
  demo: {
    summary: 'Back up the bundled sample site into ./site-backups (or --store) and print where it went.',
    inputsOf: 'backup',
    run: (io) => demoCommand(io),
  },
  prune: {
    summary: 'Apply the retention policies (--dry-run prints the plan and deletes nothing), then update the failure issue.',
    inputsOf: 'prune',
    run: (io) => pruneCommand(io),
  },
  copy: {
    summary: 'Copy complete backups from --from to --to (another store), checking every sha256 on the way, manifest last; backups already there are skipped.',
    inputsOf: 'copy',
    run: (io) => copyCommand(io),
  },
  restore: {
    summary: 'Verify every checksum of a backup (default: the latest), then restore it; --dry-run shows the plan.',
    inputsOf: 'restore',
    run: (io) => restoreOrVerify(io),
  },
  verify: {
    summary: 'Check backups are complete and every object matches its sha256; --drill loads the data into a throwaway database.',
    inputsOf: 'restore',
    run: (io) => verifyCommand(io),
  },
  matrix: {
    summary: 'Read a sites file and print the strategy.matrix JSON for a fleet (sharded above --max-jobs).',
    inputsOf: 'matrix',
    run: (io) => matrixCommand(io),
  },
  'fleet-backup': {
    summary: 'Back up (and prune) sites of the sites file one after the other: what a sharded fleet job runs.',
    inputsOf: 'matrix',
    extraFlags: { only: { description: 'Comma-separated site/environment ids to back up (a shard\'s `sites`); default: every site.', value: true } },
    // Looked up when it runs, so the fleet prunes with whichever prune command this build has.
    run: (io, flags) => fleetBackupCommand(io, { backup: backupCommand, prune: COMMANDS.prune ? (pio) => COMMANDS.prune!.run(pio, {}) : undefined, ...(flags.only ? { only: flags.only } : {}) }),
  },
  'fleet-summary': {
    summary: 'Print a Markdown table of every site: this run\'s status, size and newest backup in the store.',
    inputsOf: 'matrix',
    extraFlags: {
      'status-dir': { description: 'Folder holding the status files the backup steps left (site-backup-status--*.json).', value: true },
      'no-list': { description: 'Do not list the stores; show only the status files.' },
    },
    run: (io, flags) => fleetSummaryCommand(io, { ...(flags['status-dir'] ? { statusDir: flags['status-dir'] } : {}), list: flags['no-list'] !== 'true' }),
  },
  report: {
    summary: 'Write the fleet status page (one self-contained HTML file) from --store (every site in it) or the sites file, and the same figures as Markdown. Reads manifests only (docs/report.md).',
    inputsOf: 'matrix',
    extraFlags: REPORT_FLAGS,
    run: (io, flags) => reportCommand(io, flags),
  },
};
