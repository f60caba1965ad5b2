import path from 'node:path';
import { ConfigError } from '../model/errors.js';
import { normalizeGlob } from '../util/glob.js';
import { parseBackupChoice } from './backup-choice.js';
import { parseBool, parseCommon, parseEnvironment, refuseControlChars, requireFolderOrAbsent, type CommonConfig } from './common.js';
import { inputOrDefault, type InputSource } from './source.js';

// The restore action's inputs (mode restore), parsed and checked before the store is opened.

export const DEFAULT_PROTECTED = ['production', 'live', 'main', 'master'] as const;

export interface RestoreConfig extends CommonConfig {
  /** `latest` or a backup id. */
  backup: string;
  targetEnvironment: string;
  identities: string[];
  confirm?: string;
  dryRun: boolean;
  /** Absolute: where the `command` platform's components are extracted, one folder each. */
  restoreDir: string;
  protectedEnvironments: string[];
  /** `--path` globs: restore only the matching entries into `restoreDir` (core/partial-restore.ts). */
  paths?: string[];
  /** `--table` names: cut out of the data component's plain dumps into `restoreDir` (core/table-restore.ts). */
  tables?: string[];
}

const IDENTITY_RE = /^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/;

/**
 * age identities from a key file's text: comments and blank lines skipped, keys separated by
 * lines, spaces or commas. Errors never echo the value: it is a secret.
 */
export function parseIdentities(text: string | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith('#')) continue;
    for (const word of line.split(/[\s,]+/).filter(Boolean)) {
      if (IDENTITY_RE.test(word)) {
        out.push(word);
        continue;
      }
      const hint = word.startsWith('age1') ? 'that is a public recipient; restore needs the secret key' : 'it is not an age identity';
      throw new ConfigError(
        'decrypt-identity',
        `line ${i + 1}: ${hint}`,
        'Pass the whole key file from `age-keygen` (lines starting `AGE-SECRET-KEY-1`), from a secret.',
      );
    }
  }
  return out;
}

export function parseRestoreConfig(src: InputSource, cwd = process.cwd()): RestoreConfig {
  const common = parseCommon(src, cwd);
  const target = src.get('target-environment') ? parseEnvironment(src, 'target-environment') : common.environment;
  const prot = (inputOrDefault(src, 'protected-environments') ?? DEFAULT_PROTECTED.join(',')).split(/[\s,]+/).filter(Boolean);
  const cfg: RestoreConfig = {
    ...common,
    backup: parseBackupChoice(src),
    targetEnvironment: target,
    identities: parseIdentities(src.get('decrypt-identity')),
    dryRun: parseBool(src, 'dry-run'),
    restoreDir: parseRestoreDir(src, common.platform, cwd),
    protectedEnvironments: prot,
  };
  const confirm = src.get('confirm');
  if (confirm !== undefined) cfg.confirm = confirm;
  const paths = parsePaths(src.get('path'));
  if (paths.length) cfg.paths = paths;
  const tables = (src.get('table') ?? '')
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean);
  if (tables.length) {
    if (paths.length)
      throw new ConfigError('table', 'cannot be combined with `path`', 'Run one restore for the files and one for the tables.');
    cfg.tables = tables;
  }
  return cfg;
}

/**
 * `restore-dir`, where `command` restores go: checked here, before the store is opened or anything
 * downloaded, so a file in its place fails now and not with ENOTDIR after the download.
 */
function parseRestoreDir(src: InputSource, platform: string, cwd: string): string {
  const v = inputOrDefault(src, 'restore-dir')!;
  const dir = path.resolve(cwd, v);
  if (platform !== 'command') return dir;
  const fix = 'Point `restore-dir` at a folder, or at a new one (it is created; each component gets a subfolder).';
  refuseControlChars('restore-dir', v, fix);
  return requireFolderOrAbsent(dir, 'restore-dir', fix);
}

/** `path`: one glob per line, each a relative path inside a component. */
export function parsePaths(text: string | undefined): string[] {
  const out: string[] = [];
  for (const line of (text ?? '').split(/\r?\n/)) {
    const g = normalizeGlob(line);
    if (!line.trim()) continue;
    if (!g || g.startsWith('/') || g.split('/').some((s) => s === '..' || s === '.') || g.includes('\0')) {
      throw new ConfigError(
        'path',
        `${JSON.stringify(line.trim())} is not a relative path inside a component`,
        'Give paths as the archive holds them, relative to the component and without `..`: `media/logo.png`, `**/*.pdf`, `sites/default/files`.',
      );
    }
    out.push(g);
  }
  return out;
}

export function parseMode(src: InputSource): 'restore' | 'verify' {
  const v = inputOrDefault(src, 'mode')!;
  if (v !== 'restore' && v !== 'verify') throw new ConfigError('mode', `unknown mode "${v}"`, 'Use `restore` or `verify`.');
  return v;
}
