import type { Reporter } from '../report/reporter.js';

/**
 * A failure worth another try: a CLI that gave up polling (siteglide-cli stops after ~2 minutes
 * while the platform is still working), a status of `failed` on a server-side job, a download
 * that came back short. Anything else (bad credentials, a missing project, a refused operation)
 * fails at once: retrying it only delays the error.
 */
export class TransientError extends Error {
  override name = 'TransientError';
}

export interface RetryOptions {
  /** What is being tried, for the log and the final error ("siteglide-cli pull"). */
  what: string;
  /** Extra attempts after the first. */
  retries: number;
  /** Wait before attempt n+1 is n × delayMs. */
  delayMs: number;
  signal: AbortSignal;
  log: Reporter;
  /** Appended to the final error when every attempt failed. */
  hint?: string;
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
      return;
    }
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason instanceof Error ? signal!.reason : new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `fn` until it succeeds, throws a non-transient error, or has failed 1 + retries times.
 * The component's AbortSignal (its timeout) always wins: no new attempt starts after it fires.
 */
export async function withRetries<T>(fn: (attempt: number) => Promise<T>, o: RetryOptions): Promise<T> {
  const attempts = 1 + Math.max(0, o.retries);
  for (let attempt = 1; ; attempt++) {
    o.signal.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (e) {
      if (o.signal.aborted) throw o.signal.reason;
      if (!(e instanceof TransientError)) throw e;
      if (attempt >= attempts) {
        const tries = attempts === 1 ? 'once' : `${attempts} times`;
        throw new Error(`${o.what} failed (tried ${tries}): ${e.message}${o.hint ? `. ${o.hint}` : ''}`, { cause: e });
      }
      const wait = o.delayMs * attempt;
      o.log.warn(`${o.what} failed on attempt ${attempt} of ${attempts}: ${e.message}; retrying in ${Math.round(wait / 1000)}s`);
      await sleep(wait, o.signal);
    }
  }
}
