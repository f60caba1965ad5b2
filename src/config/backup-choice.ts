import { BACKUP_ID_RE } from '../model/backup-id.js';
import { ConfigError } from '../model/errors.js';
import { inputOrDefault, type InputSource } from './source.js';

// The `backup` input: `latest` or one backup id. Restore and verify read it with `latest` as the
// default; copy leaves it empty to mean every complete backup, so its message offers that too.

const EXAMPLE = 'an id such as `20261121T050003Z-scheduled-r8812345`';

function isBackupChoice(v: string): boolean {
  return v === 'latest' || BACKUP_ID_RE.test(v);
}

/** Restore and verify: `latest` (the default) or a backup id. */
export function parseBackupChoice(src: InputSource): string {
  const v = inputOrDefault(src, 'backup')!;
  if (!isBackupChoice(v)) {
    throw new ConfigError(
      'backup',
      `"${v}" is neither \`latest\` nor a backup id`,
      `Use \`latest\`, or ${EXAMPLE} (\`site-backup list\` shows them).`,
    );
  }
  return v;
}

/** Copy: a backup id, `latest`, or nothing for every complete backup. */
export function parseOptionalBackupChoice(src: InputSource): string | undefined {
  const v = src.get('backup');
  if (v !== undefined && !isBackupChoice(v)) {
    throw new ConfigError(
      'backup',
      `"${v}" is not a backup id`,
      `Give ${EXAMPLE}, \`latest\`, or leave it empty to copy every complete backup.`,
    );
  }
  return v;
}
