import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mapSource } from '../config/source.js';
import type { BackupResult } from '../core/backup.js';
import { backupCommand } from './backup.js';
import type { Io } from '../config/io.js';

/** The bundled sample site: found next to the bundle (dist/cli) or the source (src/commands). */
export function demoSitePath(): string {
  // Built from parts so the bundler leaves the folder where it is instead of copying it into dist.
  const parts = ['..', '..', 'examples', 'demo-site'];
  return path.join(path.dirname(fileURLToPath(import.meta.url)), ...parts) + path.sep;
}

/**
 * `site-backup demo`: backs up the sample site with the `command` platform, exactly as a user
 * would configure it, into a local folder.
 */
export async function demoCommand(io: Io): Promise<BackupResult> {
  const site = demoSitePath();
  const q = (p: string) => `'${p.replace(/'/g, `'\\''`)}'`;
  const inputs = mapSource({
    platform: 'command',
    site: 'demo-site',
    environment: 'production',
    store: io.inputs.get('store') ?? 'site-backups',
    compression: io.inputs.get('compression') ?? 'zstd',
    trigger: 'manual',
    'code-command': `cp -a ${q(site + 'code')}/. "$BACKUP_OUT"`,
    'assets-command': `cp -a ${q(site + 'assets')}/. "$BACKUP_OUT"`,
    'data-command': `cp -a ${q(site + 'data')}/. "$BACKUP_OUT"`,
  });
  const result = await backupCommand({ ...io, inputs });
  io.log.info(`\nDemo backup written to ${result.location}`);
  io.log.info(`List it with:    node dist/cli/index.js list --site demo-site --store ${io.inputs.get('store') ?? 'site-backups'}`);
  io.log.info('Restore by hand: see FORMAT.md');
  return result;
}
