import type { ActionName } from '../config/inputs.js';
import type { Io } from '../config/io.js';
import { REPORT_FLAGS } from './report-flags.js';

// Each command's code is loaded when it runs (a chunk of its own in the bundle): `--help` or a
// `matrix` need not load the S3 client, the archive pipeline and every platform first.
const backup = () => import('./backup.js');
const matrix = () => import('./matrix.js');
const fleet = () => import('./fleet.js');
const verify = () => import('./verify.js');

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
    run: async (io) => (await backup()).backupCommand(io),
  },
  list: {
    summary:
      'List the backups of a site and environment, newest first, incomplete ones marked; without --site, every site and environment in the store with its newest complete backup and its age.',
    inputsOf: 'backup',
    extraFlags: {
      json: { description: 'Print JSON instead of a table.' },
      'include-deleted': {
        description: 'Also list backups deleted from a versioned (Object Lock) S3 bucket whose versions remain (docs/immutable.md).',
      },
      to: {
        description:
          'A second store that copies go to (`site-backup copy`): with --site, each backup shows which of the two stores hold it.',
        value: true,
      },
      'to-s3-endpoint': { description: '`s3-endpoint` of the --to store.', value: true },
      'to-s3-region': { description: '`s3-region` of the --to store.', value: true },
      'to-s3-force-path-style': { description: '`s3-force-path-style` of the --to store.' },
    },
    run: async (io, flags) => (await import('./list.js')).listCommand(io, { json: flags.json === 'true' }),
  },
  demo: {
    summary: 'Back up the bundled sample site into ./site-backups (or --store) and print where it went.',
    inputsOf: 'backup',
    run: async (io) => (await import('./demo.js')).demoCommand(io),
  },
  prune: {
    summary: 'Apply the retention policies (--dry-run prints the plan and deletes nothing), then update the failure issue.',
    inputsOf: 'prune',
    run: async (io) => (await import('./prune.js')).pruneCommand(io),
  },
  copy: {
    summary:
      'Copy complete backups from --from to --to (another store), checking every sha256 on the way, manifest last; backups already there are skipped.',
    inputsOf: 'copy',
    run: async (io) => (await import('./copy.js')).copyCommand(io),
  },
  restore: {
    summary: 'Verify every checksum of a backup (default: the latest), then restore it; --dry-run shows the plan.',
    inputsOf: 'restore',
    run: async (io) => (await verify()).restoreOrVerify(io),
  },
  verify: {
    summary: 'Check backups are complete and every object matches its sha256; --drill loads the data into a throwaway database.',
    inputsOf: 'restore',
    run: async (io) => (await verify()).verifyCommand(io),
  },
  matrix: {
    summary: 'Read a sites file and print the strategy.matrix JSON for a fleet (sharded above --max-jobs).',
    inputsOf: 'matrix',
    run: async (io) => (await matrix()).matrixCommand(io),
  },
  'fleet-backup': {
    summary: 'Back up (and prune, unless --no-prune) sites of the sites file one after the other: what a sharded fleet job runs.',
    inputsOf: 'matrix',
    extraFlags: {
      only: { description: "Comma-separated site/environment ids to back up (a shard's `sites`); default: every site.", value: true },
      'no-prune': {
        description: 'Back up only; prune in a job of its own with `fleet-prune` and a role that may delete (docs/immutable.md).',
      },
    },
    // Looked up when it runs, so the fleet prunes with whichever prune command this build has.
    run: async (io, flags) =>
      (await fleet()).fleetBackupCommand(io, {
        backup: (await backup()).backupCommand,
        prune: COMMANDS.prune && flags['no-prune'] !== 'true' ? (pio) => COMMANDS.prune!.run(pio, {}) : undefined,
        ...(flags.only ? { only: flags.only } : {}),
      }),
  },
  'fleet-prune': {
    summary:
      "Prune sites of the sites file one after the other and keep each site's failure issue, from the status records the backup job left in RUNNER_TEMP.",
    inputsOf: 'matrix',
    extraFlags: {
      only: { description: "Comma-separated site/environment ids to prune (a shard's `sites`); default: every site.", value: true },
    },
    run: async (io, flags) =>
      (await fleet()).fleetBackupCommand(io, {
        prune: (pio) => COMMANDS.prune!.run(pio, {}),
        ...(flags.only ? { only: flags.only } : {}),
      }),
  },
  'fleet-summary': {
    summary: "Print a Markdown table of every site: this run's status, size and newest backup in the store.",
    inputsOf: 'matrix',
    extraFlags: {
      'status-dir': { description: 'Folder holding the status files the backup steps left (site-backup-status--*.json).', value: true },
      'no-list': { description: 'Do not list the stores; show only the status files.' },
    },
    run: async (io, flags) =>
      (await fleet()).fleetSummaryCommand(io, {
        ...(flags['status-dir'] ? { statusDir: flags['status-dir'] } : {}),
        list: flags['no-list'] !== 'true',
      }),
  },
  report: {
    summary:
      'Write the fleet status page (one self-contained HTML file) from --store (every site in it) or the sites file, and the same figures as Markdown. Reads manifests only (docs/report.md).',
    inputsOf: 'matrix',
    extraFlags: REPORT_FLAGS,
    run: async (io, flags) => (await import('./report.js')).reportCommand(io, flags),
  },
};
