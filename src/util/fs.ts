import { readdir } from 'node:fs/promises';

/** A folder's names, or undefined when the folder does not exist; any other error throws. */
export async function readdirIfExists(dir: string): Promise<string[] | undefined> {
  try {
    return await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * What a vectored write of `written` bytes left of `bufs`: writev may take fewer bytes than it is
 * given, and the caller writes the rest. Throws when a write took nothing, which would loop forever.
 */
export function unwritten(bufs: readonly Buffer[], written: number): Buffer[] {
  let skip = written;
  let i = 0;
  while (i < bufs.length && skip >= bufs[i]!.length) skip -= bufs[i++]!.length;
  if (i === bufs.length) return [];
  if (written === 0) throw new Error('the disk took no bytes (write returned 0)');
  return [bufs[i]!.subarray(skip), ...bufs.slice(i + 1)];
}
