import { expect, it } from 'vitest';
import { lazy } from '../src/util/lazy.js';

it('builds nothing until asked, then once, and keeps even an undefined value', () => {
  let builds = 0;
  const value = lazy(() => {
    builds++;
    return undefined;
  });
  expect(builds).toBe(0);
  expect(value()).toBeUndefined();
  expect(value()).toBeUndefined();
  expect(builds).toBe(1);
});
