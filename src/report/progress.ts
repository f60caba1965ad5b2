import { formatBytes, formatRate } from '../util/bytes.js';
import type { Reporter } from './reporter.js';

export interface Progress {
  update(bytes: number): void;
  stop(): void;
}

/** A line every `intervalMs` while a transfer runs, so a long upload never looks hung. */
export function startProgress(label: string, log: Reporter, intervalMs = 5000, now = () => Date.now()): Progress {
  const started = now();
  let bytes = 0;
  let lastBytes = 0;
  let lastAt = started;
  const timer = setInterval(() => {
    const t = now();
    log.info(`${label}: ${formatBytes(bytes)} stored, ${formatRate(bytes - lastBytes, t - lastAt)} (avg ${formatRate(bytes, t - started)})`);
    lastBytes = bytes;
    lastAt = t;
  }, intervalMs);
  timer.unref();
  return {
    update(b) {
      bytes = b;
    },
    stop() {
      clearInterval(timer);
    },
  };
}
