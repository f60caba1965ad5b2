import { describe, expect, it } from 'vitest';
import { parseWithin } from '../src/retention/policy.js';
import { parseDuration } from '../src/util/duration.js';

// One duration parser: `max-age`, `timeout` and `newer-than` take s/m/h/d/w; retention's
// `within` takes only h/d/w (restic reads `m` as months), through the same function.
describe('parseDuration', () => {
  it('reads every unit and combinations, and refuses what is malformed, zero or too large', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration(' 1D12h ')).toBe(36 * 3_600_000);
    expect(parseDuration('2w')).toBe(14 * 86_400_000);
    for (const bad of ['', '0d', '1.5h', '6 h', '1mo', '3y', '-1d', `${'9'.repeat(20)}w`]) expect(parseDuration(bad), bad).toBeUndefined();
  });

  it('takes only the units it is given, and `within` is it with h/d/w', () => {
    expect(parseDuration('30m', ['h', 'd', 'w'])).toBeUndefined();
    const H = 3_600_000;
    for (const [t, ms] of [
      ['36h', 36 * H],
      ['30d', 30 * 24 * H],
      ['1w3d', 10 * 24 * H],
    ] as const)
      expect(parseWithin(t), t).toBe(ms);
    expect(parseDuration('30m', ['m'])).toBe(30 * 60_000);
    for (const t of ['6m', '90s', '1y']) expect(parseWithin(t), t).toBeUndefined();
  });
});
