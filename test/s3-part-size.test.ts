import { describe, expect, it } from 'vitest';
import { partSizeFor } from '../src/stores/s3-multipart.js';

// Upload parts (issue 21): an object of known size (a copy) gets the smallest part S3 allows that
// still fits it in 10,000 parts, so a copy holds less in memory; an unknown size keeps 8 MiB.

const MiB = 1 << 20;

describe('partSizeFor', () => {
  it('keeps 8 MiB parts when the size is unknown', () => {
    expect(partSizeFor(undefined)).toBe(8 * MiB);
  });

  it('uses 5 MiB parts up to 10,000 of them, then whole MiB that fit the object in 10,000 parts', () => {
    expect(partSizeFor(0)).toBe(5 * MiB);
    expect(partSizeFor(1024 * MiB)).toBe(5 * MiB);
    expect(partSizeFor(50_000 * MiB)).toBe(5 * MiB);
    expect(partSizeFor(50_000 * MiB + 1)).toBe(6 * MiB);
    for (const size of [80_000 * MiB + 7, 5 * 1024 * 1024 * MiB - 3]) {
      const part = partSizeFor(size);
      expect(part % MiB).toBe(0);
      expect(Math.ceil(size / part)).toBeLessThanOrEqual(10_000);
      expect(Math.ceil(size / (part - MiB))).toBeGreaterThan(10_000);
    }
  });
});
