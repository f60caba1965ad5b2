import { TRIGGERS, type Trigger } from '../model/backup-id.js';
import { COMPRESSIONS, type Compression } from '../model/manifest.js';
import { parseCommon, parseDurationInput, type CommonConfig } from './common.js';
import { ConfigError } from './errors.js';
import { inputOrDefault, type InputSource } from './source.js';

export interface BackupConfig extends CommonConfig {
  compression: Compression;
  recipients: string[];
  trigger: Trigger;
  maxAgeMs?: number;
  timeoutMs: number;
}

/** GITHUB_EVENT_NAME -> trigger, as the contract's `trigger: auto` describes. */
export function triggerFromEvent(eventName: string | undefined): Trigger {
  if (eventName === 'schedule') return 'scheduled';
  if (eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'merge_group') return 'pre-merge';
  return 'manual';
}

export function parseRecipients(text: string | undefined): string[] {
  if (!text) return [];
  const list = text.split(/[\s,]+/).filter(Boolean);
  for (const r of list) {
    // Bech32 is lower case only; a typo here would silently produce an unreadable backup.
    if (!/^age1[02-9ac-hj-np-z]{20,}$/.test(r)) {
      throw new ConfigError('encrypt-to', `"${r.slice(0, 12)}…" is not an age recipient`, 'Give public keys that start with `age1` (from `age-keygen -y key.txt`); never the secret key.');
    }
  }
  return list;
}

export function parseBackupConfig(src: InputSource, env: NodeJS.ProcessEnv = process.env, cwd?: string): BackupConfig {
  const common = parseCommon(src, cwd);
  const compression = inputOrDefault(src, 'compression')!;
  if (!(COMPRESSIONS as readonly string[]).includes(compression)) {
    throw new ConfigError('compression', `unknown compression "${compression}"`, `Use one of: ${COMPRESSIONS.join(', ')}.`);
  }
  const t = inputOrDefault(src, 'trigger')!;
  let trigger: Trigger;
  if (t === 'auto') trigger = triggerFromEvent(env.GITHUB_EVENT_NAME);
  else if ((TRIGGERS as readonly string[]).includes(t)) trigger = t as Trigger;
  else throw new ConfigError('trigger', `unknown trigger "${t}"`, `Use auto, ${TRIGGERS.join(', ')}.`);
  if (common.store.kind !== 'artifact' && common.store.restic && src.get('encrypt-to')) {
    throw new ConfigError('encrypt-to', 'does not combine with `format: restic`: restic encrypts the whole repository with `restic-password` (symmetric), and age recipients cannot be added to it', 'Remove `encrypt-to` and keep `restic-password` safe, or use `format: archive` for backups only the age identity can read.');
  }
  const cfg: BackupConfig = {
    ...common,
    compression: compression as Compression,
    recipients: parseRecipients(src.get('encrypt-to')),
    trigger,
    timeoutMs: parseDurationInput(src, 'timeout')!,
  };
  const maxAge = parseDurationInput(src, 'max-age');
  if (maxAge !== undefined) cfg.maxAgeMs = maxAge;
  return cfg;
}
