import { mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseVerifyConfig, type VerifyConfig } from '../config/verify.js';
import { drillRecord, verifyRecord, writeCheckRecord } from '../core/check-records.js';
import { drillSummaryMarkdown } from '../summaries/drill.js';
import { verifySummaryMarkdown } from '../summaries/verify.js';
import { drillStoredBackup, type DrillResult } from '../core/drill.js';
import { backupsNewerThan, verifyBackups, type BackupCheck, type VerifyReport } from '../core/verify.js';
import { IntegrityError } from '../formats/archive/fetch.js';
import { pickBackup } from '../stores/listing.js';
import type { ManifestComponent } from '../model/manifest.js';
import { failureSummaryMarkdown } from '../summaries/failure-summary.js';
import type { StoredBackup } from '../stores/store.js';
import { openPlace, readerFor, type BackupPlace } from '../formats/index.js';
import { formatDuration } from '../util/duration.js';
import type { Notifier, NotifierOptions } from '../notify/notifier.js';
import type { Io } from '../config/io.js';
import { startNotifier } from './notify.js';
import { parseMode } from '../config/restore.js';
import { restoreCommand } from './restore.js';
import { maskSecretInputs } from './secrets.js';

export interface VerifyCommandResult {
  report: VerifyReport;
  drill?: DrillResult;
}

/**
 * `site-backup verify` and the restore action's `mode: verify`. A failure that stops it before its
 * own summary (no backup to check, a store that cannot be read) leaves a failure summary instead.
 */
export async function verifyCommand(io: Io, opts: { notify?: NotifierOptions } = {}): Promise<VerifyCommandResult> {
  let wrote = false;
  let notifier: Notifier | undefined;
  const started = Date.now();
  const inner: Io = {
    ...io,
    summary: async (md) => {
      wrote = true;
      await io.summary(md);
    },
  };
  try {
    maskSecretInputs(io.inputs, io.log);
    // A weekly verify with a ping of its own: a monitor hears when the checks stop running.
    notifier = await startNotifier(io, 'verify', opts.notify);
    const result = await verifySteps(inner);
    await notifier?.verified({
      ids: result.report.checks.map((c) => c.id),
      ...(result.drill ? { drillRows: result.drill.totalRows } : {}),
      elapsedMs: Date.now() - started,
    });
    return result;
  } catch (e) {
    const kept = 'Verify only reads: every backup in the store is as it was, and nothing else was changed.';
    if (!wrote)
      await io
        .summary(
          failureSummaryMarkdown({
            action: 'verify',
            site: io.inputs.get('site'),
            environment: io.inputs.get('environment') ?? 'production',
            error: e,
            env: io.env,
            kept,
          }),
        )
        .catch(() => undefined);
    await notifier?.failure(e, io.env);
    throw e;
  }
}

async function verifySteps(io: Io): Promise<VerifyCommandResult> {
  maskSecretInputs(io.inputs, io.log);
  const cfg = parseVerifyConfig(io.inputs, io.cwd);
  const place = await openPlace(cfg.store, io.log, io.env);
  const tmpRoot = io.env.RUNNER_TEMP ?? os.tmpdir();
  const list = await place.list(cfg.site, cfg.environment);
  const chosen = chooseBackups(io, cfg, list);
  const { report, verifiedData } = await verifyChosen(io, cfg, place, chosen, tmpRoot);
  const newest = report.checks.find((c) => c.complete && c.manifest);
  const problems: string[] = [];
  if (!newest)
    problems.push(
      cfg.newerThanMs !== undefined
        ? `no complete backup was made in the last ${formatDuration(cfg.newerThanMs)}`
        : 'no complete backup to verify',
    );
  if (newest) io.setOutput('backup-id', newest.id);
  io.setOutput('verified', report.checks.map((c) => c.id).join(','));

  const { drill, drillError } = cfg.drill && newest ? await drillNewest(io, cfg, place, list, newest, tmpRoot, verifiedData) : {};
  if (verifiedData) await rm(verifiedData.dir, { recursive: true, force: true });
  await writeRecords(io, cfg, place, list, report, newest, drill, drillError);
  let md = verifySummaryMarkdown(report);
  if (drill && newest) md += '\n' + drillSummaryMarkdown(drill, newest.id);
  if (drillError) md += `\n**Restore drill failed**: ${drillError.message}\n`;
  if (problems.length) md += `\n**${problems.join('; ')}**\n`;
  await io.summary(md);

  if (report.damage.length > 0) {
    const n = report.damage.length;
    throw new IntegrityError(report.damage, `verify found ${n} damaged ${n === 1 ? 'object' : 'objects'}`);
  }
  if (problems.length) throw new Error(problems.join('; '));
  if (drillError) throw drillError;
  return { report, ...(drill ? { drill } : {}) };
}

