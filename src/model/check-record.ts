import * as z from 'zod';
import { BACKUP_ID_RE, SITE_RE } from './backup-id.js';
import { lazy } from '../util/lazy.js';

// Check records, format 1: what the last verify or restore drill of one backup found, kept in
// the backup's folder as `last-verify.json` / `last-drill.json` (FORMAT.md, "Check records").
// Small on purpose: the fleet report reads one per site, and no command output ever goes in
// (problems are our own sentences, redacted), so a record is safe to publish on a status page.

const ISO_UTC_RE = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?Z$/;

/**
 * A real instant written as ISO-8601 UTC. The shape alone lets `2026-99-99T99:99:99Z` through,
 * and Date.parse rolls `02-30` or `24:00` over into another day, so the fields are read back.
 */
export function isIsoInstant(s: string): boolean {
  const m = ISO_UTC_RE.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
  return (
    t.getUTCFullYear() === y &&
    t.getUTCMonth() === mo - 1 &&
    t.getUTCDate() === d &&
    t.getUTCHours() === h &&
    t.getUTCMinutes() === mi &&
    t.getUTCSeconds() === sec
  );
}

function buildSchema() {
  const isoUtc = z.string().refine(isIsoInstant, 'an ISO-8601 UTC instant (YYYY-MM-DDTHH:MM:SSZ) that exists');
  return z.object({
    format: z.literal(1),
    kind: z.enum(['verify', 'drill']),
    site: z.string().regex(SITE_RE),
    environment: z.string().min(1),
    backup: z.string().regex(BACKUP_ID_RE),
    at: isoUtc,
    ok: z.boolean(),
    /** One line: "3 objects, sha256 ok" or "12 tables, 3,400 rows, check passed". */
    summary: z.string().max(500),
    /** At most 10 problems, each at most 300 characters. */
    problems: z.array(z.string().max(300)).max(10).default([]),
    durationMs: z.number().int().nonnegative().optional(),
    tool: z.object({ name: z.string(), version: z.string() }),
    runUrl: z.string().optional(),
  });
}

const checkRecordSchema = lazy(buildSchema);
export type CheckRecord = z.infer<ReturnType<typeof buildSchema>>;

export function serializeCheckRecord(r: CheckRecord): string {
  return JSON.stringify(checkRecordSchema().parse(r), null, 2) + '\n';
}

/** The record, or undefined when the text is not a format 1 check record (never throws: a report reads it). */
export function parseCheckRecord(text: string): CheckRecord | undefined {
  try {
    const r = checkRecordSchema().safeParse(JSON.parse(text));
    return r.success ? r.data : undefined;
  } catch {
    return undefined;
  }
}

/** Problems cut to what the schema allows. */
export function boundedProblems(problems: readonly string[]): string[] {
  return problems.slice(0, 10).map((p) => (p.length > 300 ? `${p.slice(0, 297)}...` : p));
}
