import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  BACKUP_ID_RE,
  SITE_RE,
  _enum,
  array,
  boolean,
  lazy,
  literal,
  number,
  object,
  string
} from "./chunk-A5275KUL.js";

// src/model/check-record.ts
var ISO_UTC_RE = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?Z$/;
function isIsoInstant(s) {
  const m = ISO_UTC_RE.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi && t.getUTCSeconds() === sec;
}
function buildSchema() {
  const isoUtc = string().refine(isIsoInstant, "an ISO-8601 UTC instant (YYYY-MM-DDTHH:MM:SSZ) that exists");
  return object({
    format: literal(1),
    kind: _enum(["verify", "drill"]),
    site: string().regex(SITE_RE),
    environment: string().min(1),
    backup: string().regex(BACKUP_ID_RE),
    at: isoUtc,
    ok: boolean(),
    /** One line: "3 objects, sha256 ok" or "12 tables, 3,400 rows, check passed". */
    summary: string().max(500),
    /** At most 10 problems, each at most 300 characters. */
    problems: array(string().max(300)).max(10).default([]),
    durationMs: number().int().nonnegative().optional(),
    tool: object({ name: string(), version: string() }),
    runUrl: string().optional()
  });
}
var checkRecordSchema = lazy(buildSchema);
function serializeCheckRecord(r) {
  return JSON.stringify(checkRecordSchema().parse(r), null, 2) + "\n";
}
function parseCheckRecord(text) {
  try {
    const r = checkRecordSchema().safeParse(JSON.parse(text));
    return r.success ? r.data : void 0;
  } catch {
    return void 0;
  }
}
function boundedProblems(problems) {
  return problems.slice(0, 10).map((p) => p.length > 300 ? `${p.slice(0, 297)}...` : p);
}

export {
  serializeCheckRecord,
  parseCheckRecord,
  boundedProblems
};
