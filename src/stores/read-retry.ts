// The retry rule for reading a stored object over the network (S3, GitHub artifacts): a broken,
// refused or stalled transfer is tried again, resumed where the store allows it, after a jittered
// backoff, a bounded number of times per object. Only then does the read fail, as an
// ObjectReadError (store.ts): "could not read, try again", never "damaged".

/**
 * The retry budget for transient faults: SITE_BACKUP_READ_RETRIES (0 to 20, default 5). Five
 * resumes keep a read alive through a 30% reset rate with better than 99.9% odds per object.
 */
export function readRetriesFrom(env: NodeJS.ProcessEnv): number {
  const v = env.SITE_BACKUP_READ_RETRIES;
  if (v === undefined || v === '') return 5;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 20)
    throw new Error(
      `SITE_BACKUP_READ_RETRIES must be a whole number from 0 to 20 (the retries a transient read fault of the store gets, such as 8), got "${v}"`,
    );
  return n;
}

/** Full jitter (AWS's advice): a random wait up to 200 ms × 2^attempt, at most 10 s. */
export function backoff(attempt: number): Promise<void> {
  const cap = Math.min(10_000, 200 * 2 ** attempt);
  return new Promise((r) => setTimeout(r, Math.random() * cap));
}

/**
 * Why a request failed, in a few words that are safe anywhere (a job summary, an issue): the
 * network error code (ECONNRESET), the store's error code (SlowDown) or the HTTP status. Never
 * the server's or SDK's own message, which can quote what we did not write.
 */
export function failureReason(e: unknown): string {
  for (let cur = e, depth = 0; cur && depth < 8; cur = (cur as { cause?: unknown }).cause, depth++) {
    const c = cur as { code?: unknown; Code?: unknown; name?: unknown; $metadata?: { httpStatusCode?: number } };
    if (typeof c.code === 'string' && /^E[A-Z_]+$/.test(c.code)) return c.code;
    if (c.$metadata) {
      const code = typeof c.Code === 'string' ? c.Code : typeof c.name === 'string' ? c.name : '';
      const status = c.$metadata.httpStatusCode;
      return [/^[A-Za-z.]{1,64}$/.test(code) ? code : '', status ? `HTTP ${status}` : ''].filter(Boolean).join(', ') || 'no answer';
    }
  }
  return 'the connection broke';
}

/**
 * A read of our own write that failed after every retry. It names the request and why it failed,
 * so the log and the job summary say more than "the backup failed". `stored`: a manifest is in
 * the store (our write succeeded, or the store refused it because one is there), so the backup is
 * kept, only unconfirmed, rather than deleted; `note` says which.
 */
export class ReadBackError extends Error {
  override name = 'ReadBackError';
  readonly request: string;
  readonly reason: string;
  readonly stored: boolean;
  constructor(what: { request: string; why: string; retries: number; stored: boolean; note?: string }, cause: unknown) {
    const reason = failureReason(cause);
    const kept = what.stored
      ? (what.note ??
        'The manifest was written (the store accepted it), so the backup was kept: `list` shows it, and verify reads it through.')
      : 'Nothing was replaced; run the backup again.';
    super(
      `${what.why}, ${what.request} failed after ${what.retries} retries (${reason}): ${(cause as Error)?.message ?? String(cause)}. ${kept}`,
      { cause },
    );
    this.request = what.request;
    this.reason = reason;
    this.stored = what.stored;
  }
}
