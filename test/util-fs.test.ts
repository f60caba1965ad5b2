import { describe, expect, it } from 'vitest';
import { unwritten } from '../src/util/fs.js';

describe('unwritten: what a short vectored write left', () => {
  const bufs = [Buffer.from('abc'), Buffer.from(''), Buffer.from('defg'), Buffer.from('h')];
  const text = (b: Buffer[]) => b.map((x) => x.toString()).join('|');

  it('is nothing once every byte was taken', () => {
    expect(unwritten(bufs, 8)).toEqual([]);
  });

  it('resumes inside a buffer, or at the start of the next one', () => {
    expect(text(unwritten(bufs, 1))).toBe('bc||defg|h');
    expect(text(unwritten(bufs, 3))).toBe('defg|h');
    expect(text(unwritten(bufs, 5))).toBe('fg|h');
    expect(text(unwritten(bufs, 7))).toBe('h');
  });

  it('refuses a write that took nothing of something, which would loop forever', () => {
    expect(() => unwritten(bufs, 0)).toThrow(/took no bytes/);
    expect(unwritten([Buffer.alloc(0)], 0)).toEqual([]);
  });
});
