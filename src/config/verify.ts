import { parseBackupChoice } from './backup-choice.js';
import { parseBool, parseCommon, parseDurationInput, type CommonConfig } from './common.js';
import { parseDrillUrl, type DrillTarget } from './drill.js';
import { parseIdentities } from './restore.js';
import type { InputSource } from './source.js';
import { ConfigError } from '../model/errors.js';

// `site-backup verify` and the restore action's `mode: verify`: its inputs, parsed and checked.

export interface VerifyConfig extends CommonConfig {
  backup: string;
  newerThanMs?: number;
  identities: string[];
  drill?: { target: DrillTarget; sql?: string };
}

export function parseVerifyConfig(src: InputSource, cwd?: string): VerifyConfig {
  const cfg: VerifyConfig = {
    ...parseCommon(src, cwd),
    backup: parseBackupChoice(src),
    identities: parseIdentities(src.get('decrypt-identity')),
  };
  const newer = parseDurationInput(src, 'newer-than');
  if (newer !== undefined) {
    if (cfg.backup !== 'latest') {
      throw new ConfigError(
        'newer-than',
        `is set together with \`backup: ${cfg.backup}\``,
        'Use one: `backup` for one backup, or `newer-than` for every backup of a period.',
      );
    }
    cfg.newerThanMs = newer;
  }
  if (parseBool(src, 'drill')) {
    const url = src.get('drill-database-url');
    if (!url) {
      throw new ConfigError(
        'drill-database-url',
        'is required with `drill: true`',
        'Point it at a throwaway server, such as a `mariadb` service container: `mysql://root:${{ env.DB_PASSWORD }}@127.0.0.1:3306/drill`.',
      );
    }
    const sql = src.get('drill-sql');
    cfg.drill = { target: parseDrillUrl(url), ...(sql ? { sql } : {}) };
  }
  return cfg;
}
