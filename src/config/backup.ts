import path from 'node:path';
import { TRIGGERS, type Trigger } from '../model/backup-id.js';
import { COMPRESSIONS, type Compression } from '../model/manifest.js';
import { parseBool, parseCommon, parseDurationInput, requireFolderOrAbsent, type CommonConfig } from './common.js';
import { ConfigError } from '../model/errors.js';
import { inputOrDefault, type InputSource } from './source.js';

export interface BackupConfig extends CommonConfig {
  compression: Compression;
  /** Write the seek table and member index (archive/seek-index.ts): ranged partial restores. */
  seekable: boolean;
  recipients: string[];
  trigger: Trigger;
  maxAgeMs?: number;
  timeoutMs: number;
  /** Where the last export of rsync-pulled components is kept (src/core/pull-cache.ts); absent: off. */
  pullCache?: PullCacheSetting;
}

export type PullCacheSetting = { kind: 'actions' } | { kind: 'folder'; dir: string };

/** `pull-cache`: off, actions, or a folder (absolute, or relative to the working folder). */
export function parsePullCache(src: InputSource, store: BackupConfig['store'], cwd = process.cwd()): PullCacheSetting | undefined {
  const v = inputOrDefault(src, 'pull-cache')!.trim();
  if (v === 'off' || v === '') return undefined;
  if (v === 'actions') return { kind: 'actions' };
  const hint = 'Use `off`, `actions`, or a folder on the runner such as `/var/cache/site-backup`.';
  if (/^(true|false|on|yes|no)$/i.test(v)) throw new ConfigError('pull-cache', `"${v}" is not a setting`, hint);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !v.startsWith('file:///'))
    throw new ConfigError('pull-cache', 'is a URL; the kept export is a folder on this machine', hint);
  if (/[\n\r\0]/.test(v)) throw new ConfigError('pull-cache', 'holds a line break or NUL', hint);
  const dir = path.resolve(cwd, v.startsWith('file:///') ? decodeURIComponent(v.slice('file://'.length)) : v);
  // The store's listing and prune walk its folders: the kept export must not live among them.
  if (store.kind === 'local') {
    const within = (outer: string, inner: string) => {
      const rel = path.relative(outer, inner);
      return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
    };
    if (within(store.root, dir) || within(dir, store.root))
      throw new ConfigError(
        'pull-cache',
        `"${dir}" overlaps the store folder "${store.root}"`,
        'Give the kept export a folder of its own, outside the store.',
      );
  }
  // A file in its place fails now, not when the kept export is written after the backup.
  return { kind: 'folder', dir: requireFolderOrAbsent(dir, 'pull-cache', hint) };
}

/** GITHUB_EVENT_NAME -> trigger, as the contract's `trigger: auto` describes. */
export function triggerFromEvent(eventName: string | undefined): Trigger {
  if (eventName === 'schedule') return 'scheduled';
  if (eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'merge_group') return 'pre-merge';
  return 'manual';
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

/** True when `s` is bech32 (BIP 173) with this human-readable part and a valid checksum. */
function bech32Valid(s: string, hrp: string): { ok: boolean; dataBits: number } {
  const data = [...s.slice(hrp.length + 1)].map((c) => BECH32.indexOf(c));
  if (!s.startsWith(`${hrp}1`) || data.length < 6 || data.some((d) => d < 0)) return { ok: false, dataBits: 0 };
  let chk = 1;
  for (const v of [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data]) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ BECH32_GEN[i]!) >>> 0;
  }
  return { ok: chk === 1, dataBits: (data.length - 6) * 5 };
}

/**
 * `encrypt-to`, parsed before any export: each recipient must be an X25519 age public key with a
 * valid bech32 checksum. A typo would otherwise fail only after the whole export (or, worse,
 * encrypt to a key nobody holds).
 */
export function parseRecipients(text: string | undefined): string[] {
  if (!text) return [];
  const list = text.split(/[\s,]+/).filter(Boolean);
  for (const r of list) {
    // Bech32 is lower case only; the secret key (AGE-SECRET-KEY-1…) fails here too.
    if (!/^age1[02-9ac-hj-np-z]{20,}$/.test(r)) {
      throw new ConfigError(
        'encrypt-to',
        `"${r.slice(0, 12)}…" is not an age recipient`,
        'Give public keys that start with `age1` (from `age-keygen -y key.txt`); never the secret key.',
      );
    }
    const { ok, dataBits } = bech32Valid(r, 'age');
    if (!ok) {
      throw new ConfigError(
        'encrypt-to',
        `"${r.slice(0, 12)}…" has a bad checksum (a character is wrong or missing)`,
        'Copy the recipient again from `age-keygen -y key.txt`.',
      );
    }
    // 32 bytes of key: 52 five-bit groups (260 bits, the last 4 of them padding).
    if (Math.floor(dataBits / 8) !== 32) {
      throw new ConfigError(
        'encrypt-to',
        `"${r.slice(0, 12)}…" is not a 32-byte X25519 age public key`,
        'Give recipients from `age-keygen -y key.txt`; plugin and SSH recipients are not supported.',
      );
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
    throw new ConfigError(
      'encrypt-to',
      'does not combine with `format: restic`: restic encrypts the whole repository with `restic-password` (symmetric), and age recipients cannot be added to it',
      'Remove `encrypt-to` and keep `restic-password` safe, or use `format: archive` for backups only the age identity can read.',
    );
  }
  const cfg: BackupConfig = {
    ...common,
    compression: compression as Compression,
    seekable: parseBool(src, 'seekable'),
    recipients: parseRecipients(src.get('encrypt-to')),
    trigger,
    timeoutMs: parseDurationInput(src, 'timeout')!,
  };
  const maxAge = parseDurationInput(src, 'max-age');
  if (maxAge !== undefined) cfg.maxAgeMs = maxAge;
  const pullCache = parsePullCache(src, cfg.store, cwd);
  if (pullCache) cfg.pullCache = pullCache;
  return cfg;
}
