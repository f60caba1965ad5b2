// The check records verify and the drill leave beside the backup they checked (FORMAT.md,
// "Check records"), so the fleet report can say when each site was last verified or drilled
// without running anything. Writing one never fails the check itself: a read-only credential or
// an artifact store (immutable) only costs the report its column, and the log says so.
import { boundedProblems, serializeCheckRecord, type CheckRecord } from '../model/check-record.js';
import { sourceFromEnv } from '../model/manifest.js';
import { redact } from '../report/redact.js';
import type { Reporter } from '../report/reporter.js';
import type { BackupRef, RecordName, Store } from '../stores/store.js';
import type { DrillResult } from './drill.js';
import { TOOL } from './tool.js';
import type { BackupCheck } from './verify.js';

interface RecordContext {
  site: string;
  environment: string;
  at: Date;
  env: NodeJS.ProcessEnv;
}

function base(
  ctx: RecordContext,
  kind: CheckRecord['kind'],
  backup: string,
): Pick<CheckRecord, 'format' | 'kind' | 'site' | 'environment' | 'backup' | 'at' | 'tool' | 'runUrl'> {
  const runUrl = sourceFromEnv(ctx.env).runUrl;
  return {
    format: 1,
    kind,
    site: ctx.site,
    environment: ctx.environment,
    backup,
    at: ctx.at.toISOString(),
    tool: { name: TOOL.name, version: TOOL.version },
    ...(runUrl ? { runUrl } : {}),
  };
}

/** The record of one verified backup. Undefined for an incomplete one: it gets no record. */
export function verifyRecord(ctx: RecordContext, check: BackupCheck, durationMs?: number): CheckRecord | undefined {
  if (!check.complete || check.inProgress) return undefined;
  const ok = check.damage.length === 0;
  const decoded = check.objects.filter((o) => o.listing).length;
  const n = check.objects.length;
  const summary = ok
    ? `${n} ${n === 1 ? 'object' : 'objects'}, sha256 ok${decoded ? `, ${decoded} ${decoded === 1 ? 'archive' : 'archives'} listed` : ''}${decoded < n ? `, ${n - decoded} not decoded (encrypted)` : ''}`
    : `${check.damage.length} damaged`;
  return {
    ...base(ctx, 'verify', check.id),
    ok,
    summary,
    problems: boundedProblems(check.damage.map((d) => redact(`${d.object ? `${d.object}: ` : ''}${d.problem}`))),
    ...(durationMs !== undefined ? { durationMs: Math.max(0, Math.round(durationMs)) } : {}),
  };
}

/** The record of one drill: a result, an error, or both (a check that failed after the load). */
export function drillRecord(ctx: RecordContext, backupId: string, result: DrillResult | undefined, error: Error | undefined): CheckRecord {
  const ok = !error && !!result;
  const loaded = result ? `${result.tables.length} tables, ${result.totalRows} rows into ${result.engine}` : 'not loaded';
  const check = result?.check ? `, check ${result.check.ok ? 'passed' : 'failed'}` : '';
  return {
    ...base(ctx, 'drill', backupId),
    ok,
    summary: `${loaded}${check}`,
    problems: error ? boundedProblems([redact(error.message)]) : [],
    ...(result?.durationMs ? { durationMs: Math.round(result.durationMs) } : {}),
  };
}

/** Writes one record if the store keeps records; says why not in the log otherwise. */
export async function writeCheckRecord(
  store: Store | undefined,
  ref: BackupRef,
  name: RecordName,
  record: CheckRecord,
  log: Reporter,
): Promise<boolean> {
  if (!store?.writeRecord) {
    log.info(
      `${ref.id}: this store keeps no check records (artifacts cannot change once uploaded; restic keeps no backup folders), so the fleet report will not show this ${record.kind}`,
    );
    return false;
  }
  try {
    await store.writeRecord(ref, name, serializeCheckRecord(record));
    return true;
  } catch (e) {
    log.warn(`${ref.id}: could not write ${name} (${redact((e as Error).message)}); the ${record.kind} itself is unaffected`);
    return false;
  }
}
