import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { formatBytes, formatRate } from '../util/bytes.js';
import { formatDuration } from '../util/duration.js';
import type { Reporter } from './reporter.js';

/** What is happening, and how to measure it. */
export interface PhaseOptions {
  /** Bytes expected, for "of 1.2 GB (40%)". */
  total?: number;
  /** Bytes so far, read each tick (a digest stream's count); otherwise what update() was given. */
  bytes?: () => number;
  /**
   * A folder being filled by someone we cannot see into (a platform's export, an extraction):
   * its files and bytes are counted each tick.
   */
  dir?: string;
  /** The word after the byte count: "stored", "downloaded", "so far". */
  noun?: string;
}

export interface Progress {
  /** Starts a phase (exporting, packing and uploading, downloading, extracting): resets the counts. */
  phase(name: string, opts?: PhaseOptions): void;
  update(bytes: number): void;
  /** The line a tick prints now; the timer calls it, tests call it with their own clock. */
  line(): Promise<string>;
  stop(): void;
}

/** Files and bytes under a folder; what disappears meanwhile is not counted. */
async function measure(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  const walk = async (d: string): Promise<void> => {
    const names = await readdir(d).catch(() => [] as string[]);
    for (const n of names) {
      const st = await lstat(path.join(d, n)).catch(() => undefined);
      if (st?.isDirectory()) await walk(path.join(d, n));
      else if (st?.isFile()) {
        files++;
        bytes += st.size;
      }
    }
  };
  await walk(dir);
  return { files, bytes };
}

/**
 * A line every `intervalMs` while a component is exported, packed, uploaded, downloaded or
 * extracted, saying which of these it is and, where they are known, the bytes and the rate, so a
 * long run never looks hung (an export used to read "0 B stored, 0.0 MB/s" for minutes).
 */
export function startProgress(
  label: string,
  log: Reporter,
  intervalMs = 5000,
  now = () => Date.now(),
  first?: { phase: string } & PhaseOptions,
): Progress {
  let name = first?.phase ?? 'working';
  let opts: PhaseOptions = first ?? {};
  let started = now();
  let bytes = 0;
  let lastBytes = 0;
  let lastAt = started;
  let busy = false;

  const progress: Progress = {
    phase(n, o = {}) {
      name = n;
      opts = o;
      started = lastAt = now();
      bytes = lastBytes = 0;
    },
    update(b) {
      bytes = b;
    },
    async line() {
      const t = now();
      const elapsed = formatDuration(t - started);
      let files: number | undefined;
      if (opts.dir) ({ files, bytes } = await measure(opts.dir));
      else if (opts.bytes) bytes = opts.bytes();
      const rate = formatRate(Math.max(0, bytes - lastBytes), t - lastAt);
      lastBytes = bytes;
      lastAt = t;
      if (!opts.dir && !opts.bytes && bytes === 0) return `${label}: ${name}, ${elapsed} so far`;
      const of = opts.total
        ? ` of ${formatBytes(opts.total)} (${Math.min(100, Math.floor((bytes / Math.max(1, opts.total)) * 100))}%)`
        : '';
      const count = files !== undefined ? `${files} ${files === 1 ? 'file' : 'files'}, ` : '';
      return `${label}: ${name}, ${count}${formatBytes(bytes)}${of} ${opts.noun ?? 'so far'}, ${rate} (avg ${formatRate(bytes, t - started)}), ${elapsed}`;
    },
    stop() {
      clearInterval(timer);
    },
  };
  const timer = setInterval(() => {
    if (busy) return; // a slow folder walk: skip a tick rather than pile them up
    busy = true;
    progress
      .line()
      .then((l) => log.info(l))
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, intervalMs);
  timer.unref();
  return progress;
}

/** Runs `fn` with progress lines for one phase, and stops them however it ends. */
export async function withProgress<T>(
  label: string,
  log: Reporter,
  first: { phase: string } & PhaseOptions,
  fn: () => Promise<T>,
  intervalMs?: number,
): Promise<T> {
  const p = startProgress(label, log, intervalMs, undefined, first);
  try {
    return await fn();
  } finally {
    p.stop();
  }
}
