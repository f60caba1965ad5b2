import { Transform, type TransformCallback } from 'node:stream';

/** Time as the limiter sees it; tests pass a clock they move by hand. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Holds a byte stream to `bytesPerSecond` on average. One limiter may be shared by several
 * streams in turn (a copy's objects), so the cap holds across the whole run. A pause longer than
 * `burstMs` (waiting for the destination) is not saved up to be spent later as a burst.
 */
export class RateLimiter {
  private start: number | undefined;
  private sent = 0;

  constructor(
    readonly bytesPerSecond: number,
    private readonly clock: Clock = realClock,
    private readonly burstMs = 1000,
  ) {
    if (!(bytesPerSecond > 0)) throw new Error(`a rate must be positive, got ${bytesPerSecond}`);
  }

  /** Resolves when `bytes` more may pass. */
  async take(bytes: number): Promise<void> {
    const now = this.clock.now();
    if (this.start === undefined) this.start = now;
    const due = this.start + (this.sent * 1000) / this.bytesPerSecond;
    if (now - due > this.burstMs) {
      // Idle for a while: start counting again from now rather than granting the idle time.
      this.start = now;
      this.sent = 0;
    }
    this.sent += bytes;
    const wait = this.start + (this.sent * 1000) / this.bytesPerSecond - now;
    // The first second's worth passes at once; after that each chunk waits for its turn.
    if (wait > this.burstMs) await this.clock.sleep(wait - this.burstMs);
  }

  /** A pass-through stream that waits for its turn before handing each chunk on. */
  stream(): Transform {
    return new Transform({
      transform: (chunk: Buffer, _enc, cb: TransformCallback) => {
        this.take(chunk.length).then(() => cb(null, chunk), cb);
      },
    });
  }
}
