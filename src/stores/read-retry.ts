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
  if (!Number.isInteger(n) || n < 0 || n > 20) throw new Error(`SITE_BACKUP_READ_RETRIES must be a whole number from 0 to 20 (the retries a transient read fault of the store gets, such as 8), got "${v}"`);
  return n;
}

/** Full jitter (AWS's advice): a random wait up to 200 ms × 2^attempt, at most 10 s. */
export function backoff(attempt: number): Promise<void> {
  const cap = Math.min(10_000, 200 * 2 ** attempt);
  return new Promise((r) => setTimeout(r, Math.random() * cap));
}
