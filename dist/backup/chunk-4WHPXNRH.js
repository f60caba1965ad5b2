import { createRequire as __sbaCreateRequire } from 'node:module'; const require = __sbaCreateRequire(import.meta.url);

// src/stores/read-retry.ts
function readRetriesFrom(env) {
  const v = env.SITE_BACKUP_READ_RETRIES;
  if (v === void 0 || v === "") return 5;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 20)
    throw new Error(
      `SITE_BACKUP_READ_RETRIES must be a whole number from 0 to 20 (the retries a transient read fault of the store gets, such as 8), got "${v}"`
    );
  return n;
}
function backoff(attempt) {
  const cap = Math.min(1e4, 200 * 2 ** attempt);
  return new Promise((r) => setTimeout(r, Math.random() * cap));
}
function failureReason(e) {
  for (let cur = e, depth = 0; cur && depth < 8; cur = cur.cause, depth++) {
    const c = cur;
    if (typeof c.code === "string" && /^E[A-Z_]+$/.test(c.code)) return c.code;
    if (c.$metadata) {
      const code = typeof c.Code === "string" ? c.Code : typeof c.name === "string" ? c.name : "";
      const status = c.$metadata.httpStatusCode;
      return [/^[A-Za-z.]{1,64}$/.test(code) ? code : "", status ? `HTTP ${status}` : ""].filter(Boolean).join(", ") || "no answer";
    }
  }
  return "the connection broke";
}
var ReadBackError = class extends Error {
  name = "ReadBackError";
  request;
  reason;
  stored;
  constructor(what, cause) {
    const reason = failureReason(cause);
    const kept = what.stored ? what.note ?? "The manifest was written (the store accepted it), so the backup was kept: `list` shows it, and verify reads it through." : "Nothing was replaced; run the backup again.";
    super(
      `${what.why}, ${what.request} failed after ${what.retries} retries (${reason}): ${cause?.message ?? String(cause)}. ${kept}`,
      { cause }
    );
    this.request = what.request;
    this.reason = reason;
    this.stored = what.stored;
  }
};

export {
  readRetriesFrom,
  backoff,
  ReadBackError
};
