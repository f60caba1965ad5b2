import os from 'node:os';
import path from 'node:path';
import { inapplicableInputs } from '../config/applies.js';
import { parseBool, parseCommon, parseEnvironment, refuseControlChars, requireFolderOrAbsent } from '../config/common.js';
import { ConfigError } from '../config/errors.js';
import type { InputName } from '../config/inputs.js';
import { inputOrDefault, type InputSource } from '../config/source.js';
import { normalizeGlob } from '../util/glob.js';
import { restoreSummaryMarkdown } from '../summaries/restore.js';
import { DEFAULT_PROTECTED, runRestore, type RestoreConfig, type RestoreResult } from '../core/restore.js';
import { BACKUP_ID_RE } from '../model/backup-id.js';
import type { Component } from '../model/manifest.js';
import { openPlatform } from '../platforms/index.js';
import type { PlatformContext } from '../platforms/platform.js';
import { IntegrityError } from '../core/verify.js';
import { failureSummaryMarkdown } from '../report/failure-summary.js';
import { openStore } from '../stores/index.js';
import type { Io } from './io.js';
import { maskSecretInputs } from './secrets.js';

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

export function parseBackupChoice(src: InputSource): string {
  const v = inputOrDefault(src, 'backup')!;
  if (v !== 'latest' && !BACKUP_ID_RE.test(v)) {
    throw new ConfigError(
      'backup',
      `"${v}" is neither \`latest\` nor a backup id`,
      'Use `latest`, or an id such as `20261121T050003Z-scheduled-r8812345` (`site-backup list` shows them).',
    );
  }
  return v;
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

/** The restore action (mode restore) and `site-backup restore`; a failure leaves a job summary too. */
export async function restoreCommand(io: Io): Promise<RestoreResult> {
  maskSecretInputs(io.inputs, io.log);
  try {
    return await restoreSteps(io);
  } catch (e) {
    // Steps 1-5 (download, checks, extraction) change nothing; their errors say "nothing was changed".
    const untouched = e instanceof ConfigError || e instanceof IntegrityError || /nothing was changed|refus/i.test((e as Error).message);
    const kept = `Restore never writes to the store: every backup in it is as it was. ${
      untouched
        ? 'The target was not changed.'
        : 'The target may be partly restored: the log says which components finished. Run the restore again once the cause is fixed.'
    }`;
    await io
      .summary(
        failureSummaryMarkdown({
          action: 'restore',
          site: io.inputs.get('site'),
          environment: io.inputs.get('target-environment') ?? io.inputs.get('environment') ?? 'production',
          error: e,
          env: io.env,
          kept,
        }),
      )
      .catch(() => undefined);
    throw e;
  }
}

async function restoreSteps(io: Io): Promise<RestoreResult> {
  const cfg = parseRestoreConfig(io.inputs, io.cwd);
  for (const w of inapplicableInputs(io.inputs, cfg.platform, cfg.store.kind)) io.log.warn(w);
  const store = await openStore(cfg.store, io.log, io.env);
  const tmpRoot = io.env.RUNNER_TEMP ?? os.tmpdir();
  const ctx: Omit<PlatformContext, 'workDir'> = {
    site: cfg.site,
    environment: cfg.environment,
    inputs: io.inputs,
    purpose: 'restore',
    env: io.env,
    log: io.log,
  };
  const hasRestoreCommand = (c: Component) => Boolean(io.inputs.get(`${c}-restore-command` as InputName));
  const result = await runRestore(
    cfg,
    {
      store,
      log: io.log,
      tmpRoot,
      openPlatform: () => openPlatform(cfg.platform, ctx, tmpRoot),
    },
    hasRestoreCommand,
  );
  io.setOutput('backup-id', result.plan.backupId);
  await io.summary(
    restoreSummaryMarkdown(result, store.location({ site: cfg.site, environment: cfg.environment, id: result.plan.backupId })),
  );
  return result;
}