/** The backups to check: every one made within `newer-than`, or the one `backup` names. */
function chooseBackups(io: Io, cfg: VerifyConfig, list: StoredBackup[]): StoredBackup[] {
  if (cfg.newerThanMs !== undefined) {
    const chosen = backupsNewerThan(list, cfg.newerThanMs, new Date());
    io.log.info(
      `Verifying ${chosen.length} ${chosen.length === 1 ? 'backup' : 'backups'} of ${cfg.site}/${cfg.environment} made in the last ${formatDuration(cfg.newerThanMs)}`,
    );
    return chosen;
  }
  const chosen = [pickBackup(list, cfg.backup)];
  io.log.info(`Verifying ${cfg.site}/${cfg.environment} backup ${chosen[0]!.id}`);
  return chosen;
}

/** Verifies the chosen backups; with a drill, the newest data object checked is kept for it. */
async function verifyChosen(
  io: Io,
  cfg: VerifyConfig,
  place: BackupPlace,
  chosen: StoredBackup[],
  tmpRoot: string,
): Promise<{ report: VerifyReport; verifiedData: VerifiedFile | undefined }> {
  // The drill restores the newest backup's data: keep the copy verify already checked.
  let verifiedData: VerifiedFile | undefined;
  const keepForDrill = async (b: StoredBackup, c: ManifestComponent, file: string): Promise<void> => {
    if (verifiedData || c.name !== 'data') return;
    const dir = await mkdtemp(path.join(tmpRoot, 'site-backup-drill-'));
    verifiedData = { backupId: b.id, component: c, file: path.join(dir, c.object), dir };
    await rename(file, verifiedData.file);
  };
  try {
    const report = await verifyBackups(cfg.site, cfg.environment, chosen, {
      place,
      log: io.log,
      tmpRoot,
      identities: cfg.identities,
      ...(cfg.components ? { components: cfg.components } : {}),
      ...(cfg.drill ? { onVerified: keepForDrill } : {}),
    });
    return { report, verifiedData };
  } catch (e) {
    if (verifiedData) await rm(verifiedData.dir, { recursive: true, force: true });
    throw e;
  }
}

/** The drill of the newest complete backup: its result, and its error (a drill that failed part-way has both). */
async function drillNewest(
  io: Io,
  cfg: VerifyConfig,
  place: BackupPlace,
  list: StoredBackup[],
  newest: BackupCheck,
  tmpRoot: string,
  verifiedData: VerifiedFile | undefined,
): Promise<{ drill?: DrillResult; drillError?: Error }> {
  if (newest.damage.length > 0) return { drillError: new Error(`drill skipped: the newest backup ${newest.id} is damaged`) };
  try {
    const drill = await drillBackup(
      io,
      cfg,
      place,
      list.find((b) => b.id === newest.id)!,
      tmpRoot,
      verifiedData,
    );
    io.setOutput('drill-rows', String(drill.totalRows));
    return { drill };
  } catch (e) {
    const partial = (e as { result?: DrillResult }).result;
    return { drillError: e as Error, ...(partial ? { drill: partial } : {}) };
  }
}

/** Check records beside each backup checked, for the fleet report (FORMAT.md, "Check records"). */
async function writeRecords(
  io: Io,
  cfg: VerifyConfig,
  place: BackupPlace,
  list: StoredBackup[],
  report: VerifyReport,
  newest: BackupCheck | undefined,
  drill: DrillResult | undefined,
  drillError: Error | undefined,
): Promise<void> {
  const ctx = { site: cfg.site, environment: cfg.environment, at: new Date(), env: io.env };
  for (const c of report.checks) {
    const rec = verifyRecord(ctx, c);
    if (rec)
      await writeCheckRecord(
        place.store,
        list.find((b) => b.id === c.id)!,
        'last-verify.json',
        rec,
        io.log,
      );
  }
  if (cfg.drill && newest && (drill || drillError))
    await writeCheckRecord(
      place.store,
      list.find((b) => b.id === newest.id)!,
      'last-drill.json',
      drillRecord(ctx, newest.id, drill, drillError),
      io.log,
    );
}

/** A data object verify already downloaded, hashed and listed, moved aside for the drill. */
interface VerifiedFile {
  backupId: string;
  component: ManifestComponent;
  file: string;
  dir: string;
}

/**
 * Safely extracts the data component and runs the drill on it: from the copy verify already
 * checked when there is one, otherwise fetched and checked here.
 */
async function drillBackup(
  io: Io,
  cfg: VerifyConfig,
  place: BackupPlace,
  backup: StoredBackup,
  tmpRoot: string,
  verified?: VerifiedFile,
): Promise<DrillResult> {
  return drillStoredBackup(readerFor(place), backup, cfg.drill!.target, {
    ...(cfg.drill!.sql ? { sql: cfg.drill!.sql } : {}),
    identities: cfg.identities,
    tmpRoot,
    log: io.log,
    env: io.env,
    ...(verified ? { checked: { backupId: verified.backupId, object: verified.component.object, file: verified.file } } : {}),
  });
}

/**
 * The restore action and `site-backup restore`: `mode` picks restore or verify, so a run meant to
 * only check can never restore because it went through the other entry point.
 */
export function restoreOrVerify(io: Io): Promise<unknown> {
  return parseMode(io.inputs) === 'verify' ? verifyCommand(io) : restoreCommand(io);
}
