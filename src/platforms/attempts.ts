import { ZipError } from '../archive/zip.js';
import { retriesFrom, retryDelayMs } from './hosted.js';
import type { PlatformContext } from './platform.js';
import { TransientError, withRetries } from './retry.js';
import { VerificationError } from './verify.js';

// Every hosted platform exports the same way: a CLI or API call into a fresh folder, then checks
// of what it wrote, because none of the CLIs can be trusted on their exit code alone. A check that
// fails (a download cut short, a zip that does not read back, an error page under a file's name,
// an empty tree) is worth another attempt, just like a CLI's own give-up; a refused token or a
// missing project is not. This is the one place that says so for all of them.

export interface AttemptOptions {
  /** What is tried, for the log and the final error (`siteglide-cli pull`). */
  what: string;
  signal: AbortSignal;
  /** Appended to the final error when every attempt failed. */
  hint?: string;
}

/** Runs `body` (given the attempt number, from 1) with the `retries` input's extra attempts. */
export function exportAttempts<T>(ctx: PlatformContext, o: AttemptOptions, body: (attempt: number) => Promise<T>): Promise<T> {
  return withRetries(
    async (n) => {
      try {
        return await body(n);
      } catch (e) {
        if (e instanceof VerificationError || e instanceof ZipError) throw new TransientError(e.message, { cause: e });
        throw e;
      }
    },
    {
      what: o.what,
      retries: retriesFrom(ctx),
      delayMs: retryDelayMs(ctx),
      signal: o.signal,
      log: ctx.log,
      ...(o.hint ? { hint: o.hint } : {}),
    },
  );
}
