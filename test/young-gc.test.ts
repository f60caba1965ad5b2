import { PerformanceObserver, constants, type PerformanceEntry } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { streamedThrough } from '../src/util/young-gc.js';

// The young-generation GC the S3 uploads ask for every few MiB (issue 21): it must really run,
// since without it a copy's peak RSS went back to what V8 leaves of dead chunks.

describe('streamedThrough', () => {
  it('runs a young-generation GC each time 4 MiB have streamed through, and not before', async () => {
    const kinds: number[] = [];
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { detail?: { kind?: number } })[]) kinds.push(e.detail?.kind ?? -1);
    });
    obs.observe({ entryTypes: ['gc'] });
    try {
      // Settle whatever GC was under way, and start counting afresh.
      streamedThrough(4 << 20);
      await sleep(50);
      kinds.length = 0;
      streamedThrough(3 << 20);
      await sleep(50);
      const minor = () => kinds.filter((k) => k === constants.NODE_PERFORMANCE_GC_MINOR).length;
      expect(minor()).toBe(0);
      // One GC per 4 MiB: three in a row, more than V8 would start by itself in this idle moment.
      for (const bytes of [1 << 20, 4 << 20, 4 << 20]) {
        streamedThrough(bytes);
        await sleep(30);
      }
      expect(minor()).toBeGreaterThanOrEqual(3);
    } finally {
      obs.disconnect();
    }
  });
});
