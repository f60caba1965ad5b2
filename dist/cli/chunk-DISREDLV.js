import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);
import {
  BACKUP_ID_RE,
  SITE_RE,
  external_exports
} from "./chunk-5CIGDVM5.js";

// src/model/check-record.ts
var ISO_UTC_RE = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?Z$/;
function isIsoInstant(s) {
  const m = ISO_UTC_RE.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi && t.getUTCSeconds() === sec;
}
var isoUtc = external_exports.string().refine(isIsoInstant, "an ISO-8601 UTC instant (YYYY-MM-DDTHH:MM:SSZ) that exists");
var checkRecordSchema = external_exports.object({
  format: external_exports.literal(1),
  kind: external_exports.enum(["verify", "drill"]),
  site: external_exports.string().regex(SITE_RE),
  environment: external_exports.string().min(1),
  backup: external_exports.string().regex(BACKUP_ID_RE),
  at: isoUtc,
  ok: external_exports.boolean(),
  /** One line: "3 objects, sha256 ok" or "12 tables, 3,400 rows, check passed". */
  summary: external_exports.string().max(500),
  /** At most 10 problems, each at most 300 characters. */
  problems: external_exports.array(external_exports.string().max(300)).max(10).default([]),
  durationMs: external_exports.number().int().nonnegative().optional(),
  tool: external_exports.object({ name: external_exports.string(), version: external_exports.string() }),
  runUrl: external_exports.string().optional()
});
function serializeCheckRecord(r) {
  return JSON.stringify(checkRecordSchema.parse(r), null, 2) + "\n";
}
function parseCheckRecord(text) {
  try {
    const r = checkRecordSchema.safeParse(JSON.parse(text));
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
